// Reported speech: "X said (that) …", "…, X said.", "according to X, …", "X told CBS …",
// "…, saying that …". The claim is the reported content, not the whole sentence.
import { type QuoteSpan, hasWords, insideQuote, isWholeQuote, lastCloseIn, overlapsQuote, quoteOpeningAt, wordCount } from "./quotes.js";
import {
  ADVERBIAL_OPENERS,
  CLAIM_NOUNS,
  CLAUSE_BREAK_VERBS,
  FINITE_AUXILIARIES,
  IMPERSONAL_PASSIVES,
  PARTICIPLE_CUES,
  QUOTE_ONLY_LEMMAS,
  REPORTING_FORMS,
  SOURCE_PHRASES,
  TELL_AUDIENCES,
  TELL_THE,
  VIEW_NOUNS,
  WEEKDAY_NAMES,
  reportingVerb,
} from "./lexicon/reporting-verbs.js";
import { type SpeakerSpan, plainSubject, speakerAfter, speakerBefore, subjectAtStart } from "./speakers.js";
import { DESCRIPTOR_HEADS, TITLE_WORDS } from "./lexicon/speaker-descriptors.js";
import { charClassAt, countBefore, paragraphsOf, sentenceAt, sentencesOf } from "./text.js";
import { perDoc } from "./doc.js";

