// The npm package (`make package`, dist/npm/*.tgz) as a stranger meets it:
// installed from the tarball into an empty folder, offline (it has no
// dependencies), then used through its exports only:
// - the Node static-site example (examples/node-ssg) prints, for every
//   article, the bytes `interactive-article render --page` prints;
// - an integrator's TypeScript files (tests/types/consumer/) type-check under
//   tsc --strict against the installed package, with no path mapping, and
//   the misspellings in tests/types/errors/ still fail;
// - a page that imports the browser entry by an import map mounts an article
//   and toggles a section, and the element defined by ./element renders;
// - the package.json's exports resolve where its README says;
// - under Node (a server render of a page that imports it), the browser
//   entries import without a DOM.
//
//   make package && node --test tests/package/
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { REPO_ROOT, launchBrowser, startServer } from "../e2e/harness.mjs";
import { version } from "../../scripts/crate.mjs";

const tarball = join(REPO_ROOT, `dist/npm/interactive-article-${version}.tgz`);
const cli = join(REPO_ROOT, process.env.IA_CLI ?? "target/release/interactive-article");
let folder;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 1 << 28, ...options });
  assert.equal(result.status, 0, `${command} ${args.join(" ")}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

before(() => {
  folder = mkdtempSync(join(tmpdir(), "ia-consumer-"));
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], { cwd: folder });
});
after(() => rmSync(folder, { recursive: true, force: true }));

test("the package's exports resolve to files it ships", () => {
  const manifest = JSON.parse(readFileSync(join(folder, "node_modules/interactive-article/package.json"), "utf8"));
  assert.equal(manifest.version, version);
  const targets = [];
  const walk = (value) => (typeof value === "string" ? targets.push(value) : Object.values(value).forEach(walk));
  walk(manifest.exports);
  for (const target of targets.filter((t) => !t.includes("*"))) {
    assert.doesNotThrow(() => readFileSync(join(folder, "node_modules/interactive-article", target)), target);
  }
  assert.ok(readFileSync(join(folder, "node_modules/interactive-article", manifest.customElements)));
});

test("under Node, the browser entries import without a DOM and mount says where server rendering is", () => {
  const script = `await import("interactive-article/element");
const { mount } = await import("interactive-article");
try { mount(null, "{}"); } catch (error) { console.log(error.message); }`;
  const printed = run(process.execPath, ["--input-type=module", "-e", script], { cwd: folder });
  assert.match(printed, /^interactive-article: mount\(\) runs in a browser; on the server, render with "interactive-article\/server"$/m);
});

test("the Node static-site example prints the CLI's bytes for every article", () => {
  cpSync(join(REPO_ROOT, "examples/node-ssg/build.mjs"), join(folder, "build.mjs"));
  const out = join(folder, "public");
  run(process.execPath, ["build.mjs", join(REPO_ROOT, "articles"), out], { cwd: folder });
  const articles = readdirSync(join(REPO_ROOT, "articles")).filter((name) => name.endsWith(".json"));
  assert.ok(articles.length >= 2);
  for (const name of articles) {
    const expected = run(cli, ["render", "--page", join(REPO_ROOT, "articles", name)]);
    const made = readFileSync(join(out, name.replace(/\.json$/, ".html")), "utf8");
    assert.ok(made === expected, `${name}: the package's render differs from the CLI's`);
  }
});

test("an integrator's TypeScript type-checks against the installed package under tsc --strict", () => {
  const tsc = join(REPO_ROOT, "node_modules/.bin/tsc");
  mkdirSync(join(folder, "node_modules/@types"), { recursive: true });
  symlinkSync(join(REPO_ROOT, "node_modules/@types/react"), join(folder, "node_modules/@types/react"));
  for (const kind of ["consumer", "errors"]) {
    cpSync(join(REPO_ROOT, "tests/types", kind), join(folder, kind), { recursive: true });
  }
  const options = { strict: true, noEmit: true, target: "es2022", module: "nodenext", moduleResolution: "nodenext", lib: ["es2022", "dom"], jsx: "react-jsx", skipLibCheck: false };
  for (const kind of ["consumer", "errors"]) {
    writeFileSync(join(folder, `tsconfig.${kind}.json`), JSON.stringify({ compilerOptions: options, include: [`${kind}/**/*`] }));
    const result = spawnSync(tsc, ["-p", `tsconfig.${kind}.json`], { cwd: folder, encoding: "utf8" });
    // Every @ts-expect-error line in errors/ must be an error: tsc is clean
    // only if each misspelling fails to compile.
    assert.equal(result.status, 0, `${kind}:\n${result.stdout}${result.stderr}`);
  }
});

test("in a browser, the installed package mounts an article and defines the element", async () => {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>consumer</title>
<link rel="icon" href="./node_modules/interactive-article/embed/icon.svg">
<link rel="stylesheet" href="./node_modules/interactive-article/embed/interactive-article.css">
<script type="importmap">{"imports":{"interactive-article":"./node_modules/interactive-article/index.js","interactive-article/element":"./node_modules/interactive-article/element.js"}}</script>
<script type="module" src="./main.js"></script></head>
<body><div id="story"></div><interactive-article id="element" src="./article.json"></interactive-article></body></html>`;
  writeFileSync(join(folder, "index.html"), page);
  writeFileSync(join(folder, "article.json"), readFileSync(join(REPO_ROOT, "articles/eu-ai-act-labels.json")));
  writeFileSync(
    join(folder, "main.js"),
    `import { mount } from "interactive-article";
const text = await (await fetch("./node_modules/interactive-article/embed/articles/china-open-source-ai.json")).text();
window.handle = mount(document.getElementById("story"), text, { sections: "collapsed" });`,
  );
  const server = await startServer({ root: folder });
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    const errors = [];
    tab.on("pageerror", (error) => errors.push(String(error)));
    tab.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    tab.on("response", (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
    await tab.goto(`${server.origin}/index.html`);
    const toggle = tab.locator("#story section.ia-section button.ia-section__toggle").first();
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    await tab.locator("#element article.ia-article").waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
