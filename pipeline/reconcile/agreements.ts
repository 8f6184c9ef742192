// Agreements: event claims grouped by agreement (sides, family, known name), merged into one
// timeline of events per agreement, with its date and status conflicts.
import { KINDS } from "../../extractors/lexicon/agreement-terms.js";
import { markDisputes } from "../disputes.js";
import type { Agreement, Conflict, DateRef, EventType, Timeline, TimelineEvent } from "../schemas.js";
import { bySpan, contains, COUNTRY_WORDS, dateRange, hashId, LIFECYCLE, widthOf, type AgreementGroup } from "./common.js";
import type { Contribution, EventClaim } from "./contributions.js";
import { backing, clusterDate, dateConflict, nearestReport, stated, type DateCluster } from "./date-conflicts.js";
import { findStatusConflicts } from "./status-conflicts.js";
import { noteMadeUnder, type ReconcileCache } from "./cache.js";
import { keyedGroups } from "./grouping.js";

export { groupAgreements } from "./grouping.js";

/** Once-only events dated further apart than this are two episodes, not a disagreement. */
const EPISODE_GAP_DAYS = 183;
const ONCE: ReadonlySet<EventType> = new Set(["announced", "signed", "entered_into_force", "never_implemented", "terminated"]);
/** One party's act (its withdrawal, its ratification) also happens once per episode: two dates for it are a conflict. */
const isEpisodic = (type: EventType, party: string | null) => ONCE.has(type) || party !== null;

// a kind's family and rank, looked up once per kind (not with a pass over KINDS for each of 200k claims)
// (the first entry of a kind counts, as KINDS.find would have it)
const RANK = new Map<string, number>();
KINDS.forEach((k, i) => {
  if (!RANK.has(k.kind)) RANK.set(k.kind, i);
});
const kindRank = (kind: string | null) => (kind ? (RANK.get(kind) ?? -1) : 999);

function partyLabel(parties: string[]): string {
  return parties.join("–");
}

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

/** What one agreement group gives: its timeline entry (as built, before disputes are marked) and its conflicts. */
interface GroupResult {
  agreement: Timeline["agreements"][number];
  conflicts: Conflict[];
}

/**
 * One timeline entry per agreement group. With a cache, a group is built again only when its claims
 * changed: its key is the group's key and parties and, in order, the identity of each of its claims
 * (`sourceKey` of the contribution it comes from, which stands for that contribution's whole content,
 * its index there, and whether it was joined to the group under the group's parties).
 */
