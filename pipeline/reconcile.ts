// The reconcile stage: article records in, one cleaned timeline per agreement and the conflicts
// between (or within) sources out. Pure and deterministic: sorted arrays, ids from content hashes.
//
// Incremental by construction: `contributionOf(record)` reads one record once and keeps only what
// reconcile needs (event claims, name mentions, titles); `mergeContributions` combines cached
// contributions. Adding an article is one new contribution and a merge, never a re-extraction.
import { createHash } from "node:crypto";
import { KINDS } from "../extractors/lexicon/agreement-terms.js";
import { isProperAgreementName } from "../extractors/agreements/index.js";
import { COUNTRIES, countryOf } from "../extractors/lexicon/countries.js";
import { NAME_PARTICLES } from "../extractors/lexicon/name-matching.js";
import { OFFICE_TITLES } from "../extractors/lexicon/offices.js";
import { markDisputes } from "./disputes.js";
import { isPendingAct } from "../extractors/lexicon/pending-acts.js";
import { cleanName, compareNames, foldName, isBareName, nameTokens as tokensOfName, phoneticKey, tokensGarbled } from "./names.js";
import { clashConfidence, clashOf, isEarlierState, STATUS_RULES, type Statement, type StatusContext, type StatusRule } from "./status-rules.js";
import { sentenceAt } from "../extractors/text.js";
import type { ArticleRecord, CanonicalEntity, Conflict, DateRef, EntityType, EventType, Evidence, Timeline, TimelineEvent } from "./schemas.js";

// ---------- contributions: what one article adds ----------

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
  /** Written with a surname the article gives two people ("Secretary Clinton" beside Bill and Hillary Clinton): whose title it is, is a guess. */
  ambiguous: boolean;
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
}

export interface ReconcileOptions {
  /** Known officials: decides the canonical spelling when it knows the name. */
  reference?: readonly ReferenceName[];
}

export interface ReconcileResult {
  timeline: Timeline;
  conflicts: Conflict[];
}

const bySpan = (a: Evidence, b: Evidence) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start || a.end - b.end);

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
  const yearsNear = (at: number) => {
    const sentence = sentenceAt(record.text, at);
    const words = sentence ? record.text.slice(sentence.start, sentence.end) : "";
    return [...new Set([...words.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => Number(m[1])))].sort();
  };
  const speakers = new Set(record.claims.flatMap((c) => (c.speaker?.name ? [nameTokens(c.speaker.name).join(" ")] : [])));
  const fullNames = new Set(record.entities.filter((e) => e.type === "person").map((e) => nameTokens(e.canonical || e.text)).filter((t) => t.length >= 2).map((t) => t.join(" ")));
  const ambiguous = (o: (typeof record.officials)[number]) => {
    const toks = nameTokens(o.name);
    const written = new Set(nameTokens(o.text));
    if (toks.length < 2 || toks.every((t) => written.has(t))) return false;
    return [...fullNames].filter((n) => n.split(" ").at(-1) === toks.at(-1)).length > 1;
  };
  const titles: TitleClaim[] = record.officials.map((o) => ({
    name: o.name, title: o.title, country: o.country, evidence: ev(o), published,
    certain: o.certain !== false, years: yearsNear(o.start), speaks: speakers.has(nameTokens(o.name).join(" ")), ambiguous: ambiguous(o),
  }));
  return { file, published, events, names, titles };
}

// ---------- incremental state ----------

export interface ReconcileState {
  contributions: Readonly<Record<string, Contribution>>;
}

export const emptyState = (): ReconcileState => ({ contributions: {} });

/** The state with this record's contribution added (or replaced, for a changed file). */
export function withArticle(state: ReconcileState, record: ArticleRecord): ReconcileState {
  return withContribution(state, contributionOf(record));
}

export function withContribution(state: ReconcileState, c: Contribution): ReconcileState {
  return { contributions: { ...state.contributions, [c.file]: c } };
}

export function withoutArticle(state: ReconcileState, file: string): ReconcileState {
  const { [file]: _gone, ...rest } = state.contributions;
  return { contributions: rest };
}

export function resultOf(state: ReconcileState, opts: ReconcileOptions = {}): ReconcileResult {
  return mergeContributions(Object.values(state.contributions), opts);
}

/** Records in, timeline and conflicts out. */
export function reconcile(records: readonly ArticleRecord[], opts: ReconcileOptions = {}): ReconcileResult {
  return mergeContributions(records.map(contributionOf), opts);
}

// ---------- helpers ----------

export const hashId = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);

export const LIFECYCLE: readonly EventType[] = [
  "proposed", "announced", "signed", "ratified", "expected_in_force", "entered_into_force", "expanded",
  "never_implemented", "ruled_unlawful", "upheld", "suspended", "withdrawn", "rejoined", "terminated",
];
/** Events that happen once in an agreement's life: differing dates for them are a conflict. */
/** Once-only events dated further apart than this are two episodes, not a disagreement. */
const EPISODE_GAP_DAYS = 183;
const ONCE: ReadonlySet<EventType> = new Set(["announced", "signed", "entered_into_force", "never_implemented", "terminated"]);
/** One party's act (its withdrawal, its ratification) also happens once per episode: two dates for it are a conflict. */
const isEpisodic = (type: EventType, party: string | null) => ONCE.has(type) || party !== null;

const familyOf = (kind: string | null) => (kind ? (KINDS.find((k) => k.kind === kind)?.family ?? null) : null);
const kindRank = (kind: string | null) => (kind ? KINDS.findIndex((k) => k.kind === kind) : 999);

/** A TIMEX3 value as a day range [first, last] (ISO days); null when it is no calendar date. */
export function dateRange(value: string | null | undefined): [string, string] | null {
  if (!value) return null;
  // the same few values recur across thousands of claims: parse each once (callers never mutate the range)
  let r = rangeMemo.get(value);
  if (r === undefined) {
    r = parseDateRange(value);
    if (rangeMemo.size > 100_000) rangeMemo.clear();
    rangeMemo.set(value, r);
  }
  return r;
}

const rangeMemo = new Map<string, [string, string] | null>();

function parseDateRange(value: string): [string, string] | null {
  let m = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return [m[0], m[0]];
  const lastDay = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const span = (y: number, a: number, b: number): [string, string] => [`${y}-${String(a).padStart(2, "0")}-01`, `${y}-${String(b).padStart(2, "0")}-${lastDay(y, b)}`];
  m = value.match(/^(\d{4})-(\d{2})$/);
  if (m) return span(+m[1], +m[2], +m[2]);
  m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/);
  if (m) {
    const y = +m[1];
    if (m[2] === "WI") return [`${y}-12-01`, `${y + 1}-02-${lastDay(y + 1, 2)}`];
    const [a, b] = ({ SP: [3, 5], SU: [6, 8], FA: [9, 11] } as Record<string, [number, number]>)[m[2]];
    return span(y, a, b);
  }
  m = value.match(/^(\d{4})-Q([1-4])$/);
  if (m) return span(+m[1], +m[2] * 3 - 2, +m[2] * 3);
  m = value.match(/^(\d{4})-H([12])$/);
  if (m) return span(+m[1], m[2] === "1" ? 1 : 7, m[2] === "1" ? 6 : 12);
  m = value.match(/^(\d{4})$/);
  if (m) return span(+m[1], 1, 12);
  return null;
}

const contains = (a: [string, string], b: [string, string]) => a[0] <= b[0] && b[1] <= a[1];
const widthMemo = new WeakMap<[string, string], number>();
const widthOf = (r: [string, string]) => {
  let w = widthMemo.get(r);
  if (w === undefined) widthMemo.set(r, (w = Date.parse(r[1]) - Date.parse(r[0])));
  return w;
};

function partyLabel(parties: string[]): string {
  return parties.join("–");
}

