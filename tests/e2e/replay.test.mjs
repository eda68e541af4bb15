// A reader who acts on a prerendered widget before its wasm has run loses
// nothing: the loader (embed/interactive-article.js) records clicks and keys
// on the widget's buttons, and once the widget is live (ia-ready) replays
// each one once, with focus where the reader left it.
//
// Each test opens a prerendered page with the wasm held back (its response
// waits until the test lets it through), acts, checks that nothing has run
// yet, releases the wasm, and checks the outcome. It runs in the two modes
// that are prerendered: the element with its declarative shadow root
// (www/prerendered/edge-cases.html, from `render --page`) and a container
// for mount() (www/prerendered/edge-cases-mount.html, from `render --mount`,
// on a page that loads the loader beside its own mount() call).
//
// The article is tests/fixtures/edge-cases.json: its first section starts
// open with the claim "prices-june" in it; "whole-paragraph" and "non-latin"
// start collapsed.

import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { assertNoProblems, launchBrowser, openPage, useSuite } from "./harness.mjs";
import { startProxy } from "./engines.mjs";

const suite = useSuite();

const MODES = [
  {
    name: "prerendered element",
    path: "/prerendered/edge-cases.html",
    // The root that scenarios query: the element's shadow root.
    root: () => document.querySelector("interactive-article").shadowRoot,
    live: () => document.querySelector("interactive-article")?.handle?.mounted === true,
  },
  {
    name: "prerendered mount() container",
    path: "/prerendered/edge-cases-mount.html",
    root: () => document,
    live: () => window.articleHandles?.[0]?.mounted === true,
  },
];

/**
 * Opens `mode`'s page with the wasm held back; runs `body(page, w)` where
 * `w.release()` lets the wasm through and waits until the widget is live and
 * the replay has run, and `w.query(fn, arg)` evaluates `fn(root, arg)` with
 * the mode's root (document or shadow root).
 */
async function withHeldWasm(t, mode, body, { fragment = "" } = {}) {
  // The wasm requests waiting, until `released`: one made later goes through.
  const held = [];
  let released = false;
  await suite.withPage(
    t,
    mode.path + fragment,
    async (page) => {
      const query = (fn, arg) => page.evaluate(({ rootSource, fnSource, arg }) => {
        const root = new Function(`return (${rootSource})()`)();
        return new Function("root", "arg", `return (${fnSource})(root, arg)`)(root, arg);
      }, { rootSource: mode.root.toString(), fnSource: fn.toString(), arg });
      // The page is readable and its buttons are there before any wasm.
      await page.waitForFunction(
        (rootSource) => new Function(`return (${rootSource})()`)()?.querySelector("[data-ia-prerender] .ia-section__toggle"),
        mode.root.toString(),
      );
      const w = {
        query,
        async release() {
          released = true;
          for (const route of held.splice(0)) await route.continue();
          await page.waitForFunction(mode.live, undefined, { timeout: 15_000 });
          // ia-ready came from the first render's effects; the replay runs
          // in the tasks after it, and marks the root done at the end.
          await page.waitForFunction(
            (rootSource) => !new Function(`return (${rootSource})()`)().querySelector("[data-ia-pending]"),
            mode.root.toString(),
          );
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
        },
      };
      await body(page, w);
    },
    {
      expectStatus: null,
      viewport: { width: 1000, height: 700 },
      async prepare(context) {
        await context.route("**/interactive_article_bg.wasm", (route) => (released ? route.continue() : void held.push(route)));
      },
    },
  );
}

/** What a scenario reads back: the state of the widget's controls and where focus is. */
function snapshot(root) {
  const expanded = (selector) => root.querySelector(selector)?.getAttribute("aria-expanded");
  const focused = (root.activeElement ?? document.activeElement);
  return {
    prerendered: root.querySelector("[data-ia-prerender]") !== null,
    pending: root.querySelector("[data-ia-pending]") !== null,
    wholeParagraph: expanded("#edge-cases_ia-heading-whole-paragraph"),
    nonLatin: expanded("#edge-cases_ia-heading-non-latin"),
    claim: expanded("#prices-june"),
    calloutShown: root.querySelector("#edge-cases_ia-callout-prices-june")?.checkVisibility() ?? false,
    about: expanded(".ia-banner__button[aria-controls$='banner-details']"),
    focusId: focused?.id || null,
    focusInCallout: Boolean(focused?.closest?.(".ia-callout")),
  };
}

