// Workers with another configuration than the watch's, on the real Redis (each test its own key
// prefix, every key and connection removed afterwards): such a worker refuses the watch's jobs
// (never returns a record for them), a worker with the watch's lists takes them, and with no
// such worker the files end failed with a reason naming both configurations, nothing stored.
import { Queue, Worker } from "bullmq";
import { Redis } from "ioredis";
import { createHash, randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { partsOf } from "../pipeline/fingerprint.js";
import { createPipeline } from "../pipeline/pipeline.js";
import type { ArticleRecord, IngestError } from "../pipeline/schemas.js";
import { RedisBackend } from "../queue/backends.js";
import { connectionOf, QUEUE_NAME, type ArticleJobData } from "../queue/jobs.js";
import { InboxWatcher } from "../queue/watch.js";
import { articleProcessor, startWorker } from "../queue/worker.js";
import { count, fillInbox, readRecords, settled, startCli, stop, stopAll, waitFor } from "./procs.js";
import { clearPrefix } from "./support/redis.js";

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

const REDIS = "redis://127.0.0.1:6379";
let tmp: string;
let redis: Redis;
let prefix: string;
const opened: { close(): Promise<void> }[] = [];

// two reference lists that disagree on one official's country: each is a configuration
const LIST_A = JSON.stringify([{ name: "Ilvana Drestic", office: "Foreign Minister", country: "Moldova", from: 2021, to: null }]);
const LIST_B = JSON.stringify([{ name: "Ilvana Drestic", office: "Foreign Minister", country: "Georgia", from: 2021, to: null }]);
const hashOf = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 8);

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-config-"));
  await fs.writeFile(path.join(tmp, "a.json"), LIST_A);
  await fs.writeFile(path.join(tmp, "b.json"), LIST_B);
  redis = new Redis(REDIS, { maxRetriesPerRequest: 1 });
  await redis.ping().catch((err: Error) => {
    throw new Error(`these tests need Redis on 127.0.0.1:6379 (${err.message}); start it with redis-server, see .ci/run`);
  });
});

afterEach(async () => {
  await stopAll();
  await Promise.allSettled(opened.splice(0).map((o) => o.close()));
  await clearPrefix(REDIS, redis, prefix);
});

afterAll(async () => {
  await redis.quit();
  await fs.rm(tmp, { recursive: true, force: true });
});

const nextPrefix = () => (prefix = `cltest-cfg-${process.pid}-${randomBytes(4).toString("hex")}`);
const readErrors = async (out: string) => JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")) as IngestError[];

describe("two worker processes with different reference lists on one queue", () => {
  it("the mismatched one refuses every job and stores nothing; the matching one makes every record, with the watch's fingerprint", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const N = 6;
    const ids = await fillInbox(inbox, N);
    const watch = startCli(["watch", inbox, "--out", out, "--redis", REDIS, "--prefix", prefix, "--settle-ms", "300", "--reference", path.join(tmp, "a.json")]);
    // the mismatched worker comes first and alone, so it is the one that takes the jobs
    const other = startCli(["worker", "--redis", REDIS, "--prefix", prefix, "--concurrency", "1", "--reference", path.join(tmp, "b.json")]);
    await waitFor("the mismatched worker to refuse a job", () => other.log().includes("this worker refuses them"));
    const same = startCli(["worker", "--redis", REDIS, "--prefix", prefix, "--concurrency", "1", "--reference", path.join(tmp, "a.json")]);
    await waitFor("the watch to settle on N records", () => settled(watch.log(), N));

    // the refusal names both configurations and what differs
    expect(other.log()).toMatch(/refused by a worker with another configuration: the reference list differs/);
    expect(other.log()).toContain(`reference list ${hashOf(LIST_A)}`);
    expect(other.log()).toContain(`reference list ${hashOf(LIST_B)}`);
    expect(count(other.log(), "claimline: done ")).toBe(0);
    expect(count(same.log(), "claimline: done ")).toBe(N);
    // the watch saw the other configuration attached, and said so once
    expect(count(watch.log(), "a worker with another configuration is attached")).toBe(1);

    const records = await readRecords(out);
    expect(records.map((r) => r.id).sort()).toEqual([...ids.values()].sort());
    for (const r of records) expect(partsOf(r.extractedWith!).reference).toBe(hashOf(LIST_A));
    expect(await readErrors(out)).toEqual([]);
    // no job ended with a record from the other worker, and none failed
    const queue = new Queue<ArticleJobData, ArticleRecord>(QUEUE_NAME, { connection: connectionOf(REDIS), prefix });
    opened.push(queue);
    const completed = await queue.getCompleted(0, -1);
    expect(completed).toHaveLength(N);
    for (const j of completed) expect(partsOf(j.returnvalue.extractedWith!).reference).toBe(hashOf(LIST_A));
    expect(await queue.getFailedCount()).toBe(0);
    expect(await stop(watch)).toBe(0);
    expect(await stop(other)).toBe(0);
    expect(await stop(same)).toBe(0);
  });
});

