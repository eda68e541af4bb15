// Every behaviour in every embed mode: one list of reader scenarios, run
// against the widget mounted by a script (mount mode, www/index.html), inside
// the <interactive-article> element's shadow root (www/embed-modes.html
// ?mode=element), inside an iframe (embed.html?src=…, framed by
// www/embed-modes.html?mode=iframe, whose fragment it hands on), and
// prerendered by the CLI then hydrated in place by the wasm: the element with
// its declarative shadow root (www/prerendered/edge-cases.html, from
// `render --page`) and a mount() container (www/prerendered/
// edge-cases-mount.html, from `render --mount`), both made by `make www`.
//
// In the prerendered modes a few prerendered nodes are marked before the wasm
// runs (while the container still carries its data-ia-prerender stamp, which
// mount() removes), and every scenario checks before and after that they are
// still the nodes on screen: a widget that silently rendered afresh fails.
//
// The article is tests/fixtures/edge-cases.json: a banner, five claims, two
// sources, and three sections of which the last two start collapsed. Scenarios
// that name another article (`article: ARTICLES.german`) open that one in
// every mode: tests/fixtures/sources-quote-de.json, German, whose sources
// quote the passages the article relies on.
//
// Each mode is an adapter that finds the widget and reads focus where that
// mode keeps it: `document.activeElement` for mount mode, the element's
// `shadowRoot.activeElement` in the two others (in iframe mode, in the
// frame's document). Scenarios only talk to the adapter, so each runs
// unchanged in every mode.
//
// The viewport is small enough that the last section's heading starts below
// the fold in every mode (each scenario that checks scrolling asserts that
// first), so "scrolled into view" is something the widget has to do.

import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { changeFragment, formatViolations, runAxe, useSuite } from "./harness.mjs";

const suite = useSuite();

/** Each article: its file under www/, and the name of its prerendered pages
 * (www/prerendered/NAME.html and NAME-mount.html, made by `make www`). */
const ARTICLES = {
  edge: { file: "fixtures/edge-cases.json", prerendered: "edge-cases" },
  german: { file: "fixtures/sources-quote-de.json", prerendered: "sources-quote-de" },
};
const VIEWPORT = { width: 1000, height: 600 };
/** Sections of edge-cases.json, in order; the last two start collapsed. */
const SECTIONS = ["repeated-words", "whole-paragraph", "non-latin"];
const LAST_SECTION = SECTIONS[SECTIONS.length - 1];

// ---------------------------------------------------------------------------
// Embed modes

/**
 * Each mode: `path(fragment)` is the page to open (fragment "" or "#…");
 * `host` the selector, in `scope`'s document, of the element that holds the
 * widget; `locate(page)` resolves with the Page or Frame the widget lives in,
 * once the article is rendered there.
 */
const MODES = [
  {
    name: "mount",
    path: (fragment, article, query = "") => `/?article=${article.file}${query}${fragment}`,
    options: { viewport: VIEWPORT },
    host: "#article-embed",
    async locate(page) {
      return page;
    },
  },
  {
    name: "custom element",
    path: (fragment, article, query = "") => `/embed-modes.html?mode=element&src=${article.file}${query}${fragment}`,
    options: { viewport: VIEWPORT, expectStatus: null },
    host: "interactive-article#article",
    async locate(page) {
      await waitForArticle(page, this.host);
      return page;
    },
  },
  {
    name: "prerendered + hydrated, custom element",
    // The CLI fixes an element's options: a scenario's options are a page of their own.
    path: (fragment, article, query = "", variant = "") => `/prerendered/${article.prerendered}${variant}.html${fragment}`,
    options: { viewport: VIEWPORT, expectStatus: null },
    host: "interactive-article",
    prerendered: true,
    async locate(page) {
      await page.waitForFunction((host) => document.querySelector(host)?.handle?.mounted === true, this.host, { timeout: 15_000 });
      return page;
    },
  },
  {
    name: "prerendered + hydrated, mount()",
    path: (fragment, article, query = "") => `/prerendered/${article.prerendered}-mount.html${query.replace(/^&/, "?")}${fragment}`,
    options: { viewport: VIEWPORT, expectStatus: null },
    host: "#stage > div",
    prerendered: true,
    async locate(page) {
      await page.waitForFunction(() => window.articleHandles?.[0]?.mounted === true, undefined, { timeout: 15_000 });
      return page;
    },
  },
  {
    name: "iframe",
    path: (fragment, article, query = "") => `/embed-modes.html?mode=iframe&src=${article.file}${query}${fragment}`,
    options: { viewport: VIEWPORT, expectStatus: null },
    host: "interactive-article",
    async locate(page) {
      const frameElement = await page.waitForSelector("#article-frame");
      const frame = await frameElement.contentFrame();
      assert.ok(frame, "the iframe has a document");
      await waitForArticle(frame, this.host);
      return frame;
    },
  },
];

