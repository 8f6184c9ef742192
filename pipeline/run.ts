// The in-process runner (the embedded default): every article file in an inbox through ingest
// and extract, then reconcile over all records, then the outputs. The queue workers call the
// same stage functions (`processArticle`, `writeOutputs`); this file only drives them.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { BadInputError, CancelledError } from "./errors.js";
import { reasonOf } from "./format.js";
import { listInbox, readInboxArticle, realInbox, stampInboxArticleSync } from "./inbox.js";
import { inboxChangedSince, indexWrittenAt } from "./run-start.js";
import { contentId, type ArticleInput } from "./ingest.js";
import { createPipeline, type Pipeline, type PipelineConfig } from "./pipeline.js";
import { BYTECODE_LIMIT_PAYS_BELOW, defaultPoolSize, ExtractPool, limitBigFunctions, type PoolLimits, type WrittenArticle } from "./pool.js";
import { mergeContributions, ReconcileCache, type ReconcileOptions, type ReconcileResult } from "./reconcile/index.js";
import { applyDecisions, DECISIONS_FILE, noteStandIns, readDecisions } from "./decisions.js";
import { renderReportChunks } from "./report.js";
import { renderHtmlChunks } from "./report-html.js";
import { cachedJsonChunks } from "./json-pieces.js";
import { RenderCache } from "./render-cache.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import type { ArticleRecord, Decision, IngestError } from "./schemas.js";
import { collectGarbageSoon } from "./memory.js";
import { OutputStore, sameStamp, summaryOf, summaryOfBody, type ArticleSummary, type InputStamp } from "./store.js";

// listing and reading an inbox are intake's (inbox.ts): the same checks as `watch`
export { classifyFiles, listInbox, type InboxListing } from "./inbox.js";

export type ProcessResult =
  | { ok: true; summary: ArticleSummary; reused: boolean }
  | { ok: false; error: IngestError; retryable: boolean };

export { reasonOf };

/** The extract step as the runners call it; `signal` cancels a file no longer wanted. */
export type ExtractFn = (input: ArticleInput, signal?: AbortSignal) => Promise<ArticleRecord>;

/**
 * `claimline extract`: one article through a one-thread pool, so the time and memory limits hold;
 * the record as printed (without the fingerprint stamp stored records carry).
 */
export async function extractWithLimits(input: ArticleInput, limits: PoolLimits = {}, config: PipelineConfig = {}): Promise<ArticleRecord> {
  const pool = new ExtractPool(1, limits, config);
  try {
    const { extractedWith, ...record } = await pool.extract(input);
    void extractedWith;
    return record;
  } finally {
    await pool.close();
  }
}

/** The stored record that can stand for this input: same content, same file name, same extraction code and lists (`fingerprint`). */
export async function reusableRecord(input: ArticleInput, store: OutputStore, fingerprint: string): Promise<ArticleRecord | undefined> {
  const stored = await store.readRecord(contentId(input.bytes, input.sidecar));
  return stored && stored.extractedWith === fingerprint && stored.source.file === input.file ? stored : undefined;
}

/**
 * The summary of the stored record that can stand for this input: from the output folder's index
 * when it has one for the same content, file name and extraction code and the record is still
 * stored (no record is read), else from the record itself.
 */
export async function reusableSummary(input: ArticleInput, store: OutputStore, fingerprint: string, index?: ReadonlyMap<string, ArticleSummary>): Promise<ArticleSummary | undefined> {
  const known = index?.get(contentId(input.bytes, input.sidecar));
  if (known && known.file === input.file && known.extractedWith === fingerprint && (await store.hasRecord(known.id))) return known;
  const stored = await reusableRecord(input, store, fingerprint);
  return stored && summaryOf(stored);
}

/**
 * The extract step as `run` calls it: the record's file written into the store's articles/ where it
 * was extracted, and its summary's index body answered (ExtractPool.extractInto).
 */
export type ExtractStoredFn = (input: ArticleInput) => Promise<WrittenArticle>;

/**
 * One article through ingest and extract, its record written to the store (by the extract step);
 * what comes back is the record's summary (the record itself is not kept). A record already stored for the same content
 * by the same extraction code is reused, so a restart after a crash processes only what has no
 * record yet; `mayBeStored` false (the caller listed the stored records, and this id is not one)
 * skips looking for it.
 */
