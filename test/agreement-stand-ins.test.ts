// An agreement reconcile's cache gave is keyed in the render cache by that cache key and its events'
// dispute marks instead of a hash of its JSON (issue 13: timeline.json is mostly agreements, and
// hashing them cost more than copying them). The key must change whenever the agreement's JSON can:
// when its claims change, when its marks change, and never be used once a decision changed it.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { applyDecisions, noteAgreementStandIns } from "../pipeline/decisions.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { cachedJsonChunks } from "../pipeline/json-pieces.js";
import { contributionOf, mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import { RenderCache, standInHash } from "../pipeline/render-cache.js";
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
    noteAgreementStandIns(result, decided);
    expect(decided.timeline.agreements.length).toBeGreaterThan(1);
    for (const a of decided.timeline.agreements) expect(standInHash(a)).toMatch(/^~/);
    const plain = applyDecisions(mergeContributions(pool, opts), []);
    noteAgreementStandIns(mergeContributions(pool, opts), plain);
    for (const a of plain.timeline.agreements) expect(standInHash(a)).toBeUndefined();
    expect(JSON.stringify(decided.timeline)).toBe(JSON.stringify(plain.timeline));
  });

  it("change with an agreement's claims and with its dispute marks, and stay with neither changed", () => {
    const cache = new ReconcileCache();
    const keysOf = (cs: Contribution[], decisions: Decision[] = []) => {
      const result = mergeContributions(cs, opts, cache);
      const decided = applyDecisions(result, decisions);
      noteAgreementStandIns(result, decided);
      return { decided, keys: new Map(decided.timeline.agreements.map((a) => [a.id, standInHash(a)!])), json: new Map(decided.timeline.agreements.map((a) => [a.id, JSON.stringify(a)])) };
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
    noteAgreementStandIns(result, decided);
    for (const a of decided.timeline.agreements) expect(standInHash(a)).toBeUndefined();
  });

  it("write timeline.json's bytes as a hash of each agreement's JSON would", async () => {
    const cache = new ReconcileCache();
    const result = mergeContributions(pool, opts, cache);
    const decided = applyDecisions(result, []);
    noteAgreementStandIns(result, decided);
    const rendered = await RenderCache.open(tmp);
    const first = text(cachedJsonChunks(decided.timeline, ["agreements", "entities"], rendered, "timeline"));
    const again = text(cachedJsonChunks(decided.timeline, ["agreements", "entities"], rendered, "timeline"));
    await rendered.save();
    const plain = applyDecisions(mergeContributions(pool, opts), []);
    const expected = text(cachedJsonChunks(plain.timeline, ["agreements", "entities"], undefined, "timeline"));
    expect(first).toBe(expected);
    expect(again).toBe(expected);
  });
});
