// `make bench`: how fast and how heavy the widget is next to its peers, in
// headless Chromium. Not a test: it prints figures and writes them to
// BENCHMARKS.md (between <!-- bench:start --> and <!-- bench:end -->).
//
// Articles: the default article and generated ones of 50, 500 and 2,000
// sections × 10 paragraphs, 2 claims a section (scripts/bench-article.mjs),
// every section collapsed at start. Contenders, each showing the same text
// (title, standfirst, intro, sections, sources):
//
//   widget, prerendered  `interactive-article render --page` + the loader,
//                        which hydrates the declarative shadow root
//   widget, mount()      an empty container, mount(container, json)
//   same DOM, no script  the prerendered page without its script: what
//                        the browser alone spends on that page, which no
//                        script can take back (only the first columns)
//   GOV.UK accordion     govuk-frontend's Accordion, its own CSS and JS,
//                        started with initAll() as its docs say
//   <details>            one <details> a section, a "Show all" button
//   <details> + c-v      the same with content-visibility:auto
//
// Each run opens a fresh page and measures, in the page:
//   bytes          brotli (quality 11) of every file the page fetched
//   visible        navigation → first contentful paint
//   interactive    navigation → ready (widget: ia-ready; GOV.UK: initAll()
//                  returned; <details>: its script ran); for the widget also
//                  ready − the wasm module instantiated ("after instance")
//   expand-all, collapse-all, one section, one callout
//                  click() → the task after the next frame (requestAnimationFrame
//                  then a zero-delay task): script, style, layout and paint
//   longest task   PerformanceObserver "longtask" (only tasks ≥ 50 ms exist):
//                  from navigation to ready (the issue's measure: what a
//                  reader who never touches the widget pays, the browser's
//                  own parsing of the page included), and over the whole
//                  run (expand-all and the other clicks too)
//   most script    of the long tasks to ready, the most script time in one:
//                  the time the Long Animation Frames API's script entries
//                  (which RUM tools attribute long tasks with) spent in it.
//                  The page's own script; the rest of a task is the browser's
//   heap           JSHeapUsedSize (CDP Performance.getMetrics, after a
//                  garbage collection) plus the wasm linear memory
// and the table gives the median of BENCH_RUNS runs (default 5).
//
//   BENCH_RUNS=5 BENCH_SIZES=default,50,500,2000 node scripts/bench.mjs
//   BENCH_WRITE=0   prints only, leaves BENCHMARKS.md alone
//   BENCH_CONTENDERS=prerendered,mount   only these (keys as below; the
//                   ratios need prerendered and the peers)
//
// Needs `make www` (www/pkg) and the release CLI (target/release/interactive-article),
// as integrators run it: a debug build names components in its hydration
// comments, so its pages are not the bytes a site serves (at 2,000 sections
// 7 % more raw, yet 4 % fewer brotli, the long names compressing well).

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, startServer } from "../tests/e2e/harness.mjs";
import { sectionsArticle } from "./bench-article.mjs";
import { machine, median, writeBenchmarksSection } from "./bench-report.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_SIZES ?? "default,50,500,2000").split(",").map((s) => s.trim());
const WRITE = process.env.BENCH_WRITE !== "0";
const SITE = path.join(REPO_ROOT, "target/bench/site");
const CLI = path.join(REPO_ROOT, "target/release/interactive-article");
const GOVUK = path.join(REPO_ROOT, "node_modules/govuk-frontend/dist/govuk");

const ALL_CONTENDERS = [
  { key: "prerendered", name: "widget, prerendered + hydrated" },
  { key: "mount", name: "widget, mount()" },
  { key: "static", name: "the prerendered page without script (the page alone)" },
  { key: "govuk", name: "GOV.UK accordion" },
  { key: "details", name: "`<details>`" },
  { key: "details-cv", name: "`<details>` + `content-visibility:auto`" },
];
const CONTENDERS = process.env.BENCH_CONTENDERS
  ? ALL_CONTENDERS.filter((c) => process.env.BENCH_CONTENDERS.split(",").includes(c.key))
  : ALL_CONTENDERS;

