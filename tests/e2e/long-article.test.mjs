// Long articles: the sections after the 20th are `content-visibility: auto`
// (style/interactive-article.css), so "Show all" and each toggle cost what
// is on screen rather than the whole article. Such a section must still be
// found and revealed by the browser's find, opened by "Show all", and
// printed; the first 20 sections, and so every short article, render as
// before. Checked in the mount() container and in the custom element's
// shadow root (the prerendered + hydrated widget has the same markup and
// stylesheet as these once hydrated).
//
// The article is generated (scripts/bench-article.mjs, as for `make bench`)
// and served by a route; section 28 gets a sentence of its own for the find.

import { test } from "node:test";
import assert from "node:assert/strict";
import { useSuite } from "./harness.mjs";
import { sectionsArticle } from "../../scripts/bench-article.mjs";

const suite = useSuite();

// No "-" or ",": they have a meaning in a text fragment.
const MARKER = "Only section twenty eight says this sentence.";
const article = sectionsArticle(30);
article.sections[27].paragraphs[9] += ` ${MARKER}`;
const LONG = JSON.stringify(article);

const serveLong = (context) =>
  context.route("**/generated/long.json", (route) =>
    route.fulfill({ contentType: "application/json", body: LONG }),
  );

// Opens the long article in `mode` and returns the page; the widget's root
// (document for mount(), the shadow root for the element) is `__root()`.
const MODES = {
  "mount()": async (t, body) =>
    suite.withPage(t, "/?article=generated/long.json", body, { prepare: serveLong }),
  "custom element": async (t, body) =>
    suite.withPage(
      t,
      "/element-test.html",
      async (page) => {
        await page.evaluate(() => {
          document.getElementById("stage").innerHTML =
            '<interactive-article src="generated/long.json" loading="eager"></interactive-article>';
        });
        await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true);
        await body(page);
      },
      { prepare: serveLong, expectStatus: null },
    ),
};

async function installRoot(page) {
  await page.evaluate(() => {
    window.__root = () => document.querySelector("interactive-article")?.shadowRoot ?? document;
    window.__section = (n) => __root().querySelectorAll("section.ia-section")[n - 1];
  });
}

for (const [mode, open] of Object.entries(MODES)) {
  test(`${mode}: sections after the 20th skip rendering off screen, the first 20 do not`, async (t) => {
    await open(t, async (page) => {
      await installRoot(page);
      const contentVisibility = await page.evaluate(() =>
        [1, 20, 21, 30].map((n) => getComputedStyle(__section(n)).contentVisibility),
      );
      assert.deepEqual(contentVisibility, ["visible", "visible", "auto", "auto"]);
      // Section 30, far below the viewport, is not rendered: its heading is
      // in a skipped subtree.
      assert.equal(
        await page.evaluate(() =>
          __section(30).querySelector(".ia-section__heading").checkVisibility({ contentVisibilityAuto: true }),
        ),
        false,
      );
    });
  });

  test(`${mode}: "Show all" opens a section past the 20th, and its text shows when scrolled to`, async (t) => {
    await open(t, async (page) => {
      await installRoot(page);
      await page.evaluate(() => __root().querySelector(".ia-toolbar__toggle").click());
      await page.waitForFunction(() =>
        [...__root().querySelectorAll(".ia-section__toggle")].every((b) => b.getAttribute("aria-expanded") === "true"),
      );
      await page.evaluate(() => __section(30).scrollIntoView());
      await page.waitForFunction(() => {
        const paragraph = __section(30).querySelector(".ia-section__panel p");
        return paragraph.checkVisibility({ contentVisibilityAuto: true }) && paragraph.getBoundingClientRect().height > 0;
      }, null, { timeout: 5000 });
    });
  });

  test(`${mode}: the browser's find reveals a collapsed section past the 20th`, async (t) => {
    await open(t, async (page) => {
      await installRoot(page);
      const toggle = () => page.evaluate(() => __section(28).querySelector(".ia-section__toggle").getAttribute("aria-expanded"));
      assert.equal(await toggle(), "false");
      // A text fragment goes through the browser's find-and-reveal (see
      // find-in-page.test.mjs).
      await page.goto(`${page.url().split("#")[0]}#:~:text=${encodeURIComponent(MARKER)}`);
      await page.waitForFunction(
        () => __section(28).querySelector(".ia-section__toggle").getAttribute("aria-expanded") === "true",
        null,
        { timeout: 5000 },
      );
      assert.equal(
        await page.evaluate(() => __section(28).querySelector(".ia-section__panel").hasAttribute("hidden")),
        false,
      );
    });
  });

  test(`${mode}: printing renders every section, those past the 20th too`, async (t) => {
    await open(t, async (page) => {
      await installRoot(page);
      await page.emulateMedia({ media: "print" });
      // Whether content is skipped is settled in the next frame, not at the
      // media change: wait for one that renders them all.
      const rendered = () =>
        page.evaluate(() =>
          [21, 28, 30].map((n) =>
            __section(n).querySelector(".ia-section__panel p").checkVisibility({ contentVisibilityAuto: true }),
          ),
        );
      await page
        .waitForFunction(
          () =>
            [21, 28, 30].every((n) =>
              __section(n).querySelector(".ia-section__panel p").checkVisibility({ contentVisibilityAuto: true }),
            ),
          null,
          { timeout: 5000 },
        )
        .catch(async () => assert.deepEqual(await rendered(), [true, true, true], "sections 21, 28, 30 rendered in print"));
    });
  });
}
