// Times reconcile over the contributions of an output folder's index (a bench:scale --keep folder):
// `tsx bench/reconcile-phases.ts <out> [n]`: at n/10 and n articles, a full merge without a cache, a
// cold one that fills a cache, and adding one article with the warm cache (what `run` and `watch`
// do when one file arrives). Each prints its wall time and the process's CPU time.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { CACHE_FILE } from "../pipeline/reconcile/cache.js";
import { OutputStore } from "../pipeline/store.js";
import { mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";

const dir = process.argv[2];
const store = new OutputStore(dir);
let t0 = performance.now();
const index = await store.readIndex();
console.log(`index read: ${index.size} summaries in ${(performance.now() - t0).toFixed(0)} ms`);
const summaries = [...index.values()].sort((a, b) => a.id.localeCompare(b.id));
const n = Number(process.argv[3] ?? summaries.length);
const opts = { reference: REFERENCE_OFFICIALS };

function timed<T>(label: string, size: number, f: () => T): T {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const r = f();
  const ms = performance.now() - t;
  const c = process.cpuUsage(cpu);
  console.log(`${size} articles, ${label}: ${ms.toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU (${(ms / size).toFixed(3)} ms/article)`);
  return r;
}

for (const size of [Math.round(n / 10), n]) {
  // the last one is "added": the others fill the cache first
  const chosen = summaries.slice(0, size);
  const cs: Contribution[] = chosen.map((s) => s.contribution);
  const keys = new Map(chosen.map((s) => [s.file, `${s.id}/${s.extractedWith}`]));
  const r = timed("full, no cache", size, () => mergeContributions(cs, opts));
  console.log(`  ${r.timeline.agreements.length} agreements, ${r.timeline.entities.length} entities, ${r.conflicts.length} conflicts`);
  const cache = new ReconcileCache();
  timed(`cold cache (${size - 1})`, size - 1, () => mergeContributions(cs.slice(0, -1), opts, cache, keys));
  timed("add one, warm cache", size, () => mergeContributions(cs, opts, cache, keys));
  console.log(`  cache: ${cache.last.computed} computed, ${cache.last.reused} reused`);
  // what `run` adds around reconcile: the cache written to the output folder, and read by the next run
  const tmp = mkdtempSync(path.join(os.tmpdir(), "claimline-reconcile-phases-"));
  let t = performance.now();
  await cache.save(tmp);
  const saved = performance.now() - t;
  t = performance.now();
  const loaded = await ReconcileCache.load(tmp);
  console.log(`  cache file: ${(statSync(path.join(tmp, CACHE_FILE)).size / 1e6).toFixed(1)} MB, ${loaded.size} entries, saved in ${saved.toFixed(0)} ms, loaded in ${(performance.now() - t).toFixed(0)} ms`);
  rmSync(tmp, { recursive: true, force: true });
}
