// The embed gallery (www/gallery.html and the pages it lists): each page is a
// news page of The Meridian that embeds the widget in one way, through the
// <interactive-article> element (www/pkg/interactive-article.js), an iframe
// (embed.html) or mount() (index.html, covered by the other test files).
//
// Every page is served with the policy below, so none may use an inline
// script or style; the harness also fails a test on any console error and
// on any request that leaves the page's origin. The widget renders into the
// element's open shadow root; playwright's CSS selectors pierce it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TITLE, REPO_ROOT, runAxe, formatViolations, useSuite } from "./harness.mjs";

const PAGE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
/** What www/_headers and the page's <meta> give strict-csp.html. */
const STRICT_CSP = `${PAGE_CSP}; img-src 'self' data:`;

const suite = useSuite({ csp: PAGE_CSP });

const DEFAULT = JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8"));
const EDGE_TEXT = readFileSync(path.join(REPO_ROOT, "tests/fixtures/edge-cases.json"), "utf8");
const EDGE = JSON.parse(EDGE_TEXT);
const ZH = JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/zh-example.json"), "utf8"));
const REVIEWED = JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/eu-ai-act-labels.json"), "utf8"));

/**
 * The gallery's pages, in the order gallery.html lists them, with the
 * elements each holds (by id) and the article each element shows.
 */
const PAGES = [
  { file: "index.html", mount: true },
  { file: "element-src.html", elements: { explainer: DEFAULT } },
  { file: "element-inline.html", elements: { "edge-cases": EDGE } },
  { file: "iframe.html", frame: DEFAULT },
  { file: "dark.html", elements: { explainer: DEFAULT } },
  { file: "strict-csp.html", elements: { explainer: DEFAULT } },
  { file: "hostile-css.html", elements: { explainer: DEFAULT }, hostile: true },
  { file: "two-instances.html", elements: { "first-explainer": DEFAULT, "second-explainer": EDGE } },
  { file: "reviewed.html", elements: { explainer: REVIEWED } },
  { file: "chinese.html", elements: { explainer: ZH } },
];

const NARROW = { width: 390, height: 844 };

// ---------------------------------------------------------------------------
// Helpers

/** The widget's root inside the element with `id`. */
const widget = (id) => `interactive-article#${id} article.ia-article`;

/** Waits until the element with `id` shows its article (or fails with what it shows instead). */
async function waitForWidget(page, id, timeout = 15_000) {
  try {
    await page.locator(widget(id)).waitFor({ state: "attached", timeout });
  } catch (error) {
    const shown = await page.evaluate((elementId) => {
      const element = document.getElementById(elementId);
      if (!element) return "no such element";
      if (!element.shadowRoot) return "no shadow root (is the loader running?)";
      return element.shadowRoot.textContent.trim().replace(/\s+/g, " ").slice(0, 300) || "an empty shadow root";
    }, id);
    error.message = `#${id} never showed its article; it shows: ${shown}\n${error.message}`;
    throw error;
  }
}

/** Open state of each section of the widget in the element with `id`. */
async function sectionStates(page, id) {
  return page.locator(`interactive-article#${id}`).evaluate((element) =>
    [...element.shadowRoot.querySelectorAll("section.ia-section[data-ia-section]")].map((section) => {
      const panel = section.querySelector("div.ia-section__panel");
      return {
        id: section.id,
        expanded: section.querySelector("button.ia-section__toggle")?.getAttribute("aria-expanded"),
        contentVisible: Boolean(panel && [...panel.children].some((child) => child.checkVisibility())),
      };
    }),
  );
}

/** The id of the focused element inside the shadow root of the element with `id`. */
async function focusedInside(page, id) {
  return page.locator(`interactive-article#${id}`).evaluate((element) => {
    const active = element.shadowRoot.activeElement;
    return active ? active.id || `<${active.tagName.toLowerCase()} class="${active.className}">` : null;
  });
}

/**
 * Waits until focus, inside the shadow root of the element with `id`, is on
 * the element with `targetId` or inside it; fails with `message` and where
 * focus is instead.
 */
async function waitForFocusWithin(page, id, targetId, message) {
  try {
    await page.waitForFunction(
      ({ elementId, target }) =>
        Boolean(document.getElementById(elementId)?.shadowRoot?.activeElement?.closest(`[id="${target}"]`)),
      { elementId: id, target: targetId },
      { timeout: 5000 },
    );
  } catch {
    assert.fail(`${message}: focus should be on or inside #${targetId}, is on ${await focusedInside(page, id)}`);
  }
}

