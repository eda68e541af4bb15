// Writes the hostile corpus in tests/fixtures/hostile/: article JSON that no
// editor should write but any may, each meant to validate or to be refused
// with clear problems, never to crash the reader. The files are committed (so
// every test tier reads the same bytes); run `node scripts/hostile-fixtures.mjs`
// after changing this script, then `make fixture-outcomes`.
import { mkdirSync, writeFileSync } from "node:fs";

const dir = new URL("../tests/fixtures/hostile/", import.meta.url);
mkdirSync(dir, { recursive: true });

// JSON.stringify writes a lone surrogate as a \udXXX escape, as the corpus needs.
const write = (name, value, indent = 2) =>
  writeFileSync(new URL(name, dir), (typeof value === "string" ? value : JSON.stringify(value, null, indent)) + "\n");

/** A valid article with every field filled, with `text(field)` in each string. */
function article(id, text = (field) => field, extra = {}) {
  const paragraph = `${text("paragraph")} — the claim sits here.`;
  return {
    version: 1,
    id,
    lang: "en",
    title: text("title"),
    standfirst: text("standfirst"),
    byline: text("byline"),
    publisher: text("publisher"),
    published: "2025-01-01",
    updated: "2025-01-02T08:00:00Z",
    intro: [text("intro")],
    canonicalUrl: `https://example.org/news/${id}`,
    sections: [{ id: "body", heading: text("heading"), paragraphs: [paragraph], collapsed: true, provenance: { involvement: "assisted" } }],
    claims: [
      {
        id: "claim",
        section: "body",
        quote: "the claim sits here",
        prefix: "— ",
        status: "supported",
        explanation: text("explanation"),
        sources: ["source"],
        history: [
          { date: "2024-12-30", status: "unverified", note: text("history note") },
          { date: "2025-01-01", status: "supported", note: text("history note") },
        ],
      },
    ],
    sources: [{ id: "source", title: text("source title"), publisher: text("source publisher"), url: "https://example.org/source", date: "2024-12-31", quote: text("source quote") }],
    provenance: {
      aiGenerated: true,
      involvement: "generated",
      disclaimer: text("disclaimer"),
      responsible: text("responsible"),
      originalSources: ["source"],
      review: { reviewer: text("reviewer"), date: "2025-01-03", scope: text("review scope") },
    },
    related: [{ title: text("related title"), summary: text("related summary"), url: "https://example.org/related" }],
    discussion: { prompt: text("prompt"), signInUrl: "https://example.org/sign-in" },
    ...extra,
  };
}

