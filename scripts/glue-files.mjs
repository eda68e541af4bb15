// The files the widget's glue fetches, and what each must hash to: run by
// scripts/build-wasm.sh on the glue of the browser build, before it is
// minified, once the wasm is final.
//
//   node scripts/glue-files.mjs OUT_DIR
//
// - Copies beside the glue the files mount() fetches there: the UI text of
//   every language but English, which the wasm carries (strings/<tag>.txt,
//   src/strings/languages.rs), and the default article
//   (model::DEFAULT_ARTICLE_FILE).
// - Has the glue fetch its wasm with the wasm's SRI hash (fetch's
//   `integrity`), where it finds the wasm by itself.
// - Appends to the glue the table of the other files, each as
//   `new URL("./strings/de.txt", import.meta.url)`, the pattern bundlers
//   (Vite, webpack, Rollup, esbuild) follow to copy a file and rename it,
//   with its hash. embed/containment.js hands it to the wasm
//   (src/embed/beside_glue.rs says how it is used).
//
// A glue so built refuses a wasm, a language's text or a default article
// other than the ones it was built with. The README's "Serving the files"
// says what that covers.
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const [out] = process.argv.slice(2);
if (!out) throw new Error("usage: node scripts/glue-files.mjs OUT_DIR");
const glue = join(out, "interactive_article.js");
const wasm = "interactive_article_bg.wasm";
const DEFAULT_ARTICLE = "articles/china-open-source-ai.json";

const files = [
  ...readdirSync(join(root, "src/strings"))
    .filter((name) => name.endsWith(".txt") && name !== "en.txt")
    .sort()
    .map((name) => [`strings/${name}`, `src/strings/${name}`]),
  [DEFAULT_ARTICLE, DEFAULT_ARTICLE],
];
for (const [path, source] of files) {
  mkdirSync(join(out, path, ".."), { recursive: true });
  cpSync(join(root, source), join(out, path));
}

const integrity = (path) => "sha384-" + createHash("sha384").update(readFileSync(join(out, path))).digest("base64");

// wasm-bindgen's init finds the wasm at this URL when it is given none.
const text = readFileSync(glue, "utf8");
const wasmUrl = `new URL('${wasm}', import.meta.url)`;
const at = text.split(wasmUrl).length - 1;
if (at !== 1) throw new Error(`glue-files.mjs: ${glue} has ${at} times ${wasmUrl}, not once`);
writeFileSync(glue, text.replace(wasmUrl, `fetch(${wasmUrl}, { integrity: "${integrity(wasm)}" })`));

const table = files.map(([path]) => `  "${path}": { url: new URL("./${path}", import.meta.url).href, integrity: "${integrity(path)}" },`);
appendFileSync(glue, `\n// The files beside the glue (scripts/glue-files.mjs).\nconst FILES = {\n${table.join("\n")}\n};\n`);
