// Everything in the widget works with the keyboard alone: Tab reaches every
// control, and Enter, Space and Escape do what a reader expects.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ARTICLE,
  EMBED,
  byId,
  focusInfo,
  panelContentVisible,
  sectionStates,
  useSuite,
  waitForFocusId,
} from "./harness.mjs";

const suite = useSuite();

// A path of tag:nth-child steps from <body>, unique for each element; defined
// in the page by every evaluate that needs it.
const DESCRIBE = `(el) => {
  const parts = [];
  while (el && el !== document.body) {
    const parent = el.parentElement;
    const index = parent ? Array.prototype.indexOf.call(parent.children, el) + 1 : 1;
    const id = el.id ? "#" + el.id : "";
    parts.unshift(el.tagName.toLowerCase() + id + ":nth-child(" + index + ")");
    el = parent;
  }
  return parts.join(" > ");
}`;

/** Elements in `root` that a reader can reach with Tab, in DOM order. */
async function tabbableInWidget(page) {
  return page.evaluate(
    ({ root, describeSource }) => {
      const describe = (0, eval)(describeSource);
      const candidates = document
        .querySelector(root)
        .querySelectorAll(
          'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]',
        );
      return [...candidates]
        .filter((el) => el.tabIndex >= 0 && !el.matches(":disabled"))
        .filter((el) => el.checkVisibility({ visibilityProperty: true }))
        .map(describe);
    },
    { root: EMBED, describeSource: DESCRIBE },
  );
}

/**
 * Presses Tab from the top of a freshly loaded page until focus has passed
 * through the widget and left it again. Returns the widget elements focused,
 * in order, with whether each showed a focus outline.
 */
async function tabThroughWidget(page) {
  const visited = [];
  let entered = false;
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press("Tab");
    const here = await page.evaluate(
      ({ root, describeSource }) => {
        const describe = (0, eval)(describeSource);
        const el = document.activeElement;
        const inside = Boolean(el && el !== document.body && document.querySelector(root).contains(el));
        if (!inside) return { inside, atBody: el === document.body || el === null };
        const style = getComputedStyle(el);
        const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        return { inside, path: describe(el), outlined, focusVisible: el.matches(":focus-visible") };
      },
      { root: EMBED, describeSource: DESCRIBE },
    );
    if (here.inside) {
      entered = true;
      visited.push(here);
    } else if (entered) {
      return visited;
    }
  }
  assert.fail(`Tab never left the widget after entering it (visited ${visited.length} elements)`);
}

test("Tab reaches every interactive element of the widget, in order, with a visible focus ring", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const expected = await tabbableInWidget(page);
    assert.ok(expected.length > 20, `the default article has many controls (${expected.length})`);
    const visited = await tabThroughWidget(page);
    const paths = visited.map((v) => v.path);

    const missed = expected.filter((p) => !paths.includes(p));
    const extra = paths.filter((p) => !expected.includes(p));
    assert.deepEqual(missed, [], "focusable elements that Tab never reached");
    assert.deepEqual(extra, [], "elements Tab reached that are not visible focusable elements");
    assert.deepEqual(paths, expected, "Tab follows the document order");

    const unringed = visited.filter((v) => !v.outlined || !v.focusVisible).map((v) => v.path);
    assert.deepEqual(unringed, [], "every element focused by Tab shows a focus outline");
  });
});

test("Tab skips the contents of collapsed sections", async (t) => {
  await suite.withPage(t, "/?article=fixtures/edge-cases.json", async (page) => {
    const expected = await tabbableInWidget(page);
    const visited = (await tabThroughWidget(page)).map((v) => v.path);
    assert.deepEqual(visited, expected);
    // The collapsed sections' claim marks are not among them.
    for (const claim of ["whole-claim", "alpha", "beta", "open-models-spread"]) {
      assert.ok(!visited.some((p) => p.includes(`#${claim}:`)), `#${claim} (collapsed) is not a tab stop`);
    }
    assert.ok(visited.some((p) => p.includes("#prices-june:")), "#prices-june (open section) is a tab stop");
  });
});

test("Enter and Space on a section toggle collapse and expand its panel", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const [first] = await sectionStates(page);
    assert.equal(first.expanded, "true");
    assert.equal(first.controls, first.panelId, "aria-controls names the panel");

    const toggle = page.locator(`${ARTICLE} section.ia-section`).first().locator("button.ia-section__toggle");
    const panel = page.locator(byId(first.panelId));
    const shown = () => panelContentVisible(page, first.panelId);
    await toggle.focus();

    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false", "Enter collapses");
    assert.equal(await panel.getAttribute("hidden"), "until-found");
    assert.equal(await shown(), false, "collapsed panel's text is not shown");
    assert.equal((await focusInfo(page)).id, await toggle.getAttribute("id"), "focus stays on the toggle");

    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true", "Enter expands");
    assert.equal(await panel.getAttribute("hidden"), null);
    assert.equal(await shown(), true);

    await page.keyboard.press("Space");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false", "Space collapses");
    assert.equal(await shown(), false);
    await page.keyboard.press("Space");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true", "Space expands");
    assert.equal(await shown(), true);

    const others = (await sectionStates(page)).slice(1);
    assert.ok(others.every((s) => s.expanded === "true"), "other sections were left alone");
  });
});

