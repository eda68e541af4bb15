// Lays out the npm package `interactive-article` from what `make bundle`
// (dist/embed/), `make server` (dist/server/) and `make types` (npm/types/,
// npm/custom-elements.json) made, and packs it: dist/npm/*.tgz.
//
//   node scripts/package.mjs
//
// The version is the crate's (Cargo.toml), written nowhere else. The
// `exports` map is below, once; README's "The npm package" describes it.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { description, license, version } from "./crate.mjs";

const root = new URL("..", import.meta.url).pathname;
const from = (path) => join(root, path);

for (const needed of ["dist/embed/interactive_article_bg.wasm", "dist/server/server_bg.wasm", "npm/types/index.d.ts"]) {
  if (!existsSync(from(needed))) throw new Error(`package.mjs: ${needed} is missing; run make bundle server types first`);
}

const out = from("dist/npm/package");
rmSync(from("dist/npm"), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// Not dist/embed/<version>/, the CDN's copy of the same files.
cpSync(from("dist/embed"), join(out, "embed"), { recursive: true, filter: (path) => path !== from(`dist/embed/${version}`) });
cpSync(from("dist/server"), join(out, "server"), { recursive: true });

// The package's loader names each file it loads with a literal, as bundlers
// need to follow it: the glue by `import("./interactive_article.js")` (the
// bundler then takes in the glue, and through the glue's own
// `new URL(…, import.meta.url)` its wasm and the files it fetches,
// scripts/glue-files.mjs), the stylesheets by `new URL("./….css",
// import.meta.url)`. Served as they are (a CDN folder), the same lines load
// the same files beside the loader. What is lost: after an internal error
// the loader cannot import a fresh copy of the glue under another URL, as
// the CDN's loader does; a bundled page's widgets stay stopped.
const loaderFile = join(out, "embed/interactive-article.js");
let loader = readFileSync(loaderFile, "utf8");
// `?no-inline`: Vite would put a file under 4 KB into the script as a data:
// URL, which a page's `connect-src 'self'` refuses (and the 25 language
// tables would make the glue's chunk four times as big). Servers ignore the
// query.
const literal = (file) => `new URL("./${file}?no-inline", import.meta.url)`;
for (const [from, to] of [
  ["const near = (file) => new URL(file, import.meta.url);", `const near = (file) => ({ "interactive-article.css": ${literal("interactive-article.css")}, "shadow.css": ${literal("shadow.css")} })[file];`],
  ['import(near("interactive_article.js" + (tries ? "?" + tries : "")))', 'import("./interactive_article.js")'],
]) {
  const times = loader.split(from).length - 1;
  if (times !== 1) throw new Error(`package.mjs: the loader has ${times} times \`${from}\`, not once: update the package's rewrite`);
  loader = loader.replace(from, to);
}
writeFileSync(loaderFile, loader);

// The same for the files the glue names (scripts/glue-files.mjs): each one
// it fetches, by its path beside the glue.
const glueFile = join(out, "embed/interactive_article.js");
const fetched = ["strings", "articles"].flatMap((folder) => readdirSync(join(out, "embed", folder)).map((name) => `${folder}/${name}`));
let glue = readFileSync(glueFile, "utf8");
for (const path of fetched) {
  const from = `new URL("./${path}",import.meta.url)`;
  const times = glue.split(from).length - 1;
  if (times !== 1) throw new Error(`package.mjs: the glue has ${times} times \`${from}\`, not once: update the package's rewrite`);
  glue = glue.replace(from, `new URL("./${path}?no-inline",import.meta.url)`);
}
writeFileSync(glueFile, glue);
cpSync(from("npm/types"), join(out, "types"), { recursive: true });
for (const file of ["index.js", "element.js", "node.js", "react.js", "custom-elements.json", "README.md"]) {
  cpSync(from(`npm/${file}`), join(out, file));
}
cpSync(from("schema/article-v1.schema.json"), join(out, "schema.json"));
for (const file of ["LICENSE-MIT", "LICENSE-APACHE", "LICENSE"]) {
  if (existsSync(from(file))) cpSync(from(file), join(out, file));
}

// Workers cannot compile wasm from bytes at run time: worker.mjs imports the
// .wasm as a module (workerd, and bundlers for edge runtimes, know how);
// Node reads the file beside node.mjs.
const serverEntry = {
  types: "./types/server.d.ts",
  workerd: "./server/worker.mjs",
  worker: "./server/worker.mjs",
  "edge-light": "./server/worker.mjs",
  node: "./server/node.mjs",
  default: "./server/node.mjs",
};

const manifest = {
  name: "interactive-article",
  version,
  description,
  license,
  type: "module",
  main: "./index.js",
  types: "./types/index.d.ts",
  customElements: "./custom-elements.json",
  exports: {
    // Under Node (a server render of a page that imports the package), the
    // browser entries load nothing: node.js says why when called.
    ".": { types: "./types/index.d.ts", node: "./node.js", default: "./index.js" },
    "./element": { types: "./types/element.d.ts", node: "./node.js", default: "./element.js" },
    "./server": serverEntry,
    "./react": { types: "./types/react.d.ts", default: "./react.js" },
    "./styles.css": "./embed/interactive-article.css",
    "./schema.json": "./schema.json",
    "./custom-elements.json": "./custom-elements.json",
    "./embed/*": "./embed/*",
    "./package.json": "./package.json",
  },
  // What is laid out above, and nothing else, whatever npm's defaults.
  files: ["index.js", "element.js", "node.js", "react.js", "embed/", "server/", "types/", "schema.json", "custom-elements.json"],
  // Importing the browser entry or ./element defines the custom element.
  sideEffects: ["./index.js", "./element.js", "./embed/*.js"],
  engines: { node: ">=20" },
};
writeFileSync(join(out, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

execFileSync("npm", ["pack", "--silent", "--pack-destination", from("dist/npm"), out], { stdio: ["ignore", "inherit", "inherit"] });
console.log(`dist/npm/interactive-article-${version}.tgz`);
