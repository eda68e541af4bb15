// The element in a React 19 component.
import type {} from "interactive-article/react";

export function Story({ src }: { src: string }) {
  return (
    <interactive-article src={src} theme="dark" heading-level="2" hydrate="visible" copy-notice="off" id-prefix="a-">
      <p>Loading the article…</p>
    </interactive-article>
  );
}
