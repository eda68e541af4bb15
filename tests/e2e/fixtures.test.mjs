// Every fixture (tests/fixtures/*.json and tests/fixtures/hostile/*.json, which
// `make www` copies to www/fixtures/) through the built page, compared with
// what the native reader and validator make of it (tests/fixture-outcomes.json,
// written by `cargo run --example fixture_outcomes`):
// - as text, the way a news site embeds it: the news page fetches
//   `?article=fixtures/<name>` and mounts the text; an invalid article's error
//   box must list exactly the native problems, a valid one must show its
//   title, sections and claims;
// - as the object JSON.parse makes of it, mounted by a script on the page into
//   a fresh element; the ia-error detail must list exactly the native problems.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { EMBED, EXPECTED_MOUNT_ERRORS, REPO_ROOT, useSuite } from "./harness.mjs";

const suite = useSuite();
const outcomes = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests/fixture-outcomes.json"), "utf8"));
const names = Object.keys(outcomes);

/** The outcome (as in the outcomes file) of the widget in `root`. */
async function observe(page, root) {
  return page.locator(root).evaluate((el) => {
    const items = [...el.querySelectorAll(".ia-error__item")];
    if (el.querySelector(".ia-error")) {
      return {
        problems: items.map((item) => ({
          path: item.querySelector(".ia-error__path")?.textContent ?? "",
          message: item.querySelector(".ia-error__message")?.textContent ?? "",
        })),
      };
    }
    return {
      valid: {
        title: el.querySelector("h1")?.textContent ?? null,
        sections: el.querySelectorAll("section.ia-section").length,
        claims: el.querySelectorAll('[role="button"].ia-claim__words').length,
      },
    };
  });
}

test("every fixture's text, mounted by the news page, is judged as natively", async (t) => {
  assert.ok(names.length >= 40, `${names.length} fixtures`);
  await suite.withPage(
    t,
    "/",
    async (page) => {
      const differing = [];
      for (const name of names) {
        await page.goto(`${suite.origin}/?article=fixtures/${name}`, { waitUntil: "load" });
        await page.waitForFunction(() => ["mounted", "error"].includes(document.documentElement.dataset.articleStatus));
        const status = await page.evaluate(() => document.documentElement.dataset.articleStatus);
        // The error box appears on the tick after mount() throws.
        if (status === "error") await page.locator(`${EMBED} .ia-error`).waitFor();
        const seen = await observe(page, EMBED);
        const expected = outcomes[name].text;
        try {
          assert.deepEqual(seen, expected);
        } catch {
          differing.push(`${name}:\n  page:   ${JSON.stringify(seen)}\n  native: ${JSON.stringify(expected)}`);
        }
      }
      assert.deepEqual(differing, [], differing.join("\n"));
    },
    { allowConsoleErrors: EXPECTED_MOUNT_ERRORS.allowConsoleErrors },
  );
});

test("every fixture as a JSON.parse'd object, mounted by a script, is judged as natively", async (t) => {
  await suite.withPage(
    t,
    "/",
    async (page) => {
      const seen = await page.evaluate(async (names) => {
        const widget = await import("./pkg/interactive_article.js");
        await widget.default();
        const results = {};
        for (const name of names) {
          const text = await (await fetch(`fixtures/${name}`)).text();
          let object;
          try {
            object = JSON.parse(text);
          } catch {
            results[name] = null; // no object to mount
            continue;
          }
          const element = document.createElement("div");
          document.body.append(element);
          let reported = null;
          element.addEventListener("ia-error", (event) => {
            reported = event.detail.problems.map(({ path, message }) => ({ path, message }));
          });
          try {
            const handle = widget.mount(element, object);
            // Rendered: at once, or once the article language's text is
            // fetched (at most 10 s, so a widget that never renders fails).
            await new Promise((resolve) => {
              element.addEventListener("ia-ready", resolve, { once: true });
              setTimeout(resolve, 10_000);
            });
            results[name] = {
              valid: {
                title: element.querySelector("h1")?.textContent ?? null,
                sections: element.querySelectorAll("section.ia-section").length,
                claims: element.querySelectorAll('[role="button"].ia-claim__words').length,
              },
            };
            handle.unmount();
          } catch {
            results[name] = { problems: reported };
            widget.release(element);
          }
          element.remove();
        }
        return results;
      }, names);
      const differing = [];
      for (const name of names) {
        try {
          assert.deepEqual(seen[name], outcomes[name].object);
        } catch {
          differing.push(`${name}:\n  page:   ${JSON.stringify(seen[name])}\n  native: ${JSON.stringify(outcomes[name].object)}`);
        }
      }
      assert.deepEqual(differing, [], differing.join("\n"));
    },
    { allowConsoleErrors: EXPECTED_MOUNT_ERRORS.allowConsoleErrors },
  );
});
