// Long articles: the sections after the 20th are `content-visibility: auto`
// (style/interactive-article.css), so "Show all" and each toggle cost what
// is on screen rather than the whole article. Such a section must still be
// found and revealed by the browser's find, opened by "Show all", and
// printed; the first 20 sections, and so every short article, render as
// before. Checked in the mount() container, in the custom element's shadow
// root, and in the page `interactive-article render --page` makes of it,
// hydrated: there the widget takes over every section without rendering it
// until a claim in it is opened (src/ui/adopted.rs), and they must work all
// the same.
//
// The article is generated (scripts/bench-article.mjs, as for `make bench`)
// and served by a route; section 28 gets a sentence of its own for the find.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT, useSuite } from "./harness.mjs";
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

// The same article as the CLI's page (the CLI `make www` builds), its
// widget's files at /pkg/.
const PRERENDERED = (() => {
  const dir = mkdtempSync(path.join(tmpdir(), "ia-long-"));
  try {
    const file = path.join(dir, "long.json");
    writeFileSync(file, LONG);
    const cli = path.join(REPO_ROOT, "target/debug/interactive-article");
    return execFileSync(cli, ["render", "--page", "--assets", "/pkg/", file], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
const servePrerendered = (context) =>
  context.route("**/generated/long.html", (route) => route.fulfill({ contentType: "text/html", body: PRERENDERED }));

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
        // ia-ready: every section is rendered (past the 20th they render
        // in steps, a task each, when rendered afresh).
        await page.evaluate(() => {
          document.addEventListener("ia-ready", () => (window.__ready = true), { once: true });
          document.getElementById("stage").innerHTML =
            '<interactive-article src="generated/long.json" loading="eager"></interactive-article>';
        });
        await page.waitForFunction(() => window.__ready === true);
        await body(page);
      },
      { prepare: serveLong, expectStatus: null },
    ),
  "prerendered element": async (t, body) =>
    suite.withPage(
      t,
      "/generated/long.html",
      async (page) => {
        await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true);
        await body(page);
      },
      {
        // Marks the server's claim words before the widget runs: a node
        // still marked later is the server's, one without is the widget's.
        prepare: async (context) => {
          await servePrerendered(context);
          await context.addInitScript(() =>
            document.addEventListener("DOMContentLoaded", () => {
              const root = document.querySelector("interactive-article")?.shadowRoot;
              for (const words of root?.querySelectorAll(".ia-claim__words") ?? []) words.__server = true;
            }),
          );
        },
        expectStatus: null,
      },
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

test("prerendered element: a section past the 20th stays the server's, opens, closes and moves focus, until a claim in it is opened", async (t) => {
  await MODES["prerendered element"](t, async (page) => {
    await installRoot(page);
    // Hydrating keeps the server's nodes; rendering replaces them.
    const server = (n) => page.evaluate((n) => __section(n).querySelector(".ia-claim__words").__server === true, n);
    const state = (n) =>
      page.evaluate((n) => {
        const section = __section(n);
        return {
          open: section.dataset.open,
          expanded: section.querySelector(".ia-section__toggle").getAttribute("aria-expanded"),
          hidden: section.querySelector(".ia-section__panel").getAttribute("hidden"),
        };
      }, n);
    const focused = () =>
      page.evaluate(() => {
        const active = __root().activeElement;
        return active?.classList.contains("ia-section__toggle") ? [...__root().querySelectorAll(".ia-section__toggle")].indexOf(active) + 1 : null;
      });
    assert.equal(await server(1), true, "section 1 is the server's too");
    assert.equal(await server(30), true, "section 30 is the server's");
    await page.evaluate(() => __section(30).scrollIntoView());
    await page.waitForTimeout(300);
    assert.equal(await server(30), true, "coming into view renders nothing");
    assert.deepEqual(await state(30), { open: "false", expanded: "false", hidden: "until-found" });

    // Its heading button, by keyboard: Enter opens it, the arrows move on.
    await page.evaluate(() => __section(30).querySelector(".ia-section__toggle").focus());
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => __section(30).dataset.open === "true");
    assert.deepEqual(await state(30), { open: "true", expanded: "true", hidden: null });
    assert.equal(await server(30), true, "opened on the server's nodes");
    await page.keyboard.press("ArrowUp");
    await page.waitForFunction(() => __root().activeElement === __section(29).querySelector(".ia-section__toggle"));
    await page.keyboard.press("Home");
    await page.waitForFunction(() => __root().activeElement === __section(1).querySelector(".ia-section__toggle"));
    await page.keyboard.press("End");
    await page.waitForFunction(() => __root().activeElement === __section(30).querySelector(".ia-section__toggle"));
    assert.equal(await focused(), 30);
    await page.keyboard.press("Space");
    await page.waitForFunction(() => __section(30).dataset.open === "false");
    assert.deepEqual(await state(30), { open: "false", expanded: "false", hidden: "until-found" });

    // "Show all" and "Hide all" reach it too.
    await page.evaluate(() => __root().querySelector(".ia-toolbar__toggle").click());
    await page.waitForFunction(() => __section(30).dataset.open === "true" && __section(21).dataset.open === "true");
    await page.evaluate(() => __root().querySelector(".ia-toolbar__toggle").click());
    await page.waitForFunction(() => __section(30).dataset.open === "false");
    assert.deepEqual(await state(30), { open: "false", expanded: "false", hidden: "until-found" });

    // A claim opened in it: the widget renders the section, once, in place
    // of the server's, and the claim works as any other.
    await page.evaluate(() => __section(30).querySelector(".ia-section__toggle").click());
    await page.evaluate(() => __section(30).querySelector(".ia-claim__words").click());
    await page.waitForFunction(() => __section(30).querySelector(".ia-callout") != null, null, { timeout: 5000 });
    assert.equal(await server(30), false, "rendered by the widget");
    assert.equal(await page.evaluate(() => __root().querySelectorAll("section.ia-section").length), 30, "in place of the server's");
    assert.equal(await page.evaluate(() => __section(30).querySelectorAll(".ia-section__panel > .ia-paragraph").length), 10);
    assert.equal(await server(1), true, "section 1 is never rendered again");
    assert.equal(await server(29), true, "nor is section 29");
    await page.evaluate(() => __section(30).querySelector(".ia-section__toggle").click());
    await page.waitForFunction(() => __section(30).dataset.open === "false" && __section(30).querySelector(".ia-callout") == null);
  });
});

// Yew 0.23 yields to the browser (a setTimeout) between a render pass of
// more than 16 ms and its effects. A reader's click in that gap must find the
// server's sections back in place and heard, not lifted out for hydrating.
// The clock runs fast once hydrating starts, so that Yew yields there on any
// machine; the probe's timer, set before Yew's, runs in the gap.
test("prerendered element: a click between Yew's render pass and its effects finds the sections in place and opens one, once", async (t) => {
  await suite.withPage(
    t,
    "/generated/long.html",
    async (page) => {
      await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true);
      await page.waitForFunction(() => window.__gap != null);
      await page.waitForTimeout(300);
      await installRoot(page);
      const gap = await page.evaluate(() => window.__gap);
      assert.equal(gap.ready, false, "the probe ran before the widget was ready, in the gap");
      assert.equal(gap.sections, 30, "every section was in place");
      assert.equal(gap.heard, true, "the click reached a section heading");
      const state = await page.evaluate(() => ({
        open: __section(2).dataset.open,
        expanded: __section(2).querySelector(".ia-section__toggle").getAttribute("aria-expanded"),
        opened: [...__root().querySelectorAll("section.ia-section")].filter((s) => s.dataset.open === "true").length,
      }));
      assert.deepEqual(state, { open: "true", expanded: "true", opened: 1 });
    },
    {
      prepare: async (context) => {
        await servePrerendered(context);
        await context.addInitScript(() => {
          let ready = false;
          document.addEventListener("ia-ready", () => (ready = true), true);
          document.addEventListener("DOMContentLoaded", () => {
            const root = document.querySelector("interactive-article")?.shadowRoot?.querySelector("[data-ia-prerender]");
            const now = Date.now;
            new MutationObserver((_, observer) => {
              observer.disconnect();
              let skew = 0;
              Date.now = () => now() + (skew += 20);
              setTimeout(() => {
                Date.now = now;
                const shadow = root.getRootNode();
                const heading = shadow.querySelectorAll("section.ia-section")[1]?.querySelector(".ia-section__toggle");
                heading?.click();
                window.__gap = { ready, sections: shadow.querySelectorAll("section.ia-section").length, heard: heading != null };
              });
            }).observe(root, { attributes: true, attributeFilter: ["data-ia-prerender"] });
          });
        });
      },
      expectStatus: null,
    },
  );
});

