// URL fragments naming a section or a claim: on arrival and when the fragment
// changes while the page is open, the section opens and the target gets focus.
// edge-cases.json starts with sections `whole-paragraph` and `non-latin`
// collapsed; claim `beta` lies in `whole-paragraph`.

import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ARTICLE,
  changeFragment,
  ids,
  panelContentVisible,
  sectionStates,
  useSuite,
  waitForFocusId,
} from "./harness.mjs";

const suite = useSuite();
const EDGE = "/?article=fixtures/edge-cases.json";

function stateOf(states, id) {
  const state = states.find((s) => s.id === id);
  assert.ok(state, `section #${id} exists`);
  return state;
}

async function assertOpen(page, sectionId) {
  const state = stateOf(await sectionStates(page), sectionId);
  assert.equal(state.expanded, "true", `#${sectionId} toggle aria-expanded`);
  assert.equal(state.hidden, null, `#${sectionId} panel not hidden`);
  assert.equal(await panelContentVisible(page, state.panelId), true, `#${sectionId} text shown`);
}

async function assertClosed(page, sectionId) {
  const state = stateOf(await sectionStates(page), sectionId);
  assert.equal(state.expanded, "false", `#${sectionId} toggle aria-expanded`);
  assert.equal(state.hidden, "until-found", `#${sectionId} panel hidden until found`);
}

async function assertInViewport(page, selector) {
  const inView = await page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
  });
  assert.ok(inView, `${selector} is scrolled into view`);
}

test("edge-cases.json starts with two sections collapsed", async (t) => {
  await suite.withPage(t, EDGE, async (page) => {
    const states = await sectionStates(page);
    assert.deepEqual(
      states.map((s) => [s.id, s.expanded]),
      [
        ["repeated-words", "true"],
        ["whole-paragraph", "false"],
        ["non-latin", "false"],
      ],
    );
    await assertClosed(page, "whole-paragraph");
    await assertClosed(page, "non-latin");
  });
});

test("arriving with a section id as fragment opens that section and focuses its heading", async (t) => {
  await suite.withPage(t, `${EDGE}#non-latin`, async (page) => {
    await page.waitForFunction(
      (id) => document.getElementById(id)?.getAttribute("aria-expanded") === "true",
      ids.heading("non-latin"),
    );
    await assertOpen(page, "non-latin");
    await assertClosed(page, "whole-paragraph");
    await waitForFocusId(page, ids.heading("non-latin"));
    await assertInViewport(page, "#non-latin");
  });
});

test("arriving with a claim id as fragment opens the claim's section and focuses the claim", async (t) => {
  await suite.withPage(t, `${EDGE}#beta`, async (page) => {
    await waitForFocusId(page, "beta");
    await assertOpen(page, "whole-paragraph");
    await assertClosed(page, "non-latin");
    const mark = page.locator(`${ARTICLE} [id="beta"]`);
    assert.equal(await mark.getAttribute("role"), "button");
    assert.equal(await mark.isVisible(), true);
    assert.equal(await mark.getAttribute("aria-expanded"), "false", "a deep link does not open the callout");
    await assertInViewport(page, '[id="beta"]');
  });
});

test("changing location.hash at run time opens sections and focuses claims", async (t) => {
  await suite.withPage(t, EDGE, async (page) => {
    await assertClosed(page, "non-latin");
    await changeFragment(page, "non-latin");
    await waitForFocusId(page, ids.heading("non-latin"));
    await assertOpen(page, "non-latin");

    await assertClosed(page, "whole-paragraph");
    await changeFragment(page, "beta");
    await waitForFocusId(page, "beta");
    await assertOpen(page, "whole-paragraph");

    // Collapse the section again; going back to the same claim through history
    // (a new hashchange) opens it again.
    await page.locator(`button[id="${ids.heading("whole-paragraph")}"]`).click();
    await assertClosed(page, "whole-paragraph");
    await changeFragment(page, "alpha");
    await waitForFocusId(page, "alpha");
    await page.goBack();
    await waitForFocusId(page, "beta");
    await assertOpen(page, "whole-paragraph");
  });
});

test("a fragment that names nothing in the article changes nothing", async (t) => {
  await suite.withPage(t, `${EDGE}#no-such-thing`, async (page) => {
    await assertClosed(page, "whole-paragraph");
    await assertClosed(page, "non-latin");
    // Judge the state after the widget has handled the hashchange, not before.
    await changeFragment(page, "main-content");
    await assertClosed(page, "whole-paragraph");
    await assertClosed(page, "non-latin");
    // The widget was listening all along: a fragment it knows still works.
    await changeFragment(page, "non-latin");
    await waitForFocusId(page, ids.heading("non-latin"));
    await assertOpen(page, "non-latin");
    await assertClosed(page, "whole-paragraph");
  });
});

test("deep links work on the default article too", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    await page.locator(`${ARTICLE} button.ia-toolbar__toggle`).click(); // hide all
    await assertClosed(page, "the-global-implications");
    await changeFragment(page, "the-global-implications");
    await waitForFocusId(page, ids.heading("the-global-implications", "china-open-source-ai"));
    await assertOpen(page, "the-global-implications");
    await assertClosed(page, "the-deepseek-moment-that-changed-everything");
  });
});
