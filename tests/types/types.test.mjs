// The package's declarations, as an integrator's TypeScript reads them:
// the consumer files (tests/types/consumer/) type-check under `tsc
// --strict`, every `@ts-expect-error` line of tests/types/errors/ is an
// error (a misspelt option or attribute, a wrong value), and the committed
// npm/types/ and npm/custom-elements.json are what `make types` writes now.
// The package names resolve to npm/types/ through tsconfig `paths`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { generate } from "../../scripts/types.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

/** Runs tsc --strict over `files` with the package names mapped to npm/types/. */
function typeCheck(files) {
  const dir = mkdtempSync(join(tmpdir(), "ia-types-"));
  try {
    const config = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        lib: ["ES2022", "DOM", "DOM.Iterable"],
        jsx: "react-jsx",
        types: [],
        typeRoots: [join(root, "node_modules/@types")],
        baseUrl: root,
        paths: {
          "interactive-article": ["npm/types/index.d.ts"],
          "interactive-article/element": ["npm/types/element.d.ts"],
          "interactive-article/server": ["npm/types/server.d.ts"],
          "interactive-article/react": ["npm/types/react.d.ts"],
          "react": ["node_modules/@types/react/index.d.ts"],
          "react/jsx-runtime": ["node_modules/@types/react/jsx-runtime.d.ts"],
        },
      },
      files: files.map((file) => join(root, file)),
    };
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(config));
    const run = spawnSync(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], { encoding: "utf8" });
    return { status: run.status, output: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const consumer = ["mount.ts", "element.ts", "page.tsx", "server.ts"].map((f) => `tests/types/consumer/${f}`);
const errors = ["options.ts", "page.tsx"].map((f) => `tests/types/errors/${f}`);

test("an integrator's files type-check with tsc --strict", () => {
  const { status, output } = typeCheck(consumer);
  assert.equal(status, 0, output);
});

test("misspelt options and attributes and wrong values fail to compile", () => {
  const { status, output } = typeCheck(errors);
  // An @ts-expect-error line that compiles is itself an error (TS2578).
  assert.equal(status, 0, output);
  for (const file of errors) {
    const expected = readFileSync(join(root, file), "utf8").match(/@ts-expect-error/g).length;
    assert.ok(expected >= 2, `${file} holds its expected errors`);
  }
});

test("the committed declarations and manifest are what make types writes", () => {
  const declaration = JSON.parse(
    execFileSync("cargo", ["run", "--quiet", "--example", "declaration"], { cwd: root, encoding: "utf8" }),
  );
  for (const [path, text] of Object.entries(generate(declaration))) {
    assert.equal(readFileSync(join(root, path), "utf8"), text, `${path} is out of date: run make types`);
  }
});

test("the manifest lists every attribute the loader reads and every event", () => {
  const manifest = JSON.parse(readFileSync(join(root, "npm/custom-elements.json"), "utf8"));
  const element = manifest.modules[0].declarations[0];
  const listed = new Set(element.attributes.map((a) => a.name));
  const loader = readFileSync(join(root, "embed/interactive-article.js"), "utf8");
  const read = [
    ...loader.match(/static optionAttributes = \[([^\]]*)\]/)[1].matchAll(/"([a-z-]+)"/g),
    ...loader.matchAll(/getAttribute\("([a-z-]+)"\)/g),
  ].map((m) => m[1]);
  assert.ok(read.length > 5, "the loader's attributes were found");
  for (const name of read) assert.ok(listed.has(name), `custom-elements.json lists attribute ${name}`);
  const dispatched = readFileSync(join(root, "src/events.rs"), "utf8").match(/"ia-[a-z-]+"/g).map((n) => JSON.parse(n));
  assert.deepEqual(new Set(element.events.map((e) => e.name)), new Set(dispatched));
});

test("the manifest gives every custom property its default and what it sets, and every part what it is", () => {
  const element = JSON.parse(readFileSync(join(root, "npm/custom-elements.json"), "utf8")).modules[0].declarations[0];
  const css = readFileSync(join(root, "style/interactive-article.css"), "utf8");
  const read = new Set([...css.matchAll(/var\((--ia-[a-z-]+)/g)].map((m) => m[1]));
  assert.deepEqual(new Set(element.cssProperties.map((p) => p.name)), read);
  for (const property of element.cssProperties) {
    assert.ok(property.default && property.description, `${property.name}: default and description`);
    assert.ok(css.includes(`var(${property.name}, ${property.default})`), `${property.name}'s default is the stylesheet's`);
  }
  // The README names each one for a host page's CSS, and each part.
  for (const part of element.cssParts) {
    assert.ok(part.description, `part ${part.name}: description`);
    assert.ok(readFileSync(join(root, "README.md"), "utf8").includes(`\`${part.name}\``), `README names part ${part.name}`);
  }
  const readme = readFileSync(join(root, "README.md"), "utf8");
  for (const name of read) assert.ok(readme.includes(`\`${name}\``), `README names ${name}`);
});
