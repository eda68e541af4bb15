// The reader scenarios and the replay in the engines other than Chromium:
// Firefox (tests/e2e/firefox.test.mjs) and WebKit (tests/e2e/webkit.test.mjs).
// Each of those files calls engineSuite() with its driver; the scenarios,
// the pages and the checks live here once.
//
// A driver opens pages and acts on them as a reader does (a pointer click on
// an element, a key pressed on the focused one), and runs functions in the
// page:
//
//   open(url)                  navigates (a fresh page where the engine can)
//   evaluate(fnSource, arg)    resolves with (fn)(arg) run in the page
//   click(fnSource, arg)       clicks the element that (fn)(arg) returns
//   press(key)                 "Enter" or "Escape", to the focused element
//   problems()                 console and page errors the engine reports
//                              itself (WebKit's driver reports none)
//   close()
//
// The live editor page (www/editor.html) has a scenario of its own in each
// engine: a problem's button takes the cursor to its line, and words
// selected in the preview are marked as a claim through the form.
//
// Between the engine and the static server (scripts/serve.mjs) sits a small
// proxy, in this process, that (1) puts a probe script first in every HTML
// page: it records console errors, uncaught errors, rejected promises,
// resources that failed to load and CSP violations, and marks the
// prerendered article before any module runs, since classic WebDriver has
// no init scripts and no console; (2) records every response of 400 or
// more, but a 404 for /favicon.ico: Firefox and WebKit ask for it on their
// own when a page names no icon, and the CLI's `render --page` names none
// yet (a request of the browser's, not the widget's; headless Chromium
// makes none); (3) holds the wasm back, for the replay, until the test lets
// it through; (4) holds back the end of a page, from its `</main>` on, so
// the test can act while the page is still being parsed (the loader, a
// module script, runs only once it is parsed). The Chromium replay tests
// (tests/e2e/replay.test.mjs) use it too.
//
// Where an engine lacks something (requestIdleCallback in WebKit), the
// widget must work without it: the scenarios assert what the reader sees,
// never which API got it there.

import { createServer } from "node:http";
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { startServer } from "./harness.mjs";
import { sectionsArticle } from "../../scripts/bench-article.mjs";

const PROBE_PATH = "/__engine-probe.js";
/** An empty page with the probe, for a page to be opened in a frame of. */
const HOST_PATH = "/__host.html";

/** Runs first in every page (classic script, before any module). */
function probe() {
  const problems = (window.__probeProblems = []);
  const text = (value) => (value instanceof Error ? value.stack || value.message : String(value));
  const consoleError = console.error;
  console.error = function (...args) {
    problems.push(`console error: ${args.map(text).join(" ")}`);
    return consoleError.apply(this, args);
  };
  // Capturing, so that resources that fail to load (their error events do
  // not bubble) are heard too.
  window.addEventListener(
    "error",
    (event) => {
      const target = event.target;
      if (target && target !== window) problems.push(`failed to load: <${target.localName}> ${target.src || target.href || ""}`);
      else problems.push(`uncaught page error: ${event.error ? text(event.error) : event.message}`);
    },
    true,
  );
  window.addEventListener("unhandledrejection", (event) => problems.push(`unhandled rejection: ${text(event.reason)}`));
  document.addEventListener("securitypolicyviolation", (event) =>
    problems.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
  );
  // The prerendered article, while no widget has taken it over yet: after
  // hydration it must still be the node on screen (not rendered afresh).
  document.addEventListener("DOMContentLoaded", () => {
    const element = document.querySelector("interactive-article");
    const article = (element?.shadowRoot ?? document).querySelector("[data-ia-prerender] article.ia-article");
    if (article) article.__prerendered = true;
  });
}

/**
 * Starts scripts/serve.mjs on www/ and the proxy in front of it. Resolves
 * with `{ url, problems, hold(pattern), holdTail(pattern), release(),
 * stop() }`: `problems` fills with the responses of 400 or more; while
 * held, requests whose path matches `pattern` wait until release(); while
 * a tail is held, HTML pages whose path matches send everything before
 * their `</main>` and the rest after release().
 */
