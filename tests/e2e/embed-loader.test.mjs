// The <interactive-article> custom element (embed/interactive-article.js,
// shipped as www/pkg/interactive-article.js) and iframe mode (www/embed.html),
// on a page served with a strict Content-Security-Policy: no inline script or
// style anywhere, so the widget's stylesheets must be constructed and adopted.
//
// Elements are put on www/element-test.html, an empty page with the loader,
// by each test; each test says what it adds.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { REPO_ROOT, assertAccessible, useSuite } from "./harness.mjs";

const CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const suite = useSuite({ csp: CSP });

const PAGE = "/element-test.html";
const NO_STATUS = { expectStatus: null };
/** 2 KB brotli, counted as 2,048 bytes, with the replay of actions taken
 * before the widget is live (the loader was 1.6 KB gzip without it). */
const LOADER_BUDGET = 2048;
const MINIMAL = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests/fixtures/valid-minimal.json"), "utf8"));

/** Replaces the test page's content with `html` (no inline style: the CSP forbids it). */
async function stage(page, html) {
  await page.evaluate((markup) => {
    document.getElementById("stage").innerHTML = markup;
  }, html);
}

/** Waits until the element matching `selector` holds a mounted widget. */
async function waitForMount(page, selector = "interactive-article") {
  await page.waitForFunction((sel) => document.querySelector(sel)?.handle?.mounted === true, selector, {
    timeout: 15_000,
  });
}

/** Lets pending fetches, observers and renders run. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
}

/**
 * Removes the recorded problems that a test provokes on purpose (such as the
 * 404 it asks for), failing if one of them did not happen. Anything else
 * recorded still fails the test.
 */
function expectProblems(problems, patterns) {
  for (const pattern of patterns) {
    const index = problems.findIndex((problem) => pattern.test(problem));
    assert.notEqual(index, -1, `expected a recorded problem matching ${pattern}; recorded:\n  ${problems.join("\n  ")}`);
    problems.splice(index, 1);
  }
}

const widgetRequests = (requests) => requests.filter((url) => /\/pkg\/(interactive_article|interactive-article\.css|shadow\.css)/.test(url));

// ---------------------------------------------------------------------------

test("the loader is at most 2 KB brotli, as built from embed/interactive-article.js", () => {
  const source = readFileSync(path.join(REPO_ROOT, "embed/interactive-article.js"), "utf8");
  const shipped = readFileSync(path.join(REPO_ROOT, "www/pkg/interactive-article.js"), "utf8");
  // What `make www` and `make bundle` do: drop comment lines, indentation and
  // blank lines. Also catches a www/pkg that is older than the source.
  const expected = source
    .split("\n")
    .filter((line) => !/^\s*\/\//.test(line))
    .map((line) => line.replace(/^\s+/, ""))
    .filter((line) => line !== "")
    .join("\n");
  assert.equal(shipped.trim(), expected.trim(), "www/pkg/interactive-article.js is the stripped source (run `make www`)");
  const size = brotliCompressSync(shipped, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }).length;
  assert.ok(size <= LOADER_BUDGET, `the loader is ${size} bytes brotli, over the ${LOADER_BUDGET}-byte budget`);
});

test("the element renders into an open shadow root with adopted stylesheets", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await page.evaluate(() => {
        window.readyEvents = [];
        document.addEventListener("ia-ready", (event) =>
          window.readyEvents.push({ tag: event.target.tagName, handle: event.target.handle?.mounted, detail: event.detail }),
        );
      });
      await stage(
        page,
        '<interactive-article src="fixtures/valid-minimal.json" loading="eager"><p id="fallback">Fallback text</p></interactive-article>',
      );
      await waitForMount(page);
      const state = await page.evaluate(() => {
        const element = document.querySelector("interactive-article");
        const shadow = element.shadowRoot;
        return {
          open: shadow !== null,
          article: shadow.querySelector('[part="root"] article.ia-article h1')?.textContent,
          lightArticles: document.querySelectorAll("article").length,
          sheets: shadow.adoptedStyleSheets.length,
          styleElements: shadow.querySelectorAll("style, link").length,
          slot: shadow.querySelector("slot") !== null,
          fallbackShown: document.getElementById("fallback").checkVisibility(),
          display: getComputedStyle(element).display,
        };
      });
      assert.deepEqual(state, {
        open: true,
        article: MINIMAL.title,
        lightArticles: 0,
        sheets: 2,
        styleElements: 0,
        slot: false,
        fallbackShown: false,
        display: "block",
      });
      // The stylesheet applies inside: buttons lose the browser's border.
      const border = await page.locator("interactive-article button.ia-section__toggle").evaluate((b) => getComputedStyle(b).borderTopStyle);
      assert.equal(border, "none", "the widget's CSS styles its buttons");
      await page.waitForFunction(() => window.readyEvents.length > 0);
      const events = await page.evaluate(() => window.readyEvents);
      assert.deepEqual(events, [{ tag: "INTERACTIVE-ARTICLE", handle: true, detail: { articleId: "minimal", sections: 1, claims: 0 } }]);
      await assertAccessible(page, "custom element, mounted", "#stage");
    },
    NO_STATUS,
  );
});

