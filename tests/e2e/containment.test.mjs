// A failure stays in its own widget. A download that fails (the glue, the
// wasm, a stylesheet) costs the element that asked for it, and the next
// element tries again; a module that traps (a panic, which aborts at once in
// the release build) shows its error box and dispatches ia-error for the
// widget the trap belongs to (the glue's embed/containment.js), and later
// widgets get a fresh module.
//
// Failed downloads are simulated with playwright's request routing (abort
// the first request, let the next one through). The trap needs the test
// build (`--features test-trap`, built by `make test` into target/trap-pkg/),
// in which an article with the id "forced-trap" panics while it is mounted,
// one with the id "forced-render-trap" in its first render (after mount()
// has returned) and one with the id "forced-click-trap" when the reader
// toggles a section; its glue and wasm are served in place of www/pkg's for
// those tests only.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, useSuite } from "./harness.mjs";

const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
].join("; ");

const suite = useSuite({ csp: CSP });

const PAGE = "/element-test.html";
const TRAP_PKG = path.join(REPO_ROOT, "target/trap-pkg");
const MINIMAL = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests/fixtures/valid-minimal.json"), "utf8"));
/** Panics while it is mounted (in parsing and validation, as it were). */
const TRAPPING = JSON.stringify({ ...MINIMAL, id: "forced-trap" });
/** Panics in its first render, which Yew runs after mount() has returned. */
const RENDER_TRAPPING = JSON.stringify({ ...MINIMAL, id: "forced-render-trap" });
/** Panics when the reader toggles a section, long after its first render. */
const CLICK_TRAPPING = JSON.stringify({ ...MINIMAL, id: "forced-click-trap" });
/**
 * The problem a trap is reported as: the trap itself (a panic aborts at
 * once, so no panic message is left to tell).
 */
const TRAP_MESSAGE = /^interactive-article: internal error: RuntimeError: unreachable$/;
/** What the containment logs, and a stopped module asked to mount again. */
const TRAP_LOGS = [
  TRAP_MESSAGE,
  /^interactive-article: an internal error stopped this module; import it again to mount$/,
];
/** A trap in a render is thrown from Yew's microtask, uncaught. */
const UNCAUGHT_TRAP = /^uncaught page error: RuntimeError: unreachable/;
const BOX_TEXT = "The article could not be shown: the widget stopped on an internal error.";

/**
 * Removes the recorded problems that a test provokes on purpose, failing if
 * one of them did not happen. Anything else recorded still fails the test.
 */
function expectProblems(problems, patterns) {
  for (const pattern of patterns) {
    const index = problems.findIndex((problem) => pattern.test(problem));
    assert.notEqual(index, -1, `expected a recorded problem matching ${pattern}; recorded:\n  ${problems.join("\n  ")}`);
    problems.splice(index, 1);
  }
}

/** Aborts the first request whose path ends with `file`; lets later ones through. */
async function failOnce(context, file) {
  let failed = false;
  await context.route(
    (url) => url.pathname.endsWith(`/${file}`),
    (route) => {
      if (failed) return route.continue();
      failed = true;
      return route.abort("connectionreset");
    },
  );
}

/**
 * Adds an eager <interactive-article> with `attributes` (and inline JSON
 * `json`, if given) and resolves with the first ia-ready or ia-error it
 * dispatches, or with `{ event: "none" }` after 10 s, so a widget that never
 * reports fails its assertion instead of hanging the suite.
 */
async function addElement(page, { attributes = {}, json = null } = {}) {
  return page.evaluate(
    ({ attributes, json }) => {
      const element = document.createElement("interactive-article");
      element.setAttribute("loading", "eager");
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (json !== null) {
        const script = element.appendChild(document.createElement("script"));
        script.type = "application/json";
        script.textContent = json;
      }
      const outcome = new Promise((resolve) => {
        setTimeout(() => resolve({ event: "none" }), 10_000);
        element.addEventListener("ia-ready", () => resolve({ event: "ia-ready" }), { once: true });
        element.addEventListener("ia-error", (event) => resolve({ event: "ia-error", detail: event.detail }), {
          once: true,
        });
      });
      document.getElementById("stage").append(element);
      return outcome;
    },
    { attributes, json },
  );
}

