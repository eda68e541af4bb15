// The package's browser entry: `mount` and `release`, ready to call, and
// <interactive-article> defined. The wasm beside the glue is fetched and
// compiled once, on the first import (a top-level await: every engine the
// widget supports has it), so `mount` can be called at once, as its types
// say. The loader comes first: it records what a reader does to a
// prerendered widget until `mount` has taken it over.
import "./embed/interactive-article.js";
import init, { mount, release } from "./embed/interactive_article.js";

await init();

export { mount, release };
