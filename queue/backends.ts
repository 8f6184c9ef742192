// The two ways the watch process gets an article extracted: jobs in Redis for workers on any
// machine, or an in-process queue over the thread pool (the embedded default). Both take an
// article, run the same extract step once per content id, and report one outcome per submission.
import { Queue, QueueEvents, type Job } from "bullmq";
import type { ChainableCommander } from "ioredis";
import { BadInputError, CancelledError } from "../pipeline/errors.js";
import type { ArticleInput } from "../pipeline/ingest.js";
import { describeFingerprint } from "../pipeline/fingerprint.js";
import type { PipelineConfig } from "../pipeline/pipeline.js";
import { defaultPoolSize, ExtractPool, type PoolLimits } from "../pipeline/pool.js";
import { reasonOf } from "../pipeline/format.js";
import type { ExtractFn } from "../pipeline/run.js";
import type { ArticleRecord } from "../pipeline/schemas.js";
import { ATTEMPTS, connectionOf, differs, isRefusal, JOB_OPTIONS, logErrors, QUEUE_NAME, toJobData, attachedFingerprints, type ArticleJobData } from "./jobs.js";

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
  /** Whether an outcome for this id is still to come (submitted, not yet delivered, not forgotten). */
  awaiting(id: string): boolean;
  counts(): Promise<Counts>;
  close(): Promise<void>;
}

/** Awaited jobs looked up per Redis round trip in a sweep. */
const SWEEP_BATCH = 500;
/** A sweep that has not answered in this long (a connection stuck mid-command) no longer blocks the next. */
const SWEEP_STUCK_MS = 60_000;

// ---- Redis ---------------------------------------------------------------------------------------

/**
 * Jobs in Redis. Outcomes come from QueueEvents, and from a sweep over every job still awaited
 * every `pollMs`: events can drop (while a connection reconnects, or the stream is trimmed), the
 * queue's completed and failed sets cannot, so a finished job is settled at the next sweep
 * whatever happened to its event. A job that disappeared (its history was trimmed before its
 * record was copied) is added again; one under way whose lock has expired (its worker died) is
 * looked up at every sweep and settled once a worker finishes it, and reported meanwhile.
 *
 * Every job carries this watch's fingerprint (`extractedWith`): workers with another
 * configuration refuse it (worker.ts), and one attached is reported once. A job left in Redis by
 * a watch with another configuration is not reused: it is queued again with this one.
 */
export class RedisBackend implements Backend {
  private readonly queue: Queue<ArticleJobData, ArticleRecord>;
  private readonly events: QueueEvents;
  private readonly awaited = new Map<string, ArticleInput>();
  private onOutcome: (o: Outcome) => void = () => {};
  private timer?: NodeJS.Timeout;
  /** When the running sweep started (0: none running). */
  private sweeping = 0;
  /** Jobs seen under way with no lock, by id: sweeps in a row. */
  private readonly unlocked = new Map<string, number>();
  /** Configurations of attached workers already reported as not this watch's. */
  private readonly otherWorkers = new Set<string>();
  private listing = false;

  constructor(
    redis: string,
    prefix: string,
    /** This watch's pipeline fingerprint: what its jobs ask for. */
    private readonly fingerprint: string,
    private readonly log: (line: string) => void = () => {},
    private readonly pollMs = 2000,
  ) {
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
    void this.checkWorkers();
    this.timer = setInterval(() => {
      void this.sweep();
      void this.checkWorkers();
    }, this.pollMs);
  }

  /** Reports, once each, attached workers whose configuration is not this watch's: they refuse its jobs. */
  async checkWorkers(): Promise<void> {
    if (this.listing) return;
    this.listing = true;
    let names: Set<string | undefined>;
    try {
      names = await attachedFingerprints(this.queue);
    } catch {
      return; // a Redis that does not list its clients, or unreachable for a moment
    } finally {
      this.listing = false;
    }
    for (const fp of names) {
      if (fp === undefined || fp === this.fingerprint || this.otherWorkers.has(fp)) continue;
      this.otherWorkers.add(fp);
      this.log(
        `a worker with another configuration is attached: ${differs(this.fingerprint, fp)} (the worker has ${fp}: ${describeFingerprint(fp)}; this watch wants ${this.fingerprint}: ${describeFingerprint(this.fingerprint)}); ` +
          `it refuses this watch's jobs and leaves them to workers started with the same --reference and --agreements files and claimline version`,
      );
    }
  }

