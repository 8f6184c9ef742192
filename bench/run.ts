// `npm run bench [-- --articles N]`: per-stage cost on synthetic articles (bench/generate.ts).
// Reports articles/s and ms per article for ingest, each extractor, reconcile, and peak memory.
// `npm run bench -- --scale [--articles 10000]`: the scale run instead (bench/scale.ts at 1,000
// and N articles: whole-run time and peak RSS, output size and reconcile time per article, add one).
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { EXTRACTORS, type Findings } from "../extractors/index.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { sourcesOf } from "../pipeline/context.js";
import { applyDecisions } from "../pipeline/decisions.js";
import { reconcile } from "../pipeline/reconcile/index.js";
import { renderReport } from "../pipeline/report.js";
import { renderHtml } from "../pipeline/report-html.js";
import type { ArticleRecord, ParsedArticle } from "../pipeline/schemas.js";
import { syntheticArticle } from "./generate.js";

const { values } = parseArgs({
  options: { articles: { type: "string" }, words: { type: "string", default: "700" }, scale: { type: "boolean", default: false }, verbose: { type: "boolean", default: false } },
});
if (values.scale) {
  // the scale run (bench/scale.ts) with the built CLI: 1,000 articles, then --articles (10,000 by default)
  const top = Number(values.articles ?? 10000);
  const sizes = [...new Set([Math.min(1000, top), top])].join(",");
  execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
  execFileSync(process.execPath, [...process.execArgv, "bench/scale.ts", "--sizes", sizes, ...(values.verbose ? ["--verbose"] : [])], { stdio: "inherit" });
  process.exit(0);
}
const n = Number(values.articles ?? 300);
const words = Number(values.words);
const enc = new TextEncoder();
let peakRss = process.memoryUsage().rss;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));

const corpus = Array.from({ length: n }, (_, i) => syntheticArticle(i + 1, words));
const timings = new Map<string, number>();
const time = async <T>(stage: string, f: () => T | Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const v = await f();
  timings.set(stage, (timings.get(stage) ?? 0) + performance.now() - t0);
  return v;
};

// warm-up: first calls pay for module initialisation and JIT
for (const a of corpus.slice(0, 5)) await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published }));

const t0 = performance.now();
const docs: ParsedArticle[] = [];
for (const a of corpus) {
  docs.push(await time("ingest", () => ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published })));
}
for (const doc of docs) {
  const found: Partial<Findings> = {};
  for (const ex of EXTRACTORS) {
    const r = await time(`extract:${ex.field}`, () => ex.run(doc, found));
    (found as Record<string, unknown>)[ex.field] = r.items;
  }
  sample();
}
const records: ArticleRecord[] = [];
for (const doc of docs) records.push(await time("extract (stage, validated)", () => extract(doc)));
sample();
const reconciled = await time("reconcile (all)", () => reconcile(records));
sample();
// decisions applied, conflicts.md and report.html: what writeOutputs adds after reconcile
await time("reports (all)", () => {
  const decided = applyDecisions(reconciled, []);
  const ctx = { articles: sourcesOf(records), orphaned: decided.orphaned };
  return renderReport(decided.conflicts, decided.timeline, ctx).length + renderHtml(decided.conflicts, decided.timeline, ctx).length;
});
sample();
const total = performance.now() - t0;

const rows = [...timings.entries()].map(([stage, ms]) => {
  const whole = stage.endsWith("(all)");
  const per = whole ? ms : ms / n;
  return `${stage.padEnd(28)} ${per.toFixed(3).padStart(9)} ms${whole ? " total" : "/article"}`;
});
console.log(`claimline bench: ${n} synthetic articles of ~${words} words, node ${process.version}`);
for (const r of rows) console.log(r);
console.log(`${"whole run".padEnd(28)} ${(n / (total / 1000)).toFixed(1).padStart(9)} articles/s (extractors timed twice: per extractor and as the stage)`);
console.log(`${"peak RSS".padEnd(28)} ${(peakRss / 1048576).toFixed(0).padStart(9)} MB`);
