// The candidate pairs of name forms: two spellings compared (buildEntities classifies each pair)
// only where they share a bucket (a word, a word's phonetic key or a long word's first letters) and
// each sees the other. Found afresh, or through the last run's pairs kept in reconcile's cache.
import { createHash } from "node:crypto";
import { NAME_PARTICLES } from "../../extractors/lexicon/name-matching.js";
import { phoneticKey } from "../names.js";
import type { EntityType, Evidence } from "../schemas.js";
import type { ReconcileCache } from "./cache.js";
import { nameTokens } from "./common.js";

export interface Form {
  key: string;
  /** The article a lone person's word belongs to ("Garrett" in one report is that report's Garrett); null for full names. */
  scope: string | null;
  /** The articles whose extractor gave this spelling as a canonical name. */
  knownIn: Set<string>;
  display: string;
  type: EntityType;
  count: number;
  evidence: Evidence[];
  files: Set<string>;
  /** The file of its last mention: mentions come article by article, so a file already in `files` is skipped without a lookup. */
  lastFile: string | null;
  canonicals: Map<string, number>;
  /** Each spelling of its mentions, with how often it is written so. */
  displays: Map<string, number>;
  reference: string | null;
}

/** A form's words without its article: the same lone word in every article that writes it. */
export const wordsOf = (f: Form) => (f.scope ? f.key.slice(0, f.key.indexOf("@")) : f.key);

/** The buckets a form is put in: each word of its display spelling, its phonetic key, and a long word's first five letters. */
function bucketKeysOf(f: Form): string[] {
  const keys: string[] = [];
  for (const t of nameTokens(f.display)) {
    if (t.length < 3 || NAME_PARTICLES.has(t)) continue; // "de", "von": shared by unrelated names
    // and long words their first five letters: a slip late in a word may change its key ("Sinkevicus": c before u)
    keys.push(`w:${t}`, `k:${t[0]}${phoneticKey(t)}`);
    if (t.length >= 7) keys.push(`p:${t.slice(0, 5)}`);
  }
  return keys;
}

/** Candidate pairs share a word or a word's phonetic key: the forms by each such key. */
export function bucketsOf(all: readonly Form[]): Map<string, Form[]> {
  const buckets = new Map<string, Form[]>();
  for (const f of all)
    for (const k of bucketKeysOf(f)) {
      const list = buckets.get(k);
      if (list) list.push(f);
      else buckets.set(k, [f]);
    }
  return buckets;
}

/** The pairs of forms in a bucket together that see each other (`sees`, both ways). */
export function candidatePairs(buckets: ReadonlyMap<string, Form[]>, sees: (a: Form, b: Form) => boolean): Array<{ a: Form; b: Form }> {
  const pairs: Array<{ a: Form; b: Form }> = [];
  const tried = new Map<Form, Set<Form>>();
  /** `once`: the caller meets this pair nowhere else, so it need not be remembered. */
  const tryPair = (x: Form, y: Form, once = false) => {
    const [a, b] = x.key < y.key ? [x, y] : [y, x];
    if (a.key === b.key || a.type !== b.type) return;
    if (!once) {
      const seen = tried.get(a) ?? tried.set(a, new Set()).get(a)!;
      if (seen.has(b)) return;
      seen.add(b);
    }
    if (!(sees(a, b) && sees(b, a))) return;
    pairs.push({ a, b });
  };
  // a lone word's forms (one per article) have the same words, so they are in the same buckets: a
  // full name and a lone word, or two lone words, are met as groups in the first bucket they share
  // only, and each pair of their forms is tried there once
  const metWords = new Map<Form, Set<string>>();
  const metPairs = new Set<string>();
  for (const list of buckets.values()) {
    // the same lone word in many articles never pairs with itself (seesForm): those forms are met
    // as one group, so a word every article repeats costs one pass, not one per pair of articles
    const full: Form[] = [];
    const lone = new Map<string, Form[]>();
    for (const f of new Set(list)) {
      if (!f.scope) full.push(f);
      else (lone.get(wordsOf(f)) ?? lone.set(wordsOf(f), []).get(wordsOf(f))!).push(f);
    }
    const groups = [...lone.entries()];
    for (let i = 0; i < full.length; i++) {
      for (let j = i + 1; j < full.length; j++) tryPair(full[i], full[j]);
      const met = metWords.get(full[i]) ?? metWords.set(full[i], new Set()).get(full[i])!;
      for (const [w, g] of groups) {
        if (met.has(w)) continue;
        met.add(w);
        for (const f of g) tryPair(full[i], f, true);
      }
    }
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const [wi, gi] = groups[i];
        const [wj, gj] = groups[j];
        const k = wi < wj ? `${wi}\u0000${wj}` : `${wj}\u0000${wi}`;
        if (metPairs.has(k)) continue;
        metPairs.add(k);
        for (const x of gi) for (const y of gj) tryPair(x, y, true);
      }
  }
  return pairs;
}

// ---------- through the last run's pairs ----------

