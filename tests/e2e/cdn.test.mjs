// The CDN layout (`make bundle`: dist/embed/<version>/, integrity.json and
// snippet.html, by scripts/cdn.mjs) as a host uses it: the snippet pasted
// into a page, the folder served as it is. The widget renders through the
// hashes the snippet carries; a glue that is not the one hashed is refused
// (the import map's integrity), and so is a changed loader (its tag's);
// the glue carries the hashes of what it fetches itself, so a changed wasm,
// default article or language table is refused too.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { REPO_ROOT, launchBrowser, startServer } from "./harness.mjs";
import { version } from "../../scripts/crate.mjs";

const dist = path.join(REPO_ROOT, "dist/embed");
let root, server, browser;

before(async () => {
  assert.ok(existsSync(path.join(dist, version, "integrity.json")), "dist/embed/<version>/ is not built: `make bundle` builds it");
  root = mkdtempSync(path.join(tmpdir(), "ia-cdn-"));
  server = await startServer({ root });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** A host page with the snippet as scripts/cdn.mjs writes it for `base`, and the folder served under it; `tamper(folder)` changes a file after hashing; `attributes` are the element's (by default, an English article by `src`). */
function site(name, tamper = () => {}, attributes = `src="/${name}.json"`) {
  const bundle = path.join(root, name);
  cpSync(dist, bundle, { recursive: true, filter: (p) => p !== path.join(dist, version) });
  const made = spawnSync(process.execPath, [path.join(REPO_ROOT, "scripts/cdn.mjs"), bundle, `${server.origin}/${name}`], { encoding: "utf8" });
  assert.equal(made.status, 0, made.stderr);
  tamper(path.join(bundle, version));
  const snippet = readFileSync(path.join(bundle, version, "snippet.html"), "utf8");
  writeFileSync(path.join(root, `${name}.json`), readFileSync(path.join(REPO_ROOT, "articles/eu-ai-act-labels.json")));
  writeFileSync(
    path.join(root, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN</title><link rel="icon" href="/${name}/${version}/icon.svg">\n${snippet}</head>` +
      `<body><interactive-article hydrate="eager" ${attributes}></interactive-article></body></html>`,
  );
  return `${server.origin}/${name}.html`;
}

async function open(url) {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url);
  return { page, errors };
}

test("the snippet's hashes let the widget render from the versioned folder", async () => {
  const { page, errors } = await open(site("intact"));
  await page.locator("interactive-article article.ia-article").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a glue that is not the one hashed is refused, and so is a changed loader", async () => {
  for (const [name, file] of [["glue", "interactive_article.js"], ["loader", "interactive-article.js"]]) {
    const { page, errors } = await open(site(name, (folder) => appendFileSync(path.join(folder, file), "\n// changed\n")));
    await page.waitForTimeout(1500);
    assert.equal(await page.locator("interactive-article article.ia-article").count(), 0, `${name}: rendered anyway`);
    assert.ok(errors.some((e) => /integrity/i.test(e)), `${name}: no integrity error (${errors.join(" | ")})`);
    await page.close();
  }
});

test("a wasm or a default article that is not the one built is refused", async () => {
  for (const [name, file, attributes] of [
    ["wasm", "interactive_article_bg.wasm", undefined],
    ["default-article", "articles/china-open-source-ai.json", ""],
  ]) {
    const { page, errors } = await open(site(name, (folder) => appendFileSync(path.join(folder, file), "\n"), attributes));
    await page.locator("interactive-article .ia-error").waitFor();
    assert.equal(await page.locator("interactive-article article.ia-article").count(), 0, `${name}: rendered anyway`);
    assert.ok(errors.some((e) => /integrity/i.test(e)), `${name}: no integrity error (${errors.join(" | ")})`);
    await page.close();
  }
});

test("a language table that is not the one built is refused: the widget stays in English", async () => {
  const attributes = `src="/strings.json" lang="de"`;
  const intact = await open(site("strings-intact", () => {}, attributes.replace("strings", "strings-intact")));
  await intact.page.locator("interactive-article article.ia-article").getByText("Alle Abschnitte ausblenden").waitFor();
  assert.deepEqual(intact.errors, []);
  await intact.page.close();

  const { page, errors } = await open(site("strings", (folder) => appendFileSync(path.join(folder, "strings/de.txt"), "\n"), attributes));
  await page.locator("interactive-article article.ia-article").getByText("Hide all sections").waitFor();
  assert.ok(errors.some((e) => /integrity/i.test(e)), `no integrity error (${errors.join(" | ")})`);
  await page.close();
});
