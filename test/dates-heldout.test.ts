// The held-out TempEval-style wire stories (test/dates-heldout.data.ts), scored the TempEval-3 way,
// and a table of the expression classes they taught, each with a case that must stay unmarked.
// `npx tsx test/dates-heldout.score.ts all` prints every miss, extra and wrong value.
import { describe, expect, it } from "vitest";
import { extractDates } from "../extractors/dates.js";
import { HELD_OUT, HELD_OUT_2, HELD_OUT_3 } from "./dates-heldout.data.js";
import { scoreHeldOut } from "./dates-heldout.score.js";

describe("the held-out wire stories", () => {
  it.each([
    ["the first batch", HELD_OUT],
    ["the second batch", HELD_OUT_2],
    ["the third batch", HELD_OUT_3],
  ] as const)("score at least 0.95 extent and value F1 on %s", (_, docs) => {
    const s = scoreHeldOut([...docs]);
    expect(s.strictF1).toBeGreaterThanOrEqual(0.95);
    expect(s.valueF1).toBeGreaterThanOrEqual(0.95);
  });
});

type Row = [sentence: string, published: string, text: string, value: string | null];
const ROWS: Row[] = [
  // quarters named, then referred back to
  ["Profit rose in the third quarter. It earned $5 million in the quarter, up from $4 million a year earlier.", "1998-10-22", "the quarter", "1998-Q3"],
  ["Profit rose in the third quarter. It earned $5 million in the quarter, up from $4 million a year earlier.", "1998-10-22", "a year earlier", "1997-Q3"],
  ["Sales fell in the second quarter compared with the same period last year.", "2004-08-02", "the same period last year", "2003-Q2"],
  ["Sales fell in the second quarter from the year-earlier period.", "2004-08-02", "the year-earlier period", "2003-Q2"],
  ["Growth in the October-December quarter was 0.3 percent, the government said.", "1996-02-27", "the October-December quarter", "1995-Q4"],
  ["Exports rose in the April-June quarter of 2009.", "2010-01-05", "the April-June quarter of 2009", "2009-Q2"],
  // ranges are one duration, valued by the upper bound
  ["Repairs will take 10 to 12 weeks.", "1999-06-15", "10 to 12 weeks", "P12W"],
  ["The trial could last two or three days.", "1999-06-15", "two or three days", "P3D"],
  ["He served between five and 10 years in prison.", "1999-06-15", "between five and 10 years", "P10Y"],
  // decades, vague pasts, the unit the story is in
  ["The company was founded a decade ago.", "1999-06-15", "a decade ago", "198"],
  ["The economy has been stagnant for much of the decade.", "1996-02-27", "the decade", "199"],
  ["Shares have lagged in recent years.", "1998-10-22", "recent years", "PAST_REF"],
  ["The company expects to finish the year with a profit.", "1999-06-15", "the year", "1999"],
  // a yearless date in a sentence about an earlier year
  ["The carrier lost money in 2001. In that year, passenger numbers fell sharply after Sept. 11.", "2003-01-09", "Sept. 11", "2001-09-11"],
  ["The carrier lost money in 2001, and it cut 7,000 jobs in November.", "2003-01-09", "November", "2001-11"],
  ["The company lost money in 2001, and it will report results in March.", "2003-01-09", "March", "2003-03"],
  // an attribution after a comma does not set the tense of the clause it reports
  ["The board will meet next month and again in mid-February, a spokesman said.", "2003-01-09", "mid-February", "2003-02"],
  // sets and scraped lowercase weekdays; "days" after "be … before"
  ["Engineering work is planned at weekends until March.", "2007-11-14", "weekends", "XXXX-WXX-WE"],
  ["Flights remained grounded on monday as the cloud drifted south.", "2010-04-19", "monday", "2010-04-19"],
  ["Officials said it could be days before service resumes.", "2010-04-19", "days", "PXD"],
  // from the third batch: counted quarters, "a year ago" beside a quarter, "the nine months", habits, weeks of a day
  ["Profits fell over the past two quarters.", "1989-11-02", "the past two quarters", "P6M"],
  ["It posted a third-quarter loss, reversing net income a year ago.", "1989-11-02", "a year ago", "1988-Q3"],
  ["The company was founded a year ago.", "1989-11-02", "a year ago", "1988"],
  ["For the nine months, the company had a loss.", "1989-11-02", "the nine months", "P9M"],
  ["Rains that normally arrive in March failed this year.", "2001-05-21", "March", "XXXX-03"],
  ["Rains that arrived in March were light.", "2001-05-21", "March", "2001-03"],
  ["A donor conference is scheduled for the week of June 11.", "2001-05-21", "the week of June 11", "2001-W24"],
];

const NEGATIVES: [sentence: string, notADate: string][] = [
  ["The weekends of July are busy at the coast.", "weekends"],
  ["He joined the monday club at school.", "monday"],
  ["The plan would cut spending by 10 to 12 percent.", "10 to 12"],
  ["The boy, aged 10 to 12 years old, was found.", "10 to 12 years"],
  ["It was the deal of the decade.", "the decade"],
  ["The quarter of the city was sealed off.", "the quarter"],
  ["The two sides will be days apart in their offers.", "days"],
  ["A quarter of the vote went to the opposition.", "quarter"],
  ["The week of action ended.", "week of"],
];

describe("temporal expression classes from the held-out wire stories", () => {
  it.each(ROWS)("in %j (published %s) finds %j with value %j", (sentence, published, text, value) => {
    const found = extractDates(sentence, published).items.find((d) => d.text === text);
    expect(found, `found: ${extractDates(sentence, published).items.map((d) => d.text).join(" | ")}`).toBeDefined();
    expect(found!.value).toBe(value);
  });

  it.each(NEGATIVES)("in %j finds no date in %j", (sentence, notADate) => {
    const items = extractDates(sentence, "2005-08-03").items;
    expect(items.some((d) => d.text.includes(notADate))).toBe(false);
  });
});
