// The article editor (www/editor.html) as an editor uses it, under its
// strict Content-Security-Policy (www/_headers): the example renders, a
// problem shows its line and moving to it puts the cursor there, a claim is
// marked from a selection without typing any syntax, the draft survives a
// reload, the HTML export is the server renderer's bytes, the .md and JSON
// downloads are the CLI's export and import of the same text, words
// selected in the preview are marked in the text, and axe finds nothing.
// Any console error or CSP violation fails the page.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { REPO_ROOT, assertAccessible, useSuite } from "./harness.mjs";

const suite = useSuite();
const PAGE = "/editor.html";
const options = { expectStatus: null };

async function ready(page) {
  await page.locator("#preview article.ia-article").waitFor({ timeout: 20_000 });
}

/** Replaces the text as typing would (an input event), then waits out the debounce. */
async function setText(page, text) {
  await page.locator("#source").fill(text);
  await page.waitForFunction((t) => window.editor?.current && document.getElementById("source").value === t, text);
  await page.waitForTimeout(600);
}

test("the example renders in the preview with no problems, and axe finds nothing", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
      assert.match(csp ?? "", /script-src 'self' 'wasm-unsafe-eval'/);
      await ready(page);
      assert.match(await page.locator("#status").textContent(), /No problems/);
      assert.equal(await page.locator("#problems li").count(), 0);
      await assertAccessible(page, "editor with the example", "main");
    },
    options,
  );
});

test("a problem names its line, and moving to it puts the cursor there", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await ready(page);
      const text = await page.locator("#source").inputValue();
      const broken = text.replace('sources="deepseek-r1-paper deepseek-r1-repository"', 'sources="no-such-source"');
      assert.notEqual(broken, text);
      await setText(page, broken);
      const line = broken.slice(0, broken.indexOf("no-such-source")).split("\n").length;
      const problem = page.locator("#problems button").first();
      await problem.waitFor();
      const label = await problem.textContent();
      assert.match(label, new RegExp(`^${line}:\\d+: .*no-such-source`), label);
      await problem.focus();
      await page.keyboard.press("Enter");
      const cursor = await page.evaluate(() => {
        const source = document.getElementById("source");
        return { focused: document.activeElement === source, at: source.selectionStart };
      });
      assert.ok(cursor.focused, "the text has focus");
      assert.equal(await page.locator("#preview article.ia-article").count(), 1, "the last valid preview stays");
      assert.equal(broken.slice(0, cursor.at).split("\n").length, line, "the cursor is on the problem's line");
    },
    options,
  );
});

