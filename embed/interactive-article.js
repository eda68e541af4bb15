// <interactive-article>: the custom element a news page embeds.
//
//   <script type="module" src="/embed/interactive-article.js"></script>
//   <interactive-article src="/articles/story.json">fallback text</interactive-article>
//
// This loader is all a reader downloads up front: `make www` and `make bundle`
// ship it without its comment lines and indentation, and a test holds that to
// 2 KB brotli. So write comments on lines of their own, never after code.
//
// The widget (wasm, glue, stylesheets) sits next to this file and is fetched
// once per page, when the first element needs it: `hydrate="visible"` (the
// default) when it comes within one viewport of being visible, "idle" when
// the browser is next idle (requestIdleCallback; where there is none, as in
// Safari, after the current task), "interaction" on the reader's
// first pointer, key or focus inside it, "eager" at once. Until the widget
// mounts, and if loading fails, the element's children (the fallback) show
// through a <slot>.
//
// A prerendered widget (`interactive-article render`) can be read and clicked
// before the wasm runs. The reader's clicks and keys on its buttons are
// recorded here, and replayed, once each, when the widget is live (ia-ready):
// nothing the reader did is lost, as with Angular's event replay. The same
// goes for a container prerendered for mount() on a page that loads this file.
// What the reader did before this module ran (it runs once the page is
// parsed) the inline recorder that prerendered markup starts with kept
// (embed/recorder.js); it is recorded here as if heard here.
//
// Each element renders into an open shadow root: host CSS cannot reach in and
// the widget's CSS cannot leak out. The stylesheets are constructed and
// adopted, never written as <style> or style="", so a page whose policy is
// `style-src 'self'` (no 'unsafe-inline') works.

const near = (file) => new URL(file, import.meta.url);

// Shared by every element on the page, and forgotten when they fail, so a
// network error or a trap costs one element and the next one tries again.
// The glue is then imported under a new URL (?1, ?2, …): the browser keeps a
// failed module import for the page's life, and a trapped module's state.
let widget, sheets, tries = 0;
const dropWidget = () => (widget = null, tries++);

// Starts elements that come within one viewport of the visible area.
const observer = new IntersectionObserver((entries) => entries.forEach((entry) => entry.isIntersecting && entry.target.load()), { rootMargin: "100%" });

