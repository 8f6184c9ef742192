// Adding one article to a reconciled inbox, with reconcile's cache (issue 13 item 5): at 4n
// articles it takes at most 6× what it takes at n (the best of three runs each; ratios, never
// absolute times): the cache keeps each agreement group's result, so what is left
// grows linearly. (Issue 13 wants it flat; the entity merge and the events are still rebuilt from
// every contribution, so it is not yet.) Contributions of synthetic articles that name the same
// agreements and people (bench/generate.ts), as in reconcile-linear.test.ts.
import { describe, expect, it } from "vitest";
import { mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";
import { contribution as copyOf, templates } from "./support/contributions.js";

const records = await templates();
const contribution = (i: number): Contribution => copyOf(records, i);

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