test("the fallback shows and nothing of the widget loads until the element comes near the viewport", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { requests }) => {
      await page.evaluate(() => {
        const spacer = document.createElement("div");
        spacer.style.height = "400vh";
        const element = document.createElement("interactive-article");
        element.setAttribute("src", "fixtures/valid-minimal.json");
        element.innerHTML = '<p id="fallback">Fallback text</p>';
        const after = document.createElement("div");
        after.style.height = "400vh";
        document.getElementById("stage").append(spacer, element, after);
      });
      await settle(page);
      assert.deepEqual(widgetRequests(requests), [], "nothing fetched while the element is 3 viewports away");
      assert.equal(await page.evaluate(() => document.getElementById("fallback").checkVisibility()), true);
      assert.ok(!requests.some((url) => url.endsWith("valid-minimal.json")), "the article is not fetched either");

      // Scroll until the element's top is 0.9 viewports below the visible area.
      await page.evaluate(() => {
        const top = document.querySelector("interactive-article").getBoundingClientRect().top + scrollY;
        scrollTo(0, top - innerHeight * 1.9);
      });
      await waitForMount(page);
      const fetched = widgetRequests(requests).map((url) => new URL(url).pathname);
      assert.ok(fetched.includes("/pkg/interactive_article_bg.wasm"), `the wasm was fetched (${fetched.join(", ")})`);
      assert.equal(
        await page.locator("interactive-article").evaluate((el) => el.getBoundingClientRect().top > innerHeight),
        true,
        "it mounted before it was visible",
      );
    },
    NO_STATUS,
  );
});

test('loading="eager" loads at once, however far down the page', async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { requests }) => {
      await page.evaluate(() => {
        const spacer = document.createElement("div");
        spacer.style.height = "1000vh";
        const element = document.createElement("interactive-article");
        element.setAttribute("src", "fixtures/valid-minimal.json");
        element.setAttribute("loading", "eager");
        document.getElementById("stage").append(spacer, element);
      });
      await waitForMount(page);
      assert.equal(await page.evaluate(() => scrollY), 0, "the page was not scrolled");
      assert.ok(requests.some((url) => url.endsWith("/pkg/interactive_article_bg.wasm")));
    },
    NO_STATUS,
  );
});

test("a src that cannot be fetched is shown inside the element with its URL and the reason", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { problems }) => {
      await page.evaluate(() => {
        window.errorEvents = [];
        document.addEventListener("ia-error", (event) => window.errorEvents.push(event.detail));
      });
      await stage(
        page,
        '<interactive-article src="fixtures/missing.json" loading="eager"><p id="fallback">Fallback text</p></interactive-article>',
      );
      const alert = page.locator('interactive-article [role="alert"]');
      await alert.waitFor();
      const url = `${suite.origin}/fixtures/missing.json`;
      assert.equal(await alert.innerText(), `The article could not be loaded. ${url}: HTTP 404`);
      assert.equal(await page.evaluate(() => document.getElementById("fallback").checkVisibility()), true, "the fallback is still shown");
      assert.deepEqual(await page.evaluate(() => window.errorEvents), [
        { problems: [{ path: "", message: `${url}: HTTP 404` }], url: "fixtures/missing.json" },
      ]);
      assert.equal(await page.evaluate(() => document.querySelector("interactive-article").handle), null);
      await assertAccessible(page, "custom element, loading error", "#stage");
      expectProblems(problems, [/^HTTP 404 for GET .*\/fixtures\/missing\.json$/, /^console error: Failed to load resource: .* 404/]);
    },
    NO_STATUS,
  );
});

