// Each line under @ts-expect-error must fail to compile: if the types let
// it through, tsc reports the unused directive.
import { mount } from "interactive-article";
import { render } from "interactive-article/server";

const element = document.createElement("div");
// @ts-expect-error: a misspelt option
mount(element, "{}", { headinglevel: 2 });
// @ts-expect-error: a value the option does not take
mount(element, "{}", { theme: "blue" });
// @ts-expect-error: heading levels stop at 5
mount(element, "{}", { headingLevel: 6 });
// @ts-expect-error: a UI string the widget does not have
mount(element, "{}", { strings: { showEverything: "x" } });
element.addEventListener("ia-ready", (event) => {
  // @ts-expect-error: ia-ready's detail has no claimId
  console.log(event.detail.claimId);
});
// @ts-expect-error: a misspelt render option
render("{}", { hydrat: "idle" });