/** Relative luminance (0 black … 1 white) of a computed `rgb()`/`rgba()` colour. */
function luminance(cssColor) {
  const match = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)/.exec(cssColor);
  assert.ok(match, `a computed rgb() colour, got ${cssColor}`);
  const [r, g, b] = match.slice(1, 4).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function backgroundOf(locator) {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

/** Records every ia-* event heard on `document` into window.__iaEvents. */
async function recordEvents(page) {
  await page.evaluate(() => {
    window.__iaEvents = [];
    for (const name of ["ia-ready", "ia-error", "ia-section-toggle", "ia-claim-open", "ia-source-click", "ia-disclaimer-dismiss"]) {
      document.addEventListener(name, (event) =>
        window.__iaEvents.push({
          type: event.type,
          target: event.target?.id ?? null,
          bubbles: event.bubbles,
          composed: event.composed,
          detail: JSON.parse(JSON.stringify(event.detail ?? null)),
        }),
      );
    }
  });
}

/** Waits for, then returns, the recorded events of `type`, at least `count` of them. */
async function eventsOf(page, type, count = 1) {
  try {
    await page.waitForFunction(
      ({ want, n }) => window.__iaEvents.filter((e) => e.type === want).length >= n,
      { want: type, n: count },
      { timeout: 5000 },
    );
  } catch {
    const seen = await page.evaluate(() => window.__iaEvents);
    assert.fail(`expected ${count} ${type} event(s); recorded: ${JSON.stringify(seen)}`);
  }
  return page.evaluate((want) => window.__iaEvents.filter((e) => e.type === want), type);
}

/** The host page's events panel entries: [{ event, source, detail }]. */
async function logEntries(page) {
  return page.$$eval("[data-events-list] > li", (items) =>
    items.map((item) => ({
      event: item.dataset.event,
      source: item.querySelector(".site-events__source")?.textContent ?? "",
      detail: item.querySelector(".site-events__detail")?.textContent ?? "",
    })),
  );
}

// ---------------------------------------------------------------------------
// The pages as files

test("no gallery page has an inline script, inline style or event-handler attribute", () => {
  // The pages as built from pages/ (layout, partials and all), as served.
  for (const file of ["gallery.html", ...PAGES.map((p) => p.file)]) {
    const html = readFileSync(path.join(REPO_ROOT, "www", file), "utf8");
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      assert.ok(/\ssrc=/.test(tag) || /type="application\/json"/.test(tag), `${file}: inline script ${tag}`);
    }
    assert.doesNotMatch(html, /<style\b/i, `${file}: <style> element`);
    assert.doesNotMatch(html, /\sstyle="/i, `${file}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+="/i, `${file}: event-handler attribute`);
  }
});

test("element-inline.html carries edge-cases.json verbatim (included when the page is built)", () => {
  const html = readFileSync(path.join(REPO_ROOT, "www/element-inline.html"), "utf8");
  const match = /<script type="application\/json">\n([\s\S]*?)<\/script>/.exec(html);
  assert.ok(match, "an inline JSON script");
  assert.equal(match[1], EDGE_TEXT, "the same text as tests/fixtures/edge-cases.json");
});

// ---------------------------------------------------------------------------
// The gallery index

test("the gallery lists every demo page with a line each, and every link works", async (t) => {
  await suite.withPage(
    t,
    "/gallery.html",
    async (page) => {
      const items = await page.$$eval(".site-gallery__item", (lis) =>
        lis.map((li) => ({
          href: li.querySelector("a")?.getAttribute("href"),
          name: li.querySelector("a")?.textContent.trim(),
          summary: li.querySelector(".site-gallery__summary")?.textContent.trim() ?? "",
        })),
      );
      assert.deepEqual(
        items.map((item) => item.href),
        PAGES.map((p) => `./${p.file}`),
        "one entry per page, in order",
      );
      for (const item of items) {
        assert.ok(item.name.length > 3, `${item.href} has a name`);
        assert.ok(item.summary.length > 20, `${item.href} has a one-line description`);
      }
      const statuses = await page.evaluate(
        (hrefs) => Promise.all(hrefs.map(async (href) => [href, (await fetch(href)).status])),
        items.map((item) => item.href),
      );
      assert.deepEqual(statuses.filter(([, status]) => status !== 200), [], "every page is there");
    },
    { expectStatus: null },
  );
});

test("the mount demo (index.html) links to the gallery from its header and lists mount()'s events", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const link = page.locator('.site-topbar a[href="./gallery.html"]');
    assert.equal(await link.count(), 1);
    assert.ok(await link.isVisible());
    await page.locator('[data-events-list] > li[data-event="ia-ready"]').waitFor();
    const [ready] = await logEntries(page);
    assert.equal(ready.source, "div#article-embed", "mount() dispatches on the element it mounted into");
    assert.deepEqual(JSON.parse(ready.detail).articleId, DEFAULT.id);
  });
});

// ---------------------------------------------------------------------------
// Every page: renders, stays on its origin, logs nothing, fits a phone

