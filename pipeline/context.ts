// What the reports show around a piece of evidence: the article it came from (outlet, title,
// publication date) and the sentence that holds the span.
import type { ArticleRecord, Decision } from "./schemas.js";

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
  /** Source file → its article, for evidence in context. */
  articles?: ReadonlyMap<string, SourceInfo>;
  /** Decisions whose conflict no longer exists. */
  orphaned?: readonly Decision[];
}

export function sourcesOf(records: readonly ArticleRecord[]): Map<string, SourceInfo> {
  return new Map(
    records.map((r) => [r.source.file, { title: r.title, outlet: r.outlet, published: r.published.value, inferred: r.published.from === "inferred", text: r.text }]),
  );
}

const SENTENCE_END = /[.!?…]["'”’)\]]*\s+|\n\s*/g;

/** Where sentences end in a text: [the end mark, the end of the sentence with its mark, the start of the next], in order; kept for the last texts asked about. */
const boundaryCache = new Map<string, Array<[number, number, number]>>();
function boundariesOf(text: string): Array<[number, number, number]> {
  let b = boundaryCache.get(text);
  if (!b) {
    b = [...text.matchAll(SENTENCE_END)].map((m) => [m.index, m.index + m[0].trimEnd().length, m.index + m[0].length] as [number, number, number]);
    if (boundaryCache.size >= 512) boundaryCache.clear();
    boundaryCache.set(text, b);
  }
  return b;
}

/** The sentence holding [start, end) as [before, span, after], at most `max` characters each side. */
export function sentenceAround(text: string, start: number, end: number, max = 240): [string, string, string] {
  const bounds = boundariesOf(text);
  // the last boundary whose next sentence starts at or before `start`, found by bisection
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid][2] <= start) lo = mid + 1;
    else hi = mid;
  }
  let from = lo > 0 ? bounds[lo - 1][2] : 0;
  let to = text.length;
  // the first end mark at or after the span's end (one inside the span does not end its sentence)
  for (let i = lo; i < bounds.length; i++) {
    if (bounds[i][0] >= end) {
      to = bounds[i][1];
      break;
    }
  }
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
