#!/usr/bin/env node
// The README screenshots in docs/, taken from the news page (www/index.html)
// with the default article:
//
//   docs/screenshot.png         1200 px wide, full page, light
//   docs/screenshot-mobile.png  390 × 844, a claim's callout open, light
//   docs/screenshot-dark.png    1200 px wide, full page, dark
//
// tests/e2e/screenshots.test.mjs takes them again from the current build and
// compares them with the committed ones (compareImages below), so a change
// that alters the page fails the test command until the pictures are
// rewritten, after `make www`, with
//
//   UPDATE_SCREENSHOTS=1 node tests/e2e/screenshots.mjs
//
// Run without UPDATE_SCREENSHOTS=1 it writes nothing and says so. It fails,
// and writes nothing further, if the page logs an error or requests anything
// from another origin.

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import {
  ARTICLE,
  REPO_ROOT,
  assertNoProblems,
  launchBrowser,
  openPage,
  startServer,
} from "./harness.mjs";

export const DOCS = path.join(REPO_ROOT, "docs");

export const SHOTS = [
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

/**
 * Takes one screenshot with `browser` from the server at `origin` and
 * resolves with the PNG bytes. Fails if the page logs an error or leaves its
 * origin.
 */
export async function takeScreenshot(browser, origin, shot) {
  const { context, page, problems } = await openPage(browser, origin, "/", shot.options);
  try {
    // Web fonts and images are local; wait for them before the picture.
    await page.evaluate(() => document.fonts.ready);
    if (shot.prepare) await shot.prepare(page);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assertNoProblems(problems, shot.file);
    return await page.screenshot({ fullPage: shot.fullPage, animations: "disabled", caret: "hide" });
  } finally {
    await context.close();
  }
}

/**
 * How far two screenshots may differ and still count as the same picture.
 * Text is drawn with anti-aliasing and subpixel positioning that can shift
 * by a pixel between runs, font builds or Chromium releases; a real change
 * (a colour, a word, a moved box) changes far more pixels than that.
 *
 * - channelTolerance: a pixel matches when no colour channel differs by more
 *   than this (0–255).
 * - neighbourhood: a pixel also matches when a pixel within this many pixels
 *   of it in the other picture matches, both ways round (a glyph edge that
 *   moved by one pixel).
 * - maxDifferentPixels: how many pixels may still differ.
 */
export const TOLERANCE = { channelTolerance: 32, neighbourhood: 1, maxDifferentPixels: 40 };

/**
 * Compares two PNGs (Buffers) in a blank page of `browser`, which decodes
 * them exactly (PNG is lossless; no colour conversion). Resolves with
 * `{ sameSize, width, height, expectedSize, different, diffPng }`, where
 * `different` counts the pixels that differ beyond `tolerance` and
 * `diffPng` (a Buffer, or null when the sizes differ) shows them in red over
 * a faded copy of the expected picture.
 */
export async function compareImages(browser, actualPng, expectedPng, tolerance = TOLERANCE) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const result = await page.evaluate(
      async ({ actual, expected, tolerance: { channelTolerance, neighbourhood } }) => {
        const decode = async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }), {
            colorSpaceConversion: "none",
            premultiplyAlpha: "none",
          });
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext("2d", { willReadFrequently: true });
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const a = await decode(actual);
        const b = await decode(expected);
        const summary = { width: a.width, height: a.height, expectedSize: [b.width, b.height] };
        if (a.width !== b.width || a.height !== b.height) return { ...summary, sameSize: false, different: null, diff: null };

        const { width, height } = a;
        const close = (p, q, i, j) =>
          Math.abs(p[i] - q[j]) <= channelTolerance &&
          Math.abs(p[i + 1] - q[j + 1]) <= channelTolerance &&
          Math.abs(p[i + 2] - q[j + 2]) <= channelTolerance &&
          Math.abs(p[i + 3] - q[j + 3]) <= channelTolerance;
        // Whether pixel (x, y) of `p` matches some pixel of `q` near (x, y).
        const matchesNear = (p, q, x, y) => {
          const i = (y * width + x) * 4;
          for (let dy = -neighbourhood; dy <= neighbourhood; dy += 1) {
            for (let dx = -neighbourhood; dx <= neighbourhood; dx += 1) {
              const nx = x + dx;
              const ny = y + dy;
              if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
              if (close(p, q, i, (ny * width + nx) * 4)) return true;
            }
          }
          return false;
        };
        const diff = new ImageData(width, height);
        let different = 0;
        for (let y = 0; y < height; y += 1) {
          for (let x = 0; x < width; x += 1) {
            const i = (y * width + x) * 4;
            const same = close(a.data, b.data, i, i) || (matchesNear(a.data, b.data, x, y) && matchesNear(b.data, a.data, x, y));
            if (same) {
              // Faded expected picture, for orientation.
              const grey = 255 - (255 - (b.data[i] + b.data[i + 1] + b.data[i + 2]) / 3) / 4;
              diff.data.set([grey, grey, grey, 255], i);
            } else {
              different += 1;
              diff.data.set([255, 0, 0, 255], i);
            }
          }
        }
        let diffBase64 = null;
        if (different > 0) {
          const canvas = new OffscreenCanvas(width, height);
          canvas.getContext("2d").putImageData(diff, 0, 0);
          const blob = await canvas.convertToBlob({ type: "image/png" });
          const bytes = new Uint8Array(await blob.arrayBuffer());
          let binary = "";
          for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
          diffBase64 = btoa(binary);
        }
        return { ...summary, sameSize: true, different, diff: diffBase64 };
      },
      { actual: actualPng.toString("base64"), expected: expectedPng.toString("base64"), tolerance },
    );
    const { diff, ...rest } = result;
    return { ...rest, diffPng: diff ? Buffer.from(diff, "base64") : null };
  } finally {
    await context.close();
  }
}

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
      const png = await takeScreenshot(browser, server.origin, shot);
      const file = path.join(DOCS, shot.file);
      await writeFile(file, png);
      console.log(`wrote ${path.relative(REPO_ROOT, file)}`);
    }
  } finally {
    await browser?.close();
    await server.stop();
  }
}

// Run as a script, not when the test imports SHOTS and the helpers.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
