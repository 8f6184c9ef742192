// Which timeline events a conflict is about, and which events are disputed: an event is disputed
// while a date or status conflict whose evidence is among its sources is open (no decision yet).
import type { Agreement, Conflict, Timeline, TimelineEvent } from "./schemas.js";

const sameParties = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

/** The agreement a date or status conflict is about: same parties, same name (else the only one with those parties). */
export function agreementOf(timeline: Timeline, c: Conflict): Agreement | undefined {
  if (c.type !== "date_conflict" && c.type !== "status_conflict") return undefined;
  const withParties = timeline.agreements.filter((a) => sameParties(a.parties, c.parties ?? []));
  return withParties.find((a) => a.name === c.subject) ?? (withParties.length === 1 ? withParties[0] : undefined);
}

/** The events of a date or status conflict: of its event type (or one of its statuses), citing its evidence. */
export function eventsOf(timeline: Timeline, c: Conflict): TimelineEvent[] {
  return eventsFinder(timeline)(c);
}

/**
 * eventsOf for many conflicts of one timeline (as it is now: the timeline must not change while the
 * finder is used): each agreement's sources are indexed by span once, not once per conflict, so
 * thousands of conflicts over agreements with thousands of sources stay linear.
 */
export function eventsFinder(timeline: Timeline): (c: Conflict) => TimelineEvent[] {
  const { agreementFor, eventsIn } = finderOf(timeline);
  return (c) => {
    const agreement = agreementFor(c);
    return agreement ? eventsIn(agreement, c) : [];
  };
}

/**
 * eventsFinder in its two steps: the agreement a conflict is about (agreementOf), and the events of
 * that agreement the conflict is on (its type, citing its evidence). The second costs an index of
 * the agreement's sources, made on its first use; the first costs a lookup.
 */
function finderOf(timeline: Timeline): { agreementFor: (c: Conflict) => Agreement | undefined; eventsIn: (agreement: Agreement, c: Conflict) => TimelineEvent[] } {
  // agreement → file → start and end (one number: texts are far shorter than 2^26) → events
  const indexes = new Map<Agreement, Map<string, Map<number, TimelineEvent[]>>>();
  // each indexed agreement's events → their place in it
  const places = new Map<TimelineEvent, number>();
  const at = (s: { start: number; end: number }) => s.start * 0x4000000 + s.end;
  const indexOf = (agreement: Agreement) => {
    let index = indexes.get(agreement);
    if (index) return index;
    index = new Map();
    agreement.events.forEach((e, i) => places.set(e, i));
    for (const e of agreement.events)
      for (const s of e.sources) {
        let ofFile = index.get(s.file);
        if (!ofFile) index.set(s.file, (ofFile = new Map()));
        const list = ofFile.get(at(s));
        if (!list) ofFile.set(at(s), [e]);
        else if (list.at(-1) !== e) list.push(e);
      }
    indexes.set(agreement, index);
    return index;
  };
  // agreementOf's lookup, with the agreements found by their parties (as a sorted list) once, not
  // by a pass over every agreement per conflict; lists with a repeated party keep agreementOf's pass
  const partiesKey = (parties: readonly string[]) => (new Set(parties).size === parties.length ? [...parties].sort().join("\u0000") : undefined);
  let byParties: Map<string, Agreement[]> | undefined = new Map();
  for (const a of timeline.agreements) {
    const k = partiesKey(a.parties);
    if (k === undefined) {
      byParties = undefined;
      break;
    }
    (byParties.get(k) ?? byParties.set(k, []).get(k)!).push(a);
  }
  const agreementFor = (c: Conflict): Agreement | undefined => {
    if (c.type !== "date_conflict" && c.type !== "status_conflict") return undefined;
    const k = byParties && partiesKey(c.parties ?? []);
    if (k === undefined) return agreementOf(timeline, c);
    const withParties = byParties!.get(k) ?? [];
    return withParties.find((a) => a.name === c.subject) ?? (withParties.length === 1 ? withParties[0] : undefined);
  };
  const eventsIn = (agreement: Agreement, c: Conflict): TimelineEvent[] => {
    const fits = (e: TimelineEvent) => (c.type === "date_conflict" ? !c.event || e.type === c.event : !c.values || c.values.includes(e.type));
    const index = indexOf(agreement);
    const cited = new Set<TimelineEvent>();
    for (const ev of c.evidence) for (const e of index.get(ev.file)?.get(at(ev)) ?? []) cited.add(e);
    if (!cited.size) return [];
    // in the agreement's order, as a filter over its events gives them (sorting the few cited, not
    // passing over an agreement's thousands of events for each of its conflicts)
    return [...cited].filter(fits).sort((a, b) => places.get(a)! - places.get(b)!);
  };
  return { agreementFor, eventsIn };
}