export function buildAgreements(
  contributions: readonly Contribution[],
  conflicts: Conflict[],
  cache?: ReconcileCache,
  sourceKey?: (c: Contribution) => string,
  /** With a cache: each entry, as returned, with its own conflicts, its events marked by them alone (markDisputes' `premarked`). */
  premarked?: Map<Agreement, readonly Conflict[]>,
): Timeline["agreements"] {
  const out: Timeline["agreements"] = [];
  for (const { g, key } of keyedGroups(contributions, cache, sourceKey)) {
    const build = (): GroupResult => {
      const found: Conflict[] = [];
      return { agreement: buildAgreement(g, found, cache), conflicts: found };
    };
    let r: GroupResult;
    if (key !== undefined && cache) {
      // kept with its events marked by its own conflicts (most agreements are about no other's), so
      // a run that finds it need not index its sources again to mark them (markDisputes' `premarked`);
      // fresh objects every time (markDisputes sets each event's dispute fields in place)
      r = unpack(
        cache.memo("agreement", key, () => {
          const built = build();
          markDisputes({ agreements: [built.agreement], entities: [] }, built.conflicts);
          return pack(built, g.claims);
        }),
        g.claims,
      ) as GroupResult;
      premarked?.set(r.agreement, r.conflicts);
      // the entry (before disputes are marked) and each conflict are what this key stands for
      noteMadeUnder(r.agreement, `agreement\u0000${key}`);
      r.conflicts.forEach((c, j) => noteMadeUnder(c, `agreement\u0000${key}\u0000${j}`));
    } else r = build();
    conflicts.push(...r.conflicts);
    out.push(r.agreement);
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
}

// A group's result as the cache keeps it: each source and evidence that is one of the group's own
// claims' is written as that claim's index (a cache hit has the same claims: the key holds them), so
// the cache does not hold the articles' sentences a second time.
const SPAN = "file,text,start,end";
const sameSpan = (o: Record<string, unknown>, e: EventClaim["evidence"]) => Object.keys(e).join() === SPAN && o.file === e.file && o.text === e.text && o.start === e.start && o.end === e.end;
const sourceOf = (c: EventClaim) => ({ ...c.evidence, date: c.date ? { value: c.date.value, text: c.date.text } : null });

function pack(value: unknown, claims: readonly EventClaim[]): unknown {
  const at = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const k = `${c.evidence.file}\u0000${c.evidence.start}\u0000${c.evidence.end}`;
    (at.get(k) ?? at.set(k, []).get(k)!).push(i);
  });
  const claimOf = (o: Record<string, unknown>): Record<string, number> | undefined => {
    const keys = Object.keys(o).join();
    const source = keys === `${SPAN},date`;
    if (!source && keys !== SPAN) return undefined;
    for (const i of at.get(`${o.file}\u0000${o.start}\u0000${o.end}`) ?? []) {
      const c = claims[i];
      if (!sameSpan(o, c.evidence)) continue;
      if (!source) return { $e: i };
      const d = o.date as { value?: unknown; text?: unknown } | null;
      if (c.date ? d && Object.keys(d).join() === "value,text" && d.value === c.date.value && d.text === c.date.text : d === null) return { $s: i };
    }
    return undefined;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = v.map(walk);
      // a list of sources (or of evidence), the bulk of it: the claims' indices alone
      for (const kind of ["$s", "$e"])
        if (out.length && out.every((x) => x && typeof x === "object" && typeof (x as Record<string, unknown>)[kind] === "number"))
          return { [`${kind}s`]: out.map((x) => (x as Record<string, number>)[kind]) };
      return out;
    }
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    const ref = claimOf(o);
    if (ref) return ref;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = walk(o[k]);
    return out;
  };
  return walk(value);
}

function unpack(value: unknown, claims: readonly EventClaim[]): unknown {
  // pack wrote an index only for evidence of exactly these keys, in this order: the literal is that object
  const sourceAt = (i: number) => {
    const { evidence: e, date } = claims[i];
    return { file: e.file, text: e.text, start: e.start, end: e.end, date: date ? { value: date.value, text: date.text } : null };
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.$ss)) return (o.$ss as number[]).map(sourceAt);
    // evidence is never changed in place (markDisputes sets fields of events only): the claim's own object, not a copy
    if (Array.isArray(o.$es)) return (o.$es as number[]).map((i) => claims[i].evidence);
    if (typeof o.$s === "number") return sourceAt(o.$s);
    if (typeof o.$e === "number") return claims[o.$e].evidence;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) {
      const x = o[k] as { $ss?: unknown } | null;
      // an event's list of sources (most of the objects of an unchanged agreement, and mostly never
      // read: its pieces of the outputs come from the render cache) made when first read
      if (x && typeof x === "object" && Array.isArray(x.$ss)) {
        const at = x.$ss as number[];
        defineLazy(out, k, () => at.map(sourceAt), () => at.map((i) => claims[i].evidence.file));
      } else out[k] = walk(x);
    }
    return out;
  };
  return walk(value);
}

/** Acts only one party does: leaving an agreement and coming back to it. */
const ONE_PARTY_ACTS: readonly EventType[] = ["withdrawn", "rejoined"];

/**
 * "Our withdrawal from the Agreement, which took effect on November 4, 2020": a withdrawal (a rejoining) told
 * with no party, of an agreement that the sources show only one party leaving (coming back to), is that party's.
 */
export function fillOneParty(claims: readonly EventClaim[]): EventClaim[] {
  const only = new Map<EventType, string>();
  for (const t of ONE_PARTY_ACTS) {
    const acting = new Set(claims.filter((c) => c.type === t && c.party).map((c) => c.party!));
    if (acting.size === 1) only.set(t, [...acting][0]);
  }
  const filled = only.size ? claims.map((c) => (!c.party && only.has(c.type) ? { ...c, party: only.get(c.type)! } : c)) : [...claims];
  return fillSameDaySuspension(filled);
}

/**
 * "Morocco suspended it in May 2021" in one report, "the agreement, which had been suspended since last May" in
 * another: a suspension told with no party, of the date (or with no date, or the month of the day) that every party's
 * suspension of the agreement in the sources has, is that one party's act told again. (Both sides may suspend a deal together, so a
 * suspension of another date keeps no party.)
 */
