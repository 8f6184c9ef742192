// Whole articles written for this test: every temporal expression is listed, so a date found
// where there is none fails as surely as one missed. Publication dates are given as a sidecar would.
import { describe, expect, it } from "vitest";
import { extractDates } from "../extractors/dates.js";
import { datesExtractor } from "../extractors/dates.js";
import type { ParsedArticle } from "../pipeline/schemas.js";

const WIRE = `GUATEMALA CITY (AP) — Guatemala and the United States signed a migration accord on Wednesday, nearly two years after a similar deal collapsed.

The agreement, which takes effect on March 1, will let U.S. authorities return some asylum seekers to Guatemala. Foreign Minister Ana López said the first transfers would begin in early March and that the program would be reviewed every six months.

"We have worked on this for months," López told reporters at 3 p.m. at the National Palace. She said 2,400 people had applied for protection in Guatemala last year, up 62% from 2022.

The previous accord, signed in July 2019, was suspended in February 2021. Route 9 border crossings have fallen since then, officials said.

Lawmakers will debate the measure next week. May Rivera, a congresswoman, said she expects a vote before Easter.`;

const WIRE_DATES: [string, string | null][] = [
  ["Wednesday", "2024-01-17"],
  ["nearly two years", "P2Y"],
  ["March 1", "2024-03-01"],
  ["early March", "2024-03"],
  ["every six months", "P6M"],
  ["months", "PXM"],
  ["3 p.m.", "2024-01-19T15:00"],
  ["last year", "2023"],
  ["2022", "2022"],
  ["July 2019", "2019-07"],
  ["February 2021", "2021-02"],
  ["next week", "2024-W04"],
  ["Easter", "2024-03-31"],
];

describe("every temporal expression in a wire story, and nothing else", () => {
  it("finds exactly the listed expressions with their values (published Friday 2024-01-19)", () => {
    const found = extractDates(WIRE, "2024-01-19").items.map((d) => [d.text, d.value]);
    expect(found).toEqual(WIRE_DATES);
  });

  it("gives offsets that point at the words", () => {
    for (const d of extractDates(WIRE, "2024-01-19").items) expect(WIRE.slice(d.start, d.end)).toBe(d.text);
  });

  it("keeps absolute values and leaves relative ones null when the publication date is unknown", () => {
    const byText = new Map(extractDates(WIRE, null).items.map((d) => [d.text, d.value]));
    expect(byText.get("July 2019")).toBe("2019-07");
    expect(byText.get("nearly two years")).toBe("P2Y");
    expect(byText.get("Wednesday")).toBeNull();
    expect(byText.get("last year")).toBeNull();
  });

  it("runs as the dates extractor on a parsed article and says why relative dates have no value", () => {
    const doc: ParsedArticle = {
      id: "x",
      source: { file: "wire.txt" },
      title: null,
      outlet: null,
      published: { value: null, from: "unknown" },
      text: WIRE,
      meta: {},
    };
    const result = datesExtractor.run(doc, {});
    expect(result.items.length).toBe(WIRE_DATES.length);
    expect(result.diagnostics?.some((d) => d.rule === "date:no-publication-date")).toBe(true);
  });
});
