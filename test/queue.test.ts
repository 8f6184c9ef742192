// The BullMQ adapter against the real Redis on 127.0.0.1:6379: each test its own random key
// prefix, every key it made deleted afterwards, every connection and process it opened closed.
import { Queue, Worker, type Job } from "bullmq";
import { Redis } from "ioredis";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { clearPrefix } from "./support/redis.js";
import { BadInputError } from "../pipeline/errors.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { extractArticle } from "../pipeline/extract.js";
import type { ArticleRecord } from "../pipeline/schemas.js";
import { connectionOf, JOB_OPTIONS, jobIdOf, QUEUE_NAME, toJobData, type ArticleJobData } from "../queue/jobs.js";
import { articleProcessor } from "../queue/worker.js";
import { count, writeSlowly, fillInbox, kill9, readRecords, readTree, runCli, settled, startCli, stop, stopAll, waitFor, type Proc } from "./procs.js";

// child processes on a busy 2-core machine: generous limits; every wait is on a condition
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

const REDIS = "redis://127.0.0.1:6379";
const shipped = createPipeline();
let tmp: string;
let redis: Redis;
let prefix: string;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-queue-"));
  redis = new Redis(REDIS, { maxRetriesPerRequest: 1 });
  await redis.ping().catch((err: Error) => {
    throw new Error(`these tests need Redis on 127.0.0.1:6379 (${err.message}); start it with redis-server, see .ci/run`);
  });
});

let seq = 0;
const nextPrefix = () => (prefix = `cltest-${process.pid}-${++seq}-${randomBytes(4).toString("hex")}`);

afterEach(async () => {
  await stopAll();
  await Promise.allSettled(opened.splice(0).map((o) => o.close()));
  await clearPrefix(REDIS, redis, prefix);
});

afterAll(async () => {
  await redis.quit();
  await fs.rm(tmp, { recursive: true, force: true });
});

const queueFor = () => {
  const q = new Queue<ArticleJobData, ArticleRecord>(QUEUE_NAME, { connection: connectionOf(REDIS), prefix, defaultJobOptions: JOB_OPTIONS });
  opened.push(q);
  return q;
};

const workerProc = (extra: string[] = [], env: Record<string, string> = {}) =>
  startCli(["worker", "--redis", REDIS, "--prefix", prefix, ...extra], env);
const watchProc = (inbox: string, out: string, extra: string[] = []) =>
  startCli(["watch", inbox, "--out", out, "--redis", REDIS, "--prefix", prefix, "--settle-ms", "300", ...extra]);

/** The outputs hold each article once, and the same bytes as `claimline run` on the inbox. */
async function expectSameAsRun(inbox: string, out: string, ids: Map<string, string>) {
  const records = await readRecords(out);
  expect(records.map((r) => r.id).sort()).toEqual([...ids.values()].sort());
  const reference = path.join(tmp, `reference-${prefix}`);
  await runCli(["run", inbox, "--out", reference, "-q"]);
  expect(await readTree(out)).toEqual(await readTree(reference));
}

const doneLines = (p: Proc) => count(p.log(), "claimline: done ");

describe("two worker processes", () => {
  it("split N files between them and give N records, each exactly once", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const N = 40;
    const ids = await fillInbox(inbox, N);
    const slow = { CLAIMLINE_SLOW_EXTRACT_MS: "100" };
    const a = workerProc(["--concurrency", "2"], slow);
    const b = workerProc(["--concurrency", "2"], slow);
    await waitFor("both workers up", () => a.log().includes("taking jobs") && b.log().includes("taking jobs"));
    const watch = watchProc(inbox, out);
    await waitFor("the watch to settle on N records", () => settled(watch.log(), N));
    expect(doneLines(a)).toBeGreaterThan(0);
    expect(doneLines(b)).toBeGreaterThan(0);
    expect(doneLines(a) + doneLines(b)).toBe(N);
    const counts = await queueFor().getJobCounts("completed", "failed", "waiting", "active");
    expect(counts).toEqual({ completed: N, failed: 0, waiting: 0, active: 0 });
    expect(await stop(watch)).toBe(0);
    await expectSameAsRun(inbox, out, ids);
    expect(await stop(a)).toBe(0);
    expect(await stop(b)).toBe(0);
  });
});

describe("a worker killed with SIGKILL mid-run", () => {
  it("leaves its jobs to the other worker, and the outputs still hold each article exactly once", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const N = 40;
    const ids = await fillInbox(inbox, N);
    const slow = { CLAIMLINE_SLOW_EXTRACT_MS: "300" };
    const lock = ["--lock-ms", "2000"];
    const doomed = workerProc(["--concurrency", "4", ...lock], slow);
    const survivor = workerProc(["--concurrency", "2", ...lock], slow);
    await waitFor("both workers up", () => doomed.log().includes("taking jobs") && survivor.log().includes("taking jobs"));
    const watch = watchProc(inbox, out);
    const queue = queueFor();
    await waitFor("the doomed worker to be mid-run", async () => doneLines(doomed) >= 2 && (await queue.getActiveCount()) >= 4);
    await kill9(doomed);
    await waitFor("the watch to settle on N records", () => settled(watch.log(), N));
    const completed = (await queue.getCompleted(0, -1)) as Job<ArticleJobData, ArticleRecord>[];
    expect(completed).toHaveLength(N);
    // the killed worker's jobs went back to the queue once their locks expired
    expect(completed.filter((j) => (j.stalledCounter ?? 0) > 0 || (j.attemptsStarted ?? 0) > 1).length).toBeGreaterThan(0);
    expect(await stop(watch)).toBe(0);
    await expectSameAsRun(inbox, out, ids);
  });
});

