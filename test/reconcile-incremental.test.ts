// Reconcile with a cache gives exactly what reconcile without one gives (issue 13 item 5): random
// inboxes built from the fixture articles and synthetic ones (bench/generate.ts), articles added,
// changed and removed one at a time, the cache carried from step to step in memory and, in some
// runs, through its file (as a fresh `claimline run` finds it).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { extract } from "../pipeline/extract.js";
import { ingest, readArticleFile } from "../pipeline/ingest.js";
import { contributionOf, mergeContributions, ReconcileCache, type Contribution } from "../pipeline/reconcile/index.js";

const enc = new TextEncoder();
const fixtures = path.resolve(__dirname, "../fixtures/articles");
const { readdirSync } = await import("node:fs");
const files = readdirSync(fixtures).filter((f) => /^(cluster-|court-|000_|004_)/.test(f) && f.endsWith(".txt")).sort();
const pool: Contribution[] = [];
for (const f of files) pool.push(contributionOf(await extract(await ingest(await readArticleFile(path.join(fixtures, f))))));
for (let i = 1; i <= 24; i++) {
  const a = syntheticArticle(i, 300);
  pool.push(contributionOf(await extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published }))));
}

/** The pool's article `i`, as copy `copy` (another file, published `shift` days later): a new article with the same claims. */
function article(i: number, copy: number, shift: number): Contribution {
  const c = pool[i % pool.length];
  const file = copy ? c.file.replace(/\.txt$/, `-copy${copy}.txt`) : c.file;
  const day = (d: string | null) => (d && shift ? new Date(Date.parse(d) + shift * 864e5).toISOString().slice(0, 10) : d);
  const ev = <T extends { evidence: { file: string } }>(x: T) => ({ ...x, evidence: { ...x.evidence, file } });
  return {
    file,
    published: day(c.published),
    events: c.events.map((e) => ({ ...ev(e), published: day(e.published) })),
    names: c.names.map(ev),
    titles: c.titles.map((t) => ({ ...ev(t), published: day(t.published) })),
  };
}

/** The same article edited: its publication and its events' days moved by `shift` days, every claim where it was. */
function redated(c: Contribution, shift: number): Contribution {
  const day = (d: string | null) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? new Date(Date.parse(d) + shift * 864e5).toISOString().slice(0, 10) : d);
  return {
    ...c,
    published: day(c.published),
    events: c.events.map((e) => ({ ...e, published: day(e.published), date: e.date && { ...e.date, value: day(e.date.value) ?? e.date.value } })),
    titles: c.titles.map((t) => ({ ...t, published: day(t.published) })),
  };
}

