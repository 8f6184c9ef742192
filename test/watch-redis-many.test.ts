// No completion is lost in `watch --redis`: 1,000 articles through the watch process and two
// worker processes, ten times in a row, and every run settles on all 1,000 records. The two
// workers and the queue prefix stay up across the runs; each run is a fresh inbox, output folder
// and watch process (its own articles, so no record is reused). Real Redis, random prefix, full
// cleanup.
import { Redis } from "ioredis";
import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clearPrefix } from "./support/redis.js";
import { syntheticArticle } from "../bench/generate.js";
import { contentId } from "../pipeline/ingest.js";
import { recordFiles, settled, startCli, stop, stopAll, waitFor, type Proc } from "./procs.js";

const REDIS = "redis://127.0.0.1:6379";
const RUNS = 10;
const N = 1000;
/** Short articles: the test is about the queue, not extraction speed. */
const WORDS = 40;

vi.setConfig({ testTimeout: 600_000, hookTimeout: 60_000 });

let tmp: string;
let redis: Redis;
const prefix = `cltest-many-${process.pid}-${randomBytes(4).toString("hex")}`;
const workers: Proc[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-many-"));
  redis = new Redis(REDIS, { maxRetriesPerRequest: 1 });
  await redis.ping();
  for (let i = 0; i < 2; i++) workers.push(startCli(["worker", "--redis", REDIS, "--prefix", prefix, "--concurrency", "2"]));
  await waitFor("both workers up", () => workers.every((w) => w.log().includes("taking jobs")), 30_000);
});

afterAll(async () => {
  await Promise.all(workers.map((w) => stop(w)));
  await stopAll();
  await clearPrefix(REDIS, redis, prefix);
  await redis.quit();
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("watch --redis with two workers", () => {
  it(`settles on all ${N} records in each of ${RUNS} runs in a row`, async () => {
    const settledRuns: number[] = [];
    const took: number[] = [];
    let askedAgain = 0;
    for (let run = 0; run < RUNS; run++) {
      const inbox = path.join(tmp, `in-${run}`);
      const out = path.join(tmp, `out-${run}`);
      await fs.mkdir(inbox, { recursive: true });
      const ids = new Set<string>();
      for (let i = 0; i < N; i++) {
        const a = syntheticArticle(run * N + i + 1, WORDS);
        await fs.writeFile(path.join(inbox, a.file), a.text);
        ids.add(contentId(Buffer.from(a.text)));
      }
      const watch = startCli(["watch", inbox, "--out", out, "--redis", REDIS, "--prefix", prefix, "--settle-ms", "100"]);
      const t = Date.now();
      // settled: the last outputs written hold every record with nothing under way
      await waitFor(`run ${run + 1}: all ${ids.size} records, nothing under way`, () => settled(watch.log(), ids.size), 120_000).catch((err: Error) => {
        const last = watch.log().split("\n").filter((l) => l.includes("outputs written:")).at(-1);
        throw new Error(`${err.message}; last: ${last ?? "(no outputs written)"}`);
      });
      took.push(Date.now() - t);
      // the watcher's last net (an id left under way with nothing behind it): how often it was needed
      askedAgain += watch.log().split("asked for again").length - 1;
      expect(await stop(watch)).toBe(0);
      expect((await recordFiles(out)).length).toBe(ids.size);
      settledRuns.push(run + 1);
      await fs.rm(inbox, { recursive: true, force: true });
      await fs.rm(out, { recursive: true, force: true });
    }
    expect(settledRuns).toHaveLength(RUNS);
    console.log(`settled in ${took.map((ms) => (ms / 1000).toFixed(1)).join(", ")} s; ids asked for again: ${askedAgain}`);
  });
});
