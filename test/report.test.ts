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
        { type: "signed", date: { value: "2019-09-20", text: "on Friday" }, sources: [ev("000.txt", "signed an agreement on Friday", 10)] },
        { type: "terminated", date: null, sources: [ev("004.txt", "ultimately terminated", 900)] },
      ],
    },
  ],
  entities: [{ canonical: "Nayib Bukele", type: "person", variants: ["Buckele", "Bukele"] }],
};

const conflicts: Conflict[] = [
  { id: "n1", type: "name_variant", subject: "Nayib Bukele", canonical: "Bukele", variant: "Buckele", detail: "looks like a misspelling", severity: 1, evidence: [ev("004.txt", "Buckele", 2044)] },
  {
    id: "s1", type: "status_conflict", subject: "El Salvador–United States Safe Third Country Agreement", parties: ["El Salvador", "United States"],
    detail: "terminated or suspended?", severity: 3, evidence: [ev("004.txt", "ultimately terminated", 900), ev("004.txt", "all three treaties were suspended", 4526)],
  },
  { id: "t1", type: "title_conflict", subject: "Ana Ruiz", detail: "two offices | one person", severity: 2, evidence: [ev("x.txt", "Foreign Minister Ana `Ruiz`", 0)] },
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
    expect(md).toContain("| undated | terminated | `004.txt` |");
  });

  it("says so when there is nothing to report", () => {
    expect(renderReport([], { agreements: [], entities: [] })).toBe("# Conflict report\n\nNo conflicts found.\n\n## Timeline (cleaned)\n\nNo agreement events found.\n");
  });
});