/**
 * What the widget's error box says about JSON that does not parse: one
 * problem at the root, naming what the reader expected or met, and where. The
 * wording is the JSON reader's (V8's `JSON.parse` says "Expected
 * double-quoted property name in JSON at position 32 (line 1 column 33)",
 * serde_json "EOF while parsing a value at line 1 column 32"), so only the
 * problem and the position are checked, not the words.
 */
async function assertSyntaxErrorBox(page) {
  const box = page.locator('interactive-article [part="root"] .ia-error[role="alert"]');
  await box.waitFor();
  assert.equal(await box.getAttribute("data-problems"), "1");
  assert.equal(await box.locator(".ia-error__path").count(), 0, "a syntax error is at the root, so no path");
  const message = await box.locator(".ia-error__message").innerText();
  assert.match(message, /expected|unexpected|EOF|end of/i, `names the problem: ${message}`);
  // Both readers say "line L column C"; they count columns differently.
  assert.match(message, /\bline [1-9]\d* column \d+\b/, `names the position: ${message}`);
  // The error box is styled by the widget's stylesheet.
  assert.equal(await box.evaluate((p) => getComputedStyle(p).borderTopStyle), "solid");
  const events = await page.evaluate(() => window.errorEvents);
  assert.deepEqual(events, [{ problems: [{ path: "", message }], url: null }]);
  assert.equal(await page.evaluate(() => document.querySelector("interactive-article").handle), null);
}

/** Records the detail of every ia-error on the page in window.errorEvents. */
const recordErrors = (page) =>
  page.evaluate(() => {
    window.errorEvents = [];
    document.addEventListener("ia-error", (event) => window.errorEvents.push(event.detail));
  });

test("a src that is not JSON is judged by the widget: its error box names the problem and the position", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { problems }) => {
      await recordErrors(page);
      await stage(page, '<interactive-article src="fixtures/invalid-syntax.json" loading="eager"></interactive-article>');
      // The file is `{ "version": 1, "id": "broken", `: it ends inside the object.
      await assertSyntaxErrorBox(page);
      expectProblems(problems, [/^console error: interactive-article: the article could not be shown:/]);
    },
    NO_STATUS,
  );
});

test("an article inside the element as JSON is shown without a request", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { requests }) => {
      const json = JSON.stringify({ ...MINIMAL, id: "inline-article", title: "An inline <article>" });
      await stage(
        page,
        `<interactive-article loading="eager"><script type="application/json">${json}</script><p>Fallback</p></interactive-article>`,
      );
      await waitForMount(page);
      assert.equal(await page.locator("interactive-article h1.ia-title").innerText(), "An inline <article>");
      assert.ok(!requests.some((url) => url.endsWith(".json")), "no JSON file fetched");
    },
    NO_STATUS,
  );
});

test("inline JSON that does not parse is judged by the widget: its error box names the problem and the position", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page, { problems }) => {
      await recordErrors(page);
      await stage(page, '<interactive-article loading="eager"><script type="application/json">{"version": 1,</script></interactive-article>');
      await assertSyntaxErrorBox(page);
      expectProblems(problems, [/^console error: interactive-article: the article could not be shown:/]);
    },
    NO_STATUS,
  );
});

test("an invalid attribute shows the widget's error box and the fallback", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await page.evaluate(() => {
        window.errorEvents = [];
        document.addEventListener("ia-error", (event) => window.errorEvents.push(event.detail));
      });
      await stage(
        page,
        '<interactive-article src="fixtures/valid-minimal.json" theme="blue" loading="eager"><p id="fallback">Fallback text</p></interactive-article>',
      );
      await page.waitForFunction(() => window.errorEvents.length > 0);
      const problems = await page.evaluate(() => window.errorEvents[0].problems.map((p) => p.path));
      assert.deepEqual(problems, ["options.theme"]);
      assert.match(await page.locator("interactive-article .ia-error").innerText(), /options\.theme/);
      assert.equal(await page.evaluate(() => document.getElementById("fallback").checkVisibility()), true, "the fallback is still shown");

      // Fixing the attribute mounts the article.
      await page.evaluate(() => document.querySelector("interactive-article").setAttribute("theme", "dark"));
      await waitForMount(page);
      assert.equal(await page.locator("interactive-article .ia-error").count(), 0);
      assert.equal(await page.evaluate(() => document.getElementById("fallback").checkVisibility()), false);
    },
    { ...NO_STATUS, allowConsoleErrors: [/^interactive-article: the article could not be shown:\noptions\.theme/] },
  );
});

