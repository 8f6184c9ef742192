import { describe, expect, it } from "vitest";
import { renderReport } from "../pipeline/report.js";
import type { Conflict, Timeline } from "../pipeline/schemas.js";

const ev = (file: string, text: string, start: number) => ({ file, text, start, end: start + text.length, date: null });

const timeline: Timeline = {
  agreements: [
    {
      id: "a1",
      name: "El Salvador–United States Safe Third Country Agreement",
      parties: ["El Salvador", "United States"],
      kind: "safe third country",
      events: [
        { type: "signed", date: { value: "2019-09-20", text: "on Friday" }, disputed: false, conflicts: [], sources: [{ ...ev("000.txt", "signed an agreement on Friday", 10), date: null }] },
        { type: "terminated", date: null, disputed: true, conflicts: ["s1"], sources: [{ ...ev("004.txt", "ultimately terminated", 900), date: null }] },
      ],
    },
  ],
  entities: [{ canonical: "Nayib Bukele", type: "person", variants: ["Buckele", "Bukele"] }],
};

const conflicts: Conflict[] = [
  { id: "n1", type: "name_variant", subject: "Nayib Bukele", canonical: "Bukele", variant: "Buckele", detail: "looks like a misspelling", severity: 1, evidence: [ev("004.txt", "Buckele", 2044)], review: null },
  {
    id: "s1", type: "status_conflict", subject: "El Salvador–United States Safe Third Country Agreement", parties: ["El Salvador", "United States"],
    detail: "terminated or suspended?", severity: 3, evidence: [ev("004.txt", "ultimately terminated", 900), ev("004.txt", "all three treaties were suspended", 4526)], review: null,
  },
  { id: "t1", type: "title_conflict", subject: "Ana Ruiz", detail: "two offices | one person", severity: 2, evidence: [ev("x.txt", "Foreign Minister Ana `Ruiz`", 0)], review: null },
];

describe("renderReport", () => {
  const md = renderReport(conflicts, timeline);

  it("groups conflicts by agreement, then by entity, then gives the cleaned timeline", () => {
    const order = ["## By agreement", "### El Salvador–United States Safe Third Country Agreement", "## By entity", "## Timeline (cleaned)"].map((h) => md.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("puts the more severe entity conflicts first", () => {
    expect(md.indexOf("### Ana Ruiz")).toBeLessThan(md.indexOf("### Nayib Bukele"));
  });

  it("quotes the evidence with its file and offsets", () => {
    expect(md).toContain("> “all three treaties were suspended” — `004.txt` [4526–4559]");
    expect(md).toContain("“Buckele” → “Bukele”");
  });

  it("escapes text that would break the Markdown", () => {
    expect(md).toContain("two offices \\| one person");
    expect(md).toContain("Foreign Minister Ana \\`Ruiz\\`");
  });

  it("lists each agreement's events with dates and source files", () => {
    expect(md).toContain("| 2019-09-20 (“on Friday”) | signed | `000.txt` |");
    expect(md).toContain("| undated | terminated (disputed: `s1`) | `004.txt` |");
  });

  it("shows each conflict's id, for claimline decide", () => {
    expect(md).toContain("**Name variant** (low) `n1`: “Buckele” → “Bukele”");
    expect(md).toContain("**Status conflict** (high) `s1`.");
  });

  it("moves decided conflicts to their own section with the decision, and lists orphaned decisions", () => {
    const decided = conflicts.map((c) => (c.id === "n1" ? { ...c, review: { decision: "accept" as const, value: "Bukele", at: "2026-01-02T03:04:05Z" } } : c));
    const out = renderReport(decided, timeline, { orphaned: [{ conflict: "gone1", decision: "reject", at: "2026-01-01T00:00:00Z" }] });
    expect(out).toContain("2 open conflicts: 1 status, 0 date, 0 name, 1 title; 1 decided.");
    expect(out.indexOf("## Decided")).toBeGreaterThan(out.indexOf("### Ana Ruiz"));
    expect(out).toContain("- Decision: accepted (value “Bukele”), 2026-01-02T03:04:05Z.");
    expect(out).toMatch(/## Decisions whose conflict is gone[\s\S]*`gone1`: rejected/);
  });

  it("quotes evidence in its sentence with the article's outlet and publication date", () => {
    const text = "Intro line here. The president, Nayib Buckele, spoke on Monday. Later text.";
    const start = text.indexOf("Buckele");
    const articles = new Map([["004.txt", { title: "T", outlet: "Daily <b>", published: "2019-09-21", inferred: false, text }]]);
    const one = [{ ...conflicts[0], evidence: [{ file: "004.txt", text: "Buckele", start, end: start + 7 }] }];
    const out = renderReport(one, { agreements: [], entities: [] }, { articles });
    expect(out).toContain(`> “The president, Nayib **Buckele**, spoke on Monday.” — \`004.txt\` [${start}–${start + 7}], Daily \\<b\\>, published 2019-09-21`);
  });

  it("says so when there is nothing to report", () => {
    expect(renderReport([], { agreements: [], entities: [] })).toBe("# Conflict report\n\nNo conflicts found.\n\n## Timeline (cleaned)\n\nNo agreement events found.\n");
  });
});
