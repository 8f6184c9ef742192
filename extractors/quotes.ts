// Quotation spans: pairs curly, straight and guillemet marks inside a paragraph, follows the
// newswire convention where a quote runs on into the next paragraph (an opening mark there and
// no closing one here), and leaves marks inside a quote (quotes within quotes) to the outer one.
// Deciding whether a span is a claim or a scare quote happens in `isQuotedTerm`.
import type { Diagnostic } from "../pipeline/schemas.js";
import { countBefore, paragraphsOf } from "./text.js";

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the end of its last paragraph. */
  close: number;
  /** The quoted words, marks excluded and trimmed. */
  start: number;
  end: number;
  /** Opened by a mark with a matching close (false: unbalanced, kept to the paragraph's end). */
  balanced: boolean;
  /** Number of paragraphs the quote runs over. */
  paragraphs: number;
}

type MarkSystem = "double" | "single";

// British copy often uses straight single marks as the main ones: "'We need more evidence,' he said."
const OPENERS: Record<MarkSystem, string> = { double: "“\"«„", single: "‘'" };
const CLOSERS_OF: Record<string, string> = { "“": "”\"“", "\"": "\"”", "«": "»", "„": "“”", "‘": "’", "'": "'’" };

/** Whether a UTF-16 unit may be one of the marks above (every opener and closer: " ' « » and U+2018-U+201E). */
const isMarkUnit = (u: number) => u === 0x22 || u === 0x27 || u === 0xab || u === 0xbb || (u >= 0x2018 && u <= 0x201e);

const before = (text: string, i: number) => (i > 0 ? text[i - 1] : "\n");
const after = (text: string, i: number) => (i + 1 < text.length ? text[i + 1] : "\n");

