// What travels through Redis: the queue's name, a job's data (the article's bytes, so a worker on
// another machine needs no shared disk, and the configuration the watch expects the record to be
// made with), its id (the content hash: the same file twice is one job) and its options (retries
// with backoff, bounded history).
import type { DefaultJobOptions } from "bullmq";
import { describeFingerprint, fingerprintDifference } from "../pipeline/fingerprint.js";
import { contentId, type ArticleInput } from "../pipeline/ingest.js";

/** The queue every worker takes articles from; `--prefix` keeps pipelines apart in one Redis. */
export const QUEUE_NAME = "articles";
export const DEFAULT_PREFIX = "claimline";

export interface ArticleJobData {
  file: string;
  path?: string;
  /** The article file's bytes, base64. */
  bytes: string;
  /** Its sidecar's bytes, base64, when there is one. */
  sidecar: string | null;
  published?: string;
  /**
   * The watch's pipeline fingerprint: the `extractedWith` its records must carry. A worker whose
   * own differs refuses the job (worker.ts); absent in jobs queued by older versions.
   */
  extractedWith?: string;
}

export const toJobData = (input: ArticleInput, extractedWith: string): ArticleJobData => ({
  file: input.file,
  ...(input.path ? { path: input.path } : {}),
  bytes: Buffer.from(input.bytes).toString("base64"),
  sidecar: input.sidecar ? Buffer.from(input.sidecar).toString("base64") : null,
  ...(input.published ? { published: input.published } : {}),
  extractedWith,
});

export const fromJobData = (data: ArticleJobData): ArticleInput => ({
  file: data.file,
  ...(data.path ? { path: data.path } : {}),
  bytes: Buffer.from(data.bytes, "base64"),
  sidecar: typeof data.sidecar === "string" ? Buffer.from(data.sidecar, "base64") : null,
  ...(data.published ? { published: data.published } : {}),
});

/** The job id: the content hash (hex, so never the ":" BullMQ refuses in ids). */
export const jobIdOf = (input: ArticleInput) => contentId(input.bytes, input.sidecar);

/** Attempts for a transient error (a worker that crashed, a lost connection); bad input fails at once. */
export const ATTEMPTS = 3;

export const JOB_OPTIONS: DefaultJobOptions = {
  attempts: ATTEMPTS,
  backoff: { type: "exponential", delay: 1000 },
  // the watch process copies each record out as it completes; the history kept in Redis is
  // bounded so a long-running inbox does not grow it without end
  removeOnComplete: { count: 1000, age: 24 * 3600 },
  removeOnFail: { count: 5000, age: 7 * 24 * 3600 },
};

/** Connection options for BullMQ (it opens and closes its own connections from these). */
export const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null });

/**
 * Logs a queue object's connection errors, the same message at most once every 10 s (ioredis
 * keeps reconnecting meanwhile; without a listener each error would be printed with its stack).
 */
export function logErrors(emitter: { on(event: "error", fn: (err: Error) => void): unknown }, log: (line: string) => void) {
  const last = new Map<string, number>();
  emitter.on("error", (err: Error) => {
    const msg = err?.message ?? String(err);
    if (Date.now() - (last.get(msg) ?? 0) < 10_000) return;
    last.set(msg, Date.now());
    log(`redis: ${msg} (retrying)`);
  });
}

/** Rejects when Redis cannot be reached within `ms`. */
export async function readyWithin(what: { waitUntilReady(): Promise<unknown> }, url: string, ms = 5000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      what.waitUntilReady(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`cannot reach Redis at ${url}`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- configuration checks -------------------------------------------------------------------------

/** How every refusal's reason begins: a watch that sees it on a failed job may submit the job again. */
export const REFUSED = "refused by a worker with another configuration";

/** "the reference list differs", "the code version and the agreement list differ". */
export const differs = (a: string, b: string) => {
  const what = fingerprintDifference(a, b);
  return `${what} ${what.includes(" and ") ? "differ" : "differs"}`;
};

const ADVICE = "start the workers with the watch's --reference and --agreements files and the same claimline version";

/** Why a worker with configuration `own` will not extract a job that wants `wanted`. */
export const refusalReason = (wanted: string, own: string) =>
  `${REFUSED}: ${differs(wanted, own)} (the watch wants ${wanted}: ${describeFingerprint(wanted)}; the worker has ${own}: ${describeFingerprint(own)}); ${ADVICE}`;

export const isRefusal = (reason: string | undefined) => reason?.startsWith(REFUSED) === true;

/** Why the watch does not store a record a worker returned made with `got` while it wants `wanted`. */
export const mismatchReason = (got: string | undefined, wanted: string) =>
  got === undefined
    ? `not stored: the record a worker returned says nothing of its configuration (this watch wants ${wanted}: ${describeFingerprint(wanted)}); is that worker an older claimline?`
    : `not stored: a worker returned a record made with another configuration, ${differs(wanted, got)} (the record has ${got}: ${describeFingerprint(got)}; this watch wants ${wanted}: ${describeFingerprint(wanted)}); ${ADVICE}`;

/**
 * A worker's name is its pipeline fingerprint (startWorker), so the configurations attached to a
 * queue can be listed (Queue.getWorkers: the Redis client names, "<prefix>:<queue>:w:<name>").
 */
export const workerFingerprint = (rawname: string | undefined): string | undefined => {
  const i = rawname?.indexOf(":w:") ?? -1;
  return i >= 0 ? rawname!.slice(i + 3) : undefined;
};

/** The configurations of the workers attached to a queue (undefined for a worker that gives none). */
export const attachedFingerprints = async (queue: { getWorkers(): Promise<Array<{ rawname?: string }>> }): Promise<Set<string | undefined>> =>
  new Set((await queue.getWorkers()).map((w) => workerFingerprint(w.rawname)));
