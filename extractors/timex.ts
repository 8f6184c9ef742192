// TIMEX3 normalization: a temporal expression's words + the publication date (+ the tense of
// the verb that governs it, + the date last mentioned) → { type, value, mod }.
// Finding the words is extractors/dates.ts's job; everything here works on a string, so tests
// can call it directly: normalizeTimex("late last year", { dct: "2019-09-20" }).
//
// Conventions (TimeML TIMEX3): day 2019-09-20, month 2019-09, year 2019, decade 201, century 20,
// season 2019-SU (winter counts in the year its December falls in), quarter 2019-Q4, half 2019-H1,
// week 2019-W38, weekend 2019-W38-WE, time 2019-09-20T14:00, part of day 2019-09-20TMO,
// duration P5M / PT3H / PXY (unknown amount), set P1W / XXXX-WXX-5, fiscal year FY2019,
// PRESENT_REF / PAST_REF / FUTURE_REF. early/mid/late → mod START / MID / END; about → APPROX.
import { countBefore, lowerCase } from "./text.js";
import {
  AMBIGUOUS_MONTHS,
  ATTRIBUTION_VERBS,
  DAY_ORDINAL_WORDS,
  DAY_PARTS,
  FIXED_HOLIDAYS,
  IRREGULAR_PAST,
  MOMENT_ADJECTIVES,
  MONTH_WORDS,
  NOT_PAST_ED,
  NUMBER_WORDS,
  ORDINALS,
  POSITION_MODS,
  PRESENT_AGE_NOUNS,
  QUANTITY_MODS,
  REF_WORDS,
  SCHEDULE_PRESENT_VERBS,
  SAME_AS_BASE_PAST,
  SEASONS,
  SEASON_START,
  SET_ADVERBS,
  TIME_ZONES,
  UNITS,
  WEEKDAYS,
  YEAR_WORD_CENTURIES,
} from "./lexicon/temporal.js";

export type Tense = "past" | "future" | "present" | "unknown";
export type TimexType = "date" | "time" | "duration" | "set";

export interface TimexContext {
  /** Publication date, YYYY-MM-DD; null when unknown (relative values are then null). */
  dct: string | null;
  /** The date last mentioned before the expression (for "the next day"); defaults to dct. */
  ref?: string | null;
  /** Tense of the verb that governs the expression. */
  tense?: Tense;
  /** The last period (quarter, half, season, fiscal year) named before the expression ("1998-Q3", "FY1998"). */
  last?: string | null;
  /** A year other than the publication year that an earlier date in the same sentence is about
   * ("In that year, … after Sept. 11"): a yearless date in a past or unknown tense takes it. */
  sentenceYear?: number | null;
  /** The last quarter named before the expression that had ended by the publication date. */
  reported?: string | null;
  /** The last quarter, half, season or fiscal year named earlier in the same sentence. */
  sentencePeriod?: string | null;
  /** A span of months named earlier in the same sentence ("the first nine months": "P9M"). */
  sentenceSpan?: string | null;
  /** A day before the publication date, named earlier in the sentence, whose future the expression is told as ("said
   * Saturday they would leave Sunday"): a weekday ahead of it follows it. */
  reportedDay?: string | null;
  /** A day before the publication date, named earlier in the sentence, that the expression is the aim of ("arrived
   * Monday for talks Friday", "flew Monday to meet him Friday"): a weekday that would fall on or before it follows it. */
  purposeDay?: string | null;
  /** The sentence speaks of what usually happens ("Rains normally arrive in March"): XXXX-03. */
  generic?: boolean;
}

export interface Timex {
  type: TimexType;
  value: string | null;
  mod?: string;
  /** true when the words state the value; false when it depends on the anchor or the tense. */
  certain: boolean;
}

// ---------------------------------------------------------------- calendar arithmetic

interface Ymd { y: number; m: number; d: number }
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
export const fmtDay = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export function parseDay(s: string | null | undefined): Ymd | null {
  const m = s?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
const utc = ({ y, m, d }: Ymd) => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (t: Date): Ymd => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
export const addDays = (a: Ymd, n: number): Ymd => fromUtc(new Date(utc(a).getTime() + n * 86_400_000));
const addMonths = (y: number, m: number, n: number) => {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
};
/** ISO weekday: Monday 1 … Sunday 7. */
const isoDow = (a: Ymd) => utc(a).getUTCDay() || 7;
/** ISO 8601 week: 2019-09-20 → 2019-W38. */
export function isoWeek(a: Ymd): string {
  const thursday = addDays(a, 4 - isoDow(a));
  const jan1 = utc({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((utc(thursday).getTime() - jan1.getTime()) / 86_400_000 / 7) + 1;
  return `${thursday.y}-W${pad(week)}`;
}
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && fmtDay(fromUtc(utc({ y, m, d }))) === fmtDay({ y, m, d });
const dayDiff = (a: Ymd, b: Ymd) => Math.round((utc(a).getTime() - utc(b).getTime()) / 86_400_000);
const quarterOf = (m: number) => Math.ceil(m / 3);

/** Year for a month (and day) stated without one, chosen by tense around the publication date. */
export function yearFor(month: number, day: number | null, dct: Ymd, tense: Tense = "unknown"): number {
  const cands = [dct.y - 1, dct.y, dct.y + 1];
  const dist = (y: number) => dayDiff({ y, m: month, d: day ?? 15 }, dct);
  // a little slack either way: "was scheduled for Sept. 25" in a Sept. 20 story is this year's
  if (day == null) {
    // a month: the current one counts either way ("in September" in a September story)
    if (tense === "past") return month <= dct.m ? dct.y : dct.y - 1;
    if (tense === "future") return month >= dct.m ? dct.y : dct.y + 1;
  }
  const slack = 31;
  if (tense === "past") return dist(dct.y) <= slack ? dct.y : dct.y - 1;
  if (tense === "future") return dist(dct.y) >= -slack ? dct.y : dct.y + 1;
  return cands.reduce((best, y) => (Math.abs(dist(y)) < Math.abs(dist(best)) ? y : best), dct.y);
}

// ---------------------------------------------------------------- numbers and words

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(esc).join("|");

const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const ONES = "one|two|three|four|five|six|seven|eight|nine";
export const NUM =
  `(?:\\d+(?:\\s+|-)1/2(?![\\d/])|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${TENS})[- ](?:${ONES})|(?:${ONES}|a)\\s+hundred|${alt(NUMBER_WORDS.keys())})` +
  `(?:\\s+and\\s+a\\s+half)?`;
/** "… nine months" right after a span: a number of months (compiled once, not per match). */
const MONTHS_SPAN_AFTER = new RegExp(`^\\s+${NUM}[-\\s]+months?\\b`);

/** "five" → 5, "twenty-one" → 21, "1,000" → 1000, "a few" → "X", "two and a half" → 2.5, "2 1/2" → 2.5. */
export function parseNumber(s: string): number | "X" | null {
  let t = s.toLowerCase().trim().replace(/\s+/g, " ");
  let half = 0;
  if (/ and a half$/.test(t)) {
    half = 0.5;
    t = t.replace(/ and a half$/, "");
  } else if (/^\d+[ -]1\/2$/.test(t)) {
    // "2 1/2 years", "a 3-1/2-hour meeting": a whole number and a half written as a fraction
    half = 0.5;
    t = t.replace(/[ -]1\/2$/, "");
  }
  if (/^[\d,.]+$/.test(t)) return Number(t.replace(/,/g, "")) + half;
  const direct = NUMBER_WORDS.get(t);
  if (direct !== undefined) return direct === "X" ? "X" : direct + half;
  const parts = t.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    if (p === "hundred") n = (n || 1) * 100;
    else {
      const v = NUMBER_WORDS.get(p);
      if (typeof v !== "number") return null;
      n += v;
    }
  }
  return n + half;
}

const monthOf = (w: string) => MONTH_WORDS.get(w.toLowerCase().replace(/\.$/, "")) ?? 0;
const weekdayOf = (w: string) => WEEKDAYS.get(w.toLowerCase().replace(/\.$/, "").replace(/s$/, "")) ?? 0;
const unitOf = (w: string) => {
  const k = w.toLowerCase().replace(/-/g, "").replace(/ies$/, "y").replace(/s$/, "");
  return UNITS.get(k) ?? null;
};

// ---------------------------------------------------------------- regex fragments

export const MON =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?|january|february|september|october|november|december)(?![a-z])";
// (the full names no other word shares also in lowercase, as transcripts and scraped pages may write them: "in january";
// not "march", "may", "june", "july", "april", "august")
export const WD = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const WD_ANY = `(?:${WD}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?)`;
const DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";
export const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
const POS = "(?:early|mid|late|the\\s+(?:start|beginning|middle|end|dawn|close)\\s+of)";
const QMOD = `(?:${alt(QUANTITY_MODS.keys())})`;
const UNIT_WORD = "(?:centur(?:y|ies)|(?:second|minute|hour|day|week|fortnight|month|year|decade)s?)";
const SEASON = "(?:spring|summer|autumn|fall|winter)";
const PART = "(?:morning|afternoon|evening|night)";
const REL = "(?:this|last|next|this\\s+past|this\\s+coming)";
/** Time zones written as capitals ("GMT", "EDT"): after four digits they make a clock time ("0740 GMT"). */
const ZONE_CODES = TIME_ZONES.filter((z) => /^[A-Z]{2,4}$/.test(z));
const TZ = `(?:\\s+(?:${alt(TIME_ZONES)})(?![A-Za-z]))?`;
// ("6 P.M.", "10:30 A.M.": capitals with stops, as some wires and transcripts write them; "7.30 p.m.": a stop between
// the hour and the minutes, as British and European pages write them)
const CLOCK = `(?:(?:[01]?\\d(?::[0-5]\\d)?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)(?:\\s+o'clock)?\\s+in\\s+the\\s+(?:morning|afternoon|evening)(?![\\w-])|(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?\\s*(?:a\\.m\\.?|p\\.m\\.?|A\\.M\\.?|P\\.M\\.?|am|pm|AM|PM)(?![A-Za-z])|(?:[01]?\\d|2[0-3]):[0-5]\\d(?![\\d:])|noon|midnight|(?:[01]?\\d)\\s+o'clock|(?:[01]\\d|2[0-3])[0-5]\\d(?=\\s+(?:${alt(ZONE_CODES)})\\b)|(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)(?:\\s+o'clock|\\s+(?:a\\.m\\.?|p\\.m\\.?)(?![A-Za-z])))`;
const ANY_YEAR_REL = `(?:${YEAR}|this\\s+year|last\\s+year|next\\s+year|the\\s+year|the\\s+same\\s+year|that\\s+year|the\\s+current\\s+year)`;
/** A year said in words after a day: "14 June that year", "March 3 last year". */
const DAY_YEAR_WORDS = `(?:,?\\s+(?:of\\s+)?(?<yr>that\\s+year|the\\s+same\\s+year|last\\s+year|this\\s+year|next\\s+year))?`;

/** A year said in words after a month or a day, as transcripts write it: "nineteen ninety-eight", "nineteen oh five",
 * "two thousand", "two thousand and one" (no capital: it never starts the expression). */
const SPOKEN_YEAR = `(?:(?:eighteen|nineteen)[-\\s]+(?:(?:${TENS})(?:[-\\s](?:${ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[-\\s](?:${ONES}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${ONES}|ten))?(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:and|but|when|to|in|on|at|the|that|as|after|before|until|with|he|she|it|they|we|is|was|were|has|had)\\b))(?![\\w-])`;
// ("two thousand" ends at a mark or a function word: "in March two thousand people marched" counts people)

/** "nineteen ninety-eight" → 1998, "two thousand and one" → 2001; null for other words. */
function spokenYear(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  const two = t.match(/^two thousand(?: (?:and )?(.+))?$/);
  if (two) {
    const r = two[1] ? parseNumber(two[1]) : 0;
    return typeof r === "number" ? 2000 + r : null;
  }
  const m = t.match(/^(eighteen|nineteen)[- ](.+)$/);
  if (!m) return null;
  const oh = /^oh[- ]/.test(m[2]);
  const r = parseNumber(m[2].replace(/^oh[- ]/, ""));
  if (typeof r !== "number" || (r < 10 && !oh)) return null;
  return YEAR_WORD_CENTURIES.get(m[1])! * 100 + r;
}

// ---------------------------------------------------------------- value builders

/** A value that names a period coarser than a month but finer than a year, or a fiscal year. */
const isPeriod = (v: string | null | undefined): v is string => !!v && /^(?:FY\d{4}|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI))$/.test(v);
const modOf = (w: string | undefined) => (w ? POSITION_MODS.get(w.toLowerCase().replace(/\s+/g, " ").replace(/-$/, "")) : undefined);
const dctOf = (ctx: TimexContext) => parseDay(ctx.dct);
const tenseOf = (ctx: TimexContext) => ctx.tense ?? "unknown";
// (two literals, not a spread of { mod } or {}: a spread made a new object per expression; the keys keep their order)
const rel = (type: TimexType, value: string | null, mod?: string): Timex => (mod ? { type, value, mod, certain: false } : { type, value, certain: false });
const abs = (type: TimexType, value: string | null, mod?: string): Timex => (mod ? { type, value, mod, certain: true } : { type, value, certain: true });