test("Space on a claim opens its callout, Escape closes it and returns focus", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const mark = page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first();
    const claimId = await mark.getAttribute("id");
    const calloutId = await mark.getAttribute("aria-controls");
    assert.ok(claimId && calloutId);
    assert.equal(await mark.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator(`${ARTICLE} div.ia-callout`).count(), 0, "no callout at first");

    await mark.focus();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await page.keyboard.press("Space");
    const callout = page.locator(`${ARTICLE} div.ia-callout`);
    await callout.waitFor({ state: "visible" });
    assert.equal(await callout.count(), 1);
    assert.equal(await callout.getAttribute("id"), calloutId, "the mark's aria-controls names the callout");
    assert.equal(await mark.getAttribute("aria-expanded"), "true");
    const focus = await focusInfo(page, byId(calloutId));
    assert.ok(focus.inside, `focus is on or inside the callout (is on <${focus.tag} id="${focus.id}">)`);
    // Space must not also scroll the page by a screenful.
    const scrollAfter = await page.evaluate(() => window.scrollY);
    assert.ok(Math.abs(scrollAfter - scrollBefore) < 450, `page jumped ${scrollAfter - scrollBefore}px`);

    await page.keyboard.press("Escape");
    await callout.waitFor({ state: "detached" });
    assert.equal(await mark.getAttribute("aria-expanded"), "false");
    await waitForFocusId(page, claimId);
  });
});

test("Enter opens a callout; its close button works by keyboard", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const mark = page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).nth(1);
    const claimId = await mark.getAttribute("id");
    await mark.focus();
    await page.keyboard.press("Enter");
    const callout = page.locator(`${ARTICLE} div.ia-callout`);
    await callout.waitFor({ state: "visible" });
    assert.equal(await mark.getAttribute("aria-expanded"), "true");

    // From the card, Tab reaches the close button first.
    await page.keyboard.press("Tab");
    const close = callout.getByRole("button", { name: "Close claim details" });
    assert.equal(await close.evaluate((el) => el === document.activeElement), true, "Tab from the card reaches its close button");
    await page.keyboard.press("Enter");
    await callout.waitFor({ state: "detached" });
    await waitForFocusId(page, claimId);

    // Enter on the open mark toggles it closed again.
    await page.keyboard.press("Enter");
    await callout.waitFor({ state: "visible" });
    await mark.focus();
    await page.keyboard.press("Enter");
    await callout.waitFor({ state: "detached" });
    assert.equal(await mark.getAttribute("aria-expanded"), "false");
  });
});

test("Escape from a link inside the callout closes it and returns focus to the claim", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const mark = page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first();
    const claimId = await mark.getAttribute("id");
    await mark.focus();
    await page.keyboard.press("Enter");
    const callout = page.locator(`${ARTICLE} div.ia-callout`);
    await callout.waitFor({ state: "visible" });
    await page.keyboard.press("Tab"); // close button
    await page.keyboard.press("Tab"); // first source link
    const focused = await focusInfo(page);
    assert.equal(focused.tag, "a", "Tab reaches the callout's source link");
    assert.match(focused.text, /^Verify with source:/);
    await page.keyboard.press("Escape");
    await callout.waitFor({ state: "detached" });
    await waitForFocusId(page, claimId);
  });
});

test("Hide all sections / Show all sections work by keyboard", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const toggle = page.locator(`${ARTICLE} button.ia-toolbar__toggle`);
    assert.equal((await toggle.innerText()).trim(), "Hide all sections");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");

    await toggle.focus();
    await page.keyboard.press("Enter");
    assert.equal((await toggle.innerText()).trim(), "Show all sections");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    let states = await sectionStates(page);
    assert.equal(states.length, 4);
    for (const s of states) {
      assert.equal(s.expanded, "false", `${s.id} collapsed`);
      assert.equal(s.hidden, "until-found", `${s.id} panel hidden until found`);
      assert.equal(s.contentVisible, false, `${s.id} panel not visible`);
    }
    assert.ok((await focusInfo(page)).className.includes("ia-toolbar__toggle"), "focus stays on the toolbar button");

    await page.keyboard.press("Space");
    assert.equal((await toggle.innerText()).trim(), "Hide all sections");
    states = await sectionStates(page);
    for (const s of states) {
      assert.equal(s.expanded, "true", `${s.id} expanded`);
      assert.equal(s.hidden, null);
      assert.equal(s.contentVisible, true);
    }
  });
});

