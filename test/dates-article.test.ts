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

// A UK-style story: day before month, 24-hour clock, "that year", a surname that is a month.
const UK = `Rwanda deal: first flight to leave within weeks, says minister

The first flight carrying asylum seekers to Rwanda will take off "in the next 12 weeks", the prime minister said on Monday.

The plan was first announced in April 2022, but a flight due to leave on 14 June that year was grounded after a last-minute ruling by the European Court of Human Rights.

Last Thursday, peers voted the bill through at 23:15 after a debate that lasted more than six hours. The government had hoped to pass it before Easter.

In the spring, officials said 52,000 people could be relocated over five years. The Home Office spent £290m on the scheme, figures published on 1 March show.

Critics say the policy, which costs about £1.8m per person, has not deterred a single crossing since 2021. Theresa May, a former prime minister, said it was "not the answer". May's intervention came after the vote.`;

const UK_DATES: [string, string | null][] = [
  ["weeks", "PXW"],
  ["the next 12 weeks", "P12W"],
  ["Monday", "2024-04-22"],
  ["April 2022", "2022-04"],
  ["14 June that year", "2022-06-14"],
  ["Last Thursday", "2024-04-18"],
  ["23:15", "2024-04-18T23:15"],
  ["more than six hours", "PT6H"],
  ["Easter", "2024-03-31"],
  ["the spring", "2024-SP"],
  ["five years", "P5Y"],
  ["1 March", "2024-03-01"],
  ["2021", "2021"],
];

describe("every temporal expression in a UK-style story, and nothing else", () => {
  it("finds exactly the listed expressions with their values (published Monday 2024-04-22)", () => {
    const found = extractDates(UK, "2024-04-22").items.map((d) => [d.text, d.value]);
    expect(found).toEqual(UK_DATES);
  });
});

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
