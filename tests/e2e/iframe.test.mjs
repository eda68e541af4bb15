// Iframe mode (www/embed.html + www/embed.js) opened as the iframe's own
// page: its query parameters reach the widget, a malformed `src` is shown in
// the frame rather than thrown, and the page as `make bundle` ships it
// (dist/embed/, where the sed rewrite points embed.html at the loader beside
// it; `make test` builds it) renders the widget from that folder alone.
// The height messages to the parent are tested in embed-loader.test.mjs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  DEFAULT_TITLE,
  REPO_ROOT,
  assertNoProblems,
  launchBrowser,
  openPage,
  startServer,
  useSuite,
} from "./harness.mjs";

const suite = useSuite();
const NO_STATUS = { expectStatus: null };
const EDGE = "fixtures/edge-cases.json";

/** Waits for the widget in the frame page and reads what a reader sees of it. */
async function widget(page) {
  await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true, undefined, {
    timeout: 15_000,
  });
  return page.evaluate(() => {
    const shadow = document.querySelector("interactive-article").shadowRoot;
    return {
      pageLang: document.documentElement.lang,
      title: shadow.querySelector(".ia-article h1, .ia-article h2, .ia-article h3")?.textContent ?? null,
      titleTag: shadow.querySelector(".ia-article__title, header h1, header h2, header h3, header h4")?.tagName ?? null,
      sectionHeadings: [...shadow.querySelectorAll("section.ia-section")].map(
        (section) => section.querySelector("button.ia-section__toggle")?.parentElement?.tagName,
      ),
      expanded: [...shadow.querySelectorAll("section.ia-section button.ia-section__toggle")].map((b) =>
        b.getAttribute("aria-expanded"),
      ),
      showAll: shadow.querySelector("button.ia-toolbar__toggle")?.textContent ?? null,
    };
  });
}

test("embed.html without parameters shows the article as it is written", async (t) => {
  await suite.withPage(
    t,
    `/embed.html?src=${EDGE}`,
    async (page) => {
      const shown = await widget(page);
      const article = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests", EDGE), "utf8"));
      assert.deepEqual(
        shown.expanded,
        article.sections.map((s) => String(!s.collapsed)),
        "sections open as the article says",
      );
      assert.equal(shown.titleTag, "H1");
      assert.deepEqual(new Set(shown.sectionHeadings), new Set(["H2"]));
      assert.equal(shown.showAll, "Show all sections");
      assert.equal(shown.pageLang, "en");
    },
    NO_STATUS,
  );
});

test("embed.html?sections=open and ?sections=collapsed set every section", async (t) => {
  for (const [value, expected] of [
    ["open", "true"],
    ["collapsed", "false"],
  ]) {
    await suite.withPage(
      t,
      `/embed.html?src=${EDGE}&sections=${value}`,
      async (page) => {
        const shown = await widget(page);
        assert.ok(shown.expanded.length >= 3);
        assert.deepEqual(shown.expanded, shown.expanded.map(() => expected), `sections=${value}`);
      },
      NO_STATUS,
    );
  }
});

test("embed.html?lang=zh shows the widget's text in Chinese and sets the page's language", async (t) => {
  await suite.withPage(
    t,
    `/embed.html?src=${EDGE}&lang=zh`,
    async (page) => {
      const shown = await widget(page);
      assert.equal(shown.showAll, "展开全部章节");
      assert.equal(shown.pageLang, "zh");
    },
    NO_STATUS,
  );
});

test("embed.html?heading-level=3 makes the title an h3 and the sections h4", async (t) => {
  await suite.withPage(
    t,
    `/embed.html?src=${EDGE}&heading-level=3`,
    async (page) => {
      const shown = await widget(page);
      assert.equal(shown.titleTag, "H3");
      assert.deepEqual(new Set(shown.sectionHeadings), new Set(["H4"]));
    },
    NO_STATUS,
  );
});

test("embed.html with a malformed src says so in the frame instead of throwing", async (t) => {
  // `new URL("http://[", base)` throws; the page used to let it escape.
  await suite.withPage(
    t,
    "/embed.html?src=http://%5B",
    async (page) => {
      const alert = page.locator('[role="alert"]');
      await alert.waitFor();
      assert.equal(await alert.innerText(), "The article address is not a valid URL.");
      assert.equal(await page.locator("interactive-article").count(), 0);
    },
    NO_STATUS,
  );
});

test("the bundle's embed.html (dist/embed/, as make bundle writes it) renders from its own folder", async () => {
  const dist = path.join(REPO_ROOT, "dist/embed");
  assert.ok(existsSync(path.join(dist, "embed.html")), "dist/embed is not built: `make test` builds it (as `make bundle` does)");
  const html = readFileSync(path.join(dist, "embed.html"), "utf8");
  assert.ok(html.includes('src="./interactive-article.js"'), "embed.html loads the loader beside it");
  assert.ok(!html.includes("./pkg/"), "no reference to www's pkg/ folder is left");

  const server = await startServer({ root: "dist" });
  const browser = await launchBrowser();
  try {
    const { page, context, problems, requests } = await openPage(browser, server.origin, "/embed/embed.html?sections=open", NO_STATUS);
    try {
      const shown = await widget(page);
      assert.equal(shown.title, DEFAULT_TITLE);
      assert.deepEqual(shown.expanded, shown.expanded.map(() => "true"));
      const fetched = requests.map((url) => new URL(url).pathname);
      for (const file of ["interactive-article.js", "interactive_article.js", "interactive_article_bg.wasm", "interactive-article.css", "shadow.css", "embed.js", "embed.css"]) {
        assert.ok(fetched.includes(`/embed/${file}`), `${file} was loaded from dist/embed/ (${fetched.join(", ")})`);
      }
      assertNoProblems(problems, "dist/embed/embed.html");
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
});
