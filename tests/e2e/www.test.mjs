// The news-site page (www/index.html) with the default article, as a reader
// first sees it.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ARTICLE, DEFAULT_TITLE, EMBED, useSuite } from "./harness.mjs";

const suite = useSuite();

test("the news page shows the default article", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const article = page.locator(ARTICLE);
    assert.equal(await article.count(), 1, "one article.ia-article inside #article-embed");
    assert.equal(await page.locator(`${EMBED} .site-embed-status`).count(), 0, "the loading text is gone");

    const title = page.getByRole("heading", { level: 1, name: DEFAULT_TITLE });
    assert.ok(await title.isVisible(), "title h1 is visible");
    assert.equal(await page.locator(`${ARTICLE} h1`).count(), 1, "the widget has exactly one h1");

    const sections = article.locator("section.ia-section[data-ia-section]");
    assert.equal(await sections.count(), 4, "4 sections");
    for (const section of await sections.all()) {
      const toggle = section.locator("button.ia-section__toggle");
      assert.equal(await toggle.getAttribute("aria-expanded"), "true", "sections start open");
      assert.ok(await toggle.isVisible());
    }

    const marks = article.locator('span.ia-claim__words[role="button"]');
    const markCount = await marks.count();
    assert.ok(markCount >= 8, `at least 8 claim marks, found ${markCount}`);
    assert.ok(await marks.first().isVisible(), "claim marks are visible");

    const banner = article.locator("aside.ia-banner");
    assert.equal(await banner.getAttribute("data-dismissed"), "false");
    const label = banner.locator(".ia-banner__label");
    assert.ok(await label.isVisible(), "banner label visible");
    assert.match(await label.innerText(), /AI-generated content/);

    const keyClaims = article.locator("nav.ia-key-claims");
    assert.ok(await keyClaims.isVisible(), "key claims panel visible");
    assert.equal(
      await keyClaims.locator("li.ia-key-claims__item").count(),
      markCount,
      "the key claims panel has an entry for every marked claim",
    );
    assert.equal(
      await page.locator(ARTICLE).evaluate((el) => el.closest("main")?.id),
      "main-content",
      "the widget sits inside the host's <main>",
    );
  });
});

test("the news page loads only from its own origin and logs no errors", async (t) => {
  await suite.withPage(t, "/", async (page, { problems, requests }) => {
    // Use the widget a little so that requests made on interaction count too.
    const toolbar = page.locator(`${ARTICLE} button.ia-toolbar__toggle`);
    await toolbar.click();
    await toolbar.click();
    await page.locator(`${ARTICLE} span.ia-claim__words`).first().click();
    await page.locator(`${ARTICLE} div.ia-callout`).waitFor();

    const origin = new URL(page.url()).origin;
    const foreign = requests.filter((url) => new URL(url).origin !== origin);
    assert.deepEqual(foreign, [], "no request leaves the page's origin");
    const paths = requests.map((url) => new URL(url).pathname);
    for (const asset of ["/host.js", "/pkg/interactive_article.js", "/pkg/interactive_article_bg.wasm"]) {
      assert.ok(paths.includes(asset), `${asset} was loaded (loaded: ${paths.join(", ")})`);
    }
    // Dismissing the banner is remembered in localStorage, never a cookie.
    await page.locator(`${ARTICLE} .ia-banner__dismiss`).click();
    assert.deepEqual(await page.context().cookies(), [], "the widget sets no cookies");
    assert.equal(await page.evaluate(() => document.cookie), "");
    // The harness also fails the test on console errors, page errors and
    // failed requests; checked here as well to keep this test self-explaining.
    assert.deepEqual(problems, []);
  });
});

test("the host page records its status and exposes the mount handle", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const state = await page.evaluate(() => ({
      status: document.documentElement.dataset.articleStatus,
      mounted: window.articleHandle?.mounted,
      marker: document.getElementById("article-embed").hasAttribute("data-ia-mounted"),
    }));
    assert.deepEqual(state, { status: "mounted", mounted: true, marker: true });
  });
});
