// The Content-Security-Policy each embed mode needs, as the README's
// "Content-Security-Policy by embed mode" table writes it (the table is
// this test's source: a policy changed there is the policy tested here).
// Each mode's page runs under exactly its policy: the widget becomes live,
// a section toggles, and no violation is reported (a violation is a console
// error, which fails the page).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { recorderHashSource, REPO_ROOT, useSuite } from "./harness.mjs";

const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
const table = /<!-- csp-modes -->([\s\S]*?)<!-- \/csp-modes -->/.exec(readme)?.[1] ?? "";
// | mode | page | `policy` |
const modes = [...table.matchAll(/^\| ([^|]+?) \| `([^`]+)` \| `([^`]+)` \|$/gm)].map(([, mode, page, policy]) => ({ mode, page, policy }));

test("the README writes a policy for every embed mode", () => {
  assert.deepEqual(
    modes.map(({ mode }) => mode),
    ["mount", "custom element", "iframe", "prerendered element", "prerendered mount container", "server-rendered page"],
  );
  for (const { mode, policy } of modes) {
    assert.match(policy, /script-src [^;]*'wasm-unsafe-eval'/, mode);
    assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/, mode);
  }
});

test("the README's policies for prerendered markup allow its inline recorder by the hash the CLI's script has", () => {
  const hash = recorderHashSource();
  for (const { mode, policy } of modes.filter(({ mode }) => /prerendered|server-rendered/.test(mode))) {
    assert.ok(policy.split(";").find((directive) => directive.trim().startsWith("script-src"))?.includes(hash), `${mode}: script-src has ${hash}`);
  }
});

for (const { mode, page, policy } of modes) {
  const suite = useSuite({ csp: policy });
  test(`${mode}: live and toggling under exactly its policy`, async (t) => {
    await suite.withPage(
      t,
      page,
      async (tab) => {
        const header = await tab.evaluate(async () => (await fetch(location.href)).headers.get("content-security-policy"));
        assert.equal(header, policy);
        const frame = mode === "iframe" ? tab.frameLocator("iframe") : tab;
        await frame.locator("[data-ia-mounted]").first().waitFor({ state: "attached", timeout: 15_000 });
        const toggle = frame.locator("section.ia-section button.ia-section__toggle").first();
        const before = await toggle.getAttribute("aria-expanded");
        await toggle.click();
        await assert.doesNotReject(async () => {
          for (let i = 0; i < 50 && (await toggle.getAttribute("aria-expanded")) === before; i++) await tab.waitForTimeout(50);
        });
        assert.notEqual(await toggle.getAttribute("aria-expanded"), before, `${mode}: the section did not toggle`);
      },
      { expectStatus: null },
    );
  });
}
