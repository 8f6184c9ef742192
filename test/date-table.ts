// The table tests the date tables share (dates.test.ts, dates-wire.test.ts): each row's expression is
// found with its value and its span; each negative sentence has no date over the words it names.
import { expect, it } from "vitest";
import { extractDates } from "../extractors/dates.js";

export type DateRow = [sentence: string, published: string | null, text: string, value: string | null];
export type NotADate = [sentence: string, notADate: string];

export function dateTableTests(rows: readonly DateRow[], negatives: readonly NotADate[], negativesPublished: string): void {
  it.each(rows)("in %j (published %s) finds %j with value %j", (sentence, published, text, value) => {
    const found = extractDates(sentence, published).items;
    const hit = found.find((d) => d.text === text);
    expect(hit, `found: ${found.map((d) => `${d.text}=${d.value}`).join(", ")}`).toBeDefined();
    expect(hit!.value).toBe(value);
    expect(sentence.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it.each(negatives)("in %j finds no date in %j", (sentence, notADate) => {
    const at = sentence.indexOf(notADate);
    const found = extractDates(sentence, negativesPublished).items;
    const overlapping = found.filter((d) => d.start < at + notADate.length && d.end > at);
    expect(overlapping).toEqual([]);
  });
}
