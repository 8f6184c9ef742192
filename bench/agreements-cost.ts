// `npx tsx bench/agreements-cost.ts [--articles N]`: what the named-agreement steps add to the agreement
// stage, as a ratio measured in one process (interleaved rounds, so a loaded machine affects both
// sides alike): the descriptive step alone (the stage before the redesign) against the whole stage.
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { extractAgreementEvents } from "../extractors/agreements/index.js";
import { extractBilateralEvents } from "../extractors/agreements/bilateral.js";
import { EXTRACTORS, type Findings } from "../extractors/index.js";
import { ingest } from "../pipeline/ingest.js";
import { syntheticArticle } from "./generate.js";

const { values } = parseArgs({ options: { articles: { type: "string", default: "200" }, rounds: { type: "string", default: "5" }, named: { type: "boolean", default: false } } });
const enc = new TextEncoder();
// --named: every article also reports on known agreements, so every named step runs (the worst case)
const NAMED = "\n\nThe United States withdrew from the Paris Agreement on Monday, officials said. The accord was signed in 2016 and entered into force later that year. Russia suspended its participation in New START in February, and the treaty could lapse. If Iran leaves the JCPOA, the deal would collapse.";
const docs = await Promise.all(Array.from({ length: Number(values.articles) }, (_, i) => syntheticArticle(i + 1, 700)).map((a) => ingest({ file: a.file, bytes: enc.encode(a.text + (values.named ? NAMED : "")), published: a.published })));
// what the earlier extractors found, as the stage would pass it
const found = await Promise.all(docs.map(async (doc) => {
  const f: Partial<Findings> = {};
  for (const ex of EXTRACTORS.filter((x) => x.field !== "events")) (f as Record<string, unknown>)[ex.field] = (await ex.run(doc, f)).items;
  return f;
}));
let before = 0;
let after = 0;
for (let r = 0; r < Number(values.rounds); r++) {
  let t = performance.now();
  docs.forEach((d, i) => extractBilateralEvents(d, found[i]));
  before += performance.now() - t;
  t = performance.now();
  docs.forEach((d, i) => extractAgreementEvents(d, found[i]));
  after += performance.now() - t;
}
const n = docs.length * Number(values.rounds);
console.log(`descriptive step alone ${(before / n).toFixed(3)} ms/article; whole agreement stage ${(after / n).toFixed(3)} ms/article; ratio ${(after / before).toFixed(3)}`);
