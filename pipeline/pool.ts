// A worker_threads pool for the CPU-heavy stages (ingest + extract), so every core works and no
// file can hold a thread for ever. The main thread keeps the files and the output folder; a
// thread gets an article's bytes and returns its record (for `run`: writes the record's file itself
// and returns its summary's index body, see extractInto). Each file has a time budget (counted
// from the moment its thread starts on it) and each thread a heap limit: a thread past either is
// terminated and replaced, and the file fails with a LimitError. A caller may cancel a file it no
// longer wants (AbortSignal): a waiting file leaves the queue, a running one's thread is replaced.
// A busy thread is sent its next file ahead (one at most, never one that may be cancelled), so it
// goes from one file to the next without waiting for the main thread; a file sent ahead to a thread
// that stops goes to the next thread first.
// Built code runs `pool-worker.js`; TypeScript source (vitest, tsx) runs `pool-worker.ts` through
// tsx's loader.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import { Worker } from "node:worker_threads";
import { BadInputError, CancelledError, LimitError } from "./errors.js";
import { fingerprintOf } from "./fingerprint.js";
import type { ArticleInput } from "./ingest.js";
import type { PipelineConfig } from "./pipeline.js";
import type { ArticleRecord } from "./schemas.js";
import type { StoredArticle } from "./summary.js";

/**
 * What a thread that wrote the record's file itself answers (extractInto): the summary's index body,
 * with the id, file and fingerprint `run` decides on without decoding it. The record's line, three
 * times the body, stays in the thread.
 */
export type WrittenArticle = Omit<StoredArticle, "line">;

/**
 * What a pool thread says: once, that it is ready (its modules loaded and its warm-up extraction
 * done); then, for each article, its outcome (the record, or what the store keeps of it). A ready
 * thread starts on an article the moment it gets it, so its time budget counts from the hand-off:
 * one message per article each way, not a third to say it started.
 */
export type PoolAnswer =
  | { ready: true }
  | { seq: number; ok: true; record: ArticleRecord }
  | { seq: number; ok: true; written: WrittenArticle }
  | { seq: number; ok: false; message: string; badInput: boolean };

/**
 * What a thread is started with: the configuration it builds its pipeline from, and that
 * configuration's fingerprint, computed by the pool's process (which runs the same code): the
 * thread neither reads nor hashes the module files again.
 */
export interface PoolThreadData {
  config: PipelineConfig;
  fingerprint: string;
}

export interface PoolRequest {
  seq: number;
  input: ArticleInput;
  /** Write the record's file into this records folder (articles/) and answer with its summary body alone (WrittenArticle). */
  into?: string;
}

/** The budget of one file: `--file-timeout`, in milliseconds. */
export const DEFAULT_FILE_TIMEOUT_MS = 20_000;
/** The heap of one extract thread (the largest file allowed, 5 MB, needs a few hundred MB). */
export const THREAD_HEAP_MB = 1024;

export interface PoolLimits {
  /** Longest time a thread may spend on one file (default DEFAULT_FILE_TIMEOUT_MS). */
  fileTimeoutMs?: number;
  /** Heap limit of each thread in MB (default THREAD_HEAP_MB). */
  heapMb?: number;
}

/** "20", "0.5": seconds as a person writes them. */
const seconds = (ms: number) => String(Math.round(ms / 100) / 10);

/** The reason a file past its time budget is given in errors.json. */
export const tooSlowReason = (ms: number) => `took longer than ${seconds(ms)} s to extract (the limit per file, see --file-timeout): skipped`;
export const tooBigReason = (mb: number) => `needed more than ${mb} MB of memory to extract (the limit per file): skipped`;

interface Task {
  req: PoolRequest;
  resolve: (r: ArticleRecord | WrittenArticle) => void;
  reject: (e: Error) => void;
  /** The caller may cancel it (an AbortSignal): it is handed only to a thread that is free, never sent ahead. */
  cancellable: boolean;
}

