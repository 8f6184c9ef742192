// Held-out TempEval-style newswire (written for this file, 1990s–2000s wire style like TimeBank).
// Every TIMEX3 was written down from the TimeML guidelines BEFORE the code was run on the text;
// the list is in text order, each entry [extent, value]. Not markable and so absent on purpose:
// "former", "eventually", "then" (as "at that time"), "Sept. 30"-free quarter names are kept whole.
// Conventions: decades "199", fiscal years "FY1998", quarters "1998-Q3", parts of day "…TNI",
// durations "P12M", sets their period ("weekly" P1W), "now"/"currently" PRESENT_REF,
// "recent years" PAST_REF, "the future" FUTURE_REF, "a year earlier" from the last date named.
export interface HeldOutDoc {
  name: string;
  dct: string;
  text: string;
  gold: [string, string][];
}

export const HELD_OUT: HeldOutDoc[] = [
  {
    name: "business-wire-1998",
    dct: "1998-10-22",
    text: `Acme profit rises 12 percent

NEW YORK (AP) -- Acme Corp. said Tuesday that its profit rose 12 percent in the third quarter, helped by strong sales in Asia.

The company earned $45 million in the quarter, compared with $40 million a year earlier. Revenue for fiscal 1998 is expected to reach $1.2 billion, the company said.

Acme has cut 2,000 jobs over the past 12 months and said Tuesday night it would close two plants this week. Its shares, which have lagged in recent years, rose 50 cents yesterday.

"We are now in a much stronger position," said chief executive John Smith, a former banker. The company pays a dividend quarterly and reviews its outlook every year.`,
    gold: [
      ["Tuesday", "1998-10-20"],
      ["the third quarter", "1998-Q3"],
      ["the quarter", "1998-Q3"],
      ["a year earlier", "1997-Q3"],
      ["fiscal 1998", "FY1998"],
      ["the past 12 months", "P12M"],
      ["Tuesday night", "1998-10-20TNI"],
      ["this week", "1998-W43"],
      ["recent years", "PAST_REF"],
      ["yesterday", "1998-10-21"],
      ["now", "PRESENT_REF"],
      ["quarterly", "P3M"],
      ["every year", "P1Y"],
    ],
  },
  {
    name: "politics-wire-1999",
    dct: "1999-06-15",
    text: `Senate approves budget plan

WASHINGTON (Reuters) - The Senate on Monday approved a two-year budget plan, and the House is expected to vote on it tomorrow, Republican leaders said today.

The plan would freeze spending for 10 to 12 weeks while negotiators work out details, and would eventually balance the budget. Lawmakers said the deficit, which swelled in the 1990s, is currently at its lowest level since a decade ago.

Senator Jane Doe, who was then a junior member of the finance committee, said the budget had grown every year during the 1980s. "We have to think about the future," she said.

Treasury officials meet weekly with the committee staff. The department said in a report earlier this year that revenue rose 6 percent in the first quarter compared with the same period last year. The committee plans to finish the year with a surplus and hold hearings this summer.`,
    gold: [
      ["Monday", "1999-06-14"],
      ["two-year", "P2Y"],
      ["tomorrow", "1999-06-16"],
      ["today", "1999-06-15"],
      ["10 to 12 weeks", "P12W"],
      ["the 1990s", "199"],
      ["currently", "PRESENT_REF"],
      ["a decade ago", "198"],
      ["every year", "P1Y"],
      ["the 1980s", "198"],
      ["the future", "FUTURE_REF"],
      ["weekly", "P1W"],
      ["earlier this year", "1999"],
      ["the first quarter", "1999-Q1"],
      ["the same period last year", "1998-Q1"],
      ["the year", "1999"],
      ["this summer", "1999-SU"],
    ],
  },
  {
    name: "airline-wire-2003",
    dct: "2003-01-09",
    text: `Airline to cut 5,000 more jobs

LONDON (AP) -- The airline said Wednesday it would cut 5,000 jobs by the end of the year, its second round of cuts since the September 2001 attacks.

The carrier lost 200 million pounds in 2001. In that year, passenger numbers fell sharply after Sept. 11, and the company cut 7,000 jobs in November.

Chairman Colin Smith said the airline hopes to return to profit within two years. "The next six months will be difficult," he said Wednesday night. The airline flies to New York daily and has operated the route for 40 years.

The company's shares have fallen 60 percent over the past year. Analysts expect results in the spring. The board will meet next month and again in mid-February, a spokesman said in a statement late Wednesday.`,
    gold: [
      ["Wednesday", "2003-01-08"],
      ["the end of the year", "2003"],
      ["September 2001", "2001-09"],
      ["2001", "2001"],
      ["that year", "2001"],
      ["Sept. 11", "2001-09-11"],
      ["November", "2001-11"],
      ["two years", "P2Y"],
      ["The next six months", "P6M"],
      ["Wednesday night", "2003-01-08TNI"],
      ["daily", "P1D"],
      ["40 years", "P40Y"],
      ["the past year", "P1Y"],
      ["the spring", "2003-SP"],
      ["next month", "2003-02"],
      ["mid-February", "2003-02"],
      ["late Wednesday", "2003-01-08"],
    ],
  },
  {
    name: "markets-wire-1996",
    dct: "1996-02-27",
    text: `Tokyo stocks fall on rate outlook

TOKYO (Kyodo) -- Japanese stocks closed lower Tuesday afternoon after the central bank said it would keep interest rates at record lows for the foreseeable future.

The Nikkei average fell 1.2 percent to 19,800 at 3 p.m., its lowest close in three weeks. Trading volume this morning was about 300 million shares.

The economy has been stagnant for much of the decade, and officials say a recovery could take several years. Growth in the October-December quarter was 0.3 percent, the government said last week.

Prices rose during the 1980s but have fallen every month since last summer. The bank's policy board meets twice a month, and its governor, who took office five years ago, will step down in the fall. A decision is due by March 31.`,
    gold: [
      ["Tuesday afternoon", "1996-02-27TAF"],
      ["the foreseeable future", "FUTURE_REF"],
      ["3 p.m.", "1996-02-27T15:00"],
      ["three weeks", "P3W"],
      ["this morning", "1996-02-27TMO"],
      ["the decade", "199"],
      ["several years", "PXY"],
      ["the October-December quarter", "1995-Q4"],
      ["last week", "1996-W08"],
      ["the 1980s", "198"],
      ["every month", "P1M"],
      ["last summer", "1995-SU"],
      ["twice a month", "P1M"],
      ["five years ago", "1991"],
      ["the fall", "1996-FA"],
      ["March 31", "1996-03-31"],
    ],
  },
];

