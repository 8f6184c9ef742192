// Name similarity for reconcile: edit distances, Jaro-Winkler, a phonetic key and token
// alignment for multi-word names. Measured on the seeds (see ../shared NOTES.md):
// Bukele–Buckele DL 1, Biden–Bioden DL 1, Tren–Tran DL 1 (same key TRN), Trump–Truman DL 2 with
// keys TRMP ≠ TRMN. A pair of look-alike tokens must agree on the phonetic key or differ by one
// transposition; two real given names ("John"/"Joan") never count as one misspelt.
import { NAME_PARTICLES, NAME_PREFIXES } from "../extractors/lexicon/name-matching.js";
import { COMMON_GIVEN_NAMES, GIVEN_NAMES } from "../extractors/lexicon/given-names.js";
import { countryOf } from "../extractors/lexicon/countries.js";
import { KNOWN_PLACES, isKnownPlace, knownOrganization } from "../extractors/lexicon/organizations.js";
import { editDistance, foldName, jaroWinkler, opensParentName, wordClass } from "../extractors/names.js";
import { ARABIC_ARTICLES, ROMANISATION_ALTERNATIONS, ROMANISATION_ENDINGS, ROMANISATION_FAMILIES, SLAVIC_ENDINGS, SLAVIC_LETTER_PAIRS } from "../extractors/lexicon/romanisation.js";

// one implementation of the string measures, shared with the entities extractor:
// editDistance is Damerau-Levenshtein (optimal string alignment: a swap of neighbours costs 1)
export { foldName, jaroWinkler, editDistance as damerau };

/** Plain Levenshtein distance (insert, delete, substitute). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

const CODE: Record<string, string> = {
  b: "P", p: "P", d: "T", t: "T", g: "K", k: "K", q: "K", f: "F", v: "F", s: "S", z: "S",
  j: "J", l: "L", m: "M", n: "N", r: "R", X: "X", "0": "0",
};

/**
 * A consonant skeleton in the spirit of metaphone: digraphs first (ph → F, ck → K, sh/ch → X,
 * th → 0), voiced and voiceless pairs folded (b/p, d/t, g/k), vowels and h/w/y dropped after the
 * first letter, doubles collapsed. "Bukele" and "Buckele" → PKL; "Trump" TRMP, "Truman" TRMN.
 */
export function phoneticKey(word: string): string {
  let w = foldName(word).replace(/[^a-z]/g, "");
  if (!w) return "";
  w = w.replace(/^(?:kn|gn|pn|wr|ps)/, (m) => m[1]).replace(/^wh/, "w").replace(/^x/, "s");
  const firstVowel = /^[aeiouy]/.test(w);
  w = w
    .replace(/tch/g, "X").replace(/sch/g, "sk").replace(/[cs]h/g, "X").replace(/ph/g, "f").replace(/th/g, "0")
    .replace(/ck/g, "k").replace(/gh(?![aeiou])/g, "").replace(/dg(?=[eiy])/g, "j").replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k").replace(/x/g, "ks");
  let out = firstVowel ? "A" : "";
  for (const ch of w) {
    const code = CODE[ch];
    if (!code) continue;
    if (out[out.length - 1] !== code) out += code;
  }
  return out;
}

/** A name's words without titles or possessives: "President Naib Bukele's" → ["naib", "bukele"]. */
export function nameTokens(name: string): string[] {
  const words = foldName(name)
    .replace(/'s\b/g, "")
    .split(/[^a-z0-9.'-]+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ""))
    .filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && NAME_PREFIXES.has(words[i].replace(/\.$/, ""))) i++;
  return words.slice(i);
}

const KNOWN_PLACE_WORDS = new Set(KNOWN_PLACES.map((p) => foldName(p)));
const isKnownPlaceName = (folded: string) => KNOWN_PLACE_WORDS.has(folded) || countryOf(folded) !== null;

const isInitial = (t: string) => /^[a-z]\.?$/.test(t);

const ARTICLES = new Set(ARABIC_ARTICLES);

/**
 * "Lawrow" / "Lavrov", "Wladimir" / "Vladimir": a Slavic name (SLAVIC_ENDINGS) whose letters differ only
 * as one of SLAVIC_LETTER_PAIRS, every such letter of each word written the other way.
 */
function slavicLetters(a: string, b: string): boolean {
  if (a.length !== b.length || !SLAVIC_ENDINGS.some((e) => a.endsWith(e) || b.endsWith(e))) return false;
  return SLAVIC_LETTER_PAIRS.some(([x, y]) => {
    let differs = false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) {
        if (a[i] === x || a[i] === y) return false; // one letter of the pair kept: a slip, not the convention
        continue;
      }
      if (!((a[i] === x && b[i] === y) || (a[i] === y && b[i] === x))) return false;
      differs = true;
    }
    return differs;
  });
}
const FAMILY_OF = new Map<string, number>();
ROMANISATION_FAMILIES.forEach((row, i) => row.forEach((w) => FAMILY_OF.set(foldName(w), i)));