// Text of many scripts, valid everywhere text is allowed.
write("multibyte-text.json", article("multibyte-text", (f) => `${f}: 中文 日本語 한국어 Ελληνικά Кириллица ﷺ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎`));
write("combining-characters.json", (() => {
  const doc = article("combining-characters", (f) => `${f}: Zalgo Z\u0351\u0352\u0353a\u0316\u0317l\u0300\u0301g\u0302o and cafe\u0301`);
  // A quote that starts with a combining mark: anchored on a character
  // boundary although it splits a grapheme.
  doc.sections[0].paragraphs = ["The word cafe\u0301 has a combining accent; re\u0301sume\u0301 too."];
  doc.claims[0].quote = "\u0301 has a combining accent";
  doc.claims[0].prefix = "cafe";
  return doc;
})());
write("emoji-text.json", (() => {
  const doc = article("emoji-text", (f) => `${f} 👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 🇺🇦 ❤️‍🔥`);
  doc.sections[0].paragraphs = ["Family 👩‍👩‍👧‍👦 and flag 🇺🇦🇺🇦 and thumbs 👍🏽."];
  doc.claims[0].quote = "🇺🇦";
  doc.claims[0].prefix = "flag 🇺🇦";
  return doc;
})());
write("emoji-ids.json", (() => {
  const doc = article("emoji-😀");
  doc.sections[0].id = "body-🔥";
  doc.claims[0].id = "claim‍";
  doc.claims[0].section = "body-🔥";
  doc.sources[0].id = "ｓｏｕｒｃｅ";
  doc.claims[0].sources = ["ｓｏｕｒｃｅ"];
  doc.provenance.originalSources = ["source"];
  return doc;
})());
write("fullwidth-digits.json", (() => {
  const doc = article("fullwidth-digits");
  doc.version = 1;
  doc.published = "２０２５-０１-０１";
  doc.updated = "2025-01-01T０８:００:００Z";
  doc.sources[0].date = "2025－01－01";
  doc.id = "ａ１";
  return doc;
})());
write("multibyte-dates.json", (() => {
  const doc = article("multibyte-dates");
  doc.published = "2025-01-01T08:00+aé:b";
  doc.updated = "2025-é1-01";
  doc.sources[0].date = "2025-01-0😀";
  return doc;
})());
write("date-edge-forms.json", (() => {
  const doc = article("date-edge-forms");
  doc.published = "2024-02-29T23:59:59.999999999+14:00";
  doc.updated = "2024-02-29t00:00z";
  doc.sources[0].date = "0000-01-01";
  return doc;
})());
write("lang-tricks.json", (() => {
  const doc = article("lang-tricks");
  doc.lang = "ｅｎ-ＧＢ";
  return doc;
})());
write("lang-multibyte-subtag.json", (() => {
  const doc = article("lang-multibyte-subtag");
  doc.lang = "en-é";
  return doc;
})());
write("lone-leading-surrogate.json", article("lone-leading-surrogate", (f) => (f === "title" ? "Broken \ud800 title" : f)));
write("lone-trailing-surrogate.json", article("lone-trailing-surrogate", (f) => (f === "explanation" ? "Broken \udc00 explanation" : f)));
write("surrogate-in-key.json", { ...article("surrogate-in-key"), "\ud83d": "a key with half an emoji" });
write("control-characters.json", (() => {
  const doc = article("control-characters", (f) => `${f}\u0000\u0007\u001b[31m\u007f\u0085\u2028\u2029\u200b\ufeff`);
  doc.sources[0].url = "https://example.org/\u0000";
  doc.related[0].url = "https://exa\u0085mple.org";
  doc.discussion.signInUrl = "https://example.org/\u2028";
  return doc;
})());
write("whitespace-only-text.json", article("whitespace-only-text", (f) =>
  ["title", "standfirst", "heading", "explanation", "disclaimer", "related summary", "prompt"].includes(f) ? "\u00a0\u2003\u3000\t\n" : f));
write("right-to-left.json", (() => {
  const doc = article("right-to-left", (f) => `${f}: مرحبا بالعالم שלום עולם \u202eevil.exe\u202c`);
  doc.lang = "ar";
  doc.sections[0].paragraphs = ["قال الوزير إن الاقتصاد نما بنسبة ٣٪ هذا العام \u202bמשפט עברי\u202c."];
  doc.claims[0].quote = "الاقتصاد نما بنسبة ٣٪";
  doc.claims[0].prefix = "إن ";
  return doc;
})());
write("markup-everywhere.json", article("markup-everywhere", (f) =>
  `<script>window.__pwned='${f}'</script><img src=x onerror="window.__pwned='${f}'"><!-- ]]> &amp; &lt;b&gt; {{${f}}} \${${f}}`));
write("url-tricks.json", (() => {
  const doc = article("url-tricks");
  doc.sources = [
    ["colon-entity", "javascript&colon;alert(1)"],
    ["leading-space", " \u00a0javascript:alert(1)"],
    ["backslashes", "https:\\\\evil.example"],
    ["fullwidth-scheme", "ｈｔｔｐｓ://example.org"],
    ["soft-hyphen", "https://exa\u00admple.org"],
    ["no-host", "https:///evil.example"],
    ["data", "DATA:text/html;base64,PHNjcmlwdD4="],
    ["userinfo", "https://good.example@evil.example/"],
    ["idn", "https://例え.テスト/パス"],
    ["bidi", "https://example.org/\u202egnp.exe"],
  ].map(([id, url]) => ({ id, title: id, url }));
  doc.claims[0].sources = ["userinfo"];
  doc.provenance.originalSources = ["idn"];
  doc.related[0].url = "vbscript:msgbox(1)";
  doc.discussion.signInUrl = "//evil.example/sign-in";
  return doc;
})());
write("unknown-fields-everywhere.json", (() => {
  const doc = article("unknown-fields-everywhere");
  doc.titel = "misspelt";
  doc["😀"] = { nested: [1, { deeper: true }] };
  doc[""] = "empty key";
  doc.sections[0].colapsed = false;
  doc.claims[0].Status = "Supported";
  doc.sources[0].href = "https://example.org";
  doc.provenance.aiGenrated = true;
  doc.related[0].link = "https://example.org";
  doc.discussion.signInURL = "https://example.org";
  return doc;
})());
write("duplicate-keys.json",
  '{ "version": 1, "id": "duplicate-keys", "lang": "en", "title": "First title", "title": "Second title",\n' +
  '  "standfirst": "S", "sections": [{ "id": "s", "heading": "H", "paragraphs": ["P"] }],\n' +
  '  "provenance": { "aiGenerated": false } }');
