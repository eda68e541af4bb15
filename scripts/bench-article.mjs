// Writes a valid article of about SIZE bytes (default 5,000,000) to the file
// named by the first argument, for `make bench-validate`: the default
// article's sections and claims repeated with numbered ids. Deterministic:
// the same size gives the same bytes.
import { readFileSync, writeFileSync } from "node:fs";

const [out, size = "5000000"] = process.argv.slice(2);
if (!out) {
  console.error("usage: node scripts/bench-article.mjs OUT.json [SIZE]");
  process.exit(2);
}
const target = Number(size);
const base = JSON.parse(readFileSync("articles/china-open-source-ai.json", "utf8"));
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
writeFileSync(out, JSON.stringify(article, null, 2) + "\n");
console.log(`wrote ${out}: ${article.sections.length} sections, ${article.claims.length} claims`);
