#!/usr/bin/env node
// `make soak`: mounts and takes down the default article 1,000 times in each
// way a page can (mount()/unmount(), and adding/removing
// <interactive-article>) in headless Chromium, and prints what that left
// behind: the JS heap after garbage collection, the heap's objects without
// compiled code, and the event listeners on window and document. Fails (exit
// 1) when the heap grew by 10 % or more, or a listener was left.
//
//   node scripts/soak.mjs [cycles]      default 1000; needs `make www` first
//
// Not part of `make test` (it takes a minute); tests/e2e/lifecycle.test.mjs
// runs a short version of it.

import process from "node:process";
import { launchBrowser, startServer } from "../tests/e2e/harness.mjs";
import { measureCycles } from "../tests/e2e/cycles.mjs";

const BOUND = 0.1;
const cycles = Number(process.argv[2] ?? 1000);
if (!Number.isInteger(cycles) || cycles < 1) {
  console.error("usage: node scripts/soak.mjs [cycles]");
  process.exit(2);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
const percent = (growth) => `${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %`;

const server = await startServer();
const browser = await launchBrowser();
const rows = [];
try {
  for (const kind of ["mount", "element"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.url}element-test.html`);
    const started = Date.now();
    const result = await measureCycles(page, kind, cycles);
    if (errors.length > 0) throw new Error(`${kind} cycles: ${errors.join("; ")}`);
    rows.push({ ...result, seconds: (Date.now() - started) / 1000 });
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const table = [
  ["cycles", "kind", "heap before", "heap after", "growth", "objects growth", "wasm memory", "listeners left", "time"],
  ...rows.map((r) => [
    String(r.count),
    r.kind === "mount" ? "mount/unmount" : "element add/remove",
    kb(r.heap.start),
    kb(r.heap.end),
    percent(r.heap.growth),
    percent(r.objects.growth),
    `${kb(r.wasm.start)} → ${kb(r.wasm.end)}`,
    r.listenersAfter.filter((l) => !r.listenersBefore.includes(l)).join(" ") || "none",
    `${r.seconds.toFixed(0)} s`,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
for (const row of table) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join("  "));

const failed = rows.filter(
  (r) => r.heap.growth >= BOUND || r.listenersAfter.some((l) => !r.listenersBefore.includes(l)),
);
if (failed.length > 0) {
  console.error(`soak: heap grew by ${BOUND * 100} % or more, or a listener was left (${failed.map((r) => r.kind).join(", ")})`);
  process.exit(1);
}
console.log(`soak: ok (heap within ${BOUND * 100} % of the start, no listener left on window or document)`);
