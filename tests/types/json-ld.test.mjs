// The structured data the CLI writes, type-checked against schema-dts
// (Google's schema.org typings) with tsc --strict: the JSON-LD of every
// article and of every fixture the validator accepts becomes a `Graph`
// literal in one generated file. A property schema.org does not have on
// that type, or a value of the wrong type, fails to compile. And each
// ClaimReview carries what Google's ClaimReview documentation recommends
// beyond the required properties: `author` (the article's publisher) and
// `datePublished`, when the article has them.
//
//   cargo build --bin interactive-article && node --test tests/types/json-ld.test.mjs
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, process.env.IA_CLI ?? "target/debug/interactive-article");
const files = ["articles", "tests/fixtures", "tests/fixtures/hostile"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith(".json"))
    .map((name) => join(dir, name)),
);

/** The parsed JSON-LD of the page `render --page` makes of `file`, or null for an article the validator refuses. */
function jsonLd(file) {
  const run = spawnSync(cli, ["render", "--page", "--url", "https://news.example/story", join(root, file)], { encoding: "utf8", maxBuffer: 1 << 28 });
  if (run.status !== 0) return null;
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(run.stdout);
  assert.ok(match, `${file}: no JSON-LD in the page`);
  return JSON.parse(match[1]);
}

const graphs = files.map((file) => [file, jsonLd(file)]).filter(([, graph]) => graph);

test("the JSON-LD of every valid article type-checks as a schema-dts Graph under tsc --strict", () => {
  assert.ok(graphs.length >= 5, `only ${graphs.length} valid files`);
  const folder = mkdtempSync(join(tmpdir(), "ia-json-ld-"));
  try {
    mkdirSync(join(folder, "node_modules"));
    symlinkSync(join(root, "node_modules/schema-dts"), join(folder, "node_modules/schema-dts"));
    const body = graphs.map(([file, graph], i) => `// ${file}\nexport const graph${i}: Graph = ${JSON.stringify(graph, null, 1)};\n`);
    writeFileSync(join(folder, "graphs.ts"), `import type { Graph } from "schema-dts";\n${body.join("\n")}`);
    const tsc = spawnSync(
      join(root, "node_modules/.bin/tsc"),
      ["--strict", "--noEmit", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "graphs.ts"],
      { cwd: folder, encoding: "utf8" },
    );
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("each ClaimReview names its author and date when the article has a publisher and a date", () => {
  let reviews = 0;
  for (const [file, graph] of graphs) {
    const article = JSON.parse(readFileSync(join(root, file), "utf8"));
    for (const node of graph["@graph"].filter((node) => node["@type"] === "ClaimReview")) {
      reviews += 1;
      if (article.publisher) assert.equal(node.author?.name, article.publisher.name ?? article.publisher, `${file}: author`);
      if (article.published) assert.equal(node.datePublished, article.published, `${file}: datePublished`);
    }
  }
  assert.ok(reviews > 0, "no ClaimReview in any article");
});
