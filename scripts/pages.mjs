#!/usr/bin/env node
// Builds the demo pages of www/ from the page list, pages/pages.txt:
//
//   node scripts/pages.mjs            build them all (`make www`)
//   node scripts/pages.mjs --clean    remove them (`make clean`)
//
// Each line of the list is OUTPUT (below www/), SOURCE (below pages/, or `-`
// for none) and, for a page with an article, the `interactive-article render`
// arguments that make it:
//
//   gallery.html                 gallery.html
//   prerendered/mount.html       mount.html   render --mount articles/x.json
//   prerendered/*.html           -            render --page articles/*.json
//
// A SOURCE alone is the page. With a render, the SOURCE is the template of
// `render --template` (the CLI fills its {{widget}}, {{title}}… as a CMS's
// would); without a SOURCE, the CLI's output is the page. A `*` in OUTPUT
// makes a page for every file a `*` argument matches, named after it.
//
// Sources are written in a small part of Nunjucks (the templates GOV.UK's
// design system renders its examples with), so a page holds only what is its
// own and pages/layout.html holds the frame they share:
//
//   {% extends "layout.html" %}          first: the page fills that file's blocks
//   {% block name %}…{% endblock %}      in a layout, a place and what it holds
//                                        unless a page says otherwise; in a
//                                        page, what it holds on this page
//   {% include "partials/x.html" %}      the text of another file; a file that
//                                        is not .html is taken as it is (a .json
//                                        file goes into a <script>, so it may
//                                        hold neither </script nor <!--)
//   {# comment #}                        for the source's reader only
//
// File names are relative to pages/. As with Jinja's trim_blocks and
// lstrip_blocks, a tag's indentation and the line break right after it are
// not output, so a tag on a line of its own leaves no line. Everything else,
// {{ placeholders }} included, is copied as it is: those are for
// `render --template`, and a page the list does not render with it may not
// hold any. Any other tag, a missing file, text outside the blocks of a page
// that extends another, or a placeholder left over stops the build with the
// file and line.
//
// The CLI is built first (cargo build); the templates handed to it are kept in
// target/pages/, so its messages point at a file that exists.

import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PAGES = path.join(REPO_ROOT, "pages");
const LIST = path.join(PAGES, "pages.txt");
const WWW = path.join(REPO_ROOT, "www");
const TARGET = path.join(REPO_ROOT, process.env.CARGO_TARGET_DIR ?? "target");
const TEMPLATES = path.join(TARGET, "pages");
const CLI = path.join(TARGET, "debug", "interactive-article");

/** A problem in a source: stops the build with `file:line: message`. */
export class SourceError extends Error {}

function fail(file, line, message) {
  throw new SourceError(`${path.relative(REPO_ROOT, file)}:${line}: ${message}`);
}

const lineAt = (text, index) => text.slice(0, index).split("\n").length;

// ---------------------------------------------------------------------------
// Templates

const TAG = /\{%\s*([\s\S]*?)\s*%\}|\{#[\s\S]*?#\}/g;

/**
 * `text` (of `file`) as text and tags: [{ text } | { tag, args, line, file }],
 * comments dropped, each tag's indentation and following line break taken
 * out of the text around it.
 */
function tokens(file, text) {
  const out = [];
  let pos = 0;
  for (const match of text.matchAll(TAG)) {
    let before = text.slice(pos, match.index);
    // lstrip: the tag's indentation, when only whitespace precedes it on its line.
    const lineStart = before.lastIndexOf("\n") + 1;
    const atLineStart = lineStart > 0 || pos === 0 || text[pos - 1] === "\n";
    if (atLineStart && /^[ \t]*$/.test(before.slice(lineStart))) before = before.slice(0, lineStart);
    if (before) out.push({ text: before, line: lineAt(text, pos) });
    pos = match.index + match[0].length;
    // trim: the line break right after the tag.
    if (text[pos] === "\n") pos += 1;
    if (match[0].startsWith("{#")) continue;
    const [tag, ...args] = match[1].split(/\s+/);
    out.push({ tag, args, line: lineAt(text, match.index), file });
  }
  if (pos < text.length) out.push({ text: text.slice(pos), line: lineAt(text, pos) });
  return out;
}

/** The file a tag's `"name"` names, below `root`. */
function fileArgument(token, root) {
  const quoted = /^"([^"]+)"$/.exec(token.args.join(" "));
  if (!quoted) fail(token.file, token.line, `{% ${token.tag} %} takes one "file name"`);
  return path.resolve(root, quoted[1]);
}

