// Shared set-up for the end-to-end tests (tests/e2e/*.test.mjs) and the
// screenshot script (tests/e2e/screenshots.mjs).
//
// - startServer(): runs `node scripts/serve.mjs --root www --port 0` as a child
//   process and resolves with its base URL once the server prints it.
// - launchBrowser(): Debian's /usr/bin/chromium through playwright-core (no
//   browser download, ever).
// - useSuite(): registers before/after hooks for one test file (one server and
//   one browser per file) and returns the live suite object.
// - suite.withPage(t, path, body, options): opens a page in a fresh browser
//   context, records console errors, uncaught page errors, failed requests and
//   every request to an origin other than the server's, runs `body`, and fails
//   the test if anything was recorded.
//
// The pages under test are built by `make www` (www/pkg, www/editor, www/fixtures,
// www/articles, and the pages of pages/pages.txt); the harness refuses to
// start without them.

import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WWW = path.join(REPO_ROOT, "www");

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The element the news page mounts the widget into. */
export const EMBED = "#article-embed";
/** The widget's root when an article is shown. */
export const ARTICLE = `${EMBED} article.ia-article`;
/** The default article's title. */
export const DEFAULT_TITLE = "China's Open-Source AI Strategy: A Different Path to Tech Dominance";

/** axe-core rule tags the widget is held to. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

const AXE_SOURCE_PATH = path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js");
let axeSource = null;

function checkBuild() {
  const needed = [
    "pkg/interactive_article.js",
    "pkg/interactive_article_bg.wasm",
    "pkg/interactive-article.css",
    "editor/editor_bg.wasm",
    "fixtures/edge-cases.json",
    "articles/china-open-source-ai.json",
    "index.html",
  ];
  const missing = needed.filter((file) => !existsSync(path.join(WWW, file)));
  if (missing.length > 0) {
    throw new Error(
      `www/ is not built (missing ${missing.join(", ")}); run \`make www\` first`,
    );
  }
}

/**
 * Starts the static server on a free port. Resolves with
 * `{ url, origin, stop }`; `url` ends in "/".
 */
export async function startServer({ root = "www", csp = null } = {}) {
  checkBuild();
  const args = [path.join(REPO_ROOT, "scripts/serve.mjs"), "--root", root, "--port", "0"];
  if (csp) args.push("--csp", csp);
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));

  const url = await new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`serve.mjs did not report its address within 10 s\n${stdout}${stderr}`));
    }, 10_000);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /serving .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`serve.mjs exited early (${code ?? signal})\n${stdout}${stderr}`));
    });
  });
  // Keep draining stdout so the child never blocks on a full pipe.
  child.stdout.resume();

  async function stop() {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  }

  return { url, origin: new URL(url).origin, stop, stderr: () => stderr };
}

/**
 * The Content-Security-Policy source that allows the inline recorder a
 * prerendered widget's markup starts with (`'sha256-…'`), from the script as
 * the CLI wrote it into www/prerendered/ (src/prerender.rs,
 * embed/recorder.js): a policy for a prerendered page adds it to script-src.
 */
export function recorderHashSource() {
  const page = readFileSync(path.join(REPO_ROOT, "www/prerendered/china-open-source-ai.html"), "utf8");
  const code = /<script>([\s\S]*?)<\/script>/.exec(page)?.[1];
  assert.ok(code, "www/prerendered/china-open-source-ai.html starts its widget with the inline recorder (run `make www`)");
  return `'sha256-${createHash("sha256").update(code).digest("base64")}'`;
}

/** Launches headless Chromium from the system package. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} not found (apt-get install chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * Opens `pathAndQuery` (relative to the server root) in a fresh context and
 * waits for the host page to finish mounting (`<html data-article-status>`
 * becomes "mounted" or "error"). Returns `{ context, page, problems, requests }`:
 * `problems` fills with everything unexpected the page does, `requests` with
 * the URL of every request it makes.
 *
 * Options:
 *   viewport       { width, height }, default 1200 × 900
 *   colorScheme    "light" (default) or "dark"
 *   allowConsoleErrors  RegExps of console errors that this page is expected to log
 *   expectStatus   "mounted" (default), "error", or null not to wait
 *   waitUntil      what page.goto waits for: "load" (default), or "commit"
 *                  for a page whose end is held back
 *   prepare        async (context) => …, run before the page opens (init
 *                  scripts, routes, stored reader state)
 */
