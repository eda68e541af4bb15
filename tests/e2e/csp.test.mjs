// The news page under a strict Content-Security-Policy, as a careful news
// site would serve it: scripts and styles from the page's own origin only, no
// inline code, no eval. WebAssembly needs 'wasm-unsafe-eval' and nothing more.
// Any CSP violation is logged as a console error, which fails the test.

import { test } from "node:test";
import assert from "node:assert/strict";
import { ARTICLE, DEFAULT_TITLE, EMBED, useSuite } from "./harness.mjs";

const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const suite = useSuite({ csp: CSP });

test("the widget works under a strict Content-Security-Policy", async (t) => {
  await suite.withPage(t, "/", async (page) => {
    const header = await page.evaluate(async () => (await fetch(window.location.href)).headers.get("content-security-policy"));
    assert.equal(header, CSP, "the server sent the policy");

    assert.equal(await page.getByRole("heading", { level: 1, name: DEFAULT_TITLE }).isVisible(), true);
    // Use the interactive parts: each re-render must stay within the policy.
    await page.locator(`${ARTICLE} button.ia-toolbar__toggle`).click();
    await page.locator(`${ARTICLE} button.ia-toolbar__toggle`).click();
    await page.locator(`${ARTICLE} span.ia-claim__words[role="button"]`).first().click();
    await page.locator(`${ARTICLE} div.ia-callout`).waitFor({ state: "visible" });
    await page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: "About this article" }).click();
    await page.locator(`${ARTICLE} aside.ia-banner`).getByRole("button", { name: /^Dismiss/ }).click();
    assert.equal(await page.locator(`${ARTICLE} aside.ia-banner`).getAttribute("data-dismissed"), "true");
  });
});

test("an article passed with ?article= loads under the policy", async (t) => {
  await suite.withPage(t, "/?article=fixtures/edge-cases.json#beta", async (page) => {
    await page.waitForFunction(() => document.activeElement?.id === "beta");
    assert.equal(await page.locator(`${EMBED} section.ia-section`).count(), 3);
  });
});

test("an article URL on another origin is refused by the host page, not fetched", async (t) => {
  await suite.withPage(
    t,
    "/?article=https://example.org/article.json",
    async (page, { requests }) => {
      const message = page.locator(`${EMBED} [role="alert"]`);
      assert.match(await message.innerText(), /must be a relative link on this site/);
      assert.ok(requests.every((url) => !url.startsWith("https://example.org")), "nothing fetched from example.org");
    },
    {
      expectStatus: "error",
      allowConsoleErrors: [/^interactive-article host: bad \?article= parameter/],
    },
  );
});
