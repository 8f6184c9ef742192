// Reconcile grows linearly with the number of articles (issue 13): contributions of synthetic
// articles that name the same agreements and people (bench/generate.ts), so groups grow with the
// inbox, merged at n and 4n articles. Ratios, never absolute times: 4× the articles within 6× the
// time (the best of three runs each), so a busy machine does not fail the test but a pass over
// every pair of an agreement's claims does.
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { contributionOf, mergeContributions, type Contribution } from "../pipeline/reconcile/index.js";
import type { ArticleRecord } from "../pipeline/schemas.js";

const enc = new TextEncoder();
const TEMPLATES = 60;
const records: ArticleRecord[] = [];
for (let i = 1; i <= TEMPLATES; i++) {
  const a = syntheticArticle(i, 400);
  records.push(await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published })));
}

/** `n` contributions: the templates again under new names, published a day apart per round. */
function contributions(n: number): Contribution[] {
  return Array.from({ length: n }, (_, i) => {
    const r = records[i % TEMPLATES];
    const round = Math.floor(i / TEMPLATES);
    const day = new Date(Date.parse(r.published.value ?? "2020-01-01") + round * 864e5).toISOString().slice(0, 10);
    return contributionOf({ ...r, source: { ...r.source, file: `copy-${String(i).padStart(5, "0")}.txt` }, published: { ...r.published, value: day } });
  });
}

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
