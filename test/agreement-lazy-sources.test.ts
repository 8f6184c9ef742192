// An agreement reconcile's cache gives makes its events' sources (most of its objects) only when
// something reads them: a re-run that adds one article reads the sources of the agreements it
// changed, not of the others, whose pieces of the outputs come from the render cache. Read or not,
// the timeline is the same: the same JSON, the same files, a copy that shares what was made.
import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { applyDecisions } from "../pipeline/decisions.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { contributionOf, copyEvent, mergeContributions, ReconcileCache, sourceFilesOf, type Contribution } from "../pipeline/reconcile/index.js";
import type { TimelineEvent } from "../pipeline/schemas.js";

const enc = new TextEncoder();
const pool: Contribution[] = [];
for (let i = 1; i <= 12; i++) {
  const a = syntheticArticle(i, 300);
  pool.push(contributionOf(await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published }))));
}
const opts = { reference: REFERENCE_OFFICIALS };

/** Whether an event's sources are still to be made (an accessor, not a value). */
const unmade = (e: TimelineEvent) => typeof Object.getOwnPropertyDescriptor(e, "sources")?.get === "function";
const eventsOf = (r: ReturnType<typeof mergeContributions>) => r.timeline.agreements.flatMap((a) => a.events);

describe("an unchanged agreement's sources", () => {
  it("are made only when read, and are then what a reconcile without the cache gives", () => {
    const cache = new ReconcileCache();
    mergeContributions(pool, opts, cache);
    const again = mergeContributions(pool, opts, cache);
    const plain = mergeContributions(pool, opts);
    const events = eventsOf(again);
    expect(events.length).toBeGreaterThan(3);
    expect(events.every(unmade)).toBe(true);
    // the files without the sources
    expect(events.map((e) => [...sourceFilesOf(e)])).toEqual(eventsOf(plain).map((e) => e.sources.map((s) => s.file)));
    expect(events.every(unmade)).toBe(true);
    // read: a plain value from then on, equal to the uncached one, in the same place among the keys
    expect(JSON.stringify(again.timeline)).toBe(JSON.stringify(plain.timeline));
    expect(events.some(unmade)).toBe(false);
    expect(events.map((e) => Object.keys(e))).toEqual(eventsOf(plain).map((e) => Object.keys(e)));
  });

  it("stay unmade in a copy (copyEvent), which shares them once made", () => {
    const cache = new ReconcileCache();
    mergeContributions(pool, opts, cache);
    const [e] = eventsOf(mergeContributions(pool, opts, cache));
    const copy = copyEvent(e);
    expect(unmade(copy)).toBe(true);
    expect(Object.keys(copy)).toEqual(Object.keys(e));
    expect(copy.sources).toBe(e.sources);
    expect(unmade(e)).toBe(false);
  });

  it("written in a copy, change that copy alone", () => {
    const cache = new ReconcileCache();
    mergeContributions(pool, opts, cache);
    const [e] = eventsOf(mergeContributions(pool, opts, cache));
    const copy = copyEvent(e);
    copy.sources = [];
    expect(copy.sources).toEqual([]);
    expect(unmade(e)).toBe(true);
    expect(e.sources.length).toBeGreaterThan(0);
  });

  it("stay unmade when the decisions are applied with none decided, and are copied as they are", () => {
    const cache = new ReconcileCache();
    mergeContributions(pool, opts, cache);
    const result = mergeContributions(pool, opts, cache);
    const decided = applyDecisions(result, []);
    expect(eventsOf({ ...result, timeline: decided.timeline }).every(unmade)).toBe(true);
    expect(JSON.stringify(decided.timeline)).toBe(JSON.stringify(mergeContributions(pool, opts).timeline));
  });

  it("are plain values without a cache (nothing to make later), and sourceFilesOf reads them", () => {
    const events = eventsOf(mergeContributions(pool, opts));
    expect(events.some(unmade)).toBe(false);
    for (const e of events) expect(sourceFilesOf(e)).toEqual(e.sources.map((s) => s.file));
    const copy = copyEvent(events[0]);
    expect(copy).toEqual(events[0]);
    expect(copy).not.toBe(events[0]);
  });
});