interface Slot {
  worker: Worker;
  task?: Task;
  /**
   * The file sent ahead to this busy thread, which starts on it as soon as it answers for `task`,
   * without waiting for the main thread to hand it over (a main thread busy elsewhere, or not given a
   * core at once on a loaded machine, would leave the thread idle in between).
   */
  next?: Task;
  answered?: boolean;
  /** The thread said it is ready: it starts on a task as it gets it. */
  ready?: boolean;
  /** When the thread started on its task, and the deadline timer. */
  startedAt?: number;
  timer?: NodeJS.Timeout;
}

/**
 * The largest function (in bytes of bytecode) V8 optimizes while `run`'s threads extract a short
 * inbox (limitBigFunctions). A few extractor functions are far larger than the rest (13 to 37 KB of
 * bytecode, against 5 KB or less for all others), and optimizing them is most of what a new
 * isolate's warm-up costs: V8's compiler threads spend seconds on them, again after each
 * deoptimization as new shapes of input reach them. Left to the baseline compiler, a thread's
 * warm-up costs about 2 s of CPU less (from ~3.5 s) and each article ~9 % more once warm (measured on
 * 700-word articles): a gain up to a few thousand articles per thread.
 */
export const WARM_UP_BYTECODE_LIMIT = 10_000;
/** Below this many articles per thread the limit pays (what it saves in warm-up, at what it costs per article: ~2 s / ~0.5 ms). */
export const BYTECODE_LIMIT_PAYS_BELOW = 3_500;
/**
 * The --max-optimized-bytecode-size this node binary starts with (V8's default), as `node --v8-options`
 * prints it: V8 has no call that reads a flag back (neither v8.getHeapStatistics nor process.execArgv,
 * which holds only the flags given), so a child process asks the binary. Null when it cannot tell.
 */
function readDefaultBytecodeLimit(): Promise<number | null> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--v8-options"], { maxBuffer: 8 << 20 }, (err, stdout) => {
      const m = err ? null : /--max-optimized-bytecode-size=(\d+)/.exec(stdout);
      resolve(m ? Number(m[1]) : null);
    });
  });
}

/**
 * V8 stops optimizing functions larger than WARM_UP_BYTECODE_LIMIT, in every isolate of the process
 * (its flags are the process's; a thread's isolate reads this one as it decides what to optimize),
 * until the returned function restores V8's own limit, read from the binary meanwhile (a child process
 * that runs beside the threads' first articles): `run` calls it while its threads extract a short
 * inbox on every core (where their compiling competes with them), and restores it before reconcile,
 * whose functions are then optimized as usual. A function declined once is not considered again by
 * its isolate. Nothing is changed (and the returned function does nothing) when the process was
 * started with its own --max-optimized-bytecode-size; when the binary does not tell its default, the
 * lower limit stays (reconcile's few largest functions then run unoptimized: slower, same answers).
 */
export function limitBigFunctions(): () => Promise<void> {
  const own = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => /^--max[-_]optimized[-_]bytecode[-_]size\b/.test(a));
  if (own) return async () => {};
  const v8Limit = readDefaultBytecodeLimit();
  v8.setFlagsFromString(`--max-optimized-bytecode-size=${WARM_UP_BYTECODE_LIMIT}`);
  return async () => {
    const limit = await v8Limit;
    if (limit !== null) v8.setFlagsFromString(`--max-optimized-bytecode-size=${limit}`);
  };
}

/** The number of threads worth running here: one per core the process may use. */
export const defaultPoolSize = () => Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);

