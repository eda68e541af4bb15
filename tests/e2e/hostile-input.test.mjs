// Article data from an untrusted editor: markup stays text, dangerous URLs
// never become links, and bad data produces a readable list of problems
// without breaking the news page around the widget.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ARTICLE, EMBED, EXPECTED_MOUNT_ERRORS, useSuite, waitForErrorBox } from "./harness.mjs";

const suite = useSuite();

/** Elements that article text must never create, and on* attributes. */
async function injectedElements(page, root) {
  return page.locator(root).evaluate((el) => {
    const tags = [...el.querySelectorAll("script, img, iframe, marquee, object, embed, b, i, u, style, link, form, input")]
      .map((e) => e.outerHTML.slice(0, 80));
    const handlers = [...el.querySelectorAll("*")]
      .filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith("on")))
      .map((e) => e.outerHTML.slice(0, 80));
    return { tags, handlers };
  });
}

test("markup in article text is shown as text and never runs", async (t) => {
  await suite.withPage(t, "/?article=fixtures/hostile-markup.json", async (page) => {
    const article = page.locator(ARTICLE);
    // Render everything that holds article text: the banner details, and the
    // callout of the one claim.
    await article.getByRole("button", { name: "About this article" }).click();
    await article.locator('span.ia-claim__words[id="script-claim"]').click();
    await article.locator("div.ia-callout").waitFor();
    // Give any injected handler (img onerror, iframe load) time to run.
    await page.waitForTimeout(200);

    assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined", "window.__pwned stays undefined");
    const injected = await injectedElements(page, ARTICLE);
    assert.deepEqual(injected.tags, [], "no elements made from article text");
    assert.deepEqual(injected.handlers, [], "no inline event handlers inside the widget");

    const title = page.getByRole("heading", { level: 1 });
    assert.equal(await title.count(), 1, "one h1: the title (the heading's <h1> stays text)");
    assert.equal(await title.isVisible(), true);
    const titleText = await title.innerText();
    assert.ok(titleText.includes("<script>"), `the literal text <script> is in the title: ${titleText}`);
    assert.equal(titleText, "<script>window.__pwned = 'title'</script>Markup in the title");

    // A sample of the other fields, each shown verbatim.
    const text = await article.innerText();
    for (const literal of [
      "<img src=x onerror=\"window.__pwned='standfirst'\">",
      "<h1 onclick=\"window.__pwned='heading'\">Heading</h1>",
      "<marquee>Disclaimer</marquee>",
      "<img src=x onerror=\"window.__pwned='explanation'\">",
      "<iframe src=\"javascript:window.__pwned='related'\"></iframe>",
    ]) {
      assert.ok(text.includes(literal), `shown as text: ${literal}`);
    }
    assert.equal(await page.locator(`${EMBED} a[href^="javascript:" i]`).count(), 0);
  });
});

test("markup in every provenance field (review, section, history, passage) is shown as text and never runs", async (t) => {
  // The generated hostile article: every string holds a <script>, an <img
  // onerror> and an HTML comment, also the reviewer, the review's scope,
  // each history note and the source's passage.
  await suite.withPage(t, "/?article=fixtures/hostile/markup-everywhere.json", async (page) => {
    const article = page.locator(ARTICLE);
    await article.getByRole("button", { name: "About this article" }).click();
    const toolbar = article.locator("button.ia-toolbar__toggle");
    if (/Show all/.test(await toolbar.innerText())) await toolbar.click();
    await article.locator("span.ia-claim__words").first().click();
    const callout = article.locator("div.ia-callout");
    await callout.waitFor();
    await page.waitForTimeout(200);

    assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined", "window.__pwned stays undefined");
    const injected = await injectedElements(page, ARTICLE);
    assert.deepEqual(injected.tags, [], "no elements made from article text");
    assert.deepEqual(injected.handlers, [], "no inline event handlers inside the widget");

    // The markup is there as text, where a reader sees each field.
    const details = await article.locator(".ia-banner__details").innerText();
    for (const field of ["reviewer", "review scope"]) {
      assert.ok(details.includes(`<script>window.__pwned='${field}'</script>`), `${field} as text in the details: ${details}`);
    }
    const text = await callout.innerText();
    for (const field of ["history note", "source quote"]) {
      assert.ok(text.includes(`<script>window.__pwned='${field}'</script>`), `${field} as text in the callout: ${text}`);
    }
    assert.match(await article.locator(".ia-section__badge").first().innerText(), /AI-assisted/);
  });
});

