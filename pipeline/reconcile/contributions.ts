// Contributions: what one article adds to reconcile, read once from its record and cached by file.
import { countryOf } from "../../extractors/lexicon/countries.js";
import { cleanName, isBareName } from "../names.js";
import { sentenceAt } from "../../extractors/text.js";
import type { ArticleRecord, Conflict, DateRef, EntityType, EventType, Evidence, Timeline } from "../schemas.js";
import { nameTokens } from "./common.js";


// words that put a sentence in the past ("once met envoys", "at the time", "years ago"): a title there may be of that time
// ("once he is in power", "once again": a conjunction before its clause, or a repetition, looks nowhere back)
// and words that put it ahead ("once Obama is former president Obama", "will be a former minister"): a title there is of that time
const LOOKING_AHEAD = /\b(?:once|when|after|until)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:is|becomes|leaves)\b|\b(?:will|would|shall)\s+(?:soon\s+)?(?:be|become)\b|\bsoon-to-be\b/u;
const LOOKING_BACK = /\b(?:once(?!\s+(?:again|more|he|she|it|they|we|you|i|the|a|an|this|that|its|his|her|their|in)\b)|at the time|back then|in those days|years ago|used to|previously|formerly|while (?:he|she) was|during (?:his|her) (?:term|tenure|presidency))\b/i;
export interface EventClaim {
  parties: string[];
  kind: string | null;
  name: string | null;
  type: EventType;
  /** The one party that acted ("Russia suspended its participation"); null when the sides acted together. */
  party: string | null;
  date: DateRef | null;
  hedged: boolean;
  collective: boolean;
  /** Stated in the text, not inferred (a first transfer implies entry into force by then). */
  certain: boolean;
  /** Its name is a registry agreement's canonical name (a frame on a known agreement). */
  registry: boolean;
  evidence: Evidence;
  published: string | null;
}

export interface NameClaim {
  /** The words as written, titles and possessive removed: "Buckele". */
  form: string;
  /** What the entities extractor called it: "Nayib Bukele". */
  canonical: string;
  type: EntityType;
  evidence: Evidence;
}

export interface TitleClaim {
  name: string;
  title: string;
  country: string | null;
  evidence: Evidence;
  published: string | null;
  /** Years its sentence names ("signed in 2010"): the title may then be of that time, not of the article's. */
  years: number[];
  /** The person is quoted or reported speaking in the article: an office holder acting at its date, not a historical mention. */
  speaks: boolean;
  /** The extractor is sure of it (its country is stated, not guessed from the sentence or the reference list). */
  certain: boolean;
  /** Its sentence looks back ("once met envoys", "at the time"): the title may be of that time. Absent when not. */
  lookingBack?: boolean;
  /** Its sentence looks ahead ("once X is former president", "will be"): the title may be of that time. Absent when not. */
  lookingAhead?: boolean;
  /** Written with a surname the article gives two people ("Secretary Clinton" beside Bill and Hillary Clinton): whose title it is, is a guess. */
  ambiguous: boolean;
  /**
   * The dated past event its sentence reports ("The treaty was signed on July 2, 1972, by President X"): the
   * title is the person's office at that event, whenever the article was written. Null when none.
   */
  atEvent: { type: string; agreement: string; date: string } | null;
  /** Titles the source joins to this one for the same person ("Crown Prince and Prime Minister X"): held with it, by its own word. */
  alsoHeld?: string[];
}

export interface Contribution {
  file: string;
  published: string | null;
  events: EventClaim[];
  names: NameClaim[];
  titles: TitleClaim[];
}

export interface ReferenceName {
  name: string;
  variants?: string[];
  /** With office, country and years (the shipped list has them), a title can be checked against the record. */
  office?: string;
  country?: string;
  from?: number;
  to?: number | null;
  /** The days a term began and ended, where the list knows them ("2025-01-20"). */
  since?: string;
  until?: string;
}

export interface ReconcileOptions {
  /** Known officials: decides the canonical spelling when it knows the name. */
  reference?: readonly ReferenceName[];
}

export interface ReconcileResult {
  timeline: Timeline;
  conflicts: Conflict[];
}