/**
 * Init script of the prerendered modes: at DOMContentLoaded, while the
 * prerendered container still has its stamp (so no widget has taken it over
 * yet), marks the article, its title and its banner.
 */
function markPrerenderedNodes() {
  document.addEventListener("DOMContentLoaded", () => {
    const element = document.querySelector("interactive-article");
    const container = (element?.shadowRoot ?? document).querySelector("[data-ia-prerender]");
    for (const node of container?.querySelectorAll("article.ia-article, .ia-title, aside.ia-banner") ?? []) {
      node.__prerendered = true;
    }
    window.__markedBeforeHydration = Boolean(container);
  });
}

/** Checks that the widget in a prerendered mode still shows the marked prerendered nodes. */
async function assertHydrated(w, when) {
  const seen = await w.scope.evaluate((hostSelector) => {
    const host = document.querySelector(hostSelector);
    const root = host?.shadowRoot ?? host;
    const marked = (selector) => root?.querySelector(selector)?.__prerendered === true;
    return {
      markedBeforeHydration: window.__markedBeforeHydration === true,
      articles: root?.querySelectorAll("article.ia-article").length ?? 0,
      article: marked("article.ia-article"),
      title: marked(".ia-title"),
      banner: marked("aside.ia-banner"),
    };
  }, w.mode.host);
  assert.deepEqual(
    seen,
    { markedBeforeHydration: true, articles: 1, article: true, title: true, banner: true },
    `${w.mode.name}, ${when}: the prerendered nodes are the ones on screen (hydrated, not rendered afresh)`,
  );
}

/** Init script of every page: counts ia-disclaimer-dismiss events heard in this document. */
function countDismissEvents() {
  window.__dismissEvents = 0;
  window.addEventListener("ia-disclaimer-dismiss", () => window.__dismissEvents++, true);
}

const dismissEvents = (w) => w.scope.evaluate(() => window.__dismissEvents);

/** The key under which the widget remembers a dismissed banner of edge-cases.json. */
const BANNER_DISMISSED_KEY = "interactive-article:banner-dismissed:edge-cases";

/** Waits until the article is rendered inside `host` (playwright's CSS pierces shadow roots). */
async function waitForArticle(scope, host) {
  await scope.locator(`${host} article.ia-article`).waitFor({ state: "attached", timeout: 15_000 });
}

/**
 * What a scenario works with: `locator(selector)` inside the widget, `focus()`
 * (the focused element as this mode's root sees it), `scope` (the Page or
 * Frame), `page` (the top-level page) and `mode`.
 */
function widgetOf(page, scope, mode) {
  return {
    page,
    scope,
    mode,
    locator: (selector) => scope.locator(`${mode.host} ${selector}`),
    toggle: (id) => scope.locator(`${mode.host} section.ia-section[id="${id}"] button.ia-section__toggle`),
    focus: () => scope.evaluate(focusedElement, mode.host),
  };
}

/**
 * Runs in the page: the element that has focus as the widget's root sees it
 * (the shadow root's activeElement when there is one), and whether it lies
 * inside the widget.
 */
function focusedElement(hostSelector) {
  const host = document.querySelector(hostSelector);
  const root = host?.shadowRoot ?? host;
  const active = host?.shadowRoot ? host.shadowRoot.activeElement : document.activeElement;
  return {
    id: active?.id ?? "",
    tag: active?.tagName.toLowerCase() ?? "",
    className: typeof active?.className === "string" ? active.className : "",
    text: (active?.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60),
    inside: Boolean(root && active && root.contains(active)),
    // Ids of the element and of its ancestors inside the widget.
    within: (() => {
      const found = [];
      for (let el = active; el && root?.contains(el); el = el.parentElement) if (el.id) found.push(el.id);
      return found;
    })(),
  };
}

/** The edge-cases article's label: it names the editor's review. */
const REVIEW_LABEL = "AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor";
/** The line the widget adds to text copied from edge-cases.json (its canonicalUrl). */
const COPY_LINE = `${REVIEW_LABEL} — https://example.org/news/edge-cases`;

/**
 * Runs in the page: selects the contents of `selector` inside the widget
 * (a real selection, in the shadow root where there is one) and dispatches
 * `copy` on it as the browser does for Ctrl+C, with a fresh DataTransfer
 * as its clipboardData; returns what the widget put there.
 */