write("duplicate-nested-keys.json",
  '{ "version": 1, "id": "duplicate-nested-keys", "lang": "en", "title": "T", "standfirst": "S",\n' +
  '  "sections": [{ "id": "s", "heading": "H", "paragraphs": ["P"], "collapsed": true, "collapsed": false }],\n' +
  '  "provenance": { "aiGenerated": false } }');
write("number-forms.json",
  '{ "version": 1.0, "id": "number-forms", "lang": "en", "title": "T", "standfirst": "S",\n' +
  '  "sections": [{ "id": "s", "heading": "H", "paragraphs": ["P"] }],\n' +
  '  "provenance": { "aiGenerated": false } }');
write("version-overflow.json", { ...article("version-overflow"), version: 4294967297 });
write("wrong-types.json", { ...article("wrong-types"), claims: { id: "not-a-list" } });
write("top-level-array.json", [article("top-level-array")]);
write("top-level-string.json", JSON.stringify("just a string"));
write("nulls-everywhere.json", {
  version: 1, id: "nulls-everywhere", lang: "en", title: null, standfirst: null, byline: null, publisher: null,
  published: null, updated: null, sections: [{ id: "s", heading: "H", paragraphs: ["P"] }],
  provenance: { aiGenerated: null, disclaimer: null }, discussion: null,
});
{
  // 5,000 levels of arrays in an unknown field: far beyond the 128 levels
  // serde_json builds values for, but an unknown field is skipped, not built.
  const deep = "[".repeat(5000) + "]".repeat(5000);
  write("deep-nesting.json", JSON.stringify(article("deep-nesting"), null, 2).replace('"version": 1,', `"version": 1,\n  "extra": ${deep},`));
  // 100 levels stay within it, and are one unknown field.
  let nested = {};
  for (let i = 0; i < 100; i++) nested = { level: nested };
  write("deep-nesting-within-limit.json", { ...article("deep-nesting-within-limit"), extra: nested });
}
{
  // A 100,000-character paragraph, with a claim at its very end.
  const doc = article("long-paragraph");
  const filler = "Lorem ipsum dolor sit amet, ünïcödé 漢字 🙂. ";
  // Cut by code points, so no surrogate pair is split.
  const long = [...filler.repeat(Math.ceil(100000 / filler.length))].slice(0, 100000 - 20).join("") + " the claim sits here";
  doc.sections[0].paragraphs = [long];
  delete doc.claims[0].prefix;
  write("long-paragraph.json", doc, 0);
}
{
  // A 20,000-character quote that occurs at 80,001 overlapping places in a
  // 100,000-character paragraph: refused as ambiguous after a bounded count,
  // not after comparing 20,000 characters at every place.
  const doc = article("repeated-quote");
  doc.sections[0].paragraphs = ["a".repeat(100000)];
  doc.claims[0].quote = "a".repeat(20000);
  delete doc.claims[0].prefix;
  write("repeated-quote.json", doc, 0);
}
{
  // 2,000 claims, each anchored to its own word.
  const doc = article("many-claims");
  const words = Array.from({ length: 2000 }, (_, i) => `w${i}x`);
  doc.sections[0].paragraphs = Array.from({ length: 20 }, (_, p) => words.slice(p * 100, p * 100 + 100).join(" ") + ".");
  doc.claims = words.map((w, i) => ({ id: `c${i}`, section: "body", quote: w, status: "opinion", explanation: `Claim ${i}.` }));
  write("many-claims.json", doc, 0);
}
{
  // 500 claims, each overlapping the nine that follow it: one problem per
  // claim, not one for every overlapping pair.
  const doc = article("many-overlapping-claims");
  const words = Array.from({ length: 510 }, (_, i) => `o${i}x`);
  doc.sections[0].paragraphs = [words.join(" ") + " end."];
  doc.claims = words.slice(0, 500).map((w, i) => ({
    id: `c${i}`,
    section: "body",
    quote: words.slice(i, i + 10).join(" "),
    prefix: i === 0 ? undefined : `${words[i - 1]} `,
    status: "opinion",
    explanation: "x",
  }));
  write("many-overlapping-claims.json", doc, 0);
}
