// The size ratchet: what a reader downloads for the widget (wasm + glue,
// brotli, of dist/embed/ as the test command builds it) may not grow more
// than 2 % over the figure recorded in tests/size-ratchet.json, and a
// shrink of more than 2 % must be recorded, so the figure only moves down
// (or up, with a reason in the commit). `make size` prints the whole table;
// `node scripts/size.mjs --record` writes the figure.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { RATCHET_FILE, measure, wasmAndGlue } from "../../scripts/size.mjs";

const TOLERANCE = 0.02;

test("wasm + glue stay within 2 % of the recorded brotli size", () => {
  const recorded = JSON.parse(readFileSync(RATCHET_FILE, "utf8")).wasmAndGlueBrotli;
  const now = wasmAndGlue(measure());
  assert.ok(
    now <= recorded * (1 + TOLERANCE),
    `wasm + glue is ${now} bytes brotli, more than 2 % over the recorded ${recorded}: make it smaller, or record the new figure (node scripts/size.mjs --record) with a reason in the commit`,
  );
  assert.ok(
    now >= recorded * (1 - TOLERANCE),
    `wasm + glue is ${now} bytes brotli, more than 2 % under the recorded ${recorded}: record the new figure (node scripts/size.mjs --record) so the ratchet holds it`,
  );
});
