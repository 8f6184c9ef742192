// Times reconcile's steps when one article is added to a warm cache, over an output folder's
// index: `tsx bench/reconcile-add-steps.ts <out>`. Prints CPU ms
// per step (agreements, entities, titles, disputes, cache save/load) and the rise in rss.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import { markDisputes } from "../pipeline/disputes.js";
import { OutputStore } from "../pipeline/store.js";

const summaries = [...(await new OutputStore(process.argv[2]).readIndex()).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
const cs: Contribution[] = summaries.map((s) => s.contribution);
const keys = new Map<string, string>(summaries.map((s) => [s.file, `${s.id}/${s.extractedWith}`]));
const opts = { reference: REFERENCE_OFFICIALS };
const cpu = <T>(label: string, f: () => T): T => {
  const c = process.cpuUsage();
  const r0 = process.memoryUsage().rss;
  const r = f();
  const d = process.cpuUsage(c);
  console.log(`${label}: ${((d.user + d.system) / 1000).toFixed(0)} ms CPU, rss +${((process.memoryUsage().rss - r0) / 1e6).toFixed(0)} MB`);
  return r;
};
const cache = new ReconcileCache();
cpu("cold merge (n-1)", () => mergeContributions(cs.slice(0, -1), opts, cache, keys));
const tmp = mkdtempSync(path.join(os.tmpdir(), "reconcile-add-steps-"));
const wall = async (label: string, f: () => Promise<unknown>) => {
  const t = performance.now();
  await f();
  console.log(`${label}: ${(performance.now() - t).toFixed(0)} ms wall`);
};
for (let round = 0; round < 3; round++) {
  if (round) mergeContributions(cs.slice(0, -1), opts, cache, keys); // the cache as the last run left it
  const r = cpu(`[${round}] add one, warm cache, whole merge`, () => mergeContributions(cs, opts, cache, keys));
  console.log(`  cache ${cache.last.computed} computed, ${cache.last.reused} reused; ${r.timeline.agreements.length} agreements, ${r.conflicts.length} conflicts`);
  cpu(`[${round}] markDisputes again`, () => markDisputes(r.timeline, r.conflicts));
  await wall(`[${round}] cache save (changed)`, () => cache.save(tmp));
  await wall(`[${round}] cache save (unchanged)`, () => cache.save(tmp));
  await wall(`[${round}] cache load`, () => ReconcileCache.load(tmp));
}
rmSync(tmp, { recursive: true, force: true });