// A second batch in other styles (British, Indian English, a scraped page with a lowercase weekday,
// US wire), written after the first batch was fixed and measured once before any further change.
export const HELD_OUT_2: HeldOutDoc[] = [
  {
    name: "uk-rail-2007",
    dct: "2007-11-14",
    text: `Rail fares to rise from January

LONDON - Rail fares in England will rise by an average of 4.1 per cent on 2 January, the industry body said on Tuesday.

The increase, the fifth above-inflation rise in five years, was announced a week after ministers published a ten-year plan for the network. Passengers have faced delays on most days this autumn, and the operator said services would improve by the end of 2008.

Fares were frozen for 18 months in the mid-1990s. A spokeswoman said the fares review takes place every January and that the figures for September showed a record 1.2 billion journeys. Engineering work is planned over Christmas and at weekends until March.`,
    gold: [
      // the headline's month was left out of the list at first and added after the first run (gold error)
      ["January", "2008-01"],
      ["2 January", "2008-01-02"],
      ["Tuesday", "2007-11-13"],
      ["five years", "P5Y"],
      ["a week", "P1W"],
      ["ten-year", "P10Y"],
      ["this autumn", "2007-FA"],
      ["the end of 2008", "2008"],
      ["18 months", "P18M"],
      ["the mid-1990s", "199"],
      ["every January", "XXXX-01"],
      ["September", "2007-09"],
      ["Christmas", "2007-12-25"],
      ["weekends", "XXXX-WXX-WE"],
      ["March", "2008-03"],
    ],
  },
  {
    name: "india-parliament-2005",
    dct: "2005-08-03",
    text: `Monsoon session to run till August 26

NEW DELHI: The monsoon session of Parliament, which began on July 25, will continue till August 26, officials said on Wednesday.

The government hopes to pass the rural jobs bill during the session. The bill, first tabled in December last year, guarantees 100 days of work a year to one member of every rural household.

Over the last fortnight, opposition members have walked out thrice. The Lok Sabha will sit daily, except on Sundays. Last month the Speaker warned that the session could be cut short by a week.`,
    gold: [
      // the headline's date was left out of the list at first and added after the first run (gold error)
      ["August 26", "2005-08-26"],
      ["July 25", "2005-07-25"],
      ["August 26", "2005-08-26"],
      ["Wednesday", "2005-08-03"],
      ["December last year", "2004-12"],
      ["100 days", "P100D"],
      ["a year", "P1Y"],
      ["the last fortnight", "P2W"],
      ["daily", "P1D"],
      ["Sundays", "XXXX-WXX-7"],
      ["Last month", "2005-07"],
      ["a week", "P1W"],
    ],
  },
  {
    name: "scraped-ash-cloud-2010",
    dct: "2010-04-19",
    text: `Ash cloud grounds flights across Europe

By Staff Reporter | Updated 19 April 2010

Flights across northern Europe remained grounded on monday as the ash cloud from Iceland's volcano drifted south.

The volcano, which last erupted in 1821, began spewing ash on Wednesday. Airlines say they are losing about $200 million a day. Eurocontrol said about 6,000 flights would operate today, less than a third of the usual number.

Travellers stranded since the weekend queued for hours at train stations. The last time air travel was disrupted on this scale was after the attacks of September 11, 2001. Officials said it could be days before normal service resumes, and some forecasters warned the disruption could last until the summer.`,
    gold: [
      ["19 April 2010", "2010-04-19"],
      ["monday", "2010-04-19"],
      ["1821", "1821"],
      ["Wednesday", "2010-04-14"],
      ["a day", "P1D"],
      ["today", "2010-04-19"],
      ["the weekend", "2010-W15-WE"],
      ["hours", "PTXH"],
      ["September 11, 2001", "2001-09-11"],
      ["days", "PXD"],
      ["the summer", "2010-SU"],
    ],
  },
  {
    name: "us-bank-wire-2008",
    dct: "2008-09-16",
    text: `Lehman files for bankruptcy

NEW YORK (AP) -- Lehman Brothers filed for bankruptcy protection early Monday, ending a 158-year history. Stocks plunged as markets opened.

The Dow fell 504 points Monday, its worst drop since 2001. The bank had reported a $3.9 billion loss for its third quarter only last week.

Analysts expect more failures in the coming months. "This is the worst financial crisis since the 1930s," said one trader. The Federal Reserve will meet Tuesday afternoon and is expected to hold rates steady at 2 percent, where they have been since April 30. Fed officials meet every six weeks.`,
    gold: [
      ["early Monday", "2008-09-15"],
      ["158-year", "P158Y"],
      ["Monday", "2008-09-15"],
      ["2001", "2001"],
      ["third quarter", "2008-Q3"],
      ["last week", "2008-W37"],
      ["the coming months", "PXM"],
      ["the 1930s", "193"],
      ["Tuesday afternoon", "2008-09-16TAF"],
      ["April 30", "2008-04-30"],
      ["every six weeks", "P6W"],
    ],
  },
];

