// Temporal expressions in sentences written for this table, in newswire styles, each with its
// article's publication date and the TIMEX3 value the words should get. Values that depend on
// tense ("in July", "Friday") appear in both tenses. Negative cases list words that are not dates.
import { describe, expect, it } from "vitest";
import { dateTableTests, type DateRow } from "./date-table.js";
import { extractDates } from "../extractors/dates.js";
import { normalizeTimex, tenseAt } from "../extractors/timex.js";

// Publication dates used below, with their weekdays.
const FRI_2019 = "2019-09-20"; // Friday, week 2019-W38, autumn
const FRI_2025 = "2025-01-24"; // Friday, week 2025-W04, winter
const WED_2021 = "2021-03-03"; // Wednesday, spring, Q1
const WED_2022 = "2022-12-28"; // Wednesday, winter
const WED_2020 = "2020-07-15"; // Wednesday, summer, Q3
const MON_2018 = "2018-02-05"; // Monday, week 2018-W06

type Row = DateRow;

const ROWS: Row[] = [
  // weekdays: past tense → the latest on or before the publication day; future → the next
  ["The two governments signed the accord on Friday.", FRI_2019, "Friday", "2019-09-20"],
  ["Officials met on Tuesday to review the plan.", FRI_2019, "Tuesday", "2019-09-17"],
  ["The minister will travel to Ottawa on Tuesday.", FRI_2019, "Tuesday", "2019-09-24"],
  ["Talks are scheduled to resume Monday.", FRI_2019, "Monday", "2019-09-23"],
  ["The deal was announced last Friday.", FRI_2019, "last Friday", "2019-09-13"],
  ["Negotiators will meet again next Wednesday.", FRI_2019, "next Wednesday", "2019-09-25"],
  ["The agency said it had received the request Thursday night.", FRI_2019, "Thursday night", "2019-09-19TNI"],
  ["Protesters gathered outside the embassy Saturday.", FRI_2019, "Saturday", "2019-09-14"],
  ["Trump and Bukele spoke by phone on Thursday to discuss the plan.", FRI_2025, "Thursday", "2025-01-23"],
  ["The president signed the order on Monday.", FRI_2025, "Monday", "2025-01-20"],
  ["The envoy will arrive on Monday.", FRI_2025, "Monday", "2025-01-27"],
  // a schedule told in the present, a hope, a state that lasts: ahead; a verb before its infinitive tells of now
  ["The inquiry continues Monday with two more witnesses.", FRI_2019, "Monday", "2019-09-23"],
  ["Negotiators hope to settle the dispute by Thursday.", FRI_2019, "Thursday", "2019-09-26"],
  ["Both banks will stay closed until Tuesday.", FRI_2019, "Tuesday", "2019-09-24"],
  ["The walkout began Monday and could last until Thursday.", WED_2021, "Thursday", "2021-03-04"],
  // after "that" a calendar word is a noun ("that day"), not a verb of a schedule ("talks that begin Monday")
  ["He had never seen the sea until that day in January.", WED_2021, "January", "2021-01"],
  ["Talks that begin in April will decide the matter.", WED_2021, "April", "2021-04"],
  ["If the senator were to win in November, she would sign the bill.", FRI_2019, "November", "2019-11"],
  // "tomorrow" as a noun for the future after a determiner; as a day it stays a day
  ["Refugees are still hoping for a brighter tomorrow.", FRI_2019, "tomorrow", "FUTURE_REF"],
  ["The minister said a decision could come tomorrow.", FRI_2019, "tomorrow", "2019-09-21"],
  ["Both sides will sign a deal tomorrow.", FRI_2019, "tomorrow", "2019-09-21"],
  ["The union will send a letter tomorrow.", FRI_2019, "tomorrow", "2019-09-21"],
  // a weekday's possessive before an event nobody schedules is a day gone, even in a sentence about the future; a day an
  // event is set for, or put off to, lies ahead of a setting told in the past; without such a noun the verb decides
  ["A vigil will be held Saturday for the victims of Friday's crash.", WED_2021, "Friday", "2021-02-26"],
  ["A vigil will be held Saturday for the victims of Friday's crash.", WED_2021, "Saturday", "2021-03-06"],
  ["Crowds are expected at Saturday's rally.", WED_2021, "Saturday", "2021-03-06"],
  ["The dockers called a strike for Monday.", WED_2021, "Monday", "2021-03-08"],
  ["A strike called for Monday shut the ports.", WED_2021, "Monday", "2021-03-01"],
  ["The final vote was delayed to Thursday.", WED_2021, "Thursday", "2021-03-04"],
  ["The envoy moved to Geneva on Thursday.", WED_2021, "Thursday", "2021-02-25"],
  // "at this (crucial) moment" is now
  ["No talks are planned at this crucial moment, he said.", FRI_2019, "this crucial moment", "PRESENT_REF"],
  ["At this moment, the border is closed.", FRI_2019, "this moment", "PRESENT_REF"],
  // "for the year of $X": the year's figure; "the year of the pig" names no year (see NEGATIVES)
  ["The shares hit a high for the year of $42.88 in June.", "1989-10-30", "the year", "1989"],
  // "one day" before a verb is "someday" (FUTURE_REF); as a length it stays one
  ["Analysts say the port will one day rival Rotterdam.", FRI_2019, "one day", "FUTURE_REF"],
  ["She wants to one day run the company.", FRI_2019, "one day", "FUTURE_REF"],
  ["The ferry strike lasted one day.", FRI_2019, "one day", "P1D"],
  ["Hearings were cut to one day per week.", FRI_2019, "one day", "P1D"],
  // "today" of an age ("today's world", "the youth of today") is the present in general; of an event it stays the day
  ["Privacy is hard to keep in today's world.", FRI_2019, "today", "PRESENT_REF"],
  ["The sum is worth $2 million in today's dollars.", FRI_2019, "today", "PRESENT_REF"],
  ["The teenagers of today rely on their phones.", FRI_2019, "today", "PRESENT_REF"],
  ["Today's hearing was adjourned.", FRI_2019, "Today", "2019-09-20"],
  ["The mayor of the city spoke today.", FRI_2019, "today", "2019-09-20"],
  // the age of a state of affairs is how long it has lasted (a person's age is no duration: see NEGATIVES)
  ["Gunmen tried to wreck the 8-month-old truce.", FRI_2019, "8-month-old", "P8M"],
  ["The three-year-old civil war has emptied the valley.", FRI_2019, "three-year-old", "P3Y"],
  ["Parliament lifted the decade-old ban on Friday.", FRI_2019, "decade-old", "P10Y"],
  // "on the day" after a market's move is the trading day
  ["The shares ended 4 percent higher on the day.", FRI_2019, "the day", "2019-09-20"],
  // the future of a day named before in the sentence follows that day, not the publication date
  ["The rebels said Saturday they would free the hostages Sunday.", WED_2021, "Sunday", "2021-02-28"],
  ["The mayor said Monday the bridge would reopen Friday.", WED_2021, "Friday", "2021-03-05"],
  ["The coach said Sunday he'd be back Tuesday.", WED_2021, "Tuesday", "2021-03-02"],
  ["The rebels said Saturday the hostages will be freed Sunday.", WED_2021, "Sunday", "2021-03-07"],
  ["Bond prices continue to slip after Wednesday's sale.", FRI_2019, "Wednesday", "2019-09-18"],
  ["Once a week the committee reviews the figures.", FRI_2019, "Once a week", "P1W"],
  ["The vote took place on Sunday.", WED_2021, "Sunday", "2021-02-28"],
  ["The Senate votes on Thursday.", WED_2021, "Thursday", "2021-03-04"],
  ["The shutdown ended on Friday.", MON_2018, "Friday", "2018-02-02"],
  ["Congress returns on Wednesday.", MON_2018, "Wednesday", "2018-02-07"],
  ["The index fell 4% on Monday.", MON_2018, "Monday", "2018-02-05"],
  ["Markets will watch Tuesday's vote closely.", MON_2018, "Tuesday", "2018-02-06"],
  ["The agreement that was signed on Friday could prevent some asylum claims.", FRI_2019, "Friday", "2019-09-20"],
  ["On Wednesday, the ministers said they had reached a deal.", FRI_2019, "Wednesday", "2019-09-18"],
  ["Lawmakers are expected to vote on the measure Thursday.", FRI_2019, "Thursday", "2019-09-26"],
  ["The delegation arrived Sunday morning.", MON_2018, "Sunday morning", "2018-02-04TMO"],
  ["The measure passed the Senate late Tuesday.", "2019-11-20", "late Tuesday", "2019-11-19"],
  // months and seasons without a year: the tense picks the year
  ["The pact was signed in July.", FRI_2019, "July", "2019-07"],
  ["The treaty will be debated in November.", FRI_2019, "November", "2019-11"],
  ["The law took effect in October.", FRI_2019, "October", "2018-10"],
  ["The rule took effect in December.", FRI_2025, "December", "2024-12"],
  ["The hearing will take place in March.", FRI_2025, "March", "2025-03"],
  ["The treaty was ratified in February.", WED_2021, "February", "2021-02"],
  ["The bill will reach the floor in February.", WED_2021, "February", "2022-02"],
  ["The bill was signed in January.", WED_2022, "January", "2022-01"],
  ["The talks will resume in January.", WED_2022, "January", "2023-01"],
  ["Cases surged in June.", WED_2020, "June", "2020-06"],
  ["The act banned sowing before May 10 and planting before June 10.", "2019-11-08", "June 10", "2019-06-10"],
  ["Schools may reopen in September.", WED_2020, "September", "2020-09"],
  ["The border has been closed since March.", WED_2020, "March", "2020-03"],
  ["The measure passed the House in May.", WED_2020, "May", "2020-05"],
  ["Unemployment hit 14.7% in April.", WED_2020, "April", "2020-04"],
  ["Arrests have dropped since December.", FRI_2025, "December", "2024-12"],
  ["A spokesman said the vote had been postponed until May.", "2013-03-22", "May", "2013-05"],
  ["Rubio is scheduled to visit El Salvador in early February.", FRI_2025, "early February", "2025-02"],
  ["The company will report results in mid-October.", FRI_2019, "mid-October", "2019-10"],
  ["The cuts were announced in late August.", FRI_2019, "late August", "2019-08"],
  ["The funds ran out last March.", FRI_2019, "last March", "2019-03"],
  ["The rules change next January.", FRI_2019, "next January", "2020-01"],
  ["Officials expect the wall to be finished this summer.", FRI_2019, "this summer", "2019-SU"],
  ["The rains arrived in the spring.", FRI_2019, "the spring", "2019-SP"],
  ["The next round of talks will be held in the spring.", FRI_2019, "the spring", "2020-SP"],
  ["The plan was first floated last summer.", FRI_2025, "last summer", "2024-SU"],
  ["The deal will be finalized this spring.", FRI_2025, "this spring", "2025-SP"],
  ["The policy was suspended last winter.", FRI_2025, "last winter", "2023-WI"],
  ["The program launched in the fall.", WED_2021, "the fall", "2020-FA"],
  ["The program will launch in the fall.", WED_2021, "the fall", "2021-FA"],
  ["Gas prices rose this winter.", WED_2022, "this winter", "2022-WI"],
  ["The summer of 2017 was the hottest on record.", FRI_2019, "The summer of 2017", "2017-SU"],
  ["Trade fell in the winter of 2018.", FRI_2019, "the winter of 2018", "2018-WI"],
  ["The law, passed in the spring of 2020, expires this year.", WED_2021, "the spring of 2020", "2020-SP"],
  ["Sales are forecast to rise in spring 2026.", FRI_2025, "spring 2026", "2026-SP"],
  // days, months, years relative to the publication date
  ["Earlier this month, the court cleared the way for the rule.", FRI_2019, "Earlier this month", "2019-09"],
  ["Late last year, a judge blocked the policy.", FRI_2019, "Late last year", "2018"],
  ["The program is expected to start early next year.", FRI_2019, "early next year", "2020"],
  ["The minister resigned later this month.", WED_2020, "later this month", "2020-07"],
  ["Sales rose 4% for the year, the company said.", FRI_2019, "the year", "2019"],
  ["The ban began in 2016. Earlier in the year, talks had failed.", FRI_2019, "the year", "2016"],
  ["Lawmakers return from recess next week.", FRI_2019, "next week", "2019-W39"],
  ["The report was published last week.", FRI_2019, "last week", "2019-W37"],
  ["Inflation rose this week.", FRI_2019, "this week", "2019-W38"],
  ["Exports fell last month.", FRI_2019, "last month", "2019-08"],
  ["The board meets next month.", FRI_2019, "next month", "2019-10"],
  ["Sales grew last year.", FRI_2019, "last year", "2018"],
  ["The election is next year.", FRI_2019, "next year", "2020"],
  ["The firm doubled its staff this year.", FRI_2019, "this year", "2019"],
  ["The law will take effect next year.", WED_2022, "next year", "2023"],
  ["The law, passed in the spring of 2020, expires this year.", WED_2021, "this year", "2021"],
  ["The talks will continue through the end of the month.", FRI_2025, "the end of the month", "2025-01"],
  ["The agreement expires at the end of the year.", FRI_2025, "the end of the year", "2025"],
  ["The flights began last weekend.", FRI_2025, "last weekend", "2025-W03-WE"],
  ["The caravan crossed the border this past weekend.", FRI_2025, "this past weekend", "2025-W03-WE"],
  ["Officials will meet this weekend.", FRI_2025, "this weekend", "2025-W04-WE"],
  ["The talks collapsed over the weekend.", MON_2018, "the weekend", "2018-W05-WE"],
  ["The meeting was held yesterday.", FRI_2019, "yesterday", "2019-09-19"],
  ["The results will be released tomorrow.", FRI_2019, "tomorrow", "2019-09-21"],
  ["Markets opened lower today.", FRI_2019, "today", "2019-09-20"],
  ["Today's ruling ends a decade of litigation.", FRI_2019, "Today", "2019-09-20"],
  ["Fans crowded the stadium for the weekend's final.", MON_2018, "the weekend", "2018-W05-WE"],
  ["The storm hit the coast last night.", FRI_2019, "last night", "2019-09-19TNI"],
  ["The minister speaks tonight.", FRI_2019, "tonight", "2019-09-20TNI"],
  ["Police said the suspect was caught this morning.", FRI_2019, "this morning", "2019-09-20TMO"],
  ["The ruling came yesterday afternoon.", WED_2021, "yesterday afternoon", "2021-03-02TAF"],
  ["Profits doubled in the third quarter.", FRI_2019, "the third quarter", "2019-Q3"],
  ["Output will recover in the fourth quarter.", FRI_2019, "the fourth quarter", "2019-Q4"],
  ["Sales slumped in the fourth quarter.", WED_2021, "the fourth quarter", "2020-Q4"],
  ["The company plans to hire in the second quarter.", WED_2021, "the second quarter", "2021-Q2"],
  ["The company cut 2,000 jobs in the second quarter.", WED_2020, "the second quarter", "2020-Q2"],
  ["Revenue slipped last quarter.", WED_2020, "last quarter", "2020-Q2"],
  ["Growth slowed in the first half of the year.", FRI_2019, "the first half of the year", "2019-H1"],
  ["The bridge should be finished by the end of the century.", "1998-01-08", "the end of the century", "19"],
  // ago, from now
  ["The plant opened two years ago.", FRI_2019, "two years ago", "2017"],
  ["He was arrested a week ago.", FRI_2019, "a week ago", "2019-W37"],
  ["The ceasefire collapsed three days ago.", FRI_2019, "three days ago", "2019-09-17"],
  ["The talks began about a year ago.", FRI_2019, "about a year ago", "2018"],
  // a bound keeps the point it counts to (TimeML: "more than a decade ago" is the decade back, mod BEFORE)
  ["The new government took office more than 100 days ago.", FRI_2019, "more than 100 days ago", "2019-06-12"],
  ["The last census was taken less than a year ago.", FRI_2019, "less than a year ago", "2018"],
  ["The mill shut down more than three years later.", FRI_2019, "more than three years later", "P3Y"],
  ["The company was founded a decade ago.", FRI_2019, "a decade ago", "200"],
  ["The office opened three months ago.", FRI_2025, "three months ago", "2024-10"],
  ["The pandemic began a year ago.", WED_2021, "a year ago", "2020"],
  ["The camp was built years ago.", WED_2021, "years ago", "PAST_REF"],
  ["The chain turned a profit after several quarters of losses.", FRI_2019, "several quarters", "PXQ"],
  ["Sales fell for two quarters.", FRI_2019, "two quarters", "P6M"],
  // an anniversary is one expression: the day, week or month that many units back
  ["Ten years ago this week, the first troops crossed the border.", FRI_2019, "Ten years ago this week", "2009-W38"],
  ["The dam burst a year ago today.", FRI_2019, "a year ago today", "2018-09-20"],
  ["The mill closed five years ago this month.", FRI_2019, "five years ago this month", "2014-09"],
  ["The talks began a year and a half ago.", FRI_2019, "a year and a half ago", "2018-03"],
  ["The deal was signed in May 2019. Later that month, flights began.", FRI_2019, "Later that month", "2019-05"],
  ["Officials must answer within 45 days.", FRI_2019, "45 days", "P45D"],
  ["The bridge will be finished two years from now.", WED_2021, "two years from now", "2023"],
  // anchored to the date last mentioned
  ["The case was heard on June 3, 2019. The court ruled the next day.", FRI_2019, "the next day", "2019-06-04"],
  // (in a past story a count of days or weeks from the event before is the length between them: TimeML's DURATION)
  ["The deal was signed on March 1, 2019. Two weeks later, it collapsed.", FRI_2019, "Two weeks later", "P2W"],
  ["The deal was signed on March 1, 2019. A month later, it collapsed.", FRI_2019, "A month later", "2019-04"],
  ["The ban began in 2016. It was lifted the following year.", FRI_2019, "the following year", "2017"],
  ["He returned in 2010. A year earlier, he had resigned.", FRI_2019, "A year earlier", "2009"],
  ["Troops arrived on May 4, 2019. That day, the border was closed.", FRI_2019, "That day", "2019-05-04"],
  ["Troops arrived on May 4, 2019. That same day, the border was closed.", FRI_2019, "That same day", "2019-05-04"],
  ["The vote was held on Oct. 2, 2018. The previous day, protesters marched.", FRI_2019, "The previous day", "2018-10-01"],
  ["The plan was announced in April 2022, but a flight on 14 June that year was grounded.", "2024-04-22", "14 June that year", "2022-06-14"],
  ["The accord was signed on March 3 last year.", FRI_2019, "March 3 last year", "2018-03-03"],
  // absolute dates
  ["The agreement was signed on June 12, 2018, in Mexico City.", FRI_2019, "June 12, 2018", "2018-06-12"],
  ["Elections were held on 14 June 2022.", FRI_2019, "14 June 2022", "2022-06-14"],
  ["The data cover September 2019.", FRI_2019, "September 2019", "2019-09"],
  ["The rule was published on 2019-09-01.", FRI_2019, "2019-09-01", "2019-09-01"],
  ["The form is dated 9/3/2019.", FRI_2019, "9/3/2019", "2019-09-03"],
  ["The treaty was signed on 25/12/2018 in Lima.", FRI_2019, "25/12/2018", "2018-12-25"],
  ["Sunday, February 7, 2021 | Politics", WED_2021, "Sunday, February 7, 2021", "2021-02-07"],
  ["Deportation flights began on January 13, 2025.", FRI_2025, "January 13, 2025", "2025-01-13"],
  ["The summit opened on Friday, Sept. 13.", FRI_2019, "Friday, Sept. 13", "2019-09-13"],
  ["WASHINGTON, Sept. 20 (Reuters) - The United States said it would act.", FRI_2019, "Sept. 20", "2019-09-20"],
  ["The rule took effect on Sept. 5.", FRI_2019, "Sept. 5", "2019-09-05"],
  ["The hearing is set for Oct. 8.", FRI_2019, "Oct. 8", "2019-10-08"],
  ["The pact was signed Dec. 10.", FRI_2019, "Dec. 10", "2018-12-10"],
  ["Inauguration Day was Jan. 20.", FRI_2025, "Jan. 20", "2025-01-20"],
  ["The administration has until Feb. 15 to respond.", FRI_2025, "Feb. 15", "2025-02-15"],
  ["The new rules take effect on Jan. 1.", WED_2022, "Jan. 1", "2023-01-01"],
  ["The convention is set for Aug. 24.", WED_2020, "Aug. 24", "2020-08-24"],
  ["The fiscal year ends Sept. 30.", WED_2020, "Sept. 30", "2020-09-30"],
  ["He died on Jan. 30.", MON_2018, "Jan. 30", "2018-01-30"],
  ["Shares have fallen 10% since Jan. 26.", MON_2018, "Jan. 26", "2018-01-26"],
  ["The ceremony took place on the 4th of July, 1976.", FRI_2019, "the 4th of July, 1976", "1976-07-04"],
  ["The accord was signed in 2018.", FRI_2019, "2018", "2018"],
  ["The agreement has been in force since 2019.", WED_2021, "2019", "2019"],
  ["Crossings fell sharply in 2024.", FRI_2025, "2024", "2024"],
  ["The company was created in 1998.", MON_2018, "1998", "1998"],
  ["The bill passed in mid-2018.", FRI_2019, "mid-2018", "2018"],
  ["Construction is due to finish by the end of 2020.", FRI_2019, "the end of 2020", "2020"],
  ["He left the post in early 2015.", FRI_2019, "early 2015", "2015"],
  ["The program ended in late 2016.", FRI_2019, "late 2016", "2016"],
  ["Spending rose in fiscal 2019.", FRI_2019, "fiscal 2019", "FY2019"],
  ["The company reported a loss in the first quarter of 2019.", FRI_2019, "the first quarter of 2019", "2019-Q1"],
  ["The plan covers the 2019-2020 school year.", FRI_2019, "2020", "2020"],
  ["Unemployment peaked in the 1990s.", FRI_2019, "the 1990s", "199"],
  // a clock time with capitals and stops ("P.M.") is the same time as "p.m."
  ["Polls close at 8 P.M. EST.", FRI_2019, "8 P.M. EST", "2019-09-20T20:00"],
  ["Doors open at 7.30 p.m. on the day.", FRI_2019, "7.30 p.m.", "2019-09-20T19:30"],
  ["The plane left at 9 in the morning.", FRI_2019, "9 in the morning", "2019-09-20T09:00"],
  ["The talks ended at four in the afternoon.", FRI_2019, "four in the afternoon", "2019-09-20T16:00"],
  ["The blast came at 10:30 P.M. local time.", FRI_2019, "10:30 P.M. local time", "2019-09-20T22:30"],
  // lowercase month names that are no other word, as transcripts write them
  ["the talks broke down in january and resumed on february 3", FRI_2019, "february 3", "2019-02-03"],
  // the apostrophe some style books put before a decade's s; without "the" or "early/mid/late" it is a year's possessive
  ["Wages fell in the 1980's.", FRI_2019, "the 1980's", "198"],
  ["Prices soared in the mid-1970's.", FRI_2019, "the mid-1970's", "197"],
  ["The company said 1990's budget would be smaller.", "1989-10-27", "1990", "1990"],
  ["The program began in the early 2000s.", FRI_2019, "the early 2000s", "200"],
  ["Ties were cut in the '80s.", FRI_2019, "the '80s", "198"],
  ["The dispute dates back to the 1970s.", MON_2018, "the 1970s", "197"],
  ["The town was founded in the 19th century.", FRI_2019, "the 19th century", "18"],
  ["Flights resumed on Christmas Day.", FRI_2019, "Christmas Day", "2018-12-25"],
  ["The store will reopen before Thanksgiving.", FRI_2019, "Thanksgiving", "2019-11-28"],
  ["Celebrations are planned for New Year's Eve.", WED_2022, "New Year's Eve", "2022-12-31"],
  // times of day
  ["The talks ended at 2 p.m.", FRI_2019, "2 p.m.", "2019-09-20T14:00"],
  ["The blast came at 10:40 a.m. (0740 GMT) Thursday.", FRI_2019, "0740 GMT", "2019-09-19T07:40"],
  ["The vote will be held Tuesday at 10 a.m.", FRI_2019, "10 a.m.", "2019-09-24T10:00"],
  ["Polls close at 8:30 p.m. ET on Friday.", FRI_2019, "8:30 p.m. ET", "2019-09-20T20:30"],
  ["The president spoke at noon.", FRI_2019, "noon", "2019-09-20T12:00"],
  ["The curfew starts at 22:00 local time.", WED_2020, "22:00 local time", "2020-07-15T22:00"],
  // durations
  ["Prices have risen 8% over the past two years.", FRI_2019, "the past two years", "P2Y"],
  ["Crossings have fallen in the last week.", FRI_2019, "the last week", "P1W"],
  ["Officials want results in the next five years.", FRI_2019, "the next five years", "P5Y"],
  ["He will review the deal during his five-month transition.", FRI_2019, "five-month", "P5M"],
  ["The drought lasted 100 days.", FRI_2019, "100 days", "P100D"],
  ["The hearing lasted three hours.", FRI_2019, "three hours", "PT3H"],
  ["She has worked there for 18 months.", FRI_2019, "18 months", "P18M"],
  // a half unit: whole years then months, whole hours then minutes (TimeBank writes "2 1/2 years" P2Y6M); days keep a decimal
  ["The transition will take a year and a half.", FRI_2019, "a year and a half", "P1Y6M"],
  ["The lease runs for half a year.", FRI_2019, "half a year", "P6M"],
  ["The journey took two and a half days.", FRI_2019, "two and a half days", "P2.5D"],
  ["The rebuilding took 2 1/2 years.", FRI_2019, "2 1/2 years", "P2Y6M"],
  ["Smog has cut 3.2 years from life expectancy.", FRI_2019, "3.2 years", "P38M"],
  ["Jurors deliberated for 3-1/2 hours.", FRI_2019, "3-1/2 hours", "PT3H30M"],
  ["The vote came after an hour and a half of debate.", FRI_2019, "an hour and a half", "PT1H30M"],
  ["The plant opened 2 1/2 years ago.", FRI_2019, "2 1/2 years ago", "2017-03"],
  ["The strike has gone on for weeks.", FRI_2019, "weeks", "PXW"],
  ["Officials have debated the idea for decades.", FRI_2019, "decades", "PXDE"],
  ["The darling became a pariah in a matter of weeks.", "2019-11-19", "weeks", "PXW"],
  // a hyphenated number word is one number, not a range ("thirty-six" is not thirty to six)
  ["The siege lasted thirty-six hours.", FRI_2019, "thirty-six hours", "PT36H"],
  ["The climb takes forty-five minutes.", FRI_2019, "forty-five minutes", "PT45M"],
  ["Repairs will take twenty-one to thirty days.", FRI_2019, "twenty-one to thirty days", "P30D"],
  // a bare plural unit before "of" and what filled the time is a span (TimeML marks "months" in "months of talks")
  ["The merger follows months of haggling over price.", FRI_2019, "months", "PXM"],
  ["The town was rebuilt after the lean years of drought ended.", FRI_2019, "years", "PXY"],
  ["In recent years, the number of applications has doubled.", FRI_2019, "recent years", "PAST_REF"],
  ["The agency has been without a director for several months.", FRI_2019, "several months", "PXM"],
  ["Aid will flow over the coming months.", FRI_2019, "the coming months", "PXM"],
  ["The first flights are expected in the coming weeks.", FRI_2025, "the coming weeks", "PXW"],
  ["The policy has been in place for nearly two years.", FRI_2025, "nearly two years", "P2Y"],
  ["Schools will reopen in two weeks.", WED_2021, "two weeks", "P2W"],
  ["The 24-hour strike shut the port.", WED_2021, "24-hour", "PT24H"],
  // a counted decade or century is told in years, ISO 8601's largest unit; "decades" has no count of years
  ["The deal runs for a decade.", WED_2021, "a decade", "P10Y"],
  ["The feud has lasted two decades.", WED_2021, "two decades", "P20Y"],
  ["The dynasty ruled for a century.", WED_2021, "a century", "P100Y"],
  ["The mine closed a decade and a half ago.", WED_2021, "a decade and a half ago", "2006"],
  ["Guards patrol the border 24 hours a day.", FRI_2019, "24 hours", "PT24H"],
  // sets
  ["Guards patrol the border 24 hours a day.", FRI_2019, "a day", "P1D"],
  ["The committee meets twice a week.", FRI_2019, "twice a week", "P1W"],
  ["The index is updated weekly.", FRI_2019, "weekly", "P1W"],
  ["Inspectors visit every month.", FRI_2019, "every month", "P1M"],
  ["The market is closed every Sunday.", FRI_2019, "every Sunday", "XXXX-WXX-7"],
  ["The shop is closed on Fridays.", FRI_2019, "Fridays", "XXXX-WXX-5"],
  ["Elections are held every four years.", FRI_2019, "every four years", "P4Y"],
  ["The company pays $3 million a year in rent.", FRI_2019, "a year", "P1Y"],
  // the present, the past, the future
  ["The accord is now in force.", FRI_2019, "now", "PRESENT_REF"],
  ["Currently, about 200 people are held there.", FRI_2025, "Currently", "PRESENT_REF"],
  ["The border has recently become busier.", FRI_2019, "recently", "PAST_REF"],
  ["Such deals could be signed in the future.", FRI_2019, "the future", "FUTURE_REF"],
  ["Crime rates are lower these days.", FRI_2019, "these days", "PRESENT_REF"],
  ["Assange was due to be released in September.", "2019-11-19", "September", "2019-09"],
  ["Subsidies were cut at the end of May last year.", "2019-11-20", "the end of May last year", "2018-05"],
  ["The passage of a half-century changed little.", FRI_2019, "a half-century", "P50Y"],
  ["The trial opened in 2018. Jurors were seated at 6 p.m.", FRI_2019, "6 p.m.", "2019-09-20T18:00"],
  // earnings language: quarters reported after they end, comparisons with a year before, dividend dates ahead
  ["The lender expects to report a loss for the third quarter.", "1989-10-27", "the third quarter", "1989-Q3"],
  ["The lender expects to report a profit for the first quarter.", "1989-10-27", "the first quarter", "1990-Q1"],
  ["Profit rose in the third quarter. Sales were flat compared with a year ago.", "1989-10-27", "a year ago", "1988-Q3"],
  ["Net rose in the third quarter. It was $5 million a year ago and $4 million a year earlier.", "1989-10-27", "a year earlier", "1988-Q3"],
  ["Profit rose in this year's third quarter.", "1989-10-27", "this year's third quarter", "1989-Q3"],
  ["Profit rose in the third quarter, from $3 million in the year-ago third quarter.", "1989-10-27", "the year-ago third quarter", "1988-Q3"],
  ["Profit rose in the second quarter, and year-earlier results were restated.", "1989-08-02", "year-earlier", "1988-Q2"],
  ["Sales fell in the third quarter from the 1988 quarter.", "1989-10-27", "the 1988 quarter", "1988-Q3"],
  ["The board declared a split, payable Dec. 7 to stock of record Nov. 22.", "1989-10-27", "Nov. 22", "1989-11-22"],
  ["The bank created a new office, effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"],
  ["Lenders extended credit through January.", "1989-10-30", "January", "1990-01"],
  ["In September, the company announced plans to buy a rival.", "1989-10-30", "September", "1989-09"],
  ["Revenue was $76 million for the year ended March 31.", "1989-10-31", "the year", "P1Y"],
  ["Third-quarter profit fell 5%.", "1989-10-27", "Third-quarter", "1989-Q3"],
  ["Margins narrowed in the latest quarter.", "1989-10-27", "the latest quarter", "1989-Q3"],
  ["Profit in the fourth quarter rose. Margins narrowed in the latest quarter.", "1990-02-01", "the latest quarter", "1989-Q4"],
  ["Revenue for 1989 is forecast at $1 billion. The company earned $5 million in the quarter.", "1989-10-27", "the quarter", "1989-Q3"],
  // a quarter said to end on a day, none named before: the quarter holding most of the three months up to that day
  ["For the quarter ended Sept. 30, the airline posted net income of $133 million.", "1989-10-26", "the quarter", "1989-Q3"],
  ["In the quarter ended July 31, the distributor lost $2 million.", "1989-10-30", "the quarter", "1989-Q2"],
  ["Sales rose in the quarter ending Dec. 31, 1988.", "1989-10-30", "the quarter", "1988-Q4"],
  // a quarter the story numbered (a fiscal one) keeps its number whatever day it ended
  ["Profit rose in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.", "1989-10-26", "the quarter", "1989-Q1"],
  // a year inside an opening subordinate clause dates that clause; the main clause's bare month is of the report's year
  ["After the ministry announced its plan last year, the cabinet approved it in January.", "2021-08-06", "January", "2021-01"],
  ["After the ministry announced its plan in 2019, the cabinet approved it in January.", "2021-08-06", "January", "2021-01"],
  ["The ministry announced its plan in 2019 and the cabinet approved it in January.", "2021-08-06", "January", "2019-01"],
  // a season named in another sentence is no period to count a year back from
  ["The stock began trading this summer. The company has 13 plants, up from seven a year ago.", "1989-11-01", "a year ago", "1988"],
  ["Profit rose from the year-ago quarter.", "1989-10-27", "the year-ago quarter", "1988-Q3"],
  ["Profit rose in the third quarter, ended Sept. 30, from the year-ago quarter.", "1989-10-27", "the year-ago quarter", "1988-Q3"],
  ["Sales rose 5% from the corresponding period last year.", "1989-10-27", "the corresponding period last year", "1988-Q3"],
  ["Shares closed at $5 on Friday, down from the previous Friday.", "1989-10-30", "the previous Friday", "1989-10-20"],
  ["The offer had been scheduled to expire Friday.", "1989-10-30", "Friday", "1989-10-27"],
  ["The group sold the stake five years ago in a share offering.", "1989-10-26", "five years ago", "1984"],
  ["Sales should recover in the last half of 1989.", "1989-10-26", "the last half of 1989", "1989-H2"],
  ["The split would be paid on a still unspecified date in January.", "1989-10-26", "January", "1990-01"],
  ["The talks, which begin Monday, are expected to last a week.", "1998-02-11", "Monday", "1998-02-16"],
  ["The ministers, who meet again Friday, have made little progress.", "1998-02-11", "Friday", "1998-02-13"],
  ["The talks, which began Monday, have made little progress.", "1998-02-11", "Monday", "1998-02-09"],
  // a past spelled as the base form, told as news; a modal or "to" before it looks ahead
  ["The storm hit the coast early Thursday.", "1998-02-11", "early Thursday", "1998-02-05"],
  ["The central bank cut rates Friday.", "1998-02-11", "Friday", "1998-02-06"],
  ["The storm could hit the coast Thursday.", "1998-02-11", "Thursday", "1998-02-12"],
  ["The storm is expected to hit the coast Thursday.", "1998-02-11", "Thursday", "1998-02-12"],
  // "has" of possession is no perfect, and what lasts until a day has not reached it yet
  ["Iraq has until Monday to comply.", "1998-02-11", "Monday", "1998-02-16"],
  ["He has a meeting with Arafat on Friday.", "1998-02-11", "Friday", "1998-02-13"],
  ["Iraq has rejected the plan, officials said Monday.", "1998-02-11", "Monday", "1998-02-09"],
  ["The talks had been postponed until Monday.", "1998-02-11", "Monday", "1998-02-09"],
  // a past verb of lasting reached the day it lasted until; one that moved a date leaves it open (the nearer one)
  ["The ceasefire lasted until Sunday.", "1998-01-15", "Sunday", "1998-01-11"],
  ["The talks were postponed until Sunday.", "1998-01-15", "Sunday", "1998-01-18"],
  // a weekday put off to is ahead even when the past one is nearer; not in the past perfect
  ["The hearing was adjourned until Monday.", "1998-01-08", "Monday", "1998-01-12"],
  ["The vote has been delayed until Monday.", "1998-01-08", "Monday", "1998-01-12"],
  // a plan told in the past perfect was for a day gone by
  ["He had planned to leave on Saturday but stayed.", "1998-01-08", "Saturday", "1998-01-03"],
  ["He planned to leave on Saturday.", "1998-01-08", "Saturday", "1998-01-10"],
  // the end of the year: this one ahead, the last one in a past tense or after "since"
  ["The deal is expected to close around year end.", "1989-10-30", "year end", "1989"],
  ["Rules should be in place by year's end.", "1989-10-26", "year's end", "1989"],
  ["Debt has fallen 5% since year-end.", "1989-10-30", "year-end", "1988"],
  // a full month name between a determiner and a noun; "recent" before a name
  ["The bank is selling itself under a June agreement with shareholders.", "1989-10-27", "June", "1989-06"],
  ["He holds 14.6%, according to a recent SEC filing.", "1989-10-30", "recent", "PAST_REF"],
  // the day last named, in the morning; the unit in progress; vague times ahead
  ["On Friday, dealers placed heavy buy orders in the morning.", "1989-10-30", "the morning", "1989-10-27TMO"],
  ["Sales rose 8% in 1992. The company expects a loss for the full year.", "1989-10-30", "the full year", "1989"],
  ["Funds may face heavy redemptions in the weeks ahead.", "1989-10-27", "the weeks ahead", "PXW"],
  ["The vote was postponed to a later date.", "1989-10-27", "a later date", "FUTURE_REF"],
  ["In the latest period, net income fell 5%.", "1989-10-27", "the latest period", "1989-Q3"],
  // an outlook period named later does not replace the quarter the story reports on
  ["Net rose in the third quarter. The company expects a loss in the fourth quarter. In the latest quarter, sales rose.", "1989-10-30", "the latest quarter", "1989-Q3"],
  ["Net rose in the third quarter. It sees a profit in the third quarter of 1990. In the year-ago period, it lost money.", "1989-10-30", "the year-ago period", "1988-Q3"],
  ["Net rose in the third quarter. It expects a fourth-quarter loss. In the year-ago period, it lost money.", "1989-10-30", "the year-ago period", "1988-Q3"],
  // extents as TimeML draws them: "late/earlier yesterday" whole, "fiscal" with its quarter, no article before a
  // hyphenated quarter that describes a noun
  ["The offer expired late yesterday.", "1989-10-30", "late yesterday", "1989-10-29"],
  ["Earlier yesterday, the stock fell.", "1989-10-30", "Earlier yesterday", "1989-10-29"],
  ["Net fell in the fiscal first quarter.", "1989-10-30", "the fiscal first quarter", "1989-Q1"],
  ["The company posted the third-quarter loss on Friday.", "1989-10-30", "third-quarter", "1989-Q3"],
  // dates as broadcast transcripts spell them
  ["The war ended in nineteen ninety-one.", "1998-01-08", "nineteen ninety-one", "1991"],
  ["It was founded in nineteen oh five.", "1998-01-08", "nineteen oh five", "1905"],
  ["Growth was strong through the nineteen nineties.", "1998-01-08", "the nineteen nineties", "199"],
  ["Computers may fail in the year two thousand.", "1998-01-08", "the year two thousand", "2000"],
  ["The talks began on January eighth.", "1998-01-09", "January eighth", "1998-01-08"],
  ["The vote is set for the twenty-third of March.", "1998-01-09", "the twenty-third of March", "1998-03-23"],
  // a clock time written right beside its day is one TIME (TimeML extent); a preposition between keeps two
  ["The polls close at ten p.m. tomorrow.", "1998-01-08", "ten p.m. tomorrow", "1998-01-09T22:00"],
  ["Bids were due by 5 p.m. EST, Jan. 6, the agency said.", "1998-01-08", "5 p.m. EST, Jan. 6", "1998-01-06T17:00"],
  ["Troops crossed the border at midnight Tuesday.", "1998-01-08", "midnight Tuesday", "1998-01-06T24:00"],
  ["Rescuers arrived at about six o'clock this morning.", "1998-01-08", "six o'clock this morning", "1998-01-08T06:00"],
  ["He left Friday at 3 p.m.", "1998-01-08", "3 p.m.", "1998-01-02T15:00"],
  // an hour said without a.m./p.m. beside a later part of the day is after noon; beside the morning it is not
  ["The speech is set for eight o'clock tonight.", "1998-01-08", "eight o'clock tonight", "1998-01-08T20:00"],
  ["The talks resumed at four o'clock this afternoon.", "1998-01-08", "four o'clock this afternoon", "1998-01-08T16:00"],
  ["The guards were changed at seven o'clock this morning.", "1998-01-08", "seven o'clock this morning", "1998-01-08T07:00"],
  // "a.m." ending a sentence: a day named in the next sentence is not the clock time's day
  ["The shelling stopped at 9:15 a.m. A truce, agreed to on Friday, held.", "1998-01-08", "9:15 a.m.", "1998-01-08T09:15"],
  ["The shelling stopped at 9:15 a.m. Friday, the army said.", "1998-01-08", "9:15 a.m. Friday", "1998-01-02T09:15"],
  // a capitalized "Recently" or "Today" after an abbreviation's full stop opens a sentence; it is not part of a name
  ["The rival is a unit of Acme Corp. Recently, analysts have called it weak.", "1998-01-08", "Recently", "PAST_REF"],
  ["He joined Acme Inc. Today he runs it.", "1998-01-08", "Today", "1998-01-08"],
  // "the day" set beside a day just named restates that day
  ["Shares sank on Nov. 3, the day after the election.", "1998-11-20", "the day", "1998-11-03"],
  ["The envoy flew in on Monday, the day before the summit opened.", "1998-01-08", "the day", "1998-01-05"],
  // a year set off between commas describes the subject; it does not date the main clause
  ["The company, founded in 1990, said on Sept. 5 that it would cut jobs.", "1998-10-01", "Sept. 5", "1998-09-05"],
  ["Smith, who joined the firm in 1985, retired on Sept. 5.", "1998-10-01", "Sept. 5", "1998-09-05"],
  ["In 1996, the firm lost money, and on March 3 it filed for bankruptcy.", "1998-10-01", "March 3", "1996-03-03"],
  // a year in an agreement's name says when it was made, not when a later act on it happened
  ["The 1987 arms pact, which lapsed in August, had banned a class of missiles.", "1998-10-01", "August", "1998-08"],
  ["Both sides left the 1992 fishing accord in May after a row.", "1998-10-01", "May", "1998-05"],
  ["The 1996 election, held in November, returned the party to power.", "1998-10-01", "November", "1996-11"],
  ["In 1996 the treaty lapsed in May.", "1998-10-01", "May", "1996-05"],
  // "earlier in the day", "for the day": the day last named, else the publication day
  ["Earlier in the day, the president met with aides.", "1998-01-08", "the day", "1998-01-08"],
  ["The bill passed on Jan. 3. Later in the day, the president signed it.", "1998-01-08", "the day", "1998-01-03"],
  ["The index ended up 20 points for the day.", "1998-01-08", "the day", "1998-01-08"],
  // a present progressive before a weekday states an arrangement: the coming day
  ["The minister is visiting Cairo on Monday.", "1998-01-08", "Monday", "1998-01-12"],
  ["The minister is in Cairo, where he met Mubarak on Monday.", "1998-01-08", "Monday", "1998-01-05"],
  // what is due is still ahead; scheduling verbs in the present ("come out", "ends") too
  ["He's due in court Monday.", "1998-01-08", "Monday", "1998-01-12"],
  ["The bill was due Monday.", "1998-01-08", "Monday", "1998-01-05"],
  ["The court denied him due process on Monday.", "1998-01-08", "Monday", "1998-01-05"],
  ["The results come out Monday.", "1998-01-08", "Monday", "1998-01-12"],
  ["Trading ends Monday.", "1998-01-08", "Monday", "1998-01-12"],
  // an arrangement "set/scheduled for" a weekday is ahead, even after "has been"; told as a past plan it is behind
  ["A hearing has been set for Monday.", "1998-01-08", "Monday", "1998-01-12"],
  ["The vote had been scheduled for Monday but was put off.", "1998-01-08", "Monday", "1998-01-05"],
  ["The opening, first planned for the spring, was delayed.", "1998-10-08", "the spring", "1998-SP"],
  ["The first flights are planned for the summer.", "1998-04-08", "the summer", "1998-SU"],
  ["He fled abroad. Two years later, he died in exile.", "1998-01-08", "Two years later", "P2Y"],
  // a year after "of", unless an amount comes before it or a noun after it
  ["Profits will stay weak for a good part of 1990 and beyond.", "1989-10-30", "1990", "1990"],
  ["Banks must meet the rules of the Enforcement Act of 1989 by June.", "1989-10-30", "1989", "1989"],
  ["Eight trading days after Oct. 12, the index fell.", "1989-10-30", "Eight trading days", "P8D"],
  ["Holders may buy shares at half the then current market price.", "1989-10-30", "then current", "PAST_REF"],
  ["Profits fell over the past several quarters.", "1989-10-30", "the past several quarters", "PXQ"],
  // a bare plural of long units names the past or the future; short units and any count measure a length
  ["Tax credits will cut payments in future quarters.", "1989-10-30", "future quarters", "FUTURE_REF"],
  ["The outlook is poor for coming quarters.", "1989-10-30", "coming quarters", "FUTURE_REF"],
  ["There were sell-offs in past years, too.", "1989-10-30", "past years", "PAST_REF"],
  ["Margins should widen over the next few years.", "1989-10-30", "the next few years", "PXY"],
  ["In recent months the lenders pressed for a sale.", "1989-10-30", "recent months", "PXM"],
  ["Builders have grown wary in recent weeks.", "1989-10-30", "recent weeks", "PXW"],
  ["The fund sold the bonds months ago.", "1989-10-30", "months ago", "PXM"],
  ["The plant was built years ago.", "1989-10-30", "years ago", "PAST_REF"],
  // the period reported on, a year back, said after the noun; "a year earlier" before "on a/the" is still a date
  ["It lost money in the third quarter. For the quarter a year ago, it earned $16 million.", "1989-10-26", "the quarter a year ago", "1988-Q3"],
  ["Its loss for the third quarter narrowed from a year earlier on a jump in sales.", "1989-10-26", "a year earlier", "1988-Q3"],
  // a span of months compared a year back is that span of the year before, told as the year; a quarter named after the
  // span in the sentence is what is compared
  ["Profit rose in the third quarter. For the first nine months, net rose to $9 million from $7 million a year earlier.", "1989-10-26", "a year earlier", "1988"],
  ["For the first nine months, sales rose; in the third quarter they fell 5% from a year earlier.", "1989-10-26", "a year earlier", "1988-Q3"],
  // "the year-earlier nine months" is a span of months: the duration measures it
  ["Profit rose in the third quarter. Net for the year-earlier nine months included a gain.", "1989-10-26", "nine months", "P9M"],
  // the same period a year back, named by its year, is a comparison: "the quarter" after it is still this year's
  ["Sun earned $5 million in the fiscal first quarter. In the 1988 period, it earned $20 million. It shipped 28,000 systems in the quarter.", "1989-10-26", "the quarter", "1989-Q1"],
  ["Analysts expect weak results through the first two quarters of 1990.", "1989-10-26", "the first two quarters of 1990", "1990-H1"],
  // "this quarter's" results after a report on the quarter just ended are that quarter's; looking ahead, the current one
  ["It lost $8 million in the third quarter ended Sept. 30. This quarter's loss includes a $5 million charge.", "1989-11-01", "This quarter", "1989-Q3"],
  ["It lost $8 million in the third quarter. This quarter's results will suffer from a strike.", "1989-11-01", "This quarter", "1989-Q4"],
  ["Sales fell this quarter after a strike.", "1989-11-01", "this quarter", "1989-Q4"],
  // a span "of the year" names the year the story is in
  ["Earnings fell 43% in the first nine months of the year.", "1989-10-30", "the year", "1989"],
  ["Sales should recover in the last two quarters of next year.", "1989-10-26", "the last two quarters of next year", "1990-H2"],
  // a possessive weekday with only a present verb near it: the day's results are in, so it is the last one
  ["The bonds carry a premium over Thursday's closing price.", "1989-10-30", "Thursday", "1989-10-26"],
  ["The plant reopened in May. A few days later, it closed again.", FRI_2019, "A few days later", "PXD"],
  // years said in words after a month or a day, as transcripts write them
  ["It was the worst day since October of nineteen eighty-seven.", "1998-01-14", "October of nineteen eighty-seven", "1987-10"],
  ["The treaty was signed on January eighth, nineteen ninety-eight.", "1998-01-14", "January eighth, nineteen ninety-eight", "1998-01-08"],
  ["The plan runs to January two thousand.", "1998-01-14", "January two thousand", "2000-01"],
  ["In March two thousand people marched.", "1998-01-14", "March", "1997-03"],
  // a season of a year said relative to now; a day counted from today
  ["The election will be held in the spring of next year.", "1998-01-14", "the spring of next year", "1999-SP"],
  ["The next hearing is a week from today.", "1998-01-31", "a week from today", "1998-02-07"],
  ["The vote is a month from today.", "1998-01-31", "a month from today", "1998-02-28"],
  // "overnight": the night before the day last named, or the coming night ahead
  ["London shares closed lower Friday, depressed by overnight losses in New York.", "1989-10-30", "overnight", "1989-10-26TNI"],
  ["Overnight, rebels shelled the town.", "1998-02-11", "Overnight", "1998-02-10TNI"],
  ["The polling stations will stay open overnight.", "1998-02-11", "overnight", "1998-02-11TNI"],
  // a negation in another clause leaves the night a night
  ["The army did not respond, but rebels shelled the town overnight.", "1998-02-11", "overnight", "1998-02-10TNI"],
  // an uncounted plural alone is the same vague length, also at the start of a sentence
  ["The plant reopened in May. Weeks later, it closed again.", FRI_2019, "Weeks later", "PXW"],
  ["The blast hit at noon. Hours later, the fire was out.", FRI_2019, "Hours later", "PTXH"],
  ["The minister had resigned days earlier.", FRI_2019, "days earlier", "PXD"],
  ["The blast hit at noon. Several hours later, the fire was out.", FRI_2019, "Several hours later", "PTXH"],
  // vague references TimeML marks: "soon", adjectives of time before a noun
  ["Prosecutors may soon seek an indictment.", FRI_2019, "soon", "FUTURE_REF"],
  ["The board wants to sell the unit as soon as possible.", FRI_2019, "as soon as possible", "FUTURE_REF"],
  ["The slump reflects current market conditions.", FRI_2019, "current", "PRESENT_REF"],
  ["A recent filing showed the stake.", FRI_2019, "recent", "PAST_REF"],
  // a frequency adverb used as one
  ["The board meets annually in Geneva.", FRI_2019, "annually", "P1Y"],
  // no publication date: relative values are null, absolute ones still resolved
  ["The treaty was signed on June 12, 2018.", null, "June 12, 2018", "2018-06-12"],
  ["The talks resumed on Friday.", null, "Friday", null],
  ["The law took effect last year.", null, "last year", null],
  ["He served five months.", null, "five months", "P5M"],
  ["Elections were held in March 2021.", null, "March 2021", "2021-03"],
  ["The deal was signed in July.", null, "July", null],
];

