// Prerendering from Node or a worker.
import { render, validate, type Problem, type RenderOptions } from "interactive-article/server";

const text = '{"version":1}';
const report = validate(text);
if (!report.valid) {
  const problems: Problem[] = report.problems;
  console.log(problems.map((p) => p.path));
}
const options: RenderOptions = { page: true, url: "https://example.org/a", hydrate: "idle", headingLevel: 2, theme: "light" };
const html: string = render(text, options);
console.log(html, render(text));

// The authoring dialect, from the same entry.
import { importMarkdown, importPlain, exportMarkdown, markClaim } from "interactive-article/server";
const imported = importMarkdown("+++\ntitle = \"T\"\n+++\n");
const firstLine: number | undefined = imported.problems[0]?.line;
const marked: string = markClaim(importPlain("Title\nStandfirst\n"), 0, 5, { status: "disputed", sources: [] });
const back: string = exportMarkdown(imported.json ?? "{}");
console.log(firstLine, marked, back);