export async function openPage(browser, origin, pathAndQuery, options = {}) {
  const {
    viewport = { width: 1200, height: 900 },
    colorScheme = "light",
    allowConsoleErrors = [],
    expectStatus = "mounted",
    waitUntil = "load",
    prepare = null,
  } = options;
  const context = await browser.newContext({
    viewport,
    colorScheme,
    reducedMotion: "reduce",
    locale: "en-GB",
    timezoneId: "UTC",
    serviceWorkers: "block",
  });
  const problems = [];
  const foreign = (url) => {
    if (url.startsWith("data:") || url.startsWith("blob:") || url === "about:blank") return false;
    try {
      return new URL(url).origin !== origin;
    } catch {
      return true;
    }
  };
  // Nothing may leave the page's origin; record it and never let it through.
  await context.route(
    (url) => foreign(url.href),
    (route) => {
      problems.push(`request to another origin: ${route.request().method()} ${route.request().url()}`);
      return route.abort("blockedbyclient");
    },
  );
  if (prepare) await prepare(context);
  const page = await context.newPage();
  const requests = [];
  // A navigation of the page (a reload) cancels what the document it replaces
  // was still fetching, such as the browser's favicon request: that is not a
  // failure of the page. Each request remembers the navigation it belongs to.
  let navigations = 0;
  const navigationOf = new WeakMap();
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
    navigationOf.set(request, navigations);
    requests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    if (allowConsoleErrors.some((pattern) => pattern.test(text))) return;
    const where = message.location();
    problems.push(`console error: ${text}${where?.url ? ` (${where.url}:${where.lineNumber})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught page error: ${error.stack || error.message}`));
  page.on("requestfailed", (request) => {
    if (foreign(request.url())) return; // already recorded by the route
    const replaced = navigationOf.get(request) < navigations;
    if (replaced && request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    }
  });

  const url = new URL(pathAndQuery.replace(/^\//, ""), `${origin}/`).href;
  try {
    await page.goto(url, { waitUntil });
    if (expectStatus) await waitForStatus(page, expectStatus);
  } catch (error) {
    await context.close();
    throw withProblems(error, problems);
  }
  return { context, page, problems, requests };
}

/** Waits until the host page reports `status` ("mounted" or "error"). */
export async function waitForStatus(page, status) {
  await page.waitForFunction(
    () => {
      const s = document.documentElement.dataset.articleStatus;
      return s === "mounted" || s === "error";
    },
    undefined,
    { timeout: 15_000 },
  );
  const actual = await page.evaluate(() => document.documentElement.dataset.articleStatus);
  assert.equal(actual, status, `host page status: expected ${status}, got ${actual}`);
}

/** `error` with the page's recorded problems appended to its message. */
function withProblems(error, problems) {
  if (problems.length > 0 && error instanceof Error) {
    error.message += `\nThe page also recorded:\n  ${problems.join("\n  ")}`;
  }
  return error;
}

/**
 * The widget's error box inside `root`, once it is there: `mount()` reports a
 * failure to the host at once but shows the box on the next tick, so a test
 * that reads it as soon as the host says "error" races the widget.
 */
export async function waitForErrorBox(page, root = EMBED) {
  const box = page.locator(`${root} .ia-error[role="alert"]`);
  await box.waitFor({ state: "visible", timeout: 5000 });
  return box;
}

/** Fails with every recorded problem, one per line. */
export function assertNoProblems(problems, label = "page") {
  assert.deepEqual(problems, [], `${label} logged errors or left its origin:\n  ${problems.join("\n  ")}`);
}

/**
 * Registers before/after hooks for one test file: one static server (serving
 * HTML with the Content-Security-Policy `csp`, if given) and one browser,
 * shared by its tests. Returns an object whose fields are set once the
 * `before` hook ran.
 */
export function useSuite({ csp = null } = {}) {
  const suite = {
    server: null,
    browser: null,
    get origin() {
      return this.server.origin;
    },
    /**
     * Opens a page (see openPage), runs `body(page, extra)`, then fails the
     * test on any recorded problem. The context is closed afterwards either way.
     * `extra` is `{ context, problems, requests, reload }`.
     */
    async withPage(t, pathAndQuery, body, options = {}) {
      const { context, page, problems, requests } = await openPage(
        this.browser,
        this.origin,
        pathAndQuery,
        options,
      );
      const expectStatus = "expectStatus" in options ? options.expectStatus : "mounted";
      const reload = async () => {
        await page.reload({ waitUntil: "load" });
        if (expectStatus) await waitForStatus(page, expectStatus);
      };
      try {
        try {
          await body(page, { context, problems, requests, reload });
        } catch (error) {
          // Console errors often explain a failed assertion: show them with it.
          throw withProblems(error, problems);
        }
        // Let late errors (from effects, focus handlers, fetches) surface.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
        assertNoProblems(problems, t?.name ?? pathAndQuery);
      } finally {
        await context.close();
      }
    },
  };
  before(async () => {
    suite.server = await startServer({ csp });
    try {
      suite.browser = await launchBrowser();
    } catch (error) {
      await suite.server.stop();
      throw error;
    }
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

// ---------------------------------------------------------------------------
// Page helpers

/**
 * The element ids a widget makes up: `<article id>_ia-<role>-<key>` (see
 * src/ui/ids.rs); the edge-case fixture unless `articleId` is given.
 */
export const ids = {
  heading: (sectionId, articleId = "edge-cases") => `${articleId}_ia-heading-${sectionId}`,
  panel: (sectionId, articleId = "edge-cases") => `${articleId}_ia-panel-${sectionId}`,
  callout: (claimId, articleId = "edge-cases") => `${articleId}_ia-callout-${claimId}`,
};

/** `#id` that also works for ids a CSS selector cannot spell as they are. */
export function byId(id) {
  return `[id="${id.replace(/["\\]/g, "\\$&")}"]`;
}

/** The id of the focused element and whether it lies inside `selector`. */
export async function focusInfo(page, selector = EMBED) {
  return page.evaluate((sel) => {
    const active = document.activeElement;
    const within = document.querySelector(sel);
    return {
      id: active?.id ?? "",
      tag: active?.tagName.toLowerCase() ?? "",
      text: (active?.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80),
      inside: Boolean(active && within && within.contains(active)),
      className: typeof active?.className === "string" ? active.className : "",
    };
  }, selector);
}

/** Whether the paragraphs in the panel with `panelId` are rendered. */
export async function panelContentVisible(page, panelId) {
  return page.locator(byId(panelId)).evaluate((panel) =>
    [...panel.children].some((child) => child.checkVisibility()),
  );
}

/** Waits until document.activeElement has `id`. */
export async function waitForFocusId(page, id, timeout = 5000) {
  try {
    await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout });
  } catch {
    const info = await focusInfo(page);
    assert.fail(`focus should be on #${id}, is on <${info.tag} id="${info.id}" class="${info.className}"> "${info.text}"`);
  }
}