export async function processArticle(input: ArticleInput, store: OutputStore, extractFn: ExtractStoredFn, fingerprint: string, mayBeStored = true): Promise<ProcessResult> {
  try {
    const stored = mayBeStored ? await reusableRecord(input, store, fingerprint) : undefined;
    if (stored) return { ok: true, summary: summaryOf(stored), reused: true };
    return { ok: true, summary: summaryOfBody(await extractFn(input)), reused: false };
  } catch (err) {
    return { ok: false, error: { file: input.file, reason: reasonOf(err) }, retryable: !(err instanceof BadInputError || err instanceof CancelledError) };
  }
}

/** A point in time for `timing`: wall ms, and the CPU ms the process had used. */
interface Mark {
  ms: number;
  cpu: number;
}
const processCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const mark = (): Mark => ({ ms: performance.now(), cpu: processCpuMs() });

/**
 * With CLAIMLINE_TIMINGS set, `run` and `watch` print how long each phase took, the CPU the process
 * used meanwhile (all its threads: on a busy machine wall time grows with the load, CPU far less)
 * and the heap in use, on stderr ("claimline timing: reconcile 812 ms (cpu 640 ms, …)"): what
 * bench:scale reads; unset in real use.
 */
function timing(phase: string, since: Mark) {
  if (!process.env.CLAIMLINE_TIMINGS) return;
  const mb = (b: number) => (b / 1048576).toFixed(0);
  const m = process.memoryUsage();
  process.stderr.write(`claimline timing: ${phase} ${(performance.now() - since.ms).toFixed(0)} ms (cpu ${(processCpuMs() - since.cpu).toFixed(0)} ms, rss ${mb(m.rss)} MB, heap ${mb(m.heapUsed)} MB)\n`);
}

/**
 * The CPU the calling thread has spent, in ms, from /proc/thread-self/stat (Linux; undefined
 * elsewhere): what CLAIMLINE_TIMINGS reports of the main thread alone, next to the process's.
 */
