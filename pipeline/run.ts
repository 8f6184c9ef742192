// The in-process runner (the embedded default): every article file in an inbox through ingest
// and extract, then reconcile over all records, then the outputs. The queue workers call the
// same stage functions (`processArticle`, `writeOutputs`); this file only drives them.
import { BadInputError } from "./errors.js";
import { reasonOf } from "./format.js";
import { extract } from "./extract.js";
import { extractorFingerprint } from "./fingerprint.js";
import { listInbox, readInboxArticle } from "./inbox.js";
import { contentId, ingest, type ArticleInput } from "./ingest.js";
import { defaultPoolSize, ExtractPool } from "./pool.js";
import { reconcile, type ReconcileOptions } from "./reconcile.js";
import { sourcesOf } from "./context.js";
import { applyDecisions, DECISIONS_FILE, readDecisions } from "./decisions.js";
import { renderReport } from "./report.js";
import { renderHtml } from "./report-html.js";
import { activeReference } from "./settings.js";
import type { ArticleRecord, Decision, IngestError } from "./schemas.js";
import { OutputStore } from "./store.js";

// listing and reading an inbox are intake's (inbox.ts): the same checks as `watch`
export { classifyFiles, listInbox, type InboxListing } from "./inbox.js";

export type ProcessResult =
  | { ok: true; record: ArticleRecord; reused: boolean }
  | { ok: false; error: IngestError; retryable: boolean };

export { reasonOf };

/** Slows every extraction by this many milliseconds: a knob for crash tests and demos, unset in real use. */
const slowExtractMs = Number(process.env.CLAIMLINE_SLOW_EXTRACT_MS) || 0;

/**
 * ingest + extract: an article's bytes to its record, stamped with the extraction code's
 * fingerprint. Pure CPU work on its input; the queue workers and the thread pool run this.
 */
export async function extractArticle(input: ArticleInput): Promise<ArticleRecord> {
  if (slowExtractMs > 0) await new Promise((r) => setTimeout(r, slowExtractMs));
  const doc = await ingest(input);
  return { ...(await extract(doc)), extractedWith: extractorFingerprint() };
}

export type ExtractFn = (input: ArticleInput) => Promise<ArticleRecord>;

/** The stored record that can stand for this input: same content, same file name, same extraction code. */
export async function reusableRecord(input: ArticleInput, store: OutputStore): Promise<ArticleRecord | undefined> {
  const stored = await store.readRecord(contentId(input.bytes, input.sidecar));
  return stored && stored.extractedWith === extractorFingerprint() && stored.source.file === input.file ? stored : undefined;
}

/**
 * One article through ingest and extract, its record written to the store. A record already
 * stored for the same content by the same extraction code is reused, so a restart after a crash
 * processes only what has no record yet.
 */
export async function processArticle(input: ArticleInput, store: OutputStore, extractFn: ExtractFn = extractArticle): Promise<ProcessResult> {
  try {
    const stored = await reusableRecord(input, store);
    if (stored) return { ok: true, record: stored, reused: true };
    const record = await extractFn(input);
    await store.writeRecord(record);
    return { ok: true, record, reused: false };
  } catch (err) {
    return { ok: false, error: { file: input.file, reason: reasonOf(err) }, retryable: !(err instanceof BadInputError) };
  }
}

/** Reconcile over all records, apply the reviewer's decisions, write timeline, conflicts, reports and errors. */
export async function writeOutputs(store: OutputStore, records: ArticleRecord[], errors: IngestError[], opts: ReconcileOptions = { reference: activeReference() }) {
  const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
  // decisions.json is read, never written here; a broken one is reported and left for the reviewer to fix
  let decisions: Decision[] = [];
  const problems = [...errors];
  try {
    decisions = await readDecisions(store.dir);
  } catch (err) {
    problems.push({ file: DECISIONS_FILE, reason: `not applied: ${reasonOf(err)}` });
  }
  const { timeline, conflicts, orphaned } = applyDecisions(reconcile(sorted, opts), decisions);
  const ctx = { articles: sourcesOf(sorted), orphaned };
  await store.writeTimeline(timeline);
  await store.writeConflicts(conflicts, renderReport(conflicts, timeline, ctx), renderHtml(conflicts, timeline, ctx));
  await store.writeErrors(problems);
  return { timeline, conflicts };
}

export interface RunOptions {
  inbox: string;
  out: string;
  /** Publication date to assume for articles that state none. */
  published?: string;
  /** Threads for extract (default: one per core; 1 runs it in this thread). */
  threads?: number;
  reconcile?: ReconcileOptions;
  onProgress?: (p: { done: number; total: number; file: string; elapsedMs: number }) => void;
  onError?: (e: IngestError) => void;
}

