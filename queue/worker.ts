// `claimline worker`: takes article jobs from Redis, runs ingest + extract (in a thread pool, so
// every core works and the event loop stays free to renew job locks) and returns the record as
// the job's return value. It writes nothing to disk: the watch process owns the outputs.
//
// A job carries the watch's configuration (`extractedWith`, the fingerprint of its code and
// lists). A worker whose own configuration differs never extracts it: it hands the job back
// (moved to delayed, no attempt used) so that a worker with the right configuration takes it.
// While such a worker is attached (workers are named by their fingerprint) the job is handed
// back as often as it comes, after a short delay; while none is, it is handed back a few times
// with a growing delay (a matching worker may be starting) and then fails for good with the
// refusal's reason, which the watch reports in errors.json and on stderr. Nothing is lost: a job
// that failed so is submitted again when the watch restarts.
import { DelayedError, Queue, UnrecoverableError, Worker, type Job } from "bullmq";
import { BadInputError } from "../pipeline/errors.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import { defaultPoolSize, ExtractPool, type PoolLimits } from "../pipeline/pool.js";
import type { ArticleRecord } from "../pipeline/schemas.js";
import { connectionOf, fromJobData, jobIdOf, logErrors, QUEUE_NAME, refusalReason, attachedFingerprints, type ArticleJobData } from "./jobs.js";

export interface RefusalPolicy {
  /** Times a job is handed back while no worker with its configuration is attached, before it fails. */
  limit: number;
  /**
   * The delay before a handed-back job is offered again while a worker with its configuration is
   * attached; while none is, it doubles with each refusal, up to maxDelayMs.
   */
  delayMs: number;
  maxDelayMs: number;
}

/** While no worker with the job's configuration is attached, it fails after about 1 + 2 + 4 + 8 + 16 = 31 s. */
export const DEFAULT_REFUSALS: RefusalPolicy = { limit: 6, delayMs: 1000, maxDelayMs: 30_000 };

export interface WorkerOptions {
  redis: string;
  prefix: string;
  /** What this worker extracts with; jobs that want another configuration are refused. */
  pipeline: Pipeline;
  /** Jobs in flight in this process (default: one per core). */
  concurrency?: number;
  /** How long a job's lock lasts without renewal; a dead worker's jobs go to others after about this. */
  lockDurationMs?: number;
  /** The time and memory budget of each job's file. */
  limits?: PoolLimits;
  /** How jobs for another configuration are handed back (default DEFAULT_REFUSALS). */
  refusals?: Partial<RefusalPolicy>;
  log?: (line: string) => void;
}

/** Refuses a job meant for another configuration: always throws (DelayedError or UnrecoverableError). */
export type Refuse = (job: Job<ArticleJobData, ArticleRecord>, token: string | undefined) => Promise<never>;

/**
 * The processor: a plain async function; bad input and a file past its time or memory budget
 * (LimitError, a kind of BadInputError) become UnrecoverableError: failed, not retried. With a
 * `guard`, a job that wants another configuration than `guard.fingerprint` goes to
 * `guard.refuse` and is never extracted here.
 */
export function articleProcessor(extractFn: (input: ReturnType<typeof fromJobData>) => Promise<ArticleRecord>, guard?: { fingerprint: string; refuse: Refuse }) {
  return async (job: Job<ArticleJobData, ArticleRecord>, token?: string): Promise<ArticleRecord> => {
    const input = fromJobData(job.data);
    if (jobIdOf(input) !== job.id) throw new UnrecoverableError(`job ${job.id}: its bytes do not match its id`);
    const wanted = job.data.extractedWith;
    if (guard && wanted !== undefined && wanted !== guard.fingerprint) return guard.refuse(job, token);
    try {
      return await extractFn(input);
    } catch (err) {
      if (err instanceof BadInputError) throw new UnrecoverableError(err.message);
      throw err;
    }
  };
}

export interface RunningWorker {
  worker: Worker<ArticleJobData, ArticleRecord>;
  /** Resolves once connected to Redis (the worker keeps trying until then). */
  ready: Promise<void>;
  /** Finishes the jobs in hand, then stops. */
  close(): Promise<void>;
}

export function startWorker(opts: WorkerOptions): RunningWorker {
  const concurrency = opts.concurrency ?? defaultPoolSize();
  const log = opts.log ?? (() => {});
  const own = opts.pipeline.fingerprint;
  const policy = { ...DEFAULT_REFUSALS, ...opts.refusals };
  // always in threads (even one), so the time budget holds and the event loop renews the locks
  const threads = Math.max(1, Math.min(concurrency, defaultPoolSize()));
  const pool = new ExtractPool(threads, opts.limits, opts.pipeline.config);
  const lockDuration = opts.lockDurationMs ?? 30_000;

  // the configurations of the workers attached to the queue: listed only once a job is refused,
  // at most once a second
  let lister: Queue | undefined;
  let listed: { at: number; names: Promise<Set<string | undefined>> } | undefined;
  const matchingWorkerAttached = async (wanted: string) => {
    lister ??= new Queue(QUEUE_NAME, { connection: connectionOf(opts.redis), prefix: opts.prefix });
    if (!listed || Date.now() - listed.at > 1000) {
      // a Redis that does not list its clients: none found, the refusals are counted
      const names = attachedFingerprints(lister).catch(() => new Set<string | undefined>());
      listed = { at: Date.now(), names };
    }
    return (await listed.names).has(wanted);
  };
  const told = new Set<string>();
  const refuse: Refuse = async (job, token) => {
    const wanted = job.data.extractedWith!;
    const reason = refusalReason(wanted, own);
    if (!told.has(wanted)) {
      told.add(wanted);
      log(`jobs on this queue were queued for another configuration; this worker refuses them: ${reason}`);
    }
    // the times this job was taken without an attempt being counted: its refusals, this one included
    const refusals = Math.max(1, job.attemptsStarted - job.attemptsMade);
    const attached = await matchingWorkerAttached(wanted);
    if (!token || (!attached && refusals >= policy.limit)) throw new UnrecoverableError(reason);
    const delay = attached ? policy.delayMs : Math.min(policy.maxDelayMs, policy.delayMs * 2 ** Math.min(refusals - 1, 20));
    await job.moveToDelayed(Date.now() + delay, token);
    throw new DelayedError(reason);
  };

  const worker = new Worker<ArticleJobData, ArticleRecord>(QUEUE_NAME, articleProcessor((input) => pool.extract(input), { fingerprint: own, refuse }), {
    connection: connectionOf(opts.redis),
    prefix: opts.prefix,
    // the name is the configuration: the watch and other workers see which ones are attached
    name: own,
    concurrency,
    lockDuration,
    // a job whose worker died (its lock expired) goes back to the queue for another worker;
    // one that keeps killing its workers ends up failed rather than looping for ever
    stalledInterval: lockDuration,
    maxStalledCount: 2,
  });
  worker.on("failed", (job, err) => {
    if (job) log(`${job.data.file}: ${err.message}${err instanceof UnrecoverableError ? "" : ` (attempt ${job.attemptsMade})`}`);
  });
  logErrors(worker, log);
  let closing: Promise<void> | undefined;
  let connected = false;
  return {
    worker,
    ready: worker.waitUntilReady().then(() => {
      connected = true;
    }),
    close: () =>
      (closing ??= (async () => {
        // never connected: there are no jobs in hand to finish
        if (connected) await worker.close();
        else void worker.close(true).catch(() => {});
        await Promise.allSettled([pool.close(), lister?.close()]);
      })()),
  };
}