test("javascript:, data: and disguised URLs are rejected with the error box", async (t) => {
  await suite.withPage(
    t,
    "/?article=fixtures/hostile-javascript-url.json",
    async (page) => {
      const error = await waitForErrorBox(page);
      assert.equal(await error.count(), 1);
      assert.equal(await page.locator(ARTICLE).count(), 0, "no article is rendered");
      const paths = await error.locator(".ia-error__path").allInnerTexts();
      assert.ok(paths.includes("sources[0].url"), `sources[0].url listed (paths: ${paths.join(", ")})`);
      for (const path of ["sources[1].url", "sources[2].url", "related[0].url"]) {
        assert.ok(paths.includes(path), `${path} listed`);
      }
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, "no javascript: link on the page");
      assert.equal(await page.locator('a[href^="data:" i]').count(), 0, "no data: link on the page");
      assert.equal(await page.locator(`${EMBED} a`).count(), 0, "the error box holds no links");
      assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined");
    },
    EXPECTED_MOUNT_ERRORS,
  );
});

test("the host page keeps working when the article is rejected", async (t) => {
  await suite.withPage(
    t,
    "/?article=fixtures/hostile-javascript-url.json",
    async (page) => {
      // The skip link (the first tab stop) still moves to the main content.
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Skip to main content" });
      assert.equal(await skip.evaluate((el) => el === document.activeElement), true, "first Tab reaches the skip link");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => window.location.hash === "#main-content");
      assert.equal(await page.evaluate(() => document.activeElement?.id), "main-content");

      // The newsletter form: filling it in and submitting shows the host's status.
      const email = page.getByLabel("Email address");
      await email.fill("reader@example.com");
      await email.press("Enter");
      const status = page.locator(".site-newsletter__status");
      await page.waitForFunction(() => document.querySelector(".site-newsletter__status")?.textContent !== "");
      assert.match(await status.innerText(), /^Thanks!/);
      await page.getByRole("button", { name: "Sign up" }).click();
      assert.match(await status.innerText(), /no email was sent/);

      // The host's own links are still there and usable.
      const related = page.getByRole("link", { name: "Inside the fight over who audits the algorithms" });
      assert.equal(await related.isVisible(), true);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.articleStatus), "error");
    },
    EXPECTED_MOUNT_ERRORS,
  );
});

test("a rejected article shows only the widget's error box, not a second generic alert", async (t) => {
  await suite.withPage(
    t,
    "/?article=fixtures/hostile-javascript-url.json",
    async (page) => {
      await waitForErrorBox(page);
      const alerts = await page.locator(`${EMBED} [role="alert"]`).evaluateAll((els) =>
        els.map((el) => `${el.className}: ${el.textContent.trim().slice(0, 70)}`),
      );
      assert.equal(
        alerts.length,
        1,
        `#article-embed should hold just the error box; it holds ${alerts.length} alerts:\n  ${alerts.join("\n  ")}`,
      );
      assert.match(alerts[0], /^ia-error/);
    },
    EXPECTED_MOUNT_ERRORS,
  );
});

test("an article with many problems lists every one with its path", async (t) => {
  await suite.withPage(
    t,
    "/?article=fixtures/invalid-many-problems.json",
    async (page) => {
      const error = await waitForErrorBox(page);
      const items = error.locator("li.ia-error__item");
      const count = await items.count();
      assert.ok(count >= 20, `at least 20 problems listed, found ${count}`);
      assert.equal(await error.getAttribute("data-problems"), String(count), "data-problems matches the list");
      assert.match(await error.innerText(), new RegExp(`has ${count} problem`));

      const rows = await items.evaluateAll((lis) =>
        lis.map((li) => ({
          path: li.querySelector(".ia-error__path")?.textContent ?? "",
          message: li.querySelector(".ia-error__message")?.textContent ?? "",
        })),
      );
      const withPaths = rows.filter((r) => r.path !== "");
      assert.ok(withPaths.length >= 20, `at least 20 problems carry a JSON path, found ${withPaths.length}`);
      assert.ok(rows.every((r) => r.message.trim() !== ""), "every problem has a message");
      const paths = rows.map((r) => r.path);
      for (const path of ["version", "id", "title", "sections[1].id", "claims[3].section", "claims[4].status"]) {
        assert.ok(paths.includes(path), `problem at ${path} listed (paths: ${paths.join(", ")})`);
      }
      assert.ok(
        withPaths.every((r) => /^[a-zA-Z]+(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*$/.test(r.path)),
        `paths look like JSON paths: ${paths.join(", ")}`,
      );
    },
    EXPECTED_MOUNT_ERRORS,
  );
});
