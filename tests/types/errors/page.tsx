// Misspelt attributes and wrong values in TSX must fail to compile. (TSX
// lets any unknown attribute with a hyphen through, as data-* is: a
// misspelling must keep to a name without one to be caught.)
import type {} from "interactive-article/react";

// @ts-expect-error: a misspelt attribute
export const misspelt = <interactive-article thme="dark" />;
// @ts-expect-error: a value the attribute does not take
export const wrongValue = <interactive-article theme="blue" />;
// @ts-expect-error: heading levels stop at 5
export const wrongLevel = <interactive-article heading-level="6" />;
