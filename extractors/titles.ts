// Reads a title at a token: [rank] [portfolio words] head [-elect] [of|for portfolio].
// "Foreign Minister", "Homeland Security Secretary", "Secretary of State", "President-elect",
// "Deputy Prime Minister", "Minister of the Interior". The words are data in lexicon/titles.ts.
import { AGENCY_TITLE_HEADS, PORTFOLIOS, TITLE_HEADS, TITLE_RANKS, type TitleKind } from "./lexicon/titles.js";
import type { Token } from "./names.js";

export interface TitleMatch {
  /** Tokens the title covers (0: no title here). */
  length: number;
  /** The title as written. */
  text: string;
  /** The head, as listed: "Minister", "President". */
  head: string;
  kind: TitleKind | null;
  /** Suffix "-elect" / "-designate" glued to the head. */
  suffix: string | null;
  start: number;
  end: number;
}

const NONE: TitleMatch = { length: 0, text: "", head: "", kind: null, suffix: null, start: 0, end: 0 };

const split = (s: string) => s.toLowerCase().split(/\s+/);
const HEADS = [...TITLE_HEADS].map((h) => ({ ...h, words: split(h.head) })).sort((a, b) => b.words.length - a.words.length);
const PORTS = [...PORTFOLIOS].map(split).sort((a, b) => b.length - a.length);
const RANKS = [...TITLE_RANKS].map(split).sort((a, b) => b.length - a.length);

const SPACE = /^[ \t\u00a0]+$/;

/** The words of tokens from i, lowercased, with a glued "-elect" set apart. */
function wordAt(toks: Token[], i: number, lowercaseOk: boolean): TitleWord | null {
  const t = toks[i];
  if (!t) return null;
  if (!lowercaseOk && !t.cap && t.text !== "of" && t.text !== "for" && t.text !== "the" && t.text !== "and") return null;
  let hit = WORDS.get(t.lower);
  if (!hit) {
    // "then-Home Secretary", "ex-President": the glued modifier stays in the title's text
    const lower = t.lower.replace(/^(?:then|ex|former)-(?=\p{L})/u, "");
    const m = lower.match(/^(.*?)(-elect|-designate)$/);
    const w = m ? m[1] : lower;
    hit = { w, suffix: m ? m[2] : null, bare: w.endsWith(".") ? w.slice(0, -1) : w };
    if (WORDS.size >= WORDS_LIMIT) WORDS.clear();
    WORDS.set(t.lower, hit);
  }
  return hit;
}

/**
 * Each word's title word, computed once: it depends only on the lowercased word, so a map by that string
 * serves every article (a WeakMap by token was filled again for each article, and cost more to look up
 * and to collect than the few string operations it saved). Bounded: cleared when full.
 */
const WORDS = new Map<string, TitleWord>();
/** A word as titles are matched: lowercased, a glued "-elect" apart (`suffix`), and `w` without a full stop (`bare`). */
interface TitleWord {
  w: string;
  suffix: string | null;
  bare: string;
}
const WORDS_LIMIT = 50_000;

/** First words of title parts, to skip tokens that cannot start one. */
const FIRST_WORDS = new Set([...RANKS, ...PORTS, ...HEADS.map((h) => h.words)].map((w) => w[0].replace(/\.$/, "")));

/** Word sequences listed under their first word (and that word without its full stop), each list in the given order. */
type SeqIndex = Map<string, string[][]>;
function bySeqStart(seqs: readonly string[][]): SeqIndex {
  const index: SeqIndex = new Map();
  for (const seq of seqs) {
    for (const key of new Set([seq[0], seq[0].replace(/\.$/, "")])) {
      const list = index.get(key);
      if (list) list.push(seq);
      else index.set(key, [seq]);
    }
  }
  return index;
}
const RANKS_AT = bySeqStart(RANKS);
const PORTS_AT = bySeqStart(PORTS);
const HEADS_AT = bySeqStart(HEADS.map((h) => h.words));
const HEAD_OF = new Map<string, (typeof HEADS)[number]>();
for (const h of HEADS) if (!HEAD_OF.has(h.words.join(" "))) HEAD_OF.set(h.words.join(" "), h);

/** The first of `seqs` (in their order) written at token i: only those starting with its word are tried. */
function matchSeq(toks: Token[], i: number, seqs: SeqIndex, lowercaseOk: boolean): { n: number; words: string[]; suffix: string | null } | null {
  const at = wordAt(toks, i, lowercaseOk);
  if (!at) return null;
  for (const seq of seqs.get(at.w) ?? []) {
    let ok = true;
    let suffix: string | null = null;
    for (let k = 0; k < seq.length; k++) {
      const x = wordAt(toks, i + k, lowercaseOk);
      if (!x || (k > 0 && !SPACE.test(toks[i + k].gapBefore)) || (k < seq.length - 1 && (toks[i + k].poss || x.suffix))) {
        ok = false;
        break;
      }
      if (x.w !== seq[k] && x.w !== seq[k].replace(/\.$/, "")) {
        ok = false;
        break;
      }
      if (k === seq.length - 1) suffix = x.suffix;
    }
    if (ok) return { n: seq.length, words: seq, suffix };
  }
  return null;
}

