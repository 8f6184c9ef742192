// Word-level helpers for finding names: a tokenizer that keeps offsets and marks possessives,
// capitalization and sentence starts; name folding; string similarity for spelling variants.
import { PATRONYMIC_PARTICLES } from "./lexicon/name-matching.js";
import { WORD_CLASS_LISTS } from "./lexicon/word-classes.js";
import type { Span } from "../pipeline/schemas.js";
import { docOf } from "./doc.js";
import { isAbbreviationWord, lowerCase, structure } from "./text.js";

export interface Token {
  /** The word as written, without a possessive "'s" or a sentence's full stop. */
  text: string;
  start: number;
  end: number;
  lower: string;
  /** Starts with a capital letter (or is an alphanumeric code such as "MS-13"). */
  cap: boolean;
  /** Written in capitals only, two letters or more ("CNN", "WASHINGTON"). */
  upper: boolean;
  /** Followed by a possessive "'s" / "’s" (not part of `text`). */
  poss: boolean;
  /** First word of a sentence, of a line, or right after an opening quote mark or a colon. */
  initial: boolean;
  /** The characters between the previous token and this one. */
  gapBefore: string;
  /** The line this token sits on is written in capitals (a headline, a dateline). */
  caseless: boolean;
}

/** What tokensOf reads as one word (`nextWord` scans for it by hand, as this pattern would match). */
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’.&]|\.-)[\p{L}\p{M}\p{N}]+)*\.?(?:['’]s?)?/gu;

// Character classes of WORD by UTF-16 unit, looked up once each: 1 a letter or number, 2 a mark, 3 neither.
const UNIT_CLASS = new Uint8Array(0x10000);
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/**
 * How many UTF-16 units of the character at i are in [\p{L}\p{N}] (or [\p{L}\p{M}\p{N}] with `marks`): 0 when it is not.
 * ASCII is answered by ranges, other units by a table filled on first sight, pairs by the patterns.
 */
function wordCharAt(text: string, i: number, marks: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  if (c !== c) return 0; // past the end
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lone surrogate is no letter
    const ch = text.slice(i, i + 2);
    return LETTER_OR_NUMBER.test(ch) || (marks && MARK.test(ch)) ? 2 : 0;
  }
  let k = UNIT_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = UNIT_CLASS[c] = LETTER_OR_NUMBER.test(ch) ? 1 : MARK.test(ch) ? 2 : 3;
  }
  return k === 1 || (marks && k === 2) ? 1 : 0;
}

/** The end of a run of [\p{L}\p{M}\p{N}] from i (i when there is none). */
function runEnd(text: string, i: number): number {
  for (let n = wordCharAt(text, i, true); n; n = wordCharAt(text, i, true)) i += n;
  return i;
}

/**
 * The next match of WORD at or after `from`, as [start, end], or null: the same words as `WORD.exec`, found
 * without a Unicode regular expression per word (tokenizing was the largest part of parsing an article).
 * The pattern's tail is all optional, so its greedy reading is the match: no choice is ever taken back.
 */
export function nextWord(text: string, from: number): [number, number] | null {
  let i = from;
  for (;;) {
    if (i >= text.length) return null;
    const n = wordCharAt(text, i, false);
    if (n) break;
    i++;
  }
  const start = i;
  let j = runEnd(text, i + wordCharAt(text, i, false));
  for (;;) {
    const c = text.charCodeAt(j);
    // [-'’.&] then a run, else ".-" then a run
    if ((c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x26) && wordCharAt(text, j + 1, true)) j = runEnd(text, j + 1);
    else if (c === 0x2e && text.charCodeAt(j + 1) === 0x2d && wordCharAt(text, j + 2, true)) j = runEnd(text, j + 2);
    else break;
  }
  if (text.charCodeAt(j) === 0x2e) j++;
  const q = text.charCodeAt(j);
  if (q === 0x27 || q === 0x2019) {
    j++;
    if (text.charCodeAt(j) === 0x73) j++;
  }
  return [start, j];
}