/** The spellings one romanisation step away: one alternation at one place, or another ending. */
function romanisationSteps(w: string): string[] {
  const out: string[] = [];
  for (const [x, y] of ROMANISATION_ALTERNATIONS)
    for (const [from, to] of [[x, y], [y, x]] as const)
      for (let i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) out.push(w.slice(0, i) + to + w.slice(i + from.length));
  for (const group of ROMANISATION_ENDINGS)
    for (const end of group)
      if (w.endsWith(end) && w.length > end.length + 2) for (const other of group) if (other !== end) out.push(w.slice(0, -end.length) + other);
  return out;
}

/**
 * One name romanised two ways: "Rouhani" / "Rohani", "Zelensky" / "Zelenskyy", "Aliyev" / "Aliev",
 * "Gadhafi" / "Gaddafi" (up to two alternations from extractors/lexicon/romanisation.ts), or two
 * spellings of one family there ("Mohammed" / "Muhammad"). "Biden" / "Bioden" is no alternation.
 */
export function tokensRomanised(a: string, b: string): boolean {
  a = foldName(a);
  b = foldName(b);
  if (a === b) return false;
  // "al-Qaida" / "al-Qaeda": a particle joined by a hyphen, the same on both sides, and the name after it
  const joined = /^([a-z]{1,3})-(.+)$/;
  const [ja, jb] = [joined.exec(a), joined.exec(b)];
  // ("al-Sarraj" / "el-Sarraj": the Arabic article written two ways is one particle)
  const sameParticle = ja && jb && (ja[1] === jb[1] || (ARTICLES.has(ja[1]) && ARTICLES.has(jb[1])));
  const [na, nb] = sameParticle ? [ja[2], jb[2]] : [a, b];
  if (na === nb) return true;
  const fa = FAMILY_OF.get(na);
  if (fa !== undefined && fa === FAMILY_OF.get(nb)) return true;
  if (slavicLetters(a, b)) return true;
  if (Math.abs(a.length - b.length) > 3 || a[0] !== b[0]) return false;
  let frontier = [a];
  const seen = new Set(frontier);
  for (let depth = 0; depth < 2 && frontier.length; depth++) {
    const next: string[] = [];
    for (const w of frontier)
      for (const s of romanisationSteps(w)) {
        if (s === b) return true;
        if (!seen.has(s) && seen.size < 2000) {
          seen.add(s);
          next.push(s);
        }
      }
    frontier = next;
  }
  return false;
}

/** A given name, by the list here, the pronoun list's given names ("Ivanka") or the word list's ("Mitchell", "Ivana"). */
const isGivenName = (w: string) => COMMON_GIVEN_NAMES.has(w) || GIVEN_NAMES.has(w) || wordClass(w) === "given";

/** A word the word lists know as a surname or a given name: as written, it is someone's name ("Johnston" beside "Johnson"). */
export const isListedName = (w: string) => isGivenName(foldName(w)) || wordClass(foldName(w)) === "surname";

// "-tion", "-ment", "-ness": an everyday noun's suffix, not a name's ("Zamazenta Edition")
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ship)$/;
const isEverydayWord = (w: string) => wordClass(w) === "common" || COMMON_NOUN_ENDING.test(w);
const isPlaceWord = (w: string) => isKnownPlaceName(w) || wordClass(w) === "place";

/** Whether `plural` is `word` with an English plural ending: +s ("Bukeles"), +es ("Congresses"), y → ies. */
const pluralOf = (plural: string, word: string) => plural === `${word}s` || plural === `${word}es` || (word.endsWith("y") && plural === `${word.slice(0, -1)}ies`);

/** Words a lost space runs a name into ("Ramawith", "Bidensaid") that names rarely end in (not "and": "Rowland", nor "the": "Forsythe"). */
const GLUED_WORDS = ["with", "said", "says", "from", "that", "who", "which"];
/** Whether `glued` is `name` (four letters or more) run into one of those words. */
const gluedToWord = (glued: string, name: string) => name.length >= 4 && glued.startsWith(name) && GLUED_WORDS.includes(glued.slice(name.length));