export interface RunSummary {
  total: number;
  processed: number;
  reused: number;
  duplicates: { file: string; sameAs: string }[];
  errors: IngestError[];
  conflicts: number;
  agreements: number;
  out: string;
}

/** Articles `run` extracts in its own thread, timing them, before it decides on a thread pool. */
export const POOL_PROBE = 8;
/** The pool starts when it would save more than this (its threads take about this long to start). */
export const POOL_WORTH_MS = 2000;

/** `claimline run`: every article file in the inbox once; outputs reflect exactly this inbox. */
export async function runInbox(opts: RunOptions): Promise<RunSummary> {
  const store = new OutputStore(opts.out);
  await store.removeTemporaries();
  const { articles, rejected } = await listInbox(opts.inbox, { skip: [opts.out] });
  const errors: IngestError[] = [...rejected];
  rejected.forEach((e) => opts.onError?.(e));
  const byId = new Map<string, ArticleRecord>();
  const duplicates: RunSummary["duplicates"] = [];
  let processed = 0;
  let reused = 0;
  let done = 0;
  const started = Date.now();
  // threads cost most of a second to start: without --threads, the first articles are extracted
  // here and timed, and the pool starts only if the rest would take clearly longer than that
  const threads = Math.min(opts.threads ?? defaultPoolSize(), articles.length);
  let pool = opts.threads !== undefined && threads > 1 ? new ExtractPool(threads) : undefined;
  let timed = 0;
  let spentMs = 0;
  const decide = (remaining: number) => {
    if (pool || opts.threads !== undefined || threads < 2 || timed < POOL_PROBE) return;
    const savedMs = (remaining * spentMs * (1 - 1 / threads)) / timed;
    if (savedMs > POOL_WORTH_MS) pool = new ExtractPool(threads);
  };
  const extractFn: ExtractFn = async (input) => {
    if (pool) return pool.extract(input);
    const t = performance.now();
    try {
      return await extractArticle(input);
    } finally {
      spentMs += performance.now() - t;
      timed++;
    }
  };
  // identical content is one article, under the first file (in listing order) that went
  // through: a later copy waits for the earlier one's outcome, so the result does not depend
  // on which thread finishes first
  const outcome = new Map<string, Promise<boolean>>();
  const running = new Set<Promise<unknown>>();

  const handle = async (rel: string, input: ArticleInput): Promise<boolean> => {
    const result = await processArticle({ ...input, file: rel }, store, extractFn);
    if (result.ok) {
      byId.set(result.record.id, result.record);
      if (result.reused) reused++;
      else processed++;
      return true;
    }
    errors.push(result.error);
    opts.onError?.(result.error);
    return false;
  };

  try {
    for (const [i, rel] of articles.entries()) {
      decide(articles.length - i);
      let task: Promise<boolean>;
      try {
        const input = await readInboxArticle(opts.inbox, rel, opts.published);
        const id = contentId(input.bytes, input.sidecar);
        const earlier = outcome.get(id);
        task = earlier
          ? earlier.then((wentThrough) => {
              if (!wentThrough) return handle(rel, input);
              duplicates.push({ file: rel, sameAs: byId.get(id)!.source.file });
              return true;
            })
          : handle(rel, input);
        outcome.set(id, task);
      } catch (err) {
        // the file vanished or became unreadable between listing and reading
        const gone = (err as NodeJS.ErrnoException).code === "ENOENT";
        const reason = gone ? "the file was removed before it could be read" : err instanceof BadInputError ? err.message : `could not read the file: ${reasonOf(err)}`;
        const error = { file: rel, reason };
        errors.push(error);
        opts.onError?.(error);
        task = Promise.resolve(false);
      }
      const tracked = task.then(() => {
        running.delete(tracked);
        opts.onProgress?.({ done: ++done, total: articles.length, file: rel, elapsedMs: Date.now() - started });
      });
      running.add(tracked);
      // a bounded number of articles in memory at once: enough to keep every thread busy, and
      // one at a time (in listing order) without threads
      if (running.size >= (pool ? threads * 2 : 1)) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool?.close();
  }
  // records of files no longer in the inbox (or of their old contents) are not this run's output
  for (const id of await store.recordIds()) if (!byId.has(id)) await store.removeRecord(id);
  duplicates.sort((a, b) => a.file.localeCompare(b.file));
  const { timeline, conflicts } = await writeOutputs(store, [...byId.values()], errors, opts.reconcile);
  return {
    total: articles.length,
    processed,
    reused,
    duplicates,
    errors,
    conflicts: conflicts.length,
    agreements: timeline.agreements.length,
    out: opts.out,
  };
}
