// The server renderer (dist/server/, `make server`) against the CLI as an
// integrator runs it (the release build, target/release/interactive-article;
// a debug build names components in its hydration comments): for every
// article and fixture, render() from Node and from a worker in workerd
// returns the CLI's bytes, for each output and several option sets, and an
// article with problems is refused with validate --format json's problems.
//
//   cargo build --release --bin interactive-article && make server
//   node --test tests/server/
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, process.env.IA_CLI ?? "target/release/interactive-article");
const serverDir = join(root, "dist/server");
const defaultArticle = "articles/china-open-source-ai.json";

// Every article the repository has, by path from the root.
const files = ["articles", "tests/fixtures", "tests/fixtures/hostile"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => `${dir}/${name}`),
);

// A site's page template, as the README shows one.
const template = `<!doctype html>
<html lang="{{lang}}">
<head>
  <title>{{title}} · The Example Times</title>
  <meta name="description" content="{{description}}">
  {{canonical}}
  {{loader}}
  <script type="application/ld+json">{{json_ld}}</script>
</head>
<body>
  <main>{{widget}}</main>
</body>
</html>
`;

// Options as render() takes them; the CLI gets each as its flag, in the same
// order (`true` as a bare switch, the template as a file).
const optionSets = [
  {},
  { mount: true },
  { page: true },
  {
    page: true,
    theme: "dark",
    headingLevel: 2,
    lang: "fr",
    copyNotice: "off",
    url: "https://news.example/2026/story?a=1&b=<2>",
  },
  { mount: true, sections: "collapsed", theme: "light", copyNotice: false },
  { hydrate: "idle", assets: "https://cdn.example/ia/0.1.0", sections: "open", lang: "zh-Hans" },
  { template, url: "https://news.example/story", headingLevel: "3" },
  { template, mount: true },
];

let scratch;
// The file the CLI reads each template from, by its text.
const templateFiles = new Map();

function templateFile(text) {
  if (!templateFiles.has(text)) {
    const file = join(scratch, `template-${templateFiles.size}.html`);
    writeFileSync(file, text);
    templateFiles.set(text, file);
  }
  return templateFiles.get(text);
}

