// Host glue for pages made with `interactive-article render --mount`: each
// prerendered container (data-ia-prerender) is followed by its article JSON
// (<script type="application/json" data-ia-article>); mount() takes the
// container over in place. The handles are kept on window.articleHandles.
// The host's options, as a news site's script would pass them, come from the
// page address here (?copy-notice=off), for the embed-modes tests.

// The loader first: it records what the reader does to the prerendered
// widget before mount() has run, and replays it once the widget is live.
import "./pkg/interactive-article.js";
import init, { mount } from "./pkg/interactive_article.js";

await init();
const options = {};
const copyNotice = new URLSearchParams(location.search).get("copy-notice");
if (copyNotice) options.copyNotice = copyNotice !== "off";
window.articleHandles = [...document.querySelectorAll("[data-ia-prerender]")].map((container) => {
  const json = container.nextElementSibling?.matches("script[data-ia-article]") && container.nextElementSibling.textContent;
  return mount(container, json ? JSON.parse(json) : undefined, options);
});
