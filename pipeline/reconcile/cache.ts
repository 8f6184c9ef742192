// The reconcile cache: results of reconcile's costly steps (those that compare claims in pairs),
// each under a hash of exactly the inputs it reads, so a run that adds one article recomputes only
// the steps that article's claims feed. `watch` keeps one in memory; `run` keeps it beside the
// index in the output folder (`.reconcile-cache.jsonl`), so a fresh process finds it. A cache
// written by other code is not read: every key also holds the code fingerprint.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { codeFingerprint } from "../fingerprint.js";
import { readLines, writeLinesAtomic } from "../store.js";

export const CACHE_FILE = ".reconcile-cache.jsonl";
const HEADER = { claimlineReconcileCache: 1 };

export class ReconcileCache {
  private entries = new Map<string, unknown>();
  /**
   * Entries as read from the cache file: each value's JSON text, parsed (into `entries`) only when a
   * step asks for it, and written back as this text, so an entry read and kept costs no stringify.
   */
  private raw = new Map<string, string>();
  private used = new Set<string>();
  private computed = 0;
  /** The folder whose cache file holds exactly these entries (set by load and save; cleared by any change): save skips the rewrite. */
  private savedIn: string | undefined;
  private reused = 0;
  /** Steps computed, and steps found, by the last reconcile (what the tests and timings read). */
  last = { computed: 0, reused: 0 };

  /** The result stored under `kind` and `key`, else `compute()`'s, stored. Callers never mutate what they get. */
  memo<T>(kind: string, key: string, compute: () => T): T {
    const k = `${kind}:${key}`;
    this.used.add(k);
    if (this.entries.has(k)) {
      this.reused++;
      return this.entries.get(k) as T;
    }
    const raw = this.raw.get(k);
    if (raw !== undefined) {
      // read from the file as text: parsed when first asked for, then kept parsed beside its text
      try {
        const v = JSON.parse(raw) as T;
        this.entries.set(k, v);
        this.reused++;
        return v;
      } catch {
        this.raw.delete(k); // a line cut short: computed again, like an entry never written
        this.savedIn = undefined;
      }
    }
    this.computed++;
    this.savedIn = undefined;
    const v = compute();
    this.entries.set(k, v);
    return v;
  }

  /**
   * What the last reconcile left under `name` (a step's layout: where its results came from, to find
   * what a changed article touches), or undefined. Kept by this reconcile as it is unless `setState`
   * replaces it. Callers never mutate what they get.
   */
  state<T>(name: string): T | undefined {
    const k = `state:${name}`;
    this.used.add(k);
    if (this.entries.has(k)) return this.entries.get(k) as T;
    const raw = this.raw.get(k);
    if (raw === undefined) return undefined;
    try {
      const v = JSON.parse(raw) as T;
      this.entries.set(k, v);
      return v;
    } catch {
      this.raw.delete(k);
      this.savedIn = undefined;
      return undefined;
    }
  }

  /** Replaces what `state(name)` gives (the next reconcile, and the cache file, see this one). */
  setState(name: string, value: unknown): void {
    const k = `state:${name}`;
    this.used.add(k);
    this.raw.delete(k);
    this.entries.set(k, value);
    this.savedIn = undefined;
  }

  /** Ends a reconcile: forgets what it did not use (articles gone, claims changed), so the cache does not grow. */
  prune(): void {
    for (const m of [this.entries, this.raw])
      for (const k of m.keys())
        if (!this.used.has(k)) {
          m.delete(k);
          this.savedIn = undefined;
        }
    this.used.clear();
    this.last = { computed: this.computed, reused: this.reused };
    this.computed = 0;
    this.reused = 0;
  }

  get size(): number {
    let n = this.raw.size;
    for (const k of this.entries.keys()) if (!this.raw.has(k)) n++;
    return n;
  }

  /** The cache an output folder holds; an empty one when there is none, it is unreadable or of other code. */
  static async load(dir: string): Promise<ReconcileCache> {
    const cache = new ReconcileCache();
    const file = path.join(dir, CACHE_FILE);
    if (!existsSync(file)) return cache;
    try {
      let first = true;
      for await (const line of readLines(file)) {
        if (first) {
          first = false;
          const h = JSON.parse(line) as { claimlineReconcileCache?: number; code?: string };
          if (h.claimlineReconcileCache !== HEADER.claimlineReconcileCache || h.code !== codeFingerprint()) return cache;
          continue;
        }
        if (!line) continue;
        // `["<kind>:<key>",<value>]`: the key (hash characters only, never escaped) cut out, the value kept as text
        const end = line.indexOf('"', 2);
        if (!line.startsWith('["') || end < 0 || line.charCodeAt(end + 1) !== 44 || !line.endsWith("]") || line.lastIndexOf("\\", end) >= 0) throw new Error("not a cache line");
        cache.raw.set(line.slice(2, end), line.slice(end + 2, -1));
      }
    } catch {
      return new ReconcileCache(); // a cache is only ever a shortcut: a broken one is recomputed
    }
    // read whole and of this code: the file holds what the cache holds (an empty or other code's one above does not)
    cache.savedIn = path.resolve(dir);
    return cache;
  }

  /**
   * Writes the cache into an output folder (temporary file, then rename); not when that folder's file
   * already holds these entries (read from it or written to it, and nothing added or dropped since).
   */
  async save(dir: string): Promise<void> {
    const where = path.resolve(dir);
    if (this.savedIn === where && existsSync(path.join(dir, CACHE_FILE))) return;
    const { entries, raw } = this;
    await writeLinesAtomic(
      path.join(dir, CACHE_FILE),
      (function* () {
        yield JSON.stringify({ ...HEADER, code: codeFingerprint() });
        // an entry read from a file is written back as the text it was read as
        for (const [k, text] of raw) yield `[${JSON.stringify(k)},${text}]`;
        for (const e of entries) if (!raw.has(e[0])) yield JSON.stringify(e);
      })(),
    );
    this.savedIn = where;
  }
}

const madeUnder = new WeakMap<object, string>();

/**
 * Notes that `value` (an agreement entry or a conflict, as reconcile returns it) is made from exactly
 * what `key` (a cache key, with the step's kind and the value's place in the step's result) stands
 * for: the same key, the same value. The outputs key its pieces by it instead of hashing its JSON.
 */
export function noteMadeUnder(value: object, key: string): void {
  madeUnder.set(value, key);
}

/** The key noteMadeUnder gave `value` (the very object reconcile returned); undefined when none. */
export const madeUnderOf = (value: object): string | undefined => madeUnder.get(value);

/** A short hash of the text a step reads. */
export const keyOf = (text: string) => createHash("sha1").update(text).digest("base64url");