function copyFromWidget({ host, selector }) {
  const element = document.querySelector(host);
  const target = (element.shadowRoot ?? element).querySelector(selector);
  const selection = document.getSelection();
  const range = document.createRange();
  range.selectNodeContents(target);
  selection.removeAllRanges();
  selection.addRange(range);
  const clipboardData = new DataTransfer();
  const event = new ClipboardEvent("copy", { clipboardData, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  return {
    selected: (element.shadowRoot?.getSelection?.() ?? selection).toString(),
    text: clipboardData.getData("text/plain"),
    html: clipboardData.getData("text/html"),
    prevented: event.defaultPrevented,
  };
}

const describeFocus = (f) => (f.tag ? `<${f.tag} id="${f.id}" class="${f.className}"> "${f.text}"` : "nothing in the widget");

/** Reads `read()` until `ok(value)` holds or `timeout` ms pass; returns the last value read. */
async function poll(read, ok, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the focused element (see focusedElement) is inside the widget
 * and `want(it)` holds; fails with what has focus instead.
 */
async function waitForFocus(w, want, label, timeout = 5000) {
  const focused = await poll(w.focus, (f) => f.inside && want(f), timeout);
  if (!(focused.inside && want(focused))) {
    assert.fail(`${w.mode.name}: focus should be on ${label}, is on ${describeFocus(focused)}`);
  }
  return focused;
}

/** Where an element is relative to its document's viewport. */
async function placement(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      inView: r.height > 0 && r.bottom > 0 && r.top < window.innerHeight,
      // Its top in the document, wherever the page is scrolled to.
      top: r.top + window.scrollY,
      viewportHeight: window.innerHeight,
    };
  });
}

/**
 * Waits until the toggle of section `id` says `aria-expanded` = `open`, then
 * checks that its panel shows (or hides, findable) its text to match.
 */
async function assertSectionOpen(w, id, open) {
  const toggle = w.toggle(id);
  const want = open ? "true" : "false";
  const expanded = await poll(() => toggle.getAttribute("aria-expanded"), (value) => value === want);
  assert.equal(expanded, want, `${w.mode.name}: #${id} toggle aria-expanded`);
  const panel = w.locator(`[id="${await toggle.getAttribute("aria-controls")}"]`);
  const shown = await panel.evaluate((p) => ({
    hidden: p.getAttribute("hidden"),
    contentVisible: [...p.children].some((child) => child.checkVisibility()),
  }));
  assert.deepEqual(
    shown,
    open ? { hidden: null, contentVisible: true } : { hidden: "until-found", contentVisible: false },
    `${w.mode.name}: #${id} panel matches aria-expanded=${want}`,
  );
}

// ---------------------------------------------------------------------------
// Scenarios: each `run(w)` gets the widget adapter; `fragment` is the page's
// fragment on arrival.

