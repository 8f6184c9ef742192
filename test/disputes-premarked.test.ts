// markDisputes with `premarked` (agreements reconcile's cache gives already marked by their own
// conflicts): an agreement's marks are kept only when the open conflicts about it are exactly its
// own list; whatever the lists say, the marks must be those a full marking gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { markDisputes } from "../pipeline/disputes.js";
import type { Agreement, Conflict, Timeline, TimelineEvent } from "../pipeline/schemas.js";

const TYPES = ["signed", "ratified", "suspended"] as const;
const span = (file: number, start: number) => ({ file: `f${file}.txt`, text: "x", start, end: start + 3 });

interface AgreementSpec {
  parties: string[];
  name: string;
  events: Array<{ type: (typeof TYPES)[number]; spans: Array<[number, number]> }>;
}
interface ConflictSpec {
  date: boolean;
  parties: string[];
  subject: string;
  type: (typeof TYPES)[number];
  evidence: Array<[number, number]>;
  decided: boolean;
}

const timelineOf = (specs: AgreementSpec[]): Timeline =>
  ({
    agreements: specs.map((a, i) => ({ id: `a${i}`, name: a.name, parties: a.parties, kind: null, events: a.events.map((e) => ({ type: e.type, date: null, disputed: false, conflicts: [], sources: e.spans.map(([f, s]) => ({ ...span(f, s), date: null })), hedged: false }) as TimelineEvent) })),
    entities: [],
  }) as unknown as Timeline;

const conflictOf = (c: ConflictSpec, i: number): Conflict =>
  ({
    id: `c${i}`,
    type: c.date ? "date_conflict" : "status_conflict",
    subject: c.subject,
    parties: c.parties,
    ...(c.date ? { event: c.type } : { values: [c.type] }),
    evidence: c.evidence.map(([f, s]) => span(f, s)),
    review: c.decided ? { decision: "reject", at: "2024-01-01T00:00:00Z" } : null,
  }) as unknown as Conflict;

const marksOf = (t: Timeline) => t.agreements.map((a) => a.events.map((e) => [e.disputed, e.conflicts]));

/** Marks `timeline` with each agreement first marked alone by its own list (as reconcile's cache keeps it), then as a whole with those lists as `premarked`. */
function markWithOwn(timeline: Timeline, conflicts: Conflict[], own: Conflict[][]): void {
  const premarked = new Map<Agreement, readonly Conflict[]>();
  timeline.agreements.forEach((a, i) => {
    markDisputes({ agreements: [a], entities: [] }, own[i] ?? []);
    premarked.set(a, own[i] ?? []);
  });
  markDisputes(timeline, conflicts, premarked);
}

describe("markDisputes with premarked agreements", () => {
  it("gives the marks a full marking gives, whatever conflicts each agreement was marked with alone", () => {
    const party = fc.constantFrom("A", "B", "C");
    const agreementSpec = fc.record({ parties: fc.uniqueArray(party, { minLength: 1, maxLength: 2 }), name: fc.constantFrom("n1", "n2"), events: fc.array(fc.record({ type: fc.constantFrom(...TYPES), spans: fc.array(fc.tuple(fc.nat(1), fc.nat(2)), { maxLength: 3 }) }), { maxLength: 4 }) });
    const conflictSpec = fc.record({ date: fc.boolean(), parties: fc.uniqueArray(party, { minLength: 1, maxLength: 2 }), subject: fc.constantFrom("n1", "n2", "other"), type: fc.constantFrom(...TYPES), evidence: fc.array(fc.tuple(fc.nat(1), fc.nat(2)), { maxLength: 4 }), decided: fc.boolean() });
    fc.assert(
      fc.property(fc.array(agreementSpec, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(conflictSpec, fc.nat(5)), { maxLength: 8 }), (specs, cs) => {
        const conflicts = cs.map(([c], i) => conflictOf(c, i));
        // each conflict given as its own to one agreement (or to none): right, wrong or partly right
        const own: Conflict[][] = specs.map(() => []);
        cs.forEach(([, owner], i) => own[owner]?.push(conflicts[i]));
        const full = timelineOf(specs);
        markDisputes(full, conflicts);
        const fast = timelineOf(specs);
        markWithOwn(fast, conflicts, own);
        expect(marksOf(fast)).toEqual(marksOf(full));
      }),
      { numRuns: 2000, seed: 29 },
    );
  });

  const one: AgreementSpec = { parties: ["A", "B"], name: "n1", events: [{ type: "signed", spans: [[0, 0]] }, { type: "ratified", spans: [[1, 2]] }] };
  const open = (over: Partial<ConflictSpec> = {}): ConflictSpec => ({ date: true, parties: ["A", "B"], subject: "n1", type: "signed", evidence: [[0, 0]], decided: false, ...over });
  const rows: Array<{ row: string; specs: AgreementSpec[]; conflicts: ConflictSpec[]; own: number[][]; stands: boolean }> = [
    { row: "its own conflicts and no other: kept", specs: [one], conflicts: [open()], own: [[0]], stands: true },
    { row: "no conflict about it, none of its own: kept", specs: [one], conflicts: [], own: [[]], stands: true },
    { row: "a second agreement's conflict with the same sides and name is about it too", specs: [one, { ...one }], conflicts: [open(), open()], own: [[0], [1]], stands: false },
    { row: "its own conflict decided since", specs: [one], conflicts: [open({ decided: true })], own: [[0]], stands: false },
    { row: "its own conflict now about another agreement (named as that one)", specs: [one, { ...one, name: "n2" }], conflicts: [open({ subject: "n2" })], own: [[0], []], stands: false },
    { row: "a conflict not in its list is about it", specs: [one], conflicts: [open(), open({ type: "ratified", evidence: [[1, 2]] })], own: [[0]], stands: false },
  ];
  it.each(rows)("$row", ({ specs, conflicts, own, stands }) => {
    const cs = conflicts.map(conflictOf);
    const timeline = timelineOf(specs);
    const lists = own.map((ids) => ids.map((i) => cs[i]));
    // a mark no marking would set: it stays only where the agreement's marks are kept as they are
    const premarked = new Map<Agreement, readonly Conflict[]>(timeline.agreements.map((a, i) => [a, lists[i]]));
    for (const a of timeline.agreements) for (const e of a.events) e.conflicts = ["kept"];
    markDisputes(timeline, cs, premarked);
    expect(timeline.agreements[0].events[0].conflicts.includes("kept")).toBe(stands);
    // and with the lists' own marks set first, the result is a full marking's
    const fast = timelineOf(specs);
    markWithOwn(fast, cs, lists);
    const full = timelineOf(specs);
    markDisputes(full, cs);
    expect(marksOf(fast)).toEqual(marksOf(full));
  });
});
