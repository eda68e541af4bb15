// The examples of examples/ as an integrator runs them: each folder copied
// into an empty one, the package installed from its tarball (`make
// package`, dist/npm/*.tgz; never from the registry), the example's other
// dependencies, pinned in its package.json, from the registry through
// npm's cache (a second run fetches nothing):
// - vite: `vite build`, the built page served and opened in Chromium: the
//   widget renders the default article with its text in German (both files
//   Vite had to copy from the package) and a section toggles, with every
//   request to the page's own origin;
// - react-ts: `tsc --strict` passes, a misspelt attribute fails to compile,
//   and the `vite build` of it renders the element, which tells React of a
//   toggled section through its typed event;
// - worker: the worker entry, resolved through the package's `workerd`
//   export condition, run in workerd (miniflare) and answering with the
//   bytes of `interactive-article render --page` for every article.
// (The Node static-site example runs in tests/package/package.test.mjs.)
//
//   make package && node --test tests/package/examples.test.mjs
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, test } from "node:test";
import { REPO_ROOT, launchBrowser, startServer } from "../e2e/harness.mjs";
import { version } from "../../scripts/crate.mjs";

const tarball = join(REPO_ROOT, `dist/npm/interactive-article-${version}.tgz`);
const cli = join(REPO_ROOT, process.env.IA_CLI ?? "target/release/interactive-article");
const folders = [];
after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(" ")}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** examples/<name> in a fresh folder, with its dependencies installed and the package from the tarball. */
function install(name) {
  const folder = mkdtempSync(join(tmpdir(), `ia-example-${name}-`));
  folders.push(folder);
  const source = join(REPO_ROOT, "examples", name);
  cpSync(source, folder, { recursive: true, filter: (path) => !/^(node_modules|dist)(\/|$)/.test(relative(source, path)) });
  const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
  manifest.dependencies["interactive-article"] = `file:${tarball}`;
  writeFileSync(join(folder, "package.json"), JSON.stringify(manifest, null, 2));
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: folder });
  return folder;
}

/** Opens `url` in Chromium; `problems` collects page errors, console errors, failed requests and requests to another origin. */
async function open(browser, origin, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error}`));
  // The examples have no favicon; the browser's own request for one is not theirs.
  const favicon = (message) => message.location().url.endsWith("/favicon.ico");
  page.on("console", (message) => message.type() === "error" && !favicon(message) && problems.push(`console error: ${message.text()}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("response", (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`));
  page.on("request", (request) => {
    const { protocol, origin: from } = new URL(request.url());
    if (protocol !== "data:" && from !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  await page.goto(url);
  return { page, problems };
}

test("vite: the built page mounts the default article in German and a section toggles", async () => {
  const folder = install("vite");
  run(join(folder, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: folder });
  const server = await startServer({ root: join(folder, "dist") });
  const browser = await launchBrowser();
  try {
    const { page, problems } = await open(browser, server.origin.replace(/\/$/, ""), `${server.origin}/index.html`);
    const showAll = page.locator("#story .ia-toolbar button").first();
    const toggle = page.locator("#story section.ia-section button.ia-section__toggle").first();
    await toggle.waitFor();
    await page.locator("#story article.ia-article").getByText("Alle Abschnitte einblenden").waitFor();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.ok(await showAll.count());
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});

test("react-ts: tsc --strict passes, a misspelt attribute does not compile, and the built page renders the element", async (t) => {
  const folder = install("react-ts");
  const tsc = join(folder, "node_modules/.bin/tsc");
  run(tsc, ["-p", "."], { cwd: folder });

  const main = join(folder, "src/main.tsx");
  const source = readFileSync(main, "utf8");
  for (const [right, wrong] of [
    ['heading-level="2"', 'headinglevel="2"'],
    ['theme="light"', 'theme="blue"'],
  ]) {
    assert.ok(source.includes(right), `src/main.tsx has ${right}`);
    writeFileSync(main, source.replace(right, wrong));
    const checked = spawnSync(tsc, ["-p", "."], { cwd: folder, encoding: "utf8" });
    assert.notEqual(checked.status, 0, `${wrong} compiled`);
    assert.match(checked.stdout, /src\/main\.tsx\(\d+,\d+\): error TS/);
  }
  writeFileSync(main, source);

  run(join(folder, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], { cwd: folder });
  const server = await startServer({ root: join(folder, "dist") });
  const browser = await launchBrowser();
  try {
    const { page, problems } = await open(browser, server.origin.replace(/\/$/, ""), `${server.origin}/index.html`);
    const toggle = page.locator("interactive-article section.ia-section button.ia-section__toggle").first();
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    await page.locator("#opened", { hasNotText: "none yet" }).waitFor();
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});

test("worker: in workerd, the worker entry answers with the CLI's bytes for every article", async (t) => {
  const folder = install("worker");
  // What Wrangler's bundler does: resolve the package's export under the
  // workerd condition, and take the .wasm import as a compiled module.
  const resolved = run(process.execPath, ["--conditions=workerd", "--input-type=module", "-e", 'console.log(import.meta.resolve("interactive-article/server"))'], { cwd: folder }).trim();
  assert.match(resolved, /\/node_modules\/interactive-article\/server\/worker\.mjs$/);
  const server = new URL(".", resolved).pathname;
  const named = (name, path, type = "ESModule") => ({ type, path: join(folder, name), contents: readFileSync(path) });
  const { Miniflare } = await import("miniflare");
  const worker = new Miniflare({
    modules: [
      named("worker.mjs", join(folder, "worker.mjs")),
      named("interactive-article/server", join(server, "worker.mjs")),
      named("interactive-article/server.mjs", join(server, "server.mjs")),
      named("interactive-article/server_bg.wasm", join(server, "server_bg.wasm"), "CompiledWasm"),
    ],
    modulesRoot: folder,
    compatibilityDate: "2025-01-01",
  });
  t.after(() => worker.dispose());
  const articles = readdirSync(join(REPO_ROOT, "articles")).filter((name) => name.endsWith(".json"));
  assert.ok(articles.length >= 2);
  for (const name of articles) {
    const path = join(REPO_ROOT, "articles", name);
    const url = `https://news.example/${name.replace(/\.json$/, "")}`;
    const expected = run(cli, ["render", "--page", "--url", url, path]);
    const response = await worker.dispatchFetch(`http://worker/?url=${encodeURIComponent(url)}`, { method: "POST", body: readFileSync(path, "utf8") });
    assert.equal(response.status, 200, name);
    assert.ok((await response.text()) === expected, `${name}: the worker's page differs from the CLI's`);
  }
  const invalid = await worker.dispatchFetch("http://worker/", { method: "POST", body: "{}" });
  assert.equal(invalid.status, 422);
  assert.ok((await invalid.json()).problems.length > 0);
});