describe("only a worker with another reference list", () => {
  it("refuses the jobs until they fail with a reason naming both configurations; no record is stored", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const ids = await fillInbox(inbox, 2);
    const mine = createPipeline({ reference: LIST_A });
    const theirs = createPipeline({ reference: LIST_B });
    const watchLog: string[] = [];
    const workerLog: string[] = [];
    const worker = startWorker({
      redis: REDIS,
      prefix,
      pipeline: theirs,
      concurrency: 1,
      refusals: { limit: 3, delayMs: 50, maxDelayMs: 200 },
      log: (l) => workerLog.push(l),
    });
    opened.push(worker);
    await worker.ready;
    const extracted: string[] = [];
    worker.worker.on("completed", (job) => extracted.push(job.data.file));
    const backend = new RedisBackend(REDIS, prefix, mine.fingerprint, (l) => watchLog.push(l), 200);
    const watcher = new InboxWatcher({ inbox, out, backend, pipeline: mine, settleMs: 100, debounceMs: 50, maxWaitMs: 200, log: (l) => watchLog.push(l) });
    opened.push({ close: () => watcher.stop() });
    await watcher.start();
    await waitFor("both files to fail", () => watchLog.filter((l) => l.startsWith("failed ")).length === 2);
    await watcher.flush();

    expect(extracted).toEqual([]);
    expect(await readRecords(out)).toEqual([]);
    const errors = await readErrors(out);
    expect(errors.map((e) => e.file).sort()).toEqual([...ids.keys()].sort());
    for (const e of errors) {
      expect(e.reason).toMatch(/^refused by a worker with another configuration: the reference list differs/);
      expect(e.reason).toContain(`the watch wants ${mine.fingerprint}`);
      expect(e.reason).toContain(`the worker has ${theirs.fingerprint}`);
    }
    for (const file of ids.keys()) expect(watchLog).toContain(`failed ${file}: ${errors.find((e) => e.file === file)!.reason}`);
    expect(watchLog.filter((l) => l.startsWith("a worker with another configuration is attached")).length).toBe(1);
    // each job was handed back (not extracted) before it failed, and failed once, for good
    const queue = new Queue<ArticleJobData, ArticleRecord>(QUEUE_NAME, { connection: connectionOf(REDIS), prefix });
    opened.push(queue);
    const failed = await queue.getFailed();
    expect(failed).toHaveLength(2);
    for (const j of failed) {
      expect(j.attemptsStarted).toBe(3);
      expect(j.attemptsMade).toBe(1);
      expect(j.data.extractedWith).toBe(mine.fingerprint);
    }
    expect(workerLog.filter((l) => l.includes("this worker refuses them"))).toHaveLength(1);
  });

  it("hands a job back for good while a worker with the job's configuration is attached, which then makes the record", async () => {
    nextPrefix();
    const inbox = path.join(tmp, `in-${prefix}`);
    const out = path.join(tmp, `out-${prefix}`);
    const ids = await fillInbox(inbox, 1);
    const mine = createPipeline({ reference: LIST_A });
    const theirs = createPipeline({ reference: LIST_B });
    const refusedAt: number[] = [];
    const other = startWorker({ redis: REDIS, prefix, pipeline: theirs, concurrency: 1, refusals: { limit: 2, delayMs: 30, maxDelayMs: 30 } });
    opened.push(other);
    other.worker.on("active", (job) => refusedAt.push(job.attemptsStarted));
    // a worker with the watch's configuration is attached (named as startWorker names it) but
    // takes no job yet: the other one refuses the job past its limit, and the job does not fail
    const same = new Worker<ArticleJobData, ArticleRecord>(QUEUE_NAME, articleProcessor((input) => mine.extract(input)), {
      connection: connectionOf(REDIS),
      prefix,
      name: mine.fingerprint,
      autorun: false,
    });
    opened.push(same);
    await Promise.all([other.ready, same.waitUntilReady()]);
    const backend = new RedisBackend(REDIS, prefix, mine.fingerprint, () => {}, 200);
    const watcher = new InboxWatcher({ inbox, out, backend, pipeline: mine, settleMs: 100, debounceMs: 50, maxWaitMs: 200 });
    opened.push({ close: () => watcher.stop() });
    await watcher.start();
    await waitFor("the other worker to refuse the job past its limit", () => refusedAt.length >= 5);
    const queue = new Queue<ArticleJobData, ArticleRecord>(QUEUE_NAME, { connection: connectionOf(REDIS), prefix });
    opened.push(queue);
    expect(await queue.getFailedCount()).toBe(0);
    void same.run();
    await waitFor("the record", async () => (await readRecords(out)).length === 1, 60_000);
    const [record] = await readRecords(out);
    expect(record.id).toBe([...ids.values()][0]);
    expect(record.extractedWith).toBe(mine.fingerprint);
    await watcher.flush();
    expect(await readErrors(out)).toEqual([]);
  });
});
