// Iframe mode: embed.html?src=<article.json> shows one <interactive-article>
// edge to edge and tells the parent page how tall it is, every time that
// changes, so the parent can size the iframe to fit (README "Iframe mode").
//
// Query parameters: `src` (the article JSON, on this page's origin; without it
// the default article), `theme`, `sections`, `lang` and `heading-level` (as
// on the element), and `id` (echoed in the height messages; default: `src`).
//
// Two messages go to the parent, with the height in CSS pixels:
//   { type: "interactive-article:height", height, id }
//   { sentinel: "amp", type: "embed-size", height }    (what amp-iframe reads)
// Heights are not secret, so they are posted to any origin ("*").

const params = new URLSearchParams(window.location.search);
const src = params.get("src");
const id = params.get("id") ?? src;

// Why `src` cannot be shown, or null when it can. Same origin only:
// otherwise a link to this page could show any text under the publisher's
// name. The address comes from whoever wrote the link, so a malformed one is
// reported in the frame like any other bad address, never thrown.
function srcProblem(src) {
  let url;
  try {
    url = new URL(src, window.location.href);
  } catch {
    return "The article address is not a valid URL.";
  }
  return url.origin === window.location.origin ? null : "The article address must be on this site.";
}

function showError(message) {
  const p = document.createElement("p");
  p.className = "embed-error";
  p.setAttribute("role", "alert");
  p.textContent = message;
  document.body.append(p);
}

function reportHeight() {
  let lastHeight = -1;
  const post = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === lastHeight || window.parent === window) return;
    lastHeight = height;
    window.parent.postMessage({ type: "interactive-article:height", height, id }, "*");
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  };
  // The body's size follows the article: loading, sections opening and
  // closing, callouts, the banner, and the iframe's own width changing.
  new ResizeObserver(post).observe(document.body);
}

function showArticle() {
  const problem = src === null ? null : srcProblem(src);
  if (problem) {
    showError(problem);
    return;
  }
  const article = document.createElement("interactive-article");
  // The iframe itself is what loads lazily (loading="lazy" on the host's
  // <iframe>); inside it, the article is the whole page.
  article.setAttribute("loading", "eager");
  for (const name of ["src", "theme", "sections", "lang", "heading-level", "copy-notice"]) {
    const value = params.get(name);
    if (value !== null) article.setAttribute(name, value);
  }
  if (params.has("lang")) document.documentElement.lang = params.get("lang");
  document.body.append(article);
}

reportHeight();
showArticle();
