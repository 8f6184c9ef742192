// Linear time on hostile and long inputs for the dates extractor (issue 13): a date repeated thousands of
// times in one sentence (the tense of each date re-tokenized the whole sentence and weighed every cue),
// weekdays and clock times in one sentence (each clock time looked at every day; each expression looked
// back through every earlier one of its sentence), a progressive verb before each weekday and a year set
// off between commas (a regex over the sentence so far, per expression), each at 1×, 2× and 4× its size.
// Time may grow about linearly: 4× the input within 6× the time. Ratios, never absolute times, as in
// entities-linear.test.ts.
import { describe, expect, it } from "vitest";
import { growth, repeat } from "./support/growth.js";
import { extractDates } from "../extractors/dates.js";

const datesOf = (text: string) => extractDates(text, "2024-05-01").items;

const HOSTILE: Array<[string, (size: number) => string, number]> = [
  ["a full date repeated in one sentence", repeat("on March 3, 2023 and "), 40_000],
  ["a weekday repeated in one sentence", repeat("on Monday and "), 40_000],
  ["a clock time repeated in one sentence", repeat("at 3 p.m. and "), 40_000],
  ["a progressive verb before every weekday", repeat("is meeting him on Monday and "), 40_000],
  ["a year set off between commas before every date", repeat("who joined in 1985, on Sept. 5 "), 40_000],
  ["a tense cue before every date", repeat("he said he will go on Monday, "), 40_000],
];

describe("date extraction runs in linear time", () => {
  it.each(HOSTILE)("%s: 4× the text takes at most about 6× the time", (_label, make, base) => {
    const g = growth(make, datesOf, base);
    expect(g.quadruple, JSON.stringify(g)).toBeLessThan(6);
  }, 180_000);
});
