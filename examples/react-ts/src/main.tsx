// The element in a React 19 component, type-checked: its attributes (a
// misspelt one fails to compile), its ref and its events' `detail`.
import { StrictMode, useEffect, useRef, useState } from "react";
import { createRoot } from "react-dom/client";
// Defines <interactive-article>; the widget itself loads when it is needed.
import "interactive-article/element";
// The element in JSX.IntrinsicElements.
import type {} from "interactive-article/react";
import type { InteractiveArticleElement, SectionToggleDetail } from "interactive-article";

function Story() {
  const ref = useRef<InteractiveArticleElement>(null);
  const [opened, setOpened] = useState<string[]>([]);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const onToggle = ({ detail }: CustomEvent<SectionToggleDetail>) => {
      if (detail.sectionId && detail.expanded) setOpened((ids) => [...ids, detail.sectionId ?? ""]);
    };
    element.addEventListener("ia-section-toggle", onToggle);
    return () => element.removeEventListener("ia-section-toggle", onToggle);
  }, []);
  return (
    <>
      {/* No src: the default article, shipped in the package. */}
      <interactive-article ref={ref} hydrate="eager" theme="light" heading-level="2" sections="collapsed">
        <p>Loading the article…</p>
      </interactive-article>
      <p id="opened">Opened: {opened.join(", ") || "none yet"}</p>
    </>
  );
}

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Story />
    </StrictMode>,
  );
}