/** Whether a word ending in a full stop keeps it: "U.S.", "L.", "Mr.", "Jr.". */
function keepsStop(word: string): boolean {
  const bare = word.slice(0, -1);
  // (a word of three units or more with no full stop inside, as most words before a stop, is neither an initial nor "U.S")
  if ((bare.length <= 2 || bare.includes(".")) && (/^\p{Lu}$/u.test(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare))) return true;
  return isAbbreviationWord(bare);
}

/**
 * The words of `text` with offsets: the Doc's when the extract stage has one for `text` (doc.ts), else
 * kept with the text's cached sentences (text.ts), so extractors called on a bare string (the bench's
 * per-extractor timings, unit tests) do not tokenize one article once each.
 */
export function tokenize(text: string): Token[] {
  const doc = docOf(text);
  if (doc) return doc.tokens;
  const s = structure(text);
  return (s.tokens ??= tokensOf(text, s.sentences));
}

/** What may stand between a line's start and its first word for that word to open the line. */
function isLineLead(c: number): boolean {
  // /[\s“"‘'(\[«]/ on one UTF-16 unit
  switch (c) {
    case 0x09: case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x20: case 0xa0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x3000: case 0xfeff:
    case 0x201c: case 0x22: case 0x2018: case 0x27: case 0x28: case 0x5b: case 0xab:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200a;
  }
}

const CAP_PREFIX = /^(?:al|el|ad|as|ash|ar|an|at|az|bin|abu|ibn)-\p{Lu}/u;

