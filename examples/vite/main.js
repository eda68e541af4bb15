// The package from a Vite page: mount() into a container. Vite copies the
// widget's files (the wasm, a language's text, the default article) into
// the build, and nothing is fetched from another origin.
import { mount } from "interactive-article";
// The widget's stylesheet, for a container on the page (the element has its
// own, in its shadow root).
import "interactive-article/styles.css";

// No article: the default one, shipped in the package. The widget's own
// text in German, which the widget fetches the first time it needs it.
const handle = mount(document.getElementById("story"), undefined, { lang: "de", sections: "collapsed" });
document.getElementById("story").addEventListener("ia-section-toggle", (event) => {
  console.log("section", event.detail.sectionId, event.detail.expanded ? "opened" : "closed");
});
window.storyHandle = handle;
