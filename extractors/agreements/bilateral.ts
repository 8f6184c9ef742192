// The descriptive step of the agreement stage (index.ts runs it beside the named steps): agreements
// described by their sides and kind, not by a name.
// Agreement mentions and their events: "The US and El Salvador signed an agreement on Friday" →
// signed (El Salvador, United States) 2019-09-20. Works alone, and uses the dates, officials and
// claims found by earlier extractors when they ran.
//
// Steps, per article: (1) find event cues and agreement mentions in each sentence; (2) give each
// mention its parties (inside the noun phrase, its "with …"/"between …" complement, the subject
// of the verb) and resolve it to an agreement of this article ("the deal" → the one last named,
// "the one with Guatemala", "all three treaties"); (3) complete agreements still missing a party;
// (4) turn each cue linked to a mention into an event, decided by negation and modality, dated
// from its clause.
import type { AgreementEvent, Claim, DateRef, Diagnostic, Official, ParsedArticle, Span, TemporalExpression } from "../../pipeline/schemas.js";
import { extractDates } from "../dates.js";
import {
  AGREEMENT_NOUNS,
  AGREEMENT_PLURALS,
  BEFORE,
  CLAUSE_BREAKS,
  CONCLUDED,
  CONDITIONAL_OPENERS,
  DEFINITE_WORDS,
  ENDED_ACTIVE,
  ENDED_SOMETHING,
  EVENT_CUES,
  FRONTED_GAP,
  NO_DETERMINER,
  KIND_DETERMINER,
  GERUND_OF_INTENT,
  FUTURE,
  GOVERNMENT_NOUNS,
  HEDGES,
  INDEFINITE_WORDS,
  FRESH_WORDS,
  KINDS,
  LINKING_WORDS,
  MODAL,
  TRAVEL_PURPOSE,
  MODIFIER_WORDS,
  AMOUNT_SCALES,
  CURRENCY_SIGN_PREFIXES,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  NEVER,
  NEXT_CHAMBER,
  NOT,
  DECIDED_ON_LEAD,
  NOMINAL_MODAL,
  OPEN_CONDITION,
  PROVISIONAL,
  TERMS_OF,
  NOT_HAPPENED,
  NOT_YET,
  NUMBER_WORDS,
  PRESENT_ENTRY,
  UNSPECIFIED_PARTIES,
  WEAK_AGREEMENT_NOUNS,
  type EventCue,
} from "../lexicon/agreement-terms.js";
import { FUNCTION_WORDS } from "../lexicon/common-words.js";
import { MONTH_NAMES } from "../lexicon/months.js";
import { COUNTRIES, countryFormKind, countryOf } from "../lexicon/countries.js";
import { COUNCIL_BLOC, LEGISLATURES } from "../lexicon/agreement-frames.js";
import { announcementDates, calendarDate, scheduleAnnouncedDate, causeOfDated, dateAt, dayValue, firstDay, leadPerfectDate, offsetDate, periodBefore, reportingDate, settle, type DateSite, type Direction } from "./dating.js";
import { describedMovementsIn, namedMovementsIn, peacePartiesIn, peacePartyOf, unnamedMovementIn, unnamedMovementPartnerIn } from "./movements.js";
import { literalFilter } from "../literals.js";
import { byFirstCharacter, matchesIn, namePattern } from "./scan.js";
import { wordsBefore, type WordBefore } from "./words-before.js";
import { isProperAgreementName, namesMatch } from "./proper-name.js";
import { countBefore, sentencesOf } from "../text.js";
import { clauseOf as clauseIn, endsProvinceName, outletCountry, heldBack, ownSubjectStart, inYesNoQuestion, isHeadline, LOCATIVE_CITY, NOMINAL_PROCESS, PROCESS as PROCESS_LEAD, PROGRESSIVE_LEAD, RATIFIED_EXTENSION_LEAD, REPEATED, REVOKED_LEAD, WHETHER_BEFORE } from "./frames.js";
import type { Findings } from "../types.js";

export { isProperAgreementName };

// ---------- countries in running text ----------

interface CountryHit extends Span {
  country: string;
  as: "name" | "alias" | "demonym" | "capital";
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const COUNTRY_FORMS = [...new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms, ...c.capitals]))].sort((a, b) => b.length - a.length);
// no letter or digit right before or after a form (namePattern: scan.ts)
const COUNTRY_RE = namePattern(byFirstCharacter(COUNTRY_FORMS.map(escape), false), "gu");
const REGION_BEFORE = /\b(?:Central|Latin|South|North|Middle|Southeast|East|West)\s+$/;
const PREPOSITION_BEFORE = /\b(?:in|from|to|into|through|across|near|at|for|on|against|toward|towards|about|over|under|inside|outside|via|within|throughout|around|of|than|like|after|before|besides|including|unlike|following|as)\s+(?:the\s+)?$/i;