/** The words of `text` (split into `sentences`) with offsets, in one pass: linear in the text. */
export function tokensOf(text: string, sentences: readonly Span[]): Token[] {
  const out: Token[] = [];
  // sentence starts in text order, passed by one pointer as the words go (a set looked up per word cost more)
  let sentence = 0;
  const capsLines = upperLines(text);
  let prevEnd = 0;
  // the line being read: where it begins, and whether everything on it so far may lead a line
  let scanned = 0;
  let lineBegin = 0;
  let onlyLead = true;
  for (let m = nextWord(text, 0); m; m = nextWord(text, m[1])) {
    const [start, matchEnd] = m;
    let w = text.slice(start, matchEnd);
    for (; scanned < start; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 0x0a) {
        lineBegin = scanned + 1;
        onlyLead = true;
      } else if (onlyLead && !isLineLead(c)) onlyLead = false;
    }
    let poss = false;
    const last = w.charCodeAt(w.length - 1);
    if (last === 0x73 && w.length > 2 && isApostrophe(w.charCodeAt(w.length - 2))) {
      // /['’]s$/
      w = w.slice(0, -2);
      poss = true;
    } else if (isApostrophe(last)) {
      // "Alvarez’" (plural possessive) or a closing single quote
      w = w.slice(0, -1);
      poss = w.endsWith("s") && /\p{Lu}/u.test(w[0]);
    }
    let consumed = matchEnd - start;
    if (w.charCodeAt(w.length - 1) === 0x2e && !keepsStop(w)) {
      w = w.slice(0, -1);
      if (!poss) consumed -= 1; // the full stop belongs to the sentence
    }
    if (!w) continue;
    const gapBefore = text.slice(prevEnd, start);
    // first on its line: only spaces and opening marks since the line began (a line break in the gap implies it)
    const lineStart = start === 0 || onlyLead;
    const c0 = w.charCodeAt(0);
    const lowerFirst = c0 >= 0x61 && c0 <= 0x7a;
    while (sentence < sentences.length && sentences[sentence].start < start) sentence++;
    const opensSentence = sentence < sentences.length && sentences[sentence].start === start;
    // (a gap of one space, the most common, cannot end in an opening mark or a dash)
    const initial = opensSentence || lineStart || (gapBefore !== " " && /[“"«:]\s*$|[—–]\s+$/.test(gapBefore)) || (out.length === 0);
    out.push({
      text: w,
      start,
      end: start + w.length,
      lower: lowerCase(w),
      cap: isCap(w, c0, lowerFirst),
      upper: isUpper(w, lowerFirst),
      poss,
      initial,
      gapBefore,
      caseless: capsLines.has(lineBegin),
    });
    prevEnd = start + consumed;
  }
  return out;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** A token's `cap` mark: it starts with a capital (not a contraction: "I'd") or is "al-Assad". */
function isCap(w: string, c0: number, lowerFirst: boolean): boolean {
  // (a word opening with a-z: neither test below can hold but "al-Assad")
  if (lowerFirst) return w.includes("-") && CAP_PREFIX.test(w);
  // A-Z: a capital, and CAP_PREFIX (lowercase letters first) cannot match; the contraction test needs an apostrophe
  if (c0 >= 0x41 && c0 <= 0x5a) return !(w.includes("'") || w.includes("’")) || !/['’](?:d|ve|m|ll|re|t)$/i.test(w);
  return (/^[\p{Lu}]/u.test(w) && !/['’](?:d|ve|m|ll|re|t)$/i.test(w)) || CAP_PREFIX.test(w);
}

/** A token's `upper` mark: two or more capitals, digits, ".", "&" or "-", with a capital among them, not only digits. */
function isUpper(w: string, lowerFirst: boolean): boolean {
  if (lowerFirst || w.length < 2) return false;
  // (a lowercase a-z second letter, as in most capitalized words, is outside the class)
  const c1 = w.charCodeAt(1);
  if (c1 >= 0x61 && c1 <= 0x7a) return false;
  return /^[\p{Lu}\p{N}.&-]{2,}$/u.test(w) && /\p{Lu}.*\p{Lu}|\p{Lu}/u.test(w) && !/^\p{N}+$/u.test(w);
}

/**
 * Starts of lines whose capitals say nothing about names: headlines in capitals ("JAPAN GET
 * LUCKY WIN") and in title case ("Fashola Writes Touching Letter To Lagosians"), with at least
 * three words (four for title case, where small words such as "To" are capitalized too).
 */
export function upperLines(text: string): Set<number> {
  const out = new Set<number>();
  // each line's bounds, as text.split("\n") would cut it; only a line that may be a headline is cut out
  for (let pos = 0; pos <= text.length; ) {
    let next = text.indexOf("\n", pos);
    if (next < 0) next = text.length;
    if (!plainLine(text, pos, next) && headlineLine(text.slice(pos, next))) out.add(pos);
    pos = next + 1;
  }
  return out;
}

/** Whether one line reads as a headline: mostly capitals, or title case with a capitalized small word. */
export function headlineLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  const uppers = line.match(/\p{Lu}/gu) ?? [];
  // ("A. Stewart b Mushtaq Ahmed 46": an initial's letter is no small word of a title-case headline)
  const words = line.replace(/(?<!\p{L})\p{Lu}\.(?=\s)/gu, " ").match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length >= 3 && letters.length && uppers.length / letters.length > 0.85) return true;
  if (words.length < 4 || words.length > 20) return false;
  const capped = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const smallCapped = words.filter((w) => /^(?:To|The|Of|In|On|For|And|With|As|At|By|From|A|An|Is|Are|Was|Be|After|Over|Into|Why|How|What|Who|He|She|It|We|They|His|Her|No|Not|Up|Down|Out|About|Will|Can|Has|Have|Says|Said|Could|Would|Should|Than|Now)$/.test(w)).length;
  return capped / words.length >= 0.8 && smallCapped >= 1;
}

/**
 * A line (text from `start` to `end`) that is certainly no headline (upperLines), told without splitting
 * it into words: at least 15% of it is lowercase a-z, so not 85% of its letters are capitals, and at
 * least five words start with a lowercase a-z after a space, so it has not 80% capitalized words among
 * at most twenty. Both counts only grow along the line, so it stops reading once both are reached
 * (most lines of an article are long running text).
 */
function plainLine(text: string, start: number, end: number): boolean {
  const needLower = 3 * (end - start);
  let lower = 0;
  let lowerStarts = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      lower++;
      if (i > start && text.charCodeAt(i - 1) === 0x20) {
        lowerStarts++;
        if (lowerStarts >= 5 && 20 * lower >= needLower) return true;
      }
    }
  }
  return lowerStarts >= 5 && 20 * lower >= needLower;
}

/** Whether `word` (any case) is "bin", "ibn", "bint": the words after it name a parent ("Mohammed bin Salman"). */
export const isPatronymicParticle = (word: string): boolean => PATRONYMIC_PARTICLES.has(word.toLowerCase());

/**
 * Whether the word at `k` of a written name (its words in order, particles kept) opens a parent's name:
 * it stands right after a patronymic particle ("Salman" in "Mohammed bin Salman"), so a shorter name that
 * starts there is the father (or mother), another person. The one reading of the rule: the entities'
 * coreference and the cross-article name comparison (pipeline/names.ts) both ask it.
 */
export const opensParentName = (words: readonly string[], k: number): boolean => k > 0 && isPatronymicParticle(words[k - 1]);

/** Lowercase, accents removed, curly apostrophes straightened: for comparing names. */
export function foldName(s: string): string {
  // plain ASCII without a backtick (nearly every word) is only lowercased and trimmed: NFKD and the
  // replacements below change nothing there, and the extractors fold every word they test
  if (isPlainAscii(s)) return s.toLowerCase().trim();
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .trim();
}

/** Only ASCII characters, none of them a backtick (which foldName straightens). */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 0x60) return false;
  }
  return true;
}