// ---- The pages ------------------------------------------------------------

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

// A paragraph's text with its claims' quotes in <mark>, as the peers show
// claims (they have no callouts).
function markedParagraph(text, quotes) {
  let html = escapeHtml(text);
  for (const quote of quotes) {
    const q = escapeHtml(quote);
    const at = html.indexOf(q);
    if (at >= 0) html = `${html.slice(0, at)}<mark>${q}</mark>${html.slice(at + q.length)}`;
  }
  return html;
}

function sectionsOf(article) {
  return article.sections.map((section) => ({
    id: section.id,
    heading: section.heading,
    paragraphs: section.paragraphs.map((p) =>
      markedParagraph(
        p,
        article.claims.filter((c) => c.section === section.id).map((c) => c.quote),
      ),
    ),
  }));
}

// Recorded from the first script on every page: paints, long tasks, when the
// wasm module was instantiated and when the contender said it was ready.
const PROBE = `
window.__bench = { longest: 0, tasks: [], scripts: [], ready: null, instantiated: null };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    __bench.longest = Math.max(__bench.longest, e.duration);
    __bench.tasks.push([e.startTime, e.duration]);
  }
}).observe({ type: "longtask", buffered: true });
new PerformanceObserver((list) => {
  for (const frame of list.getEntries()) {
    for (const script of frame.scripts) __bench.scripts.push([script.startTime, script.duration]);
  }
}).observe({ type: "long-animation-frame", buffered: true });
for (const name of ["instantiate", "instantiateStreaming"]) {
  const original = WebAssembly[name];
  WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then((result) => {
    __bench.instantiated ??= performance.now();
    return result;
  });
}
document.addEventListener("ia-ready", () => { __bench.ready ??= performance.now(); }, true);
`;

