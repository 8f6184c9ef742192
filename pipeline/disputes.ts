// Which timeline events a conflict is about, and which events are disputed: an event is disputed
// while a date or status conflict whose evidence is among its sources is open (no decision yet).
import type { Agreement, Conflict, Timeline, TimelineEvent } from "./schemas.js";

const spanKey = (e: { file: string; start: number; end: number }) => `${e.file}|${e.start}|${e.end}`;
const sameParties = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

/** The agreement a date or status conflict is about: same parties, same name (else the only one with those parties). */
export function agreementOf(timeline: Timeline, c: Conflict): Agreement | undefined {
  if (c.type !== "date_conflict" && c.type !== "status_conflict") return undefined;
  const withParties = timeline.agreements.filter((a) => sameParties(a.parties, c.parties ?? []));
  return withParties.find((a) => a.name === c.subject) ?? (withParties.length === 1 ? withParties[0] : undefined);
}

/** The events of a date or status conflict: of its event type (or one of its statuses), citing its evidence. */
export function eventsOf(timeline: Timeline, c: Conflict): TimelineEvent[] {
  const agreement = agreementOf(timeline, c);
  if (!agreement) return [];
  const cited = new Set(c.evidence.map(spanKey));
  const fits = (e: TimelineEvent) => (c.type === "date_conflict" ? !c.event || e.type === c.event : !c.values || c.values.includes(e.type));
  return agreement.events.filter((e) => fits(e) && e.sources.some((s) => cited.has(spanKey(s))));
}

/** Sets every event's `conflicts` (open conflicts on it, ids sorted) and `disputed`, in place. */
export function markDisputes(timeline: Timeline, conflicts: readonly Conflict[]): void {
  const open = new Map<TimelineEvent, Set<string>>();
  for (const c of conflicts) {
    if (c.review) continue;
    for (const e of eventsOf(timeline, c)) {
      if (!open.has(e)) open.set(e, new Set());
      open.get(e)!.add(c.id);
    }
  }
  for (const a of timeline.agreements)
    for (const e of a.events) {
      e.conflicts = [...(open.get(e) ?? [])].sort();
      e.disputed = e.conflicts.length > 0;
    }
}
