// Printing: every section prints, collapsed on screen or not; the toolbar and
// the other controls do not; the AI label does. Checked in the print media
// (page.emulateMedia) and in a real PDF (page.pdf(), Chromium's print to
// PDF) read back with pdftotext (Debian's poppler-utils), in mount mode
// (www/index.html) and in the custom element (www/element-test.html).
//
// The sections are collapsed on screen first (with "Hide all sections"), so
// a print that follows the screen would lose their paragraphs.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT, useSuite } from "./harness.mjs";

const suite = useSuite();

const ARTICLE = JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8"));
const AI_LABEL = "AI-generated content — verify with the original source";
/** Controls that have no use on paper. */
const CONTROL_TEXTS = ["Show all sections", "Hide all sections", "About this article", "Dismiss"];

/** Whitespace folded, for phrases (the label, the controls). */
const fold = (text) => text.replace(/\s+/g, " ").trim();
/**
 * Letters only, for paragraphs: the PDF wraps lines, pdftotext joins a word
 * broken at its hyphen ("open-" + "source"), and the claim marks add their
 * status icons and, in print, their footnote numbers after the claim's
 * words; the words and their order must all be there.
 */
const words = (text) => text.replace(/[^\p{L}]+/gu, "");

/** The text of `page` printed to PDF, through pdftotext. */
async function printedText(t, page) {
  const dir = mkdtempSync(path.join(tmpdir(), "print-test-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const pdf = path.join(dir, "page.pdf");
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  if (process.env.PRINT_TEST_KEEP) writeFileSync(`${process.env.PRINT_TEST_KEEP}-${t.name.replace(/\W+/g, "-")}.pdf`, readFileSync(pdf));
  let text;
  try {
    text = execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8" });
  } catch (error) {
    if (error.code === "ENOENT") assert.fail("pdftotext not found: apt-get install poppler-utils (bash scripts/setup.sh test)");
    throw error;
  }
  return fold(text);
}

/**
 * What the print media shows in `root` (a document or a shadow root, found
 * by `rootExpression`): each section's paragraphs visible or not, and which
 * controls are rendered.
 */
async function printMediaState(page, rootExpression) {
  return page.evaluate((expression) => {
    // eslint-disable-next-line no-new-func
    const root = Function(`return ${expression}`)();
    const visible = (el) => Boolean(el?.checkVisibility());
    return {
      sections: [...root.querySelectorAll("section.ia-section")].map((section) =>
        [...section.querySelectorAll(".ia-section__panel p")].every(visible),
      ),
      toolbar: visible(root.querySelector(".ia-toolbar")),
      bannerActions: visible(root.querySelector(".ia-banner__actions")),
      label: [...root.querySelectorAll(".ia-banner *")].some((el) => visible(el) && el.textContent.includes("AI-generated")),
    };
  }, rootExpression);
}

/** Asserts the printed text holds every paragraph and the label, and no control. */
function assertPrinted(text) {
  const printed = words(text);
  for (const [index, section] of ARTICLE.sections.entries()) {
    assert.ok(printed.includes(words(section.heading)), `section ${index} heading is printed`);
    for (const paragraph of section.paragraphs) {
      assert.ok(printed.includes(words(paragraph)), `section ${index} paragraph is printed: "${paragraph.slice(0, 60)}…"`);
    }
  }
  for (const paragraph of ARTICLE.intro ?? []) assert.ok(printed.includes(words(paragraph)), "the intro is printed");
  assert.ok(text.includes(AI_LABEL), "the AI label is printed");
  for (const control of CONTROL_TEXTS) assert.ok(!text.includes(control), `"${control}" is not printed`);
}

/**
 * The print media shows every section and the label and no control in the
 * widget under `rootExpression`, and a real PDF of the page holds them all.
 */
async function assertPrintsWholeArticle(t, page, rootExpression) {
  await page.emulateMedia({ media: "print" });
  assert.deepEqual(await printMediaState(page, rootExpression), {
    sections: ARTICLE.sections.map(() => true),
    toolbar: false,
    bannerActions: false,
    label: true,
  });
  // page.pdf() prints with the print media, unless screen is emulated.
  await page.emulateMedia({ media: null });
  assertPrinted(await printedText(t, page));
}

test("mount(): printing shows every section and the AI label, and no toolbar or controls", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    await page.locator("#article-embed button.ia-toolbar__toggle").click();
    const collapsed = await page.locator("#article-embed section.ia-section .ia-section__panel p").first().isVisible();
    assert.equal(collapsed, false, "the sections are collapsed on screen");

    await assertPrintsWholeArticle(t, page, 'document.getElementById("article-embed")');
  });
});

test("custom element: printing shows every section and the AI label, and no toolbar or controls", async (t) => {
  await suite.withPage(
    t,
    "/element-test.html",
    async (page) => {
      await page.evaluate(() => {
        document.getElementById("stage").innerHTML =
          '<interactive-article src="articles/china-open-source-ai.json" loading="eager"></interactive-article>';
      });
      await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true);
      await page.locator("interactive-article button.ia-toolbar__toggle").click();
      assert.equal(await page.locator("interactive-article .ia-section__panel p").first().isVisible(), false);

      await assertPrintsWholeArticle(t, page, 'document.querySelector("interactive-article").shadowRoot');
    },
    { expectStatus: null },
  );
});

test("the printed label carries its details: what the AI did, the review and who is responsible", async (t) => {
  const reviewed = JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/eu-ai-act-labels.json"), "utf8"));
  const { reviewer, scope } = reviewed.provenance.review;
  await suite.withPage(
    t,
    "/reviewed.html",
    async (page) => {
      await page.waitForFunction(() => document.querySelector("interactive-article")?.handle?.mounted === true);
      const details = page.locator("interactive-article .ia-banner__details");
      assert.equal(await details.isVisible(), false, "on screen the details wait for About this article");
      await page.emulateMedia({ media: "print" });
      assert.equal(await details.isVisible(), true, "in print the details show");
      await page.emulateMedia({ media: null });
      const text = fold(await printedText(t, page));
      for (const part of [
        `AI-generated, reviewed on 28 July 2026 by ${reviewer}`,
        "An AI model generated this text.",
        `Reviewed on 28 July 2026 by ${reviewer}.`,
        `What was checked: ${fold(scope)}`,
        `Editorial responsibility: ${reviewed.provenance.responsible}`,
      ]) {
        assert.ok(text.includes(part), `printed: "${part}"`);
      }
    },
    { expectStatus: null },
  );
});