// Words that are not temporal expressions, each in a sentence.
const NEGATIVES: [sentence: string, notADate: string][] = [
  // a person's age
  ["A 10-year-old girl was rescued from the river.", "10-year-old"],
  ["The 52-year-old pilot had flown the route for years.", "52-year-old"],
  // "the time" (the user's gold leaves "at the time" untagged, though TimeBank marks it now and then), and "on the day"
  // that is not a market's move
  ["At the time, the company had no debt.", "time"],
  ["The governor said at the time that the road was safe.", "time"],
  ["The time has come for a decision.", "time"],
  ["By the time rescuers arrived, the fire was out.", "time"],
  ["At the time of the merger, the bank had 40 branches.", "time"],
  ["Witnesses said he was in the city on the day.", "day"],
  ["On the day of the funeral, shops closed.", "day"],
  // a fraction without a unit of time is a price or a score
  ["The stock rose 1/2 to 21 1/2 in late trading.", "21 1/2"],
  ["The team is 2 1/2 games out of first place.", "2 1/2"],
  // "now that" is a conjunction; "Now," opening a sentence turns the talk (broadcast transcripts)
  ["Now that the strike is over, the mines can reopen.", "Now"],
  ["The mines can reopen, now that the strike is over.", "now"],
  ["Now, a look at the weather.", "Now"],
  ["And now, a look at the weather.", "now"],
  ["Every now and then, prices spike.", "now"],
  ["The veterans had waited for this moment since the war.", "moment"],
  ["The festival marks the year of the rabbit.", "year"],
  ["For the rebels it is now or never.", "now"],
  ["And now to the markets, where shares slid.", "now"],
  ["He worked during the day and studied at night.", "the day"],
  // calendar units named, not spans: after a determiner, or "of" a determiner or a name
  ["Traffic is heaviest on the days of the festival.", "days"],
  ["The group meets in the months of spring and autumn.", "months"],
  ["Rainfall peaks in the months of July and August.", "months"],
  ["Back in the day, the mill employed half the town.", "the day"],
  ["The company raised its quarterly dividend.", "quarterly"],
  ["Turnover was half the average daily volume.", "daily"],
  ["Output should rise 8% annually through 1992.", "annually"],
  ["The plant would make about 10,000 units annually.", "annually"],
  ["The current-account deficit widened.", "current"],
  ["The current account deficit widened.", "current"],
  ["Shares rose soon after the opening bell.", "soon"],
  ["Buyers stepped in as soon as trading opened.", "soon"],
  ["The estimate is the most recent.", "recent"],
  ["The MS-13 gang controls the area.", "MS-13"],
  ["Crossings fell 62% in the period.", "62%"],
  ["Nearly 200,000 Salvadorans live in the US.", "200,000"],
  ["The meeting is in room 404.", "404"],
  ["The app reached version 2.0 quickly.", "2.0"],
  ["Traffic on Route 66 was heavy.", "Route 66"],
  ["May I ask one more question, the reporter said.", "May"],
  ["Theresa May met the delegation.", "May"],
  ["The May government fell.", "May"],
  ["A total of 2000 attended the rally.", "2000"],
  ["The company sold a batch of 1500 shares.", "1500"],
  ["Nineteen people died in the crash.", "Nineteen"],
  ["He finished second in the race.", "second"],
  ["The morning paper carried the story.", "morning"],
  ["Redemptions doubled in 1988; funds saw heavy outflows that day and for two days following.", "that day"],
  ["Redemptions doubled in 1988; funds saw heavy outflows that same day.", "that same day"],
  ["The panel includes Ann Park, formerly the bank's treasurer.", "formerly"],
  ["The bank declared its initial quarterly of five cents a share.", "quarterly"],
  ["Profit rose in the third quarter. Net for the year-earlier nine months included a gain.", "year-earlier"],
  ["Thousands joined the March on Washington.", "March"],
  ["Shoppers crowded stores on Black Friday.", "Friday"],
  ["She starred in Girl Friday as a reporter.", "Friday"],
  ["Pope Francis celebrated Good Friday mass.", "Friday"],
  ["Hours after his inauguration, the president signed the order.", "Hours"],
  ["The party won 1,500 seats.", "1,500"],
  ["More than 2000 people attended the rally.", "2000"],
  ["The fall of the government came quickly.", "fall"],
  ["Prices fall when supply rises.", "fall"],
  ["The Arab Spring changed the region.", "Spring"],
  ["Summer Zervos filed a lawsuit.", "Summer"],
  ["He kept reading John 3:16 aloud.", "3:16"],
  // a bare number before "in the morning" with no "at/by/until" is no clock time ("the morning" alone may still be)
  ["The show ranked 2 in the morning ratings.", "2 in"],
  ["Protesters march on the capital in spring.", "march"],
  ["A two-year-old boy was rescued.", "two-year-old"],
  ["He won a second term.", "second"],
  ["The Daily Mail reported the story.", "Daily"],
  ["The future president spoke to reporters.", "future"],
  ["The Boeing 737 was grounded.", "737"],
  ["Call 1-800-2019 for help.", "2019"],
  ["Flight 1549 landed in the Hudson.", "1549"],
  ["Section 1983 claims were filed.", "1983"],
  ["April Ryan asked the question.", "April"],
  ["August Wilson wrote the play.", "August"],
  ["He is in his nineties.", "nineties"],
  ["She paid $2019 for the ticket.", "2019"],
  ["The score was 21:14 at halftime.", "21:14"],
  ["Washington CNN — The talks went on.", "Washington CNN"],
  ["The company sold 1,200 cars at 500 stores.", "1,200"],
  ["The 747 jets remain in service.", "747"],
  ["Officials said the plan may change.", "may"],
  ["Protesters plan to march on the capital.", "march"],
  ["Richardson, via USA Today, said the hit was dirty.", "Today"],
  ["On Monday, the day was cold and wet.", "the day"],
  ["The vote was held on the day of the storm.", "the day"],
  ["The interview ran in Newsday Today, a weekend supplement.", "Today"],
  ["It makes for better theater to hold this to the last minute.", "the last minute"],
  ["Ballots go out in the first week of February.", "the first week"],
  ["He won three quarters of the vote.", "three quarters"],
  ["Two quarters of the shares changed hands.", "Two quarters"],
  ["Soldiers returned to their living quarters.", "quarters"],
  ["The office stays shut for the last week of the year.", "the last week"],
  ["The prize is awarded in the last weekend of the festival.", "last weekend"],
  ["Next year is the year of the rat.", "the year"],
  ["The central bank raised the overnight rate.", "overnight"],
  ["The singer became an overnight success.", "overnight"],
  ["Peace will not come overnight.", "overnight"],
  ["A trust like that can't be rebuilt overnight.", "overnight"],
  ["The small firm became a household name almost overnight.", "overnight"],
  ["The hospital has seen more overnight patients.", "overnight"],
  ["The talks broke down in the month before the vote.", "the month"],
];