const SCENARIOS = [
  {
    name: "Enter on a claim moves focus into its callout; Escape closes it and focus returns to the claim's words",
    async run(w) {
      const mark = w.locator('span.ia-claim__words[id="prices-june"]');
      const calloutId = await mark.getAttribute("aria-controls");
      assert.ok(calloutId, "the claim names its callout");
      await mark.focus();
      await waitForFocus(w, (f) => f.id === "prices-june", "the claim's words (before Enter)");

      await mark.press("Enter");
      const callout = w.locator("div.ia-callout");
      await callout.waitFor({ state: "visible" });
      assert.equal(await callout.getAttribute("id"), calloutId);
      assert.equal(await mark.getAttribute("aria-expanded"), "true");
      await waitForFocus(w, (f) => f.within.includes(calloutId), `the callout #${calloutId} or inside it`);

      await w.page.keyboard.press("Escape");
      await callout.waitFor({ state: "detached" });
      assert.equal(await mark.getAttribute("aria-expanded"), "false");
      await waitForFocus(w, (f) => f.id === "prices-june", "the claim's words (after Escape)");
    },
  },
  {
    name: '"Verify with sources" moves focus to the sources heading and brings it into view',
    async run(w) {
      const heading = w.locator("[id$='-sources-heading']");
      const before = await placement(heading);
      assert.ok(!before.inView, `the sources heading starts out of view (top ${before.top}, viewport ${before.viewportHeight})`);
      await w.locator("aside.ia-banner").getByRole("button", { name: "Verify with sources" }).press("Enter");
      await waitForFocus(w, (f) => f.id.endsWith("-sources-heading") && f.text === "Sources", "the sources heading");
      assert.ok((await placement(heading)).inView, "the sources heading is scrolled into view");
    },
  },
  {
    name: "a key-claims entry opens the claim's collapsed section and moves focus to the claim's words",
    async run(w) {
      await assertSectionOpen(w, "whole-paragraph", false);
      await w.locator("button.ia-key-claims__toggle").click();
      const entry = w.locator("button.ia-key-claims__jump").filter({ hasText: /^\s*\S*\s*beta\s*$/ });
      assert.equal(await entry.count(), 1, "one key-claims entry for claim beta");
      await entry.press("Enter");
      await waitForFocus(w, (f) => f.id === "beta", "claim beta's words");
      await assertSectionOpen(w, "whole-paragraph", true);
      assert.ok((await placement(w.locator('[id="beta"]'))).inView, "claim beta is scrolled into view");
    },
  },
  {
    name: "dismissing the banner moves focus to its restore button; restoring moves it to the dismiss button",
    async run(w) {
      const banner = w.locator("aside.ia-banner");
      await banner.getByRole("button", { name: /^Dismiss/ }).press("Enter");
      await w.locator('aside.ia-banner[data-dismissed="true"]').waitFor();
      await waitForFocus(w, (f) => f.id.endsWith("-banner-restore") && f.text === "Show disclaimer", '"Show disclaimer"');
      assert.equal(await dismissEvents(w), 1, "the host hears the dismissal once");

      await w.page.keyboard.press("Enter");
      await w.locator('aside.ia-banner[data-dismissed="false"]').waitFor();
      await waitForFocus(w, (f) => f.id.endsWith("-banner-dismiss") && /^Dismiss/.test(f.text), "the dismiss button");
    },
  },
  {
    name: "a banner the reader dismissed on an earlier visit: compact when rendered in the browser, in full when prerendered (no shift); no focus move, no event",
    storage: { [BANNER_DISMISSED_KEY]: "1" },
    async run(w) {
      if (w.mode.prerendered) {
        // The server rendered it in full; shrinking it after the first paint
        // would move the article (a layout shift), so it stays.
        await w.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
        assert.equal(await w.locator("aside.ia-banner").getAttribute("data-dismissed"), "false");
        assert.equal(await dismissEvents(w), 0, "no ia-disclaimer-dismiss: the reader did not act now");
        return;
      }
      await w.locator('aside.ia-banner[data-dismissed="true"]').waitFor();
      assert.ok(await w.locator("aside.ia-banner").getByRole("button", { name: "Show disclaimer" }).isVisible(), "the compact label offers the full banner");
      assert.equal(await w.locator("aside.ia-banner").getByRole("button", { name: /^Dismiss/ }).count(), 0, "the full banner is gone");
      const focused = await w.focus();
      assert.ok(!focused.inside, `${w.mode.name}: focus stays outside the widget, is on ${describeFocus(focused)}`);
      assert.equal(await dismissEvents(w), 0, "no ia-disclaimer-dismiss: the reader did not act now");
    },
  },
  {
    name: "arriving with the last section's id as fragment opens it, scrolls its heading into view and focuses it",
    fragment: `#${LAST_SECTION}`,
    async run(w) {
      const toggle = w.toggle(LAST_SECTION);
      const { top, viewportHeight } = await placement(toggle);
      assert.ok(top > viewportHeight, `the heading lies below the first screen (top ${top}, viewport ${viewportHeight})`);
      await assertSectionOpen(w, LAST_SECTION, true);
      await assertSectionOpen(w, "whole-paragraph", false);
      const id = await toggle.getAttribute("id");
      await waitForFocus(w, (f) => f.id === id, `#${LAST_SECTION}'s heading button`);
      assert.ok((await placement(toggle)).inView, "the heading is scrolled into view");
    },
  },
  {
    name: "a fragment set while the page is open (hashchange) opens the section or claim it names and focuses it",
    async run(w) {
      const toggle = w.toggle(LAST_SECTION);
      await assertSectionOpen(w, LAST_SECTION, false);
      assert.ok(!(await placement(toggle)).inView, "the last heading starts out of view");

      await changeFragment(w.scope, LAST_SECTION);
      const id = await toggle.getAttribute("id");
      await waitForFocus(w, (f) => f.id === id, `#${LAST_SECTION}'s heading button`);
      await assertSectionOpen(w, LAST_SECTION, true);
      assert.ok((await placement(toggle)).inView, "the heading is scrolled into view");

      await assertSectionOpen(w, "whole-paragraph", false);
      await changeFragment(w.scope, "beta");
      await waitForFocus(w, (f) => f.id === "beta", "claim beta's words");
      await assertSectionOpen(w, "whole-paragraph", true);
      const mark = w.locator('[id="beta"]');
      assert.equal(await mark.getAttribute("aria-expanded"), "false", "a deep link does not open the callout");

      // A fragment naming nothing in the article changes nothing, once its
      // hashchange has been handled.
      await w.toggle("whole-paragraph").click();
      await assertSectionOpen(w, "whole-paragraph", false);
      await changeFragment(w.scope, "no-such-thing");
      await assertSectionOpen(w, "whole-paragraph", false);
      await assertSectionOpen(w, LAST_SECTION, true);
    },
  },
  {
    name: "find-in-page (a text fragment) reveals a collapsed section and its toggle follows",
    async run(w) {
      await assertSectionOpen(w, "whole-paragraph", false);
      // beforematch is heard where the widget listens: inside its root.
      await w.scope.evaluate((host) => {
        const h = document.querySelector(host);
        const root = h.shadowRoot ?? h;
        window.__beforematch = [];
        root.addEventListener(
          "beforematch",
          (event) => window.__beforematch.push(event.target.closest("[data-ia-section]")?.id ?? null),
          true,
        );
      }, w.mode.host);
      // Only in the collapsed section (the key-claims list quotes other text).
      await w.scope.goto(`${w.scope.url().split("#")[0]}#:~:text=Before%20adjacent%20claims`);
      await assertSectionOpen(w, "whole-paragraph", true);
      assert.deepEqual(await w.scope.evaluate(() => window.__beforematch), ["whole-paragraph"]);
      await assertSectionOpen(w, LAST_SECTION, false);
    },
  },
  {
    name: "Down, Up, Home and End move focus between section headers without opening or closing any",
    async run(w) {
      const ids = [];
      for (const section of SECTIONS) ids.push(await w.toggle(section).getAttribute("id"));
      const states = async () => Promise.all(SECTIONS.map((s) => w.toggle(s).getAttribute("aria-expanded")));
      const before = await states();

      await w.toggle(SECTIONS[0]).focus();
      const steps = [
        ["ArrowDown", 1],
        ["ArrowDown", 2],
        ["ArrowUp", 1],
        ["Home", 0],
        ["End", 2],
        ["ArrowUp", 1],
      ];
      for (const [key, index] of steps) {
        await w.page.keyboard.press(key);
        await waitForFocus(w, (f) => f.id === ids[index], `${SECTIONS[index]}'s header after ${key}`, 2000);
      }
      assert.deepEqual(await states(), before, "moving between headers opens and closes nothing");
    },
  },
  {
    name: "axe finds no violations with the banner details, key claims, a callout and every section open, and with the banner dismissed",
    async run(w) {
      const check = async (state) => {
        const violations = await runAxe(w.scope, w.mode.host);
        assert.equal(violations.length, 0, `${w.mode.name}, ${state}: axe found\n${formatViolations(violations)}`);
      };
      await check("as loaded");
      await w.locator("aside.ia-banner").getByRole("button", { name: "About this article" }).click();
      await w.locator("button.ia-key-claims__toggle").click();
      await w.locator("button.ia-toolbar__toggle").click();
      await assertSectionOpen(w, LAST_SECTION, true);
      await w.locator('span.ia-claim__words[id="whole-claim"]').click();
      await w.locator("div.ia-callout").waitFor({ state: "visible" });
      await check("everything open");
      await w.locator("aside.ia-banner").getByRole("button", { name: /^Dismiss/ }).click();
      await w.locator('aside.ia-banner[data-dismissed="true"]').waitFor();
      await check("banner dismissed");
    },
  },
  {
    name: "a German article shows the widget's own text in German: labels, dates, statuses and accessible names",
    article: ARTICLES.german,
    async run(w) {
      const text = async (selector) => fold(await w.locator(selector).first().textContent());
      assert.equal(await text(".ia-banner__label"), "KI-generierter Inhalt – bitte mit der Originalquelle abgleichen");
      assert.equal(await text(".ia-banner__icon"), "KI");
      assert.equal(await text(".ia-toolbar__toggle"), "Alle Abschnitte einblenden");
      assert.equal(await text(".ia-key-claims__heading"), "Zentrale Aussagen");
      assert.equal(await text(".ia-sources__heading"), "Quellen");
      assert.match(await text(".ia-meta"), /Veröffentlicht am 14\. März 2026\s*Aktualisiert am 2\. Mai 2026\s*\d+ Min\. Lesezeit$/);
      const banner = w.locator("aside.ia-banner");
      assert.equal(await banner.getByRole("button", { name: "Ausblenden: der KI-Hinweis wird zu einem kurzen Vermerk" }).count(), 1);
      // UI text and article share a language: the article's lang is the only one.
      assert.deepEqual(await langsInWidget(w), ["de"]);

      await w.locator('span.ia-claim__words[id="foerderung"]').click();
      const callout = w.locator("div.ia-callout");
      await callout.waitFor({ state: "visible" });
      assert.equal(await text("div.ia-callout .ia-status__label"), "Teilweise belegt");
      assert.equal(await callout.getByRole("button", { name: "Details zur Aussage schließen" }).count(), 1);
      const violations = await runAxe(w.scope, w.mode.host);
      assert.equal(violations.length, 0, `${w.mode.name}: axe found\n${formatViolations(violations)}`);
    },
  },
  {
    name: "a source's passage: the callout quotes it, its links land on it in exact and start,end form, print shows it",
    article: ARTICLES.german,
    async run(w) {
      await w.locator('span.ia-claim__words[id="foerderung"]').click();
      const callout = w.locator("div.ia-callout");
      await callout.waitFor({ state: "visible" });
      assert.equal(fold(await callout.locator("q").textContent()), PASSAGES.council);
      const council = await callout.getByRole("link", { name: /^Mit Quelle abgleichen: Beschluss des Stadtrats/ }).getAttribute("href");
      assert.equal(
        council,
        "https://quellen.example/rat/beschluss-12-maerz.html#:~:text=Der%20Rat%20der%20Stadt%20hat,einer%20unabh%C3%A4ngigen%20Stelle%20gepr%C3%BCft%20wurde.",
      );
      await assertLandsOn(w, council, "council");

      await w.locator('span.ia-claim__words[id="strommenge"]').click();
      await w.locator("div.ia-callout").getByRole("link", { name: /^Mit Quelle abgleichen: Jahresbericht/ }).waitFor();
      const report = await w.locator("div.ia-callout").getByRole("link", { name: /^Mit Quelle abgleichen: Jahresbericht/ }).getAttribute("href");
      assert.ok(report.startsWith("https://quellen.example/stadtwerke/jahresbericht-2025.html#kapitel-3:~:text=Mieterstrom%2DAnlagen"), report);
      await assertLandsOn(w, report, "report");
      const mail = await w.locator("div.ia-callout").getByRole("link", { name: /Pressestelle/ }).getAttribute("href");
      assert.equal(mail, "mailto:presse@quellen.example", "no text fragment on a mail link");

      await w.page.emulateMedia({ media: "print" });
      try {
        for (const where of [".ia-key-claims__detail", ".ia-sources__list"]) {
          const passage = w.locator(`${where} q`).filter({ hasText: "Der Rat der Stadt" }).first();
          assert.ok(await passage.isVisible(), `${w.mode.name}: the passage prints in ${where}`);
        }
      } finally {
        await w.page.emulateMedia({ media: "screen" });
      }
    },
  },
];

