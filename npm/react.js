// `interactive-article/react` only adds the element to React 19's JSX types
// (types/react.d.ts); there is nothing to run.
export {};
