// Times buildEntities (and the whole merge, without a cache) over an output folder's index and
// prints a hash of each result, so a change to entities.ts can be shown to give the same output:
// `tsx bench/reconcile-entities.ts <out> [rounds]`.
import { createHash } from "node:crypto";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { buildEntities } from "../pipeline/reconcile/entities.js";
import { mergeContributions, type Contribution } from "../pipeline/reconcile/index.js";
import type { Conflict } from "../pipeline/schemas.js";
import { OutputStore } from "../pipeline/store.js";

const summaries = [...(await new OutputStore(process.argv[2]).readIndex()).values()].sort((a, b) => (a.file < b.file ? -1 : 1));
const cs: Contribution[] = summaries.map((s) => s.contribution);
const opts = { reference: REFERENCE_OFFICIALS };
const hash = (v: unknown) => createHash("sha1").update(JSON.stringify(v)).digest("hex").slice(0, 12);
const cpu = <T>(label: string, f: () => T): T => {
  const c = process.cpuUsage();
  const r = f();
  const d = process.cpuUsage(c);
  console.log(`${label}: ${((d.user + d.system) / 1000).toFixed(0)} ms CPU`);
  return r;
};
for (let round = 0; round < Number(process.argv[3] ?? 2); round++) {
  const conflicts: Conflict[] = [];
  const { entities, nameOf } = cpu(`[${round}] buildEntities (${cs.length} articles)`, () => buildEntities(cs, opts, conflicts));
  const names = cs.flatMap((c) => c.titles.map((t) => nameOf(t.name, c.file)));
  console.log(`  entities ${entities.length}, conflicts ${conflicts.length}, hash ${hash([entities, conflicts, names])}`);
}
const r = cpu("whole merge, no cache", () => mergeContributions(cs, opts));
console.log(`  hash ${hash(r)}`);
