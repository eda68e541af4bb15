// The widget's text in the reader's language, fetched beside the glue: the
// wasm carries English only, and a widget in another language waits for
// that language's file (strings/<tag>.txt) before it renders. A page
// fetches only the languages its widgets speak, each once; a file that
// does not arrive leaves the widget in English, with a warning, and the
// article shown.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT, useSuite } from "./harness.mjs";

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
