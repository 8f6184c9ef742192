// Adding one article to a reconciled inbox, with reconcile's cache (issue 13 item 5): at 4n
// articles it takes at most 6× what it takes at n (the best of three runs each; ratios, never
// absolute times): the cache keeps each agreement group's result, so what is left
// grows linearly. (Issue 13 wants it flat; the entity merge and the events are still rebuilt from
// every contribution, so it is not yet.) Contributions of synthetic articles that name the same
// agreements and people (bench/generate.ts), as in reconcile-linear.test.ts.
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { contributionOf, mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import type { ArticleRecord } from "../pipeline/schemas.js";

const enc = new TextEncoder();
const TEMPLATES = 60;
const records: ArticleRecord[] = [];
for (let i = 1; i <= TEMPLATES; i++) {
  const a = syntheticArticle(i, 400);
  records.push(await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published })));
}

/** Article `i`: a template again under a new name, published a day later per round. */
function contribution(i: number): Contribution {
  const r = records[i % TEMPLATES];
  const round = Math.floor(i / TEMPLATES);
  const day = new Date(Date.parse(r.published.value ?? "2020-01-01") + round * 864e5).toISOString().slice(0, 10);
  return contributionOf({ ...r, source: { ...r.source, file: `copy-${String(i).padStart(5, "0")}.txt` }, published: { ...r.published, value: day } });
}

/** Best of three: reconcile `n` articles with a warm cache, then time adding article n. */
function addOne(n: number): { ms: number; cache: ReconcileCache } {
  const cs = Array.from({ length: n }, (_, i) => contribution(i));
  let ms = Infinity;
  const cache = new ReconcileCache();
  // as `run` keys them: each file by its record's content id and fingerprint (here: its name and round)
  const keys = (list: Contribution[]) => new Map(list.map((c) => [c.file, `${c.file}/synthetic`]));
  for (let k = 0; k < 3; k++) {
    mergeContributions(cs, {}, cache, keys(cs));
    const t0 = performance.now();
    const next = [...cs, contribution(n + k)];
    mergeContributions(next, {}, cache, keys(next));
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, cache };
}

describe("adding one article at n and 4n articles", () => {
  // the entity merge is still rebuilt from every contribution, so add-one is linear, not yet flat: 4× the
  // articles within 6× the time, the margin the other growth tests give a loaded machine
  it("takes at most 6× the time for 4× the articles", { timeout: 180_000 }, () => {
    addOne(100); // warm-up
    const small = addOne(300);
    const large = addOne(1200);
    expect(large.cache.last.reused).toBeGreaterThan(0);
    console.log(`add one: ${small.ms.toFixed(0)} ms at 300, ${large.ms.toFixed(0)} ms at 1200 (${(large.ms / small.ms).toFixed(2)}×)`);
    expect(large.ms / small.ms).toBeLessThan(6);
  });
});
