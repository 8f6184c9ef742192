// Who said it: finds the speaker words next to a reporting cue and resolves them to a name.
// Finding (`speakerBefore`, `speakerAfter`, `subjectAtStart`) is separate from resolving
// (`mentionsOf`, `fullestName`, `entityNameAt`), so tests can call each on a string.
import type { Entity } from "../pipeline/schemas.js";
import { US_STATE_ABBREVIATION, countryOf, countryOfSubdivision } from "./lexicon/countries.js";
import {
  FEMALE_MARKERS,
  FEMALE_NAMES,
  MALE_MARKERS,
  MALE_NAMES,
  SPEAKER_PRONOUNS,
  type Gender,
} from "./lexicon/pronouns.js";
import { AUXILIARIES } from "./lexicon/reporting-verbs.js";
import { charClassAt, countBefore, isAbbreviationWord, lowerCase } from "./text.js";
import { perDoc } from "./doc.js";
import { memo } from "./memo.js";
import {
  BODIES,
  BODY_WORDS,
  DESCRIPTOR_DETERMINERS,
  DESCRIPTOR_HEADS,
  DESCRIPTOR_TAILS,
  NAME_PARTICLES,
  NON_SPEAKER_HEADS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from "./lexicon/speaker-descriptors.js";

export type SpeakerKind = "pronoun" | "person" | "body" | "descriptor";

/** Speaker words found in the text, before resolution. */
export interface SpeakerSpan {
  text: string;
  start: number;
  end: number;
  kind: SpeakerKind;
  /** For person/body: the name inside the words, titles stripped ("Kevin McAleenan"). */
  core?: string;
  coreStart?: number;
  coreEnd?: number;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
const NOT_NAMES = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "or", "as", "it", "this", "that", "these", "those", "his",
  "her", "their", "its", "our", "my", "when", "while", "after", "before", "since", "earlier", "later", "then",
  "meanwhile", "however", "still", "yet", "also", "so", "if", "because", "although", "though", "last",
  "next", "today", "yesterday", "tomorrow", "tonight", "now", "here", "there", "for", "with", "by", "from",
  "to", "of", "one", "two", "some", "many", "most", "both", "other", "such", "all", "no", "not", "he", "she",
  "they", "we", "i", "you", "what", "who", "which", "where", "why", "how", "under", "over", "about", "speaking",
  "asked", "separately", "instead", "currently", "only", "even", "just", "again",
]);