/** What the `index`th element shows, and whether its section toggle works. */
async function elementState(page, index) {
  return page.evaluate(async (i) => {
    const element = document.querySelectorAll("interactive-article")[i];
    const shadow = element.shadowRoot;
    const toggle = shadow.querySelector("button.ia-section__toggle");
    const before = toggle?.getAttribute("aria-expanded");
    toggle?.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      mounted: element.handle?.mounted === true,
      title: shadow.querySelector("h1")?.textContent ?? null,
      error: shadow.querySelector(".ia-error")?.textContent ?? null,
      sheets: shadow.adoptedStyleSheets.length,
      toggled: toggle ? before !== toggle.getAttribute("aria-expanded") : false,
    };
  }, index);
}

for (const file of ["interactive_article.js", "interactive_article_bg.wasm", "shadow.css"]) {
  test(`a failed download of ${file} costs one element; the next one downloads it again`, async (t) => {
    await suite.withPage(
      t,
      PAGE,
      async (page, { context, problems }) => {
        await failOnce(context, file);
        const first = await addElement(page, { attributes: { src: "fixtures/valid-minimal.json" } });
        assert.equal(first.event, "ia-error", "the first element reports the failure");
        const failed = await elementState(page, 0);
        assert.match(failed.error ?? "", /^The article could not be loaded\./);
        assert.equal(failed.mounted, false);

        const second = await addElement(page, { attributes: { src: "fixtures/valid-minimal.json" } });
        assert.equal(second.event, "ia-ready", "the next element loads");
        assert.deepEqual(await elementState(page, 1), {
          mounted: true,
          title: MINIMAL.title,
          error: null,
          sheets: 2,
          toggled: true,
        });
        // The aborted request, once on the network and once on the console.
        const url = `/pkg/${file}`.replaceAll(".", "\\.");
        expectProblems(problems, [
          new RegExp(`^request failed: GET .*${url}: net::ERR_CONNECTION_RESET$`),
          new RegExp(`^console error: Failed to load resource: net::ERR_CONNECTION_RESET \\(.*${url}:0\\)$`),
        ]);
      },
      { expectStatus: null },
    );
  });
}

/** Serves the test build's glue and wasm in place of www/pkg's, whatever the query. */
async function serveTrapBuild(context) {
  assert.ok(
    existsSync(path.join(TRAP_PKG, "interactive_article_bg.wasm")),
    "target/trap-pkg is not built: `make test` builds it (wasm-pack build … --out-dir target/trap-pkg -- --features test-trap)",
  );
  for (const file of ["interactive_article.js", "interactive_article_bg.wasm"]) {
    await context.route(
      (url) => url.pathname.endsWith(`/pkg/${file}`),
      (route) => route.fulfill({ path: path.join(TRAP_PKG, file) }),
    );
  }
}

test("a trap in one element shows its error box and ia-error; the next element gets a fresh module", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context, requests }) => {
      await serveTrapBuild(context);
      const trapped = await addElement(page, { json: TRAPPING });
      assert.equal(trapped.event, "ia-error");
      assert.equal(trapped.detail.problems.length, 1);
      assert.match(trapped.detail.problems[0].message, TRAP_MESSAGE);
      const failed = await elementState(page, 0);
      assert.equal(failed.error, BOX_TEXT);
      assert.equal(failed.mounted, false);

      const next = await addElement(page, { attributes: { src: "fixtures/valid-minimal.json" } });
      assert.equal(next.event, "ia-ready");
      const state = await elementState(page, 1);
      assert.deepEqual(state, { mounted: true, title: MINIMAL.title, error: null, sheets: 2, toggled: true });
      const glue = requests.filter((url) => new URL(url).pathname === "/pkg/interactive_article.js").map((url) => new URL(url).search);
      assert.deepEqual(glue, ["", "?1"], "the glue was imported again under a new URL");
    },
    { expectStatus: null, allowConsoleErrors: TRAP_LOGS },
  );
});