const step = fc.record({ op: fc.constantFrom("add", "add", "remove", "change", "redate"), i: fc.nat(200), copy: fc.nat(3), shift: fc.integer({ min: -400, max: 400 }) });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("reconcile with a cache", () => {
  it("gives the same timeline and conflicts as a full reconcile after every added, changed or removed article", { timeout: 240_000 }, async () => {
    const opts = { reference: REFERENCE_OFFICIALS };
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(pool.length * 3), { minLength: 3, maxLength: 14 }), fc.array(step, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean(), async (start, steps, viaFile, keyed) => {
        const inbox = new Map<string, Contribution>();
        // `run` keys each file's contribution by its record (content id, extraction fingerprint): a
        // version number here, raised whenever a file's contribution changes; else the cache hashes contributions
        const version = new Map<string, number>();
        const keys = () => (keyed ? new Map([...inbox.keys()].map((f) => [f, `v${version.get(f) ?? 0}`])) : undefined);
        for (const i of start) {
          const c = article(i, Math.floor(i / pool.length), 0);
          inbox.set(c.file, c);
        }
        let cache = new ReconcileCache();
        const dir = viaFile ? mkdtempSync(path.join(os.tmpdir(), "claimline-reconcile-cache-")) : "";
        if (dir) dirs.push(dir);
        expect(mergeContributions([...inbox.values()], opts, cache, keys())).toEqual(mergeContributions([...inbox.values()], opts));
        for (const s of steps) {
          const files = [...inbox.keys()].sort();
          if (s.op === "remove" && files.length > 1) inbox.delete(files[s.i % files.length]);
          else if (s.op === "change" && files.length) {
            const old = inbox.get(files[s.i % files.length])!;
            inbox.set(old.file, { ...article(s.i, 0, s.shift), file: old.file });
            version.set(old.file, (version.get(old.file) ?? 0) + 1);
          } else if (s.op === "redate" && files.length) {
            const old = inbox.get(files[s.i % files.length])!;
            inbox.set(old.file, redated(old, s.shift || 1));
            version.set(old.file, (version.get(old.file) ?? 0) + 1);
          } else {
            const c = article(s.i, s.copy + 1, s.shift);
            version.set(c.file, (version.get(c.file) ?? 0) + 1);
            inbox.set(c.file, c);
          }
          if (dir) {
            await cache.save(dir);
            cache = await ReconcileCache.load(dir);
          }
          // the inbox in another order: the cache must not depend on it
          const cs = [...inbox.values()].reverse();
          expect(mergeContributions(cs, opts, cache, keys())).toEqual(mergeContributions(cs, opts));
        }
      }),
      { numRuns: 16, seed: 13 },
    );
  });

  it("recomputes only what an added article touches", () => {
    const cache = new ReconcileCache();
    const cs = Array.from({ length: 40 }, (_, i) => article(i, Math.floor(i / pool.length), 0));
    mergeContributions(cs, {}, cache);
    const first = cache.last;
    mergeContributions([...cs, article(3, 9, 5)], {}, cache);
    expect(first.computed).toBeGreaterThan(3);
    expect(cache.last.computed).toBeLessThan(first.computed / 2);
    expect(cache.last.reused).toBeGreaterThan(0);
  });

  it("rewrites the cache file only when the cache changed since it was read or written", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-cache-save-"));
    try {
      const file = path.join(dir, ".reconcile-cache.jsonl");
      const cs = Array.from({ length: 12 }, (_, i) => article(i, 0, 0));
      // a cold run, then a warm one (a step found whole drops the entries of the smaller steps it was made of)
      for (let i = 0; i < 2; i++) {
        const c = await ReconcileCache.load(dir);
        mergeContributions(cs, {}, c);
        await c.save(dir);
      }
      const written = statSync(file).ino;
      // the same articles again: every step found, nothing added or dropped, the file left as it is
      let cache = await ReconcileCache.load(dir);
      mergeContributions(cs, {}, cache);
      expect(cache.last.computed).toBe(0);
      await cache.save(dir);
      expect(statSync(file).ino).toBe(written);
      // the file gone (or never there for this folder): written
      rmSync(file);
      await cache.save(dir);
      expect((await ReconcileCache.load(dir)).size).toBe(cache.size);
      // one article more: written, and what is read back is the new cache
      cache = await ReconcileCache.load(dir);
      const more = [...cs, article(3, 9, 5)];
      mergeContributions(more, {}, cache);
      expect(cache.last.computed).toBeGreaterThan(0);
      const before = statSync(file).ino;
      await cache.save(dir);
      expect(statSync(file).ino).not.toBe(before);
      const again = await ReconcileCache.load(dir);
      expect(again.size).toBe(cache.size);
      mergeContributions(more, {}, again);
      expect(again.last.computed).toBe(0);
      // an article removed: entries dropped, written
      mergeContributions(cs, {}, again);
      const kept = statSync(file).ino;
      await again.save(dir);
      expect(statSync(file).ino).not.toBe(kept);
      expect((await ReconcileCache.load(dir)).size).toBe(again.size);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("parses a cache file's entries only when asked for, writes the others back as read, and recomputes a broken one", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-cache-lazy-"));
    try {
      const file = path.join(dir, ".reconcile-cache.jsonl");
      const cs = Array.from({ length: 12 }, (_, i) => article(i, 0, 0));
      const first = new ReconcileCache();
      const want = mergeContributions(cs, {}, first);
      await first.save(dir);
      const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
      expect(lines.length).toBeGreaterThan(2);
      // a cache read and saved again without a reconcile writes every entry back as it was (a new file, the same lines)
      rmSync(file);
      writeFileSync(file, lines.join("\n") + "\n");
      const read = await ReconcileCache.load(dir);
      expect(read.size).toBe(lines.length - 1);
      rmSync(file);
      await read.save(dir);
      expect(readFileSync(file, "utf8").split("\n").filter(Boolean).sort()).toEqual([...lines].sort());
      // an entry whose value does not parse is computed again: the same result, that step not reused
      const cut = lines.findIndex((l) => l.startsWith('["agreement:'));
      expect(cut).toBeGreaterThan(0);
      const broken = lines.map((l, i) => (i === cut ? l.slice(0, l.indexOf(",") + 2) + "]" : l));
      writeFileSync(file, broken.join("\n") + "\n");
      const cache = await ReconcileCache.load(dir);
      expect(mergeContributions(cs, {}, cache)).toEqual(want);
      expect(cache.last.computed).toBeGreaterThan(0);
      expect(cache.last.reused).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