/** A claim before its speaker is resolved to a name. */
export interface RawClaim {
  kind: "direct" | "indirect";
  start: number;
  end: number;
  /** The speaker words, "previous" for the last speaker (elided subject, continued quote), or null. */
  speaker: SpeakerSpan | "previous" | null;
  cue: string | null;
  rule: string;
  certain: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Any reporting verb form as a whole word. */
export const VERB_RE = new RegExp(`(?<![\\p{L}\\p{N}’'-])(?:${REPORTING_FORMS.map(esc).join("|")})(?![\\p{L}\\p{N}’'-])`, "gu");
export interface VerbMatch {
  index: number;
  form: string;
}

/** Every reporting-verb form in `text`, found in one pass per article (doc.ts's perDoc). */
export function verbMatches(text: string): VerbMatch[] {
  return perDoc(text, "reporting-verbs", () => scanVerbs(text));
}

// The forms by their first word, longest first (VERB_RE's order): every form is lowercase a-z words and
// spaces, so a match starts a run of [\p{L}\p{N}’'-] and its first word is that whole run.
const FORMS_BY_FIRST_WORD = new Map<string, string[]>();
for (const form of REPORTING_FORMS) {
  const first = form.split(" ")[0];
  const list = FORMS_BY_FIRST_WORD.get(first);
  if (list) list.push(form);
  else FORMS_BY_FIRST_WORD.set(first, [form]);
}
const LONGEST_FIRST_WORD = Math.max(...[...FORMS_BY_FIRST_WORD.keys()].map((w) => w.length));
// the first words' shapes, so most words are passed without being cut out and looked up: by their first
// two letters (a-z, as every form is written), a bit for each length a first word starting so has
const FIRST_WORD_SHAPES = new Uint32Array(26 * 26);
for (const w of FORMS_BY_FIRST_WORD.keys()) {
  if (!/^[a-z]{2,31}$/.test(w)) throw new Error(`reporting verb form with an unexpected first word: ${w}`);
  FIRST_WORD_SHAPES[(w.charCodeAt(0) - 0x61) * 26 + (w.charCodeAt(1) - 0x61)] |= 1 << w.length;
}

/** Whether the run of `len` word characters at `start` may be the first word of a form (false: it is none). */
function mayBeFirstWord(text: string, start: number, len: number): boolean {
  if (len > LONGEST_FIRST_WORD) return false;
  const a = text.charCodeAt(start) - 0x61;
  const b = text.charCodeAt(start + 1) - 0x61;
  return a >= 0 && a < 26 && b >= 0 && b < 26 && (FIRST_WORD_SHAPES[a * 26 + b] & (1 << len)) !== 0;
}

// one character of a word as VERB_RE reads it
const VERB_WORD_CHAR = /^[\p{L}\p{N}’'-]$/u;

/** How many UTF-16 units the character at i takes when it is in [\p{L}\p{N}’'-] (as VERB_RE reads it), else 0. */
const verbWordCharAt = charClassAt(VERB_WORD_CHAR);
/** verbWordCharAt on an ASCII unit: 1 when it is in the class, else 0. */
const ASCII_VERB_WORD_CHAR = Uint8Array.from({ length: 0x80 }, (_, c) => (VERB_WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The matches of VERB_RE in `text`, without running its alternation of every form at every offset: each run
 * of word characters is looked up by its text, and its forms (longest first) tried at its start.
 */
function scanVerbs(text: string): VerbMatch[] {
  const out: VerbMatch[] = [];
  let i = 0;
  while (i < text.length) {
    // (ASCII, most of the text, read from a table here: a call per character was most of the scan)
    const c = text.charCodeAt(i);
    const n = c < 0x80 ? ASCII_VERB_WORD_CHAR[c] : verbWordCharAt(text, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    i += n;
    for (;;) {
      const d = text.charCodeAt(i);
      const k = d < 0x80 ? ASCII_VERB_WORD_CHAR[d] : verbWordCharAt(text, i);
      if (!k) break;
      i += k;
    }
    const forms = mayBeFirstWord(text, start, i - start) ? FORMS_BY_FIRST_WORD.get(text.slice(start, i)) : undefined;
    if (!forms) continue;
    for (const form of forms) {
      if (form.length > i - start && !text.startsWith(form, start)) continue;
      const end = start + form.length;
      if (verbWordCharAt(text, end)) continue;
      out.push({ index: start, form });
      i = Math.max(i, end);
      break;
    }
  }
  return out;
}

/** Index of the first verb in `all` at or after `pos`. */
function firstVerbFrom(all: readonly VerbMatch[], pos: number): number {
  return countBefore(all, pos, (v) => v.index);
}

/** The reporting verbs whose offsets fall in [from, to). */
export function verbsIn(text: string, from: number, to: number): VerbMatch[] {
  const all = verbMatches(text);
  const out: VerbMatch[] = [];
  for (let i = firstVerbFrom(all, from); i < all.length && all[i].index < to; i++) out.push(all[i]);
  return out;
}

/** The first reporting verb in [from, to) (`verbsIn(…)[0]`), without listing the others. */
export function firstVerbIn(text: string, from: number, to: number): VerbMatch | undefined {
  const all = verbMatches(text);
  const i = firstVerbFrom(all, from);
  return i < all.length && all[i].index < to ? all[i] : undefined;
}

/** The last reporting verb in [from, to), without listing the others. */
export function lastVerbIn(text: string, from: number, to: number): VerbMatch | undefined {
  const all = verbMatches(text);
  const last = all[firstVerbFrom(all, to) - 1];
  return last && last.index >= from ? last : undefined;
}

export const SOURCE_RE = new RegExp(`(?<![\\p{L}])(?:${SOURCE_PHRASES.map(esc).join("|")})(?![\\p{L}])`, "giu");
// a piece of each source phrase that a text matching it (in any case) holds in lower case: its longest run without
// "s" or "k", the letters non-ASCII ones fold to ("ſ", the Kelvin sign); "" (always look) for a phrase not in a-z
const SOURCE_KEYS = SOURCE_PHRASES.map((p) => (/^[a-z ]+$/i.test(p) ? p.toLowerCase().split(/[sk]/).reduce((a, b) => (b.length > a.length ? b : a), "") : ""));
// the keys, any of them in any case of a-z (a key is a-z and spaces; "" always looks): what a text whose lower case holds
// a key holds, and no more, since under the i flag without u no other character is taken for an ASCII letter
const SOURCE_KEY_RE = SOURCE_KEYS.includes("") ? /(?:)/ : new RegExp(SOURCE_KEYS.map(esc).join("|"), "i");
/**
 * Whether SOURCE_RE can match in `s`: most sentences hold no source phrase, and its look-behind is tried at every
 * offset. (One case-insensitive test of the keys, not a lowercased copy of every sentence searched for each.)
 */
export const maySourcePhrase = (s: string) => SOURCE_KEY_RE.test(s);

// "told friends and family that …", "is telling a crowd in Windham, New Hampshire, on the last day that …"
const TELL_THEN_THAT = /^\s+(?:[^\s;:“”"]+\s+){1,16}?(?=that\s)/u;
const PROGRESSIVE = /\b(?:is|are|was|were|am|been)\s+(?:\w+ly\s+|also\s+|now\s+|still\s+)?$/i;
const PASSIVE = /\b(?:is|are|was|were|be|been|being|get|got)\s+(?:\w+ly\s+)?$/i;
// "told CBS", "told reporters", "told The Associated Press", "told him", "told shareholders"
const TELL_OBJECT = new RegExp(
  String.raw`^\s+(?:me|him|her|us|them|you|(?:(?:the|a|an|local|foreign|visiting|gathered|fellow)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:${TELL_AUDIENCES.join("|")})|the\s+(?:${TELL_THE.join("|")})|(?:the\s+)?\p{Lu}[\p{L}\p{N}.&’'-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&’'-]*|en|de|del|la|of|and|the|for|on)){0,5}(?<!\s(?:en|de|del|la|of|and|the|for|on)))`,
  "u",
);
// "in a statement on Friday", "during a news conference", "last week", "on Thursday"
const ADV_PIECE = String.raw`\s*,?\s*(?:(?!at\s+(?:least|most)\b)(?:${ADVERBIAL_OPENERS.join("|")})\b[^,.;:“”"«»‘’]{0,60}?|(?:on\s+)?(?:${WEEKDAY_NAMES.join("|")})(?:\s+(?:morning|afternoon|evening|night))?|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:earlier|later|ago|before))`;
const ADVERBIAL = new RegExp(String.raw`^(?:${ADV_PIECE}){0,2}(?=\s*(?:that\b|[,:]|[.!?]?\s*$|[.!?]\s))`, "u");

// "Washington – The …", "(Reuters) — The …", "(CNN) President …": a dateline is not content
const stripDateline = (text: string, start: number, end: number): number => {
  if (!mayOpenWithDateline(text, start, end)) return start;
  // ("Kall -- co-editor of … -- said": a dash before a lowercase word opens an apposition)
  const m = text.slice(start, end).match(/^(?:\p{Lu}[\p{L} .,]{0,40}?\s+[–—-]{1,2}\s+(?!\p{Ll})|\(\p{Lu}[\p{L}. ]{0,20}\)\s*(?:[–—-]{1,2}\s*)?)/u)
    // "ATHENS, March 4 (Reuters) - Greece …", "CHANDIGARH: The …": a capitalized place, a date, an agency
    ?? text.slice(start, end).match(/^\p{Lu}{2}[\p{Lu} .'-]{0,30}(?:,\s*\p{Lu}[\p{L}.]*\s+\d{1,2})?\s*(?:\([\p{L}. ]{1,30}\)\s*)?(?:[–—-]{1,2}|:)\s+/u);
  return m ? start + m[0].length : start;
};

/**
 * Whether [start, end) can open with a dateline at all: both patterns of stripDateline start on "(" or a capital
 * and need a dash or a colon after it, and most sentences have neither.
 */
function mayOpenWithDateline(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  if (c === 0x28) return true;
  if (c < 0x80 ? !(c >= 0x41 && c <= 0x5a) : !/^\p{Lu}/u.test(text.slice(start, start + 2))) return false;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x2d || d === 0x2013 || d === 0x2014 || d === 0x3a) return true;
  }
  return false;
}

// "said Monday the victim …" → the content starts at "the victim"
const LEADING_TIME = /^\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|this week|last week|last month|earlier this week)\s+(?:that\s+)?/;
function skipLeadingTime(text: string, start: number, end: number): number {
  const m = text.slice(start, end).match(LEADING_TIME);
  return m ? start + m[0].length : start;
}

function trimContent(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s,:;–—-]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  return [start, end];
}


const SPEAKER_SECOND_VERB = /,?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:vowed|announced|pledged|promised|called for|urged|welcomed|declined|refused|added|said|told|warned)\b/;

/** Where the reported content after a verb ends: before a trailing cue or a second claim. */
function contentEnd(text: string, start: number, end: number): number {
  const s = text.slice(start, end);
  const m = s.match(/,\s+(?:(?:(?:but|and)\s+)?(?:he|she|they|it|we)\s+(?:said|says|added|told)|(?:adding|saying|noting|arguing|warning|stressing|insisting|explaining)\b|according to\b)/);
  let cut = m && m.index !== undefined ? start + m.index : end;
  // "… thinks a deal can be reached by Friday, aides said.": a trailing cue of an outer claim
  const outer = text.slice(start, cut).match(/,\s+(?:[^,“”"]{1,60}?)\s+(?:said|says|say|told\s+\S+(?:\s+\S+)?|added|reported)\s*[.!?]?\s*$/);
  if (outer && outer.index !== undefined && hasWords(text.slice(start, start + outer.index), 3)) cut = start + outer.index;
  // "said the cuts were “…” for regional communities and vowed to fight them": a second verb of
  // the speaker ends the content
  const second = text.slice(start, cut).match(SPEAKER_SECOND_VERB);
  if (second && second.index !== undefined && hasWords(text.slice(start, start + second.index), 3)) cut = start + second.index;
  return cut;
}

// A report never runs longer than a few hundred words: a longer "sentence" (a list, a table, a
// file with no full stops) is read in pieces cut at a clause mark, so the work per reporting verb
// stays bounded and a pass over the text is linear in its length.
const MAX_SENTENCE = 1500;

interface Piece {
  start: number;
  end: number;
  /** Where the piece's words start: after a dateline in a sentence's first piece. */
  from: number;
}

/**
 * The sentences of `text`, overlong ones cut into pieces of at most MAX_SENTENCE characters; cut once per
 * article (doc.ts's perDoc): reported speech and noun cues both read them, and each dateline test slices a sentence.
 */
function sentencePieces(text: string): readonly Piece[] {
  return perDoc(text, "sentence-pieces", () => cutSentencePieces(text));
}

function cutSentencePieces(text: string): Piece[] {
  const out: Piece[] = [];
  for (const sent of sentencesOf(text)) {
    let start = sent.start;
    let from = stripDateline(text, sent.start, sent.end);
    while (sent.end - start > MAX_SENTENCE) {
      // "…; the second item …": cut after the last clause mark in the piece's second half
      const half = start + MAX_SENTENCE / 2;
      const win = text.slice(half, start + MAX_SENTENCE);
      const mark = Math.max(win.lastIndexOf("; "), win.lastIndexOf(", "));
      const space = mark >= 0 ? mark + 1 : win.lastIndexOf(" ");
      const end = space >= 0 ? half + space : start + MAX_SENTENCE;
      out.push({ start, end, from });
      start = end;
      while (start < sent.end && /\s/.test(text[start])) start++;
      from = start;
    }
    out.push({ start, end: sent.end, from });
  }
  return out;
}

/**
 * The reported clause after a cue verb ending at `afterVerb`, up to `se`: "told reporters that
 * the vote was “rigged”" → "the vote was “rigged”". The audience of "tell", an adverbial and
 * "that" are skipped; a trailing cue or a second verb of the speaker ends the clause.
 */
export function clauseAfterVerb(text: string, afterVerb: number, se: number, tell: boolean): [number, number] {
  if (tell) {
    const near = text.slice(afterVerb, se).match(TELL_THEN_THAT);
    const obj = near ?? text.slice(afterVerb, se).match(TELL_OBJECT);
    if (obj) afterVerb += obj[0].length;
  }
  const adv = text.slice(afterVerb, se).match(ADVERBIAL);
  const advEnd = afterVerb + (adv ? adv[0].length : 0);
  const thatM = text.slice(advEnd, se).match(/^\s*that\b/);
  const cs0 = thatM ? advEnd + thatM[0].length : afterVerb;
  return trimContent(text, cs0, contentEnd(text, cs0, se));
}

/**
 * Reported speech in `text`. `consumed` holds verb offsets already used as the cue of a direct
 * quote ("“…,” she said"), which then introduce no second, indirect claim.
 */
export function findReportedSpeech(text: string, quotes: readonly QuoteSpan[], consumed: ReadonlySet<number>): RawClaim[] {
  const out: RawClaim[] = [];
  let prevSent: Piece | undefined;
  for (const sent of sentencePieces(text)) {
    const before = prevSent;
    prevSent = sent;
    const ss = sent.from;
    const se = sent.end;
    const s = text.slice(sent.start, se);
    // according to X
    SOURCE_RE.lastIndex = 0;
    for (let m = maySourcePhrase(s) ? SOURCE_RE.exec(s) : null; m; m = SOURCE_RE.exec(s)) {
      const at = sent.start + m.index;
      if (insideQuote(quotes, at)) continue;
      const after = at + m[0].length;
      const leftTrim = text.slice(ss, at).replace(/\s+$/, "");
      if (/^(?:that|this)(?:[’']s|\s+(?:is|was))$/i.test(leftTrim) && /^according to$/i.test(m[0]) && before && !/\n\s*\n/.test(text.slice(before.end, ss))) {
        // "Turnout rose by a third. That’s according to exit polls …": the sentence before is the content
        const sp = speakerAfter(text, after, se) ?? sourcePhrase(text, after, se);
        const [cs, ce] = trimContent(text, before.from, before.end);
        if (sp && hasWords(text.slice(cs, ce), 3) && !isWholeQuote(quotes, cs, ce)) out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: m[0], rule: "according-to-previous", certain: true });
        continue;
      }
      if (leftTrim === "" || /^(?:but|and|yet|however|still|so|also|now|indeed)$/i.test(leftTrim)) {
        // "According to X, the deal …"
        const comma = text.indexOf(",", after);
        if (comma < 0 || comma >= se) continue;
        const sp = speakerAfter(text, after, comma) ?? sourcePhrase(text, after, comma);
        let [cs, ce] = trimContent(text, comma + 1, contentEnd(text, comma + 1, se));
        // ("According to X, “…. ….”": a quote of several sentences is the content as a whole)
        const opening = quoteOpeningAt(quotes, cs);
        if (opening && opening.close > ce) ce = opening.close + 1;
        if (sp && hasWords(text.slice(cs, ce), 3)) out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: m[0], rule: "according-to-first", certain: true });
      } else if (/[,—–]$/.test(leftTrim) || (/^according to$/i.test(m[0]) && /[\p{L}\p{N}]$/u.test(leftTrim) && hasWords(text.slice(ss, at), 4) && !/[;:]/.test(text.slice(ss, at)))) {
        // ("Clinton leads by 271 delegates according to a count by …": no comma before the phrase)
        // "…, according to X."
        const nextComma = text.indexOf(",", after);
        const spEnd = nextComma > 0 && nextComma < se ? nextComma : se;
        const sp = speakerAfter(text, after, spEnd) ?? sourcePhrase(text, after, spEnd);
        // "The company, according to two analysts, plans to …": the content is on both sides
        const inside = spEnd < se && hasWords(text.slice(spEnd + 1, se), 3) && !hasWords(leftTrim, 7);
        const [cs, ce] = trimContent(text, ss, inside ? se : ss + leftTrim.length);
        if (sp && hasWords(text.slice(cs, ce), 3) && !isWholeQuote(quotes, cs, ce)) {
          out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: m[0], rule: inside ? "according-to-inside" : "according-to-after", certain: true });
        }
      }
    }
    // reporting verbs
    for (const m of verbsIn(text, sent.start, se)) {
      const v = m.index;
      const form = m.form;
      const entry = reportingVerb(form);
      if (!entry || consumed.has(v) || insideQuote(quotes, v)) continue;
      // the clause starts after the last quote that closed before the verb
      const closed = lastCloseIn(quotes, ss, v);
      const clauseStart = closed ? closed.close + 1 : ss;
      const left = text.slice(clauseStart, v);
      // "When asked about the merger, she …", "Sanders was asked whether …": a question with no
      // asker named is still the content of an attribution (its source unknown)
      const passive = PASSIVE.test(left) && !/ing$/.test(form);
      if (entry.lemma === "ask" && (passive || /(?:^|\b(?:when|after|if|once|as|before|while)|,)\s*$/i.test(left))) {
        const at = questionOrRequest(text, v + form.length, se, "ask", true);
        if (at !== undefined) {
          // ("When asked about the merger, she defended it": the question ends at the comma)
          const comma = passive ? -1 : text.indexOf(",", at);
          const [cs, ce] = trimContent(text, at, comma >= 0 && comma < se ? Math.min(comma, contentEnd(text, at, se)) : contentEnd(text, at, se));
          if (hasWords(text.slice(cs, ce), 2) && !isWholeQuote(quotes, cs, ce)) {
            out.push({ kind: "indirect", start: cs, end: ce, speaker: null, cue: form, rule: "question-unnamed-asker", certain: false });
          }
          continue;
        }
      }
      // "is said to", "was told"; "is telling a crowd that …" is the progressive, not a passive
      if (passive) continue;
      // "asked whether the deals …", "warned Pyongyang to refrain from …": a reported question or warning
      const asked = QUESTION_OR_REQUEST_LEMMAS.has(entry.lemma) ? questionOrRequest(text, v + form.length, se, entry.lemma) : undefined;
      if (asked !== undefined) {
        let [cs, ce] = trimContent(text, asked, contentEnd(text, asked, se));
        // "asked Trump about his statements, when he claimed …": a topic ends at its comma
        const comma = /^about\s/.test(text.slice(cs, cs + 6)) ? text.indexOf(",", cs) : -1;
        if (comma > cs && comma < ce) ce = comma;
        // ("We asked our readers whether …": a newsroom's own question is reported too)
        const sp = speakerBefore(text, clauseStart, v) ?? looseSubject(text, clauseStart, v);
        const ask = entry.lemma === "ask";
        if (sp && !(!ask && sp.kind === "pronoun" && /^(?:i|we)$/i.test(sp.text)) && hasWords(text.slice(cs, ce), ask ? 2 : 4) && !(ask ? isWholeQuote(quotes, cs, ce) : overlapsQuote(quotes, cs, ce))) {
          out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "question-or-warning", certain: true });
        }
        continue;
      }
      if (QUOTE_ONLY_LEMMAS.has(entry.lemma)) continue;
      let afterVerb = v + form.length;
      // ("Kasich is telling the crowd that …": after a form of "be" the participle is the main verb)
      const isParticiple = PARTICIPLE_CUES.has(form.toLowerCase()) && !PROGRESSIVE.test(left);
      if (entry.lemma === "tell") {
        // "told friends and family that …": a short object, then "that"
        const near = text.slice(afterVerb, se).match(TELL_THEN_THAT);
        const obj = near ?? text.slice(afterVerb, se).match(TELL_OBJECT);
        if (obj) afterVerb += obj[0].length;
        else {
          // ("…, the minister told a Senate panel Monday.": a short audience closing the sentence)
          const tail = text.slice(afterVerb, se);
          const stop = tail.match(/[.!?]["”’]?\s*$/);
          if (stop && /^\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+)?\p{Lu}/u.test(tail) && !hasWords(tail, 7) && !tail.trim().split(/\s+/).some((w) => FINITE.test(w.replace(/[.,!?”’"]+$/, "")))) afterVerb = se - stop[0].length;
        }
      }
      const adv = text.slice(afterVerb, se).match(ADVERBIAL);
      const advEnd = afterVerb + (adv ? adv[0].length : 0);
      const rest = text.slice(advEnd, se);
      const thatM = rest.match(/^\s*that\b/);
      // "…, the official said in a statement." ends the sentence; a long "adverbial" is content
      const advText = adv?.[0] ?? "";
      const ending = /^\s*[.!?]?["”’]?\s*$/.test(rest) && !hasWords(advText, 15) && !advText.split(/\s+/).some((w) => FINITE.test(w));

      if (isParticiple) {
        // "Advocates criticized the announcement, saying that …", "responded by saying …"
        if (!/(?:,|\b(?:by|while|before|and|then))\s*$/.test(left)) continue;
        const cs0 = thatM ? advEnd + thatM[0].length : afterVerb;
        if (!thatM && !entry.speech) continue;
        const [cs, ce] = trimContent(text, cs0, contentEnd(text, cs0, se));
        if (startsWithQuote(text, quotes, cs) || !hasWords(text.slice(cs, ce), 3)) continue;
        const subj = subjectAtStart(text, ss, v);
        out.push({ kind: "indirect", start: cs, end: ce, speaker: subj ?? "previous", cue: form, rule: "participle-saying", certain: !!subj });
        continue;
      }

      // "As Smith noted, the plan has flaws.": the content follows the comma
      const asClause = text.slice(clauseStart, v).match(/^\s*(?:(?:But|And|Yet|So)\s+)?[Aa]s\s+/);
      if (asClause && /^\s*,/.test(text.slice(afterVerb, se))) {
        const sp = speakerBefore(text, clauseStart + asClause[0].length, v) ?? plainSubject(text, clauseStart + asClause[0].length, v);
        const comma = text.indexOf(",", afterVerb);
        const [cs, ce] = trimContent(text, comma + 1, contentEnd(text, comma + 1, se));
        if (sp && sp.start === clauseStart + asClause[0].length && hasWords(text.slice(cs, ce), 3) && !overlapsQuote(quotes, cs, ce)) {
          out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "as-speaker-said", certain: true });
        }
        continue;
      }
      if (ending) {
        // "…, an administration official said." / "…, two sources told CBS."
        // ("…, as police have said.": "as" before the speaker too)
        // ("…, the news site Metro Daily reported.": any short noun phrase after the comma)
        const found = speakerBefore(text, clauseStart, v);
        // ("…, Chilean foreign ministry spokeswoman Ana Ruiz said": title words
        // between the comma and the name belong to the speaker)
        const titleFrom = found ? text.lastIndexOf(",", found.start - 1) + 1 : 0;
        const titled = found && found.kind !== "pronoun" && titleFrom > clauseStart && titleRun(text.slice(titleFrom, found.start), TITLE_WORDS.has(found.text.split(/\s/)[0]) || DESCRIPTOR_HEADS.has(found.text.split(/\s/)[0])) ? { ...found, text: text.slice(titleFrom, found.end).trimStart(), start: found.start - text.slice(titleFrom, found.start).trimStart().length } : undefined;
        const named = found && /,\s*(?:as\s+)?$/.test(text.slice(clauseStart, found.start)) ? found : titled;
        const loose = named ? undefined : looseSubject(text, clauseStart, v);
        const sp = named ?? (loose && !/^who$/i.test(loose.text) ? loose : undefined);
        if (sp && /,\s*(?:as\s+)?$/.test(text.slice(clauseStart, sp.start))) {
          const comma = text.lastIndexOf(",", sp.start);
          const [cs, ce] = trimContent(text, clauseStart, comma);
          if (hasWords(text.slice(cs, ce), 3) && !isWholeQuote(quotes, cs, ce)) {
            out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "content-then-speaker", certain: true });
          }
        }
        continue;
      }
      if (/,\s*$/.test(left) && !thatM) {
        // "…, said the official." (inverted)
        const sp = speakerAfter(text, afterVerb, se);
        if (sp) {
          const tail = text.slice(sp.end, se);
          // the speaker ends the sentence, maybe with an apposition: "…, said Mary Lovely, an economist."
          if (/^\s*(?:(?:in|on|at|during)\b[^.]*|,\s*(?:a|an|the|who|\p{Ll})[^“”"]*)?[.!?]?["”’]?\s*$/u.test(tail)) {
            const comma = text.slice(clauseStart, v).lastIndexOf(",") + clauseStart;
            const [cs, ce] = trimContent(text, clauseStart, comma);
            if (hasWords(text.slice(cs, ce), 3) && !isWholeQuote(quotes, cs, ce)) {
              out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "content-then-verb-speaker", certain: true });
              continue;
            }
          }
          // "This system, says Richard Locksley, an immunologist, helps direct …": the cue sits
          // inside the content, which is the whole sentence
          const before = text.slice(clauseStart, v).replace(/,\s*$/, "");
          const lastComma = text.lastIndexOf(",", se);
          const rest = lastComma > sp.end ? text.slice(lastComma + 1, se) : "";
          if (hasWords(before, 1) && !hasWords(before, 7) && !before.includes(",") && /^\s*\p{Ll}/u.test(rest) && hasWords(rest, 3) && (!overlapsQuote(quotes, clauseStart, se) || (!startsWithQuote(text, quotes, clauseStart) && !startsWithQuote(text, quotes, sp.end + 1) && !/^\s*,?\s*[“"«‘]/.test(text.slice(sp.end, se))))) {
            const [cs, ce] = trimContent(text, clauseStart, se);
            out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "parenthetical-cue", certain: true });
            continue;
          }
        }
        // "Mr. Smith, 45 years old, said he would retire": an apposition, not an inverted cue
      }
      // "X said (that) …"; other verbs need "that" or a clause: "warned the plant will close"
      // "She expects the company to return to profit", "Economists expect two further cuts": a
      // forecast's object is its content
      const obj = text.slice(afterVerb, se);
      const forecastObject = NP_CONTENT_LEMMAS.has(entry.lemma) && (/^\s+(?:the|a|an|its|his|her|their|some|more|two|three|further|another|no|\p{Lu}[\p{L}.-]*)\s/u.test(obj) || /^\s+(?:[\p{L}\p{N}’'-]+\s+){1,4}to\s+\p{Ll}/u.test(obj));
      // "…, the government announced, though …": a cue between commas is handled below
      const commaNext = /^\s*,/.test(obj) || /^\s+(?:on\s+)?(?:last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b[^,]{0,15},/u.test(obj);
      if (!thatM && !entry.speech && !forecastObject && !commaNext && !looksLikeClause(obj)) continue;
      // "what he says is …", "how she said it": a wh-word before the speaker is no report
      // ("where he says he can win": a relative "where" is a place, and the report follows)
      if (/\b(?:what|how|whatever|whom?|why)\s+\S+\s*$/i.test(left)) continue;
      let cs0 = thatM ? advEnd + thatM[0].length : afterVerb;
      if (!thatM && adv && adv[0].trim()) {
        // "said on Friday the deal …" is rare; "said in order to …" is content: keep it
        cs0 = afterVerb;
      }
      // "Inflation, the ONS said last week, fell …": a short time adverbial before the comma
      const timeThenComma = text.slice(afterVerb, se).match(/^\s+(?:on\s+)?(?:last|this|earlier|late|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|on\s+\w+)(?:\s+(?:week|month|year|morning|afternoon|evening|night|\w+day))?(?:\s+(?:in|at)\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2})?(?=\s*,)/u);
      const commaFrom = afterVerb + (timeThenComma ? timeThenComma[0].length : 0);
      if (/^\s*,/.test(text.slice(commaFrom, se))) {
        // "The plan, he said, is dead.": the cue sits inside the content
        const sp = speakerBefore(text, clauseStart, v);
        const afterComma = commaFrom + (text.slice(commaFrom, se).match(/^\s*,/)?.[0].length ?? 0);
        // "The Commission welcomed the deal, a spokeswoman said, adding that …": the content is before the cue
        // "…, the minister said on Tuesday, after years of debate": an adverbial after the cue, too
        if (sp && /,\s*$/.test(text.slice(clauseStart, sp.start)) && /^\s*(?:\p{Ll}+ing|after|as|amid|while|when|following|before|since|because|despite|although|though|ahead|but|and|in|at|during|with|without)\b/u.test(text.slice(afterComma, se))) {
          const comma = text.lastIndexOf(",", sp.start);
          const [cs, ce] = trimContent(text, clauseStart, comma);
          if (hasWords(text.slice(cs, ce), 3) && !isWholeQuote(quotes, cs, ce)) {
            out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "content-then-speaker", certain: true });
          }
          continue;
        }
        // ("Reading the files, Moreau said, helped her “see the whole picture …”", "These sources, the
        // lawyers said, “all point the same way” that …": quoted words inside the clause
        // are part of it; only a quote that is the whole right side is a direct claim of its own)
        const rightQuote = quoteOpeningAt(quotes, afterComma + (text.slice(afterComma, se).match(/^\s*/)?.[0].length ?? 0));
        const quoteThenWords = !!rightQuote && rightQuote.close > 0 && rightQuote.close < se && hasWords(text.slice(rightQuote.close + 1, se), 2) && /^[\s,]*\p{Ll}/u.test(text.slice(rightQuote.close + 1, se));
        if (sp && /,\s*$/.test(text.slice(clauseStart, sp.start)) && (!startsWithQuote(text, quotes, afterComma + 1) || quoteThenWords)) {
          const [cs, ce] = trimContent(text, clauseStart, se);
          const rightWords = wordCount(text.slice(afterComma, se));
          if (rightWords >= 2 && hasWords(text.slice(cs, ce), 5) && (!overlapsQuote(quotes, cs, ce) || (!startsWithQuote(text, quotes, cs) && (!rightQuote || quoteThenWords)))) {
            out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: form, rule: "parenthetical-cue", certain: true });
          }
        }
        continue;
      }
      if (/^\s*[,:]/.test(text.slice(cs0, se)) && !thatM) continue; // "said, “…”" or "said: …"
      // ("said about 20 people have …": "about" before a number is "some")
      // ("said no decision had been made": "no" opening a clause is its subject's determiner)
      // ("said about half of …", "said about a third": "about" before a quantity is "some" too)
      if (/^\s*(?:to|for|of|about(?!\s+(?:\d|half\b|a\s+(?:third|quarter|fifth|dozen|hundred|thousand|million|billion)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundreds|thousands|millions|billions)\b))|on|nothing|anything|something|yes|no)\b/i.test(text.slice(cs0, se)) && !thatM && !looksLikeClause(text.slice(cs0, se))) continue;
      if (!thatM) cs0 = skipLeadingTime(text, cs0, se);
      const [cs, ce] = trimContent(text, cs0, contentEnd(text, cs0, se));
      if (startsWithQuote(text, quotes, cs) && isWholeQuote(quotes, cs, ce)) continue;
      if (!hasWords(text.slice(cs, ce), 3)) continue;
      // (a plain noun phrase only before "that" or a clause: "The numbers tell a different story" is no report)
      const named = speakerBefore(text, clauseStart, v);
      const sp = named ?? (thatM || entry.lemma === "say" || looksLikeClause(text.slice(cs, ce)) ? plainSubject(text, clauseStart, v) : undefined);
      if (sp && sp.kind === "pronoun" && /^(?:i|we)$/i.test(sp.text)) continue; // the author's own voice
      let speaker: RawClaim["speaker"] = sp ?? null;
      if (!sp) {
        // "…, but emphasized that …" / "and added that …": the subject is the last speaker
        // ("but has said", "and has also noted": auxiliaries may follow the conjunction)
        if (/\b(?:and|but|yet|then|while)\s*(?:(?:\w+ly|has|have|had|also|would|will|later|then)\s+){0,3}$/.test(left)) speaker = subjectAtStart(text, ss, v) ?? "previous";
        // "Hale and others said they …", "those polled said the mayor …": a plain noun phrase
        // before "say" or "tell" and a clause after it
        else if ((entry.lemma === "say" || entry.lemma === "tell") && (thatM || looksLikeClause(text.slice(cs, ce)))) {
          const loose = looseSubject(text, clauseStart, v);
          if (!loose) continue;
          speaker = loose;
        } else continue;
      }
      // "Ann Lee, who said she votes early, backed …": a relative clause's content ends at its comma
      const relEnd = speaker && speaker !== "previous" && speaker.text.toLowerCase() === "who" ? text.indexOf(",", cs) : -1;
      const end = relEnd > cs && relEnd < ce ? relEnd : ce;
      if (!hasWords(text.slice(cs, end), 3)) continue;
      out.push({ kind: "indirect", start: cs, end, speaker, cue: form, rule: (thatM ? "speaker-verb-that" : "speaker-verb-clause") + (sp && !named ? "+plain-subject" : ""), certain: !!named });
    }
  }
  return out;
}

// words that end a subject search going back from the verb: a clause or phrase boundary
const LOOSE_STOPS = /^(?:that|which|what|when|where|while|because|if|as|and|but|or|so|than|then|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|not|it|there|this|i|we|you|me|us|to|of|in|on|at|for|from|by|with|about|after|before|since|said|says|told|say)$/i;
const LOOSE_TRAIL = /\s+(?:has|have|had|also|would|will|did|does|do|later|then|previously|already|repeatedly|often|once|again|recently|further|\p{Ll}+ly)$/u;

/**
 * The noun phrase right before a speech verb when no name or known descriptor is there: "those
 * surveyed said", "Hale and others said", "voters who said" (then "who", with the noun as
 * its name). Up to six words back to a clause word or mark; undefined when the phrase is a
 * single lowercase word or holds none but function words.
 */
export function looseSubject(text: string, from: number, end: number): SpeakerSpan | undefined {
  let stop = end;
  for (let m = text.slice(from, stop).match(LOOSE_TRAIL); m; m = text.slice(from, stop).match(LOOSE_TRAIL)) stop -= m[0].length;
  const words = [...text.slice(from, stop).matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.&-]*|[,;:()“”"«»–—]/gu)];
  let who: RegExpMatchArray | undefined;
  if (words.length && /^who$/i.test(words[words.length - 1][0])) who = words.pop();
  const np: RegExpMatchArray[] = [];
  for (let i = words.length - 1; i >= 0 && np.length < (who ? 1 : 6); i--) {
    const w = words[i][0];
    if (/^[,;:()“”"«»–—]$/.test(w)) break;
    if (LOOSE_STOPS.test(w) && !(np.length && /^(?:of|and|the)$/i.test(w) && i > 0 && !/^[,;:()“”"«»–—]$/.test(words[i - 1][0]))) break;
    np.unshift(words[i]);
  }
  while (np.length && /^(?:of|and|the)$/i.test(np[0][0]) && np[0][0] !== "the") np.shift();
  if (!np.length || (np.length === 1 && /^\p{Ll}/u.test(np[0][0]) && !/s$|^(?:someone|somebody|everyone|everybody|one)$/.test(np[0][0]))) return undefined;
  if (!np.some((w) => /^\p{Lu}/u.test(w[0]) || /^\p{Ll}{3,}$/u.test(w[0]) && !/^(?:the|and|some|many|most|all|few|both)$/.test(w[0]))) return undefined;
  const s = from + (np[0].index ?? 0);
  const e = from + (np[np.length - 1].index ?? 0) + np[np.length - 1][0].length;
  if (who) {
    const ws = from + (who.index ?? 0);
    return { text: who[0], start: ws, end: ws + who[0].length, kind: "descriptor", core: text.slice(s, e), coreStart: s, coreEnd: e };
  }
  return { text: text.slice(s, e), start: s, end: e, kind: "descriptor" };
}

/**
 * The words after "according to" when no name or known descriptor is found there: "according to
 * early results of exit polls conducted for the networks" names its source all the same.
 */
function sourcePhrase(text: string, from: number, to: number): SpeakerSpan | undefined {
  const [start, end] = trimContent(text, from, to);
  const words = wordCount(text.slice(start, end));
  // ("according to example-news.fr", "the U.S. Census": a full stop inside a word is no sentence end)
  if (words < 1 || words > 20 || /[“”"«»!?;:]|\.(?!\p{L})/u.test(text.slice(start, end))) return undefined;
  return { text: text.slice(start, end), start, end, kind: "descriptor" };
}

function startsWithQuote(text: string, quotes: readonly QuoteSpan[], pos: number): boolean {
  let p = pos;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  return !!quoteOpeningAt(quotes, pos) || !!quoteOpeningAt(quotes, p - 1) || /^[“"«‘]/.test(text.slice(pos, pos + 1));
}

/** Verbs that report a question or a warning to someone: "asked whether …", "warned staff never to …". */
const QUESTION_OR_REQUEST_LEMMAS: ReadonlySet<string> = new Set(["ask", "warn"]);

// the object of "asked" before a wh-word; a passive or subjectless "asked" has none, maybe a place or time
// ("was asked about the merger", "when asked to name …")
const ASKED_OBJECT = String.raw`(?:(?:me|him|her|us|them|(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:(?!to\s|if\s)[\p{L}\p{N}’'.-]+\s+){0,5}?(?!to\s|if\s)[\p{L}’'.-]+)\s+)?`;
const ASKED_PASSIVE_OBJECT = String.raw`(?:(?:at|during|in|on)\s+[^\s,.;:“”"]+(?:\s+[^\s,.;:“”"]+){0,4}?\s+)?`;
const askedWh = (obj: string) => new RegExp(String.raw`^\s+${obj}(?=(?:whether|if|how|why|what|which|who|when|where|about)\s)`, "u");
const ASKED_WH = askedWh(ASKED_OBJECT);
const ASKED_PASSIVE_WH = askedWh(ASKED_PASSIVE_OBJECT);

/**
 * Where a reported question or warning starts after its verb, or undefined: "asked whether the
 * deal holds" → at "whether"; "warned Pyongyang to refrain from …" → at the object, which the
 * warning is about.
 */
function questionOrRequest(text: string, afterVerb: number, se: number, lemma: string, passive = false): number | undefined {
  const rest = text.slice(afterVerb, Math.min(se, afterVerb + 200));
  if (lemma === "ask") {
    // (a passive or subjectless "asked" has no object: "was asked about the merger", "when asked to name …")
    // "asked (the candidates) whether …", "asked (Trump) about the statements …"
    const wh = rest.match(passive ? ASKED_PASSIVE_WH : ASKED_WH);
    if (wh && !/\b(?:and|but|or|then)\s+$/.test(wh[0])) return afterVerb + wh[0].length;
    // ("asked the guests to stay": a plain request is no claim)
    return undefined;
  }
  // a short object, then "(not|never) to" and a verb; a plain request ("asked him to leave") is no claim
  if (lemma !== "warn") return undefined;
  const req = rest.match(/^\s+(?=(?:(?:the|his|her|their|its|our|all|both)\s+)?(?:[\p{L}\p{N}’'.-]+\s+){0,3}?(?:not\s+|never\s+)?to\s+\p{Ll}{2,}\b)(?!(?:to|that|about|on|in|for|of)\s)/u);
  return req ? afterVerb + req[0].length : undefined;
}

/** Verbs whose noun-phrase object is the reported content: "expects two further cuts". */
const NP_CONTENT_LEMMAS: ReadonlySet<string> = new Set(["expect", "forecast", "predict"]);

const FINITE = new RegExp(`^(?:${FINITE_AUXILIARIES.join("|")})$`, "i");
const SUBJECT_START = /^(?:the|a|an|its|his|her|their|our|this|these|those|that|he|she|they|it|we|there|some|many|most|no|\p{Lu}[\p{L}’'.-]*)$/u;

const QUANTITY_START = /^(?:\d[\d,.]*%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions|half|all|both|several|few)$/i;

/**
 * Up to five words ending on a lowercase title or descriptor head, with no clause word or verb
 * form among them: "Chilean foreign ministry spokeswoman ", "party official ".
 */
function titleRun(s: string, titledAfter: boolean): boolean {
  const words = s.trim().split(/\s+/);
  if (!s.trim() || words.length > 5) return false;
  const lowers = words.filter((w) => /^\p{Ll}/u.test(w));
  // (the name's span may hold the head already: "Chilean foreign " + "ministry spokeswoman Ana …")
  if (!lowers.length || !(titledAfter || TITLE_WORDS.has(lowers[lowers.length - 1]) || DESCRIPTOR_HEADS.has(lowers[lowers.length - 1]))) return false;
  return lowers.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && !LOOSE_STOPS.test(w) && !/(?:ed|ing)$/.test(w) && !/^(?:the|a|an|who|whom|whose|about|some|all|must|could|should)$/.test(w)) && words.every((w) => !/[,;:“”"]/.test(w));
}

/** "the plant will close" is a clause; "a new factory in Ohio" is not. */
function looksLikeClause(s: string): boolean {
  const words = s.slice(0, 200).trim().split(/\s+/).slice(0, 8);
  // "noted clients are beginning to …": a bare plural noun and a finite verb
  if (words.length > 1 && /^\p{Ll}+s$/u.test(words[0]) && FINITE.test(words[1])) return true;
  // ("reported at least six planes filled the sky", "said 40 percent of voters were …": a number opens a subject too)
  const lead = words.length ? (/^(?:at|more|fewer|less|nearly|almost|roughly|only|just|over|up)$/i.test(words[0]) && words.length > 2 && /^(?:least|most|than|to)$/i.test(words[1]) ? 2 : /^(?:nearly|almost|roughly|only|just|over)$/i.test(words[0]) ? 1 : 0) : 0;
  if (!words.length || !(SUBJECT_START.test(words[0]) || QUANTITY_START.test(words[lead] ?? ""))) return false;
  // ("reported it sold $30 billion in goods": a personal pronoun and a past verb)
  if (words.length > 1 && /^(?:he|she|it|they|we)$/i.test(words[0]) && (/^\p{Ll}{3,}ed$/u.test(words[1]) || PAST_VERBS.has(words[1]))) return true;
  for (let i = 1; i < words.length; i++) {
    if (/[,;:]$/.test(words[i - 1]) || /^(?:that|which|who|whose|whom)$/i.test(words[i - 1])) return false;
    const w = words[i].replace(/[.,;:!?]+$/, "");
    if (FINITE.test(w)) return true;
    // "reported the email came hours after …": a past verb after a short subject
    if (i >= 2 && i <= 4 + lead && !/^(?:the|a|an|its|his|her|their|our|this|these|those|some|many|most|no|of|in|on|at|for|to|by|with|from|and|or|more|less|very|most)$/i.test(words[i - 1]) && (/^\p{Ll}{3,}ed$/u.test(w) || PAST_VERBS.has(w))) return true;
  }
  return false;
}

// irregular past tenses that show a bare clause after its subject: "the email came …"
export const PAST_VERBS: ReadonlySet<string> = new Set([
  "came", "went", "made", "took", "gave", "found", "left", "became", "began", "brought", "bought", "built", "caught",
  "chose", "drew", "drove", "fell", "felt", "fought", "got", "grew", "heard", "held", "kept", "knew", "led", "lost",
  "meant", "met", "paid", "ran", "rose", "sent", "saw", "sold", "spent", "stood", "struck", "thought", "told", "won",
  "wrote", "broke", "hit", "put", "set", "cut", "shut", "quit", "spoke", "stole", "threw", "wore",
]);


// ---------------------------------------------------------------- claims without a reporting verb

// "Ms. Moreno's statement that …", "the ministry's announcement that …"
const NOUN_CUE_RE = new RegExp(String.raw`(?<=[\p{L}.])['’]s?\s+(?:(?:recent|latest|earlier|new|repeated|public|written|own|initial|official|formal|surprise)\s+)?(${CLAIM_NOUNS.join("|")})\s+that\s+`, "gu");
// "In Ms. Ong's view, …", "In the ministry's assessment, …"
const VIEW_RE = new RegExp(String.raw`^\s*(?:But\s+|And\s+)?[Ii]n\s+(.{1,60}?)['’]s?\s+(?:${VIEW_NOUNS.join("|")})\s*,\s*`, "u");
// "It was announced late Tuesday that …": a claim with no source
const IMPERSONAL_RE = new RegExp(String.raw`(?:^|[\s,;])[Ii]t\s+(?:was|is|has\s+been|had\s+been|had|has|will\s+be)\s+(?:\p{Ll}+ly\s+)?(?:${IMPERSONAL_PASSIVES.join("|")})\s+(?:[^\s,.;:“”"]+\s+){0,4}?that\s+`, "gu");

/** Where a noun cue's content ends: at a comma or at the main clause's verb after the content's own. */
function nounContentEnd(text: string, start: number, end: number, quotes: readonly QuoteSpan[]): number {
  const re = /[\p{L}\p{N}][\p{L}\p{N}’'\-]*|[,;:()–—]/gu;
  re.lastIndex = start;
  let seenVerb = false;
  let words = 0;
  let prevWord = "";
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (insideQuote(quotes, m.index)) continue;
    const w = m[0].toLowerCase();
    if (/^[,;:()–—]$/.test(w)) {
      if (words >= 3) return m.index;
      continue;
    }
    words++;
    // "troops had left the border was met …": a participle after an auxiliary is still the content's
    if (seenVerb && CLAUSE_BREAK_VERBS.has(w) && !FINITE.test(prevWord)) return m.index;
    prevWord = w;
    if (FINITE.test(w) || CLAUSE_BREAK_VERBS.has(w)) seenVerb = true;
  }
  return end;
}

/**
 * Claims carried by a noun or an impersonal passive rather than a reporting verb:
 * "X's statement that …", "in X's view, …", "it was announced that …".
 */
export function findNounCueSpeech(text: string, quotes: readonly QuoteSpan[]): RawClaim[] {
  const out: RawClaim[] = [];
  for (const sent of sentencePieces(text)) {
    const ss = sent.from;
    const se = sent.end;
    const s = text.slice(ss, se);
    // both NOUN_CUE_RE and IMPERSONAL_RE end in "that": most sentences have none, and skip both scans
    const hasThat = s.includes("that");
    NOUN_CUE_RE.lastIndex = 0;
    // (and NOUN_CUE_RE a possessive's apostrophe)
    for (let m = hasThat && (s.includes("'") || s.includes("’")) ? NOUN_CUE_RE.exec(s) : null; m; m = NOUN_CUE_RE.exec(s)) {
      const apos = ss + m.index;
      if (insideQuote(quotes, apos)) continue;
      const sp = speakerBefore(text, ss, apos);
      if (!sp || sp.kind === "pronoun") continue;
      const cs0 = ss + m.index + m[0].length;
      const [cs, ce] = trimContent(text, cs0, nounContentEnd(text, cs0, se, quotes));
      if (!hasWords(text.slice(cs, ce), 3)) continue;
      out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: m[1], rule: "noun-cue-that", certain: true });
    }
    const view = s.match(VIEW_RE);
    if (view) {
      const ownerStart = ss + (view.index ?? 0) + view[0].indexOf(view[1]);
      const sp = speakerBefore(text, ownerStart, ownerStart + view[1].length);
      const cs0 = ss + (view.index ?? 0) + view[0].length;
      const [cs, ce] = trimContent(text, cs0, contentEnd(text, cs0, se));
      if (sp && sp.kind !== "pronoun" && sp.start === ownerStart && hasWords(text.slice(cs, ce), 3) && !isWholeQuote(quotes, cs, ce)) {
        out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: "view", rule: "in-speakers-view", certain: true });
      }
    }
    IMPERSONAL_RE.lastIndex = 0;
    for (let m = hasThat ? IMPERSONAL_RE.exec(s) : null; m; m = IMPERSONAL_RE.exec(s)) {
      if (insideQuote(quotes, ss + m.index + 1)) continue;
      const cs0 = ss + m.index + m[0].length;
      const [cs, ce] = trimContent(text, cs0, contentEnd(text, cs0, se));
      if (!hasWords(text.slice(cs, ce), 3) || isWholeQuote(quotes, cs, ce)) continue;
      out.push({ kind: "indirect", start: cs, end: ce, speaker: null, cue: m[0].trim().split(/\s+/).find((w) => IMPERSONAL_PASSIVES.includes(w)) ?? null, rule: "impersonal-passive", certain: false });
    }
  }
  return out;
}

/**
 * "The governor added:" closing a paragraph, and the next paragraph with no quotation mark: the
 * paragraph is what the speaker said, set off as a block rather than quoted.
 */
export function findBlockSpeech(text: string, quotes: readonly QuoteSpan[]): RawClaim[] {
  const out: RawClaim[] = [];
  const paras = paragraphsOf(text);
  for (let p = 0; p + 1 < paras.length; p++) {
    const para = paras[p];
    const tail = text.slice(Math.max(para.start, para.end - 120), para.end);
    if (!/:\s*$/.test(tail)) continue;
    const colon = para.start + text.slice(para.start, para.end).lastIndexOf(":");
    const sent = sentenceAt(text, colon);
    const from = Math.max(sent?.start ?? para.start, para.start);
    const v = verbsIn(text, from, colon).at(-1);
    if (!v || !reportingVerb(v.form) || /\S/.test(text.slice(v.index + v.form.length, colon).replace(/^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|later|then|also|again|in\s+(?:a|an|the|his|her|their)\s+[\p{L}\s]{1,30})\s*$/u, ""))) continue;
    const sp = speakerBefore(text, from, v.index);
    if (!sp || sp.start !== from + (text.slice(from, sp.start).match(/^\s*/)?.[0].length ?? 0)) continue;
    const next = paras[p + 1];
    const body = text.slice(next.start, next.end);
    if (/^\s*[“"«‘'„]/.test(body) || insideQuote(quotes, next.start + 1) || !hasWords(body, 4)) continue;
    const [cs, ce] = trimContent(text, next.start, next.end);
    out.push({ kind: "indirect", start: cs, end: ce, speaker: sp, cue: v.form, rule: "cue-then-block", certain: true });
  }
  return out;
}
