// Find-in-page: collapsed panels are `hidden="until-found"`, so the browser
// can still find their text, reveals the panel on a match and fires
// `beforematch` first; the widget must then mark the section open
// (aria-expanded="true") so the toggle tells the truth about what is shown.
//
// How the browser's search is driven here:
// - `window.find()` is no use: in Chromium (checked with 156) it neither fires
//   `beforematch` nor reveals `hidden="until-found"` content.
// - A text fragment (`#:~:text=…`, scroll-to-text) goes through the same
//   find-and-reveal path as Ctrl+F: the browser searches the page, fires
//   `beforematch` on the hidden panel and removes its `hidden` attribute.
//   Navigating to one after the widget has mounted is deterministic.
// - Dispatching the `beforematch` event ourselves checks the widget's side of
//   the contract without depending on the browser's search.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ARTICLE, ids, panelContentVisible, sectionStates, useSuite } from "./harness.mjs";

const suite = useSuite();
const EDGE = "/?article=fixtures/edge-cases.json";

async function sectionState(page, id) {
  return (await sectionStates(page)).find((s) => s.id === id);
}

async function waitExpanded(page, sectionId, value) {
  await page.waitForFunction(
    ({ id, want }) => document.getElementById(id)?.getAttribute("aria-expanded") === want,
    { id: ids.heading(sectionId), want: value },
    { timeout: 5000 },
  ).catch(async () => {
    const state = await sectionState(page, sectionId);
    assert.fail(`#${sectionId}: expected aria-expanded=${value}, state ${JSON.stringify(state)}`);
  });
}

test("a collapsed section's text is in the page but not shown", async (t) => {
  await suite.withPage(t, EDGE, async (page) => {
    const state = await sectionState(page, "whole-paragraph");
    assert.equal(state.expanded, "false");
    assert.equal(state.hidden, "until-found", "hidden until found, not display:none");
    const panel = page.locator(`[id="${ids.panel("whole-paragraph")}"]`);
    assert.match(await panel.textContent(), /The whole paragraph is the claim\./);
    assert.equal(await panelContentVisible(page, ids.panel("whole-paragraph")), false);
  });
});

test("the browser's find (text fragment) reveals a collapsed section and the toggle follows", async (t) => {
  await suite.withPage(t, EDGE, async (page) => {
    await page.evaluate(() => {
      window.__beforematch = [];
      document.addEventListener(
        "beforematch",
        (event) => window.__beforematch.push(event.target.closest("[data-ia-section]")?.id ?? null),
        true,
      );
    });
    // "The whole paragraph is the claim" also appears, visible, in the key
    // claims panel, where the browser would find it first; this sentence is
    // only in the collapsed panel.
    await page.goto(`${page.url()}#:~:text=Before%20adjacent%20claims`);
    await waitExpanded(page, "whole-paragraph", "true");
    const state = await sectionState(page, "whole-paragraph");
    assert.equal(state.hidden, null);
    assert.equal(await panelContentVisible(page, ids.panel("whole-paragraph")), true);
    assert.deepEqual(await page.evaluate(() => window.__beforematch), ["whole-paragraph"]);
    assert.equal((await sectionState(page, "non-latin")).expanded, "false", "other sections unchanged");

    // Non-Latin text is found and revealed the same way.
    await page.goto(`${page.url().split("#")[0]}#:~:text=${encodeURIComponent("这是一个测试段落")}`);
    await waitExpanded(page, "non-latin", "true");
    assert.equal(await panelContentVisible(page, ids.panel("non-latin")), true);
  });
});

test("beforematch on a collapsed panel's content opens its section", async (t) => {
  await suite.withPage(t, EDGE, async (page) => {
    const toggle = page.locator(`button[id="${ids.heading("whole-paragraph")}"]`);
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");

    // What the browser does on a match: fire beforematch (it bubbles) at the
    // hidden element, then reveal it.
    const fired = await page.evaluate((panelId) => {
      const panel = document.getElementById(panelId);
      const paragraph = [...panel.querySelectorAll("p")].find((p) =>
        p.textContent.includes("The whole paragraph is the claim"),
      );
      const event = new Event("beforematch", { bubbles: true });
      paragraph.dispatchEvent(event);
      return Boolean(paragraph);
    }, ids.panel("whole-paragraph"));
    assert.ok(fired);
    await waitExpanded(page, "whole-paragraph", "true");
    const state = await sectionState(page, "whole-paragraph");
    assert.equal(state.hidden, null, "the widget removes hidden when it opens the section");
    assert.equal(await panelContentVisible(page, ids.panel("whole-paragraph")), true);

    // The section is now an ordinary open section: one press collapses it.
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal((await sectionState(page, "whole-paragraph")).hidden, "until-found");
    assert.equal(await panelContentVisible(page, ids.panel("whole-paragraph")), false);
  });
});

test("a section revealed by the browser collapses again with one press of its toggle", async (t) => {
  await suite.withPage(t, EDGE, async (page) => {
    await page.goto(`${page.url()}#:~:text=Before%20adjacent%20claims`);
    await waitExpanded(page, "whole-paragraph", "true");
    const toggle = page.locator(`${ARTICLE} button[id="${ids.heading("whole-paragraph")}"]`);
    await toggle.focus();
    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    const state = await sectionState(page, "whole-paragraph");
    assert.equal(state.hidden, "until-found", "the panel is hidden again");
    assert.equal(await panelContentVisible(page, ids.panel("whole-paragraph")), false);
  });
});