const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((f) => f.toLowerCase())));
const mentionsACountry = (name: string) => name.split(/[\s\-–—/]+/).some((w) => COUNTRY_WORDS.has(w.toLowerCase().replace(/['’]s$/, "")));

/** The best name the sources use: one vote per article, proper names first, else "<parties> <kind> <noun>". */
function agreementName(parties: string[], claims: readonly EventClaim[], kind: string | null, byName = false): string {
  const tally = new Map<string, { n: number; forms: Map<string, number> }>();
  const votes = new Set<string>();
  for (const c of claims) {
    const n = c.name;
    if (!n || votes.has(`${c.evidence.file}\u0000${n}`)) continue;
    votes.add(`${c.evidence.file}\u0000${n}`);
    const key = n.toLowerCase();
    const t = tally.get(key) ?? { n: 0, forms: new Map() };
    t.n++;
    t.forms.set(n, (t.forms.get(n) ?? 0) + 1);
    tally.set(key, t);
  }
  // proper names ("Safe Third Country Agreement") before head nouns ("protocol")
  const proper = (k: string) => Number([...tally.get(k)!.forms.keys()].some((f) => /\p{Lu}/u.test(f)));
  const best = [...tally.entries()].sort((a, b) => proper(b[0]) - proper(a[0]) || b[1].n - a[1].n || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0];
  if (best && !proper(best[0])) {
    const head = best[0];
    const label = kind ? (kind.endsWith(head) ? kind : `${kind} ${head}`) : head;
    return `${partyLabel(parties)} ${label}`;
  }
  if (best) {
    // the capitalised spelling, then the most used one
    const form = [...best[1].forms.entries()].sort((a, b) => Number(/\p{Lu}\S*$/u.test(b[0])) - Number(/\p{Lu}\S*$/u.test(a[0])) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    // a treaty known by its name ("Paris Agreement", "New START") keeps it bare
    return mentionsACountry(form) || byName ? form : `${partyLabel(parties)} ${form}`;
  }
  return `${partyLabel(parties)} ${kind ? `${kind} ` : ""}agreement`;
}

// ---------- merge ----------

interface AgreementGroup {
  key: string;
  parties: string[];
  claims: EventClaim[];
}

export function mergeContributions(contributions: readonly Contribution[], opts: ReconcileOptions = {}): ReconcileResult {
  const sorted = [...contributions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const conflicts: Conflict[] = [];
  const agreements = buildAgreements(sorted, conflicts);
  const { entities, nameOf } = buildEntities(sorted, opts, conflicts);
  findTitleConflicts(sorted, nameOf, conflicts);
  findReferenceTitleConflicts(sorted, nameOf, opts.reference ?? [], conflicts);
  conflicts.sort((a, b) => compareConflicts(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const timeline = { agreements, entities };
  markDisputes(timeline, conflicts);
  return { timeline, conflicts };
}

/** Most trusted first: by confidence where set (a conflict without one ranks by its severity), then severity. */
export function compareConflicts(a: Conflict, b: Conflict): number {
  const trust = (c: Conflict) => c.confidence ?? (c.severity ?? 1) / 3;
  return trust(b) - trust(a) || (b.severity ?? 1) - (a.severity ?? 1);
}

function groupAgreements(contributions: readonly Contribution[]): AgreementGroup[] {
  const claims = contributions.flatMap((c) => c.events).filter((e) => e.parties.length >= 2);
  // an unknown kind joins the one family its parties have, if they have exactly one
  const families = new Map<string, Set<string>>();
  for (const e of claims) {
    const f = familyOf(e.kind);
    if (!f) continue;
    const p = e.parties.join("|");
    if (!families.has(p)) families.set(p, new Set());
    families.get(p)!.add(f);
  }
  const groups = new Map<string, AgreementGroup>();
  for (const e of claims) {
    const p = e.parties.join("|");
    const known = families.get(p);
    const family = familyOf(e.kind) ?? (known && known.size === 1 ? [...known][0] : "general");
    // two known agreements between the same sides (Safe Harbour, then Privacy Shield) stay two
    const key = e.registry && e.name ? `${p}#registry:${e.name.toLowerCase()}` : `${p}#${family}`;
    if (!groups.has(key)) groups.set(key, { key, parties: e.parties, claims: [] });
    groups.get(key)!.claims.push(e);
  }
  // described events join the one known agreement between the same sides, when there is exactly one
  // (the known agreements of each pair of sides, found once: this loop only removes described groups)
  const registryOf = new Map<string, AgreementGroup[]>();
  for (const k of groups.values()) {
    const cut = k.key.indexOf("#registry:");
    if (cut >= 0) (registryOf.get(k.key.slice(0, cut)) ?? registryOf.set(k.key.slice(0, cut), []).get(k.key.slice(0, cut))!).push(k);
  }
  for (const g of [...groups.values()]) {
    if (g.key.includes("#registry:")) continue;
    const known = registryOf.get(g.parties.join("|")) ?? [];
    if (known.length !== 1) continue;
    known[0].claims.push(...g.claims);
    groups.delete(g.key);
  }
  // an event whose article names its agreement but not both parties ("The Regional Resettlement
  // Arrangement … formally ended") joins the one agreement other articles give that name and those parties
  const named = (n: string | null) => (n ? n.toLowerCase() : null);
  // the groups whose claims give each name (joining one below adds only a name it already gives)
  const givenBy = new Map<string | null, Set<AgreementGroup>>();
  for (const g of groups.values())
    for (const c of g.claims) {
      const n = named(c.name);
      (givenBy.get(n) ?? givenBy.set(n, new Set()).get(n)!).add(g);
    }
  const byName = new Map<string, AgreementGroup>();
  for (const e of contributions.flatMap((c) => c.events)) {
    if (e.parties.length >= 2 || !isProperAgreementName(e.name)) continue;
    const giving = givenBy.get(named(e.name));
    const fits = giving ? [...groups.values()].filter((g) => giving.has(g) && e.parties.every((p) => g.parties.includes(p))) : [];
    if (fits.length === 1) {
      fits[0].claims.push({ ...e, parties: fits[0].parties });
      continue;
    }
    // a name other articles give to an agreement between named sides, but not this one's: too unsure to place
    if (giving?.size) continue;
    // "the US withdrew from the Paris Agreement": a multilateral treaty is one agreement by its name,
    // whatever sides each article names
    const key = `name#${named(e.name)}`;
    if (!byName.has(key)) byName.set(key, { key, parties: [], claims: [] });
    byName.get(key)!.claims.push(e);
  }
  for (const g of byName.values()) {
    // its parties are the sides the articles name, acting alone or together
    g.parties = [...new Set(g.claims.flatMap((c) => [...c.parties, ...(c.party ? [c.party] : [])]))].sort();
    groups.set(g.key, g);
  }
  return [...groups.values()];
}

function buildAgreements(contributions: readonly Contribution[], conflicts: Conflict[]): Timeline["agreements"] {
  const out: Timeline["agreements"] = [];
  for (const g of groupAgreements(contributions)) {
    const kind = g.claims.map((c) => c.kind).sort((a, b) => kindRank(a) - kindRank(b))[0] ?? null;
    const name = agreementName(g.parties, g.claims, kind, g.key.startsWith("name#") || g.key.includes("#registry:"));
    const kept = dropRedundant(findStatusConflicts(g, name, conflicts));
    const events: TimelineEvent[] = [];
    for (const type of LIFECYCLE) {
      const ofType = kept.filter((c) => c.type === type);
      // one event per type and acting party: "Ukraine ratified" and "Russia ratified" are two events
      const parties = [...new Set(ofType.map((c) => c.party))].sort((a, b) => (a ?? "").localeCompare(b ?? ""));
      for (const party of parties) {
        const claims = ofType.filter((c) => c.party === party);
        events.push(...mergeEvents(type, party, claims, g, name, conflicts));
      }
    }
    events.sort(compareEvents);
    out.push({ id: hashId("agreement", g.key), name, parties: g.parties, kind, events });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const ra = dateRange(a.date?.value);
  const rb = dateRange(b.date?.value);
  if (ra && rb) {
    // disjoint dates in order; nested ones ("2025-08" holds "2025-08-06") in the order of an agreement's life
    if (ra[1] < rb[0]) return -1;
    if (rb[1] < ra[0]) return 1;
    const byLife = LIFECYCLE.indexOf(a.type) - LIFECYCLE.indexOf(b.type);
    if (byLife) return byLife;
    if (ra[0] !== rb[0]) return ra[0] < rb[0] ? -1 : 1;
    return ra[1] < rb[1] ? -1 : ra[1] > rb[1] ? 1 : 0;
  }
  if (ra && !rb) return -1;
  if (!ra && rb) return 1;
  return LIFECYCLE.indexOf(a.type) - LIFECYCLE.indexOf(b.type);
}

interface DateCluster {
  range: [string, string];
  claims: EventClaim[];
}

/** Groups dated claims whose dates nest ("2019-09" holds "2019-09-20"); disjoint dates stay apart. */
function clusterDates(claims: EventClaim[]): DateCluster[] {
  const clusters: DateCluster[] = [];
  const dated = claims
    .map((c) => ({ c, r: dateRange(c.date?.value) }))
    .filter((x): x is { c: EventClaim; r: [string, string] } => Boolean(x.r))
    .sort((a, b) => widthOf(a.r) - widthOf(b.r) || (a.r[0] < b.r[0] ? -1 : 1) || bySpan(a.c.evidence, b.c.evidence));
  for (const { c, r } of dated) {
    const hit = clusters.find((k) => contains(r, k.range) || contains(k.range, r));
    if (hit) hit.claims.push(c);
    else clusters.push({ range: r, claims: [c] });
  }
  return clusters;
}

function clusterDate(k: DateCluster): DateRef {
  // the most specific value in the cluster, as its first source wrote it
  const best = [...k.claims].sort((a, b) => widthOf(dateRange(a.date!.value)!) - widthOf(dateRange(b.date!.value)!) || bySpan(a.evidence, b.evidence))[0];
  return { value: best.date!.value, text: best.date!.text };
}

function toEvent(type: EventType, party: string | null, date: DateRef | null, claims: EventClaim[]): TimelineEvent {
  const seen = new Set<string>();
  // each source keeps the date it gives: two reports of one event with two dates stay one event
  const sources = claims
    .map((c) => ({ ...c.evidence, date: c.date ? { value: c.date.value, text: c.date.text } : null }))
    .sort(bySpan)
    .filter((e) => {
      const k = `${e.file}|${e.start}|${e.end}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
  return { type, ...(party ? { party } : {}), date, disputed: false, conflicts: [], sources, hedged: claims.every((c) => c.hedged) };
}

/** How far (days) the report closest to a date was published from it: nearer reports know better. */
function nearestReport(k: DateCluster): number {
  const day = Date.parse(k.range[0]);
  const gaps = k.claims.map((c) => (c.published ? Math.abs(Date.parse(c.published) - day) / 864e5 : Infinity));
  return Math.min(...gaps);
}

const stated = (k: DateCluster) => Number(k.claims.some((c) => c.certain));
const articles = (k: DateCluster) => new Set(k.claims.map((c) => c.evidence.file)).size;
const DAY_MS = 864e5;

/** Why the timeline keeps `top` over `next`: the first ranking key that tells them apart. */
function whyKept(top: DateCluster, next: DateCluster): string {
  if (stated(top) !== stated(next)) return "the other date is only inferred";
  if (top.claims.length !== next.claims.length) return `more sources give it (${top.claims.length} vs ${next.claims.length})`;
  if (articles(top) !== articles(next)) return `more articles give it (${articles(top)} vs ${articles(next)})`;
  if (widthOf(top.range) !== widthOf(next.range)) return "it is the more specific date";
  if (nearestReport(top) !== nearestReport(next)) return "its report was published closest to the event";
  return "the sources are evenly split; it is only the earlier date, so check both";
}

/** How sure two stated dates of one event disagree: two days more than a day apart most, a wide period least. */
function dateConfidence(top: DateCluster, other: DateCluster): number {
  const day = (r: [string, string]) => r[0] === r[1];
  let c = day(top.range) && day(other.range) ? 0.9 : day(top.range) || day(other.range) ? 0.75 : 0.6;
  // one day apart: a time zone or a report written the next day may explain it
  const gap = Math.min(Math.abs(Date.parse(other.range[0]) - Date.parse(top.range[1])), Math.abs(Date.parse(top.range[0]) - Date.parse(other.range[1]))) / DAY_MS;
  if (gap <= 1) c -= 0.15;
  if ([...top.claims, ...other.claims].every((x) => x.hedged)) c -= 0.2;
  return Math.round(Math.max(0.05, c) * 100) / 100;
}

/**
 * One conflict per merged event whose sources state disjoint dates ("on Tuesday" vs "on March 16";
 * "in 2002" vs "in 2004"), never per pair of dates: its id is the agreement, type and party only.
 */
function dateConflict(g: AgreementGroup, name: string, type: EventType, party: string | null, top: DateCluster, next: DateCluster, rivals: DateCluster[], usedIds: Set<string>): Conflict {
  const kept = clusterDate(top);
  const dates = [top, ...rivals].map((k) => {
    const d = clusterDate(k);
    return `${d.value} ("${d.text}", ${files(k.claims)})`;
  });
  let id = hashId("date_conflict", g.key, type, ...(party ? [party] : []));
  // a second episode of the same event with its own disagreement (rare) adds its kept date
  if (usedIds.has(id)) id = hashId("date_conflict", g.key, type, ...(party ? [party] : []), kept.value ?? "");
  usedIds.add(id);
  const confidence = Math.max(...rivals.map((k) => dateConfidence(top, k)));
  // two dates a day apart at most (not two months or years, which also score lower)
  const oneDay = rivals.some((k) => Math.min(Math.abs(Date.parse(k.range[0]) - Date.parse(top.range[1])), Math.abs(Date.parse(top.range[0]) - Date.parse(k.range[1]))) / DAY_MS <= 1);
  return {
    id,
    type: "date_conflict",
    subject: name,
    parties: g.parties,
    detail: `Sources disagree on when the ${name} was ${type.replace(/_/g, " ")}${party ? ` by ${party}` : ""}: ${dates.join(" vs ")}. The timeline keeps ${kept.value}: ${whyKept(top, next)}. Check the other source${rivals.length > 1 ? "s" : ""}${oneDay ? "; dates one day apart may be one day in two time zones" : ""}.`,
    severity: 2,
    confidence,
    rule: "dates-differ",
    event: type,
    values: [kept.value ?? "", ...rivals.map((k) => clusterDate(k).value ?? "")],
    evidence: [...top.claims, ...rivals.flatMap((k) => k.claims)].filter((c) => dateRange(c.date?.value)).map((c) => c.evidence).sort(bySpan),
    review: null,
  };
}

function mergeEvents(type: EventType, party: string | null, claims: EventClaim[], g: AgreementGroup, name: string, conflicts: Conflict[]): TimelineEvent[] {
  const clusters = clusterDates(claims);
  const undated = claims.filter((c) => !dateRange(c.date?.value));
  const once = isEpisodic(type, party);
  // a repeatable event (a suspension) that two articles date a few days apart ("on Monday" vs "on 12
  // September") is one event dated two ways; further apart, or twice in one article, it happened twice
  const REPEAT_GAP_DAYS = 14;
  if (once || clusters.length > 1) {
    if (!clusters.length) return [toEvent(type, party, null, claims)];
    // dates half a year apart are two episodes (a new treaty, an entry into force after a suspension),
    // not two sources disagreeing; within an episode, differing dates are a conflict
    const episodes: DateCluster[][] = [];
    const filesOf = (ks: DateCluster[]) => new Set(ks.flatMap((x) => x.claims.map((c) => c.evidence.file)));
    for (const k of [...clusters].sort((a, b) => (a.range[0] < b.range[0] ? -1 : a.range[0] > b.range[0] ? 1 : 0))) {
      const last = episodes[episodes.length - 1];
      const lastEnd = last ? last.reduce((m, x) => (x.range[1] > m ? x.range[1] : m), last[0].range[1]) : null;
      // "first signed in 2002" and "first signed in 2004": two sources on the one original signing, however far apart
      const original = (ks: DateCluster[]) => ks.some((x) => x.claims.some((c) => /\b(?:first|originally|initially)\s+(?:signed|concluded|agreed|reached|struck)\b/i.test(c.evidence.text)));
      const near = last && ((Date.parse(k.range[0]) - Date.parse(lastEnd!)) / 864e5 <= (once ? EPISODE_GAP_DAYS : REPEAT_GAP_DAYS) || (once && original([k]) && original(last)));
      if (near && (once || !k.claims.some((c) => filesOf(last).has(c.evidence.file)))) last.push(k);
      else episodes.push([k]);
    }
    const usedIds = new Set<string>();
    const events = episodes.map((episode) => {
      // stated dates before inferred ones ("the first transfer on Thursday" only bounds the entry into force)
      // a stated date, then more sources, more articles, a specific day over a month, the report closest in time
      const ranked = [...episode].sort((a, b) => stated(b) - stated(a) || b.claims.length - a.claims.length || new Set(b.claims.map((c) => c.evidence.file)).size - new Set(a.claims.map((c) => c.evidence.file)).size || widthOf(a.range) - widthOf(b.range) || nearestReport(a) - nearestReport(b) || (a.range[0] < b.range[0] ? -1 : 1));
      const top = ranked[0];
      const rivals = stated(top) ? ranked.slice(1).filter((k) => stated(k)) : [];
      if (rivals.length) conflicts.push(dateConflict(g, name, type, party, top, ranked[1], rivals, usedIds));
      return { date: clusterDate(top), claims: episode.flatMap((k) => k.claims) };
    });
    // undated reports join the best attested episode (of a repeatable event, only a lone one)
    const best = [...events].sort((a, b) => b.claims.length - a.claims.length)[0];
    if (once || events.length === 1) best.claims.push(...undated);
    const out = events.map((e) => toEvent(type, party, e.date, e.claims));
    return once || events.length === 1 || !undated.length ? out : [...out, toEvent(type, party, null, undated)];
  }
  // repeatable events: one per date; undated reports join the only dated one, if there is one
  const events = clusters.map((k) => ({ date: clusterDate(k), claims: [...k.claims] }));
  if (undated.length) {
    if (events.length === 1) events[0].claims.push(...undated);
    else events.push({ date: null as unknown as DateRef, claims: undated });
  }
  return events.map((e) => toEvent(type, party, e.date ?? null, e.claims));
}

/**
 * An announcement adds nothing when it is undated and the signing (or a dated announcement) is
 * known ("since it was announced"), or when its date holds the signing's ("reached this year").
 */
function dropRedundant(claims: EventClaim[]): EventClaim[] {
  const signed = claims.filter((c) => c.type === "signed").map((c) => dateRange(c.date?.value)).filter((r): r is [string, string] => Boolean(r));
  const known = claims.some((c) => c.type === "signed" || (c.type === "announced" && dateRange(c.date?.value)));
  return claims.filter((c) => {
    if (c.type !== "announced") return true;
    const r = dateRange(c.date?.value);
    if (!r) return !known;
    return !signed.some((s) => contains(r, s) && widthOf(r) > widthOf(s));
  });
}

const files = (claims: EventClaim[]) => [...new Set(claims.map((c) => c.evidence.file))].sort().join(", ");

const statementOf = (c: EventClaim): Statement => ({
  type: c.type,
  party: c.party,
  range: dateRange(c.date?.value),
  said: c.published,
  file: c.evidence.file,
  collective: c.collective,
  hedged: c.hedged,
  pending: isPendingAct(c.evidence.text),
  certain: c.certain,
  earlier: isEarlierState(c.evidence.text),
});

const STATUS_WORDS: Partial<Record<EventType, string>> = {
  terminated: "was terminated",
  suspended: "was suspended",
  never_implemented: "never took effect",
  entered_into_force: "entered into force",
  expanded: "was expanded",
  withdrawn: "was left",
  ruled_unlawful: "was ruled unlawful",
  upheld: "was upheld",
};

/**
 * Incompatible statements about one agreement (and party) at one time, by the table of state pairs in
 * status-rules.ts. Returns the claims the cleaned timeline keeps: a collective statement ("all three
 * treaties were suspended") gives way to a specific one about this agreement in a clash where the row says so.
 */
function findStatusConflicts(g: AgreementGroup, name: string, conflicts: Conflict[]): EventClaim[] {
  const dropped = new Set<EventClaim>();
  const statements = g.claims.map(statementOf);
  const ctx: StatusContext = { parties: g.parties, statements };
  const clashes = new Map<StatusRule, Array<{ a: EventClaim; b: EventClaim; confidence: number }>>();
  // each row compares only the statements of its two states: no pass over every pair of claims
  const ofType = new Map<EventType, number[]>();
  g.claims.forEach((c, i) => (ofType.get(c.type) ?? ofType.set(c.type, []).get(c.type)!).push(i));
  const indexOf = (t: EventType) => ofType.get(t) ?? [];
  for (const rule of STATUS_RULES) {
    for (const i of indexOf(rule.a))
      for (const j of indexOf(rule.b)) {
        if (clashOf(statements[i], statements[j], ctx) !== rule) continue;
        const [a, b] = [g.claims[i], g.claims[j]];
        if (rule.specificWins) {
          if (a.collective && !b.collective) dropped.add(a);
          else if (b.collective && !a.collective) dropped.add(b);
        }
        if (!clashes.has(rule)) clashes.set(rule, []);
        clashes.get(rule)!.push({ a, b, confidence: clashConfidence(rule, statements[i], statements[j]) });
      }
  }
  const quote = (c: EventClaim) => `"${c.evidence.text}" (${c.evidence.file}${c.date?.value ? `, dated ${c.date.value}` : c.published ? `, as of ${c.published}` : ""})`;
  const more = (n: number) => (n > 0 ? ` (and ${n} more report${n > 1 ? "s" : ""})` : "");
  const said = (t: EventType, party: string | null) => `${STATUS_WORDS[t] ?? t.replace(/_/g, " ")}${party ? ` by ${party}` : ""}`;
  // one conflict per agreement and contradiction, whatever the number of sources that repeat it: its id
  // names only the agreement and the two states, so it stays when articles come and go
  for (const rule of STATUS_RULES) {
    const list = clashes.get(rule);
    if (!list) continue;
    const best = [...list].sort((x, y) => y.confidence - x.confidence || bySpan(x.a.evidence, y.a.evidence) || bySpan(x.b.evidence, y.b.evidence))[0];
    const as = new Set(list.map((x) => x.a));
    const bs = new Set(list.map((x) => x.b));
    const collective = [...as, ...bs].some((c) => c.collective) ? " One of the statements is about several agreements at once." : "";
    const evidence = [...new Map([...as, ...bs].map((c) => [`${c.evidence.file}:${c.evidence.start}:${c.evidence.end}`, c.evidence])).values()].sort(bySpan);
    conflicts.push({
      id: hashId("status_conflict", g.key, rule.a, rule.b),
      type: "status_conflict",
      subject: name,
      parties: g.parties,
      detail: `${quote(best.a)}${more(as.size - 1)} says the ${name} ${said(rule.a, best.a.party)}, but ${quote(best.b)}${more(bs.size - 1)} says it ${said(rule.b, best.b.party)}${best.b.certain ? "" : " (inferred, not stated)"}; both cannot hold at that time (rule ${rule.rule}).${collective} Check ${rule.check}.`,
      severity: rule.severity,
      confidence: best.confidence,
      rule: rule.rule,
      values: [rule.a, rule.b],
      evidence,
      review: null,
    });
  }
  return g.claims.filter((c) => !dropped.has(c));
}

// ---------- names ----------

// the same few thousand names recur in every article: fold and split each once (callers only read the words)
const tokenMemo = new Map<string, readonly string[]>();
function nameTokens(name: string): readonly string[] {
  let t = tokenMemo.get(name);
  if (t === undefined) {
    if (tokenMemo.size > 200_000) tokenMemo.clear();
    tokenMemo.set(name, (t = Object.freeze(tokensOfName(name))));
  }
  return t;
}

interface Form {
  key: string;
  /** The article a lone person's word belongs to ("Garrett" in one report is that report's Garrett); null for full names. */
  scope: string | null;
  /** The articles whose extractor gave this spelling as a canonical name. */
  knownIn: Set<string>;
  display: string;
  type: EntityType;
  count: number;
  evidence: Evidence[];
  files: Set<string>;
  canonicals: Map<string, number>;
  reference: string | null;
}

function buildEntities(contributions: readonly Contribution[], opts: ReconcileOptions, conflicts: Conflict[]): { entities: CanonicalEntity[]; nameOf: (name: string, file: string) => string } {
  const forms = new Map<string, Form>();
  const displays = new Map<string, Map<string, number>>();
  // a lone word naming a person is a short form that only its own article can resolve: "Garrett" is
  // Wendy Garrett in one report and Myles Garrett in another, so it is keyed per article; across
  // articles only full names are compared
  const scopeOf = (type: EntityType, toks: readonly string[], file: string | null) => (type === "person" && toks.length === 1 && file ? file : null);
  const formKey = (type: EntityType, s: string, file: string | null = null) => {
    const toks = nameTokens(s);
    const scope = scopeOf(type, toks, file);
    return `${type}:${toks.join(" ")}${scope ? `@${scope}` : ""}`;
  };
  const addForm = (type: EntityType, s: string, evidence: Evidence | null, canonical: string | null, file: string | null = evidence?.file ?? null) => {
    const toks = nameTokens(s);
    if (!toks.length) return null;
    const scope = scopeOf(type, toks, file);
    const key = `${type}:${toks.join(" ")}${scope ? `@${scope}` : ""}`;
    let f = forms.get(key);
    if (!f) {
      f = { key, scope, knownIn: new Set(), display: s, type, count: 0, evidence: [], files: new Set(), canonicals: new Map(), reference: null };
      forms.set(key, f);
      displays.set(key, new Map());
    }
    if (file && !evidence) f.knownIn.add(file);
    if (evidence) {
      f.count++;
      f.evidence.push(evidence);
      f.files.add(evidence.file);
      const d = displays.get(key)!;
      d.set(s, (d.get(s) ?? 0) + 1);
    }
    if (canonical) f.canonicals.set(canonical, (f.canonicals.get(canonical) ?? 0) + 1);
    return f;
  };
  for (const c of contributions) {
    for (const n of c.names) {
      addForm(n.type, n.form, n.evidence, n.canonical);
      if (n.canonical && formKey(n.type, n.canonical, c.file) !== formKey(n.type, n.form, c.file)) addForm(n.type, n.canonical, null, null, c.file);
    }
  }
  // reference names are people; each variant the reference lists is a known spelling, not a misspelling
  const refs = new Map<string, string>();
  for (const r of opts.reference ?? []) {
    for (const v of [r.name, ...(r.variants ?? [])]) refs.set(nameTokens(v).join(" "), r.name);
    const f = addForm("person", r.name, null, null);
    if (f) f.reference = r.name;
  }
  // countries and capitals leave the names (they are parties, not entities) but stay known spellings: "Tripolli" is "Tripoli"
  const knownPlaces = new Set<string>();
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.capitals]) {
      const f = addForm("place", n, null, null);
      if (f && !f.count) knownPlaces.add(f.key);
    }
  }
  for (const f of forms.values()) {
    const d = [...displays.get(f.key)!.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (d) f.display = d[0];
    const ref = f.scope ? undefined : refs.get(f.key.slice(f.key.indexOf(":") + 1));
    if (ref && f.type === "person") f.reference = ref;
  }
  const all = [...forms.values()].sort((a, b) => (a.key < b.key ? -1 : 1));

  // token attestation: how often each word appears in attested names
  const tokenCount = new Map<string, number>();
  const inFullName = new Set<string>();
  for (const f of all) {
    const toks = nameTokens(f.display);
    for (const t of toks) tokenCount.set(t, (tokenCount.get(t) ?? 0) + f.count);
    if (toks.length >= 2 && f.count) toks.forEach((t) => inFullName.add(t));
  }
  // a spelling is known when the reference list has it, or an extractor gave it as a canonical name
  const canonicalOnly = new Set<string>();
  for (const f of all) for (const c of f.canonicals.keys()) {
    const k = formKey(f.type, c, f.scope);
    if (forms.get(k)?.count === 0) canonicalOnly.add(k);
  }
  const isRef = (f: Form) => Boolean(f.reference) || canonicalOnly.has(f.key) || knownPlaces.has(f.key);
  // a lone surname that ends an attested full name belongs to that person: "O'Neill" of "Peter O'Neill"
  const lastWords = new Set<string>();
  for (const g of all) {
    const t = nameTokens(g.display);
    if (g.count > 0 && t.length >= 2) lastWords.add(`${g.type}:${t.at(-1)}`);
  }
  const endsAttestedName = (f: Form) => {
    const t = nameTokens(f.display);
    return t.length === 1 && lastWords.has(`${f.type}:${t[0]}`);
  };

  // the people and bodies each article names: two articles that share none of them, nor an agreement, are about different things
  const namedIn = new Map<string, Set<string>>();
  for (const f of all)
    if (f.count && f.type !== "place")
      for (const file of f.files) {
        if (!namedIn.has(file)) namedIn.set(file, new Set());
        namedIn.get(file)!.add(f.key);
      }
  // and the agreements each article reports on
  for (const c of contributions)
    for (const e of c.events) {
      if (!namedIn.has(c.file)) namedIn.set(c.file, new Set());
      namedIn.get(c.file)!.add(`agreement:${e.parties.join("|")}`);
    }
  const inSameArticle = (a: Form, b: Form) => [...a.files].some((file) => b.files.has(file));
  const contextAgrees = (a: Form, b: Form) =>
    [...a.files].some((fa) => [...b.files].some((fb) => [...(namedIn.get(fa) ?? [])].some((k) => k !== a.key && k !== b.key && namedIn.get(fb)?.has(k))));

  // a per-article form is compared with what its own article names, with the reference list and
  // gazetteer (known everywhere), and with another article's names only where the two articles
  // share a subject (another person, body or agreement named in both)
  const wordsOf = (f: Form) => (f.scope ? f.key.slice(0, f.key.indexOf("@")) : f.key);
  const seesForm = (a: Form, b: Form) => {
    if (!a.scope || b.scope === a.scope) return true;
    // the same lone word in two articles: nothing to compare (left unresolved, they are grouped below)
    if (b.scope && wordsOf(a) === wordsOf(b)) return false;
    return b.files.has(a.scope) || b.knownIn.has(a.scope) || Boolean(b.reference) || knownPlaces.has(b.key) || contextAgrees(a, b);
  };
  // candidate pairs share a word or a word's phonetic key
  const buckets = new Map<string, Form[]>();
  for (const f of all) {
    for (const t of nameTokens(f.display)) {
      if (t.length < 3 || NAME_PARTICLES.has(t)) continue; // "de", "von": shared by unrelated names
      // and long words their first five letters: a slip late in a word may change its key ("Sinkevicus": c before u)
      for (const k of [`w:${t}`, `k:${t[0]}${phoneticKey(t)}`, ...(t.length >= 7 ? [`p:${t.slice(0, 5)}`] : [])]) {
        if (!buckets.has(k)) buckets.set(k, []);
        buckets.get(k)!.push(f);
      }
    }
  }
  const pairs = new Map<string, [Form, Form]>();
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = list[i].key < list[j].key ? [list[i], list[j]] : [list[j], list[i]];
        if (a.key === b.key) continue;
        if (a.type !== b.type) continue;
        if (!(seesForm(a, b) && seesForm(b, a))) continue;
        pairs.set(`${a.key}\u0000${b.key}`, [a, b]);
      }
  }

  // union-find over forms of one entity
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const f of all) parent.set(f.key, f.key);

  interface Variant {
    variant: Form;
    target: Form;
    pairs: Array<[string, string]>;
    tied: boolean;
    reason: "known" | "attested" | "full-name" | "tied";
  }
  const variants = new Map<string, Variant[]>();
  const shortOf = new Map<string, Form[]>();
  for (const [a, b] of [...pairs.values()].sort((x, y) => (x[0].key + x[1].key < y[0].key + y[1].key ? -1 : 1))) {
    const rel = compareNames(a.display, b.display);
    if (rel.kind === "short_form") {
      const [s, l] = rel.shorter === "a" ? [a, b] : [b, a];
      if (!shortOf.has(s.key)) shortOf.set(s.key, []);
      shortOf.get(s.key)!.push(l);
      continue;
    }
    // one name romanised two ways is one entity, and nothing to correct
    if (rel.kind === "romanised") {
      union(a.key, b.key);
      continue;
    }
    if (rel.kind !== "variant") continue;
    // which side is misspelt: the reference decides, then attestation of the differing words
    let wrong: Form;
    let right: Form;
    let tied = false;
    let reason: Variant["reason"] = "known";
    const score = (side: 0 | 1) => rel.pairs.reduce((s, p) => s + (tokenCount.get(p[side]) ?? 0), 0);
    const full = (side: 0 | 1) => rel.pairs.filter((p) => inFullName.has(p[side])).length;
    // "O'Neill" (Peter O'Neill, attested) is not a misspelling of the reference list's "Clare O'Neil"
    if (isRef(a) !== isRef(b) && endsAttestedName(isRef(a) ? b : a)) continue;
    if (isRef(a) !== isRef(b)) [wrong, right] = isRef(a) ? [b, a] : [a, b];
    else if (score(0) !== score(1)) {
      [wrong, right] = score(0) < score(1) ? [a, b] : [b, a];
      reason = "attested";
    } else if (full(0) !== full(1)) {
      [wrong, right] = full(0) < full(1) ? [a, b] : [b, a];
      reason = "full-name";
    } else {
      [wrong, right] = [b, a];
      tied = true;
      reason = "tied";
    }
    if (!wrong.count) {
      union(a.key, b.key); // nothing in the text to correct
      continue;
    }
    const ordered = wrong === a ? rel.pairs : rel.pairs.map(([x, y]) => [y, x] as [string, string]);
    if (!variants.has(wrong.key)) variants.set(wrong.key, []);
    variants.get(wrong.key)!.push({ variant: wrong, target: right, pairs: ordered, tied, reason });
  }
  // the countries each article's officials serve and its events' parties: what an article is about
  const countriesIn = new Map<string, Set<string>>();
  for (const c of contributions) {
    const set = new Set<string>();
    for (const t of c.titles) if (t.country) set.add(t.country);
    for (const e of c.events) for (const p of [...e.parties, ...(e.party ? [e.party] : [])]) set.add(p);
    countriesIn.set(c.file, set);
  }
  const countryOfOfficial = new Map<string, string>();
  for (const r of opts.reference ?? []) if (r.country) countryOfOfficial.set(r.name, r.country);
  // a lone word one slip from a listed official is that official only where its article is about
  // their country: "Baden" of "the Treaty of Baden" in a history digest is not "Biden"
  const loneWordOffTopic = (v: Form, target: Form) => {
    const country = target.reference ? countryOfOfficial.get(target.reference) : undefined;
    if (v.type !== "person" || nameTokens(v.display).length !== 1 || !country) return false;
    return ![...v.files].some((file) => countriesIn.get(file)?.has(country));
  };

  const bestTarget = (list: Variant[]) =>
    [...list].sort(
      (a, b) =>
        Number(isRef(b.target)) - Number(isRef(a.target)) ||
        Number(inSameArticle(b.variant, b.target)) - Number(inSameArticle(a.variant, a.target)) ||
        Number(a.tied) - Number(b.tied) ||
        Number(nameTokens(b.target.display).length === nameTokens(b.variant.display).length) - Number(nameTokens(a.target.display).length === nameTokens(a.variant.display).length) ||
        b.target.count - a.target.count ||
        (a.target.key < b.target.key ? -1 : 1),
    )[0];
  // a misspelt form joins only its best target, and across articles only on a shared subject: a lone
  // "Garett" that looks like both "Wendy Garrett" and "Myles Garrett" must not make them one person
  // "Patrick McGinley" is no slip of a lone "McKinley" whose own article makes it Kevin McKinley: two people
  const anotherPerson = (v: Form, target: Form) => [...target.canonicals.keys()].some((c) => nameTokens(c).length >= 2 && compareNames(v.display, c).kind === "different");
  for (const list of variants.values()) {
    const best = bestTarget(list);
    const sameArticle = inSameArticle(best.variant, best.target);
    if (loneWordOffTopic(best.variant, best.target) || anotherPerson(best.variant, best.target)) continue;
    if (sameArticle || isRef(best.target) || contextAgrees(best.variant, best.target)) union(best.variant.key, best.target.key);
  }
  // a short form joins its long form only when it fits one long form ("Biden" of both Joe and Hunter fits none)
  for (const [s, all_] of shortOf) {
    // a lone surname resolves first within its own article, and only failing that across articles
    const scope = forms.get(s)!.scope;
    const own = scope ? all_.filter((l) => l.files.has(scope) || l.knownIn.has(scope)) : [];
    const longs = own.length ? own : all_;
    // a long form that is itself short for another of them ("Hillary Clinton" of "Hillary Rodham
    // Clinton") is not a second person; one that is short only for names elsewhere still is
    const roots = new Set(longs.filter((l) => !(shortOf.get(l.key) ?? []).some((m) => longs.includes(m))).map((l) => find(l.key)));
    if (roots.size === 1) union(s, [...roots][0]);
  }
  // what the entities extractor already called one entity; a lone surname that articles give to
  // two different full names ("Garrett": Myles in one, Wendy in another) joins neither
  for (const f of all) {
    const longer = [...f.canonicals.keys()].filter((c) => nameTokens(c).length > nameTokens(f.display).length);
    if (nameTokens(f.display).length === 1 && new Set(longer.map((c) => nameTokens(c).join(" "))).size > 1) continue;
    for (const c of f.canonicals.keys()) {
      const k = formKey(f.type, c, f.scope);
      if (forms.has(k) && compareNames(f.display, c).kind !== "different") union(f.key, k);
    }
  }

  // a lone surname its own article leaves unresolved is one entity with the same word left
  // unresolved elsewhere ("Morales" of no known full name), as one unscoped form would have been
  const resolved = new Set<string>();
  for (const f of all) if (f.count && !f.scope && nameTokens(f.display).length >= 2) resolved.add(find(f.key));
  const loose = new Map<string, string>();
  for (const f of all) {
    if (!f.scope || resolved.has(find(f.key))) continue;
    const first = loose.get(wordsOf(f));
    if (first) union(first, f.key);
    else loose.set(wordsOf(f), f.key);
  }

  // the people some source gives an office, by entity
  const holdsOffice = new Set<string>();
  for (const c of contributions)
    for (const t of c.titles) {
      const k = formKey("person", t.name, c.file);
      if (forms.has(k)) holdsOffice.add(find(k));
    }

  // clusters → canonical entities
  const clusters = new Map<string, Form[]>();
  for (const f of all) {
    const r = find(f.key);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(f);
  }
  const canonicalOfKey = new Map<string, string>();
  const entities: CanonicalEntity[] = [];
  const misspelt = new Set(variants.keys());
  for (const members of clusters.values()) {
    const attested = members.filter((m) => m.count > 0);
    if (!attested.length) continue;
    const ref = members.find((m) => m.reference)?.reference;
    const votes = new Map<string, number>();
    for (const m of members) for (const [c, n] of m.canonicals) if (!misspelt.has(formKey(m.type, c, m.scope))) votes.set(c, (votes.get(c) ?? 0) + n);
    const voted = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const longest = attested.filter((m) => !misspelt.has(m.key)).sort((a, b) => nameTokens(b.display).length - nameTokens(a.display).length || b.count - a.count || (a.key < b.key ? -1 : 1))[0];
    const canonical = ref ?? voted ?? longest?.display ?? attested[0].display;
    const canonicalKey = nameTokens(canonical).join(" ");
    for (const m of members) canonicalOfKey.set(m.key, canonical);
    const vs = [...new Set(attested.flatMap((m) => [...displays.get(m.key)!.keys()]))].filter((v) => nameTokens(v).join(" ") !== canonicalKey || v !== canonical).sort();
    entities.push({ canonical, type: attested[0].type, variants: vs });
  }
  entities.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : a.type < b.type ? -1 : 1));

  // one conflict per misspelt form, against its best target
  for (const [key, list] of [...variants.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const best = bestTarget(list);
    const v = best.variant;
    const fixes = new Map(best.pairs.map(([w, r]) => [w, r]));
    const canonical = v.display
      .split(/\s+/)
      .map((w) => {
        const fix = fixes.get(foldName(w).replace(/['’]s$/, ""));
        if (!fix) return w;
        const inTarget = best.target.display.split(/\s+/).find((t) => foldName(t) === fix);
        return inTarget ?? fix.charAt(0).toUpperCase() + fix.slice(1);
      })
      .join(" ");
    // the other side: the target's own mentions, else attested forms sharing the corrected words
    const targetSide = best.target.evidence.length
      ? best.target.evidence
      : all.filter((f) => f.count && f.key !== key && [...fixes.values()].some((r) => nameTokens(f.display).includes(r))).flatMap((f) => f.evidence);
    const sameArticle = targetSide.some((e) => v.files.has(e.file));
    // across articles a look-alike is a misspelling only where the articles share a subject: another
    // person or body named in both ("Garett" in a biology report is not "Myles Garrett" of a sports one)
    if (!sameArticle && !isRef(best.target) && !contextAgrees(v, best.target)) continue;
    // a lone surname one slip from another is weak evidence: it is a conflict only when the record
    // backs the person (the reference list, or an office some source gives them); a slip in a
    // scientist's or a player's surname joins the entity but is nothing for a reviewer to settle
    if (v.type === "person" && nameTokens(v.display).length === 1 && !isRef(best.target) && !holdsOffice.has(find(best.target.key))) continue;
    if (loneWordOffTopic(v, best.target) || anotherPerson(v, best.target)) continue;
    const subject = canonicalOfKey.get(key) ?? best.target.display;
    const why = best.target.reference
      ? `the reference list of known officials spells it "${best.target.reference}"`
      : isRef(best.target)
        ? `the entity's canonical spelling is "${best.target.display}"`
        : best.reason === "tied"
          ? `both spellings are equally attested; "${best.target.display}" is only the alphabetical pick, so check both`
          : best.reason === "full-name"
            ? `"${canonical}" is the spelling used in the full name "${best.target.display}"`
            : `"${canonical}" is the better attested spelling (${best.pairs.map(([, r]) => `"${r}" ${tokenCount.get(r) ?? 0}×`).join(", ")} vs ${best.pairs.map(([w]) => `"${w}" ${tokenCount.get(w) ?? 0}×`).join(", ")})`;
    conflicts.push({
      id: hashId("name_variant", v.key, canonical),
      type: "name_variant",
      subject,
      canonical,
      variant: v.display,
      detail: `"${v.display}" looks like a misspelling of "${canonical}" (${describePairs(best.pairs)}): ${why}${sameArticle ? "; both spellings occur in the same article" : ""}.`,
      severity: isRef(best.target) || sameArticle ? 2 : 1,
      // a known spelling decides best; a tie between two equally attested spellings least
      confidence: best.target.reference ? 0.9 : isRef(best.target) ? 0.8 : best.reason === "tied" ? 0.4 : sameArticle ? 0.75 : 0.6,
      rule: `name-variant-${best.target.reference ? "reference" : isRef(best.target) ? "known" : best.reason}`,
      evidence: [...v.evidence, ...targetSide.slice(0, 3)].sort(bySpan),
      review: null,
    });
  }

  const nameOf = (name: string, file: string) => canonicalOfKey.get(formKey("person", name, file)) ?? name;
  return { entities, nameOf };
}

function describePairs(pairs: Array<[string, string]>): string {
  return pairs
    .map(([w, r]) => {
      const kind =
        w.length === r.length && [...w].filter((ch, i) => ch !== r[i]).length === 2 && [...w].sort().join("") === [...r].sort().join("")
          ? "two letters swapped"
          : w.length === r.length + 1 && /(.)\1/.test(w) && !/(.)\1/.test(r)
            ? "a doubled letter"
            : w.length > r.length
              ? "an extra letter"
              : w.length < r.length
                ? "a missing letter"
                : "one letter changed";
      return `${w} → ${r}: ${kind}`;
    })
    .join("; ");
}

// ---------- titles ----------

const TITLE_QUALIFIERS = new Set(["acting", "interim", "then", "outgoing", "incoming", "elect", "president-elect", "designate", "current", "new", "the", "of", "for", "and", "s", "'s"]);

function titleWords(title: string): string[] {
  return foldName(title)
    .replace(/-elect\b/g, " elect")
    .split(/[^a-z]+/)
    .filter((w) => w && !TITLE_QUALIFIERS.has(w) && !COUNTRY_WORDS.has(w));
}

// "Foreign Secretary" → "foreign secretary": the words the office lexicon is written in
const titlePhrase = (title: string) =>
  foldName(title)
    .replace(/-elect\b/g, " elect")
    .split(/[^a-z]+/)
    .filter((w) => w && !TITLE_QUALIFIERS.has(w) && !COUNTRY_WORDS.has(w) && w !== "s")
    .join(" ");
const OFFICE_ALIASES = OFFICE_TITLES.flatMap((o) => o.titles.map((t) => ({ phrase: titlePhrase(t), office: o.office, countries: o.countries })));

/** The office a title names, for an official of `country`: "Premier" → "head of government"; null when unknown. */
export function officeOf(title: string, country: string | null): string | null {
  const phrase = titlePhrase(title);
  const hit = OFFICE_ALIASES.find((a) => a.phrase === phrase && (!a.countries || (country !== null && a.countries.includes(country))));
  return hit?.office ?? null;
}

function findTitleConflicts(contributions: readonly Contribution[], nameOf: (n: string, file: string) => string, conflicts: Conflict[]) {
  const byPerson = new Map<string, TitleClaim[]>();
  for (const c of contributions) {
    for (const t of c.titles) {
      // "then-Secretary of State": an office of another time, like "former"
      if (/\b(?:former|ex|late|then)\b/i.test(t.title) || t.ambiguous) continue;
      const who = nameOf(t.name, t.evidence.file);
      if (!byPerson.has(who)) byPerson.set(who, []);
      byPerson.get(who)!.push(t);
    }
  }
  const days = (a: string | null, b: string | null) => (a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 864e5 : Infinity);
  const officeKey = (t: TitleClaim, country: string | null) => officeOf(t.title, t.country ?? country) ?? titleWords(t.title).join(" ");
  // "fisheries minister" in November and again in May, "Foreign Minister" in February: an office held
  // on both sides of another title (within two years, from another article) was held in between too
  const bracket = (x: TitleClaim, mid: TitleClaim, list: TitleClaim[]) => {
    const [px, pm] = [x.published, mid.published];
    if (!px || !pm || px === pm || mid.years.some((y) => String(y) !== pm.slice(0, 4))) return undefined;
    return list.find((c) => c !== x && c !== mid && c.published && c.evidence.file !== mid.evidence.file && (px < pm ? c.published > pm : c.published < pm) && days(px, c.published) <= 731 && officeKey(c, x.country ?? mid.country) === officeKey(x, c.country ?? mid.country));
  };
  for (const [who, list] of [...byPerson.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const sameTime = a.evidence.file === b.evidence.file || days(a.published, b.published) <= 31;
        const around = sameTime ? undefined : (bracket(a, b, list) ?? bracket(b, a, list));
        if (!sameTime && !around) continue;
        // two titles of one office never conflict; two known offices do, whatever their words share
        // one person has one country: a side that names it lends it to the other ("Foreign Secretary" in London)
        const country = a.country ?? b.country;
        const oa = officeOf(a.title, a.country ?? country);
        const ob = officeOf(b.title, b.country ?? country);
        if (oa && ob && oa === ob) continue;
        const wa = titleWords(a.title);
        const wb = titleWords(b.title);
        if (!wa.length || !wb.length) continue;
        const sa = new Set(wa);
        const sb = new Set(wb);
        if (!(oa && ob) && (wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w)))) continue;
        const k = [wa.join(" "), wb.join(" ")].sort().join("|");
        // one clash of two offices, however many ways the sources word them: one conflict
        const ko = oa && ob ? `office:${[oa, ob].sort().join("|")}` : k;
        if (seen.has(k) || seen.has(ko)) continue;
        seen.add(k);
        seen.add(ko);
        const evidence = [a.evidence, b.evidence].sort(bySpan);
        conflicts.push({
          id: hashId("title_conflict", who, k),
          type: "title_conflict",
          subject: who,
          canonical: who,
          detail: `${who} is called "${a.title}" in ${a.evidence.file} and "${b.title}" in ${b.evidence.file}${a.evidence.file === b.evidence.file ? " (the same article)" : around ? `, and "${around.title}" again in ${around.evidence.file}, on the other side of the second title` : ", published within a month of each other"}. One person rarely holds both offices at once: check which title is right.`,
          severity: 2,
          // two known, different offices are likelier a real clash than two titles whose words merely differ
          confidence: oa && ob ? 0.7 : 0.5,
          rule: oa && ob ? "two-offices" : "two-titles",
          evidence,
          review: null,
        });
      }
  }
}

// a qualifier that moves the title off the article's date, or off the office itself
const NOT_NOW = /\b(?:former|ex|late|then|acting|interim|deputy|vice|elect|designate|outgoing|incoming|previous|future|would-be|shadow|candidate)\b/i;

/**
 * A name given an office that the reference list says someone else held on that date: "President
 * Ana Ruiz" of a country whose president that year the list names. Checked only where the list
 * knows who held that office all that year (not a year it changed hands), only for a person who
 * speaks in the article (acting at its date: "a photograph of Prime Minister Menachem Begin" is
 * history), never for a person the list has in that office at any time, nor a lone word or a name
 * sharing a word with the holder's (cut short or garbled: the name check's business), and never
 * when the sentence names another year.
 */
function findReferenceTitleConflicts(contributions: readonly Contribution[], nameOf: (n: string, file: string) => string, reference: readonly ReferenceName[], conflicts: Conflict[]) {
  const entries = reference.flatMap((r) => {
    if (!r.office || !r.country || r.from === undefined) return [];
    const office = officeOf(r.office, r.country);
    return office ? [{ ...r, title: r.office, office, country: r.country, from: r.from, to: r.to ?? null, keys: [r.name, ...(r.variants ?? [])].map((v) => nameTokens(v).join(" ")) }] : [];
  });
  if (!entries.length) return;
  const isHolder = (e: (typeof entries)[number], name: string) => {
    const toks = nameTokens(name);
    const key = toks.join(" ");
    if (e.keys.includes(key)) return true;
    // a lone surname, or a spelling that reconcile has not joined, still names the holder when it fits
    return e.keys.some((k) => {
      const rel = compareNames(k, key);
      return rel.kind === "same" || rel.kind === "short_form" || rel.kind === "romanised";
    });
  };
  const seen = new Set<string>();
  // "Acting Homeland Security Secretary Kevin McCalinan": a surname too garbled for the name check, given
  // the office the list says a close-sounding name held that year, is that holder's name misspelt
  for (const c of contributions)
    for (const t of c.titles) {
      if (!t.country || !t.published || t.ambiguous || /\b(?:former|ex|late|then|previous|future|shadow|candidate|deputy|vice)\b/i.test(t.title)) continue;
      const office = officeOf(t.title, t.country);
      const toks = nameTokens(t.name);
      if (!office || !toks.length) continue;
      const year = Number(t.published.slice(0, 4));
      const sameOffice = entries.filter((e) => e.office === office && e.country === t.country);
      if (sameOffice.some((e) => isHolder(e, t.name) || isHolder(e, nameOf(t.name, c.file)))) continue;
      for (const h of sameOffice.filter((e) => e.from <= year && (e.to === null || year <= e.to))) {
        const hs = nameTokens(h.name);
        // the surname garbled, every other word the holder's own
        if (!tokensGarbled(toks.at(-1)!, hs.at(-1)!) || !toks.slice(0, -1).every((w) => hs.slice(0, -1).includes(w))) continue;
        const written = cleanName(t.name);
        const canonical = [...written.split(/\s+/).slice(0, -1), h.name.split(/\s+/).at(-1)!].join(" ");
        const k = hashId("name_variant", "office", toks.join(" "), canonical);
        if (seen.has(k) || conflicts.some((x) => x.type === "name_variant" && foldName(x.variant ?? "") === foldName(written))) break;
        seen.add(k);
        conflicts.push({
          id: k,
          type: "name_variant",
          subject: h.name,
          canonical,
          variant: written,
          detail: `"${written}" looks like a garbled spelling of "${canonical}": ${c.file} calls them "${t.title}" (${t.country}), published ${t.published}, and the reference list of officials gives that office in ${year} to ${h.name} (${h.title}). Check the name.`,
          severity: 2,
          confidence: 0.7,
          rule: "name-variant-office",
          evidence: [t.evidence],
          review: null,
        });
        break;
      }
    }
  for (const c of contributions)
    for (const t of c.titles) {
      if (!t.country || !t.certain || !t.published || !t.speaks || t.ambiguous || NOT_NOW.test(t.title)) continue;
      const office = officeOf(t.title, t.country);
      if (!office) continue;
      const year = Number(t.published.slice(0, 4));
      if (t.years.some((y) => y !== year)) continue;
      const who = nameOf(t.name, c.file);
      // a lone word ("Hollande", or a name cut short by a bad encoding) cannot say who is meant
      if (nameTokens(who).length < 2) continue;
      const sameOffice = entries.filter((e) => e.office === office && e.country === t.country);
      if (sameOffice.some((e) => isHolder(e, who) || isHolder(e, t.name))) continue;
      // the list has years, not days: in a year an office changed hands anyone may have held it
      const holders = sameOffice.filter((e) => e.from < year && (e.to === null || year < e.to));
      if (!holders.length) continue;
      // a name sharing a word with the holder's is the holder's name cut short or garbled ("Enrique Pe…"), for the name check
      const words = new Set(nameTokens(who).filter((w) => w.length >= 3 && !NAME_PARTICLES.has(w)));
      if (holders.some((h) => h.keys.some((k) => k.split(" ").some((w) => words.has(w))))) continue;
      const names = [...new Set(holders.map((h) => h.name))].sort();
      const k = hashId("title_conflict", "reference", who, office, t.country, String(year));
      if (seen.has(k)) continue;
      seen.add(k);
      const span = (h: (typeof holders)[number]) => `${h.from}–${h.to ?? "today"}`;
      conflicts.push({
        id: k,
        type: "title_conflict",
        subject: who,
        canonical: names.join(" / "),
        detail: `${who} is called "${t.title}" (${t.country}) in ${c.file}, published ${t.published}, but the reference list of officials gives that office through ${year} to ${holders.map((h) => `${h.name} (${h.title}, ${span(h)})`).join(" and ")}. Check the name: it may be a wrong or garbled name for ${names.join(" or ")}, or an office the list does not know.`,
        severity: 2,
        confidence: 0.6,
        rule: "title-vs-reference",
        evidence: [t.evidence],
        review: null,
      });
    }
}