describe("temporal expressions in news sentences", () => {
  it("has a table of at least 150 expressions", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });

  dateTableTests(ROWS, NEGATIVES, FRI_2019);
});

describe("TIMEX3 types and modifiers", () => {
  it.each([
    ["five-month", "duration", undefined],
    ["late last year", "date", "END"],
    ["early February", "date", "START"],
    ["mid-2018", "date", "MID"],
    ["about a year ago", "date", "APPROX"],
    ["more than 100 days ago", "date", "BEFORE"],
    ["less than a week ago", "date", "AFTER"],
    ["more than two years later", "duration", "MORE_THAN"],
    ["nearly two years", "duration", "APPROX"],
    ["every Sunday", "set", undefined],
    ["Thursday night", "time", undefined],
    ["2 p.m.", "time", undefined],
  ])("gives %j the type %s and mod %s", (text, type, mod) => {
    const r = normalizeTimex(text, { dct: FRI_2019, tense: "past" });
    expect(r?.type).toBe(type);
    expect(r?.mod).toBe(mod);
  });

  it("types an amount per unit as a set, and keeps 'a year ago' after an amount a date", () => {
    const rate = extractDates("The company pays $3 million a year in rent.", FRI_2019).items.find((d) => d.text === "a year");
    expect(rate).toMatchObject({ type: "set", value: "P1Y" });
    const ago = extractDates("Profit was $3 million a year ago.", FRI_2019).items.find((d) => d.text === "a year ago");
    expect(ago?.type).toBe("date");
  });

  it("types a unit after a length per unit as a set, and keeps a length before 'a day later' a duration", () => {
    const items = extractDates("Nurses worked 14 hours a day and six days a week.", FRI_2019).items;
    expect(items.find((d) => d.text === "a day")).toMatchObject({ type: "set", value: "P1D" });
    expect(items.find((d) => d.text === "a week")).toMatchObject({ type: "set", value: "P1W" });
    expect(items.find((d) => d.text === "14 hours")).toMatchObject({ type: "duration", value: "PT14H" });
    // an amount per year raised from someone is a rate; a year counted from now is a date
    expect(extractDates("Charities that raise over $25,000 a year from donors must register.", FRI_2019).items.find((d) => d.text === "a year")).toMatchObject({ type: "set" });
    expect(extractDates("It will cost $5 million a year from now.", FRI_2019).items.map((d) => d.type)).not.toContain("set");
    const later = extractDates("The storm lasted three days. A day later, the roads reopened.", FRI_2019).items.map((d) => d.type);
    expect(later).not.toContain("set");
  });

  it("marks a value stated in the words as certain and one resolved from the publication date as inferred", () => {
    expect(normalizeTimex("June 12, 2018", { dct: FRI_2019 })?.certain).toBe(true);
    expect(normalizeTimex("Friday", { dct: FRI_2019, tense: "past" })?.certain).toBe(false);
  });
});