test("changing the theme attribute re-themes the mounted widget in place", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await stage(page, '<interactive-article src="fixtures/edge-cases.json" theme="light" loading="eager"></interactive-article>');
      await waitForMount(page);
      const colours = () =>
        page.evaluate(() => {
          const article = document.querySelector("interactive-article").shadowRoot.querySelector("article.ia-article");
          const style = getComputedStyle(article);
          return { theme: article.dataset.theme, background: style.backgroundColor, color: style.color };
        });
      const light = await colours();
      assert.equal(light.theme, "light");
      // Reader state that a remount would lose: the first section collapsed.
      await page.locator("interactive-article button.ia-section__toggle").first().click();
      await page.evaluate(() => {
        window.articleNode = document.querySelector("interactive-article").shadowRoot.querySelector("article");
        document.querySelector("interactive-article").setAttribute("theme", "dark");
      });
      await page.waitForFunction(() => window.articleNode.dataset.theme === "dark");
      const dark = await colours();
      assert.notEqual(dark.background, light.background, "the background changed");
      assert.notEqual(dark.color, light.color, "the text colour changed");
      assert.equal(
        await page.evaluate(() => document.querySelector("interactive-article").shadowRoot.querySelector("article") === window.articleNode),
        true,
        "the same <article> node: not remounted",
      );
      assert.equal(
        await page.locator("interactive-article button.ia-section__toggle").first().getAttribute("aria-expanded"),
        "false",
        "the collapsed section stayed collapsed",
      );
      await page.evaluate(() => document.querySelector("interactive-article").removeAttribute("theme"));
      await page.waitForFunction(() => window.articleNode.dataset.theme === "auto");
      assert.deepEqual(await colours(), { ...light, theme: "auto" }, "auto follows the (light) colour scheme");
    },
    NO_STATUS,
  );
});

test("changing another option attribute mounts again with it", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await stage(page, '<interactive-article src="fixtures/valid-minimal.json" loading="eager"></interactive-article>');
      await waitForMount(page);
      assert.equal(await page.locator("interactive-article h1.ia-title").count(), 1);
      await page.evaluate(() => document.querySelector("interactive-article").setAttribute("heading-level", "3"));
      await page.locator("interactive-article h3.ia-title").waitFor();
      assert.equal(await page.locator("interactive-article article.ia-article").count(), 1, "one widget, not two");
      await waitForMount(page);
    },
    NO_STATUS,
  );
});

test("removing the element unmounts the widget; moving it does not", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await stage(
        page,
        '<div id="first"><interactive-article src="fixtures/valid-minimal.json" loading="eager"><p>Fallback</p></interactive-article></div><div id="second"></div>',
      );
      await waitForMount(page);
      // Moved within one task: the same widget, still mounted.
      await page.evaluate(() => {
        const element = document.querySelector("interactive-article");
        window.articleNode = element.shadowRoot.querySelector("article");
        window.handle = element.handle;
        document.getElementById("second").append(element);
      });
      await settle(page);
      assert.deepEqual(
        await page.evaluate(() => {
          const element = document.querySelector("#second > interactive-article");
          return [element.handle === window.handle, window.handle.mounted, element.shadowRoot.querySelector("article") === window.articleNode];
        }),
        [true, true, true],
      );

      await page.evaluate(() => {
        window.removed = document.querySelector("interactive-article");
        window.removed.remove();
      });
      await settle(page);
      assert.deepEqual(
        await page.evaluate(() => ({
          handleMounted: window.handle.mounted,
          elementHandle: window.removed.handle,
          articles: window.removed.shadowRoot.querySelectorAll("article").length,
          root: window.removed.shadowRoot.querySelector('[part="root"]'),
          slot: window.removed.shadowRoot.querySelector("slot") !== null,
        })),
        { handleMounted: false, elementHandle: null, articles: 0, root: null, slot: true },
      );

      // Put back, it mounts again.
      await page.evaluate(() => document.getElementById("first").append(window.removed));
      await waitForMount(page);
    },
    NO_STATUS,
  );
});

