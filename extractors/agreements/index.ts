// The agreement stage: events about agreements, in explicit steps.
//   1. mentions.ts   agreements known by name (registry, open-world proper names)
//   2. anaphora.ts   "the deal", "the treaty", "it" tied to the salient named agreement
//   3. frames.ts     one frame per trigger: agreement, acting party, polarity, modality, process
//   4. events.ts     completed events, typed and dated from their clause
// Beside them, bilateral.ts reads agreements described by their sides ("an asylum agreement with
// Guatemala"). Where both read the same words, the named reading wins, unless the description
// names the very parties the registry gives the agreement.
import type { AgreementEvent, Diagnostic, ParsedArticle, Span } from "../../pipeline/schemas.js";
import { extractDates } from "../dates.js";
import { daysListedBefore } from "./dating.js";
import { sentencesOf } from "../text.js";
import type { Extractor, Findings } from "../types.js";
import { resolveAnaphora, type Anaphor } from "./anaphora.js";
import { extractBilateralEvents, isProperAgreementName } from "./bilateral.js";
import { eventsOf } from "./events.js";
import { findFrames, TRIGGERS } from "./frames.js";
import { findMentions, type AgreementRef } from "./mentions.js";
import { SHIPPED_AGREEMENTS, type AgreementIndex } from "./registry.js";
import { OPEN_TREATY_CUES } from "../lexicon/agreement-terms.js";

export { decideType, isLinkLine, isProperAgreementName } from "./bilateral.js";
export { extendAgreements, KNOWN_AGREEMENTS, loadAgreements, makeAgreementIndex, type AgreementIndex, type KnownAgreement } from "./registry.js";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * "Russia and Ukraine signed mirror agreements with Turkey": the sides of one multilateral agreement the
 * article names (a registry entry with fixed parties) signing separate texts read as several two-side
 * agreements. Events of one type in one sentence, on no agreement name, whose sides all belong to that
 * agreement and together name three or more of them, are that agreement's one event.
 */
export function joinSplitEvents(events: readonly AgreementEvent[], named: readonly AgreementRef[], sentenceOf: (at: number) => Span | undefined): AgreementEvent[] {
  const fixed = named.filter((r) => r.rule === "registry" && r.parties.length >= 3);
  if (!fixed.length) return [...events];
  const out: AgreementEvent[] = [];
  const done = new Set<AgreementEvent>();
  for (const e of events) {
    if (done.has(e)) continue;
    const s = sentenceOf(e.start);
    const group = s ? events.filter((o) => o.type === e.type && !named.some((r) => overlaps(r, o)) && o.start >= s.start && o.end <= s.end) : [];
    const union = [...new Set(group.flatMap((o) => o.parties))];
    // one agreement only: two that could hold these sides leave the reading as it was
    const fits = [...new Map(fixed.filter((r) => union.every((p) => r.parties.includes(p))).map((r) => [r.name, r])).values()];
    if (group.length < 2 || !group.includes(e) || union.length < 3 || fits.length !== 1) {
      out.push(e);
      continue;
    }
    for (const o of group) done.add(o);
    const a = fits[0];
    out.push({ ...e, start: Math.min(...group.map((o) => o.start)), end: Math.max(...group.map((o) => o.end)), parties: a.parties, name: a.name, kind: a.kind ?? e.kind, rule: `${e.rule}-joined` });
  }
  return out;
}

