// Claims: direct quotes and reported speech, each attributed to its speaker.
// Quotes are found in quotes.ts, reported speech in reported-speech.ts, speaker words in
// speakers.ts; this file decides which quotes are claims, attributes them, and resolves every
// speaker to a name in document order (pronouns and "the last speaker" need that order).
import type { Claim, Diagnostic, Entity, ParsedArticle, Speaker } from "../pipeline/schemas.js";
import type { Extractor, Findings } from "./types.js";
import { AS_VERBS, CHARACTERIZING_VERBS, HEDGES, PARTICIPLE_CUES, TOPIC_VERBS, reportingVerb } from "./lexicon/reporting-verbs.js";
import { SPEAKER_PRONOUNS, type Gender } from "./lexicon/pronouns.js";
import { ANAPHORIC_ROLES } from "./lexicon/speaker-descriptors.js";
import { FUNCTION_WORDS, NAMING_CUES, TERM_DETERMINERS } from "./lexicon/quoted-terms.js";
import { type QuoteSpan, findQuotes, hasWords, lastQuoteBefore, wordCount } from "./quotes.js";
import { PAST_VERBS, type RawClaim, clauseAfterVerb, findBlockSpeech, findNounCueSpeech, findReportedSpeech, firstVerbIn, lastVerbIn, verbsIn } from "./reported-speech.js";
import {
  type Mention,
  type SpeakerSpan,
  descriptorName,
  entityNameAt,
  fullestName,
  genderCompatible,
  mentionsOf,
  plainSubject,
  speakerAfter,
  speakerBefore,
  isSpaceUnit,
  subjectAtStart,
} from "./speakers.js";
import { codePointBefore, countBefore, paragraphsOf, sentenceAt } from "./text.js";
import { inDocOf, perDoc } from "./doc.js";

// ---------------------------------------------------------------- which quotes are claims

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
// "the so-called “Safe Third Country” agreement", "known as “Remain in Mexico”"
export const NAMING_CUE = new RegExp(`(?:^|[^\\p{L}])(?:${[...NAMING_CUES].sort((a, b) => b.length - a.length).map(esc).join("|")})\\s*$`, "iu");
// the letters a naming cue ends on, as NAMING_CUE compares them (case-insensitively under u: "ſ" is an "s")
const NAMING_CUE_LAST = new RegExp(`^[${[...new Set(NAMING_CUES.map((c) => c[c.length - 1]))].join("").replace(/[\]\\^-]/g, "\\$&")}]$`, "iu");
const namingCueLast = new Uint8Array(0x10000); // 0 not yet known, 1 a cue's last letter, 2 not

/**
 * NAMING_CUE on the 40 characters before an opening mark, tried only when their last character but spaces is a
 * letter some cue ends on: the pattern is anchored at the end but tried from every start, and most quotes follow
 * "said," or a colon.
 */