/** Two words that look like one name spelt two ways: "Bukele"/"Buckele", "Tren"/"Tran". */
export function tokensLookAlike(a: string, b: string): boolean {
  a = foldName(a);
  b = foldName(b);
  if (a === b) return false;
  if (a.length < 4 || b.length < 4) return false;
  if (a[0] !== b[0]) return false;
  if (pluralOf(a, b) || pluralOf(b, a)) return false; // plurals and demonyms, not misspellings
  // "John" / "Joan", "Michelle" / "Mitchell": two names; the word list also has common slips ("Micheal"), so
  // two of its given names that are one swap apart stay look-alikes
  if (COMMON_GIVEN_NAMES.has(a) && COMMON_GIVEN_NAMES.has(b)) return false;
  if (isGivenName(a) && isGivenName(b) && [...a].sort().join("") !== [...b].sort().join("")) return false;
  // codes and models are different things when they differ at all: "USB-A" / "USB-B", "MS-13" / "MS-18"
  if (/\d/.test(a) || /\d/.test(b) || /-[a-z]{1,2}$/.test(a) || /-[a-z]{1,2}$/.test(b)) return false;
  // two places the gazetteer knows are two places: "Austria" / "Australia"
  if (isKnownPlaceName(a) && isKnownPlaceName(b)) return false;
  // a place's name in another language differs in its last vowel: "Europe" / "Europa", "Libya" / "Libia"
  if ((isPlaceWord(a) || isPlaceWord(b)) && a.slice(0, -1) === b.slice(0, -1) && /[aeiouy]$/.test(a) && /[aeiouy]$/.test(b)) return false;
  // two everyday words, or a slip in one, are no name spelt two ways: "Lighting" / "Lightning", "Edition"
  if (isEverydayWord(a) || isEverydayWord(b)) return false;
  // one name romanised two ways is not a misspelling: "Rouhani" / "Rohani"
  if (tokensRomanised(a, b)) return false;
  // "Edi Ramawith which he signed": a name run into the next word of the sentence by a lost space
  if (gluedToWord(a, b) || gluedToWord(b, a)) return true;
  const dist = editDistance(a, b);
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : 1;
  if (dist > allowed) return false;
  if (phoneticKey(a) === phoneticKey(b)) return true;
  // "Hamdi" / "Handi": an m for an n (or the other way) before a consonant is heard alike
  if (a.length === b.length && nasalBeforeConsonant(a, b)) return true;
  // a changed letter must keep the sound ("Rubio" / "Rubin" are two names); one letter too many or
  // too few ("Leyden" / "Leyen") or two neighbours swapped ("Marcon" / "Macron") need not
  if (dist !== 1 || Math.min(a.length, b.length) < 5 || jaroWinkler(a, b) < 0.9) return false;
  return a.length !== b.length || levenshtein(a, b) === 2;
}

/** Whether two words of one length differ only in one m/n before a consonant ("Sampta" / "Sanpta"). */
function nasalBeforeConsonant(a: string, b: string): boolean {
  let at = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (at >= 0) return false;
    at = i;
  }
  return at > 0 && /^[mn]$/.test(a[at]) && /^[mn]$/.test(b[at]) && /^[b-df-hj-np-tv-z]$/.test(a[at + 1] ?? "");
}

/**
 * A surname garbled beyond a one-letter slip yet close in letters and sound: "McCalinan" for
 * "McAleenan" (three edits, one consonant skeleton). Too loose to call on its own; reconcile uses
 * it only where the context agrees: the office the article gives is the reference holder's.
 */
export function tokensGarbled(a: string, b: string): boolean {
  a = foldName(a);
  b = foldName(b);
  if (a === b || a.length < 5 || b.length < 5 || a[0] !== b[0]) return false;
  if (tokensRomanised(a, b) || (COMMON_GIVEN_NAMES.has(a) && COMMON_GIVEN_NAMES.has(b))) return false;
  const dist = editDistance(a, b);
  if (dist > 3 || jaroWinkler(a, b) < 0.85) return false;
  return dist <= 2 || phoneticKey(a) === phoneticKey(b);
}