test("mount(): a trap shows the error box in its element and dispatches ia-error; a fresh import mounts again", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context }) => {
      await serveTrapBuild(context);
      const result = await page.evaluate(async (trapping) => {
        const stage = document.getElementById("stage");
        const first = stage.appendChild(document.createElement("div"));
        const errors = [];
        first.addEventListener("ia-error", (event) => errors.push(event.detail));
        const widget = await import("./pkg/interactive_article.js");
        await widget.default();
        let thrown = null;
        try {
          widget.mount(first, trapping);
        } catch (error) {
          thrown = `${error.constructor.name}: ${error.message}`;
        }
        // The module is not to be trusted after a trap: import it afresh.
        const fresh = await import("./pkg/interactive_article.js?fresh");
        await fresh.default();
        const second = stage.appendChild(document.createElement("div"));
        // (At most 10 s, so a widget that never reports fails the assertions.)
        const ready = new Promise((resolve) => {
          setTimeout(resolve, 10_000);
          second.addEventListener("ia-ready", resolve, { once: true });
        });
        const handle = fresh.mount(second);
        await ready;
        return {
          thrown,
          box: first.querySelector('.ia-error[role="alert"]')?.textContent ?? null,
          errors: errors.map((detail) => detail.problems.map((p) => p.path)),
          mounted: handle.mounted,
          sections: second.querySelectorAll("section.ia-section").length,
        };
      }, TRAPPING);
      assert.equal(result.thrown, "RuntimeError: unreachable");
      assert.equal(result.box, BOX_TEXT);
      assert.deepEqual(result.errors, [[""]]);
      assert.equal(result.mounted, true);
      assert.equal(result.sections, 4, "the default article, from the fresh module");
    },
    { expectStatus: null, allowConsoleErrors: TRAP_LOGS },
  );
});

test("a trap in an element's first render shows its error box and ia-error; the next element gets a fresh module", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context, problems, requests }) => {
      await serveTrapBuild(context);
      const trapped = await addElement(page, { json: RENDER_TRAPPING });
      assert.equal(trapped.event, "ia-error");
      assert.match(trapped.detail.problems[0].message, TRAP_MESSAGE);
      const failed = await elementState(page, 0);
      assert.equal(failed.error, BOX_TEXT);
      assert.equal(failed.mounted, false, "the handle no longer says mounted");

      // The stopped module refuses the next mount; the element starts over
      // with a fresh one at once.
      const next = await addElement(page, { attributes: { src: "fixtures/valid-minimal.json" } });
      assert.equal(next.event, "ia-ready");
      assert.deepEqual(await elementState(page, 1), { mounted: true, title: MINIMAL.title, error: null, sheets: 2, toggled: true });
      const glue = requests.filter((url) => new URL(url).pathname === "/pkg/interactive_article.js").map((url) => new URL(url).search);
      assert.deepEqual(glue, ["", "?1"]);

      // Removing the trapped element, whose handle belongs to the stopped
      // module, throws nothing and leaves the other element working.
      const removed = await page.evaluate(async () => {
        const trapped = document.querySelector("interactive-article");
        const handle = trapped.handle;
        trapped.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        return { handle: trapped.handle, mounted: handle?.mounted ?? null };
      });
      assert.deepEqual(removed, { handle: null, mounted: false });
      assert.equal((await elementState(page, 0)).toggled, true, "the other element still works");
      expectProblems(problems, [UNCAUGHT_TRAP]);
    },
    { expectStatus: null, allowConsoleErrors: TRAP_LOGS },
  );
});

test("mount(): a trap in the first render shows the error box and ia-error; the stopped module refuses the next mount", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context, problems }) => {
      await serveTrapBuild(context);
      const result = await page.evaluate(async (trapping) => {
        const stage = document.getElementById("stage");
        const first = stage.appendChild(document.createElement("div"));
        const failed = new Promise((resolve) => {
          setTimeout(() => resolve({ problems: [{ path: "(no ia-error within 10 s)" }] }), 10_000);
          first.addEventListener("ia-error", (e) => resolve(e.detail), { once: true });
        });
        const widget = await import("./pkg/interactive_article.js");
        await widget.default();
        const handle = widget.mount(first, trapping);
        const detail = await failed;
        const box = first.querySelector('.ia-error[role="alert"]')?.textContent ?? null;
        const second = stage.appendChild(document.createElement("div"));
        let refused = null;
        try {
          widget.mount(second);
        } catch (error) {
          refused = `${error.constructor.name}: ${error.message}`;
        }
        const untouched = second.childNodes.length === 0;
        const fresh = await import("./pkg/interactive_article.js?fresh");
        await fresh.default();
        // (At most 10 s, so a widget that never reports fails the assertions.)
        const ready = new Promise((resolve) => {
          setTimeout(resolve, 10_000);
          second.addEventListener("ia-ready", resolve, { once: true });
        });
        fresh.mount(second);
        await ready;
        // The trapped element takes a widget from the fresh module too.
        let remount;
        try {
          remount = fresh.mount(first).mounted;
        } catch (error) {
          remount = error.message;
        }
        return {
          remount,
          returned: typeof handle,
          handleMounted: handle.mounted,
          paths: detail.problems.map((p) => p.path),
          box,
          refused,
          untouched,
          sections: second.querySelectorAll("section.ia-section").length,
        };
      }, RENDER_TRAPPING);
      assert.deepEqual(result, {
        remount: true,
        returned: "object",
        handleMounted: false,
        paths: [""],
        box: BOX_TEXT,
        refused: "RuntimeError: unreachable",
        untouched: true,
        sections: 4,
      });
      expectProblems(problems, [UNCAUGHT_TRAP]);
    },
    { expectStatus: null, allowConsoleErrors: TRAP_LOGS },
  );
});

