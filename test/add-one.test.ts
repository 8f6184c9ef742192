// Adding one article to an output folder and running again gives the same output files, byte for
// byte, as a run from scratch on the same inbox: whatever a run reuses from the last one (the
// index, its stamps, cached pieces of the reports) never shows in what it writes.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeInbox } from "../bench/generate.js";
import { SETTLED_MS } from "../pipeline/inbox.js";
import { RENDER_CACHE_FILE } from "../pipeline/render-cache.js";
import { runInbox } from "../pipeline/run.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-add-one-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const FIXTURES = ["cluster-uk-rwanda-2022-04", "cluster-uk-rwanda-2023-11", "cluster-italy-albania-2023-11", "cluster-us-guatemala-2019-11"];
const settle = () => new Promise((r) => setTimeout(r, SETTLED_MS + 100));

async function copyFixture(inbox: string, name: string) {
  for (const ext of [".txt", ".meta.json"]) await fs.copyFile(path.join("fixtures/articles", name + ext), path.join(inbox, name + ext));
}

/** Every file of an output folder (hidden files and temporaries aside: they are the folder's own bookkeeping) and its bytes. */
async function outputFiles(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string) => {
    for (const e of await fs.readdir(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else files.set(path.relative(out, p), await fs.readFile(p, "utf8"));
    }
  };
  await walk(out);
  return files;
}

async function expectSameOutputs(out: string, inbox: string, name: string) {
  const fresh = path.join(tmp, `${name}-fresh`);
  await fs.mkdir(fresh, { recursive: true });
  const decisions = await fs.readFile(path.join(out, "decisions.json"), "utf8").catch(() => undefined);
  if (decisions !== undefined) await fs.writeFile(path.join(fresh, "decisions.json"), decisions);
  await runInbox({ inbox, out: fresh, threads: 1 });
  const a = await outputFiles(out);
  const b = await outputFiles(fresh);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [file, bytes] of b) expect(a.get(file), file).toBe(bytes);
}

describe("adding one article", () => {
  it("writes the same outputs as a run from scratch, and so does removing one", async () => {
    const inbox = path.join(tmp, "inbox");
    const out = path.join(tmp, "out");
    await fs.mkdir(inbox, { recursive: true });
    await writeInbox(inbox, 1, 12);
    for (const f of FIXTURES.slice(0, 3)) await copyFixture(inbox, f);
    await settle();
    await runInbox({ inbox, out, threads: 1 });
    const conflicts = JSON.parse(await fs.readFile(path.join(out, "conflicts.json"), "utf8")) as { id: string }[];
    expect(conflicts.length).toBeGreaterThan(1);
    // a reviewer's decision is applied to the incremental run as to the fresh one
    await fs.writeFile(path.join(out, "decisions.json"), JSON.stringify([{ conflict: conflicts[0].id, decision: "reject", at: "2026-01-01T00:00:00Z" }]));
    await runInbox({ inbox, out, threads: 1 });

    await writeInbox(inbox, 13, 13);
    await copyFixture(inbox, FIXTURES[3]);
    await settle();
    const added = await runInbox({ inbox, out, threads: 1 });
    expect(added).toMatchObject({ processed: 2 });
    await expectSameOutputs(out, inbox, "added");

    await fs.rm(path.join(inbox, FIXTURES[0] + ".txt"));
    await fs.rm(path.join(inbox, "synthetic-00005.txt"));
    await settle();
    await runInbox({ inbox, out, threads: 1 });
    await expectSameOutputs(out, inbox, "removed");
  }, 120_000);

  it("reuses the rendered cards of an unchanged run, and ignores a broken or stale cache", async () => {
    const inbox = path.join(tmp, "inbox-cache");
    const out = path.join(tmp, "out-cache");
    await fs.mkdir(inbox, { recursive: true });
    await writeInbox(inbox, 20, 27);
    for (const f of FIXTURES) await copyFixture(inbox, f);
    await settle();
    await runInbox({ inbox, out, threads: 1 });
    const map = path.join(out, RENDER_CACHE_FILE);
    const dataOf = async () => (await fs.readdir(out)).filter((f) => /^\.render-cache\..*\.data$/.test(f)).map((f) => path.join(out, f));
    const [data] = await dataOf();
    const size = (await fs.stat(data)).size;
    const pieces = Object.keys(JSON.parse(await fs.readFile(map, "utf8")).pieces).length;
    expect(pieces).toBeGreaterThan(5);
    // nothing changed: every piece comes from the cache, none is added
    await runInbox({ inbox, out, threads: 1 });
    expect(await dataOf()).toEqual([data]);
    expect((await fs.stat(data)).size).toBe(size);

    const breakings: Array<[string, () => Promise<void>]> = [
      ["a map that is not JSON", () => fs.writeFile(map, "{not json")],
      ["a map whose pieces point elsewhere", async () => {
        const m = JSON.parse(await fs.readFile(map, "utf8"));
        const entries = Object.entries(m.pieces) as [string, [number, number]][];
        // every piece moved to its neighbour's place: right frame sizes, wrong keys
        m.pieces = Object.fromEntries(entries.map(([k], i) => [k, entries[(i + 1) % entries.length][1]]));
        await fs.writeFile(map, JSON.stringify(m));
      }],
      ["a data file cut short", async () => {
        const [d] = await dataOf();
        await fs.truncate(d, Math.floor((await fs.stat(d)).size / 2));
      }],
      ["a data file written over", async () => {
        const [d] = await dataOf();
        const st = await fs.stat(d);
        await fs.writeFile(d, Buffer.alloc(st.size, 0x78));
      }],
    ];
    for (const [what, breakIt] of breakings) {
      await breakIt();
      await runInbox({ inbox, out, threads: 1 });
      await expectSameOutputs(out, inbox, `cache-${what.replace(/\W+/g, "-")}`);
    }
  }, 120_000);
});
