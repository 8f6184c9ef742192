// Dates as pages write them, to YYYY-MM-DD. Machine values (ISO 8601, RFC 2822, epoch seconds)
// and human ones ("November 18, 2019", "18. November 2019", "18.11.2019"), and dates in URLs.
// Finding is kept apart from reading: `findDateIn` finds a span, `readDate` reads it.
import { isRealDay } from "../days.js";
import { DATE_LINE_WORDS, MONTH_ALTERNATION, MONTH_WORDS, PUBLISHED_WORDS, UPDATED_WORDS } from "./date-words.js";

const MIN_YEAR = 1990;
const MAX_YEAR = 2099;

/** YYYY-MM-DD when the parts make a real calendar day in a plausible year, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= MIN_YEAR && year <= MAX_YEAR) || !isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const twoDigitYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const monthOf = (word: string) => MONTH_WORDS.get(word.toLowerCase().replace(/\.$/, "")) ?? 0;

const M = `(${MONTH_ALTERNATION})\\.?`;
const D = "(\\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\\.?";
const Y = "((?:19|20)\\d{2})";

/** Ordered ways a date is written; the first that matches a span wins. */
const DATE_RULES: { name: string; re: RegExp; read: (m: RegExpExecArray, dayFirst: boolean) => string | null }[] = [
  // "2019-11-18", "2019/11/18", "2019.11.18", "2019-11-18T23:30:00-05:00"
  { name: "ymd", re: /(?<![\d.])((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/, read: (m) => isoDate(+m[1], +m[2], +m[3]) },
  // "November 18, 2019", "Nov. 18th 2019", "Monday, November 18, 2019", "November 18,2019"
  { name: "mdy", re: new RegExp(`(?<![\\p{L}])${M}\\s+${D}(?:,\\s*|\\s+)${Y}(?!\\d)`, "iu"), read: (m) => isoDate(+m[3], monthOf(m[1]), +m[2]) },
  // "18 November 2019", "18. November 2019", "18 de noviembre de 2019", "18 nov. 2019", "18 d’abril del 2019" (Catalan),
  // "18 tháng 11 năm 2019" (Vietnamese), "18th of November 2019", "18-Nov-2019", "18/Nov/2019"
  {
    name: "dmy",
    re: new RegExp(`(?<![\\d.])${D}(?:\\s*(?:de\\s+|d['’]\\s*|of\\s+)?|[-/])${M}(?:,?\\s+(?:del?\\s+|năm\\s+)?|,|[-/])${Y}(?!\\d)`, "iu"),
    read: (m) => isoDate(+m[3], monthOf(m[2]), +m[1]),
  },
  // "18.11.2019", "18.11.19" (day first, as in Europe), "18.11.2019." (a stop after the year, as Croatian and Serbian write it)
  { name: "dmy-dots", re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)?\d{2})(?!\d|\.\d)/, read: (m) => isoDate(twoDigitYear(m[3]), +m[2], +m[1]) },
  // "11/18/2019" (month first in US English, day first elsewhere, unless a number cannot be a month)
  {
    name: "slashes",
    re: /(?<![\d/])(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})(?![\d/])/,
    read: (m, dayFirst) =>
      +m[1] > 12 || (dayFirst && +m[2] <= 12) ? isoDate(+m[3], +m[2], +m[1]) : isoDate(+m[3], +m[1], +m[2]),
  },
  // "2019年11月18日" (Chinese, Japanese), "2019년 11월 18일" (Korean)
  { name: "ymd-cjk", re: /(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/, read: (m) => isoDate(+m[1], +m[2], +m[3]) },
  // "2019. november 18." (Hungarian writes the year first)
  { name: "ymd-words", re: new RegExp(`(?<![\\d.])${Y}\\.\\s+${M}\\s+(\\d{1,2})\\.(?!\\d)`, "iu"), read: (m) => isoDate(+m[1], monthOf(m[2]), +m[3]) },
  // "November 2019" is a month, not a day: not read here on purpose
];

// digits other scripts write (Arabic-Indic, Persian, Devanagari, Bengali, full-width) as ASCII, one for one
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0xff10];
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\uff10-\uff19]/g;

/** "١٧ أغسطس ٢٠٢٠" → "17 أغسطس 2020": the same length, so spans found in the result hold in the original. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGITS, (c) => {
    const code = c.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

export interface FoundDate {
  value: string;
  start: number;
  end: number;
  rule: string;
}

const TWO_DIGITS = /\d\d/;

/** The first date written in `text`, with its span. */
export function findDateIn(text: string, dayFirst = false): FoundDate | null {
  text = asciiDigits(text);
  // every way of writing a date below has two digits in a row (a year, or a day and month in "18.11.19"): most of the
  // lines the readers try hold none, and need not go through the patterns
  if (!TWO_DIGITS.test(text)) return null;
  let best: FoundDate | null = null;
  for (const rule of DATE_RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const value = rule.read(m, dayFirst);
    if (value && (!best || m.index < best.start)) best = { value, start: m.index, end: m.index + m[0].length, rule: rule.name };
  }
  return best;
}

