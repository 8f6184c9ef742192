// Step 4a, date: which time expression of a trigger's clause dates its event, and the value it has for an
// event that looks back (done) or ahead (scheduled). Both readers of events call it — frames over named
// agreements (events.ts) and cues over described two-sided deals (bilateral.ts) — so a rule about where a
// date belongs is written once and holds for both.
import type { DateRef, Span, TemporalExpression } from "../../pipeline/schemas.js";
import { NUMBER_WORDS, REPORTING_NOUNS } from "../lexicon/agreement-terms.js";
import { MONTH_NAMES } from "../lexicon/months.js";
import { memo } from "../memo.js";
import { normalizeTimex } from "../timex.js";
import { isFrontedDate } from "./frames.js";

/** A stretch of the text by its offsets. */
type At = Pick<Span, "start" | "end">;

/** Where a trigger stands: its clause and sentence, the other triggers near it, the agreement's words. */
export interface DateSite {
  /** The trigger's words. */
  cue: At;
  clause: At;
  sentenceStart: number;
  /** Other triggers of the sentence: a date nearer one of them is that one's. */
  otherCues: readonly At[];
  /** Agreement names and mentions: a date inside one describes the agreement ("the 1951 Refugee Convention"). */
  names: readonly At[];
  /** The agreement the trigger acts on, when it follows the trigger as its object. */
  object?: At | null;
  /** The trigger sits in a relative clause on the agreement ("NAFTA, which the USMCA replaced, …"). */
  relative?: boolean;
  /** The agreement such a relative clause hangs on: a date before it is the main clause's ("on Friday dealt a blow to a deal that Tirana signed with Rome"). */
  relativeTo?: At | null;
  /** The event is an announcement ("had reached a deal", not yet signed): a telling's date is its own. */
  announcement?: boolean;
}

/** Which way an event's date looks from the report: done events back, scheduled ones ahead, proposals either way. */
export type Direction = "past" | "future" | "any";

/** A date's TIMEX3 value without its time of day; null for durations, sets, references and values not led by a year. */
export const dayValue = (d: TemporalExpression): string | null => (d.value && d.type !== "duration" && d.type !== "set" && !/_REF$/.test(d.value) && /^\d{4}/.test(d.value) ? d.value.replace(/T.*$/, "") : null);

