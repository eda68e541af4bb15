// Host-page glue for The Meridian demo page.
//
// Loads the interactive-article WebAssembly widget and mounts it into
// #article-embed. Kept in its own file (no inline script) so the page works
// under a strict Content-Security-Policy such as
// `script-src 'self' 'wasm-unsafe-eval'`.
//
// Equivalent to:
//   import init, { mount } from "./pkg/interactive_article.js";
//   await init();
//   const handle = mount(document.getElementById("article-embed"));
// but the widget module is imported dynamically inside try/catch, so a missing
// or broken build leaves the host page intact with a readable message instead
// of a silently failed module graph.
//
// Optional query parameter: `?article=<relative-json-url>` fetches that JSON
// (same origin only) and passes its text to `mount(el, text)`. Without it the
// widget renders its default article.
//
// Progress is reflected on <html data-article-status="loading|mounted|error">
// and the mount handle is exposed as `window.articleHandle`.

const WIDGET_MODULE = "./pkg/interactive_article.js";

const root = document.documentElement;
const container = document.getElementById("article-embed");

function setStatus(status) {
  root.dataset.articleStatus = status;
}

// Replace the embed container's contents with a plain-text message.
// Always textContent, never innerHTML: messages may include URL fragments.
function showMessage(message) {
  if (!container) return;
  const p = document.createElement("p");
  p.className = "site-embed-status site-embed-status--error";
  p.setAttribute("role", "alert");
  p.textContent = message;
  container.replaceChildren(p);
}

// Resolve the `?article=` parameter to a same-origin URL, or null if absent.
// Throws for anything that is not a same-origin http(s) URL.
function articleUrlFromQuery() {
  const raw = new URLSearchParams(window.location.search).get("article");
  if (raw === null || raw.trim() === "") return null;
  const url = new URL(raw, document.baseURI);
  if ((url.protocol !== "http:" && url.protocol !== "https:") ||
      url.origin !== window.location.origin) {
    throw new Error("The article address must be a relative link on this site.");
  }
  return url;
}

// The demo's options from the query: `?copy-notice=off` turns the line added
// to copied text off, as a news site would with `copyNotice: false`.
function hostOptions() {
  const copyNotice = new URLSearchParams(window.location.search).get("copy-notice");
  return copyNotice === null ? undefined : { copyNotice: copyNotice !== "off" };
}

async function fetchArticleText(url) {
  let response;
  try {
    response = await fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
  } catch (err) {
    throw new Error(`The article file could not be downloaded (${err.message || "network error"}).`);
  }
  if (!response.ok) {
    throw new Error(`The article file could not be downloaded (HTTP ${response.status}).`);
  }
  return response.text();
}

async function main() {
  if (!container) {
    console.error("interactive-article host: #article-embed not found");
    return;
  }
  setStatus("loading");

  let articleUrl;
  try {
    articleUrl = articleUrlFromQuery();
  } catch (err) {
    console.error("interactive-article host: bad ?article= parameter", err);
    showMessage(`Sorry, this article could not be loaded. ${err.message}`);
    setStatus("error");
    return;
  }

  // Start the download of the article (if any) while the widget loads.
  const articlePromise = articleUrl ? fetchArticleText(articleUrl) : Promise.resolve(null);
  articlePromise.catch(() => {}); // handled below; avoid an unhandled-rejection warning

  let widget;
  try {
    widget = await import(WIDGET_MODULE);
    await widget.default();
  } catch (err) {
    console.error("interactive-article host: the widget failed to load", err);
    showMessage("Sorry, the interactive article could not be loaded. Please try reloading the page.");
    setStatus("error");
    return;
  }

  let articleText = null;
  try {
    articleText = await articlePromise;
  } catch (err) {
    console.error("interactive-article host: fetching the article failed", err);
    showMessage(`Sorry, this article could not be loaded. ${err.message}`);
    setStatus("error");
    return;
  }

  try {
    // mount() replaces the host's "Loading…" fallback when the widget
    // renders, which may be after a download of its text in the article's
    // language: ia-ready says it has rendered.
    container.addEventListener("ia-ready", () => setStatus("mounted"), { once: true });
    const handle = articleText === null
      ? widget.mount(container, undefined, hostOptions())
      : widget.mount(container, articleText, hostOptions());
    window.articleHandle = handle;
  } catch (err) {
    // mount() throws after scheduling its own error box (it appears on the
    // next tick), which lists the problems for the reader; the host only logs.
    console.error("interactive-article host: mounting the widget failed", err);
    setStatus("error");
  }
}

// The newsletter form is a demonstration only: nothing is sent anywhere.
function setUpNewsletter() {
  const form = document.querySelector(".site-newsletter__form");
  if (!form) return;
  const status = form.querySelector(".site-newsletter__status");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (status) {
      status.textContent = "Thanks! This is a demonstration page, so no email was sent.";
    }
  });
}

setUpNewsletter();
await main();
