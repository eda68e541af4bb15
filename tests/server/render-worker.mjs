// A worker that renders on request, as a news site's edge function would
// (tests/server/server.test.mjs runs it in workerd). POST an article's JSON
// text to /render?OPTIONS, each query parameter an option of render() and an
// empty one a switch (`/render?page&theme=dark&url=…`), or to /validate.
import { render, validate } from "../../dist/server/worker.mjs";

export default {
  async fetch(request) {
    const url = new URL(request.url);
    const text = await request.text();
    if (url.pathname === "/validate") {
      return Response.json(validate(text));
    }
    if (url.pathname !== "/render") {
      return new Response("not found\n", { status: 404 });
    }
    const options = {};
    for (const [name, value] of url.searchParams) {
      options[name] = value === "" ? true : value;
    }
    try {
      return new Response(render(text, options), {
        headers: { "content-type": "text/html; charset=utf-8" },
      });
    } catch (error) {
      // An article with problems says which; anything else is the request's.
      if (error.problems) {
        return Response.json({ problems: error.problems }, { status: 422 });
      }
      return new Response(`${error.message}\n`, { status: 400 });
    }
  },
};
