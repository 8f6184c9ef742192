// Temporal expressions: find every date, time, duration and set in the text with exact offsets,
// then give each its TIMEX3 value (extractors/timex.ts) against the publication date, the tense of
// the verb that governs it and the date last mentioned.
//
// Finding runs the TIMEX_PATTERNS over the text; each candidate then passes the ordered filters
// below (one concern each: "May" the verb, "Route 66", "Black Friday" …). Overlapping candidates
// keep the longest (then the earlier pattern). Cost: about 1–2 ms per 700-word article, no NLP library.
import type { Diagnostic, ParsedArticle, Span, TemporalExpression } from "../pipeline/schemas.js";
import {
  AMBIGUOUS_MONTHS,
  MONTH_CUES,
  NOT_YEAR_AFTER,
  NOT_TEMPORAL_CURRENT,
  NOT_TEMPORAL_OVERNIGHT,
  NOT_YEAR_BEFORE,
  AIMED_EVENTS,
  GENERIC_WORDS,
  IRREGULAR_PAST,
  LASTING_THINGS,
  SET_FOR_EVENTS,
  UNPLANNED_EVENTS,
  NOT_INFINITIVE_AFTER_TO,
  UNIT_CUES,
  WEEKDAY_NAME_WORDS,
} from "./lexicon/temporal.js";
import { DATE_LEADS } from "./lexicon/date-leads.js";
import { MONTHS } from "./lexicon/months.js";
import { foldCode, leadingStrings, sourceKey } from "./literals.js";
import { countBefore, sentenceAt } from "./text.js";
import { MON, TIMEX_PATTERNS, WD, shiftValue, tenseReader, type Tense, type TimexContext, type TimexPattern } from "./timex.js";
import type { Extractor } from "./types.js";

interface Candidate {
  start: number;
  end: number;
  text: string;
  pattern: TimexPattern;
  order: number;
  m: RegExpExecArray;
  /** The word before, lowercased (Around.prev), kept for extractDates. */
  prev: string;
}

/** What a filter sees: the candidate and the words around it. */
interface Around {
  c: Candidate;
  g: Record<string, string | undefined>;
  prev: string; // the word before, lowercased, without punctuation
  prevRaw: string; // the word before as written
  prevChar: string; // the non-space character just before
  next: string; // the word after, lowercased
  nextRaw: string;
  after: string; // the text right after (40 characters)
  before: string; // the text right before (40 characters)
  atSentenceStart: boolean;
}

type Filter = { name: string; rejects: (a: Around) => boolean };

const FUNCTION_WORDS = new Set([
  "and", "but", "or", "nor", "when", "as", "that", "which", "who", "is", "was", "were", "are", "will", "would", "has",
  "have", "had", "to", "in", "of", "for", "he", "she", "it", "they", "we", "i", "you", "there", "this", "with",
  "could", "can", "may", "might", "should", "until", "than", "so", "if",
]);

/** Words that may follow a frequency adverb used as one: "rise 8% annually through 1992", "paid monthly since May". */
/** Before "quarterly", "annual" …, words that make it a noun: "its initial quarterly", "the regular quarterly". */
const SET_NOUN_BEFORE = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "initial", "regular", "first", "latest", "usual", "special", "extra"]);
const SET_ADVERB_FOLLOWERS = new Set(["through", "since", "from", "at", "on", "by", "over", "before", "after", "during", "thereafter", "or", "per", "until", "unless", "because", "while", "instead", "rather", "starting", "beginning"]);

const LOWERCASE_WEEKDAY_CUES = new Set(["on", "since", "until", "till", "by", "before", "after", "from", "last", "next", "this", "late", "early"]);
const BARE_UNIT_CUES = new Set(["for", "of", "over", "within", "in", "after", "lasting", "spanning", "took", "takes", "take", "spent", "wait", "waited"]);

/** "a June agreement", "the March meeting", "its August report": a full month name between a determiner and a
 * lowercase noun modifies the noun. Not "May" ("the May government" is Theresa May's). */
const MONTH_DETERMINERS = new Set(["a", "an", "the", "its", "their", "his", "her", "our"]);
function monthBeforeNoun({ c, prev, next, nextRaw }: Around): boolean {
  return /^(?:March|April|June|August)$/.test(c.text) && MONTH_DETERMINERS.has(prev) && /^[a-z]{3,}$/.test(nextRaw) && !FUNCTION_WORDS.has(next) && !["on", "at", "by"].includes(next);
}

/** "months of talks", "years of decline": a bare plural unit, not after a determiner ("the days of the week", "the
 * months of July and August" name calendar units), followed by "of" and a lowercase word that is no determiner. */
const SPAN_OF_ACTIVITY = /^\s+of\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|each|every)\b)[a-z]/;
const spanOfActivity = (prev: string, after: string) => !MONTH_DETERMINERS.has(prev) && !["these", "those"].includes(prev) && SPAN_OF_ACTIVITY.test(after);

/** "the Act of 1989", "a good part of 1990", "the summer of 1989 and beyond": after "of" a four-digit number is a
 * year, unless an amount comes before "of" ("a total of 2000", "a crowd of 1500") or a noun after it ("of 2000 people"). */
const AMOUNT_BEFORE_OF = /\b(?:total|crowd|group|sum|maximum|minimum|average|capacity|estimated?|figure|number|population|count|tally|score|rate|price|cost|budget|fee|fine|salary|margin|deficit|surplus|balance|loss|profit|gain|out|team|force|fleet|army|staff|workforce|batch|series|set|lot|increase|decrease|rise|drop|fall)\s+of\s*$/i;
function yearAfterOf(prev: string, before: string, next: string, after: string): boolean {
  if (prev !== "of" || AMOUNT_BEFORE_OF.test(before)) return false;
  // "the Enforcement Act of 1989", "the Class of 1989": a name's year
  if (/\b\p{Lu}[\p{L}.]*\s+of\s*$/u.test(before)) return true;
  return !/^\s+[a-z]/.test(after) || FUNCTION_WORDS.has(next);
}