test("a trap in a click handler shows that element's error box and ia-error; another element stays; the next gets a fresh module", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context, problems, requests }) => {
      await serveTrapBuild(context);
      const other = await addElement(page, { attributes: { src: "fixtures/valid-minimal.json" } });
      const trapping = await addElement(page, { json: CLICK_TRAPPING });
      assert.deepEqual([other.event, trapping.event], ["ia-ready", "ia-ready"], "both render");
      const failed = await page.evaluate(async () => {
        const element = document.querySelectorAll("interactive-article")[1];
        const reported = new Promise((resolve) => {
          setTimeout(() => resolve(null), 10_000);
          element.addEventListener("ia-error", (event) => resolve(event.detail), { once: true });
        });
        element.shadowRoot.querySelector("button.ia-section__toggle").click();
        const detail = await reported;
        return {
          messages: detail?.problems.map((problem) => `${problem.path}|${problem.message}`) ?? null,
          error: element.shadowRoot.querySelector(".ia-error")?.textContent ?? null,
          mounted: element.handle?.mounted ?? null,
        };
      });
      assert.equal(failed.messages?.length, 1, `one problem: ${failed.messages}`);
      assert.match(failed.messages[0], /^\|/, "with no path");
      assert.match(failed.messages[0].slice(1), TRAP_MESSAGE);
      assert.deepEqual({ error: failed.error, mounted: failed.mounted }, { error: BOX_TEXT, mounted: false });
      // The element mounted before, from the same module, still shows its
      // article (its controls went with the module).
      const untouched = await page.evaluate(() => {
        const shadow = document.querySelectorAll("interactive-article")[0].shadowRoot;
        return { title: shadow.querySelector("h1")?.textContent ?? null, error: shadow.querySelector(".ia-error")?.textContent ?? null };
      });
      assert.deepEqual(untouched, { title: MINIMAL.title, error: null });

      const next = await addElement(page, { attributes: { src: "fixtures/valid-minimal.json" } });
      assert.equal(next.event, "ia-ready");
      assert.deepEqual(await elementState(page, 2), { mounted: true, title: MINIMAL.title, error: null, sheets: 2, toggled: true });
      const glue = requests.filter((url) => new URL(url).pathname === "/pkg/interactive_article.js").map((url) => new URL(url).search);
      assert.deepEqual(glue, ["", "?1"], "the glue was imported again under a new URL");
      expectProblems(problems, [UNCAUGHT_TRAP]);
    },
    { expectStatus: null, allowConsoleErrors: TRAP_LOGS },
  );
});

test("the shipped build has no test hook; the test build has", () => {
  const shipped = readFileSync(path.join(REPO_ROOT, "www/pkg/interactive_article_bg.wasm"));
  assert.ok(existsSync(path.join(TRAP_PKG, "interactive_article_bg.wasm")), "target/trap-pkg is not built");
  const testBuild = readFileSync(path.join(TRAP_PKG, "interactive_article_bg.wasm"));
  for (const marker of ["forced-trap", "forced-render-trap", "forced-click-trap"]) {
    assert.equal(shipped.includes(Buffer.from(marker)), false, `www/pkg's wasm contains the ${marker} hook`);
    assert.equal(testBuild.includes(Buffer.from(marker)), true, `the test build has the ${marker} hook`);
  }
});