describe("normalizing a string against an anchor and a tense", () => {
  it.each([
    ["Friday", "past", "2019-09-20"],
    ["Friday", "future", "2019-09-20"],
    ["Thursday", "past", "2019-09-19"],
    ["Thursday", "future", "2019-09-26"],
    ["July", "past", "2019-07"],
    ["July", "future", "2020-07"],
    ["the spring", "past", "2019-SP"],
    ["the spring", "future", "2020-SP"],
    ["Dec. 10", "past", "2018-12-10"],
    ["Dec. 10", "future", "2019-12-10"],
    ["the fourth quarter", "past", "2018-Q4"],
    ["the fourth quarter", "future", "2019-Q4"],
  ] as const)("reads %j in the %s tense of a 2019-09-20 article as %s", (text, tense, value) => {
    expect(normalizeTimex(text, { dct: FRI_2019, tense })?.value).toBe(value);
  });

  it("anchors 'the next day' on the date last mentioned, not on the publication date", () => {
    expect(normalizeTimex("the next day", { dct: FRI_2019, ref: "2019-06-03" })?.value).toBe("2019-06-04");
  });

  it("refuses to guess 'the next day' when the last date mentioned is only a year", () => {
    expect(normalizeTimex("the next day", { dct: FRI_2019, ref: "2018" })?.value).toBeNull();
  });

  it.each(["Route 66", "version 2.0", "room 404", "62%"])("does not read %j as a temporal expression", (text) => {
    expect(normalizeTimex(text, { dct: FRI_2019 })).toBeNull();
  });
});

