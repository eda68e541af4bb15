// The files the widget fetches beside the glue instead of carrying them in
// the wasm: the widget's text in each language but English
// (strings/<tag>.txt), and the default article (articles/…). A widget that
// needs one renders once it has arrived; a page fetches each one it needs
// once, and none it does not need. A language that does not arrive leaves
// the widget in English, with a warning; a default article that does not
// arrive is an error box and ia-error.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, useSuite } from "./harness.mjs";
import { loadWidget } from "./cycles.mjs";

const suite = useSuite();

const PAGE = "/element-test.html";
const GERMAN = readFileSync(path.join(REPO_ROOT, "tests/fixtures/sources-quote-de.json"), "utf8");
const ENGLISH = readFileSync(path.join(REPO_ROOT, "tests/fixtures/valid-minimal.json"), "utf8");

/**
 * Adds an eager <interactive-article> for each of `articles` (inline JSON,
 * with the attributes given) and resolves, once every one has rendered (or
 * after 10 s), with what each one's "Show all" button and banner say.
 */
async function addElements(page, articles) {
  return page.evaluate(async (articles) => {
    const added = articles.map(({ json, attributes = {} }) => {
      const element = document.createElement("interactive-article");
      element.setAttribute("hydrate", "eager");
      // Every section collapsed, so the toolbar says "Show all sections".
      element.setAttribute("sections", "collapsed");
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const script = element.appendChild(document.createElement("script"));
      script.type = "application/json";
      script.textContent = json;
      const ready = new Promise((resolve) => {
        element.addEventListener("ia-ready", () => resolve(true), { once: true });
        setTimeout(() => resolve(false), 10_000);
      });
      document.getElementById("stage").append(element);
      return { element, ready };
    });
    const shown = [];
    for (const { element, ready } of added) {
      const rendered = await ready;
      const shadow = element.shadowRoot;
      shown.push({
        rendered,
        showAll: shadow.querySelector("button.ia-toolbar__toggle")?.textContent ?? null,
        uiLang: shadow.querySelector(".ia-toolbar")?.closest("[lang]")?.getAttribute("lang") ?? null,
      });
    }
    return shown;
  }, articles);
}

/** The language files the page requested, by path. */
const languageFiles = (requests) =>
  requests.map((url) => new URL(url).pathname).filter((pathname) => pathname.startsWith("/pkg/strings/"));

test("an English page fetches no language file; German widgets fetch German's once", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { requests }) => {
      const [english] = await addElements(page, [{ json: ENGLISH }]);
      assert.deepEqual(english, { rendered: true, showAll: "Show all sections", uiLang: "en" });
      assert.deepEqual(languageFiles(requests), [], "English is in the wasm");

      const german = await addElements(page, [{ json: GERMAN }, { json: GERMAN }, { json: ENGLISH, attributes: { lang: "de-AT" } }]);
      for (const shown of german) assert.deepEqual(shown, { rendered: true, showAll: "Alle Abschnitte einblenden", uiLang: "de" });
      assert.deepEqual(languageFiles(requests), ["/pkg/strings/de.txt"], "one request for three German widgets");
    },
    { expectStatus: null },
  );
});

test("a language file that does not arrive leaves the widget in English, and says why", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context, problems }) => {
      await context.route(
        (url) => url.pathname === "/pkg/strings/de.txt",
        (route) => route.abort("connectionreset"),
      );
      const warnings = [];
      page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
      const [shown] = await addElements(page, [{ json: GERMAN }]);
      assert.deepEqual(shown, { rendered: true, showAll: "Show all sections", uiLang: "en" });
      assert.equal(warnings.length, 1, warnings.join("\n"));
      assert.match(warnings[0], /^interactive-article: the widget's text in "de" could not be loaded, so it is in English: .*\/pkg\/strings\/de\.txt: Failed to fetch$/);
      // The failed request, once on the network and once on the console.
      const url = "/pkg/strings/de\\.txt";
      for (const pattern of [
        new RegExp(`^request failed: GET .*${url}: net::ERR_CONNECTION_RESET$`),
        new RegExp(`^console error: Failed to load resource: net::ERR_CONNECTION_RESET \\(.*${url}:0\\)$`),
      ]) {
        const index = problems.findIndex((problem) => pattern.test(problem));
        assert.notEqual(index, -1, `expected a recorded problem matching ${pattern}; recorded:\n  ${problems.join("\n  ")}`);
        problems.splice(index, 1);
      }
    },
    { expectStatus: null },
  );
});