for (const mode of MODES) {
  describe(mode.name, () => {
    test("a click on a collapsed section header before the wasm opens it once, with focus on it", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        await w.query((root) => root.querySelector("#edge-cases_ia-heading-whole-paragraph").click());
        const before = await w.query(snapshot);
        assert.equal(before.prerendered, true, "the widget is still the prerendered markup");
        assert.equal(before.wholeParagraph, "false", "nothing runs before the wasm");
        assert.equal(before.pending, true, "the widget shows that the action is waiting");
        await w.release();
        const after = await w.query(snapshot);
        assert.equal(after.prerendered, false);
        assert.equal(after.pending, false);
        assert.equal(after.wholeParagraph, "true", "the click took effect once the widget was live");
        assert.equal(after.nonLatin, "false", "and nothing else changed");
        assert.equal(after.focusId, "edge-cases_ia-heading-whole-paragraph");
      });
    });

    test("two clicks on one header before the wasm take effect twice (open, then closed)", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        await w.query((root) => {
          const toggle = root.querySelector("#edge-cases_ia-heading-non-latin");
          toggle.click();
          toggle.click();
        });
        await w.release();
        assert.equal((await w.query(snapshot)).nonLatin, "false");
      });
    });

    test("a click on a claim before the wasm opens its callout, with focus inside it", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        await w.query((root) => root.querySelector("#prices-june").click());
        assert.equal((await w.query(snapshot)).claim, "false");
        await w.release();
        const after = await w.query(snapshot);
        assert.equal(after.claim, "true");
        assert.equal(after.calloutShown, true);
        assert.equal(after.focusInCallout, true, `focus went into the callout (focus: ${after.focusId})`);
      });
    });

    test("real keys before the wasm: Enter on a claim, then Space on a section header", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        await w.query((root) => root.querySelector("#prices-june").focus());
        await page.keyboard.press("Enter");
        await w.query((root) => root.querySelector("#edge-cases_ia-heading-whole-paragraph").focus());
        const scrollBefore = await page.evaluate(() => scrollY);
        await page.keyboard.press("Space");
        assert.equal(await page.evaluate(() => scrollY), scrollBefore, "Space on the header did not scroll the page");
        const before = await w.query(snapshot);
        assert.deepEqual([before.claim, before.wholeParagraph], ["false", "false"]);
        await w.release();
        const after = await w.query(snapshot);
        assert.equal(after.claim, "true", "Enter on the claim was replayed");
        assert.equal(after.wholeParagraph, "true", "Space on the header was replayed");
        assert.equal(after.focusId, "edge-cases_ia-heading-whole-paragraph", "focus ends where the reader left it");
      });
    });

    test("Show all and the banner's About button before the wasm", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        await w.query((root) => {
          root.querySelector(".ia-toolbar__toggle").click();
          root.querySelector(".ia-banner__button[aria-controls$='banner-details']").click();
        });
        await w.release();
        const after = await w.query(snapshot);
        assert.deepEqual([after.wholeParagraph, after.nonLatin, after.about], ["true", "true", "true"]);
      });
    });

    test("a click after mount() has read the article but before the widget takes over the markup opens the section once", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        // mount() marks its element at once, reads and validates the
        // article, and hydrates in a later task: the observer's callback
        // runs after mount() has returned, before that task.
        await page.evaluate((rootSource) => {
          const root = new Function(`return (${rootSource})()`)();
          const observer = new MutationObserver(() => {
            const widget = root.querySelector("[data-ia-mounted]");
            if (!widget) return;
            observer.disconnect();
            window.between = { prerendered: widget.matches("[data-ia-prerender]") };
            root.querySelector("#edge-cases_ia-heading-whole-paragraph").click();
          });
          observer.observe(root, { attributes: true, subtree: true, attributeFilter: ["data-ia-mounted"] });
        }, mode.root.toString());
        await w.release();
        assert.deepEqual(await page.evaluate(() => window.between), { prerendered: true }, "the click came before the takeover");
        const after = await w.query(snapshot);
        assert.equal(after.wholeParagraph, "true", "the click took effect, once");
        assert.equal(after.pending, false);
        assert.equal(after.focusId, "edge-cases_ia-heading-whole-paragraph");
      });
    });

    test("after the widget is live, a click is handled once by the widget, not replayed", async (t) => {
      await withHeldWasm(t, mode, async (page, w) => {
        await w.release();
        await w.query((root) => root.querySelector("#edge-cases_ia-heading-whole-paragraph").click());
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
        assert.equal((await w.query(snapshot)).wholeParagraph, "true");
      });
    });
  });
}