for (const pageInfo of PAGES.filter((p) => !p.mount)) {
  for (const [label, viewport] of [
    ["desktop", undefined],
    ["390px wide", NARROW],
  ]) {
    test(`${pageInfo.file} (${label}) renders its article${pageInfo.elements ? " in the shadow root" : ""}, with no error and nothing from elsewhere`, async (t) => {
      await suite.withPage(
        t,
        `/${pageInfo.file}`,
        async (page) => {
          assert.equal(await page.locator('.site-topbar a[href="./gallery.html"]').count(), 1, "the header's top bar links to the gallery");

          if (pageInfo.frame) {
            const frame = page.frameLocator("iframe#explainer-frame");
            const title = frame.locator("article.ia-article h1");
            await title.waitFor({ timeout: 15_000 });
            assert.equal(await title.innerText(), pageInfo.frame.title);
          }

          for (const [id, article] of Object.entries(pageInfo.elements ?? {})) {
            const element = page.locator(`interactive-article#${id}`);
            await element.scrollIntoViewIfNeeded(); // a lazy element loads near the viewport
            await waitForWidget(page, id);
            assert.equal(
              await element.evaluate((el) => el.shadowRoot?.mode),
              "open",
              `#${id} renders into an open shadow root`,
            );
            const title = page.locator(`${widget(id)} .ia-title`);
            assert.equal((await title.textContent()).trim(), article.title, `#${id} shows its article's title`);
            assert.ok(await title.isVisible(), `#${id} title is visible`);
            assert.equal(
              await page.locator(`interactive-article#${id} > .site-fallback__title`).isVisible(),
              false,
              `#${id}: the light-DOM fallback is no longer shown`,
            );
          }

          if (pageInfo.elements) {
            const ready = (await logEntries(page)).filter((entry) => entry.event === "ia-ready");
            assert.equal(ready.length, Object.keys(pageInfo.elements).length, "the events panel shows one ia-ready per element");
          }

          if (!pageInfo.hostile) {
            const { scrollWidth, innerWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              innerWidth: window.innerWidth,
            }));
            assert.ok(scrollWidth <= innerWidth, `no sideways scrolling (${scrollWidth} px of content in ${innerWidth} px)`);
          }
        },
        { expectStatus: null, viewport },
      );
    });
  }
}

