// The reconcile stage: article records in, one cleaned timeline per agreement and the conflicts
// between (or within) sources out. Pure and deterministic: sorted arrays, ids from content hashes.
//
// Incremental by construction: `contributionOf(record)` reads one record once and keeps only what
// reconcile needs (event claims, name mentions, titles); `mergeContributions` combines cached
// contributions. Adding an article is one new contribution and a merge, never a re-extraction.
import { markDisputes } from "../disputes.js";
import type { Agreement, ArticleRecord, Conflict } from "../schemas.js";
import { buildAgreements } from "./agreements.js";
import { contributionOf, type Contribution, type ReconcileOptions, type ReconcileResult } from "./contributions.js";
import { buildEntities } from "./entities.js";
import { keyOf, type ReconcileCache } from "./cache.js";
import { findReferenceTitleConflicts, findTitleConflicts } from "./title-conflicts.js";

export { dateRange, hashId, LIFECYCLE } from "./common.js";
export { contributionOf, type Contribution, type EventClaim, type NameClaim, type ReconcileOptions, type ReconcileResult, type ReferenceName, type TitleClaim } from "./contributions.js";
export { copyEvent, sourceFilesOf } from "./agreements.js";
export { officeOf } from "./title-conflicts.js";
export { madeUnderOf } from "./cache.js";
export { ReconcileCache } from "./cache.js";

// ---------- incremental state ----------

export interface ReconcileState {
  contributions: Readonly<Record<string, Contribution>>;
}

export const emptyState = (): ReconcileState => ({ contributions: {} });

/** The state with this record's contribution added (or replaced, for a changed file). */
export function withArticle(state: ReconcileState, record: ArticleRecord): ReconcileState {
  return withContribution(state, contributionOf(record));
}

export function withContribution(state: ReconcileState, c: Contribution): ReconcileState {
  return { contributions: { ...state.contributions, [c.file]: c } };
}

export function withoutArticle(state: ReconcileState, file: string): ReconcileState {
  const { [file]: _gone, ...rest } = state.contributions;
  return { contributions: rest };
}

export function resultOf(state: ReconcileState, opts: ReconcileOptions = {}, cache?: ReconcileCache): ReconcileResult {
  return mergeContributions(Object.values(state.contributions), opts, cache);
}

/** Records in, timeline and conflicts out. */
export function reconcile(records: readonly ArticleRecord[], opts: ReconcileOptions = {}): ReconcileResult {
  return mergeContributions(records.map(contributionOf), opts);
}

// ---------- merge ----------

/**
 * Contributions in, timeline and conflicts out. With a cache, the steps whose inputs are unchanged
 * since the cache last saw them are not run again: the result is the same as without it.
 *
 * `sourceKeys` (file → key) lets the cache tell contributions apart without reading them: a key must
 * change whenever the file's contribution does (`run` gives the record's content id and extraction
 * fingerprint). A file it has no key for is keyed by a hash of its whole contribution.
 */
export function mergeContributions(
  contributions: readonly Contribution[],
  opts: ReconcileOptions = {},
  cache?: ReconcileCache,
  sourceKeys?: ReadonlyMap<string, string>,
  /** Told each step's wall and CPU time in ms, as it ends (what CLAIMLINE_TIMINGS prints). */
  onStep?: (step: string, ms: number, cpuMs: number) => void,
): ReconcileResult {
  const step = <T>(name: string, run: () => T): T => {
    if (!onStep) return run();
    const t = performance.now();
    const c = process.cpuUsage();
    const r = run();
    const d = process.cpuUsage(c);
    onStep(name, performance.now() - t, (d.user + d.system) / 1000);
    return r;
  };
  const sorted = [...contributions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const conflicts: Conflict[] = [];
  const sourceKey = (c: Contribution) => {
    const k = sourceKeys?.get(c.file);
    return k === undefined ? `=${contentKey(c)}` : `${c.file}\u0000${k}`;
  };
  // the entries reconcile's cache gave with their events marked by their own conflicts
  const premarked = new Map<Agreement, readonly Conflict[]>();
  const agreements = step("agreements", () => buildAgreements(sorted, conflicts, cache, sourceKey, premarked));
  const { entities, nameOf } = step("entities", () => buildEntities(sorted, opts, conflicts));
  step("titles", () => {
    findTitleConflicts(sorted, nameOf, conflicts, opts.reference ?? [], cache, sourceKey);
    findReferenceTitleConflicts(sorted, nameOf, opts.reference ?? [], conflicts);
  });
  const timeline = { agreements, entities };
  step("disputes", () => {
    conflicts.sort((a, b) => compareConflicts(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || (a.id < b.id ? -1 : 1));
    markDisputes(timeline, conflicts, premarked);
  });
  cache?.prune();
  return { timeline, conflicts };
}

const contentKeys = new WeakMap<Contribution, string>();
/** A hash of a contribution's whole content, once per contribution object (contributions are never changed in place). */
function contentKey(c: Contribution): string {
  let k = contentKeys.get(c);
  if (k === undefined) contentKeys.set(c, (k = keyOf(JSON.stringify(c))));
  return k;
}

/** Most trusted first: by confidence where set (a conflict without one ranks by its severity), then severity. */
export function compareConflicts(a: Conflict, b: Conflict): number {
  const trust = (c: Conflict) => c.confidence ?? (c.severity ?? 1) / 3;
  return trust(b) - trust(a) || (b.severity ?? 1) - (a.severity ?? 1);
}