/** Whitespace folded. */
const fold = (text) => (text ?? "").replace(/\s+/g, " ").trim();

/** The `lang` of every element inside the widget that has one, in order. */
const langsInWidget = (w) =>
  w.scope.evaluate((hostSelector) => {
    const host = document.querySelector(hostSelector);
    const root = host?.shadowRoot ?? host;
    return [...root.querySelectorAll("[lang]")].map((el) => el.getAttribute("lang"));
  }, w.mode.host);

/** The passages of sources-quote-de.json that the source page below holds. */
const PASSAGES = {
  report: "Mieterstrom-Anlagen: 1,2 GWh für 840 Haushalte, Kosten & Erlöse ausgeglichen",
  council:
    "Der Rat der Stadt hat in seiner Sitzung vom 12. März beschlossen, die Förderung für Mieterstrom-Anlagen auf allen städtischen Dächern bis Ende 2027 fortzuführen, sofern die Stadtwerke bis zum Herbst einen Bericht über die bisher erzeugte Strommenge, die Zahl der versorgten Haushalte und die Kosten je Kilowattstunde vorlegen, der öffentlich einsehbar ist und von einer unabhängigen Stelle geprüft wurde.",
};

/**
 * The sources' page, served for every https://quellen.example/ address: the
 * fragment's target (#kapitel-3) at the top, and each passage a few screens
 * further down, so a page that scrolled to one found it by its text.
 */