function threadCpuMs(): number | undefined {
  try {
    // the fields after the command name, which is in parentheses: utime and stime are the 12th and 13th, in clock ticks (100 a second)
    const f = readFileSync("/proc/thread-self/stat", "utf8");
    const rest = f.slice(f.lastIndexOf(")") + 2).split(" ");
    const ms = (Number(rest[11]) + Number(rest[12])) * 10;
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

/** A content id (hex digits): ids of this shape sort the same by code unit as by locale. */
const HEX_ID = /^[0-9a-f]*$/;

/**
 * Reconcile over all records (their summaries), apply the reviewer's decisions, write the index,
 * timeline, conflicts, reports and errors.
 */
/** With CLAIMLINE_TIMINGS, one output file's time and the memory after it ("gc": after a full collection, under `node --expose-gc`: what stays live). */
function step(what: string, since: Mark): Mark {
  if (process.env.CLAIMLINE_TIMINGS === "gc") (globalThis as { gc?: () => void }).gc?.();
  timing(`  ${what} written`, since);
  return mark();
}

export async function writeOutputs(
  store: OutputStore,
  summaries: ArticleSummary[],
  errors: IngestError[],
  opts: ReconcileOptions = { reference: REFERENCE_OFFICIALS },
  /** The caller is done with the summaries' contributions once reconciled: `run` lets them go before the reports are rendered. */
  release = false,
  /** Reconcile's cache (`watch` keeps one); by default the one the output folder holds. Written back after reconcile. */
  cache?: ReconcileCache,
) {
  let t0 = mark();
  // content ids are hex, whose code-unit order is their locale order: compared without a locale
  // comparison each (ten thousand of them cost 20 ms even on ids already in order)
  const hex = summaries.every((s) => HEX_ID.test(s.id));
  const sorted = [...summaries].sort(hex ? (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : (a, b) => a.id.localeCompare(b.id));
  await store.writeIndex(sorted);
  // the threads' body lines are in the index now, and garbage
  collectGarbageSoon();
  timing("index written", t0);
  // decisions.json is read, never written here; a broken one is reported and left for the reviewer to fix
  let decisions: Decision[] = [];
  const problems = [...errors];
  try {
    decisions = await readDecisions(store.dir);
  } catch (err) {
    problems.push({ file: DECISIONS_FILE, reason: `not applied: ${reasonOf(err)}` });
  }
  t0 = mark();
  // a cache read here is saved and let go before the reports are built (a caller's, like watch's, stays theirs)
  let reconcileCache: ReconcileCache | undefined = cache ?? (await ReconcileCache.load(store.dir));
  // a record's content id and extraction fingerprint stand for its whole contribution (the cache's keys)
  const sourceKeys = new Map(sorted.map((s) => [s.file, `${s.id}/${s.extractedWith}`]));
  // a summary read from the index decodes its contribution from its body here, when first asked for
  // (the list is reconcile's argument only, let go with it)
  const contributionsRead = () => {
    const cs = sorted.map((s) => s.contribution);
    timing(`  contributions read (${cs.length}) and cache loaded`, t0);
    return cs;
  };
  let reconciled: ReconcileResult | undefined = mergeContributions(
    contributionsRead(),
    opts,
    reconcileCache,
    sourceKeys,
    // each step's time, indented under reconcile's (what bench:scale's add-one columns read)
    process.env.CLAIMLINE_TIMINGS ? (name, ms, cpuMs) => process.stderr.write(`claimline timing:   ${name} reconciled ${ms.toFixed(0)} ms (cpu ${cpuMs.toFixed(0)} ms)\n`) : undefined,
  );
  if (release) {
    for (const s of sorted) (s as Partial<ArticleSummary>).contribution = undefined;
    // the contributions, and reconcile's working state, are garbage now. A collection started here
    // sizes the outputs' heap from what they keep, but it is a full collection of the whole heap (a
    // 0.3 s pause at 10,000 articles): worth it only when the outputs will render much, that is when
    // reconcile computed most of its steps afresh (a first run: its peak RSS 564 MB without, 510 MB
    // with). A re-run that adds or removes a few articles copies nearly every piece from the render
    // cache and allocates little, and V8's own collection during reconcile has sized its heap.
    const { computed, reused } = reconcileCache.last;
    if (computed >= reused) collectGarbageSoon();
  }
  timing("reconcile", t0);
  await reconcileCache.save(store.dir);
  reconcileCache = undefined;
  t0 = mark();
  const decided = applyDecisions(reconciled, decisions);
  // what reconcile's cache gave unchanged is keyed by that, not hashed (agreements are most of timeline.json)
  noteStandIns(reconciled, decided);
  const { timeline, conflicts, orphaned } = decided;
  // the decided copy is what gets written: the undecided one goes before the reports are built
  reconciled = undefined;
  // the reports' cards and blocks as the last run rendered them, when made from the same data
  step("decisions applied", t0);
  const rendered = await RenderCache.open(store.dir);
  const pieces = { cache: rendered, sourceKey: (file: string) => sourceKeys.get(file) ?? "-" };
  // an article's source is read (decoded from its index body) only when a report quotes it: a piece
  // copied from the render cache quotes none
  const byFile = new Map(sorted.map((s) => [s.file, s]));
  const ctx = { articles: { get: (file: string) => byFile.get(file)?.source }, orphaned, pieces };
  try {
    // each agreement, entity and conflict copied as the last run wrote it when unchanged; the hash
    // of its JSON (which says so) keys the report pieces rendered from it too
    let t1 = mark();
    await store.writeTimeline(timeline, cachedJsonChunks(timeline, ["agreements", "entities"], rendered, "timeline"));
    t1 = step("timeline.json", t1);
    // every file written as it is rendered, never whole in memory
    await store.writeConflicts(conflicts, () => renderReportChunks(conflicts, timeline, ctx), cachedJsonChunks(conflicts, [], rendered, "conflicts"));
    t1 = step("conflicts.json and conflicts.md", t1);
    await store.writeHtml(renderHtmlChunks(conflicts, timeline, ctx));
    t1 = step("report.html", t1);
    await rendered.save();
    step("render cache", t1);
  } catch (err) {
    rendered.close();
    throw err;
  }
  await store.writeErrors(problems);
  timing("outputs written", t0);
  return { timeline, conflicts };
}

export interface RunOptions {
  inbox: string;
  out: string;
  /** Publication date to assume for articles that state none. */
  published?: string;
  /** Threads for extract (default: one per core when the inbox is big enough to gain, else one). */
  threads?: number;
  /** The time and memory budget of each file. */
  limits?: PoolLimits;
  /** The configured pipeline (the CLI's `--reference` and `--agreements`); the shipped lists by default. */
  pipeline?: Pipeline;
  /**
   * The extract pool, made with the pipeline's `config` and `limits` (startRunPool: its thread may
   * have started before the stages loaded); closed when the run is done. A one-thread pool by default.
   */
  pool?: ExtractPool;
  reconcile?: ReconcileOptions;
  onProgress?: (p: { done: number; total: number; file: string; elapsedMs: number }) => void;
  onError?: (e: IngestError) => void;
}

export interface RunSummary {
  total: number;
  processed: number;
  reused: number;
  /** Of the reused articles, those whose files were not read at all: their stamps were unchanged. */
  unread: number;
  duplicates: { file: string; sameAs: string }[];
  errors: IngestError[];
  conflicts: number;
  agreements: number;
  out: string;
}

/** Articles `run` extracts on one thread, timing them, before it decides on more threads. */
export const POOL_PROBE = 8;
/**
 * What a thread started late costs, in articles: its isolate compiles the extractors anew and runs
 * them slowly until V8 has optimised them. Measured on 700-word articles: a fresh thread's first
 * hundred take ~4× the time of its later ones and it is at full speed after ~700, an extra ~4 s of
 * CPU on an idle machine, what ~650 articles take at full speed. V8 optimises by code run, not
 * time, so the count holds on a busy machine; for articles much shorter than that it is low.
 */
export const POOL_WARMUP_ARTICLES = 650;
/**
 * The same while V8 leaves the extractors' largest functions unoptimized (limitBigFunctions in
 * pool.ts): ~1.5 s of CPU beyond the warm rate instead of ~3.5 s, what 260 to 360 articles take (bench:throughput part 2).
 */
export const POOL_WARMUP_ARTICLES_LIMITED = 350;

/**
 * Whether `threads` threads extract `remaining` articles sooner than one: one thread runs at full
 * speed while the rest of the process (the main thread, V8's compiler and collector threads) works
 * on another core; more share `cores` cores with that rest, which costs `otherShare` of a thread's
 * CPU per article; every added thread pays its warm-up (`warmUp` articles: POOL_WARMUP_ARTICLES, or
 * POOL_WARMUP_ARTICLES_LIMITED while the largest functions are left unoptimized).
 */
export function threadsPay(remaining: number, threads: number, cores: number, otherShare: number, warmUp = POOL_WARMUP_ARTICLES): boolean {
  const speed = (t: number) => Math.min(t, cores / (1 + otherShare));
  return remaining * (1 - speed(1) / speed(threads)) > (threads - 1) * warmUp;
}

/** `claimline run`: every article file in the inbox once; outputs reflect exactly this inbox. */
export async function runInbox(opts: RunOptions): Promise<RunSummary> {
  const cpuSince = process.cpuUsage();
  const mainCpuSince = process.env.CLAIMLINE_TIMINGS ? threadCpuMs() : undefined;
  const store = new OutputStore(opts.out);
  const pipeline = opts.pipeline ?? createPipeline();
  // the records stored, listed as the temporaries a crash left among them are removed
  let stored: Set<string>;
  try {
    stored = await store.removeTemporariesListingRecords();
  } catch (err) {
    await opts.pool?.close();
    throw err;
  }
  // the caller's pool (its thread maybe started before this module loaded: startRunPool), else one
  // thread to begin with: more once the inbox is listed (--threads), or once the first articles are timed (below)
  const pool = opts.pool ?? new ExtractPool(1, opts.limits, pipeline.config);
  const indexAt = indexWrittenAt(opts.out);
  let listing: Awaited<ReturnType<typeof listInbox>>;
  let startedEarly = false;
  // the inbox's real path, once: what every read checks a file's real path against
  let root: string;
  try {
    // an entry added, removed or renamed in the inbox folder since the index was written changed
    // the folder's mtime: an article added will most likely be extracted, so its thread starts
    // loading its modules (most of a second) now, while the inbox is listed and the index read
    startedEarly = inboxChangedSince(opts.inbox, indexAt);
    if (startedEarly) pool.start();
    listing = await listInbox(opts.inbox, { skip: [opts.out] });
    root = await realInbox(opts.inbox);
  } catch (err) {
    await pool.close();
    throw err;
  }
  const { articles, rejected } = listing;
  const errors: IngestError[] = [...rejected];
  rejected.forEach((e) => opts.onError?.(e));
  // what `stat` says of every article, taken before any is read (a change during the read makes
  // the next run read it again); one after another, synchronously (the fastest way to ask for many)
  let t0 = mark();
  const stamps: (InputStamp | undefined)[] = [];
  // the listing says which articles have a sidecar: a missing one is not asked for
  const listed = new Set<string>(listing.files);
  for (const e of rejected) listed.add(e.file);
  for (const rel of articles) stamps.push(stampInboxArticleSync(opts.inbox, rel, listed));
  const threads = Math.max(1, Math.min(opts.threads ?? defaultPoolSize(), articles.length));
  if (opts.threads !== undefined) pool.grow(threads);
  // a file changed since the index was written (or with no stamp to trust) will most likely be
  // extracted: its thread starts now (if it has not already) and loads its modules while the index is read
  const changed = (s: InputStamp | undefined) => !s || indexAt === undefined || Math.max(s.file.ctimeMs, s.file.mtimeMs, s.sidecar?.ctimeMs ?? 0, s.sidecar?.mtimeMs ?? 0) >= indexAt;
  if (!startedEarly && stamps.some(changed)) pool.start();
  timing(`articles stamped (${articles.length})`, t0);
  // the summaries the last run left: a record they stand for is reused without being read again
  t0 = mark();
  let index: Map<string, ArticleSummary>;
  try {
    index = await store.readIndex();
  } catch (err) {
    await pool.close();
    throw err;
  }
  // an inbox file whose stamp (size, times, inode) is the one the index kept is not read again
  const byFile = new Map<string, ArticleSummary>();
  for (const s of index.values()) if (s.stamp) byFile.set(s.file, s);
  timing(`index read (${index.size} entries)`, t0);
  t0 = mark();
  const fingerprint = pipeline.fingerprint;
  // an index entry stands for the inbox file `rel` when it was made from that file by this
  // configuration and its record is still stored
  const stands = (s: ArticleSummary | undefined, rel: string): s is ArticleSummary =>
    s !== undefined && s.file === rel && s.extractedWith === fingerprint && stored.has(s.id);
  // the summary stands for the file and the file's stamp is the one it was made from: the file is not opened
  const unchanged = (s: ArticleSummary | undefined, rel: string, stamp: InputStamp | undefined): s is ArticleSummary =>
    stamp !== undefined && stands(s, rel) && s.stamp !== undefined && sameStamp(s.stamp, stamp);
  // not one article to read (every file's stamp is its standing summary's): a thread started because
  // the inbox folder changed (an article removed) has nothing to do, and is stopped now rather than
  // left loading the extractors until the walk below is done
  if (articles.every((rel, i) => unchanged(byFile.get(rel), rel, stamps[i]))) await pool.close();
  const byId = new Map<string, ArticleSummary>();
  const duplicates: RunSummary["duplicates"] = [];
  let processed = 0;
  let reused = 0;
  let unread = 0;
  let done = 0;
  const started = Date.now();
  // every file is extracted in a thread, so its time budget holds even on one thread; a thread
  // started late pays its warm-up: without --threads, the first articles go through one thread,
  // timed, and more start only when they pay (threadsPay) for the files still to extract (those
  // changed since the index was written). What else the process spends CPU on shares the cores
  // with them: the main thread's reading and writing, and V8's compiling and collecting on its own
  // threads (as much as half the extract thread's time while it warms up). The thread's busy time
  // stands for its CPU: on a busy machine it is more, and more threads start sooner (they get more
  // of the machine's share there).
  const cores = defaultPoolSize();
  let changedLeft = stamps.filter(changed).length;
  // a thread on every core, each with a short share of the inbox: V8 leaves the extractors' few
  // largest functions unoptimized, whose compiling is most of a thread's warm-up and competes with
  // the threads here (limitBigFunctions); restored before reconcile. One thread on more cores
  // compiles on a core of its own, at no cost to its speed.
  const limited = threads >= cores && changedLeft / threads < BYTECODE_LIMIT_PAYS_BELOW;
  const restoreBigFunctions = limited ? limitBigFunctions() : async () => {};
  const warmUp = limited ? POOL_WARMUP_ARTICLES_LIMITED : POOL_WARMUP_ARTICLES;
  const decide = () => {
    if (pool.size >= threads || pool.finished < POOL_PROBE) return;
    const cpu = process.cpuUsage(cpuSince);
    const others = Math.max(0, (cpu.user + cpu.system) / 1000 - pool.busyMs);
    if (threadsPay(changedLeft, threads, cores, others / pool.busyMs, warmUp)) pool.grow(threads);
  };
  const extractFn: ExtractStoredFn = (input) => pool.extractInto(store.articlesDir, input);
  // contents whose article failed: a thread stopped at its deadline may have written the record
  // just before, which is then not this run's output either
  const failed = new Set<string>();
  // identical content is one article, under the first file (in listing order) that went
  // through: a later copy waits for the earlier one's outcome, so the result does not depend
  // on which thread finishes first
  const outcome = new Map<string, Promise<boolean>>();
  const running = new Set<Promise<unknown>>();

  const handle = async (rel: string, input: ArticleInput, stamp: InputStamp | undefined): Promise<boolean> => {
    const id = contentId(input.bytes, input.sidecar);
    const known = index.get(id);
    if (stands(known, rel)) {
      index.delete(id);
      // the same summary, its new stamp set (a copy would read its body from the index now)
      if (stamp) known.stamp = stamp;
      else delete known.stamp;
      byId.set(id, known);
      reused++;
      return true;
    }
    const result = await processArticle({ ...input, file: rel }, store, extractFn, fingerprint, stored.has(id));
    if (result.ok) {
      // the summary is this run's own (made here, or decoded from its thread's body): its stamp set in place
      const summary = result.summary;
      if (stamp) summary.stamp = stamp;
      else delete summary.stamp;
      byId.set(summary.id, summary);
      if (result.reused) reused++;
      else processed++;
      return true;
    }
    failed.add(id);
    errors.push(result.error);
    opts.onError?.(result.error);
    return false;
  };

  try {
    for (const [i, rel] of articles.entries()) {
      decide();
      if (changed(stamps[i])) changedLeft--;
      // a file too fresh to stamp at the start may have settled since (a folder just copied or
      // written): stamped again now, before it is read, so the next run need not read it again
      const stamp = stamps[i] ?? stampInboxArticleSync(opts.inbox, rel);
      const known = byFile.get(rel);
      if (unchanged(known, rel, stamp) && !outcome.has(known.id)) {
        // unchanged since the run that read it: its summary stands, the file is not opened
        index.delete(known.id);
        byId.set(known.id, known);
        outcome.set(known.id, Promise.resolve(true));
        reused++;
        unread++;
        opts.onProgress?.({ done: ++done, total: articles.length, file: rel, elapsedMs: Date.now() - started });
        continue;
      }
      let task: Promise<boolean>;
      try {
        const input = await readInboxArticle(opts.inbox, rel, opts.published, root);
        const id = contentId(input.bytes, input.sidecar);
        const earlier = outcome.get(id);
        task = earlier
          ? earlier.then((wentThrough) => {
              if (!wentThrough) return handle(rel, input, stamp);
              duplicates.push({ file: rel, sameAs: byId.get(id)!.file });
              return true;
            })
          : handle(rel, input, stamp);
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
      // a bounded number of articles in memory at once: two per thread, one being extracted and the
      // next read and waiting in the pool's queue, so a thread that finishes starts its next file at
      // once instead of waiting for this loop to read it (on one thread it idled a sixth of the run)
      if (running.size >= pool.size * 2) await Promise.race(running);
    }
    await Promise.all(running);
  } finally {
    await pool.close();
    await restoreBigFunctions();
  }
  // records of files no longer in the inbox (or of their old contents) are not this run's output
  timing(`articles listed, read and extracted (${processed} extracted, ${reused} reused, ${unread} of them unread)`, t0);
  if (process.env.CLAIMLINE_TIMINGS) {
    // what bench:throughput compares between thread counts: CPU, which a busy machine inflates far less than time
    const cpu = process.cpuUsage(cpuSince);
    const main = threadCpuMs();
    const mainCpu = main !== undefined && mainCpuSince !== undefined ? `, main thread ${main - mainCpuSince} ms` : "";
    process.stderr.write(`claimline timing: CPU until extracted ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms on ${pool.size} thread(s) (threads busy ${pool.busyMs.toFixed(0)} ms${mainCpu})\n`);
  }
  index.clear();
  for (const id of stored) if (!byId.has(id)) await store.removeRecord(id);
  for (const id of failed) if (!byId.has(id) && !stored.has(id)) await store.removeRecord(id);
  duplicates.sort((a, b) => a.file.localeCompare(b.file));
  // in id order already (ids are hex, where code-unit and locale order agree): writeOutputs' sort
  // and the index's then take one pass, not ten thousand locale comparisons
  const summaries = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  byId.clear();
  const { timeline, conflicts } = await writeOutputs(store, summaries, errors, opts.reconcile ?? pipeline.reconcileOptions, true);
  return {
    total: articles.length,
    processed,
    reused,
    unread,
    duplicates,
    errors,
    conflicts: conflicts.length,
    agreements: timeline.agreements.length,
    out: opts.out,
  };
}