export function extractAgreementEvents(doc: ParsedArticle, found: Readonly<Partial<Findings>> = {}, index: AgreementIndex = SHIPPED_AGREEMENTS): { items: AgreementEvent[]; diagnostics: Diagnostic[] } {
  const bilateral = extractBilateralEvents(doc, found);
  const text = doc.text;
  const mentions = findMentions(text, index);
  if (!mentions.length) return { ...bilateral, items: datedAtSignature(openNamedActs(bilateral.items, text, index), text) }; // most articles: nothing named, nothing more to read
  const sentences = sentencesOf(text);
  const anaphors = resolveAnaphora(text, sentences, mentions);
  const refs = [...mentions, ...anaphors];
  const frames = findFrames(text, sentences, refs, found.officials ?? []);
  const dates = found.dates ?? extractDates(text, doc.published.value).items;
  const sentenceOf = (at: number) => sentences.find((s) => at >= s.start && at < s.end);
  // "the deal" in an article that names one agreement and describes no other: it can be no other, so its
  // link is as good as the name's (and its date as much a stated one)
  // (a description on the name's own words, which the name's reading replaces below, is no other agreement)
  const sole = new Set(mentions.map((m) => m.name)).size === 1 && bilateral.items.every((e) => refs.some((r) => overlaps(r, e)));
  // (so is "his first withdrawal": the leaving of the one agreement named; and "Its limits took effect": its provisions)
  const named = eventsOf(text, frames, dates, doc.published.value, sentenceOf).map((n) => (sole && !n.certain && /-(?:definite-np|act-noun|possessive)$/.test(n.rule ?? "") ? { ...n, certain: true } : n));
  // a described event on words a registry name (or an anaphor for one) covers: the registry's reading,
  // unless the description names the very sides the registry gives; an open-world name leaves it be
  const registryOf = (r: (typeof refs)[number]) => ("target" in r ? r.target : r);
  const fromRegistry = named.filter((n) => n.rule && !n.rule.includes("proper"));
  const openTreaty = mentions.some((m) => m.rule === "registry" && m.parties.length === 0);
  const onlyNamed = soleRegistryAgreement(mentions);
  const kept: AgreementEvent[] = [];
  const successorOf = sameSidesSuccessor(bilateral.items, mentions, index);
  for (const d of joinSplitEvents(openNamedActs(bilateral.items, text, index, sentences), mentions, sentenceOf)) {
    const e = asRegistryEvent(d, index, mentions);
    const on = refs.filter((r) => overlaps(r, e));
    const successor = on.length ? null : successorOf(e);
    if (successor) {
      kept.push({ ...e, parties: successor.parties, name: successor.name, kind: successor.kind ?? e.kind, rule: `${e.rule}-successor` });
      continue;
    }
    if (!on.length) {
      // an article about an open multilateral treaty: sides guessed from its most-named countries are no evidence
      if (!e.certain && openTreaty) continue;
      const s = sentenceOf(e.start);
      // "Zambia and Malawi signed a water agreement … its targets under the Paris Agreement": a name the described deal
      // took from a mention of a treaty open to every state in another sentence is no name of that two-side deal
      // (its sides as described: under an alias, "the 2015 Paris Climate Agreement", the registry reading has dropped them)
      if (d.parties.length >= 2 && borrowsOpenName(d, index, refs, s)) {
        kept.push({ ...d, name: null });
        continue;
      }
      const same = onlyNamed && s && describesNamed(e, onlyNamed, text.slice(s.start, s.end));
      if (same) {
        if (!fromRegistry.some((n) => n.type === e.type && n.start >= s.start && n.end <= s.end)) kept.push(same);
        continue;
      }
      if (!fromRegistry.some((n) => n.type === e.type && s && n.start >= s.start && n.end <= s.end)) kept.push(e);
      continue;
    }
    // "withdrew from the Sahel Water Compact": one party leaving is not the end the described reading took it for
    // (also where the leaving is only announced: "said the United States was withdrawing from the INF Treaty")
    if (named.some((n) => overlaps(n, e) && n.type !== e.type && (n.type === "withdrawn" || n.type === "rejoined" || /^frame-(?:withdrawal|rejoining|resumption)-/.test(n.rule ?? "")))) continue;
    if (on.some((r) => registryOf(r).rule !== "registry")) {
      kept.push(e);
      continue;
    }
    // "The Regional Resettlement Arrangement … formally ended": the registry completes the sides it does not contradict
    const fits = on.map(registryOf).find((a) => a.parties.length >= 2 && e.parties.every((p) => a.parties.includes(p)));
    // (under the registry's name: "formally signed the agreement" of an article about the Phase One deal is that deal's signing)
    // ("The treaty, which Russia suspended in February 2023": the frame's acting party, which the description lacks, stays)
    const actor = e.party ? null : named.find((n) => n.party && n.type === e.type && overlaps(n, e))?.party;
    // ("The court struck down the EU-US Privacy Shield": a court's act on a registry name is the frame's to read, as before)
    if (fits && COURT_ACTS.has(e.type) && named.some((n) => n.type === e.type && overlaps(n, e) && n.name === fits.name)) continue;
    if (fits) kept.push({ ...e, parties: fits.parties, name: fits.name, kind: fits.kind ?? e.kind, ...(actor ? { party: actor } : {}) });
  }
  const items = datedAtSignature(
    fillParties([
      ...kept,
      ...named.filter((n) => !kept.some((e) => e.type === n.type && overlaps(e, n) && (n.parties.length === 0 || sameSet(n.parties, e.parties)))),
    ]),
    text,
  ).sort((a, b) => a.start - b.start || a.end - b.end);
  return { items, diagnostics: bilateral.diagnostics };
}

