// An agreement (or a conflict) reconcile's cache gave is keyed in the render cache by that cache key and its events'
// dispute marks instead of a hash of its JSON (issue 13: timeline.json is mostly agreements, and
// hashing them cost more than copying them). The key must change whenever the agreement's JSON can:
// when its claims change, when its marks change, and never be used once a decision changed it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { applyDecisions, noteStandIns } from "../pipeline/decisions.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { cachedJsonChunks } from "../pipeline/json-pieces.js";
import { contributionOf, mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import { RenderCache, standInOf } from "../pipeline/render-cache.js";
import { renderReportChunks } from "../pipeline/report.js";
import { renderHtmlChunks } from "../pipeline/report-html.js";
import type { Decision } from "../pipeline/schemas.js";

const enc = new TextEncoder();
const pool: Contribution[] = [];
for (let i = 1; i <= 16; i++) {
  const a = syntheticArticle(i, 300);
  pool.push(contributionOf(await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published }))));
}
const opts = { reference: REFERENCE_OFFICIALS };
const tmp = mkdtempSync(path.join(os.tmpdir(), "claimline-stand-ins-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const text = (chunks: Iterable<string | Buffer>) => [...chunks].map(String).join("");

describe("agreements keyed by reconcile's cache key", () => {
  it("have a stand-in with a cache, none without, and the same JSON either way", () => {
    const cache = new ReconcileCache();
    const result = mergeContributions(pool, opts, cache);
    const decided = applyDecisions(result, []);
    noteStandIns(result, decided);
    expect(decided.timeline.agreements.length).toBeGreaterThan(1);
    for (const a of decided.timeline.agreements) expect(standInOf(a)).toBeTypeOf("string");
    // conflicts of the cached steps have one too (name variants are worked out afresh: none)
    const cached = decided.conflicts.filter((c) => c.type !== "name_variant" && c.rule !== "title-vs-reference");
    expect(cached.length).toBeGreaterThan(0);
    for (const c of cached) expect(standInOf(c), c.rule).toBeTypeOf("string");
    const plain = applyDecisions(mergeContributions(pool, opts), []);
    noteStandIns(mergeContributions(pool, opts), plain);
    for (const a of plain.timeline.agreements) expect(standInOf(a)).toBeUndefined();
    expect(JSON.stringify(decided.timeline)).toBe(JSON.stringify(plain.timeline));
  });

  it("change with an agreement's (or a conflict's) claims and with its dispute marks or review, and stay with neither changed", () => {
    const cache = new ReconcileCache();
    const keysOf = (cs: Contribution[], decisions: Decision[] = []) => {
      const result = mergeContributions(cs, opts, cache);
      const decided = applyDecisions(result, decisions);
      noteStandIns(result, decided);
      // agreements and conflicts, by id
      const items = [...decided.timeline.agreements, ...decided.conflicts].filter((x) => standInOf(x));
      return { decided, keys: new Map(items.map((x) => [x.id, standInOf(x)!])), json: new Map(items.map((x) => [x.id, JSON.stringify(x)])) };
    };
    const after = keysOf(pool);
    expect(keysOf(pool).keys).toEqual(after.keys);
    // with any one article left out, an agreement's key is the same exactly when its JSON is
    let changed = 0;
    for (let k = 0; k < pool.length; k++) {
      const before = keysOf(pool.filter((_, i) => i !== k));
      for (const [id, key] of after.keys) {
        if (!before.keys.has(id)) continue;
        expect(key === before.keys.get(id), id).toBe(after.json.get(id) === before.json.get(id));
        if (key !== before.keys.get(id)) changed++;
      }
    }
    expect(changed).toBeGreaterThan(0);
    // a rejected conflict changes only marks: the key follows them
    const open = after.decided.conflicts.find((c) => after.decided.timeline.agreements.some((a) => a.events.some((e) => e.conflicts.includes(c.id))));
    expect(open).toBeDefined();
    const reject: Decision = { conflict: open!.id, decision: "reject", at: "2026-01-01T00:00:00.000Z" };
    const rejected = keysOf(pool, [reject]);
    for (const [id, key] of rejected.keys) expect(key === after.keys.get(id), id).toBe(rejected.json.get(id) === after.json.get(id));
    expect([...rejected.keys].some(([id, key]) => key !== after.keys.get(id))).toBe(true);
  });

  it("are not given once a decision is accepted (it may change any agreement's text)", () => {
    const cache = new ReconcileCache();
    const result = mergeContributions(pool, opts, cache);
    const c = result.conflicts[0];
    expect(c).toBeDefined();
    const decided = applyDecisions(result, [{ conflict: c.id, decision: "accept", at: "2026-01-01T00:00:00.000Z" }]);
    noteStandIns(result, decided);
    for (const a of decided.timeline.agreements) expect(standInOf(a)).toBeUndefined();
  });

  it("write timeline.json's and conflicts.json's bytes as a hash of each item's JSON would, the next run without serializing them", async () => {
    const cache = new ReconcileCache();
    const decide = () => {
      const result = mergeContributions(pool, opts, cache);
      const decided = applyDecisions(result, []);
      noteStandIns(result, decided);
      return decided;
    };
    const plain = applyDecisions(mergeContributions(pool, opts), []);
    const expected = [text(cachedJsonChunks(plain.timeline, ["agreements", "entities"], undefined, "timeline")), text(cachedJsonChunks(plain.conflicts, [], undefined, "conflicts"))];
    let hashed = 0;
    for (let run = 0; run < 3; run++) {
      const decided = decide();
      const rendered = await RenderCache.open(tmp);
      const jsonHashOf = rendered.jsonHashOf.bind(rendered);
      hashed = 0;
      rendered.jsonHashOf = (value, hash) => jsonHashOf(value, () => (standInOf(value) !== undefined && hashed++, hash()));
      const got = [text(cachedJsonChunks(decided.timeline, ["agreements", "entities"], rendered, "timeline")), text(cachedJsonChunks(decided.conflicts, [], rendered, "conflicts"))];
      await rendered.save();
      expect(got[0]).toBe(expected[0]);
      expect(got[1]).toBe(expected[1]);
      if (run === 0) expect(hashed).toBeGreaterThan(0);
    }
    // the same stand-ins the last run met: none of their items serialized to be hashed
    expect(hashed).toBe(0);
  });

  it("key conflicts.md's and report.html's pieces by the stand-in the next run (no item's JSON or sources hashed), with the same bytes", async () => {
    const cache = new ReconcileCache();
    const dir = mkdtempSync(path.join(tmp, "reports-"));
    const plain = applyDecisions(mergeContributions(pool, opts), []);
    const expected = [text(renderReportChunks(plain.conflicts, plain.timeline, {})), text(renderHtmlChunks(plain.conflicts, plain.timeline, {}))];
    let keyed = 0;
    for (let run = 0; run < 3; run++) {
      const result = mergeContributions(pool, opts, cache);
      const decided = applyDecisions(result, []);
      noteStandIns(result, decided);
      const rendered = await RenderCache.open(dir);
      const pieceKeyOf = rendered.pieceKeyOf.bind(rendered);
      keyed = 0;
      rendered.pieceKeyOf = (value, kind, extra, key) => pieceKeyOf(value, kind, extra, () => (standInOf(value) !== undefined && keyed++, key()));
      const pieces = { cache: rendered, sourceKey: (file: string) => `id-of-${file}` };
      const got = [text(renderReportChunks(decided.conflicts, decided.timeline, { pieces })), text(renderHtmlChunks(decided.conflicts, decided.timeline, { pieces }))];
      await rendered.save();
      expect(got[0]).toBe(expected[0]);
      expect(got[1]).toBe(expected[1]);
      if (run === 0) expect(keyed).toBeGreaterThan(0);
    }
    // every piece of an item with a stand-in the last run met: its key taken from there
    expect(keyed).toBe(0);
  });
});
