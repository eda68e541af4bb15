#!/usr/bin/env bash
# `make size-floor`: builds the bare Yew accordion (this crate) as the widget
# is built (scripts/build-wasm.sh: wasm-opt -Oz, minified glue) on stable, on
# the release nightly with the widget's flags, and on the release nightly with
# every unstable flag the issue lists, and prints brotli bytes of each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=../..
build="bash $root/scripts/build-wasm.sh --crate ."

$build --stable target/pkg-stable
$build target/pkg-nightly
$build --all-unstable-flags target/pkg-nightly-all-flags

node - target/pkg-stable target/pkg-nightly target/pkg-nightly-all-flags <<'JS'
const { readFileSync } = require("node:fs");
const { brotliCompressSync, constants } = require("node:zlib");
const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const labels = {
  "target/pkg-stable": "stable",
  "target/pkg-nightly": "release nightly, the widget's flags",
  "target/pkg-nightly-all-flags": "release nightly, fmt-debug=none instead of shallow",
};
console.log("| floor build | wasm raw | wasm brotli | glue brotli | wasm + glue brotli |");
console.log("|---|---:|---:|---:|---:|");
for (const dir of process.argv.slice(2)) {
  const wasm = readFileSync(`${dir}/floor_bg.wasm`);
  const glue = readFileSync(`${dir}/floor.js`);
  const [w, g] = [brotli(wasm), brotli(glue)];
  console.log(`| ${labels[dir]} | ${kb(wasm.length)} | ${kb(w)} | ${kb(g)} | ${kb(w + g)} |`);
}
JS