/** A word with capitals only after the first letter, as a headline writes "WASHINGTON" → "Washington". */
export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-\s'’])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Edit distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (!n) return m;
  if (!m) return n;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => [i, ...new Array<number>(m).fill(0)]);
  for (let j = 1; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

/** Jaro-Winkler similarity in [0, 1]. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const range = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const am = new Array<boolean>(a.length).fill(false);
  const bm = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(b.length, i + range + 1); j++) {
      if (bm[j] || a[i] !== b[j]) continue;
      am[i] = bm[j] = true;
      matches++;
      break;
    }
  }
  if (!matches) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!am[i]) continue;
    while (!bm[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && a[prefix] && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Whether two spellings of a name are likely the same name misspelled: one edit apart and
 * close by Jaro-Winkler, both long enough that one edit is a slip and not another name.
 */
export function isNearSpelling(a: string, b: string): boolean {
  return isNearFolded(foldName(a), foldName(b));
}

/** `isNearSpelling` of two names already folded (`foldName`). */
export function isNearFolded(x: string, y: string): boolean {
  if (x === y) return false;
  if (Math.min(x.length, y.length) < 5) return false;
  // in a long multi-word name one edit is a slip even early on ("Tran de Aragua")
  return withinOneEdit(x, y) && jaroWinkler(x, y) >= (x.length >= 10 && /\s/.test(x) ? 0.85 : 0.9);
}

/**
 * `editDistance(a, b) <= 1` without the table: equal, or one letter changed, added, dropped, or two neighbours
 * swapped, all at the first place they differ. (Every unknown organization is compared with the listed ones.)
 */
export function withinOneEdit(a: string, b: string): boolean {
  const n = a.length;
  const m = b.length;
  if (n - m > 1 || m - n > 1) return false;
  let i = 0;
  while (i < n && i < m && a[i] === b[i]) i++;
  if (i === n && i === m) return true;
  if (n > m) return a.slice(i + 1) === b.slice(i);
  if (m > n) return a.slice(i) === b.slice(i + 1);
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return i + 1 < n && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

// compromise's word list is one more signal (a look-up only, no parsing): it knows many given
// names, surnames, places and everyday words. Its classes ship as data (lexicon/word-classes.ts,
// generated from the library by `npm run lexicon`), so no process or thread loads the library.

export type WordClass = "given" | "surname" | "person" | "place" | "organization" | "date" | "demonym" | "common";
type Entry = { cls: WordClass; he: "he" | "she" | null };

let WORDS: Map<string, Entry> | null = null;
function words(): Map<string, Entry> {
  if (WORDS) return WORDS;
  WORDS = new Map();
  for (const [list, listed] of Object.entries(WORD_CLASS_LISTS)) {
    const entry: Entry =
      list === "givenHe" ? { cls: "given", he: "he" } : list === "givenShe" ? { cls: "given", he: "she" } : { cls: list as WordClass, he: null };
    for (const w of listed) WORDS.set(w, entry);
  }
  return WORDS;
}

/** What compromise's word list says a lowercase word is, or null when it does not know it. */
export function wordClass(lower: string): WordClass | null {
  return words().get(lower)?.cls ?? null;
}

/** The pronoun compromise's word list gives a given name, if any. */
export function lexiconGender(lower: string): "he" | "she" | null {
  return words().get(lower)?.he ?? null;
}
