// The server renderer for edge workers (Cloudflare Workers, workerd): the
// same render(text, options) and validate(text) as node.mjs, whose header
// says what they return.
//
// A worker may not compile wasm from bytes at run time, so the wasm comes in
// as a module compiled at deploy time, through the `.wasm` import that
// Wrangler and workerd support, and is instantiated synchronously here.
import wasm from "./server_bg.wasm";
import { initSync, render, validate, importMarkdown, importPlain, exportMarkdown, markClaim } from "./server.mjs";

initSync({ module: wasm });

export { render, validate, importMarkdown, importPlain, exportMarkdown, markClaim };
