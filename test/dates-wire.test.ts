// Wire and broadcast sentences for the rules that place a date by what the sentence says around it: a condition told
// in the present looks ahead, a weekday that is the aim of an earlier day follows it, a day with "of last year", the
// fuzzy past points TimeML marks, "three days later" in a past story as a length, "three straight days", "yearlong" and
// "in '98". Each rule has its positive rows and the near misses it must leave alone.
import { describe } from "vitest";
import { dateTableTests, type DateRow } from "./date-table.js";

const WED_1998 = "1998-02-11"; // Wednesday
const THU_2016 = "2016-09-08"; // Thursday
const SUN_2016 = "2016-10-02"; // Sunday

type Row = DateRow;

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
  // in a past story a count of days, weeks or hours from another event is the length between the two, even after a day
  // named before
  ["The quake struck on Oct. 17. Three days later, rescuers found survivors.", WED_1998, "Three days later", "P3D"],
  ["Two weeks earlier, police had raided the office.", WED_1998, "Two weeks earlier", "P2W"],
  ["The vote was held Jan. 5. Six hours later, the results were announced.", WED_1998, "Six hours later", "PT6H"],
  // in the present it reaches now; months and years compare periods
  ["Biden signed it on January 20, and the return took effect 30 days later.", WED_1998, "30 days later", "P30D"],
  ["The town fell on Jan. 3. Two weeks later the markets are still empty.", WED_1998, "Two weeks later", "1998-01-17"],
  ["The rebels seized the town on Jan. 3. A month later, they withdrew.", WED_1998, "A month later", "1998-02"],
  ["The accord was signed on March 1, 1997, and a year later it collapsed.", WED_1998, "a year later", "1998"],
  ["Sales rose to 5 million from 4 million a month earlier.", WED_1998, "a month earlier", "1998-01"],
  // an adjective between a count and its unit belongs to the length
  ["Stocks fell for three straight days.", WED_1998, "three straight days", "P3D"],
  ["The mandate was extended for two more years.", WED_1998, "two more years", "P2Y"],
  ["The state added an extra week of early voting.", WED_1998, "an extra week", "P1W"],
  ["Profit fell for three consecutive quarters.", WED_1998, "three consecutive quarters", "P9M"],
  // "a days-long standoff": "a" goes with the noun after, the plural counts some units; "a yearlong strike": one unit
  ["Police ended a days-long standoff.", WED_1998, "a days", "PXD"],
  ["They held an hours-long meeting.", WED_1998, "an hours", "PTXH"],
  ["Miners ended a yearlong strike.", WED_1998, "yearlong", "P1Y"],
  ["The envoy began a weeklong visit.", WED_1998, "weeklong", "P1W"],
  // a year by its last two digits after a cue word, in the century that keeps it near the publication year
  ["The party lost badly in '96.", WED_1998, "'96", "1996"],
  ["She won the '94 election easily.", WED_1998, "'94", "1994"],
  ["Prices have doubled since ’89.", WED_1998, "’89", "1989"],
  ["The plan runs until '02.", WED_1998, "'02", "2002"],
  // fuzzy points of the past
  ["I spoke to him the other day about the budget.", WED_1998, "the other day", "PAST_REF"],
  ["The plan was dropped a while ago.", WED_1998, "a while ago", "PAST_REF"],
  ["The company stopped making the model some time ago.", WED_1998, "some time ago", "PAST_REF"],
];

const NEGATIVES: [sentence: string, notADate: string][] = [
  ["The Other Day Band played in Austin.", "Other Day"],
  ["Some time is needed to finish the count.", "Some time"],
  ["The other day-care center closed in May.", "The other day"],
  ["It was the first full day of the summit.", "full day"],
  ["The Daylong Press printed it.", "Daylong"],
  ["The study had this finding: '27 companies reported losses.", "'27"],
  ["He said 'no' 98 times.", "98"],
  ["Shares rose '12 percent,' he wrote.", "'12"],
];

describe("wire sentences placed by what surrounds the date", () => {
  dateTableTests(ROWS, NEGATIVES, WED_1998);
});