/**
 * Sets `location.hash` in `scope` (a Page or Frame) and resolves once the
 * `hashchange` it causes has been handled: the event has fired, the widget's
 * listener (added at mount, so before this one) has run, and a frame has been
 * rendered since. `location.hash` itself changes at once, before any of that,
 * so waiting for it proves nothing.
 */
export async function changeFragment(scope, fragment) {
  await scope.evaluate(
    (hash) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no hashchange within 5 s of setting #${hash}`)), 5000);
        window.addEventListener(
          "hashchange",
          () => {
            clearTimeout(timer);
            requestAnimationFrame(() => setTimeout(resolve, 0));
          },
          { once: true },
        );
        window.location.hash = hash;
      }),
    fragment,
  );
}

/** The widget's sections and their open state, in order. */
export async function sectionStates(page) {
  return page.$$eval(`${ARTICLE} section.ia-section[data-ia-section]`, (sections) =>
    sections.map((section) => {
      const toggle = section.querySelector("button.ia-section__toggle");
      const panel = section.querySelector("div.ia-section__panel");
      return {
        id: section.id,
        expanded: toggle?.getAttribute("aria-expanded"),
        controls: toggle?.getAttribute("aria-controls"),
        panelId: panel?.id,
        hidden: panel?.getAttribute("hidden"),
        // A collapsed panel keeps its (padding) box; what matters is whether
        // its paragraphs are rendered.
        contentVisible: Boolean(panel && [...panel.children].some((child) => child.checkVisibility())),
      };
    }),
  );
}

/**
 * Injects axe-core (once per page or frame: `page` may be either) and runs it
 * on `selector` with AXE_TAGS; axe follows open shadow roots. Returns the
 * violations as plain objects.
 */
export async function runAxe(page, selector = EMBED) {
  axeSource ??= readFileSync(AXE_SOURCE_PATH, "utf8");
  const loaded = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ sel, tags }) => {
      const results = await window.axe.run(sel, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.join(" "),
          summary: n.failureSummary,
        })),
      }));
    },
    { sel: selector, tags: AXE_TAGS },
  );
}

/** Human-readable list of axe violations for an assertion message. */
export function formatViolations(violations) {
  return violations
    .map(
      (v) =>
        `- ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    at ${n.target}\n      ${String(n.summary).replace(/\n/g, "\n      ")}`)
          .join("\n"),
    )
    .join("\n");
}

/** Asserts that axe finds nothing on `selector` in the page's current state. */
export async function assertAccessible(page, state, selector = EMBED) {
  const violations = await runAxe(page, selector);
  assert.equal(
    violations.length,
    0,
    `axe found ${violations.length} violation(s) in state "${state}":\n${formatViolations(violations)}`,
  );
}

/**
 * Page options for articles that fail validation: the widget logs its
 * problems and `mount()` throws, which the host page logs too. Those two
 * console errors are expected; any other still fails the test.
 */
export const EXPECTED_MOUNT_ERRORS = {
  expectStatus: "error",
  allowConsoleErrors: [
    /^interactive-article: the article could not be shown:/,
    /^interactive-article host: mounting the widget failed Error: interactive-article: the article could not be shown:/,
  ],
};
