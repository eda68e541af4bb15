// The demo pages' build (scripts/pages.mjs): a page fills the blocks of the
// layout it extends, partials are included, tags leave no stray lines, a
// mistake stops the build with its file and line, and every page source is on
// the page list (pages/pages.txt). No browser: the pages are text.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./harness.mjs";
import { SourceError, assemble, pageList } from "../../scripts/pages.mjs";

/** A folder of source files ({ name: text }) for one test, removed after it. */
function sources(t, files) {
  const dir = mkdtempSync(path.join(tmpdir(), "pages-test-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const LAYOUT = `{# The frame. #}
<html {% block html_attributes %}lang="en"{% endblock %}>
<title>{% block title %}{% endblock %}</title>
<main>
{% block crumbs %}
  <nav>{% block crumb %}{% endblock %}</nav>
{% endblock %}
{% block main %}{% endblock %}
</main>
  {% include "partials/footer.html" %}
</html>
`;

test("a page fills its layout's blocks; a tag on a line of its own leaves no line", (t) => {
  const dir = sources(t, {
    "layout.html": LAYOUT,
    "partials/footer.html": "  <footer>{% include \"partials/logo.html\" %}</footer>\n",
    "partials/logo.html": "M",
    "page.html": `{% extends "layout.html" %}
{% block title %}A & B{% endblock %}
{% block crumb %}Here{% endblock %}

{% block main %}
  <p>{{widget}}</p>
{% endblock %}
`,
  });
  assert.equal(
    assemble("page.html", dir),
    `<html lang="en">
<title>A & B</title>
<main>
  <nav>Here</nav>
  <p>{{widget}}</p>
</main>
  <footer>M</footer>
</html>
`,
  );
});

test("a page that extends a page replaces blocks nested in that page's blocks", (t) => {
  const dir = sources(t, {
    "layout.html": LAYOUT,
    "partials/footer.html": "",
    "news.html": `{% extends "layout.html" %}
{% block main %}
  <p>Note</p>
{% block embed %}
  <div>mount</div>
{% endblock %}
{% endblock %}
`,
    "news-prerendered.html": `{% extends "news.html" %}
{% block embed %}
  <div>{{widget}}</div>
{% endblock %}
`,
  });
  const page = assemble("news-prerendered.html", dir);
  assert.match(page, /<p>Note<\/p>\n {2}<div>\{\{widget\}\}<\/div>\n<\/main>/);
  assert.doesNotMatch(page, /mount/);
  assert.match(assemble("news.html", dir), /<div>mount<\/div>/);
});

test("a mistake stops the build with its file and line", (t) => {
  const cases = {
    "unknown-tag.html": ["<p>\n{% if x %}\n", /unknown-tag\.html:2: unknown tag \{% if %\}/],
    "unclosed.html": ["{% extends \"layout.html\" %}\n\n{% block main %}\n", /unclosed\.html:3: \{% block main %\} has no \{% endblock %\}/],
    "stray.html": ["{% extends \"layout.html\" %}\n{% block main %}{% endblock %}\n<p>lost</p>\n", /stray\.html:3: a page that extends another holds only blocks/],
    "late-extends.html": ["<p>\n{% extends \"layout.html\" %}\n", /late-extends\.html:2: \{% extends %\} comes first/],
    "missing.html": ["<p>\n\n{% include \"partials/nowhere.html\" %}\n", /missing\.html:3: cannot read .*partials\/nowhere\.html \(ENOENT\)/],
    "script-json.html": ["<script>\n{% include \"bad.json\" %}\n</script>\n", /script-json\.html:2: .*bad\.json holds <\/script or <!--/],
    "loop.html": ["{% include \"loop.html\" %}\n", /loop\.html:1: includes itself: loop\.html -> loop\.html/],
    "circle.html": ["{% extends \"circle.html\" %}\n", /circle\.html:1: extends itself/],
    "no-layout.html": ["\n{% extends \"nowhere.html\" %}\n", /no-layout\.html:2: cannot read .*nowhere\.html \(ENOENT\)/],
  };
  const dir = sources(t, {
    "layout.html": LAYOUT,
    "partials/footer.html": "",
    "bad.json": '{"a": "</script><script>alert(1)</script>"}\n',
    ...Object.fromEntries(Object.entries(cases).map(([name, [text]]) => [name, text])),
  });
  for (const [name, [, message]] of Object.entries(cases)) {
    assert.throws(() => assemble(name, dir), (error) => error instanceof SourceError && message.test(error.message), name);
  }
});

test("every page source in pages/ is on the page list, itself or as a layout of one that is", () => {
  const used = new Set();
  for (const { source } of pageList()) {
    for (let file = source; file; ) {
      used.add(file);
      file = /\{%\s*extends\s+"([^"]+)"/.exec(readFileSync(path.join(REPO_ROOT, "pages", file), "utf8"))?.[1];
    }
  }
  const pages = readdirSync(path.join(REPO_ROOT, "pages")).filter((name) => name.endsWith(".html"));
  assert.deepEqual(pages.filter((name) => !used.has(name)), [], "sources no line of pages/pages.txt builds");
});

test("the built pages are what their sources make now (else run `make www`)", () => {
  for (const { output, source, render } of pageList()) {
    if (render !== null) continue; // the CLI's pages: tests/cli.rs and prerender.test.mjs
    const built = path.join(REPO_ROOT, "www", output);
    assert.ok(existsSync(built), `www/${output} is not built; run \`make www\``);
    assert.equal(readFileSync(built, "utf8"), assemble(source), `www/${output} is out of date; run \`make www\``);
  }
});