/**
 * "Belize and Dominica signed the Escazú Agreement on 24 and 26 September, respectively", in an article that shows
 * the named treaty open to state after state ("signed by 24 countries", "its signatories"): each state's own act
 * (`eachStatesAct`), no deal whose sides they are. Only a proper name no registry entry holds (a registry treaty has
 * its own reading); an article with no such cue keeps the sides ("X and Y signed the Lusaka Water Accord").
 */
export function openNamedActs(events: readonly AgreementEvent[], text: string, index: AgreementIndex, sentences?: readonly Span[]): AgreementEvent[] {
  const described = (e: AgreementEvent) => e.parties.length >= 2 && isProperAgreementName(e.name) && !index.byName(e.name!);
  if (!events.some(described) || !OPEN_TREATY_CUES.test(text)) return [...events];
  const all = sentences ?? sentencesOf(text);
  return events.flatMap((e) => (described(e) ? eachStatesAct(e, text, all.find((s) => e.start >= s.start && e.start < s.end)) : [e]));
}

/**
 * A described event on a treaty open to any state, whose sides are several states: each state's own act where the
 * act is one a state does alone (a signing, a ratification, a withdrawal) and the states are named in the act's own
 * words ("Mexico and Argentina have ratified"), with its own day where the sentence pairs days and states
 * "respectively". Any other act (an entry into force) belongs to the treaty, with no side; a state's act whose words
 * name none of those states ("has been signed by 24 countries") is a tally, no event.
 */
export function eachStatesAct(e: AgreementEvent, text: string, sentence: Span | undefined): AgreementEvent[] {
  const at = (p: string) => e.text.indexOf(p);
  const single = SINGLE_ACTS.has(e.type) || e.type === "signed";
  if (!single) return [{ ...e, parties: [], party: null, rule: `${e.rule}-open` }];
  // ("The treaty has been signed by 24 countries" with the sides the article names most: a tally, no state's act)
  if (e.parties.some((p) => at(p) < 0)) return [];
  const states = [...e.parties].sort((a, b) => at(a) - at(b));
  const rest = sentence ? text.slice(e.end, sentence.end) : "";
  const said = e.date?.text ?? "";
  const listed = said && e.text.includes(said) && RESPECTIVE_AFTER.test(rest) ? daysListedBefore(e.text.slice(0, e.text.lastIndexOf(said)), e.date?.value ?? "") : null;
  const days = listed?.length === states.length ? listed : [];
  return states.map((p, i) => ({
    ...e,
    parties: [],
    party: p,
    ...(days.length ? { date: { ...e.date!, value: days[i] } } : {}),
    rule: `${e.rule}-open-each`,
  }));
}

/** "respectively" closing the act's clause. */
const RESPECTIVE_AFTER = /^[^.;]{0,40}?\brespectively\b/i;

/** "the new deal", "a revised accord": a description of the agreement that replaced another. */
const NEW_WORDS = /\b(?:new|revised|updated|renegotiated|replacement)\b/i;

/**
 * "The new free trade deal between the United States, Mexico and Canada will enter into force on July 1", in an article
 * naming the USMCA and NAFTA (one the other's successor, both with those three sides): a deal described by exactly the
 * sides of two named registry agreements, called new in one of its mentions, is the successor; "ratified it" of the
 * same description too. Returns, per event, that registry agreement or null (no such pair, no "new", a registry name).
 */