/** A thread running the pool's worker module: built JavaScript as is, TypeScript source through tsx. */
function startThread(heapMb: number, config: PipelineConfig): Worker {
  // the thread extracts with the pool's reference list and agreement registry
  const workerData: PoolThreadData = { config, fingerprint: fingerprintOf(config.reference ?? null, config.agreements ?? null) };
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./pool-worker.js", import.meta.url), { workerData, resourceLimits });
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsx = pathToFileURL(path.join(tsxDir, "dist", "esm", "api", "index.mjs")).href;
  const entry = new URL("./pool-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    workerData,
    resourceLimits,
  });
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private seq = 0;
  private closed = false;
  /** Threads that stopped in a row before answering anything: a pool that cannot start gives up. */
  private failedStarts = 0;
  private readonly fileTimeoutMs: number;
  private readonly heapMb: number;
  /** Files the threads finished (either way) and the time they spent on them: what `run` times. */
  finished = 0;
  busyMs = 0;

  /**
   * `config`: the lists the threads extract with (a pipeline's `config`; the shipped lists by
   * default), so their records carry that pipeline's fingerprint.
   */
  constructor(
    private size_ = defaultPoolSize(),
    limits: PoolLimits = {},
    private readonly config: PipelineConfig = {},
  ) {
    if (size_ < 1) throw new RangeError("a pool needs at least one thread");
    this.fileTimeoutMs = limits.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
    this.heapMb = limits.heapMb ?? THREAD_HEAP_MB;
  }

  get size() {
    return this.size_;
  }

  /** Runs up to `n` threads from now on (threads start as work needs them). */
  grow(n: number) {
    this.size_ = Math.max(this.size_, n);
    this.dispatch();
  }

  /**
   * Starts `n` threads now (the pool grows to `n`), before any file is handed to them, as far as
   * fewer run: a caller that knows work is coming lets them load their modules (most of a second)
   * while it does other work.
   */
  start(n = 1) {
    if (this.closed) return;
    this.size_ = Math.max(this.size_, n);
    // idle, they do not keep the process alive (as any idle thread)
    while (this.slots.length < n) this.spawn().worker.unref();
  }

  /** Files waiting for a thread (sent ahead to a busy one, or not) and files a thread is working on. */
  get counts() {
    return { waiting: this.waiting.length + this.slots.filter((s) => s.next).length, active: this.slots.filter((s) => s.task).length };
  }

  /**
   * ingest + extract in a thread; rejects with BadInputError for unusable files, LimitError for
   * one past its budget, CancelledError once `signal` aborts.
   */
  extract(input: ArticleInput, signal?: AbortSignal): Promise<ArticleRecord> {
    return this.submit(input, {}, signal) as Promise<ArticleRecord>;
  }

  /**
   * extract, the record's file written by the thread into `recordsDir` (atomically, as the store
   * writes one: recordFile, writeAtomicSync), answered with its summary's index body alone: `run`'s
   * main thread neither receives the record's line nor writes it. A file that cannot be written
   * fails the article (its error's message), as a file that cannot be extracted does.
   */
  extractInto(recordsDir: string, input: ArticleInput, signal?: AbortSignal): Promise<WrittenArticle> {
    return this.submit(input, { into: recordsDir }, signal) as Promise<WrittenArticle>;
  }

  private submit(input: ArticleInput, answer: Pick<PoolRequest, "into">, signal?: AbortSignal): Promise<ArticleRecord | WrittenArticle> {
    if (this.closed) return Promise.reject(new Error("the extract pool is closed"));
    if (this.failedStarts >= 3) return Promise.reject(new Error("extract threads cannot start"));
    if (signal?.aborted) return Promise.reject(new CancelledError(`${input.file}: no longer wanted`));
    return new Promise((resolve, reject) => {
      const onAbort = () => this.cancel(task, new CancelledError(`${input.file}: no longer wanted`));
      const done = () => signal?.removeEventListener("abort", onAbort);
      const task: Task = {
        req: { seq: ++this.seq, input, ...answer },
        resolve: (r) => (done(), resolve(r)),
        reject: (e) => (done(), reject(e)),
        cancellable: signal !== undefined,
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(task);
      this.dispatch();
    });
  }

  /** A file no longer wanted: out of the queue, or its thread replaced. */
  private cancel(task: Task, err: Error) {
    const i = this.waiting.indexOf(task);
    if (i >= 0) {
      this.waiting.splice(i, 1);
      task.reject(err);
      return;
    }
    const slot = this.slots.find((s) => s.task === task);
    if (slot) this.retire(slot, err);
  }

  /** A file sent ahead to a thread that stops goes first to the next thread. */
  private takeBack(slot: Slot) {
    if (slot.next) this.waiting.unshift(slot.next);
    slot.next = undefined;
  }

  /** Stops a thread in the middle of its file (past the deadline, or cancelled); a fresh one takes its place. */
  private retire(slot: Slot, err: Error) {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    this.takeBack(slot);
    if (slot.startedAt !== undefined) this.account(slot.startedAt);
    void slot.worker.terminate();
    task?.reject(err);
    if (!this.closed) this.dispatch();
  }

  private account(startedAt: number) {
    this.finished++;
    this.busyMs += performance.now() - startedAt;
  }

  private dispatch() {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.size_) slot = this.spawn();
      if (!slot) {
        // every thread busy: the next file goes ahead to one that has none queued (unless it may be cancelled)
        const ahead = this.slots.find((s) => !s.next);
        if (!ahead || this.waiting[0].cancellable) return;
        ahead.next = this.waiting.shift()!;
        ahead.worker.postMessage(ahead.next.req);
        continue;
      }
      const task = this.waiting.shift()!;
      slot.task = task;
      slot.startedAt = undefined;
      slot.worker.ref();
      slot.worker.postMessage(task.req);
      // a thread still loading starts the task once ready (its "ready" message starts the budget)
      if (slot.ready) this.startBudget(slot);
    }
  }

  /** The task's time budget counts from now: a thread still loading its modules is not the file's fault. */
  private startBudget(slot: Slot) {
    slot.startedAt = performance.now();
    slot.timer = setTimeout(() => this.retire(slot, new LimitError(tooSlowReason(this.fileTimeoutMs))), this.fileTimeoutMs);
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startThread(this.heapMb, this.config) };
    slot.worker.on("message", (a: PoolAnswer) => {
      if ("ready" in a) {
        slot.ready = true;
        if (slot.task) this.startBudget(slot);
        return;
      }
      const task = slot.task;
      if (!task || task.req.seq !== a.seq) return;
      clearTimeout(slot.timer);
      if (slot.startedAt !== undefined) this.account(slot.startedAt);
      slot.answered = true;
      this.failedStarts = 0;
      // the file sent ahead, the thread's now: it started on it as it sent this answer
      slot.task = slot.next;
      slot.next = undefined;
      slot.startedAt = undefined;
      if (slot.task) this.startBudget(slot);
      // an idle thread does not keep the process alive
      else slot.worker.unref();
      if (a.ok) task.resolve("written" in a ? a.written : a.record);
      else task.reject(a.badInput ? new BadInputError(a.message) : new Error(a.message));
      this.dispatch();
    });
    // a thread that dies (a crash in native code) fails its article as a transient error, one
    // past its heap limit fails it for good; either way a fresh thread replaces it
    const lost = (err: Error & { code?: string }) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      clearTimeout(slot.timer);
      const outOfMemory = err.code === "ERR_WORKER_OUT_OF_MEMORY";
      slot.task?.reject(outOfMemory ? new LimitError(tooBigReason(this.heapMb)) : new Error(`extract thread stopped: ${err.message}`));
      slot.task = undefined;
      this.takeBack(slot);
      if (!slot.answered && !outOfMemory && ++this.failedStarts >= 3) {
        for (const t of this.waiting.splice(0)) t.reject(new Error(`extract threads cannot start: ${err.message}`));
      }
      if (!this.closed) this.dispatch();
    };
    slot.worker.on("error", lost);
    slot.worker.on("exit", (code) => lost(new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /** Stops the threads; articles not yet started are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.reject(new Error("the extract pool is closed"));
    const slots = this.slots.splice(0);
    for (const s of slots) {
      clearTimeout(s.timer);
      s.next?.reject(new Error("the extract pool is closed"));
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
