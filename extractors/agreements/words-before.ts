// The words right before an offset, nearest first, as the descriptive step reads a noun phrase's
// left side ("the new US-Guatemala asylum agreement" before "agreement"). A word is an optional
// opening quote, a letter or digit, then letters, digits, ".", "’", "'", "-", then an optional
// closing quote; a comma, a colon, a bracket or a sentence stop ends the phrase, except after an
// initial ("J.") or "U.S.". Each step reads at most the 60 characters before the previous word.
//
// This once ran an end-anchored RegExp over each 60-character chunk, and an end-anchored pattern
// is tried from every position of its chunk; the scan below reads back from the end instead, with
// the same result (test/agreements-words-before.test.ts holds the RegExp version and compares).
// Astral characters (surrogate pairs) where a word ends still go through the RegExp, which reads
// them as code points.

export interface WordBefore {
  word: string;
  start: number;
  end: number;
}

const WORD_BEFORE = /([“”"‘’']?[\p{L}\p{N}][\p{L}\p{N}.’'-]*[“”"‘’']?)\s*$/u;
const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

const isSpace = (c: string) => SPACE.test(c);
const isLetterOrDigit = (c: string) => (c <= "\u007f" ? (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") : LETTER_OR_DIGIT.test(c));
/** Inside a word: a letter, a digit, "." "’" "'" "-". */
const isWordChar = (c: string) => isLetterOrDigit(c) || c === "." || c === "’" || c === "'" || c === "-";
const isQuote = (c: string) => c === "“" || c === "”" || c === '"' || c === "‘" || c === "’" || c === "'";
/** A RegExp \b word character (no u flag). */
const isAsciiWord = (c: string) => /\w/.test(c);

/** Where the word ending at `e` (after trailing spaces are cut) starts in text[lo, e), or -1; null: ask the RegExp. */
function wordStart(text: string, lo: number, e: number): number | null {
  let stop = e;
  // a closing quote that is no word character: ” " “ ‘
  if (stop > lo && isQuote(text[stop - 1]) && !isWordChar(text[stop - 1])) stop--;
  let j = stop;
  while (j > lo && isWordChar(text[j - 1])) j--;
  if (j > lo && SURROGATE.test(text[j - 1])) return null;
  let first = j;
  while (first < stop && !isLetterOrDigit(text[first])) first++;
  if (first >= stop) return -1;
  return first - 1 >= lo && isQuote(text[first - 1]) ? first - 1 : first;
}

export function wordsBefore(text: string, end: number, limit: number): WordBefore[] {
  const out: WordBefore[] = [];
  let cut = end;
  while (out.length < limit) {
    const lo = Math.max(0, cut - 60); // the chunk text[lo, cut)
    let e = cut;
    while (e > lo && isSpace(text[e - 1])) e--;
    // a comma, colon, bracket or stop ends the phrase; "J." and "U.S." do not
    if (e > lo && ",;:.!?()".includes(text[e - 1])) {
      const initial = text[e - 1] === "." && e - 2 >= lo && text[e - 2] >= "A" && text[e - 2] <= "Z" && (e - 3 < lo || !isAsciiWord(text[e - 3]));
      const us = e - 4 >= lo && text.slice(e - 4, e) === "U.S.";
      if (!initial && !us) break;
    }
    let s = wordStart(text, lo, e);
    if (s === null) {
      const m = text.slice(lo, cut).match(WORD_BEFORE);
      s = m ? cut - m[0].length : -1;
    }
    if (s < 0) break;
    out.push({ word: text.slice(s, e), start: s, end: e });
    cut = s;
  }
  return out;
}