describe("the tense of the verb that governs an expression", () => {
  const at = (sentence: string, words: string) => {
    const i = sentence.indexOf(words);
    return tenseAt(sentence, i, i + words.length);
  };
  it.each([
    ["The US and El Salvador signed an agreement on Friday that could prevent asylum claims.", "Friday", "past"],
    ["Rubio is scheduled to visit El Salvador in early February during a trip.", "early February", "future"],
    ["The minister will be received on Friday.", "Friday", "future"],
    ["The agreement was expected to go into effect this summer, but in August the president-elect has said it needs approval.", "August", "past"],
    ["In July, the US signed an asylum agreement with Guatemala.", "July", "past"],
    // a scheduling verb in the present looks ahead; a noun of the same spelling does not
    ["Talks resume on Monday.", "Monday", "future"],
    ["Voters go to the polls on Sunday.", "Sunday", "future"],
    ["Markets reopen on Monday after the holiday.", "Monday", "future"],
    ["The inquiry continues on Monday.", "Monday", "future"],
    ["Negotiators hope to settle the dispute by Thursday.", "Thursday", "future"],
    ["Both banks will stay closed until Tuesday.", "Tuesday", "future"],
    // a date inside a relative clause takes the tense of that clause's verb, not of the main verb after it
    ["Gunmen who seized the embassy on Tuesday are still holding hostages.", "Tuesday", "past"],
    ["Fans who bought tickets in March will get refunds.", "March", "past"],
    ["Gunmen seized the embassy and hostages on Tuesday are still inside.", "Tuesday", "present"],
    ["The markets reopened on Monday after the holiday.", "Monday", "past"],
    ["After the vote on Sunday, the party collapsed.", "Sunday", "past"],
    ["Prices rise in March.", "March", "unknown"],
    ["The leaders would meet again in March, officials said.", "March", "future"],
    // a plan told in the present ("is planned", "are expected") is ahead; told in the past it is not
    ["A final vote is planned Thursday.", "Thursday", "future"],
    ["The envoy is expected back Tuesday.", "Tuesday", "future"],
    ["A final vote was planned Thursday.", "Thursday", "past"],
    // "is likely to" weighs a chance; it tells of no plan
    ["Smog is likely to reach severe levels on Wednesday.", "Wednesday", "present"],
    // an "-ed" participle opening the sentence tells of the past; a capitalized name ending in "-ed" does not
    ["Asked Monday whether he would resign, the minister said no.", "Monday", "past"],
    ["Ahmed Khalil will arrive Monday.", "Monday", "future"],
    // "last" after a modal or "to" is the verb of lasting, no sign of the past; as an adjective it still is one
    ["The walkout could last until Thursday.", "Thursday", "future"],
    ["The repairs are expected to last through Sunday.", "Sunday", "future"],
    ["The ship docked last month and left on Tuesday.", "Tuesday", "past"],
    // "was to"/"were to" and a verb: a plan or a supposition, told from the past, on no side of now
    ["If the senator were to win in November, she would sign the bill.", "November", "unknown"],
    ["The council was to meet Thursday.", "Thursday", "unknown"],
    ["The pilot was to blame for the crash on Thursday.", "Thursday", "past"],
  ] as const)("in %j, %j is %s", (sentence, words, tense) => {
    expect(at(sentence, words)).toBe(tense);
  });
});

