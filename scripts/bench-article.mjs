// Generated articles for the benchmarks, from the default article's text.
// Deterministic: the same arguments give the same bytes.
//
//   node scripts/bench-article.mjs OUT.json [SIZE]
//       A valid article of about SIZE bytes (default 5,000,000), for
//       `make bench-validate`: the default article's sections and claims
//       repeated with numbered ids.
//   node scripts/bench-article.mjs --sections N OUT.json
//       N sections of 10 paragraphs and 2 claims each, every section
//       collapsed at start, for `make bench` (scripts/bench.mjs imports
//       sectionsArticle() for the same article).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const readBase = () =>
  JSON.parse(readFileSync(path.join(REPO_ROOT, "articles/china-open-source-ai.json"), "utf8"));

/** An article of about `target` bytes of pretty-printed JSON. */
export function sizedArticle(target) {
  const base = readBase();
  const article = { ...base, sections: [], claims: [] };
  for (let copy = 1; JSON.stringify(article, null, 2).length < target; copy++) {
    // A copy of every section and claim per round; ids stay unique.
    for (const section of base.sections) {
      article.sections.push({ ...section, id: `${section.id}-${copy}` });
    }
    for (const claim of base.claims) {
      article.claims.push({ ...claim, id: `${claim.id}-${copy}`, section: `${claim.section}-${copy}` });
    }
  }
  return article;
}

export const PARAGRAPHS_PER_SECTION = 10;
export const CLAIMS_PER_SECTION = 2;

/**
 * An article of `count` sections, each of 10 distinct paragraphs of the
 * default article holding 2 of its claims, all collapsed at start. A claim's
 * quote occurs once in the default article, and a section never repeats a
 * paragraph, so every quote is found exactly once in its section.
 */
export function sectionsArticle(count) {
  const base = readBase();
  const pool = base.sections.flatMap((section) => section.paragraphs);
  const home = (claim) => pool.findIndex((paragraph) => paragraph.includes(claim.quote));
  const article = { ...base, sections: [], claims: [] };
  for (let s = 0; s < count; s++) {
    const picked = [];
    const claims = [];
    for (let c = 0; c < CLAIMS_PER_SECTION; c++) {
      const claim = base.claims[(s * CLAIMS_PER_SECTION + c) % base.claims.length];
      claims.push(claim);
      if (!picked.includes(home(claim))) picked.push(home(claim));
    }
    // The rest of the section: the pool from a place that moves with s.
    for (let i = 0; picked.length < PARAGRAPHS_PER_SECTION; i++) {
      const p = (s + i) % pool.length;
      if (!picked.includes(p)) picked.push(p);
    }
    const source = base.sections[s % base.sections.length];
    const id = `section-${s + 1}`;
    article.sections.push({
      id,
      heading: `${s + 1}. ${source.heading}`,
      collapsed: true,
      paragraphs: picked.map((p) => pool[p]),
    });
    for (const claim of claims) {
      article.claims.push({ ...claim, id: `${claim.id}-${s + 1}`, section: id });
    }
  }
  return article;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  let article, out;
  if (args[0] === "--sections" && args.length === 3) {
    article = sectionsArticle(Number(args[1]));
    out = args[2];
  } else if (args.length >= 1 && !args[0].startsWith("-")) {
    out = args[0];
    article = sizedArticle(Number(args[1] ?? "5000000"));
  } else {
    console.error("usage: node scripts/bench-article.mjs OUT.json [SIZE]\n       node scripts/bench-article.mjs --sections N OUT.json");
    process.exit(2);
  }
  writeFileSync(out, JSON.stringify(article, null, 2) + "\n");
  console.log(`wrote ${out}: ${article.sections.length} sections, ${article.claims.length} claims`);
}
