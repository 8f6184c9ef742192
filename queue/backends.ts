// The two ways the watch process gets an article extracted: jobs in Redis for workers on any
// machine, or an in-process queue over the thread pool (the embedded default). Both take an
// article, run the same extract step once per content id, and report one outcome per submission.
import { Queue, QueueEvents, type Job } from "bullmq";
import { BadInputError, CancelledError } from "../pipeline/errors.js";
import type { ArticleInput } from "../pipeline/ingest.js";
import { defaultPoolSize, ExtractPool, type PoolLimits } from "../pipeline/pool.js";
import { reasonOf, type ExtractFn } from "../pipeline/run.js";
import type { ArticleRecord } from "../pipeline/schemas.js";
import { ATTEMPTS, connectionOf, JOB_OPTIONS, logErrors, QUEUE_NAME, toJobData, type ArticleJobData } from "./jobs.js";

export type Outcome = { id: string; ok: true; record: ArticleRecord } | { id: string; ok: false; reason: string };

export interface Counts {
  waiting: number;
  active: number;
}

export interface Backend {
  /** Starts delivering outcomes. */
  start(onOutcome: (o: Outcome) => void): Promise<void>;
  /**
   * Extracts `input` (content id `id`). The same id while it is under way is one piece of work;
   * `again` asks for a fresh extraction even if an earlier one finished (the file name changed).
   */
  submit(id: string, input: ArticleInput, again?: boolean): Promise<void>;
  /** The id is no longer wanted: no outcome is needed for it. */
  forget(id: string): void;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}

/** Awaited jobs looked at per poll. */
const POLL_BATCH = 200;

// ---- Redis ---------------------------------------------------------------------------------------

/**
 * Jobs in Redis. Outcomes come from QueueEvents, and from polling the jobs still awaited: an
 * event missed (the watch process was down, the stream was trimmed) is found by the poll, and a
 * job that disappeared (its history was trimmed before its record was copied) is added again.
 */
export class RedisBackend implements Backend {
  private readonly queue: Queue<ArticleJobData, ArticleRecord>;
  private readonly events: QueueEvents;
  private readonly awaited = new Map<string, ArticleInput>();
  private onOutcome: (o: Outcome) => void = () => {};
  private timer?: NodeJS.Timeout;
  private polling = false;
  private pollCursor = 0;

  constructor(redis: string, prefix: string, log: (line: string) => void = () => {}, private readonly pollMs = 2000) {
    this.queue = new Queue<ArticleJobData, ArticleRecord>(QUEUE_NAME, { connection: connectionOf(redis), prefix, defaultJobOptions: JOB_OPTIONS });
    this.events = new QueueEvents(QUEUE_NAME, { connection: connectionOf(redis), prefix });
    logErrors(this.queue, log);
    logErrors(this.events, log);
  }

  async start(onOutcome: (o: Outcome) => void) {
    this.onOutcome = onOutcome;
    this.events.on("completed", ({ jobId, returnvalue }) => {
      const record = (typeof returnvalue === "string" ? JSON.parse(returnvalue) : returnvalue) as ArticleRecord | null;
      if (record?.id === jobId) this.deliver({ id: jobId, ok: true, record });
      else void this.check(jobId);
    });
    // a failed attempt that will be retried is not an outcome: look at the job's state
    this.events.on("failed", ({ jobId }) => void this.check(jobId));
    await Promise.all([this.queue.waitUntilReady(), this.events.waitUntilReady()]);
    this.timer = setInterval(() => void this.poll(), this.pollMs);
  }

  private deliver(o: Outcome) {
    if (!this.awaited.delete(o.id)) return;
    this.onOutcome(o);
  }

  async submit(id: string, input: ArticleInput, again = false) {
    this.awaited.set(id, input);
    let job = await this.queue.getJob(id);
    if (job && again) {
      const state = await job.getState();
      if (state === "completed" || state === "failed") {
        await job.remove().catch(() => {});
        job = undefined;
      }
    }
    if (!job) {
      await this.queue.add("extract", toJobData(input), { jobId: id });
      return;
    }
    // the same content was queued before (by this process or an earlier run of it)
    const state = await job.getState();
    if (state === "failed" && job.attemptsMade >= ATTEMPTS) {
      // it ran out of attempts on transient errors: a new submission is a new chance
      await job.retry("failed").catch(() => {});
      return;
    }
    await this.settle(id, job, state);
  }

  forget(id: string) {
    this.awaited.delete(id);
  }

  private async settle(id: string, job: Job<ArticleJobData, ArticleRecord>, state: string) {
    if (state === "completed") this.deliver({ id, ok: true, record: job.returnvalue });
    else if (state === "failed") this.deliver({ id, ok: false, reason: job.failedReason || "failed" });
  }

  private async check(id: string) {
    if (!this.awaited.has(id)) return;
    const job = await this.queue.getJob(id);
    if (!job) {
      const input = this.awaited.get(id);
      if (input) await this.queue.add("extract", toJobData(input), { jobId: id });
      return;
    }
    await this.settle(id, job, await job.getState());
  }