/**
 * What `sees` reads of a form is its key (type, words, article), its display spelling, its
 * articles and the articles that call it so (`files`, `knownIn`, each article as the version of its
 * contribution: what the article names decides whether two forms' articles share a subject), and
 * its reference name; beyond the forms it reads the reference list and which subjects are too
 * common to tie two articles (the `basis`). A form whose print and basis are those of the last run
 * sees every other such form as it did then: only the pairs of a form whose print changed (an
 * added, changed or removed article names it) are tried again, and the rest are the last run's.
 */
interface PairsState {
  basis: string;
  /** Every form's key, in the order of `all` (by key), and its print. */
  keys: string[];
  prints: string[];
  /** Each pair as two places in `keys`, the smaller key first. */
  pairs: number[];
}

const PAIRS_STATE = "entity-pairs";

/** A set of articles as two sums of their versions' hashes (a set's print, whatever its order). */
function setPrint(files: ReadonlySet<string>, hashOf: (file: string) => readonly [number, number]): string {
  let a = 0;
  let b = 0;
  for (const f of files) {
    const [x, y] = hashOf(f);
    a = (a + x) >>> 0;
    b = (b + y) >>> 0;
  }
  return `${files.size}.${a.toString(36)}.${b.toString(36)}`;
}

/** Each form's print: what `sees` reads of it, as one string; `versionOf` names a file's contribution's version. */
export function formPrints(all: readonly Form[], versionOf: (file: string) => string): string[] {
  const hashes = new Map<string, readonly [number, number]>();
  const hashOf = (file: string) => {
    let h = hashes.get(file);
    if (!h) {
      const d = createHash("sha1").update(`${file}\u0000${versionOf(file)}`).digest();
      hashes.set(file, (h = [d.readUInt32LE(0), d.readUInt32LE(4)]));
    }
    return h;
  };
  return all.map((f) => `${f.display}\u0001${f.reference ?? ""}\u0001${setPrint(f.files, hashOf)}\u0001${setPrint(f.knownIn, hashOf)}`);
}

/**
 * The candidate pairs, through `cache`: the last run's pairs of forms whose prints are unchanged,
 * and every pair of a form whose print changed tried afresh in its buckets; all of them afresh when
 * the basis changed or there is no last run. The same pairs as `candidatePairs` (the property test
 * in reconcile-incremental.test.ts compares every result with a reconcile without a cache).
 */
export function pairsThroughCache(
  all: readonly Form[],
  buckets: ReadonlyMap<string, Form[]>,
  sees: (a: Form, b: Form) => boolean,
  prints: readonly string[],
  basis: string,
  cache: ReconcileCache,
): Array<{ a: Form; b: Form }> {
  const old = cache.state<PairsState>(PAIRS_STATE);
  const keys = all.map((f) => f.key);
  if (!old || old.basis !== basis) {
    const pairs = candidatePairs(buckets, sees);
    const place = new Map<Form, number>(all.map((f, i) => [f, i]));
    cache.setState(PAIRS_STATE, { basis, keys, prints: [...prints], pairs: pairs.flatMap((p) => [place.get(p.a)!, place.get(p.b)!]) } satisfies PairsState);
    return pairs;
  }
  const place = new Map<string, number>(keys.map((k, i) => [k, i]));
  // each form of the last run as this run's, when it is here with the same print (else undefined)
  const same: Array<Form | undefined> = old.keys.map((k, i) => {
    const at = place.get(k);
    return at !== undefined && prints[at] === old.prints[i] ? all[at] : undefined;
  });
  const kept = new Set<Form>();
  for (const f of same) if (f) kept.add(f);
  const pairs: Array<{ a: Form; b: Form }> = [];
  for (let p = 0; p < old.pairs.length; p += 2) {
    const a = same[old.pairs[p]];
    const b = same[old.pairs[p + 1]];
    if (a && b) pairs.push({ a, b });
  }
  const changed = all.filter((f) => !kept.has(f));
  for (const t of changed) pairsOfChanged(t, buckets, sees, kept, pairs);
  if (changed.length || old.keys.length !== keys.length) {
    const at = new Map<Form, number>(all.map((f, i) => [f, i]));
    cache.setState(PAIRS_STATE, { basis, keys, prints: [...prints], pairs: pairs.flatMap((p) => [at.get(p.a)!, at.get(p.b)!]) } satisfies PairsState);
  }
  return pairs;
}

/** The pairs of a changed form `t` with the forms of its buckets: each unchanged form once, a changed one only from the side of the smaller key. */
function pairsOfChanged(t: Form, buckets: ReadonlyMap<string, Form[]>, sees: (a: Form, b: Form) => boolean, kept: ReadonlySet<Form>, pairs: Array<{ a: Form; b: Form }>) {
  const met = new Set<Form>([t]);
  for (const k of bucketKeysOf(t))
    for (const f of buckets.get(k) ?? []) {
      if (met.has(f)) continue;
      met.add(f);
      if (f.type !== t.type || f.key === t.key || (!kept.has(f) && f.key < t.key)) continue;
      const [a, b] = t.key < f.key ? [t, f] : [f, t];
      if (sees(a, b) && sees(b, a)) pairs.push({ a, b });
    }
}
