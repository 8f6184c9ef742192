// The reports quote at most REPORT_EVIDENCE_CAP pieces of evidence per conflict and per event and
// say how many more there are; conflicts.json and timeline.json keep them all.
import { describe, expect, it } from "vitest";
import { renderHtml } from "../pipeline/report-html.js";
import { renderReport, REPORT_EVIDENCE_CAP } from "../pipeline/report.js";
import type { Conflict, Timeline } from "../pipeline/schemas.js";

const evidence = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `a${String(i).padStart(3, "0")}.txt`, text: "was suspended", start: 10, end: 23 }));

function fixture(n: number): { conflicts: Conflict[]; timeline: Timeline } {
  const conflict = {
    id: "c1",
    type: "status_conflict",
    subject: "X–Y accord",
    parties: ["X", "Y"],
    detail: "Sources disagree.",
    severity: 3,
    confidence: 0.8,
    rule: "terminated-vs-suspended",
    values: ["terminated", "suspended"],
    evidence: evidence(n),
    review: null,
  } as Conflict;
  const timeline = {
    agreements: [
      {
        id: "ag1",
        name: "X–Y accord",
        parties: ["X", "Y"],
        kind: null,
        events: [{ type: "suspended", date: null, disputed: true, conflicts: ["c1"], sources: evidence(n).map((e) => ({ ...e, date: null })), hedged: false }],
      },
    ],
    entities: [],
  } as unknown as Timeline;
  return { conflicts: [conflict], timeline };
}

describe("evidence in the reports", () => {
  it("is quoted in full up to the cap", () => {
    const { conflicts, timeline } = fixture(REPORT_EVIDENCE_CAP);
    const md = renderReport(conflicts, timeline, {});
    expect(md).not.toContain("more piece");
    expect(md.match(/^ {2}- > /gm)).toHaveLength(REPORT_EVIDENCE_CAP);
    expect(renderHtml(conflicts, timeline, {})).not.toContain('class="more"');
  });

  it("is capped beyond it, with the count of what is left out", () => {
    const { conflicts, timeline } = fixture(REPORT_EVIDENCE_CAP + 7);
    const md = renderReport(conflicts, timeline, {});
    expect(md.match(/^ {2}- > /gm)).toHaveLength(REPORT_EVIDENCE_CAP);
    expect(md).toContain("… and 7 more pieces of evidence (all of them in conflicts.json)");
    expect(md).toContain(" and 7 more |");
    expect(md).not.toContain(`a${String(REPORT_EVIDENCE_CAP).padStart(3, "0")}.txt`);
    const html = renderHtml(conflicts, timeline, {});
    expect(html).toContain("… and 7 more (all of them in conflicts.json)");
    expect(html).toContain("… and 7 more (all of them in timeline.json)");
  });
});
