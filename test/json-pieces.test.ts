import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cachedJsonChunks, compactChunks, jsonHash } from "../pipeline/json-pieces.js";
import { jsonOf, RenderCache } from "../pipeline/render-cache.js";
import { renderReport, renderReportChunks } from "../pipeline/report.js";
import { toJson } from "../pipeline/store.js";
import type { Conflict, Timeline } from "../pipeline/schemas.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-json-pieces-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const text = (chunks: Iterable<string | Buffer>) => Buffer.concat([...chunks].map((c) => (typeof c === "string" ? Buffer.from(c) : c))).toString("utf8");
const timelineFixture = async () => JSON.parse(await fs.readFile("fixtures/expected/timeline.json", "utf8")) as Timeline;
const conflictsFixture = async () => JSON.parse(await fs.readFile("fixtures/expected/conflicts.json", "utf8")) as Conflict[];

describe("compactChunks", () => {
  it("gives JSON.stringify's text in pieces, and jsonHash the hash jsonOf gives", async () => {
    const odd = [[], {}, [1, [2, { a: [] }]], { x: undefined, y: () => 1, z: "q\n“é”" }, undefined, { d: new Date(0), s: Symbol("s") }];
    for (const v of [await timelineFixture(), await conflictsFixture(), odd, { a: odd }])
      for (const levels of [0, 1, 2, 5]) {
        expect([...compactChunks(v, levels)].join("")).toBe(JSON.stringify(v));
        expect(jsonHash(v, levels)).toBe(jsonOf(structuredClone(JSON.parse(JSON.stringify(v)))));
      }
  });
});

describe("cachedJsonChunks", () => {
  it("writes toJson's bytes, then the same bytes from the cache, and an item that changed afresh", async () => {
    const dir = path.join(tmp, "cache");
    await fs.mkdir(dir, { recursive: true });
    const timeline = await timelineFixture();
    const conflicts = await conflictsFixture();
    expect(timeline.agreements.length).toBeGreaterThan(1);
    // without a cache, and with an empty one
    expect(text(cachedJsonChunks(timeline, ["agreements", "entities"], undefined, "timeline"))).toBe(toJson(timeline));
    for (let run = 0; run < 3; run++) {
      const cache = await RenderCache.open(dir);
      if (run === 2) timeline.agreements[1].name += " (renamed)";
      const chunks = [...cachedJsonChunks(timeline, ["agreements", "entities"], cache, "timeline")];
      expect(text(chunks)).toBe(toJson(timeline));
      const copied = chunks.filter((c) => Buffer.isBuffer(c)).length;
      // run 0 renders every item; run 1 copies them all; run 2 all but the renamed agreement
      expect(copied).toBe(run === 0 ? 0 : timeline.agreements.length + timeline.entities.length - (run === 2 ? 1 : 0));
      expect(text(cachedJsonChunks(conflicts, [], cache, "conflicts"))).toBe(toJson(conflicts));
      await cache.save();
    }
    for (const v of [[], {}, { agreements: [], entities: [] }, [null, 1, "x", { a: 1 }]]) expect(text(cachedJsonChunks(v, ["agreements"], undefined, "x"))).toBe(toJson(v));
  });

  it("renders a piece afresh when the cache data does not hold it (a broken cache costs time, never wrong output)", async () => {
    const dir = path.join(tmp, "broken");
    await fs.mkdir(dir, { recursive: true });
    const conflicts = await conflictsFixture();
    let cache = await RenderCache.open(dir);
    expect(text(cachedJsonChunks(conflicts, [], cache, "conflicts"))).toBe(toJson(conflicts));
    await cache.save();
    // overwrite the data file's bytes in place, keeping its size and times
    const data = (await fs.readdir(dir)).find((f) => f.endsWith(".data"))!;
    const file = path.join(dir, data);
    const st = await fs.stat(file);
    const fh = await fs.open(file, "r+");
    await fh.write(Buffer.alloc(st.size, "x"), 0, st.size, 0);
    await fh.close();
    await fs.utimes(file, st.atime, st.mtime);
    cache = await RenderCache.open(dir);
    expect(text(cachedJsonChunks(conflicts, [], cache, "conflicts"))).toBe(toJson(conflicts));
    cache.close();
  });
});

describe("renderReportChunks", () => {
  it("joins to the report as one string would be: blank lines made one, the end trimmed", async () => {
    const timeline = await timelineFixture();
    const conflicts = await conflictsFixture();
    const md = [...renderReportChunks(conflicts, timeline)].join("");
    expect(md).toBe(renderReport(conflicts, timeline));
    expect(md).not.toMatch(/\n\n\n/);
    expect(md.endsWith("\n") && !md.endsWith("\n\n")).toBe(true);
  });

  it("copies a cached block's bytes as they are only when the string path would leave them so", async () => {
    const timeline = await timelineFixture();
    const conflicts = await conflictsFixture();
    // a cache that gives every piece as rendered, changed by `warp`: as bytes, or as text (the string path)
    const stub = (asBytes: boolean, warp: (s: string) => string) => ({
      pieces: {
        cache: { bytes: (_k: string, render: () => string) => (asBytes ? Buffer.from(warp(render())) : warp(render())), text: (_k: string, render: () => string) => warp(render()), pieceKeyOf: (_v: object, _kind: string, _extra: string, key: () => string) => key() } as unknown as RenderCache,
        sourceKey: () => "k",
      },
    });
    const warps = [(s: string) => s, (s: string) => `${s}\n\n\n`, (s: string) => `  ${s}`, (s: string) => s.replace("\n", "\n\n\n\n"), (s: string) => `é${s} `, (s: string) => `${s}\u00a0`, () => "\n\n"];
    for (const warp of warps) {
      const chunks = [...renderReportChunks(conflicts, timeline, stub(true, warp))];
      expect(text(chunks)).toBe(text(renderReportChunks(conflicts, timeline, stub(false, warp))));
      if (warp === warps[0]) expect(chunks.some((c) => Buffer.isBuffer(c))).toBe(true);
    }
    expect(text(renderReportChunks(conflicts, timeline, stub(true, warps[0])))).toBe(renderReport(conflicts, timeline));
  });
});

