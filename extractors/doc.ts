// One parsed document: the article's paragraphs, sentences and words, found once per article by the
// extract stage (pipeline/extract.ts) and shared by every extractor, so none splits or tokenizes the
// text again. While the extractors run, the Doc is "in scope": the text-level helpers
// (`sentencesOf(text)`, `paragraphsOf(text)`, `tokenize(text)`) answer from it when asked about its
// text, so helpers that take only the text need no cache of their own.
import type { Span } from "../pipeline/schemas.js";
import { tokensOf, type Token } from "./names.js";
import { splitParagraphs, splitSentences } from "./text.js";

export interface Doc {
  readonly text: string;
  /** Runs of text between line breaks (blank or single), trimmed. */
  readonly paragraphs: Span[];
  /** Sentences, never crossing a paragraph boundary. */
  readonly sentences: Span[];
  /** The words, with offsets and their capitalization and position marks (names.ts). */
  readonly tokens: Token[];
}

/** Splits and tokenizes `text` once. */
export function parseDoc(text: string): Doc {
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));
  return { text, paragraphs, sentences, tokens: tokensOf(text, sentences) };
}

let current: Doc | null = null;

/** Runs `f` (synchronous) with `doc` in scope: the one article the extractors are reading. */
export function withDoc<T>(doc: Doc, f: () => T): T {
  const outer = current;
  current = doc;
  try {
    return f();
  } finally {
    current = outer;
  }
}

/** The Doc in scope when it is the one of `text`. */
export function docOf(text: string): Doc | null {
  return current !== null && current.text === text ? current : null;
}

/**
 * Runs `f` with the Doc of `text` in scope: the one the extract stage put there, else a parse of its own
 * (an extractor called on a string, as the unit tests do), so the per-Doc scans below are shared either way.
 */
export function inDocOf<T>(text: string, f: () => T): T {
  return docOf(text) ? f() : withDoc(parseDoc(text), f);
}

const memos = new WeakMap<Doc, Map<string, unknown>>();

/**
 * `compute()` once per Doc under `key`: a scan of the whole text that several extractors, or many calls of
 * one, share (the reporting verbs, the name scan), kept with the article's parse rather than in a module
 * cache keyed on the text. With no Doc of `text` in scope it is computed at each call.
 */
export function perDoc<T>(text: string, key: string, compute: () => T): T {
  const doc = docOf(text);
  if (!doc) return compute();
  let memo = memos.get(doc);
  if (!memo) memos.set(doc, (memo = new Map()));
  if (!memo.has(key)) memo.set(key, compute());
  return memo.get(key) as T;
}
