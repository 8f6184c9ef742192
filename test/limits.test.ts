// No file can hold a thread for ever: each has a time budget (--file-timeout) in every mode (run on
// one thread or many, extract, watch, Redis workers); a file past it is reported by name and the
// run goes on. A deleted file's extraction is cancelled at once. The slow file is made with the
// CLAIMLINE_STALL_ON test hook: a file holding the marker loops without ever yielding.
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { clearPrefix } from "./support/redis.js";
import { CancelledError, LimitError } from "../pipeline/errors.js";
import { ExtractPool } from "../pipeline/pool.js";
import { connectionOf, QUEUE_NAME } from "../queue/jobs.js";
import { fillInbox, readRecords, runCli, settled, startCli, stop, stopAll, waitFor } from "./procs.js";

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

const REDIS = "redis://127.0.0.1:6379";
const MARKER = "STALL-THIS-FILE";
const STALL = { CLAIMLINE_STALL_ON: MARKER };
const stalling = `A headline\n\nThe minister said on Monday ${MARKER} that talks would go on.\n`;
const TOO_SLOW = /took longer than 8 s to extract/;

let tmp: string;
let n = 0;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-limits-"));
});
afterEach(stopAll);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** An inbox of `good` synthetic articles and one file that never finishes. */
async function inboxWithStall(good: number) {
  const inbox = path.join(tmp, `in-${++n}`);
  const ids = await fillInbox(inbox, good);
  await fs.writeFile(path.join(inbox, "stall.txt"), stalling);
  return { inbox, out: path.join(tmp, `out-${n}`), ids };
}

const errorsOf = async (out: string) => JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")) as { file: string; reason: string }[];

describe("the extract pool", () => {
  it("ends a file past its deadline, replaces the thread and goes on", async () => {
    process.env.CLAIMLINE_STALL_ON = MARKER;
    const pool = new ExtractPool(1, { fileTimeoutMs: 8000 });
    try {
      const good = { file: "good.txt", bytes: Buffer.from("Talks\n\nThe minister said on Monday that talks would go on.\n") };
      const stalled = pool.extract({ file: "stall.txt", bytes: Buffer.from(stalling) });
      const after = pool.extract(good);
      await expect(stalled).rejects.toBeInstanceOf(LimitError);
      await expect(stalled).rejects.toThrow(TOO_SLOW);
      expect((await after).source.file).toBe("good.txt");
      // a cancelled file gives its thread back at once, long before its deadline
      const slowPool = new ExtractPool(1, { fileTimeoutMs: 60_000 });
      const abort = new AbortController();
      const cancelled = slowPool.extract({ file: "stall.txt", bytes: Buffer.from(stalling) }, abort.signal);
      await waitFor("the thread to start on it", () => slowPool.counts.active === 1);
      const t = Date.now();
      abort.abort();
      await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
      expect(slowPool.counts).toEqual({ waiting: 0, active: 0 });
      expect((await slowPool.extract(good)).source.file).toBe("good.txt");
      expect(Date.now() - t).toBeLessThan(30_000);
      await slowPool.close();
    } finally {
      delete process.env.CLAIMLINE_STALL_ON;
      await pool.close();
    }
  });

  it("sends a busy thread its next file ahead, and counts that file's budget from when the thread starts on it", async () => {
    // each file takes 2 s, the budget is 3.5 s: the second file, sent ahead while the first is extracted,
    // ends about 4 s after it was sent, within its budget only when the budget starts with the file
    process.env.CLAIMLINE_SLOW_EXTRACT_MS = "2000";
    const pool = new ExtractPool(1, { fileTimeoutMs: 3500 });
    try {
      const files = ["a.txt", "b.txt", "c.txt"].map((file) => pool.extract({ file, bytes: Buffer.from(`Talks\n\nThe minister said on Monday that talks on ${file} would go on.\n`) }));
      expect(pool.counts).toEqual({ waiting: 2, active: 1 });
      expect((await Promise.all(files)).map((r) => r.source.file)).toEqual(["a.txt", "b.txt", "c.txt"]);
      expect(pool.counts).toEqual({ waiting: 0, active: 0 });
    } finally {
      delete process.env.CLAIMLINE_SLOW_EXTRACT_MS;
      await pool.close();
    }
  });
});

