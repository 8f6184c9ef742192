// Times reconcile over the contributions of an output folder's index (a bench:scale --keep folder):
// `tsx bench/reconcile-phases.ts <out> [n]`: full merge at n articles, and at n/10.
import { performance } from "node:perf_hooks";
import { OutputStore } from "../pipeline/store.js";
import { mergeContributions } from "../pipeline/reconcile/index.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";

const dir = process.argv[2];
const store = new OutputStore(dir);
let t0 = performance.now();
const index = await store.readIndex();
console.log(`index read: ${index.size} summaries in ${(performance.now() - t0).toFixed(0)} ms`);
const all = [...index.values()].sort((a, b) => a.id.localeCompare(b.id)).map((s) => s.contribution);
const n = Number(process.argv[3] ?? all.length);
for (const size of [Math.round(n / 10), n]) {
  const cs = all.slice(0, size);
  t0 = performance.now();
  const r = mergeContributions(cs, { reference: REFERENCE_OFFICIALS });
  const ms = performance.now() - t0;
  console.log(`${size} articles: ${ms.toFixed(0)} ms (${(ms / size).toFixed(3)} ms/article), ${r.timeline.agreements.length} agreements, ${r.timeline.entities.length} entities, ${r.conflicts.length} conflicts`);
}