test("two elements on one page are independent", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await page.evaluate(() => {
        window.toggles = [];
        document.addEventListener("ia-section-toggle", (event) =>
          window.toggles.push({ element: event.target.id, sectionId: event.detail.sectionId, expanded: event.detail.expanded }),
        );
      });
      await stage(
        page,
        '<interactive-article id="one" src="fixtures/edge-cases.json" loading="eager" theme="dark"></interactive-article>' +
          '<interactive-article id="two" src="fixtures/edge-cases.json" loading="eager" theme="light" heading-level="2" sections="open"></interactive-article>',
      );
      await waitForMount(page, "#one");
      await waitForMount(page, "#two");
      const expanded = (id) => page.locator(`#${id} button.ia-section__toggle`).evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-expanded")));
      assert.deepEqual(await expanded("one"), ["true", "false", "false"], "#one: as the article says");
      assert.deepEqual(await expanded("two"), ["true", "true", "true"], '#two: sections="open"');

      await page.locator("#one button.ia-section__toggle").first().click();
      assert.deepEqual(await expanded("one"), ["false", "false", "false"]);
      assert.deepEqual(await expanded("two"), ["true", "true", "true"], "#two is untouched");
      assert.deepEqual(await page.evaluate(() => window.toggles), [{ element: "one", sectionId: "repeated-words", expanded: false }]);

      const info = (id) =>
        page.locator(`#${id} article.ia-article`).evaluate((article) => ({
          theme: article.dataset.theme,
          titleTag: article.querySelector(".ia-title").tagName,
          panelId: article.querySelector(".ia-section__panel").id,
        }));
      const one = await info("one");
      const two = await info("two");
      assert.deepEqual([one.theme, one.titleTag, two.theme, two.titleTag], ["dark", "H1", "light", "H2"]);
      assert.equal(one.panelId, two.panelId, "ids depend on the article only; each shadow root is a scope of its own");

      await page.evaluate(() => document.getElementById("one").remove());
      await settle(page);
      assert.equal(await page.evaluate(() => document.getElementById("two").handle.mounted), true, "#two survives #one's removal");
    },
    NO_STATUS,
  );
});

test("host CSS does not reach into the widget and the widget's CSS does not leak out", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await stage(
        page,
        '<p class="ia-error ia-title" id="host-paragraph">A host paragraph with widget class names</p>' +
          '<interactive-article src="fixtures/valid-minimal.json" loading="eager"></interactive-article>',
      );
      await waitForMount(page);
      const look = () =>
        page.evaluate(() => {
          const shadow = document.querySelector("interactive-article").shadowRoot;
          const title = shadow.querySelector(".ia-title");
          const toggle = shadow.querySelector(".ia-section__toggle");
          const pick = (el) => {
            const s = getComputedStyle(el);
            return [s.textTransform, s.letterSpacing, s.lineHeight, s.color, s.display, s.visibility, s.textAlign];
          };
          return { title: pick(title), toggle: pick(toggle), font: getComputedStyle(title).fontFamily };
        });
      const before = await look();
      // A host stylesheet (constructed, as the page's CSP forbids <style>).
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`
          body { text-transform: uppercase; letter-spacing: 0.3em; line-height: 4; text-align: right; font-family: monospace; }
          * { color: rgb(255, 0, 0); visibility: visible; }
          h1, button, .ia-title, .ia-section__toggle, .ia-article { display: none !important; }
        `);
        document.adoptedStyleSheets = [sheet];
      });
      const after = await look();
      assert.deepEqual(after.title, before.title, "title unchanged");
      assert.deepEqual(after.toggle, before.toggle, "section toggle unchanged");
      assert.match(after.font, /monospace/, "the host's font is inherited");
      await page.evaluate(() => document.querySelector("interactive-article").style.setProperty("--ia-font", "cursive"));
      assert.equal((await look()).font, "cursive", "--ia-font on the element picks the widget's font");

      const hostParagraph = await page.locator("#host-paragraph").evaluate((p) => {
        const s = getComputedStyle(p);
        return [s.borderTopStyle, s.fontFamily];
      });
      assert.deepEqual(hostParagraph, ["none", "monospace"], "the widget's .ia-* rules do not style the host page");
    },
    NO_STATUS,
  );
});