/** What follows a dateline's city: ", Feb 29:", ", April 26 (AP) —", " (Reuters) -", " —", ": " ("Doha: The US and …"). */
const DATELINE_AFTER = /^\s*(?:,\s*(?:\p{Lu}[\p{L}.]*\s+\d{1,2}\b|\d{1,2}\s+\p{Lu}|\p{Lu}[\p{L}.]*\s*[:(—–-])|\(|[—–]|-\s)|^:\s/u;

/** A go-between's role said of the country after it: "chief mediator Algeria", "talks mediator, Algeria". */
const BROKER_ROLE_BEFORE = /\b(?:mediator|broker|guarantor|facilitator|backer)\s*,?\s*(?:the\s+)?$/i;
/** … or after it: "Algeria, the backer of the agreement", "Algeria had acted as mediator", "Algeria, which mediated the talks". */
const BROKER_ROLE_AFTER = /^(?:\s*,\s*(?:the|its|a|an)\s+(?:\p{L}+\s+)?(?:mediator|broker|guarantor|facilitator|backer)\b|\s*,\s*which\s+(?:had\s+|has\s+)?(?:mediated|brokered|guaranteed|backed)\b|\s+(?:had\s+|has\s+)?(?:acted|served|acts|serves)\s+as\s+(?:the\s+|a\s+)?(?:\p{L}+\s+)?(?:mediator|broker|guarantor|facilitator)\b)/iu;
/** A broker's participle joined to the country before it: "U.S.-brokered", "Egyptian-mediated", "Qatar-hosted". */
const BROKER_COMPOUND_AFTER = /^[-–](?:brokered|mediated|hosted|facilitated|sponsored|guaranteed)\b/i;
/**
 * A host's clause before the clause of the signing: "Trump hosted a summit where the two leaders signed", "Qatar
 * hosted talks at which the sides signed": the host (the verb's subject, a person for "he"/"she") is no side.
 */
const HOSTED_WHERE = /(?:\b(he|she|it)\s+)?\b(?:hosted|hosts|convened|convenes|welcomed|welcomes)\b[^.;]*?\b(?:where|at which|during which)\s/i;
/**
 * The country of the host of the summit where a signing (at `cueStart`) took place, when its clause is before the
 * signing's: the subject right before the host verb ("the United States hosted"), or for "he"/"she" the official
 * named last before it ("Trump said … as he hosted"), for "it" the clause's first state. Null when there is no such clause or the host is named after "where".
 */
function hostOf(text: string, clause: Span, cueStart: number, subject: readonly CountryHit[], officials: readonly Official[]): string | null {
  const m = HOSTED_WHERE.exec(text.slice(clause.start, cueStart));
  if (!m) return null;
  const verb = clause.start + m.index + (m[1] ? m[0].indexOf(m[1]) : 0);
  const after = clause.start + m.index + m[0].length;
  const person = officials.filter((o) => o.country && o.end <= verb && o.start >= clause.start).pop();
  const nearest = [...subject.filter((h) => h.end <= verb), ...(person ? [{ end: person.end, country: person.country! }] : [])].sort((a, b) => a.end - b.end).pop();
  // ("Canada said … as it hosted": "it" is the clause's first state, its subject)
  const host = /^it$/i.test(m[1] ?? "") ? subject.find((h) => h.start >= clause.start)?.country : m[1] ? person?.country : nearest && /^[\s,]*(?:\p{L}+\s+){0,2}$/u.test(text.slice(nearest.end, verb)) ? nearest.country : undefined;
  if (!host || subject.some((h) => h.country === host && h.start >= after)) return null;
  return host;
}
/** Every country form in `text[from, to)`; demonyms and capitals only where they name a government. */
/** An office held for a country, right before the country: "the interior minister of ", "the Minister of the Interior of ". */
const OFFICE_OF = /\b(?:minister|ministers|commissioner|president|prime minister|secretary|chancellor|premier|ambassador)\b(?:\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,2})?\s+of\s+(?:the\s+)?$/iu;

/** The country of a people's adjective written right before `start` ("Afghan " before "Taliban"), or null. */
function demonymRightBefore(text: string, start: number): string | null {
  const m = /(\p{Lu}[\p{L}’'-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return m ? demonymCountry(m[1]) : null;
}

/** The country whose people's adjective `word` is ("Afghan" → Afghanistan), or null. */
const demonymCountry = (word: string): string | null => (countryFormKind(word) === "demonym" ? countryOf(word) : null);

/** A capitalized word's letters, as demonymRightBefore reads the word before a form. */
const CAPITALIZED_WORD = /^\p{Lu}[\p{L}’'-]+$/u;

/** Whether `after` (the text right after a form) starts with a listed movement's name of one to four words ("Taliban", "Moro Islamic Liberation Front"). */
function movementNamedAfter(after: string): boolean {
  const words = /^\s+((?:the\s+)?[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3})/u.exec(after)?.[1].split(/\s+/) ?? [];
  for (let n = words.length; n > 0; n--) if (peacePartyOf(words.slice(0, n).join(" "))) return true;
  return false;
}

function countriesIn(text: string, from: number, to: number, opts: { strict: boolean }): CountryHit[] {
  const out: CountryHit[] = [];
  // (the pattern runs once per text: scan.ts)
  for (const { text: form, start, end } of matchesIn(COUNTRY_RE, text, from, to)) {
    if (end > to) break;
    const as = countryFormKind(form);
    const country = countryOf(form, { capitals: true });
    if (!as || !country) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 30);
    if (/^Americans?$|^America$/.test(form) && REGION_BEFORE.test(before)) continue;
    // "talks began in the South African capital Pretoria": a capital named after the word "capital" (or "city") is
    // where, not who (the preposition before the phrase is too far back for PREPOSITION_BEFORE)
    if (as === "capital" && /\b(?:capital|city)\s+$/i.test(before)) continue;
    // "hammered out in the Belarusian capital", "on the Polish border": a demonym before a place noun is where, not who
    if (as === "demonym" && /^\s+(?:capital|city|town|region|border|coast|port|countryside)\b/i.test(after)) continue;
    // "a deal with Afghan Taliban", "Lebanese Hezbollah": a people's adjective before a movement that makes peace
    // with states says whose movement it is, not that the state's government is a side
    if (as === "demonym" && movementNamedAfter(after)) continue;
    // "Northern Ireland", "signed in Doha, Qatar": a part of another country, or where, not who
    if (endsProvinceName(before, form) || LOCATIVE_CITY.test(before)) continue;
    // "a U.S.-brokered peace deal", "the Qatari-mediated truce": the state before the broker's participle made no side of it
    if (BROKER_COMPOUND_AFTER.test(after)) continue;
    // "accused chief mediator Algeria", "Algeria, the backer of the agreement": a go-between named by its role is no side
    if (BROKER_ROLE_BEFORE.test(before) || BROKER_ROLE_AFTER.test(after)) continue;
    // "Chile and Peru signed it, Turkey's Anadolu Agency said": an outlet's country reports, it is no side
    if (outletCountry(text, start, end)) continue;
    // "Doha, Feb 29: The United States signed …": a dateline's city is where the report was filed
    if (as === "capital" && DATELINE_AFTER.test(after) && /(?:^|\n)[\s"“(]*$/.test(before)) continue;
    if (opts.strict) {
      // ("the interior minister of Chile and the minister of Peru signed": an office's country acts as the office does)
      if (PREPOSITION_BEFORE.test(before) && !/\bgovernments? of\s+(?:the\s+)?$/i.test(before) && !OFFICE_OF.test(text.slice(Math.max(0, start - 60), start))) continue;
      // "on its border with Guatemala": a neighbour named for where, not a side
      if (/\b(?:border|borders|frontier)\s+with\s+(?:the\s+)?$/i.test(before)) continue;
      if (as === "demonym" && !GOVERNMENT_NOUNS.test(after.replace(/^\s+/, "").replace(/^(?:and\s+\p{L}+\s+)/u, ""))) continue;
      if (as === "capital" && /^\s+\p{Lu}/u.test(after)) continue; // "Washington Post"
    } else if (as === "capital" && (PREPOSITION_BEFORE.test(before) || /^\s+\p{Lu}/u.test(after))) continue;
    out.push({ text: form, start, end, country, as });
  }
  return out;
}

/** Movements that make peace with states ("Hezbollah", "the MNLF"), where no country form covers them. */
function movementHits(text: string, from: number, to: number): CountryHit[] {
  // (pushed into one array, not spread, filtered and mapped: those arrays came in other element kinds when empty,
  // and the callers' optimized code left at them; the hit has countriesIn's fields in its order, one hidden class)
  const out: CountryHit[] = [];
  for (const found of [peacePartiesIn(text, from, to), describedMovementsIn(text, from, to), namedMovementsIn(text, from, to)]) {
    // (a listed movement's name is not read again by its name head: "the Moro National Liberation Front")
    for (const h of found) if (!countriesIn(text, h.start, h.end, { strict: false }).length && !out.some((o) => o.start < h.end && h.start < o.end)) out.push({ text: h.text, start: h.start, end: h.end, country: h.name, as: "name" });
  }
  return out;
}

// ---------- mentions ----------

interface Mention extends Span {
  headStart: number;
  plural: boolean;
  count: number | null;
  definite: boolean;
  indefinite: boolean;
  /** "new", "another", "similar": a different agreement from those named so far. */
  fresh: boolean;
  selector: boolean;
  /** Parties named in the noun phrase or its complement ("US-Guatemala", "with Guatemala"). */
  own: CountryHit[];
  /** "with Guatemala, Honduras and El Salvador": one agreement per listed country when plural. */
  listed: boolean;
  /** "two memoranda, signed in August and September 2012 with Nauru and PNG, respectively": the sides and dates pair in order. */
  respectively: boolean;
  unspecified: boolean;
  kind: string | null;
  family: string | null;
  name: string | null;
  /** "a pilot scheme": an agreement only as the object of a cue whose subject names two countries. */
  weak: boolean;
  /** The head noun in the singular: "protocol", "memorandum of understanding". */
  head: string | null;
  sentence: number;
  /** Parties from the subject of the verb this mention is the object of. */
  subject: CountryHit[];
  /** "the Trump administration": the leader whose country is a party. */
  subjectLeader: string | null;
  /** "with Colombian FARC rebels": the state whose people's adjective qualifies a movement among its own sides. */
  movementHome: string | null;
  resolved: LocalAgreement[];
}

interface LocalAgreement {
  n: number;
  parties: Set<string>;
  kind: string | null;
  family: string | null;
  names: string[];
  heads: string[];
  /** Parties guessed, not read: the article's most-named other country. */
  guessed: boolean;
  leader: string | null;
  /** Countries that are not this agreement's other party: the rest of a list it came in. */
  exclude: Set<string>;
  /** Countries named as actors in the sentences that mention it, in reading order. */
  near: string[];
  /** The sentence that first mentions it (its sides, when it names none: a truce's). */
  first: Span;
  /** Sides named as the subject of a verb acting on it ("the United States signed a pact with Chile"): its actors. */
  actors: Set<string>;
}

const HEAD_RE = new RegExp(
  `\\b(?:memorand(?:um|a|ums) of understanding|(?:letters?|declarations?) of intent|(?:joint|peace) declarations?|${[...AGREEMENT_NOUNS, ...Object.keys(AGREEMENT_PLURALS)].join("|")}|(?:${WEAK_AGREEMENT_NOUNS.join("|")})s?|the one(?=\\s+(?:with|between)\\b))\\b`,
  "gi",
);
/** An agreement noun found in a text, or an acronym standing for one (`stands`: the noun it was defined on). */
interface HeadHit {
  readonly 0: string;
  readonly index: number;
  readonly stands?: string;
}
/** An acronym in brackets right after an agreement's noun: "… Economic Partnership Agreement (CEPA)", "a free trade agreement (FTA)". */
const DEFINED_ACRONYM = /^\s*\((\p{Lu}[\p{Lu}\d]{1,9})\)/u;

/**
 * The agreement nouns of a text, with each later bare use of an acronym the text defines in brackets right after one
 * ("an economic partnership agreement (EPA) … The EPA will take effect"): from its definition on, the acronym stands
 * for that noun, as the movements' acronyms stand for their names (movements.ts). A country's or bloc's short name in
 * brackets ("(EU)") names no agreement.
 */
function headsOf(text: string): HeadHit[] {
  const heads: HeadHit[] = [...text.matchAll(HEAD_RE)];
  const defined = new Map<string, { noun: string; from: number }>();
  for (const m of heads) {
    const at = m.index + m[0].length;
    const d = DEFINED_ACRONYM.exec(text.slice(at, at + 16));
    if (d && !countryOf(d[1]) && !defined.has(d[1])) defined.set(d[1], { noun: m[0], from: at + d[0].length });
  }
  if (!defined.size) return heads;
  for (const [acronym, { noun, from }] of defined) {
    const uses = new RegExp(`(?<![\\p{L}\\d(-])${escape(acronym)}(?![\\p{L}\\d-])`, "gu");
    for (const u of text.slice(from).matchAll(uses)) heads.push({ 0: u[0], index: from + u.index!, stands: noun });
  }
  return heads.sort((a, b) => a.index - b.index);
}

/** A money amount, with the conversion a report puts in brackets after it: "€2.5bn ($2.7bn; £2.1bn)", "A$300 million", "90 million euros". */
const AMOUNT = new RegExp(
  `(?:\\b(?:${CURRENCY_SIGN_PREFIXES.join("|")}))?[${CURRENCY_SIGNS.map(escape).join("")}]\\s?\\d[\\d.,]*\\d?(?:\\s?(?:${AMOUNT_SCALES.join("|")})\\b)?` +
    `(?:\\s*\\([^()]{1,40}\\))?|\\b\\d[\\d.,]*\\s(?:${AMOUNT_SCALES.filter((w) => w.length > 2).join("|")})\\s(?:${CURRENCY_WORDS.join("|")})\\b(?:\\s*\\([^()]{1,40}\\))?`,
  "g",
);

/** A memorandum one government issues to its own officials: "a presidential memorandum", "an executive memorandum". */
const DIRECTIVE_MEMORANDUM = /\b(?:presidential|executive|national security|internal|legal|policy|cabinet)\s+$/i;
/** A statement that carries what is said: "announced in a joint statement", "issued a statement", "said in their statement". */
const SAYING_STATEMENT = /\b(?:in|issued|issues|released|releases|published|through|via)\s+(?:a|an|the|their|its|his|her)\s+(?:(?:joint|separate|brief|short|written|official)\s+)?$/i;
/** What a protocol records when it is the minutes of an exchange: "the protocol on (the) exchange of (the) instruments of ratification". */
const EXCHANGE_RECORD = /^\s+(?:on|of)\s+(?:the\s+)?exchang(?:e|ing)\s+(?:of\s+)?(?:the\s+)?(?:instruments|ratification|documents|notes)\b/i;
const HEAD_AFTER = new RegExp(`^\\s+(?:${[...AGREEMENT_NOUNS, ...Object.keys(AGREEMENT_PLURALS)].join("|")})\\b`, "i");
// ("the deal was struck on Friday between the EU and Turkey": a passive conclusion, its time or place, then the sides)
// ("a memorandum of understanding on the management of migratory flows between Italy and Albania": the topic, in
// lower-case words, may come between the noun and its sides; so may a participle phrase without its auxiliary, "the
// agreements concluded under the previous president with El Salvador, Guatemala and Honduras"), or the government that
// made them, "agreements from former President Trump's administration with …"; a relative clause's subject may be a
// body for its state, "the deal the bloc signed with Tunisia")
const COMPLEMENT_START = /^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:on|regarding|concerning|covering)\s+(?:\p{Ll}[\p{L}-]*\s+){1,6}?(?=(?:with|between|among)\s)|(?:from|under)\s+(?:(?:the|former|previous|outgoing|then-?|\p{Lu}[\p{L}’'-]*)\s+){1,5}?(?:administration|government)\s+(?=with\s))?(?:(?:it|they|we|he|she|washington|the\s+(?:bloc|union|commission|government|administration)|\p{Lu}\p{L}+)\s+(?:\p{L}+ly\s+)?(?:had|has|have|signed|struck|reached|made|negotiated|agreed|sealed|inked|concluded)\s+|(?:(?:was|were|(?:has|have|had)\s+(?:(?:already|also|now|since|\p{L}+ly)\s+)?been)\s+(?:\p{L}+ly\s+)?(?:signed|struck|reached|agreed|sealed|inked|penned|concluded|hammered out)\s+(?:(?!(?:with|between|among|by)\b)[\p{L}\d]+\s+){0,4}?)|(?:signed|struck|reached|sealed|inked|concluded)\s+(?:(?!(?:with|between|among|by)\b)[\p{L}\d.]+\s+){1,5}?)?(with|between|among)\s+/iu;
// ("between Hamas and Israel, mediated by Egypt": the broker is no side)
const COMPLEMENT_END = /[.;:()?!]|\s[—–-]\s|\b(?:that|which|who|whose|where|to|in|on|for|under|after|before|since|when|while|would|could|will|was|were|is|are|has|had|signed|aims?|intended|last|this|earlier|until|if|by|brokered|mediated|sponsored|facilitated|hosted|guaranteed)\b/i;

/** "the two countries", "both nations", "the two governments": a pair named before, not a side of its own. */
const THE_TWO = /^\s*(?:the\s+two|both(?:\s+the)?)\s+(?:countries|nations|governments|states|neighbou?rs)\s*$/i;
const PLACE_BEFORE = /\b(?:in|at|near|from|to|into|across|through|inside|outside|visited|visiting|visit)\s+(?:the\s+)?$/i;
/** How far back (characters, about two sentences) "the two countries" looks for the pair it stands for. */
const THE_TWO_REACH = 400;

/**
 * The two countries "the two countries" (`window`, at `at`) stands for: the countries named as sides (not
 * places: "in Nairobi") between about two sentences before the agreement's noun (`headStart`) and it, when
 * they are exactly two; none otherwise. They stand at the words "the two countries".
 */
function twoCountriesBefore(text: string, window: string, at: number, headStart: number, sentence: Span): CountryHit[] {
  if (!THE_TWO.test(window)) return [];
  const from = Math.max(0, Math.min(sentence.start, headStart - THE_TWO_REACH));
  // ("the foreign ministers of Kenya and Uganda": a side after "of" counts; "met in Nairobi", "flew to Kenya": a place does not)
  const sides = countriesIn(text, from, headStart, { strict: false }).filter((h) => !PLACE_BEFORE.test(text.slice(Math.max(0, h.start - 24), h.start)));
  const seen = [...new Set(sides.map((h) => h.country))];
  if (seen.length !== 2) return [];
  const phrase = window.trim();
  const start = at + window.indexOf(phrase);
  return seen.map((country) => ({ text: phrase, start, end: start + phrase.length, country, as: "name" as const }));
}

/** "the bloc", "the 27-member bloc", "the 28-nation bloc": a bloc named by its kind. */
const BLOC_WORD = /\bthe\s+(?:\d+-(?:member|nation|country)\s+)?bloc\b(?!['’])/i;
/** The one bloc (the EU, Mercosur …) an article names, or null when it names none or several. */
// (asked only where "the bloc" stands among an agreement's sides: rare, so not cached)
function onlyBlocOf(text: string): string | null {
  const blocs = new Set(countriesIn(text, 0, text.length, { strict: false }).map((h) => h.country).filter((c) => COUNTRIES.some((e) => e.name === c && e.bloc)));
  return blocs.size === 1 ? [...blocs][0] : null;
}

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const stripQuotes = (w: string) => w.replace(/^[“”"‘’']+|[“”"‘’']+$/g, "");
const isCapitalised = (w: string) => /^\p{Lu}/u.test(stripQuotes(w));

function countriesInWord(word: string): string[] {
  const clean = stripQuotes(word).replace(/['’]s$/, "");
  const whole = countryOf(clean);
  if (whole) return [whole];
  const parts = clean.split(/[-–—/]/).filter(Boolean);
  if (parts.length < 2) return [];
  // "US-Taliban deal": a movement that makes peace with a state is a side too, beside a country
  const found = parts.map((p) => countryOf(p) ?? peacePartyOf(p));
  return found.every(Boolean) && parts.some((p) => countryOf(p)) ? (found as string[]) : [];
}

function kindOf(words: string): { kind: string | null; family: string | null } {
  for (const k of KINDS) if (k.pattern.test(words)) return { kind: k.kind, family: k.family };
  return { kind: null, family: null };
}

/** A quoted stretch short enough to be a nickname: "“fish for fish”", "\"Remain in Mexico\"". */
const QUOTED_STRETCH = /[“"][^“”"\n]{1,40}[”"]/g;

/**
 * Stretches of a sentence that a noun phrase reads as words of its own, though they hold commas, brackets or signs:
 * a quoted nickname ("approved their “fish for fish” quota treaty") and a money amount ("signed a €2.5bn
 * ($2.7bn) fisheries agreement"). Returns their spans and the words before an offset, read as if those stretches' commas,
 * brackets and signs were spaces (elsewhere a comma still ends the phrase); words never reach before the sentence.
 */
function phraseStretches(text: string, sentence: Span): { spans: Array<{ start: number; end: number }>; wordsBefore: (end: number, limit: number) => WordBefore[] } {
  const own = text.slice(sentence.start, sentence.end);
  const spans: Array<{ start: number; end: number }> = [];
  const blank = (pattern: RegExp, marks: RegExp) => (s: string) =>
    s.replace(pattern, (q, at: number) => {
      spans.push({ start: sentence.start + at, end: sentence.start + at + q.length });
      return q.replace(marks, " ");
    });
  const masked = blank(AMOUNT, /[^\p{L}\p{N}.]/gu)(blank(QUOTED_STRETCH, /[,;:]/g)(own));
  return {
    spans,
    wordsBefore: (end, limit) => wordsBefore(masked, end - sentence.start, limit).map((w) => ({ ...w, start: w.start + sentence.start, end: w.end + sentence.start })),
  };
}

// (`heads`: the text's agreement nouns, found once; a search from each sentence ran on to the next one, quadratic)
function findMentions(text: string, sentence: Span, sIdx: number, heads: readonly HeadHit[] = headsOf(text)): Mention[] {
  const out: Mention[] = [];
  const first = countBefore(heads, sentence.start, (x) => x.index);
  // (a sentence with no agreement noun has no mention: its quoted stretches and amounts are not looked for)
  if (first >= heads.length || heads[first].index >= sentence.end) return out;
  const quoted = phraseStretches(text, sentence);
  for (let h = first; h < heads.length && heads[h].index < sentence.end; h++) {
    const m = heads[h];
    const headStart = m.index;
    let headEnd = headStart + m[0].length;
    // ("The EPA will take effect": an acronym the text defined reads as the noun it was defined on)
    const head = (m.stands ?? m[0]).toLowerCase();
    const selector = head === "the one";
    // ("memoranda of understanding", matched whole: the plural of "memorandum of understanding")
    const manyMemoranda = /^memorand(?:a|ums) of understanding$/.test(head);
    const base = manyMemoranda ? "memorandum of understanding" : (AGREEMENT_PLURALS[head] ?? head.replace(/s$/, ""));
    // "a ceasefire agreement": the truce word modifies the agreement noun after it, one mention
    if (/^(?:ceasefire|cease-fire|truce|armistice)$/.test(base) && HEAD_AFTER.test(text.slice(headEnd, headEnd + 30))) continue;
    // "signed a presidential memorandum withdrawing from the deal": a directive of one government, no agreement
    if (base === "memorandum" && DIRECTIVE_MEMORANDUM.test(text.slice(Math.max(0, headStart - 24), headStart))) continue;
    // "announced in a joint statement their withdrawal": the statement says it, it is no agreement
    if (base === "statement" && SAYING_STATEMENT.test(text.slice(Math.max(0, headStart - 40), headStart))) continue;
    // "signed the protocol on exchange of ratification instruments": the record of another treaty's last step, no agreement
    if (base === "protocol" && EXCHANGE_RECORD.test(text.slice(headEnd, headEnd + 60))) continue;
    // "a ceasefire understanding": "understanding" is no agreement on its own, but after a truce word it is the truce
    const truceUnderstanding = /^(?:ceasefire|cease-fire|truce|armistice)$/.test(base) ? text.slice(headEnd).match(/^\s+understandings?\b/i) : null;
    if (truceUnderstanding) headEnd += truceUnderstanding[0].length;
    const weak = (WEAK_AGREEMENT_NOUNS as readonly string[]).includes(base);
    const plural = !selector && (head in AGREEMENT_PLURALS || manyMemoranda || (weak && head.endsWith("s")));
    // left: determiners, modifiers, countries, capitalised or quoted name words
    const left = selector ? [] : quoted.wordsBefore(headStart, 8);
    const kept: typeof left = [];
    const nickname = (w: WordBefore) => quoted.spans.some((q) => w.start >= q.start && w.end <= q.end && q.end <= headStart);
    for (const [i, w] of left.entries()) {
      const bare = stripQuotes(w.word).toLowerCase().replace(/['’]s$/, "");
      // "Remain in Mexico program", "Migration and Economic Development Partnership": a joiner inside a name
      if (/^(?:in|of|for|and|de)$/.test(bare) && left[i + 1] && isCapitalised(left[i + 1].word) && kept.length && isCapitalised(kept[kept.length - 1].word)) {
        kept.push(w);
        continue;
      }
      const prev = kept.length ? stripQuotes(kept[kept.length - 1].word).toLowerCase() : "";
      // a determiner ends the phrase ("that the Rwanda policy" starts at "the"), but "all the", "both the"
      // "their “fish for fish” treaty", "a €2.5bn ($2.7bn) deal": a quoted nickname or an amount before the noun is
      // one of its words (the nickname's "one" no determiner)
      if (nickname(w)) {
        kept.push(w);
        continue;
      }
      if ((DEFINITE_WORDS.has(prev) || INDEFINITE_WORDS.has(prev)) && !nickname(kept[kept.length - 1])) {
        if (!(/^(?:all|both)$/.test(bare) && prev === "the")) break;
      }
      if (CALENDAR_WORDS.test(bare)) break; // "in June the …": a month is no part of a name
      // "the three-year accord", "a 10-point plan": a hyphenated measure is a modifier
      const measure = /^(?:\d+|[a-z]+)-(?:year|month|week|day|point|page|nation|country|party)$/.test(bare);
      if (MODIFIER_WORDS.has(bare) || measure || countriesInWord(w.word).length || isCapitalised(w.word) || /^\d+$/.test(bare) || bare in NUMBER_WORDS) kept.push(w);
      else break;
    }
    while (kept.length && /^(?:and|of|on)$/i.test(stripQuotes(kept[kept.length - 1].word))) kept.pop();
    // a sentence-initial capital is no name: "Trump sees asylum deal" keeps "asylum" only
    while (kept.length && isCapitalised(kept[kept.length - 1].word) && !countriesInWord(kept[kept.length - 1].word).length && !MODIFIER_WORDS.has(stripQuotes(kept[kept.length - 1].word).toLowerCase()) && kept[kept.length - 1].start === sentence.start && kept.length > 1) kept.pop();
    const words = kept.slice().reverse();
    const own: CountryHit[] = [];
    for (const w of words) {
      for (const c of countriesInWord(w.word)) own.push({ text: w.word, start: w.start, end: w.end, country: c, as: "name" });
    }
    // "the government's plan to send asylum seekers to Rwanda": a transfer scheme's destination is its other side
    if (!own.length && !selector) {
      const transfer = text.slice(headEnd, sentence.end).match(TRANSFER_TO);
      if (transfer) {
        const at = headEnd + transfer[0].length;
        const dest = countriesIn(text, at, Math.min(sentence.end, at + 40), { strict: false }).find((h) => h.start === at);
        if (dest) own.push({ ...dest, as: "name" });
      }
    }
    // "the plan", "a policy": no agreement without a country, unless a cue's subject names the parties
    const weakOnly = weak && !own.length;
    if (isNotAnAgreement(text, headStart, headStart + m[0].length, base)) continue;
    if (selector) headEnd = headStart + m[0].length;
    // "memorandum of understanding"
    const mou = text.slice(headEnd).match(/^\s+of understanding\b/i);
    if (mou && base === "memorandum") headEnd += mou[0].length;
    // right: "with X, Y and Z", "between X and Y", "on migration"
    let end = headEnd;
    let listed = false;
    let unspecified = false;
    let movementHome: string | null = null;
    const after = text.slice(headEnd, sentence.end);
    const comp = after.match(COMPLEMENT_START);
    if (comp) {
      const winStart = headEnd + comp[0].length;
      const rest = text.slice(winStart, Math.min(sentence.end, winStart + 120));
      const stop = rest.search(COMPLEMENT_END);
      const winEnd = winStart + (stop < 0 ? rest.length : stop);
      const window = text.slice(winStart, winEnd);
      if (UNSPECIFIED_PARTIES.test(window)) unspecified = true;
      // "between Israel and Hezbollah guerrillas", "with the Moro National Liberation Front": a movement
      // that makes peace with a state is a side where the agreement names its sides, and only there
      const movements = movementHits(text, winStart, winEnd);
      const hits = countriesIn(text, winStart, winEnd, { strict: false });
      for (const h of movements) hits.push(h);
      // ("with Afghan Taliban": the adjective is the movement's, not a side; kept in case no state is named as the other)
      // ("Afghan Taliban" may be the movement's listed name itself: its first word is then that adjective)
      for (const h of movements) {
        const first = h.text.split(/\s+/, 1)[0];
        movementHome ??= demonymRightBefore(text, h.start) ?? (CAPITALIZED_WORD.test(first) ? demonymCountry(first) : null);
      }
      // "between the 28-member bloc and Turkey": "the bloc" is the one bloc the article names
      const blocWord = BLOC_WORD.exec(window);
      const bloc = blocWord ? onlyBlocOf(text) : null;
      if (blocWord && bloc && !hits.some((h) => h.country === bloc)) hits.push({ text: blocWord[0], start: winStart + blocWord.index, end: winStart + blocWord.index + blocWord[0].length, country: bloc, as: "name" });
      // "Kenya and Uganda have deepened ties. A memorandum between the two countries was signed": "the two countries"
      // are the two the text has just named (exactly two in its sentence and the two before it)
      if (!hits.length) for (const h of twoCountriesBefore(text, window, winStart, headStart, sentence)) hits.push(h);
      hits.sort((x, y) => x.start - y.start);
      if (hits.length) {
        own.push(...hits);
        // (after a passive verb the sides are the verb's complement: the mention stays the noun phrase, so that the
        // verb is read as its cue and the verb's date as the event's)
        end = /^\s*(?:\([^()]{1,20}\)\s*)?(?:was|were|has been|have been|had been)\s/i.test(comp[0]) ? headEnd : hits[hits.length - 1].end;
        // "between Israel and Hezbollah guerrillas was signed": the side's own noun ends the phrase
        const tailNoun = text.slice(end, winEnd).match(/^\s+(?:guerrillas?|fighters|rebels?|militants?|militias?|insurgents?|forces)\b/i);
        if (tailNoun && movements.some((h) => h.end === end)) end += tailNoun[0].length;
        listed = hits.length >= 2 && comp[1].toLowerCase() === "with";
      } else if (unspecified) end = winEnd;
    }
    // "two memoranda of understanding, signed in August and September 2012 with Nauru and PNG, respectively": a
    // plural agreement whose participle phrase lists its other sides one each
    let respectively = false;
    if (plural && !own.length) {
      const tail = text.slice(headEnd, sentence.end).match(RESPECTIVE_PARTICIPLE);
      if (tail) {
        const winStart = headEnd + tail[0].length;
        const close = text.slice(winStart, sentence.end).search(/,?\s+respectively\b/i);
        const hits = close > 0 ? countriesIn(text, winStart, winStart + close, { strict: false }) : [];
        if (hits.length >= 2) {
          own.push(...hits);
          end = hits[hits.length - 1].end;
          listed = true;
          respectively = true;
        }
      }
    }
    const onTopic = text.slice(end, sentence.end).match(/^\s+on\s+(?:\w+\s+){0,2}?(migration|asylum|trade|security|returns|readmission|deportations?|refugees)\b/i);
    const firstWord = words.length ? stripQuotes(words[0].word).toLowerCase() : "";
    // (one loop, not map then map then find: the mapped arrays came empty for some mentions and filled for others,
    // two element kinds, and findMentions left its optimized code at them; --trace-deopt: "wrong map" there)
    const all: string[] = [];
    let count: number | null = null;
    for (const w of words) {
      const lw = stripQuotes(w.word).toLowerCase();
      all.push(lw);
      if (count === null && NUMBER_WORDS[lw] !== undefined) count = NUMBER_WORDS[lw];
    }
    const span = text.slice(words.length ? words[0].start : headStart, end);
    const k = kindOf(`${span} ${onTopic?.[1] ?? ""}`);
    out.push({
      text: text.slice(words.length ? words[0].start : headStart, end),
      start: words.length ? words[0].start : headStart,
      end,
      headStart,
      plural,
      count,
      definite: selector || DEFINITE_WORDS.has(firstWord),
      indefinite: INDEFINITE_WORDS.has(firstWord) || (!words.length && !selector && !plural) ? INDEFINITE_WORDS.has(firstWord) : false,
      fresh: all.some((w) => FRESH_WORDS.has(w)),
      selector,
      own: dedupeHits(own),
      listed,
      respectively,
      unspecified,
      kind: k.kind,
      family: k.family,
      name: properName(text, words, headStart, headEnd),
      weak: weakOnly,
      head: selector ? null : mou && base === "memorandum" ? "memorandum of understanding" : base === "mou" ? "memorandum of understanding" : base,
      sentence: sIdx,
      subject: [],
      subjectLeader: null,
      movementHome,
      resolved: [],
    });
  }
  return out;
}

/** ", signed in August and September 2012 with ": a participle phrase after a plural agreement, up to its "with". */
const RESPECTIVE_PARTICIPLE = /^\s*,\s*(?:signed|concluded|agreed|struck|reached|sealed|inked)\b[^.;:]{0,80}?\bwith\s+(?=[^.;]{0,80}?\brespectively\b)/i;

/** "to deal with", "a great deal of", "of its own accord", "in agreement with": the noun names no agreement. */
function isNotAnAgreement(text: string, start: number, end: number, base: string): boolean {
  const before = text.slice(Math.max(0, start - 20), start).toLowerCase();
  const after = text.slice(end, end + 12).toLowerCase();
  if (base === "deal") {
    if (/\b(?:to|will|would|can|could|must|should|might|may|cannot|not|n't|they|we|you|i|and|or)\s+$/.test(before)) return true;
    if (/\b(?:great|good|big|fair|raw|square)\s+$/.test(before) || /^\s+of\b/.test(after)) return true;
  }
  if (base === "accord" && /\bown\s+$/.test(before)) return true;
  // "the Government of National Accord", "the Party of National Accord": a body named after an accord
  if (/^(?:accord|agreement|pact)$/.test(base) && /\b(?:government|party|movement|front|council|alliance) (?:of|for) (?:the )?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/iu.test(text.slice(Math.max(0, start - 50), start))) return true;
  if (base === "agreement" && /\b(?:in|broad|general|wide|full)\s+$/.test(before) && !/^\s+(?:with|between)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 30))) return true;
  return false;
}

function dedupeHits(hits: CountryHit[]): CountryHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.country) ? false : (seen.add(h.country), true)));
}

/** "Safe Third Country Agreement", "the so-called “Safe Third Country” agreement" → a name; "the deal" → null. */
function properName(text: string, words: Array<{ word: string; start: number; end: number }>, headStart: number, headEnd: number): string | null {
  const head = text.slice(headStart, headEnd);
  const run: typeof words = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    const bare = stripQuotes(w.word);
    if (countriesInWord(w.word).length) break;
    if (isCapitalised(bare) || (run.length && /^(?:and|of|for|on)$/.test(bare))) run.unshift(w);
    else break;
  }
  while (run.length && /^(?:and|of|for|on)$/.test(stripQuotes(run[0].word))) run.shift();
  if (!run.length) return null;
  const quoted = /[“"‘]/.test(run[0].word);
  if (!/^\p{Lu}/u.test(head) && !quoted) return null;
  const words2 = run.map((w) => stripQuotes(w.word)).filter((w) => !/^(?:The|A|An|This|That)$/.test(w));
  if (!words2.length) return null;
  return `${words2.join(" ")} ${head}`.replace(/\s+/g, " ");
}

// ---------- cues ----------

interface Cue extends Span {
  def: EventCue;
}

// (the words each cue pattern needs, looked for in one scan of the sentence: a pattern whose words are
// missing finds nothing there and is not run; most sentences hold the words of two or three cues)
const cueWords = literalFilter(EVENT_CUES.map((def) => def.pattern));

function findCues(text: string, sentence: Span): Cue[] {
  const out: Cue[] = [];
  const s = text.slice(sentence.start, sentence.end);
  const may = cueWords(s);
  for (let k = 0; k < EVENT_CUES.length; k++) {
    if (!may[k]) continue;
    const def = EVENT_CUES[k];
    def.pattern.lastIndex = 0;
    for (let m = def.pattern.exec(s); m; m = def.pattern.exec(s)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (out.some((c) => start < c.end && end > c.start)) continue;
      // "Russia ratified the extension of the deal": the extension is what was ratified (as frames.ts reads it)
      const ratifiedExtension = def.rule === "expansion" && /^(?:extension|expansion) of$/i.test(m[0]) && RATIFIED_EXTENSION_LEAD.test(text.slice(sentence.start, start));
      out.push({ text: m[0], start, end, def: ratifiedExtension ? RATIFICATION_CUE : def });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const CONTEXT_CUES = EVENT_CUES.filter((def) => def.fromContext);
const RATIFICATION_CUE = EVENT_CUES.find((def) => def.rule === "ratification")!;
const contextCueWords = literalFilter(CONTEXT_CUES.map((def) => def.pattern));

/** How many sentences back a pronoun ("It was signed in July …") reaches for the agreement named before it. */
const PRONOUN_REACH = 3;

/** Whether a cue read from context ("the first flight landed") may be in `sentence`: findCues would find none if not. */
function mayCueFromContext(text: string, sentence: Span): boolean {
  const s = text.slice(sentence.start, sentence.end);
  const may = contextCueWords(s);
  for (let k = 0; k < CONTEXT_CUES.length; k++) {
    if (!may[k]) continue;
    const def = CONTEXT_CUES[k];
    def.pattern.lastIndex = 0;
    const hit = def.pattern.exec(s) !== null;
    def.pattern.lastIndex = 0;
    if (hit) return true;
  }
  return false;
}

// the coarse clause of a described agreement: split at ";", dashes and ", but", ", and", "although" …
/** The end of a list of names before its last ", and": "Canada, Mexico, and" (the Oxford comma of a list, no clause break). */
const NAME_LIST_AND = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2},\s*and\s*$/u;
/**
 * The clause around `offset`, the CLAUSE_BREAKS between; but ", and" closing a list of names ("Canada, Mexico, and the
 * United States signed") joins its last name to the list, it opens no clause.
 */
const clauseOf = (text: string, sentence: Span, offset: number): Span => {
  const c = clauseIn(text, sentence, offset, CLAUSE_BREAKS);
  if (c.start <= sentence.start || !/^(?:the\s+)?\p{Lu}/u.test(c.text) || !NAME_LIST_AND.test(text.slice(Math.max(sentence.start, c.start - 80), c.start))) return c;
  const comma = text.lastIndexOf(",", c.start);
  const before = clauseIn(text, sentence, Math.max(sentence.start, comma - 1), CLAUSE_BREAKS);
  return { start: before.start, end: c.end, text: text.slice(before.start, c.end) };
};

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}’'-]*|[^\s\p{L}\p{N}]/gu;
const tokensOf = (s: string) => s.match(TOKEN_RE) ?? [];

/** "its withdrawal, which": a relative pronoun right after a noun for an act on the agreement stands for that act. */
const ACT_NOUN_WHICH = /\b(?:withdrawal|exit|termination|departure|notice|notification|decision|move|pullout|pull-out|suspension|denunciation|repudiation)\s*,?\s*which$/i;

/** A broker, host or witness named before a country (in a list: "brokered by the United States, Qatar and …"): no side. */
const BROKER_BEFORE = /\b(?:brokered|mediated|hosted|facilitated|sponsored|guaranteed|witnessed)\s+by\b[^.;:]*$|\bin the presence of\b[^.;:]*$/i;

/** The words between an agreement and a later cue keep it the cue's subject: "that deal was never". */
// "A deal between London and Paris under which Britain can return migrants … will come into force Tuesday", "an agreement
// on migrant returns took effect": what the agreement is about, or a relative clause on it, before an entry into force
// (a verb whose subject is an agreement)
const ABOUT_LEAD = /^\s*(?:on|about|over|covering|concerning)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,4}/u;
const RELATIVE_LEAD = /^\s*(?:(?:under|in|by|through)\s+which|whereby|to\s+\p{Ll}+)\b[^,;:()"“”.!?]{0,200}$/u;
const TOPIC_THEN_PASSIVE = /^\s*(?:on|about|over|covering|concerning)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,4}?(?:was|were|has been|have been|had been)\s+(?:\p{L}+ly\s+)?$/u;
function subjectLinksPast(between: string, postmodified: boolean): boolean {
  if (subjectLinks(between)) return true;
  // ("an agreement between Chile and Peru on fisheries was signed": the topic, then a passive, for any cue)
  if (TOPIC_THEN_PASSIVE.test(between)) return true;
  if (!postmodified) return false;
  if (RELATIVE_LEAD.test(between)) return true;
  const about = between.match(ABOUT_LEAD);
  return Boolean(about) && subjectLinks(between.slice(about![0].length));
}

function subjectLinks(between: string): boolean {
  // an aside between commas or brackets does not break the link: "The statement, agreed in March 2016, has been"
  // so does a participle's place and date, once its cue is blanked: "The agreement signed in Madrid on 13 February 1992 entered into force"
  // (a relative clause may run longer: "The pact, which cuts the duties on most of what the two sides sell each other, was approved")
  const flat = between
    .replace(/\s*\([^()]{1,40}\)/g, " ")
    .replace(/,\s*which\b[^,;]{1,160},/g, " ")
    .replace(/,[^,;]{1,80},/g, " ")
    .replace(/^(?:\s*\b(?:in|on|at|by)\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d’'.-]*\s*){1,4})+/u, " ");
  const toks = tokensOf(flat.toLowerCase().replace(/n[’']t\b/g, " n't"));
  if (toks.length > 9) return false;
  return toks.every((t) => LINKING_WORDS.has(t) || t === "n't" || t === "," || /^\w+ly$/.test(t));
}

/** The text between two offsets with other cues blanked: "was never implemented and was ultimately terminated". */
function withoutCues(text: string, from: number, to: number, cues: readonly Span[]): string {
  let out = "";
  let at = from;
  for (const c of cues) {
    if (c.start < from || c.end > to) continue;
    out += text.slice(at, c.start) + " ";
    at = c.end;
  }
  return out + text.slice(at, to);
}

/**
 * "plan to send some asylum seekers on a one-way trip to Rwanda", "scheme to transfer migrants to Albania":
 * an infinitive of moving people, then the destination's "to" (or "in": "to process claims in Nauru").
 */
// ("policy of relocating asylum seekers to Rwanda": the same act as a gerund after "of")
const TRANSFER_TO = /^\s+(?:to\s+(?:send|deport|transfer|relocate|remove|fly|return|move|process|resettle|offshore|hold|detain|house)|of\s+(?:sending|deporting|transferring|relocating|removing|flying|returning|moving|processing|resettling|offshoring|holding|detaining|housing))\b(?=[^.;:]{0,90}?\b(?:asylum|migrants?|refugees?|people|arrivals|deportees|detainees|immigrants|claims?)\b)[^.;:]{0,110}?\s(?:to|in)\s+(?:the\s+)?(?=\p{Lu})/u;

/** A cue that can be a past participle: "signed", "ratified", "concluded", "struck". */
const PARTICIPLE_CUE = /^(?:\w+ed|struck|made|inked|sealed)$/i;
/** What may stand between an agreement's phrase and a participle about it: a short prepositional tail, then a comma. */
const POSTMODIFIER_COMMA = /^(?:\s+(?:for|on|of|to|with|in|between|among|concerning|regarding)\b[^,;:.()"“”]{1,90})?\s*,\s*$/i;

/** "The partnership, which London and Kigali signed": the agreement is the object of a relative clause. */
/** "The partnership, which London and Kigali signed", "the agreement Guatemala signed": the agreement is the verb's object. */
/** A bare noun right after a verb, its own object: "suspend annexation" (not "signed yesterday", "signed last May", "signed quickly"). */
const OWN_OBJECT_AFTER = /^["”’']?\s+["“‘']?(?!(?:on|in|at|for|from|until|till|by|with|after|before|since|last|this|next|earlier|later|today|yesterday|tonight|and|or|but|as|to|into|onto|when|while|because|under|over|during|through|without|within|against|between|among|it|them|him|her|us|me|there|here|then|now|again|also|only|just|once|twice|soon|first|jointly|formally|officially)\b)\p{Ll}(?![\p{L}'’-]*ly\b)[\p{L}'’-]{3,}\b/u;

function relativeLinks(between: string): boolean {
  const m = between.match(/^\s*,?\s*(?:which|that)\s+([^,;:.()]*)$/i);
  if (m) return tokensOf(m[1]).length <= 6;
  // no relative pronoun: the clause must open with a name ("Guatemala", "Washington and Mexico City")
  const bare = between.match(/^\s+(\p{Lu}[^,;:.()]*)$/u);
  return Boolean(bare) && tokensOf(bare![1]).length <= 4 && countryOf(bare![1].split(/\s+/)[0], { capitals: true }) !== null;
}

/**
 * A word that may stand before a noun as its modifier: not a function word ("a letter opposing the pact":
 * "the" is no modifier of "pact" here), unless the agreement lists use it so ("a new …", "the first …"); no
 * determiner or joiner, no bare -ing form.
 */
const premodifies = (t: string) =>
  /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(t) && !/^\p{Ll}+ing$/u.test(t) && (!FUNCTION_WORDS.has(t) || (MODIFIER_WORDS.has(t) && !DEFINITE_WORDS.has(t) && !/^(?:a|an|and|of|on)$/.test(t)));

/**
 * Whether a trigger's object can be the agreement noun after `between` (the words from the trigger to the
 * mention). `atNoun`: the mention starts at its noun (no modifier the descriptive step knows), so words right
 * before it are its own modifiers: "signed a military intelligence pact" (a determiner and up to three
 * modifiers, none a function word nor a bare -ing form: "a letter opposing the pact" is no object).
 */
/**
 * A day, then a place, between a verb and its object, as wires translated from Spanish or French order them:
 * "this Thursday in Lima, the Peruvian capital,"; the day day-first ("on 4 May") or month-first ("on May 4, 2024").
 */
const DAY_PLACE_BEFORE_OBJECT = new RegExp(
  `^\\s+(?:(?:on|this|last)\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|\\d{1,2}\\s+(?:${MONTH_NAMES.join("|")})(?:\\s+\\d{4})?` +
    `|(?:${MONTH_NAMES.join("|")})\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4},?)?)` +
    `(?:\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?(?:,\\s+the\\s+[^,;.]{1,40}?\\s+capital,)?)?(?=\\s)`,
  "iu",
);
function objectLinks(between: string, atNoun = false): boolean {
  // "signed the initial version of the deal", "ratified the final text of the accord": the deal's own text
  // ("agreed on the terms of a trade deal": the terms agreed are the deal's)
  // ("signed this Thursday in Lima, the Peruvian capital, a cooperation agreement": the act's day and place told before its object)
  const bare = between.replace(DAY_PLACE_BEFORE_OBJECT, " ").replace(TERMS_OF, " ").replace(/^\s*(?:the\s+)?(?:(?:initial|first|final|original|revised|updated|amended|full|official)\s+)?(?:version|text)\s+of\s*/i, " ");
  // quotation marks around a word are no word: "reached a “historic” agreement"
  // (nor is an adverb on the agreement's adjective: "signed a legally non-binding MOU")
  const toks = tokensOf(bare).filter((t, i, all) => !/^[“”"‘’']$/.test(t) && !(/^\p{Ll}{3,}ly$/u.test(t) && i > 0 && i < all.length - 1));
  // "announced yesterday that its arrangement … will end": the agreement opens a clause of its own
  if (toks.some((t) => /^(?:that|whether|if|how|why)$/i.test(t))) return false;
  if (toks.length <= 2) return toks.every((t) => /^[\p{L}\p{N}“”"‘’']/u.test(t));
  if (!atNoun || toks.length > 4) return false;
  const first = toks[0].toLowerCase();
  const mods = DEFINITE_WORDS.has(first) || INDEFINITE_WORDS.has(first) ? toks.slice(1) : toks;
  return mods.length <= 3 && mods.every(premodifies);
}

/** A subject naming states only by their kind: "two Arab states", "the countries", "both nations". */
const GENERIC_STATES = /\b(?:states|countries|nations|governments)\b/i;
const APPOSITIVE = /^\s*(?:[—–-]\s|\()\s*([^()—–;:]{3,80}?)\s*(?:\s[—–-]|\))/;

/** A list of two or more countries set off by dashes or brackets right after `at`, and nothing else in it. */
function appositiveCountries(text: string, at: number, limit: number): CountryHit[] {
  const m = text.slice(at, limit).match(APPOSITIVE);
  if (!m) return [];
  const from = at + m.index! + m[0].indexOf(m[1]);
  const hits = countriesIn(text, from, from + m[1].length, { strict: false });
  let rest = m[1];
  for (const h of [...hits].reverse()) rest = rest.slice(0, h.start - from) + rest.slice(h.end - from);
  return hits.length >= 2 && /^(?:\s|,|\band\b)*$/.test(rest) ? hits : [];
}

const LEADER_RE = /\b(?:the\s+)?(?:first\s+|second\s+|former\s+|then-)?(\p{Lu}[\p{L}’'-]+)(?:['’]s)?\s+(?:administration|government)\b/gu;

// ---------- the extractor ----------

/** "Related: Nauru talks on new MOU | Most read": a scraped page's link line reports nothing. */
const LINK_LINE = /^\s*(?:related(?: stories| articles)?|read (?:more|also|next)|see also|also read|more on this|most read|recommended|trending)\s*[:|>»]/i;
export const isLinkLine = (sentence: string) => LINK_LINE.test(sentence);

function articleCountryCounts(text: string, skip: (h: CountryHit) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of countriesIn(text, 0, text.length, { strict: false })) if (!skip(h)) counts.set(h.country, (counts.get(h.country) ?? 0) + 1);
  return counts;
}

function leaderCountry(leader: string, officials: readonly Official[]): string | null {
  const key = leader.toLowerCase();
  for (const o of officials) {
    const last = o.name.toLowerCase().split(/\s+/).pop();
    if (last === key && o.country) return o.country;
  }
  return null;
}

// ---------- the steps of extractBilateralEvents ----------

/** One sentence as the steps read it: its cues and agreement mentions (none in a link line or a headline). */
interface SentenceReading {
  sentence: Span;
  cues: Cue[];
  mentions: Mention[];
  skipped: boolean;
}

// (one object literal for every sentence, read or skipped: one literal per branch gave the readings two hidden
// classes, and the steps' optimized code was thrown away when it first met the second)
const readingOf = (sentence: Span, mentions: Mention[], skipped: boolean): SentenceReading => ({ sentence, cues: [], mentions, skipped });

/**
 * Step 1: each sentence's mentions, and its cues. A link line or a headline (the title, a sidebar's story titles)
 * reports what a body says elsewhere: no source. A sentence's cues are read only where one of them can reach an
 * agreement (linkOf): through a mention in it or in the PRONOUN_REACH sentences before (syntax, pronouns), else
 * through an earlier mention, and then only a cue read from context; a sentence with none of these gets no event
 * from any cue, so it skips the cue scan.
 */
function readSentences(text: string, heads: readonly HeadHit[]): SentenceReading[] {
  const sentences = sentencesOf(text);
  // (pushed into one array: Array.prototype.map's result came in another elements kind)
  const perSentence: SentenceReading[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    perSentence.push(isLinkLine(s.text) || isHeadline(text, s) ? readingOf(s, [], true) : readingOf(s, findMentions(text, s, i, heads), false));
  }
  let mentionSoFar = false;
  for (let i = 0; i < perSentence.length; i++) {
    const p = perSentence[i];
    if (p.mentions.length) mentionSoFar = true;
    if (p.skipped || !mentionSoFar) continue;
    let near = false;
    for (let j = Math.max(0, i - PRONOUN_REACH); j <= i && !near; j++) near = perSentence[j].mentions.length > 0;
    if (near || mayCueFromContext(text, p.sentence)) p.cues = findCues(text, p.sentence);
  }
  return perSentence;
}

/** The countries of hits, in order (one loop, so that the result has one elements kind, empty or not). */
function countriesOfHits(hits: readonly CountryHit[], except: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const h of hits) if (!except.includes(h.country)) out.push(h.country);
  return out;
}

/** Officials named between from and to, as hits of their countries: "Meloni and Rama signed the protocol". */
function pushOfficialHits(into: CountryHit[], officials: readonly Official[], from: number, to: number): void {
  for (const o of officials) if (o.country && o.start >= from && o.end <= to) into.push({ text: o.text, start: o.start, end: o.end, country: o.country, as: "name" });
}

/** Step 2: the subject parties of a mention that is the object of a cue: "The US and El Salvador signed an agreement". */
/** A subject that watched the act, right before its noun: "was also present at the", "attended the", "witnessed the". */
const WITNESS_LEAD = /\b(?:(?:was|were|is|are|been)\s+(?:also\s+)?present\s+(?:at|for|during)|attended|attends|attending|witnessed|witnesses|witnessing)\s+(?:the\s+)?$/i;
/** A personal name set off by commas: ", Ana María Díaz Soto,". */
const APPOSED_NAME = String.raw`,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5},\s*`;
/** Two office holders, each with the name set off after the office: "the interior minister of Chile, Ana Díaz, and the minister of Peru, Luis Soto, ". */
const APPOSED_SUBJECT = new RegExp(`\\p{L}[^,;.]{1,100}${APPOSED_NAME}and\\s+[^,;.]{1,100}${APPOSED_NAME}$`, "u");

/**
 * The clause a verb's subject is read in: the verb's own clause, or, when the verb comes right after two office
 * holders whose names the commas set off ("The Commissioner of the EU, Ylva Lind, and the Minister of Chad, Ali
 * Musa, signed …"), the span from the first office on (the commas around the names open no clause).
 */
function subjectClause(text: string, sentence: Span, clause: Span, verb: number): Span {
  const m = text.slice(sentence.start, verb).match(APPOSED_SUBJECT);
  const start = m ? sentence.start + m.index! : clause.start;
  return start < clause.start ? { start, end: clause.end, text: text.slice(start, clause.end) } : clause;
}

/** A phrase of time opening a clause, up to its comma: "Days before its deal with Peru, ", "After talks with Iran on Friday, ". */
const FRONTED_TIME_PHRASE = /^\s*(?:(?:days|weeks|months|years|hours|shortly|soon|just|only|two|three|a\s+day|a\s+week|a\s+month|a\s+year)\s+)*(?:before|after|following|since|during|ahead\s+of)\s[^,;]{1,80},\s*/i;

function linkSubject(text: string, { sentence, cues }: SentenceReading, m: Mention, officials: readonly Official[]): void {
  if (m.listed && m.plural) {
    // "The first Trump administration created asylum agreements with Guatemala, Honduras and El Salvador"
    const clause = clauseOf(text, sentence, m.start);
    m.subject = countriesIn(text, clause.start, m.start, { strict: true });
    LEADER_RE.lastIndex = 0;
    const lead = LEADER_RE.exec(text.slice(clause.start, m.start));
    if (lead) m.subjectLeader = lead[1];
  }
  const rel = cues.find((c) => c.start >= m.end && c.def.link.includes("object") && relativeLinks(text.slice(m.end, c.start)));
  // ("signed a trade agreement which will take effect on 1 March": a relative whose pronoun is the verb's own subject
  // names no side; the sides are the subject of the verb the agreement is the object of)
  const relSubject = rel ? countriesIn(text, m.end, rel.start, { strict: true }) : [];
  if (rel && relSubject.length) {
    m.subject = relSubject;
    return;
  }
  // "The Regional Resettlement Arrangement, signed by Kevin Rudd and Peter O'Neill on 19 July 2013,": the agent's parties
  const part = cues.find((c) => c.start >= m.end && c.def.link.includes("object") && /^\s*,\s*$/.test(text.slice(m.end, c.start)) && /^\s+by\s/i.test(text.slice(c.end, c.end + 4)));
  if (part) {
    const rest = text.slice(part.end, sentence.end);
    const stop = rest.search(/[,;:.()]|\s[—–-]\s/);
    const agentEnd = part.end + (stop < 0 ? rest.length : stop);
    m.subject = countriesIn(text, part.end, agentEnd, { strict: false });
    pushOfficialHits(m.subject, officials, part.end, agentEnd);
    m.subject = dedupeHits(m.subject);
    return;
  }
  const cue = cues.filter((c) => c.end <= m.start && c.def.link.includes("object") && objectLinks(text.slice(c.end, m.start), m.start === m.headStart)).pop();
  if (!cue) return;
  const clause = subjectClause(text, sentence, clauseOf(text, sentence, cue.start), cue.start);
  // "The Bolivian minister was also present at the signing of the agreement": a witness of the act is no side of it
  if (WITNESS_LEAD.test(text.slice(clause.start, cue.start))) return;
  // ("Days before its agreement with Thailand, China signed a pact with Singapore": a fronted phrase of time names no side)
  const fronted = text.slice(clause.start, cue.start).match(FRONTED_TIME_PHRASE)?.[0].length ?? 0;
  m.subject = countriesIn(text, clause.start + fronted, cue.end, { strict: true });
  // "Israel and Hamas struck a ceasefire deal": a movement in the subject is a side of a peace accord
  // ("Russia and Chechen separatists struck a military deal": a security deal with a movement is one too;
  // so is one of no stated kind, "Moscow and the rebels signed an agreement": a state's only agreements
  // with an armed movement are about the fighting)
  if (m.family === "peace" || m.family === "security" || m.family === null || /\b(?:ceasefire|cease-fire|truce|peace)\s+$/i.test(text.slice(Math.max(0, m.headStart - 20), m.headStart))) for (const h of movementHits(text, clause.start, cue.start)) m.subject.push(h); // (m.subject is countriesIn's fresh array)
  // "the only two Arab states to have signed peace treaties with Israel - Egypt and Jordan -": a subject
  // that only says "states" is named by the list set off right after the agreement
  if (!m.subject.length && GENERIC_STATES.test(text.slice(clause.start, cue.start))) m.subject = appositiveCountries(text, m.end, sentence.end);
  // "Meloni and Rama signed the protocol": the countries of officials named in the subject
  pushOfficialHits(m.subject, officials, clause.start, cue.start);
  m.subject = dedupeHits(m.subject);
  // "Trump said … as he hosted a summit where the two leaders signed": the summit's host is no side
  const host = hostOf(text, clause, cue.start, m.subject, officials);
  if (host) m.subject = m.subject.filter((h) => h.country !== host);
  LEADER_RE.lastIndex = 0;
  const lead = LEADER_RE.exec(text.slice(clause.start, cue.end));
  if (lead) m.subjectLeader = lead[1];
}

/**
 * "the Paris climate agreement", "the Minsk accords", "the Oslo accords": a capital inside an agreement's
 * words names where it was made, not a side (the sides of the Oslo accords are not Norway); a country's
 * own name there ("the Turkey deal") is one of its words' parties already.
 */
function placeInNameTest(text: string, heads: readonly HeadHit[]): (h: CountryHit) => boolean {
  return (h) => {
    if (h.as !== "capital") return false;
    for (let k = countBefore(heads, h.end, (x) => x.index); k < heads.length && heads[k].index <= h.end + 40; k++)
      if (/^\s+(?:[\p{Ll}-]+\s+){0,3}$/u.test(text.slice(h.end, heads[k].index))) return true;
    return false;
  };
}

const compatible = (a: LocalAgreement, family: string | null) => !family || !a.family || a.family === family;

/**
 * "the EU and Chile signed the Advanced Framework Agreement and the Interim Trade Agreement": an agreement of the
 * same sides under another proper name is another agreement (a plain head noun, "the deal", is either).
 */
const otherNamed = (a: LocalAgreement, m: Mention) => isProperAgreementName(m.name) && a.names.some((n) => isProperAgreementName(n)) && !a.names.some((n) => namesMatch(n, m.name!));

/** Step 3: mentions resolved to the article's agreements, in reading order. */
class AgreementResolver {
  readonly agreements: LocalAgreement[] = [];
  /** The agreement the last mention resolved to. */
  last: LocalAgreement | null = null;
  /** The agreements a plural or a list resolved to last ("all three treaties", "the one with Guatemala"). */
  lastGroup: LocalAgreement[] = [];
  readonly text: string;
  readonly perSentence: readonly SentenceReading[];
  readonly placeInName: (h: CountryHit) => boolean;

  constructor(text: string, perSentence: readonly SentenceReading[], placeInName: (h: CountryHit) => boolean) {
    this.text = text;
    this.perSentence = perSentence;
    this.placeInName = placeInName;
  }

  create(parties: Iterable<string>, m: Mention): LocalAgreement {
    const a: LocalAgreement = { n: this.agreements.length, parties: new Set(parties), kind: null, family: null, names: [], heads: [], guessed: false, leader: null, exclude: new Set(), near: [], first: this.perSentence[m.sentence].sentence, actors: new Set() };
    this.agreements.push(a);
    return a;
  }

  absorb(a: LocalAgreement, m: Mention, extra: Iterable<string>): void {
    const text = this.text;
    if (a.parties.size < 2) for (const p of extra) a.parties.add(p);
    for (const h of m.subject) if (a.parties.has(h.country)) a.actors.add(h.country);
    if (m.kind && (!a.kind || KINDS.findIndex((k) => k.kind === m.kind) < KINDS.findIndex((k) => k.kind === a.kind))) a.kind = m.kind;
    if (m.family && !a.family) a.family = m.family;
    if (m.name) a.names.push(m.name);
    if (m.head) a.heads.push(m.head);
    if (m.subjectLeader && !a.leader) a.leader = m.subjectLeader;
    // (within the mention's part of its sentence: "was signed with El Salvador last week; another was sealed with
    // Guatemala" names another agreement's side past the semicolon)
    const s = semicolonPart(text, this.perSentence[m.sentence].sentence, m.start);
    // (nor a side written into another agreement's own words: "transfers under the US-Guatemala agreement were paused
    // and the agreements with El Salvador and Honduras were never implemented" names Guatemala as no side of these)
    const others = this.perSentence[m.sentence].mentions.filter((o) => o !== m && o.own.length >= 2);
    const inOther = (h: CountryHit) => others.some((o) => o.own.some((x) => x.start <= h.start && h.end <= x.end));
    for (const h of countriesIn(text, s.start, s.end, { strict: true })) if (!a.near.includes(h.country) && !this.placeInName(h) && !inOther(h)) a.near.push(h.country);
  }

  newCountries(sentence: Span, a: LocalAgreement): string[] {
    return [...new Set(countriesIn(this.text, sentence.start, sentence.end, { strict: false }).map((h) => h.country))].filter((c) => !a.parties.has(c));
  }

  containing(party: string, family: string | null): LocalAgreement | null {
    return [...this.agreements].reverse().find((a) => a.parties.has(party) && compatible(a, family)) ?? null;
  }

  /** The last agreement between exactly these parties, of a compatible kind. */
  between(parties: readonly string[], family: string | null): LocalAgreement | null {
    return [...this.agreements].reverse().find((x) => x.parties.size === parties.length && parties.every((p) => x.parties.has(p)) && compatible(x, family)) ?? null;
  }

  /** A mention's agreements, from its own parties, its subject's and the agreements just discussed. */
  resolve(sentence: Span, m: Mention): void {
    if (m.unspecified && !m.own.length) return;
    const ownParties = countriesOfHits(m.own);
    const subjectParties = countriesOfHits(m.subject, ownParties);
    // "the government signed a deal with Colombian FARC rebels": with no state named as the other side, the
    // movement's own state, named only by its people's adjective, is that side
    if (m.movementHome && ownParties.length === 1 && !subjectParties.length && ownParties[0] !== m.movementHome) ownParties.push(m.movementHome);
    if (m.selector) return this.resolveSelector(m, ownParties);
    if (m.plural && ownParties.length >= 2 && !m.listed) m.plural = false; // "the agreements between the US and Honduras": one relationship
    // "Nicaragua suspended the agreements with Taiwan": one relationship, its subject the other side
    if (m.plural && ownParties.length === 1 && subjectParties.length === 1 && !m.listed) m.plural = false;
    if (m.plural) return this.resolvePlural(m, ownParties, subjectParties);
    if (this.resolveListedAgain(m, ownParties)) return;
    const a = this.resolveSingular(sentence, m, ownParties, subjectParties);
    m.resolved = [a];
    this.last = a;
  }

  /** "the one with Guatemala": among the agreements just listed. */
  resolveSelector(m: Mention, ownParties: readonly string[]): void {
    const pool = [...this.lastGroup, ...[...this.agreements].reverse()];
    let a = pool.find((x) => ownParties.every((p) => x.parties.has(p))) ?? null;
    if (!a) {
      const lastGroup = this.lastGroup;
      const common = lastGroup.length ? [...lastGroup[0].parties].filter((p) => lastGroup.every((g) => g.parties.has(p))) : [];
      a = this.create([...common, ...ownParties], m);
    }
    this.absorb(a, m, []);
    m.resolved = [a];
    this.last = a;
  }

  resolveGroup(m: Mention, group: LocalAgreement[]): void {
    m.resolved = group;
    this.lastGroup = group;
    this.last = group[group.length - 1];
  }

  resolvePlural(m: Mention, ownParties: readonly string[], subjectParties: readonly string[]): void {
    if (m.listed) {
      // "asylum agreements with Guatemala, Honduras and El Salvador": one each
      const group = m.own.map((h) => {
        const a = this.containing(h.country, m.family) ?? this.create([h.country], m);
        this.absorb(a, m, subjectParties);
        for (const o of m.own) if (o.country !== h.country) a.exclude.add(o.country);
        return a;
      });
      this.resolveGroup(m, group);
    } else if (ownParties.length === 1 && subjectParties.length >= 2) {
      // "Guatemala, Honduras and El Salvador signed agreements with the US": one each
      const group = subjectParties.map((p) => {
        const a = [...this.agreements].reverse().find((x) => x.parties.has(p) && x.parties.has(ownParties[0]) && compatible(x, m.family)) ?? this.create([ownParties[0], p], m);
        this.absorb(a, m, []);
        return a;
      });
      this.resolveGroup(m, group);
    } else if (ownParties.length >= 2 || m.unspecified) {
      return;
    } else if (this.lastGroup.length && (m.count === null || m.count === this.lastGroup.length) && (m.definite || m.count !== null)) {
      // "all three treaties", "both deals"
      m.resolved = this.lastGroup;
      for (const a of this.lastGroup) this.absorb(a, m, []);
    }
  }

  /**
   * "the agreement with El Salvador, Guatemala, and Honduras" after the article told of one agreement with each:
   * the singular lists those agreements again, it does not make a new one of them all.
   */
  resolveListedAgain(m: Mention, ownParties: readonly string[]): boolean {
    if (!(m.listed && !m.plural && ownParties.length >= 2 && !this.agreements.some((x) => ownParties.every((p) => x.parties.has(p))))) return false;
    const each = ownParties.map((p) => [...this.agreements].reverse().find((x) => x.parties.size === 2 && x.parties.has(p) && compatible(x, m.family)) ?? null);
    const others = new Set(each.map((x) => (x ? [...x.parties].find((q) => !ownParties.includes(q)) : undefined)));
    if (!(each.every(Boolean) && new Set(each).size === each.length && others.size === 1 && !others.has(undefined))) return false;
    const group = each as LocalAgreement[];
    for (const x of group) this.absorb(x, m, []);
    this.resolveGroup(m, group);
    return true;
  }

  resolveSingular(sentence: Span, m: Mention, ownParties: readonly string[], subjectParties: readonly string[]): LocalAgreement {
    const text = this.text;
    const last = this.last;
    let a: LocalAgreement | null = null;
    if (ownParties.length >= 2) {
      a = [...this.agreements].reverse().find((x) => x.parties.size === new Set(ownParties).size && ownParties.every((p) => x.parties.has(p)) && compatible(x, m.family) && !otherNamed(x, m)) ?? null;
      if (!a) a = this.create(ownParties, m);
      this.absorb(a, m, subjectParties);
    } else if (ownParties.length === 1) {
      a = m.fresh ? null : this.containing(ownParties[0], m.family);
      if (!a) a = this.create(ownParties, m);
      this.absorb(a, m, subjectParties);
      // "The US signed a pact with Chile. A similar pact was signed with Panama": another agreement (new, or
      // indefinite) whose clause names no actor is the same actor's, who signs the new one too
      if ((m.fresh || m.indefinite) && !subjectParties.length && a.parties.size === 1 && last && last !== a && compatible(last, m.family)) {
        const actor = [...last.actors].filter((p) => !a!.parties.has(p));
        if (actor.length === 1) {
          a.parties.add(actor[0]);
          a.actors.add(actor[0]);
        }
      }
    } else if (last && /^(?:this|that|these|those)\b/i.test(m.text) && compatible(last, m.family)) {
      // "during which they proposed this partnership": a demonstrative points back at the agreement just discussed,
      // whoever the sentence's subject names
      a = last;
      this.absorb(a, m, []);
    } else if (subjectParties.length) {
      // parties from the subject only: "The US and El Salvador signed an agreement"
      if (subjectParties.length >= 2) {
        a = [...this.agreements].reverse().find((x) => subjectParties.every((p) => x.parties.has(p)) && x.parties.size === subjectParties.length && compatible(x, m.family) && !otherNamed(x, m)) ?? null;
      } else if (m.definite && !m.fresh) {
        a = this.containing(subjectParties[0], m.family);
      }
      if (!a) a = this.create(subjectParties, m);
      this.absorb(a, m, []);
    } else if (m.fresh || (m.indefinite && !last)) {
      // "Chile and Peru signed an accord in 2018. A revised accord was signed on Nov 24": a revision of the agreement
      // just discussed is between its sides
      const revises = last && last.parties.size >= 2 && compatible(last, m.family) && REVISION_WORDS.test(m.text) ? last : null;
      a = this.create(revises ? revises.parties : [], m);
      this.absorb(a, m, []);
    } else if (m.indefinite && last && last.parties.size >= 2 && this.newCountries(sentence, last).length) {
      // "Australia already sends some arrivals to Nauru under a memorandum signed last August": an
      // indefinite agreement among other countries than the one discussed is another agreement
      a = this.create(this.newCountries(sentence, last).length === 1 ? countriesIn(text, sentence.start, sentence.end, { strict: false }).map((h) => h.country).slice(0, 2) : [], m);
      this.absorb(a, m, []);
    } else if (last && last.parties.size >= 2 && otherNamed(last, m)) {
      // "signed the Advanced Framework Agreement and the Interim Trade Agreement": another proper name after one of
      // known sides is that pair's other agreement (the one so named already, else a new one)
      a = [...this.agreements].reverse().find((x) => x.parties.size === last.parties.size && [...last.parties].every((p) => x.parties.has(p)) && x.names.some((n) => namesMatch(n, m.name!))) ?? this.create(last.parties, m);
      this.absorb(a, m, []);
    } else if (last) {
      a = last;
      this.absorb(a, m, []);
      // "Under that arrangement, the US and Canadian governments …": names the missing parties
      if (a.parties.size < 2) {
        // (not the broker: "the deal brokered by the United States and Qatar")
        for (const h of countriesIn(text, sentence.start, sentence.end, { strict: true })) if (!BROKER_BEFORE.test(text.slice(Math.max(sentence.start, h.start - 60), h.start))) a.parties.add(h.country);
      }
    } else {
      a = this.create([], m);
      this.absorb(a, m, []);
    }
    return a;
  }
}

/**
 * Step 4: agreements with one party complete: the leader's country, else the article's most-named other country;
 * an agreement with none, linked to an event, takes the two most-named countries when both are named twice.
 */
function completeParties(text: string, agreements: readonly LocalAgreement[], placeInName: (h: CountryHit) => boolean, officials: readonly Official[]): void {
  const counts = articleCountryCounts(text, placeInName);
  const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  // two countries that dominate the article (named twice or more; a third at most once) are as good as stated
  const dominant = ranked.length >= 2 && ranked[1][1] >= 2 && (ranked.length === 2 || (ranked[2][1] < 2 && ranked[2][1] < ranked[1][1])) ? new Set([ranked[0][0], ranked[1][0]]) : null;
  for (const a of agreements) {
    // "An uneasy ceasefire has prevailed in Nagorno-Karabakh, … Azeri territory, … after ethnic Armenians drove
    // Azeris out": a truce that names no side is between the two its sentence names, whoever they are
    if (a.parties.size === 0 && a.family === "peace") {
      const sides = [...new Set([...countriesIn(text, a.first.start, a.first.end, { strict: false }), ...movementHits(text, a.first.start, a.first.end)].map((h) => h.country))];
      if (sides.length === 2) {
        for (const p of sides) a.parties.add(p);
        continue;
      }
    }
    // an agreement that names no side takes the article's two countries only when they dominate it;
    // two merely most-named countries ("Iran" and "North Korea" in a piece on missile tests) are no evidence
    if (a.parties.size === 0 && dominant) {
      for (const p of dominant) a.parties.add(p);
      continue;
    }
    if (a.parties.size !== 1) continue;
    // "Sudan's government and several rebel groups formalized a peace agreement": a peace accord whose other side its
    // sentence tells as an unnamed movement has no country for that side (the article's most-named other is a guess)
    // ("Mali's junta has terminated an agreement it signed with local rebels": so is a deal of any family made "with" one)
    if ((a.family === "peace" ? unnamedMovementIn : unnamedMovementPartnerIn)(text, a.first.start, a.first.end) && !movementHits(text, a.first.start, a.first.end).length) continue;
    // "Under the new memorandum with Nauru, signed last month, Australia will keep …": the other actor of its sentence
    const nearby = a.near.find((c) => !a.parties.has(c) && !a.exclude.has(c));
    if (nearby) {
      a.parties.add(nearby);
      continue;
    }
    const viaLeader = a.leader ? leaderCountry(a.leader, officials) : null;
    if (viaLeader && !a.parties.has(viaLeader)) {
      a.parties.add(viaLeader);
      continue;
    }
    const other = [...counts.entries()].filter(([c]) => !a.parties.has(c) && !a.exclude.has(c)).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    if (other) {
      a.parties.add(other[0]);
      a.guessed = !(dominant && [...a.parties].every((p) => dominant.has(p)));
    }
  }
}

/** What step 5 reads and writes for the whole article. */
interface EventContext {
  text: string;
  published: string | null;
  perSentence: readonly SentenceReading[];
  resolver: AgreementResolver;
  /** The dates extractor's findings. */
  knownDates: readonly TemporalExpression[];
  claims: readonly Claim[];
  officials: readonly Official[];
  items: AgreementEvent[];
  diagnostics: Diagnostic[];
  /** Each agreement's name, once: its names and heads are all read by now, and a cue per sentence asks again. */
  names: Map<LocalAgreement, string | null>;
  /** Each agreement's date from a possessive ("Friday's deal"), once. */
  possessiveDates: Map<LocalAgreement, DateRef | null>;
}

/** Which agreement(s) a cue is about, and whether surely. */
interface CueLink {
  mention: Mention | null;
  targets: LocalAgreement[];
  certain: boolean;
  /** The cue's clause (clauseOf), read once for linking and again for the event. */
  clause: Span;
}

/** A date step 5 gave one of a sentence's cues: a process begun with it starts then. */
interface DatedCue {
  cue: Cue;
  ref: DateRef;
}

function nameOf(ctx: EventContext, a: LocalAgreement): string | null {
  let name = ctx.names.get(a);
  if (name === undefined) ctx.names.set(a, (name = bestLocalName(a)));
  return name;
}

/** "Friday's deal", "last week's accord": the date a mention of the agreement carries in the possessive, once per agreement. */
function possessiveDateOf(ctx: EventContext, a: LocalAgreement): DateRef | null {
  if (ctx.possessiveDates.has(a)) return ctx.possessiveDates.get(a)!;
  const { text, knownDates, published } = ctx;
  let found: DateRef | null = null;
  for (const p of ctx.perSentence) {
    for (const m of p.mentions) {
      if (found || m.resolved.length !== 1 || m.resolved[0] !== a) continue;
      const d = knownDates.find((x) => x.end <= m.start && m.start - x.end <= 4 && /^['’]s\s+$/.test(text.slice(x.end, m.start)));
      const v = d ? settle(text, [d], knownDates, published, "past")?.ref : null;
      if (v) found = v;
    }
  }
  ctx.possessiveDates.set(a, found);
  return found;
}

/** Which agreement(s) a cue is about: by syntax (inside, object, subject), else a pronoun or the transfer rules' context. */
/** Between two agreements one verb shares: " (AFA) and the ", ", and an ", " as well as the ". */
const COORDINATED_AGREEMENT = /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:and|as well as)\s+(?:(?:the|a|an|its|their)\s+)?$/i;

function linkOf(ctx: EventContext, cue: Cue, sentence: Span, cues: readonly Cue[], mentions: readonly Mention[]): CueLink {
  const { text, perSentence } = ctx;
  const clause = clauseOf(text, sentence, cue.start);
  let mention: Mention | null = null;
  for (const how of ["inside", ...cue.def.link] as const) {
    if (how === "inside") mention = mentions.find((m) => m.start < cue.end && m.end > cue.start && m.resolved.length) ?? null;
    else if (how === "object") {
      // "agreed to expand the program": the program is what is expanded, not what is agreed
      // ("has suspended and initiated the process to terminate the agreements": two verbs share the one object,
      // so the verb coordinated right after is no object of its own between them)
      const shared = cues.find((c) => c !== cue && c.start >= cue.end && SHARED_OBJECT_GAP.test(text.slice(cue.end, c.start)));
      const from = shared?.end ?? cue.end;
      mention = mentions.find((m) => m.start >= from && m.resolved.length && objectLinks(text.slice(from, m.start), m.start === m.headStart) && !cues.some((c) => c !== cue && c !== shared && c.start >= cue.end && c.end <= m.start)) ?? null;
    } else if (how === "subject")
      mention =
        [...mentions].reverse().find((m) => m.end <= cue.start && m.start >= clause.start && m.resolved.length && subjectLinksPast(withoutCues(text, m.end, cue.start, cues), cue.def.rule === "entry-into-force")) ??
        // ("the deal Israel agreed to suspend annexation": a verb with an object of its own does not act on the deal)
        (cue.def.link.includes("object") && !OWN_OBJECT_AFTER.test(text.slice(cue.end, cue.end + 40)) ? ([...mentions].reverse().find((m) => m.end <= cue.start && m.resolved.length && relativeLinks(text.slice(m.end, cue.start))) ?? null) : null) ??
        // "the Protocol between Italy and Albania for the strengthening of cooperation, signed in Rome on …": a
        // participle after the agreement's phrase and a comma says what was done to it
        (cue.def.link.includes("object") && PARTICIPLE_CUE.test(cue.text) ? ([...mentions].reverse().find((m) => m.end <= cue.start && m.start >= sentence.start && m.resolved.length && POSTMODIFIER_COMMA.test(text.slice(m.end, cue.start))) ?? null) : null);
    if (mention) break;
  }
  // "Signed in 1994, the peace treaty between Israel and Jordan …": a participle phrase opening the sentence, before
  // an agreement that names its sides (a named one is the frames' reading)
  if (!mention && /^(?:signed|ratified)$/i.test(cue.text) && /^[\s"“‘'(]*$/.test(text.slice(sentence.start, cue.start))) mention = mentions.find((m) => m.start >= cue.end && m.resolved.length && m.own.length > 0 && FRONTED_GAP.test(text.slice(cue.end, m.start))) ?? null;
  let targets = mention?.resolved ?? [];
  // "signed the Advanced Framework Agreement (AFA) and the Interim Trade Agreement (ITA)": a second agreement
  // coordinated with the first shares its verb
  if (mention && mention.start >= cue.end) {
    // (the longest mention that starts where the object does: "the Andes Partnership" and "the Andes Partnership Agreement")
    let end = mention.end;
    for (const m of mentions) if (m.start === mention.start && m.end > end) end = m.end;
    const next = mentions.find((m) => m.start >= end && COORDINATED_AGREEMENT.test(text.slice(end, m.start)) && m.resolved.length === 1 && !targets.includes(m.resolved[0]));
    if (next) targets = [...targets, ...next.resolved];
  }
  let certain = true;
  if (!mention) {
    // "It entered into force in 2020": a pronoun for the agreement named just before
    const lead = text.slice(clause.start, cue.start);
    // the last pronoun before the cue: "which Spain and Morocco signed in 1992 and which came into force"
    // ("notify the UN of its withdrawal, which will take effect in a year": that "which" is the withdrawal's)
    // ("with its provisions taking effect a month later": the agreement's provisions stand for it, as "it" would)
    // ("an agreement with China, one that will come into effect from 1 March": an appositive "one that" is the agreement again)
    const pron = lead.match(/^[\s\S]*\b(?:it|which|one\s+(?:that|which)|its\s+(?:(?:main|key|core)\s+)?(?:provisions|terms|rules|commitments|obligations))\b([^,;]*)$/i);
    const actWhich = pron && ACT_NOUN_WHICH.test(lead.slice(0, lead.length - pron[1].length));
    // "It was signed in July 2013 … It was ruled unconstitutional …": a pronoun chain reaches a few sentences back
    const at = perSentence.findIndex((p) => p.sentence === sentence);
    const prev = perSentence.slice(Math.max(0, at - PRONOUN_REACH), at + 1).flatMap((p) => p.mentions).filter((m) => m.end <= cue.start && m.resolved.length);
    // ("signed the final text last week": the agreement's text stands for it, as "it" would)
    // ("began the procedure for their termination": a possessive in the cue's own words is its object pronoun)
    const objectPronoun = (/^\s+(?:it|them|the\s+(?:(?:final|full|agreed|revised|finished)\s+)?text)\b/i.test(text.slice(cue.end, cue.end + 32)) || /^(?:its|their)\s/i.test(cue.text)) && cue.def.link.includes("object");
    const sameSentence = mentions.filter((m) => m.resolved.length === 1);
    if (cue.def.fromSentence && !cue.def.fromContext && new Set(sameSentence.map((m) => m.resolved[0])).size === 1) {
      // "the court ruled that the detention breaches the constitution, … the 2013 arrangement": the one agreement of the sentence
      targets = sameSentence[0].resolved;
    } else if (cue.def.fromContext && sameSentence.length) {
      targets = sameSentence[0].resolved;
      certain = false;
    } else if (((pron && !actWhich && subjectLinks(pron[1])) || objectPronoun) && prev.length) {
      // a pronoun for the agreement just named states the event as firmly as the name would
      targets = prev[prev.length - 1].resolved;
    } else if (cue.def.fromContext) {
      const before = perSentence.slice(0, at + 1).flatMap((p) => p.mentions).filter((m) => m.end <= cue.start && m.resolved.length === 1);
      if (before.length) {
        targets = before[before.length - 1].resolved;
        certain = false;
      }
    }
  }
  return { mention, targets, certain, clause };
}

/** Step 5: a sentence's events, one cue after another. */
function eventsOfSentence(ctx: EventContext, reading: SentenceReading): void {
  const { sentence, cues, mentions } = reading;
  // the dates given to the sentence's earlier cues, for a process begun with them
  const datedCues: DatedCue[] = [];
  const links = new Map(cues.map((c) => [c, linkOf(ctx, c, sentence, cues, mentions)]));
  const linked = cues.filter((c) => links.get(c)!.targets.length);
  for (const cue of cues) eventsOfCue(ctx, reading, cue, links.get(cue)!, linked, datedCues);
}

/** Whether the cue, though linked, states no event of its agreement. */
function refusedCue(text: string, cue: Cue, clause: Span, mention: Mention | null, targets: readonly LocalAgreement[]): boolean {
  // "a ceasefire has held since May": a cue only some agreements take
  if (cue.def.heads && !(mention?.head && cue.def.heads.includes(mention.head))) return true;
  // "EU leaders and Turkey's prime minister approved the deal": a cue only a subject naming both sides takes
  if (cue.def.bothSides && !(mention && (mention.start >= cue.end ? new Set(mention.subject.map((h) => h.country)).size >= 2 : bothSidesAgent(text, cue, clause, targets))) && !companionNamesSides(text, cue, clause, targets)) return true;
  // "no peace treaty has been signed since", "signed no trade agreement": the determiner negates the event
  if (mention && (NO_DETERMINER.test(text.slice(Math.max(0, mention.start - 20), mention.start)) || /^no\s/i.test(mention.text))) return true;
  // "had been negotiating such an agreement for months": a kind of agreement, not one ("such an agreement with Canada" is one)
  if (mention && !mention.own.length && KIND_DETERMINER.test(text.slice(Math.max(0, mention.start - 12), mention.headStart))) return true;
  // "Talks on a migration pact came to an end": what ended (or was suspended) is the talks, not the pact
  if ((cue.def.type === "terminated" || cue.def.type === "suspended") && mention && mention.end <= cue.start && TALKS_ON.test(text.slice(Math.max(clause.start, mention.start - 40), mention.start))) return true;
  // "the deal, which was struck down by both countries": a ruling is a court's; a passive's agent that is no court made none
  if ((cue.def.type === "ruled_unlawful" || cue.def.type === "upheld") && NOT_A_COURT_AGENT.test(text.slice(cue.end, clause.end))) return true;
  // "the accords, which ended the war": the agreement ended something else, it did not end
  if (cue.def.type === "terminated" && mention && mention.end <= cue.start && ENDED_ACTIVE.test(cue.text) && ENDED_SOMETHING.test(text.slice(cue.end, clause.end))) return true;
  return false;
}

/** An event's date when its clause gives none that dateAt reads, and whether it is only inferred. */
interface FallbackDate {
  ref: DateRef | null;
  inferred: boolean;
}

/** The date of an event its clause does not date: from the reading, the agreement's name, the report's day, another mention or cue. */
function fallbackDate(ctx: EventContext, sentence: Span, cue: Cue, type: AgreementEvent["type"], link: CueLink, site: DateSite, datedCues: readonly DatedCue[]): FallbackDate {
  const { text, knownDates, published } = ctx;
  const { mention, targets } = link;
  let dateRef: DateRef | null = null;
  if (cue.def.ongoing && isOngoing(cue.text) && published) dateRef = { value: published.slice(0, 7), text: `ongoing at publication (${published})` };
  // "Jordan signed a 1994 peace treaty with Israel": with no other date, the year before the head noun of a
  // two-sided agreement is the year it was concluded, so of its signing (not of a later act: "ratified the 1994 treaty")
  if (!dateRef && type === "signed" && mention) {
    const year = knownDates.find((d) => d.start >= mention.start && d.end <= mention.headStart && /^\d{4}$/.test(d.text) && /^\d{4}$/.test(dayValue(d) ?? ""));
    if (year && (!published || year.text <= published.slice(0, 4))) dateRef = { value: year.text, text: year.text };
  }
  // "the deal, brokered the week before by …"; "1978 - Egypt and Israel signed the accords": a historical
  // calendar's line is dated by its year and heading
  if (!dateRef && type !== "never_implemented") dateRef = offsetDate(text, cue, sentence.end, knownDates) ?? periodBefore(text, site, knownDates, published) ?? calendarDate(text, cue.start) ?? reportingDate(text, cue, sentence.start, knownDates, published);
  // "Car tariffs fall from Monday, 3 June. That is the first result of the entry into force of the pact": the day of what it caused
  if (!dateRef && type !== "never_implemented") dateRef = causeOfDated(text, cue, sentence, knownDates);
  // "The Australian Government has signed a memorandum with Nauru" opening the report: the report's day, inferred
  // (not stated: a source that gives the day, a day earlier, is not contradicted by it)
  const inferredDay = !dateRef && type !== "never_implemented" ? leadPerfectDate(text, cue, sentence, knownDates, published) : null;
  if (inferredDay) dateRef = inferredDay;
  // "EU leaders and Turkey's prime minister approved a deal … Friday's deal makes Turkey …": a conclusion with no date
  // of its own takes the date another mention of the same agreement carries in the possessive
  if (!dateRef && type === "signed" && targets.length === 1) dateRef = possessiveDateOf(ctx, targets[0]);
  // "announced on Saturday that it had suspended the agreements and initiated the process to terminate them":
  // a process begun together with an act the sentence dates starts when that act was done
  if (!dateRef && type === "announced") dateRef = datedCues.find((d) => COORDINATED_PROCESS.test(text.slice(d.cue.end, cue.start)))?.ref ?? null;
  // "ratified the pact on Friday, bringing it into force immediately": the act that puts it into force dates its entry
  if (!dateRef && type === "entered_into_force" && RESULT_ENTRY.test(cue.text)) dateRef = datedCues.find((d) => d.cue.end <= cue.start && RESULT_CLAUSE_GAP.test(text.slice(d.cue.end, cue.start)))?.ref ?? null;
  return { ref: dateRef, inferred: !!inferredDay };
}

/** Step 5 for one cue: its type, its date, and an event for each agreement it is linked to (and each gapped conjunct's). */
function eventsOfCue(ctx: EventContext, { sentence, cues, mentions }: SentenceReading, cue: Cue, link: CueLink, linked: readonly Cue[], datedCues: DatedCue[]): void {
  const { text, published, knownDates, items } = ctx;
  const { mention, targets, certain, clause } = link;
  if (!targets.length) return;
  if (refusedCue(text, cue, clause, mention, targets)) return;
  let type = decideType(text, clause, cue);
  if (!type) return;
  if (heldBack(type, cue.text, sentence.text)) type = "announced";
  // "The deal takes effect on Monday": a present-tense entry into force is scheduled, not done
  const scheduled = type === "entered_into_force" && PRESENT_ENTRY.test(cue.text);
  const dir: Direction = type === "expected_in_force" || scheduled ? "future" : "past";
  // dates inside an agreement's name describe the agreement ("a 2023 protocol"), not this event
  const relativeTo = mention && mention.end <= cue.start && relativeLinks(text.slice(mention.end, cue.start)) ? mention : null;
  const site = { cue, clause, sentenceStart: sentence.start, otherCues: linked, names: mentions, object: mention && mention.start >= cue.end ? mention : null, relativeTo, announcement: type === "announced" };
  // ("are set to sign the deal on Friday": that Friday is the signing's; the announcement is the report's or its reporting verb's)
  const ahead = type === "announced" && cue.def.type === "signed" ? signingAhead(text, clause, cue) : null;
  // ("struck a border accord on Tuesday, and it is to be signed next week": the conclusion its sentence told is the announcement)
  if (ahead && items.some((e) => e.start >= sentence.start && e.end <= sentence.end && targets.some((a) => e.parties.length === a.parties.size && e.parties.every((p) => a.parties.has(p))))) return;
  const usable = ahead ? knownDates.filter((d) => d.start < ahead.start || d.start >= ahead.end) : knownDates;
  const dated = type === "never_implemented" ? null : dateAt(text, site, type === "announced" ? announcementDates(text, usable) : usable, published, type === "proposed" ? "any" : dir);
  const date = dated?.at ?? null;
  const first = dated ? firstDay(dated.ref.value ?? "") : null;
  // (any entry into force its clause dates after the report is still ahead: "the date of entry into force, 31 May")
  if (type === "entered_into_force" && published && first && first > published) type = "expected_in_force";
  const fallback = dated?.ref ? null : ahead ? scheduleAnnouncedDate(text, sentence, ahead, knownDates, published) : fallbackDate(ctx, sentence, cue, type, link, site, datedCues);
  const dateRef = fallback ? fallback.ref : (dated?.ref ?? null);
  const inferredDay = fallback ? fallback.inferred : false;
  if (dateRef && !datedCues.some((d) => d.cue === cue)) datedCues.push({ cue, ref: dateRef });
  const claim = ctx.claims.find((c) => c.start <= cue.start && cue.end <= c.end);
  // a claim's own hedge ("would", "could") may sit in another clause; modality of the event's
  // clause is already decided by decideType, so only reporting hedges count here
  const hedged = type === "expected_in_force" || HEDGES.test(sentence.text);
  // "signed in August and September 2012 with Nauru and PNG, respectively": the k-th date is the k-th agreement's
  const respective = mention?.respectively && targets.length > 1 ? knownDates.filter((d) => d.start >= cue.end && d.end <= (mention.own[0]?.start ?? cue.end) && dayValue(d)) : [];
  for (const [k, a] of targets.entries()) {
    const ownDate = respective.length === targets.length ? (settle(text, [respective[k]], knownDates, published, "past")?.ref ?? dateRef) : dateRef;
    if (a.parties.size < 2) {
      // "The Regional Resettlement Arrangement, signed by Kevin Rudd …": a proper name lets reconcile find
      // the parties other articles give it; without one the event is lost
      if (!isProperAgreementName(nameOf(ctx, a))) {
        ctx.diagnostics.push({ text: cue.text, start: cue.start, end: cue.end, rule: "agreement-parties-unresolved", message: `a ${type} cue whose agreement names fewer than two parties` });
        continue;
      }
      ctx.diagnostics.push({ text: cue.text, start: cue.start, end: cue.end, rule: "agreement-parties-by-name", message: `a ${type} cue whose agreement "${nameOf(ctx, a)}" names fewer than two parties here; its parties come from other articles that name it` });
    }
    // ("Mexico ratified it in December, Trump signed it into law in January": each coordinate clause its own subject)
    const party = type === "suspended" ? subjectSide(text, clause, cue, a.parties, ctx.officials) : type === "ratified" ? ratifyingSide(text, { ...clause, start: ownSubjectStart(text, clause, cue, cues.filter((c) => c.start >= clause.start)) }, cue, mention, a.parties, ctx.officials) : null;
    const spanParts = [cue, ...(mention ? [mention] : []), ...(date && date.start >= sentence.start && date.end <= sentence.end ? [date] : []), ...(mention?.subject ?? [])];
    const start = Math.max(sentence.start, Math.min(...spanParts.map((p) => p.start)));
    const end = Math.min(sentence.end, Math.max(...spanParts.map((p) => p.end)));
    items.push({
      text: text.slice(start, end),
      start,
      end,
      type,
      parties: [...a.parties].sort(),
      ...(party ? { party } : {}),
      kind: a.kind,
      name: nameOf(ctx, a),
      date: ownDate,
      hedged,
      speaker: claim?.speaker ?? null,
      collective: targets.length > 1,
      rule: cue.def.rule,
      // a first transfer implies entry into force by then; it does not state the date
      certain: certain && !a.guessed && targets.length === 1 && !cue.def.impliesOnly && !inferredDay,
    });
  }
  // "Chile ratified the pact on 3 May and Peru on 7 June": the other side's own act and day, the verb gapped
  const last = items[items.length - 1];
  if (last?.party && targets.length === 1 && SINGLE_PARTY_ACTS.has(type)) {
    const other = gappedParty(ctx, Math.max(last.end, date?.end ?? 0), clause.end, targets[0].parties, last.party, dir);
    if (other) items.push({ ...last, text: text.slice(last.start, other.end), end: other.end, party: other.party, date: other.date, rule: `${cue.def.rule}-gapped-party` });
  }
  // "signed agreements with Guatemala in July and with El Salvador and Honduras in September": a conjunct that
  // shares the verb and the noun (gapped) names other agreements of the same actor, each with its own date
  if (mention && mention.start >= cue.end && targets.length === 1 && mention.own.length === 1) gappedEvents(ctx, cue, clause, mention, targets[0], type, dir, dateRef, hedged, claim?.speaker ?? null, certain);
}

/** The words between a side and its act's verb when the side is the verb's subject: "'s government has", "formally". */
const SUBJECT_GAP = /^(?:['’]s\s+(?:\p{Ll}+\s+){0,2}?(?:government|cabinet|president|leader|leadership|authorities|rulers|junta|administration)\b)?\s*(?:(?:has|have|had|formally|officially|unilaterally|now|\p{Ll}+ly)\s+)*$/u;

/**
 * The side of a two-sided deal that suspended it, named as the verb's subject right before it: "Chile suspended it",
 * "Peru's government has suspended the deal", "President Vladimir Putin has suspended a Russia-U.S. deal" (an official's
 * country). Null for a passive ("which had been suspended"), both sides, or a side named further back.
 */
function subjectSide(text: string, clause: Span, cue: Span, parties: ReadonlySet<string>, officials: readonly Official[]): string | null {
  const hits = [...countriesIn(text, clause.start, cue.start, { strict: false }), ...officials.filter((o) => o.country && o.start >= clause.start && o.end <= cue.start).map((o) => ({ ...o, country: o.country! }))];
  const last = hits.filter((h) => SUBJECT_GAP.test(text.slice(h.end, cue.start))).sort((x, y) => y.end - x.end)[0];
  // ("Chile and Peru suspended it": a coordinated subject is both sides)
  if (!last || hits.some((h) => h !== last && /^\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?$/.test(text.slice(h.end, last.start)))) return null;
  return parties.has(last.country) ? last.country : null;
}
/** Acts one side does alone, whose other side's act a gapped conjunct may tell: "ratified it in May and Peru in June". */
const SINGLE_PARTY_ACTS: ReadonlySet<AgreementEvent["type"]> = new Set(["ratified"]);
const GAPPED_PARTY_AND = /^\s*,?\s+and\s+(?:then\s+|later\s+)?(?:by\s+)?(?:the\s+)?/i;

/**
 * "[Chile ratified the pact on 3 May] and Peru on 7 June": after a one-side act and its date, "and", the agreement's
 * other side alone, then a date of its own: that side's act of the same kind on that date. Null for anything else
 * ("and Peru's congress is to vote in June", "and Bolivia on 7 June", no date).
 */
function gappedParty(ctx: EventContext, from: number, to: number, parties: ReadonlySet<string>, party: string, dir: Direction): { party: string; date: DateRef | null; end: number } | null {
  const { text, knownDates, published } = ctx;
  const and = GAPPED_PARTY_AND.exec(text.slice(from, to));
  if (!and) return null;
  const at = from + and[0].length;
  const hit = countriesIn(text, at, Math.min(to, at + 40), { strict: false }).find((h) => h.start === at);
  if (!hit || hit.country === party || !parties.has(hit.country) || !DATE_LEAD.test(text.slice(hit.end, to))) return null;
  const d = knownDates.find((x) => x.start > hit.end && x.start - hit.end <= 12 && x.end <= to && dayValue(x));
  if (!d || /\S/.test(text.slice(hit.end, d.start).replace(DATE_LEAD, ""))) return null;
  return { party: hit.country, date: settle(text, [d], knownDates, published, dir === "future" ? "future" : "past")?.ref ?? null, end: d.end };
}

/** Events of the gapped conjuncts after a cue's object: "signed agreements with Guatemala in July and with El Salvador and Honduras in September". */
function gappedEvents(ctx: EventContext, cue: Cue, clause: Span, mention: Mention, target: LocalAgreement, type: AgreementEvent["type"], dir: Direction, dateRef: DateRef | null, hedged: boolean, speaker: Claim["speaker"] | null, certain: boolean): void {
  const { text, knownDates, published } = ctx;
  for (const g of gappedConjuncts(text, mention.end, clause.end, knownDates)) {
    const actors = [...target.parties].filter((p) => p !== mention.own[0].country);
    if (actors.length !== 1) break;
    // (one agreement a side, as a list after "agreements with" is read)
    const sides = g.countries.map((c) => [c]);
    const gDate = g.date ? (settle(text, [g.date], knownDates, published, dir === "future" ? "future" : "past")?.ref ?? null) : dateRef;
    for (const side of sides) {
      const parties = [actors[0], ...side];
      const b = ctx.resolver.between(parties, mention.family) ?? ctx.resolver.create(parties, mention);
      if (!b.heads.length && mention.head) b.heads.push(mention.head);
      if (!b.kind) b.kind = target.kind;
      if (!b.family) b.family = target.family;
      ctx.items.push({ text: text.slice(cue.start, g.end), start: cue.start, end: g.end, type, parties: [...b.parties].sort(), kind: b.kind, name: nameOf(ctx, b), date: gDate, hedged, speaker, collective: sides.length > 1, rule: `${cue.def.rule}-gapped`, certain: certain && !cue.def.impliesOnly });
    }
  }
}

export function extractBilateralEvents(doc: ParsedArticle, found: Readonly<Partial<Findings>> = {}): { items: AgreementEvent[]; diagnostics: Diagnostic[] } {
  const text = doc.text;
  const published = doc.published.value;
  const diagnostics: Diagnostic[] = [];
  const heads = headsOf(text);
  // no agreement noun, no mention: no agreement, so no event (and no sentence to read)
  if (!heads.length) return { items: [], diagnostics };
  const officials = found.officials ?? [];
  const perSentence = readSentences(text, heads);
  for (const p of perSentence) for (const m of p.mentions) linkSubject(text, p, m, officials);
  for (const p of perSentence) p.mentions = p.mentions.filter((m) => !m.weak || new Set(m.subject.map((h) => h.country)).size >= 2);
  const placeInName = placeInNameTest(text, heads);
  const resolver = new AgreementResolver(text, perSentence, placeInName);
  for (const p of perSentence) for (const m of p.mentions) resolver.resolve(p.sentence, m);
  // (no agreement: no event to find, and no need to count the article's countries)
  if (!resolver.agreements.length) return { items: [], diagnostics };
  completeParties(text, resolver.agreements, placeInName, officials);
  const ctx: EventContext = {
    text,
    published,
    perSentence,
    resolver,
    // the dates extractor's findings; run here when it did not run before this extractor
    knownDates: found.dates ?? extractDates(text, published).items,
    claims: found.claims ?? [],
    officials,
    items: [],
    diagnostics,
    names: new Map(),
    possessiveDates: new Map(),
  };
  for (const p of perSentence) eventsOfSentence(ctx, p);
  return { items: dedupeEvents(ctx.items), diagnostics };
}

/** A date phrase's lead: "in July", "on Friday", "last week". */
const DATE_LEAD = /^\s+(?:in|on|during|last|earlier|this|late|early)\b/i;
const GAPPED_AND = /^\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?with\s+/i;

/**
 * The gapped conjuncts after an agreement's "with X" complement: "[signed agreements with Guatemala] in July 2019
 * and with El Salvador and Honduras in September 2019". Each conjunct is "and with" + countries only (no other
 * word, no possessive: "and with El Salvador's backing" is a circumstance), then its own date phrase, or the
 * clause's end. The first conjunct's own date may stand between.
 */
function gappedConjuncts(text: string, from: number, to: number, dates: readonly TemporalExpression[]): Array<{ countries: string[]; date: TemporalExpression | null; end: number }> {
  const out: Array<{ countries: string[]; date: TemporalExpression | null; end: number }> = [];
  let at = from;
  for (let guard = 0; guard < 4; guard++) {
    // the previous conjunct's own date phrase
    if (DATE_LEAD.test(text.slice(at, to))) {
      const d = dates.find((x) => x.start > at && x.start - at <= 12 && x.end <= to && dayValue(x));
      if (!d) break;
      at = d.end;
    }
    const and = GAPPED_AND.exec(text.slice(at, to));
    if (!and) break;
    const listStart = at + and[0].length;
    const rest = text.slice(listStart, to);
    const stop = rest.search(/\s+(?:in|on|during|last|earlier|this|late|early)\b|\s*[,.;:()]\s*(?!and\b)|\s+(?:that|which|who|to|for|under|after|before|while|but)\b/i);
    const listEnd = listStart + (stop < 0 ? rest.length : stop);
    const hits = countriesIn(text, listStart, listEnd, { strict: true });
    if (!hits.length) break;
    // nothing but the countries, commas and "and"
    let left = text.slice(listStart, listEnd);
    for (const h of [...hits].reverse()) left = left.slice(0, h.start - listStart) + left.slice(h.end - listStart);
    if (!/^(?:\s|,|\band\b|\bthe\b)*$/i.test(left) || /^['’]s\b/.test(text.slice(listEnd, listEnd + 3))) break;
    const d = DATE_LEAD.test(text.slice(listEnd, to)) ? (dates.find((x) => x.start > listEnd && x.start - listEnd <= 12 && x.end <= to && dayValue(x)) ?? null) : null;
    out.push({ countries: [...new Set(hits.map((h) => h.country))], date: d, end: d ? d.end : listEnd });
    at = listEnd;
  }
  return out;
}

/** The part of a sentence between the semicolons around `at`: each part is a clause of its own. */
function semicolonPart(text: string, sentence: Span, at: number): { start: number; end: number } {
  const before = text.lastIndexOf(";", at - 1);
  const after = text.indexOf(";", at);
  return { start: Math.max(sentence.start, before + 1), end: after < 0 ? sentence.end : Math.min(sentence.end, after) };
}

/** Words that make an agreement a revision of another: "a revised accord", "the amended treaty", "its successor pact". */
const REVISION_WORDS = /\b(?:revised|amended|updated|adapted|successor|replacement)\b/i;

/**
 * "The deal was confirmed by the EU leaders and Turkish PM Ahmet Davutoglu": a passive approval whose "by" agent names
 * every side of the one agreement it is on (a demonym counts: the leaders are named for their states).
 */
function bothSidesAgent(text: string, cue: Span, clause: Span, targets: readonly LocalAgreement[]): boolean {
  if (targets.length !== 1 || targets[0].parties.size < 2 || !/\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?$/i.test(text.slice(clause.start, cue.start))) return false;
  const by = text.slice(cue.end, clause.end).match(/^\s+by\s+[^,;:.()]{3,90}/);
  if (!by) return false;
  const named = new Set(countriesIn(text, cue.end, cue.end + by[0].length, { strict: false }).map((h) => h.country));
  return [...targets[0].parties].every((p) => named.has(p));
}

/** "…, along with Peru's interior minister", "together with her Peruvian counterpart": a companion of the verb's subject. */
const COMPANION = /(?:^|\s)(?:along|together)\s+with\s+[^,;:.()]{3,90}/i;

/**
 * "Chile's interior minister launched the partnership in Lima, along with Peru's interior minister": an active verb whose
 * subject names one side and whose companion, told after its object, names the other, so the two sides act together
 * (every side of the one agreement it is on named by the subject or the companion).
 */
function companionNamesSides(text: string, cue: Span, clause: Span, targets: readonly LocalAgreement[]): boolean {
  if (targets.length !== 1 || targets[0].parties.size < 2) return false;
  const companion = COMPANION.exec(text.slice(cue.end, clause.end));
  if (!companion) return false;
  const at = cue.end + companion.index;
  const named = new Set([...countriesIn(text, clause.start, cue.start, { strict: false }), ...countriesIn(text, at, at + companion[0].length, { strict: false })].map((h) => h.country));
  return [...targets[0].parties].every((p) => named.has(p));
}

/** The talks a mention is the topic of: "talks on a", "negotiations over the". */
const TALKS_ON = /\b(?:talks|negotiations|discussions|consultations|dialogue)\s+(?:on|over|about|for|toward|towards)\s+(?:(?:the|a|an|new|possible)\s+)*$/i;

/** A passive's "by" agent that names no court: "struck down by both countries", "upheld by the government". */
const NOT_A_COURT_AGENT = /^\s+by\s+(?!(?:the\s+|a\s+|an\s+|its\s+|\p{Lu}[\p{L}'’-]*\s+|[\w'’-]+\s+){0,4}?(?:court|courts|judges?|justices?|tribunal|bench|panel|magistrates?)\b)/iu;

/** The words between two verbs that share one object: "suspended and terminated", "has suspended and initiated the process to" (the second verb's object is the first's too). */
const SHARED_OBJECT_GAP = /^\s+and\s+(?:(?:\w+ly|then|also)\s+)?(?:(?:began|begun|initiated|started|launched|triggered)\s+(?:the\s+|a\s+)?(?:formal\s+|legal\s+)?(?:process|procedure|proceedings)\s+(?:to|of|for)\s+)?$/i;

/** A second verb of the same subject that begins a process: "suspended the deal, with immediate effect, and initiated the process to". */
/** An entry into force told as the result of another act: "bringing it into force", "brought them into effect". */
const RESULT_ENTRY = /^(?:bringing|brought|brings|bring)\b/i;
/** From that act to its result: the rest of the clause, then a comma (no sentence or clause stop). */
const RESULT_CLAUSE_GAP = /^[^.;:!?]*,\s*$/;
const COORDINATED_PROCESS = /(?:,\s*|\s)and\s+(?:\w+ly\s+|then\s+|also\s+)?(?:began|initiated|started|launched|triggered)\b[^.;:!?]*$/i;

/** A legislature by its own name ("the Duma", "Congress") or one of the words for a state's bodies. */
const LEGISLATURE_RE = new RegExp(`\\b(?:${Object.keys(LEGISLATURES).sort((x, y) => y.length - x.length).map(escape).join("|")})\\b`);
/** "the council" with no country: the bloc's own (a council another word names, "the Federal Council", "the UN Security Council", is not). */
const BARE_COUNCIL = /(?<=\bthe\s)council\b/i;
const BODY_WORDS = /\b(?:parliament|senate|congress|lawmakers|legislators|legislature|assembly|MPs|deputies|chamber|house|government|cabinet|president)\b/i;

/**
 * The side whose body ratified a two-sided agreement, when the clause says which: "Mexico ratified it", "the
 * Italian parliament approved the deal", "the Duma ratified the treaty", "the government of President Kais Saied
 * ratified it" (an official's country), or "the Senate approved the accord
 * with Albania" (a body with no country, acting on the accord "with" the other side). Null when both or
 * neither side is named.
 */
/** A passive's agent that is a legislature: "by the Greek parliament", "by Egypt's House of Representatives" (group 1: the agent's words). */
const PASSIVE_BODY_AGENT = /^\s+(?:(?:on|in)\s+[^,;]{1,30}?\s+)?by\s+((?:the\s+)?[^,;.]{0,40}?\b(?:parliament|senate|assembly|congress|legislature|house of representatives|chamber of deputies|lawmakers|MPs|deputies)\b)/i;

function ratifyingSide(text: string, clause: Span, cue: Span, mention: Pick<Mention, "start" | "end" | "own"> | null, parties: ReadonlySet<string>, officials: readonly Official[]): string | null {
  // "was ratified by the Hellenic Parliament", "was approved by the Peruvian parliament": a passive's agent, a
  // legislature named by its state, is the side, whether the agent follows the cue or the cue holds it
  const by = cue.text.search(/\sby\s/i);
  const agentFrom = by >= 0 ? cue.start + by : cue.end;
  // (the cue may hold the body: "the Senate on Thursday gave its approval to")
  const lead = text.slice(clause.start, cue.end);
  const agent = text.slice(agentFrom, Math.max(agentFrom, clause.end)).match(PASSIVE_BODY_AGENT);
  if (agent) {
    const from = agentFrom + agent.index! + agent[0].length - agent[1].length;
    const by = new Set(countriesIn(text, from, from + agent[1].length, { strict: false }).map((h) => h.country).filter((c) => parties.has(c)));
    if (by.size === 1) return [...by][0];
  }
  // ("the government of President Kais Saied ratified it": an official's country is the side)
  const inLead = [...countriesIn(text, clause.start, cue.end, { strict: false }).map((h) => h.country), ...officials.filter((o) => o.country && o.start >= clause.start && o.end <= cue.start).map((o) => o.country!)];
  const named = new Set(inLead.filter((c) => parties.has(c)));
  if (named.size === 1) return [...named][0];
  if (named.size > 1) return null;
  const legislature = lead.match(LEGISLATURE_RE);
  if (legislature && parties.has(LEGISLATURES[legislature[0]])) return LEGISLATURES[legislature[0]];
  if (parties.has(COUNCIL_BLOC) && BARE_COUNCIL.test(lead)) return COUNCIL_BLOC;
  // "the Senate … gave its approval to the accord with Albania": the body is the other side's
  if (mention && mention.start >= cue.end && parties.size === 2 && BODY_WORDS.test(lead) && mention.own.length) {
    const withSide = mention.own.filter((h) => /\bwith\s+(?:the\s+)?$/i.test(text.slice(Math.max(mention.start, h.start - 12), h.start)));
    const sides = new Set(withSide.map((h) => h.country));
    if (sides.size === 1 && parties.has([...sides][0])) return [...parties].find((p) => !sides.has(p)) ?? null;
  }
  return null;
}

/** The agreement's proper name in this article, else its most used head noun ("protocol"), lower case. */
function bestLocalName(a: LocalAgreement): string | null {
  const strong = a.heads.filter((h) => !(WEAK_AGREEMENT_NOUNS as readonly string[]).includes(h));
  const pool = a.names.length ? a.names : strong.length ? strong : a.heads;
  if (!pool.length) return null;
  const tally = new Map<string, number>();
  for (const n of pool) tally.set(n, (tally.get(n) ?? 0) + 1);
  // the most used; on a tie, the one named first
  return [...tally.entries()].sort((x, y) => y[1] - x[1] || pool.indexOf(x[0]) - pool.indexOf(y[0]))[0][0];
}

const isOngoing = (cue: string) => /\b(?:is|are|been|in talks|talks|negotiations)\b|ing\b/i.test(cue);

const DETERMINER_LAST = /(?:\b(?:the|a|an|this|that|its|their|his|her|our)|\p{L}['’]s)$/iu;
/**
 * Whether `lead` ends in a determiner or a possessive and white space: /(?:\b(?:the|…)|\p{L}['’]s)\s+$/iu, read on
 * the last characters before the white space (the longest reading, "their" and the character before it for \b, is
 * six; eight are kept), not tried from every position of a clause's lead.
 */
export function determinerBefore(lead: string): boolean {
  let e = lead.length;
  while (e > 0 && /\s/.test(lead[e - 1])) e--;
  return e < lead.length && DETERMINER_LAST.test(lead.slice(Math.max(0, e - 8), e));
}

/** A verb that stops a process, right before its noun: "suspended the ", "halted its ", "blocked Albania's ". */
const STOPPED_LEAD = /\b(?:suspend|halt|froze|freez|block|stay|delay|postpon|paus)\w*\s+(?:(?:the|its|their|his|her)\s+|\p{Lu}[\p{L}-]*['’]s\s+)?$/iu;

/** An infinitive clause with its own subject after "for": "required for the deal (USMCA) to ", "the way for the pact to ". */
/** A day of a month right after a trigger: "on 1 March 2026", "from October 1", "as of 1st July". */
const DAY_AHEAD = new RegExp(`^\\s+(?:on|from|as of)\\s+(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES.join("|")})|(?:${MONTH_NAMES.join("|")})\\s+\\d{1,2}(?:st|nd|rd|th)?)\\b`, "i");
const FOR_TO_INFINITIVE = /\bfor\s+(?:the|its|their|this|that|an?)\s+[^,;.:]{1,80}?\s+to\s+(?:\w+ly\s+)?$/i;
/**
 * A headline's infinitive on the agreement itself, its auxiliary left out: "Chile-Peru pact to take effect from 1 March",
 * "Chile-Peru FTA to enter into force on May 1" (the agreement's noun or an acronym right before "to").
 */
const HEADLINE_INFINITIVE = new RegExp(`\\b(?:${[...AGREEMENT_NOUNS, ...Object.keys(AGREEMENT_PLURALS)].join("|")})\\s+to\\s+$`, "i");
const ACRONYM_INFINITIVE = /\b\p{Lu}{2,}[\p{Lu}\d]*\s+to\s+$/u;

/** A signing put on a calendar right before its verb: "are set to", "is due to", "is to be", "will" (not "would": a hypothesis). */
const SCHEDULE_LEAD = /\b(?:(?:is|are)\s+(?:(?:now|also)\s+)?(?:set|due|scheduled|slated|expected|poised)\s+to|(?:is|are)\s+to|will)\s+(?:(?:formally|officially|jointly|then|finally)\s+)?(?:be\s+)?$/i;
/** The time ahead the schedule names after the verb: "on Friday", "next week", "on 3 May", "during the president's visit". */
const TIME_AHEAD = new RegExp(
  `^[^.;:!?]*?\\b(?:on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next\\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\\s+(?:week|weekend|month)|tomorrow|later\\s+this\\s+(?:week|month|year)|in\\s+the\\s+coming\\s+(?:days|weeks)|on\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAMES.join("|")})|on\\s+(?:${MONTH_NAMES.join("|")})\\s+\\d{1,2}|during\\s+(?:[\\w’'-]+\\s+){0,6}?(?:visit|trip|summit|meeting))\\b`,
  "i",
);

/**
 * "Germany and Kenya are set to sign a migration agreement on Friday", "the pact is to be signed next week": a signing
 * scheduled for a time ahead; the schedule's words after the verb (to the clause's first comma: ", the government
 * announced on Monday" is the telling), or null.
 */
function signingAhead(text: string, clause: Span, cue: { start: number; end: number }): Span | null {
  if (!SCHEDULE_LEAD.test(text.slice(clause.start, cue.start))) return null;
  const comma = text.slice(cue.end, clause.end).indexOf(",");
  const end = comma < 0 ? clause.end : cue.end + comma;
  return TIME_AHEAD.test(text.slice(cue.end, end)) ? { start: cue.end, end, text: text.slice(cue.end, end) } : null;
}

/** Negation and modality decide the event: "never entered into force", "would need … before being implemented". */
export function decideType(text: string, clause: Span, cue: Cue | { start: number; end: number; text: string; def: EventCue }): AgreementEvent["type"] | null {
  const def = cue.def;
  const lead = text.slice(clause.start, cue.start);
  if (CONDITIONAL_OPENERS.test(clause.text)) return null;
  // "complied with the procedures required for the USMCA to enter into force": the act is the purpose of others, not done
  // ("paves the way for the pact to enter into force on 1 March": with its day given, a start ahead)
  if (FOR_TO_INFINITIVE.test(lead)) return def.futureType && DAY_AHEAD.test(text.slice(cue.end, clause.end)) ? def.futureType : null;
  // ("Chile-Peru FTA to come into force from 1st May": headline wording of a start ahead, its "is" left out)
  // (a verb before "to" is no headline's: "the pact failed to take effect" stays the past it was)
  if (def.futureType && (HEADLINE_INFINITIVE.test(lead) || ACRONYM_INFINITIVE.test(lead))) return def.futureType;
  // "on the enlarged partnership package", "a revised deal": a participle after a determiner is the noun's adjective, no act
  // (but "the proposed EU-Turkey deal" still says a proposal is on the table)
  if (def.type !== "proposed" && /^\w+ed$/i.test(cue.text) && determinerBefore(lead)) return null;
  // "It is unclear whether, if ever, it will take effect": asked, not told (within its sentence: the window stops at one's end)
  if (WHETHER_BEFORE.test(text.slice(Math.max(0, cue.start - 160), cue.start)) || inYesNoQuestion(text, cue.start)) return null;
  // "a bill revoking Russia's ratification of the treaty": a ratification undone is none
  if (def.type === "ratified" && REVOKED_LEAD.test(lead)) return null;
  // "the constitutional court suspended the ratification of the deal": the ratification stopped, none done
  if (def.type === "ratified" && /^ratification\b/i.test(cue.text) && STOPPED_LEAD.test(lead)) return null;
  // "the lower house backed the protocol … The text now goes to the Senate": one chamber's step
  if (def.type === "ratified" && NEXT_CHAMBER.test(text.slice(cue.end, cue.end + 400))) return null;
  // "The process of leaving the accord began in 2019": the act is under way, not done
  if (/^(?:terminated|suspended|withdrawn)$/.test(def.type) && NOMINAL_PROCESS.test(lead)) return "announced";
  // "the United States is terminating the treaty", "said it was cancelling the pact": an ending under way, told as it is decided,
  // is announced, not done (as frames.ts reads the same progressive of a named treaty's leaving, "is withdrawing from",
  // which it keeps: that one stays frames.ts's, with its party)
  // (a government's own policy or scheme it "is scrapping" ends as it says so: only a treaty's ending waits)
  if (def.type === "terminated" && /^\w+ing\b/i.test(cue.text) && !/^(?:withdrawing|pulling)\b/i.test(cue.text) && PROGRESSIVE_LEAD.test(lead) && !OWN_SCHEME_AFTER.test(text.slice(cue.end, clause.end))) return "announced";
  // the comma-clause right before, when it opens with "if": "If the deal is ratified, it will …"
  // "before being implemented", "before it goes into effect" are unrealised; "before Denmark signed" happened
  if (OPEN_CONDITION.test(lead)) return null;
  if (BEFORE.test(lead) && !/^(?:\w+ed|took|came|went|was|were|became|began|struck|made|put|inked|entered|signed)\b/i.test(cue.text)) return null;
  const tail = text.slice(cue.start, Math.min(clause.end, cue.end + 12));
  if (/\bno longer\b(?:\s+[\w’']+){0,2}\s*$/i.test(lead)) return null;
  // "It had been extended several times": a tally of repeated acts, none of them one event (as frames.ts reads it)
  if (REPEATED.test(text.slice(cue.end, clause.end))) return null;
  // a modal before a negation is a prediction, not a fact: "would not take effect until …"
  if (/\b(?:would|could|might|may|will|shall|should|must|can|wo|ca)(?:\s+(?:not|never)|n[’']t)\b(?:\s+[\w’']+){0,2}\s*$/i.test(lead)) return null;
  if (NEVER.test(lead)) return def.negatedType ?? null;
  if (NOT.test(lead)) {
    if (NOT_YET.test(lead.slice(-24)) || /^\S+\s+yet\b/i.test(tail)) return null;
    return def.negatedType ?? null;
  }
  if (/\byet to(?:\s+[\w’']+){0,2}\s*$/i.test(lead)) return null;
  // "was considering scrapping its pact with Peru": an -ing act after a verb of weighing or intent is not done
  if (/^\w+ing\b/i.test(cue.text) && GERUND_OF_INTENT.test(lead)) return null;
  // "initiated the process to terminate them", "gave notice of withdrawal": the end is announced, not done
  if (/^(?:terminated|suspended|withdrawn)$/.test(def.type) && PROCESS_LEAD.test(lead)) return "announced";
  // "actually signing a deal has proved elusive": the act named by a noun did not take place
  // "a deal signing would take place in farm country": the noun's own verb is modal
  // "a decision on the signing of the deal": the decision is reported, the signing is still to come
  if (/(?:ing|ment|tion)(?: of)?$/i.test(cue.text) && DECIDED_ON_LEAD.test(lead)) return null;
  if (/(?:ing|ment|tion)(?: of)?$/i.test(cue.text) && (NOT_HAPPENED.test(text.slice(cue.end, clause.end)) || NOMINAL_MODAL.test(text.slice(cue.end, clause.end)))) return null;
  if (TRAVEL_PURPOSE.test(lead) && !/(?:ed|ing)$/i.test(cue.text)) return null;
  // "are set to sign a migration agreement on Friday", "is to be signed next week": a signing on the calendar is announced
  if (def.type === "signed" && signingAhead(text, clause, cue)) return "announced";
  if (FUTURE.test(lead)) {
    // "was expected to go into effect this summer, but …": a past expectation the sentence goes on to
    // contradict did not hold, and is no expectation any more
    if (/\b(?:was|were|had been)\s+(?:\w+ly\s+)?(?:expected|scheduled|set|due|supposed|slated|planned)\s+to\b/i.test(lead) && /^\s*,?\s*but\b/i.test(text.slice(clause.end, clause.end + 12))) return null;
    return def.futureType ?? null;
  }
  if (MODAL.test(lead)) return null;
  // "Trump signed it into law in January": the head of state's assent, his country's ratification
  if (def.type === "signed" && SIGNED_INTO_LAW.test(text.slice(cue.end, cue.end + 60))) return "ratified";
  // "have agreed on a deal … now the deal is just waiting to be signed": a text agreed whose signing the
  // report (this paragraph) still expects is announced, not signed
  // ("agreed on the terms of a trade deal": the text is settled, its signing still ahead)
  if (def.type === "signed" && CONCLUDED.test(cue.text) && (PROVISIONAL.test(paragraphFrom(text, cue.start)) || TERMS_OF.test(text.slice(cue.end, cue.end + 40)))) return "announced";
  // ("closed the text of a fisheries agreement", "the text of the pact was finalised": the wording settled, the
  // signing still ahead; the agreement itself finalised or sealed is concluded, as above)
  if (def.type === "signed" && (/\btext of$/i.test(cue.text) || TEXT_FINALISED.test(lead))) return "announced";
  return def.type;
}

/** The object a government runs alone, right after an ending's verb: "scrapping the policy", "ending its offshore scheme". */
const OWN_SCHEME_AFTER = /^\s+(?:the|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?:policy|policies|scheme|schemes|programme|programmes|program|programs|plan|plans)\b/i;

/** A clause whose subject is an agreement's text: "The final text of the fisheries pact … was ". */
const TEXT_FINALISED = /^\s*(?:the\s+)?(?:(?:final|draft|full|legal)\s+)?text\s+of\b/i;

/** From `at` to the end of its paragraph (at most 600 characters). */
function paragraphFrom(text: string, at: number): string {
  const rest = text.slice(at, at + 600);
  const end = rest.search(/\n\s*\n/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** What follows "signed" when the signature makes a law: "it into law", "the accord into law". */
const SIGNED_INTO_LAW = /^\s+(?:it|them|(?:the|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:agreement|deal|accord|pact|treaty|protocol))\s+into\s+law\b/i;

function dedupeEvents(items: AgreementEvent[]): AgreementEvent[] {
  const seen = new Set<string>();
  const out: AgreementEvent[] = [];
  for (const e of items.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${e.start}|${e.end}|${e.type}|${e.parties.join(",")}|${e.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}
