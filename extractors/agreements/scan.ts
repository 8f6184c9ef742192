// Scan once, look up by offset. The agreement steps ask "which countries (movements) are named in
// text[from, to)?" for many small windows of one article; a global RegExp started at `from` runs on
// past `to` to its next match, so each window paid for a scan of the text after it (the country and
// movement alternations are large). Here each pattern runs once over the whole text, and a window's
// matches are read from the sorted hits by binary search.
import { countBefore } from "../text.js";

export interface RawHit {
  text: string;
  start: number;
  end: number;
}

const memo = new WeakMap<RegExp, { text: string; hits: RawHit[] }>();

function allMatches(re: RegExp, text: string): RawHit[] {
  const cached = memo.get(re);
  if (cached && cached.text === text) return cached.hits;
  const hits: RawHit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0].length) re.lastIndex++; // never for these patterns; keeps the loop finite
    hits.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  memo.set(re, { text, hits });
  return hits;
}

/**
 * The matches `re` (global) finds scanning `text` from `from`, in order, while they start before `to`:
 * the same matches as `re.lastIndex = from; re.exec(text)…`. A whole-text scan finds the same ones
 * after `from` unless one of its matches straddles `from` (it hides a match a scan from `from` would
 * see); then, and where `from` splits a surrogate pair, the scan runs from `from` as before.
 */
export function matchesIn(re: RegExp, text: string, from: number, to: number): RawHit[] {
  const hits = allMatches(re, text);
  const i = countBefore(hits, from, (h) => h.start);
  const splitsPair = from > 0 && from < text.length && /[\uDC00-\uDFFF]/.test(text[from]) && /[\uD800-\uDBFF]/.test(text[from - 1]);
  if ((i > 0 && hits[i - 1].end > from) || splitsPair) {
    const out: RawHit[] = [];
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }
  const out: RawHit[] = [];
  for (let j = i; j < hits.length && hits[j].start < to; j++) out.push(hits[j]);
  return out;
}
