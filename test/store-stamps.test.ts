// Inbox files whose stamp (size, mtime, ctime, inode) is the one the index kept are not read
// again; a changed stamp means the file is read and hashed as before.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

const reads = vi.hoisted(() => [] as string[]);
/** Stamps that come back "too fresh" before the real ones do: a file just written when the run began. */
const unsettled = vi.hoisted(() => ({ left: 0 }));
vi.mock("../pipeline/inbox.js", async (importOriginal) => {
  const m = await importOriginal<typeof import("../pipeline/inbox.js")>();
  return {
    ...m,
    stampInboxArticleSync: (inbox: string, rel: string) => (unsettled.left > 0 && unsettled.left-- ? undefined : m.stampInboxArticleSync(inbox, rel)),
    readInboxArticle: (inbox: string, rel: string, published?: string) => {
      reads.push(rel);
      return m.readInboxArticle(inbox, rel, published);
    },
  };
});
const { runInbox } = await import("../pipeline/run.js");
const { ExtractPool } = await import("../pipeline/pool.js");
const { SETTLED_MS, stampInboxArticle } = await import("../pipeline/inbox.js");
const { ReconcileCache } = await import("../pipeline/reconcile/index.js");
const { indexStats } = await import("../pipeline/store.js");

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-stamps-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));
beforeEach(() => void reads.splice(0));

const files = ["000_840779b774828d78.txt", "004_5d35b6c747139e23.txt"];
const settle = () => new Promise((r) => setTimeout(r, SETTLED_MS + 100));
const read = (f: string) => fs.readFile(f, "utf8");

async function inboxOf(name: string) {
  const inbox = path.join(tmp, name);
  await fs.mkdir(inbox, { recursive: true });
  for (const f of files) for (const g of [f, f.replace(/\.txt$/, ".meta.json")]) await fs.copyFile(path.join("fixtures/articles", g), path.join(inbox, g));
  return inbox;
}