describe("the same file dropped twice", () => {
  it("is one job", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const spare = path.join(tmp, `spare-${prefix}`);
    const ids = await fillInbox(spare, 1);
    const [name] = ids.keys();
    await fs.mkdir(inbox, { recursive: true });
    const worker = workerProc();
    const watch = watchProc(inbox, out);
    await waitFor("the watch to start", () => watch.log().includes("watching "));
    await fs.copyFile(path.join(spare, name), path.join(inbox, name));
    await waitFor("its record", () => settled(watch.log(), 1));
    await fs.rm(path.join(inbox, name));
    await waitFor("its record to leave", () => settled(watch.log(), 0));
    await fs.copyFile(path.join(spare, name), path.join(inbox, name));
    await waitFor("its record again", () => settled(watch.log(), 1));
    expect(await queueFor().getJobCounts("completed", "waiting", "active", "failed")).toEqual({ completed: 1, waiting: 0, active: 0, failed: 0 });
    expect(doneLines(worker)).toBe(1);
    expect(await stop(watch)).toBe(0);
    await expectSameAsRun(inbox, out, ids);
  });

  it.each([1, 2, 5])("added %i times under its content id is one job", async (times) => {
    nextPrefix();
    const queue = queueFor();
    const input = { file: "a.txt", bytes: Buffer.from("Headline\n\nSomeone said something on Monday.\n") };
    for (let i = 0; i < times; i++) await queue.add("extract", toJobData(input, shipped.fingerprint), { jobId: jobIdOf(input) });
    expect(await queue.getJobCounts("waiting")).toEqual({ waiting: 1 });
  });
});

describe("a bad file", () => {
  it("is reported failed and not retried while the others complete", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const ids = await fillInbox(inbox, 5);
    await fs.writeFile(path.join(inbox, "broken.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    const worker = workerProc();
    const watch = watchProc(inbox, out);
    await waitFor("the watch to settle", () => settled(watch.log(), 5) && watch.log().includes("failed broken.txt"));
    const queue = queueFor();
    const failed = await queue.getFailed();
    expect(failed.map((j) => [j.data.file, j.attemptsMade])).toEqual([["broken.txt", 1]]);
    expect(await queue.getJobCounts("completed", "failed", "delayed", "waiting")).toEqual({ completed: 5, failed: 1, delayed: 0, waiting: 0 });
    const status = await runCli(["status", "--redis", REDIS, "--prefix", prefix, "--out", out]);
    expect(status.log).toContain("waiting 0, active 0, done 5, failed 1");
    expect(status.log).toMatch(/failed: broken\.txt: .+/);
    expect(count(worker.log(), "broken.txt")).toBe(1);
    const errors = JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")) as { file: string }[];
    expect(errors.map((e) => e.file)).toEqual(["broken.txt"]);
    expect((await readRecords(out)).map((r) => r.id).sort()).toEqual([...ids.values()].sort());
  });
});

describe("the job processor", () => {
  const input = { file: "a.txt", bytes: Buffer.from("Headline\n\nThe minister said on Monday that talks would go on.\n") };

  it.each([
    ["a transient error is retried with backoff until it goes through", [new Error("connection reset"), new Error("connection reset")], "completed", 3],
    ["bad input fails at once, never retried", [new BadInputError("empty file")], "failed", 1],
  ] as const)("%s", async (_name, throwsFirst, state, calls) => {
    nextPrefix();
    const queue = queueFor();
    let n = 0;
    const flaky = async (i: Parameters<typeof extractArticle>[0]) => {
      const err = throwsFirst[n++];
      if (err) throw err;
      return extractArticle(i, shipped);
    };
    const worker = new Worker<ArticleJobData, ArticleRecord>(QUEUE_NAME, articleProcessor(flaky), {
      connection: connectionOf(REDIS),
      prefix,
    });
    opened.push(worker);
    const job = await queue.add("extract", toJobData(input, shipped.fingerprint), { jobId: jobIdOf(input), backoff: { type: "exponential", delay: 200 } });
    await waitFor(`the job to be ${state}`, async () => (await job.getState()) === state, 30_000);
    expect(n).toBe(calls);
    const done = await queue.getJob(job.id!);
    if (state === "completed") expect(done!.returnvalue.id).toBe(job.id);
    else expect(done!.failedReason).toBe("empty file");
  });
});

describe("a file written slowly in chunks", () => {
  it("is read once, complete", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    await fs.mkdir(inbox, { recursive: true });
    workerProc();
    const watch = startCli(["watch", inbox, "--out", out, "--redis", REDIS, "--prefix", prefix, "--settle-ms", "1500"]);
    await waitFor("the watch to start", () => watch.log().includes("watching "));
    const text = "Slow news\n\n" + Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1}: the minister said on Monday that talks went on.\n`).join("\n");
    await writeSlowly(path.join(inbox, "slow.txt"), text);
    await waitFor("its record", () => settled(watch.log(), 1));
    expect(count(watch.log(), "queued slow.txt")).toBe(1);
    const [record] = await readRecords(out);
    expect(record.text).toBe(text);
  });
});