describe("a file that needs more memory than a thread may have", () => {
  it("fails with the heap limit named, and the pool goes on with a fresh thread", async () => {
    process.env.CLAIMLINE_BLOAT_ON = "BLOAT-THIS-FILE";
    const pool = new ExtractPool(1, { heapMb: 256 });
    try {
      const bloated = pool.extract({ file: "bloat.txt", bytes: Buffer.from("Big\n\nBLOAT-THIS-FILE said on Monday.\n") });
      const after = pool.extract({ file: "good.txt", bytes: Buffer.from("Talks\n\nThe minister said on Monday that talks would go on.\n") });
      await expect(bloated).rejects.toBeInstanceOf(LimitError);
      await expect(bloated).rejects.toThrow(/needed more than 256 MB of memory/);
      expect((await after).source.file).toBe("good.txt");
    } finally {
      delete process.env.CLAIMLINE_BLOAT_ON;
      await pool.close();
    }
  });
});

describe("claimline run with a file that never finishes", () => {
  it.each([["one thread", ["--threads", "1"]], ["two threads", ["--threads", "2"]], ["the default", []]])(
    "on %s: reports it by name in errors.json and writes every other record",
    async (_name, threads) => {
      const { inbox, out, ids } = await inboxWithStall(6);
      const r = await runCli(["run", inbox, "--out", out, "-q", "--file-timeout", "8", ...threads], STALL);
      expect(r.code).toBe(1);
      expect(r.log).toMatch(/stall\.txt: took longer than 8 s/);
      const errors = await errorsOf(out);
      expect(errors.map((e) => e.file)).toEqual(["stall.txt"]);
      expect(errors[0].reason).toMatch(TOO_SLOW);
      expect((await readRecords(out)).map((r) => r.id).sort()).toEqual([...ids.values()].sort());
    },
  );
});

describe("claimline extract with a file that never finishes", () => {
  it("gives up after --file-timeout with exit 1 and the file's name", async () => {
    const file = path.join(tmp, "stall-extract.txt");
    await fs.writeFile(file, stalling);
    const r = await runCli(["extract", file, "--file-timeout", "8"], STALL);
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/stall-extract\.txt: took longer than 8 s/);
  });

  it.each(["0", "-1", "soon"])("refuses --file-timeout %s with a usage error", async (v) => {
    const r = await runCli(["extract", "fixtures/articles/000_840779b774828d78.txt", `--file-timeout=${v}`]);
    expect(r.code).toBe(2);
    expect(r.log).toContain("--file-timeout wants a number of seconds");
  });
});

describe("claimline watch (embedded)", () => {
  it("fails a file past its deadline once, not retried, and settles on the rest", async () => {
    const { inbox, out, ids } = await inboxWithStall(4);
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "200", "--file-timeout", "8"], STALL);
    await waitFor("the watch to settle", () => settled(watch.log(), 4) && watch.log().includes("failed stall.txt"));
    expect(watch.log()).not.toContain("retrying stall.txt");
    expect((await errorsOf(out)).map((e) => e.file)).toEqual(["stall.txt"]);
    expect((await readRecords(out)).map((r) => r.id).sort()).toEqual([...ids.values()].sort());
    expect(await stop(watch)).toBe(0);
  });

  it("cancels a deleted file's extraction: status is idle at once and the thread takes the next file", async () => {
    const inbox = path.join(tmp, `in-${++n}`);
    const out = path.join(tmp, `out-${n}`);
    await fs.mkdir(inbox, { recursive: true });
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "200", "--threads", "1", "--file-timeout", "600"], STALL);
    await waitFor("the watch to start", () => watch.log().includes("watching "));
    await fs.writeFile(path.join(inbox, "stall.txt"), stalling);
    const status = async () => (await runCli(["status", "--out", out])).log;
    await waitFor("the stalled file to be under way", async () => (await status()).includes("active 1"));
    await fs.rm(path.join(inbox, "stall.txt"));
    await waitFor("the deletion to be seen", () => watch.log().includes("stall.txt: deleted"));
    await waitFor("status to say nothing is active", async () => (await status()).includes("waiting 0, active 0, done 0, failed 0"), 10_000);
    // the one thread was replaced, not left looping: a new file goes through
    const ids = await fillInbox(inbox, 1);
    await waitFor("the next file's record", () => settled(watch.log(), 1), 60_000);
    expect((await readRecords(out)).map((r) => r.id)).toEqual([...ids.values()]);
    expect(await stop(watch)).toBe(0);
  });
});

