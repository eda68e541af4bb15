// What a widget leaves behind when it goes: nothing. Mounting and taking
// down the widget again and again must not grow the heap, leave listeners on
// window or document, or keep an element (and the app that rendered into it)
// alive once the page has let go of it — after unmount(), after the custom
// element's removal, and after a failed mount, with and without release().
//
// "Kept alive" is measured with a WeakRef to the element, read after a full
// garbage collection (Chrome DevTools Protocol): nothing else on the test
// page refers to the element, so only the widget could keep it. The soak
// command (`make soak`, scripts/soak.mjs) runs the cycles 1,000 times; here
// they run 100 times, and no kind of object may grow with them.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, useSuite } from "./harness.mjs";
import { devtools, globalListeners, heapAfterGc, loadWidget, measureCycles } from "./cycles.mjs";

const suite = useSuite();

const PAGE = "/element-test.html";
/** Failed mounts log their problems; nothing else may be logged. */
const FAILED_MOUNTS = {
  expectStatus: null,
  allowConsoleErrors: [/^interactive-article: the article could not be shown:/],
};
const INVALID = readFileSync(path.join(REPO_ROOT, "tests/fixtures/invalid-many-problems.json"), "utf8");

/** Whether each of the page's `window.refs` WeakRefs was cleared by a full GC. */
async function collected(page, cdp) {
  // Renders and unmounts finish in microtasks and finalizers run as tasks:
  // let both happen before collecting.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  await heapAfterGc(cdp);
  return page.evaluate(() =>
    Object.fromEntries(Object.entries(window.refs).map(([name, ref]) => [name, ref.deref() === undefined])),
  );
}

/**
 * The listeners on window and document the page has before any widget: the
 * loader's (it records what a reader does before a widget is live) and the
 * wasm package's (its trap containment watches for a trap from its first
 * run, embed/containment.js), both for the page's life. The package is
 * loaded first (`window.widget`); the loader imports the same module.
 */
async function listenersOfThePage(page, cdp) {
  await loadWidget(page);
  return globalListeners(cdp);
}

/**
 * Asserts that every WeakRef in `window.refs` was cleared and no listener is
 * left beyond `pageListeners` (see `listenersOfThePage`).
 */
async function assertNothingLeft(page, cdp, what, pageListeners) {
  const refs = await collected(page, cdp);
  for (const [name, gone] of Object.entries(refs)) {
    assert.ok(gone, `${what}: the ${name} is still alive after garbage collection`);
  }
  assert.deepEqual(await globalListeners(cdp), pageListeners, `${what}: listeners left on window or document`);
}

/**
 * Nothing retained by every cycle, the heap's objects within 2 % (the soak
 * holds 1,000 cycles to 10 %; a few KB of caches and hash tables grow once),
 * and no listener left.
 */
function assertFlat(result) {
  const describe = result.perCycle.map(([kind, growth]) => `${kind} +${growth}`).join(", ");
  assert.deepEqual(result.perCycle, [], `objects retained by every one of ${result.count} cycles: ${describe}`);
  assert.ok(
    result.objects.growth < 0.02,
    `heap objects grew by ${(result.objects.growth * 100).toFixed(2)} % over ${result.count} cycles (${result.objects.start} → ${result.objects.end} bytes)`,
  );
  assert.deepEqual(result.listenersAfter, result.listenersBefore, "listeners left on window or document");
  // The wasm memory grows in 64 KB pages as the allocator's high-water mark
  // moves, and never shrinks: one page at most, over a short run.
  assert.ok(
    result.wasm.end - result.wasm.start <= 65536,
    `wasm memory grew by ${result.wasm.end - result.wasm.start} bytes over ${result.count} cycles`,
  );
}

test("100 mount/unmount cycles keep the heap flat and leave no listener", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const result = await measureCycles(page, "mount", 100, { warmup: 10 });
      assertFlat(result);
    },
    { expectStatus: null },
  );
});

test("100 custom-element add/remove cycles keep the heap flat and leave no listener", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const result = await measureCycles(page, "element", 100, { warmup: 10 });
      assertFlat(result);
    },
    { expectStatus: null },
  );
});