test("axe: the gallery index and the host-side panels of the demo pages", async (t) => {
  await suite.withPage(
    t,
    "/gallery.html",
    async (page) => {
      const violations = await runAxe(page, "main");
      assert.deepEqual(violations, [], formatViolations(violations));
    },
    { expectStatus: null },
  );
  await suite.withPage(
    t,
    "/dark.html",
    async (page) => {
      await waitForWidget(page, "explainer");
      for (const region of [".site-events", ".site-theme-switch"]) {
        const violations = await runAxe(page, region);
        assert.deepEqual(violations, [], `${region}:\n${formatViolations(violations)}`);
      }
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Custom element with src: the text is there before the widget

test("element-src.html: the headline and opening paragraphs are readable without JavaScript", async () => {
  const context = await suite.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(new URL("element-src.html", `${suite.origin}/`).href);
    const element = page.locator("interactive-article#explainer");
    assert.equal(await element.getByRole("heading", { level: 1 }).innerText(), DEFAULT.title);
    const text = await element.innerText();
    assert.ok(text.includes(DEFAULT.standfirst), "the standfirst");
    assert.ok(text.includes(DEFAULT.sections[0].paragraphs[0]), "the first paragraph of the first section");
  } finally {
    await context.close();
  }
});

test("element-src.html: the fallback shows while the widget loads, then gives way to it", async (t) => {
  await suite.withPage(
    t,
    "/element-src.html",
    async (page) => {
      await waitForWidget(page, "explainer");
      // Hold back the WebAssembly on the next load.
      let release;
      const held = new Promise((resolve) => {
        release = resolve;
      });
      await page.route("**/pkg/interactive_article_bg.wasm", async (route) => {
        await held;
        await route.continue();
      });
      await page.reload({ waitUntil: "domcontentloaded" });
      const fallbackTitle = page.locator("interactive-article#explainer > .site-fallback__title");
      await fallbackTitle.waitFor({ state: "visible" });
      assert.equal(await fallbackTitle.innerText(), DEFAULT.title);
      assert.equal(await page.locator(widget("explainer")).count(), 0, "no widget yet");
      release();
      await waitForWidget(page, "explainer");
      await fallbackTitle.waitFor({ state: "hidden" });
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Custom element with inline JSON

test("element-inline.html: the article comes from the inline JSON, with no request for it", async (t) => {
  await suite.withPage(
    t,
    "/element-inline.html",
    async (page, { requests }) => {
      await waitForWidget(page, "edge-cases");
      assert.equal(await page.locator(`${widget("edge-cases")} section.ia-section`).count(), EDGE.sections.length);
      const states = await sectionStates(page, "edge-cases");
      assert.deepEqual(
        states.map((s) => s.expanded),
        EDGE.sections.map((s) => String(!s.collapsed)),
        "sections open or collapsed as the article says",
      );
      const json = requests.filter((url) => new URL(url).pathname.endsWith(".json"));
      assert.deepEqual(json, [], "no article file fetched");
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Strict CSP

test("strict-csp.html: served with its policy, and no policy violation while reading", async (t) => {
  await suite.withPage(
    t,
    "/strict-csp.html",
    async (page) => {
      await waitForWidget(page, "explainer"); // let the first load finish before reloading
      // Every violation, including any before the page's own scripts run.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener(
          "securitypolicyviolation",
          (event) => window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`),
          true,
        );
      });
      const response = await page.reload({ waitUntil: "load" });
      const policies = (await response.headersArray())
        .filter((h) => h.name.toLowerCase() === "content-security-policy")
        .map((h) => h.value);
      assert.ok(policies.includes(STRICT_CSP), `the response carries ${STRICT_CSP}; it carries ${JSON.stringify(policies)}`);
      assert.equal(
        await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content"),
        STRICT_CSP,
        "the same policy in a <meta> for any static server",
      );

      await waitForWidget(page, "explainer");
      const root = widget("explainer");
      // Each re-render must stay within the policy.
      await page.locator(`${root} button.ia-toolbar__toggle`).click();
      await page.locator(`${root} button.ia-toolbar__toggle`).click();
      await page.locator(`${root} span.ia-claim__words[role="button"]`).first().click();
      await page.locator(`${root} div.ia-callout`).waitFor({ state: "visible" });
      await page.locator(`${root} button.ia-key-claims__toggle`).click();
      await page.locator(`${root} aside.ia-banner`).getByRole("button", { name: "About this article" }).click();
      await page.locator(`${root} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }).click();
      await page.locator(`${root} aside.ia-banner[data-dismissed="true"]`).waitFor();

      assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], "securitypolicyviolation events");
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Hostile host CSS

test("hostile-css.html: the host's stylesheet is hostile, and every control still shows and works", async (t) => {
  await suite.withPage(
    t,
    "/hostile-css.html",
    async (page) => {
      // The stylesheet is in force (else this test proves nothing) and reaches the element.
      const host = await page.evaluate(() => ({
        note: getComputedStyle(document.querySelector(".site-note p:not(.site-note__label)")).color,
        clearButton: getComputedStyle(document.querySelector(".site-events__clear")).display,
        elementTransform: getComputedStyle(document.getElementById("explainer")).textTransform,
        elementFontSize: getComputedStyle(document.getElementById("explainer")).fontSize,
      }));
      assert.deepEqual(
        host,
        { note: "rgb(255, 0, 0)", clearButton: "none", elementTransform: "uppercase", elementFontSize: "40px" },
        "hostile.css applies to the light DOM and the element",
      );

      await waitForWidget(page, "explainer");
      const root = widget("explainer");
      const paragraph = page.locator(`${root} p.ia-paragraph`).first();
      assert.notEqual(await paragraph.evaluate((p) => getComputedStyle(p).color), "rgb(255, 0, 0)", "`p { color: red !important }` stays outside");

      // Every kind of control is shown, with a box a reader can hit.
      const controls = {
        "banner: about": page.locator(`${root} aside.ia-banner`).getByRole("button", { name: "About this article" }),
        "banner: dismiss": page.locator(`${root} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }),
        "key claims: list": page.locator(`${root} button.ia-key-claims__toggle`),
        "toolbar: show/hide all": page.locator(`${root} button.ia-toolbar__toggle`),
        "first section toggle": page.locator(`${root} button.ia-section__toggle`).first(),
        "last section toggle": page.locator(`${root} button.ia-section__toggle`).last(),
        "first claim mark": page.locator(`${root} span.ia-claim__words[role="button"]`).first(),
      };
      for (const [name, control] of Object.entries(controls)) {
        assert.ok(await control.isVisible(), `${name} is visible`);
        const box = await control.boundingBox();
        assert.ok(box && box.width >= 8 && box.height >= 8, `${name} has a box to click (${JSON.stringify(box)})`);
      }
      const toggles = page.locator(`${root} button.ia-section__toggle`);
      assert.equal(await toggles.count(), DEFAULT.sections.length);
      for (const toggle of await toggles.all()) assert.ok(await toggle.isVisible(), "every section toggle is visible");

      // A section toggle, by mouse.
      const first = DEFAULT.sections[0].id;
      await controls["first section toggle"].click();
      let [state] = await sectionStates(page, "explainer");
      assert.deepEqual(state, { id: first, expanded: "false", contentVisible: false }, "collapsed, `[hidden] { display: block }` notwithstanding");
      await controls["first section toggle"].click();
      [state] = await sectionStates(page, "explainer");
      assert.deepEqual(state, { id: first, expanded: "true", contentVisible: true }, "expanded again");

      // A claim's callout, by keyboard: focus goes into it, and Escape brings
      // it back to the claim (which only means something if it left).
      const mark = controls["first claim mark"];
      const claimId = await mark.getAttribute("id");
      const calloutId = await mark.getAttribute("aria-controls");
      await mark.focus();
      assert.equal(await focusedInside(page, "explainer"), claimId, "the claim has focus before Enter");
      await page.keyboard.press("Enter");
      const callout = page.locator(`${root} div.ia-callout`);
      await callout.waitFor({ state: "visible" });
      assert.ok(await callout.locator("button.ia-callout__close").isVisible(), "the callout's close button shows");
      await waitForFocusWithin(page, "explainer", calloutId, "Enter moves focus into the callout");
      await page.keyboard.press("Escape");
      await callout.waitFor({ state: "hidden" });
      await waitForFocusWithin(page, "explainer", claimId, "Escape returns focus to the claim");

      // Show/hide all and the key-claims list.
      await controls["toolbar: show/hide all"].click();
      assert.ok((await sectionStates(page, "explainer")).every((s) => s.expanded === "false" && !s.contentVisible), "all hidden");
      await controls["toolbar: show/hide all"].click();
      assert.ok((await sectionStates(page, "explainer")).every((s) => s.expanded === "true" && s.contentVisible), "all shown");
      await controls["key claims: list"].click();
      await page.locator(`${root} .ia-key-claims__list`).waitFor({ state: "visible" });

      // The banner: details, then dismiss; the short label stays.
      await controls["banner: about"].click();
      await page.locator(`${root} .ia-banner__details`).waitFor({ state: "visible" });
      await controls["banner: dismiss"].click();
      const banner = page.locator(`${root} aside.ia-banner`);
      await page.locator(`${root} aside.ia-banner[data-dismissed="true"]`).waitFor();
      assert.ok(await banner.locator(".ia-banner__label").isVisible(), "the compact label shows");
      assert.ok(await banner.getByRole("button", { name: "Show disclaimer" }).isVisible(), "the restore button shows");
    },
    { expectStatus: null },
  );
});

test("hostile-css.html: inherited host styles stop at the widget's edge", async (t) => {
  // Inherited properties are the one way host CSS reaches a shadow tree:
  // through the element, which hostile.css gives `text-transform: uppercase`,
  // `letter-spacing`, `text-align: center`, `line-height: 1` and a crosshair
  // cursor. The widget's text should look as it does on any other page.
  // (Font size is left out: rem units follow the host's root font size by
  // design, so that the reader's text-size setting applies.)
  await suite.withPage(
    t,
    "/hostile-css.html",
    async (page) => {
      await waitForWidget(page, "explainer");
      const root = widget("explainer");
      const styleOf = (selector) =>
        page.locator(selector).first().evaluate((el) => {
          const style = getComputedStyle(el);
          return {
            textTransform: style.textTransform,
            letterSpacing: style.letterSpacing,
            textAlign: style.textAlign,
            cursor: style.cursor,
            lineHeightOverOne: parseFloat(style.lineHeight) / parseFloat(style.fontSize) > 1.1,
          };
        });
      const expected = { textTransform: "none", letterSpacing: "normal", textAlign: "start", cursor: "auto", lineHeightOverOne: true };
      assert.deepEqual(await styleOf(`${root} p.ia-paragraph`), expected, "a paragraph");
      assert.deepEqual(
        { ...(await styleOf(`${root} .ia-title`)), lineHeightOverOne: true },
        expected,
        "the title (line height aside)",
      );
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Iframe

/** Waits until the iframe is exactly as tall as the article inside it. */
async function assertFrameFits(page, label) {
  const measure = () =>
    page.evaluate(() => {
      const iframe = document.getElementById("explainer-frame");
      const doc = iframe.contentDocument;
      const element = doc.querySelector("interactive-article");
      return {
        frame: iframe.getBoundingClientRect().height,
        content: element ? element.getBoundingClientRect().bottom + iframe.contentWindow.scrollY : 0,
        scrollable: doc.scrollingElement.scrollHeight - iframe.contentWindow.innerHeight,
      };
    });
  const deadline = Date.now() + 5000;
  let last;
  while (Date.now() < deadline) {
    last = await measure();
    if (last.content > 0 && Math.abs(last.frame - last.content) <= 3 && last.scrollable <= 1) return last;
    await page.waitForTimeout(100);
  }
  assert.fail(`${label}: the iframe is ${last.frame} px tall for ${last.content} px of content (${last.scrollable} px scroll inside)`);
}

test("iframe.html: the iframe takes its content's height, on load and as sections open and close", async (t) => {
  await suite.withPage(
    t,
    "/iframe.html",
    async (page) => {
      const frame = page.frameLocator("iframe#explainer-frame");
      await frame.locator("article.ia-article").waitFor({ timeout: 15_000 });
      const loaded = await assertFrameFits(page, "after load");

      const toolbar = frame.locator("article.ia-article button.ia-toolbar__toggle");
      await toolbar.click(); // hide all sections
      const collapsed = await assertFrameFits(page, "after hiding all sections");
      assert.ok(collapsed.frame < loaded.frame - 300, `the frame shrank (${loaded.frame} → ${collapsed.frame})`);

      await frame.locator("article.ia-article button.ia-section__toggle").first().click(); // open one
      const one = await assertFrameFits(page, "after opening one section");
      assert.ok(one.frame > collapsed.frame + 50, `the frame grew (${collapsed.frame} → ${one.frame})`);

      await toolbar.click(); // show all again
      const expanded = await assertFrameFits(page, "after showing all sections");
      assert.ok(Math.abs(expanded.frame - loaded.frame) <= 3, `back to the first height (${loaded.frame} → ${expanded.frame})`);

      // The page lists the messages it received.
      const entries = await logEntries(page);
      assert.ok(
        entries.some((e) => e.event === "message interactive-article:height" && e.source.includes("iframe#explainer-frame")),
        `the events panel shows the height messages (${JSON.stringify(entries)})`,
      );

      // Height messages from anything but the iframe are ignored.
      await page.evaluate(() => window.postMessage({ type: "interactive-article:height", height: 5 }, "*"));
      await page.waitForTimeout(200);
      assert.ok(
        Math.abs((await assertFrameFits(page, "after a message from the page itself")).frame - expanded.frame) <= 3,
        "the frame kept its height",
      );
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Dark page: events and the theme switch

test("dark.html: reading the article fires ia-* events with their details, listed in the events panel", async (t) => {
  await suite.withPage(
    t,
    "/dark.html",
    async (page) => {
      await waitForWidget(page, "explainer");
      await recordEvents(page);
      const root = widget("explainer");
      const first = DEFAULT.sections[0].id;

      const toggle = page.locator(`${root} button.ia-section__toggle`).first();
      await toggle.click();
      await toggle.click();
      const toggles = await eventsOf(page, "ia-section-toggle", 2);
      assert.deepEqual(
        toggles.map((e) => e.detail),
        [
          { articleId: DEFAULT.id, sectionId: first, expanded: false },
          { articleId: DEFAULT.id, sectionId: first, expanded: true },
        ],
        "ia-section-toggle details",
      );
      for (const event of toggles) {
        assert.deepEqual(
          { target: event.target, bubbles: event.bubbles, composed: event.composed },
          { target: "explainer", bubbles: true, composed: true },
          "bubbles out of the shadow root, seen as coming from the element",
        );
      }

      const claim = DEFAULT.claims[0];
      await page.locator(`${root} span.ia-claim__words[role="button"]`).first().click();
      const [open] = await eventsOf(page, "ia-claim-open");
      assert.equal(open.detail.claimId, claim.id, "ia-claim-open names the claim");
      assert.equal(open.detail.status, claim.status, "and its status");

      await page.locator(`${root} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }).click();
      const [dismiss] = await eventsOf(page, "ia-disclaimer-dismiss");
      assert.equal(dismiss.detail.articleId, DEFAULT.id);

      // The host's panel shows the same, as text.
      const entries = await logEntries(page);
      const logged = entries.filter((e) => e.event === "ia-section-toggle").map((e) => JSON.parse(e.detail));
      assert.deepEqual(logged, toggles.map((e) => e.detail), "the events panel lists the toggles with their detail");
      for (const name of ["ia-ready", "ia-claim-open", "ia-disclaimer-dismiss"]) {
        assert.ok(entries.some((e) => e.event === name && e.source.includes("interactive-article#explainer")), `the panel lists ${name}`);
      }
      assert.equal(await page.locator('[data-events-log] [role="log"]').getAttribute("aria-live"), "polite");
    },
    { expectStatus: null },
  );
});

test("dark.html: the theme switch re-themes the widget and the page in place", async (t) => {
  await suite.withPage(
    t,
    "/dark.html",
    async (page) => {
      await waitForWidget(page, "explainer");
      const root = page.locator(widget("explainer"));
      const element = page.locator("interactive-article#explainer");
      const body = page.locator("body");
      const button = (name) => page.locator(".site-theme-switch").getByRole("button", { name });

      assert.ok(await button("Dark").isVisible(), "the switch is shown once its script runs");
      assert.equal(await button("Dark").getAttribute("aria-pressed"), "true");
      assert.ok(luminance(await backgroundOf(root)) < 0.1, `starts dark (${await backgroundOf(root)})`);
      assert.ok(luminance(await backgroundOf(body)) < 0.1, "and so does the page");

      // Reader state that a re-theme must keep.
      await page.locator(`${widget("explainer")} button.ia-section__toggle`).first().click();
      const before = await sectionStates(page, "explainer");

      await button("Light").click();
      assert.equal(await element.getAttribute("theme"), "light");
      assert.equal(await button("Light").getAttribute("aria-pressed"), "true");
      assert.equal(await button("Dark").getAttribute("aria-pressed"), "false");
      await page.waitForFunction(
        (el) => el.shadowRoot.querySelector("article.ia-article")?.dataset.theme === "light",
        await element.elementHandle(),
      );
      assert.ok(luminance(await backgroundOf(root)) > 0.8, `light now (${await backgroundOf(root)})`);
      assert.ok(luminance(await backgroundOf(body)) > 0.8, "and so is the page");
      assert.deepEqual(await sectionStates(page, "explainer"), before, "open sections unchanged");

      // Auto follows the reader's setting.
      await page.emulateMedia({ colorScheme: "dark" });
      await button("Auto").click();
      assert.equal(await element.getAttribute("theme"), "auto");
      await page.waitForFunction(() => {
        const article = document.getElementById("explainer").shadowRoot.querySelector("article.ia-article");
        return article?.dataset.theme === "auto";
      });
      assert.ok(luminance(await backgroundOf(root)) < 0.1, "auto + dark device: dark");
      await page.emulateMedia({ colorScheme: "light" });
      assert.ok(luminance(await backgroundOf(root)) > 0.8, "auto + light device: light");

      await button("Dark").click();
      await page.waitForFunction(() => document.getElementById("explainer").shadowRoot.querySelector("article.ia-article")?.dataset.theme === "dark");
      assert.ok(luminance(await backgroundOf(root)) < 0.1, "dark again on a light device");
      assert.deepEqual(await sectionStates(page, "explainer"), before, "open sections still unchanged");
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Two instances

test("two-instances.html: two elements on one page never affect each other", async (t) => {
  await suite.withPage(
    t,
    "/two-instances.html",
    async (page) => {
      await waitForWidget(page, "first-explainer");
      // loading="lazy": it loads once near the viewport.
      await page.locator("interactive-article#second-explainer").scrollIntoViewIfNeeded();
      await waitForWidget(page, "second-explainer");
      await recordEvents(page);

      assert.equal(await page.locator("h1").count(), 1, "the page's own headline is the only h1");
      for (const id of ["first-explainer", "second-explainer"]) {
        assert.equal(await page.locator(`${widget(id)} h2.ia-title`).count(), 1, `#${id} title is an h2 (heading-level="2")`);
      }

      const a0 = await sectionStates(page, "first-explainer");
      const b0 = await sectionStates(page, "second-explainer");
      assert.ok(a0.every((s) => s.expanded === "true"), "first: sections open");
      assert.ok(b0.every((s) => s.expanded === "false"), 'second: sections="collapsed"');

      // A section in the first.
      await page.locator(`${widget("first-explainer")} button.ia-section__toggle`).first().click();
      const a1 = await sectionStates(page, "first-explainer");
      assert.equal(a1[0].expanded, "false", "first: its section closed");
      assert.deepEqual(await sectionStates(page, "second-explainer"), b0, "second: unchanged");

      // Show all in the second.
      await page.locator(`${widget("second-explainer")} button.ia-toolbar__toggle`).click();
      assert.ok((await sectionStates(page, "second-explainer")).every((s) => s.expanded === "true" && s.contentVisible), "second: all open");
      assert.deepEqual(await sectionStates(page, "first-explainer"), a1, "first: unchanged");

      // A callout in the first only (from a section still open).
      const claim = DEFAULT.claims.find((c) => c.section === DEFAULT.sections[1].id);
      await page.locator(`${widget("first-explainer")} span.ia-claim__words[id="${claim.id}"]`).click();
      await page.locator(`${widget("first-explainer")} div.ia-callout`).waitFor({ state: "visible" });
      assert.equal(await page.locator(`${widget("second-explainer")} div.ia-callout`).count(), 0, "no callout in the second");

      // Dismissing one banner leaves the other.
      await page.locator(`${widget("second-explainer")} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }).click();
      await page.locator(`${widget("second-explainer")} aside.ia-banner[data-dismissed="true"]`).waitFor();
      assert.equal(await page.locator(`${widget("first-explainer")} aside.ia-banner`).getAttribute("data-dismissed"), "false");

      // Each event names its own element and article.
      const toggles = await eventsOf(page, "ia-section-toggle", 2);
      assert.deepEqual(
        toggles.map((e) => [e.target, e.detail.articleId]),
        [
          ["first-explainer", DEFAULT.id],
          ["second-explainer", EDGE.id],
        ],
      );
      const [dismiss] = await eventsOf(page, "ia-disclaimer-dismiss");
      assert.deepEqual([dismiss.target, dismiss.detail.articleId], ["second-explainer", EDGE.id]);
    },
    { expectStatus: null },
  );
});

// ---------------------------------------------------------------------------
// Chinese

test("chinese.html: a zh-Hans page whose widget speaks Simplified Chinese", async (t) => {
  await suite.withPage(
    t,
    "/chinese.html",
    async (page) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), "zh-Hans");
      await waitForWidget(page, "explainer");
      const root = widget("explainer");
      assert.equal((await page.locator(`${root} .ia-title`).innerText()).trim(), ZH.title);
      assert.equal(
        await page.locator(root).evaluate((el) => el.closest("[lang]")?.getAttribute("lang")),
        "zh-Hans",
        "the widget's text is marked as zh-Hans",
      );

      const han = /\p{Script=Han}/u;
      const ui = {
        "show/hide all": await page.locator(`${root} button.ia-toolbar__toggle`).innerText(),
        "banner label": await page.locator(`${root} .ia-banner__label`).innerText(),
        "key claims heading": await page.locator(`${root} .ia-key-claims__heading`).innerText(),
        "banner: about": await page.locator(`${root} aside.ia-banner button.ia-banner__button`).first().innerText(),
      };
      for (const [name, text] of Object.entries(ui)) {
        assert.match(text, han, `${name} is in Chinese: "${text}"`);
        assert.doesNotMatch(
          text,
          /\b(Show|Hide|all|sections|AI-generated|verify|Key claims|About this article|Dismiss)\b/i,
          `${name} has no English left: "${text}"`,
        );
      }

      // The claims are marked, and a callout opens with a Chinese status.
      const marks = page.locator(`${root} span.ia-claim__words[role="button"]`);
      assert.equal(await marks.count(), ZH.claims.length, "one mark per claim");
      await marks.first().click();
      const callout = page.locator(`${root} div.ia-callout`);
      await callout.waitFor({ state: "visible" });
      assert.match(await callout.innerText(), han);
      assert.doesNotMatch(await callout.innerText(), /\b(Unverified|Opinion|Supported)\b/);
    },
    { expectStatus: null },
  );
});

test("reviewed.html: the reviewed label, the person-written section, a corrected claim and a passage that links to its place", async (t) => {
  await suite.withPage(
    t,
    "/reviewed.html",
    async (page) => {
      await waitForWidget(page, "explainer");
      const root = widget("explainer");
      const { reviewer } = REVIEWED.provenance.review;
      assert.equal(
        (await page.locator(`${root} .ia-banner__label`).innerText()).trim(),
        `AI-generated, reviewed on 28 July 2026 by ${reviewer}`,
      );
      // The editor's note says, in its heading button's name, that a person wrote it.
      const note = REVIEWED.sections.find((s) => s.provenance?.involvement === "none");
      await page.getByRole("button", { name: new RegExp(`^${note.heading}.*Written by a person`) }).waitFor();

      // Every claim whose status changed says so in the key-claims list.
      const updated = REVIEWED.claims.filter((c) => (c.history ?? []).length > 1);
      assert.ok(updated.length >= 2, "the demo has updated claims");
      await page.locator(`${root} .ia-key-claims button`).first().click();
      assert.equal(await page.locator(`${root} [data-updated="true"]`).count(), updated.length);

      // The regulation is quoted: the callout shows the passage and its link lands on it.
      const toolbar = page.locator(`${root} button.ia-toolbar__toggle`);
      if (/Show all/.test(await toolbar.innerText())) await toolbar.click();
      const act = REVIEWED.sources.find((s) => s.id === "ai-act");
      const claim = REVIEWED.claims.find((c) => c.sources?.includes("ai-act") && c.id === "disclosure-duty");
      await page.locator(`${root} #${claim.id}`).click();
      const callout = page.locator(`${root} div.ia-callout`);
      await callout.waitFor({ state: "visible" });
      assert.equal((await callout.locator("q").first().innerText()).trim(), act.quote);
      const href = await callout.locator(`a[href^="${act.url}"]`).first().getAttribute("href");
      assert.ok(href.startsWith(`${act.url}#:~:text=Deployers%20of%20an%20AI%20system`), href);
    },
    { expectStatus: null },
  );
});
