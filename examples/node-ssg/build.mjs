// A static-site build step with the package's server renderer: every
// article JSON in a folder becomes a page, as `interactive-article render
// --page` makes it, with no Rust toolchain.
//
//   npm install interactive-article
//   node build.mjs articles/ public/
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { render, validate } from "interactive-article/server";

const [articles = "articles", out = "public"] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
let failed = false;
for (const file of readdirSync(articles).filter((name) => name.endsWith(".json"))) {
  const text = readFileSync(join(articles, file), "utf8");
  const { valid, problems } = validate(text);
  if (!valid) {
    failed = true;
    for (const { path, message } of problems) console.error(`${file}: ${path ? path + ": " : ""}${message}`);
    continue;
  }
  writeFileSync(join(out, basename(file, ".json") + ".html"), render(text, { page: true }));
}
process.exitCode = failed ? 1 : 0;
