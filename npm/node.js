// The browser entries under Node (the `node` export condition): a server
// render of a page that imports the package (Next.js, Remix, Astro) must not
// crash. The element is not defined (there is no DOM), and `mount` and
// `release` say where rendering on the server is.
const browserOnly = (name) => () => {
  throw new Error(`interactive-article: ${name}() runs in a browser; on the server, render with "interactive-article/server"`);
};

export const mount = browserOnly("mount");
export const release = browserOnly("release");