// the conflicts each timeline was last marked from: the same list, with the same open conflicts,
// marks it the same again (reconcile marks its result; applying no decision leaves the marks be)
const markedFrom = new WeakMap<Timeline, { conflicts: readonly Conflict[]; open: string }>();
const openIds = (conflicts: readonly Conflict[]) => conflicts.map((c) => (c.review ? "" : c.id)).join("\n");

/** Whether `timeline`'s events were marked by markDisputes from this very list, whose open conflicts are still `open` (their ids in order). */
export function markedBy(timeline: Timeline, conflicts: readonly Conflict[], open: readonly Conflict[]): boolean {
  const m = markedFrom.get(timeline);
  return m !== undefined && m.conflicts === conflicts && m.open === openIds(open);
}

/** Notes that `timeline`'s marks are what markDisputes(timeline, conflicts) would set: copied from a timeline marked from the same open conflicts, nothing decided since. */
export function noteMarked(timeline: Timeline, conflicts: readonly Conflict[]): void {
  markedFrom.set(timeline, { conflicts, open: openIds(conflicts) });
}

/**
 * The events each open conflict is on (eventsOf, by id), read from the marks when `timeline` was
 * marked from this very list and its open conflicts' ids are unique; else undefined. A conflict
 * with no events has no entry.
 */
export function markedEvents(timeline: Timeline, conflicts: readonly Conflict[]): Map<string, TimelineEvent[]> | undefined {
  if (!markedBy(timeline, conflicts, conflicts)) return undefined;
  const open = conflicts.filter((c) => !c.review);
  if (new Set(open.map((c) => c.id)).size !== open.length) return undefined;
  const events = new Map<string, TimelineEvent[]>();
  for (const a of timeline.agreements) for (const e of a.events) for (const id of e.conflicts) (events.get(id) ?? events.set(id, []).get(id)!).push(e);
  return events;
}

/**
 * Sets every event's `conflicts` (open conflicts on it, ids sorted) and `disputed`, in place.
 *
 * `premarked` (reconcile's cache gives it) names agreements whose events already carry the marks
 * their own conflicts give them, each with those conflicts (all open when the marks were set, on
 * this agreement alone). An agreement's marks depend only on the open conflicts that are about it
 * (agreementOf): when those are exactly its own list, its marks stand and its sources are not
 * indexed; otherwise (a conflict of another agreement with the same parties and name, a conflict
 * decided since, one of its own about another agreement now) they are worked out as without it.
 */
export function markDisputes(timeline: Timeline, conflicts: readonly Conflict[], premarked?: ReadonlyMap<Agreement, readonly Conflict[]>): void {
  markedFrom.set(timeline, { conflicts, open: openIds(conflicts) });
  const { agreementFor, eventsIn } = finderOf(timeline);
  // the open conflicts about each agreement
  const about = new Map<Agreement, Conflict[]>();
  for (const c of conflicts) {
    if (c.review) continue;
    const a = agreementFor(c);
    if (a) (about.get(a) ?? about.set(a, []).get(a)!).push(c);
  }
  const stands = (a: Agreement) => {
    const own = premarked?.get(a);
    if (!own) return false;
    const now = about.get(a) ?? [];
    if (now.length !== own.length) return false;
    const mine = new Set(own);
    return mine.size === own.length && new Set(now).size === now.length && own.every((c) => !c.review) && now.every((c) => mine.has(c));
  };
  for (const a of timeline.agreements) {
    if (stands(a)) continue;
    const open = new Map<TimelineEvent, Set<string>>();
    for (const c of about.get(a) ?? [])
      for (const e of eventsIn(a, c)) {
        if (!open.has(e)) open.set(e, new Set());
        open.get(e)!.add(c.id);
      }
    for (const e of a.events) {
      e.conflicts = [...(open.get(e) ?? [])].sort();
      e.disputed = e.conflicts.length > 0;
    }
  }
}
