// What a reader downloads: raw, gzip and brotli bytes of each file in a
// bundle folder (default dist/embed/, which `make bundle` and `make test`
// build), and the figure the size ratchet holds: wasm + glue, brotli.
//
//   node scripts/size.mjs [folder]            prints the table
//   node scripts/size.mjs --record [folder]   writes the figure to tests/size-ratchet.json
//
// tests/e2e/size.test.mjs fails when that figure grows more than 2 % over the
// recorded one, and when it shrinks more than 2 % below it (record the new,
// lower figure: the ratchet only moves down, or up with a reason in the commit).

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const RATCHET_FILE = path.join(ROOT, "tests/size-ratchet.json");

/** The files a page with the widget downloads, and what each one is. */
export const FILES = [
  ["interactive_article_bg.wasm", "wasm"],
  ["interactive_article.js", "glue"],
  ["interactive-article.js", "loader"],
  ["interactive-article.css", "stylesheet"],
  ["shadow.css", "stylesheet (custom element)"],
  // One language's UI text, fetched for a widget that is not in English
  // (French for the figure; the others are about the same size).
  ["strings/fr.txt", "UI text, one language"],
];

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `{ file, role, raw, gzip, brotli }` for each of FILES in `folder`. */
export function measure(folder = path.join(ROOT, "dist/embed")) {
  return FILES.map(([file, role]) => {
    const bytes = readFileSync(path.join(folder, file));
    return { file, role, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotli(bytes) };
  });
}

/** The ratchet's figure: wasm + glue, brotli. */
export const wasmAndGlue = (rows) =>
  rows.filter((row) => row.role === "wasm" || row.role === "glue").reduce((sum, row) => sum + row.brotli, 0);

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const record = args[0] === "--record";
  const folder = path.resolve(args[record ? 1 : 0] ?? path.join(ROOT, "dist/embed"));
  const rows = measure(folder);
  const line = (cells) => `| ${cells.join(" | ")} |`;
  console.log(line(["file", "what", "raw", "gzip", "brotli"]));
  console.log(line(["---", "---", "---:", "---:", "---:"]));
  for (const row of rows) console.log(line([row.file, row.role, kb(row.raw), kb(row.gzip), kb(row.brotli)]));
  const sum = (key, roles) => rows.filter((row) => roles.includes(row.role)).reduce((total, row) => total + row[key], 0);
  for (const [label, roles] of [["wasm + glue", ["wasm", "glue"]], ["wasm + glue + loader", ["wasm", "glue", "loader"]]]) {
    console.log(line([label, "", kb(sum("raw", roles)), kb(sum("gzip", roles)), kb(sum("brotli", roles))]));
  }
  const figure = wasmAndGlue(rows);
  if (record) {
    writeFileSync(RATCHET_FILE, JSON.stringify({ wasmAndGlueBrotli: figure }, null, 2) + "\n");
    console.log(`\nrecorded: wasm + glue = ${figure} bytes brotli (${path.relative(ROOT, RATCHET_FILE)})`);
  } else {
    const recorded = JSON.parse(readFileSync(RATCHET_FILE, "utf8")).wasmAndGlueBrotli;
    const change = ((figure - recorded) / recorded) * 100;
    console.log(`\nwasm + glue: ${figure} bytes brotli; recorded ${recorded} (${change >= 0 ? "+" : ""}${change.toFixed(1)} %)`);
  }
}