test("a mounted widget listens on window, and unmount() removes the listener and lets the element go", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const cdp = await devtools(page);
      const pageListeners = await listenersOfThePage(page, cdp);
      await loadWidget(page);
      await page.evaluate(async () => {
        const host = document.getElementById("stage").appendChild(document.createElement("div"));
        const ready = new Promise((resolve) => host.addEventListener("ia-ready", resolve, { once: true }));
        window.handle = window.widget.mount(host);
        await ready;
        window.refs = { element: new WeakRef(host) };
      });
      // The listener check sees what the widget adds (fragment navigation).
      assert.deepEqual(await globalListeners(cdp), [...pageListeners, "window:hashchange"].sort());
      await page.evaluate(() => {
        window.handle.unmount();
        window.refs.element.deref().remove();
        // A host may well keep its handle: unmounted, it holds nothing.
      });
      assert.equal(await page.evaluate(() => window.handle.mounted), false);
      await assertNothingLeft(page, cdp, "after unmount()", pageListeners);
    },
    { expectStatus: null },
  );
});

test("removing <interactive-article> lets the element and the box it rendered into go", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const cdp = await devtools(page);
      const pageListeners = await listenersOfThePage(page, cdp);
      await page.evaluate(async () => {
        const element = document.createElement("interactive-article");
        element.setAttribute("loading", "eager");
        const ready = new Promise((resolve) => element.addEventListener("ia-ready", resolve, { once: true }));
        document.getElementById("stage").append(element);
        await ready;
        window.refs = {
          element: new WeakRef(element),
          "widget root": new WeakRef(element.shadowRoot.querySelector('[part="root"]')),
        };
      });
      assert.deepEqual(await globalListeners(cdp), [...pageListeners, "window:hashchange"].sort());
      await page.evaluate(() => window.refs.element.deref().remove());
      await assertNothingLeft(page, cdp, "after removing the element", pageListeners);
    },
    { expectStatus: null },
  );
});

test("an element with an invalid article, once removed, is let go", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const cdp = await devtools(page);
      const pageListeners = await listenersOfThePage(page, cdp);
      await page.evaluate(async (invalid) => {
        const element = document.createElement("interactive-article");
        element.setAttribute("loading", "eager");
        const script = element.appendChild(document.createElement("script"));
        script.type = "application/json";
        script.textContent = invalid;
        const failed = new Promise((resolve) => element.addEventListener("ia-error", resolve, { once: true }));
        document.getElementById("stage").append(element);
        await failed;
        await new Promise((resolve) => setTimeout(resolve, 50));
        window.refs = {
          element: new WeakRef(element),
          "widget root": new WeakRef(element.shadowRoot.querySelector('[part="root"]')),
        };
      }, INVALID);
      await page.evaluate(() => window.refs.element.deref().remove());
      await assertNothingLeft(page, cdp, "after removing a failed element", pageListeners);
    },
    FAILED_MOUNTS,
  );
});

/** Mounts `article` into a new element on the stage, expecting it to fail. */
async function failedMount(page, article) {
  await loadWidget(page);
  return page.evaluate(async (text) => {
    const host = document.getElementById("stage").appendChild(document.createElement("div"));
    let message = null;
    try {
      window.widget.mount(host, text);
    } catch (error) {
      message = error.message;
    }
    // The error box renders on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.refs = { element: new WeakRef(host) };
    return { message, box: host.querySelector(".ia-error") !== null };
  }, article);
}

test("a failed mount followed by release() lets the element go", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const cdp = await devtools(page);
      const pageListeners = await listenersOfThePage(page, cdp);
      const failed = await failedMount(page, INVALID);
      assert.match(failed.message, /could not be shown/);
      assert.ok(failed.box, "the error box is shown");
      await page.evaluate(() => {
        const host = window.refs.element.deref();
        window.widget.release(host);
        host.remove();
      });
      await assertNothingLeft(page, cdp, "after release()", pageListeners);
    },
    FAILED_MOUNTS,
  );
});

test("a failed mount without release() lets the element go once it has left the page", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const cdp = await devtools(page);
      const pageListeners = await listenersOfThePage(page, cdp);
      const failed = await failedMount(page, INVALID);
      assert.ok(failed.box, "the error box is shown");
      await page.evaluate(() => window.refs.element.deref().remove());
      // The host never calls release(): the next mount on the page reclaims
      // the box of an element that has left the page.
      await page.evaluate(async () => {
        const other = document.getElementById("stage").appendChild(document.createElement("div"));
        const ready = new Promise((resolve) => other.addEventListener("ia-ready", resolve, { once: true }));
        const handle = window.widget.mount(other);
        await ready;
        handle.unmount();
        other.remove();
      });
      await assertNothingLeft(page, cdp, "after a failed mount without release()", pageListeners);
    },
    FAILED_MOUNTS,
  );
});
