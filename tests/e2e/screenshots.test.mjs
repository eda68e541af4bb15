// The README screenshots (docs/screenshot*.png) show the current build: each
// is taken again, as tests/e2e/screenshots.mjs takes it, and compared with
// the committed file, pixel by pixel within screenshots.mjs's TOLERANCE (room
// for anti-aliasing, not for a changed colour, word or layout). On a mismatch
// the new picture and a diff (differing pixels in red) are written to a
// temporary directory named in the failure.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { useSuite } from "./harness.mjs";
import { DOCS, SHOTS, TOLERANCE, compareImages, takeScreenshot } from "./screenshots.mjs";

const suite = useSuite();

const UPDATE = "make www && UPDATE_SCREENSHOTS=1 node tests/e2e/screenshots.mjs";

let outDir = null;
/** A file in this run's temporary directory, made on first use. */
function tempFile(name) {
  outDir ??= mkdtempSync(path.join(os.tmpdir(), "ia-screenshots-"));
  return path.join(outDir, name);
}

for (const shot of SHOTS) {
  test(`docs/${shot.file} matches the current build`, async () => {
    const committed = readFileSync(path.join(DOCS, shot.file));
    const fresh = await takeScreenshot(suite.browser, suite.origin, shot);
    const result = await compareImages(suite.browser, fresh, committed);

    const freshFile = tempFile(shot.file);
    const stale = `docs/${shot.file} no longer shows the page: rewrite the screenshots with \`${UPDATE}\`, look at them, and commit them`;
    if (!result.sameSize) {
      writeFileSync(freshFile, fresh);
      assert.fail(
        `${stale}.\nThe page now measures ${result.width} × ${result.height} px, the committed picture ${result.expectedSize.join(" × ")} px (new picture: ${freshFile}).`,
      );
    }
    if (result.different > TOLERANCE.maxDifferentPixels) {
      writeFileSync(freshFile, fresh);
      const diffFile = tempFile(shot.file.replace(/\.png$/, ".diff.png"));
      writeFileSync(diffFile, result.diffPng);
      assert.fail(
        `${stale}.\n${result.different} pixels differ (at most ${TOLERANCE.maxDifferentPixels} may); new picture: ${freshFile}, differences in red: ${diffFile}.`,
      );
    }
  });
}

test("the comparison sees a changed picture", async () => {
  // Guards the comparison itself: the committed picture with a 12 × 12 px
  // square repainted must not pass as the same picture.
  const committed = readFileSync(path.join(DOCS, SHOTS[0].file));
  const page = await suite.browser.newPage();
  try {
    const altered = Buffer.from(
      await page.evaluate(async (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d");
        context.drawImage(bitmap, 0, 0);
        context.fillStyle = "#d4351c";
        context.fillRect(100, 100, 12, 12);
        const out = new Uint8Array(await (await canvas.convertToBlob({ type: "image/png" })).arrayBuffer());
        let binary = "";
        for (let k = 0; k < out.length; k += 0x8000) binary += String.fromCharCode(...out.subarray(k, k + 0x8000));
        return btoa(binary);
      }, committed.toString("base64")),
      "base64",
    );
    const same = await compareImages(suite.browser, committed, committed);
    assert.equal(same.different, 0, "a picture matches itself");
    const changed = await compareImages(suite.browser, altered, committed);
    assert.ok(
      changed.different > TOLERANCE.maxDifferentPixels,
      `a 144 px change is seen (${changed.different} pixels differ, tolerance ${TOLERANCE.maxDifferentPixels})`,
    );
  } finally {
    await page.close();
  }
});