/**
 * A name of two or more words written down by ear, every word as it sounds: "Moli Phi" for "Molly Fee" (each
 * differing word with the other's sound key, ph heard as f, and at most three letters apart). Returns the differing
 * words, or null. Far looser than a slip, so reconcile takes it only for two spellings in one article, where the
 * article itself names the person the other way; "Jon Li" / "John Lee" in one article are most likely two people
 * only when a word of each is a listed name, so a pair of two listed names (or two places) is never heard alike.
 */
export function heardAlike(a: string, b: string): Array<[string, string]> | null {
  const A = nameTokens(a);
  const B = nameTokens(b);
  if (A.length < 2 || A.length !== B.length) return null;
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < A.length; i++) {
    const [x, y] = [A[i], B[i]];
    if (x === y) continue;
    if (x.length < 3 || y.length < 3 || isInitial(x) || isInitial(y) || tokensRomanised(x, y)) return null;
    if (editDistance(x, y) > 3 || phoneticKey(x) !== phoneticKey(y) || !phoneticKey(x)) return null;
    // the first sound the same: a first letter alike, or ph heard as f
    const first = (w: string) => (w.startsWith("ph") ? "f" : w[0]);
    if (first(x) !== first(y)) return null;
    if (isListedName(x) && isListedName(y)) return null;
    if (isKnownPlaceName(x) && isKnownPlaceName(y)) return null;
    pairs.push([x, y]);
  }
  // every word differing is a whole name heard otherwise; one word alone is a slip's business (tokensLookAlike)
  return pairs.length === A.length ? pairs : null;
}

/**
 * Words that can only be someone's name as written: one or two capitalised words, each unknown to the
 * word list and the gazetteers ("Sinkevicus", "Castelanos"; not "Officials", "Diplomats", "Reuters").
 */
/**
 * Text decoded in the wrong character set: UTF-8 bytes read as Latin-1 or Windows-1252 ("PeÃ±a" for
 * "Peña", "Â " for a no-break space, "â€™" for an apostrophe). A name in such text may be cut short
 * at the broken letters.
 */
export function mojibake(text: string): boolean {
  return /[ÃÂ][\u0080-\u00BF\u2018-\u201E\u2020-\u2122\u0152-\u0178]|[ÃÂ]$|â€/.test(text);
}