/** A machine-readable date value (a meta tag's content, a datetime attribute, JSON-LD) to YYYY-MM-DD. */
export function readDate(value: unknown, dayFirst = false): string | null {
  if (typeof value === "number") return fromEpoch(value);
  if (typeof value !== "string") return null;
  const s = asciiDigits(value.trim());
  if (!s) return null;
  // epoch seconds or milliseconds: "1574112000", "1574112000000"
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));
  // a compact "20191118" or "20191118T120000"
  const compact = s.match(/^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|$)/);
  if (compact) return isoDate(+compact[1], +compact[2], +compact[3]);
  return findDateIn(s, dayFirst)?.value ?? null;
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e12 ? n : n * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A date in a URL path: "/2019/11/18/", "/2019-11-18-", "/20191118/", "-20191115/". */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path = url;
  try {
    path = new URL(url, "http://x.invalid/").pathname;
  } catch {
    // not a URL: read it as a path
  }
  const ymd = path.match(/(?<!\d)((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)/);
  if (ymd) return isoDate(+ymd[1], +ymd[2], +ymd[3]);
  const compact = path.match(/(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])/);
  if (compact) return isoDate(+compact[1], +compact[2], +compact[3]);
  return null;
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PUBLISHED_LEAD = new RegExp(`^\\s*(?:${PUBLISHED_WORDS.map(escape).join("|")})(?:\\s+(?:on|am|le|el|il|op))?\\s*:?\\s*`, "i");
const UPDATED_LEAD = new RegExp(`(?:^|\\s|\\||\\(|\\[)(?:${UPDATED_WORDS.map(escape).join("|")})(?:\\s+(?:on|am|le|el|il|op))?\\s*:?\\s*`, "i");

export interface DateLine {
  published: string | null;
  modified: string | null;
}

/**
 * A short visible line that is only a date, perhaps with a lead word and a time:
 * "Published November 20th, 2019 - 07:50 GMT", "Updated: 18.11.2019, 12:04", "Nov. 18, 2019".
 * Null when the line says more than that.
 */
export function readDateLine(line: string, dayFirst = false): DateLine | null {
  const l = asciiDigits(line.replace(/\s+/g, " ").trim());
  if (l.length > 120 || l.length < 6) return null;
  // "— Jane Doe (@jdoe) November 1, 2019" signs an embedded post: not the page's date line
  if (/^[—–-]|@\w/.test(l)) return null;
  const found = findDateIn(l, dayFirst);
  if (!found) return null;
  // what is left once the date, times, zones and separators are gone must be only lead words
  const rest = (l.slice(0, found.start) + " " + l.slice(found.end))
    .replace(/\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, " ")
    .replace(/\b(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|pst|pdt|ist|aest|et|pt)\b([+-]\d{1,2}(?::?\d{2})?)?/gi, " ")
    .replace(/[|·•,;:()\-–—/]+/g, " ")
    .trim();
  // "29 November 2018 | 20 January 2019", "2018.04.05 ~ OPEN RUN": a range or an event, not a date line
  if (findDateIn(rest) || /~/.test(l)) return null;
  // a stop after the year ("23. ožujka 2020.") is no word
  const words = rest.toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, "")).filter(Boolean);
  if (words.some((w) => !DATE_LINE_WORDS.has(w))) return null;
  const lead = l.slice(0, found.start);
  if (UPDATED_LEAD.test(lead)) return { published: null, modified: found.value };
  return { published: found.value, modified: null };
}

/** "Published 18 Nov 2019 … Updated 19 Nov 2019" inside a longer line: the published part. */
export function publishedInLine(line: string, dayFirst = false): string | null {
  const l = line.replace(/\s+/g, " ").trim();
  const m = PUBLISHED_LEAD.exec(l);
  if (!m) return null;
  const found = findDateIn(l.slice(m[0].length, m[0].length + 60), dayFirst);
  return found && found.start < 25 ? found.value : null;
}

/** Whether a page's language writes "3/4/2019" day first: everywhere but US English (and bare "en"). */
export function writesDayFirst(lang: string | null | undefined): boolean {
  const l = (lang ?? "").trim().toLowerCase();
  return !!l && !/^en(-us)?$/.test(l) && !/^(en-ph|en-ca|fil|tl)$/.test(l);
}