// What the reader did to prerendered widgets before they were live: for each
// root (it keeps data-ia-prerender until mount() takes it over), the actions
// in order, each as [target, its index among the root's buttons, event type,
// event init]. The index finds the button again if mount() rendered afresh.
const PRERENDERED = "[data-ia-prerender]";
const BUTTONS = "button,[role=button]";
const pending = new Map();
const KEYS = ["Enter", " ", "Escape", "ArrowUp", "ArrowDown", "Home", "End"];
const record = (event, path = event.composedPath()) => {
  const { type, key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
  const at = (selector) => path.find((node) => node.matches?.(selector));
  const root = at(PRERENDERED);
  // The first interaction starts an element that waits for one.
  at("interactive-article")?.load();
  // Find-in-page opened a collapsed section (the browser does that itself):
  // hydrating would close it again, unless the widget hears of it.
  const target = root && (type == "beforematch" ? path[0] : at(BUTTONS));
  if (!target || type == "pointerdown" || type == "focusin") return;
  // A native button turns Enter and Space (the first two KEYS) into a click
  // of its own.
  if (key && (!KEYS.includes(key) || ctrlKey || altKey || metaKey || (target.localName == "button" && KEYS.indexOf(key) < 2))) return;
  // Space would scroll the page; nothing else has a default to keep.
  type == "keydown" && event.preventDefault();
  pending.set(root, [...(pending.get(root) ?? []), [target, [...root.querySelectorAll(BUTTONS)].indexOf(target), type, { key, code, shiftKey, button: event.button }]]);
  // For a progress cursor (not aria-busy: it would hide the text from some
  // screen readers, and the text is there to be read).
  root.setAttribute("data-ia-pending", "");
};
for (const type of ["click", "keydown", "pointerdown", "focusin", "beforematch"]) addEventListener(type, record, true);
// Firefox reveals a text fragment's collapsed section (beforematch, then
// `hidden` removed) before this module runs and listens: a prerendered
// collapsed section whose panel has lost `hidden` was revealed so, and is
// recorded as that reveal.
for (const target of document.querySelectorAll(PRERENDERED + " [data-open=false]>div:not([hidden])")) record({ type: "beforematch" }, [target, target.closest(PRERENDERED)]);

// Replays each live root's actions, after the effects of its first render
// (ia-ready is sent from one), one a task so each one's renders and focus
// moves are over before the next, with focus where the reader left it.
const replay = (root, [[target, index, type, init] = [], ...rest]) => {
  const node = target?.isConnected ? target : root.querySelectorAll(BUTTONS)[index];
  type != "beforematch" && node?.focus();
  node?.dispatchEvent(new ({ click: MouseEvent, keydown: KeyboardEvent }[type] ?? Event)(type, { ...init, bubbles: true, cancelable: true, composed: true }));
  rest.length ? setTimeout(() => replay(root, rest)) : root.removeAttribute("data-ia-pending");
};
addEventListener("ia-ready", () => setTimeout(() => {
  for (const [root, actions] of pending) {
    if (!root.matches(PRERENDERED)) pending.delete(root), replay(root, actions);
  }
}), true);

// The text at `url`. Errors name the URL and the reason.
async function fetchText(url) {
  // fetch() rejects on a network error: its message is the reason.
  const response = await fetch(url).catch((error) => error);
  if (response.ok) return response.text();
  throw Error(`${url}: ${response.message ?? "HTTP " + response.status}`);
}

class InteractiveArticle extends HTMLElement {
  // The attributes that are mount() options, each once: the option is the
  // attribute's name in camelCase (heading-level → headingLevel).
  static optionAttributes = ["theme", "sections", "lang", "heading-level", "strings", "id-prefix", "copy-notice"];
  static observedAttributes = ["src", ...InteractiveArticle.optionAttributes];

  // ::part(root): the box the widget renders into, in the shadow root
  // <div part="root">, holding the widget or the loading error; null until
  // loading starts. Each load makes a new one, so a load that finds another
  // one here when its downloads finish knows it is stale and gives up.
  #root = null;
  // Shows the fallback (the light DOM children) until the widget mounts.
  #slot = document.createElement("slot");
  // The MountHandle, while mounted.
  #handle = null;

  constructor() {
    super();
    // A prerendered element (`interactive-article render`) arrives with a
    // declarative shadow root: keep it, as attachShadow would empty it.
    (this.shadowRoot ?? this.attachShadow({ mode: "open" })).append(this.#slot);
    // beforematch does not leave the shadow root (it is not composed).
    this.shadowRoot.addEventListener("beforematch", record, true);
    // The fallback goes once the widget has rendered: mount() may first
    // fetch the widget's text in the reader's language.
    this.addEventListener("ia-ready", () => this.#slot.remove());
  }

  // The MountHandle while the widget is mounted, else null.
  get handle() {
    return this.#handle;
  }

  connectedCallback() {
    // Moved within the page (see below): keep what there is.
    if (this.#root) return;
    // `loading="eager"` is the older name of hydrate="eager".
    const when = this.getAttribute("loading") == "eager" ? "eager" : this.getAttribute("hydrate");
    if (when == "eager") this.load();
    else if (when == "idle") (self.requestIdleCallback ?? setTimeout)(() => this.load());
    else if (when != "interaction") observer.observe(this);
  }

  disconnectedCallback() {
    // A move is a removal then an insertion in one script run: wait until it
    // has finished to see.
    queueMicrotask(() => this.isConnected || this.#reset());
  }

  attributeChangedCallback(name, old, value) {
    if (old == value || !this.#root) return;
    // The theme changes in place; the other options are fixed at mount:
    // start again with them.
    name == "theme" && this.#handle ? this.#handle.setTheme(value ?? "auto") : (this.#reset(), this.load());
  }

  // Unmounts (which releases the widget's listeners) and shows the fallback.
  #reset() {
    observer.unobserve(this);
    const root = this.#root;
    // A failed mount leaves its error box's app in `root`: release that too.
    this.#handle ? this.#handle.unmount() : root && widget?.then((m) => m.release(root), () => {});
    this.#root?.remove();
    this.#handle = this.#root = null;
    this.shadowRoot.append(this.#slot);
  }

  // Starts loading now, whatever the `loading` attribute says.
  // `again`: this is the one restart after a stopped module (see below).
  async load(again) {
    if (this.#root) return;
    observer.unobserve(this);
    const shadow = this.shadowRoot;
    // A fresh container every time, also because mount() may still hold a
    // failed one; except the container of a prerendered widget (the only
    // <div> a shadow root holds before loading), which mount() takes over
    // in place, so no frame is without the article.
    const root = (this.#root = shadow.querySelector("div") ?? document.createElement("div"));
    // A fresh container goes first; a prerendered one (part="root" already)
    // stays put: moving it would move the whole article, a long task of
    // its own for a long article.
    if (root.parentNode != shadow) (root.part = "root"), shadow.prepend(root);
    // The article: the text fetched from `src`, else the child <script
    // type="application/json">, else undefined (the default article). The
    // text goes to mount() as it is: the widget reads it with the same JSON
    // reader as the native validator, so syntax errors and duplicate keys
    // are reported with the same words and paths.
    const src = this.getAttribute("src");
    const inline = this.querySelector(':scope > script[type="application/json"]');
    let module, text;
    try {
      [module, shadow.adoptedStyleSheets, text] = await Promise.all([
        (widget ??= import(near("interactive_article.js" + (tries ? "?" + tries : "")))
          .then(async (m) => (await m.default(), m))
          .catch((error) => (dropWidget(), Promise.reject(error)))),
        // A prerendered element links them already: adopting them as well
        // would restyle the whole article, a long task for a long one.
        root.matches(PRERENDERED) ? [] : (sheets ??= Promise.all(
          ["interactive-article.css", "shadow.css"].map(async (file) => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(await fetchText(near(file)));
            return sheet;
          }),
        ).catch((error) => ((sheets = null), Promise.reject(error)))),
        src == null ? inline?.textContent : fetchText(new URL(src, document.baseURI)),
      ]);
    } catch ({ message }) {
      if (root != this.#root) return;
      shadow.adoptedStyleSheets = (await sheets?.catch(() => 0)) || [];
      const box = root.appendChild(document.createElement("p"));
      box.className = "ia-error";
      box.role = "alert";
      box.textContent = `The article could not be loaded. ${message}`;
      const detail = { problems: [{ path: "", message }], url: src };
      this.dispatchEvent(new CustomEvent("ia-error", { bubbles: true, composed: true, detail }));
      return;
    }
    if (root != this.#root) return;
    // mount() checks the options; a missing attribute (null) means its default.
    const options = { eventTarget: this };
    for (const name of InteractiveArticle.optionAttributes) {
      options[name.replace(/-(.)/g, (_, c) => c.toUpperCase())] = this.getAttribute(name);
    }
    try {
      this.#handle = module.mount(root, text, options);
    } catch (error) {
      // Invalid article or options: mount() logged the problems, shows them
      // in `root` and dispatched ia-error. The fallback stays below.
      // A trap (WebAssembly.RuntimeError, from a panic) did the same through
      // the module's panic hook, but leaves the module unusable: the next
      // element starts a fresh one. A root left empty means the module had
      // stopped before (another widget's panic) and refused to run: this
      // element starts again with a fresh module at once, once, so a module
      // that fails before its panic hook can show anything cannot loop.
      error instanceof WebAssembly.RuntimeError && (dropWidget(), root.firstChild || again || (this.#reset(), this.load(1)));
    }
  }
}

customElements.get("interactive-article") || customElements.define("interactive-article", InteractiveArticle);

// What the reader did while the page was still being parsed, kept by the
// inline recorder a prerendered widget starts with (embed/recorder.js):
// recorded here now that the elements are defined (a click may start one),
// and the recorder stopped.
for (const early of self.iaEarly || []) record(...early);
self.iaEarly = 0;