function fillSameDaySuspension(claims: readonly EventClaim[]): EventClaim[] {
  const acting = claims.filter((c) => c.type === "suspended" && c.party);
  const parties = new Set(acting.map((c) => c.party!));
  const days = new Set(acting.map((c) => c.date?.value ?? null));
  if (parties.size !== 1 || days.size !== 1 || days.has(null)) return [...claims];
  const [party] = parties;
  const [day] = days;
  // ("suspended in March" and "suspended on Monday, March 11": a month holds its day)
  const within = (v: string) => v === day || day!.startsWith(`${v}-`) || v.startsWith(`${day}-`);
  return claims.map((c) => (c.type === "suspended" && !c.party && (!c.date?.value || within(c.date.value)) ? { ...c, party } : c));
}

/** The files of each lazy property's value (defineLazy), by its getter: what sourceFilesOf answers without making the value. */
const lazyFiles = new WeakMap<object, () => readonly string[]>();

/**
 * Defines `o[k]` as `make()`'s value, made when first read (then a plain property of whichever
 * object read it; a copy of `o` made with copyEvent shares the one value) or replaced when first
 * written, in its place among `o`'s keys (JSON.stringify, Object.keys and the spread see it as any
 * property). `files` gives the value's sources' files without making it.
 */
function defineLazy(o: object, k: string, make: () => unknown, files: () => readonly string[]): void {
  let made: { v: unknown } | undefined;
  const plain = (self: object, v: unknown) => Object.defineProperty(self, k, { value: v, writable: true, enumerable: true, configurable: true });
  const get = function (this: object) {
    made ??= { v: make() };
    plain(this, made.v);
    return made.v;
  };
  lazyFiles.set(get, files);
  Object.defineProperty(o, k, { get, set(this: object, v: unknown) { plain(this, v); }, enumerable: true, configurable: true });
}

/** The files of an event's sources, in order (`e.sources`' files), without making the sources of an event whose sources are not made yet. */
export function sourceFilesOf(e: TimelineEvent): readonly string[] {
  const get = Object.getOwnPropertyDescriptor(e, "sources")?.get;
  const files = get && lazyFiles.get(get);
  return files ? files() : e.sources.map((s) => s.file);
}

/** A shallow copy of an event (as `{ ...e }`) that leaves sources not made yet unmade, sharing them with `e` once made. */
export function copyEvent(e: TimelineEvent): TimelineEvent {
  const lazy = Object.getOwnPropertyDescriptor(e, "sources");
  if (!lazy?.get) return { ...e };
  // key by key, in e's order (what JSON.stringify writes): the lazy one as its getter and setter
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(e)) {
    if (k === "sources") Object.defineProperty(out, k, lazy);
    else out[k] = (e as unknown as Record<string, unknown>)[k];
  }
  return out as unknown as TimelineEvent;
}

