import { promises as fs } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyDecisions } from "../pipeline/decisions.js";
import { eventsOf, markDisputes, markedEvents } from "../pipeline/disputes.js";
import { renderHtml } from "../pipeline/report-html.js";
import type { Conflict, Timeline } from "../pipeline/schemas.js";

const fixtures = async () => ({
  timeline: JSON.parse(await fs.readFile("fixtures/expected/timeline.json", "utf8")) as Timeline,
  conflicts: (JSON.parse(await fs.readFile("fixtures/expected/conflicts.json", "utf8")) as Conflict[]).map((c) => ({ ...c, review: null })),
});
const isAgreement = (c: Conflict) => c.type === "date_conflict" || c.type === "status_conflict";

describe("markedEvents", () => {
  it("gives each open conflict's events as eventsOf finds them, only for the very list the timeline was marked from", async () => {
    const { timeline, conflicts } = await fixtures();
    markDisputes(timeline, conflicts);
    const marked = markedEvents(timeline, conflicts)!;
    expect(marked).toBeDefined();
    expect(conflicts.filter((c) => eventsOf(timeline, c).length).length).toBeGreaterThan(0);
    for (const c of conflicts) expect(marked.get(c.id) ?? []).toEqual(eventsOf(timeline, c));
    // another list (even an equal copy), or one changed since: not the marks' list
    expect(markedEvents(timeline, [...conflicts])).toBeUndefined();
    expect(markedEvents(structuredClone(timeline), conflicts)).toBeUndefined();
    // two open conflicts with one id: the marks cannot tell them apart
    const twice = [...conflicts, { ...conflicts.find(isAgreement)! }];
    markDisputes(timeline, twice);
    expect(markedEvents(timeline, twice)).toBeUndefined();
  });
});

describe("report.html's related agreements", () => {
  it("are the same read from the marks as looked up by evidence, with and without a decision", async () => {
    const { timeline, conflicts } = await fixtures();
    const disputing = conflicts.find(isAgreement)!;
    for (const decisions of [[], [{ conflict: disputing.id, decision: "reject" as const, at: "2026-01-01T00:00:00Z" }]]) {
      const decided = applyDecisions({ timeline, conflicts }, decisions);
      expect(markedEvents(decided.timeline, decided.conflicts)).toBeDefined();
      const html = renderHtml(decided.conflicts, decided.timeline);
      // copies carry the same marks but no note of them: related agreements are looked up by evidence
      expect(html).toBe(renderHtml(structuredClone(decided.conflicts), structuredClone(decided.timeline)));
      expect(html).toMatch(/data-agreements="[^"]+"/);
    }
  });

  it("are looked up by evidence when the marks are stale: a conflict added after marking", async () => {
    const { timeline, conflicts } = await fixtures();
    const decided = applyDecisions({ timeline, conflicts }, []);
    // the events' marks stay as they were; the list passed is another one
    const more = [...decided.conflicts, { ...decided.conflicts.find(isAgreement)!, id: "added-later" }];
    const html = renderHtml(more, decided.timeline);
    expect(html).toBe(renderHtml(structuredClone(more), structuredClone(decided.timeline)));
  });
});