// "“Hello" / " \"Hello" / "(‘Hello" → an opening mark; "don’t", "‘90s" are not.
function opensAt(text: string, i: number, system: MarkSystem): boolean {
  const c = text[i];
  const prev = before(text, i);
  const next = after(text, i);
  if (system === "double") {
    // "« Nous … »" and tokenized "`` We 're …": one space may follow the opening mark
    if (c === "«" || c === "“" || c === "„") return /\S/.test(next) || (next === " " && /[\p{L}\p{N}]/u.test(after(text, i + 1)));
    // ("” … what I learned …": at a paragraph's start a mark and a space may open an excerpt)
    if (c === "\"" || c === "”") return /[\s(\[{—–\-/:]/.test(prev) && (/[^\s,.;:]/.test(next) || (prev === "\n" && next === " " && /[…\p{L}]/u.test(after(text, i + 1))));
    return false;
  }
  // a straight mark opens only before a letter: "'90s" and "rock 'n' roll" stay apostrophes
  if (c === "'") return /[\s(\[{—–\-/:]/.test(prev) && /\p{L}/u.test(next) && !/^'n'/.test(text.slice(i, i + 3));
  return c === "‘" && /[\s(\[{—–\-“"/:]/.test(prev) && /[\p{L}\p{N}“"…]/u.test(next) && !/\d/.test(next);
}

// "…region,”" closes; "workers’ rights" can close a ‘…’ pair but "don’t" cannot.
function closesAt(text: string, i: number, opener: string): boolean {
  const c = text[i];
  if (!CLOSERS_OF[opener]?.includes(c)) return false;
  const prev = before(text, i);
  const next = after(text, i);
  if (c === "’") return /\S/.test(prev) && !/[\p{L}\p{N}]/u.test(next);
  // "workers' rights" inside a straight-quoted span: a plural possessive before a lowercase noun
  if (c === "'") return /\S/.test(prev) && !/[\p{L}\p{N}]/u.test(next) && !(prev === "s" && /^ \p{Ll}/u.test(text.slice(i + 1, i + 3)));
  if (c === "\"" || c === "”") return /\S/.test(prev) || /[\s,.;:!?)]/.test(next);
  // ("It's unusual,“ said Noble": an opening mark typed for the closing one, after the words and
  // before a space, closes the quote)
  if (c === "“") return opener === "“" && /[\p{L}\p{N},.!?…]/u.test(prev) && /\s/.test(next);
  return true;
}

function systemOf(text: string, start: number, end: number): MarkSystem | undefined {
  const p = text.slice(start, end);
  if (/[“”"«»„]/.test(p)) return "double";
  // (each pattern below only where its mark is: most paragraphs have neither)
  if (p.includes("‘") && /(?:^|[\s(\[“"—–])‘[\p{L}\p{N}]/u.test(p)) return "single";
  // straight single marks only when a paragraph has an opening one and a closing one after a word
  if (p.includes("'") && /(?:^|[\s(\[—–])'\p{L}/u.test(p) && /[\p{L}.,!?]'(?![\p{L}\p{N}])/u.test(p)) return "single";
  return undefined;
}

function trimInner(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s]/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  return [start, end];
}

/** Every top-level quotation in `text`, in order, with diagnostics for unbalanced marks. */
export function findQuotes(original: string): { quotes: QuoteSpan[]; diagnostics: Diagnostic[] } {
  // "‘‘Hello,’’ she said": doubled single marks stand for double ones (same length, same offsets)
  // (the New York Times archive writes both marks as two straight apostrophes: "''We won,'' she said")
  const closed = original
    .replace(/‘‘/g, " “")
    .replace(/’’/g, "” ")
    .replace(/``/g, " “")
    .replace(/''(?=[\s,.;:!?]|$)/g, "” ");
  // (the pattern with a look-behind is tried at every offset: only where a doubled mark is left)
  const text = closed.includes("''") ? closed.replace(/(?<=^|[\s(\[—–-])''(?=[\p{L}\p{N}…])/gu, " “") : closed;
  const quotes: QuoteSpan[] = [];
  const diagnostics: Diagnostic[] = [];
  const paras = paragraphsOf(text);
  // a quote left open at the end of a paragraph, waiting for the next one to continue it
  let carry: { open: number; opener: string; system: MarkSystem; paragraphs: number; from: number } | undefined;
  for (let p = 0; p < paras.length; p++) {
    const para = paras[p];
    const system = carry?.system ?? systemOf(text, para.start, para.end);
    if (!system) continue;
    let i = para.start;
    let open: { at: number; opener: string; paragraphs: number; from: number } | undefined;
    if (carry) {
      // "“…\n\n“Second paragraph of the same quote …”": skip the continuing mark
      const first = text[para.start];
      if (OPENERS[carry.system].includes(first) || (carry.system === "double" && first === "”")) {
        open = { at: carry.open, opener: carry.opener, paragraphs: carry.paragraphs + 1, from: carry.from };
        i = para.start + 1;
      }
      carry = undefined;
    }
    for (; i < para.end; i++) {
      // (a character that is no mark does nothing below, and most are none)
      if (!isMarkUnit(text.charCodeAt(i))) continue;
      const c = text[i];
      if (!open) {
        if (OPENERS[system].includes(c) || (system === "double" && c === "”")) {
          // a doubled opening mark ("‘‘", "``", "''") starts one character earlier
          if (opensAt(text, i, system)) open = { at: i > 0 && /^(?:‘‘|``|'')$/.test(original.slice(i - 1, i + 1)) ? i - 1 : i, opener: c === "”" ? "\"" : c, paragraphs: 1, from: i + 1 };
          else if (c !== "\"" && c !== "”") pushStray(text, i, diagnostics);
        } else if (system === "double" && (c === "”" || c === "»")) pushStray(text, i, diagnostics);
      } else if (closesAt(text, i, open.opener)) {
        const [s, e] = trimInner(text, open.from, i);
        // a doubled closing mark ("’’", "''") ends one character later
        const close = /^(?:’’|'')$/.test(original.slice(i, i + 2)) ? i + 1 : i;
        if (e > s) quotes.push({ open: open.at, close, start: s, end: e, balanced: true, paragraphs: open.paragraphs });
        open = undefined;
      }
    }
    if (open) {
      const next = paras[p + 1];
      const nextFirst = next ? text[next.start] : "";
      if (next && (OPENERS[system].includes(nextFirst) || (system === "double" && nextFirst === "”"))) {
        carry = { open: open.at, opener: open.opener, system, paragraphs: open.paragraphs, from: open.from };
        continue;
      }
      const [s, e] = trimInner(text, open.from, para.end);
      diagnostics.push({
        rule: "unbalanced-quote",
        message: "opening quotation mark with no closing mark in its paragraph",
        text: text.slice(open.at, Math.min(para.end, open.at + 80)),
        start: open.at,
        end: Math.min(para.end, open.at + 80),
      });
      if (e > s) quotes.push({ open: open.at, close: -1, start: s, end: e, balanced: false, paragraphs: open.paragraphs });
    }
  }
  return { quotes, diagnostics };
}

function pushStray(text: string, i: number, diagnostics: Diagnostic[]) {
  diagnostics.push({ rule: "unbalanced-quote", message: "quotation mark with no partner", text: text[i], start: i, end: i + 1 });
}

// How many words `s` holds, counting no further than `limit`: the matches of
// /[\p{L}\p{N}][\p{L}\p{N}’'\-]*/gu (a letter or digit starts a word, which runs on through letters,
// digits, ’ ' and -), counted in one pass without building the matches: claims ask it of many slices
// of every article, mostly whether a clause has a few words.
function countWords(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const letter = isLetterOrDigit(cp);
    if (inWord && (letter || cp === 0x2019 || cp === 0x27 || cp === 0x2d)) continue;
    inWord = letter;
    if (letter && ++n >= limit) return n;
  }
  return n;
}

/** How many words `s` holds (see countWords). */
export const wordCount = (s: string): number => countWords(s, Infinity);

/**
 * Whether `s` has at least `n` words as wordCount counts them (`wordCount(s) >= n`), read only up to
 * the n-th word: the claim rules ask for a few words of clauses that may be long.
 */
export const hasWords = (s: string, n: number): boolean => n <= 0 || countWords(s, n) >= n;

const letterOrDigitSeen = new Map<number, boolean>();

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  let b = letterOrDigitSeen.get(cp);
  if (b === undefined) letterOrDigitSeen.set(cp, (b = /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp))));
  return b;
}

// Quotes come out of `findQuotes` in order and never overlap, so each lookup below is a binary
// search for the one quote that can hold a position (a scan over every quote made long texts
// with many quotes quadratic).

/** The end of a quote's span: its closing mark, or the end of its words when it never closes. */
export const quoteClose = (q: QuoteSpan) => (q.close < 0 ? q.end : q.close);

/** Index of the last quote whose opening mark is before `pos`, or -1. */
export function lastQuoteBefore(quotes: readonly QuoteSpan[], pos: number): number {
  return countBefore(quotes, pos, (q) => q.open) - 1;
}

/** True when `pos` lies between a quote's marks. */
export function insideQuote(quotes: readonly QuoteSpan[], pos: number): boolean {
  const i = lastQuoteBefore(quotes, pos);
  return i >= 0 && quoteClose(quotes[i]) > pos;
}

/** The quote whose opening mark is at `pos`. */
export function quoteOpeningAt(quotes: readonly QuoteSpan[], pos: number): QuoteSpan | undefined {
  const q = quotes[lastQuoteBefore(quotes, pos + 1)];
  return q && q.open === pos ? q : undefined;
}

/** True when some quote's words overlap [start, end). */
export function overlapsQuote(quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  const i = lastQuoteBefore(quotes, end);
  for (let j = i; j >= 0 && j >= i - 1; j--) if (quotes[j].start < end && quotes[j].end > start) return true;
  return false;
}

/** True when [start, end) is one direct quote and nothing else, marks aside. */
export function isWholeQuote(quotes: readonly QuoteSpan[], start: number, end: number): boolean {
  const q = quotes[lastQuoteBefore(quotes, start + 2)];
  return !!q && quoteClose(q) >= end - 1;
}

/** The last quote closing in [from, to), or undefined: where a clause after a quote starts. */
export function lastCloseIn(quotes: readonly QuoteSpan[], from: number, to: number): QuoteSpan | undefined {
  for (let j = lastQuoteBefore(quotes, to); j >= 0; j--) {
    const q = quotes[j];
    if (q.close >= from && q.close < to) return q;
    if (quoteClose(q) < from) return undefined;
  }
  return undefined;
}
