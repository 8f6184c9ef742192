// `claimline watch` and entries that appear while it runs: links out of the inbox (to a file, to a
// folder, to /dev/zero), FIFOs and folders named like articles are reported, never read.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readRecords, readTree, runCli, settled, startCli, stop, stopAll, waitFor } from "./procs.js";

vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-watch-intake-"));
});
afterEach(stopAll);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const article = (headline: string) => `${headline}\n\nThe minister said on Monday that the talks would go on.\n`;
const SECRET = "Outside words that must never reach the outputs";

const errorsOf = async (out: string): Promise<Record<string, string>> => {
  try {
    const list = JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")) as { file: string; reason: string }[];
    return Object.fromEntries(list.map((e) => [e.file, e.reason]));
  } catch {
    return {};
  }
};

/** Resident memory of a process, in MB (Linux). */
const rssMb = async (pid: number) => {
  const status = await fs.readFile(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmRSS:\s+(\d+)/)![1]) / 1024;
};

describe("claimline watch with entries that appear while it runs", () => {
  it("reports links out of the inbox, FIFOs and folders named like articles, and reads none of them", async () => {
    const inbox = path.join(tmp, "in");
    const out = path.join(tmp, "out");
    const outside = path.join(tmp, "outside");
    await fs.mkdir(inbox, { recursive: true });
    await fs.mkdir(outside, { recursive: true });
    await fs.writeFile(path.join(outside, "secret.txt"), `Secret\n\n${SECRET}.\n`);
    await fs.writeFile(path.join(inbox, "good.txt"), article("Deal signed"));
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "300"]);
    await waitFor("the first record", () => settled(watch.log(), 1));

    await fs.symlink(path.join(outside, "secret.txt"), path.join(inbox, "leak.txt"));
    await fs.symlink(outside, path.join(inbox, "linked"));
    await fs.symlink("/dev/zero", path.join(inbox, "zero.txt"));
    execFileSync("mkfifo", [path.join(inbox, "pipe.txt")]);
    await fs.mkdir(path.join(inbox, "folder.txt"));
    await fs.writeFile(path.join(inbox, "folder.txt", "inside.txt"), article("Inside a folder"));
    await fs.writeFile(path.join(inbox, "later.txt"), article("Later"));
    const expected = {
      "folder.txt": "a folder named like an article file, not a file",
      "leak.txt": "a symbolic link to outside the inbox: not read",
      "linked": "a symbolic link to outside the inbox: not read",
      "pipe.txt": "a FIFO (named pipe), not a regular file: not read",
      "zero.txt": "a symbolic link to outside the inbox: not read",
    };
    await waitFor("three records and five skipped entries", async () => {
      // a watcher that reads /dev/zero grows by ~170 MB/s: fail at once rather than eat the machine
      if ((await rssMb(watch.child.pid!)) > 1000) throw new Error("the watcher's memory grows without end");
      return settled(watch.log(), 3) && Object.keys(await errorsOf(out)).length === 5;
    });
    expect(await errorsOf(out)).toEqual(expected);
    for (const file of Object.keys(expected)) expect(watch.log()).toContain(`failed ${file}: `);
    expect((await readRecords(out)).map((r) => r.source.file).sort()).toEqual(["folder.txt/inside.txt", "good.txt", "later.txt"]);
    for (const text of Object.values(await readTree(out))) expect(text).not.toContain(SECRET);
    // a link to /dev/zero was not read: memory stays that of an idle watcher
    expect(await rssMb(watch.child.pid!)).toBeLessThan(400);

    // a skipped entry that goes takes its error with it
    await fs.rm(path.join(inbox, "leak.txt"));
    await waitFor("the link's error to leave", async () => !("leak.txt" in (await errorsOf(out))));

    // the same inbox through `claimline run` gives the same errors and records
    expect(await stop(watch)).toBe(0);
    const reference = path.join(tmp, "reference");
    await runCli(["run", inbox, "--out", reference, "-q"]);
    expect(await errorsOf(reference)).toEqual(await errorsOf(out));
    expect((await readRecords(reference)).map((r) => r.id).sort()).toEqual((await readRecords(out)).map((r) => r.id).sort());
  });

  it("reports a link out that replaces a file it had read, and drops that file's record", async () => {
    const inbox = path.join(tmp, "in-2");
    const out = path.join(tmp, "out-2");
    await fs.mkdir(inbox, { recursive: true });
    await fs.writeFile(path.join(tmp, "outside.txt"), `Secret\n\n${SECRET}.\n`);
    await fs.writeFile(path.join(inbox, "a.txt"), article("First"));
    await fs.writeFile(path.join(inbox, "b.txt"), article("Second"));
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "300"]);
    await waitFor("two records", () => settled(watch.log(), 2));
    await fs.rm(path.join(inbox, "a.txt"));
    await fs.symlink(path.join(tmp, "outside.txt"), path.join(inbox, "a.txt"));
    await waitFor("the link to be reported", async () => (await errorsOf(out))["a.txt"] !== undefined && settled(watch.log(), 1));
    expect((await readRecords(out)).map((r) => r.source.file)).toEqual(["b.txt"]);
    for (const text of Object.values(await readTree(out))) expect(text).not.toContain(SECRET);
  });

  it("fails an article whose sidecar becomes a link out of the inbox, as run does", async () => {
    const inbox = path.join(tmp, "in-3");
    const out = path.join(tmp, "out-3");
    await fs.mkdir(inbox, { recursive: true });
    await fs.writeFile(path.join(tmp, "outside.meta.json"), JSON.stringify({ title: SECRET }));
    await fs.writeFile(path.join(inbox, "a.txt"), article("First"));
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "300"]);
    await waitFor("a record", () => settled(watch.log(), 1));
    await fs.symlink(path.join(tmp, "outside.meta.json"), path.join(inbox, "a.meta.json"));
    await waitFor("the article to fail", async () => (await errorsOf(out))["a.txt"] !== undefined && settled(watch.log(), 0));
    expect(await errorsOf(out)).toEqual({
      "a.meta.json": "a symbolic link to outside the inbox: not read",
      "a.txt": "sidecar a.meta.json: a symbolic link to outside the inbox: not read",
    });
    expect(await stop(watch)).toBe(0);
    const reference = path.join(tmp, "reference-3");
    await runCli(["run", inbox, "--out", reference, "-q"]);
    expect(await errorsOf(reference)).toEqual(await errorsOf(out));
    for (const text of Object.values(await readTree(out))) expect(text).not.toContain(SECRET);
  });
});
