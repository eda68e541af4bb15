// The "Events" panel of the embed gallery pages: a host-side log of what the
// widget tells the page, the hook a site would use for its own analytics.
//
// - Every `ia-*` event from an <interactive-article> on the page. They bubble
//   and are composed, so one listener on `document` hears every element and
//   sees the element itself as `event.target`.
// - Every `interactive-article:*` message an iframe on this page's origin
//   posts (iframe.html), such as `{ type: "interactive-article:height", height }`.
//   Repeats of the same message from the same frame update one entry.
//
// Each entry shows the event name, which element or frame sent it, and its
// detail as JSON, always through textContent. Markup it fills, in any page:
//
//   <section data-events-log>
//     <div role="log" aria-live="polite">
//       <p data-events-empty>No events yet.</p>
//       <ol data-events-list></ol>
//     </div>
//     <button type="button" data-events-clear>Clear</button>
//   </section>
//
// Entries carry `data-event="<name>"`; the newest is last. Loaded before the
// widget's loader, so even the first `ia-ready` is caught.

const EVENT_NAMES = [
  "ia-ready",
  "ia-error",
  "ia-section-toggle",
  "ia-claim-open",
  "ia-source-click",
  "ia-disclaimer-dismiss",
];
const MESSAGE_PREFIX = "interactive-article:";
const MAX_ENTRIES = 100;

const panel = document.querySelector("[data-events-log]");
const list = panel?.querySelector("[data-events-list]");
const empty = panel?.querySelector("[data-events-empty]");
const scroller = panel?.querySelector('[role="log"]');

function describe(element) {
  if (!element) return "page";
  const tag = element.tagName.toLowerCase();
  return element.id ? `${tag}#${element.id}` : tag;
}

function asJson(value) {
  try {
    return JSON.stringify(value ?? null);
  } catch {
    return String(value);
  }
}

function update() {
  if (empty) empty.hidden = list.children.length > 0;
}

/** Appends an entry, or with `merge` updates the last one if it is the same. */
function record(name, source, detail, { merge = false } = {}) {
  const json = asJson(detail);
  const last = list.lastElementChild;
  if (merge && last?.dataset.event === name && last.dataset.source === source) {
    const count = Number(last.dataset.count) + 1;
    last.dataset.count = String(count);
    last.querySelector(".site-events__count").textContent = ` ×${count}`;
    last.querySelector(".site-events__detail").textContent = json;
    return;
  }
  const item = document.createElement("li");
  item.className = "site-events__item";
  item.dataset.event = name;
  item.dataset.source = source;
  item.dataset.count = "1";

  const title = document.createElement("p");
  title.className = "site-events__title";
  const nameEl = document.createElement("span");
  nameEl.className = "site-events__name";
  nameEl.textContent = name;
  const count = document.createElement("span");
  count.className = "site-events__count";
  const sourceEl = document.createElement("span");
  sourceEl.className = "site-events__source";
  sourceEl.textContent = source;
  title.append(nameEl, count, " · ", sourceEl);

  const detailEl = document.createElement("pre");
  detailEl.className = "site-events__detail";
  detailEl.textContent = json;

  item.append(title, detailEl);
  list.append(item);
  while (list.children.length > MAX_ENTRIES) list.firstElementChild.remove();
  update();
  if (scroller) scroller.scrollTop = scroller.scrollHeight;
}

if (list) {
  for (const name of EVENT_NAMES) {
    document.addEventListener(name, (event) => record(name, describe(event.target), event.detail));
  }

  window.addEventListener("message", (event) => {
    if (event.origin !== window.location.origin) return;
    const type = event.data?.type;
    if (typeof type !== "string" || !type.startsWith(MESSAGE_PREFIX)) return;
    const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === event.source);
    if (!frame) return;
    record(`message ${type}`, describe(frame), event.data, { merge: true });
  });

  panel.querySelector("[data-events-clear]")?.addEventListener("click", () => {
    list.replaceChildren();
    update();
  });
  update();
}