function flag(name) {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

function cliArgs(options) {
  return Object.entries(options).flatMap(([name, value]) => {
    if (value === true) return [flag(name)];
    if (name === "template") return [flag(name), templateFile(value)];
    return [flag(name), String(value)];
  });
}

function runCli(args) {
  const result = spawnSync(cli, args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  assert.equal(result.error, undefined, `${cli}: ${result.error}`);
  return result;
}

// What the CLI says of every file, by path.
let cliVerdicts;
let server;

before(async () => {
  assert.ok(
    existsSync(cli),
    `${cli} is missing: cargo build --release --bin interactive-article`,
  );
  assert.ok(existsSync(join(serverDir, "node.mjs")), "dist/server/ is missing: make server");
  scratch = mkdtempSync(join(tmpdir(), "ia-server-"));
  const verdicts = runCli(["validate", "--format", "json", ...files]);
  assert.ok([0, 1].includes(verdicts.status), verdicts.stderr);
  cliVerdicts = new Map(
    JSON.parse(verdicts.stdout).map(({ file, ...verdict }) => [file, verdict]),
  );
  server = await import(join(serverDir, "node.mjs"));
});

after(() => rmSync(scratch, { recursive: true, force: true }));

const text = (file) => readFileSync(join(root, file), "utf8");

test("validate(text) says what validate --format json says, for every file", () => {
  assert.ok(files.length > 40, `${files.length} files`);
  for (const file of files) {
    assert.deepEqual(server.validate(text(file)), cliVerdicts.get(file), file);
  }
  assert.ok([...cliVerdicts.values()].some((v) => !v.valid), "no invalid file was tried");
});

// Every file written in the authoring dialect.
const dialectFiles = ["articles", "tests/fixtures/dialect"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `${dir}/${name}`),
);

test("importMarkdown(text) gives the problems validate --format json gives, and import's JSON", () => {
  assert.ok(dialectFiles.length >= 6, `${dialectFiles.length} files`);
  const verdicts = runCli(["validate", "--format", "json", ...dialectFiles]);
  const byFile = new Map(JSON.parse(verdicts.stdout).map(({ file, ...verdict }) => [file, verdict]));
  for (const file of dialectFiles) {
    const imported = server.importMarkdown(text(file));
    assert.deepEqual(imported.problems, byFile.get(file).problems, file);
    if (byFile.get(file).valid) {
      assert.equal(imported.json, runCli(["import", file]).stdout, file);
    }
  }
  assert.ok([...byFile.values()].some((v) => !v.valid), "no file with problems was tried");
});

test("markClaim marks a textarea's selection, counted in UTF-16 units", () => {
  const text = "# h\n\n😀 The council spent more.\n";
  const start = text.indexOf("The");
  const marked = server.markClaim(text, start, start + "The council spent".length, {
    status: "opinion",
    explanation: "A reading.",
  });
  assert.equal(
    marked,
    "# h\n\n😀 [The council spent]{#claim-the-council-spent status=opinion explanation=\"A reading.\"} more.\n",
  );
  assert.throws(() => server.markClaim(text, 0, 0, { status: "opinion" }), Error);
});

test("exportMarkdown(json) writes what export --markdown prints, for every file", () => {
  for (const file of files) {
    const printed = runCli(["export", "--markdown", file]);
    if (printed.status === 0) {
      assert.equal(server.exportMarkdown(text(file)), printed.stdout, file);
    } else {
      assert.throws(() => server.exportMarkdown(text(file)), Error, file);
    }
  }
});

test("render(text, options) prints the CLI's bytes, for every valid file and option set", () => {
  const valid = files.filter((file) => cliVerdicts.get(file).valid);
  assert.ok(valid.length >= 10, `${valid.length} valid files`);
  for (const file of valid) {
    const article = text(file);
    for (const options of optionSets) {
      const printed = runCli(["render", ...cliArgs(options), file]);
      assert.equal(printed.status, 0, `${file} ${cliArgs(options)}: ${printed.stderr}`);
      const rendered = server.render(article, options);
      // The whole text on failure would bury the difference.
      if (rendered !== printed.stdout) {
        const at = [...rendered].findIndex((c, i) => c !== printed.stdout[i]);
        assert.fail(
          `${file} ${JSON.stringify(options)} differs from the CLI at ${at}:\n` +
            `wasm: ${rendered.slice(Math.max(0, at - 80), at + 80)}\n` +
            `cli:  ${printed.stdout.slice(Math.max(0, at - 80), at + 80)}`,
        );
      }
    }
  }
});

test("an article with problems throws them, as the CLI reports them and validate lists them", () => {
  for (const file of files.filter((file) => !cliVerdicts.get(file).valid)) {
    const printed = runCli(["render", file]);
    assert.equal(printed.status, 1, file);
    assert.throws(
      () => server.render(text(file), {}),
      (error) => {
        assert.deepEqual(error.problems, cliVerdicts.get(file).problems, file);
        const lines = printed.stderr.trimEnd().split("\n").map((line) => line.slice(file.length + 2));
        assert.equal(error.message, `the article has problems:\n${lines.join("\n")}`, file);
        return true;
      },
    );
  }
});

test("options it cannot take throw a TypeError worded as the CLI's usage error", () => {
  const edge = "tests/fixtures/edge-cases.json";
  for (const options of [
    { theme: "purple" },
    { headingLevel: 7 },
    { colour: "red" },
    { hydrate: "soon" },
    { mount: true, hydrate: "idle" },
    { page: true, template },
    { template: "<p>{{headline}}</p>\n" },
  ]) {
    const printed = runCli(["render", ...cliArgs(options), edge]);
    assert.equal(printed.status, 2, JSON.stringify(options));
    assert.throws(
      () => server.render(text(edge), options),
      (error) => {
        assert.ok(error instanceof TypeError, error);
        // The CLI names flags (and a template by its file); render() its keys.
        let usage = printed.stderr.split("\n")[0].replace("interactive-article: ", "");
        if (options.template) {
          usage = usage.replace(`${templateFile(options.template)}:1: `, "template at line 1: ");
        }
        for (const name of Object.keys(options)) usage = usage.replaceAll(flag(name), name);
        assert.equal(error.message, usage);
        return true;
      },
    );
  }
  assert.throws(() => server.render(JSON.parse(text(edge)), {}), TypeError);
  assert.throws(() => server.render(text(edge), "page"), TypeError);
  assert.throws(() => server.render(text(edge), { page: "yes" }), TypeError);
});

test("the default article renders in Node", (t) => {
  const article = text(defaultArticle);
  const runs = 20;
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) server.render(article, { page: true });
  t.diagnostic(`render --page of ${defaultArticle}: ${((performance.now() - start) / runs).toFixed(1)} ms`);
});

test("a worker in workerd renders the CLI's bytes on request", async (t) => {
  const { Miniflare } = await import("miniflare");
  const worker = new Miniflare({
    modules: true,
    modulesRoot: root,
    scriptPath: join(root, "tests/server/render-worker.mjs"),
    modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
    compatibilityDate: "2025-01-01",
  });
  t.after(() => worker.dispose());
  const post = (path, body) =>
    worker.dispatchFetch(`http://worker.example${path}`, { method: "POST", body });
  const query = (options) =>
    new URLSearchParams(
      Object.entries(options).map(([name, value]) => [name, value === true ? "" : String(value)]),
    ).toString();

  for (const file of files) {
    const article = text(file);
    const verdict = await post("/validate", article);
    assert.deepEqual(await verdict.json(), cliVerdicts.get(file), file);
    if (!cliVerdicts.get(file).valid) {
      const refused = await post("/render", article);
      assert.equal(refused.status, 422, file);
      assert.deepEqual((await refused.json()).problems, cliVerdicts.get(file).problems, file);
      continue;
    }
    for (const options of optionSets.filter((options) => !options.template)) {
      const response = await post(`/render?${query(options)}`, article);
      assert.equal(response.status, 200, `${file} ${query(options)}: ${await response.clone().text()}`);
      const printed = runCli(["render", ...cliArgs(options), file]);
      assert.ok((await response.text()) === printed.stdout, `${file} ${query(options)} differs from the CLI`);
    }
  }
  const refused = await post("/render?theme=purple", text(defaultArticle));
  assert.equal(refused.status, 400);
  assert.equal(await refused.text(), 'theme must be "light", "dark" or "auto"\n');

  const article = text(defaultArticle);
  const runs = 20;
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) await (await post("/render?page", article)).text();
  t.diagnostic(
    `render --page of ${defaultArticle} in workerd: ${((performance.now() - start) / runs).toFixed(1)} ms a request`,
  );
});
