// The Lighthouse part of `make bench` (alone: `make bench-lighthouse`): the
// CLI's pages as PageSpeed Insights judges them, each beside the same DOM as
// static HTML. Not a test: it prints figures and writes them to
// BENCHMARKS.md (between <!-- lighthouse:start --> and <!-- lighthouse:end -->).
//
// Lighthouse's default configuration, which is PageSpeed Insights' mobile
// run: a phone's screen (412 × 823 CSS px), simulated throttling (the page
// loads at full speed and Lighthouse computes the metrics for a 150 ms RTT,
// 1.6 Mbps link and a CPU 4× slower; the most repeatable method), the
// performance category plus the console-errors audit. Scenarios, each as the
// CLI writes it (`render --page`) and as static HTML (the same page with
// every <script> element removed, so the declarative shadow root is shown
// and nothing runs):
//
//   default      the default article
//   50 sections  a generated article of 50 sections × 10 paragraphs, all
//                collapsed at start (scripts/bench-article.mjs)
//   below fold   the default article after two screens of host text: the
//                element starts one screen below the fold, as an embed far
//                down a news page, for a reader who never scrolls
//
// The pages are served from 127.0.0.1 by scripts/serve.mjs with every file
// brotli-compressed (quality 11), as a CDN serves them, and without a
// favicon.ico, so a page that asks for one shows the 404 as a console error.
// Each run is a fresh Chromium; runs go round the pages in turn, so a change
// in the machine's load spreads over all of them.
//
//   BENCH_LH_RUNS=3 node scripts/bench-lighthouse.mjs   runs per page (≥ 1; default 3)
//   BENCH_WRITE=0   prints only, leaves BENCHMARKS.md alone
//
// Needs `make www` (www/pkg) and the release CLI (target/release/interactive-article),
// as integrators run it: a debug build names components in its hydration
// comments, so its pages are not the bytes a site serves (at 2,000 sections
// 7 % more raw, yet 4 % fewer brotli, the long names compressing well).

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants as zlib } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, startServer } from "../tests/e2e/harness.mjs";
import { sectionsArticle } from "./bench-article.mjs";
import { machine, median, writeBenchmarksSection } from "./bench-report.mjs";

const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const WRITE = process.env.BENCH_WRITE !== "0";
const SITE = path.join(REPO_ROOT, "target/bench/lighthouse");
const CLI = path.join(REPO_ROOT, "target/release/interactive-article");
const DEFAULT_ARTICLE = path.join(REPO_ROOT, "articles/china-open-source-ai.json");
// What the pages load from www/pkg.
const PKG_FILES = ["interactive-article.js", "interactive_article.js", "interactive_article_bg.wasm", "interactive-article.css", "shadow.css", "icon.svg"];

if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BENCH_LH_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_LH_RUNS}`);

const SCENARIOS = [
  { key: "default", name: "default article (4 sections)" },
  { key: "sections-50", name: "50 sections" },
  { key: "below-fold", name: "default article, one screen below the fold" },
];
// The CLI's page with each moment the loader may run the wasm (`render
// --hydrate`; visible is the default), and without any script.
const VARIANTS = [
  { key: "cli", name: "CLI's page", hydrate: "visible" },
  { key: "cli-idle", name: "CLI's page, hydrate=idle", hydrate: "idle" },
  { key: "cli-interaction", name: "CLI's page, hydrate=interaction", hydrate: "interaction" },
  { key: "static", name: "static HTML" },
];

// ---- The pages --------------------------------------------------------------

function cliPage(file, hydrate) {
  const when = hydrate === "visible" ? [] : ["--hydrate", hydrate];
  return execFileSync(CLI, ["render", "--page", "--assets", "./pkg/", ...when, file], { encoding: "utf8", maxBuffer: 1 << 30 });
}

// The same DOM with nothing to run: the loader, the widget's JSON and the
// page's JSON-LD all go (JSON inside a <script> never holds "</script", the
// CLI escapes "<" there).
function staticPage(page) {
  const stripped = page.replace(/<script\b[^>]*>[\s\S]*?<\/script>\n?/g, "");
  if (stripped.includes("<script")) throw new Error("static variant: a <script> is left");
  return stripped;
}