test("the host themes the widget with --ia-* properties and ::part()", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await stage(page, '<interactive-article src="fixtures/edge-cases.json" loading="eager"></interactive-article>');
      await waitForMount(page);
      await page.evaluate(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`
          interactive-article { --ia-accent: rgb(1, 2, 3); --ia-status-disputed: rgb(7, 8, 9); }
          interactive-article::part(section-toggle) { color: rgb(4, 5, 6); }
        `);
        document.adoptedStyleSheets = [sheet];
      });
      const colours = await page.evaluate(() => {
        const shadow = document.querySelector("interactive-article").shadowRoot;
        const colour = (selector) => getComputedStyle(shadow.querySelector(selector)).color;
        return {
          accent: colour(".ia-toolbar__toggle"),
          toggle: colour(".ia-section__toggle"),
          disputed: colour('.ia-key-claims__summary [data-status="disputed"]'),
        };
      });
      assert.deepEqual(colours, {
        accent: "rgb(1, 2, 3)",
        toggle: "rgb(4, 5, 6)",
        disputed: "rgb(7, 8, 9)",
      });
    },
    NO_STATUS,
  );
});

// ---------------------------------------------------------------------------
// Iframe mode

/** Adds an iframe of `src` to the test page and records the messages it posts. */
async function addFrame(page, src) {
  await page.evaluate((frameSrc) => {
    window.messages = [];
    const frame = document.createElement("iframe");
    frame.id = "frame";
    frame.title = "Interactive article";
    frame.style.width = "700px";
    frame.style.height = "300px";
    frame.style.border = "0";
    addEventListener("message", (event) => {
      if (event.source === frame.contentWindow) window.messages.push(event.data);
    });
    frame.src = frameSrc;
    document.getElementById("stage").append(frame);
  }, src);
}

/** The last message of each format, and the frame's content height. */
async function heights(page) {
  return page.evaluate(() => {
    const last = (test) => window.messages.filter(test).at(-1);
    const frameDocument = document.getElementById("frame").contentDocument;
    return {
      own: last((m) => m.type === "interactive-article:height"),
      amp: last((m) => m.sentinel === "amp"),
      content: Math.ceil(frameDocument.body.getBoundingClientRect().height),
      article: Math.ceil(frameDocument.querySelector("interactive-article").getBoundingClientRect().bottom),
    };
  });
}

test("iframe mode posts the article's height in both formats, and again when it changes", async (t) => {
  await suite.withPage(
    t,
    PAGE,
    async (page) => {
      await addFrame(page, "embed.html?src=fixtures/edge-cases.json&id=story-1&theme=light");
      const frame = page.frameLocator("#frame");
      await frame.locator("article.ia-article").waitFor();
      await page.waitForFunction(() => {
        const element = document.getElementById("frame").contentDocument.querySelector("interactive-article");
        return element?.handle?.mounted && window.messages.length > 0;
      });
      await settle(page);
      let h = await heights(page);
      assert.ok(h.content > 300, `the article is taller than the 300 px frame (${h.content})`);
      assert.equal(h.content, h.article, "the page is the article, nothing around it");
      assert.deepEqual(h.own, { type: "interactive-article:height", height: h.content, id: "story-1" });
      assert.deepEqual(h.amp, { sentinel: "amp", type: "embed-size", height: h.content });

      // Sized to fit, as the host snippet does: no scroll bar inside.
      await page.evaluate((height) => {
        document.getElementById("frame").style.height = `${height}px`;
      }, h.own.height);
      await settle(page);
      assert.equal(
        await page.evaluate(() => {
          const w = document.getElementById("frame").contentWindow;
          return w.document.documentElement.scrollHeight <= w.innerHeight;
        }),
        true,
        "the content fits the frame",
      );

      // Opening every section makes it taller; the new height is posted.
      const before = h.content;
      await frame.locator("button.ia-toolbar__toggle").click();
      await page.waitForFunction((old) => window.messages.at(-1).height > old, before);
      await settle(page);
      h = await heights(page);
      assert.ok(h.content > before);
      assert.equal(h.own.height, h.content);
      assert.equal(h.amp.height, h.content);
    },
    NO_STATUS,
  );
});

test("iframe mode refuses an article on another origin", async (t) => {
  await suite.withPage(
    t,
    "/embed.html?src=https://example.org/article.json",
    async (page, { requests }) => {
      const alert = page.locator('[role="alert"]');
      await alert.waitFor();
      assert.equal(await alert.innerText(), "The article address must be on this site.");
      assert.equal(await page.locator("interactive-article").count(), 0);
      assert.ok(!requests.some((url) => url.startsWith("https://example.org")));
    },
    NO_STATUS,
  );
});
