// eventsFinder (used by markDisputes) finds a conflict's agreement through a map of party lists and
// orders the cited events by their place: it must give what agreementOf and a filter over the
// agreement's events give, whatever order the parties come in, with repeated parties, and with
// two agreements between the same sides.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementOf, eventsFinder } from "../pipeline/disputes.js";
import type { Conflict, Timeline, TimelineEvent } from "../pipeline/schemas.js";

const TYPES = ["signed", "ratified", "suspended"] as const;
const span = (file: number, start: number) => ({ file: `f${file}.txt`, text: "x", start, end: start + 3 });

describe("eventsFinder", () => {
  it("gives the events agreementOf and a filter over the agreement's events give", () => {
    const party = fc.constantFrom("A", "B", "C");
    fc.assert(
      fc.property(
        fc.array(fc.record({ parties: fc.array(party, { minLength: 0, maxLength: 3 }), name: fc.constantFrom("n1", "n2"), events: fc.array(fc.record({ type: fc.constantFrom(...TYPES), spans: fc.array(fc.tuple(fc.nat(1), fc.nat(2)), { maxLength: 3 }) }), { maxLength: 5 }) }), { maxLength: 5 }),
        fc.array(fc.record({ date: fc.boolean(), parties: fc.option(fc.array(party, { maxLength: 3 }), { nil: undefined }), subject: fc.constantFrom("n1", "n2", "other"), type: fc.constantFrom(...TYPES), evidence: fc.array(fc.tuple(fc.nat(1), fc.nat(2)), { maxLength: 4 }) }), { maxLength: 8 }),
        (agreements, cs) => {
          const timeline = {
            agreements: agreements.map((a, i) => ({ id: `a${i}`, name: a.name, parties: a.parties, kind: null, events: a.events.map((e) => ({ type: e.type, date: null, disputed: false, conflicts: [], sources: e.spans.map(([f, s]) => ({ ...span(f, s), date: null })), hedged: false }) as TimelineEvent) })),
            entities: [],
          } as unknown as Timeline;
          const find = eventsFinder(timeline);
          for (const [i, c] of cs.entries()) {
            const conflict = {
              id: `c${i}`,
              type: c.date ? "date_conflict" : "status_conflict",
              subject: c.subject,
              ...(c.parties ? { parties: c.parties } : {}),
              ...(c.date ? { event: c.type } : { values: [c.type] }),
              evidence: c.evidence.map(([f, s]) => span(f, s)),
            } as unknown as Conflict;
            const a = agreementOf(timeline, conflict);
            const cited = (e: TimelineEvent) => e.sources.some((s) => conflict.evidence.some((v) => v.file === s.file && v.start === s.start && v.end === s.end));
            const expected = a ? a.events.filter((e) => cited(e) && e.type === c.type) : [];
            expect(find(conflict)).toEqual(expected);
            expect(find(conflict).every((e, j) => e === expected[j])).toBe(true);
          }
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});
