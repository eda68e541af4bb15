// The server renderer for Node (20 or newer): the Rust renderer of the
// `interactive-article` CLI, compiled to wasm, with the CLI's output.
//
//   import { render, validate } from "./node.mjs";
//   const html = render(articleJsonText, { page: true, url: "https://news.example/story" });
//
// render(text, options) returns the bytes `interactive-article render`
// prints for the same article and options; each option is the CLI's flag in
// camelCase (`--heading-level 2`: { headingLevel: 2 }; `--mount`:
// { mount: true }; `template` holds the template's text). validate(text)
// returns { valid, problems: [{ path, message }] }, as `validate --format
// json` does. importMarkdown(text) reads an article written in the
// authoring dialect as { json, problems: [{ path, message, line, column }] }
// (what `import` prints and `validate --format json` says of a .md file);
// exportMarkdown(json) writes one in it, as `export --markdown` does;
// markClaim(text, start, end, claim) marks the selected words. What
// each throws: the README, "From Node or a worker".
//
// The wasm beside this file is read and compiled once, synchronously, on
// the first import.
import { readFileSync } from "node:fs";
import { initSync, render, validate, importMarkdown, importPlain, exportMarkdown, markClaim } from "./server.mjs";

initSync({ module: readFileSync(new URL("./server_bg.wasm", import.meta.url)) });

export { render, validate, importMarkdown, importPlain, exportMarkdown, markClaim };
