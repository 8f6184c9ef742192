// `claimline status`: waiting, active, done and failed counts, and the failed files with reasons,
// from the current state, never from history: waiting and active from the queue (Redis) or the
// status file the embedded watch process keeps in --out; done and failed from the output folder
// the watch process writes (its records and errors.json). Redis keeps a bounded history of
// finished jobs and loses it on a restart, so its completed and failed sets count nothing here.
import { Queue } from "bullmq";
import { promises as fs } from "node:fs";
import path from "node:path";
import { Errors, type IngestError } from "../pipeline/schemas.js";
import { OutputStore } from "../pipeline/store.js";
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
  /** Redis only: the output folder done and failed were counted in, when it does not exist. */
  missingOut?: string;
}

/** The failed files listed (the count covers them all). */
const MAX_LISTED = 100;

/** Done and failed as the output folder says now: its records and errors.json (nothing there: none). */
export async function outputCounts(out: string): Promise<{ done: number; failed: IngestError[] }> {
  const done = (await new OutputStore(out).recordIds()).length;
  let failed: IngestError[] = [];
  try {
    failed = Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")));
  } catch {
    // no errors.json yet
  }
  return { done, failed };
}

/** With Redis: waiting and active from the queue, done and failed from the output folder `out`. */
export async function redisStatus(redis: string, prefix: string, out: string): Promise<QueueStatus> {
  const queue = new Queue<ArticleJobData>(QUEUE_NAME, { connection: { url: redis, maxRetriesPerRequest: 1 }, prefix, skipMetasUpdate: true });
  queue.on("error", () => {}); // reported below, once
  try {
    await readyWithin(queue, redis);
    const c = await queue.getJobCounts("waiting", "delayed", "prioritized", "active");
    const { done, failed } = await outputCounts(out);
    const outExists = await fs.stat(out).then((st) => st.isDirectory(), () => false);
    return {
      ...(outExists ? {} : { missingOut: out }),
      waiting: (c.waiting ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0),
      active: c.active ?? 0,
      done,
      failed: failed.length,
      failures: failed.slice(0, MAX_LISTED),
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
  if (s.missingOut !== undefined) lines.push(`no output folder "${s.missingOut}": done and failed count the records and errors a watch process wrote there (give --out)`);
  if (s.running === false) lines.push("the watch process is not running: a restart extracts what has no record yet");
  return lines.join("\n") + "\n";
}
