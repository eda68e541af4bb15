// Resizes iframes that show embed.html to the height of their content.
//
// The embedded page posts `{ type: "interactive-article:height", height }`
// to its parent whenever its height changes. This listener accepts the
// message only from one of this page's iframes and only from that iframe's
// own origin, then sets the frame's height. Copy it as it is into any page
// that embeds the article with an iframe.

addEventListener("message", (event) => {
  const { type, height } = event.data ?? {};
  if (type !== "interactive-article:height" || !Number.isFinite(height)) return;
  const frame = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === event.source);
  if (frame && new URL(frame.src, location.href).origin === event.origin) {
    frame.style.height = `${Math.ceil(height)}px`;
  }
});
