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