export async function startProxy() {
  const upstream = await startServer();
  const problems = [];
  let holding = null;
  let holdingTail = null;
  let waiting = [];
  const server = createServer(async (req, res) => {
    try {
      if (req.url === HOST_PATH) {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><script src="${PROBE_PATH}"></script></head><body></body></html>`);
        return;
      }
      if (req.url === PROBE_PATH) {
        res.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache" });
        res.end(`(${probe})();\n`);
        return;
      }
      if (holding?.test(new URL(req.url, upstream.url).pathname)) {
        await new Promise((resolve) => waiting.push(resolve));
      }
      const response = await fetch(new URL(req.url.replace(/^\//, ""), upstream.url), { method: req.method, redirect: "manual" });
      if (response.status >= 400 && !(req.url === "/favicon.ico" && response.status === 404)) problems.push(`HTTP ${response.status} for ${req.method} ${req.url}`);
      const headers = Object.fromEntries(
        [...response.headers].filter(([name]) => !["content-length", "content-encoding", "transfer-encoding", "connection"].includes(name)),
      );
      let body = Buffer.from(await response.arrayBuffer());
      if (/^text\/html/.test(response.headers.get("content-type") ?? "")) {
        const html = body.toString("utf8");
        const head = /<head[^>]*>/i.exec(html);
        assert.ok(head, `${req.url} has a <head>`);
        const at = head.index + head[0].length;
        body = Buffer.from(`${html.slice(0, at)}<script src="${PROBE_PATH}"></script>${html.slice(at)}`, "utf8");
      }
      res.writeHead(response.status, { ...headers, "Content-Length": body.length });
      const main = body.indexOf("</main>");
      if (req.method !== "HEAD" && main > 0 && holdingTail?.test(new URL(req.url, upstream.url).pathname)) {
        res.write(body.subarray(0, main));
        await new Promise((resolve) => waiting.push(resolve));
        body = body.subarray(main);
      }
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      problems.push(`proxy: ${req.method} ${req.url}: ${error.message}`);
      res.destroy();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    problems,
    hold(pattern) {
      holding = pattern;
    },
    holdTail(pattern) {
      holdingTail = pattern;
    },
    release() {
      holding = null;
      holdingTail = null;
      for (const resolve of waiting.splice(0)) resolve();
    },
    async stop() {
      this.release();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await upstream.stop();
    },
  };
}

// ---------------------------------------------------------------------------
// Pages: the embed modes of tests/e2e/embed-modes.test.mjs (which says how
// each is built) that need no iframe, on the edge-case article. `root` and
// `live` run in the page: the widget's root (shadow root or document) and
// whether the widget is mounted.

/** A generated article of 100 sections (scripts/bench-article.mjs). */
const HUNDRED_SECTIONS = JSON.stringify(sectionsArticle(100));

const PAGES = [
  {
    name: "prerendered element",
    path: "prerendered/edge-cases.html",
    root: () => document.querySelector("interactive-article").shadowRoot,
    live: () => document.querySelector("interactive-article")?.handle?.mounted === true,
    prerendered: true,
  },
  {
    name: "prerendered mount() container",
    path: "prerendered/edge-cases-mount.html",
    root: () => document,
    live: () => window.articleHandles?.[0]?.mounted === true,
    prerendered: true,
  },
  {
    name: "custom element",
    path: "embed-modes.html?mode=element&src=fixtures/edge-cases.json",
    root: () => document.querySelector("interactive-article").shadowRoot,
    live: () => document.querySelector("interactive-article")?.handle?.mounted === true,
  },
  {
    name: "mount()",
    path: "index.html?article=fixtures/edge-cases.json",
    root: () => document,
    live: () => document.documentElement.dataset.articleStatus === "mounted",
  },
];

/** edge-cases.json: "whole-paragraph" starts collapsed; "prices-june" is a claim in the open first section. */
const HEADER = "#edge-cases_ia-heading-whole-paragraph";
const CLAIM = "#prices-june";
/** The edge-cases article's label (embed-modes.test.mjs checks its wording). */
const LABEL = "AI-generated, reviewed on 1 March 2024 by Ada Example, standards editor";

/** `fn` as a function of the page's widget root, with `arg`: source for a driver. */
function inRoot(page, fn) {
  return `(arg) => (${fn})((${page.root})(), arg)`;
}

/** Runs in the page: what the scenarios read back. */
function snapshot(root) {
  const visible = (el) => Boolean(el?.checkVisibility({ visibilityProperty: true }));
  const header = root.querySelector("#edge-cases_ia-heading-whole-paragraph");
  const panel = header && root.getElementById(header.getAttribute("aria-controls"));
  const claim = root.querySelector("#prices-june");
  const callout = claim && root.getElementById(claim.getAttribute("aria-controls"));
  const focused = root.activeElement ?? null;
  const title = root.querySelector(".ia-title");
  const label = root.querySelector("aside.ia-banner .ia-banner__label");
  const content = root.querySelector("p.ia-intro");
  return {
    prerendered: root.querySelector("[data-ia-prerender]") !== null,
    pending: root.querySelector("[data-ia-pending]") !== null,
    hydrated: root.querySelector("article.ia-article")?.__prerendered === true,
    articles: root.querySelectorAll("article.ia-article").length,
    title: visible(title) ? title.textContent.trim() : null,
    label: visible(label) ? label.textContent.trim() : null,
    labelBeforeContent: Boolean(label && content && label.compareDocumentPosition(content) & Node.DOCUMENT_POSITION_FOLLOWING),
    header: header?.getAttribute("aria-expanded") ?? null,
    panelHidden: panel?.getAttribute("hidden") ?? null,
    panelShown: Boolean(panel && [...panel.children].some(visible)),
    claim: claim?.getAttribute("aria-expanded") ?? null,
    callout: visible(callout),
    focusId: focused?.id || null,
    focusInCallout: Boolean(callout && focused && callout.contains(focused)),
  };
}

/** A driver wrapped with the page-level steps the scenarios share. */
function session(driver, proxy, page) {
  const s = {
    read: () => driver.evaluate(inRoot(page, snapshot)),
    /** Polls `(fn)(root, arg)` until truthy; fails with `label` and the last snapshot. */
    async until(fn, label, { arg, timeout = 15_000 } = {}) {
      const deadline = Date.now() + timeout;
      for (;;) {
        if (await driver.evaluate(inRoot(page, fn), arg).catch(() => false)) return;
        if (Date.now() > deadline) assert.fail(`${page.name}: ${label} (within ${timeout} ms); state: ${JSON.stringify(await s.read().catch((e) => e.message))}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    click: (selector) => driver.click(inRoot(page, (root, sel) => root.querySelector(sel)), selector),
    focus: (selector) => driver.evaluate(inRoot(page, (root, sel) => root.querySelector(sel).focus()), selector),
    press: (key) => driver.press(key),
    async live() {
      await s.until(`() => (${page.live})()`, "the widget is live");
      // The replay of what the reader did before runs in the tasks after
      // ia-ready, and marks the root done at the end.
      await s.until((root) => root && !root.querySelector("[data-ia-pending]"), "no action is pending");
    },
    /** Fails on anything the page, the engine or the server recorded. */
    async assertNoProblems() {
      // Let late errors (effects, focus handlers) surface first.
      await driver.evaluate("() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))");
      const problems = [...proxy.problems.splice(0), ...((await driver.evaluate("() => window.__probeProblems")) ?? ["the probe did not run"]), ...(await driver.problems())];
      assert.deepEqual(problems, [], `${page.name}: the page recorded problems:\n  ${problems.join("\n  ")}`);
    },
  };
  return s;
}

// ---------------------------------------------------------------------------
// Scenarios: each runs on every page, once the widget is live.

const SCENARIOS = [
  {
    name: "renders: the title and the AI label are visible, the label before the content",
    async run(s, page) {
      const seen = await s.read();
      assert.equal(seen.articles, 1, "one article");
      assert.equal(seen.prerendered, false, "the widget took the page over");
      if (page.prerendered) assert.equal(seen.hydrated, true, "the prerendered article is still the one on screen (hydrated, not rendered afresh)");
      assert.equal(seen.title, "Edge cases: repeated words, whole paragraphs and collapsed sections");
      assert.equal(seen.label, LABEL);
      assert.equal(seen.labelBeforeContent, true, "the label comes before the article's text");
    },
  },
  {
    name: "a click on a collapsed section header opens it, a second closes it (hidden until found)",
    async run(s) {
      assert.deepEqual(pick(await s.read(), "header", "panelHidden", "panelShown"), { header: "false", panelHidden: "until-found", panelShown: false });
      await s.click(HEADER);
      await s.until((root, sel) => root.querySelector(sel).getAttribute("aria-expanded") === "true", "aria-expanded turns true", { arg: HEADER });
      assert.deepEqual(pick(await s.read(), "header", "panelHidden", "panelShown"), { header: "true", panelHidden: null, panelShown: true });
      await s.click(HEADER);
      await s.until((root, sel) => root.querySelector(sel).getAttribute("aria-expanded") === "false", "aria-expanded turns false", { arg: HEADER });
      assert.deepEqual(pick(await s.read(), "header", "panelHidden", "panelShown"), { header: "false", panelHidden: "until-found", panelShown: false });
    },
  },
  {
    name: "a click on a claim opens its callout; Escape closes it and focus returns to the claim's words",
    async run(s) {
      await s.click(CLAIM);
      await s.until((root) => root.querySelector("#prices-june").getAttribute("aria-expanded") === "true", "the claim says its callout is open");
      assert.equal((await s.read()).callout, true, "the callout is shown");
      await s.press("Escape");
      await s.until((root) => root.querySelector("#prices-june").getAttribute("aria-expanded") === "false", "Escape closes the callout");
      const after = await s.read();
      assert.deepEqual(pick(after, "callout", "focusId"), { callout: false, focusId: "prices-june" });
    },
  },
  {
    name: "Enter on a claim opens its callout with focus inside; Escape closes it and focus returns to the claim's words",
    async run(s) {
      await s.focus(CLAIM);
      assert.equal((await s.read()).focusId, "prices-june", "the claim's words take focus");
      await s.press("Enter");
      await s.until((root) => root.querySelector("#prices-june").getAttribute("aria-expanded") === "true", "Enter opens the callout");
      await s.until((root) => {
        const callout = root.getElementById(root.querySelector("#prices-june").getAttribute("aria-controls"));
        return callout?.contains(root.activeElement);
      }, "focus moves into the callout");
      assert.equal((await s.read()).callout, true, "the callout is shown");
      await s.press("Escape");
      await s.until((root) => root.querySelector("#prices-june").getAttribute("aria-expanded") === "false", "Escape closes the callout");
      assert.deepEqual(pick(await s.read(), "callout", "focusId"), { callout: false, focusId: "prices-june" });
    },
  },
];

function pick(object, ...keys) {
  return Object.fromEntries(keys.map((key) => [key, object[key]]));
}

/**
 * Registers the tests of one engine: one proxy and one browser (from
 * `launch()`, resolving with a driver) for the file, every scenario on every
 * page, and the replay.
 */
export function engineSuite(engine, launch) {
  let proxy;
  let driver;
  before(async () => {
    proxy = await startProxy();
    try {
      driver = await launch();
    } catch (error) {
      await proxy.stop();
      throw error;
    }
  });
  after(async () => {
    await driver?.close();
    await proxy?.stop();
  });

  async function onPage(page, body) {
    await driver.open(new URL(page.path, proxy.url).href);
    const s = session(driver, proxy, page);
    await body(s);
    await s.assertNoProblems();
  }

  for (const page of PAGES) {
    describe(`${engine}: ${page.name}`, () => {
      for (const scenario of SCENARIOS) {
        test(scenario.name, () =>
          onPage(page, async (s) => {
            await s.live();
            await scenario.run(s, page);
          }),
        );
      }
    });
  }

  describe(`${engine}: editor`, () => {
    // The live editor page (www/editor.html, a Yew app of its own): its
    // root is the document, and it is live once the preview shows the
    // example (the engine's profile is fresh: no draft).
    const page = {
      name: "editor",
      path: "editor.html",
      root: () => document,
      live: () => Boolean(document.querySelector("#preview article.ia-article")) && /No problems/.test(document.getElementById("status")?.textContent ?? ""),
    };
    const WORDS = "The technology demonstrated capabilities";
    test("a problem's button puts the cursor on its line; words selected in the preview are marked as a claim through the form", async () => {
      await onPage(page, async (s) => {
        await s.until(`() => (${page.live})()`, "the preview shows the example");
        // An edit as typing makes it: the text changed, then an input event.
        const edit = (from, to) =>
          driver.evaluate((arg) => {
            const source = document.getElementById("source");
            source.value = source.value.replace(arg.from, arg.to);
            source.dispatchEvent(new InputEvent("input", { bubbles: true }));
          }, { from, to });
        await edit('sources="deepseek-r1-paper deepseek-r1-repository"', 'sources="no-such-source"');
        await s.until((root) => /no-such-source/.test(root.querySelector("#problems button")?.textContent ?? ""), "the problem is listed");
        await s.click("#problems button");
        const cursor = await driver.evaluate(() => {
          const source = document.getElementById("source");
          const line = source.value.slice(0, source.value.indexOf("no-such-source")).split("\n").length;
          return { focused: document.activeElement === source, line, at: source.value.slice(0, source.selectionStart).split("\n").length };
        });
        assert.deepEqual(cursor, { focused: true, line: cursor.line, at: cursor.line }, "the text has focus, the cursor on the problem's line");
        await edit('sources="no-such-source"', 'sources="deepseek-r1-paper deepseek-r1-repository"');
        await s.until((root) => /No problems/.test(root.getElementById("status").textContent), "the text is valid again");
        await driver.evaluate((words) => {
          const walker = document.createTreeWalker(document.getElementById("preview"), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at >= 0) return getSelection().setBaseAndExtent(node, at, node, at + words.length);
          }
          throw new Error("the words are not in the preview");
        }, WORDS);
        await s.click("#mark-claim");
        await s.until((root) => root.getElementById("claim-dialog").open, "the claim form opens");
        await driver.evaluate(() => {
          document.getElementById("claim-status").value = "opinion";
          document.getElementById("claim-explanation").value = "A judgement of what was shown, not a checked fact.";
        });
        await s.click('#claim-form button[value="mark"]');
        await s.until((root) => /status=opinion/.test(root.getElementById("source").value), "the mark is written into the text");
        await s.until(
          (root, words) => /No problems/.test(root.getElementById("status").textContent) && [...root.querySelectorAll("#preview .ia-claim__words")].some((w) => w.textContent.includes(words)),
          "the preview shows the new claim",
          { arg: WORDS },
        );
        const marked = await driver.evaluate(() => document.getElementById("source").value);
        assert.match(marked, /\[The technology demonstrated capabilities\]\{#[^}]*status=opinion[^}]*\}/);
      });
    });
  });

  describe(`${engine}: a long article rendered afresh`, () => {
    // mount() renders the first 20 sections, then 20 a task (src/state.rs,
    // `rendering_in_steps`); a jump renders up to its claim at once, and
    // ia-ready comes once every section is in.
    const page = { name: "mount() of 100 sections", path: "element-test.html", root: () => document };
    test("the sections after the 20th render in steps; a jump from the key claims renders up to its claim at once, with focus on it", async () => {
      await onPage(page, async (s) => {
        const atMount = await driver.evaluate(async (text) => {
          const widget = await import("./pkg/interactive_article.js");
          await widget.default();
          const host = document.getElementById("stage").appendChild(document.createElement("div"));
          host.id = "long";
          window.__ready = [];
          host.addEventListener("ia-ready", () => window.__ready.push(host.querySelectorAll("section.ia-section").length));
          widget.mount(host, text);
          const sections = () => host.querySelectorAll("section.ia-section").length;
          // Yew renders in a microtask after mount() returns: still this task.
          for (let i = 0; i < 50 && sections() === 0; i++) await new Promise((resolve) => queueMicrotask(resolve));
          return { sections: sections(), ready: window.__ready.length };
        }, HUNDRED_SECTIONS);
        assert.deepEqual(atMount, { sections: 20, ready: 0 }, "at mount: the first 20 sections");
        await s.click("#long .ia-key-claims__toggle");
        // The 179th claim, in section 90.
        await driver.evaluate(() => document.querySelectorAll("#long .ia-key-claims__jump")[178].click());
        await s.until(() => document.activeElement?.closest("section")?.dataset.iaSection === "89", "focus goes to the claim's words in section 90");
        await s.until(() => window.__ready.length > 0, "ia-ready");
        const end = await driver.evaluate(() => ({
          ready: window.__ready,
          focus: document.activeElement?.className,
          open: document.querySelectorAll("#long section.ia-section")[89].dataset.open,
        }));
        assert.deepEqual(end, { ready: [100], focus: "ia-claim__words", open: "true" });
      });
    });
  });

  describe(`${engine}: replay`, () => {
    test("a click on a collapsed section header before the widget is live opens it once it is, with focus on it", async () => {
      const page = PAGES[0];
      // The wasm waits at the proxy: the prerendered page is all there is.
      proxy.hold(/\/interactive_article_bg\.wasm$/);
      try {
        await onPage(page, async (s) => {
          await s.until((root, sel) => Boolean(root?.querySelector(`[data-ia-prerender] ${sel}`)), "the prerendered header is there", { arg: HEADER });
          await s.click(HEADER);
          const before = await s.read();
          assert.deepEqual(pick(before, "prerendered", "header", "pending"), { prerendered: true, header: "false", pending: true }, "nothing runs before the wasm, and the widget shows the action is waiting");
          proxy.release();
          await s.live();
          const after = await s.read();
          assert.deepEqual(pick(after, "prerendered", "hydrated", "header", "panelShown", "focusId"), {
            prerendered: false,
            hydrated: true,
            header: "true",
            panelShown: true,
            focusId: HEADER.slice(1),
          });
        });
      } finally {
        proxy.release();
      }
    });

    test("a click while the page is still being parsed, before the loader has run, opens the section once the widget is live", async () => {
      // The page's end waits at the proxy, so the page is not parsed to the
      // end and its module scripts (the loader) cannot run; only the inline
      // recorder the CLI writes before the widget has. A WebDriver command
      // waits for the page it runs in to load, so the page is a frame of a
      // loaded one, and the click is the element's click().
      const framed = {
        ...PAGES[0],
        name: "prerendered element, in a frame, while being parsed",
        root: () => document.querySelector("iframe")?.contentDocument?.querySelector("interactive-article")?.shadowRoot,
        live: () => document.querySelector("iframe")?.contentDocument?.querySelector("interactive-article")?.handle?.mounted === true,
      };
      proxy.holdTail(/\/prerendered\/edge-cases\.html$/);
      try {
        await onPage({ ...framed, path: HOST_PATH.slice(1) }, async (s) => {
          await driver.evaluate((src) => {
            const frame = document.createElement("iframe");
            frame.src = src;
            frame.width = 1000;
            frame.height = 650;
            document.body.append(frame);
          }, PAGES[0].path);
          await s.until((root, sel) => Boolean(root?.querySelector(`[data-ia-prerender] ${sel}`)), "the prerendered header is parsed", { arg: HEADER });
          await driver.evaluate(inRoot(framed, (root, sel) => root.querySelector(sel).click()), HEADER);
          const frameState = () =>
            driver.evaluate(() => {
              const frame = document.querySelector("iframe").contentWindow;
              return { recorded: frame.iaEarly?.length ?? null, loaderRan: Boolean(frame.customElements.get("interactive-article")), problems: frame.__probeProblems };
            });
          assert.deepEqual(await frameState(), { recorded: 1, loaderRan: false, problems: [] }, "the recorder kept the click; the loader has not run");
          assert.deepEqual(pick(await s.read(), "prerendered", "header"), { prerendered: true, header: "false" });
          proxy.release();
          await s.live();
          assert.deepEqual(pick(await s.read(), "prerendered", "hydrated", "header", "panelShown", "focusId"), {
            prerendered: false,
            hydrated: true,
            header: "true",
            panelShown: true,
            focusId: HEADER.slice(1),
          });
          assert.deepEqual(await frameState(), { recorded: null, loaderRan: true, problems: [] }, "the loader took the recorded click over");
        });
      } finally {
        proxy.release();
      }
    });

    test("find-in-page before the widget is live (a text fragment): the section the browser opened stays open, and says so", async () => {
      // A text fragment goes through the engine's find-and-reveal path
      // (hidden="until-found", beforematch), as Ctrl+F does; it cannot reach
      // into a shadow root, so this is the mount() container. Firefox
      // reveals it before the loader module runs and listens.
      const page = { ...PAGES[1], path: `${PAGES[1].path}#:~:text=The%20whole%20paragraph%20is%20the%20claim` };
      proxy.hold(/\/interactive_article_bg\.wasm$/);
      try {
        await onPage(page, async (s) => {
          await s.until((root) => root.querySelector("[data-ia-prerender] #edge-cases_ia-panel-whole-paragraph")?.hidden === false, "the engine reveals the section the fragment names");
          proxy.release();
          await s.live();
          assert.deepEqual(pick(await s.read(), "prerendered", "header", "panelHidden", "panelShown"), { prerendered: false, header: "true", panelHidden: null, panelShown: true });
        });
      } finally {
        proxy.release();
      }
    });
  });
}