const SOURCE_PAGE = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Quelle</title>
<h2 id="kapitel-3">Kapitel 3</h2><div style="height:3000px"></div>
<p id="council">${PASSAGES.council}</p><div style="height:3000px"></div>
<p id="report">${PASSAGES.report.replace("&", "&amp;")}</p><div style="height:3000px"></div>`;

/**
 * Opens `href` in a fresh browser context, with the sources' page served for
 * it, and checks that Chromium scrolled to the passage `id` (so the text
 * directive matched), and that the same address without the directive does not.
 */
async function assertLandsOn(w, href, id) {
  const context = await w.page.context().browser().newContext({ viewport: { width: 1000, height: 600 } });
  try {
    await context.route("https://quellen.example/**", (route) =>
      route.fulfill({ contentType: "text/html; charset=utf-8", body: SOURCE_PAGE }),
    );
    const page = await context.newPage();
    const inView = () =>
      page.evaluate((target) => {
        const r = document.getElementById(target).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }, id);
    await page.goto(href);
    assert.ok(await poll(inView, Boolean), `${w.mode.name}: ${href} lands on the passage #${id}`);
    await page.goto("about:blank");
    await page.goto(href.split(":~:")[0]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(!(await inView()), `${w.mode.name}: without the directive the page does not scroll to #${id}`);
  } finally {
    await context.close();
  }
}
SCENARIOS.push(
  {
    name: "the banner's label names the review, also compact once dismissed; its details say what the AI did, who checked what and who answers for it",
    async run(w) {
      const banner = w.locator("aside.ia-banner");
      assert.equal((await banner.locator(".ia-banner__label").innerText()).trim(), REVIEW_LABEL);
      await banner.getByRole("button", { name: "About this article" }).click();
      const details = (await banner.locator(".ia-banner__details").innerText()).replace(/\s+/g, " ");
      for (const part of [
        "An AI model generated this text.",
        "Reviewed on 1 March 2024 by Ada Example, standards editor.",
        "What was checked: every claim against the sources listed",
        "Editorial responsibility: The Example Times news desk",
      ]) {
        assert.ok(details.includes(part), `the details say "${part}"; they say: ${details}`);
      }
      await banner.getByRole("button", { name: /^Dismiss/ }).click();
      await w.locator('aside.ia-banner[data-dismissed="true"]').waitFor();
      assert.equal((await banner.locator(".ia-banner__label").innerText()).trim(), REVIEW_LABEL, "the compact label keeps the review");
    },
  },
  {
    name: "a section that says it was written by a person has a text badge in its heading button's name",
    async run(w) {
      const badges = w.locator("span.ia-section__badge");
      assert.equal(await badges.count(), 1, "one section says how it was made");
      const badge = w.locator('section.ia-section[id="non-latin"] button.ia-section__toggle span.ia-section__badge[data-involvement="none"]');
      assert.match((await badge.innerText()).trim(), /^,?\s*Written by a person$/);
      assert.ok(await badge.isVisible(), "the badge shows while the section is collapsed");
      const name = await w.toggle("non-latin").evaluate((button) => button.textContent.replace(/\s+/g, " ").trim());
      assert.equal(name, "中文段落, Written by a person", "the heading button's text names the section, then how it was made");
    },
  },
  {
    name: "an updated claim's callout says when and what it was before, with the note; the key-claims list marks it",
    async run(w) {
      await w.locator('span.ia-claim__words[id="prices-june"]').click();
      const update = w.locator("div.ia-callout li.ia-callout__update");
      await update.waitFor({ state: "visible" });
      assert.equal(await update.count(), 1, "one change of status");
      assert.equal(
        (await update.innerText()).replace(/\s+/g, " ").trim(),
        "Updated 1 March 2024: was Unverified The statistics office published the June figures.",
      );
      await w.locator("button.ia-key-claims__toggle").click();
      const marked = w.locator('li.ia-key-claims__item[data-updated="true"]');
      assert.equal(await marked.count(), 1, "one claim is marked updated");
      assert.match(await marked.locator("button.ia-key-claims__jump").innerText(), /Prices rose[\s\S]*Updated 1 March 2024/);
    },
  },
  {
    name: "copying text from the article adds the label and the article's address to both clipboard flavours",
    async run(w) {
      const copied = await w.scope.evaluate(copyFromWidget, { host: w.mode.host, selector: "p.ia-intro" });
      assert.equal(copied.selected.trim(), "An introduction that is always shown.", "the selection is the intro");
      assert.ok(copied.prevented, "the widget wrote the clipboard itself");
      assert.equal(copied.text, `${copied.selected}\n\n${COPY_LINE}`);
      assert.ok(copied.html.includes("An introduction that is always shown."), `the HTML has the selection: ${copied.html}`);
      assert.ok(copied.html.endsWith(`<p>${COPY_LINE}</p>`), `the HTML ends with the line: ${copied.html}`);
      const after = await w.scope.evaluate((host) => {
        const element = document.querySelector(host);
        return (element.shadowRoot?.getSelection?.() ?? document.getSelection()).toString();
      }, w.mode.host);
      assert.equal(after.trim(), "An introduction that is always shown.", "the selection is left as it was");
    },
  },
  {
    name: "Ctrl+C on text the reader selected copies it with the label and the article's address",
    async run(w) {
      const intro = w.locator("p.ia-intro");
      // A click puts the keyboard in this document (the frame's, in iframe mode).
      await intro.click();
      await w.scope.evaluate((host) => {
        window.__copied = null;
        // Last in the event's path: sees what the widget wrote.
        window.addEventListener("copy", (event) => {
          window.__copied = { text: event.clipboardData.getData("text/plain"), prevented: event.defaultPrevented };
        });
        const element = document.querySelector(host);
        const range = document.createRange();
        range.selectNodeContents((element.shadowRoot ?? element).querySelector("p.ia-intro"));
        document.getSelection().removeAllRanges();
        document.getSelection().addRange(range);
      }, w.mode.host);
      await w.page.keyboard.press("Control+c");
      await w.scope.waitForFunction(() => window.__copied !== null, undefined, { timeout: 5000 });
      const copied = await w.scope.evaluate(() => window.__copied);
      assert.deepEqual(copied, { text: `An introduction that is always shown.\n\n${COPY_LINE}`, prevented: true });
    },
  },
  {
    name: "without a canonicalUrl, copied text carries the address of the page the reader is on (in iframe mode the embedding page, not embed.html)",
    article: ARTICLES.german,
    async run(w) {
      const copied = await w.scope.evaluate(copyFromWidget, { host: w.mode.host, selector: "p.ia-intro" });
      assert.equal(copied.prevented, true);
      const page = w.page.url();
      assert.ok(copied.text.startsWith(`${copied.selected.trim()}\n\n`), copied.text);
      assert.ok(copied.text.endsWith(` ${page}`), `the line ends with ${page}: ${copied.text}`);
      assert.ok(!copied.text.includes("embed.html"), copied.text);
    },
  },
  {
    name: "with the copy notice turned off (copyNotice: false, copy-notice=\"off\"), copying is left to the browser",
    query: "&copy-notice=off",
    // The prerendered element: the page the CLI made with --copy-notice off.
    prerenderedVariant: "-copy-notice-off",
    async run(w) {
      const copied = await w.scope.evaluate(copyFromWidget, { host: w.mode.host, selector: "p.ia-intro" });
      assert.equal(copied.selected.trim(), "An introduction that is always shown.");
      assert.deepEqual({ text: copied.text, html: copied.html, prevented: copied.prevented }, { text: "", html: "", prevented: false });
      assert.equal((await w.locator("aside.ia-banner .ia-banner__label").innerText()).trim(), REVIEW_LABEL, "the label itself stays");
      // mount() refuses an option it does not know, so it was read; a
      // prerendered widget mounted afresh would no longer be the hydrated one.
      if (w.mode.name === "mount" || w.mode.prerendered) return;
      // The element's attribute is what turned it off: without it, the
      // element mounts afresh and copies get the line again.
      await w.scope.evaluate((host) => document.querySelector(host).removeAttribute("copy-notice"), w.mode.host);
      let again;
      for (let tries = 0; tries < 50 && !again?.text; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        again = await w.scope.evaluate(copyFromWidget, { host: w.mode.host, selector: "p.ia-intro" }).catch(() => undefined);
      }
      assert.equal(again?.text, `${again?.selected}\n\n${COPY_LINE}`, "without the attribute, the line is added");
    },
  },
);

