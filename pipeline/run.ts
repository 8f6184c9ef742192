// The in-process runner (the embedded default): every article file in an inbox through ingest
// and extract, then reconcile over all records, then the outputs. The queue workers call the
// same stage functions (`processArticle`, `writeOutputs`); this file only drives them.
import { promises as fs } from "node:fs";
import path from "node:path";
import { BadInputError } from "./errors.js";
import { extract } from "./extract.js";
import { extractorFingerprint } from "./fingerprint.js";
import { contentId, ingest, isArticleFile, isSidecar, readArticleFile, type ArticleInput } from "./ingest.js";
import { reconcile, type ReconcileOptions } from "./reconcile.js";
import { renderReport } from "./report.js";
import type { ArticleRecord, IngestError } from "./schemas.js";
import { OutputStore } from "./store.js";

export interface InboxListing {
  /** Article files, as paths relative to the inbox with "/" separators, sorted. */
  articles: string[];
  /** Files that are neither articles nor sidecars, and sidecars with no article: reported. */
  rejected: IngestError[];
}

/** Lists an inbox (sub-folders included; hidden files and folders skipped). */
export async function listInbox(inbox: string): Promise<InboxListing> {
  const articles: string[] = [];
  const rejected: IngestError[] = [];
  const all: string[] = [];
  const walk = async (rel: string) => {
    for (const e of await fs.readdir(path.join(inbox, rel), { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(r);
      else if (e.isFile()) all.push(r);
    }
  };
  await walk("");
  const names = new Set(all);
  for (const f of all.sort()) {
    if (isArticleFile(f)) articles.push(f);
    else if (isSidecar(f)) {
      const base = f.slice(0, -".meta.json".length);
      if (![".txt", ".html", ".htm", ".json"].some((ext) => names.has(base + ext))) {
        rejected.push({ file: f, reason: "sidecar with no article file beside it" });
      }
    } else {
      rejected.push({ file: f, reason: `unknown extension "${path.extname(f) || "(none)"}": expected .txt, .html, .htm or .json` });
    }
  }
  return { articles, rejected };
}

export type ProcessResult =
  | { ok: true; record: ArticleRecord; reused: boolean }
  | { ok: false; error: IngestError; retryable: boolean };

/** A message for a person: the error's own words, never a stack trace. */
export const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * One article through ingest and extract, its record written to the store. A record already
 * stored for the same content by the same extraction code is reused, so a restart after a crash
 * processes only what has no record yet.
 */
export async function processArticle(input: ArticleInput, store: OutputStore): Promise<ProcessResult> {
  const fingerprint = extractorFingerprint();
  try {
    const id = contentId(input.bytes, input.sidecar);
    const stored = await store.readRecord(id);
    if (stored && stored.extractedWith === fingerprint && stored.source.file === input.file) {
      return { ok: true, record: stored, reused: true };
    }
    const doc = await ingest(input);
    const record = { ...(await extract(doc)), extractedWith: fingerprint };
    await store.writeRecord(record);
    return { ok: true, record, reused: false };
  } catch (err) {
    return { ok: false, error: { file: input.file, reason: reasonOf(err) }, retryable: !(err instanceof BadInputError) };
  }
}

/** Reconcile over all records and write timeline, conflicts and errors. */
export async function writeOutputs(store: OutputStore, records: ArticleRecord[], errors: IngestError[], opts: ReconcileOptions = {}) {
  const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
  const { timeline, conflicts } = reconcile(sorted, opts);
  await store.writeTimeline(timeline);
  await store.writeConflicts(conflicts, renderReport(conflicts, timeline));
  await store.writeErrors(errors);
  return { timeline, conflicts };
}

export interface RunOptions {
  inbox: string;
  out: string;
  /** Publication date to assume for articles that state none. */
  published?: string;
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

/** `claimline run`: every article file in the inbox once; outputs reflect exactly this inbox. */
export async function runInbox(opts: RunOptions): Promise<RunSummary> {
  const store = new OutputStore(opts.out);
  const { articles, rejected } = await listInbox(opts.inbox);
  const errors: IngestError[] = [...rejected];
  rejected.forEach((e) => opts.onError?.(e));
  const byId = new Map<string, ArticleRecord>();
  const duplicates: RunSummary["duplicates"] = [];
  let processed = 0;
  let reused = 0;
  const started = Date.now();
  for (const [i, rel] of articles.entries()) {
    let result: ProcessResult | undefined;
    try {
      const input = await readArticleFile(path.join(opts.inbox, rel), opts.published);
      const seen = byId.get(contentId(input.bytes, input.sidecar));
      // identical content is one article: processed once, under the first file's name
      if (seen) duplicates.push({ file: rel, sameAs: seen.source.file });
      else result = await processArticle({ ...input, file: rel }, store);
    } catch (err) {
      // the file vanished or became unreadable between listing and reading
      const gone = (err as NodeJS.ErrnoException).code === "ENOENT";
      const reason = gone ? "the file was removed before it could be read" : `could not read the file: ${reasonOf(err)}`;
      result = { ok: false, error: { file: rel, reason }, retryable: false };
    }
    if (!result) {
      // a duplicate: nothing more to do
    } else if (result.ok) {
      byId.set(result.record.id, result.record);
      if (result.reused) reused++;
      else processed++;
    } else {
      errors.push(result.error);
      opts.onError?.(result.error);
    }
    opts.onProgress?.({ done: i + 1, total: articles.length, file: rel, elapsedMs: Date.now() - started });
  }
  // records of files no longer in the inbox (or of their old contents) are not this run's output
  for (const id of await store.recordIds()) if (!byId.has(id)) await store.removeRecord(id);
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