describe("inbox file stamps", () => {
  it("a re-run does not open an unchanged file, and gives the same outputs", async () => {
    const inbox = await inboxOf("unchanged");
    const out = path.join(tmp, "out-unchanged");
    await settle();
    const first = await runInbox({ inbox, out, threads: 1 });
    expect(first).toMatchObject({ processed: 2, unread: 0 });
    expect(reads.sort()).toEqual(files);
    const timeline = await read(path.join(out, "timeline.json"));
    reads.splice(0);
    const again = await runInbox({ inbox, out, threads: 1 });
    expect(again).toMatchObject({ processed: 0, reused: 2, unread: 2 });
    expect(reads).toEqual([]);
    expect(await read(path.join(out, "timeline.json"))).toBe(timeline);
  });

  it("starts an extract thread ahead only when an article changed since the index was written", async () => {
    const inbox = await inboxOf("ahead");
    const out = path.join(tmp, "out-ahead");
    await settle();
    const start = vi.spyOn(ExtractPool.prototype, "start");
    try {
      await runInbox({ inbox, out, threads: 1 });
      expect(start).toHaveBeenCalledTimes(1);
      start.mockClear();
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ unread: 2 });
      expect(start).not.toHaveBeenCalled();
      await fs.writeFile(path.join(inbox, "late.txt"), (await read(path.join(inbox, files[0]))) + "\nA later paragraph, added by hand.\n");
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 1, unread: 2 });
      expect(start).toHaveBeenCalledTimes(1);
    } finally {
      start.mockRestore();
    }
  });

  it("stops the thread it started ahead as soon as no article needs reading (one removed), and not when one does", async () => {
    const inbox = await inboxOf("removed");
    const out = path.join(tmp, "out-removed");
    const extra = path.join(inbox, "extra.txt");
    await fs.writeFile(extra, (await read(path.join(inbox, files[0]))) + "\nOne more paragraph, of this copy alone.\n");
    await settle();
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 3 });
    const timeline = await read(path.join(out, "timeline.json"));
    const start = vi.spyOn(ExtractPool.prototype, "start");
    const close = vi.spyOn(ExtractPool.prototype, "close");
    try {
      // the folder changed (a thread starts ahead), but every file left is as the index has it: closed
      // at once, then again as the run ends
      await fs.rm(extra);
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, unread: 2, errors: [] });
      expect(start).toHaveBeenCalledTimes(1);
      expect(close).toHaveBeenCalledTimes(2);
      expect(await read(path.join(out, "timeline.json"))).not.toBe(timeline);
      // a file added: the thread it started is the one that extracts it, closed once, at the end
      start.mockClear();
      close.mockClear();
      await fs.writeFile(extra, (await read(path.join(inbox, files[0]))) + "\nOne more paragraph, of this copy alone.\n");
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 1, unread: 2, errors: [] });
      expect(start).toHaveBeenCalledTimes(1);
      expect(close).toHaveBeenCalledTimes(1);
      expect(await read(path.join(out, "timeline.json"))).toBe(timeline);
    } finally {
      start.mockRestore();
      close.mockRestore();
    }
  });

  it("re-extracts a file rewritten with other content of the same size, even with its old mtime put back", async () => {
    const inbox = await inboxOf("rewritten");
    const out = path.join(tmp, "out-rewritten");
    await settle();
    await runInbox({ inbox, out, threads: 1 });
    const f = path.join(inbox, files[1]);
    const before = await fs.stat(f);
    const text = await read(f);
    // the same bytes, one letter changed: the same size
    const i = text.indexOf("a");
    const changed = text.slice(0, i) + "e" + text.slice(i + 1);
    expect(Buffer.byteLength(changed)).toBe(before.size);
    await fs.writeFile(f, changed);
    await fs.utimes(f, before.atime, before.mtime);
    await settle();
    reads.splice(0);
    const again = await runInbox({ inbox, out, threads: 1 });
    expect(reads).toEqual([files[1]]);
    expect(again).toMatchObject({ processed: 1, reused: 1, unread: 1 });
  });

  it("reuses a touched file with the same content after reading it once, and then stops reading it", async () => {
    const inbox = await inboxOf("touched");
    const out = path.join(tmp, "out-touched");
    await settle();
    await runInbox({ inbox, out, threads: 1 });
    const f = path.join(inbox, files[0]);
    await fs.utimes(f, new Date(), new Date(Date.now() - 60_000));
    await settle();
    reads.splice(0);
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 2, unread: 1 });
    expect(reads).toEqual([files[0]]);
    reads.splice(0);
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 2, unread: 2 });
    expect(reads).toEqual([]);
  });

  it("reads a file again when its sidecar changes, appears or goes", async () => {
    const inbox = await inboxOf("sidecar");
    const out = path.join(tmp, "out-sidecar");
    await settle();
    await runInbox({ inbox, out, threads: 1 });
    const side = path.join(inbox, files[0].replace(/\.txt$/, ".meta.json"));
    const original = await read(side);
    await fs.rm(side);
    await settle();
    reads.splice(0);
    await runInbox({ inbox, out, threads: 1 });
    expect(reads).toEqual([files[0]]);
    await fs.writeFile(side, original);
    await settle();
    reads.splice(0);
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ unread: 1 });
    expect(reads).toEqual([files[0]]);
  });

  it("stamps a file that was too fresh when the run began once it has settled, before reading it: the next run does not read it", async () => {
    const inbox = await inboxOf("settling");
    const out = path.join(tmp, "out-settling");
    await settle();
    // both files too fresh to stamp when the run stamps the inbox, settled by the time they are read
    unsettled.left = files.length;
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 2, unread: 0 });
    expect(unsettled.left).toBe(0);
    reads.splice(0);
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 2, unread: 2 });
    expect(reads).toEqual([]);
  });

  it("a second add-one in a row reads only the added file and reuses the index and reconcile's cache, as the first did", async () => {
    // #13: an output folder whose last run was itself an add-one must be as cheap to add to as one
    // left by a full run: no stored record re-read, only the added file opened, reconcile's
    // steps the added article does not feed taken from the cache, and the outputs those of a full run
    const inbox = await inboxOf("add-twice");
    const out = path.join(tmp, "out-add-twice");
    const added = ["cluster-eu-tunisia-2023-07", "cluster-italy-albania-2023-11"];
    const add = async (name: string) => {
      for (const ext of [".txt", ".meta.json"]) await fs.copyFile(path.join("fixtures/articles", name + ext), path.join(inbox, name + ext));
      await settle();
    };
    // what reconcile computed and found in its cache, each run (read as the run saves the cache)
    const steps: { computed: number; reused: number }[] = [];
    const save = ReconcileCache.prototype.save;
    const spy = vi.spyOn(ReconcileCache.prototype, "save").mockImplementation(async function (this: InstanceType<typeof ReconcileCache>, dir: string) {
      steps.push({ ...this.last });
      return save.call(this, dir);
    });
    try {
      await settle();
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 2, unread: 0 });
      for (const [i, name] of added.entries()) {
        await add(name);
        reads.splice(0);
        const fromRecords = indexStats.madeFromRecords;
        const run = await runInbox({ inbox, out, threads: 1 });
        expect(run).toMatchObject({ processed: 1, reused: files.length + i, unread: files.length + i });
        expect(reads).toEqual([`${name}.txt`]);
        expect(indexStats.madeFromRecords).toBe(fromRecords);
        // some steps found in the cache (a reconcile from scratch finds none)
        expect(steps.at(-1)!.reused).toBeGreaterThan(0);
      }
    } finally {
      spy.mockRestore();
    }
    // the same outputs as a full run over the same inbox into an empty folder
    const fresh = path.join(tmp, "out-add-twice-fresh");
    expect(await runInbox({ inbox, out: fresh, threads: 1 })).toMatchObject({ processed: files.length + added.length, reused: 0 });
    for (const f of ["timeline.json", "conflicts.json", "conflicts.md", "report.html", "errors.json"]) expect(await read(path.join(out, f)), f).toBe(await read(path.join(fresh, f)));
  });

  it("keeps no stamp for a file changed moments ago (it could change again within the same tick)", async () => {
    const inbox = await inboxOf("fresh");
    expect(await stampInboxArticle(inbox, files[0])).toBeUndefined();
    await settle();
    const stamp = await stampInboxArticle(inbox, files[0]);
    expect(stamp?.file.size).toBe((await fs.stat(path.join(inbox, files[0]))).size);
    expect(stamp?.sidecar).not.toBeNull();
    // a fresh sidecar is as untrusted as a fresh article file
    await fs.appendFile(path.join(inbox, files[0].replace(/\.txt$/, ".meta.json")), " ");
    expect(await stampInboxArticle(inbox, files[0])).toBeUndefined();
    await fs.rm(path.join(inbox, files[0].replace(/\.txt$/, ".meta.json")));
    expect((await stampInboxArticle(inbox, files[0]))?.sidecar).toBeNull();
  });
});