// (", as the parliament gave its consent on Wednesday": an "as" clause after a comma has its own verb and date)
// ("when" is absent: a when-clause happens at the time of its main clause, "in 2015, when the two sides signed
// the deal"; "which" opens a relative clause whose verb the date belongs to: "withdrew from the accord, which
// takes effect in 2020")
// (not after a preposition: "a scheme under which migrants can be returned" says what the agreement holds;
// and not once a comma has closed it: "has prevailed in the region, which makes up a fifth of it, since May 1994")
const SUBORDINATOR = /\b(?:after|before|since|until|while|whereas|although|because|once)\b|,\s*as\s+(?=(?:the|a|an|its|their|his|her)\s)|(?<!\b(?:under|by|in|through|with|to|for|of)\s+)\bwhich\b(?![^,;]*[,;])/i;
// a preposition right before the date is the date's own, not a subordinator: "in force since 2019"
// ("the deal was struck just after 5pm": "after" right before a time is that time's preposition)
const DATE_PREPOSITION = /\b(?:in|on|at|since|from|by|until|during|of|for|(?:(?:just|shortly|soon|right|only|well)\s+)?(?:after|before))\s*$/i;
// "withdrew from the CFE treaty, an agreement signed in 1990": an apposition or participle phrase after the
// agreement describes it, and a date there is its own verb's ("signed"), not the trigger's
const APPOSITION_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,4}?(?:agreement|treaty|pact|deal|accord|convention|protocol|arrangement|compact)\b|(?:signed|concluded|negotiated|agreed|ratified|adopted|reached|struck|brokered)\b)/i;
/** ", with all migrants arriving …": a comma, then "with" opening an absolute phrase. */
const WITH_ABSOLUTE = /,\s*with\s/i;
/** An act named by its noun: "withdrawal from", "exit from", "termination of". */
const ACT_NOUN = /^(?:withdrawal|exit|pullout|termination|suspension|denunciation)\b/i;
/** From an act's noun to a date: "from the Agreement, which took effect on". */
const EFFECT_OF_ACT = /^\s*(?:from|of)?\s*[^,;]{0,60},\s*which\s+(?:took|takes|will take|would take|became|becomes|will become)\s+(?:effect|effective)\s+(?:on|in|from|as of)\s*$/i;
/** A subordinate clause open up to the trigger ("After the US walked away from", "until three years after the treaty"). */
const IN_SUBORDINATE = /\b(?:after|before|since|until|although|though|because|once|while)\b[^,;]*$/i;
/** An article (and up to two adjectives, no preposition) right before a date used as a noun's modifier: "the April 22 attack", "the deadly April 22 attack". */
const ATTRIBUTIVE_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?!(?:on|in|of|at|from|since|by|until|after|before|for|to|and|or|than|as|with)\b)\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** A noun right after such a date that is not the agreement's or the act's own: "attack", "terror attack", "vote". */
const OTHER_NOUN_AFTER = /^\s+(?!(?:deal|agreement|accord|treaty|pact|protocol|memorandum|arrangement|convention|signing|ceasefire|truce|decision|announcement|move|suspension|withdrawal|exit|ratification|notice|notification)\b)\p{Ll}[\p{L}-]*(?:\s+(?!(?:deal|agreement|accord|treaty|pact|protocol|memorandum|arrangement|convention)\b)\p{Ll}[\p{L}-]*)?\s+(?:in|at|on|that|which|by|of|and|,)/u;
/** "next month's", "Friday's": a date as a noun's possessive. */
const POSSESSIVE_DATE = /^['’]s\b/;
const TELLING = REPORTING_NOUNS.join("|");
/** A telling's noun right before its date: "the announcement of March 14", "a statement on Friday", "the report dated 3 May". */
const TELLING_BEFORE = new RegExp(`\\b(?:${TELLING})\\s+(?:(?:of|on|from|in|dated|(?:made|issued|released|published)\\s+on)\\s+)?$`, "i");
/** A telling's noun right after its date: "the March 14 announcement", "Friday's statement". */
const TELLING_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${TELLING})\\b`, "iu");
/** From the date to a trigger told in the past perfect inside the telling's "that"-clause: " that the deal had been ". */
const THAT_PERFECT = /^[^.;:!?]*?\bthat\b[^.;:!?]*?\bhad\s+(?:(?:\w+ly|already|just|not|never)\s+)?(?:been\s+)?$/i;

/** An act told by its noun: "the signing of", "ratification by". */
const NOUN_OF_ACT = /^(?:signing|ratification|withdrawal|exit|termination|suspension|denunciation|conclusion|accession)\b/i;
/** From such a noun to a date through its complements only, no comma and no verb: " of the deal between Chile and Peru on ". */
// (the noun's preposition may be the trigger's own words: "signing of")
const NOUN_PHRASE_TO_DATE = /^\s+(?:(?:of|by|between|with|from|to)\s)?(?![^,;:]*\b(?:was|were|is|are|has|have|had|will|would|said|says|announced|confirmed)\b)[^,;:]*?\s(?:on|in)\s*$/i;

/** Text ending in an agreement noun right before its participle: "… the minerals deal signed". */
const POSTMODIFIER_NOUN = /\b(?:deal|agreement|accord|pact|treaty|memorandum|protocol|arrangement|partnership|declaration)\s+$/i;

const between = (text: string, d: At, c: At) => (d.start >= c.end ? text.slice(c.end, d.start) : text.slice(d.end, c.start));

/**
 * How far a date is from a trigger: the words between (less the date's own preposition), with a date
 * across a comma, bracket or dash, or before its trigger, further than one after it ("The agreement signed
 * … on 13 February 1992 entered into force only in October 2012": each verb takes the date its preposition
 * follows).
 */
function gap(text: string, d: At, c: At): number {
  const after = d.start >= c.end;
  const words = between(text, d, c);
  const bare = after ? words.replace(DATE_PREPOSITION, "") : words;
  return bare.length + (/[,;:()]|\s[—–-]\s/.test(words) ? 40 : 0) + (after ? 0 : 25);
}

/** Whether a date of the clause may date the trigger's event at all. */
/** An extension's trigger, and the words that lead to the end of the term it extends to. */
const EXTENSION_CUE = /^(?:extended|extends|extend|extending|extension|renewed|renews|renew|renewing|renewal|prolonged|prolongs|prolong)\b/i;
const TERM_END = /^(?:[^,;.]{0,40}\s)?(?:to|until|till|through|into)\s*$/i;
/** An aside opened after a comma by a schedule or a relative word, still open: "The pact, due to expire on ". */
const ASIDE_OPEN = /,\s*(?:which|that|due|set|scheduled|slated|expected|about)\b[^,;]*$/i;
/** The aside closed by a comma right before the verb: ", was ". */
const ASIDE_CLOSE = /^[^,;]*,\s*(?:[\w’'-]+\s+){0,3}$/;

function mayDate(text: string, site: DateSite, d: TemporalExpression, dir: Direction): boolean {
  const { cue } = site;
  if (d.start < site.clause.start || d.end > site.clause.end || !dayValue(d)) return false;
  if (site.names.some((n) => d.start >= n.start && d.end <= n.end)) return false;
  // "the 1987 Intermediate-range Nuclear Forces Treaty": a year right before a name is the name's
  if (/^\d{4}$/.test(d.text.trim()) && site.names.some((n) => n.start >= d.end && n.start - d.end <= 2 && /^\s*$/.test(text.slice(d.end, n.start)))) return false;
  // "the suspension of the Simla Agreement 1972", "the Treaty of Paris of 1783": a bare year right after a name is the name's too
  if (/^\d{4}$/.test(d.text.trim()) && site.names.some((n) => d.start >= n.end && d.start - n.end <= 4 && /^\s*(?:of\s+)?$/i.test(text.slice(n.end, d.start)) && /^(?:\s*[,.;:)]|\s*$)/.test(text.slice(d.end, d.end + 2)))) return false;
  const words = between(text, d, cue);
  // "rejoined on Friday, four months after it left": a date across a subordinator dates the other verb
  // ("On Nov. 11, after a long walk, the leaders sealed the deal": unless it opens the sentence)
  // ("withdrawal from the accord, which took effect on November 4": the relative clause dates the act's effect)
  const effect = d.start >= cue.end && ACT_NOUN.test(text.slice(cue.start, cue.end)) && EFFECT_OF_ACT.test(words);
  if (!effect && SUBORDINATOR.test(words.replace(DATE_PREPOSITION, "")) && !isFrontedDate(text, site.sentenceStart, d, cue.start)) return false;
  // "approved a deal to curb arrivals, with all migrants landing from Sunday to be sent back": a date in an absolute
  // phrase after the trigger ("with" and its own subject and verb) is that phrase's, for a done event (a scheduled
  // one may be dated by what the phrase plans: "expected to take effect within months, with the first flights planned for the summer")
  if (dir === "past" && d.start >= cue.end && WITH_ABSOLUTE.test(words)) return false;
  // "After the US walked away from the deal, Iran said on Wednesday", "may not leave until three years after it entered
  // into force, so the earliest exit is Nov. 4": a subordinate clause takes no date past the comma that closes it
  if (d.start >= cue.end && IN_SUBORDINATE.test(text.slice(site.sentenceStart, cue.start)) && /[,;]/.test(words)) return false;
  // "NAFTA, which the USMCA replaced, took effect in 1994": a relative clause's verb takes no date past the comma that closes it
  if (site.relative && d.start >= cue.end && /[,;]/.test(words)) return false;
  // "The pact, due to expire on Friday, was extended": a date inside an aside between commas that the subject's own
  // schedule or relative clause opens is the aside's, not the verb's after it
  if (d.end <= cue.start && ASIDE_OPEN.test(text.slice(site.sentenceStart, d.start)) && ASIDE_CLOSE.test(text.slice(d.end, cue.start))) return false;
  // "was extended to Feb. 5, 2026", "renewed until 2030": the date after "to"/"until" is the new term's end, not the act's
  if (d.start >= cue.end && EXTENSION_CUE.test(text.slice(cue.start, cue.end)) && TERM_END.test(words)) return false;
  // "Judges on Friday dealt a blow to a deal that Tirana signed with Rome": nor a date before the agreement the clause is on
  if (site.relativeTo && d.end <= site.relativeTo.start) return false;
  if (site.object && d.start >= site.object.end && site.object.start >= cue.end && APPOSITION_AFTER.test(text.slice(site.object.end, d.start))) return false;
  // "following the April 22 terror attack, the cabinet announced the suspension": a date between an article and
  // another noun is that noun's ("the April 22 attack"), not the act's; an agreement's or the act's own noun takes
  // it ("the Feb. 23 accord", "the April 23 decision to suspend")
  if (d.end <= cue.start && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)) && OTHER_NOUN_AFTER.test(text.slice(d.end, d.end + 40)) && !(cue.start - d.end <= 24 && /^\s+(?:[\p{L}-]+\s+)?$/u.test(text.slice(d.end, cue.start)))) return false;
  // "next month's election …, it has signed an agreement": a date in the possessive dates its own noun, unless that noun is the trigger ("Friday's signing")
  if (POSSESSIVE_DATE.test(text.slice(d.end, d.end + 3)) && !(cue.start >= d.end && cue.start - d.end <= 24 && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(d.end, cue.start)))) return false;
  // "said on Thursday the minerals deal signed between …": a participle right after its noun takes no date from before the noun
  // (a date inside the noun phrase, "the Feb. 23 accord signed by …", is the accord's own)
  if (d.end <= cue.start && POSTMODIFIER_NOUN.test(text.slice(d.end, cue.start)) && /\b(?:the|a|an|this|that|its|their)\b/i.test(text.slice(d.end, cue.start))) return false;
  // "the announcement of March 14 that the deal had been signed": a date a telling's noun takes is the telling's; an act its
  // "that"-clause tells in the past perfect was done before it, on a day the clause does not give
  // (an announcement is the telling itself: "the Oct. 11 announcement that the two had reached a deal" dates it)
  if (!site.announcement && d.end <= cue.start && (TELLING_BEFORE.test(text.slice(Math.max(0, d.start - 40), d.start)) || TELLING_AFTER.test(text.slice(d.end, d.end + 40))) && THAT_PERFECT.test(text.slice(d.end, cue.start))) return false;
  // "has been ratified by 50 nations and will enter into force on 22 January": a date past a coordinated future verb is that verb's
  if (dir === "past" && d.start >= cue.end && FUTURE_COORDINATE.test(words)) return false;
  // "I announced that the United States was withdrawing from the treaty, and today that withdrawal takes effect": a
  // date past ", and" opens the next clause's time
  if (d.start >= cue.end && /,\s+and\s/i.test(words)) return false;
  // "entered into force in 1999, and 164 states joined it": a date nearer another trigger is that trigger's
  // (not one inside an opening subordinate clause the comma before the date closed: "After Washington announced its
  // withdrawal last year, the ministry said in January that …")
  const own = gap(text, d, cue);
  const closed = (c: At) => c.end <= d.start && OPENING_CLAUSE.test(text.slice(site.sentenceStart, c.start)) && /,/.test(text.slice(c.end, d.start));
  // ("On Wednesday, a year after Trump took the US out of the deal, Iran suspended …": a trigger inside a phrase led by
  // "after" between a fronted date and this trigger is that phrase's; the date is the main verb's)
  const inPhraseBetween = (c: At) => d.end <= c.start && c.end <= cue.start && SUBORDINATOR.test(text.slice(d.end, c.start)) && isFrontedDate(text, site.sentenceStart, d, cue.start);
  // ("The signing of the deal on March 6 was announced on March 14": a date inside the act noun's own phrase is the act's,
  // however near the verb after it)
  const inNounPhrase = d.start >= cue.end && NOUN_OF_ACT.test(text.slice(cue.start, cue.end)) && NOUN_PHRASE_TO_DATE.test(words);
  return !site.otherCues.some((c) => (c.start !== cue.start || c.end !== cue.end) && !inPhraseBetween(c) && !(inNounPhrase && c.start >= d.end) && gap(text, d, c) < own && !closed(c));
}

/** The clause's dates that may date the trigger's event, nearest first. */
export function clauseDates(text: string, site: DateSite, dates: readonly TemporalExpression[], dir: Direction = "past"): TemporalExpression[] {
  return dates
    .filter((d) => mayDate(text, site, d, dir))
    .map((d) => ({ d, g: gap(text, d, site.cue) }))
    .sort((a, b) => a.g - b.g)
    .map(({ d }) => d);
}

const DEICTIC = /^(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:last|this|earlier this) (?:week|month))$/i;

/**
 * "signed today, 16 July 2023", "on Sunday (July 16)", "last week on 14 April 2022": a word for the day (or the
 * week, the month) restated as a calendar date is that date.
 */
export function restated<T extends TemporalExpression>(text: string, d: T, dates: readonly T[]): T {
  if (!DEICTIC.test(d.text.trim())) return d;
  const next = dates.find((e) => e.start >= d.end && e.start - d.end <= 5 && /^\s*(?:[,(]|on)\s*$/.test(text.slice(d.end, e.start)));
  return next && /^\d{4}-\d{2}-\d{2}/.test(next.value ?? "") ? next : d;
}

// "in August and September 2012": a month without a year, joined to one with it, is that year's
const MONTH_ONLY = new RegExp(`^(?:${MONTH_NAMES.join("|")})$`, "i");
const JOINED = /^\s*(?:and|or|to|through|until|-|–)\s*$/i;

/** The value of a bare month that shares the year of the month-and-year joined to it (or of a day and month followed by "in" and a year); null otherwise. */
export function sharedYear(text: string, d: TemporalExpression, dates: readonly TemporalExpression[]): string | null {
  const v = dayValue(d);
  // ("on the 21st of November in 1995": a day and month written without a year take the bare year right after "in")
  if (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !/\b\d{4}\b/.test(d.text)) {
    const year = dates.find((e) => e.start >= d.end && e.start - d.end <= 6 && /^\s*,?\s*in\s*$/i.test(text.slice(d.end, e.start)) && /^\d{4}$/.test(e.text.trim()));
    if (year) return `${year.text.trim()}${v.slice(4)}`;
  }
  if (!v || !/^\d{4}-\d{2}$/.test(v) || !MONTH_ONLY.test(d.text.trim())) return null;
  const next = dates.find((e) => e.start >= d.end && e.start - d.end <= 12 && JOINED.test(text.slice(d.end, e.start)));
  const y = next && /\b\d{4}\b/.test(next.text) ? dayValue(next)?.slice(0, 4) : null;
  return y ? `${y}${v.slice(4)}` : null;
}

/** The first day a TIMEX3 value covers, to compare with the publication date: "2019-SU" → "2019-06-01"; null for weeks. */
// (remembered: every cue of every article asks it of the few values its dates have)
export const firstDay = memo((v: string): string | null => {
  const m = v.match(/^(\d{4})(?:-(\d{2}|SP|SU|FA|WI|Q[1-4]))?(?:-(\d{2}))?/);
  if (!m || /W/.test(v.slice(4, 6))) return null;
  const part = m[2] ?? "01";
  const month = ({ SP: "03", SU: "06", FA: "09", WI: "12", Q1: "01", Q2: "04", Q3: "07", Q4: "10" } as Record<string, string>)[part] ?? part;
  return `${m[1]}-${month}-${m[3] ?? "01"}`;
});

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };
// "Three years ago today", "10 years ago this month": an anniversary, read from the report's own day
const AGO_BEFORE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|\d{1,3})\s+(years?|months?)\s+ago\s*,?\s*$/i;
const ANNIVERSARY_DAY = /^(?:today|this day)$/i;
const ANNIVERSARY_MONTH = /^this month$/i;

/** The day (or month) `n` years or months before the report: "three years ago today" in a report of 2025-07-22 is 2022-07-22. */
export function anniversary(published: string, n: number, unit: "year" | "month", day: boolean): string | null {
  const m = published.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const months = Number(m[1]) * 12 + Number(m[2]) - 1 - (unit === "year" ? 12 * n : n);
  const y = Math.floor(months / 12);
  const mo = (months % 12) + 1;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // 29 February in a common year: the 28th
  const ym = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}`;
  return day ? `${ym}-${String(Math.min(Number(m[3]), last)).padStart(2, "0")}` : ym;
}

