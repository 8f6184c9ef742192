// Wire and broadcast sentences for the rules that place a date by what the sentence says around it: a condition told
// in the present looks ahead, a weekday that is the aim of an earlier day follows it, a day with "of last year", and
// the fuzzy past points TimeML marks. Each rule has its positive rows and the near misses it must leave alone.
import { describe, expect, it } from "vitest";
import { extractDates } from "../extractors/dates.js";

const WED_1998 = "1998-02-11"; // Wednesday
const THU_2016 = "2016-09-08"; // Thursday
const SUN_2016 = "2016-10-02"; // Sunday

type Row = [sentence: string, published: string, text: string, value: string];

const ROWS: Row[] = [
  // a condition in the present ("if Democrats win") looks ahead; a verb of its own in the condition decides instead
  ["He is the front-runner for the seat if Democrats win the White House in November.", THU_2016, "November", "2016-11"],
  ["He has emerged as the favorite unless the party loses in November.", THU_2016, "November", "2016-11"],
  ["He said he would have resigned if the party had lost in November.", THU_2016, "November", "2015-11"],
  ["She asked if the vote had taken place in November.", THU_2016, "November", "2015-11"],
  ["Reporters wondered if the minister resigned in November.", THU_2016, "November", "2015-11"],
  // a weekday that a trip or a stay was for comes after the day of the trip
  ["Annan arrived in Baghdad on Monday for talks with Saddam on Friday.", WED_1998, "Friday", "1998-02-13"],
  ["Annan flew to Baghdad on Monday to meet Saddam on Friday.", WED_1998, "Friday", "1998-02-13"],
  ["Albright left Monday for a meeting with Arafat on Friday.", WED_1998, "Friday", "1998-02-13"],
  ["Netanyahu flew to Washington Monday to meet Clinton Tuesday.", WED_1998, "Tuesday", "1998-02-10"],
  // what came before the day stays before it: an offence, a place or state after "to", a past verb of its own
  ["He was arrested Monday for a robbery committed Friday.", WED_1998, "Friday", "1998-02-06"],
  ["Stocks, which rose to record levels Monday, had fallen Friday.", WED_1998, "Friday", "1998-02-06"],
  ["He returned to work Monday after his arrest Friday.", WED_1998, "Friday", "1998-02-06"],
  ["The envoy arrived Monday to prepare for the summit, which opened Friday.", WED_1998, "Friday", "1998-02-06"],
  // a day with its year said in words after "of"
  ["We started this journey on June 16th of last year.", SUN_2016, "June 16th of last year", "2015-06-16"],
  ["The law took effect on March 1 of this year.", SUN_2016, "March 1 of this year", "2016-03-01"],
  // fuzzy points of the past
  ["I spoke to him the other day about the budget.", WED_1998, "the other day", "PAST_REF"],
  ["The plan was dropped a while ago.", WED_1998, "a while ago", "PAST_REF"],
  ["The company stopped making the model some time ago.", WED_1998, "some time ago", "PAST_REF"],
];

const NEGATIVES: [sentence: string, notADate: string][] = [
  ["The Other Day Band played in Austin.", "Other Day"],
  ["Some time is needed to finish the count.", "Some time"],
  ["The other day-care center closed in May.", "The other day"],
];

describe("wire sentences placed by what surrounds the date", () => {
  it.each(ROWS)("in %j (published %s) finds %j with value %j", (sentence, published, text, value) => {
    const found = extractDates(sentence, published).items;
    const hit = found.find((d) => d.text === text);
    expect(hit, `found: ${found.map((d) => `${d.text}=${d.value}`).join(", ")}`).toBeDefined();
    expect(hit!.value).toBe(value);
    expect(sentence.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it.each(NEGATIVES)("in %j finds no date in %j", (sentence, notADate) => {
    const at = sentence.indexOf(notADate);
    const found = extractDates(sentence, WED_1998).items;
    const overlapping = found.filter((d) => d.start < at + notADate.length && d.end > at);
    expect(overlapping).toEqual([]);
  });
});