test("Hide all closes an open callout", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const mark = page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first();
    await mark.focus();
    await page.keyboard.press("Enter");
    await page.locator(`${ARTICLE} div.ia-callout`).waitFor();
    await page.locator(`${ARTICLE} button.ia-toolbar__toggle`).focus();
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(`${ARTICLE} div.ia-callout`).count(), 0);
    assert.equal(await mark.getAttribute("aria-expanded"), "false");
  });
});

test("the key claims list opens by keyboard and jumps to a claim in a collapsed section", async (t) => {
  await suite.withPage(t, "/?article=fixtures/edge-cases.json", async (page) => {
    const panel = page.locator(`${ARTICLE} nav.ia-key-claims`);
    const toggle = panel.locator("button.ia-key-claims__toggle");
    const listId = await toggle.getAttribute("aria-controls");
    const list = page.locator(byId(listId));
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await list.isVisible(), false, "the list starts collapsed");

    await toggle.focus();
    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.equal(await list.isVisible(), true, "Enter shows the list");

    // "beta" lies in the collapsed section whole-paragraph.
    assert.equal(
      await page.locator(`button[id="edge-cases_ia-heading-whole-paragraph"]`).getAttribute("aria-expanded"),
      "false",
    );
    const entry = list.locator("button.ia-key-claims__jump").nth(3);
    assert.match(await entry.innerText(), /beta/);
    await entry.focus();
    await page.keyboard.press("Enter");
    await waitForFocusId(page, "beta");
    assert.equal(
      await page.locator(`button[id="edge-cases_ia-heading-whole-paragraph"]`).getAttribute("aria-expanded"),
      "true",
      "choosing the claim opens its section",
    );
    assert.equal(await page.locator('[id="beta"]').isVisible(), true);

    await toggle.focus();
    await page.keyboard.press("Space");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await list.isVisible(), false, "Space hides the list again");
  });
});

test("the disclaimer banner works by keyboard and stays dismissed after a reload", async (t) => {
  await suite.withPage(t, "/", async (page, { reload }) => {
    const banner = page.locator(`${ARTICLE} aside.ia-banner`);
    assert.equal(await banner.getAttribute("data-dismissed"), "false");

    // About this article: expands the details.
    const about = banner.getByRole("button", { name: "About this article" });
    const detailsId = await about.getAttribute("aria-controls");
    const details = page.locator(byId(detailsId));
    assert.equal(await about.getAttribute("aria-expanded"), "false");
    assert.equal(await details.isVisible(), false);
    await about.focus();
    await page.keyboard.press("Enter");
    const hide = banner.getByRole("button", { name: "Hide details" });
    assert.equal(await hide.getAttribute("aria-expanded"), "true");
    assert.equal(await details.isVisible(), true, "details shown");
    assert.match(await details.innerText(), /Original sources/);
    await page.keyboard.press("Enter");
    assert.equal(await about.getAttribute("aria-expanded"), "false");
    assert.equal(await details.isVisible(), false, "details hidden again");

    // Verify with sources: moves focus to the sources heading.
    await banner.getByRole("button", { name: "Verify with sources" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /-sources-heading$/.test(document.activeElement?.id ?? ""));
    const focused = await focusInfo(page);
    assert.ok(focused.inside, "the sources heading is the widget's");
    assert.equal(focused.text, "Sources");
    const inView = await page.locator(`${ARTICLE} [id$="-sources-heading"]`).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    });
    assert.ok(inView, "the sources heading is scrolled into view");

    // Dismiss: the compact label stays, its "Show disclaimer" button has focus.
    await banner.getByRole("button", { name: /^Dismiss/ }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await banner.getAttribute("data-dismissed"), "true");
    const restore = banner.getByRole("button", { name: "Show disclaimer" });
    assert.equal(await restore.evaluate((el) => el === document.activeElement), true, "Show disclaimer has focus");
    const compact = banner.locator(".ia-banner__label");
    assert.ok(await compact.isVisible(), "compact label visible");
    assert.match(await compact.innerText(), /AI-generated/);

    // Reload: still dismissed, the compact label still shown.
    await reload();
    assert.equal(await banner.getAttribute("data-dismissed"), "true", "dismissal is remembered");
    assert.ok(await banner.locator(".ia-banner__label").isVisible(), "compact AI label visible after reload");
    assert.match(await banner.locator(".ia-banner__label").innerText(), /AI-generated/);

    // Show disclaimer brings the full banner back (focus on Dismiss) and that,
    // too, is remembered.
    await banner.getByRole("button", { name: "Show disclaimer" }).focus();
    await page.keyboard.press("Enter");
    assert.equal(await banner.getAttribute("data-dismissed"), "false");
    const dismissFocused = await focusInfo(page);
    assert.match(dismissFocused.text, /^Dismiss/, "focus returns to the Dismiss button");
    await reload();
    assert.equal(await banner.getAttribute("data-dismissed"), "false", "restoring is remembered");
  });
});
