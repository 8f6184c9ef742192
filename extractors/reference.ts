// The reference list of well-known officials as an index the extractors close over: by full
// name, by variant, by surname. `loadReference` reads a user's file (`--reference FILE`: a JSON
// array shaped like REFERENCE_OFFICIALS) and `extendReference` adds it to the shipped list.
// There is no module-level registry: a caller that has a user's list builds its own extractors,
//   const reference = extendReference(loadReference(fs.readFileSync(file, "utf8")));
//   const extractors = [datesExtractor, makeEntityExtractor({ reference }), makeOfficialsExtractor({ reference }), …];
// and passes them to `extractFindings(doc, extractors)`; EXTRACTORS holds the default instances.
import { REFERENCE_OFFICIALS, ReferenceOfficial } from "./lexicon/reference-officials.js";
import { editDistance, foldName, jaroWinkler } from "./names.js";
import { memo } from "./memo.js";
import { loadUserList } from "./user-list.js";

export { ReferenceOfficial, REFERENCE_OFFICIALS };

/**
 * Parses a user's reference list (JSON text or already-parsed JSON). Throws a readable error
 * naming the bad entry: a reference file is the user's input, checked at the boundary.
 */
export const loadReference = (json: unknown): ReferenceOfficial[] => loadUserList(ReferenceOfficial, "reference list", json);

/** The shipped list followed by the user's entries (a user's entry for the same name and office wins). */
export function extendReference(extra: readonly ReferenceOfficial[], base: readonly ReferenceOfficial[] = REFERENCE_OFFICIALS): ReferenceOfficial[] {
  const key = (o: ReferenceOfficial) => `${foldName(o.name)}|${foldName(o.office)}|${o.from}`;
  const extraKeys = new Set(extra.map(key));
  return [...base.filter((o) => !extraKeys.has(key(o))), ...extra];
}

const nameWords = (s: string) => foldName(s).split(/[\s]+/).filter((w) => w && !/^[a-z]\.$/.test(w));
const surnameOf = (s: string) => {
  const w = nameWords(s);
  return w[w.length - 1] ?? "";
};

export interface ReferenceIndex {
  readonly all: readonly ReferenceOfficial[];
  /** Entries whose name or a variant is exactly this full name (folded). */
  byName(name: string): ReferenceOfficial[];
  /** Entries whose surname (last word of the name or a variant) is this word. */
  bySurname(word: string): ReferenceOfficial[];
  /**
   * The canonical name for a written full name: exact name or variant, or the same surname
   * with a given name one slip away ("Naib Bukele" → "Nayib Bukele"). Null when unknown.
   */
  canonicalFor(written: string): { name: string; exact: boolean } | null;
}

export function makeReferenceIndex(list: readonly ReferenceOfficial[] = REFERENCE_OFFICIALS): ReferenceIndex {
  const byFull = new Map<string, ReferenceOfficial[]>();
  const bySur = new Map<string, ReferenceOfficial[]>();
  const push = (m: Map<string, ReferenceOfficial[]>, k: string, o: ReferenceOfficial) => {
    if (!k) return;
    const a = m.get(k) ?? [];
    if (!a.includes(o)) a.push(o);
    m.set(k, a);
  };
  for (const o of list) {
    for (const form of [o.name, ...(o.variants ?? [])]) {
      push(byFull, nameWords(form).join(" "), o);
      push(bySur, surnameOf(form), o);
    }
  }
  const distinctNames = (xs: ReferenceOfficial[]) => [...new Set(xs.map((x) => x.name))];
  // each answer kept by the string asked about: the extractors ask about every name of every article,
  // mostly the same few (folding, splitting and comparing spellings again each time was most of resolving people)
  const byNameMemo = memo((name: string) => byFull.get(nameWords(name).join(" ")) ?? []);
  const bySurnameMemo = memo((word: string) => bySur.get(foldName(word)) ?? []);
  const canonicalMemo = memo(canonicalFor);
  return {
    all: list,
    byName: byNameMemo,
    bySurname: bySurnameMemo,
    canonicalFor: canonicalMemo,
  };

  function canonicalFor(written: string): { name: string; exact: boolean } | null {
    const words = nameWords(written);
    if (words.length < 2) return null;
    const exact = distinctNames(byFull.get(words.join(" ")) ?? []);
    if (exact.length === 1) return { name: exact[0], exact: true };
    if (exact.length > 1) return null;
    // same surname, given names one slip apart
    const cands = distinctNames((bySur.get(words[words.length - 1]) ?? []).filter((o) => {
      const ow = nameWords(o.name);
      if (ow.length !== words.length) return false;
      const a = words.slice(0, -1).join(" ");
      const b = ow.slice(0, -1).join(" ");
      return a !== b && a.length >= 3 && editDistance(a, b) <= 1 && jaroWinkler(a, b) >= 0.85;
    }));
    return cands.length === 1 ? { name: cands[0], exact: false } : null;
  }
}