export function namingCueBefore(lead: string): boolean {
  let i = lead.length - 1;
  while (i >= 0 && isSpaceUnit(lead.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = lead.charCodeAt(i);
  let k = namingCueLast[c];
  if (k === 0) k = namingCueLast[c] = NAMING_CUE_LAST.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 && NAMING_CUE.test(lead);
}
const DETERMINER_BEFORE = new RegExp(`\\b(?:${TERM_DETERMINERS.join("|")})\\s*$`, "i");

const CONTENT_WORD = /[\p{L}\p{N}][\p{L}\p{N}’'\-]*/gu;
/**
 * Whether every word of `inner` longer than three characters opens with a capital, and there is one: read word by
 * word up to the first that does not (the words were all matched first, and most quotes fail on their second word).
 */
export function isTitleCase(inner: string): boolean {
  let long = 0;
  CONTENT_WORD.lastIndex = 0;
  for (let m = CONTENT_WORD.exec(inner); m; m = CONTENT_WORD.exec(inner)) {
    if (m[0].length <= 3) continue;
    if (!/^\p{Lu}/u.test(m[0])) return false;
    long++;
  }
  return long > 0;
}

/**
 * True when a quoted span is a term, a name or a title rather than something someone said:
 * scare quotes, "so-called …", quoted single words, titles of works. `hasCue` says whether a
 * reporting verb governs the quote (then short partial quotes are claims: "as well as “more investment”").
 */
export function isQuotedTerm(text: string, q: QuoteSpan, hasCue: boolean): boolean {
  const inner = text.slice(q.start, q.end);
  const words = wordCount(inner);
  const lead = text.slice(Math.max(0, q.open - 40), q.open);
  if (namingCueBefore(lead)) return true;
  if (words <= 1) return true;
  if (words <= 8 && isTitleCase(inner) && !/[.!?]\s/.test(inner) && !/[.!?]$/.test(inner)) return true;
  const closeAt = q.close >= 0 ? q.close : q.end;
  const follow = text.slice(closeAt + 1, closeAt + 30);
  if (words <= 4 && !/[,.!?;:]/.test(inner)) {
    if (DETERMINER_BEFORE.test(lead)) return true; // "a “safe third country”"
    const rawInner = text.slice(q.open + 1, closeAt);
    const nextWord = follow.match(/^\s+(\p{Ll}[\p{L}-]*)/u)?.[1];
    // "“safe third country” agreement": the quote modifies the noun after it
    if (nextWord && !/[,.;:!?]\s*$/.test(rawInner) && !/(?:ing|ly|ed)$/.test(nextWord) && !FUNCTION_WORDS.has(nextWord)) return true;
  }
  // "‘Passengers deserve better.’" is a short sentence, not a term
  const sentenceLike = /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner) && words >= 2;
  if (words <= 3 && !hasCue && !sentenceLike) return true;
  return false;
}

// ---------------------------------------------------------------- attributing a direct quote

interface Attribution {
  speaker: SpeakerSpan | "previous" | null;
  cue: string | null;
  rule: string;
  certain: boolean;
  /** The verb offset used, so reported speech does not read it again. */
  verbAt?: number;
  /** Where the cue before the quote ends, and whether it is "tell" (its audience is no content). */
  cueEnd?: number;
  tell?: boolean;
  adjacent: boolean;
}

// the comma or full stop between a closing mark and its cue: "…,” said" / "….” Smith said
const LEADING_PUNCT = /^\s*[,.!?]?\s*/;

function quoteEnd(q: QuoteSpan) {
  return q.close >= 0 ? q.close + 1 : q.end;
}

/** The cue right after the closing mark: "…,” said McAleenan" / "…,” she said" / "…,” according to X". */
function cueAfter(text: string, q: QuoteSpan, windowEnd: number): Attribution | undefined {
  const from = quoteEnd(q);
  const lead = text.slice(from, windowEnd).match(LEADING_PUNCT)?.[0] ?? "";
  const at = from + lead.length;
  const win = text.slice(at, windowEnd);
  const acc = win.match(/^according to\s+/i);
  if (acc) {
    const sp = speakerAfter(text, at + acc[0].length, windowEnd);
    if (sp) return { speaker: sp, cue: "according to", rule: "quote-according-to", certain: true, adjacent: true };
  }
  // ("…,” Melanne Verveer, who served as chief of staff during the administration, told CBS": a
  // relative clause after the name may take the cue well past 90 characters)
  const m = firstVerbIn(text, at, Math.min(windowEnd, at + 91)) ?? (/^[\p{Lu}][^.!?“”"]{0,60},\s+(?:who|a|an|the)\s/u.test(text.slice(at, at + 70)) ? firstVerbIn(text, at + 91, Math.min(windowEnd, at + 180)) : undefined);
  if (!m) return unlistedVerbAfter(text, q, at, windowEnd);
  const verb = m.form;
  if (PARTICIPLE_CUES.has(verb.toLowerCase()) && m.index === at) return undefined;
  if (m.index === at) {
    // inverted: "…,” said Rev. John L. McCullough, president …"
    const sp = speakerAfter(text, at + verb.length, windowEnd);
    if (sp) return { speaker: sp, cue: verb, rule: "quote-verb-speaker", certain: true, verbAt: m.index, adjacent: true };
    // "…,” said the ruling.": a short noun phrase closing the sentence names what spoke
    const np = commaClosed(text, q, at) ? text.slice(at + verb.length, windowEnd).match(PLAIN_NP_AFTER) : null;
    if (np) {
      const start = at + verb.length + np[0].indexOf(np[1]);
      return { speaker: { text: np[1], start, end: start + np[1].length, kind: "descriptor" }, cue: verb, rule: "quote-verb-phrase", certain: false, verbAt: m.index, adjacent: true };
    }
    return undefined;
  }
  // "“We won.” Smith said the vote was close.": a finished quote and a verb with its own
  // content start a new sentence, not a cue
  const closedSentence = /[.!?]\s*$/.test(text.slice(q.start, q.close >= 0 ? q.close : q.end));
  const afterVerb = text.slice(m.index + verb.length, windowEnd);
  if (closedSentence && /^\s+(?:that\s+)?\p{L}/u.test(afterVerb) && !/^\s+(?:in|on|at|during|to|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|reporters)\b/u.test(afterVerb) && reportingVerb(verb)?.lemma !== "tell") {
    return undefined;
  }
  // "…,” McAleenan said" / "…,” an official told CBS"
  const sp = speakerBefore(text, at, m.index);
  if (sp && sp.start === at) return { speaker: sp, cue: verb, rule: "quote-speaker-verb", certain: true, verbAt: m.index, adjacent: true };
  // "…,” the prosecutor's spokeswoman, Eva Lind, said": the name in an apposition
  // ("the plan's “shortcuts” are reckless, Moreau said": with no comma closing the quote, the words before
  // the name finish the statement, not an apposition)
  if (sp && sp.kind === "person" && /^[^.!?“”"]*,\s*$/.test(text.slice(at, sp.start)) && commaClosed(text, q, at)) {
    return { speaker: { ...sp, text: text.slice(at, sp.end), start: at }, cue: verb, rule: "quote-speaker-verb", certain: true, verbAt: m.index, adjacent: true };
  }
  if (!commaClosed(text, q, at)) return undefined;
  // "…,” retired Air Force general Lloyd Newton said": lowercase title words before the name
  if (sp && sp.kind !== "pronoun" && sp.start > at && TITLE_WORDS_BEFORE.test(text.slice(at, sp.start))) {
    return { speaker: { ...sp, text: text.slice(at, sp.end), start: at }, cue: verb, rule: "quote-speaker-verb", certain: true, verbAt: m.index, adjacent: true };
  }
  // "…,” the book said", "…,” the article read": a quote closed by a comma and a short noun
  // phrase right before the verb; the phrase is the speaker even with no name or agent noun in it
  const np = text.slice(at, m.index).match(PLAIN_NP_BEFORE);
  if (!sp && np) {
    return { speaker: { text: np[1], start: at, end: at + np[1].length, kind: "descriptor" }, cue: verb, rule: "quote-phrase-verb", certain: false, verbAt: m.index, adjacent: true };
  }
  return undefined;
}

// a past or present verb the lexicon does not list, closing the sentence or before a preposition:
// "…,” Oliver barked.", "…,” she confessed to reporters."
const UNLISTED_VERB = /^\s+(\p{Ll}{3,}(?:ed|es|s))(?=\s*[.!?,;]|\s+(?:in|on|at|to|during|after|before|with|from|as|back|out|again|later|then|loudly|quietly|\p{Ll}+ly)\b)/u;

/** "“…,” Oliver barked.": a speaker right after a comma-closed quote and a verb the lexicon lacks. */
function unlistedVerbAfter(text: string, q: QuoteSpan, at: number, windowEnd: number): Attribution | undefined {
  if (!commaClosed(text, q, at)) return undefined;
  const win = text.slice(at, Math.min(windowEnd, at + 80));
  // the speaker: up to six words, then the verb
  for (const vm of win.matchAll(/\s+\p{Ll}{3,}(?:ed|es|s)\b/gu)) {
    const vAt = at + (vm.index ?? 0);
    const verb = UNLISTED_VERB.exec(text.slice(vAt, windowEnd));
    if (!verb || hasWords(text.slice(at, vAt), 7)) return undefined;
    const sp = speakerBefore(text, at, vAt);
    if (sp && sp.start === at && sp.end >= vAt - 1) return { speaker: sp, cue: verb[1], rule: "quote-speaker-unlisted-verb", certain: false, adjacent: true };
    return undefined;
  }
  return undefined;
}

// a noun phrase with a determiner and at most five more words: "the book", "a message on the website"
const PLAIN_NP = String.raw`(?:the|a|an|this|that|his|her|their|its|our|my)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}[\p{L}’'-]*\p{L}`;
const PLAIN_NP_BEFORE = new RegExp(String.raw`^(${PLAIN_NP})(?:\s+(?:\p{Ll}+ly|often|also|once|later|again))?\s*$`, "iu");
const PLAIN_NP_AFTER = new RegExp(String.raw`^\s+(${PLAIN_NP})\s*(?:[.!?]|,\s)`, "iu");
// "retired Air Force general", "former", "longtime GOP strategist": words before a name, no clause
const TITLE_WORDS_BEFORE = /^(?:(?!(?:and|but|or|as|when|while|after|before|because|then|so|who|which|that|if)\s)[\p{L}.’'-]+\s+){1,5}$/u;

/** Whether the quote ends on a comma, "?" or "!" (inside or right after its closing mark): "…,” X said". */
function commaClosed(text: string, q: QuoteSpan, at: number): boolean {
  return /[,?!]/.test(text.slice(q.end, at)) || /[?!]$/.test(text.slice(q.start, q.end));
}

// each topic verb as a whole word, compiled once (not once per quote): for a test, and for finding every one
const TOPIC_VERB_RE = new Map(TOPIC_VERBS.map((t) => [t, new RegExp(`\\b${t}\\b`)]));
const TOPIC_VERB_ALL_RE = new Map(TOPIC_VERBS.map((t) => [t, new RegExp(`\\b${t}\\b`, "g")]));
// any of them, in one test: a window that holds none (most) is not tested once per verb
const TOPIC_VERB_ANY = new RegExp(`\\b(?:${TOPIC_VERBS.join("|")})\\b`);

/** A cue before the opening mark in the same sentence: "X said, “…”", "X said the plan is “…”". */
function cueBefore(text: string, q: QuoteSpan, windowStart: number, sentenceStart: number): Attribution | undefined {
  const win = text.slice(windowStart, q.open);
  // "According to the mayor, “…”": the source phrase opening the sentence names the speaker
  const acc = win.match(/^\s*(?:(?:But|And|Yet|However),?\s+)?[Aa]ccording to\s+(?=[^,.!?;:“”"]{1,80},\s*$)/);
  if (acc && windowStart === sentenceStart) {
    const from = windowStart + acc[0].length;
    const sp = speakerAfter(text, from, windowStart + win.lastIndexOf(","));
    if (sp) return { speaker: sp, cue: "according to", rule: "according-to-quote", certain: true, adjacent: true };
  }
  const last = lastVerbIn(text, windowStart, q.open);
  // "Cruz called Trump a “pathological liar”", "Obama condemned the test as “reckless”"
  const char = characterizingCue(text, windowStart, q.open);
  if (char && (!last || char.index >= last.index)) {
    const sp = speakerBefore(text, windowStart, char.index) ?? (windowStart === sentenceStart ? plainSubject(text, sentenceStart, char.index) : undefined);
    if (sp && !/[,;:]\s*$/.test(text.slice(sp.end, char.index))) return { speaker: sp, cue: char.form, rule: "characterizing-quote", certain: true, cueEnd: char.end, adjacent: false };
    // "Bush praised Rubio as “…” but described his skills as “…”", "…, calling him a “loser”":
    // a second verb of the sentence's subject
    if (/(?:,|\b(?:and|but|yet|also|then|while|by))\s*$/.test(text.slice(sentenceStart, char.index))) {
      const subj = subjectAtStart(text, sentenceStart, char.index);
      return { speaker: subj ?? "previous", cue: char.form, rule: "characterizing-quote", certain: false, cueEnd: char.end, adjacent: false };
    }
  }
  if (last) {
    const v = last.index;
    const verb = last.form;
    const between = text.slice(v + verb.length, q.open);
    const adjacent = /^[^.!?]{0,60}?[,:]\s*$/.test(between) || /^\s*$/.test(between);
    if (PARTICIPLE_CUES.has(verb.toLowerCase()) && /,\s*$/.test(text.slice(windowStart, v))) {
      const subj = subjectAtStart(text, sentenceStart, v);
      return { speaker: subj ?? "previous", cue: verb, rule: "participle-quote", certain: !!subj, verbAt: v, cueEnd: v + verb.length, adjacent };
    }
    const entry = reportingVerb(verb);
    if (entry) {
      // (a plain noun phrase opening the sentence when no name or descriptor is found: "Protesters chanted “…”")
      const sp = speakerBefore(text, windowStart, v) ?? (windowStart === sentenceStart ? plainSubject(text, sentenceStart, v) : undefined);
      const cueEnd = v + verb.length;
      const tell = entry.lemma === "tell";
      if (sp) return { speaker: sp, cue: verb, rule: adjacent ? "speaker-verb-quote" : "partial-quote", certain: true, verbAt: v, cueEnd, tell, adjacent };
      // "…,” but emphasized the core of the deal is “…”": the sentence's subject, else the last speaker
      if (/(?:\b(?:and|but|yet|then|while)|,)\s*(?:\w+ly\s+)?$/.test(text.slice(windowStart, v)) || windowStart > sentenceStart) {
        const subj = subjectAtStart(text, sentenceStart, v);
        return { speaker: subj ?? "previous", cue: verb, rule: "elided-subject-quote", certain: false, verbAt: v, cueEnd, tell, adjacent };
      }
    }
  }
  // "The minister had a warning for the council: “…”": the sentence's subject
  if (/:\s*$/.test(win)) {
    const subj = subjectAtStart(text, sentenceStart, q.open);
    // "Trump: “We will build it”" (a headline): the name alone before the colon is enough
    const alone = subj && /^\s*:\s*$/.test(text.slice(subj.end, q.open));
    const named = subj && (alone || subj.kind === "descriptor" || subj.kind === "body" || subj.kind === "pronoun" || (subj.core ?? "").includes(" ") || (subj.coreStart ?? 0) > subj.start);
    if (subj && named) return { speaker: subj, cue: ":", rule: "colon-subject", certain: false, adjacent: false };
  }
  // "Mr Trump and Bukele spoke by phone to discuss “…”": the sentence's subject
  const topic = TOPIC_VERB_ANY.test(win) ? TOPIC_VERBS.find((t) => TOPIC_VERB_RE.get(t)!.test(win)) : undefined;
  if (topic) {
    const subj = subjectAtStart(text, sentenceStart, q.open);
    // a named or titled subject only: "Mr Trump and Bukele", not a stray capital ("Learn")
    const named = subj && (subj.kind === "descriptor" || subj.kind === "body" || (subj.core ?? "").includes(" ") || (subj.coreStart ?? 0) > subj.start);
    const at = [...win.matchAll(TOPIC_VERB_ALL_RE.get(topic)!)].at(-1);
    const cueEnd = at?.index !== undefined ? windowStart + at.index + at[0].length : undefined;
    if (subj && named) return { speaker: subj, cue: topic, rule: "topic-verb-subject", certain: false, cueEnd, adjacent: false };
  }
  return undefined;
}

/**
 * True when `next` finishes the sentence `q` began, with only a short cue between them:
 * "“The plan,” she said, “is dead.”" (a comma inside the first part, a comma after the cue, and
 * a lowercase word opening the second part).
 */
function splitByCue(text: string, q: QuoteSpan, next: QuoteSpan): boolean {
  if (q.close < 0 || !/,/.test(text.slice(q.end, q.close))) return false;
  const between = text.slice(q.close + 1, next.open);
  // "Ms. Tautahi said," may hold an abbreviation's full stop, not a sentence end
  if (!/^\s*[^!?“”"\n]{1,80},\s*$/.test(between) || /(?<!\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|St|Prof|Rev|Lt|Col|Capt|Sgt|Jr|Sr|\p{Lu}))\.\s/u.test(between)) return false;
  return /^\p{Ll}/u.test(text.slice(next.start, next.start + 1));
}

/** Direct claims with their speaker words, plus the verbs they used. */
function directClaims(text: string, quotes: readonly QuoteSpan[], diagnostics: Diagnostic[]) {
  const raws: RawClaim[] = [];
  const consumed = new Set<number>();
  // reported clauses holding a quoted fragment: "said the vote was “rigged”"
  const clauses: RawClaim[] = [];
  const paras = paragraphsOf(text);
  const paraEnd = (pos: number) => paraAt(paras, pos)?.end ?? text.length;
  const paraStart = (pos: number) => paraAt(paras, pos)?.start ?? 0;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    const next = quotes[k + 1];
    const qe = quoteEnd(q);
    const windowEnd = Math.min(paraEnd(qe), next ? next.open : text.length);
    const sent = sentenceAt(text, q.open) ?? sentenceAt(text, q.open + 1);
    const sentenceStart = Math.max(sent?.start ?? paraStart(q.open), paraStart(q.open));
    const prev = quotes[k - 1];
    const windowStart = prev && prev.close >= sentenceStart && prev.close < q.open ? prev.close + 1 : sentenceStart;
    const after = cueAfter(text, q, windowEnd);
    const before = after ? undefined : cueBefore(text, q, windowStart, sentenceStart);
    const att = after ?? before;
    const hasCue = !!att;
    // "said that the election is “rigged”", "called Smith a “disgrace”": a quoted fragment inside
    // the cue's clause makes the whole clause the claim
    // (an indirect claim of its own, beside the quoted words when they are a claim too)
    const clause = !before || (clauses.at(-1)?.end ?? -1) > q.open ? undefined : before.adjacent && !(before.cueEnd !== undefined && /:\s*$/.test(text.slice(before.cueEnd, q.open)) && hasWords(text.slice(before.cueEnd, q.open), 2)) ? openingFragmentClause(text, q, before, sent?.end ?? paraEnd(q.open)) : fragmentClause(text, q, before, sent?.end ?? paraEnd(q.open));
    if (clause) {
      const [start, clauseEnd] = clause;
      // a characterized object ends at the next clause; a reported clause runs to its own end
      // ("saying that “race still matters” in America, including how …")
      const characterized = before!.rule === "characterizing-quote" || before!.rule === "topic-verb-subject";
      let end = characterized ? fragmentEnd(text, quoteEnd(q), clauseEnd) : Math.max(clauseEnd, quoteEnd(q));
      // "a “pathological liar” who is “utterly amoral,” a “bully”": the clause's later quotes are part of it
      for (let j = k + 1; quotes[j] && quotes[j].open < clauseEnd && (quotes[j].open < end || (/^[^.!?;:]{0,40}$/.test(text.slice(quoteEnd(quotes[j - 1]), quotes[j].open)) && !AFTER_FRAGMENT.test(` ${text.slice(quoteEnd(quotes[j - 1]), quotes[j].open)} `))); j++) {
        end = fragmentEnd(text, quoteEnd(quotes[j]), clauseEnd);
      }
      clauses.push({ kind: "indirect", start, end, speaker: before!.speaker, cue: before!.cue, rule: `${before!.rule}-clause`, certain: before!.certain });
    }
    // "The plan is “dead on arrival,” Smith said": the writer's words before the quote finish the
    // speaker's statement, so the clause from the sentence's start to the closing mark is the claim
    const lead = after?.adjacent ? leadClause(text, q, windowStart) : undefined;
    if (lead !== undefined && (clauses.at(-1)?.end ?? -1) <= lead) {
      clauses.push({ kind: "indirect", start: lead, end: quoteEnd(q), speaker: after!.speaker, cue: after!.cue, rule: `${after!.rule}-lead-clause`, certain: after!.certain });
    }
    // "Harlow blamed the delay on “careless planners”": with no cue, a named subject's verb
    // whose object holds the quote makes that object the subject's claim
    if (!att && (clauses.at(-1)?.end ?? -1) <= q.open) {
      const oc = objectClause(text, q, windowStart, sentenceStart, sent?.end ?? paraEnd(q.open));
      if (oc) clauses.push(oc);
    }
    if (!(att?.adjacent) && isQuotedTerm(text, q, hasCue)) continue;
    if (att?.verbAt !== undefined && att.adjacent) consumed.add(att.verbAt);
    if (att) {
      // "“The new framework,” he said, “will ensure …”": one sentence split by its cue is one claim
      if (after && next && splitByCue(text, q, next)) {
        raws.push({ kind: "direct", start: q.start, end: next.end, speaker: att.speaker, cue: att.cue, rule: "split-quote", certain: att.certain && next.balanced });
        k++;
        continue;
      }
      raws.push({ kind: "direct", start: q.start, end: q.end, speaker: att.speaker, cue: att.cue, rule: att.rule, certain: att.certain && q.balanced });
      continue;
    }
    // "Smith said in a statement:\n\n“We will fight this.”": the cue ends the paragraph before
    const para = paraAt(paras, q.open) ? paragraphIndex(paras, q.open) : -1;
    const prevPara = para > 0 ? paras[para - 1] : undefined;
    if (prevPara && q.open === paras[para].start && /:\s*$/.test(text.slice(prevPara.start, prevPara.end))) {
      const lastSent = sentenceAt(text, prevPara.end - 1) ?? prevPara;
      const fake: QuoteSpan = { ...q, open: prevPara.end };
      const lead = cueBefore(text, fake, Math.max(lastSent.start, prevPara.start), Math.max(lastSent.start, prevPara.start));
      if (lead && lead.speaker) {
        raws.push({ kind: "direct", start: q.start, end: q.end, speaker: lead.speaker, cue: lead.cue, rule: "cue-ends-previous-paragraph", certain: lead.certain && q.balanced });
        if (lead.verbAt !== undefined) consumed.add(lead.verbAt);
        continue;
      }
    }
    // "the DEA says that “…” and that “…”": a later quote in a sentence whose earlier quote was
    // attributed belongs to the same speaker
    const prevInSentence = windowStart > sentenceStart && raws.length > 0 && raws[raws.length - 1].end <= q.open && raws[raws.length - 1].start >= sentenceStart;
    if (prevInSentence && !isQuotedTerm(text, q, true)) {
      raws.push({ kind: "direct", start: q.start, end: q.end, speaker: "previous", cue: null, rule: "same-sentence-previous", certain: false });
      continue;
    }
    // a quote that opens its sentence with no cue continues the last speaker; any other quote
    // with no cue is left out with a diagnostic (an epigraph, a slogan, a blurb)
    const opensSentence = /^\s*$/.test(text.slice(windowStart, q.open));
    if (!opensSentence || !q.balanced) {
      diagnostics.push({ rule: "unattributed-quote", message: "quotation with no speaker: not reported as a claim", text: text.slice(q.start, q.end), start: q.start, end: q.end });
      continue;
    }
    raws.push({ kind: "direct", start: q.start, end: q.end, speaker: "previous", cue: null, rule: "continues-previous", certain: false });
  }
  return { raws, consumed, clauses };
}

// verbs whose object a quoted fragment characterizes: "called Smith a “disgrace”"
const CHARACTERIZING = new RegExp(`^(?:${CHARACTERIZING_VERBS.join("|")})$`);
// the same verbs before their object, and verbs that characterize only with "as": "blasted the plan as “…”"
// (the "not after a letter, ’, ' or -" of a leading (?<![\p{L}’'-]) is checked on each match instead, as scan.ts does:
// a leading lookbehind is tried at every position of the window before the alternation)
const CHARACTERIZING_CUE = new RegExp(String.raw`(?:(${CHARACTERIZING_VERBS.join("|")})\s+(?:on\s+)?(?=[\p{L}\p{N}])|(${AS_VERBS.join("|")})\s+(?=[^.!?;:“”"]{1,80}\bas\s+(?:an?\s+|the\s+)?[“"]\S))`, "gu");
const CUE_NOT_AFTER = /[\p{L}’'-]/u;

// after the quote: a second verb of the subject or a new clause ends the characterized clause
const AFTER_FRAGMENT = /,|\s(?:(?:and|but)\s+(?:then\s+|also\s+|later\s+)?\p{Ll}+ed|after|before|because|while)\s/u;

/** The last characterizing cue in [from, to): "Cruz called Trump a …" → "called", with its end. */
export function characterizingCue(text: string, from: number, to: number): { index: number; form: string; end: number } | undefined {
  let last: { index: number; form: string; end: number } | undefined;
  // (the opening mark and a letter after `to` let "as “…" be seen)
  const win = text.slice(from, to + 2);
  CHARACTERIZING_CUE.lastIndex = 0;
  for (let m = CHARACTERIZING_CUE.exec(win); m; m = CHARACTERIZING_CUE.exec(win)) {
    if (m.index > 0 && CUE_NOT_AFTER.test(codePointBefore(win, m.index))) {
      // as the lookbehind would: no match here, try again from the next code point
      CHARACTERIZING_CUE.lastIndex = m.index + (win.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    if (from + (m.index ?? 0) >= to) break;
    const form = m[1] ?? m[2];
    last = { index: from + (m.index ?? 0), form, end: from + (m.index ?? 0) + form.length };
  }
  return last;
}

/**
 * The reported clause holding quote `q` after a cue that does not touch it ("said that the plan
 * is “dead”", "described the test as “reckless”"), or undefined when the quote is the whole
 * object, the clause is long or crosses a sentence mark, or the quote only names a thing.
 */
function fragmentClause(text: string, q: QuoteSpan, att: Attribution, sentenceEnd: number): [number, number] | undefined {
  if (att.cueEnd === undefined || att.speaker === null) return undefined;
  const topic = att.rule === "topic-verb-subject" || att.rule === "characterizing-quote";
  if (att.rule === "topic-verb-subject" && !CHARACTERIZING.test(att.cue ?? "")) return undefined;
  const between = text.slice(att.cueEnd, q.open);
  // ("said she has the quality the job needs: “Steadiness …”": a colon may introduce the quote)
  if (!/\S/.test(between) || /[.!?;:“”"]/.test(between.replace(/:\s*$/, "")) || hasWords(between, 26)) return undefined;
  // "announcing the pick, the union called Smith a “champion”": the quote is another verb's
  if (!topic && /\b(?:called|calls|described|describes)\b/.test(between)) return undefined;
  // "32% of Republican claims as “false”": after "of" or a determiner the cue word is a noun
  if (att.speaker !== "previous" && /\b(?:of|the|a|an|its|their|his|her|our|for|to|in|on|by|with|from)\s+$/i.test(text.slice(Math.max(0, att.speaker.start - 12), att.speaker.start))) return undefined;
  // "known as “…”", "the so-called “…”": a name, not words someone said
  if (namingCueBefore(text.slice(Math.max(0, q.open - 40), q.open))) return undefined;
  const [cs, ce] = clauseAfterVerb(text, att.cueEnd, sentenceEnd, !!att.tell);
  const closeEnd = quoteEnd(q);
  if (cs > q.start || cs < att.cueEnd) return undefined;
  // "saying that “race still matters” in America": a quote opening the clause, which runs on in lower case
  if (cs >= q.open && !/^\s+\p{Ll}/u.test(text.slice(closeEnd, sentenceEnd))) return undefined;
  return [Math.min(cs, q.open), Math.max(ce, closeEnd)];
}

/**
 * "he said “budget reforms” and unpaid taxes would pay for them": a quote right after its verb
 * that only opens the reported clause, which runs on after the closing mark in lower case.
 */
function openingFragmentClause(text: string, q: QuoteSpan, att: Attribution, sentenceEnd: number): [number, number] | undefined {
  if (att.cueEnd === undefined || att.speaker === null || q.close < 0) return undefined;
  if (/\S/.test(text.slice(att.cueEnd, q.open))) return undefined;
  const after = text.slice(q.close + 1, sentenceEnd);
  // "… “budget reforms” and the collection …", "… “justified” in keeping …": the clause goes on
  // ("says “the wind is at our backs” despite the loss": a preposition or subordinator goes on too)
  // ("said “it gets me mad” every time …": any lowercase word but a cue's goes on)
  if (!/^\s+(?!(?:said|says|told|tells|added|adds|he|she|they|we|i|according)\s)\p{Ll}[\p{Ll}’'-]*\s+\p{L}/u.test(after)) return undefined;
  if (/[,.!?;:]$/.test(text.slice(q.start, q.end))) return undefined;
  const [, ce] = clauseAfterVerb(text, q.close + 1, sentenceEnd, false);
  const end = ce > q.close + 1 ? ce : sentenceEnd;
  return hasWords(text.slice(q.close + 1, end), 2) ? [q.open, end] : undefined;
}

// every word of four letters or more capitalized: "This Week", "Doomed to Succeed"
const TITLE_CASE = /^(?:[^\p{L}]*(?:\p{Lu}[\p{L}’'-]*|\p{Ll}[\p{L}’'-]{0,2})(?=[^\p{L}]|$))+[^\p{L}]*$/u;

// between a subject and its verb: auxiliaries and adverbs ("has repeatedly used", "also blamed")
const VERB_LEAD = String.raw`\s+(?:(?:has|have|had|also|would|will|did|then|later|once|again|repeatedly|often|even|\p{Ll}+ly)\s+){0,3}`;
// (the subject's lowercase head may follow its name: "The opposition leader has …")
const OBJECT_VERBS = [0, 1, 2].map((k) => new RegExp(String.raw`^((?:\s+(?!(?:has|have|had|also|would|will|did)\s)\p{Ll}[\p{Ll}-]+){${k}})(?:\s*,[^,.!?;:“”"]{1,60},)?${VERB_LEAD}(\p{Ll}{3,})(?=\s)`, "u"));
const isObjectVerb = (w: string) => !NOT_OBJECT_VERBS.test(w) && ((/(?:ed|s)$/.test(w) && !/ss$/.test(w)) || PAST_VERBS.has(w));
// "-ed"/"-s" forms that are no verbs of a subject here: copulas, auxiliaries, adverbs in -s
const NOT_OBJECT_VERBS = /^(?:was|has|does|is|goes|was|needs|seems|appears|means|remains|became|becomes|always|perhaps|towards|afterwards|less|unless|across|business|news|press|class|process|access|success)$/;

/**
 * "Harlow has used the words “total failure” twice": the object of a named subject's verb,
 * holding a quote, up to where the clause ends after the closing mark; undefined when the quote
 * names a thing ("so-called", a title) or the subject or verb is not plain.
 */
function objectClause(text: string, q: QuoteSpan, windowStart: number, sentenceStart: number, sentenceEnd: number): RawClaim | undefined {
  if (windowStart !== sentenceStart || q.close < 0) return undefined;
  if (namingCueBefore(text.slice(Math.max(0, q.open - 40), q.open)) || TITLE_CASE.test(text.slice(q.start, q.end))) return undefined;
  // "a “safe third country”", "the “fast track” procedure": a short quoted term, not words said
  const inner = text.slice(q.start, q.end);
  if (!hasWords(inner, 5) && !/[,.!?;:]/.test(inner)) {
    if (DETERMINER_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open))) return undefined;
    const nextWord = text.slice(q.close + 1, q.close + 30).match(/^\s+(\p{Ll}[\p{L}-]*)/u)?.[1];
    if (nextWord && !/[,.;:!?]\s*$/.test(text.slice(q.open + 1, q.close)) && !/(?:ing|ly|ed)$/.test(nextWord) && !FUNCTION_WORDS.has(nextWord)) return undefined;
  }
  const subj = subjectAtStart(text, sentenceStart, q.open);
  if (!subj || (subj.kind === "descriptor" && !/\p{Lu}/u.test(subj.text) && !/s$/.test(subj.text))) return undefined;
  // ("Given his past, …", "Unless rivals quit, …": a capitalised subordinator is no subject)
  if (/^(?:given|unless|if|when|while|although|though|because|since|after|before|as|once|despite|that|this|these|those|it|there|what|why|how)\b/i.test(subj.text)) return undefined;
  const rest = text.slice(subj.end, q.open);
  // the fewest lowercase head words after the subject that leave a verb next
  const m = OBJECT_VERBS.map((re) => rest.match(re)).find((x) => x && isObjectVerb(x[2]));
  if (!m) return undefined;
  const verb = m[2];
  if (m[1] && subj.kind === "pronoun") return undefined;
  const head = m[1] ? { ...subj, text: text.slice(subj.start, subj.end + m[1].length), end: subj.end + m[1].length } : subj;
  const objStart = subj.end + m[0].length;
  const object = text.slice(objStart, q.open);
  if (/[.!?;:“”"]/.test(object) || hasWords(object, 16)) return undefined;
  const [cs] = [objStart + (object.match(/^\s*/)?.[0].length ?? 0)];
  let end = fragmentEnd(text, quoteEnd(q), sentenceEnd);
  // ("… “vote your conscience” and said he …": the subject's next verb ends the object)
  const next = text.slice(quoteEnd(q), end).search(/\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}+ed|said|says|told|wrote|took|made|gave|went)\b/u);
  if (next >= 0) end = quoteEnd(q) + next;
  if (!hasWords(text.slice(cs, end), 2)) return undefined;
  return { kind: "indirect", start: cs, end: Math.max(end, quoteEnd(q)), speaker: head, cue: verb, rule: "subject-verb-fragment", certain: false };
}

/**
 * Where the writer's lead-in to a quote with its cue after it starts ("Trump's plan may be
 * “strategic,” said …" → at "Trump's"), or undefined when there is no lead-in of two or more
 * words, or it holds a sentence mark, another quote or a reporting verb of its own.
 */
const NOMINAL_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|these|those|such|whose)|\p{L}[’']s?)\s+$/iu;
function leadClause(text: string, q: QuoteSpan, windowStart: number): number | undefined {
  const lead = text.slice(windowStart, q.open);
  if (/[.!?;:“”"«»]/.test(lead) || !hasWords(lead, 2) || hasWords(lead, 41)) return undefined;
  // "Speaking on ABC’s “This Week,” Smith said": a quoted title is no part of a statement
  if (TITLE_CASE.test(text.slice(q.start, q.end))) return undefined;
  // ("Trump's remarks about the judge were “…”": a cue word right after a determiner or a
  // possessive is a noun, no verb of the lead-in)
  if (verbsIn(text, windowStart, q.open).some((m) => !NOMINAL_BEFORE.test(text.slice(Math.max(windowStart, m.index - 30), m.index)))) return undefined;
  const start = windowStart + (lead.match(/^[\s,–—-]*/)?.[0].length ?? 0);
  return start < q.open ? start : undefined;
}

/** "… as a “disgrace” after she attacked …": the clause ends at a new clause after the quote. */
function fragmentEnd(text: string, closeEnd: number, clauseEnd: number): number {
  const cut = text.slice(closeEnd, clauseEnd).search(AFTER_FRAGMENT);
  return cut >= 0 ? closeEnd + cut : Math.max(clauseEnd, closeEnd);
}

// ---------------------------------------------------------------- resolving speakers

/**
 * Whether "the minister" can be the person last quoted: an office must be written next to one of
 * their mentions ("Foreign Minister Luc Bergeron"); a party or state label ("the Kentucky Republican")
 * is new information about them and needs no such check.
 */
const OFFICE_ROLE = /\b(?:president|prime minister|chancellor|premier|minister|secretary|governor|mayor|ambassador|chief|executive|CEO|chairman|chairwoman)$/i;

// per article (doc.ts's perDoc): "surname head" → whether the office is written next to a mention (one scan per pair)

function roleFits(text: string, role: string, name: string): boolean {
  const head = role.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (/^(?:republican|democrat|conservative|tory|mp|senator|lawmaker|legislator|congressman|congresswoman)$/.test(head)) return true;
  const surname = name.split(/\s+/).at(-1)!;
  const known = perDoc(text, "role-fits", () => new Map<string, boolean>());
  const key = `${surname} ${head}`;
  let fits = known.get(key);
  if (fits === undefined) {
    fits = false;
    for (let i = text.indexOf(surname); i >= 0 && !fits; i = text.indexOf(surname, i + 1)) {
      if (text.slice(Math.max(0, i - 80), i + surname.length + 80).toLowerCase().includes(head)) fits = true;
    }
    known.set(key, fits);
  }
  return fits;
}

// "the Kentucky Republican", "the senator", "the former minister": a role with "the" refers back
const DEFINITE_ROLE = new RegExp(`^the\\s+(?:(?:former|veteran|outgoing|incoming|embattled|longtime|\\d+-year-old|\\p{Lu}[\\p{L}.-]*)\\s+){0,3}(?:${ANAPHORIC_ROLES.join("|")})$`, "iu");

interface Resolved {
  speaker: Speaker;
  gender?: Gender;
  person: boolean;
  plural: boolean;
  paragraph: number;
}

/** The index of the paragraph holding `pos` (or the last one starting before it), by binary search. */
function paragraphIndex(paras: readonly { start: number }[], pos: number): number {
  return Math.max(0, countBefore(paras, pos, (p) => p.start, true) - 1);
}

/** The paragraph whose span holds `pos` (its end included), or undefined between paragraphs. */
function paraAt<P extends { start: number; end: number }>(paras: readonly P[], pos: number): P | undefined {
  const p = paras[paragraphIndex(paras, pos)];
  return p && p.start <= pos && p.end >= pos ? p : undefined;
}

function resolveAll(text: string, raws: RawClaim[], quotes: readonly QuoteSpan[], entities: readonly Entity[] | undefined, diagnostics: Diagnostic[]): Claim[] {
  // quotes are in order and disjoint: only the last one starting before a mention can hold it
  const mentions: Mention[] = mentionsOf(text, entities).filter((m) => {
    const q = quotes[lastQuoteBefore(quotes, m.start)];
    return !(q && q.start <= m.start && m.end <= q.end);
  });
  const bodies = mentions.filter((m) => m.kind === "body");
  const genderOf = new Map<string, Gender>();
  for (const m of mentions) if (m.kind === "person" && m.gender && !genderOf.has(m.name)) genderOf.set(m.name, m.gender);
  const paras = paragraphsOf(text);
  const out: Claim[] = [];
  let last: Resolved | undefined;
  raws.sort((a, b) => a.start - b.start || (a.kind === "direct" ? -1 : 1));
  for (const r of raws) {
    const para = paragraphIndex(paras, r.start);
    let res: Resolved | undefined;
    let rule = r.rule;
    let certain = r.certain;
    if (r.speaker === "previous") {
      if (last && para - last.paragraph <= 1) res = { ...last, paragraph: para };
      else {
        diagnostics.push({ rule: "unresolved-speaker", message: "quote with no cue and no earlier speaker nearby", text: text.slice(r.start, r.end), start: r.start, end: r.end });
      }
    } else if (r.speaker) {
      const sp = r.speaker;
      const base = { text: sp.text, start: sp.start, end: sp.end };
      // "“…,” the Kentucky Republican told reporters": a definite role names the person just quoted
      // in the writer's own sentences an office ("The president says …") is the story's main figure
      const anaphor = sp.kind !== "pronoun" && DEFINITE_ROLE.test(sp.text) && (r.kind === "direct" || !OFFICE_ROLE.test(sp.text));
      const antecedent = anaphor && last && last.person && !last.plural && para - last.paragraph <= 2 && last.speaker.name && roleFits(text, sp.text, last.speaker.name) ? last : undefined;
      if (antecedent) {
        res = { speaker: { text: base.text, start: base.start, end: base.end, name: antecedent.speaker.name }, gender: antecedent.gender, person: true, plural: false, paragraph: para };
        rule = `${rule}+definite-role`;
        certain = false;
      } else if (sp.kind === "pronoun") {
        const info = SPEAKER_PRONOUNS.get(sp.text.toLowerCase())!;
        certain = false;
        let name: string | null = null;
        let gender: Gender | undefined = info.gender;
        if (info.body) {
          const body = last && !last.person && !last.plural ? last.speaker.name : lastBodyBefore(bodies, sp.start)?.name;
          name = body ?? null;
        } else if (info.plural) {
          name = last && para - last.paragraph <= 2 ? last.speaker.name : null;
        } else if (last && last.person && para - last.paragraph <= 2 && genderCompatible(info.gender, last.gender) && last.speaker.name) {
          name = last.speaker.name;
          gender = last.gender ?? info.gender;
        } else {
          const m = pronounAntecedent(text, mentions, sp.start, info.gender, paras);
          if (m) {
            name = fullestName(m.name, mentions, m.start);
            gender = m.gender ?? info.gender;
          }
        }
        if (!name) diagnostics.push({ rule: "unresolved-pronoun", message: `no earlier speaker for "${sp.text}"`, text: sp.text, start: sp.start, end: sp.end });
        res = { speaker: { text: base.text, start: base.start, end: base.end, name }, gender, person: !info.body, plural: info.plural, paragraph: para };
        rule = `${rule}+pronoun`;
      } else if (sp.kind === "person") {
        const fromEntity = entityNameAt(entities, sp.coreStart ?? sp.start, sp.coreEnd ?? sp.end);
        // a one-word canonical ("Liu") still takes the fullest name the article gives it
        const short = (fromEntity ?? sp.core ?? sp.text).replace(/['’]s$/, "");
        const name = short.includes(" ") ? short : fullestName(short, mentions, sp.start);
        res = { speaker: { text: base.text, start: base.start, end: base.end, name }, gender: genderOf.get(name), person: true, plural: /\band\b/.test(sp.text), paragraph: para };
      } else if (sp.kind === "body") {
        // an organization entity names a body only when it covers the whole name
        const fromEntity = entityNameAt(entities, sp.coreStart ?? sp.start, sp.coreEnd ?? sp.end, true);
        res = { speaker: { text: base.text, start: base.start, end: base.end, name: fromEntity ?? (sp.core ?? sp.text).replace(/^the\s+/i, "") }, person: false, plural: false, paragraph: para };
      } else {
        const plural = /s$/i.test(sp.text.trim().split(/\s+/).find((w, i, a) => i === a.length - 1 || /^(?:familiar|close|with|at|in|from|of)$/.test(a[i + 1] ?? "")) ?? "");
        // ("voters who said": the relative pronoun's noun phrase is the name)
        const words = sp.core && /^(?:who|that)$/i.test(sp.text) ? sp.core : sp.text;
        res = { speaker: { text: base.text, start: base.start, end: base.end, name: descriptorName(words) || null }, person: false, plural, paragraph: para };
      }
    }
    if (res && res.speaker.name) last = res;
    if (!res && r.speaker === "previous" && r.kind === "direct") continue;
    if (!res && r.speaker === null && r.kind === "direct") {
      diagnostics.push({ rule: "unresolved-speaker", message: "quote with no speaker", text: text.slice(r.start, r.end), start: r.start, end: r.end });
    }
    const claimText = text.slice(r.start, r.end);
    out.push({
      kind: r.kind,
      text: claimText,
      start: r.start,
      end: r.end,
      speaker: res ? res.speaker : null,
      cue: r.cue,
      hedged: HEDGES.test(claimText),
      rule,
      certain,
    });
  }
  return out;
}

/** The last body mentioned before `at` (bodies in order), for "it said". */
function lastBodyBefore(bodies: readonly Mention[], at: number): Mention | undefined {
  // the last body starting before `at`, then back over the few that end after it
  for (let i = lastStartBefore(bodies, at); i >= 0; i--) if (bodies[i].end <= at) return bodies[i];
  return undefined;
}

/** Index of the last mention starting before `at` (mentions in order), or -1. */
function lastStartBefore(mentions: readonly Mention[], at: number): number {
  return countBefore(mentions, at, (m) => m.start) - 1;
}

// how many earlier mentions a pronoun looks at for an antecedent: a bound that keeps a long text
// with one huge paragraph linear, far beyond any real antecedent's distance
const ANTECEDENT_WINDOW = 400;

/**
 * The person a "he"/"she" outside any claim most likely stands for: the latest compatible person
 * who is a sentence subject in this or the previous paragraph ("Andrew also spent … how he …"),
 * else the latest compatible person at all.
 */
function pronounAntecedent(text: string, mentions: readonly Mention[], at: number, gender: Gender | undefined, paras: readonly { start: number }[]): Mention | undefined {
  const here = paragraphIndex(paras, at);
  let latest: Mention | undefined;
  const from = lastStartBefore(mentions, at);
  for (let i = from; i >= 0 && from - i < ANTECEDENT_WINDOW; i--) {
    const m = mentions[i];
    if (m.kind !== "person" || m.end > at || !genderCompatible(gender, m.gender)) continue;
    latest ??= m;
    if (here - paragraphIndex(paras, m.start) > 1) break;
    const sent = sentenceAt(text, m.start);
    const lead = sent ? text.slice(sent.start, m.start) : "";
    if (/^(?:(?:\p{Lu}[\p{L}.’'-]*|the|a|an|former|acting)\s+){0,5}$/u.test(lead)) return m;
  }
  return latest;
}

// ---------------------------------------------------------------- the extractor

/** Every claim in `text`, with diagnostics for unbalanced marks and unresolved speakers. */
export function extractClaims(text: string, found: Readonly<Partial<Findings>> = {}): { items: Claim[]; diagnostics: Diagnostic[] } {
  // called on a string (unit tests), it parses its own Doc, so the per-Doc scans are shared as in the extract stage
  return inDocOf(text, () => claimsOf(text, found));
}

function claimsOf(text: string, found: Readonly<Partial<Findings>>): { items: Claim[]; diagnostics: Diagnostic[] } {
  const { quotes, diagnostics } = findQuotes(text);
  const { raws, consumed, clauses } = directClaims(text, quotes, diagnostics);
  // scare quotes and titles are ordinary words for reported speech
  const starts = new Set(raws.map((r) => r.start));
  const claimQuotes = quotes.filter((q) => starts.has(q.start));
  // direct claims come from quotes, so they are in order and disjoint: binary searches below
  const firstFrom = (pos: number) => countBefore(raws, pos, (r) => r.start);
  const ownWords = (r: RawClaim) => {
    // the same words as a direct quote are not a second, indirect claim; nor is reported
    // content that is mostly a partial quote ("emphasized the core is “recognizing …”")
    const holder = raws[firstFrom(r.start + 2) - 1];
    if (holder && holder.end >= r.end - 1) return false;
    // ("he's “looking forward to it” because “these are matches you play for”": no one quote is
    // most of it, and only the clause holds the whole statement)
    let quoted = 0;
    for (let i = firstFrom(r.start); i < raws.length && raws[i].start < r.end; i++) {
      if (raws[i].end <= r.end) quoted = Math.max(quoted, wordCount(text.slice(raws[i].start, raws[i].end)));
    }
    // (a lead-in before a quote with its cue after it is kept: "Both parties “saw …,” said X")
    return quoted < 0.6 * wordCount(text.slice(r.start, r.end)) || r.rule.endsWith("-lead-clause") || r.rule === "subject-verb-fragment";
  };
  const indirect = [...findReportedSpeech(text, claimQuotes, consumed), ...findNounCueSpeech(text, claimQuotes), ...findBlockSpeech(text, quotes)].filter(ownWords);
  const reported = [...indirect, ...clausesNotRead(clauses.filter(ownWords), indirect)];
  const items = resolveAll(text, [...raws, ...dedupe(withoutNested(reported))], quotes, found.entities, diagnostics);
  return { items, diagnostics };
}

/** The fragment clauses that no reported-speech claim overlaps (claims sorted by start, furthest end so far). */
function clausesNotRead(clauses: readonly RawClaim[], indirect: readonly RawClaim[]): RawClaim[] {
  const sorted = [...indirect].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const r of sorted) reach.push(Math.max(reach.at(-1) ?? -1, r.end));
  return clauses.filter((c) => {
    const lo = countBefore(sorted, c.end, (r) => r.start);
    return !(lo > 0 && reach[lo - 1] > c.start);
  });
}

/**
 * "Harbor Freight said it expects a loss": a claim nested in another whose speaker is a pronoun
 * inside that content is the same speaker's stance, already reported by the outer claim. Claims
 * sorted by start, with the two furthest ends so far, answer "does another claim cover this?"
 * by binary search.
 */
function withoutNested(claims: readonly RawClaim[]): RawClaim[] {
  // (indexes pushed, not mapped from claims: the claim lists come in several element kinds, and the inlined map
  // left withoutNested's optimized code at each new one; --trace-deopt: "wrong map")
  const order: number[] = [];
  for (let i = 0; i < claims.length; i++) order.push(i);
  order.sort((a, b) => claims[a].start - claims[b].start);
  const sortedStarts: number[] = [];
  // up to the k-th claim in start order: the claim with the furthest end, and the next furthest
  const top1: number[] = [];
  const top2: number[] = [];
  let a = -1;
  let b = -1;
  for (const i of order) {
    sortedStarts.push(claims[i].start);
    if (a < 0 || claims[i].end > claims[a].end) {
      b = a;
      a = i;
    } else if (b < 0 || claims[i].end > claims[b].end) b = i;
    top1.push(a);
    top2.push(b);
  }
  return claims.filter((r, ri) => {
    if (r.speaker === null || r.speaker === "previous" || r.speaker.kind !== "pronoun") return true;
    const sp = r.speaker;
    // the claims starting at or before the speaker
    const lo = countBefore(sortedStarts, sp.start, (x) => x, true);
    if (lo === 0) return true;
    const o = top1[lo - 1] === ri ? top2[lo - 1] : top1[lo - 1];
    return !(o >= 0 && claims[o].end >= Math.max(sp.end, r.end));
  });
}

function dedupe(raws: RawClaim[]): RawClaim[] {
  const seen = new Set<string>();
  return raws.filter((r) => {
    const k = `${r.kind}:${r.start}:${r.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const claimsExtractor: Extractor<"claims"> = {
  field: "claims",
  run: (doc: ParsedArticle, found) => extractClaims(doc.text, found),
};