describe("a Redis worker with a file that never finishes", () => {
  let redis: Redis;
  let prefix: string;
  beforeAll(() => {
    redis = new Redis(REDIS, { maxRetriesPerRequest: 1 });
  });
  afterEach(async () => {
    if (!prefix) return;
    await stopAll();
    await clearPrefix(REDIS, redis, prefix);
  });
  afterAll(async () => {
    await redis.quit();
  });

  it("fails its job once (not retried), names the file, and completes the others", async () => {
    prefix = `cltest-limits-${process.pid}-${randomBytes(4).toString("hex")}`;
    const { inbox, out, ids } = await inboxWithStall(4);
    const worker = startCli(["worker", "--redis", REDIS, "--prefix", prefix, "--concurrency", "2", "--file-timeout", "8"], STALL);
    await waitFor("the worker up", () => worker.log().includes("taking jobs"));
    const watch = startCli(["watch", inbox, "--out", out, "--redis", REDIS, "--prefix", prefix, "--settle-ms", "200"]);
    await waitFor("the watch to settle", () => settled(watch.log(), 4) && watch.log().includes("failed stall.txt"));
    const queue = new Queue(QUEUE_NAME, { connection: connectionOf(REDIS), prefix });
    try {
      const failed = await queue.getFailed();
      expect(failed.map((j) => [j.data.file, j.attemptsMade])).toEqual([["stall.txt", 1]]);
      expect(failed[0].failedReason).toMatch(TOO_SLOW);
      expect(await queue.getJobCounts("completed", "failed", "waiting", "active", "delayed")).toEqual({ completed: 4, failed: 1, waiting: 0, active: 0, delayed: 0 });
    } finally {
      await queue.close();
    }
    expect((await errorsOf(out)).map((e) => e.file)).toEqual(["stall.txt"]);
    expect((await readRecords(out)).map((r) => r.id).sort()).toEqual([...ids.values()].sort());
    expect(await stop(watch)).toBe(0);
  });

  it("status counts the records and errors there are, not the history Redis kept (or lost)", async () => {
    prefix = `cltest-limits-${process.pid}-${randomBytes(4).toString("hex")}`;
    const inbox = path.join(tmp, `in-${++n}`);
    const out = path.join(tmp, `out-${n}`);
    await fillInbox(inbox, 3);
    await fs.writeFile(path.join(inbox, "empty.txt"), "");
    const worker = startCli(["worker", "--redis", REDIS, "--prefix", prefix]);
    await waitFor("the worker up", () => worker.log().includes("taking jobs"));
    const watch = startCli(["watch", inbox, "--out", out, "--redis", REDIS, "--prefix", prefix, "--settle-ms", "200"]);
    await waitFor("the watch to settle", () => settled(watch.log(), 3) && watch.log().includes("failed empty.txt"));
    // the finished jobs' history goes, as after a restart of a Redis without persistence
    const queue = new Queue(QUEUE_NAME, { connection: connectionOf(REDIS), prefix });
    try {
      await queue.clean(0, 0, "completed");
      await queue.clean(0, 0, "failed");
      expect(await queue.getJobCounts("completed", "failed")).toEqual({ completed: 0, failed: 0 });
    } finally {
      await queue.close();
    }
    const status = await runCli(["status", "--redis", REDIS, "--prefix", prefix, "--out", out]);
    expect(status.code).toBe(0);
    expect(status.log).toContain("waiting 0, active 0, done 3, failed 1");
    expect(status.log).toMatch(/failed: empty\.txt: .+/);
    expect(await stop(watch)).toBe(0);
  });
});

describe("--redis", () => {
  it.each([
    [["status", "--redis", "notaurl"], {}],
    [["worker", "--redis", "http://127.0.0.1:6379"], {}],
    [["watch", ".", "--redis", "redis://"], {}],
    [["status"], { REDIS_URL: "localhost:6379" }],
  ])("refuses %j (env %j) with a usage error at once", async (args, env) => {
    const t = Date.now();
    const r = await runCli(args, env);
    expect(r.code).toBe(2);
    expect(r.log).toMatch(/(--redis|REDIS_URL) wants a URL such as redis:\/\/127\.0\.0\.1:6379/);
    // no attempt to connect: far less than the 5 s a connection is given
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