  /** Checks a slice of the awaited jobs each time (events deliver nearly all outcomes; this is the net). */
  private async poll() {
    if (this.polling || !this.awaited.size) return;
    this.polling = true;
    try {
      const ids = [...this.awaited.keys()];
      const start = this.pollCursor % ids.length;
      const slice = ids.slice(start, start + POLL_BATCH);
      this.pollCursor = start + slice.length;
      for (const id of slice) await this.check(id);
    } catch {
      // Redis unreachable for a moment: the next poll tries again
    } finally {
      this.polling = false;
    }
  }

  async counts(): Promise<Counts> {
    const c = await this.queue.getJobCounts("waiting", "delayed", "prioritized", "active");
    return { waiting: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0 };
  }

  async close() {
    clearInterval(this.timer);
    await Promise.allSettled([this.events.close(), this.queue.close()]);
  }
}

// ---- embedded --------------------------------------------------------------------------------------

export interface EmbeddedOptions {
  /** Extract threads (default: one per core). */
  threads?: number;
  /** The time and memory budget of each file. */
  limits?: PoolLimits;
  /** The first retry's delay; each next one doubles it. */
  backoffMs?: number;
  /** The extract step (default: extractArticle, in the pool). */
  extract?: ExtractFn;
  onRetry?: (file: string, attempt: number, reason: string) => void;
}

interface Work {
  id: string;
  input: ArticleInput;
  attempt: number;
  /** Aborts the extraction once the work is no longer wanted. */
  abort?: AbortController;
}

/**
 * The in-process queue: the same attempts and backoff as the Redis jobs, extract in the thread
 * pool. Nothing survives the process; a restart finds the records already written and extracts
 * only the rest.
 */
export class EmbeddedBackend implements Backend {
  private readonly pool?: ExtractPool;
  private readonly waiting: Work[] = [];
  private readonly active = new Map<string, Work>();
  private readonly wanted = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private onOutcome: (o: Outcome) => void = () => {};
  private closed = false;
  private readonly concurrency: number;
  private readonly backoffMs: number;
  private readonly extractFn: ExtractFn;

  constructor(private readonly opts: EmbeddedOptions = {}) {
    const threads = Math.max(1, opts.threads ?? defaultPoolSize());
    // extraction always runs in a thread (even with one), so a file's time budget holds
    const pool = opts.extract ? undefined : new ExtractPool(threads, opts.limits);
    this.pool = pool;
    this.extractFn = opts.extract ?? ((input, signal) => pool!.extract(input, signal));
    this.concurrency = Math.max(1, threads) * 2;
    this.backoffMs = opts.backoffMs ?? 1000;
  }

  async start(onOutcome: (o: Outcome) => void) {
    this.onOutcome = onOutcome;
  }

  async submit(id: string, input: ArticleInput, again = false) {
    const queued = this.waiting.find((w) => w.id === id);
    if (queued) {
      queued.input = input;
      return;
    }
    // under way: its outcome will come; the watcher asks again if the file name changed
    if (this.active.has(id) && !again) return;
    this.wanted.add(id);
    this.waiting.push({ id, input, attempt: 1 });
    this.pump();
  }

  /** Not wanted any more (its file was deleted or replaced): dropped from the queue, or its extraction aborted. */
  forget(id: string) {
    this.wanted.delete(id);
    const i = this.waiting.findIndex((w) => w.id === id);
    if (i >= 0) this.waiting.splice(i, 1);
    const work = this.active.get(id);
    if (work) {
      // the counts are right at once; the thread is replaced in the background
      this.active.delete(id);
      work.abort?.abort();
      this.pump();
    }
  }

  private pump() {
    while (!this.closed && this.active.size < this.concurrency && this.waiting.length) {
      const work = this.waiting.shift()!;
      work.abort = new AbortController();
      this.active.set(work.id, work);
      this.extractFn(work.input, work.abort.signal).then(
        (record) => this.finish(work, { id: work.id, ok: true, record }),
        (err: unknown) => {
          if (this.closed || this.active.get(work.id) !== work) return; // closed or cancelled: nobody waits for it
          if (err instanceof BadInputError || err instanceof CancelledError || work.attempt >= ATTEMPTS) {
            this.finish(work, { id: work.id, ok: false, reason: reasonOf(err) });
            return;
          }
          this.active.delete(work.id);
          this.opts.onRetry?.(work.input.file, work.attempt, reasonOf(err));
          const t = setTimeout(() => {
            this.timers.delete(t);
            if (this.wanted.has(work.id)) this.waiting.push({ ...work, attempt: work.attempt + 1 });
            this.pump();
          }, this.backoffMs * 2 ** (work.attempt - 1));
          this.timers.add(t);
          this.pump();
        },
      );
    }
  }

  private finish(work: Work, o: Outcome) {
    if (this.active.get(work.id) !== work) return; // cancelled: nobody waits for it
    this.active.delete(work.id);
    if (!this.closed && this.wanted.delete(work.id)) this.onOutcome(o);
    this.pump();
  }

  async counts(): Promise<Counts> {
    return { waiting: this.waiting.length, active: this.active.size };
  }

  async close() {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.waiting.length = 0;
    await this.pool?.close();
  }
}