/** Weekday `wd` (1–7) nearest the publication date in the direction the tense points; same day counts. */
export function resolveWeekday(wd: number, dct: Ymd, how: Tense | "last" | "next"): Ymd {
  const today = isoDow(dct);
  const back = (today - wd + 7) % 7;
  const fwd = (wd - today + 7) % 7;
  if (how === "last") return addDays(dct, -(back || 7));
  if (how === "next") return addDays(dct, fwd || 7);
  if (how === "future") return addDays(dct, fwd);
  if (how === "past") return addDays(dct, -back);
  // present or unknown tense ("Congress returns Wednesday"): the nearer one; a tie goes to the past
  return fwd < back ? addDays(dct, fwd) : addDays(dct, -back);
}

type SeasonCode = "SP" | "SU" | "FA" | "WI";
const SEASON_ORDER: SeasonCode[] = ["SP", "SU", "FA", "WI"];
/** The season in progress on a day, with its year (winter takes its December's year). */
function seasonAt(a: Ymd): { y: number; s: SeasonCode } {
  if (a.m <= 2) return { y: a.y - 1, s: "WI" };
  return { y: a.y, s: SEASON_ORDER.find((s) => a.m >= SEASON_START[s] && a.m < SEASON_START[s] + 3) ?? "WI" };
}
const seasonIndex = (y: number, s: SeasonCode) => y * 4 + SEASON_ORDER.indexOf(s);
function resolveSeason(s: SeasonCode, dct: Ymd, how: Tense | "last" | "next" | "this"): number {
  const cur = seasonAt(dct);
  const curIdx = seasonIndex(cur.y, cur.s);
  const before = (strict: boolean) => {
    let y = cur.y + 1;
    while (seasonIndex(y, s) > curIdx || (strict && seasonIndex(y, s) === curIdx)) y--;
    return y;
  };
  const after = (strict: boolean) => {
    let y = cur.y - 1;
    while (seasonIndex(y, s) < curIdx || (strict && seasonIndex(y, s) === curIdx)) y++;
    return y;
  };
  if (how === "last") return before(true);
  if (how === "next") return after(true);
  if (how === "this") return cur.s === s ? cur.y : s === "WI" ? dct.y : dct.y;
  if (how === "past") return before(false);
  if (how === "future") return after(false);
  return cur.s === s ? cur.y : s === "WI" && dct.m <= 2 ? dct.y - 1 : dct.y;
}

function quarterYear(q: number, dct: Ymd, tense: Tense): number {
  const cur = quarterOf(dct.m);
  if (tense === "past") return q <= cur ? dct.y : dct.y - 1;
  // "expects to report a loss for the third quarter" in October: results come after a quarter ends
  if (tense === "future") return q >= cur - 1 ? dct.y : dct.y + 1;
  return Math.abs(q - cur) <= 2 ? dct.y : q > cur ? dct.y - 1 : dct.y + 1;
}

/** Moves a value by n units: the result has the unit's granularity ("2019-09-20" + 1 month → "2019-10"). */
export function shiftValue(anchor: string | null | undefined, n: number, unit: string): string | null {
  if (!anchor) return null;
  // "a year earlier" after "the third quarter" → the same quarter a year before; fiscal years too
  const period = anchor.match(/^(FY)?(\d{4})(-(?:Q[1-4]|H[12]|SP|SU|FA|WI))?$/);
  if (period && (period[1] || period[3])) {
    if (unit === "Y") return `${period[1] ?? ""}${+period[2] + n}${period[3] ?? ""}`;
    if (unit === "Q" && period[3]?.startsWith("-Q")) {
      const k = +period[2] * 4 + (+period[3].slice(2) - 1) + n;
      return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
    }
    if (period[1]) return null;
    anchor = period[2];
  }
  const day = parseDay(anchor);
  const month = anchor.match(/^(\d{4})-(\d{2})$/);
  const year = anchor.match(/^(\d{4})/);
  switch (unit) {
    case "D":
      return day ? fmtDay(addDays(day, n)) : null;
    case "W":
      return day ? isoWeek(addDays(day, 7 * n)) : null;
    case "M": {
      const base = day ?? (month ? { y: +month[1], m: +month[2], d: 1 } : null);
      if (!base) return null;
      const r = addMonths(base.y, base.m, n);
      return fmtMonth(r.y, r.m);
    }
    case "Q": {
      const base = day ?? (month ? { y: +month[1], m: +month[2], d: 1 } : null);
      if (!base) return null;
      const r = addMonths(base.y, base.m, 3 * n);
      return `${r.y}-Q${quarterOf(r.m)}`;
    }
    case "Y":
      return year ? String(+year[1] + n) : null;
    case "DE":
      return year ? String(+year[1] + 10 * n) : null;
    case "CE":
      return year ? String(+year[1] + 100 * n) : null;
    default:
      return day ? fmtDay(day) : null; // hours, minutes: the day
  }
}

const durationValue = (n: number | "X", unit: string, time: boolean) => `P${time ? "T" : ""}${n === "X" ? "X" : n}${unit}`;

/** "five months" → P5M, "24-hour" → PT24H, "several years" → PXY, "a decade" → P10Y, "decades" → PXDE. */
export function durationOf(numText: string, unitText: string): string | null {
  const n = parseNumber(numText);
  const u = unitOf(unitText);
  if (n === null || !u) return null;
  if (u.code === "W" && /fortnight/i.test(unitText)) return durationValue(n === "X" ? "X" : n * 2, "W", false);
  // "two quarters" → P6M; "several quarters" → PXQ, as an unknown count of quarters is no count of months
  if (u.code === "Q") return n === "X" ? durationValue("X", "Q", false) : durationValue(n * 3, "M", false);
  if (typeof n === "number" && !Number.isInteger(n)) {
    // "two and a half years" → P2Y6M, "half a year" → P6M, "an hour and a half" → PT1H30M (the whole units, then the
    // rest in the next smaller unit, as TimeBank writes "2 1/2 years"); "two and a half days" → P2.5D
    // ("3.2 years", no half, stays counted in months: P38M)
    const whole = Math.floor(n);
    const half = whole > 0 && n - whole === 0.5;
    if (u.code === "Y") return half ? `P${whole}Y6M` : durationValue(Math.round(n * 12), "M", false);
    if (u.code === "H") return half ? `PT${whole}H30M` : durationValue(Math.round(n * 60), "M", true);
    if (u.code === "DE") return durationValue(n * 10, "Y", false);
    if (u.code === "CE") return durationValue(n * 100, "Y", false);
  }
  // "a decade", "two decades", "a century": P10Y, P20Y, P100Y. A TIMEX3 duration is an ISO 8601 one, whose units stop
  // at the year, so a counted decade or century is told in years (TIDES's TIMEX2 had DE and CE units); only an
  // uncounted "decades" (PXDE), which no count of years can say, keeps TIMEX2's unit
  if ((u.code === "DE" || u.code === "CE") && typeof n === "number") return durationValue(n * (u.code === "DE" ? 10 : 100), "Y", false);
  return durationValue(n, u.code, u.time);
}

/** The granularity a "N units ago" date is stated to. */
function agoValue(dct: Ymd, n: number, unitCode: string): string {
  switch (unitCode) {
    case "Y":
      return String(dct.y - n);
    // "a decade ago" → the decade (TIMEX3 "200"), "a century ago" → the century ("19")
    case "DE":
      return String(dct.y - 10 * n).slice(0, 3);
    case "CE":
      return String(dct.y - 100 * n).slice(0, 2);
    case "M": {
      const r = addMonths(dct.y, dct.m, -n);
      return fmtMonth(r.y, r.m);
    }
    case "Q": {
      const r = addMonths(dct.y, dct.m, -3 * n);
      return `${r.y}-Q${quarterOf(r.m)}`;
    }
    case "W":
      return isoWeek(addDays(dct, -7 * n));
    case "D":
      return fmtDay(addDays(dct, -n));
    default:
      return fmtDay(dct);
  }
}

function holidayDay(name: string, y: number): Ymd | null {
  const k = name.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, " ");
  const fixed = FIXED_HOLIDAYS.get(k);
  if (fixed) return { y, m: +fixed.slice(0, 2), d: +fixed.slice(3) };
  if (k === "thanksgiving" || k === "thanksgiving day") {
    const first = isoDow({ y, m: 11, d: 1 });
    return { y, m: 11, d: 1 + ((4 - first + 7) % 7) + 21 };
  }
  if (k === "easter" || k === "easter sunday") {
    // Gregorian computus (Meeus/Jones/Butcher)
    const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
    const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    const i = Math.floor(c / 4), kk = c % 4, l = (32 + 2 * e + 2 * i - h - kk) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
    return { y, m: month, d: day };
  }
  return null;
}

/** A year stated relative to the publication date: "this year", "last year", "2019". */
function yearPhrase(s: string, ctx: TimexContext): { value: string | null; certain: boolean } {
  const t = s.toLowerCase().replace(/\s+/g, " ");
  const y4 = t.match(/\d{4}/);
  if (y4) return { value: y4[0], certain: true };
  const dct = dctOf(ctx);
  if (/that year|the same year|the year/.test(t) && !/this|current/.test(t)) {
    const r = (ctx.ref ?? ctx.dct)?.match(/^\d{4}/)?.[0] ?? null;
    return { value: r, certain: false };
  }
  if (!dct) return { value: null, certain: false };
  if (t.includes("last")) return { value: String(dct.y - 1), certain: false };
  if (t.includes("next")) return { value: String(dct.y + 1), certain: false };
  return { value: String(dct.y), certain: false };
}

// ---------------------------------------------------------------- the patterns

export interface TimexPattern {
  name: string;
  /** A cheap test the whole text must pass for the pattern to match anywhere in it (skips the scan). */
  hint?: RegExp;
  /** Regex source; matched case-sensitively (month and weekday names must be capitalized). */
  source: string;
  /** True when a match may begin with a character outside [A-Za-z0-9_] ("'90s"): the scan (dates.ts) may then not
   * start it with \b. Every other pattern's matches begin with a letter or a digit. */
  nonWordStart?: true;
  norm: (m: RegExpExecArray, ctx: TimexContext) => Timex | null;
}

const ci = (w: string) => `(?:${w.replace(/[a-z]/g, (ch) => `[${ch}${ch.toUpperCase()}]`)})`;
/** A lowercase word pattern that also matches at a sentence start ("Earlier", "Late"). */
const W = (src: string) => src.replace(/(^|[|(:])([a-z])/g, (_, pre: string, ch: string) => `${pre}[${ch}${ch.toUpperCase()}]`);

function partValue(day: string | null, part: string | undefined): string | null {
  if (!day || !part) return day;
  return `${day}T${DAY_PARTS.get(part.toLowerCase()) ?? ""}`;
}

function clockValue(s: string): string | null {
  // "eight o'clock", "ten p.m." as transcripts spell them
  const t = s.toLowerCase().replace(/^[a-z]+(?=\s)/, (w) => {
    const n = NUMBER_WORDS.get(w);
    return typeof n === "number" && n >= 1 && n <= 12 ? String(n) : w;
  });
  if (t.startsWith("noon")) return "12:00";
  if (t.startsWith("midnight")) return "24:00";
  // "0740 GMT": four digits, hours then minutes
  const m = t.match(/^(\d{2})(\d{2})(?!\d)/) ?? t.match(/^(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?/);
  if (!m) return null;
  let h = +m[1];
  const min = m[2] ? +m[2] : 0;
  if (m[3]?.startsWith("p") && h < 12) h += 12;
  if (m[3]?.startsWith("a") && h === 12) h = 0;
  // "four in the afternoon", "nine o'clock in the evening": after noon
  if (/in the (?:afternoon|evening)$/.test(t) && h >= 1 && h < 12) h += 12;
  if (h > 24 || min > 59) return null;
  return `${pad(h)}:${pad(min)}`;
}


/** The period a year-back comparison ("the year-ago period", "year-earlier results") is about: one named in the
 * same sentence, else the last one named, unless that one is still in progress or ahead at publication (an
 * outlook: "expects a fourth-quarter loss") and an earlier one had ended: the story reports on that one. */
function comparedPeriod(ctx: TimexContext): string | null {
  if (isPeriod(ctx.sentencePeriod)) return ctx.sentencePeriod;
  const last = isPeriod(ctx.last) ? ctx.last : null;
  const dct = ctx.dct;
  if (last && dct && /-Q[1-4]$/.test(last) && last > (shiftValue(dct, -1, "Q") ?? "") && isPeriod(ctx.reported)) return ctx.reported;
  return last;
}

/** "ended Sept. 30", "ending July 31, 1989": the day a period named just before ends on. */
const ENDED_BY = new RegExp(`^\\s+(?:that\\s+|which\\s+)?end(?<ing>ed|ing|s)\\s+(?<mon>${MON})\\s*(?<d>${DAY})(?:,?\\s+(?<y>${YEAR}))?(?![\\d:])`);

/** The calendar quarter of a quarter said to end on a day ("the quarter ended Sept. 30" → 1989-Q3): the three
 * months up to that day, whose middle month's quarter holds at least two of them (a fiscal quarter ending
 * July 31 runs May to July: mostly the second). Null when no end day follows the words. */
function quarterEndedBy(m: RegExpExecArray, ctx: TimexContext): string | null {
  const after = ENDED_BY.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40));
  if (!after) return null;
  const g = after.groups!;
  const mo = monthOf(g.mon), d = parseInt(g.d, 10);
  const dct = dctOf(ctx);
  // a quarter that ended is behind the story; one "ending" may be the one in progress
  const y = g.y ? +g.y : dct ? yearFor(mo, d, dct, g.ing === "ed" ? "past" : "unknown") : null;
  if (y === null || !validDay(y, mo, d)) return null;
  // "ended Oct. 1": the quarter's last month is the one before
  const last = d >= 15 ? { y, m: mo } : addMonths(y, mo, -1);
  const middle = addMonths(last.y, last.m, -1);
  return `${middle.y}-Q${quarterOf(middle.m)}`;
}

