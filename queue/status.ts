// `claimline status`: waiting, active, done and failed counts, and the failed files with reasons.
// With Redis, from the queue; embedded, from the status file the watch process keeps in --out.
import { Queue } from "bullmq";
import { promises as fs } from "node:fs";
import path from "node:path";
import type { IngestError } from "../pipeline/schemas.js";
import { QUEUE_NAME, readyWithin, type ArticleJobData } from "./jobs.js";
import { STATUS_FILE, type EmbeddedStatus } from "./watch.js";

export interface QueueStatus {
  waiting: number;
  active: number;
  done: number;
  failed: number;
  failures: IngestError[];
  /** Embedded only: whether the watch process that wrote the status is still running. */
  running?: boolean;
}

/** The failed files listed (the count covers them all). */
const MAX_LISTED = 100;

export async function redisStatus(redis: string, prefix: string): Promise<QueueStatus> {
  const queue = new Queue<ArticleJobData>(QUEUE_NAME, { connection: { url: redis, maxRetriesPerRequest: 1 }, prefix, skipMetasUpdate: true });
  queue.on("error", () => {}); // reported below, once
  try {
    await readyWithin(queue, redis);
    const c = await queue.getJobCounts("waiting", "delayed", "prioritized", "active", "completed", "failed");
    const failed = await queue.getFailed(0, MAX_LISTED - 1);
    return {
      waiting: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      done: c.completed ?? 0,
      failed: c.failed ?? 0,
      failures: failed
        .filter((j) => j)
        .map((j) => ({ file: j.data.file, reason: j.failedReason || "failed" }))
        .sort((a, b) => a.file.localeCompare(b.file)),
    };
  } finally {
    await queue.close();
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

export async function embeddedStatus(out: string): Promise<QueueStatus | undefined> {
  let s: EmbeddedStatus;
  try {
    s = JSON.parse(await fs.readFile(path.join(out, STATUS_FILE), "utf8")) as EmbeddedStatus;
  } catch {
    return undefined;
  }
  const running = alive(s.pid);
  return {
    waiting: running ? s.waiting : 0,
    active: running ? s.active : 0,
    done: s.done,
    failed: s.failed.length,
    failures: s.failed.slice(0, MAX_LISTED),
    running,
  };
}

export function renderStatus(s: QueueStatus): string {
  const lines = [`waiting ${s.waiting}, active ${s.active}, done ${s.done}, failed ${s.failed}`];
  for (const f of s.failures) lines.push(`failed: ${f.file}: ${f.reason}`);
  if (s.failed > s.failures.length) lines.push(`(${s.failed - s.failures.length} more failed)`);
  if (s.running === false) lines.push("the watch process is not running: a restart extracts what has no record yet");
  return lines.join("\n") + "\n";
}
