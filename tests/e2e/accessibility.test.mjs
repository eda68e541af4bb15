// axe-core on the widget (#article-embed) in each state a reader can put it
// in, held to WCAG 2.0/2.1/2.2 A and AA plus axe's best practices, in light
// and dark colour schemes and at a phone's width.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ARTICLE, EMBED, EXPECTED_MOUNT_ERRORS, assertAccessible, useSuite } from "./harness.mjs";

const suite = useSuite();


// Each state is reached from a freshly loaded default article.
const STATES = {
  async initial() {},
  async "all sections hidden"(page) {
    const toggle = page.locator(`${ARTICLE} button.ia-toolbar__toggle`);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  },
  async "a callout open"(page) {
    await page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first().click();
    await page.locator(`${ARTICLE} div.ia-callout`).waitFor({ state: "visible" });
  },
  async "banner details open"(page) {
    const about = page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: "About this article" });
    await about.click();
    await page.locator(`${ARTICLE} .ia-banner__details`).waitFor({ state: "visible" });
  },
  async "banner dismissed"(page) {
    await page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }).click();
    await page.locator(`${ARTICLE} aside.ia-banner[data-dismissed="true"]`).waitFor();
  },
};

const VARIANTS = [
  { name: "light, desktop", options: {} },
  { name: "light, 390px wide", options: { viewport: { width: 390, height: 844 } } },
  { name: "dark, desktop", options: { colorScheme: "dark" } },
];

for (const variant of VARIANTS) {
  for (const [state, enter] of Object.entries(STATES)) {
    test(`axe: default article, ${state} (${variant.name})`, async (t) => {
      await suite.withPage(
        t,
        "/",
        async (page) => {
          await enter(page);
          await assertAccessible(page, `${state}, ${variant.name}`, EMBED);
        },
        variant.options,
      );
    });
  }

  test(`axe: error box (${variant.name})`, async (t) => {
    await suite.withPage(
      t,
      "/?article=fixtures/invalid-many-problems.json",
      async (page) => {
        await page.locator(`${EMBED} .ia-error`).waitFor({ state: "visible" });
        await assertAccessible(page, `error box, ${variant.name}`, EMBED);
      },
      { ...variant.options, ...EXPECTED_MOUNT_ERRORS },
    );
  });
}

test("axe: edge-cases article with a non-Latin section and a callout open (light, desktop)", async (t) => {
  await suite.withPage(t, "/?article=fixtures/edge-cases.json#whole-claim", async (page) => {
    await page.waitForFunction(() => document.activeElement?.id === "whole-claim");
    await page.keyboard.press("Enter");
    await page.locator(`${ARTICLE} div.ia-callout`).waitFor({ state: "visible" });
    await page.locator(`${ARTICLE} button.ia-toolbar__toggle`).click(); // show all
    await assertAccessible(page, "edge cases, all open, callout open", EMBED);
  });
});

// WCAG 1.4.10 Reflow: usable at 320 CSS px without scrolling sideways.
for (const width of [320, 390]) {
  test(`the widget has no horizontal overflow at ${width}px, everything open`, async (t) => {
    await suite.withPage(
      t,
      "/?article=fixtures/edge-cases.json",
      async (page) => {
        await page.locator(`${ARTICLE} button.ia-toolbar__toggle`).click(); // show all
        await page.locator(`${ARTICLE} button.ia-key-claims__toggle`).click();
        await page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: "About this article" }).click();
        await page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first().click();
        await page.locator(`${ARTICLE} div.ia-callout`).waitFor({ state: "visible" });
        const overflow = await page.locator(ARTICLE).evaluate((article) => {
          const limit = document.documentElement.clientWidth;
          return [...article.querySelectorAll("*")]
            .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > limit + 1)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`)
            .slice(0, 10);
        });
        assert.deepEqual(overflow, [], "elements sticking out past the viewport's right edge");
        assert.equal(
          await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
          true,
          "the page does not scroll sideways",
        );
      },
      { viewport: { width, height: 800 } },
    );
  });
}
