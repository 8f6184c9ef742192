// What `run` decides before its stages load: whether an article will most likely be extracted, so
// that an extract thread starts at once and loads its modules (most of a second) while the main
// thread loads its own, lists the inbox and reads the index. Light on purpose: node's own modules
// and the pool, nothing that loads the extractors, the store or reconcile.
import { statSync } from "node:fs";
import path from "node:path";
import { INDEX_FILE } from "./index-file.js";
import { ExtractPool, type PoolLimits } from "./pool.js";
import type { PipelineConfig } from "./pipeline.js";

/** When the index in `out` was last written (its mtime, ms), or undefined when there is none. */
export function indexWrittenAt(out: string): number | undefined {
  try {
    return statSync(path.join(out, INDEX_FILE), { throwIfNoEntry: false })?.mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * Whether an entry was added, removed or renamed in the inbox folder since the index was written
 * (the folder's mtime is at or after the index's), or there is no index: then an article will most
 * likely be extracted. False when the inbox cannot be read (the run reports that).
 */
export function inboxChangedSince(inbox: string, indexAt: number | undefined): boolean {
  try {
    const at = statSync(inbox, { throwIfNoEntry: false })?.mtimeMs;
    return at !== undefined && (indexAt === undefined || at >= indexAt);
  } catch {
    return false;
  }
}

/**
 * The pool `run` extracts with, its thread started now when the inbox changed since the index in
 * `out` was written (inboxChangedSince): `runInbox` takes it (RunOptions.pool) and closes it.
 * `config` is the configuration the pipeline will be built from (its `config`), `limits` the pool's;
 * `threads`, the user's --threads: that many start at once (a second thread started only once the
 * inbox is listed begins extracting most of a second after the first).
 */
export function startRunPool(inbox: string, out: string, config: PipelineConfig, limits?: PoolLimits, threads = 1): ExtractPool {
  const pool = new ExtractPool(1, limits, config);
  if (inboxChangedSince(inbox, indexWrittenAt(out))) pool.start(threads);
  return pool;
}
