// `claimline watch` in the embedded default: what the outputs say as files arrive, change and go.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { contentId } from "../pipeline/ingest.js";
import { count, readRecords, readTree, runCli, settled, startCli, stop, stopAll, waitFor, type Proc } from "./procs.js";

// child processes on a busy 2-core machine: generous limits; every wait is on a condition
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 });

let tmp: string;
let n = 0;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-watch-"));
});
afterEach(stopAll);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const article = (headline: string, body = "The minister said on Monday that the talks would go on.") => `${headline}\n\n${body}\n`;

async function watching(settleMs = 300): Promise<{ inbox: string; out: string; watch: Proc }> {
  const inbox = path.join(tmp, `in-${++n}`);
  const out = path.join(tmp, `out-${n}`);
  await fs.mkdir(inbox, { recursive: true });
  const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", String(settleMs)]);
  await waitFor("the watch to start", () => watch.log().includes("watching "));
  return { inbox, out, watch };
}

const ids = async (out: string) => (await readRecords(out)).map((r) => r.id).sort();

describe("claimline watch", () => {
  it("picks up a new file and writes the same outputs as claimline run", async () => {
    const { inbox, out, watch } = await watching();
    await fs.writeFile(path.join(inbox, "a.txt"), article("Deal signed"));
    await fs.writeFile(path.join(inbox, "notes.docx"), "not an article");
    await fs.writeFile(path.join(inbox, ".hidden.txt"), article("Never read"));
    await waitFor("a record", () => settled(watch.log(), 1));
    expect(await stop(watch)).toBe(0);
    const reference = path.join(tmp, `reference-${n}`);
    await runCli(["run", inbox, "--out", reference, "-q"]);
    expect(await readTree(out)).toEqual(await readTree(reference));
    expect(watch.log()).not.toContain(".hidden.txt");
  });

  it("treats a changed file as a new version that replaces the old one", async () => {
    const { inbox, out, watch } = await watching();
    const file = path.join(inbox, "a.txt");
    await fs.writeFile(file, article("First version"));
    await waitFor("the first record", () => settled(watch.log(), 1));
    await fs.writeFile(file, article("Second version"));
    await waitFor("the change to be seen", () => watch.log().includes("a.txt: changed"));
    const seen = watch.log().indexOf("a.txt: changed");
    await waitFor("the second record", () => settled(watch.log().slice(seen), 1));
    expect(await ids(out)).toEqual([contentId(Buffer.from(article("Second version")))]);
    const timeline = await fs.readFile(path.join(out, "timeline.json"), "utf8");
    expect(timeline).not.toContain("First version");
  });

  it.each([
    ["an identical rewrite", async (f: string) => fs.writeFile(f, article("Same"))],
    ["a touch", async (f: string) => fs.utimes(f, new Date(), new Date())],
  ])("does not extract the same content again after %s", async (_name, again) => {
    const { inbox, watch } = await watching();
    const file = path.join(inbox, "same.txt");
    await fs.writeFile(file, article("Same"));
    await waitFor("its record", () => settled(watch.log(), 1));
    const writes = count(watch.log(), "outputs written");
    await again(file);
    // a later file shows the watcher has handled the event before it
    await fs.writeFile(path.join(inbox, "zz-later.txt"), article("Later"));
    await waitFor("the later record", () => settled(watch.log(), 2) && count(watch.log(), "outputs written") > writes);
    expect(count(watch.log(), "queued same.txt")).toBe(1);
  });

  it("removes a deleted file's record from the outputs, unless another file has the same content", async () => {
    const { inbox, out, watch } = await watching();
    await fs.writeFile(path.join(inbox, "a.txt"), article("Gone soon"));
    await fs.writeFile(path.join(inbox, "b.txt"), article("Staying"));
    await fs.writeFile(path.join(inbox, "c.txt"), article("Staying"));
    await waitFor("two records", () => settled(watch.log(), 2));
    await fs.rm(path.join(inbox, "a.txt"));
    await waitFor("one record left", () => settled(watch.log(), 1));
    expect(await ids(out)).toEqual([contentId(Buffer.from(article("Staying")))]);
    // b.txt named the shared record; with it gone, c.txt does
    await fs.rm(path.join(inbox, "b.txt"));
    await waitFor("the record under c.txt", async () => (await readRecords(out)).map((r) => r.source.file).join() === "c.txt" && settled(watch.log(), 1));
    expect(watch.log()).toContain("a.txt: deleted");
  });

  it("reads a sidecar that arrives after its article as a new version of the article", async () => {
    const { inbox, out, watch } = await watching();
    await fs.writeFile(path.join(inbox, "a.txt"), article("Undated"));
    await waitFor("a record", () => settled(watch.log(), 1));
    await fs.writeFile(path.join(inbox, "a.meta.json"), JSON.stringify({ published: "2019-09-20" }));
    await waitFor("the dated record", async () => (await readRecords(out))[0]?.published.value === "2019-09-20" && settled(watch.log(), 1));
  });

  it("reads a file written slowly in chunks once, complete", async () => {
    const { inbox, out, watch } = await watching(1500);
    const text = article("Slow news", Array.from({ length: 8 }, (_, i) => `Paragraph ${i + 1} says the deal holds.`).join("\n\n"));
    const handle = await fs.open(path.join(inbox, "slow.txt"), "w");
    const chunk = Math.ceil(text.length / 8);
    for (let i = 0; i < text.length; i += chunk) {
      await handle.write(text.slice(i, i + chunk));
      await handle.sync();
      await new Promise((r) => setTimeout(r, 150));
    }
    await handle.close();
    await waitFor("its record", () => settled(watch.log(), 1));
    expect(count(watch.log(), "queued slow.txt")).toBe(1);
    expect((await readRecords(out))[0].text).toBe(text);
  });

  it("does not read its own output folder when it lies inside the inbox", async () => {
    const inbox = path.join(tmp, `in-${++n}`);
    const out = path.join(inbox, "out");
    await fs.mkdir(inbox, { recursive: true });
    await fs.writeFile(path.join(inbox, "a.txt"), article("Inside"));
    const watch = startCli(["watch", inbox, "--out", out, "--settle-ms", "300"]);
    await waitFor("a record", () => settled(watch.log(), 1));
    await fs.writeFile(path.join(inbox, "b.txt"), article("Second"));
    await waitFor("two records", () => settled(watch.log(), 2));
    expect(watch.log()).not.toMatch(/queued out\//);
    expect(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8"))).toEqual([]);
  });

  it("stops cleanly on SIGTERM, with the outputs written", async () => {
    const { inbox, out, watch } = await watching();
    await fs.writeFile(path.join(inbox, "a.txt"), article("Before the stop"));
    await waitFor("a record", () => settled(watch.log(), 1));
    watch.child.kill("SIGTERM");
    expect(await watch.exited).toBe(0);
    expect(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8"))).toEqual([]);
  });
});