test("a claim is marked from a selection and a form, and the draft survives a reload", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { reload }) => {
      await ready(page);
      const text = await page.locator("#source").inputValue();
      const words = "The technology demonstrated capabilities";
      const start = text.indexOf(words);
      assert.ok(start > 0);
      await page.evaluate(([s, e]) => document.getElementById("source").setSelectionRange(s, e), [start, start + words.length]);
      await page.getByRole("button", { name: "Mark claim" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await dialog.getByLabel("Status").selectOption("disputed");
      await dialog.locator("#claim-sources input").first().check();
      await dialog.getByLabel("Explanation").fill("Which experts, and what they expected, is not said.");
      await dialog.getByRole("button", { name: "Mark", exact: true }).click();
      // The dialog's close event, which writes the mark, comes a task later.
      await page.waitForFunction(() => document.getElementById("source").value.includes("status=disputed"));
      const marked = await page.locator("#source").inputValue();
      assert.match(marked, /\[The technology demonstrated capabilities\]\{#[^}]*status=disputed[^}]*\}/);
      await page.waitForTimeout(600);
      assert.match(await page.locator("#status").textContent(), /No problems/);
      const claim = page.locator("#preview .ia-claim__words", { hasText: words });
      assert.equal(await claim.count(), 1, "the preview shows the new claim");
      await reload();
      await ready(page);
      assert.equal(await page.locator("#source").inputValue(), marked, "the draft came back");
    },
    options,
  );
});

test("the HTML export is what the server renderer prints for the article", async (t) => {
  const { render } = await import(path.join(REPO_ROOT, "dist/server/node.mjs"));
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await ready(page);
      const json = await page.evaluate(() => window.editor.current.json);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download HTML" }).click()]);
      const html = readFileSync(await download.path(), "utf8");
      assert.ok(html === render(json, {}), "the export differs from render()");
      assert.equal(json, readFileSync(path.join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8"));
    },
    options,
  );
});

test("words selected in the preview are marked in the text, through the same form", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await ready(page);
      const words = "The technology demonstrated capabilities";
      // A reader's selection of the words in the widget's text.
      await page.evaluate((w) => {
        const preview = document.getElementById("preview");
        const walker = document.createTreeWalker(preview, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(w);
          if (at >= 0) {
            getSelection().setBaseAndExtent(node, at, node, at + w.length);
            return;
          }
        }
        throw new Error("the words are not in the preview");
      }, words);
      await page.getByRole("button", { name: "Mark claim" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      assert.equal(await dialog.locator("#claim-words").textContent(), words);
      await assertAccessible(page, "editor's claim form", "#claim-dialog");
      // The statuses are the format's, with the widget's labels.
      assert.deepEqual(await dialog.locator("#claim-status option").evaluateAll((o) => o.map((x) => x.value)), ["supported", "partly-supported", "unverified", "disputed", "opinion"]);
      await dialog.getByLabel("Status").selectOption("opinion");
      await dialog.getByLabel("Explanation").fill("A judgement of what was shown, not a checked fact.");
      await dialog.getByRole("button", { name: "Mark", exact: true }).click();
      // The example has opinions already: wait for this claim's own mark.
      await page.waitForFunction((w) => document.getElementById("source").value.includes(`[${w}]{`), words);
      const marked = await page.locator("#source").inputValue();
      assert.match(marked, /\[The technology demonstrated capabilities\]\{#[^}]*status=opinion[^}]*\}/);
      await page.waitForTimeout(600);
      assert.match(await page.locator("#status").textContent(), /No problems/, await page.locator("#problems").textContent());
      assert.equal(await page.locator("#preview .ia-claim__words", { hasText: words }).count(), 1, "the preview shows the new claim");
    },
    options,
  );
});

test("the .md and JSON downloads are the CLI's export and import of the same text", async (t) => {
  const cli = path.join(REPO_ROOT, "target/debug/interactive-article");
  const dir = mkdtempSync(path.join(tmpdir(), "ia-editor-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await ready(page);
      // An edit, so the downloads are of the text typed, not of a file on disk.
      const text = (await page.locator("#source").inputValue()).replace("The technology demonstrated capabilities", "The technology clearly demonstrated capabilities");
      await setText(page, text);
      const save = async (name) => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name }).click()]);
        const file = path.join(dir, download.suggestedFilename());
        await download.saveAs(file);
        return file;
      };
      const md = await save("Download .md");
      const json = await save("Download JSON");
      assert.equal(path.basename(md), "china-open-source-ai.md");
      assert.equal(path.basename(json), "china-open-source-ai.json");
      assert.equal(readFileSync(md, "utf8"), text, "the .md is the text");
      assert.ok(readFileSync(json, "utf8") === execFileSync(cli, ["import", md], { encoding: "utf8" }), "the JSON is `import` of the .md");
      assert.ok(readFileSync(md, "utf8") === execFileSync(cli, ["export", "--markdown", json], { encoding: "utf8" }), "the .md is `export --markdown` of the JSON");
    },
    options,
  );
});

test("by keyboard alone: words selected with Shift, the form opened with Enter, Escape leaves the text as it was and focus in it", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await ready(page);
      const before = await page.locator("#source").inputValue();
      await page.locator("#source").focus();
      await page.keyboard.press("Control+Home");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Shift+End");
      // Back through the tools before the text to "Mark claim".
      for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === "mark-claim")); i++) {
        await page.keyboard.press("Shift+Tab");
      }
      assert.equal(await page.evaluate(() => document.activeElement?.id), "mark-claim");
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      assert.ok(await page.evaluate(() => document.getElementById("claim-dialog").contains(document.activeElement)), "focus is in the form");
      assert.equal(await dialog.locator("#claim-words").textContent(), before.split("\n")[1]);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      assert.equal(await page.evaluate(() => document.activeElement?.id), "source", "focus is back in the text");
      assert.equal(await page.locator("#source").inputValue(), before, "nothing was marked");
    },
    options,
  );
});
