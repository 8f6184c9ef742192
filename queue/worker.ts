// `claimline worker`: takes article jobs from Redis, runs ingest + extract (in a thread pool, so
// every core works and the event loop stays free to renew job locks) and returns the record as
// the job's return value. It writes nothing to disk: the watch process owns the outputs.
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { BadInputError } from "../pipeline/errors.js";
import { defaultPoolSize, ExtractPool, type PoolLimits } from "../pipeline/pool.js";
import type { ArticleRecord } from "../pipeline/schemas.js";
import { connectionOf, fromJobData, jobIdOf, logErrors, QUEUE_NAME, type ArticleJobData } from "./jobs.js";

export interface WorkerOptions {
  redis: string;
  prefix: string;
  /** Jobs in flight in this process (default: one per core). */
  concurrency?: number;
  /** How long a job's lock lasts without renewal; a dead worker's jobs go to others after about this. */
  lockDurationMs?: number;
  /** The time and memory budget of each job's file. */
  limits?: PoolLimits;
  log?: (line: string) => void;
}

/**
 * The processor: a plain async function; bad input and a file past its time or memory budget
 * (LimitError, a kind of BadInputError) become UnrecoverableError: failed, not retried.
 */
export function articleProcessor(extractFn: (input: ReturnType<typeof fromJobData>) => Promise<ArticleRecord>) {
  return async (job: Job<ArticleJobData, ArticleRecord>): Promise<ArticleRecord> => {
    const input = fromJobData(job.data);
    if (jobIdOf(input) !== job.id) throw new UnrecoverableError(`job ${job.id}: its bytes do not match its id`);
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
  // always in threads (even one), so the time budget holds and the event loop renews the locks
  const threads = Math.max(1, Math.min(concurrency, defaultPoolSize()));
  const pool = new ExtractPool(threads, opts.limits);
  const lockDuration = opts.lockDurationMs ?? 30_000;
  const worker = new Worker<ArticleJobData, ArticleRecord>(
    QUEUE_NAME,
    articleProcessor((input) => pool.extract(input)),
    {
      connection: connectionOf(opts.redis),
      prefix: opts.prefix,
      concurrency,
      lockDuration,
      // a job whose worker died (its lock expired) goes back to the queue for another worker;
      // one that keeps killing its workers ends up failed rather than looping for ever
      stalledInterval: lockDuration,
      maxStalledCount: 2,
    },
  );
  worker.on("failed", (job, err) => {
    if (job) opts.log?.(`${job.data.file}: ${err.message}${err instanceof UnrecoverableError ? "" : ` (attempt ${job.attemptsMade})`}`);
  });
  logErrors(worker, opts.log ?? (() => {}));
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
        await pool.close();
      })()),
  };
}
