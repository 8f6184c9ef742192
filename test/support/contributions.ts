// Reconcile contributions of synthetic articles for the growth tests (reconcile-linear,
// reconcile-add-linear): 60 articles of bench/generate.ts, extracted once, named again and published
// a day later per round, so agreement groups and people recur and grow with the number of articles.
import { syntheticArticle } from "../../bench/generate.js";
import { extract } from "../../pipeline/extract.js";
import { ingest } from "../../pipeline/ingest.js";
import { contributionOf, type Contribution } from "../../pipeline/reconcile/index.js";
import type { ArticleRecord } from "../../pipeline/schemas.js";

const TEMPLATES = 60;
let records: ArticleRecord[] | undefined;

/** The templates' records, extracted on first use. */
export async function templates(): Promise<ArticleRecord[]> {
  if (records) return records;
  const enc = new TextEncoder();
  const out: ArticleRecord[] = [];
  for (let i = 1; i <= TEMPLATES; i++) {
    const a = syntheticArticle(i, 400);
    out.push(await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published })));
  }
  return (records = out);
}

/** Article `i`: a template again under a new name, published a day later per round. */
export function contribution(list: readonly ArticleRecord[], i: number): Contribution {
  const r = list[i % list.length];
  const round = Math.floor(i / list.length);
  const day = new Date(Date.parse(r.published.value ?? "2020-01-01") + round * 864e5).toISOString().slice(0, 10);
  return contributionOf({ ...r, source: { ...r.source, file: `copy-${String(i).padStart(5, "0")}.txt` }, published: { ...r.published, value: day } });
}