test("prerendered element: the key-claims list stays the server's and each item still jumps to its claim", async (t) => {
  await MODES["prerendered element"](t, async (page) => {
    await installRoot(page);
    const items = await page.evaluate(() => __root().querySelectorAll(".ia-key-claims__item").length);
    assert.equal(items, 60);
    await page.evaluate(() => __root().querySelector(".ia-key-claims__toggle").click());
    await page.waitForFunction(() => !__root().querySelector(".ia-key-claims__list").hidden);
    // The 57th claim is in section 29, which is the server's.
    await page.evaluate(() => __root().querySelectorAll(".ia-key-claims__jump")[56].click());
    await page.waitForFunction(() => __section(29).dataset.open === "true");
    const active = await page.evaluate(() => {
      const a = __root().activeElement;
      return [a?.className, a?.closest("section")?.dataset.iaSection, a === __section(29).querySelector(".ia-claim__words")];
    });
    assert.deepEqual(active, ["ia-claim__words", "28", true], "focus on the claim's words");
  });
});

// Each on a fresh page: opening a claim scrolls to it, which brings the
// sections around it near the viewport, and the widget renders them.
const ACTIVATE = {
  "a click": "claim.click()",
  Enter: 'claim.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }))',
};
for (const [how, activate] of Object.entries(ACTIVATE)) {
  test(`prerendered element: a claim in a section the widget has not rendered yet opens on ${how}`, async (t) => {
    await MODES["prerendered element"](t, async (page) => {
      await installRoot(page);
      const claim = `__section(29).querySelector(".ia-claim__words")`;
      assert.equal(await page.evaluate(`${claim}.__server`), true, "still the server's node");
      // Activated where it is, far below: no scrolling first.
      await page.evaluate(`(() => { const claim = ${claim}; ${activate}; })()`);
      await page.waitForFunction(() => __section(29).querySelector(".ia-callout") != null, null, { timeout: 5000 });
      assert.equal(await page.evaluate(`${claim}.getAttribute("aria-expanded")`), "true");
      assert.equal(
        await page.evaluate(() => __section(29).querySelectorAll(".ia-section__panel > .ia-paragraph").length),
        10,
        "the server's paragraphs are gone",
      );
    });
  });
}

