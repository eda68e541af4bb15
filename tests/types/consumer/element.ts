// The custom element from markup: its tag name gives its type.
import "interactive-article/element";
import type { Article } from "interactive-article";

const widget = document.querySelector("interactive-article");
if (widget) {
  widget.setAttribute("heading-level", "2");
  widget.addEventListener("ia-claim-open", (event) => console.log(event.detail.claimId));
  void widget.load();
  console.log(widget.handle?.mounted);
}
const created = document.createElement("interactive-article");
const article: Article = {
  version: 1,
  id: "a",
  lang: "en",
  title: "T",
  standfirst: "S",
  sections: [{ id: "s", heading: "H", paragraphs: ["p"] }],
  provenance: { aiGenerated: false },
};
created.append(JSON.stringify(article));