for (const mode of MODES) {
  describe(mode.name, () => {
    for (const scenario of SCENARIOS.filter((s) => !(mode.prerendered && s.prerendered === false))) {
      test(scenario.name, async (t) => {
        const prepare = async (context) => {
          await context.addInitScript(countDismissEvents);
          if (scenario.storage) {
            await context.addInitScript((entries) => {
              try {
                for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
              } catch {
                // about:blank and the like have no storage; the article's pages do.
              }
            }, scenario.storage);
          }
          if (mode.prerendered) {
            await context.addInitScript(markPrerenderedNodes);
            // The wasm arrives after the parser is done, as on a real network.
            await context.route(/\.wasm$/, async (route) => {
              await new Promise((resolve) => setTimeout(resolve, 200));
              await route.continue();
            });
          }
        };
        await suite.withPage(
          t,
          mode.path(scenario.fragment ?? "", scenario.article ?? ARTICLES.edge, scenario.query, scenario.prerenderedVariant),
          async (page) => {
            const scope = await mode.locate(page);
            const w = widgetOf(page, scope, mode);
            if (mode.prerendered) await assertHydrated(w, "after loading");
            await scenario.run(w);
            if (mode.prerendered) await assertHydrated(w, "after the scenario");
          },
          { ...mode.options, prepare },
        );
      });
    }
  });
}