/** A capitalised title joined by "and" right before another title and its name: "Crown Prince and ", "Deputy Prime Minister and ". */
const JOINED_TITLE = /(?:^|[\s,(])((?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:Minister|Prince|Princess|President|Secretary|Premier|Chancellor|King|Emir|Governor|Speaker|Chairman|Commander))\s+and\s+$/u;

/** Reads one record into what reconcile needs; cache it by file, it never changes for the same record. */
export function contributionOf(record: ArticleRecord): Contribution {
  const file = record.source.file;
  const published = record.published.value;
  const ev = (s: { text: string; start: number; end: number }): Evidence => ({ file, text: s.text, start: s.start, end: s.end });
  const events: EventClaim[] = record.events.map((e) => ({
    parties: [...e.parties].sort(),
    kind: e.kind,
    name: e.name,
    type: e.type,
    party: e.party ?? null,
    date: e.date,
    hedged: e.hedged,
    collective: Boolean(e.collective),
    certain: e.certain,
    registry: /-registry\b/.test(e.rule),
    evidence: ev(e),
    published,
  }));
  const names: NameClaim[] = [];
  for (const en of record.entities) {
    if (en.type === "place" && countryOf(en.text, { capitals: true })) continue;
    const form = cleanName(en.text);
    if (!/\p{Lu}/u.test(form) || form.length < 3) continue;
    names.push({ form, canonical: en.canonical || form, type: en.type, evidence: ev(en) });
  }
  // "Sinkevicus, for his part, said": a speaker named only by a capitalised word or two that no entity
  // covers (a sentence-initial surname) is still a person's name as written
  for (const cl of record.claims) {
    const sp = cl.speaker;
    if (!sp || sp.start === undefined || sp.end === undefined || sp.name !== sp.text || !isBareName(sp.text)) continue;
    if (record.entities.some((en) => en.start < sp.end! && sp.start! < en.end) || names.some((n) => n.evidence.start === sp.start)) continue;
    names.push({ form: sp.text, canonical: sp.text, type: "person", evidence: ev({ text: sp.text, start: sp.start, end: sp.end }) });
  }
  const sentenceOf = (at: number) => {
    const sentence = sentenceAt(record.text, at);
    return sentence ? record.text.slice(sentence.start, sentence.end) : "";
  };
  const yearsNear = (at: number) => [...new Set([...sentenceOf(at).matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])))].sort();
  const speakers = new Set(record.claims.flatMap((c) => (c.speaker?.name ? [nameTokens(c.speaker.name).join(" ")] : [])));
  const fullNames = new Set(record.entities.filter((e) => e.type === "person").map((e) => nameTokens(e.canonical || e.text)).filter((t) => t.length >= 2).map((t) => t.join(" ")));
  const ambiguous = (o: (typeof record.officials)[number]) => {
    const toks = nameTokens(o.name);
    const written = new Set(nameTokens(o.text));
    if (toks.length < 2 || toks.every((t) => written.has(t))) return false;
    return [...fullNames].filter((n) => n.split(" ").at(-1) === toks.at(-1)).length > 1;
  };
  // "signed on July 2, 1972, by Indian Prime Minister X": a title in the sentence of a dated event of an
  // earlier year than the article's is the office at that event (one event in the sentence, else none)
  const atEvent = (o: (typeof record.officials)[number]): TitleClaim["atEvent"] => {
    const sentence = sentenceAt(record.text, o.start);
    if (!sentence || !published) return null;
    const inSentence = record.events.filter((e) => e.start < sentence.end && e.end > sentence.start && e.date?.value && !e.hedged);
    // (an agreement by its sides where it has fixed ones: one source may name it, another only describe it)
    const agreementOf = (e: (typeof inSentence)[number]) => (e.parties.length ? [...e.parties].sort().join("–") : (e.name ?? "")).toLowerCase();
    const keys = new Set(inSentence.map((e) => `${e.type}\u0000${agreementOf(e)}\u0000${e.date!.value}`));
    if (keys.size !== 1) return null;
    const e = inSentence[0];
    const date = e.date?.value;
    if (!date || !(date.slice(0, 4) < published.slice(0, 4))) return null;
    return { type: e.type, agreement: agreementOf(e), date };
  };
  const titles: TitleClaim[] = record.officials.map((o) => {
    const t: TitleClaim = {
      name: o.name, title: o.title, country: o.country, evidence: ev(o), published,
      certain: o.certain !== false, years: yearsNear(o.start), speaks: speakers.has(nameTokens(o.name).join(" ")), ambiguous: ambiguous(o),
      atEvent: atEvent(o),
    };
    const sentence = sentenceOf(o.start);
    if (LOOKING_BACK.test(sentence)) t.lookingBack = true;
    if (LOOKING_AHEAD.test(sentence)) t.lookingAhead = true;
    // "Crown Prince and Prime Minister Mohammed bin Salman", "Deputy Prime Minister and Foreign Minister Ishaq Dar"
    const joined = o.text.startsWith(o.title) ? record.text.slice(Math.max(0, o.start - 60), o.start).match(JOINED_TITLE) : null;
    if (joined) t.alsoHeld = [joined[1]];
    return t;
  });
  return { file, published, events, names, titles };
}