// A third batch (late-1980s WSJ style, 2000s wire), written after the second was fixed, measured once as is.
export const HELD_OUT_3: HeldOutDoc[] = [
  {
    name: "wsj-earnings-1989",
    dct: "1989-11-02",
    text: `Computer maker posts loss

Data Systems Inc. posted a third-quarter net loss of $12 million, reversing net income of $8 million a year ago. For the nine months, the company had a loss of $20 million.

The company said it expects to return to profitability in the fourth quarter and in fiscal 1990, which begins Jan. 1. Its chairman, who has led the company since 1981, said the past two quarters had been the worst in its 20-year history.

The stock closed yesterday at $14, down from $30 earlier this year. The company will hold its annual meeting next spring. It pays a quarterly dividend of 10 cents.`,
    gold: [
      ["third-quarter", "1989-Q3"],
      ["a year ago", "1988-Q3"],
      ["the nine months", "P9M"],
      ["the fourth quarter", "1989-Q4"],
      ["fiscal 1990", "FY1990"],
      ["Jan. 1", "1990-01-01"],
      ["1981", "1981"],
      ["the past two quarters", "P6M"],
      ["20-year", "P20Y"],
      ["yesterday", "1989-11-01"],
      ["earlier this year", "1989"],
      ["next spring", "1990-SP"],
      ["quarterly", "P3M"],
    ],
  },
  {
    name: "kenya-drought-2001",
    dct: "2001-05-21",
    text: `Drought threatens harvest

NAIROBI, Kenya (AP) -- Kenya's worst drought in decades could cut the maize harvest by a third this year, the agriculture ministry warned Sunday.

Rains that normally arrive in March failed for the second year running. Farmers in the east have not seen significant rainfall since late 1999, and food prices have doubled over the past six months.

The government will distribute food aid for at least three months starting in June, and a donor conference is scheduled for the week of June 11. "Every day that passes makes the situation worse," the minister said at a news conference on Saturday evening.`,
    gold: [
      ["decades", "PXDE"],
      ["this year", "2001"],
      ["Sunday", "2001-05-20"],
      ["March", "XXXX-03"],
      ["late 1999", "1999"],
      ["the past six months", "P6M"],
      ["at least three months", "P3M"],
      ["June", "2001-06"],
      ["the week of June 11", "2001-W24"],
      ["Every day", "P1D"],
      ["Saturday evening", "2001-05-19TEV"],
    ],
  },
];