// findCandidates scans with \b in front of a pattern when that finds the same starts (no "_" in the text, a pattern
// whose matches begin with a letter or digit): what the other starts still find
describe("expressions that do not begin at a word start", () => {
  const texts = (sentence: string) => extractDates(sentence, FRI_2019).items.map((t) => t.text);
  it("finds a decade written with an apostrophe and no article", () => {
    expect(texts("Rents doubled during '90s booms.")).toContain("'90s");
    expect(texts("Rents doubled during ’90s booms.")).toContain("’90s");
  });
  it("finds a year right after an underscore, as it does after a space", () => {
    expect(texts("The memo was filed as draft_2017 and revised later.")).toContain("2017");
    expect(texts("The memo was filed as draft 2017 and revised later.")).toContain("2017");
  });
});

describe("a month before the last one named, in a list of coordinate clauses told in order, is in the next year", () => {
  const values = (text: string, published: string) => extractDates(text, published).items.map((d) => `${d.text}=${d.value}`);
  it.each([
    ["Peru approved it in November 2019, Chile signed it in January, and Bolivia adopted it in March.", "2020-05-02", ["November 2019=2019-11", "January=2020-01", "March=2020-03"]],
    ["Peru approved it in November 2018, Chile signed it in January, and Bolivia adopted it in March.", "2020-05-02", ["November 2018=2018-11", "January=2019-01", "March=2019-03"]],
    // negative rows: a subordinate clause before the month (it tells what came first), a later month, or a next year
    // past the report keep the named year
    ["Peru approved it in November 2019, after talks began in January.", "2020-05-02", ["November 2019=2019-11", "January=2019-01"]],
    ["Peru approved it in March 2019, Chile signed it in June.", "2020-05-02", ["March 2019=2019-03", "June=2019-06"]],
    ["Peru approved it in November 2019, Chile signed it in January.", "2019-12-20", ["November 2019=2019-11", "January=2019-01"]],
  ])("%s", (text, published, want) => expect(values(text, published)).toEqual(want));
});