// Words with their offsets; a full stop stays on abbreviations and initials ("Rev.", "L.").
// `limit` stops after that many tokens, for callers that read only the first few.
// The tokens are those of /[\p{L}\p{N}][\p{L}\p{N}’'.\-]*|[,;:“”"«»‘()]|[–—]|-{2,}/gu, found by a scan by hand
// (speaker words are read around every reporting verb, and a Unicode pattern per word cost more than the rest).
export function tokenize(text: string, from = 0, to = text.length, limit = Infinity): Token[] {
  const out: Token[] = [];
  const stop = Math.min(to, text.length);
  let i = from;
  // (as a /u pattern does, a start inside a surrogate pair reads from the pair's start)
  if (i > 0 && isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) i--;
  while (i < stop && out.length < limit) {
    const n = letterOrNumberAt(text, i);
    if (!n) {
      const c = text.charCodeAt(i);
      // a dash run: "--"
      if (c === 0x2d && text.charCodeAt(i + 1) === 0x2d) {
        let j = i + 2;
        while (text.charCodeAt(j) === 0x2d) j++;
        out.push({ text: text.slice(i, Math.min(j, to)), start: i, end: Math.min(j, to) });
        i = j;
      } else {
        if (isTokenPunct(c)) out.push({ text: text[i], start: i, end: i + 1 });
        i++;
      }
      continue;
    }
    // a word: a letter or number, then letters, numbers, apostrophes, full stops and hyphens
    let j = i + n;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 0x2019 || c === 0x27 || c === 0x2e || c === 0x2d) j++;
      else {
        const k = letterOrNumberAt(text, j);
        if (!k) break;
        j += k;
      }
    }
    let end = Math.min(j, to);
    let word = text.slice(i, end);
    // keep a final "." only on abbreviations and initials
    while (word.endsWith(".") && !isAbbrev(word)) {
      word = word.slice(0, -1);
      end--;
    }
    if (word) out.push({ text: word, start: i, end });
    i = j;
  }
  return out;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The one-character tokens: [,;:“”"«»‘()] and [–—]. */
function isTokenPunct(c: number): boolean {
  switch (c) {
    case 0x2c: case 0x3b: case 0x3a: case 0x201c: case 0x201d: case 0x22: case 0xab: case 0xbb: case 0x2018: case 0x28: case 0x29:
    case 0x2013: case 0x2014:
      return true;
    default:
      return false;
  }
}

// one letter or number
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** How many UTF-16 units the character at i takes when it is a letter or a number, else 0 (also past the end). */
const letterOrNumberAt = charClassAt(LETTER_OR_NUMBER);

function isAbbrev(word: string): boolean {
  const w = word.endsWith(".") ? word.slice(0, -1) : word;
  // (the letter tests only where they can hold: one letter, maybe astral; a dot between letters. This runs on
  // every word a speaker span is read from, and most are long words without dots)
  if (w.length <= 2 && /^\p{Lu}$/u.test(w)) return true;
  if (w.includes(".") && /^(\p{L}\.)+\p{L}$/u.test(w)) return true;
  return isAbbreviationWord(w);
}

/** Starts with a capital, maybe after "al-" or "el-" ("al-Assad"): ASCII answered by ranges, the rest by /^\p{Lu}/u. */
function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || ((c === 0x61 || c === 0x65) && w.charCodeAt(1) === 0x6c && w.charCodeAt(2) === 0x2d && capitalAt(w, 3));
  return capitalAt(w, 0);
}
const CAPITAL = /^\p{Lu}/u;
function capitalAt(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITAL.test(w.slice(i, i + 2));
}
const lower = lowerCase;
const MONTH_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
const isMonthOrDay = (w: string) => {
  const l = lower(w);
  if (l.endsWith(".")) return MONTH_WORDS.has(l.slice(0, -1)) || WEEKDAYS.has(l.slice(0, -1));
  return WEEKDAYS.has(l) || (MONTH_WORDS.has(l) && l.length > 4) || l === "june" || l === "july";
};
const isTitle = (w: string) => TITLE_WORDS.has(lower(w)) || (w.includes("-") && (/-elect$/i.test(w) || /^(?:ex|then)-/i.test(w)));
const isPossessive = (w: string) => /['’]s?$/.test(w) && w.length > 2;


const RUN_JOINERS = new Set(["of", "for", "on", "the", "and", "&", "at"]);
/** The gender a given name suggests ("Eva-Marie" → female), or undefined. */
function givenGender(word: string): Gender | undefined {
  const l = lower(word);
  const dash = l.indexOf("-");
  const w = dash < 0 ? l : l.slice(0, dash);
  if (FEMALE_NAMES.has(w)) return "female";
  if (MALE_NAMES.has(w)) return "male";
  return undefined;
}

const isConnector = (w: string) => CONNECTORS.has(lower(w));
const CONNECTORS = new Set(["of", "for", "on", "the", "and", "&", "de", "del", "la", "van", "von", "der", "den", "bin", "al", "da", "dos", "du", "le", "di", "y"]);

const isBodyRun = (words: string[]): boolean => {
  const joined = words.join(" ").replace(/^the /i, "");
  if (BODIES.has(joined)) return true;
  // "Department of Homeland Security" is a body; "Rosaly Lopes of NASA" is a person;
  // "Secretary of State Mike Pompeo": titles before "of", look after it
  const ofAt = words.findIndex((w) => lower(w) === "of" || lower(w) === "for" || lower(w) === "at");
  if (ofAt > 0) {
    const head = words.slice(0, ofAt);
    if (head.some((w) => BODY_WORDS.has(w.replace(/['’]s$/, "")))) return true;
    if (head.every((w) => isTitle(w) || TITLE_MODIFIERS.has(lower(w)) || lower(w) === "the")) return isBodyRun(words.slice(ofAt + 1));
    return false;
  }
  const last = (words[words.length - 1] ?? "").replace(/['’]s$/, "").replace(/\.$/, "");
  return BODY_WORDS.has(last) || BODIES.has(last);
};

/** Splits a capitalized run into the name after its titles: "Guatemala’s President-elect Alejandro Giammattei". */
function nameCoreOf(tokens: Token[]): { core: Token[]; body: boolean } {
  // (pushed, not mapped from tokens: the token lists come in several element kinds, and so did map's arrays, and
  // nameCoreOf and the isBodyRun inlined in it left their optimized code at each new one; --trace-deopt: "wrong map")
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) words.push(tokens[i].text);
  if (isBodyRun(words)) {
    const from = lower(words[0]) === "the" ? 1 : 0;
    return { core: tokens.slice(from), body: true };
  }
  // "Rosaly Lopes of NASA's Jet Propulsion Laboratory": the person is before "of";
  // "Secretary of State Mike Pompeo": only titles before "of", the person is after
  const ofAt = words.findIndex((w) => lower(w) === "of" || lower(w) === "for" || lower(w) === "at");
  if (ofAt > 0) {
    const head = tokens.slice(0, ofAt);
    if (head.some((t) => !isTitle(t.text) && !TITLE_MODIFIERS.has(lower(t.text)) && !isPossessive(t.text) && isCap(t.text))) {
      return nameCoreOf(head);
    }
  }
  let cut = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = words[i];
    const lowerWord = !isCap(w) && !NAME_PARTICLES.has(lower(w));
    if (isTitle(w) || isPossessive(w) || TITLE_MODIFIERS.has(lower(w)) || countryOf(w) || RUN_JOINERS.has(lower(w)) || lowerWord) cut = i + 1;
  }
  let core = tokens.slice(cut).filter((t) => !/^(?:jr|sr)\.?$/i.test(t.text));
  // a known given name starts the name: "Director Public Prosecution Eva Persson" → "Eva Persson"
  const given = core.findIndex((t) => givenGender(t.text) !== undefined);
  if (given > 0 && given < core.length - 1) core = core.slice(given);
  const nameWords = core.filter((t) => !isAbbrev(t.text) && !NAME_PARTICLES.has(lower(t.text)));
  // "Andrés Manuel López Obrador" keeps four words when it opens with a given name
  const longest = core.length && givenGender(core[0].text) ? 4 : 3;
  if (nameWords.length > longest) core = core.slice(core.length - longest);
  return { core: core.length ? core : tokens.slice(-1), body: false };
}

function spanOf(text: string, tokens: Token[]): { text: string; start: number; end: number } {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { text: text.slice(start, end), start, end };
}

/**
 * A span from nameSpan (which always has a core) with words before it taken in: `{ ...s, text, start }`, written
 * out (a spread per speaker cost more than the rest of building it).
 */
function widened(s: SpeakerSpan, text: string, start: number): SpeakerSpan {
  return { text, start, end: s.end, kind: s.kind, core: s.core, coreStart: s.coreStart, coreEnd: s.coreEnd };
}

/** Makes a speaker span from a run of name-like tokens; coordinated names keep the first as core. */
function nameSpan(text: string, run: Token[]): SpeakerSpan | undefined {
  while (run.length && isConnector(run[0].text) && lower(run[0].text) !== "the") run = run.slice(1);
  while (run.length && NOT_NAMES.has(lower(run[0].text)) && lower(run[0].text) !== "the") run = run.slice(1);
  while (run.length && isConnector(run[run.length - 1].text)) run = run.slice(0, -1);
  if (!run.length || run.every((t) => lower(t.text) === "the")) return undefined;
  // "Kevin McAleenan and Alexandra Hill Tinoco": the first name is the speaker's name;
  // "Health and Human Services" is one body
  const andAt = run.findIndex((t) => lower(t.text) === "and" || t.text === "&");
  const first = andAt > 0 && !isBodyRun(run.map((t) => t.text)) ? run.slice(0, andAt) : run;
  const { core, body } = nameCoreOf(first);
  if (!core.length) return undefined;
  // "The Safe Third Country Agreement adds …": a document or a policy is not a speaker
  if (NON_SPEAKER_HEADS.has(core[core.length - 1].text)) return undefined;
  if (!body && core.every((t) => isMonthOrDay(t.text))) return undefined;
  const whole = spanOf(text, run);
  const c = spanOf(text, core);
  const countryAsBody = !body && countryOf(c.text) !== null;
  return {
    text: whole.text,
    start: whole.start,
    end: whole.end,
    kind: body || countryAsBody ? "body" : "person",
    core: c.text,
    coreStart: c.start,
    coreEnd: c.end,
  };
}

const isNameToken = (t: Token, next?: Token) =>
  (isCap(t.text) && !isMonthOrDay(t.text) && !/^[“”"«»‘–—(),;:]/.test(t.text)) ||
  (isConnector(t.text) && !!next && (isCap(next.text) || (lower(next.text) === "the" && lower(t.text) !== "the")) && !/^[“”"«»‘]/.test(next.text));

// Speaker words sit right before their verb: "McAleenan, who signed the agreement alongside Hill,
// said" spans well under this many characters. Looking no further back keeps the work per verb
// bounded, so a long text with many verbs is read in linear time.
const LOOKBACK = 400;

/** `from`, moved up to a word boundary at most LOOKBACK characters before `end`. */
function lookbackFrom(text: string, from: number, end: number): number {
  if (end - from <= LOOKBACK) return from;
  let at = end - LOOKBACK;
  while (at < end && !/\s/.test(text[at - 1] ?? " ")) at++;
  return at;
}

/** Descriptor phrase ending at `end`: "an administration official", "two sources familiar with …". */
function descriptorBefore(text: string, from: number, end: number): SpeakerSpan | undefined {
  from = lookbackFrom(text, from, end);
  const left = text.slice(from, end);
  const core = left.replace(/\s+$/, "");
  const tail = core.match(DESCRIPTOR_TAILS);
  let headEnd = core.length;
  if (tail && tail.index !== undefined) headEnd = tail.index;
  const headZone = core.slice(0, headEnd);
  const m = headZone.match(/([\p{L}’'.\-]+)$/u);
  if (!m) return undefined;
  if (!DESCRIPTOR_HEADS.has(lower(m[1])) && !(TITLE_WORDS.has(lower(m[1])) && !TITLE_MODIFIERS.has(lower(m[1])))) {
    // "the treasurer said", "a union organizer said": any plain noun right after an article
    // ("the New York businessman", "my father": capitalised modifiers and possessive determiners too)
    const plain = !tail && /(?:^|\s)(?:the|a|an|my|his|her|their|our)\s+(?:(?:\p{Ll}[\p{Ll}-]*|\p{Lu}[\p{L}.-]*)\s+){0,3}\p{Ll}[\p{Ll}-]*$/u.test(headZone);
    // only nouns for people: agent nouns ("treasurer", "organizer", "economist", "consultant")
    const agent = /(?:er|or|ist|ian|ant|ent|man|woman|men|women)s?$/.test(m[1]) && !NOT_AGENTS.has(lower(m[1]));
    if (!plain || !agent || NOT_NAMES.has(lower(m[1]))) return undefined;
  }
  // walk back over up to four modifiers and one determiner
  const words = tokenize(text, from, from + headEnd);
  let i = words.length - 1;
  let taken = 0;
  while (i > 0 && taken < 4) {
    const w = words[i - 1];
    if (/^[,;:“”"«»‘–—]$/.test(w.text)) break;
    const lw = lower(w.text);
    if (DESCRIPTOR_DETERMINERS.has(lw)) {
      i--;
      break;
    }
    if (NOT_NAMES.has(lw) || SPEAKER_PRONOUNS.has(lw)) break;
    i--;
    taken++;
  }
  const startTok = words[i];
  if (!startTok) return undefined;
  const start = startTok.start;
  const stop = from + core.length;
  return { text: text.slice(start, stop), start, end: stop, kind: "descriptor" };
}

const DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
// (a bare month is left alone: "Theresa May said")
const TIME_BEFORE_VERB = new RegExp(
  String.raw`\s(?:(?:on|in|during|by|since)\s+(?:${DAY}|\d{4}|${MONTH}(?:\s+\d{1,2})?)|(?:on\s+)?${DAY}(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier\s+this)\s+(?:week|month|year|weekend)|yesterday|today|tonight)$`,
  "u",
);

// AUXILIARIES by their last word ("has long" under "long"), each list in AUXILIARIES' order
const AUXILIARIES_BY_LAST_WORD = new Map<string, string[]>();
for (const a of AUXILIARIES) {
  const last = a.slice(a.lastIndexOf(" ") + 1);
  AUXILIARIES_BY_LAST_WORD.set(last, [...(AUXILIARIES_BY_LAST_WORD.get(last) ?? []), a]);
}

// an adverb between a speaker and the verb, as the whole last word: "Smith quickly said"
const ADVERB_BEFORE_VERB = /^(?:\p{Ll}+ly|instead|however|too|also|now|then|still|later|often|once|again|always|never|previously|already|first|since|soon)$/u;
// the words TIME_BEFORE_VERB can end on (besides a number of up to four digits)
const TIME_LAST_WORDS = new Set([
  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
  "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "yesterday", "today", "tonight",
]);

/** Drops auxiliaries and adverbs that sit between a speaker and the verb. */
function stripAuxiliaries(text: string, from: number, end: number): number {
  // "Kasich is telling …": a form of "be" before a verb in -ing is the progressive's auxiliary
  const progressive = /^\s*\p{Ll}+ing\b/u.test(text.slice(end, end + 30));
  let changed = true;
  while (changed) {
    changed = false;
    // only the last words matter: a short tail, and whether it is all there is
    const tailFrom = Math.max(from, end - 60);
    const left = text.slice(tailFrom, end).trimEnd();
    end = tailFrom + left.length;
    // the last word, after the last space: the one place the patterns below can start their last word
    let lastSpace = left.length - 1;
    while (lastSpace >= 0 && !isSpaceUnit(left.charCodeAt(lastSpace))) lastSpace--;
    const lastWord = lastSpace >= 0 ? left.slice(lastSpace + 1) : "";
    // "Smith quickly said", "He instead told": an adverb between speaker and verb
    // "my father often said", "Smith has repeatedly said"
    const adverb = lastSpace >= 0 && ADVERB_BEFORE_VERB.test(lastWord) ? [left.slice(lastSpace), lastWord] : null;
    // ("the influential US daily said": a noun in -ly that heads a descriptor stays)
    if (adverb && !SPEAKER_PRONOUNS.has(adverb[1]) && !DESCRIPTOR_HEADS.has(adverb[1])) {
      end -= adverb[1].length;
      changed = true;
      continue;
    }
    // "Sanders on Tuesday said", "McConnell, who in 2010 said": a time phrase between speaker and verb
    const time = TIME_LAST_WORDS.has(lastWord) || /^\d{1,4}$/.test(lastWord) ? left.match(TIME_BEFORE_VERB) : null;
    if (time && time.index !== undefined && time.index > 0) {
      end = tailFrom + time.index;
      changed = true;
      continue;
    }
    const be = progressive ? left.match(/\s(?:is|are|was|were|am)$/i) : null;
    if (be) {
      end -= be[0].length - 1;
      changed = true;
      continue;
    }
    const leftLower = left.toLowerCase();
    // (only the auxiliaries whose last word is the tail's can end it, in the list's order)
    for (const a of AUXILIARIES_BY_LAST_WORD.get(leftLower.slice(leftLower.lastIndexOf(" ") + 1)) ?? []) {
      if (leftLower.endsWith(" " + a) || (tailFrom === from && leftLower === a)) {
        end -= a.length;
        changed = true;
        break;
      }
    }
  }
  return end;
}

/**
 * The speaker whose words end right before a reporting verb at `end`, looking no further back
 * than `from`. "McAleenan, who signed the agreement alongside Hill, said" → "McAleenan".
 */
export function speakerBefore(text: string, from: number, end: number): SpeakerSpan | undefined {
  const sp = speakerRightBefore(text, from, end);
  // "Dana Price, whose shop burned down in Boulder, Colorado, in May 2019, said", "Paul Reed,
  // the party chairman in Vermont, for example, said": a place closing a long apposition is
  // no speaker; the name that opens the clause before its comma is
  if (sp && sp.kind !== "pronoun" && (isPlace(sp.core ?? sp.text) || isPlace(sp.text)) && /,\s*$/.test(text.slice(from, end))) {
    const opener = text.slice(from, end).match(/^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*),/u);
    if (opener && opener[0].length < end - from) {
      const named = nameSpan(text, tokenize(text, from, from + opener[0].length - 1));
      if (named && named.kind === "person" && !isPlace(named.core ?? named.text)) return named;
    }
  }
  return sp;
}

/** A country, capital or subdivision's name, remembered (the lists are fixed). */
const isPlace = memo((name: string): boolean => !!(countryOfSubdivision(name) || countryOf(name, { capitals: true })));

/** Whether the UTF-16 unit is in JavaScript's \s (white space and line terminators). */
export function isSpaceUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last character in [from, end) that is not \s, or "" when there is none. */
function lastNonSpace(text: string, from: number, end: number): string {
  let i = end - 1;
  while (i >= from && isSpaceUnit(text.charCodeAt(i))) i--;
  return i >= from ? text[i] : "";
}

function speakerRightBefore(text: string, from: number, end: number): SpeakerSpan | undefined {
  from = lookbackFrom(text, from, end);
  end = stripAuxiliaries(text, from, end);
  // "The Bharatiya Kisan Union (Ugrahan) said": a bracketed short name or faction after the speaker
  // (each pattern below ends on one mark and spaces: the last other character says whether it can match)
  const bracket = lastNonSpace(text, from, end) === ")" ? text.slice(from, end).match(/\s*\([^()]{1,40}\)\s*$/) : null;
  if (bracket && bracket.index !== undefined && bracket.index > 0) end = from + bracket.index;
  // "Kall -- co-editor of a book on debates -- said": an apposition set off by dashes
  const dashed = /[-—–]/.test(lastNonSpace(text, from, end)) ? text.slice(from, end).match(/\s(?:--|—|–)\s[^—–“”"]{1,150}?\s(?:--|—|–)\s*$/u) : null;
  if (dashed && dashed.index !== undefined && dashed.index > 0) end = from + dashed.index;
  // "Mitch McConnell, R-Ky., said": a party and state tag set off by commas after the name
  const tag = lastNonSpace(text, from, end) === "," ? text.slice(from, end).match(/,\s*[RDI]-[\p{Lu}][\p{L}.]{0,10},\s*$/u) : null;
  if (tag && tag.index !== undefined && tag.index > 0) end = from + tag.index;
  // "a delegate from Tulsa, Oklahoma, said", "retired in Salem, Mass., said": a town's state or
  // country set off by commas is part of the apposition, not a second one
  const place = lastNonSpace(text, from, end) === "," ? text.slice(from, end).match(/(\p{Lu}[\p{L}’'-]*),\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?),\s*$/u) : null;
  if (place && place.index !== undefined && place.index > 0 && /,/.test(text.slice(from, from + place.index)) && (countryOfSubdivision(place[2]) || US_STATE_ABBREVIATION.test(place[2]) || countryOf(place[2]))) end = from + place.index + place[1].length + 1;
  let left = text.slice(from, end);
  // "McAleenan, who signed …, said" / "Hill, the foreign minister, said": skip one parenthetical
  if (/,\s*$/.test(left)) {
    const body = left.replace(/,\s*$/, "");
    const comma = body.lastIndexOf(",");
    if (comma >= 0) {
      const paren = body.slice(comma + 1).trim();
      const parenTokens = tokenize(text, from + comma + 1, from + body.length);
      const descriptive = parenTokens.some((t) => !isCap(t.text) && (DESCRIPTOR_HEADS.has(lower(t.text)) || TITLE_WORDS.has(lower(t.text))));
      const nameOnly = parenTokens.length > 0 && parenTokens.every((t, i) => isNameToken(t, parenTokens[i + 1]) || isTitle(t.text));
      // "A lawyer for the outlets, David Schulz, said": a full name set off by commas is the speaker
      const named = nameOnly && parenTokens.length >= 2 && /^\p{Lu}/u.test(paren) && !isTitle(parenTokens[0].text) ? nameSpan(text, parenTokens) : undefined;
      if (named && named.kind === "person" && (named.core ?? "").includes(" ") && /\p{Ll}/u.test(body.slice(0, comma))) return named;
      // ("Representative Anne Hale, Democrat of Oregon, told": a party and state apposition)
      if (/^(?:who|which|whose|a|an|the|\d|[a-z])/.test(paren) || (descriptive && !nameOnly) || /^(?:Republican|Democrat|Democratic|Independent)\s+(?:of|from)\s+\p{Lu}/u.test(paren)) end = from + comma;
      else if (nameOnly && /\b(?:\p{Ll}+)\s*$/u.test(body.slice(0, comma)) && DESCRIPTOR_HEADS.has(lower(body.slice(0, comma).match(/(\p{L}+)\s*$/u)?.[1] ?? "")) ) {
        // "Carlineo's attorney, Sonya Zoghlin, said": the name in the apposition is the speaker
        const named = nameSpan(text, parenTokens);
        if (named && named.kind === "person") return named;
        return undefined;
      } else return undefined;
    } else return undefined;
    // "Balwinder Kaur, 52, who grows wheat …, said": an age apposition before the clause
    const age = text.slice(from, end).match(/,\s*\d{1,3}\s*$/);
    if (age) end -= age[0].length;
    // "Rep. Gregory Meeks (D-N.Y.), chairman of …, said": a bracket after the name
    const party = text.slice(from, end).match(/\s*\([^()]{1,40}\)\s*$/);
    if (party && party.index !== undefined && party.index > 0) end = from + party.index;
    left = text.slice(from, end);
  }
  const tokens = tokenize(text, from, end);
  if (!tokens.length) return undefined;
  const last = tokens[tokens.length - 1];
  if (last.end < end - 2 && /\S/.test(text.slice(last.end, end))) return undefined;
  const lw = lower(last.text);
  if (SPEAKER_PRONOUNS.has(lw)) return { text: last.text, start: last.start, end: last.end, kind: "pronoun" };
  // "He’s said", "They've argued": a pronoun with a contracted auxiliary
  const contracted = lw.includes("'") || lw.includes("’") ? lw.match(/^(\p{L}+)['’](?:s|ve|d|ll)$/u) : null;
  if (contracted && SPEAKER_PRONOUNS.has(contracted[1])) return { text: last.text.slice(0, contracted[1].length), start: last.start, end: last.start + contracted[1].length, kind: "pronoun" };
  // "Ann Lee, who said she votes …": a relative "who" speaks for the name before its comma
  if (lw === "who" && tokens.length >= 3 && tokens[tokens.length - 2].text === ",") {
    const antecedent = speakerBefore(text, from, tokens[tokens.length - 2].start);
    if (antecedent && antecedent.kind !== "pronoun") return { ...antecedent, text: last.text, start: last.start, end: last.end };
  }
  if (isCap(last.text) && !isMonthOrDay(last.text) && !/^[“”"«»‘]$/.test(last.text)) {
    let i = tokens.length - 1;
    while (i > 0) {
      const prev = tokens[i - 1];
      const pl = lower(prev.text);
      if (isNameToken(prev, tokens[i]) || (TITLE_MODIFIERS.has(pl) && isCap(tokens[i].text)) || /-elect$/.test(pl)) i--;
      else break;
    }
    // "the union leader Paul Okafor said": a lowercase title before the name belongs to the speaker
    let k = i;
    let titled = false;
    while (k > 0 && i - k < 3) {
      const lw = lower(tokens[k - 1].text);
      if (isCap(tokens[k - 1].text) || NOT_NAMES.has(lw) || PREPOSITIONS.has(lw) || isBreakPunct(tokens[k - 1].text)) break;
      if (TITLE_WORDS.has(lw) || DESCRIPTOR_HEADS.has(lw)) titled = true;
      k--;
    }
    if (titled) {
      while (k < i && !TITLE_WORDS.has(lower(tokens[k].text)) && !DESCRIPTOR_HEADS.has(lower(tokens[k].text)) && !TITLE_MODIFIERS.has(lower(tokens[k].text)) && i - k > 1 && !(k > 0 && DESCRIPTOR_DETERMINERS.has(lower(tokens[k - 1].text)))) k++;
      i = k;
      if (i > 0 && DESCRIPTOR_DETERMINERS.has(lower(tokens[i - 1].text))) i--;
    }
    // "The White House said": keep the article for bodies
    if (i > 0 && lower(tokens[i - 1].text) === "the") i--;
    const run = tokens.slice(i);
    // "one user on Weibo posted": the name is inside a descriptor
    const s = nameSpan(text, run);
    if (i > 0 && PREPOSITIONS.has(lower(tokens[i - 1].text))) {
      const d = descriptorBefore(text, from, end);
      // "China's ambassador to Britain Liu Xiaming": a full personal name ends the descriptor
      const fullName = s && s.kind === "person" && (s.core ?? "").includes(" ") && givenGender((s.core ?? "").split(" ")[0]) !== undefined;
      if (d && d.start < run[0].start && s && fullName) return widened(s, text.slice(d.start, s.end), d.start);
      if (d && d.start < run[0].start) return d;
    }
    if (s) return s;
  }
  return descriptorBefore(text, from, end);
}

// Words that look like agent nouns but name things: "the letter said", "the order states"
const NOT_AGENTS = new Set([
  "paper", "papers", "letter", "letters", "order", "orders", "number", "numbers", "center", "centre", "water",
  "matter", "computer", "filter", "border", "quarter", "power", "answer", "chapter", "cover", "register", "poster",
  "monitor", "sector", "factor", "factors", "error", "mirror", "motor", "indicator", "calculator", "document",
  "agreement", "statement", "government", "department", "movement", "comment", "amendment", "payment", "event",
  "moment", "element", "argument", "content", "percent", "parent", "patent", "plant", "tenant", "talent",
  "weather", "summer", "winter", "september", "october", "november", "december", "layer", "member", "trailer",
  "tower", "theater", "theatre", "corner", "dinner", "banner", "flyer", "sticker", "number", "other", "another",
  "either", "neither", "whether", "together", "rather", "however", "never", "ever", "over", "under", "after",
  "later", "earlier", "former", "latter", "higher", "lower", "greater", "better", "newer", "larger", "smaller",
]);

const PREPOSITIONS = new Set(["on", "at", "for", "from", "of", "with", "in", "to", "by"]);

const AFTER_BREAK = new Set([
  "in", "on", "at", "during", "while", "when", "who", "which", "before", "after", "adding", "told", "to", "as",
  "about", "that", "because", "last", "this", "earlier", "later", "via", "through", "referring", "speaking",
  "according", "but", "said", "says", "yesterday", "today", "tonight", "following", "outside", "inside",
  "wrote", "added", "noted", "explained", "is", "was", "were", "are", "has", "had", "have", "will", "would",
]);

const isBreakPunct = (w: string) => /^(?:[,;:“”"«»‘–—()]|-{2,})$/.test(w);

/** The speaker words right after an inverted verb: "said Rev. John L. McCullough, president …". */
export function speakerAfter(text: string, from: number, to: number): SpeakerSpan | undefined {
  // the loop below reads at most 18 words and one break
  const tokens = tokenize(text, from, to, 20);
  const run: Token[] = [];
  for (let i = 0; i < tokens.length && run.length < 18; i++) {
    const t = tokens[i];
    if (isBreakPunct(t.text)) break;
    // a sentence-ending full stop between tokens ends the speaker
    if (run.length && /[.!?]/.test(text.slice(run[run.length - 1].end, t.start))) break;
    const lw = lower(t.text);
    if (run.length && AFTER_BREAK.has(lw)) break;
    if (!run.length && NOT_NAMES.has(lw) && !DESCRIPTOR_DETERMINERS.has(lw) && !SPEAKER_PRONOUNS.has(lw)) return undefined;
    run.push(t);
    if (SPEAKER_PRONOUNS.has(lw) && run.length === 1) break;
  }
  if (!run.length) return undefined;
  const first = run[0];
  if (SPEAKER_PRONOUNS.has(lower(first.text))) return { text: first.text, start: first.start, end: first.end, kind: "pronoun" };
  // up to three lowercase words, then a name: "planetary geologist Rosaly Lopes of NASA"
  const c = run.findIndex((t, i) => isCap(t.text) && !isMonthOrDay(t.text) && lower(t.text) !== "the" && i <= 4);
  if (c >= 0) {
    let e = c;
    while (e < run.length && (isNameToken(run[e], run[e + 1]) || isTitle(run[e].text) || TITLE_MODIFIERS.has(lower(run[e].text)))) e++;
    const lead = run.slice(0, c);
    const leadOk = lead.every((t) => !isCap(t.text) && !PREPOSITIONS.has(lower(t.text)));
    // "a WeWork spokesperson", "a White House official": the name is a modifier of the descriptor
    const headAfter = run[e] && (DESCRIPTOR_HEADS.has(lower(run[e].text)) || TITLE_WORDS.has(lower(run[e].text)));
    if (leadOk && headAfter && !isCap(run[e].text)) {
      let k = e + 1;
      while (k < run.length && (DESCRIPTOR_HEADS.has(lower(run[k].text)) || TITLE_WORDS.has(lower(run[k].text)))) k++;
      const d = descriptorBefore(text, first.start, run[k - 1].end);
      if (d && d.start === first.start) {
        // "said White House spokesman Hogan Gidley": a name after the title is the speaker's
        let n = k;
        while (n < run.length && isNameToken(run[n], run[n + 1])) n++;
        const nameAfter = n > k ? nameSpan(text, run.slice(k, n)) : undefined;
        if (nameAfter && nameAfter.kind === "person") return widened(nameAfter, text.slice(first.start, nameAfter.end), first.start);
        return d;
      }
    }
    if (leadOk) {
      const s = nameSpan(text, run.slice(c, e));
      if (s) {
        const startAt = lead.length ? lead[0].start : s.start;
        return widened(s, text.slice(startAt, s.end), startAt);
      }
    }
  }
  // "said an administration official", "said two people familiar with the talks"
  for (let k = run.length; k >= 1; k--) {
    const d = descriptorBefore(text, first.start, run[k - 1].end);
    if (d && d.start === first.start) return d;
  }
  return undefined;
}

// lowercase nouns that classify the name after them: "Industry body X", "Mining giant Y"
const CLASSIFIERS = new Set([
  "body", "group", "giant", "firm", "maker", "lender", "regulator", "watchdog", "lobby", "company", "carrier",
  "retailer", "bank", "insurer", "operator", "developer", "producer", "miner", "outfit", "association", "union",
  "organisation", "organization", "charity", "party", "platform", "startup", "start-up", "conglomerate",
]);

/** The sentence's opening noun phrase, for "…, saying that" and quotes with no reporting verb. */
export function subjectAtStart(text: string, from: number, to: number): SpeakerSpan | undefined {
  const tokens = tokenize(text, from, to, 14);
  // "During a speech earlier in the day, Trump attacked …", "Once in my 20s, when …, I laughed and
  // said": a sentence opening on a preposition or subordinator has its subject after a comma
  if (INTRODUCERS.has(lower(tokens[0]?.text ?? ""))) {
    const long = tokenize(text, from, to, 60);
    for (let c = 1; c < long.length - 1; c++) {
      if (long[c].text !== ",") continue;
      const found = subjectOfTokens(text, long.slice(c + 1), to);
      if (found) return found;
    }
    return undefined;
  }
  // skip an introductory phrase ending in a comma: "On Friday, the ministry said"
  const firstComma = tokens.findIndex((t) => t.text === ",");
  const start = firstComma >= 0 && firstComma < 6 && !isCap(tokens[0]?.text ?? "") ? firstComma + 1 : 0;
  return subjectOfTokens(text, tokens.slice(start), to);
}

/**
 * A plain noun phrase that is everything between `from` and a reporting verb at `end`: the
 * sentence's subject when no name or known descriptor is in it ("Fact-checkers soon noted",
 * "Three-quarters of the voters said", "The billionaire businessman says"). Undefined when the
 * words hold a clause, a comma, a quote or a verb.
 */
export function plainSubject(text: string, from: number, end: number): SpeakerSpan | undefined {
  if (end - from > 120) return undefined;
  end = stripAuxiliaries(text, from, end);
  const tokens = tokenize(text, from, end);
  let i = 0;
  // "Even so, three-quarters of …", "On Friday, the group …": an opening phrase up to a comma
  const comma = tokens.findIndex((t) => t.text === ",");
  if (comma >= 0) {
    if (!INTRODUCERS.has(lower(tokens[0].text)) && !/^(?:even|but|and|so|yet|still|also|now|instead|then)$/i.test(tokens[0].text)) return undefined;
    i = comma + 1;
  }
  const np = tokens.slice(i);
  if (np.length < 1 || np.length > 10) return undefined;
  if (np.some((t) => /^[,;:“”"«»‘’()\[\]–—]$|^-{2,}$/.test(t.text) || PLAIN_SUBJECT_STOPS.has(lower(t.text)))) return undefined;
  if (i === 0 && !/^\p{Lu}/u.test(np[0].text) && !DESCRIPTOR_DETERMINERS.has(lower(np[0].text))) return undefined;
  const lastWord = lower(np[np.length - 1].text);
  if (PREPOSITIONS.has(lastWord) || CONNECTORS.has(lastWord) || DESCRIPTOR_DETERMINERS.has(lastWord) || SPEAKER_PRONOUNS.has(lastWord)) return undefined;
  // a lone capitalised word is left to the name rules ("Once", "Yes")
  if (np.length === 1 && !/\p{Ll}-\p{Ll}|s$/u.test(np[0].text)) return undefined;
  const start = np[0].start;
  const stop = np[np.length - 1].end;
  return { text: text.slice(start, stop), start, end: stop, kind: "descriptor" };
}

// words that show a clause, not a noun phrase, before the verb
const PLAIN_SUBJECT_STOPS = new Set([
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
  "could", "should", "may", "might", "must", "who", "which", "that", "what", "when", "where", "why", "how",
  "if", "because", "while", "as", "than", "not", "no", "it", "there", "this", "i", "we", "you", "he", "she",
  "they", "me", "him", "them", "us", "where", "whether", "said", "says", "told", "to",
]);

// words that open an adverbial phrase or clause before a sentence's subject
const INTRODUCERS = new Set([
  "during", "once", "after", "before", "when", "while", "in", "at", "on", "since", "although", "though", "as",
  "if", "because", "despite", "following", "after", "amid", "with", "without", "for", "from", "by", "under",
  "earlier", "later", "meanwhile", "still", "however", "instead", "asked", "speaking", "responding", "addressing",
]);

function subjectOfTokens(text: string, rest: Token[], to: number): SpeakerSpan | undefined {
  if (!rest.length) return undefined;
  if (SPEAKER_PRONOUNS.has(lower(rest[0].text))) return { text: rest[0].text, start: rest[0].start, end: rest[0].end, kind: "pronoun" };
  // "Industry body Digital Lenders Association said": a classifier noun before the name
  if (rest.length > 3 && isCap(rest[0].text) && CLASSIFIERS.has(rest[1].text) && isCap(rest[2].text)) {
    const named = subjectAtStart(text, rest[2].start, to);
    if (named && named.kind !== "pronoun") return named;
  }
  // a name run from the start: "Mr Trump and Bukele spoke …"
  let n = 0;
  while (n < rest.length && (isNameToken(rest[n], rest[n + 1]) || isTitle(rest[n].text) || TITLE_MODIFIERS.has(lower(rest[n].text)) || (n === 0 && lower(rest[n].text) === "the"))) n++;
  if (n > 0) {
    const s = nameSpan(text, rest.slice(0, n));
    if (s && !(n === 1 && lower(rest[0].text) === "the")) return s;
  }
  // a descriptor: "Advocates already criticized …", "Two senior officials said"
  for (let k = Math.min(rest.length, 8); k >= 1; k--) {
    const d = descriptorBefore(text, rest[0].start, rest[k - 1].end);
    if (d && d.start === rest[0].start) return d;
  }
  return undefined;
}

// ---------------------------------------------------------------- resolution

/** A person or body the article mentions, for pronoun and surname resolution. */
export interface Mention {
  name: string;
  start: number;
  end: number;
  kind: "person" | "body";
  gender?: Gender;
}

const genderOfName = (name: string): Gender | undefined => givenGender(name.split(/\s+/)[0] ?? "");

function genderNear(text: string, start: number, name: string): Gender | undefined {
  const before = lower(text.slice(Math.max(0, start - 30), start)).match(/([a-z.]+)\s*$/)?.[1] ?? "";
  if (MALE_MARKERS.has(before)) return "male";
  if (FEMALE_MARKERS.has(before)) return "female";
  return genderOfName(name);
}

/** People and bodies in the text: the entities extractor's when present, else our own scan. */
export function mentionsOf(text: string, entities: readonly Entity[] | undefined): Mention[] {
  if (entities && entities.some((e) => e.type === "person")) {
    // (one loop, not filter then map: their arrays met element kinds the inlined builtins had not seen, and
    // resolveAll, where this is inlined, left its optimized code; --trace-deopt: "wrong map")
    const out: Mention[] = [];
    for (const e of entities) {
      if (e.type !== "person" && e.type !== "organization") continue;
      // the entities extractor may say "he"/"she" (or "male"/"female"); else our own hint
      const g = (e as { gender?: unknown }).gender;
      const given: Gender | undefined = g === "he" || g === "male" ? "male" : g === "she" || g === "female" ? "female" : undefined;
      const gender = given ?? (e.type === "person" ? genderNear(text, e.start, e.canonical) : undefined);
      out.push({ name: e.canonical, start: e.start, end: e.end, kind: e.type === "person" ? "person" : "body", gender });
    }
    return out.sort((a, b) => a.start - b.start);
  }
  return scanMentions(text);
}

/** Our own capitalized-name scan, used when no entities are given: once per article (doc.ts's perDoc). */
export function scanMentions(text: string): Mention[] {
  return perDoc(text, "name-scan", () => scanNames(text));
}

const LOWER_LETTER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const isLowerLetter = (cp: number) => (cp < 0x80 ? cp >= 0x61 && cp <= 0x7a : LOWER_LETTER.test(String.fromCodePoint(cp)));
const isLetter = (cp: number) => (cp < 0x80 ? (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) : LETTER.test(String.fromCodePoint(cp)));

/**
 * The words `text` writes starting in lower case: a lowercase letter after no letter, then lowercase letters,
 * "’", "'" and "-", as the pattern `(?<![\p{L}])\p{Ll}[\p{Ll}’'-]*` (flags gu) matches them, read code point by code
 * point in one pass (the pattern tried its look-behind at every lowercase letter, and cost two to three times this loop).
 */
export function lowerWordsOf(text: string): Set<string> {
  const out = new Set<string>();
  const n = text.length;
  let afterLetter = false;
  for (let i = 0; i < n; ) {
    const cp = text.codePointAt(i)!;
    if (!afterLetter && isLowerLetter(cp)) {
      let j = i + (cp > 0xffff ? 2 : 1);
      let last = cp;
      while (j < n) {
        const next = text.codePointAt(j)!;
        if (!(isLowerLetter(next) || next === 0x2019 || next === 0x27 || next === 0x2d)) break;
        last = next;
        j += next > 0xffff ? 2 : 1;
      }
      out.add(text.slice(i, j));
      afterLetter = isLetter(last);
      i = j;
      continue;
    }
    afterLetter = isLetter(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

function scanNames(text: string): Mention[] {
  const tokens = tokenize(text);
  const out: Mention[] = [];
  // words the text also writes in lower case are common words, not names ("Whatever Apple")
  const lowerWords = lowerWordsOf(text);
  // surnames used alone ("Dempsey said") confirm that a two-word run is a person
  const alone = new Map<string, number>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!isCap(t.text)) continue;
    const prevCap = k > 0 && isCap(tokens[k - 1].text) && !/[\n.!?]/.test(text.slice(tokens[k - 1].end, t.start));
    const nextCap = k + 1 < tokens.length && isCap(tokens[k + 1].text) && !/[\n.!?]/.test(text.slice(t.end, tokens[k + 1].start));
    if (prevCap || nextCap) continue;
    // "Lopes said", "added Lopes", "Mr. Liu": a word used alone as a speaker is a surname
    const near = `${tokens[k - 1]?.text ?? ""} ${tokens[k + 1]?.text ?? ""}`.toLowerCase();
    if (/\b(?:said|says|told|added|asked|wrote|explained|noted|mr\.?|ms\.?|mrs\.?|dr\.?)\b/.test(near)) alone.set(t.text.replace(/['’]s$/, ""), 1);
  }
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].text) || isBreakPunct(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < tokens.length &&
      isNameToken(tokens[j], tokens[j + 1]) &&
      lower(tokens[j].text) !== "and" &&
      !/[\n.!?]/.test(text.slice(tokens[j - 1].end, tokens[j].start))
    ) j++;
    let run = tokens.slice(i, j);
    i = j;
    while (run.length && (NOT_NAMES.has(lower(run[0].text)) || lowerWords.has(lower(run[0].text)))) run = run.slice(1);
    if (!run.length) continue;
    const s = nameSpan(text, run);
    if (!s || !s.core || s.coreStart === undefined || s.coreEnd === undefined) continue;
    const coreTokens = s.core.split(/\s+/);
    if (s.kind === "person") {
      const titled = s.coreStart > s.start && run.some((t) => isTitle(t.text));
      const given = givenGender(coreTokens[0]) !== undefined && coreTokens.length >= 2;
      const initial = coreTokens.some((w) => /^\p{Lu}\.$/u.test(w));
      const surnameAlone = coreTokens.length >= 2 && coreTokens.some((w) => alone.has(w));
      if (!titled && !given && !initial && !surnameAlone) continue;
      if (coreTokens.some((w) => isMonthOrDay(w) || NOT_NAMES.has(lower(w)))) continue;
      if (countryOf(s.core)) continue;
    }
    out.push({ name: s.core, start: s.coreStart, end: s.coreEnd, kind: s.kind === "body" ? "body" : "person", gender: s.kind === "person" ? genderNear(text, s.coreStart, s.core) : undefined });
  }
  // later single-word mentions of a known surname ("McAleenan said")
  const known = out.filter((m) => m.kind === "person" && m.name.includes(" "));
  const surnames = new Map<string, Mention>();
  for (const m of known) for (const w of m.name.split(/\s+/).slice(1)) if (!surnames.has(w)) surnames.set(w, m);
  // the runs above are disjoint and in order: one pointer finds the run that may cover a token
  const runs = out.slice();
  let r = -1;
  for (const t of tokens) {
    while (r + 1 < runs.length && runs[r + 1].start <= t.start) r++;
    const m = surnames.get(t.text.replace(/['’]s$/, ""));
    if (m && t.start > m.start && !(r >= 0 && runs[r].end >= t.end)) {
      out.push({ name: m.name, start: t.start, end: t.start + t.text.replace(/['’]s$/, "").length, kind: "person", gender: m.gender });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** A person's name with the offsets of its mentions, in order. */
interface NameEntry {
  name: string;
  words: ReadonlySet<string>;
  length: number;
  starts: number[];
}

// per mentions list: each word of a person's name → the distinct names holding it
const nameIndexes = new WeakMap<readonly Mention[], Map<string, NameEntry[]>>();

function nameIndex(mentions: readonly Mention[]): Map<string, NameEntry[]> {
  let index = nameIndexes.get(mentions);
  if (index) return index;
  index = new Map();
  const byName = new Map<string, NameEntry>();
  for (const m of mentions) {
    if (m.kind !== "person") continue;
    let entry = byName.get(m.name);
    if (!entry) {
      const words = m.name.split(/\s+/);
      entry = { name: m.name, words: new Set(words), length: words.length, starts: [] };
      byName.set(m.name, entry);
      for (const w of entry.words) {
        const list = index.get(w);
        if (list) list.push(entry);
        else index.set(w, [entry]);
      }
    }
    entry.starts.push(m.start);
  }
  nameIndexes.set(mentions, index);
  return index;
}

/** The first offset in ascending `starts` that is at least `at`, or undefined. */
function firstAtOrAfter(starts: readonly number[], at: number): number | undefined {
  return starts[countBefore(starts, at, (x) => x)];
}

/**
 * The fullest name in `mentions` that contains every word of `core` ("Hill" → "Alexandra Hill Tinoco"):
 * the longest mentioned before `before` (the earliest of equals), else the longest mentioned after.
 * Looked up through an index of name words, so resolving every speaker stays linear.
 */
export function fullestName(core: string, mentions: readonly Mention[], before: number): string {
  const words = core.split(/\s+/).map((w) => w.replace(/['’]s$/, ""));
  let best: { length: number; at: number; name: string } | undefined;
  let bestLater: { length: number; at: number; name: string } | undefined;
  for (const e of nameIndex(mentions).get(words[0]) ?? []) {
    if (!words.every((w) => e.words.has(w))) continue;
    // mentions are in document order: compare by the first mention on each side of `before`
    if (e.starts[0] < before && (!best || e.length > best.length || (e.length === best.length && e.starts[0] < best.at))) {
      best = { length: e.length, at: e.starts[0], name: e.name };
    }
    const later = firstAtOrAfter(e.starts, before);
    if (later !== undefined && (!bestLater || e.length > bestLater.length || (e.length === bestLater.length && later < bestLater.at))) {
      bestLater = { length: e.length, at: later, name: e.name };
    }
  }
  return (best ?? bestLater)?.name ?? words.join(" ");
}

// per entities list: the entities sorted by start, and the longest one's length
const entityIndexes = new WeakMap<readonly Entity[], { sorted: { e: Entity; i: number }[]; longest: number }>();

/** The entities overlapping [start, end), in their original order, found by binary search. */
function entitiesOver(entities: readonly Entity[], start: number, end: number): Entity[] {
  let index = entityIndexes.get(entities);
  if (!index) {
    // (pushed in an indexed loop, not map and reduce: the lists come in several element kinds, and the inlined map
    // left entitiesOver's optimized code at each one it had not seen; --trace-deopt: "wrong map" there)
    const sorted: { e: Entity; i: number }[] = [];
    let longest = 0;
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      sorted.push({ e, i });
      longest = Math.max(longest, e.end - e.start);
    }
    sorted.sort((a, b) => a.e.start - b.e.start || a.i - b.i);
    index = { sorted, longest };
    entityIndexes.set(entities, index);
  }
  const { sorted, longest } = index;
  const lo = countBefore(sorted, end, (x) => x.e.start);
  const out: { e: Entity; i: number }[] = [];
  for (let k = lo - 1; k >= 0 && sorted[k].e.start >= start - longest; k--) if (sorted[k].e.end > start) out.push(sorted[k]);
  out.sort((a, b) => a.i - b.i);
  // (pushed, not mapped: map's array is of another element kind when empty, and the callers' filter left their
  // optimized code at it)
  const found: Entity[] = [];
  for (const x of out) found.push(x.e);
  return found;
}

/** The canonical name an entity gives for the words at [start, end), person first. */
export function entityNameAt(entities: readonly Entity[] | undefined, start: number, end: number, whole = false): string | undefined {
  if (!entities) return undefined;
  const over = entitiesOver(entities, start, end).filter((e) => (whole ? e.start <= start && e.end >= end : e.start < end && e.end > start));
  const person = over.find((e) => e.type === "person");
  if (person) return person.canonical;
  const org = over.find((e) => e.type === "organization");
  return org?.canonical;
}

/** Plain descriptor name: the words without their article ("an administration official" → "administration official"). */
export function descriptorName(words: string): string {
  return words.replace(/^(?:a|an|the)\s+/i, "").trim();
}

export function genderCompatible(want: Gender | undefined, have: Gender | undefined): boolean {
  return !want || !have || want === have;
}