describe("while the page is still being parsed", () => {
  // The page's end (from its </main>) waits at a proxy (tests/e2e/engines.mjs
  // says how), so its module scripts, the loader among them, cannot run yet:
  // only the inline recorder that `render` writes before the widget has.
  // Real pointer and keyboard input, as a reader on a slow page.
  let proxy, browser;
  before(async () => {
    proxy = await startProxy();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await proxy?.stop();
  });

  for (const mode of MODES) {
    test(`${mode.name}: a click on a section header and Enter on a claim take effect, once each, when the widget is live`, async () => {
      proxy.holdTail(new RegExp(`^${mode.path.replaceAll(".", "\\.")}$`));
      const { context, page, problems } = await openPage(browser, new URL(proxy.url).origin, mode.path, {
        expectStatus: null,
        waitUntil: "commit",
        viewport: { width: 1000, height: 700 },
      });
      try {
        const query = (fn) => page.evaluate(({ rootSource, fnSource }) => new Function("root", `return (${fnSource})(root)`)(new Function(`return (${rootSource})()`)()), { rootSource: mode.root.toString(), fnSource: fn.toString() });
        // The element may not be parsed yet, and its root then not there.
        await page.waitForFunction((rootSource) => {
          try {
            return new Function(`return (${rootSource})()`)()?.querySelector("[data-ia-prerender] #prices-june");
          } catch {
            return false;
          }
        }, mode.root.toString());
        await page.locator("#edge-cases_ia-heading-whole-paragraph").click();
        await page.locator("#prices-june").focus();
        await page.keyboard.press("Enter");
        const parsing = await page.evaluate(() => ({ recorded: self.iaEarly?.length, loaderRan: Boolean(customElements.get("interactive-article")), parsed: document.readyState != "loading" }));
        assert.deepEqual(parsing, { recorded: 2, loaderRan: false, parsed: false }, "the recorder kept both; the page is not parsed yet, and the loader has not run");
        const before = await query(snapshot);
        assert.deepEqual([before.prerendered, before.wholeParagraph, before.claim], [true, "false", "false"]);
        proxy.release();
        await page.waitForFunction(mode.live, undefined, { timeout: 15_000 });
        await page.waitForFunction((rootSource) => !new Function(`return (${rootSource})()`)().querySelector("[data-ia-pending]"), mode.root.toString());
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
        const after = await query(snapshot);
        assert.equal(after.prerendered, false);
        assert.equal(after.wholeParagraph, "true", "the click on the header took effect");
        assert.equal(after.nonLatin, "false", "and nothing else changed");
        assert.equal(after.claim, "true", "Enter on the claim took effect");
        assert.equal(after.focusInCallout, true, `focus went into the callout (focus: ${after.focusId})`);
        assert.equal(await page.evaluate(() => self.iaEarly), 0, "the loader stopped the recorder");
        assertNoProblems([...problems, ...proxy.problems.splice(0)], mode.name);
      } finally {
        proxy.release();
        await context.close();
      }
    });
  }
});

test("find-in-page before the wasm: the section the browser opened stays open, and says so", async (t) => {
  // A text fragment goes through the browser's find-and-reveal path, as
  // Ctrl+F does (see find-in-page.test.mjs); it cannot reach into a shadow
  // root, so this is the mount() container.
  await withHeldWasm(
    t,
    MODES[1],
    async (page, w) => {
      await page.waitForFunction(() => !document.getElementById("edge-cases_ia-panel-whole-paragraph")?.hidden);
      await w.release();
      const after = await w.query(snapshot);
      assert.equal(after.wholeParagraph, "true", "the toggle says the section is open");
      assert.equal(await page.evaluate(() => document.getElementById("edge-cases_ia-panel-whole-paragraph").checkVisibility()), true, "and it is shown");
    },
    { fragment: "#:~:text=The%20whole%20paragraph%20is%20the%20claim" },
  );
});

describe("when the element loads (hydrate attribute, written by render --hydrate)", () => {
  /** The prerendered element page made with `render --page --hydrate WHEN`. */
  const page = (when) => ({ ...MODES[0], path: `/prerendered/edge-cases-${when}.html` });
  const wasmRequests = (requests) => requests.filter((url) => url.endsWith("interactive_article_bg.wasm")).length;

  test('hydrate="interaction": nothing is fetched until the reader acts, and the first click counts', async (t) => {
    const requests = [];
    await withHeldWasm(t, page("interaction"), async (page, w) => {
      page.on("request", (request) => requests.push(request.url()));
      assert.equal(await page.evaluate(() => document.querySelector("interactive-article").getAttribute("hydrate")), "interaction");
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      assert.equal(wasmRequests(requests), 0, "no wasm before an interaction");
      assert.equal(
        await page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.includes("interactive_article"))),
        false,
        "nor its glue",
      );
      await w.query((root) => root.querySelector("#edge-cases_ia-heading-whole-paragraph").click());
      await w.release();
      assert.equal(wasmRequests(requests), 1);
      assert.equal((await w.query(snapshot)).wholeParagraph, "true");
    });
  });

  test('hydrate="interaction": focus by keyboard starts the download, and Enter on a claim counts', async (t) => {
    await withHeldWasm(t, page("interaction"), async (page, w) => {
      await page.keyboard.press("Tab");
      await page.waitForFunction(() => performance.getEntriesByType("resource").some((e) => e.name.includes("interactive_article.js")));
      await w.query((root) => root.querySelector("#prices-june").focus());
      await page.keyboard.press("Enter");
      await w.release();
      const after = await w.query(snapshot);
      assert.equal(after.claim, "true");
      assert.equal(after.focusInCallout, true);
    });
  });

  test('hydrate="idle": the widget goes live without an interaction', async (t) => {
    await withHeldWasm(t, page("idle"), async (page, w) => {
      await w.release();
      assert.equal((await w.query(snapshot)).prerendered, false);
    });
  });
});