// Two screens of a host's own text before the element: 200vh, and the
// heading's top margin, put the element's top just past two screen heights,
// one screen below the fold.
const HOST_TEXT = `<div style="min-height: 200vh; font: 18px/1.5 serif">
<h1>Today's news</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Host page paragraph ${i + 1}: the news site's own text, above the embedded article, which a reader sees first and may read without ever scrolling down to the embed.</p>`).join("\n")}
</div>
`;

function belowFoldPage(page) {
  const moved = page.replace("<main>\n", `<main>\n${HOST_TEXT}`);
  if (moved === page) throw new Error("render --page: no <main> to put the host text in");
  return moved;
}

const brotli = (data) =>
  brotliCompressSync(data, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length } });

function buildSite() {
  if (!existsSync(path.join(REPO_ROOT, "www/pkg/interactive_article_bg.wasm"))) {
    throw new Error("www/pkg is not built: run `make www` first (or `make bench-lighthouse`)");
  }
  if (!existsSync(CLI)) throw new Error("target/release/interactive-article is not built: run `cargo build --release` first (or `make bench-lighthouse`)");
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(path.join(SITE, "pkg"), { recursive: true });
  const files = {};
  for (const file of PKG_FILES) files[`pkg/${file}`] = readFileSync(path.join(REPO_ROOT, "www/pkg", file));
  const fifty = path.join(SITE, "sections-50.json");
  writeFileSync(fifty, JSON.stringify(sectionsArticle(50)));
  for (const variant of VARIANTS.filter((v) => v.hydrate)) {
    const pages = { default: cliPage(DEFAULT_ARTICLE, variant.hydrate), "sections-50": cliPage(fifty, variant.hydrate) };
    pages["below-fold"] = belowFoldPage(pages.default);
    for (const [key, page] of Object.entries(pages)) {
      files[`${key}-${variant.key}.html`] = page;
      if (variant.key === "cli") files[`${key}-static.html`] = staticPage(page);
    }
  }
  rmSync(fifty);
  // Stored compressed, sent with Content-Encoding: br (scripts/serve.mjs
  // adds _headers' headers to every file it serves).
  for (const [name, data] of Object.entries(files)) writeFileSync(path.join(SITE, name), brotli(Buffer.from(data)));
  writeFileSync(path.join(SITE, "_headers"), "/*\n  Content-Encoding: br\n");
}

// ---- Measuring --------------------------------------------------------------

// PageSpeed Insights' mobile run, as above. The full-page screenshot would
// stretch the viewport to the page's height after the load, and only shows
// in the HTML report.
const CONFIG = {
  extends: "lighthouse:default",
  settings: {
    onlyCategories: ["performance"],
    onlyAudits: ["errors-in-console"],
    disableFullPageScreenshot: true,
  },
};

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: "error" }, CONFIG);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const { formFactor, throttlingMethod } = lhr.configSettings;
    if (formFactor !== "mobile" || throttlingMethod !== "simulate") {
      throw new Error(`${url}: Lighthouse ran as ${formFactor} with ${throttlingMethod} throttling, not mobile with simulate`);
    }
    const value = (id) => {
      const audit = lhr.audits[id];
      if (audit?.numericValue == null) throw new Error(`${url}: no ${id} (${audit?.errorMessage ?? "audit missing"})`);
      return audit.numericValue;
    };
    // Lighthouse 12.2 reads some of this Chromium's trace events wrongly: the
    // diagnostics that need root causes (the LCP element, layout-shift
    // culprits, render-blocking resources) fail, and the metrics do not.
    // A failed metric leaves the score null.
    if (lhr.categories.performance.score == null) throw new Error(`${url}: no performance score`);
    const errors = lhr.audits["errors-in-console"].details?.items ?? [];
    for (const warning of lhr.runWarnings) console.log(`Lighthouse warns (${url}): ${warning}`);
    return {
      score: lhr.categories.performance.score * 100,
      lcp: value("largest-contentful-paint"),
      tbt: value("total-blocking-time"),
      cls: value("cumulative-layout-shift"),
      bytes: value("total-byte-weight"),
      errors: errors.length,
      warnings: lhr.runWarnings,
      errorTexts: errors.map((e) => `${e.sourceLocation?.url ?? e.source}: ${e.description}`),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      lighthouse: lhr.lighthouseVersion,
      throttling: lhr.configSettings.throttling,
      screen: lhr.configSettings.screenEmulation,
    };
  } finally {
    await chrome.kill();
  }
}

// ---- Reporting --------------------------------------------------------------

const METRICS = [
  ["performance", "score", (x) => String(Math.round(x))],
  ["LCP", "lcp", (x) => `${(x / 1000).toFixed(2)} s`],
  ["TBT", "tbt", (x) => `${Math.round(x)} ms`],
  ["CLS", "cls", (x) => x.toFixed(3)],
  ["bytes", "bytes", (x) => `${(x / 1000).toFixed(1)} KB`],
  ["console errors", "errors", (x) => String(x)],
];
// Beside static HTML: LCP and bytes as ratios; TBT as a difference, since
// static HTML's is 0 or the noise of a few ms.
const BESIDE_STATIC = [
  ["LCP ÷ static", (page, flat) => `${(page.lcp / flat.lcp).toFixed(2)}×`],
  ["TBT − static", (page, flat) => `${page.tbt >= flat.tbt ? "+" : "−"}${Math.round(Math.abs(page.tbt - flat.tbt))} ms`],
  ["bytes ÷ static", (page, flat) => `${(page.bytes / flat.bytes).toFixed(2)}×`],
];

function table(results) {
  const lines = [
    `| page | ${[...METRICS.map((m) => m[0]), ...BESIDE_STATIC.map((c) => c[0])].join(" | ")} |`,
    `|---|${[...METRICS, ...BESIDE_STATIC].map(() => "---:").join("|")}|`,
  ];
  for (const scenario of SCENARIOS) {
    for (const variant of VARIANTS) {
      const r = results[scenario.key][variant.key];
      const flat = results[scenario.key].static;
      const beside = BESIDE_STATIC.map(([, compare]) => (variant.key === "static" ? "" : compare(r, flat)));
      lines.push(`| ${scenario.name}: ${variant.name} | ${[...METRICS.map(([, key, fmt]) => fmt(r[key])), ...beside].join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

function section(results, info) {
  const { throttling: t, screen } = info;
  const list = (items) => [...items].map((text) => `- ${text}`).join("\n");
  const warnings = info.warnings.size ? `\n\nLighthouse's warnings:\n\n${list(info.warnings)}` : "";
  return `<!-- lighthouse:start -->
## As PageSpeed Insights measures it (Lighthouse)

\`make bench\` (or \`make bench-lighthouse\` alone; scripts/bench-lighthouse.mjs)
runs Lighthouse's default configuration, which is PageSpeed Insights' mobile
run, on the page \`interactive-article render --page\` writes and on the same
DOM as static HTML: that page with every \`<script>\` removed, so the
declarative shadow root shows and nothing runs. Screen ${screen.width} × ${screen.height} CSS px
at ${screen.deviceScaleFactor}×; simulated throttling (${t.rttMs} ms RTT, ${(t.throughputKbps / 1000).toFixed(1)} Mbps, CPU ${t.cpuSlowdownMultiplier}×
slower). The pages are served from 127.0.0.1 brotli-compressed (quality 11),
as a CDN serves them, and without a \`favicon.ico\`. *Below the fold*: the
default article after two screens of the host's own text, so that its top
is one screen below the fold: what a reader who never scrolls to it pays.
*Bytes*: Lighthouse's total byte weight (what went over the wire). Median
of ${RUNS} run${RUNS === 1 ? "" : "s"}, a fresh Chromium each, the pages in turn; the last
columns compare each page with its static HTML.

Machine: ${info.cpu}, ${info.cores} cores (\`nproc\`), load average ${info.load} at the start;
Lighthouse ${info.lighthouse}, Chromium ${info.chromium}, benchmark index ${Math.round(info.benchmarkIndex)} (median);
${info.date} UTC; commit ${info.commit}. The Lighthouse part took ${info.wallSeconds} s.
A load average near the number of cores or above means other work shared
the machine, and the simulated CPU times, TBT first, come out longer. With
this Chromium, Lighthouse's diagnostics that need the trace's root causes
(the LCP element, layout-shift culprits, render-blocking resources) fail;
the metrics in the table do not.

${table(results)}

Console errors seen:${info.errorTexts.size ? `\n\n${list(info.errorTexts)}` : " none."}${warnings}
<!-- lighthouse:end -->`;
}

// Before the run, so the load average is other work's.
const atStart = machine();
const started = Date.now();
buildSite();
const server = await startServer({ root: path.relative(REPO_ROOT, SITE) });
const runs = {};
try {
  for (let i = 0; i < RUNS; i++) {
    for (const scenario of SCENARIOS) {
      for (const variant of VARIANTS) {
        const page = `${scenario.key}-${variant.key}`;
        const r = await lighthouseRun(`${server.origin}/${page}.html`);
        (runs[page] ??= []).push(r);
        console.log(
          `run ${i + 1}/${RUNS} ${page.padEnd(18)} ` + METRICS.map(([name, key, fmt]) => `${name}=${fmt(r[key])}`).join(" "),
        );
      }
    }
  }
} finally {
  await server.stop();
}

// The server's port changes from run to run.
const withoutOrigin = (text) => text.replaceAll(/http:\/\/127\.0\.0\.1:\d+/g, "");
const results = {};
const all = Object.values(runs).flat();
for (const scenario of SCENARIOS) {
  results[scenario.key] = {};
  for (const variant of VARIANTS) {
    const pageRuns = runs[`${scenario.key}-${variant.key}`];
    results[scenario.key][variant.key] = Object.fromEntries(METRICS.map(([, key]) => [key, median(pageRuns.map((r) => r[key]))]));
  }
}
const { lighthouse: lighthouseVersion, throttling, screen } = all[0];
const info = {
  ...atStart,
  lighthouse: lighthouseVersion,
  // The user agent string gives only the major version.
  chromium: /[\d.]+/.exec(execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" }))?.[0] ?? "?",
  throttling,
  screen,
  benchmarkIndex: median(all.map((r) => r.benchmarkIndex)),
  errorTexts: new Set(all.flatMap((r) => r.errorTexts.map(withoutOrigin))),
  warnings: new Set(all.flatMap((r) => r.warnings.map(withoutOrigin))),
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
const text = section(results, info);
if (WRITE) {
  writeBenchmarksSection("lighthouse", text);
  console.log(`wrote BENCHMARKS.md (Lighthouse part: ${info.wallSeconds} s)`);
} else {
  console.log(text);
}