  private deliver(o: Outcome) {
    if (!this.awaited.delete(o.id)) return;
    this.unlocked.delete(o.id);
    this.onOutcome(o);
  }

  async submit(id: string, input: ArticleInput, again = false) {
    this.awaited.set(id, input);
    let job = await this.queue.getJob(id);
    if (job) {
      const state = await job.getState();
      // queued by a watch with another configuration: its record (made or to come) is not this one's
      const stale = job.data.extractedWith !== this.fingerprint;
      const finished = state === "completed" || state === "failed";
      if ((again && finished) || (stale && (finished || state === "waiting" || state === "delayed" || state === "prioritized"))) {
        await job.remove().catch(() => {});
        job = undefined;
      } else {
        // the same content was queued before (by this process or an earlier run of it)
        if (state === "failed" && (job.attemptsMade >= ATTEMPTS || isRefusal(job.failedReason))) {
          // it ran out of attempts on transient errors, or no worker had this configuration: a
          // new submission is a new chance
          await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true }).catch(() => {});
          return;
        }
        await this.settle(id, job, state);
        return;
      }
    }
    await this.queue.add("extract", toJobData(input, this.fingerprint), { jobId: id });
  }

  awaiting(id: string) {
    return this.awaited.has(id);
  }

  /** Not wanted any more: no outcome is delivered for it, and a job still waiting leaves the queue. */
  forget(id: string) {
    this.awaited.delete(id);
    this.unlocked.delete(id);
    // an active job is locked by its worker and cannot be removed: its outcome is ignored
    void this.queue.getJob(id).then(async (job) => {
      if (job && !this.awaited.has(id) && (await job.getState()) === "waiting") await job.remove();
    }).catch(() => {});
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
      if (input) await this.queue.add("extract", toJobData(input, this.fingerprint), { jobId: id });
      return;
    }
    await this.settle(id, job, await job.getState());
  }

  /**
   * Looks up every awaited job in a few round trips (is it in the completed or failed set, does it
   * exist, is it active, does its lock exist) and settles those that finished or vanished.
   */
  async sweep(): Promise<void> {
    const started = Date.now();
    if ((this.sweeping && started - this.sweeping < SWEEP_STUCK_MS) || !this.awaited.size) return;
    this.sweeping = started;
    try {
      const client = await this.queue.getBackend().client;
      const ids = [...this.awaited.keys()];
      for (let i = 0; i < ids.length; i += SWEEP_BATCH) {
        const batch = ids.slice(i, i + SWEEP_BATCH);
        // the connection is ioredis (connectionOf), whose pipelines have every command
        const pipe = client.pipeline() as unknown as ChainableCommander;
        for (const id of batch) {
          const key = this.queue.toKey(id);
          pipe.zscore(this.queue.keys.completed, id).zscore(this.queue.keys.failed, id).exists(key).lpos(this.queue.keys.active, id).exists(`${key}:lock`);
        }
        const replies = ((await pipe.exec()) ?? []).map(([err, v]) => (err ? undefined : v));
        for (const [k, id] of batch.entries()) {
          const [completed, failed, exists, active, locked] = replies.slice(k * 5, k * 5 + 5);
          if (completed != null || failed != null || exists === 0) await this.check(id);
          else if (active != null && locked === 0) this.noteUnlocked(id);
          else this.unlocked.delete(id);
        }
      }
    } catch {
      // Redis unreachable for a moment: the next sweep tries again
    } finally {
      if (this.sweeping === started) this.sweeping = 0;
    }
  }

  /** A job under way whose lock expired: its worker is gone; a live worker's stalled check takes it back. */
  private noteUnlocked(id: string) {
    const n = (this.unlocked.get(id) ?? 0) + 1;
    this.unlocked.set(id, n);
    if (n === 3) this.log(`${this.awaited.get(id)?.file ?? id}: under way with no worker holding it; it goes back to the queue once a worker checks for stalled jobs`);
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
  /** The lists the pool's threads extract with (a pipeline's `config`; default: the shipped ones). */
  pipeline?: PipelineConfig;
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
    const pool = opts.extract ? undefined : new ExtractPool(threads, opts.limits, opts.pipeline);
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

  awaiting(id: string) {
    return this.wanted.has(id);
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
