// Pages made by `interactive-article render --page` (www/prerendered/, built
// by `make www`), served under a strict Content-Security-Policy.
//
// - Without JavaScript: the whole article is there, label first — every
//   section and paragraph (collapsed ones too), the claims' status in words,
//   the key claims with their explanations and sources — and controls that
//   need script are not shown.
// - With JavaScript: the widget takes over without moving anything (the
//   layout-shift entries sum to 0), works, and logs no error or violation.
// - Printed to PDF (read back with pdftotext, from poppler-utils): the key
//   claims are numbered footnotes after the article.

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser, recorderHashSource, REPO_ROOT, startServer } from "./harness.mjs";

const CSP = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${recorderHashSource()}; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'`;
let server, browser;

before(async () => {
  server = await startServer({ csp: CSP });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new page of `context` and the console errors and exceptions it logs. */
async function pageWithErrors(context) {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, errors };
}

/** A page in a fresh context; console errors (CSP violations included) are collected. */
async function open(path, javaScriptEnabled) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 900 }, reducedMotion: "reduce" });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("response", (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()} ${response.url()}`));
  // The page names its icon (an empty data: URL), so the browser asks the
  // server for no /favicon.ico, which most sites serving it would not have.
  page.on("request", (request) => new URL(request.url()).pathname === "/favicon.ico" && errors.push(`request for ${request.url()}`));
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  return { context, page, errors };
}

const ARTICLE = "interactive-article article.ia-article";

/**
 * Marks the prerendered title node as the parser made it, before any script:
 * the same node after hydration still carries the mark, a re-rendered one
 * does not.
 */
const markPrerenderedTitle = (context) =>
  context.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      const title = document.querySelector("interactive-article")?.shadowRoot?.querySelector(".ia-title");
      if (title) title.__prerendered = true;
    }),
  );

test("without JavaScript the whole article is readable, the AI label first", async () => {
  for (const name of ["prerendered/china-open-source-ai", "prerendered/edge-cases", "news-prerendered"]) {
    const { context, page, errors } = await open(`${name}.html`, false);
    try {
      assert.equal(await page.locator(ARTICLE).count(), 1, `${name}: the prerendered article is in the page`);
      const label = page.locator(`${ARTICLE} .ia-banner__label`);
      const title = page.locator(`${ARTICLE} .ia-title`);
      assert.ok(await label.isVisible(), `${name}: the AI label shows`);
      assert.ok((await label.boundingBox()).y < (await title.boundingBox()).y, `${name}: the label is above the headline`);
      const paragraphs = page.locator(`${ARTICLE} p.ia-paragraph`);
      const count = await paragraphs.count();
      assert.ok(count > 3, `${name}: ${count} paragraphs`);
      for (let i = 0; i < count; i++) {
        assert.ok(await paragraphs.nth(i).isVisible(), `${name}: paragraph ${i} is visible`);
      }
      const headings = page.locator(`${ARTICLE} .ia-section__title`);
      for (let i = 0; i < (await headings.count()); i++) {
        assert.ok(await headings.nth(i).isVisible(), `${name}: section heading ${i}`);
      }
      // Claim marks carry their status in words.
      const marks = page.locator(`${ARTICLE} mark.ia-claim`);
      for (let i = 0; i < (await marks.count()); i++) {
        const status = marks.nth(i).locator(".ia-visually-hidden");
        assert.ok(await status.isVisible(), `${name}: claim ${i}'s status is visible`);
        assert.match(await status.innerText(), /\(.+\)/);
      }
      // Key claims, with explanations and source links.
      const items = page.locator(`${ARTICLE} .ia-key-claims__item`);
      assert.equal(await items.count(), await marks.count() > 0 ? await items.count() : 0);
      for (let i = 0; i < (await items.count()); i++) {
        assert.ok(await items.nth(i).locator(".ia-key-claims__explanation").isVisible(), `${name}: claim ${i}'s explanation`);
      }
      const sourceLinks = page.locator(`${ARTICLE} a.ia-key-claims__source`);
      for (let i = 0; i < (await sourceLinks.count()); i++) {
        assert.ok(await sourceLinks.nth(i).isVisible());
      }
      // Controls that need script are not offered.
      for (const control of [".ia-banner__actions", ".ia-toolbar", ".ia-key-claims__toggle"]) {
        const located = page.locator(`${ARTICLE} ${control}`);
        if (await located.count()) assert.equal(await located.first().isVisible(), false, `${name}: ${control} is hidden`);
      }
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  // The edge-case article has sections its author collapsed: open without script.
  const { context, page } = await open("prerendered/edge-cases.html", false);
  try {
    const collapsed = page.locator(`${ARTICLE} .ia-section__panel[hidden="until-found"]`);
    assert.ok((await collapsed.count()) > 0, "the fixture has collapsed sections");
    for (let i = 0; i < (await collapsed.count()); i++) {
      assert.ok(await collapsed.nth(i).isVisible(), `collapsed section ${i} shows without script`);
    }
  } finally {
    await context.close();
  }
});