/** The text of `file`, which `from` ({ file, line }, or null for a page) names. */
function read(file, from) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const why = `cannot read ${path.relative(REPO_ROOT, file)} (${error.code ?? error.message})`;
    if (from) fail(from.file, from.line, why);
    throw new SourceError(why);
  }
}

/**
 * The template in `file`: { file, parent, nodes }, where `parent` is the file
 * it extends ({ include, line, file } naming it, or null) and `nodes` are
 * { text } | { block, children } | { include }.
 */
function parse(file, root, from = null) {
  const text = read(file, from);
  const top = { children: [] };
  const stack = [top];
  let parent = null;
  for (const token of tokens(file, text)) {
    const into = stack.at(-1).children;
    if (token.text !== undefined) {
      into.push(token);
      continue;
    }
    switch (token.tag) {
      case "extends":
        if (parent !== null || stack.length > 1 || top.children.some((node) => node.text?.trim() !== "")) {
          fail(file, token.line, "{% extends %} comes first in its file");
        }
        parent = { include: fileArgument(token, root), line: token.line, file };
        break;
      case "block": {
        if (token.args.length !== 1 || !/^[a-z_]+$/.test(token.args[0])) {
          fail(file, token.line, "{% block %} takes one name (a-z and _)");
        }
        const block = { block: token.args[0], children: [], line: token.line };
        into.push(block);
        stack.push(block);
        break;
      }
      case "endblock":
        if (stack.length === 1) fail(file, token.line, "{% endblock %} without its {% block %}");
        if (token.args.length > 0 && token.args[0] !== stack.at(-1).block) {
          fail(file, token.line, `{% endblock ${token.args[0]} %} ends {% block ${stack.at(-1).block} %}`);
        }
        stack.pop();
        break;
      case "include":
        into.push({ include: fileArgument(token, root), line: token.line, file });
        break;
      default:
        fail(file, token.line, `unknown tag {% ${token.tag} %} (known: extends, block, endblock, include)`);
    }
  }
  if (stack.length > 1) fail(file, stack.at(-1).line, `{% block ${stack.at(-1).block} %} has no {% endblock %}`);
  if (parent !== null) {
    const stray = top.children.find((node) => node.block === undefined && node.text?.trim() !== "");
    if (stray) fail(file, stray.line, "a page that extends another holds only blocks");
  }
  return { file, parent, nodes: top.children };
}

/** Every block in `nodes`, at any depth. */
function* blocksIn(nodes) {
  for (const node of nodes) {
    if (node.block === undefined) continue;
    yield node;
    yield* blocksIn(node.children);
  }
}

/**
 * The text of `nodes`: each block is what `blocks` (the most derived page's)
 * says, includes are expanded. `chain` holds the files being included, to
 * refuse a file that includes itself.
 */
function render(nodes, blocks, chain, root) {
  let out = "";
  for (const node of nodes) {
    if (node.text !== undefined) out += node.text;
    else if (node.block !== undefined) out += render(blocks.get(node.block) ?? node.children, blocks, chain, root);
    else out += include(node, chain, root);
  }
  return out;
}

function include(node, chain, root) {
  const name = path.relative(REPO_ROOT, node.include);
  if (chain.includes(node.include)) {
    fail(node.file, node.line, `includes itself: ${[...chain, node.include].map((f) => path.relative(root, f)).join(" -> ")}`);
  }
  if (!node.include.endsWith(".html")) {
    const text = read(node.include, node);
    if (node.include.endsWith(".json") && /<\/script|<!--/i.test(text)) {
      fail(node.file, node.line, `${name} holds </script or <!--, which would end or change its <script>`);
    }
    return text;
  }
  const partial = parse(node.include, root, node);
  if (partial.parent !== null || !blocksIn(partial.nodes).next().done) {
    fail(node.file, node.line, `${name} extends a layout or has blocks: include only partials`);
  }
  return render(partial.nodes, new Map(), [...chain, node.include], root);
}

/**
 * The page that `source` (a file name below `root`, named at `named`: a
 * { file, line }, for messages) makes: the layouts it extends, with its
 * blocks in their places.
 */
export function assemble(source, root = PAGES, named = null) {
  const chain = [];
  for (let file = path.resolve(root, source), from = named; file !== null; ) {
    if (chain.some((template) => template.file === file)) fail(from.file, from.line, "extends itself");
    const template = parse(file, root, from);
    chain.push(template);
    from = template.parent;
    file = from?.include ?? null;
  }
  // The most derived page's block wins; the layout's own are the defaults.
  const blocks = new Map();
  for (const template of chain) {
    for (const block of blocksIn(template.nodes)) {
      if (!blocks.has(block.block)) blocks.set(block.block, block.children);
    }
  }
  const layout = chain.at(-1);
  return render(layout.nodes, blocks, [layout.file], root);
}

