// Lays out the npm package `interactive-article` from what `make bundle`
// (dist/embed/), `make server` (dist/server/) and `make types` (npm/types/,
// npm/custom-elements.json) made, and packs it: dist/npm/*.tgz.
//
//   node scripts/package.mjs
//
// The version is the crate's (Cargo.toml), written nowhere else. The
// `exports` map is below, once; README's "The npm package" describes it.
import { cpSync, mkdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
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
cpSync(from("npm/types"), join(out, "types"), { recursive: true });
for (const file of ["index.js", "element.js", "react.js", "custom-elements.json", "README.md"]) {
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
    ".": { types: "./types/index.d.ts", default: "./index.js" },
    "./element": { types: "./types/element.d.ts", default: "./element.js" },
    "./server": serverEntry,
    "./react": { types: "./types/react.d.ts", default: "./react.js" },
    "./styles.css": "./embed/interactive-article.css",
    "./schema.json": "./schema.json",
    "./custom-elements.json": "./custom-elements.json",
    "./embed/*": "./embed/*",
    "./package.json": "./package.json",
  },
  // Importing the browser entry or ./element defines the custom element.
  sideEffects: ["./index.js", "./element.js", "./embed/*.js"],
  engines: { node: ">=20" },
};
writeFileSync(join(out, "package.json"), JSON.stringify(manifest, null, 2) + "\n");

execFileSync("npm", ["pack", "--silent", "--pack-destination", from("dist/npm"), out], { stdio: ["ignore", "inherit", "inherit"] });
console.log(`dist/npm/interactive-article-${version}.tgz`);
