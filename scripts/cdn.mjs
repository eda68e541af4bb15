// The CDN layout of the bundle: dist/embed/<version>/ holds the same files
// as dist/embed/, under a folder whose name changes with every release, so a
// CDN may serve them as immutable (`Cache-Control: max-age=31536000,
// immutable`). Beside them, integrity.json (the SRI hash, sha384, of every
// file, by its path in the folder) and snippet.html (the copy-paste tags,
// carrying `integrity` and `crossorigin`). Run by `make bundle` after the
// bundle is laid out; the version is the crate's.
//
//   node scripts/cdn.mjs [dist/embed] [https://cdn.example/interactive-article]
//
// What the hashes cover: the loader and the stylesheet, by their tags; the
// glue, which the loader imports, by the import map's `integrity` (engines
// without import-map integrity load it unchecked); the wasm, the language
// tables and the default article by the glue, which carries their hashes
// (scripts/glue-files.mjs). The two stylesheets the loader adopts into each
// element's shadow root are not covered. The README's "Versions and
// integrity" says so.
import { createHash } from "node:crypto";
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { version } from "./crate.mjs";

const root = new URL("..", import.meta.url).pathname;
const [bundle = join(root, "dist/embed"), base = "https://cdn.example/interactive-article"] = process.argv.slice(2);

const folder = join(bundle, version);
rmSync(folder, { recursive: true, force: true });
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const shipped = files(bundle);
for (const path of shipped) cpSync(path, join(folder, relative(bundle, path)));

const integrity = Object.fromEntries(
  shipped
    .map((path) => relative(bundle, path))
    .sort()
    .map((file) => [file, "sha384-" + createHash("sha384").update(readFileSync(join(folder, file))).digest("base64")]),
);
writeFileSync(join(folder, "integrity.json"), JSON.stringify(integrity, null, 2) + "\n");

const at = `${base}/${version}`;
const snippet = `<!-- interactive-article ${version}: the files of dist/embed/${version}/, served at ${at}/ -->
<link rel="stylesheet" href="${at}/interactive-article.css" integrity="${integrity["interactive-article.css"]}" crossorigin="anonymous">
<script type="importmap">
{ "imports": {}, "integrity": { "${at}/interactive_article.js": "${integrity["interactive_article.js"]}" } }
</script>
<script type="module" src="${at}/interactive-article.js" integrity="${integrity["interactive-article.js"]}" crossorigin="anonymous"></script>
`;
writeFileSync(join(folder, "snippet.html"), snippet);
console.log(`${relative(root, folder) || folder}/: ${shipped.length} files, integrity.json, snippet.html`);