for (const path of ["prerendered/china-open-source-ai.html", "news-prerendered.html"])
test(`with JavaScript the widget takes over ${path} without a layout shift and works`, async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: "reduce" });
  // From the first script on: sum the layout shifts, and count the frames in
  // which the element shows no article after it has shown one (the prerender
  // gone, the widget not there yet).
  await context.addInitScript(() => {
    window.__shift = 0;
    window.__widgetShift = 0;
    window.__framesWithoutArticle = 0;
    // A shift whose moved nodes include the widget or a node in it.
    const inWidget = (node) => node?.nodeName === "INTERACTIVE-ARTICLE" || node?.getRootNode?.()?.host?.nodeName === "INTERACTIVE-ARTICLE";
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__shift += entry.value;
        if (entry.sources.some((source) => inWidget(source.node))) window.__widgetShift += entry.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
    let seen = false;
    const watch = () => {
      const element = document.querySelector("interactive-article");
      // Counted once the parser has delivered the prerendered article.
      const shown = !!element?.shadowRoot?.querySelector("article.ia-article");
      if (seen && !shown) window.__framesWithoutArticle++;
      seen ||= shown;
      if (!element?.handle?.mounted) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    // Marks a prerendered node before the widget takes over (the loader is
    // delayed below, so this runs first), to see whether it is reused.
    document.addEventListener("DOMContentLoaded", () => {
      const title = document.querySelector("interactive-article")?.shadowRoot?.querySelector(".ia-title");
      if (title) title.__prerendered = true;
    });
  });
  // A slow network: the page paints the prerender before the loader runs,
  // and the wasm arrives well after that.
  await context.route(/interactive-article\.js$|\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  const { page, errors } = await pageWithErrors(context);
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  try {
    await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true, undefined, { timeout: 15_000 });
    assert.equal(await page.locator(ARTICLE).count(), 1, "one article");
    const toggle = page.locator(`${ARTICLE} button.ia-section__toggle`).first();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    // Give the page a frame to report shifts before anything is clicked.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await page.evaluate(() => window.__widgetShift), 0, "layout shifts of the widget sum to 0");
    // The news page's own event log (a demo sidebar) grows when the widget
    // reports ia-ready; a page with nothing else must not move at all.
    if (!path.startsWith("news")) assert.equal(await page.evaluate(() => window.__shift), 0, "layout-shift entries sum to 0");
    assert.equal(await page.evaluate(() => window.__framesWithoutArticle), 0, "the article shows in every frame");
    assert.equal(
      await page.locator(`${ARTICLE} .ia-title`).evaluate((title) => title.__prerendered),
      true,
      "the widget hydrated the prerendered nodes instead of replacing them",
    );
    await page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first().click();
    await page.locator(`${ARTICLE} div.ia-callout`).waitFor({ state: "visible" });
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.deepEqual(errors, [], "no console error and no CSP violation");
  } finally {
    await context.close();
  }
});