/** Before "tomorrow", words that make it a noun for the future: "a brighter tomorrow", "our tomorrow", "the world of tomorrow"
 * (a determiner and an adjective at most: "will sign a deal tomorrow" names the day). */
const FIGURATIVE_TOMORROW = /(?:\b(?:a|an|our|their|your|his|her|my)\s+(?:(?:better|brighter|greater|safer|cleaner|healthier|stronger|fairer|happier|bright|new|different)\s+)?|\b(?:world|leaders|jobs|cities|city|children|school|schools|car|cars|industries)\s+of\s+)$/i;

/** Before "one day", a modal, "to" or a subject; after it, a verb's lowercase word (not a preposition or a conjunction). */
const SOMEDAY_BEFORE = /\b(?:will|would|could|can|may|might|shall|should|to|he|she|they|we|i|you|it)\s+$/i;
const NOT_VERB_AFTER = /^\s+(?:of|in|on|at|to|for|and|or|but|after|before|later|earlier|ago|from|when|the|a|an|last|next|he|she|they|we|it|per|each|every|only|less|more|longer|shorter|off|ahead|behind|early|late|than|so)\b/i;
function someday(m: RegExpExecArray): boolean {
  const before = m.input.slice(Math.max(0, m.index - 12), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
  return SOMEDAY_BEFORE.test(before) && /^\s+[a-z]/.test(after) && !NOT_VERB_AFTER.test(after);
}

/** "today's world", "today's teenagers", "the children of today": "today" names the present age (PRESENT_AGE_NOUNS). */
function presentAge(m: RegExpExecArray): boolean {
  const after = /^['’]s\s+([A-Za-z]+)/.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 30));
  if (after && PRESENT_AGE_NOUNS.has(after[1].toLowerCase())) return true;
  const before = /\b([A-Za-z]+)\s+of\s+$/.exec(m.input.slice(Math.max(0, m.index - 30), m.index));
  return !!before && PRESENT_AGE_NOUNS.has(before[1].toLowerCase());
}

/** "In that year, … after Sept. 11": the earlier year the sentence is about, unless the verb looks ahead. */
const storyYear = (ctx: TimexContext) => (ctx.sentenceYear && tenseOf(ctx) !== "future" ? ctx.sentenceYear : null);

// A day and a month, with the year stated ("Jan. 13, 2025", "13 January that year") or taken
// from the publication date and the tense ("Jan. 13" in a past-tense sentence: the last one).
function dayOfMonthValue(m: RegExpExecArray, ctx: TimexContext): Timex | null {
  const mo = monthOf(m.groups!.mon), d = parseInt(m.groups!.d, 10);
  const dct = dctOf(ctx);
  if (!validDay(2000, mo, d)) return null;
  if (m.groups!.yr) {
    const yp = yearPhrase(m.groups!.yr, ctx);
    return yp.value && validDay(+yp.value, mo, d) ? rel("date", fmtDay({ y: +yp.value, m: mo, d })) : rel("date", null);
  }
  if (ctx.generic) return rel("date", `XXXX-${pad(mo)}-${pad(d)}`);
  if (!dct) return rel("date", null);
  const y = storyYear(ctx) ?? yearFor(mo, d, dct, tenseOf(ctx));
  return validDay(y, mo, d) ? rel("date", fmtDay({ y, m: mo, d })) : null;
}

/** "N units ago today / yesterday / this week / this month": the publication day (the day before) moved back N units,
 * told at the granularity of the words after "ago". */
function anniversary(at: string, n: number | "X" | null, unitCode: string, ctx: TimexContext): Timex | null {
  if (typeof n !== "number" || !Number.isInteger(n) || !["Y", "M", "W", "D", "DE"].includes(unitCode)) return null;
  const dct = dctOf(ctx);
  if (!dct) return rel("date", null);
  const from = /yesterday/.test(at) ? addDays(dct, -1) : dct;
  let day: Ymd;
  if (unitCode === "D" || unitCode === "W") day = addDays(from, -(unitCode === "W" ? 7 * n : n));
  else {
    const r = addMonths(from.y, from.m, -(unitCode === "M" ? n : unitCode === "Y" ? 12 * n : 120 * n));
    let d = from.d;
    while (!validDay(r.y, r.m, d)) d--;
    day = { y: r.y, m: r.m, d };
  }
  const v = /week/.test(at) ? isoWeek(day) : /month/.test(at) ? fmtMonth(day.y, day.m) : fmtDay(day);
  return rel("date", v);
}

/** The TIMEX3 mod of a point counted with a bound on its length: "more than a year ago" lies BEFORE the year back, "less
 * than a week from now" BEFORE the week ahead, "at least a month ago" ON_OR_BEFORE. */
function boundSide(qm: string, future: boolean): string {
  const past: Record<string, string> = { MORE_THAN: "BEFORE", LESS_THAN: "AFTER", EQUAL_OR_MORE: "ON_OR_BEFORE", EQUAL_OR_LESS: "ON_OR_AFTER" };
  const ahead: Record<string, string> = { MORE_THAN: "AFTER", LESS_THAN: "BEFORE", EQUAL_OR_MORE: "ON_OR_AFTER", EQUAL_OR_LESS: "ON_OR_BEFORE" };
  return (future ? ahead : past)[qm] ?? qm;
}

export const TIMEX_PATTERNS: readonly TimexPattern[] = [
  // "2019-09-20", "2019-09-20T14:00"
  {
    name: "iso-date",
    hint: /\d{4}-\d\d-\d\d/,
    source: `(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])(?:T(?<t>\\d{2}:\\d{2}))?(?![\\d-])`,
    norm: (m) => {
      const { y, m: mo, d, t } = m.groups!;
      if (!validDay(+y, +mo, +d)) return null;
      return abs(t ? "time" : "date", t ? `${y}-${mo}-${d}T${t}` : `${y}-${mo}-${d}`);
    },
  },
  // "9/20/2019", "20/09/2019" (day first only when the first number cannot be a month)
  {
    name: "numeric-date",
    hint: /\d\/\d/,
    source: `(?<a>[01]?\\d|2\\d|3[01])/(?<b>[0-3]?\\d)/(?<y>(?:19|20)\\d\\d)(?![\\d/])`,
    norm: (m) => {
      let mo = +m.groups!.a;
      let d = +m.groups!.b;
      const y = +m.groups!.y;
      if (mo > 12) [mo, d] = [d, mo];
      return validDay(y, mo, d) ? abs("date", fmtDay({ y, m: mo, d })) : null;
    },
  },
  // "Friday, Sept. 20, 2019", "June 12, 2018", "Jan. 13 2025"
  {
    name: "month-day-year",
    source: `(?:${WD_ANY},?\\s+)?(?<mon>${MON})\\s*(?<d>${DAY}),?\\s+(?<y>${YEAR})(?!\\d|,\\d)`,
    norm: (m) => {
      const y = +m.groups!.y, mo = monthOf(m.groups!.mon), d = parseInt(m.groups!.d, 10);
      return validDay(y, mo, d) ? abs("date", fmtDay({ y, m: mo, d })) : null;
    },
  },
  // "Sunday 7 February 2021", "14 June 2022", "the 4th of July, 1776"
  {
    name: "day-month-year",
    source: `(?:${WD_ANY},?\\s+)?(?:the\\s+)?(?<d>${DAY})(?:\\s+of)?\\s+(?<mon>${MON}),?\\s+(?<y>${YEAR})(?!\\d|,\\d)`,
    norm: (m) => {
      const y = +m.groups!.y, mo = monthOf(m.groups!.mon), d = parseInt(m.groups!.d, 10);
      return validDay(y, mo, d) ? abs("date", fmtDay({ y, m: mo, d })) : null;
    },
  },
  // "Friday, Sept. 20", "Jan. 13", "July 4th"
  {
    name: "month-day",
    source: `(?:${WD_ANY},?\\s+)?(?<mon>${MON})\\s*(?<d>${DAY})(?![\\d:,.]\\d|\\s*(?:%|percent|million|billion|\\d))${DAY_YEAR_WORDS}`,
    norm: (m, ctx) => dayOfMonthValue(m, ctx),
  },
  // "20 September", "the 13th of January"
  {
    name: "day-month",
    source: `(?:${WD_ANY},?\\s+)?(?:the\\s+)?(?<d>${DAY})(?:\\s+of)?\\s+(?<mon>${MON})(?!\\s*\\d)${DAY_YEAR_WORDS}`,
    norm: (m, ctx) => dayOfMonthValue(m, ctx),
  },
  // "the week of June 11", "the week of 14 March 2022": the ISO week holding that day
  {
    name: "week-of",
    hint: /week\s+of/i,
    source: `${W("the")}\\s+week\\s+of\\s+(?:(?<mon>${MON})\\s*(?<d>${DAY})|(?<d2>${DAY})\\s+(?<mon2>${MON}))(?:,?\\s+(?<y>${YEAR}))?(?![\\w])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const mo = monthOf(g.mon ?? g.mon2), d = parseInt(g.d ?? g.d2, 10);
      const dct = dctOf(ctx);
      const y = g.y ? +g.y : dct ? storyYear(ctx) ?? yearFor(mo, d, dct, tenseOf(ctx)) : null;
      if (y === null) return rel("date", null);
      if (!validDay(y, mo, d)) return null;
      return (g.y ? abs : rel)("date", isoWeek({ y, m: mo, d }));
    },
  },
  // "January eighth", "Friday, March twenty-third", "the eighth of January": a day said in words, as broadcast
  // transcripts write it
  {
    name: "month-day-words",
    hint: /(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)/i,
    source: `(?:${WD_ANY},?\\s+)?(?:(?<mon>${MON})\\s+(?:the\\s+)?(?<dw>${alt(DAY_ORDINAL_WORDS.keys())})|(?:${W("the")}\\s+)?(?<dw2>${alt(DAY_ORDINAL_WORDS.keys())})\\s+of\\s+(?<mon2>${MON}))(?:,?\\s+(?:(?<y>${YEAR})|(?<yw>${SPOKEN_YEAR})))?(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const mon = g.mon ?? g.mon2, d = DAY_ORDINAL_WORDS.get((g.dw ?? g.dw2).toLowerCase())!;
      // "January eighth, nineteen ninety-eight"
      const y = g.y ? +g.y : g.yw ? spokenYear(g.yw) : null;
      if (y !== null) {
        const mo = monthOf(mon);
        return validDay(y, mo, d) ? abs("date", fmtDay({ y, m: mo, d })) : null;
      }
      return dayOfMonthValue({ groups: { mon, d: String(d) } } as unknown as RegExpExecArray, ctx);
    },
  },
  // "nineteen ninety-one", "the year two thousand": a year said in words
  {
    name: "year-words",
    hint: /eighteen|nineteen|two\s+thousand/i,
    source: `(?:(?<cent>${W("eighteen|nineteen")})[-\\s]+(?<rest>(?:${TENS})(?:[-\\s](?:${ONES}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[-\\s](?:${ONES}))|${W("the")}\\s+year\\s+two\\s+thousand(?:\\s+(?:and\\s+)?(?<rest2>${ONES}|ten))?)(?![\\w-])`,
    norm: (m) => {
      const g = m.groups!;
      if (!g.cent) {
        const r = g.rest2 ? parseNumber(g.rest2) : 0;
        return typeof r === "number" ? abs("date", String(2000 + r)) : null;
      }
      const r = parseNumber(g.rest.replace(/^oh[-\s]/, ""));
      if (typeof r !== "number" || r < 10 && !/^oh/.test(g.rest)) return null;
      return abs("date", String(YEAR_WORD_CENTURIES.get(g.cent.toLowerCase())! * 100 + r));
    },
  },
  // "September 2019", "early February 2025", "the end of May 2020"
  {
    name: "month-year",
    source: `(?:(?<pos>${W(POS)})[-\\s]+)?(?<mon>${MON}),?\\s+(?:of\\s+)?(?:(?<y>${YEAR})(?!\\d|,\\d)|(?<yw>${SPOKEN_YEAR}))`,
    norm: (m) => {
      // "October of nineteen eighty-seven", as transcripts say it
      const y = m.groups!.y ? +m.groups!.y : spokenYear(m.groups!.yw);
      return y === null ? null : abs("date", fmtMonth(y, monthOf(m.groups!.mon)), modOf(m.groups!.pos));
    },
  },
  // "May last year", "the end of May last year", "March of next year"
  {
    name: "month-relative-year",
    source: `(?:(?<pos>${W(POS)})(?:-|\\s+))?(?<mon>${MON})(?:\\s+of)?\\s+(?<rel>last|this|next)\\s+year(?![\\w-])`,
    norm: (m, ctx) => {
      const dct = dctOf(ctx);
      const mod = modOf(m.groups!.pos);
      if (!dct) return rel("date", null, mod);
      const y = dct.y + (m.groups!.rel === "last" ? -1 : m.groups!.rel === "next" ? 1 : 0);
      return rel("date", fmtMonth(y, monthOf(m.groups!.mon)), mod);
    },
  },
  // "last March", "next January", "this May", "early February", "mid-September", "July"
  {
    name: "month",
    source: `(?:(?<rel>${W(REL)})\\s+|(?<pos>${W(POS)})(?:-|\\s+))?(?<mon>${MON})`,
    norm: (m, ctx) => {
      const mo = monthOf(m.groups!.mon);
      const dct = dctOf(ctx);
      const mod = modOf(m.groups!.pos);
      if (!dct) return rel("date", null, mod);
      const r = m.groups!.rel?.toLowerCase().replace(/\s+/g, " ");
      if (!r && ctx.generic) return rel("date", `XXXX-${pad(mo)}`, mod);
      let y: number;
      if (r === "last" || r === "this past") y = mo < dct.m ? dct.y : dct.y - 1;
      else if (r === "next" || r === "this coming") y = mo > dct.m ? dct.y : dct.y + 1;
      else if (r === "this") y = dct.y;
      else y = storyYear(ctx) ?? yearFor(mo, null, dct, tenseOf(ctx));
      return rel("date", fmtMonth(y, mo), mod);
    },
  },
  // "in '98", "the '96 election", "since '89": a year by its last two digits after an apostrophe, in the century that puts it
  // within ninety years before the publication year and ten after (dates.ts asks for a cue word before it or a noun after)
  {
    name: "short-year",
    hint: /['’]\d\d/,
    nonWordStart: true,
    source: `['’](?<yy>\\d\\d)(?![\\w'’-]|[.,]\\d)`,
    norm: (m, ctx) => {
      const yy = +m.groups!.yy;
      const dct = dctOf(ctx);
      const now = dct ? dct.y : 2000;
      let y = Math.floor(now / 100) * 100 + yy;
      if (y > now + 10) y -= 100;
      else if (y <= now - 90) y += 100;
      return (dct ? rel : abs)("date", String(y));
    },
  },
  // "the 1990s", "the early 2000s", "the '90s", "the nineties"
  {
    name: "decade",
    // ("the 1980's", "the '80's": the apostrophe some style books, The New York Times's among them, put before the s)
    // (the decade words as the pattern writes them, lowercase: "ties" alone let "parties" and "authorities" through)
    hint: /0['’]?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties/,
    nonWordStart: true,
    source: `(?:${W("the")}\\s+)?(?:(?<pos>early|mid|late)[-\\s]+)?(?:(?<full>1[5-9]\\d0|20\\d0)['’]?s|['’](?<short>\\d0)['’]?s|(?:(?<cent>${W("eighteen|nineteen")})[-\\s]+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\\w'])`,
    norm: (m) => {
      const g = m.groups!;
      const words = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
      let dec: string;
      if (g.full) dec = g.full.slice(0, 3);
      else if (g.short) dec = (+g.short >= 30 ? "19" : "20") + g.short[0];
      // "the nineteen nineties" as transcripts spell it; "the nineties" alone is this century's last but one
      else dec = String(g.cent ? YEAR_WORD_CENTURIES.get(g.cent.toLowerCase()) : 19) + String(words.indexOf(g.word) + 2);
      return abs("date", dec, modOf(g.pos));
    },
  },
  // "the 20th century", "the twenty-first century", "this century"
  {
    name: "century",
    hint: /century/i,
    source: `(?:${W("the")}\\s+)?(?:(?<pos>early|mid|late)[-\\s]+)?(?:(?<ord>\\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first)|(?<rel>this|last|next))\\s+century(?!\\w)`,
    norm: (m, ctx) => {
      const g = m.groups!;
      if (g.ord) {
        const n = ORDINALS.get(g.ord.toLowerCase()) ?? parseInt(g.ord, 10);
        return abs("date", pad(n - 1), modOf(g.pos));
      }
      const dct = dctOf(ctx);
      if (!dct) return rel("date", null);
      const c = Math.floor(dct.y / 100) + (g.rel === "last" ? -1 : g.rel === "next" ? 1 : 0);
      return rel("date", pad(c), modOf(g.pos));
    },
  },
  // "the October-December quarter", "the July-September period": a quarter named by its months
  {
    name: "month-range-quarter",
    hint: /quarter|period/i,
    source: `(?:${W("the")}\\s+)?(?<m1>${MON})[-–](?<m2>${MON})\\s+(?:quarter|period)(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const a = monthOf(g.m1), b = monthOf(g.m2);
      if ((a - 1) % 3 !== 0 || (b - a + 12) % 12 !== 2) return null;
      const q = quarterOf(a);
      if (g.y) return abs("date", `${g.y}-Q${q}`);
      const dct = dctOf(ctx);
      return dct ? rel("date", `${quarterYear(q, dct, tenseOf(ctx))}-Q${q}`) : rel("date", null);
    },
  },
  // "the same period last year", "the same quarter a year earlier", "the year-earlier period", "the quarter a year ago"
  {
    name: "same-period",
    hint: /same|corresponding|comparable|year[-\s](?:earlier|ago)/i,
    source: `${W("the")}\\s+(?:(?:same|corresponding|comparable)\\s+(?<u>period|quarter)(?:\\s+(?:(?<back>(?:of\\s+)?last\\s+year|a\\s+year\\s+(?:earlier|ago|before))|(?:of|in)\\s+(?<y>${YEAR})))?|year[-\\s](?:earlier|ago)\\s+(?<u2>period|quarter)|(?<u3>period|quarter)\\s+a\\s+year\\s+(?:earlier|ago|before))(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const back = g.back || g.u2 || g.u3 ? -1 : 0;
      const last = back ? comparedPeriod(ctx) : isPeriod(ctx.last) ? ctx.last : null;
      if (g.y) return last ? rel("date", last.replace(/^(FY)?\d{4}/, `$1${g.y}`)) : abs("date", g.y);
      if (last) return rel("date", shiftValue(last, back, "Y"));
      // no quarter named before: a year-back comparison is with the quarter last ended before publication
      if (back && ctx.dct) return rel("date", shiftValue(shiftValue(ctx.dct, -1, "Q"), -1, "Y"));
      return rel("date", shiftValue(ctx.ref ?? ctx.dct, back, "Y"));
    },
  },
  // "this year's third quarter", "last year's quarter", "the year-earlier third quarter", "the 1988 period",
  // "the comparable year-ago quarter": a quarter (or the period the story reports on) of a stated year
  {
    name: "period-of-year",
    hint: /quarter|period/i,
    source: `(?:${W("the")}\\s+(?:(?:comparable|corresponding|same)\\s+)?)?(?:(?<rel>${W("this|last|next")})\\s+year['’]s|(?<back>${W("year")}[-\\s](?:earlier|ago))|(?<y>${YEAR}))\\s+(?:(?<ord>first|second|third|fourth)[-\\s])?(?<u>quarter|period)(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      // a "the 1988 period" needs "the"; "1988 period" alone is a number before a noun
      if (g.y && !/^the\s/i.test(m[0])) return null;
      const dct = dctOf(ctx);
      const last = isPeriod(ctx.last) && /-Q[1-4]$/.test(ctx.last) ? ctx.last : null;
      // no quarter named yet: the story reports on the last quarter ended before it was published
      const lastEnded = dct ? shiftValue(fmtDay(dct), -1, "Q") : null;
      const q = g.ord ? ORDINALS.get(g.ord.toLowerCase())! : last ? +last.slice(-1) : lastEnded ? +lastEnded.slice(-1) : null;
      const baseYear = last ? +last.slice(0, 4) : !g.ord && lastEnded ? +lastEnded.slice(0, 4) : dct?.y;
      let y: number | undefined;
      if (g.y) y = +g.y;
      else if (g.back) y = baseYear === undefined ? undefined : baseYear - 1;
      else if (dct) y = dct.y + (/last/i.test(g.rel!) ? -1 : /next/i.test(g.rel!) ? 1 : 0);
      if (y === undefined) return rel("date", null);
      return (g.y ? abs : rel)("date", q ? `${y}-Q${q}` : String(y));
    },
  },
  // "year-earlier results", "Year-ago profit": the period the story reports on, a year before
  {
    name: "year-earlier",
    hint: /year-(?:earlier|ago)/i,
    source: `${W("year")}-(?:earlier|ago)(?=\\s+[a-z])`,
    norm: (m, ctx) => {
      // "net for the year-earlier nine months": a span of months a year back, which the duration after it measures
      if (MONTHS_SPAN_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      const last = comparedPeriod(ctx);
      const dct = dctOf(ctx);
      return rel("date", last ? shiftValue(last, -1, "Y") : dct ? String(dct.y - 1) : null);
    },
  },
  // "the third quarter of 2019", "Q3 2019", "the fourth quarter", "third-quarter", "the fiscal first quarter"
  {
    name: "quarter",
    hint: /quarter|Q[1-4]/i,
    source: `(?:${W("the")}\\s+)?(?:${W("fiscal")}[-\\s]+)?(?:(?<ord>${W("first|second|third|fourth|1st|2nd|3rd|4th")})[-\\s]quarter|Q(?<qn>[1-4]))(?:\\s+(?:of\\s+)?(?<yr>${ANY_YEAR_REL}))?(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const q = g.qn ? +g.qn : ORDINALS.get(g.ord.toLowerCase())!;
      if (g.yr) {
        const y = yearPhrase(g.yr, ctx);
        return y.value ? { type: "date", value: `${y.value}-Q${q}`, certain: y.certain } : rel("date", null);
      }
      const dct = dctOf(ctx);
      return dct ? rel("date", `${quarterYear(q, dct, tenseOf(ctx))}-Q${q}`) : rel("date", null);
    },
  },
  // "the latest quarter", "the most recent quarter", "the latest period": the quarter the story reports on, else the
  // last one ended
  {
    name: "latest-quarter",
    hint: /quarter|period/i,
    source: `${W("the")}\\s+(?:latest|most\\s+recent)\\s+(?:quarter|period)(?![\\w-])`,
    norm: (_m, ctx) => {
      const dct = dctOf(ctx);
      const lastEnded = dct ? shiftValue(fmtDay(dct), -1, "Q") : null;
      // "the latest quarter" has ended: a quarter named before that is still in progress is not it
      if (ctx.last && /^\d{4}-Q[1-4]$/.test(ctx.last) && (!lastEnded || ctx.last <= lastEnded)) return rel("date", ctx.last);
      return rel("date", lastEnded);
    },
  },
  // "the first half of 2019", "the second half of the year", "the first two quarters of 2019"
  {
    name: "half-year",
    hint: /half|two\s+quarters/i,
    source: `(?:${W("the")}\\s+)?(?:(?<ord>first|second|latter|last)\\s+half|(?<ordq>first|last|final)\\s+two\\s+quarters)\\s+of\\s+(?<yr>${ANY_YEAR_REL})`,
    norm: (m, ctx) => {
      const y = yearPhrase(m.groups!.yr, ctx);
      // "the first two quarters of 1990" is that year's first half, "the last two quarters" its second
      const h = (m.groups!.ord ?? m.groups!.ordq) === "first" ? 1 : 2;
      return y.value ? { type: "date", value: `${y.value}-H${h}`, certain: y.certain } : rel("date", null);
    },
  },
  // "the summer of 2019", "spring 2020", "this summer", "last fall", "early spring", "the winter"
  {
    name: "season",
    hint: /spring|summer|autumn|fall|winter/i,
    source: `(?:(?<rel>${W(REL)})\\s+|(?<pos>${W(POS)})[-\\s]+)?(?:${W("the")}\\s+)?(?<s>${ci(SEASON)})(?:\\s+(?:of\\s+)?(?<y>${YEAR})(?!\\d|,\\d)|\\s+of\\s+(?<ry>this|last|next)\\s+year(?![\\w-]))?`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const s = SEASONS.get(g.s.toLowerCase())!;
      const mod = modOf(g.pos);
      if (g.y) return abs("date", `${g.y}-${s}`, mod);
      const dct = dctOf(ctx);
      // "the spring of next year", "the summer of last year"
      if (g.ry) return rel("date", dct ? `${dct.y + (g.ry === "next" ? 1 : g.ry === "last" ? -1 : 0)}-${s}` : null, mod);
      if (!dct) return rel("date", null, mod);
      const r = g.rel?.toLowerCase().replace(/\s+/g, " ");
      const how = r === "last" || r === "this past" ? "last" : r === "next" || r === "this coming" ? "next" : r === "this" ? "this" : tenseOf(ctx);
      return rel("date", `${resolveSeason(s, dct, how)}-${s}`, mod);
    },
  },
  // "early 2019", "mid-2019", "the end of 2019", "fiscal 2019", "the year 2000", "2019"
  {
    name: "year",
    source: `(?:(?<pos>${W(POS)})[-\\s]+|(?<fy>${W("fiscal(?:\\s+year)?")}\\s+|FY\\s?)|${W("the")}\\s+year\\s+)?(?<y>${YEAR})(?![\\d])`,
    norm: (m) => {
      const g = m.groups!;
      if (g.fy) return abs("date", `FY${g.y}`);
      return abs("date", g.y, modOf(g.pos));
    },
  },
  // "this week", "last month", "next year", "this past weekend", "last quarter", "this decade"
  {
    name: "relative-unit",
    source: `(?:(?<pos>${W(POS)}|${W("earlier|later")})\\s+)?(?<rel>${W(REL)}|${W("the\\s+current")})\\s+(?<u>week|weekend|month|year|quarter|decade)(?!\\w)`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const dct = dctOf(ctx);
      const mod = modOf(g.pos);
      if (!dct) return rel("date", null, mod);
      const r = g.rel.toLowerCase().replace(/\s+/g, " ");
      const n = r === "last" || r === "this past" ? -1 : r === "next" || r === "this coming" ? 1 : 0;
      const u = g.u.toLowerCase();
      if (u === "weekend") {
        // "this past weekend" on a Monday is the one just gone
        let week = isoWeek(addDays(dct, 7 * n));
        if (r === "this past" || (n === 0 && tenseOf(ctx) === "past" && isoDow(dct) < 6)) week = isoWeek(addDays(dct, -isoDow(dct)));
        if (r === "last" && isoDow(dct) <= 5) week = isoWeek(addDays(dct, -isoDow(dct)));
        return rel("date", `${week}-WE`, mod);
      }
      const code = u === "week" ? "W" : u === "month" ? "M" : u === "quarter" ? "Q" : u === "year" ? "Y" : "DE";
      if (code === "DE") return rel("date", String(dct.y + 10 * n).slice(0, 3), mod);
      // "This quarter's loss includes charges" after a report on the quarter just ended: the results of that quarter,
      // not of the one in progress (whose results are not out); a verb that looks ahead keeps the one in progress
      if (code === "Q" && n === 0 && r === "this" && ctx.reported && ctx.last === ctx.reported && tenseOf(ctx) !== "future" && /^['’]s\s/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 3)))
        return rel("date", ctx.reported, mod);
      // "last week" is the ISO week before the publication date's (2007-W26 in a 2007-W27 story, as the TimeML
      // literature normalizes it), not TimeBank's "1989-WXX": its WSJ annotators often left the week unnumbered,
      // though not always (1989-W43, W44 beside WXX), and the contract promises readers a week they can place
      return rel("date", shiftValue(fmtDay(dct), n, code), mod);
    },
  },
  // "over the weekend", "the weekend": the one just gone in past tense, the coming one in future tense
  {
    name: "weekend",
    hint: /weekend/i,
    source: `${W("the")}\\s+weekend(?![\\w-])`,
    norm: (m, ctx) => {
      const dct = dctOf(ctx);
      if (!dct) return rel("date", null);
      const dow = isoDow(dct);
      const tense = tenseOf(ctx);
      let day = dct;
      if (dow < 6) day = tense === "future" || tense === "present" ? addDays(dct, 6 - dow) : addDays(dct, -dow);
      return rel("date", `${isoWeek(day)}-WE`);
    },
  },
  // "the end of the year", "the beginning of the month", "the rest of the week", "the end of the century"
  {
    name: "position-of-unit",
    hint: /of\s+the\s+(?:week|month|year|decade|century)/i,
    source: `${W("the")}\\s+(?<pos>start|beginning|middle|end|rest|remainder)\\s+of\\s+the\\s+(?<u>week|month|year|decade|century)(?!\\w)`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const dct = dctOf(ctx);
      const mod = g.pos === "rest" || g.pos === "remainder" ? undefined : modOf(`the ${g.pos} of`);
      if (!dct) return rel("date", null, mod);
      const code = g.u === "week" ? "W" : g.u === "month" ? "M" : g.u === "year" ? "Y" : "DE";
      // "by the end of the century" in a 1998 story: the century in progress, "19"
      if (g.u === "century") return rel("date", String(dct.y).slice(0, 2), mod);
      if (code === "DE") return rel("date", String(dct.y).slice(0, 3), mod);
      return rel("date", shiftValue(fmtDay(dct), 0, code), mod);
    },
  },
  // "the day before yesterday", "yesterday morning", "today", "tomorrow", "tonight", "this morning", "last night"
  {
    name: "deictic-day",
    hint: /yesterday|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night/i,
    source: `(?:${W("the")}\\s+day\\s+(?<around>before|after)\\s+|(?<dpos>${W("early|late|earlier|later")})\\s+(?=yesterday|today|tomorrow))?(?:(?<w>${W("yesterday|today|tomorrow")})(?:\\s+(?<part>${PART}))?|(?<tonight>${W("tonight")})|(?<thisp>${W("this")})\\s+(?<part2>morning|afternoon|evening)|(?<lastnight>${W("last")})\\s+night)(?![\\w-]|['’](?![sS]\\b))`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const dct = dctOf(ctx);
      if (!dct) return rel("date", null);
      let shift = 0;
      let part: string | undefined;
      if (g.w) {
        const w = g.w.toLowerCase();
        // "hoping for a brighter tomorrow", "the children of tomorrow": the future, no day (TimeML FUTURE_REF)
        if (w === "tomorrow" && !g.part && !g.around && !g.dpos && FIGURATIVE_TOMORROW.test(m.input.slice(Math.max(0, m.index - 30), m.index))) return rel("date", "FUTURE_REF");
        // "in today's world", "the youth of today": the present age, no day (TimeML PRESENT_REF)
        if (w === "today" && !g.part && !g.around && !g.dpos && presentAge(m)) return rel("date", "PRESENT_REF");
        shift = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
        part = g.part;
      } else if (g.tonight) part = "night";
      else if (g.thisp) part = g.part2;
      else if (g.lastnight) {
        shift = -1;
        part = "night";
      }
      if (g.around) shift += g.around === "before" ? -1 : 1;
      const day = fmtDay(addDays(dct, shift));
      // "late yesterday", "early today": the part of the day; "earlier today" only places it before now
      return rel(part ? "time" : "date", partValue(day, part), modOf(g.dpos));
    },
  },
  // "overnight losses in New York", "Overnight, rebels shelled the town": the night before the day last named (the
  // publication day when none was), or the coming night in a verb that looks ahead ("will stay open overnight")
  {
    name: "overnight",
    hint: /overnight/i,
    source: `${W("overnight")}(?![\\w-])`,
    norm: (_m, ctx) => {
      const day = parseDay(ctx.ref) ?? dctOf(ctx);
      if (!day) return rel("time", null);
      return rel("time", `${fmtDay(tenseOf(ctx) === "future" ? day : addDays(day, -1))}TNI`);
    },
  },
  // "last Friday", "next Tuesday", "Friday", "Friday night", "this coming Monday", "late Tuesday"
  {
    name: "weekday",
    hint: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i,
    source: `(?:(?<rel>${W(REL)})\\s+|(?<pos>${W("early|late")})\\s+)?(?<wd>${WD}|(?<lc>${WD.toLowerCase()}))(?:\\s+(?<part>${PART}))?(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const dct = dctOf(ctx);
      const part = g.part;
      if (!dct) return rel(part ? "time" : "date", null);
      const r = g.rel?.toLowerCase().replace(/\s+/g, " ");
      const how = r === "last" || r === "this past" ? "last" : r === "next" || r === "this coming" ? "next" : r === "this" ? "future" : tenseOf(ctx);
      // "said Saturday they would free the hostages Sunday": the Sunday after that Saturday
      const said = !r && how === "future" ? parseDay(ctx.reportedDay) : null;
      let day = fmtDay(said ? resolveWeekday(weekdayOf(g.wd), said, "next") : resolveWeekday(weekdayOf(g.wd), dct, how));
      // "arrived Monday for talks Friday": what a day was for does not come before it
      const aim = !r && !said ? parseDay(ctx.purposeDay) : null;
      if (aim && day <= fmtDay(aim)) day = fmtDay(resolveWeekday(weekdayOf(g.wd), aim, "next"));
      return rel(part ? "time" : "date", partValue(day, part), modOf(g.pos));
    },
  },
  // "Christmas", "Thanksgiving 2019", "New Year's Eve"
  {
    name: "holiday",
    hint: /Christmas|Thanksgiving|Easter|New\s+Year|Valentine|Halloween|Independence|Veterans|Boxing|Bastille/,
    source: `(?<h>Christmas(?:\\s+(?:Day|Eve))?|Thanksgiving(?:\\s+Day)?|Easter(?:\\s+Sunday)?|New\\s+Year['’]s\\s+(?:Day|Eve)|Valentine['’]s\\s+Day|Halloween|Independence\\s+Day|Veterans\\s+Day|Boxing\\s+Day|Bastille\\s+Day)(?:,?\\s+(?<y>${YEAR}))?(?![\\w'’])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      if (g.y) {
        const d = holidayDay(g.h, +g.y);
        return d ? abs("date", fmtDay(d)) : null;
      }
      const dct = dctOf(ctx);
      if (!dct) return rel("date", null);
      const probe = holidayDay(g.h, dct.y);
      if (!probe) return null;
      const y = yearFor(probe.m, probe.d, dct, tenseOf(ctx));
      const d = holidayDay(g.h, y);
      return d ? rel("date", fmtDay(d)) : null;
    },
  },
  // "2 p.m.", "10:30 a.m. ET", "noon", "14:00 GMT"
  {
    name: "clock-time",
    // ("0740 GMT", "1400 EDT": four digits before a zone, as wire stories give the time in Greenwich beside the local one)
    hint: new RegExp(`in\\s+the\\s+(?:morning|afternoon|evening)|\\d\\s*[ap]\\.?m|[AP]M|\\d:\\d\\d|noon|midnight|o'clock|[a-z]\\s+[ap]\\.m\\.|\\d{4}\\s+(?:${alt(ZONE_CODES)})\\b`, "i"),
    source: `(?<c>${CLOCK})${TZ}`,
    norm: (m, ctx) => {
      const c = clockValue(m.groups!.c);
      const anchor = parseDay(ctx.ref) ?? parseDay(ctx.dct);
      if (!c) return null;
      return rel("time", anchor ? `${fmtDay(anchor)}T${c}` : null);
    },
  },
  // "two years ago", "more than 100 days ago", "about a decade ago", "years ago", "two weeks from now"
  {
    name: "ago",
    hint: /ago|now|today|hence|earlier|later/i,
    source: `(?:(?<qmod>${W(QMOD)})\\s+)?(?:(?<n>${W(NUM)})\\s+)?(?<u>${W(UNIT_WORD)})(?<half>\\s+and\\s+a\\s+half)?\\s+(?<dir>ago(?:\\s+(?<at>today|yesterday|this\\s+(?:week|month)))?|from\\s+(?:now|today)|hence|(?:earlier|later)(?!\\s+(?:than|this|that|in)\\b)(?!\\s+on\\b(?!\\s+(?:an?|the)\\s)))`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const u = unitOf(g.u);
      if (!u) return null;
      let n = g.n ? parseNumber(g.n) : "X";
      if (g.half && typeof n === "number") n += 0.5;
      // "ten years ago this week", "a year ago today", "five years ago yesterday": an anniversary, one expression (TimeML),
      // the day (or week, month) that many units back
      if (g.at) return anniversary(g.at, n, u.code, ctx);
      let qm = g.qmod ? QUANTITY_MODS.get(g.qmod.toLowerCase()) : undefined;
      const future = /^(from|hence|later)/.test(g.dir);
      // "a week from today", "a year from today": the day that many units after the publication day
      const fromDay = dctOf(ctx);
      if (/today$/.test(g.dir) && typeof n === "number" && Number.isInteger(n) && !g.half && !u.time && !qm) {
        if (!fromDay) return rel("date", null);
        if (u.code === "D" || u.code === "W") return rel("date", fmtDay(addDays(fromDay, u.code === "W" ? 7 * n : n)));
        if (u.code === "M" || u.code === "Y") {
          const r = addMonths(fromDay.y, fromDay.m, u.code === "Y" ? 12 * n : n);
          // "a month from today" on Jan. 31: the month's last day
          let d = fromDay.d;
          while (!validDay(r.y, r.m, d)) d--;
          return rel("date", fmtDay({ y: r.y, m: r.m, d }));
        }
      }
      const anchored = /^(earlier|later)$/.test(g.dir);
      const base = anchored ? parseDay(ctx.ref ?? ctx.dct) ?? null : dctOf(ctx);
      if (n === null) return null;
      // "a few days later", "several weeks earlier": an uncounted length from another event, which TimeML
      // marks as the duration ("a few days", PXD); only "years ago" speaks of the past itself
      // ("several hours later" likewise: PTXH)
      if (n === "X" && anchored) return abs("duration", durationValue("X", u.code, u.time));
      // "months ago", "weeks ago": an uncounted number of short units back is valued as that length (PXM, PXW), as
      // "in recent months" is; "years ago" speaks of the past itself (the same split as span-duration's)
      if (n === "X" && !g.n && !qm && !future && /s$/i.test(g.u) && ["D", "W", "M"].includes(u.code)) return abs("duration", `PX${u.code}`);
      if (n === "X") return rel("date", future ? "FUTURE_REF" : "PAST_REF");
      // "Two years later, he died" with no date named before: counted from an event, not from the publication
      // date (a past tense cannot reach past it), so TimeML's reading is the length itself (P2Y)
      // ("more than two years later": the bounded length, P2Y MORE_THAN)
      if (anchored && future && tenseOf(ctx) === "past" && (!ctx.ref || ctx.ref === ctx.dct) && typeof n === "number") {
        const d = durationOf(String(n), g.u);
        if (d) return abs("duration", d, qm);
      }
      // "Three days later, the index was down 6%", "the ban took effect 30 days later", "Two weeks earlier, police had
      // raided it": in a past story a count of days, weeks or hours from another event is the length between the two
      // (TimeML: "2 days" a DURATION, "later" its signal), even after a day named before; told in the present it reaches
      // now ("Two weeks later the markets are still empty": a day), and months, quarters and years compare periods ("a
      // year earlier", "from $5 million a month earlier")
      if (anchored && typeof n === "number" && (u.time || u.code === "D" || u.code === "W") && tenseOf(ctx) === "past") {
        const d = durationOf(String(n), g.u);
        if (d) return abs("duration", d, qm);
      }
      // "net for the first nine months rose from $9 million a year earlier": a span of months compared a year back is
      // that span of the year before, told as the year
      if (!future && !qm && typeof n === "number" && Number.isInteger(n) && u.code === "Y" && ctx.sentenceSpan && ctx.dct) return rel("date", String(+ctx.dct.slice(0, 4) - n));
      // "profit rose in the third quarter, from $40 million a year earlier" → the quarter a year before
      if (anchored && !qm && typeof n === "number" && Number.isInteger(n) && (u.code === "Y" || u.code === "Q") && isPeriod(ctx.last)) {
        const v = shiftValue(ctx.last, future ? n : -n, u.code);
        if (v) return rel("date", v);
      }
      // "a third-quarter loss, reversing income a year ago": this year's quarter named in the sentence, a year back
      // (or, failing one, the period the story last named: "Profit rose in the third quarter. … Sales were flat a year ago")
      // (a season named in another sentence is no reporting period: "began trading this summer. … up from seven a
      // year ago" counts a year back from now)
      const sp = ctx.sentencePeriod ?? (isPeriod(ctx.last) && !/-(?:SP|SU|FA|WI)$/.test(ctx.last) ? ctx.last : null);
      if (!anchored && !future && (!qm || qm === "APPROX") && typeof n === "number" && Number.isInteger(n) && u.code === "Y" && isPeriod(sp) && sp.replace(/^FY/, "").startsWith(String(dctOf(ctx)?.y))) {
        const v = shiftValue(sp, -n, "Y");
        if (v) return rel("date", v, qm);
      }
      // a bound ("more than 100 days ago", "less than a year later") keeps the point it counts to, and says on which side
      // of it the time lies (TimeML: "more than a decade ago" is the decade back with mod BEFORE)
      if (qm && qm !== "APPROX") qm = boundSide(qm, future);
      if (!base) {
        // "a year later" after "in 2018": the anchor is a year, not a day
        const coarse = anchored ? (ctx.ref ?? ctx.dct) : null;
        const v = coarse && u.code !== "D" && u.code !== "W" && !u.time ? shiftValue(coarse, future ? n : -n, u.code) : null;
        return rel("date", v, qm);
      }
      const sign = future ? 1 : -1;
      if (u.time) return rel("date", fmtDay(base), qm);
      // "two weeks later" after "March 1, 2019" is a day; "two weeks ago" is a week;
      // "a year and a half ago" is a month
      let code = anchored && u.code === "W" ? "D" : u.code;
      let k = anchored && u.code === "W" ? n * 7 : n;
      if (!Number.isInteger(k)) {
        if (code === "Y") [code, k] = ["M", Math.round(k * 12)];
        // "a decade and a half ago": fifteen years back, a year (not two decades back)
        else if (code === "DE" || code === "CE") [code, k] = ["Y", Math.round(k * (code === "DE" ? 10 : 100))];
        else if (code === "M" || code === "W") [code, k] = ["D", Math.round(k * (code === "M" ? 30 : 7))];
        else k = Math.round(k);
      }
      const v = sign < 0 ? agoValue(base, k, code) : agoValue(base, -k, code);
      return rel("date", v, qm);
    },
  },
  // "the next day", "the following week", "the previous year", "that day", "that same day", "the same day", "the day before"
  // ("on that date", "the same date": the day just named, as "that day")
  {
    name: "anchored",
    hint: /following|previous|prior|preceding|same|next|that|before|after/i,
    source: `(?:${W("the")}\\s+(?:(?<dir>following|previous|prior|preceding|same)\\s+(?<u>day|date|week|weekend|month|year|morning|afternoon|evening|night)|(?<dirn>next)\\s+(?<un>day|morning|afternoon|evening|night|weekend))|(?:${W("earlier|later")}\\s+)?${W("that")}\\s+(?:same\\s+)?(?<u2>day|date|week|weekend|month|year|morning|afternoon|evening|night)|${W("the")}\\s+(?<u3>day|week|month|year)\\s+(?<dir3>before|after)(?=\\s*[,.;:)]|\\s*$))(?![\\w-])`,
    norm: (m, ctx) => {
      const g = m.groups!;
      const unit = g.u ?? g.un ?? g.u2 ?? g.u3;
      const dir = g.dir ?? g.dirn ?? g.dir3 ?? "same";
      const n = /next|following|after/.test(dir) ? 1 : /previous|prior|preceding|before/.test(dir) ? -1 : 0;
      const anchor = ctx.ref ?? ctx.dct;
      const part = DAY_PARTS.has(unit) ? unit : undefined;
      if (part) {
        const d = shiftValue(anchor, part === "night" && n === 0 ? 0 : n, "D");
        return rel("time", partValue(d, part));
      }
      if (unit === "weekend") {
        const w = shiftValue(anchor, n, "W");
        return rel("date", w ? `${w}-WE` : null);
      }
      const code = unit === "day" || unit === "date" ? "D" : unit === "week" ? "W" : unit === "month" ? "M" : "Y";
      return rel("date", shiftValue(anchor, n, code));
    },
  },
  // "for the year ended March 31", "in the fiscal year ending June 30": a reporting year, counted as a length
  {
    name: "year-ended",
    hint: /year\s+end/i,
    source: `${W("the")}\\s+(?:fiscal\\s+)?year(?=\\s+end(?:ed|ing)\\s)`,
    norm: () => abs("duration", "P1Y"),
  },
  // "down 4% from the previous Friday", "the following Monday": a weekday counted from the day last named
  {
    name: "anchored-weekday",
    hint: /(?:previous|prior|preceding|following|next)\s+[MTWFS][a-z]+day/,
    source: `${W("the")}\\s+(?<dir>previous|prior|preceding|following|next)\\s+(?<wd>${WD})(?![\\w-])`,
    norm: (m, ctx) => {
      const anchor = parseDay(ctx.ref) ?? parseDay(ctx.dct);
      if (!anchor) return rel("date", null);
      const how = /previous|prior|preceding/.test(m.groups!.dir) ? "last" : "next";
      return rel("date", fmtDay(resolveWeekday(weekdayOf(m.groups!.wd), anchor, how)));
    },
  },
  // "by year end", "around year-end", "by year's end", "since year-end": the end of the publication year, or in a
  // past tense the end of the year before ("at year-end, debt stood at …" in an October story)
  {
    name: "year-end",
    hint: /year(?:['’]s\s+|[-\s])end/i,
    source: `(?:${W("the")}\\s+)?${W("year")}(?:['’]s\\s+|[-\\s])end(?![\\w-])`,
    norm: (_m, ctx) => {
      const dct = dctOf(ctx);
      if (!dct) return rel("date", null, "END");
      return rel("date", String(tenseOf(ctx) === "past" ? dct.y - 1 : dct.y), "END");
    },
  },
  // "the weeks ahead", "the coming months ahead", "the years ahead": some of that unit from now on (TimeML: PXW)
  {
    name: "units-ahead",
    hint: /ahead/i,
    source: `${W("the")}\\s+(?:coming\\s+)?(?<u>days|weeks|months|years)\\s+ahead(?![\\w-])`,
    norm: (m) => {
      const v = durationOf("several", m.groups!.u);
      return v ? abs("duration", v) : null;
    },
  },
  // "placed orders in the morning", "during the afternoon": that part of the day last named (dates.ts asks for
  // "in/during" before it and a day named earlier)
  {
    name: "the-part-of-day",
    hint: /the\s+(?:morning|afternoon|evening)/i,
    source: `${W("the")}\\s+(?<part>morning|afternoon|evening)(?![\\w-])`,
    norm: (m, ctx) => {
      const day = parseDay(ctx.ref);
      return day ? rel("time", partValue(fmtDay(day), m.groups!.part.toLowerCase())) : null;
    },
  },
  // "earlier in the year", "for the month", "for the full year": the unit the story is in (dates.ts asks for "in/for/during" before it)
  {
    name: "the-unit",
    source: `${W("the")}\\s+(?:(?<full>full|entire|whole)\\s+)?(?<u>day|week|month|quarter|year|decade)(?![\\w-])`,
    norm: (m, ctx) => {
      const u = m.groups!.u;
      // "earlier in the day", "up 2% for the day": the day last named, else the publication day; with only a month or a
      // year named last, no day to give
      if (u === "day") {
        const d = m.groups!.full ? null : shiftValue(ctx.ref ?? ctx.dct, 0, "D");
        return d ? rel("date", d) : null;
      }
      // "expects a loss for the full year": the whole of the year in progress, whatever year was named last
      if (m.groups!.full) {
        const v = shiftValue(ctx.dct, 0, u === "week" ? "W" : u === "month" ? "M" : u === "quarter" ? "Q" : u === "year" ? "Y" : "DE");
        return rel("date", u === "decade" ? ctx.dct?.slice(0, 3) ?? null : v);
      }
      // "earned $45 million in the quarter" after "the third quarter": that quarter (a fiscal quarter keeps the number
      // the story gave it, whatever day it ended)
      if (u === "quarter" && ctx.last && /-Q[1-4]$/.test(ctx.last)) return rel("date", ctx.last);
      // with none named before, "for the quarter ended Sept. 30", "in the quarter ending July 31": the three months
      // up to that day
      if (u === "quarter") {
        const ended = quarterEndedBy(m, ctx);
        if (ended) return rel("date", ended);
      }
      const anchor = ctx.ref ?? ctx.dct;
      if (u === "decade") return rel("date", anchor?.match(/^\d{3}/)?.[0] ?? null);
      const code = u === "week" ? "W" : u === "month" ? "M" : u === "quarter" ? "Q" : "Y";
      const v = shiftValue(anchor, 0, code);
      // "earned $5 million in the quarter" with no quarter named and only a year to count from: in a past
      // tense the last quarter ended before the publication date, else the one in progress
      if (!v && u === "quarter" && ctx.dct) return rel("date", shiftValue(ctx.dct, tenseOf(ctx) === "past" ? -1 : 0, "Q"));
      return rel("date", v);
    },
  },
  // "the past two years", "the last week", "the next five years", "the coming months", "recent years"
  {
    name: "span-duration",
    source: `(?:${W("the")}\\s+)?(?<w>past|last|next|coming|previous|first|final|recent|following|future)\\s+(?:(?<n>${NUM})\\s+)?(?<u>${UNIT_WORD}|quarters)(?![\\w-])`,
    norm: (m) => {
      const g = m.groups!;
      const plural = /s$/i.test(g.u);
      // A bare plural of long units before or after now ("in recent years", "past years", "future quarters", "the
      // coming years") names the past or the future itself, as TimeML values it; short units ("in recent weeks", "the
      // coming months") and any count, even a vague one ("the next few years", "the past several quarters"), measure a
      // length (PXW, PXM, PXY)
      if (plural && !g.n && /^(?:years|quarters|decades|centuries)$/i.test(g.u)) {
        if (/^(?:past|last|previous|recent)$/i.test(g.w)) return rel("date", "PAST_REF");
        if (/^(?:next|coming|future)$/i.test(g.w)) return rel("date", "FUTURE_REF");
      }
      if (/^future$/i.test(g.w)) return null;
      const n = g.n ?? (plural ? "several" : "one");
      const v = durationOf(n, g.u);
      return v ? abs("duration", v) : null;
    },
  },
  // "$500 million a year", "40% a year", "300 cars a day": an amount per unit is a frequency (TIMEX3 SET); so is a length
  // per unit ("12 hours a day", "six days a week": how often, beside the length "12 hours")
  {
    name: "set-rate",
    hint: /\ban?\s+(?:year|month|week|day|hour)\b/i,
    source: `an?(?<=(?:\\d%?|\\bmillion|\\bbillion|\\btrillion|\\bthousand|\\bpercent|\\bcents|\\bdollars|\\bshares|\\bbarrels|\\btons|\\bunits|\\bcars|\\bvehicles|\\bpeople|\\bjobs|\\bhours|\\bdays|\\bnights|\\bweeks|\\bmonths|\\bminutes|\\bshifts)\\san?)\\s+(?<u>year|month|week|day|hour)(?![\\w-])(?!\\s+(?:ago|earlier|later|before|after|from\\s+(?:now|today|then)|or|and\\s+a\\s+half)\\b)`,
    norm: (m) => {
      const v = durationOf("1", m.groups!.u);
      return v ? abs("set", v) : null;
    },
  },
  // "10 to 12 weeks", "two or three days", "between five and 10 years": one duration, valued by its upper bound
  // ("thirty-six hours" is one number, not a range from thirty to six: the duration pattern reads it)
  {
    name: "duration-range",
    hint: /(?:\sto|\sor|[-–]|\sand)\s*[\w.,-]+(?:\s+[\w.,-]+){0,3}?[-\s]+(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/i,
    source: `(?:(?<qmod>${W(QMOD)})\\s+)?(?:${W("between")}\\s+(?<n0>${NUM})\\s+and|(?<n1>${W(NUM)})\\s*(?:to|or|-|–))(?<!\\b(?:${TENS})-)\\s*(?<n>${NUM})[-\\s]+(?<u>${UNIT_WORD})(?![\\w])(?!-old|-olds|\\s+old\\b)`,
    norm: (m) => {
      const g = m.groups!;
      const lo = parseNumber(g.n0 ?? g.n1), hi = parseNumber(g.n.replace(/-/g, " ").replace(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) /, "$1-"));
      if (typeof lo !== "number" || typeof hi !== "number" || lo >= hi) return null;
      const v = durationOf(String(hi), g.u);
      return v ? abs("duration", v, g.qmod ? QUANTITY_MODS.get(g.qmod.toLowerCase()) : undefined) : null;
    },
  },
  // "five months", "100 days", "five-month", "24-hour", "about three years", "a year and a half", "decades", "several quarters",
  // "eight trading days" (counted as days), "three straight days", "two more years", "an extra week" (a count's adjective
  // belongs to the length)
  {
    name: "duration",
    source: `(?:(?<qmod>${W(QMOD)})\\s+|(?<the>${W("the")})\\s+(?=(?:[\\d,.]+|${ONES}|ten|eleven|twelve|${TENS})(?:-(?:${ONES}))?\\s+${UNIT_WORD}(?![\\w-])))?(?:(?<n>${W(NUM)})[-\\s]+(?:(?:straight|consecutive|successive|full|long|more|additional|extra|whole|entire)\\s+)?)?(?:(?<kind>trading|business|working)\\s+(?=days?\\b))?(?<u>${UNIT_WORD}|quarters)(?:[-\\s]and[-\\s]a[-\\s]half)?(?![\\w])(?!-old|-olds|\\s+old\\b)`,
    norm: (m) => {
      const g = m.groups!;
      // "Islam will one day be …", "hopes to one day lead", "the hope he one day follows": "one day" before a verb is
      // "someday", a future nobody dated (TimeML FUTURE_REF), not a day's length
      if (/^one\s+day$/i.test(m[0]) && someday(m)) return rel("date", "FUTURE_REF");
      // "a days-long standoff", "an hours-long meeting": "a" belongs to the noun after, and the plural counts some units
      let n = g.n && !(/^an?$/i.test(g.n) && /s$/i.test(g.u)) ? g.n : "several";
      if (/and[-\s]a[-\s]half$/.test(m[0])) n = `${n} and a half`;
      const v = durationOf(n.replace(/-/g, " ").replace(/^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) /, "$1-"), g.u);
      return v ? abs("duration", v, g.qmod ? QUANTITY_MODS.get(g.qmod.toLowerCase()) : undefined) : null;
    },
  },
  // "a yearlong strike", "a weeklong visit", "a monthlong siege": the unit's length, written as one word
  {
    name: "unit-long",
    hint: /(?:day|week|month|year)long/i,
    // (lowercase only: "Daylong Press" is a name)
    source: `(?<u>day|week|month|year)long(?![\\w-])`,
    norm: (m) => {
      const v = durationOf("1", m.groups!.u);
      return v ? abs("duration", v) : null;
    },
  },
  // "the IRA's 8-month-old truce", "the two-year-old civil war", "a decade-old ban": how long a state of affairs has lasted
  // (dates.ts keeps it only before such a noun, never a person's age: "a 10-year-old boy")
  {
    name: "unit-old",
    hint: /-old/i,
    source: `(?:(?<n>${W(NUM)})-)?(?<u>${UNIT_WORD})-old(?![\\w-])`,
    norm: (m) => {
      // ("a months-old dispute": some months)
      const v = durationOf(m.groups!.n ?? (/s$/i.test(m.groups!.u) ? "several" : "1"), m.groups!.u);
      return v ? abs("duration", v) : null;
    },
  },
  // "every week", "each year", "every other month", "every Friday", "every two years"
  {
    name: "set-every",
    hint: /every|each/i,
    source: `(?:${W("every|each")})\\s+(?:(?<other>other)\\s+)?(?:(?<n>${NUM})\\s+)?(?:(?<u>${UNIT_WORD})|(?<wd>${WD})|(?<part>${PART})|(?<s>${SEASON})|(?<mon>${MON}))(?![\\w])`,
    norm: (m) => {
      const g = m.groups!;
      if (g.wd) return abs("set", `XXXX-WXX-${weekdayOf(g.wd)}`);
      if (g.part) return abs("set", `XXXX-XX-XXT${DAY_PARTS.get(g.part)}`);
      if (g.s) return abs("set", `XXXX-${SEASONS.get(g.s)}`);
      if (g.mon) return abs("set", `XXXX-${pad(monthOf(g.mon))}`);
      const k = g.other ? 2 : g.n ? parseNumber(g.n) : 1;
      const v = durationOf(String(k === "X" || k === null ? 1 : k), g.u.replace(/s$/, ""));
      return v ? abs("set", v) : null;
    },
  },
  // "twice a week", "three times a year", "once a month"
  {
    name: "set-frequency",
    hint: /(?:once|twice|thrice|times)\s+(?:a|an|per|each)\s/i,
    // (capitalized too: "Once a week, the council meets" opens a sentence)
    source: `(?:(?:${W("once|twice|thrice")}|${W(NUM)}\\s+times)\\s+(?:a|an|per|each)\\s+(?<u>${UNIT_WORD}))(?![\\w])`,
    norm: (m) => {
      const v = durationOf("1", m.groups!.u);
      return v ? abs("set", v) : null;
    },
  },
  // "weekly", "annually", "on Fridays"
  {
    name: "set-adverb",
    hint: /hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|days|weekends/i,
    source: `(?:(?<adv>${alt(SET_ADVERBS.keys())})|(?<wds>${WD})s|(?<wes>weekends))(?![\\w'’-])`,
    norm: (m) => {
      const g = m.groups!;
      if (g.wds) return abs("set", `XXXX-WXX-${weekdayOf(g.wds)}`);
      if (g.wes) return abs("set", "XXXX-WXX-WE");
      return abs("set", SET_ADVERBS.get(g.adv.toLowerCase())!);
    },
  },
  // "at this moment", "at this crucial moment": the moment of the telling, now (TimeML PRESENT_REF)
  {
    name: "this-moment",
    hint: /moment/i,
    // (only after "at": "waited for this moment" names an event, not a time)
    source: `(?<=\\b[Aa]t\\s+)${W("this")}\\s+(?:(?:${alt(MOMENT_ADJECTIVES)})\\s+)?moment(?![\\w'’-])`,
    norm: () => rel("date", "PRESENT_REF"),
  },
  // "now", "currently", "recently", "the future", "these days", "at present"
  {
    name: "ref-word",
    source: `(?<r>${alt([...REF_WORDS.keys()].flatMap((k) => [k, k[0].toUpperCase() + k.slice(1)]))})(?![\\w'’-])`,
    norm: (m) => rel("date", REF_WORDS.get(m.groups!.r.toLowerCase())!),
  },
];

const anchoredCache = new Map<string, RegExp>();
/** The pattern's regex, anchored to the whole string. */
function anchored(p: TimexPattern): RegExp {
  let re = anchoredCache.get(p.name);
  if (!re) {
    re = new RegExp(`^(?:${p.source})$`);
    anchoredCache.set(p.name, re);
  }
  return re;
}

/**
 * Normalizes one temporal expression: the first pattern whose whole match is `text` gives its
 * type and TIMEX3 value. null when no pattern reads the words as a temporal expression.
 */
export function normalizeTimex(text: string, ctx: TimexContext, only?: string): (Timex & { rule: string }) | null {
  const t = text.trim().replace(/\s+/g, " ");
  for (const p of TIMEX_PATTERNS) {
    if (only && p.name !== only) continue;
    const m = anchored(p).exec(t);
    if (!m) continue;
    const r = p.norm(m, ctx);
    if (r) return { ...r, rule: p.name };
  }
  return null;
}

// ---------------------------------------------------------------- tense of the governing verb

const FUTURE_WORDS = new Set(["will", "shall", "won't", "wont", "next", "upcoming", "tomorrow", "soon", "expects", "expect", "anticipates", "payable"]);
// (the base forms too, after a plural subject: "officials hope to reach a deal by Monday", "they intend to vote Friday")
const FUTURE_BEFORE_TO = new Set([
  "expected", "scheduled", "set", "slated", "poised", "planning", "plans", "plan", "planned", "intends", "intend", "aims", "aim",
  "hopes", "hope", "hoping", "expects", "expect", "prepares", "prepare", "preparing",
  "going", "due", "is", "are",
]);
const SCHEDULED_FOR = new Set(["scheduled", "set", "slated", "planned", "rescheduled", "fixed", "penciled", "pencilled"]);
/** Before "planned for": the plan was an earlier one, since changed ("first planned for the spring, was delayed"). */
const FORMER_PLAN = new Set(["first", "originally", "initially", "once", "previously", "earlier"]);
/** After "is"/"are", words that tell of a plan: "is expected Monday", "are slated Wednesday". */
const PLANNED_AFTER_BE = new Set(["expected", "scheduled", "planned", "slated", "set"]);
const MODALS = new Set(["could", "might", "may", "should", "must", "can", "would"]);
const PRESENT_WORDS = new Set(["is", "are", "am", "says", "say", "does", "do"]);
const RELATIVE_WORDS = new Set(["who", "which", "that"]);
/** Before "if", words that make it "whether" (an indirect question, which says nothing of when): "asked if", "see if". */
const FUTURE_NOT_IF = new Set(["asked", "ask", "asks", "asking", "wondered", "wonder", "wonders", "wondering", "see", "saw", "know", "knew", "check", "checked", "unclear", "unsure", "sure", "clear", "decide", "decided", "question", "even", "as"]);
const BOUNDARY_WORDS = new Set(["that", "which", "who", "whom", "whose", "but", "while", "because", "although", "though", "whereas", "and", "when", "where", "if", "since", "after", "before", "until"]);

/** Words before an "-ed" word that make it an adjective, not a past-tense verb: "a revised plan". */
const DETERMINERS = new Set(["a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "your", "my", "any", "no", "each", "every"]);

/** After "has"/"have", words that make it the verb of possession, not a perfect: "has until Monday", "have a vote Friday". */
const HAVE_NOT_PERFECT = new Set(["until", "till", "a", "an", "the", "no", "its", "their", "his", "her", "our", "two", "three", "plans", "talks", "time"]);
/** Before "last", words that make it the verb ("will last", "to last", "did not last"), not the adjective. */
const LASTING_BEFORE = new Set(["will", "shall", "won't", "to", "not", "never", "did", "does", "do", "didn't", "doesn't", "don't", "usually", "rarely", "still", "only"]);
const DO_WORDS = new Set(["do", "does", "did", "don't", "doesn't", "didn't", "not", "never"]);

/** A participle after these takes its tense from them: "will be held", "to be signed"; after a verb of staying it
 * tells of a state ("banks will stay closed until Tuesday", "the road remains blocked"), not of a past. */
const PARTICIPLE_AFTER = new Set(["be", "been", "being", "will", "to", "would", "get", "gets", "stay", "stays", "staying", "remain", "remains", "remaining", "seem", "seems"]);

/** Scheduling verbs that also take an infinitive, telling of now: "continues to fall", "begins to recover". */
const BEFORE_INFINITIVE = new Set(["continue", "continues", "begin", "begins", "start", "starts", "decide", "decides"]);

interface Cue { i: number; tense: Tense }

/**
 * The tense of the verb nearest a temporal expression in its sentence: "signed … on Friday" →
 * past, "is scheduled to visit … in early February" → future, "will meet Friday" → future.
 * Distance counts words; a comma, semicolon or clause word ("that", "but", "and") between the two
 * costs more, so the verb of the expression's own clause wins. `start`/`end` index `sentence`.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  return tenseReader(sentence)(start, end);
}

const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;
const isAsciiLetter = (c: number) => isAsciiLower(c) || (c >= 0x41 && c <= 0x5a);
/** One of , ; : ( ) — –, each a token of its own for tenseReader. */
const isClausePunct = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2014 || c === 0x2013;

/**
 * The words and clause marks tenseReader reads: the matches of /[A-Za-z]+(?:['’][a-z]+)?|[,;:()—–]/g, found by a
 * scan by hand (a match object per word cost more than reading the words): a run of letters, then an apostrophe
 * and lowercase letters when both are there.
 */
export function tenseTokens(sentence: string): { w: string; s: number; e: number }[] {
  const out: { w: string; s: number; e: number }[] = [];
  for (let i = 0; i < sentence.length; ) {
    const c = sentence.charCodeAt(i);
    let end: number;
    if (isAsciiLetter(c)) {
      end = i + 1;
      while (isAsciiLetter(sentence.charCodeAt(end))) end++;
      const q = sentence.charCodeAt(end);
      if ((q === 0x27 || q === 0x2019) && isAsciiLower(sentence.charCodeAt(end + 1))) {
        end += 2;
        while (isAsciiLower(sentence.charCodeAt(end))) end++;
      }
    } else if (isClausePunct(c)) end = i + 1;
    else {
      i++;
      continue;
    }
    out.push({ w: sentence.slice(i, end), s: i, e: end });
    i = end;
  }
  return out;
}

/**
 * `tenseAt` for many expressions of one sentence: the sentence is tokenized and its tense cues found
 * once, and each expression then looks outward for its nearest cues (binary search, prefix sums of
 * the clause boundaries), so a sentence with thousands of dates costs about its length, not its
 * length times its dates.
 */
export function tenseReader(sentence: string): (start: number, end: number) => Tense {
  const toks = tenseTokens(sentence);
  // (lower pushed beside toks, not mapped from them: map's array was of another element kind for an empty
  // sentence, and tenseReader and its closures left their optimized code at it; --trace-deopt: "wrong map")
  const lower: string[] = [];
  for (const t of toks) {
    // (lowerCase: no new string for a word with no capital, most of a sentence's; ’ is rare)
    const l = lowerCase(t.w);
    lower.push(l.includes("’") ? l.replace(/’/g, "'") : l);
  }
  const cues: Cue[] = [];
  for (let i = 0; i < toks.length; i++) {
    // "May 10", "Will Smith": a capitalized word inside a sentence is a name or a date, not a verb
    if (i > 0 && !isLower(toks[i].w)) continue;
    const w = lower[i];
    const next = lower[i + 1] ?? "";
    const prev = lower[i - 1] ?? "";
    let tense: Tense | null = null;
    // "he'd be back Thursday": before "be" the "'d" is "would" ("he'd been" is "had")
    if (FUTURE_WORDS.has(w) || w.endsWith("'ll") || (w.endsWith("'d") && next === "be")) tense = "future";
    else if (w === "going" && next === "to") tense = "future";
    // "payable Dec. 7 to holders of record Nov. 22": a dividend's record date is still ahead
    else if (w === "record" && (prev === "of" || next === "date")) tense = "future";
    else if (FUTURE_BEFORE_TO.has(w) && next === "to" && w !== "is" && w !== "are")
      // "was due to be released in September": a plan already past
      // (also "had been scheduled to expire Friday", "had planned to leave Saturday but stayed")
      tense = prev === "was" || prev === "were" || prev === "had" || (prev === "been" && ["had", "hadn't"].includes(lower[i - 2] ?? "")) ? "past" : "future";
    // "a hearing has been set for Monday", "talks scheduled for Friday": an arrangement is ahead, unless the plan itself
    // is told as past ("was scheduled for Monday", "had been set for Friday", "first planned for the spring")
    else if (SCHEDULED_FOR.has(w) && next === "for")
      tense = prev === "was" || prev === "were" || FORMER_PLAN.has(prev) || (prev === "been" && ["had", "hadn't"].includes(lower[i - 2] ?? "")) ? "past" : "future";
    // "a vote is planned Thursday", "he is expected back Tuesday": a plan told in the present is still ahead
    else if ((w === "is" || w === "are") && (next === "to" || PLANNED_AFTER_BE.has(next))) tense = "future";
    // "he is due in court Monday", "payments due Jan. 15": what is due has not happened yet ("due to" is a cause or
    // a plan, which the line above reads)
    else if (w === "due" && !["to", "process", "diligence", "respect", "care"].includes(next) && prev !== "was" && prev !== "were") tense = "future";
    else if (MODALS.has(w)) tense = next === "have" ? "past" : "future";
    // "has signed", "have already met": a perfect; "Iraq has until Monday", "has a meeting Friday" hold now
    else if ((w === "has" || w === "have") && next !== "to") tense = HAVE_NOT_PERFECT.has(next) ? "present" : "past";
    else if (w === "had" && next !== "to") tense = "past";
    // "if she were to win in November", "the council was to meet Thursday": a plan or a supposition told from the past,
    // which says nothing of which side of now the time lies ("was to blame" is no plan)
    else if ((w === "was" || w === "were") && next === "to" && lower[i + 2] !== "blame") tense = "unknown";
    // "last" tells of the past as an adjective ("last week"); after a modal, "to" or "will" it is the verb of lasting
    // ("could last until Wednesday", "is expected to last through May"), which the word before decides
    else if (w === "ago" || (w === "last" && !MODALS.has(prev) && !LASTING_BEFORE.has(prev)) || w === "yesterday" || w === "earlier" || w === "previously") tense = "past";
    else if (IRREGULAR_PAST.has(w) && isLower(toks[i].w) && (!PARTICIPLE_AFTER.has(prev) || w === "was" || w === "were")) tense = "past";
    // "the storm hit early Thursday", "the bank cut rates Friday": a past the same as the base form, told as news; not
    // after a modal, "to", "will", "do" ("could hit Thursday") nor a determiner ("a rate cut", "the cost")
    else if (SAME_AS_BASE_PAST.has(w) && i > 0 && !PARTICIPLE_AFTER.has(prev) && !MODALS.has(prev) && !DO_WORDS.has(prev) && !DETERMINERS.has(prev) && !/['’]s$/.test(prev)) tense = "past";
    // "-ed" after a determiner is an adjective: "on a still unspecified date in January", "the revised plan"
    else if ((/^[a-z]{3,}ed$/.test(toks[i].w) || sentenceOpeningParticiple(toks, i)) && !NOT_PAST_ED.has(w) && !PARTICIPLE_AFTER.has(prev) && !DETERMINERS.has(prev) && !(DETERMINERS.has(lower[i - 2] ?? "") && /ly$|^still$/.test(prev)))
      tense = "past";
    else if (PRESENT_WORDS.has(w)) tense = "present";
    // "the front-runner for the seat if Democrats win the White House in November": a condition told in the present
    // looks ahead; a verb of its own between it and the expression ("if he won in May", "if it had rained") is nearer
    // and decides instead
    else if ((w === "if" || w === "unless") && !FUTURE_NOT_IF.has(prev)) tense = "future";
    // "voters go to the polls Sunday", "the ban takes effect Monday": a scheduling verb in the present, not a
    // noun ("the vote", "a visit") nor an infinitive ("to meet", which the words before it decide)
    // ("continues to fall after Friday's drop", "begins to recover": before "to" such a verb takes an infinitive and tells
    // of now; "heads to the polls Sunday", "meets to discuss it Monday" still look ahead)
    else if (SCHEDULE_PRESENT_VERBS.has(w) && i > 0 && !DETERMINERS.has(prev) && prev !== "to" && !MODALS.has(prev) && !/^(?:did|does|do|didn't|doesn't|don't)$/.test(prev) && !/['’]s$/.test(prev) && !(next === "to" && BEFORE_INFINITIVE.has(w))) tense = "future";
    if (tense) cues.push({ i, tense });
  }
  // boundaries[k] / commas[k]: clause boundaries / commas among the first k tokens
  const boundaries = [0];
  const commas = [0];
  toks.forEach((t, k) => {
    boundaries.push(boundaries[k] + ((t.w.length === 1 && PUNCT_BOUNDARIES.includes(t.w)) || BOUNDARY_WORDS.has(lower[k]) ? 1 : 0));
    commas.push(commas[k] + (t.w === "," ? 1 : 0));
  });
  return (start, end) => {
    if (!cues.length) return "unknown";
    // the tokens inside the expression: those starting at or after `start` that end by `end`
    let firstInside = countBefore(toks, start, (t) => t.s);
    let lastInside = countBefore(toks, end, (t) => t.e, true) - 1;
    if (firstInside > lastInside) {
      // an expression of digits only ("Jan. 13"): place it by offset
      firstInside = countBefore(toks, end, (t) => t.s);
      lastInside = firstInside - 1;
    }
    // the cues outside the expression: those before it, then those after it
    const before = countBefore(cues, firstInside, (c) => c.i);
    const after = countBefore(cues, lastInside, (c) => c.i, true);
    if (before === 0 && after === cues.length) return "unknown";
    // "rebels who attacked the village Sunday are still at large": a verb right after a relative word, with no clause
    // boundary between it and the expression, opens a clause that holds the expression; the verb after it is the
    // main clause's, which the relative clause sits in, so it does not govern the expression
    const b = before > 0 ? cues[before - 1].i : -1;
    const inRelative = b > 0 && RELATIVE_WORDS.has(lower[b - 1]) && boundaries[firstInside] === boundaries[b + 1];
    const cost = (c: Cue) => {
      const [a, b] = c.i < firstInside ? [c.i, firstInside] : [lastInside, c.i];
      // every token between, and 8 more per boundary between (tokens a+1 … b-1)
      let n = b - a + (b > a + 1 ? 8 * (boundaries[b] - boundaries[a + 1]) : 0);
      const comma = b > a + 1 && commas[b] > commas[a + 1];
      // "will meet … in mid-February, a spokesman said": the attribution says when it was said, not when;
      // but "In May, it unveiled plans": with no verb before a fronted date, the verb after is its own
      if (c.i > lastInside && comma && ATTRIBUTION_VERBS.has(lower[c.i]) && before > 0) n += 20;
      if (c.i > lastInside && inRelative) n += 20;
      return n + (c.i > lastInside ? 0.5 : 0);
    };
    // A cue's cost grows by at least 1 per token of distance, so of the cues before the expression only the
    // nearest can win, and of those after only the ones within 20 tokens (the attribution penalty) of the
    // nearest. They are compared in text order, the first lowest winning, as over every cue.
    const near: Cue[] = before > 0 ? [cues[before - 1]] : [];
    for (let k = after; k < cues.length && cues[k].i - cues[after].i <= 20; k++) near.push(cues[k]);
    let best = near[0];
    for (const c of near) if (cost(c) < cost(best)) best = c;
    return best.tense;
  };
}
/** `w === w.toLowerCase()`, with no new string when `w` is ASCII (lowercasing ASCII changes only A-Z). */
function isLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return false;
    if (c >= 0x80) return w === w.toLowerCase();
  }
  return true;
}
/** The one-character tokens of tenseReader that bound a clause. */
const PUNCT_BOUNDARIES = ",;:()—–";
/** "Asked Monday whether he would go, …", "Reached by telephone, …": an "-ed" participle opening the sentence tells
 * of the past; a capitalized word before a capitalized name ("Ahmed Chalabi said") is itself a name. */
const sentenceOpeningParticiple = (toks: { w: string }[], i: number) =>
  i === 0 && /^[A-Z][a-z]{2,}ed$/.test(toks[0].w) && /^(?:[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$)/.test(toks[1]?.w ?? "");

export { AMBIGUOUS_MONTHS, monthOf, weekdayOf };