/** "today" after "N years ago": the anniversary the words name, not the report's day. */
function anniversaryOf(text: string, d: TemporalExpression, published: string | null): DateRef | null {
  const day = ANNIVERSARY_DAY.test(d.text);
  if (!published || !(day || ANNIVERSARY_MONTH.test(d.text))) return null;
  const ago = text.slice(Math.max(0, d.start - 40), d.start).match(AGO_BEFORE);
  if (!ago) return null;
  const n = COUNT[ago[1].toLowerCase()] ?? Number(ago[1]);
  const v = n > 0 ? anniversary(published, n, ago[2].toLowerCase().startsWith("year") ? "year" : "month", day) : null;
  return v ? { value: v, text: text.slice(d.start - ago[0].length, d.end) } : null;
}

// "'Today we signed the agreement,' the minister said on Wednesday": a word for the day inside a quotation is
// the day the words were spoken, which the attribution gives; the report may be of a later day
const SPOKEN_DAY = /^(?:today|tonight|this (?:morning|afternoon|evening)|yesterday)$/i;
const OPEN_QUOTE = /["“]/g;
/** How far (characters) past the closing quote (or before the opening one) the attribution's day may stand. */
const ATTRIBUTION_REACH = 90;

/** The day a quoted "today" ("yesterday") names: the attribution's day (the day before it); null outside a quotation or with no day given. */
export function quotedDay(text: string, d: TemporalExpression, dates: readonly TemporalExpression[]): string | null {
  const word = d.text.trim();
  if (!SPOKEN_DAY.test(word)) return null;
  const para = text.lastIndexOf("\n", d.start) + 1;
  const lead = text.slice(para, d.start);
  const marks = [...lead.matchAll(OPEN_QUOTE)];
  // inside a quotation: an odd number of straight marks before it, or a curly opening mark not closed since
  const straight = marks.filter((m) => m[0] === '"').length;
  const open = lead.lastIndexOf("“") > lead.lastIndexOf("”") ? para + lead.lastIndexOf("“") : straight % 2 === 1 ? para + lead.lastIndexOf('"') : -1;
  if (open < 0) return null;
  const close = text.slice(d.end).search(/["”]/);
  if (close < 0) return null;
  const closeAt = d.end + close;
  // the attribution after the quotation, up to its sentence's end, or before the opening mark in its sentence
  const tailEnd = Math.min(text.length, closeAt + ATTRIBUTION_REACH, ...[text.slice(closeAt + 1).search(/[.!?](?:\s|$)/)].filter((i) => i >= 0).map((i) => closeAt + 1 + i + 1));
  // (the opening mark's sentence, looked for in its paragraph only: not the whole text before it for every quoted "today")
  const from = Math.max(para, open - ATTRIBUTION_REACH);
  const sentenceEnd = text.slice(from, open).search(/[.!?]\s+[^.!?]*$/);
  const headStart = sentenceEnd < 0 ? from : from + sentenceEnd + 1;
  const said = dates.find((e) => ((e.start > closeAt && e.end <= tailEnd) || (e.start >= headStart && e.end <= open)) && /^\d{4}-\d{2}-\d{2}$/.test(dayValue(e) ?? ""));
  if (!said) return null;
  const day = dayValue(said)!;
  if (!/^yesterday$/i.test(word)) return day;
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

// (remembered: an article repeats its dates, "in early February" in one event after another, and
// normalizeTimex, a pure function of these three, tries its patterns one by one)
const readSeen = memo((key: string) => {
  // tense, date and words, in that order (the words, last, may hold anything)
  const a = key.indexOf("\u0000");
  const b = key.indexOf("\u0000", a + 1);
  const v = normalizeTimex(key.slice(b + 1), { dct: key.slice(a + 1, b), tense: key.slice(0, a) as "past" | "future" })?.value;
  return v && /^\d{4}/.test(v) ? v.replace(/T.*$/, "") : null;
});

/** A date's words read again from the report's day in one direction: "on Friday" ahead or back. */
const readAgain = (words: string, published: string, tense: "past" | "future"): string | null => readSeen(`${tense}\u0000${published}\u0000${words}`);

/** "this" before a day of the week: "this Sunday", read without it, is the nearest such day in the event's direction. */
const THIS_WEEKDAY = /^this\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

/** A date written as a calendar date, not relative to the report: "29 March", "March 2021", "2019". */
const MONTH_WORD = `(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join("|")})[a-z]*`;
const CALENDAR_WORDS = new RegExp(`\\b(?:\\d{4}|${MONTH_WORD}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_WORD})\\b`, "i");

/** The chosen expression (for the event's span) and the date it gives the event. */
export interface Dated {
  at: TemporalExpression;
  ref: DateRef;
}

/**
 * The event's date from its clause's candidates, nearest first. A scheduled event reads its date ahead
 * ("takes effect on Friday" is the next Friday). A done event cannot postdate its report: a value after it is
 * read back ("on Saturday"), else the next nearest date is tried, and when none fits the nearest keeps the
 * value the source wrote; a word for the day restated as a calendar date takes that date, and "N years ago
 * today" the anniversary.
 */
export function settle(text: string, candidates: readonly TemporalExpression[], dates: readonly TemporalExpression[], published: string | null, dir: Direction): Dated | null {
  if (!candidates.length) return null;
  if (dir !== "past") {
    const at = restated(text, candidates[0], dates);
    const own = dayValue(at)!;
    // "expected to take effect in the summer", said in that summer's year, keeps its year; a day ("on Monday") is the next one
    const kept = !published || (own.length < 10 && own.slice(0, 4) >= published.slice(0, 4));
    // ("On that date, the agreement will become effective": a day anchored on one just named keeps that day)
    const value = (dir === "future" && !kept && at.rule !== "anchored" ? readAgain(at.text, published!, "future") : null) ?? own;
    return { at, ref: { value, text: at.text } };
  }
  for (const nearest of candidates) {
    const at = restated(text, nearest, dates);
    const back = anniversaryOf(text, at, published);
    if (back) return { at, ref: back };
    const spoken = quotedDay(text, at, dates);
    if (spoken) return { at, ref: { value: spoken, text: at.text } };
    const v = sharedYear(text, at, dates) ?? dayValue(at)!;
    if (!published || !firstDay(v) || firstDay(v)! <= published) return { at, ref: { value: v, text: at.text } };
    // ("signed this Sunday" in Monday's report: "this" names the week's day, and a done act's is the one just gone)
    const again = readAgain(at.text.replace(THIS_WEEKDAY, ""), published, "past");
    if (again && (!firstDay(again) || firstDay(again)! <= published)) return { at, ref: { value: again, text: at.text } };
  }
  // "signed a historic agreement 29 March" in a report of 29 February: a slip of the source's, kept as it
  // wrote it, so that the sources' disagreement on the date is flagged rather than lost
  // (only a calendar date: "four days later" read from the report's day is the reading's slip, not the source's)
  const at = restated(text, candidates[0], dates);
  return CALENDAR_WORDS.test(at.text) ? { at, ref: { value: dayValue(at)!, text: at.text } } : null;
}

/** The date of a trigger's event: the clause's dates that may date it, settled in the event's direction. */
export function dateAt(text: string, site: DateSite, dates: readonly TemporalExpression[], published: string | null, dir: Direction): Dated | null {
  return spanBefore(text, site, dates, published) ?? settle(text, clauseDates(text, site, dates, dir), dates, published, dir);
}

// "Putin said on Tuesday that Russia was suspending its participation": an act said in the progressive (or the
// present) is done as it is said, so the reporting verb's date is the act's when its own clause gives none; said
// in the present ("Putin says Russia is suspending"), it is the report's own day
const PROGRESSIVE_CUE = /^(?:(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+)?)?\w+ing\b/i;
const PROGRESSIVE_BEFORE = /\b(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+)?$/i;
const REPORTING_VERB = /\b(?:said|says|announced|announces|told|declared|declares|confirmed|confirms)\b/gi;

// "President X has announced that the country will withdraw from …" opening a report, with no time word: wire
// copy puts the present perfect in a lede for news of the day (its time dropped, as English forbids "has announced
// on Tuesday"), so it is the report's day. Only in the lead sentence: further down ("Washington has said it will
// leave the accord") the perfect is background of any age; a past perfect ("had announced") or a repeated act
// ("has repeatedly said") is no news of the day either.
// (a passive too, "has been signed"; and the acts of courts and of the side that ends a deal: "has ruled", "has scrapped")
const LEAD_PERFECT = /\b(?:has|have)\s+(?:(?:just|now|formally|officially|finally)\s+)?(?:been\s+)?(?:announced|said|declared|confirmed|decided|agreed|signed|sealed|struck|concluded|ratified|suspended|withdrawn|pulled out|left|rejoined|terminated|ended|scrapped|approved|ruled|upheld|begun|initiated|launched)\b/i;
// ("Russia suspends its participation in the treaty. This was stated by …": a lede in the news present, an act of one
// party told in the simple present, is the report's day too)
/** A present that is a rule or a habit, not news: "suspends its part when the other side tests a weapon". */
const HABITUAL_AFTER = /\b(?:when|whenever|if|unless|once|each time|every time)\b/i;
const LEAD_PRESENT = /\b(?:suspends|withdraws|quits|leaves|rejoins|ratifies|denounces|scraps|terminates)\b/i;

/** The report's day for an act told in the present perfect in the lead sentence, when the sentence has no time word. */
export function leadPerfectDate(text: string, cue: At, sentence: Span, dates: readonly TemporalExpression[], published: string | null): DateRef | null {
  if (!published || (/[.!?]["”’)]?\s/.test(text.slice(0, sentence.start)) && !followsLedeOfTheDay(text, sentence, dates, published))) return null;
  if (dates.some((d) => d.start < sentence.end && d.end > sentence.start)) return null;
  const present = LEAD_PRESENT.test(text.slice(cue.start, cue.end)) && !HABITUAL_AFTER.test(text.slice(cue.end, sentence.end));
  const m = text.slice(sentence.start, cue.end).match(LEAD_PERFECT) ?? (present ? text.slice(cue.start, cue.end).match(LEAD_PRESENT) : null);
  return m ? { value: published.slice(0, 10), text: m[0] } : null;
}

const SENTENCE_STOP = /[.!?]["”’)]?\s/g;
/**
 * "Today the EU is launching a migration partnership with Chad. Its commissioner and Chad's minister have signed a joint
 * declaration …": the sentence right after a lede that dates itself on the report's day, in the lede's paragraph, tells
 * the news of that day too. (Not past the second sentence, nor after a lede with no date or another day's.)
 */
function followsLedeOfTheDay(text: string, sentence: Span, dates: readonly TemporalExpression[], published: string): boolean {
  const stops = [...text.slice(0, sentence.start).matchAll(SENTENCE_STOP)];
  if (stops.length !== 1) return false;
  const ledeEnd = stops[0].index! + 1;
  if (/\n\s*\n/.test(text.slice(ledeEnd, sentence.start))) return false;
  const ledeStart = Math.max(0, text.lastIndexOf("\n", ledeEnd));
  return dates.some((d) => d.start >= ledeStart && d.end <= ledeEnd && dayValue(d) === published.slice(0, 10));
}

/** "This is the immediate effect of the ", "That was the result of ": the act named next is the cause of what the sentence before told. */
const EFFECT_OF_OPENING = /^[\s"“]*(?:this|that)\s+(?:is|was|will be)\s+(?:(?:the|an?|one)\s+)?(?:(?:first|immediate|direct|main|practical|concrete)\s+)?(?:effects?|results?|consequences?|outcomes?)\s+of\s+(?:the\s+)?$/i;

/**
 * "Car tariffs fall from Monday, 3 June. That is the first result of the entry into force of the fisheries pact": an
 * act the sentence names as the cause of what the sentence before it dates takes that day, when the sentence before
 * (same paragraph) gives exactly one day (a relative day and its calendar form count once).
 */
export function causeOfDated(text: string, cue: At, sentence: Span, dates: readonly TemporalExpression[]): DateRef | null {
  if (!EFFECT_OF_OPENING.test(text.slice(sentence.start, cue.start))) return null;
  const stops = [...text.slice(0, sentence.start).matchAll(SENTENCE_STOP)];
  if (!stops.length) return null;
  const last = stops[stops.length - 1];
  if (/\n\s*\n/.test(text.slice(last.index!, sentence.start))) return null;
  const before = stops.length > 1 ? stops[stops.length - 2].index! + stops[stops.length - 2][0].length : 0;
  const from = Math.max(before, text.lastIndexOf("\n", last.index!) + 1);
  const days = dates.filter((d) => d.start >= from && d.end <= sentence.start && dayValue(d)?.length === 10);
  const values = new Set(days.map((d) => dayValue(d)));
  return values.size === 1 ? { value: dayValue(days[0])!, text: days[days.length - 1].text } : null;
}

/** A count of days, weeks, months or years after (or before) another act, right after the trigger: "one day after", "two weeks before". */
const OFFSET_AFTER = /^\s+(?:only\s+|just\s+|exactly\s+)?(a|an|one|\d{1,3}|[a-z]+)\s+(day|week|month|year)s?\s+(after|following|before)\s/i;

/**
 * "entered into force one day after Peru ratified it on 3 May": the day a count after (or before) another act of the
 * same sentence, that act dated by a day of its own; null when the count or that day is not given.
 */
export function offsetDate(text: string, cue: At, sentenceEnd: number, dates: readonly TemporalExpression[]): DateRef | null {
  const m = text.slice(cue.end, sentenceEnd).match(OFFSET_AFTER);
  if (!m) return null;
  const word = m[1].toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : /^(?:a|an|one)$/.test(word) ? 1 : NUMBER_WORDS[word];
  if (!n) return null;
  const from = cue.end + m[0].length;
  const stop = text.slice(from, sentenceEnd).search(/[;:]|,\s+(?:and|but)\s/);
  const anchor = dates.find((d) => d.start >= from && d.end <= (stop < 0 ? sentenceEnd : from + stop) && /^\d{4}-\d{2}-\d{2}$/.test(dayValue(d) ?? ""));
  if (!anchor) return null;
  const day = new Date(`${dayValue(anchor)}T00:00:00Z`);
  const k = m[3].toLowerCase() === "before" ? -n : n;
  const unit = m[2].toLowerCase();
  if (unit === "day" || unit === "week") day.setUTCDate(day.getUTCDate() + k * (unit === "week" ? 7 : 1));
  else if (unit === "month") day.setUTCMonth(day.getUTCMonth() + k);
  else day.setUTCFullYear(day.getUTCFullYear() + k);
  return { value: day.toISOString().slice(0, 10), text: text.slice(cue.end, anchor.end).trim() };
}

/** The date of the reporting verb whose content holds a progressive trigger: "said on Tuesday that … was suspending". */
export function reportingDate(text: string, cue: At, sentenceStart: number, dates: readonly TemporalExpression[], published: string | null): DateRef | null {
  if (!PROGRESSIVE_CUE.test(text.slice(cue.start, cue.end)) || !PROGRESSIVE_BEFORE.test(text.slice(Math.max(sentenceStart, cue.start - 24), cue.start))) return null;
  const lead = text.slice(sentenceStart, cue.start);
  let verb: RegExpExecArray | null = null;
  REPORTING_VERB.lastIndex = 0;
  for (let m = REPORTING_VERB.exec(lead); m; m = REPORTING_VERB.exec(lead)) verb = m;
  if (!verb) return null;
  const at = sentenceStart + verb.index;
  const end = at + verb[0].length;
  // the verb's own date: right after it ("said on Tuesday that", "said in Moscow on Tuesday that") or right before it ("on Tuesday said")
  const d = dates.find((x) => dayValue(x) && ((x.start >= end && x.start - end <= 30 && !/[,;.]|that/i.test(text.slice(end, x.start))) || (x.end <= at && at - x.end <= 3)));
  if (d) return settle(text, [d], dates, published, "past")?.ref ?? null;
  // "Putin says that Russia is suspending …": said in the present, on the report's own day
  return published && /^(?:says|announces|declares|confirms)$/i.test(verb[0]) && /\b(?:is|are)\s+(?:\w+ly\s+|now\s+)?$/i.test(text.slice(Math.max(sentenceStart, cue.start - 24), cue.start)) ? { value: published.slice(0, 10), text: verb[0] } : null;
}

/**
 * The day a signing still ahead was announced ("is to be signed next week, the government announced on Friday",
 * "officials said on Tuesday that the two are set to sign it on Friday"): the date of a reporting verb of its
 * sentence outside the schedule's own words (`ahead`, whose time is the signing's), else the report's day, inferred
 * (a report tells a schedule as news of its day).
 */
export function scheduleAnnouncedDate(text: string, sentence: Span, ahead: At, dates: readonly TemporalExpression[], published: string | null): { ref: DateRef; inferred: boolean } | null {
  const s = text.slice(sentence.start, sentence.end);
  REPORTING_VERB.lastIndex = 0;
  for (let m = REPORTING_VERB.exec(s); m; m = REPORTING_VERB.exec(s)) {
    const at = sentence.start + m.index;
    const end = at + m[0].length;
    if (at >= ahead.start && end <= ahead.end) continue;
    const d = dates.find((x) => dayValue(x) && !(x.start >= ahead.start && x.end <= ahead.end) && ((x.start >= end && x.start - end <= 30 && !/[,;.]|that/i.test(text.slice(end, x.start))) || (x.end <= at && at - x.end <= 3)));
    const ref = d ? (settle(text, [d], dates, published, "past")?.ref ?? null) : null;
    if (ref) return { ref, inferred: false };
  }
  return published ? { ref: { value: published.slice(0, 10), text: `scheduled as reported (${published.slice(0, 10)})` }, inferred: true } : null;
}

/** "and will enter into force", "and is to take effect": a second, future verb after the trigger. */
const FUTURE_COORDINATE = /\band\s+(?:will|would|shall|is to|are to|is due to|is set to)\s/i;
/** A sentence opening with a subordinate clause still open at a point: "After Washington announced …". */
const OPENING_CLAUSE = /^[\s"“‘'(]*(?:after|before|when|since|while|although|though|because|until|once)\b[^,;:]*$/i;

/** Words that give the day an act takes effect: "effective Saturday", "as of June 1", "starting Monday". */
const EFFECT_LEAD = /\b(?:effective|as of|starting|beginning)\s+(?:on\s+)?$/i;

/**
 * The dates that may date an announcement: "Effective Saturday, the United States will … begin the process of
 * withdrawing" is announced when it is said; the day the act takes effect is another's.
 */
export function announcementDates<T extends TemporalExpression>(text: string, dates: readonly T[]): readonly T[] {
  return dates.filter((d) => !EFFECT_LEAD.test(text.slice(Math.max(0, d.start - 16), d.start)));
}

// "Moscow is now launching the procedures to withdraw from the pact": a process told in the present as it starts
const PROCESS_UNDER_WAY = /\b(?:is|are|am)\s+(?:now\s+|\w+ly\s+)?(?:launching|beginning|starting|initiating|opening)\b[^.;:!?]{0,60}$/i;

/** The report's day for a process that starts as it is told ("is now launching the steps to withdraw"), when its sentence has no time word. */
export function processUnderWayDate(text: string, cue: At, sentence: Span, dates: readonly TemporalExpression[], published: string | null): DateRef | null {
  // ("now" is a time word of the telling itself, no date of its own)
  if (!published || dates.some((d) => d.start < sentence.end && d.end > sentence.start && dayValue(d))) return null;
  const m = text.slice(sentence.start, cue.start).match(PROCESS_UNDER_WAY);
  return m ? { value: published.slice(0, 10), text: m[0].split(/\s+/).slice(0, 3).join(" ") } : null;
}

// "A year after the US walked away from the JCPOA, Iran said on Wednesday …": the trigger in a phrase led by a
// span and "after", its subject (no comma, no date) between
// ("exactly a year after", "almost two years after": an adverb before the count; "exactly" keeps the day)
const SPAN_AFTER = /\b(?:(exactly|precisely|almost|nearly|just|about|roughly|some)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|\d{1,3})\s+(years?|months?)\s+(?:to the day\s+)?after\s+[^,;:.\d]{0,60}$/i;

/**
 * "A year after the US walked away from the JCPOA, Iran said on Wednesday": the event is that span before the
 * time of the rest of the sentence (its first date outside the phrase, else the report's day), to the month:
 * "a year after" counts years, not days. Null when the phrase is not there or dates the event itself.
 */
export function spanBefore(text: string, site: DateSite, dates: readonly TemporalExpression[], published: string | null): Dated | null {
  const lead = text.slice(site.sentenceStart, site.cue.start);
  const m = lead.match(SPAN_AFTER);
  if (!m) return null;
  // only a phrase that opens the sentence or follows its main clause's comma: "until three years after it
  // entered into force" is a rule of the text, "less than a year after" no count
  const before = lead.slice(0, m.index);
  if (!/^[\s"“‘'(]*$/.test(before) && !/,\s*$/.test(before)) return null;
  const start = site.sentenceStart + m.index!;
  // the phrase ends at the first comma (or the sentence's end) after the trigger
  const rest = text.slice(site.cue.end);
  const close = rest.search(/[,;:.]\s/);
  const end = site.cue.end + (close < 0 ? rest.length : close);
  // ("A year after the signing of the deal on March 6, 2021, …": a date that starts inside the phrase is its own, a
  // comma inside the date notwithstanding)
  if (dates.some((d) => d.start >= start && d.start < end && dayValue(d))) return null;
  // the main clause's time: after an opening phrase, its first date; before a trailing one, its last
  const sentenceEnd = text.slice(end).search(/[.!?](?:\s|$)/);
  const dated = (d: TemporalExpression) => /^\d{4}-\d{2}/.test(dayValue(d) ?? "");
  const outside = before.trim()
    ? dates.filter((d) => d.start >= site.sentenceStart && d.end <= start && dated(d)).pop()
    : dates.find((d) => d.start >= end && (sentenceEnd < 0 || d.start < end + sentenceEnd) && dated(d));
  const anchor = outside ? dayValue(outside)! : published;
  if (!anchor || !/^\d{4}-\d{2}/.test(anchor)) return null;
  const n = COUNT[m[2].toLowerCase()] ?? Number(m[2]);
  // "exactly a year after" (or "a year to the day after") a dated main clause names the day
  const toTheDay = (/^(?:exactly|precisely)$/i.test(m[1] ?? "") || /\bto the day\b/i.test(m[0])) && anchor.length >= 10;
  const value = n > 0 ? anniversary(anchor.length === 7 ? `${anchor}-01` : anchor, n, m[3].toLowerCase().startsWith("year") ? "year" : "month", toTheDay) : null;
  if (!value) return null;
  const words = text.slice(start, start + m[0].length).replace(/\s+after\s[\s\S]*$/, " after");
  return { at: { text: words, start, end: start + words.length, type: "date", value, rule: "span-after", certain: false }, ref: { value, text: words } };
}

// "the deal, brokered the week before by …": with no other date in its sentence, the period before the report's own
const PERIOD_BEFORE = /^\s+the\s+(week|month|year)\s+before\b(?!\s+(?:the|last|that|it|its|\p{Lu}|\d))/u;

/** "brokered the week before" in a clause with no date: the report's last week (month, year). */
export function periodBefore(text: string, site: Pick<DateSite, "cue" | "clause">, dates: readonly TemporalExpression[], published: string | null): DateRef | null {
  const m = text.slice(site.cue.end, site.clause.end).match(PERIOD_BEFORE);
  if (!m || !published) return null;
  if (dates.some((d) => d.start >= site.clause.start && d.end <= site.clause.end && dayValue(d))) return null;
  const v = readAgain(`last ${m[1].toLowerCase()}`, published, "past");
  return v ? { value: v, text: m[0].trim() } : null;
}

const MONTH = MONTH_NAMES.join("|");
// "1714 - The Treaty of Baden was signed": a line of a historical calendar opens with its year
const CALENDAR_LINE = /^[ \t]*(\d{3,4})[ \t]*[-–—:][ \t]+\S/;
// its day is the heading above the list: "September 7", "On this day: 7 September", "Today in history: September 7"
const DAY_HEADING = new RegExp(`^[ \\t]*(?:(?:today|(?:on )?this day)(?: in history)?[:,]?[ \\t]*)?(?:(${MONTH})[ \\t]+(\\d{1,2})|(\\d{1,2})[ \\t]+(${MONTH}))[ \\t]*$`, "i");

/**
 * The date a historical calendar gives the line that holds `at`: its year, and the day of the heading
 * above the list when the lines between are calendar lines too (or blank), else the year alone.
 */
export function calendarDate(text: string, at: number): DateRef | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(lineStart, text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart));
  const year = line.match(CALENDAR_LINE);
  if (!year || at - lineStart > 200) return null;
  const y = year[1].padStart(4, "0");
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < 80; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(start, end);
    const day = above.match(DAY_HEADING);
    if (day) {
      const month = MONTH_NAMES.indexOf((day[1] ?? day[4]).toLowerCase()) + 1;
      const d = Number(day[2] ?? day[3]);
      if (d >= 1 && d <= 31) return { value: `${y}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`, text: `${above.trim()}, ${year[1]}` };
    }
    if (above.trim() && !CALENDAR_LINE.test(above)) break;
    end = start - 1;
  }
  return { value: y, text: year[1] };
}

/** "3 and 5 May 2023" before the date found at "5 May 2023": the days listed before it, as they end `before`. */
const LISTED_DAYS = /((?:\d{1,2},\s*)*\d{1,2})\s*,?\s+and\s+$/;

/**
 * The full days of a list of day numbers written before one full date ("on 24 and 26 September 2020": 2020-09-24,
 * 2020-09-26), the found date's own day last; null when no day number is listed before it or the date has no day.
 */
export function daysListedBefore(before: string, value: string): string[] | null {
  const m = /^\d{4}-\d{2}-\d{2}$/.test(value) ? LISTED_DAYS.exec(before) : null;
  if (!m) return null;
  return [...m[1].split(/\s*,\s*/).map((d) => `${value.slice(0, 8)}${d.padStart(2, "0")}`), value];
}