function head(title, extra = "") {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script src="probe.js"></script>
${extra}</head>
`;
}

function sourcesHtml(article) {
  return `<h2>Sources</h2>\n<ol>\n${article.sources
    .map((s) => `<li><a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a></li>`)
    .join("\n")}\n</ol>\n`;
}

function introHtml(article, pClass = "") {
  const cls = pClass ? ` class="${pClass}"` : "";
  return `<h1>${escapeHtml(article.title)}</h1>\n<p${cls}>${escapeHtml(article.standfirst ?? "")}</p>\n${article.intro
    .map((p) => `<p${cls}>${escapeHtml(p.text ?? p)}</p>`)
    .join("\n")}\n`;
}

const PEER_CSS = `body { font: 18px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 0 auto; padding: 1rem; }
details { border-top: 1px solid #bbb; padding: 0.5rem 0; }
summary { cursor: pointer; }
summary h2 { display: inline; font-size: 1.3rem; }`;

const SHOW_ALL = `<script type="module">
const details = [...document.querySelectorAll("details")];
const button = document.querySelector("#show-all");
button.addEventListener("click", () => {
  const open = !details.every((d) => d.open);
  for (const d of details) d.open = open;
  button.textContent = open ? "Hide all sections" : "Show all sections";
});
__bench.ready = performance.now();
</script>`;

function detailsPage(article, contentVisibility) {
  const css = contentVisibility
    ? `${PEER_CSS}\ndetails { content-visibility: auto; contain-intrinsic-size: auto 3rem; }`
    : PEER_CSS;
  return `${head(article.title, `<style>\n${css}\n</style>\n`)}<body>
<main>
${introHtml(article)}<button type="button" id="show-all">Show all sections</button>
${sectionsOf(article)
  .map(
    (s) =>
      `<details id="${s.id}"><summary><h2>${escapeHtml(s.heading)}</h2></summary>\n${s.paragraphs
        .map((p) => `<p>${p}</p>`)
        .join("\n")}\n</details>`,
  )
  .join("\n")}
${sourcesHtml(article)}</main>
${SHOW_ALL}
</body>
</html>
`;
}

// The accordion's markup as its Nunjucks template writes it, and the
// start-up its docs give (govuk-frontend-supported on <body>, initAll()).
function govukPage(article) {
  return `${head(article.title, `<link rel="stylesheet" href="govuk/govuk-frontend.min.css">\n`)}<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-width-container"><main class="govuk-main-wrapper">
${introHtml(article, "govuk-body")}<div class="govuk-accordion" data-module="govuk-accordion" id="accordion">
${sectionsOf(article)
  .map(
    (s, i) => `<div class="govuk-accordion__section">
<div class="govuk-accordion__section-header"><h2 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="accordion-heading-${i + 1}">${escapeHtml(s.heading)}</span></h2></div>
<div id="accordion-content-${i + 1}" class="govuk-accordion__section-content">
${s.paragraphs.map((p) => `<p class="govuk-body">${p}</p>`).join("\n")}
</div>
</div>`,
  )
  .join("\n")}
</div>
${sourcesHtml(article)}</main></div>
<script type="module">
import { initAll } from "./govuk/govuk-frontend.min.js";
initAll();
__bench.ready = performance.now();
</script>
</body>
</html>
`;
}

function mountPage(article, json) {
  return `${head(article.title, `<link rel="stylesheet" href="pkg/interactive-article.css">\n`)}<body>
<main id="stage"></main>
<script type="application/json" id="article">${json.replace(/</g, "\\u003c")}</script>
<script type="module">
import init, { mount } from "./pkg/interactive_article.js";
await init();
mount(document.querySelector("#stage"), document.querySelector("#article").textContent, { sections: "collapsed" });
</script>
</body>
</html>
`;
}

function prerenderedPage(file) {
  const page = execFileSync(CLI, ["render", "--page", "--assets", "./pkg/", "--sections", "collapsed", file], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const probed = page.replace("<head>\n", '<head>\n<script src="probe.js"></script>\n');
  if (probed === page) throw new Error("render --page: no <head> to put the probe in");
  return probed;
}

// The page `render --page` wrote, without the loader: ready at its load event.
function staticPage(page) {
  const loader = /<script type="module" src="[^"]*interactive-article\.js"><\/script>/;
  if (!loader.test(page)) throw new Error("render --page: no loader script to take out");
  return page.replace(loader, "").replace('<script src="probe.js"></script>', '<script src="probe.js"></script>\n<script src="ready-at-load.js"></script>');
}

function buildSite() {
  if (!existsSync(path.join(REPO_ROOT, "www/pkg/interactive_article_bg.wasm"))) {
    throw new Error("www/pkg is not built: run `make www` first (or `make bench`)");
  }
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(path.join(SITE, "articles"), { recursive: true });
  cpSync(path.join(REPO_ROOT, "www/pkg"), path.join(SITE, "pkg"), { recursive: true });
  mkdirSync(path.join(SITE, "govuk"));
  for (const file of ["govuk-frontend.min.js", "govuk-frontend.min.css"]) {
    cpSync(path.join(GOVUK, file), path.join(SITE, "govuk", file));
  }
  // The CSS asks for GOV.UK's typeface at /assets/fonts/.
  cpSync(path.join(GOVUK, "assets"), path.join(SITE, "assets"), { recursive: true });
  writeFileSync(path.join(SITE, "probe.js"), PROBE);
  writeFileSync(path.join(SITE, "ready-at-load.js"), 'addEventListener("load", () => { __bench.ready ??= performance.now(); });\n');
  // Browsers ask for one; an empty answer keeps the error log clean.
  writeFileSync(path.join(SITE, "favicon.ico"), "");
  for (const size of SIZES) {
    const article =
      size === "default"
        ? JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8"))
        : sectionsArticle(Number(size));
    const json = JSON.stringify(article);
    const file = path.join(SITE, "articles", `${size}.json`);
    writeFileSync(file, json);
    const prerendered = prerenderedPage(file);
    writeFileSync(path.join(SITE, `prerendered-${size}.html`), prerendered);
    writeFileSync(path.join(SITE, `static-${size}.html`), staticPage(prerendered));
    writeFileSync(path.join(SITE, `mount-${size}.html`), mountPage(article, json));
    writeFileSync(path.join(SITE, `govuk-${size}.html`), govukPage(article));
    writeFileSync(path.join(SITE, `details-${size}.html`), detailsPage(article, false));
    writeFileSync(path.join(SITE, `details-cv-${size}.html`), detailsPage(article, true));
  }
}

// ---- Measuring --------------------------------------------------------------

const brotliCache = new Map();
function brotliBytes(file) {
  if (!brotliCache.has(file)) {
    const data = readFileSync(file);
    brotliCache.set(
      file,
      brotliCompressSync(data, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    );
  }
  return brotliCache.get(file);
}

// In-page helpers, by contender: the buttons to click, and how many
// sections are open (each measurement checks that its click did what it says).
const IN_PAGE = `
window.__benchUi = (kind) => {
  const widgetRoot = () => document.querySelector("interactive-article")?.shadowRoot ?? document;
  const sections = {
    widget: () => [...widgetRoot().querySelectorAll(".ia-section__toggle")],
    govuk: () => [...document.querySelectorAll(".govuk-accordion__section-button")],
    details: () => [...document.querySelectorAll("details > summary")],
  }[kind]();
  const isOpen = {
    widget: (b) => b.getAttribute("aria-expanded") === "true",
    govuk: (b) => b.getAttribute("aria-expanded") === "true",
    details: (s) => s.parentElement.open,
  }[kind];
  const showAll = {
    widget: () => widgetRoot().querySelector(".ia-toolbar__toggle"),
    govuk: () => document.querySelector(".govuk-accordion__show-all"),
    details: () => document.querySelector("#show-all"),
  }[kind]();
  return { sections, openCount: () => sections.filter(isOpen).length, showAll, widgetRoot };
};
// click() on an element, resolved with the time to the task after the first
// frame in which done() holds: the event, the framework's work, style,
// layout and paint. Gives up (null) after 10 s.
window.__benchClick = (element, done) => new Promise((resolve) => {
  const start = performance.now();
  element.click();
  const next = () => requestAnimationFrame(() => setTimeout(() => {
    const elapsed = performance.now() - start;
    if (done()) resolve(elapsed);
    else if (elapsed > 10000) resolve(null);
    else next();
  }, 0));
  next();
});
`;

const kindOf = (key) => (key === "prerendered" || key === "mount" ? "widget" : key.startsWith("details") ? "details" : key);
// Contenders that are not one to click: only their load is measured.
const LOAD_ONLY = new Set(["static"]);

async function measure(browser, origin, contender, size) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(`${m.text()} ${m.location().url}`));
  const files = new Set();
  page.on("requestfinished", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) files.add(path.join(SITE, decodeURIComponent(url.pathname)));
  });
  await page.addInitScript(IN_PAGE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const kind = kindOf(contender.key);
  await page.goto(`${origin}/${contender.key}-${size}.html`, { waitUntil: "load" });
  await page.waitForFunction(() => window.__bench?.ready != null, null, { timeout: 60_000 });
  // Let the first frames after ready settle (the FCP entry, late long tasks).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
  const load = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    ready: __bench.ready,
    instantiated: __bench.instantiated,
    // Tasks that started before ready: ready is sent from inside the last.
    longestToReady: Math.max(0, ...__bench.tasks.filter(([start]) => start <= __bench.ready).map(([, d]) => d)),
    // The script time in each of those tasks, from the Long Animation
    // Frames' script entries (what RUM tools attribute a long task to).
    scriptToReady: Math.max(
      0,
      ...__bench.tasks
        .filter(([start]) => start <= __bench.ready)
        .map(([start, d]) =>
          __bench.scripts.reduce(
            (sum, [s, sd]) => sum + Math.max(0, Math.min(s + sd, start + d) - Math.max(s, start)),
            0,
          ),
        ),
    ),
  }));

  await cdp.send("HeapProfiler.collectGarbage");
  const metrics = Object.fromEntries((await cdp.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const wasmMemory =
    kind === "widget"
      ? await page.evaluate(async () => (await (await import("./pkg/interactive_article.js")).default()).memory.buffer.byteLength)
      : 0;

  const timings = LOAD_ONLY.has(kind) ? {} : await page.evaluate(async (kind) => {
    const ui = __benchUi(kind);
    const total = ui.sections.length;
    const opened = (expected) => () => ui.openCount() === expected;
    const check = (what, time) => {
      if (time == null) throw new Error(`${what}: not done after 10 s (${ui.openCount()} of ${total} sections open)`);
      return time;
    };
    if (!opened(0)()) throw new Error(`at start: ${ui.openCount()} of ${total} sections open`);
    const expandAll = check("expand-all", await __benchClick(ui.showAll, opened(total)));
    const collapseAll = check("collapse-all", await __benchClick(ui.showAll, opened(0)));
    // One section in the middle, then one of its claims.
    const middle = ui.sections[Math.floor(total / 2)];
    const oneSection = check("one section", await __benchClick(middle, opened(1)));
    let callout = null;
    if (kind === "widget") {
      const section = middle.closest(".ia-section");
      const claim = section.querySelector(".ia-claim__words");
      // Opening a claim in a section the widget took over from the server
      // renders the section anew: look it up again.
      const root = section.getRootNode();
      const shown = () => root.querySelector(`[data-ia-section="${section.dataset.iaSection}"] .ia-callout`) != null;
      callout = check("callout", await __benchClick(claim, shown));
    }
    return { expandAll, collapseAll, oneSection, callout };
  }, kind);
  const longest = await page.evaluate(() => __bench.longest);
  await context.close();
  if (errors.length) throw new Error(`${contender.key}-${size}: ${errors.join("; ")}`);
  let bytes = 0;
  // Fonts are the site's typeface, not the component's cost.
  for (const file of files) if (!/\.woff2?$/.test(file)) bytes += brotliBytes(file);
  return {
    bytes,
    fcp: load.fcp,
    ready: load.ready,
    afterInstance: load.instantiated == null ? null : load.ready - load.instantiated,
    ...timings,
    longestToReady: load.longestToReady,
    scriptToReady: load.scriptToReady,
    longest,
    heap: metrics.JSHeapUsedSize + wasmMemory,
    jsHeap: metrics.JSHeapUsedSize,
    wasmMemory,
  };
}

// ---- Reporting --------------------------------------------------------------

const ms = (x) => (x == null ? "–" : x < 10 ? `${x.toFixed(1)} ms` : `${Math.round(x).toLocaleString("en")} ms`);
const kb = (x) => (x == null ? "–" : `${(x / 1000).toFixed(1)} KB`);
const mb = (x) => (x == null ? "–" : `${(x / 1e6).toFixed(2)} MB`);
const longTask = (x) => (x == null ? "–" : x === 0 ? "< 50 ms" : ms(x));
const ratio = (a, b) => (a == null || b == null || b === 0 ? "–" : `${(a / b).toFixed(2)}×`);
const sizeName = (size) => (size === "default" ? "default article (4 sections)" : `${Number(size).toLocaleString("en")} sections`);

const COLUMNS = [
  ["bytes (brotli)", "bytes", kb],
  ["content visible", "fcp", ms],
  ["interactive", "ready", ms],
  ["after instance", "afterInstance", ms],
  ["expand-all", "expandAll", ms],
  ["collapse-all", "collapseAll", ms],
  ["one section", "oneSection", ms],
  ["one callout", "callout", ms],
  ["longest task to interactive", "longestToReady", longTask],
  ["most script in one of those tasks", "scriptToReady", ms],
  ["longest task, whole run", "longest", longTask],
  ["heap (JS + wasm)", "heap", mb],
  ["of which wasm", "wasmMemory", mb],
];
const RATIO_KEYS = ["bytes", "ready", "expandAll", "collapseAll", "oneSection", "heap"];

function table(results) {
  const lines = [];
  for (const size of SIZES) {
    lines.push(`### ${sizeName(size)}`, "");
    lines.push(`| | ${COLUMNS.map((c) => c[0]).join(" | ")} |`, `|---|${COLUMNS.map(() => "---").join("|")}|`);
    for (const c of CONTENDERS) {
      const r = results[size][c.key];
      lines.push(`| ${c.name} | ${COLUMNS.map(([, key, fmt]) => fmt(r[key])).join(" | ")} |`);
    }
    lines.push("");
    const widget = results[size].prerendered;
    const peers = CONTENDERS.filter((c) => !["prerendered", "mount", ...LOAD_ONLY].includes(c.key));
    if (!widget || peers.length === 0) continue;
    lines.push("Prerendered widget ÷ peer (below 1× the widget is faster or lighter):", "");
    const names = RATIO_KEYS.map((k) => COLUMNS.find((c) => c[1] === k)[0]);
    lines.push(`| | ${names.join(" | ")} |`, `|---|${names.map(() => "---").join("|")}|`);
    for (const c of peers) {
      const r = results[size][c.key];
      lines.push(`| ÷ ${c.name} | ${RATIO_KEYS.map((k) => ratio(widget[k], r[k])).join(" | ")} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

function section(results, info) {
  return `<!-- bench:start -->
## Speed and weight in the browser

\`make bench\` (scripts/bench.mjs) in headless Chromium: the default article
and generated articles of N sections × 10 paragraphs, 2 claims a section, all
collapsed at start (scripts/bench-article.mjs). Median of ${RUNS} runs, a fresh
page each. *Bytes*: brotli (quality 11) of every file the page fetched, page
included. *Content visible*: navigation → first contentful paint.
*Interactive*: navigation → ready (widget: \`ia-ready\`; GOV.UK: \`initAll()\`
returned; \`<details>\`: its script ran); *after instance*: ready − the wasm
module instantiated. *Expand-all*, *collapse-all*, *one section* (the middle
one) and *one callout* (a claim in that section; the peers have no
callouts): \`click()\` → the task after the next frame. *Longest task*:
PerformanceObserver \`longtask\` (only tasks of 50 ms or more are
reported), from navigation to interactive (the browser's own parsing and
layout of the page included: the \`<details>\` rows are that alone), and
over the whole run, the clicks above included. *Most script in one of
those tasks*: of the long tasks to interactive, the most time the page's
script ran in one, as the Long Animation Frames API's script entries give it
(what RUM tools attribute a long task to): the rest of the task is the
browser's; 0 when no long task ran script. *Heap*: \`JSHeapUsedSize\` after a garbage collection plus
the wasm linear memory. GOV.UK: govuk-frontend's own
\`govuk-frontend.min.js\` and \`.min.css\`, as its docs serve them (its
web fonts load but are left out of its bytes). *The prerendered page without
script*: the widget's page with its loader taken out, to its \`load\` event:
what the browser alone spends on that DOM (parsing, style, layout), which no
script of the widget can take back.

Machine: ${info.cpu}, ${info.cores} cores (\`nproc\`), load average ${info.load} at the start; Chromium ${info.chromium};
${info.date} UTC; commit ${info.commit}.

${table(results)}<!-- bench:end -->`;
}

// Before the run, so the load average is other work's.
const atStart = machine();
buildSite();
const server = await startServer({ root: path.relative(REPO_ROOT, SITE) });
// The tests' Chromium, with frames produced as soon as there is work rather
// than at 60 Hz, so "click → next paint" is the work and not the wait for
// the next vsync (up to 16.7 ms).
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, "--disable-frame-rate-limit", "--disable-gpu-vsync"],
  headless: true,
});
const results = {};
try {
  for (const size of SIZES) {
    results[size] = {};
    for (const contender of CONTENDERS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.origin, contender, size));
      const r = Object.fromEntries(Object.keys(runs[0]).map((k) => [k, median(runs.map((run) => run[k]))]));
      results[size][contender.key] = r;
      console.log(
        `${size.padStart(7)} ${contender.key.padEnd(12)} ` +
          COLUMNS.map(([name, key, fmt]) => `${name}=${fmt(r[key])}`).join(" "),
      );
    }
  }
  const info = { ...atStart, chromium: browser.version() };
  const text = section(results, info);
  if (WRITE) {
    writeBenchmarksSection("bench", text);
    console.log("wrote BENCHMARKS.md");
  } else {
    console.log(text);
  }
} finally {
  await browser.close();
  await server.stop();
}