function buildAgreement(group: AgreementGroup, conflicts: Conflict[], cache?: ReconcileCache): Timeline["agreements"][number] {
  const g = { ...group, claims: fillOneParty(group.claims) };
  const kind = g.claims.map((c) => c.kind).sort((a, b) => kindRank(a) - kindRank(b))[0] ?? null;
  const name = agreementName(g.parties, g.claims, kind, g.key.startsWith("name#") || g.key.includes("#registry:"));
  const kept = dropRedundant(findStatusConflicts(g, name, conflicts, cache));
  const events: TimelineEvent[] = [];
  const byType = new Map<EventType, EventClaim[]>();
  for (const c of kept) (byType.get(c.type) ?? byType.set(c.type, []).get(c.type)!).push(c);
  for (const type of LIFECYCLE) {
    const ofType = byType.get(type) ?? [];
    // one event per type and acting party: "Ukraine ratified" and "Russia ratified" are two events
    const parties = [...new Set(ofType.map((c) => c.party))].sort((a, b) => (a ?? "").localeCompare(b ?? ""));
    for (const party of parties) {
      const claims = ofType.filter((c) => c.party === party);
      events.push(...mergeEvents(type, party, claims, g, name, conflicts));
    }
  }
  events.sort(compareEvents);
  return { id: hashId("agreement", g.key), name, parties: g.parties, kind, events };
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

/** Groups dated claims whose dates nest ("2019-09" holds "2019-09-20"); disjoint dates stay apart. */
function clusterDates(claims: EventClaim[]): DateCluster[] {
  const clusters: DateCluster[] = [];
  const dated = claims
    .map((c) => ({ c, r: dateRange(c.date?.value) }))
    .filter((x): x is { c: EventClaim; r: [string, string] } => Boolean(x.r))
    .sort((a, b) => widthOf(a.r) - widthOf(b.r) || (a.r[0] < b.r[0] ? -1 : 1) || bySpan(a.c.evidence, b.c.evidence));
  // narrowest first, so a claim joins the first cluster its range holds; a single day holds only its own day's cluster
  const dayCluster = new Map<string, DateCluster>();
  for (const { c, r } of dated) {
    const hit = r[0] === r[1] ? dayCluster.get(r[0]) : clusters.find((k) => contains(r, k.range) || contains(k.range, r));
    if (hit) hit.claims.push(c);
    else {
      const k = { range: r, claims: [c] };
      clusters.push(k);
      if (r[0] === r[1]) dayCluster.set(r[0], k);
    }
  }
  return clusters;
}

/**
 * A signing told by its own verb ("signed", "inked", "the signing") or as the instrument's establishment ("the
 * agreement, established in July 1973": the date the accord bears), not by a word for reaching the deal ("sealed",
 * "struck", "agreed"), which may come before the signing.
 */
const SIGNING_WORD = /\b(?:sign(?:s|ed|ing)?|inked|inks|established)\b/i;

/**
 * An episode of a signing without the dates that only `earlier` sources give, where they fall before every date a
 * `later` source gives: an earlier act told in other words, not a second date for the signing. It stays with the
 * signing's sources but neither dates the event nor disputes its date. Unchanged when no source is `later`, or
 * when nothing falls before.
 */
function withoutEarlier(episode: DateCluster[], earlier: (k: DateCluster) => boolean, later: (k: DateCluster) => boolean): DateCluster[] {
  const after = episode.filter(later);
  if (!after.length) return episode;
  const first = after.reduce((m, k) => (k.range[0] < m ? k.range[0] : m), after[0].range[0]);
  const kept = episode.filter((k) => !earlier(k) || k.range[1] >= first);
  return kept.length ? kept : episode;
}

/** Whether every claim of a date cluster is told in words matching `re` (allSay), or none is (noneSays). */
const allSay = (re: RegExp) => (k: DateCluster) => k.claims.every((c) => re.test(c.evidence.text));
const noneSays = (re: RegExp) => (k: DateCluster) => k.claims.every((c) => !re.test(c.evidence.text));

/** A preliminary instrument a deal is reached through: "a memorandum of understanding", "a framework", "a letter of intent". */
const FINAL_INSTRUMENT = /\b(?:deal|agreement|accord|pact|treaty)\b/i;
const STEP_INSTRUMENT = /\b(?:memorand(?:um|a|ums)|mou|framework|letters?\s+of\s+intent|preliminary\s+(?:agreement|deal|accord))\b/i;

const reachedOnly = noneSays(SIGNING_WORD);
const stepOnly = allSay(STEP_INSTRUMENT);
const namesNoStep = noneSays(STEP_INSTRUMENT);
// the deal's own signing, named as one ("the deal, signed on Wednesday"), not a bare "first signed"
const namesTheDeal = (k: DateCluster) => namesNoStep(k) && k.claims.some((c) => FINAL_INSTRUMENT.test(c.evidence.text));

/**
 * A signing's episode without what came before it under other words:
 * - a deal said reached ("sealed", "struck", "agreed") before the day a signing word gives: agreed, then signed;
 * - a preliminary instrument signed ("signed a memorandum of understanding on Thursday") before the day a source
 *   naming the deal gives ("the deal, signed on Wednesday"), unless the agreement is itself a memorandum by its
 *   name (the Italy–Libya memorandum has no step before it): a step towards the deal.
 */
function withoutEarlierActs(episode: DateCluster[], name: string): DateCluster[] {
  const agreed = withoutEarlier(episode, reachedOnly, (k) => !reachedOnly(k));
  return STEP_INSTRUMENT.test(name) ? agreed : withoutEarlier(agreed, stepOnly, namesTheDeal);
}

function toEvent(type: EventType, party: string | null, date: DateRef | null, claims: EventClaim[]): TimelineEvent {
  const seen = new Set<string>();
  // each source keeps the date it gives: two reports of one event with two dates stay one event
  const sources = claims
    .map(sourceOf)
    .sort(bySpan)
    .filter((e) => {
      const k = `${e.file}|${e.start}|${e.end}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
  return { type, ...(party ? { party } : {}), date, disputed: false, conflicts: [], sources, hedged: claims.every((c) => c.hedged) };
}



// "signed a revised peace agreement on Thursday" / "the original agreement was signed on 26 September": which
// version of an accord a report's words name. A report naming both, or neither, names no version.
const REVISED_VERSION = /\b(?:revised|amended|renegotiated|updated|new\s+version\s+of)\b|\b(?:a|the|this)\s+new\s+(?:version|deal|agreement|accord|treaty|pact|text)\b/i;
const ORIGINAL_VERSION = /\b(?:original|previous|earlier|initial|old|first)\s+(?:[a-z-]+\s+){0,2}?(?:deal|agreement|accord|treaty|pact|version|text)\b/i;
function versionOf(k: DateCluster): "original" | "revised" | null {
  let v: "original" | "revised" | null = null;
  for (const c of k.claims) {
    const r = REVISED_VERSION.test(c.evidence.text);
    const o = ORIGINAL_VERSION.test(c.evidence.text);
    if (r === o) continue;
    const w = r ? "revised" : "original";
    if (v && v !== w) return null;
    v = w;
  }
  return v;
}

/**
 * A once-only event's date clusters as the versions of the accord the reports tell apart: when some report
 * names the original accord and another the revised one, each of those clusters goes with its version and a
 * cluster naming neither with the version whose nearest named date is closest (ties to the original); one
 * list, unchanged, when the reports do not name both.
 */
function versionsApart(clusters: readonly DateCluster[], once: boolean): DateCluster[][] {
  if (!once) return [[...clusters]];
  const named = clusters.map((k) => ({ k, v: versionOf(k) }));
  if (!named.some((n) => n.v === "original") || !named.some((n) => n.v === "revised")) return [[...clusters]];
  const at = (k: DateCluster) => Date.parse(k.range[0]);
  const nearest = (k: DateCluster, v: "original" | "revised") => Math.min(...named.filter((n) => n.v === v).map((n) => Math.abs(at(n.k) - at(k))));
  const out: Record<"original" | "revised", DateCluster[]> = { original: [], revised: [] };
  for (const { k, v } of named) out[v ?? (nearest(k, "revised") < nearest(k, "original") ? "revised" : "original")].push(k);
  return [out.original, out.revised];
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
    // "first signed in 2002" and "first signed in 2004": two sources on the one original signing, however far apart
    const ORIGINAL = /\b(?:first|originally|initially)\s+(?:signed|concluded|agreed|reached|struck)\b/i;
    const original = (k: DateCluster) => k.claims.some((c) => ORIGINAL.test(c.evidence.text));
    // the open episode's latest end, its files and whether it holds an "original" report, kept as it grows
    let end = "";
    let files = new Set<string>();
    let hasOriginal = false;
    // an original accord and its revised version, when the reports tell them apart, are never one episode
    for (const version of versionsApart(clusters, once)) {
      let last: DateCluster[] | undefined;
      for (const k of [...version].sort((a, b) => (a.range[0] < b.range[0] ? -1 : a.range[0] > b.range[0] ? 1 : 0))) {
        const near = last && ((Date.parse(k.range[0]) - Date.parse(end)) / 864e5 <= (once ? EPISODE_GAP_DAYS : REPEAT_GAP_DAYS) || (once && original(k) && hasOriginal));
        if (last && near && (once || !k.claims.some((c) => files.has(c.evidence.file)))) {
          last.push(k);
          if (k.range[1] > end) end = k.range[1];
        } else {
          episodes.push((last = [k]));
          end = k.range[1];
          files = new Set();
          hasOriginal = false;
        }
        for (const c of k.claims) files.add(c.evidence.file);
        hasOriginal ||= once && original(k);
      }
    }
    const usedIds = new Set<string>();
    const events = episodes.map((whole) => {
      // "the deal was sealed in mid-August" and "the protocol was signed on 6 November": a deal reached (struck, agreed)
      // before the day another source has it signed is the agreement in principle, an earlier act, not a second date
      // for the signing; it stays with the signing's sources but neither dates the event nor disputes its date
      // (and a memorandum signed before another source's deal is signed: a step towards it, likewise)
      const episode = type === "signed" ? withoutEarlierActs(whole, name) : whole;
      // stated dates before inferred ones ("the first transfer on Thursday" only bounds the entry into force)
      // a stated date, then more sources, more articles, a specific day over a month, the report closest in time
      // (each cluster's keys worked out once, not at every comparison)
      // (a wider date that holds two clusters' days, "February 2011" of 5 vs 15 February, backs neither)
      const keys = new Map(
        episode.map((k) => {
          const backs = backing(k, episode);
          return [k, { backs, stated: stated(k), n: backs.length, files: new Set(backs.map((c) => c.evidence.file)).size, width: widthOf(k.range), near: nearestReport({ range: k.range, claims: backs }) }];
        }),
      );
      const ranked = [...episode].sort((a, b) => {
        const [x, y] = [keys.get(a)!, keys.get(b)!];
        return y.stated - x.stated || y.n - x.n || y.files - x.files || x.width - y.width || x.near - y.near || (a.range[0] < b.range[0] ? -1 : 1);
      });
      const top = ranked[0];
      // a day within a week of the kept one, given only by articles that also give the kept one, is no
      // second source disagreeing: one article's two days for one act ("on Thursday welcomed that Russia
      // resumed its participation", the resumption itself dated Wednesday) are weekdays read off two
      // clauses, not a conflict between sources (an article giving two years still contradicts itself)
      const topFiles = new Set(keys.get(top)!.backs.map((c) => c.evidence.file));
      const ownOnly = (k: DateCluster) =>
        Math.abs(Date.parse(k.range[0]) - Date.parse(top.range[0])) <= 7 * 864e5 && keys.get(k)!.backs.every((c) => topFiles.has(c.evidence.file));
      const rivals = stated(top) ? ranked.slice(1).filter((k) => stated(k) && !ownOnly(k)) : [];
      const next = ranked.length > 1 && stated(ranked[1]) && ownOnly(ranked[1]) ? rivals[0] : ranked[1];
      if (rivals.length) conflicts.push(dateConflict(g, name, type, party, top, next, rivals, usedIds, episode));
      return { date: clusterDate(top), claims: whole.flatMap((k) => k.claims) };
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
 * known ("since it was announced"; a party's own, when its dated announcement is), or when its date holds the signing's ("reached this year").
 * A party's announcement that it will leave, on the very day another source has it leave, is that
 * leaving told as it was said (the withdrawal took effect as announced): one withdrawal, not two acts.
 */
function dropRedundant(all: EventClaim[]): EventClaim[] {
  const leftOn = new Set(all.filter((c) => c.type === "withdrawn" && c.party && dayOf(c)).map((c) => `${c.party}\u0000${dayOf(c)}`));
  const claims = leftOn.size ? all.map((c) => (c.type === "announced" && c.party && leftOn.has(`${c.party}\u0000${dayOf(c)}`) ? { ...c, type: "withdrawn" as const } : c)) : all;
  const signed = claims.filter((c) => c.type === "signed").map((c) => dateRange(c.date?.value)).filter((r): r is [string, string] => Boolean(r));
  const known = claims.some((c) => c.type === "signed" || (c.type === "announced" && dateRange(c.date?.value)));
  // (one party's announcement, "Russia said it would quit the treaty", is known only by that party's dated one:
  // the signing or another state's notice says nothing of it)
  const knownOf = new Set(claims.filter((c) => c.type === "announced" && c.party && dateRange(c.date?.value)).map((c) => c.party));
  return claims.filter((c) => {
    if (c.type !== "announced") return true;
    const r = dateRange(c.date?.value);
    if (!r) return c.party ? !knownOf.has(c.party) : !known;
    return !signed.some((s) => contains(r, s) && widthOf(r) > widthOf(s));
  });
}

/** The one day a claim is dated to ("2018-05-08"), or null for a wider date or none. */
function dayOf(c: EventClaim): string | null {
  const r = dateRange(c.date?.value);
  return r && r[0] === r[1] ? r[0] : null;
}
