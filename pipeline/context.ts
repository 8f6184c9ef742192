// What the reports show around a piece of evidence: the article it came from (outlet, title,
// publication date) and the sentence that holds the span.
import { sentenceAt, sentenceIn, sentencesOf } from "../extractors/text.js";
import type { ArticleRecord, Decision, Span } from "./schemas.js";

/** What the reports know of one source file. */
export interface SourceInfo {
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The publication date was inferred from the text, not stated. */
  inferred: boolean;
  text: string;
}

export interface ReportContext {
  /** Source file → its article, for evidence in context (a Map, or a lookup that reads a source only when a report quotes it). */
  articles?: { get(file: string): SourceInfo | undefined };
  /** Decisions whose conflict no longer exists. */
  orphaned?: readonly Decision[];
}

export function sourcesOf(records: readonly ArticleRecord[]): Map<string, SourceInfo> {
  return new Map(
    records.map((r) => [r.source.file, { title: r.title, outlet: r.outlet, published: r.published.value, inferred: r.published.from === "inferred", text: r.text }]),
  );
}

// A report quotes evidence from thousands of articles in turn, more than the extractors' cache of
// recent texts holds: each source's sentences are found once and kept with it.
type Bounds = Pick<Span, "start" | "end">;
const sentencesMemo = new WeakMap<SourceInfo, readonly Bounds[]>();

/** Where a source's sentences start and end, found once (or as `knowSentences` was told). */
export function sentencesIn(source: SourceInfo): readonly Bounds[] {
  let all = sentencesMemo.get(source);
  if (!all) sentencesMemo.set(source, (all = sentencesOf(source.text)));
  return all;
}

/** A source's sentences as `sentencesIn` found them before (the output folder's index keeps them): not found again. */
export function knowSentences(source: SourceInfo, sentences: readonly Bounds[]) {
  sentencesMemo.set(source, sentences);
}

/** sentenceAround in a source of the report context, its sentences found once for all its evidence. */
export function sentenceAroundIn(source: SourceInfo, start: number, end: number, max = 240): [string, string, string] {
  const sentences = sentencesIn(source);
  return sentenceAround(source.text, start, end, max, (offset) => sentenceIn(sentences, offset));
}

/** The sentence holding [start, end) as [before, span, after], at most `max` characters each side. */
export function sentenceAround(text: string, start: number, end: number, max = 240, at: (offset: number) => Bounds | undefined = (offset) => sentenceAt(text, offset)): [string, string, string] {
  // the extractors' own sentences (extractors/text.ts), so the context is the sentence the finding was read in
  let from = at(start)?.start ?? start;
  let to = at(Math.max(start, end - 1))?.end ?? end;
  if (start - from > max) from = text.lastIndexOf(" ", start - max) + 1 || start - max;
  if (to - end > max) {
    const cut = text.indexOf(" ", end + max);
    to = cut < 0 ? end + max : cut;
  }
  const before = (from > 0 && text.slice(0, from).trim() && start - from >= max ? "…" : "") + text.slice(from, start);
  const after = text.slice(end, to) + (to < text.length && to - end >= max ? "…" : "");
  return [before.replace(/^\s+/, ""), text.slice(start, end), after.replace(/\s+$/, "")];
}

/** Bidirectional-text controls and other invisible format characters: they can make text read differently than it is. */
export const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