test("printed, the key claims follow the article as numbered footnotes with status, explanation and source addresses", async () => {
  const article = JSON.parse(readFileSync(join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8"));
  const { context, page, errors } = await open("prerendered/china-open-source-ai.html", true);
  const dir = mkdtempSync(join(tmpdir(), "ia-print-"));
  try {
    await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true, undefined, { timeout: 15_000 });
    const pdf = join(dir, "article.pdf");
    await page.pdf({ path: pdf });
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    const compact = text.replace(/ /g, "");
    const footnotes = text.lastIndexOf("Key claims");
    const lastSection = text.lastIndexOf(article.sections.at(-1).heading);
    assert.ok(footnotes > lastSection, "the key claims come after the last section");
    const notes = text.slice(footnotes);
    const labels = { supported: "Supported", "partly-supported": "Partly supported", unverified: "Unverified", disputed: "Disputed", opinion: "Opinion / analysis" };
    let at = 0;
    article.claims.forEach((claim, index) => {
      const number = notes.indexOf(`${index + 1}. `, at);
      assert.ok(number >= at, `footnote ${index + 1} is numbered, in order`);
      const status = notes.indexOf(labels[claim.status], number);
      const explanation = notes.indexOf(claim.explanation.replace(/\s+/g, " ").slice(0, 40), number);
      assert.ok(status > number, `footnote ${index + 1} gives the status`);
      assert.ok(explanation > number, `footnote ${index + 1} gives the explanation`);
      at = explanation;
      for (const id of claim.sources ?? []) {
        const url = article.sources.find((source) => source.id === id).url;
        assert.ok(compact.includes(`<${url}>`), `footnote ${index + 1} writes out ${url}`);
      }
    });
    assert.match(text, /AI-generated content/, "the AI label prints");
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
});

// What the browser would render differs from the prerender: it must render
// afresh, never hand Yew markup of another structure (its assertion would
// stop the module), and leave no error.
for (const [what, setUp] of [
  [
    "a stamp from another version or other options",
    (context) =>
      context.route(/prerendered\/china-open-source-ai\.html$/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/data-ia-prerender="[^"]*"/, 'data-ia-prerender="0.0.0:0000000000000000"');
        await route.fulfill({ response, body: html });
      }),
  ],
]) {
  test(`with ${what}, the widget renders afresh without an error`, async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await setUp(context);
    await markPrerenderedTitle(context);
    const { page, errors } = await pageWithErrors(context);
    try {
      await page.goto(new URL("prerendered/china-open-source-ai.html", server.url).href, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true, undefined, { timeout: 15_000 });
      assert.equal(await page.locator(ARTICLE).count(), 1);
      assert.notEqual(await page.locator(`${ARTICLE} .ia-title`).evaluate((title) => title.__prerendered), true, "rendered afresh");
      const toggle = page.locator(`${ARTICLE} button.ia-section__toggle`).first();
      await toggle.click();
      assert.equal(await toggle.getAttribute("aria-expanded"), "false", "the widget works");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

// The server knows nothing of the reader: a banner they dismissed on an
// earlier visit stays as the server rendered it, in full, so the article
// never moves under the reader (layout shift 0).
test("with a banner the reader dismissed earlier, the widget hydrates and keeps the banner in full, without a layout shift", async (t) => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: "reduce" });
  await context.addInitScript(() => {
    localStorage.setItem("interactive-article:banner-dismissed:china-open-source-ai", "1");
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    window.__dismissEvents = 0;
    window.addEventListener("ia-disclaimer-dismiss", () => window.__dismissEvents++, true);
    document.addEventListener("DOMContentLoaded", () => {
      const root = document.querySelector("interactive-article")?.shadowRoot;
      const container = root?.querySelector("[data-ia-prerender]");
      for (const node of container?.querySelectorAll(".ia-title, aside.ia-banner") ?? []) node.__prerendered = true;
    });
  });
  await context.route(/\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  const { page, errors } = await pageWithErrors(context);
  try {
    await page.goto(new URL("prerendered/china-open-source-ai.html", server.url).href, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true, undefined, { timeout: 15_000 });
    assert.equal(await page.locator(`${ARTICLE} .ia-title`).evaluate((title) => title.__prerendered), true, "the nodes were reused");
    assert.equal(await page.locator(`${ARTICLE} aside.ia-banner`).evaluate((banner) => banner.__prerendered), true, "the banner too");
    assert.equal(await page.evaluate(() => window.__dismissEvents), 0, "no ia-disclaimer-dismiss: the reader did not act now");
    assert.equal(
      await page.evaluate(() => document.querySelector("interactive-article").shadowRoot.activeElement),
      null,
      "focus stays where it was",
    );
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(resolve), 200))));
    assert.equal(await page.locator(`${ARTICLE} aside.ia-banner`).getAttribute("data-dismissed"), "false", "the banner stays in full");
    assert.equal(await page.evaluate(() => window.__shift), 0, "nothing moved");
    // Dismissing it now is remembered again; restoring it forgets.
    await page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }).click();
    await page.locator(`${ARTICLE} aside.ia-banner[data-dismissed="true"]`).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem("interactive-article:banner-dismissed:china-open-source-ai")), "1", "dismissing is remembered");
    await page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: "Show disclaimer" }).click();
    await page.locator(`${ARTICLE} aside.ia-banner[data-dismissed="false"]`).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem("interactive-article:banner-dismissed:china-open-source-ai")), null, "restoring is remembered");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("mount() takes over a container prerendered with render --mount in place", async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.route(/\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await context.addInitScript(() =>
    document.addEventListener("DOMContentLoaded", () => {
      const title = document.querySelector("[data-ia-prerender] .ia-title");
      if (title) title.__prerendered = true;
    }),
  );
  const { page, errors } = await pageWithErrors(context);
  try {
    await page.goto(new URL("prerendered/mount.html", server.url).href, { waitUntil: "load" });
    await page.waitForFunction(() => window.articleHandles?.[0]?.mounted === true, undefined, { timeout: 15_000 });
    assert.equal(await page.locator("article.ia-article").count(), 1);
    assert.equal(await page.locator(".ia-title").evaluate((title) => title.__prerendered), true, "the nodes were reused");
    const toggle = page.locator("button.ia-section__toggle").first();
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false", "the widget works");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("render --lang fr: a German article with French widget text, without JavaScript and hydrated in place", async () => {
  const path = "prerendered/sources-quote-de-fr.html";
  const chrome = (page) =>
    page.evaluate(() => {
      const root = document.querySelector("interactive-article").shadowRoot;
      const text = (selector) => root.querySelector(selector)?.textContent.replace(/\s+/g, " ").trim();
      return {
        label: text(".ia-banner__label"),
        sources: text(".ia-sources__heading"),
        bannerLang: root.querySelector("aside.ia-banner").getAttribute("lang"),
        articleLang: root.querySelector("article.ia-article").getAttribute("lang"),
        passage: text(".ia-sources__list q"),
      };
    });
  const french = {
    label: "Contenu généré par l’IA — à vérifier dans la source originale",
    sources: "Sources",
    bannerLang: "fr",
    articleLang: "de",
    passage: "Mieterstrom-Anlagen: 1,2 GWh für 840 Haushalte, Kosten & Erlöse ausgeglichen",
  };
  const noScript = await open(path, false);
  try {
    assert.deepEqual(await chrome(noScript.page), french, "without JavaScript");
    assert.ok(
      (await noScript.page.locator(`${ARTICLE} .ia-sources__list a`).first().getAttribute("href")).includes("#kapitel-3:~:text=Mieterstrom%2DAnlagen"),
      "the passage link is in the markup",
    );
  } finally {
    await noScript.context.close();
  }
  // The prerendered title is marked before the wasm arrives; still marked
  // after, the widget hydrated the CLI's nodes rather than rendering afresh.
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.route(/\.wasm$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await markPrerenderedTitle(context);
  const { page, errors } = await pageWithErrors(context);
  try {
    await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true, undefined, { timeout: 15_000 });
    assert.equal(
      await page.evaluate(() => document.querySelector("interactive-article").shadowRoot.querySelector(".ia-title").__prerendered),
      true,
      "hydrated: the element's lang attribute gave the widget the text the CLI rendered",
    );
    assert.deepEqual(await chrome(page), french, "hydrated");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
