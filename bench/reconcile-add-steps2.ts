// CPU time of each of reconcile's steps when one article is added to a warm cache, over an output
// folder's index: `tsx bench/reconcile-add-steps2.ts <out> [rounds]`.
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { markDisputes } from "../pipeline/disputes.js";
import { buildAgreements } from "../pipeline/reconcile/agreements.js";
import { buildEntities } from "../pipeline/reconcile/entities.js";
import { compareConflicts, mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import { findReferenceTitleConflicts, findTitleConflicts } from "../pipeline/reconcile/title-conflicts.js";
import type { Conflict } from "../pipeline/schemas.js";
import { OutputStore } from "../pipeline/store.js";

const summaries = [...(await new OutputStore(process.argv[2]).readIndex()).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
let c0 = process.cpuUsage();
const cs: Contribution[] = summaries.map((s) => s.contribution);
const ms = () => {
  const d = process.cpuUsage(c0);
  c0 = process.cpuUsage();
  return `${((d.user + d.system) / 1000).toFixed(0)}`.padStart(5) + " ms";
};
console.log(`${ms()} decode ${cs.length} bodies`);
const keys = new Map<string, string>(summaries.map((s) => [s.file, `${s.id}/${s.extractedWith}`]));
const opts = { reference: REFERENCE_OFFICIALS };
const cache = new ReconcileCache();
mergeContributions(cs.slice(0, -1), opts, cache, keys);
for (let round = 0; round < Number(process.argv[3] ?? 2); round++) {
  mergeContributions(cs.slice(0, -1), opts, cache, keys);
  c0 = process.cpuUsage();
  const sorted = [...cs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sourceKey = (c: Contribution) => `${c.file}\u0000${keys.get(c.file)}`;
  const conflicts: Conflict[] = [];
  const out: string[] = [];
  out.push(`${ms()} sort`);
  const agreements = buildAgreements(sorted, conflicts, cache, sourceKey);
  out.push(`${ms()} agreements`);
  const { entities, nameOf } = buildEntities(sorted, opts, conflicts);
  out.push(`${ms()} entities`);
  findTitleConflicts(sorted, nameOf, conflicts, opts.reference, cache, sourceKey);
  out.push(`${ms()} title conflicts`);
  findReferenceTitleConflicts(sorted, nameOf, opts.reference, conflicts);
  out.push(`${ms()} reference title conflicts`);
  conflicts.sort((a, b) => compareConflicts(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || (a.id < b.id ? -1 : 1));
  out.push(`${ms()} conflicts sorted`);
  markDisputes({ agreements, entities }, conflicts);
  out.push(`${ms()} disputes marked`);
  cache.prune();
  console.log(`[${round}] ${out.join(", ")}`);
}
