// The development demo that `make serve` shows on port 8080, as trunk builds
// it into dist/trunk/ (the test command runs `trunk build` first): it loads,
// renders the default article, and logs no error. A crate change that trunk
// cannot build (say, a second artifact it cannot choose between) fails here
// rather than on a contributor's first `make serve`.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_TITLE, REPO_ROOT, launchBrowser, startServer } from "./harness.mjs";

test("the trunk demo renders the default article", async () => {
  assert.ok(
    existsSync(path.join(REPO_ROOT, "dist/trunk/index.html")),
    "dist/trunk/index.html is missing: run `trunk build` (make test does)",
  );
  const server = await startServer({ root: "dist/trunk" });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.goto(server.url);
    const title = page.locator("#app article.ia-article .ia-title");
    await title.first().waitFor({ timeout: 20_000 });
    assert.equal((await title.first().textContent()).trim(), DEFAULT_TITLE);
    assert.ok(await page.locator("#app section.ia-section").count() > 0, "the sections render");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
