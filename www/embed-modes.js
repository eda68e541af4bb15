// Builds the embed that www/embed-modes.html?mode=…&src=… asks for; see that
// page. Addresses must be on this origin, as the embeds themselves require.

const params = new URLSearchParams(window.location.search);
const mode = params.get("mode");
const src = params.get("src");
const stage = document.getElementById("stage");

if (mode === "element") {
  const element = document.createElement("interactive-article");
  element.id = "article";
  element.setAttribute("loading", "eager");
  if (src !== null) element.setAttribute("src", src);
  if (params.has("copy-notice")) element.setAttribute("copy-notice", params.get("copy-notice"));
  stage.append(element);
} else if (mode === "iframe") {
  const frame = document.createElement("iframe");
  frame.id = "article-frame";
  frame.title = "Interactive article";
  const query = (src === null ? "" : `?src=${encodeURIComponent(src)}`) +
    (params.has("copy-notice") ? `&copy-notice=${encodeURIComponent(params.get("copy-notice"))}` : "");
  frame.src = `./embed.html${query}${window.location.hash}`;
  stage.append(frame);
} else {
  throw new Error(`embed-modes.html: unknown mode ${JSON.stringify(mode)} (element or iframe)`);
}
