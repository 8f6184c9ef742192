// The embedded default (no Redis): `claimline run` and `claimline watch` killed with SIGKILL
// mid-run, then restarted: every article ends up with exactly one record, nothing is missing,
// and the restart extracts exactly the files whose content had no record yet.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { BadInputError } from "../pipeline/errors.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { extractArticle } from "../pipeline/extract.js";
import { runInbox } from "../pipeline/run.js";
import { EmbeddedBackend, type Outcome } from "../queue/backends.js";
import { count, fillInbox, kill9, readRecords, readTree, recordFiles, runCli, settled, startCli, stop, stopAll, waitFor } from "./procs.js";

// child processes on a busy 2-core machine: generous limits; every wait is on a condition
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-embedded-"));
});
afterEach(stopAll);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const N = 60;
// each extraction sleeps this long in the killed process, so the kill lands mid-run
const SLOW = { CLAIMLINE_SLOW_EXTRACT_MS: "150" };

/** A record per article, each once, and the same bytes as an uninterrupted run. */
async function expectComplete(inbox: string, out: string, ids: Map<string, string>) {
  const records = await readRecords(out);
  expect(records.map((r) => r.id).sort()).toEqual([...ids.values()].sort());
  expect(new Set(records.map((r) => r.source.file)).size).toBe(ids.size);
  const reference = path.join(tmp, `reference-${path.basename(out)}`);
  expect((await runCli(["run", inbox, "--out", reference, "-q"])).code).toBe(0);
  expect(await readTree(out)).toEqual(await readTree(reference));
}

describe("claimline run killed mid-run", () => {
  it("processes exactly the files with no record on restart, and ends with each record once", async () => {
    const inbox = path.join(tmp, "run-inbox");
    const out = path.join(tmp, "run-out");
    const ids = await fillInbox(inbox, N);
    const first = startCli(["run", inbox, "--out", out, "--threads", "2", "-q"], SLOW);
    await waitFor("some records written", async () => (await recordFiles(out)).length >= 10);
    await kill9(first);
    const before = (await recordFiles(out)).length;
    expect(before).toBeGreaterThanOrEqual(10);
    expect(before).toBeLessThan(N);

    const again = await runCli(["run", inbox, "--out", out, "-q"]);
    expect(again.code).toBe(0);
    expect(again.log).toContain(`${N} article file(s): ${N - before} processed, ${before} unchanged, 0 failed`);
    await expectComplete(inbox, out, ids);
  });
});

describe("claimline watch (embedded) killed mid-run", () => {
  it("extracts on restart only what has no record, and settles on every record once", async () => {
    const inbox = path.join(tmp, "watch-inbox");
    const out = path.join(tmp, "watch-out");
    const ids = await fillInbox(inbox, N);
    const first = startCli(["watch", inbox, "--out", out, "--threads", "2", "--settle-ms", "200"], SLOW);
    await waitFor("some records written", async () => (await recordFiles(out)).length >= 10);
    await kill9(first);
    const before = (await recordFiles(out)).length;
    expect(before).toBeLessThan(N);

    const second = startCli(["watch", inbox, "--out", out, "--settle-ms", "200"]);
    await waitFor("the restarted watch to settle", () => settled(second.log(), N));
    expect(second.log()).toContain(`${N} article file(s), ${N - before} to extract`);
    expect(count(second.log(), "claimline: queued ")).toBe(N - before);
    expect(await stop(second)).toBe(0);
    await expectComplete(inbox, out, ids);
  });
});

describe("a bad file in the embedded mode", () => {
  it("is reported failed once, not retried, while the others complete; status says so", async () => {
    const inbox = path.join(tmp, "bad-inbox");
    const out = path.join(tmp, "bad-out");
    const ids = await fillInbox(inbox, 5);
    await fs.writeFile(path.join(inbox, "broken.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254]));
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "200"]);
    await waitFor("the watch to settle", () => settled(watch.log(), 5));
    expect(count(watch.log(), "queued broken.txt")).toBe(1);
    expect(count(watch.log(), "failed broken.txt")).toBe(1);
    const errors = JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")) as { file: string }[];
    expect(errors.map((e) => e.file)).toEqual(["broken.txt"]);
    expect((await readRecords(out)).map((r) => r.id).sort()).toEqual([...ids.values()].sort());
    const status = await runCli(["status", "--out", out]);
    expect(status.log).toContain("waiting 0, active 0, done 5, failed 1");
    expect(status.log).toMatch(/failed: broken\.txt: .+/);
    expect(await stop(watch)).toBe(0);
  });
});

describe("the in-process queue", () => {
  const shipped = createPipeline();
  const input = { file: "a.txt", bytes: Buffer.from("Headline\n\nThe minister said on Monday that talks would go on.\n") };

  it.each([
    ["retries a transient error with backoff until it goes through", [new Error("thread lost"), new Error("thread lost")], true, 3],
    ["gives up after three attempts", [new Error("a"), new Error("b"), new Error("c")], false, 3],
    ["fails bad input at once, never retried", [new BadInputError("empty file")], false, 1],
  ] as const)("%s", async (_name, throwsFirst, ok, calls) => {
    let n = 0;
    const retries: number[] = [];
    const backend = new EmbeddedBackend({
      threads: 1,
      backoffMs: 20,
      extract: async (i) => {
        const err = throwsFirst[n++];
        if (err) throw err;
        return extractArticle(i, shipped);
      },
      onRetry: (_file, attempt) => retries.push(attempt),
    });
    const outcome = new Promise<Outcome>((resolve) => void backend.start(resolve));
    await backend.submit("a", input);
    const o = await outcome;
    await backend.close();
    expect(o.ok).toBe(ok);
    expect(n).toBe(calls);
    expect(retries).toEqual(Array.from({ length: calls - 1 }, (_, i) => i + 1));
  });
});

describe("claimline run on the thread pool", () => {
  it.each([1, 2, 3])("writes the same bytes with %i thread(s), whatever order the threads finish in", async (threads) => {
    const inbox = path.join(tmp, "pool-inbox");
    await fs.rm(inbox, { recursive: true, force: true });
    await fillInbox(inbox, 12);
    // a copy (one article, under the first name) and a bad file (reported) in the mix
    await fs.copyFile(path.join(inbox, "synthetic-00003.txt"), path.join(inbox, "zz-copy.txt"));
    await fs.writeFile(path.join(inbox, "empty.txt"), "");
    const reference = path.join(tmp, `pool-reference-${threads}`);
    const out = path.join(tmp, `pool-out-${threads}`);
    const ref = await runInbox({ inbox, out: reference, threads: 1 });
    const summary = await runInbox({ inbox, out, threads });
    expect(summary).toEqual({ ...ref, out });
    expect(summary.duplicates).toEqual([{ file: "zz-copy.txt", sameAs: "synthetic-00003.txt" }]);
    expect(await readTree(out)).toEqual(await readTree(reference));
  });
});