describe("applyDecisions without decisions", () => {
  it("keeps the marks reconcile set when they still hold, and marks afresh when the conflicts changed since", async () => {
    const { applyDecisions } = await import("../pipeline/decisions.js");
    const { markDisputes } = await import("../pipeline/disputes.js");
    const timeline = await timelineFixture();
    const conflicts = (await conflictsFixture()).map((c) => ({ ...c, review: null }));
    expect(conflicts.some((c) => c.type === "date_conflict" || c.type === "status_conflict")).toBe(true);
    const fresh = (t: Timeline, cs: Conflict[]) => {
      const copy = structuredClone({ timeline: t, conflicts: cs });
      for (const a of copy.timeline.agreements) for (const e of a.events) e.conflicts = ["stale"];
      markDisputes(copy.timeline, copy.conflicts);
      return toJson(copy.timeline);
    };
    markDisputes(timeline, conflicts);
    const expected = fresh(timeline, conflicts);
    expect(toJson(applyDecisions({ timeline, conflicts }, []).timeline)).toBe(expected);
    // a decision on a conflict that is gone changes nothing
    expect(toJson(applyDecisions({ timeline, conflicts }, [{ conflict: "gone", decision: "reject", at: "2026-01-01T00:00:00Z" }]).timeline)).toBe(expected);
    // the list changed after marking: the marks are made again, not trusted
    const disputing = conflicts.findIndex((c) => c.type === "date_conflict" || c.type === "status_conflict");
    conflicts.splice(disputing, 1);
    expect(fresh(timeline, conflicts)).not.toBe(expected);
    expect(toJson(applyDecisions({ timeline, conflicts }, []).timeline)).toBe(fresh(timeline, conflicts));
  });
});

describe("RenderCache.bytes", () => {
  it("gives a piece rendered now as its text, and the same bytes from the cache in the next run", async () => {
    const dir = path.join(tmp, "bytes");
    await fs.mkdir(dir, { recursive: true });
    const piece = "“card” é ✓\n".repeat(50);
    let cache = await RenderCache.open(dir);
    expect(cache.bytes("k1", () => piece)).toBe(piece);
    expect(cache.text("k2", () => "second")).toBe("second");
    // asked again in the same run: read back from what was appended
    expect(text([cache.bytes("k1", () => "other")])).toBe(piece);
    await cache.save();
    cache = await RenderCache.open(dir);
    let rendered = 0;
    const again = cache.bytes("k1", () => (rendered++, "other"));
    expect(Buffer.isBuffer(again) && again.toString("utf8")).toBe(piece);
    expect(cache.text("k2", () => (rendered++, "other"))).toBe("second");
    expect(rendered).toBe(0);
    cache.close();
  });
});

describe("RenderCache block reads", () => {
  it("reads pieces a block at a time, yet renders afresh the one piece whose bytes were damaged, and one the map puts past the end", async () => {
    const dir = path.join(tmp, "blocks");
    await fs.mkdir(dir, { recursive: true });
    // enough pieces to span several blocks of 1 MB, a few of them larger than a block
    const pieceOf = (i: number) => `<card ${i}> “é” ✓ `.repeat(i % 17 === 0 ? 70_000 : 300 + (i % 5));
    const keys = Array.from({ length: 400 }, (_, i) => `piece-${i}`);
    let cache = await RenderCache.open(dir);
    for (const [i, k] of keys.entries()) cache.bytes(k, () => pieceOf(i));
    await cache.save();
    // damage one piece's frame in place, keeping the data file's size (and the map's stamp of it, below)
    const data = path.join(dir, (await fs.readdir(dir)).find((f) => f.endsWith(".data"))!);
    const st = await fs.stat(data);
    const all = await fs.readFile(data);
    const at = all.indexOf("\npiece-200\n");
    const fh = await fs.open(data, "r+");
    await fh.write(Buffer.from("X"), 0, 1, at + 1);
    await fh.close();
    // and point one piece of the map past the end of the data
    const mapFile = path.join(dir, ".render-cache.json");
    const map = JSON.parse(await fs.readFile(mapFile, "utf8"));
    map.pieces["piece-300"] = [st.size - 10, 1000];
    const now = await fs.stat(data);
    map.stamp = { size: now.size, mtimeMs: now.mtimeMs, ino: now.ino };
    await fs.writeFile(mapFile, JSON.stringify(map));
    cache = await RenderCache.open(dir);
    const rendered: string[] = [];
    for (const [i, k] of keys.entries()) expect(text([cache.bytes(k, () => (rendered.push(k), pieceOf(i)))])).toBe(pieceOf(i));
    expect(rendered).toEqual(["piece-200", "piece-300"]);
    cache.close();
  });
});