export function sameSidesSuccessor(events: readonly AgreementEvent[], named: readonly AgreementRef[], index: AgreementIndex): (e: AgreementEvent) => AgreementRef | null {
  const registry = [...new Map(named.filter((m) => m.rule === "registry" && m.parties.length >= 2).map((m) => [m.name, m])).values()];
  if (registry.length < 2) return () => null;
  const fits = (e: AgreementEvent) => registry.filter((m) => m.parties.length === e.parties.length && e.parties.every((p) => m.parties.includes(p)));
  const key = (e: AgreementEvent) => `${e.name}\u0000${[...e.parties].sort().join(",")}`;
  // (a name of the description's own that is no registry name, "Free Trade Agreement", is still a description)
  const described = (e: AgreementEvent) => !e.name || !index.byName(e.name);
  const called = new Set(events.filter((e) => described(e) && NEW_WORDS.test(e.text)).map(key));
  return (e) => {
    if (!described(e) || !called.has(key(e))) return null;
    const pair = fits(e);
    if (pair.length !== 2) return null;
    const [a, b] = pair;
    if (index.byName(a.name)?.predecessor === b.name) return a;
    if (index.byName(b.name)?.predecessor === a.name) return b;
    return null;
  };
}

const COURT_ACTS: ReadonlySet<AgreementEvent["type"]> = new Set(["ruled_unlawful", "upheld"]);

/**
 * Whether `e` carries the name of a registry treaty with no fixed sides that no mention in its own sentence gives it:
 * its full name, or the first words of a mention of it ("Comprehensive and Progressive Agreement", cut from the name
 * another sentence gives in full).
 */
function borrowsOpenName(e: AgreementEvent, index: AgreementIndex, refs: readonly (AgreementRef | Anaphor)[], s: Span | undefined): boolean {
  if (!e.name) return false;
  const hit = index.byName(e.name) ?? refs.find((r): r is AgreementRef => !("target" in r) && r.rule === "registry" && r.text.startsWith(e.name!)) ?? null;
  if (!hit || hit.parties.length) return false;
  return !namedIn(hit.name, refs, s);
}

/** Whether a mention (or an anaphor) of the agreement called `name` stands in the sentence `s`. */
function namedIn(name: string, refs: readonly (AgreementRef | Anaphor)[], s: Span | undefined): boolean {
  return refs.some((r) => ("target" in r ? r.target : r).name === name && (!s || (r.start >= s.start && r.end <= s.end)));
}

/** The one agreement an article names, when it names one only and by its registry name (else null). */
function soleRegistryAgreement(mentions: readonly AgreementRef[]): AgreementRef | null {
  if (!mentions.length || mentions.some((m) => m.rule !== "registry" || m.name !== mentions[0].name)) return null;
  return mentions[0];
}

/**
 * "world powers and Iran struck a landmark deal to curb Iran's nuclear program", in an article that names the
 * JCPOA and no other agreement: a deal described by its sides, with no proper name of its own, is the named
 * agreement when its sentence speaks of that agreement's subject (the registry kind's word: "nuclear",
 * "climate", "trade") and its sides are the agreement's, where the registry fixes them. Returns the event
 * as the registry agreement's (sides dropped on an open treaty, as `asRegistryEvent` does), else null.
 * ("Iran signed a cooperation pact with China" beside the JCPOA, on no nuclear matter, stays its own deal.)
 */
export function describesNamed(e: AgreementEvent, named: AgreementRef, sentence: string): AgreementEvent | null {
  if (isProperAgreementName(e.name) || !named.kind) return null;
  if (named.parties.length && !e.parties.every((p) => named.parties.includes(p))) return null;
  // the kind's first word, by its stem: "migration" also in "migrants", "arms control" in "arms"
  const stem = named.kind.split(/\s+/)[0].slice(0, 5).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (!new RegExp(`\\b${stem}`, "i").test(sentence)) return null;
  if (named.parties.length) return { ...e, parties: named.parties, name: named.name, kind: named.kind, rule: `${e.rule}-named` };
  return onOpenTreaty(e, named.name, named.kind, "named", named.open === true);
}

/**
 * The event on a registry treaty with no fixed sides: no sides; the one side of a one-party act is its party, and of a
 * signing too where the treaty is open to every state to sign alone (`open`).
 */
function onOpenTreaty(e: AgreementEvent, name: string, kind: string, how: string, open: boolean): AgreementEvent {
  // "Russia formally withdrew from the security treaty": leaving a deal of two sides ends it, leaving a treaty
  // of many states (no fixed sides) is that state's withdrawal, the treaty in force for the rest
  const type = e.type === "terminated" && LEAVING_WORDS.test(e.text) ? "withdrawn" : e.type;
  const party = e.parties.length === 1 && (SINGLE_ACTS.has(type) || (open && type === "signed")) ? e.parties[0] : null;
  return { ...e, type, name, kind, parties: [], party, rule: `${e.rule}-${how}${type === e.type ? "" : "-left"}` };
}

