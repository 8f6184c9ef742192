// Cheap structure shared by the extractors: paragraphs and sentences with offsets.
// While the extractors run, the article's Doc (doc.ts) answers; other callers (reconcile, the
// reports) share a small cache, so several can ask about one text without paying twice.
import type { Span } from "../pipeline/schemas.js";
import { docOf } from "./doc.js";
import type { Token } from "./names.js";
import { ABBREVIATIONS } from "./lexicon/abbreviations.js";

/** A text's structure for callers without its Doc; `tokens` is filled by names.ts's `tokenize` when first asked. */
export interface TextStructure {
  paragraphs: Span[];
  sentences: Span[];
  tokens?: Token[];
}

const cache = new Map<string, TextStructure>();
const CACHE_LIMIT = 8;

/** The cached paragraphs and sentences of `text` (outside the extract stage, which has its Doc). */
export function structure(text: string): TextStructure {
  let hit = cache.get(text);
  if (!hit) {
    const paragraphs = splitParagraphs(text);
    hit = { paragraphs, sentences: paragraphs.flatMap((p) => splitSentences(text, p.start, p.end)), tokens: undefined };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(text, hit);
  }
  return hit;
}

/** Paragraphs: runs of text between blank lines (a single newline also ends one in plain text). */
export function paragraphsOf(text: string): Span[] {
  return docOf(text)?.paragraphs ?? structure(text).paragraphs;
}

/** Sentences, never crossing a paragraph boundary. */
export function sentencesOf(text: string): Span[] {
  return docOf(text)?.sentences ?? structure(text).sentences;
}

/**
 * `w.toLowerCase()`, answered without a call when `w` is ASCII with no capital (most words of an
 * article): the word itself. Tokenizing and speaker finding lowercase every word they look at.
 */
export function lowerCase(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return w.toLowerCase();
  }
  return w;
}

/** The code point that ends right before `at` (u-flag reading: a surrogate pair is one). */
export function codePointBefore(text: string, at: number): string {
  const low = text.charCodeAt(at - 1);
  const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(at - 2, at) : text[at - 1];
}

/**
 * How many of `items` (in ascending order of `keyOf`) have a key below `pos`, or at most `pos`
 * with `inclusive`: a binary search, the one every offset look-up of the extractors uses.
 */
export function countBefore<T>(items: readonly T[], pos: number, keyOf: (item: T) => number, inclusive = false): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = keyOf(items[mid]);
    if (k < pos || (inclusive && k === pos)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the item whose key is exactly `pos` (items in ascending order), or -1: "the token starting here". */
export function indexAt<T>(items: readonly T[], pos: number, keyOf: (item: T) => number): number {
  const i = countBefore(items, pos, keyOf);
  return i < items.length && keyOf(items[i]) === pos ? i : -1;
}

/** The sentence that contains `offset`, or undefined between sentences. */
export function sentenceAt(text: string, offset: number): Span | undefined {
  return sentenceIn(sentencesOf(text), offset);
}

/** Of sentences in text order, the one holding `offset`: the last starting at or before it, if it reaches it. */
export function sentenceIn<S extends { start: number; end: number }>(sentences: readonly S[], offset: number): S | undefined {
  const s = sentences[countBefore(sentences, offset, (x) => x.start, true) - 1];
  return s && offset < s.end ? s : undefined;
}

function trimmed(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { text: text.slice(start, end), start, end } : undefined;
}

export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const p = trimmed(text, last, m.index);
    if (p) out.push(p);
    last = m.index + 1;
  }
  const p = trimmed(text, last, text.length);
  if (p) out.push(p);
  return out;
}

const CLOSERS = `"'”’»)]`;

// "He left. She stayed." → two; "Mr. Trump", "U.S. officials", "Jan. 13", "John L. McCullough" → one.
export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const re = /[.!?]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let end = m.index + m[0].length;
    while (end < to && CLOSERS.includes(text[end])) end++;
    if (end < to && !/\s/.test(text[end])) continue; // "2.0", "U.S.-Mexico", "e.g.,"
    if (m[0] === "." && isAbbreviation(text, m.index)) continue;
    const next = text.slice(end, to).match(/^\s*(\S)/);
    if (next && /[a-z,;]/.test(next[1])) continue; // "the U.S. military", "Rev. John"
    const s = trimmed(text, start, end);
    if (s) out.push(s);
    start = end;
  }
  const s = trimmed(text, start, to);
  if (s) out.push(s);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  // only the last few characters: a "$"-anchored regex over the whole prefix made the split quadratic
  // (a scan back from the stop, as /([\p{L}.]+)$/u on those characters would match, without trying every start)
  const from = Math.max(0, dot - 64);
  let i = dot;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) i--;
    else if (c < 0x80) break;
    else if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && /^\p{L}$/u.test(text.slice(i - 2, i))) i -= 2;
    else if (/^\p{L}$/u.test(text[i - 1])) i--;
    else break;
  }
  const word = text.slice(i, dot);
  if (!word) return false;
  // (each Unicode test only where it can hold: one letter is at most two units; "U.S" holds a full stop)
  if (word.length <= 2 && /^\p{Lu}$/u.test(word)) return true; // an initial: "John L. McCullough"
  if (word.includes(".") && /^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m"
  return isAbbreviationWord(word);
}

// the longest abbreviation, when all are ASCII: a word whose lower case is one of them has one unit per letter
// (no character but ASCII letters and the Kelvin sign lowercases to an ASCII letter), so a longer word is none
const ABBREVIATION_MAX = [...ABBREVIATIONS].every((a) => /^[\x00-\x7f]*$/.test(a)) ? Math.max(...[...ABBREVIATIONS].map((a) => a.length)) : Infinity;

/** ABBREVIATIONS.has(word.toLowerCase()), without lowercasing a word too long to be one (most words before a full stop). */
export function isAbbreviationWord(word: string): boolean {
  return word.length <= ABBREVIATION_MAX && ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The scan of one Unicode character class (`re` matches one character, with the u flag):
 * `at(text, i)` is the length in UTF-16 units of the character at i when it is in the class (1, or
 * 2 for a surrogate pair), else 0. Each code unit's answer is worked out once and kept in a table,
 * so a hand-written scan pays no RegExp per character.
 */
export function charClassAt(re: RegExp): (text: string, i: number) => number {
  const units = new Uint8Array(0x10000); // 0 not yet known, 1 in the class, 2 not
  for (let c = 0; c < 0x80; c++) units[c] = re.test(String.fromCharCode(c)) ? 1 : 2;
  return (text, i) => {
    const c = text.charCodeAt(i);
    if (c !== c) return 0; // past the end
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      return d >= 0xdc00 && d <= 0xdfff && re.test(text.slice(i, i + 2)) ? 2 : 0;
    }
    let k = units[c];
    if (k === 0) k = units[c] = re.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1 ? 1 : 0;
  };
}
