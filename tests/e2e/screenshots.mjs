#!/usr/bin/env node
// Regenerates the screenshots in docs/ from the news page (www/index.html)
// with the default article. Not a test: run it after `make www` with
//
//   UPDATE_SCREENSHOTS=1 node tests/e2e/screenshots.mjs
//
// Writes:
//   docs/screenshot.png         1200 px wide, full page, light
//   docs/screenshot-mobile.png  390 × 844, a claim's callout open, light
//   docs/screenshot-dark.png    1200 px wide, full page, dark
//
// Without UPDATE_SCREENSHOTS=1 it writes nothing and says so. It fails, and
// writes nothing further, if the page logs an error or requests anything
// from another origin.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import {
  ARTICLE,
  REPO_ROOT,
  assertNoProblems,
  launchBrowser,
  openPage,
  startServer,
} from "./harness.mjs";

const DOCS = path.join(REPO_ROOT, "docs");

const SHOTS = [
  {
    file: "screenshot.png",
    options: { viewport: { width: 1200, height: 900 }, colorScheme: "light" },
    fullPage: true,
  },
  {
    file: "screenshot-mobile.png",
    options: { viewport: { width: 390, height: 844 }, colorScheme: "light" },
    fullPage: false,
    async prepare(page) {
      const mark = page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first();
      await mark.click();
      const callout = page.locator(`${ARTICLE} div.ia-callout`);
      await callout.waitFor({ state: "visible" });
      // Show the marked words with their callout under them.
      await mark.evaluate((el) => {
        const top = el.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, Math.max(0, top - 120));
      });
      // No focus ring in the picture: it is not what a reader tapping sees.
      await page.evaluate(() => document.activeElement?.blur());
    },
  },
  {
    file: "screenshot-dark.png",
    options: { viewport: { width: 1200, height: 900 }, colorScheme: "dark" },
    fullPage: true,
  },
];

async function main() {
  if (process.env.UPDATE_SCREENSHOTS !== "1") {
    console.log("screenshots.mjs: set UPDATE_SCREENSHOTS=1 to rewrite docs/screenshot*.png; nothing written");
    return;
  }
  await mkdir(DOCS, { recursive: true });
  const server = await startServer();
  let browser;
  try {
    browser = await launchBrowser();
    for (const shot of SHOTS) {
      const { context, page, problems } = await openPage(browser, server.origin, "/", shot.options);
      try {
        // Web fonts and images are local; wait for them before the picture.
        await page.evaluate(() => document.fonts.ready);
        if (shot.prepare) await shot.prepare(page);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        assertNoProblems(problems, shot.file);
        const file = path.join(DOCS, shot.file);
        await page.screenshot({ path: file, fullPage: shot.fullPage, animations: "disabled", caret: "hide" });
        console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