/**
 * The title that starts at token i, or a zero-length match. Titles are capitalized before a
 * name; `lowercase` also accepts "the foreign minister" (appositions).
 */
export function matchTitleAt(toks: Token[], i: number, opts: { lowercase?: boolean; bare?: boolean } = {}): TitleMatch {
  const lc = !!opts.lowercase;
  const first = wordAt(toks, i, lc);
  if (!first || !FIRST_WORDS.has(first.bare)) return NONE;
  let k = i;
  let rank = matchSeq(toks, k, RANKS_AT, lc);
  // "Under Secretary" is a rank; "Under President X" is a preposition
  if (rank && rank.words[0] === "under" && wordAt(toks, k + 1, lc)?.w !== "secretary") rank = null;
  if (rank && !rank.suffix) k += rank.n;
  let ports = 0;
  for (;;) {
    if (k > i && !SPACE.test(toks[k]?.gapBefore ?? "")) break;
    if (toks[k - 1]?.poss && k > i) break;
    const p = matchSeq(toks, k, PORTS_AT, lc);
    if (!p || p.suffix) break;
    // a portfolio word that is itself a head ("State" is not; "Security" is not): keep going
    k += p.n;
    ports++;
  }
  let head = (k > i && (!SPACE.test(toks[k]?.gapBefore ?? "") || toks[k - 1]?.poss)) ? null : matchSeq(toks, k, HEADS_AT, lc);
  if (!head && ports) {
    // "Interior" was a head's portfolio only if a head follows; retry without portfolios
    k = rank && !rank.suffix ? i + rank.n : i;
    ports = 0;
    head = matchSeq(toks, k, HEADS_AT, lc);
  }
  if (!head) return NONE;
  const entry = HEAD_OF.get(head!.words.join(" "))!;
  k += head.n;
  let end = k;
  // "Secretary of State", "Minister for Immigration", "Minister of the Interior"
  const of = toks[k];
  // (a portfolio after "of" belongs to ministers and commissioners; "President of the X" names a body)
  if (!head.suffix && of && SPACE.test(of.gapBefore) && (of.text === "of" || of.text === "for") && !toks[k - 1].poss && (entry.kind === "minister" || entry.kind === "agency_head")) {
    let j = k + 1;
    if (toks[j]?.text === "the" && SPACE.test(toks[j].gapBefore)) j++;
    const p = toks[j] && SPACE.test(toks[j].gapBefore) ? matchSeq(toks, j, PORTS_AT, lc) : null;
    if (p && (toks[j].cap || lc)) end = j + p.n;
    else if (toks[j] && SPACE.test(toks[j].gapBefore)) end = affairsEnd(toks, j, lc) ?? end;
    // "Secretary of State for African Affairs": a desk of the portfolio, "for" one or two words and "Affairs"
    const f = toks[end];
    if (end > k && f?.text === "for" && SPACE.test(f.gapBefore) && toks[end + 1] && SPACE.test(toks[end + 1].gapBefore)) end = affairsEnd(toks, end + 1, lc) ?? end;
  }
  const withTail = end > k;
  // "Director" alone is no title unless the caller has its body ("CBP Commissioner")
  if (!opts.bare && !entry.standalone && !ports && !withTail && !rank) return NONE;
  if (!opts.bare && AGENCY_TITLE_HEADS.has(entry.head.toLowerCase()) && !ports && !withTail) return NONE;
  const last = toks[end - 1];
  return {
    length: end - i,
    text: toks.slice(i, end).map((t, n) => (n ? t.gapBefore + t.text : t.text)).join(""),
    head: entry.head,
    kind: entry.kind,
    suffix: head.suffix,
    start: toks[i].start,
    end: last.end,
  };
}

/**
 * Where a desk named by its field ends: one or two capitalised words and "Affairs" ("African Affairs", "Consular
 * Affairs", "Near Eastern Affairs"), an open class the portfolio list cannot hold; null when the words at j are none.
 */
function affairsEnd(toks: Token[], j: number, lc: boolean): number | null {
  for (let n = 1; n <= 2; n++) {
    const last = toks[j + n];
    if (!last || !SPACE.test(last.gapBefore) || last.lower !== "affairs" || !(last.cap || lc)) continue;
    const words = toks.slice(j, j + n);
    if (words.every((t, m) => (m === 0 || SPACE.test(t.gapBefore)) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.poss)) return j + n + 1;
  }
  return null;
}

/** The title's words as written in `text`. */
export function titleText(text: string, m: TitleMatch): string {
  return text.slice(m.start, m.end);
}
