// An integrator's page: mount with options, then hear every event with its
// typed detail.
import { mount, release, type MountHandle, type MountOptions, type Problem } from "interactive-article";

const element = document.createElement("div");
const options: MountOptions = {
  theme: "dark",
  sections: "collapsed",
  lang: "en",
  headingLevel: 2,
  copyNotice: false,
  strings: { showAll: "Open all" },
  eventTarget: document,
  idPrefix: "story-",
};
const handle: MountHandle = mount(element, '{"version":1}', options);
handle.setTheme("light");
const live: boolean = handle.mounted;
handle.unmount();
release(element);

element.addEventListener("ia-ready", (event) => {
  const sections: number = event.detail.sections + event.detail.claims;
  const id: string = event.detail.articleId;
  console.log(sections, id, live);
});
element.addEventListener("ia-section-toggle", (event) => {
  const expanded: boolean = event.detail.expanded;
  const section: string | null = event.detail.sectionId;
  console.log(expanded, section);
});
element.addEventListener("ia-claim-open", (event) => {
  const status: "supported" | "partly-supported" | "unverified" | "disputed" | "opinion" | null = event.detail.status;
  console.log(status, event.detail.claimId);
});
element.addEventListener("ia-source-click", (event) => {
  const url: string | null = event.detail.url;
  console.log(url, event.detail.sourceId, event.detail.claimId);
});
element.addEventListener("ia-disclaimer-dismiss", (event) => console.log(event.detail.articleId));
element.addEventListener("ia-error", (event) => {
  const problems: Problem[] = event.detail.problems;
  const url: string | null = event.detail.url;
  console.log(url ?? "(the article was had)", problems.map((p) => `${p.path}: ${p.message}`));
});