/** A party's leaving told by its verb or noun: "withdrew from", "pulled out of", "its exit from". */
const LEAVING_WORDS = /\b(?:withdr[ae]w[ns]?|withdrawing|withdrawal|pull(?:ed|s|ing)?\s+out|pullout|exit(?:ed|s|ing)?|quit(?:s|ting)?|walked\s+away|backed\s+out)\b/i;

/** Acts one party does alone: its side is the event's `party` on a treaty open to any state. */
const SINGLE_ACTS = new Set(TRIGGERS.filter((t) => t.single).map((t) => t.type));

/**
 * "an agreement signed in 1990", described where the article calls it "the CFE Treaty": a description whose
 * own name is a registry name or alias is that registry agreement. On a treaty open to any state (no fixed
 * parties) its one side is the party of a one-party act ("suspended by our country"), and no side otherwise.
 */
export function asRegistryEvent(e: AgreementEvent, index: AgreementIndex, named: readonly AgreementRef[] = []): AgreementEvent {
  if (!e.name) return e;
  // (a name two registry agreements share is the one whose sides the description gives, else the one the article names)
  const hit = index.byName(e.name, e.parties.length ? e.parties : named.flatMap((m) => m.parties));
  if (!hit || hit.name === e.name) return e;
  // ("they have cancelled a 2015 peace deal … the deal, labelled as the Algiers Accord": a description with no sides of its own has the registry's)
  if (hit.parties.length) return { ...e, name: hit.name, kind: hit.kind ?? e.kind, ...(e.parties.length ? {} : { parties: [...hit.parties].sort() }) };
  return onOpenTreaty(e, hit.name, hit.kind, "registry", hit.open === true);
}

/**
 * "The Seimas decided to denounce the convention … 107 MPs voted in favour of withdrawal": a one-party act
 * with no party named, in an article where that act on that agreement has one party only, is that party's.
 */
export function fillParties(events: AgreementEvent[]): AgreementEvent[] {
  const key = (e: AgreementEvent) => `${e.name}\u0000${e.type}`;
  const partiesOf = new Map<string, Set<string>>();
  for (const e of events) if (e.party && SINGLE_ACTS.has(e.type)) (partiesOf.get(key(e)) ?? partiesOf.set(key(e), new Set()).get(key(e))!).add(e.party);
  return events.map((e) => {
    const only = !e.party && SINGLE_ACTS.has(e.type) && e.parties.length === 0 ? partiesOf.get(key(e)) : undefined;
    return only?.size === 1 ? { ...e, party: [...only][0] } : e;
  });
}

/** "entered into force upon signature", "took effect immediately on signing": the words after an entry into force that put it at the signing. */
const AT_SIGNATURE_AFTER = /^["”']?\s*(?:immediately\s+|right\s+)?(?:up)?on\s+(?:its\s+|their\s+)?(?:signature|signing|being\s+signed)\b/i;

/**
 * "The two states signed the accord on Friday … The accord entered into force upon signature": an entry into force
 * the text puts at the signing, with no date of its own, has the date of that agreement's dated signing.
 */
export function datedAtSignature(events: AgreementEvent[], text: string): AgreementEvent[] {
  return events.map((e) => {
    if (e.type !== "entered_into_force" || e.date || !AT_SIGNATURE_AFTER.test(text.slice(e.end, e.end + 40))) return e;
    const signing = events.find((s) => s.type === "signed" && s.date && s.name === e.name && sameSet(s.parties, e.parties));
    return signing ? { ...e, date: signing.date } : e;
  });
}

/** The stage's extractor over an agreement index (the shipped registry, or one a user extended). */
export function makeAgreementsExtractor(opts: { agreements?: AgreementIndex } = {}): Extractor<"events"> {
  const index = opts.agreements ?? SHIPPED_AGREEMENTS;
  return { field: "events", run: (doc, found) => extractAgreementEvents(doc, found, index) };
}

export const agreementsExtractor = makeAgreementsExtractor();