// The filters, in order: each rejects a candidate that is not a temporal expression.
const FILTERS: Filter[] = [
  // "Theresa May", "the March on Washington", "May I": a bare ambiguous month needs "in/since/last …" before it
  {
    name: "ambiguous-month",
    rejects: (a) => { const { c, g, prev } = a; return (
      c.pattern.name === "month" && !g.rel && !g.pos && AMBIGUOUS_MONTHS.has(c.text.toLowerCase().replace(/\.$/, "")) && !MONTH_CUES.has(prev) && !monthBeforeNoun(a)); },
  },
  // "Aug" or "Sept" alone, or "July Fourth Parade"-like names: an abbreviated bare month needs a cue too
  {
    name: "bare-abbreviated-month",
    rejects: ({ c, g, prev }) => c.pattern.name === "month" && !g.rel && !g.pos && c.text.length <= 5 && !/^(June|July)$/.test(c.text) && !MONTH_CUES.has(prev),
  },
  // "August Landmesser", "Jean-Claude January": a bare month before a capitalized word, with no cue, is a name
  {
    name: "month-as-name",
    rejects: ({ c, g, prev, nextRaw }) => c.pattern.name === "month" && !g.rel && !g.pos && /^\p{Lu}/u.test(nextRaw) && !MONTH_CUES.has(prev),
  },
  // "Black Friday", "Good Friday", "Super Tuesday", "Bloody Sunday": part of a name
  {
    name: "weekday-in-name",
    rejects: ({ c, g, prev, prevRaw }) => c.pattern.name === "weekday" && !g.rel && WEEKDAY_NAME_WORDS.has(prev) && /^\p{Lu}/u.test(prevRaw),
  },
  // "TGI Fridays", "the weekends of July": a plural weekday or "weekends" is a set only after "on", "at", "most"
  {
    name: "weekday-plural",
    rejects: ({ c, g, prev, next }) =>
      c.pattern.name === "set-adverb" &&
      ((!!g.wds && !["on", "most", "some", "all", "weekday", "weekends"].includes(prev)) ||
        (!!g.wes && (!["on", "at", "most", "some", "all", "during", "over"].includes(prev) || next === "of"))),
  },
  // "monday" as scraped pages write it: a lowercase weekday needs "on", "last", "since" … before it
  {
    name: "lowercase-weekday",
    rejects: ({ c, g, prev }) => c.pattern.name === "weekday" && !!g.lc && !g.rel && !LOWERCASE_WEEKDAY_CUES.has(prev),
  },
  // "Route 2019", "$2019", "No. 1984", "2000 people", "2019%", "1,2019"
  {
    name: "year-as-number",
    rejects: ({ c, g, prev, prevChar, next, after, before }) =>
      c.pattern.name === "year" &&
      !g.pos &&
      !g.fy &&
      ((NOT_YEAR_BEFORE.has(prev) && !yearAfterOf(prev, before, next, after)) || /[$#€£№]/.test(prevChar) || NOT_YEAR_AFTER.has(next) || /^(?:\s*%|[.,]\d|\s*percent)/.test(after) || /[\d]$/.test(prevChar) || (/\d[-/]$/.test(before) && !/(?<!\d)(?:1[89]|20)\d\d[-/]$/.test(before))),
  },
  // "Hours after his inauguration", "the years when": a bare plural unit needs "for/over/within/in" before it,
  // "be … before/until/away" around it ("it could be days before service resumes"), or "of" and what filled
  // the time after it ("follows months of talks", "the heady days of rising sales": TimeML marks the span, PXM)
  {
    name: "bare-unit",
    rejects: ({ c, g, prev, next, after }) =>
      c.pattern.name === "duration" &&
      !g.n &&
      (!/s$/.test(g.u ?? "") ||
        !(BARE_UNIT_CUES.has(prev) || (prev === "be" && ["before", "until", "away"].includes(next)) || spanOfActivity(prev, after)) ||
        /^\p{Lu}/u.test(c.text)),
  },
  // "three quarters of the vote", "living quarters": a count of quarters is a length only when counted ("several quarters
  // of losses", "two quarters"), never a fraction before "of" a determiner or a number ("two quarters of the shares")
  {
    name: "quarters-as-fraction",
    rejects: ({ c, g, after }) =>
      c.pattern.name === "duration" && g.u === "quarters" && (!g.n || /^[-\s]+of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|all|\d)\b/i.test(after) || (/^[-\s]+of\b/i.test(after) && !/^(?:several|a\s+few|few|many|some|a\s+couple\s+of)$/i.test(g.n))),
  },
  // "a second term", "a minute's silence"
  {
    name: "a-second",
    rejects: ({ c, g, after }) => c.pattern.name === "duration" && /^an?$/i.test(g.n ?? "") && (/^second$/i.test(g.u ?? "") || /^['’]s/.test(after)),
  },
  // "two-year-old", "a 10-year-old boy" (ages are not timeline dates)
  {
    name: "age",
    rejects: ({ c, after }) => ["duration", "span-duration", "duration-range"].includes(c.pattern.name) && /^[-\s]+old\b/i.test(after),
  },
  // "a 10-year-old boy", "the 50-year-old actress": an age is a duration only of a state of affairs ("the 8-month-old truce",
  // "the two-year-old civil war"), named within the next three words
  {
    name: "age-of-a-person",
    rejects: ({ c, after }) => c.pattern.name === "unit-old" && !agedThing(after),
  },
  // "the fall of Kabul", "Arab Spring", "Donna Summer", "prices fall": a season needs a cue, a year or "the"
  {
    name: "season-as-word",
    rejects: ({ c, g, prev, prevRaw, after, atSentenceStart }) => {
      if (c.pattern.name !== "season" || g.y) return false;
      if (/^\p{Lu}/u.test(g.s ?? "") && !atSentenceStart && !g.rel && !g.pos && !/^the/i.test(c.text)) return true;
      if (/^\p{Lu}/u.test(prevRaw) && /^\p{Lu}/u.test(g.s ?? "") && !atSentenceStart) return true;
      if (/^the\s/i.test(c.text) && !g.rel && !g.pos && /^\s+of\b/.test(after)) return true;
      if (g.rel || g.pos || /^the\s/i.test(c.text)) return false;
      if (/^fall$/i.test(g.s ?? "")) return !["in", "this", "last", "next", "by", "until", "since", "during", "early", "late"].includes(prev);
      return !MONTH_CUES.has(prev) && prev !== "every";
    },
  },
  // "the past century of …", "the future president": "the past"/"the future" alone must end the phrase
  {
    name: "ref-word-as-adjective",
    rejects: ({ c, next, after }) =>
      c.pattern.name === "ref-word" && /^(the past|the future|the present|the near future)$/i.test(c.text) && !!next && !FUNCTION_WORDS.has(next) && !/^\s*[,.;:!?)—–"”]/.test(after),
  },
  // "soon after", "as soon as trading opened": a conjunction, not a time; "current"/"recent" only before a noun
  // ("current market conditions"), never "the current of the river" or "the current-account deficit"
  {
    name: "ref-word-in-phrase",
    rejects: ({ c, prev, prevRaw, prevChar, next, nextRaw, after, before, atSentenceStart }) => {
      if (c.pattern.name !== "ref-word") return false;
      const w = c.text.toLowerCase();
      if (w === "soon") return ["after", "before", "as", "thereafter", "enough"].includes(next) || ["as", "how", "too", "so"].includes(prev);
      // "Now that the war is over": a conjunction; "Now, to the weather": a sentence opened by "Now," turns the talk, as
      // broadcast transcripts do, and does not say when
      // ("And now, the weather", "And now to Washington": the same turn after a sentence-opening "And"; "Now to the
      // markets" too)
      if (w === "now") {
        const opens = atSentenceStart || (prevRaw === "And" && AND_OPENS.test(before));
        // ("every now and then", "now and again", "now or never": idioms of how often or of urgency, no time)
        return (next === "that" && (atSentenceStart || prevChar === "," || ["and", "but", "because"].includes(prev))) || (opens && /^\s*(?:,|to\s)/.test(after)) || /^\s+(?:and\s+(?:then|again)|or\s+never)\b/i.test(after);
      }
      if (w === "current" || w === "recent")
        // before a noun: "current market conditions", "a recent SEC filing", "the recent Supreme Court rulings"
        return !/^\s+[A-Za-z]/.test(after) || NOT_TEMPORAL_CURRENT.has(next) || FUNCTION_WORDS.has(next) || /^-/.test(after) || (!/^[a-z]/.test(nextRaw) && !(w === "recent" && /^\p{Lu}[\p{L}.&-]*$/u.test(nextRaw)));
      return false;
    },
  },
  // "the overnight rate", "an overnight success": "overnight" before such a noun names a kind, not a night
  {
    name: "overnight-as-term",
    rejects: ({ c, next }) => c.pattern.name === "overnight" && NOT_TEMPORAL_OVERNIGHT.has(next),
  },
  // "peace will not come overnight", "became a star almost overnight": "overnight" denied or hedged means "at once", a
  // manner, not the night before (TimeML marks no time there)
  {
    name: "overnight-as-manner",
    rejects: ({ c, prev, before }) =>
      c.pattern.name === "overnight" && (OVERNIGHT_HEDGES.has(prev) || NEGATED_CLAUSE.test(before)),
  },
  // "declared its initial quarterly of five cents", "raised the regular quarterly": after a determiner or such an
  // adjective a frequency word is a noun (the payment), not a SET
  {
    name: "set-adverb-as-noun",
    rejects: ({ c, g, prev }) => c.pattern.name === "set-adverb" && !!g.adv && SET_NOUN_BEFORE.has(prev),
  },
  // "a quarterly dividend", "average daily volume": a frequency word before a noun describes the noun
  {
    name: "set-adverb-as-adjective",
    rejects: ({ c, g, next, after }) =>
      c.pattern.name === "set-adverb" && !!g.adv && /^\s+[a-z]/.test(after) && !FUNCTION_WORDS.has(next) && !SET_ADVERB_FOLLOWERS.has(next),
  },
  // "rise 8% annually", "C$17.9 million annually", "10,000 units annually": a yearly rate after an amount says how
  // much per year, not when; TimeBank leaves such rates untagged (none of the tuning half's five is tagged as a
  // scoreable set), and "twice a year", "meets annually" stay sets
  {
    name: "set-adverb-as-rate",
    rejects: ({ c, g, before }) =>
      c.pattern.name === "set-adverb" && !!g.adv && /^(?:annually|yearly)$/i.test(g.adv) &&
      /(?:\d%?|\bpercent|\b(?:million|billion|trillion|thousand))(?:\s+[a-z]+)?\s*$/i.test(before),
  },
  // "John 3:16", "a 3:2 win", "ranked 2 in the morning ratings": a clock time without a.m./p.m. needs "at/by/until …" or
  // a time zone
  {
    name: "clock-without-cue",
    rejects: ({ c, prev }) =>
      c.pattern.name === "clock-time" && (/^\d{1,2}:\d{2}$/.test(c.text) || /^[\w:]+\s+in\s+the\s/i.test(c.text)) && !["at", "by", "until", "from", "before", "after", "since", "around", "about", "approximately", "to", "till"].includes(prev),
  },
  // "Daily Mail", "Weekly Standard": a set adverb before a capitalized word is a name
  {
    name: "set-adverb-in-name",
    rejects: ({ c, g, nextRaw, prevRaw }) => c.pattern.name === "set-adverb" && !!g.adv && (/^\p{Lu}/u.test(nextRaw) || /^\p{Lu}/u.test(prevRaw) && prevRaw !== prevRaw.toUpperCase() && false),
  },
  // "USA Today", "the Today show", "Now This": a capitalized deictic word after a capitalized word is a name; after a
  // full stop ("… Hewlett-Packard Co. Recently, analysts …") it opens a sentence the splitter took for an abbreviation
  {
    name: "deictic-in-name",
    rejects: ({ c, prevRaw, before, atSentenceStart }) =>
      (c.pattern.name === "deictic-day" || c.pattern.name === "ref-word") && /^\p{Lu}/u.test(c.text) && !atSentenceStart && /^\p{Lu}/u.test(prevRaw) && !/\.\s+$/.test(before),
  },
  // "to the last minute", "at the last second": idioms, not durations
  {
    name: "last-minute-idiom",
    rejects: ({ c }) => c.pattern.name === "span-duration" && /^the\s+last\s+(?:minute|second|moment)$/i.test(c.text),
  },
  // "the first week of February", "the last day of the year": a part of the period named after "of" (a point in it), not
  // a length counted from now
  {
    name: "part-of-period",
    rejects: ({ c, after }) =>
      c.pattern.name === "span-duration" && /^the\s+(?:first|last|final)\s+(?:day|week|weekend|month)$/i.test(c.text) && PERIOD_AFTER_OF.test(after),
  },
  // "the last weekend of the festival", "the next week of hearings": not counted from the publication date
  {
    name: "relative-after-the",
    rejects: ({ c, g, prev }) => c.pattern.name === "relative-unit" && prev === "the" && !g.pos,
  },
  // "the year of the pig", "the month before", "a third of the year's budget": only "in/for/during the year",
  // "finish the year", "much of the decade" end a phrase ("Oct. 12, the day before the crash": see DAY_APPOSITIVE)
  {
    name: "the-unit-alone",
    rejects: ({ c, g, prev, next, after, before }) =>
      c.pattern.name === "the-unit" &&
      !(g.u === "day" && !g.full && DAY_APPOSITIVE.test(before) && ["before", "after", "of", "when", "that"].includes(next)) &&
      (!(UNIT_CUES.has(prev) || (prev === "of" && PART_OF_UNIT.test(before)) || (g.u === "day" && prev === "on")) ||
        // ("a high for the year of $42.875": "of" before an amount gives the year's figure, and the year stands)
        (["of", "before", "after", "ago", "earlier", "later", "that", "when", "in"].includes(next) && !/^\s+of\s+(?:about\s+|nearly\s+|almost\s+)?[$€£¥]/.test(after)) ||
        /^['’]/.test(after)),
  },
  // "earlier in the day", "later in the day", "up 2% for the day", "closed 3% lower on the day." (a market's move) name a
  // day; "during the day", "back in the day", "on the day of the vote", "on the day he died", "was home on the day" do not
  {
    name: "the-day-alone",
    rejects: ({ c, g, prev, next, before, after }) =>
      c.pattern.name === "the-unit" && g.u === "day" && !(prev === "for" || (prev === "on" && !g.full && /^\s*[.,;:]/.test(after) && MOVE_BEFORE_ON_THE_DAY.test(before)) || /\b(?:earlier|later|early|late)\s+in\s+$/i.test(before)) &&
      !(!g.full && DAY_APPOSITIVE.test(before) && ["before", "after", "of", "when", "that"].includes(next)),
  },
  // "placed orders in the morning": a part of the day only after "in/during/throughout", never "the morning paper"
  {
    name: "part-of-day-alone",
    rejects: ({ c, prev, next }) =>
      c.pattern.name === "the-part-of-day" && (!["in", "during", "throughout", "by"].includes(prev) || ["of", "after", "before"].includes(next)),
  },
  // "1990's budget", "2000's winners": with no "the" or "early/mid/late" before it, a year ending in 0 with "'s" is the
  // year's possessive; "the 1980's", "the mid-1970's" are decades as some style books write them
  {
    name: "decade-as-possessive-year",
    rejects: ({ c, g }) => c.pattern.name === "decade" && !!g.full && /['’]s$/.test(c.text) && !/^the\s/i.test(c.text) && !g.pos,
  },
  // "'98" is a year after "in", "since", "of", "the", "from" … ("in '98", "the class of '98", "the '96 election"); elsewhere
  // the apostrophe may open or close a quotation before a number ("this finding: '27 companies reported", "said 'no' 98
  // times")
  {
    name: "short-year-alone",
    rejects: ({ c, prev, after }) =>
      c.pattern.name === "short-year" && (!SHORT_YEAR_CUES.has(prev) || /^\s*(?:%|percent|million|billion)/.test(after)),
  },
  // "in her nineties": an age, not a decade
  {
    name: "decade-as-age",
    rejects: ({ c, g, prev }) => c.pattern.name === "decade" && !!g.word && ["his", "her", "their", "my", "your", "its", "early", "late", "mid"].includes(prev),
  },
];

/** Words before "'98" that make it a year: "in '98", "since '89", "the class of '98", "until '02". */
const SHORT_YEAR_CUES = new Set(["in", "since", "of", "the", "a", "its", "his", "her", "their", "from", "until", "till", "by", "before", "after", "through", "to", "and", "early", "late", "mid", "spring", "summer", "fall", "autumn", "winter"]);

/** Words before "overnight" that make it "at once": "almost overnight", "virtually overnight". */
const OVERNIGHT_HEDGES = new Set(["almost", "virtually", "practically", "nearly", "literally", "seemingly", "suddenly"]);
/** A negation in the clause right before an expression: "will not happen", "can't be fixed", "never changes". */
const NEGATED_CLAUSE = /\b(?:not|never|cannot|no\s+one|nothing)\b[^,;:.!?]*$|n['’]t\b[^,;:.!?]*$/i;

/** "of February", "of 1998", "of the year", "of next month": a calendar period after "of". */
const PERIOD_AFTER_OF = new RegExp(`^\\s+of\\s+(?:${MON}|(?:1[5-9]|20)\\d\\d\\b|(?:the|this|last|next)\\s+(?:month|year|quarter)\\b)`);

/** "And " opening a sentence (or the text, or a line): what is left before it is a sentence end or nothing. */
const AND_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)And\s+$/;

/** "Oct. 12, the day before the crash", "on Tuesday, the day after the vote": "the day" set beside a day just named is
 * that day (TimeML marks the apposition on its own, valued as the day it restates). */
const DAY_APPOSITIVE = new RegExp(`(?:\\b${MON}\\s*\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{4})?|\\b${WD}|\\b(?:yesterday|today))\\s*,\\s*$`);

/** "normally", "usually" … before a month in its sentence: the month of any year. */
const GENERIC_CUE = new RegExp(`\\b(?:${[...GENERIC_WORDS].join("|")})\\b`, "i");

/** "much of the decade", "most of the year", "the first nine months of the year": a part of the unit the story is in. */
const PART_OF_UNIT = /\b(?:much|most|part|all|rest|remainder|half|bulk|balance|days|weeks|months|quarters)\s+of\s*$/i;

/** A character of a word (2: a letter, digit or $#€£№; 1: also ' ’ . -, which may end or join a word; 0: neither). */
function wordClass(cp: number): 0 | 1 | 2 {
  if (cp < 0x80) {
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39) || cp === 0x24 || cp === 0x23) return 2;
    return cp === 0x27 || cp === 0x2e || cp === 0x2d ? 1 : 0;
  }
  if (cp === 0x20ac || cp === 0xa3 || cp === 0x2116) return 2; // € £ №
  if (cp === 0x2019) return 1; // ’
  return /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The code point ending at `i` and its length (a lone surrogate counts as one, as in a /u RegExp). */
function codePointBefore(s: string, i: number): [number, number] {
  const lo = s.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) {
    const hi = s.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [(hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000, 2];
  }
  return [lo, 1];
}

/**
 * The last word of `before`: what /([\p{L}\p{N}$#€£№'’.-]+)[^\p{L}\p{N}$#€£№]*$/u captures (the run of word
 * characters holding the last letter, digit or $#€£№, else the first run of ' ’ . -), found by a scan back
 * from the end. That `$`-anchored RegExp was tried at every start of the 40 characters, for every candidate,
 * and was the costliest step of findCandidates.
 */
export function wordBefore(before: string): string {
  // t: just after the last letter, digit or $#€£№
  let t = before.length;
  while (t > 0) {
    const [cp, n] = codePointBefore(before, t);
    if (wordClass(cp) === 2) break;
    t -= n;
  }
  let r: number;
  if (t > 0) {
    r = t;
    while (r > 0) {
      const [cp, n] = codePointBefore(before, r);
      if (wordClass(cp) === 0) break;
      r -= n;
    }
  } else {
    // no letter or digit at all: the first run of ' ’ . -
    r = 0;
    while (r < before.length && wordClass(before.codePointAt(r)!) === 0) r += before.codePointAt(r)! > 0xffff ? 2 : 1;
    if (r >= before.length) return "";
  }
  let k = r;
  while (k < before.length) {
    const cp = before.codePointAt(k)!;
    if (wordClass(cp) === 0) break;
    k += cp > 0xffff ? 2 : 1;
  }
  return before.slice(r, k);
}

function around(text: string, c: Candidate): Around {
  const before = text.slice(Math.max(0, c.start - 40), c.start);
  const prevRaw = wordBefore(before).replace(/[.'’]+$/, "");
  const prevChar = before.trimEnd().slice(-1);
  const afterText = text.slice(c.end, c.end + 40);
  const nextRaw = afterText.match(/^[\s,]*([\p{L}\p{N}'’-]+)/u)?.[1] ?? "";
  const sentence = sentenceAt(text, c.start);
  const lineStart = before.lastIndexOf("\n") >= 0 && before.slice(before.lastIndexOf("\n") + 1).trim() === "";
  return {
    c,
    g: (c.m.groups ?? {}) as Record<string, string | undefined>,
    prev: prevRaw.toLowerCase(),
    prevRaw,
    prevChar,
    next: nextRaw.toLowerCase(),
    nextRaw,
    after: afterText,
    before,
    atSentenceStart: (sentence ? sentence.start === c.start : false) || lineStart || c.start === 0,
  };
}

/** Spans whose final full stop is part of an abbreviation: "Sept.", "Jan.", "2 p.m.". */
const KEEPS_STOP = /(?:\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)|[ap]\.m|[AP]\.M)\.$/;

const compiled = new Map<string, RegExp>();
const compiledAtWord = new Map<string, RegExp>();
/**
 * A pattern's scan: it starts where no letter or digit comes before. `atWord` (a text with no "_", a pattern whose
 * matches begin with a letter or digit) adds a \b in front, which then holds at exactly the same starts; V8 finds
 * the word starts faster with it (the scan of the 47 patterns over 1,206 articles: about 18% less CPU).
 */
function globalRegex(p: TimexPattern, atWord: boolean): RegExp {
  const cache = atWord ? compiledAtWord : compiled;
  let re = cache.get(p.name);
  if (!re) {
    re = new RegExp(`${atWord ? "\\b" : ""}(?<![A-Za-z0-9])(?:${p.source})(?![A-Za-z0-9])`, "g");
    cache.set(p.name, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Whether `pattern`'s hint lets it run on `text` (a pattern without one needs nothing). findCandidates asks it only
 * once a pattern has a match to keep (or, for a pattern scanned over the whole text, before that scan): the hint is a
 * pass over the whole text, costlier than the few anchored tries most patterns make.
 */
export function hintHolds(pattern: TimexPattern, text: string): boolean {
  return !pattern.hint || pattern.hint.test(text);
}

/**
 * Where each pattern may start: the strings (folded, literals.ts) of up to LEAD_LENGTH characters its matches begin
 * with, read from its source, so its scan tries only the places of the text that begin so, not every word start (47
 * scans of the whole text were most of the finder's cost; most patterns begin with a month, a weekday or a few words
 * and the next word's first letters). A pattern whose strings are too many at that length is read at SHORT_LEAD; null
 * for one whose beginnings the reading cannot list or that may begin with a character other than a letter or digit:
 * it scans the whole text.
 */
const LEAD_LENGTH = 6;
const SHORT_LEAD = 3;
const MAX_LEADS = 3000;
const ALNUM = /^[A-Za-z0-9]/;
export function leadStringsOf(p: TimexPattern): string[] | null {
  if (p.nonWordStart) return null;
  let lead = leadingStrings(p.source, LEAD_LENGTH);
  if (!lead || lead.length > MAX_LEADS) lead = leadingStrings(p.source, SHORT_LEAD);
  return lead && lead.every((s) => ALNUM.test(s)) ? lead.sort() : null;
}
// (reading them costs about a tenth of a second in every thread: `npm run lexicon` writes them to lexicon/date-leads.ts,
// each with its pattern's source key; a pattern changed since is read here, the same strings, at the cost of the time)
const LEADING = TIMEX_PATTERNS.map((p) => {
  const kept = DATE_LEADS[p.name];
  return kept && kept.source === sourceKey(p.source) ? kept.leads : leadStringsOf(p);
});

/**
 * A tree of the leading strings by character (folded), kept flat: its edges in one open-addressed table (a node's
 * number and a character → the child's number) and, per node, the patterns (their order) a string ending there
 * starts. Every word start walks it, between the other extractors' work: objects per node, scattered over the heap,
 * missed the processor's caches at most steps and cost several times what this compact table does.
 */
const leadEdges = new Map<number, number>();
const leadOrders: number[][] = [[]];
LEADING.forEach((lead, order) => {
  for (const s of lead ?? []) {
    let node = 0;
    for (let i = 0; i < s.length; i++) {
      const key = node * 65536 + s.charCodeAt(i);
      let child = leadEdges.get(key);
      if (child === undefined) {
        child = leadOrders.length;
        leadOrders.push([]);
        leadEdges.set(key, child);
      }
      node = child;
    }
    if (!leadOrders[node].includes(order)) leadOrders[node].push(order);
  }
});
const EDGE_BITS = Math.max(10, Math.ceil(Math.log2(leadEdges.size * 2)) + 1);
const EDGE_MASK = (1 << EDGE_BITS) - 1;
const edgeSlot = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - EDGE_BITS);
/** Slot → edge key + 1 (0: empty), and the child it leads to. */
const EDGE_KEYS = new Float64Array(EDGE_MASK + 1);
const EDGE_CHILD = new Int32Array(EDGE_MASK + 1);
for (const [key, child] of leadEdges) {
  let slot = edgeSlot(key);
  while (EDGE_KEYS[slot] !== 0) slot = (slot + 1) & EDGE_MASK;
  EDGE_KEYS[slot] = key + 1;
  EDGE_CHILD[slot] = child;
}
/** The child of `node` by the (folded) character `c`, or -1. */
function leadChild(node: number, c: number): number {
  const key = node * 65536 + c;
  for (let slot = edgeSlot(key); ; slot = (slot + 1) & EDGE_MASK) {
    const k = EDGE_KEYS[slot];
    if (k === key + 1) return EDGE_CHILD[slot];
    if (k === 0) return -1;
  }
}
/** Per node, where its patterns stand in LEAD_ORDER_LIST (from, to). */
const LEAD_ORDER_FROM = new Int32Array(leadOrders.length + 1);
const LEAD_ORDER_LIST = Int32Array.from(leadOrders.flat());
for (let n = 0, at = 0; n < leadOrders.length; n++) {
  LEAD_ORDER_FROM[n] = at;
  at += leadOrders[n].length;
  LEAD_ORDER_FROM[n + 1] = at;
}

const isAsciiAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);

/**
 * Per pattern, the offsets in `text` at which it may match (ascending), or null (LEADING): every start of a run of
 * [A-Za-z0-9] (a match begins with one and follows none: the scan's look-behind) where the folded text begins with a
 * leading string of the pattern.
 */
function startsByPattern(text: string): Array<number[] | null> {
  const out = LEADING.map((lead) => (lead ? ([] as number[]) : null));
  let prevAlnum = false;
  for (let at = 0; at < text.length; at++) {
    const c0 = text.charCodeAt(at);
    const alnum = isAsciiAlnum(c0);
    if (alnum && !prevAlnum) {
      let node = 0;
      for (let i = at; i < text.length && i < at + LEAD_LENGTH; i++) {
        node = leadChild(node, foldCode(text.charCodeAt(i)));
        if (node < 0) break;
        for (let k = LEAD_ORDER_FROM[node]; k < LEAD_ORDER_FROM[node + 1]; k++) {
          const starts = out[LEAD_ORDER_LIST[k]];
          // (one place may begin with two of a pattern's strings, "Q1" and "Q1 ")
          if (starts !== null && starts[starts.length - 1] !== at) starts.push(at);
        }
      }
    }
    prevAlnum = alnum;
  }
  return out;
}

const compiledSticky = new Map<string, RegExp>();
/** globalRegex's pattern, matched only where lastIndex says (sticky): the match a scan finds that starts there. */
function stickyRegex(p: TimexPattern, atWord: boolean): RegExp {
  const key = `${atWord ? "w" : "-"}${p.name}`;
  let re = compiledSticky.get(key);
  if (!re) {
    re = new RegExp(globalRegex(p, atWord).source, "y");
    compiledSticky.set(key, re);
  }
  return re;
}

/** Every candidate span that some pattern matches and no filter rejects. */
export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // \b before a letter or digit is "no word character before": the same as the scan's look-behind unless that
  // character is "_"
  const noUnderscore = !text.includes("_");
  const starts = startsByPattern(text);
  TIMEX_PATTERNS.forEach((pattern, order) => {
    const at = starts[order];
    const atWord = noUnderscore && !pattern.nonWordStart;
    if (!at) scanWhole(text, pattern, order, atWord, out);
    // (a pattern with no place to start matches nothing: its hint, a scan of the text, is not asked)
    else if (at.length > 0) scanAt(text, at, pattern, order, atWord, out);
  });
  return out;
}

/** The candidates of a pattern whose starts cannot be listed: its hint, then its scan of the whole text. */
function scanWhole(text: string, pattern: TimexPattern, order: number, atWord: boolean, out: Candidate[]): void {
  if (!hintHolds(pattern, text)) return;
  const re = globalRegex(pattern, atWord);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!m[0]) {
      re.lastIndex++;
      continue;
    }
    const c = candidateOf(text, m, pattern, order);
    if (c) out.push(c);
  }
}

/**
 * The candidates of a pattern tried at the places `at` (ascending): the same matches as the scan, at each place in
 * turn, past the end of the last match (an empty match, as the scan's, moves on by one). The hint, a pass over the
 * whole text, is asked only once a match is found (a few anchored tries cost less than that pass, and most places
 * match nothing): a hint that fails keeps all of the pattern's candidates out, as before.
 */
function scanAt(text: string, at: number[], pattern: TimexPattern, order: number, atWord: boolean, out: Candidate[]): void {
  const re = stickyRegex(pattern, atWord);
  let from = 0;
  let hintAsked = false;
  for (const start of at) {
    if (start < from) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    if (!m[0]) {
      from = start + 1;
      continue;
    }
    if (!hintAsked) {
      if (!hintHolds(pattern, text)) return;
      hintAsked = true;
    }
    from = start + m[0].length;
    const c = candidateOf(text, m, pattern, order);
    if (c) out.push(c);
  }
}

/** The candidate a pattern's match makes, or null when a filter rejects it. */
function candidateOf(text: string, m: RegExpExecArray, pattern: TimexPattern, order: number): Candidate | null {
  // trailing spaces never belong to the span, nor a full stop after a whole word ("in July.")
  let trimmedEnd = m[0].replace(/[\s,]+$/, "");
  if (trimmedEnd.endsWith(".") && !KEEPS_STOP.test(trimmedEnd)) trimmedEnd = trimmedEnd.slice(0, -1);
  const c: Candidate = { start: m.index, end: m.index + trimmedEnd.length, text: trimmedEnd, pattern, order, m, prev: "" };
  // "the third-quarter loss": the article belongs to the noun the hyphenated quarter describes
  const lead = /^the\s+(?=(?:fiscal[-\s]+)?(?:first|second|third|fourth)-quarter$)/i.exec(c.text);
  if (lead && /^\s+[a-z]/.test(text.slice(c.end, c.end + 3))) {
    c.start += lead[0].length;
    c.text = c.text.slice(lead[0].length);
  }
  const a = around(text, c);
  c.prev = a.prev;
  // (a rejected place may still hold a shorter reading for another pattern)
  return FILTERS.some((f) => f.rejects(a)) ? null : c;
}

/** Keeps the longest of overlapping candidates; on equal length, the earlier pattern. */
function resolveOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: Candidate[] = [];
  // the kept spans by offset: they never overlap, so their ends ascend too, and a span overlaps one of them
  // exactly when it overlaps the last one starting before its end (a binary search, not a scan of all kept)
  const byStart: Candidate[] = [];
  for (const c of sorted) {
    const i = countBefore(byStart, c.end, (k) => k.start);
    if (i > 0 && c.start < byStart[i - 1].end) continue;
    byStart.splice(i, 0, c);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Words before an expression that point to an end still ahead: "postponed until May", "loans through January". */
const DEADLINE_WORDS = new Set(["until", "till", "through"]);

/** "talks, which begin Monday", "ministers who meet again Friday": a relative clause's bare present verb
 * right before the expression states a schedule. */
const SCHEDULED_PRESENT = /\b(?:who|which|that)\s+(?:again\s+|also\s+)?([a-z]{3,})\s+(?:again\s+)?(?:on\s+|in\s+)?$/;
/** "until that day in April": after "that" a word of the calendar is the noun "that" points to, not a verb. */
const CALENDAR_NOUNS = new Set(["day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "morning", "afternoon", "evening", "night", "moment", "period", "quarter", "season", "summer", "winter", "spring", "fall", "autumn", "date"]);
const NOT_SCHEDULE_VERBS = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "might", "may", "can", "must", "did", "does", "do", "said", "says"]);

/** "is meeting … ", "are holding talks … " in the clause before a weekday (no comma or clause word between):
 * this head, with no [,;:.!?] after it (readSentence). */
const PROGRESSIVE_HEAD = /\b(?:is|are|am|['’]re)\s+(?:[a-z]+ly\s+)?(?!going\b)[a-z]{2,}ing\b/g;
const CLAUSE_STOP = /[,;:.!?]/g;

/** What the expressions of one sentence ask of it, found once per sentence (offsets index the sentence). */
interface SentenceRead {
  tense: (start: number, end: number) => Tense;
  /** A progressive head (PROGRESSIVE_HEAD) with no [,;:.!?] after it in the sentence up to `offset`. */
  progressiveBefore: (offset: number) => boolean;
  /** GENERIC_CUE on the sentence up to `offset`. */
  genericBefore: (offset: number) => boolean;
}

/** The sentences of one text read so far, by their start: a sentence with many expressions is read once. */
class SentenceMemo {
  private readonly reads = new Map<number, SentenceRead>();
  of(s: Span): SentenceRead {
    let r = this.reads.get(s.start);
    if (!r) {
      r = readSentence(s.text);
      this.reads.set(s.start, r);
    }
    return r;
  }
}


function readSentence(sentence: string): SentenceRead {
  // a progressive is a head ("is meeting") with no [,;:.!?] after it: it holds before `offset` when the first
  // head after the last such mark before `offset` ends by then (a head holds none of those marks)
  let heads: Array<{ start: number; end: number }> | null = null;
  let stops: number[] | null = null;
  // GENERIC_CUE matches a whole word, and an expression never starts right after a letter: the cue holds before
  // `offset` when its first match in the sentence ends before it
  const generic = GENERIC_CUE.exec(sentence);
  const genericEnd = generic ? generic.index + generic[0].length : Infinity;
  let tense: ((start: number, end: number) => Tense) | null = null;
  return {
    tense: (start, end) => (tense ??= tenseReader(sentence))(start, end),
    progressiveBefore: (offset) => {
      heads ??= [...sentence.matchAll(PROGRESSIVE_HEAD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
      stops ??= [...sentence.matchAll(CLAUSE_STOP)].map((m) => m.index!);
      const lastStop = stops[countBefore(stops, offset, (x) => x) - 1] ?? -1;
      const head = heads[countBefore(heads, lastStop + 1, (h) => h.start)];
      return !!head && head.end <= offset;
    },
    genericBefore: (offset) => genericEnd <= offset,
  };
}

function tenseFor(text: string, c: Candidate, prev: string, sentences: SentenceMemo): Tense {
  const s = sentenceAt(text, c.start);
  if (!s) return "unknown";
  const read = sentences.of(s);
  const verb = text.slice(Math.max(s.start, c.start - 40), c.start).match(SCHEDULED_PRESENT)?.[1];
  if (verb && !NOT_SCHEDULE_VERBS.has(verb) && !IRREGULAR_PAST.has(verb) && !/ed$/.test(verb) && !CALENDAR_NOUNS.has(verb)) return "future";
  const tense = read.tense(c.start - s.start, c.end - s.start);
  if (c.pattern.name === "weekday") {
    const after = text.slice(c.end, c.end + 30);
    // "a service will be held Saturday for the victims of Wednesday's crash": nobody schedules a crash, so the day is gone
    // (the noun or an adjective and the noun: "Wednesday's deadly crash", "Monday's bombing victims")
    const owner = /^['’]s\s+([a-z-]+)(?:\s+([a-z-]+))?/.exec(after);
    if (owner && (UNPLANNED_EVENTS.has(owner[1]) || UNPLANNED_EVENTS.has(owner[2] ?? ""))) return "past";
    // "the union called a strike for Monday", "officials set a vote for Thursday": the day an event is set for lies
    // ahead of the setting; told in the past, it is still the coming one ("a strike called for Monday" has no noun before
    // "for" and keeps its verb's tense)
    if (prev === "for" && tense === "past" && SET_FOR_EVENTS.has(/([a-z]+)\s+for\s+$/i.exec(text.slice(Math.max(s.start, c.start - 30), c.start))?.[1].toLowerCase() ?? "")) return "future";
    // "the vote was delayed to Monday", "the talks were moved to Friday": a day put off to, as with "until" below
    if (prev === "to" && tense === "past") {
      const clause = text.slice(Math.max(s.start, c.start - 120), c.start).split(/[,;:]/).at(-1) ?? "";
      if ((PUT_OFF.test(clause) || /\bmoved\s/i.test(clause)) && !/\bhad\b/i.test(clause)) return "future";
    }
  }
  // "a premium over Thursday's closing price", "Friday's offerings": a day's results are reported once it is
  // over, so a possessive weekday with no past or future verb of its own is the last one
  if (c.pattern.name === "weekday" && (tense === "present" || tense === "unknown") && /^['’]s\b/.test(text.slice(c.end, c.end + 3))) return "past";
  // "Netanyahu is meeting Albright on Monday", "the leaders are holding talks Sunday": a present progressive with a
  // weekday other than today states an arrangement, so the day is the coming one
  if (c.pattern.name === "weekday" && tense === "present" && read.progressiveBefore(c.start - s.start)) return "future";
  // "had been postponed until May": the past verb says when it was decided, not when May is; "Iraq has until Monday",
  // "the ban runs through March": with no past verb, what lasts until a day has not reached it yet
  // ("the strike lasted until Sunday", "fighting went on until Tuesday": a past verb of lasting reached the day; only a
  // verb that moved or granted a date leaves it open)
  if (DEADLINE_WORDS.has(prev)) {
    if (tense !== "past") return tense === "future" ? tense : "future";
    const clause = text.slice(Math.max(s.start, c.start - 120), c.start).split(/[,;:]/).at(-1) ?? "";
    // "the hearing was adjourned until Monday": a day put off to by a decision the news reports is a day still ahead
    // (a weekday names a day within the week of the story; a month may be one long past); "had been postponed until
    // Monday" tells it before another past, so the day may be gone
    if (c.pattern.name === "weekday" && PUT_OFF.test(clause) && !/\bhad\b/i.test(clause)) return "future";
    return DATE_MOVED.test(clause) || LOOKS_AHEAD.test(clause) ? "unknown" : "past";
  }
  return tense;
}

/** A modal or an infinitive before "until": "could last until the summer", "to stay until Monday". */
const LOOKS_AHEAD = /\b(?:will|would|could|can|may|might|should|must|shall|to)\s/i;

/** Before "until/through" a day, verbs that set or move a date, which may still be ahead: "postponed until Monday",
 * "had until Friday", "was given until May". */
const DATE_MOVED = /\b(?:postpon|delay|adjourn|extend|defer|put\s+off|push(?:ed)?\s+back|suspend|resched|mov|grant|gave|given|had|has|have|set|recess|halt|froze|frozen|closed|shut|ban|bar|barr)\w*\s/i;

/** Verbs that put an event off to a later day: "postponed until Monday", "adjourned till Friday". */
const PUT_OFF = /\b(?:postpon|delay|adjourn|defer|put\s+off|push(?:ed)?\s+back|resched|recess)\w*\s/i;

/** A comparison with the same period a year before: "a year ago", "the year-earlier quarter", "a year earlier". */
const COMPARISON = /\b(?:year[-\s](?:earlier|ago)|years?\s+(?:earlier|ago|before)|same\s+(?:period|quarter)\s+(?:of\s+)?last\s+year)\b/i;

/** A period a report is about: a quarter, a half, a season, a fiscal year. */
const PERIOD_VALUE = /^(?:FY\d{4}|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI))$/;

/** True when a quarter, half or season value begins after the publication date ("1990-Q3" in a 1989 story). */
function startsAfter(period: string, published: string | null): boolean {
  const m = period.match(/^(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)$/);
  if (!m || !published) return false;
  const k = m[2];
  const month = k[0] === "Q" ? (+k[1] - 1) * 3 + 1 : k[0] === "H" ? (+k[1] - 1) * 6 + 1 : { SP: 3, SU: 6, FA: 9, WI: 12 }[k]!;
  return `${m[1]}-${String(month).padStart(2, "0")}` > published.slice(0, 7);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const ANCHOR_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/**
 * What a pattern's norm reads about one candidate. The tense and the habit cue are read only when the norm asks
 * for them (a stated year, a duration or a clock time never does): reading them tokenizes the sentence
 * (tenseReader), the costliest step of extractDates after the pattern scan. (Getters on a class, not on an object
 * literal made per candidate, which V8 builds slowly.)
 */
class CandidateContext implements TimexContext {
  private tenseRead: Tense | undefined;
  private genericRead: boolean | undefined;
  constructor(
    private readonly text: string,
    private readonly c: Candidate,
    private readonly sentences: SentenceMemo,
    readonly dct: string | null,
    readonly ref: string | null,
    readonly last: string | null,
    readonly reported: string | null,
    readonly sentenceYear: number | null,
    readonly sentencePeriod: string | null,
    readonly sentenceSpan: string | null = null,
    readonly reportedDay: string | null = null,
    readonly purposeDay: string | null = null,
  ) {}
  get tense(): Tense {
    // "a reorganization, effective Feb. 1": a change takes effect ahead of its announcement
    // "since March", "since year-end": what a span runs from is already past
    const { text, c } = this;
    return (this.tenseRead ??= c.prev === "effective" ? "future" : c.prev === "since" ? "past" : tenseFor(text, c, c.prev, this.sentences));
  }
  get generic(): boolean {
    return (this.genericRead ??= isGeneric(this.text, this.c.start, this.sentences));
  }
}

/**
 * All temporal expressions in `text`, resolved against `published` (YYYY-MM-DD or null).
 * Pure: the same text and date give the same answer.
 */
export function extractDates(text: string, published: string | null): { items: TemporalExpression[]; diagnostics: Diagnostic[] } {
  const kept = resolveOverlaps(findCandidates(text));
  const items: TemporalExpression[] = [];
  const diagnostics: Diagnostic[] = [];
  let ref: string | null = published;
  let last: string | null = null;
  let reported: string | null = null;
  const lastEnded = published ? shiftValue(published, -1, "Q") : null;
  let unresolved = 0;
  const sentences = new SentenceMemo();
  const marks: ItemMarks = { lastYear: -1, lastPeriod: -1, lastSpan: -1, lastDay: -1, commas: null };
  for (const c of kept) {
    const ctx = new CandidateContext(text, c, sentences, published, ref, last, reported, sentenceYearBefore(text, c.start, items, published, marks), sentencePeriodBefore(text, c.start, items, marks), sentenceSpanBefore(text, c.start, items, marks), c.pattern.name === "weekday" ? reportedDayBefore(text, c.start, items, published, marks) : null, c.pattern.name === "weekday" ? purposeDayBefore(text, c.start, items, published, marks) : null);
    const r = c.pattern.norm(c.m, ctx);
    if (!r) continue;
    if (r.value === null && !r.certain && !r.mod) unresolved++;
    if (r.value === null && published && (c.pattern.name === "anchored" || c.pattern.name === "ago")) {
      if (!r.mod)
        diagnostics.push({ rule: `date:${c.pattern.name}`, message: "the date this is counted from is not stated to the day", text: c.text, start: c.start, end: c.end });
      // "strong redemptions that day", "losses on trades made that day": with no day named before, "that day" is
      // any day of a habit, not a date to keep
      if (c.pattern.name === "anchored" && !r.mod) continue;
    }
    // (written out, keys in the same order, rather than spreading { mod } or {})
    items.push(
      r.mod
        ? { text: c.text, start: c.start, end: c.end, type: r.type, value: r.value, mod: r.mod, rule: c.pattern.name, certain: r.certain }
        : { text: c.text, start: c.start, end: c.end, type: r.type, value: r.value, rule: c.pattern.name, certain: r.certain },
    );
    if (r.type === "date" && r.value && /^\d{4}/.test(r.value)) marks.lastYear = items.length - 1;
    if (r.type === "date" && r.value && PERIOD_OF_SENTENCE.test(r.value)) marks.lastPeriod = items.length - 1;
    if (r.type === "duration" && r.value && MONTHS_SPAN.test(r.value)) marks.lastSpan = items.length - 1;
    if (r.type === "date" && r.value && DAY_VALUE.test(r.value)) marks.lastDay = items.length - 1;
    if (r.value && ANCHOR_VALUE.test(r.value) && r.type === "date" && !COMPARISON.test(c.text)) ref = r.value;
    // "a year ago", "the year-earlier quarter" compare with the period named; they do not replace it
    // only a period counts ("the third quarter … ended Sept. 30 … the year-ago quarter" is still about Q3)
    // a period still ahead ("expects a profit in the third quarter of 1990") is not the one the story reports on
    // so does the same period a year back named by its year ("the 1988 period" after "the first quarter" of 1989)
    if (r.value && PERIOD_VALUE.test(r.value) && r.type === "date" && !COMPARISON.test(c.text) && !startsAfter(r.value, published) && !(last && r.value === shiftValue(last, -1, "Y"))) {
      last = r.value;
      if (lastEnded && /-Q[1-4]$/.test(r.value) && r.value <= lastEnded) reported = r.value;
    }
  }
  anchorClockTimes(text, items, published);
  mergeClockWithDay(text, items);
  if (!published && unresolved)
    diagnostics.push({ rule: "date:no-publication-date", message: `${unresolved} relative date(s) left without a value: the publication date is unknown`, text: "", start: 0, end: 0 });
  return { items, diagnostics };
}

// "The carrier lost money in 2001. In that year, … after Sept. 11": the year of the last date named
// earlier in the same sentence, when it is not the publication year (a yearless date then belongs to it)
// (the last such date is kept in `marks` as the items grow, and the commas are looked up, not scanned for)
function sentenceYearBefore(text: string, start: number, items: TemporalExpression[], published: string | null, marks: ItemMarks): number | null {
  const s = sentenceAt(text, start);
  if (!s || !published) return null;
  const d = items[marks.lastYear];
  if (!d || d.start < s.start) return null;
  const y = d.value!.slice(0, 4);
  // "The company, founded in 1990, said on Sept. 5 …", "Smith, who joined in 1985, retired on …": a year set off
  // between commas describes the subject and says nothing of when the main clause happened
  // (/,\s*(?:who|…)\b[^,]*$/ on the sentence before the year: only its last comma can start the match)
  const commas = (marks.commas ??= [...text.matchAll(/,/g)].map((m) => m.index!));
  const commaAfter = commas[countBefore(commas, d.end, (x) => x)];
  if (commaAfter !== undefined && commaAfter < start) {
    const last = commas[countBefore(commas, d.start, (x) => x) - 1];
    if (last !== undefined && last >= s.start && SET_OFF.test(text.slice(last, d.start))) return null;
  }
  // "After Washington announced its withdrawal last year, the ministry said in January …": a year inside an opening
  // subordinate clause dates that clause's verb; the main clause after its comma is not of that year
  if (commaAfter !== undefined && commaAfter < start && OPENING_SUBORDINATE.test(text.slice(s.start, d.start))) return null;
  // "the 1991 START treaty, which expired in December", "the 2015 nuclear deal": a year in an agreement's name
  // says when it was made; what was done to it later is not dated by that year
  if (NAMING_YEAR_BEFORE.test(text.slice(Math.max(s.start, d.start - 12), d.start)) && AGREEMENT_NOUN_AFTER.test(text.slice(d.end, d.end + 60))) return null;
  // "Mexico ratified it in December 2019, Trump signed it into law in January, and Canada's parliament adopted it in
  // March": in a list of coordinate clauses told in order, a month before the last one named is in the next year
  // (when that year is not past the report: "in January" of a story of April 2020 is January 2020)
  const month = /^\s*([A-Za-z]{3})/.exec(text.slice(start, start + 12))?.[1].toLowerCase();
  const prev = /^\d{4}-(\d{2})/.exec(d.value!)?.[1];
  if (month && prev && MONTHS.has(month) && MONTHS.get(month)! < +prev && +y < +published.slice(0, 4) && COORDINATE_LIST.test(text.slice(d.end, start))) {
    const next = +y + 1;
    return String(next) === published.slice(0, 4) ? null : next;
  }
  return y === published.slice(0, 4) ? null : +y;
}

/** Between two dates, the joint of coordinate clauses told in order: ", Trump signed it into law in " (no subordinator, no aside). */
const COORDINATE_LIST = /^,\s+(?:and\s+)?(?:then\s+)?(?!(?:after|before|since|when|while|having|which|who|whose|where|although|though|because|until|once)\b)[^,;:()]{3,80}\b(?:in|by)\s+$/i;

/** A sentence that opens with a subordinate clause still open at the year: "After Washington announced … ". */
const OPENING_SUBORDINATE = /^[\s"“‘'(]*(?:after|before|when|since|while|although|though|because|until|once)\b[^,;:]*$/i;
/** A determiner right before a year: "the 1991 …", "its 2015 …". */
const NAMING_YEAR_BEFORE = /\b(?:the|a|an|its|their|this|that)\s+$/i;
/** An agreement noun within three words after a year: "… START treaty", "… nuclear deal" (not "… election"). */
const AGREEMENT_NOUN_AFTER = /^\s+(?:[\p{L}\d.'’-]+\s+){0,3}?(?:treaty|treaties|agreement|accords?|deal|pact|convention|protocol|compact|memorandum|charter)\b/iu;

/** The last items extractDates pushed that later expressions of a sentence look back to, and the text's commas. */
interface ItemMarks {
  /** The last date whose value starts with a year. */
  lastYear: number;
  /** The last date whose value is a period (PERIOD_OF_SENTENCE). */
  lastPeriod: number;
  /** The last duration of several months (MONTHS_SPAN): "the first nine months". */
  lastSpan: number;
  /** The last date whose value is a day. */
  lastDay: number;
  commas: number[] | null;
}

/** Before "on the day" closing a clause, an amount that moved that day: "fell 2 percent on the day", "to $21 on the day". */
const MOVE_BEFORE_ON_THE_DAY = /(?:\d|%|\bpercent|\bpoints?|\bcents?)[^.;!?\d]{0,25}$/i;

/** Whether one of the three lowercase words right after an age names a lasting state of affairs (LASTING_THINGS). */
function agedThing(after: string): boolean {
  const words = /^\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/.exec(after)?.[1].split(/\s+/) ?? [];
  return words.some((w) => LASTING_THINGS.has(w));
}

const SET_OFF = /^,\s*(?:who|which|whose|where|then|once|[a-z]+(?:ed|en|wn|un))\b/;
const PERIOD_OF_SENTENCE = /^(?:FY\d{4}|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI))$/;

/** A reporting span of months: "the first nine months", "the latest six months", "the 12 months". */
const MONTHS_SPAN = /^P(?:6|9|12)M$/;

// "Net for the first nine months rose to $9 million from $7 million a year earlier": the span of months named before in the
// sentence (after any quarter or other period named there), which a year-back comparison is then about
function sentenceSpanBefore(text: string, start: number, items: TemporalExpression[], marks: ItemMarks): string | null {
  const s = sentenceAt(text, start);
  const d = items[marks.lastSpan];
  if (!s || !d || d.start < s.start) return null;
  const p = items[marks.lastPeriod];
  return p && p.start > d.start && p.start >= s.start ? null : d.value;
}

/** Between a day said to be when something was said and a later weekday: the future of that past ("would", "was to"). */
const FUTURE_IN_PAST = /\b(?:would|was\s+to|were\s+to|was\s+going\s+to|were\s+going\s+to)\b|\w['’]d\b/i;

// "The rebels said Saturday they would free the hostages Sunday": a weekday told as the future of a day named earlier in
// the sentence, a day before the publication date, follows that day, not the publication date (the Sunday after that
// Saturday, though the story runs on the Wednesday after)
function reportedDayBefore(text: string, start: number, items: TemporalExpression[], published: string | null, marks: ItemMarks, ahead = FUTURE_IN_PAST): string | null {
  const s = sentenceAt(text, start);
  const d = items[marks.lastDay];
  if (!s || !d || !published || d.start < s.start || d.value! >= published) return null;
  return ahead.test(text.slice(d.end, start)) ? d.value : null;
}

/** Between a day and a later weekday, words that make the weekday the aim of what happened that day: an infinitive of
 * purpose ("flew to Baghdad Monday to meet Saddam Friday") or a meeting it was for ("arrived Monday for talks Friday").
 * ("to" before a noun of place or state, "returned to work", "rose to record levels", is no infinitive.) */
const PURPOSE_AHEAD = new RegExp(
  `\\bto\\s+(?!(?:${[...NOT_INFINITIVE_AFTER_TO].join("|")})\\b)[a-z]{3,}\\b(?![-'’])|\\bfor\\s+(?:[a-z]+\\s+)?(?:${[...AIMED_EVENTS].join("|")})\\b`,
);

// "Annan arrived in Baghdad on Monday for talks with Saddam on Friday" (a Wednesday story): the Friday after that Monday;
// read as the last Friday it would come before the arrival it is the aim of
// (not when a past verb of its own comes between: "arrived Monday to prepare for the summit, which opened Friday")
function purposeDayBefore(text: string, start: number, items: TemporalExpression[], published: string | null, marks: ItemMarks): string | null {
  const day = reportedDayBefore(text, start, items, published, marks, PURPOSE_AHEAD);
  if (!day) return null;
  const between = text.slice(items[marks.lastDay].end, start);
  return [...between.matchAll(/\b[a-z]+\b/g)].some((w) => /^[a-z]{3,}ed$/.test(w[0]) || IRREGULAR_PAST.has(w[0])) ? null : day;
}

// "a third-quarter loss, reversing income of $8 million a year ago": the period named before in the sentence
function sentencePeriodBefore(text: string, start: number, items: TemporalExpression[], marks: ItemMarks): string | null {
  const s = sentenceAt(text, start);
  const d = items[marks.lastPeriod];
  return s && d && d.start >= s.start ? d.value : null;
}

// "Rains that normally arrive in March": a habit, not one March
function isGeneric(text: string, start: number, sentences: SentenceMemo): boolean {
  const s = sentenceAt(text, start);
  return !!s && sentences.of(s).genericBefore(start - s.start);
}

// "at 2 p.m. Friday", "Friday at 2 p.m.": a clock time takes the day named in its sentence
// (items do not overlap and run in text order: the nearest day is the last one before or the first one after,
// the one before on a tie; a clock time's own value is never a bare day, so rewriting it changes no day)
function anchorClockTimes(text: string, items: TemporalExpression[], published: string | null) {
  const days = items.filter((d) => d.value && DAY_VALUE.test(d.value));
  for (const t of items) {
    if (t.rule !== "clock-time" || !t.value) continue;
    const s = sentenceAt(text, t.start);
    if (!s) continue;
    const lo = countBefore(days, s.start, (d) => d.start);
    let hi = countBefore(days, s.end, (d) => d.start, true);
    while (hi > lo && days[hi - 1].end > s.end) hi--;
    const j = countBefore(days, t.start, (d) => d.start, true);
    const before = j - 1 >= lo && j - 1 < hi ? days[j - 1] : undefined;
    let after = j >= lo && j < hi ? days[j] : undefined;
    // "the bomb went off at 10:30 a.m. The meeting, set for Friday, …": the sentence splitter reads "a.m." as an
    // abbreviation, so a capitalized word after it that is not the day itself ("10 a.m. Friday") starts a new sentence
    if (after && /\.$/.test(t.text) && /^\s+\p{Lu}/u.test(text.slice(t.end, after.start))) after = undefined;
    const nearest = before && after ? (t.start - before.start <= after.start - t.start ? before : after) : before ?? after;
    if (!nearest) continue;
    t.value = `${nearest.value}${t.value.slice(10)}`;
    void published;
  }
}

/** A day value, or a day with a part of the day ("1998-01-08TMO"): what a clock time beside it is on. */
const DAY_OR_PART = /^(\d{4}-\d{2}-\d{2})(?:T[A-Z]{2})?$/;

// "5 p.m. EST, Nov. 6", "midnight Friday", "six o'clock this morning", "Tuesday, 3 p.m.": a time of day written
// right beside its day is one expression (TimeML: the day and the clock time together name one time), so the two
// become one TIME whose value is the day at that clock time. Only a comma or spaces may stand between them; with
// a preposition ("Friday at 3 p.m.") each keeps its own span. The day decides how certain the whole is: "June 14, 2022,
// 10:00 AM ET" states its day as surely as "June 14, 2022" (published.ts reads such lines).
function mergeClockWithDay(text: string, items: TemporalExpression[]) {
  for (let i = 0; i < items.length; i++) {
    const t = items[i];
    if (t.rule !== "clock-time" || !t.value) continue;
    const clock = t.value.match(/T(\d{2}:\d{2})$/)?.[1];
    if (!clock) continue;
    for (const j of [i + 1, i - 1]) {
      const d = items[j];
      if (!d || d.rule === "clock-time" || !d.value || (d.type !== "date" && d.type !== "time")) continue;
      const day = d.value.match(DAY_OR_PART)?.[1];
      if (!day) continue;
      const [a, b] = j > i ? [t, d] : [d, t];
      if (!/^,?\s+$/.test(text.slice(a.end, b.start)) || /\n\s*\n/.test(text.slice(a.end, b.start))) continue;
      const merged: TemporalExpression = { text: text.slice(a.start, b.end), start: a.start, end: b.end, type: "time", value: `${day}T${eveningClock(clock, t.text, d.value)}`, rule: "clock-time", certain: d.certain };
      items.splice(Math.min(i, j), 2, merged);
      break;
    }
  }
}

/** "eight o'clock tonight", "nine o'clock Tuesday evening", "four o'clock this afternoon": an hour said without a.m. or
 * p.m. beside a later part of the day is that hour after noon (TNI: from six on; TAF, TEV: from one on). */
function eveningClock(clock: string, clockText: string, dayValue: string): string {
  const part = dayValue.match(/T(NI|EV|AF)$/)?.[1];
  const h = +clock.slice(0, 2);
  if (!part || /[ap]\.?m\b|[AP]M\b|noon|midnight/i.test(clockText) || h < (part === "NI" ? 6 : 1) || h > 11) return clock;
  return `${h + 12}${clock.slice(2)}`;
}

export const datesExtractor: Extractor<"dates"> = {
  field: "dates",
  run: (doc: ParsedArticle) => extractDates(doc.text, doc.published.value),
};

/** Parses a TIMEX3 day value back to its parts; exported for callers that sort by date. */