// Rendered afresh, a long article's sections render 20 a task after the
// first 20 (src/state.rs, `rendering_in_steps`), so that mount() never
// blocks the page for the whole article: what the reader is taken to
// renders at once with everything before it, and ia-ready says when every
// section is in.
const HUNDRED = JSON.stringify(sectionsArticle(100));

/**
 * Runs `body(text)` in a page that has the widget loaded (`__widget`) and
 * gives it `__freshHost()`: a new empty element on the stage, and how many
 * sections are in it. Resolves with what `body` returns.
 */
async function inFreshMountPage(t, body, text) {
  let seen;
  await suite.withPage(t, "/element-test.html", async (page) => {
    await page.evaluate(async () => {
      window.__widget = await import("./pkg/interactive_article.js");
      await window.__widget.default();
      window.__freshHost = () => {
        const host = document.getElementById("stage").appendChild(document.createElement("div"));
        return { host, sections: () => host.querySelectorAll("section.ia-section").length };
      };
    });
    seen = await page.evaluate(body, text);
  }, { expectStatus: null });
  return seen;
}

test("mount(): a long article's sections render in steps after the first 20; a jump past them renders up to its claim at once", async (t) => {
  const seen = await inFreshMountPage(t, async (text) => {
    const { host, sections } = __freshHost();
    const ready = [];
    host.addEventListener("ia-ready", () => ready.push(sections()));
    __widget.mount(host, text);
    // Yew renders in a microtask after mount() returns: still this task.
    for (let i = 0; i < 50 && sections() === 0; i++) await new Promise((resolve) => queueMicrotask(resolve));
    const atMount = { sections: sections(), sources: host.querySelector(".ia-sources") !== null, ready: ready.length };
    // In the same task: the key-claims list, and its 179th claim, in section 90.
    host.querySelector(".ia-key-claims__toggle").click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    host.querySelectorAll(".ia-key-claims__jump")[178].click();
    const inSection = () => document.activeElement?.closest("section")?.dataset.iaSection;
    for (let i = 0; i < 200 && inSection() !== "89"; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const active = document.activeElement;
    const afterJump = {
      sections: sections(),
      focus: [active?.className, active?.closest("section")?.dataset.iaSection],
      open: host.querySelectorAll("section.ia-section")[89].dataset.open,
    };
    while (ready.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const after = host.querySelector(".ia-sections").nextElementSibling;
    return {
      atMount,
      afterJump,
      ready,
      atEnd: { sections: sections(), sourcesAfterSections: after?.classList.contains("ia-sources") },
    };
  }, HUNDRED);
  assert.deepEqual(seen.atMount, { sections: 20, sources: false, ready: 0 }, "at mount: the first 20 sections");
  assert.ok(seen.afterJump.sections >= 90, `the jump renders up to section 90 (${seen.afterJump.sections})`);
  assert.deepEqual(seen.afterJump.focus, ["ia-claim__words", "89"], "focus on the claim's words in section 90");
  assert.equal(seen.afterJump.open, "true");
  assert.deepEqual(seen.ready, [100], "ia-ready once, when every section is in");
  assert.deepEqual(seen.atEnd, { sections: 100, sourcesAfterSections: true });
});

// 500 sections: steps alone, each at most four times the last, cannot
// bring them all in within the two tasks the test waits.
const FIVE_HUNDRED = JSON.stringify(sectionsArticle(500));

test("mount(): the page about to print renders every section at once", async (t) => {
  const seen = await inFreshMountPage(t, async (text) => {
    const { host, sections } = __freshHost();
    __widget.mount(host, text);
    // The first step: the widget's effects, which listen for printing,
    // have run.
    while (sections() <= 20) await new Promise((resolve) => setTimeout(resolve, 0));
    const firstStep = sections();
    window.dispatchEvent(new Event("beforeprint"));
    // Yew renders in a microtask, or, when it yielded to the browser
    // between a render and its effects (past 16 ms), in its next task.
    for (let i = 0; i < 2 && sections() < 500; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    return { firstStep, beforePrint: sections(), sources: host.querySelector(".ia-sources") !== null };
  }, FIVE_HUNDRED);
  assert.ok(seen.firstStep < 200, `a step, far from every section (${seen.firstStep})`);
  assert.deepEqual({ ...seen, firstStep: undefined }, { firstStep: undefined, beforePrint: 500, sources: true });
});

test("mount(): unmount() while the sections still render in steps stops them, and leaves the element empty", async (t) => {
  const seen = await inFreshMountPage(t, async (text) => {
    const { host, sections } = __freshHost();
    let ready = 0;
    host.addEventListener("ia-ready", () => ready++);
    const handle = __widget.mount(host, text);
    while (sections() === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const atUnmount = sections();
    handle.unmount();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { atUnmount, after: sections(), children: host.childElementCount, ready, mounted: handle.mounted };
  }, HUNDRED);
  assert.ok(seen.atUnmount < 100, `unmounted before every section was in (${seen.atUnmount})`);
  assert.deepEqual({ ...seen, atUnmount: undefined }, { atUnmount: undefined, after: 0, children: 0, ready: 0, mounted: false });
});
