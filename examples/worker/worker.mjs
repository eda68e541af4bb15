// An edge worker (Cloudflare Workers, workerd) that renders an article on
// request, with the renderer of `interactive-article render`: POST the
// article's JSON to it and get the standalone page back.
//
//   curl --data-binary @story.json 'https://…/?url=https://news.example/story'
//
// `interactive-article/server` resolves to the worker build under the
// `workerd` and `worker` conditions (Wrangler sets them), which imports its
// wasm as a module compiled at deploy time.
import { render, validate } from "interactive-article/server";

export default {
  async fetch(request) {
    if (request.method !== "POST") {
      return new Response("POST an article's JSON\n", { status: 405, headers: { allow: "POST" } });
    }
    const text = await request.text();
    const { valid, problems } = validate(text);
    if (!valid) return Response.json({ problems }, { status: 422 });
    const url = new URL(request.url).searchParams.get("url") ?? undefined;
    return new Response(render(text, { page: true, url }), {
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  },
};