export function isBareName(text: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]{3,}(?: \p{Lu}[\p{L}'’-]+)?$/u.test(text)) return false;
  if (knownOrganization(text) || isKnownPlace(text)) return false;
  return text.split(" ").every((w) => {
    const f = foldName(w).replace(/['’]s$/, "");
    return wordClass(f) === null && !isKnownPlaceName(f);
  });
}

export type NameRelation =
  /** the same words */
  | { kind: "same" }
  /** one is a shorter form of the other: "Bukele" of "Nayib Bukele" */
  | { kind: "short_form"; shorter: "a" | "b" }
  /** one name romanised two ways, word for word: "Hassan Rouhani" / "Hassan Rohani" */
  | { kind: "romanised" }
  /** look-alike spellings: `a` and `b` are the aligned words that differ */
  | { kind: "variant"; pairs: Array<[string, string]>; aTokens: string[]; bTokens: string[] }
  /** different names, possibly different people sharing a surname */
  | { kind: "different" };

/** The letter one word writes doubled where the other writes it once ("Naser" / "Nasser": "s"), or null. */
const doubledLetter = (a: string, b: string): string | null => {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length !== s.length + 1) return null;
  for (let i = 1; i < l.length; i++) if (l[i] === l[i - 1] && l.slice(0, i) + l.slice(i + 1) === s) return l[i];
  return null;
};
const doubledOnce = (a: string, b: string) => doubledLetter(a, b) !== null;

/** One word is the other with one consonant doubled: "Massoud" / "Masoud" (not a vowel: "Raisi" / "Raiisi"). */
export const doublesConsonant = (a: string, b: string) => /^[b-df-hj-np-tv-z]$/.test(doubledLetter(foldName(a), foldName(b)) ?? "");

function alignEqualLength(a: string[], b: string[]): Array<[string, string]> | null {
  const pairs: Array<[string, string]> = [];
  let romanised = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (tokensRomanised(a[i], b[i])) {
      romanised = true;
      continue;
    }
    if (isInitial(a[i]) || isInitial(b[i])) return null;
    if (!tokensLookAlike(a[i], b[i])) return null;
    pairs.push([a[i], b[i]]);
  }
  // a name romanised two ways may also double a consonant: "Naser Burita" / "Nasser Bourita"
  if (romanised && pairs.every(([x, y]) => doubledOnce(foldName(x), foldName(y)))) return [];
  return pairs;
}

/**
 * Aligns `short` into `long` from the right (the surname anchors): each short word matches a long
 * word in order, exactly or as a look-alike. Returns the look-alike pairs and the long words left
 * over, or null when the short name does not fit.
 */
function alignInto(short: string[], long: string[]): { pairs: Array<[string, string]>; skipped: number[] } | null {
  const pairs: Array<[string, string]> = [];
  const skipped: number[] = [];
  let j = long.length - 1;
  for (let i = short.length - 1; i >= 0; i--) {
    let found = -1;
    for (let k = j; k >= 0; k--) {
      // a lone misspelt word stands for the surname, or the first half of a compound one, never
      // for a given name ("Anders" is not "Andrés Manuel López Obrador" misspelt)
      const surnamePart = short.length > 1 || k >= long.length - (long.length >= 3 ? 2 : 1);
      if (short[i] === long[k] || tokensRomanised(short[i], long[k]) || (surnamePart && tokensLookAlike(short[i], long[k]))) {
        found = k;
        break;
      }
      // only a surname may be anchored past unmatched words at the end ("Hill" of "Hill Tinoco")
      if (i !== short.length - 1) return null;
    }
    if (found < 0) return null;
    for (let k = j; k > found; k--) skipped.push(k);
    if (short[i] !== long[found] && !tokensRomanised(short[i], long[found])) pairs.push([short[i], long[found]]);
    j = found - 1;
  }
  for (let k = j; k >= 0; k--) skipped.push(k);
  return { pairs: pairs.reverse(), skipped: skipped.sort((x, y) => x - y) };
}

/**
 * How two names relate. Never calls two different people one: "Joe Biden" / "Hunter Biden" and
 * "George Bush" / "George W. Bush" are `different`; "Bukele" / "Nayib Bukele" is a short form;
 * "Naib Bukele" / "Nayib Bukele" and "Bioden" / "Joe Biden" are variants.
 */
export function compareNames(a: string, b: string): NameRelation {
  const A = nameTokens(a);
  const B = nameTokens(b);
  if (!A.length || !B.length) return { kind: "different" };
  if (A.join(" ") === B.join(" ")) return { kind: "same" };
  // a short lone word one letter off another ("Hill" / "Hall") is too weak to call a misspelling
  const loneShort = (S: string[], pairs: Array<[string, string]>) => S.length === 1 && pairs.some(([x, y]) => Math.min(x.length, y.length) < 5);
  if (A.length === B.length) {
    const pairs = alignEqualLength(A, B);
    if (pairs && loneShort(A, pairs)) return { kind: "different" };
    if (pairs && pairs.length) return { kind: "variant", pairs, aTokens: A, bTokens: B };
    return pairs ? { kind: "romanised" } : { kind: "different" };
  }
  const aShort = A.length < B.length;
  const [S, L] = aShort ? [A, B] : [B, A];
  const fit = alignInto(S, L);
  if (!fit) return { kind: "different" };
  const content = S.filter((t) => !NAME_PARTICLES.has(t));
  if (!content.length) return { kind: "different" };
  // "Salman" / "Mohammed bin Salman": a shorter name that starts right after "bin" is the father's (or an
  // ancestor's) name the longer one carries, another person ("bin Salman", with its particle, is the son's)
  if (opensParentName(L, L.findIndex((_, k) => !fit.skipped.includes(k)))) return { kind: "different" };
  // a full name that leaves out a middle name or initial of another: two people ("George Bush")
  const middle = fit.skipped.filter((k) => k > 0 && k < L.length - 1 && !NAME_PARTICLES.has(L[k]));
  if (S.length >= 2 && middle.length) return { kind: "different" };
  if (!fit.pairs.length) return { kind: "short_form", shorter: aShort ? "a" : "b" };
  if (loneShort(S, fit.pairs)) return { kind: "different" };
  const pairs = fit.pairs.map(([s, l]) => (aShort ? [s, l] : [l, s]) as [string, string]);
  return { kind: "variant", pairs, aTokens: A, bTokens: B };
}

/** The words of `name` as written (original case), titles and possessive removed. */
export function cleanName(name: string): string {
  const words = name.replace(/['’]s\b/g, "").split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && NAME_PREFIXES.has(foldName(words[i]).replace(/[.,]$/, ""))) i++;
  return words.slice(i).join(" ").replace(/[,.;:]+$/, "");
}
