import { describe, expect, it } from "vitest";
import { datesExtractor } from "../extractors/dates.js";
import { extractEntities } from "../extractors/entities.js";

// A month before a capitalized word says when; only a month that is also a given name may open a person's name.
// Texts written for these tests; the dates extractor's findings are passed as the pipeline passes them.
const find = (text: string) => {
  const doc = { id: "t", source: { file: "t.txt" }, title: null, outlet: null, published: { value: null, from: "unknown" as const }, text, meta: {} };
  return extractEntities(text, { dates: datesExtractor.run(doc, {}).items }).items;
};

describe("entities: a month opening a run of capitalized words", () => {
  it.each([
    ["Traders sold the December Bund contract before the close .", "December Bund"],
    ["Bonds fell ahead of the July FOMC meeting , dealers said .", "July FOMC"],
    ["The May OPEC meeting left output unchanged .", "May OPEC"],
  ] as const)("in %j names nothing as %j", (text, span) => {
    expect(find(text).map((e) => e.text)).not.toContain(span);
  });

  it("keeps the acronym after the month", () => {
    expect(find("Bonds fell ahead of the July FOMC meeting , dealers said .").map((e) => e.text)).toContain("FOMC");
  });

  it.each([
    ["The reporter April Kessel asked the first question .", "April Kessel"],
    ["The singer June Harlow thanked the crowd .", "June Harlow"],
  ] as const)("in %j keeps the person %j", (text, name) => {
    expect(find(text).filter((e) => e.type === "person").map((e) => e.text)).toContain(name);
  });
});