/** The default article's requests, by path. */
const defaultArticle = (requests) =>
  requests.map((url) => new URL(url).pathname).filter((pathname) => pathname === "/pkg/articles/china-open-source-ai.json");

/**
 * mount()s the default article (no article given) into `count` new
 * elements at once, and resolves, once each has rendered or reported (or
 * after 10 s), with what each one shows and whether its handle said mounted
 * before that.
 */
async function mountDefault(page, count) {
  await loadWidget(page);
  return page.evaluate(async (count) => {
    const mounts = Array.from({ length: count }, () => {
      const element = document.getElementById("stage").appendChild(document.createElement("div"));
      const outcome = new Promise((resolve) => {
        element.addEventListener("ia-ready", () => resolve("ia-ready"), { once: true });
        element.addEventListener("ia-error", (event) => resolve(event.detail.problems.map((p) => p.message)), { once: true });
        setTimeout(() => resolve("nothing within 10 s"), 10_000);
      });
      const handle = window.widget.mount(element);
      return { element, handle, mountedAtOnce: handle.mounted, outcome };
    });
    const shown = [];
    for (const { element, handle, mountedAtOnce, outcome } of mounts) {
      shown.push({
        outcome: await outcome,
        mountedAtOnce,
        mounted: handle.mounted,
        title: element.querySelector("h1.ia-title")?.textContent ?? null,
        error: element.querySelector(".ia-error__message")?.textContent ?? null,
      });
    }
    return shown;
  }, count);
}

test("mount() without an article fetches the default one beside the glue, once", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { requests }) => {
      const title = JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8")).title;
      const rendered = { outcome: "ia-ready", mounted: true, title, error: null };
      for (const shown of await mountDefault(page, 2)) assert.deepEqual(shown, { ...rendered, mountedAtOnce: false });
      // The module keeps it: a later mount renders at once.
      assert.deepEqual(await mountDefault(page, 1), [{ ...rendered, mountedAtOnce: true }]);
      assert.deepEqual(defaultArticle(requests), ["/pkg/articles/china-open-source-ai.json"]);
    },
    { expectStatus: null },
  );
});

test("a default article that does not arrive: the element says why and ia-error too", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { context, problems }) => {
      await context.route(
        (url) => url.pathname === "/pkg/articles/china-open-source-ai.json",
        (route) => route.abort("connectionreset"),
      );
      const [shown] = await mountDefault(page, 1);
      const message = /^the default article could not be loaded: .*\/pkg\/articles\/china-open-source-ai\.json: Failed to fetch$/;
      assert.equal(shown.outcome.length, 1, `ia-error with one problem: ${shown.outcome}`);
      assert.match(shown.outcome[0], message);
      assert.equal(shown.error, shown.outcome[0], "the error box says the same");
      assert.deepEqual({ mountedAtOnce: shown.mountedAtOnce, mounted: shown.mounted, title: shown.title }, { mountedAtOnce: false, mounted: false, title: null });
      const url = "/pkg/articles/china-open-source-ai\\.json";
      for (const pattern of [
        new RegExp(`^request failed: GET .*${url}: net::ERR_CONNECTION_RESET$`),
        new RegExp(`^console error: Failed to load resource: net::ERR_CONNECTION_RESET \\(.*${url}:0\\)$`),
      ]) {
        const index = problems.findIndex((problem) => pattern.test(problem));
        assert.notEqual(index, -1, `expected a recorded problem matching ${pattern}; recorded:\n  ${problems.join("\n  ")}`);
        problems.splice(index, 1);
      }
    },
    { expectStatus: null, allowConsoleErrors: [/^interactive-article: the article could not be shown:/] },
  );
});