// ---------------------------------------------------------------------------
// The page list

/** The entries of pages.txt: { output, source, render, line }. */
export function pageList() {
  const entries = [];
  readFileSync(LIST, "utf8")
    .split("\n")
    .forEach((raw, index) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      const [output, source, command, ...args] = line.split(/\s+/);
      if (source === undefined || (command !== undefined && command !== "render")) {
        fail(LIST, index + 1, "expected OUTPUT SOURCE [render ARGUMENTS...]");
      }
      if (source === "-" && command === undefined) fail(LIST, index + 1, "a page needs a SOURCE, a render, or both");
      entries.push({ output, source: source === "-" ? null : source, render: command ? args : null, line: index + 1 });
    });
  return entries;
}

/** One { output, args } per file a `*` argument matches (just the entry without a `*`). */
function expand(entry) {
  if (!entry.output.includes("*")) return [{ output: entry.output, args: entry.render }];
  const at = (entry.render ?? []).findIndex((arg) => arg.includes("*"));
  if (at === -1) fail(LIST, entry.line, `${entry.output}: a * in OUTPUT needs a * argument to name the pages after`);
  const pattern = entry.render[at];
  const dir = path.dirname(pattern);
  const [prefix, suffix] = path.basename(pattern).split("*");
  return readdirSync(path.join(REPO_ROOT, dir))
    .filter((name) => name.startsWith(prefix) && name.endsWith(suffix) && name.length >= prefix.length + suffix.length)
    .sort()
    .map((name) => ({
      output: entry.output.replace("*", name.slice(prefix.length, name.length - suffix.length)),
      args: entry.render.with(at, path.join(dir, name)),
    }));
}

/**
 * Removes every page the list builds, and the templates kept for the CLI.
 * Folders of built pages go whole, so a page taken off the list goes too.
 */
function clean(entries) {
  for (const dir of new Set(entries.map((e) => path.dirname(e.output)).filter((d) => d !== "."))) {
    rmSync(path.join(WWW, dir), { recursive: true, force: true });
  }
  for (const entry of entries) {
    for (const { output } of expand(entry)) rmSync(path.join(WWW, output), { force: true });
  }
  rmSync(TEMPLATES, { recursive: true, force: true });
}

/** The page of `entry` named `output`, from the CLI with `args` or as assembled (`text`). */
function buildPage(entry, output, args, text) {
  if (args === null) {
    const left = /\{\{[\s\S]*?\}\}/.exec(text);
    if (left) {
      fail(LIST, entry.line, `${output}: ${left[0]} (line ${lineAt(text, left.index)} of the page) is for render --template, which this line does not run`);
    }
    return text;
  }
  const cliArgs = ["render", ...args];
  if (text !== null) {
    const template = path.join(TEMPLATES, output);
    mkdirSync(path.dirname(template), { recursive: true });
    writeFileSync(template, text);
    cliArgs.splice(1, 0, "--template", path.relative(REPO_ROOT, template));
  }
  try {
    return execFileSync(CLI, cliArgs, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    return fail(LIST, entry.line, `${output}: interactive-article ${cliArgs.join(" ")} failed:\n${error.stderr ?? error.message}`);
  }
}

function build(entries) {
  execFileSync("cargo", ["build", "--quiet", "--bin", "interactive-article"], { cwd: REPO_ROOT, stdio: "inherit" });
  clean(entries);
  let count = 0;
  for (const entry of entries) {
    const text = entry.source === null ? null : assemble(entry.source, PAGES, { file: LIST, line: entry.line });
    for (const { output, args } of expand(entry)) {
      const page = buildPage(entry, output, args, text);
      mkdirSync(path.dirname(path.join(WWW, output)), { recursive: true });
      writeFileSync(path.join(WWW, output), page);
      count += 1;
    }
  }
  console.log(`pages.mjs: built ${count} pages into www/ from pages/pages.txt`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args.length > 1 || (args.length === 1 && args[0] !== "--clean")) {
    console.error("usage: node scripts/pages.mjs [--clean]");
    process.exit(2);
  }
  try {
    if (args[0] === "--clean") clean(pageList());
    else build(pageList());
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    console.error(`pages.mjs: ${error.message}`);
    process.exit(1);
  }
}
