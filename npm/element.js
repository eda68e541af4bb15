// `import "interactive-article/element"`: defines <interactive-article>, which
// fetches the glue and the wasm beside the loader when it is needed (its
// `hydrate` attribute says when).
import "./embed/interactive-article.js";
