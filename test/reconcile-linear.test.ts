// Reconcile grows linearly with the number of articles (issue 13): contributions of synthetic
// articles that name the same agreements and people (bench/generate.ts), so groups grow with the
// inbox, merged at n and 4n articles. Ratios, never absolute times: 4× the articles within 6× the
// time (the best of three runs each), so a busy machine does not fail the test but a pass over
// every pair of an agreement's claims does.
import { describe, expect, it } from "vitest";
import { mergeContributions, type Contribution } from "../pipeline/reconcile/index.js";
import { contribution, templates } from "./support/contributions.js";

const records = await templates();
/** `n` contributions: the templates again under new names, published a day apart per round. */
const contributions = (n: number): Contribution[] => Array.from({ length: n }, (_, i) => contribution(records, i));

function best(cs: Contribution[]): number {
  let ms = Infinity;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    mergeContributions(cs);
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

describe("reconcile at n and 4n articles", () => {
  // 6×, the margin the other growth tests give a loaded machine: linear work measured 4.5× here once on CI
  // (garbage collection at the larger size); a pass over every pair of claims grows 16×
  it("takes at most 6× the time for 4× the articles", { timeout: 120_000 }, () => {
    const small = contributions(300);
    const large = contributions(1200);
    mergeContributions(small); // warm-up
    const a = best(small);
    const b = best(large);
    expect(mergeContributions(large).timeline.agreements.length).toBeGreaterThan(0);
    expect(b / a).toBeLessThan(6);
  });
});
