// A publication date stated by the article's own text, near its top:
//   a date line  "Sunday, February 7, 2021 | Politics", "Published 14 June 2022",
//                "By Jane Doe | June 14, 2022, 10:00 AM ET", "Updated 3:45 PM EDT, Fri September 20, 2019"
//   a dateline   "WASHINGTON, Sept. 20, 2019 (Reuters) –"; without a year ("WASHINGTON, Sept. 20
//                (Reuters) –") only when the text states the year elsewhere in its header or in a
//                copyright notice ("© 2019 Reuters"): a year is never guessed.
// A date inside a photo caption or a sentence is not a date line: the rest of the line must be
// header words (published, updated, by, a name, an outlet, a time), never a sentence.
// Sidecars, HTML metadata and file names are read by pipeline/ingest.ts, which asks this module
// only when they say nothing.
import { extractDates } from "./dates.js";
import { MONTHS } from "./lexicon/months.js";

export interface FoundPublicationDate {
  /** YYYY-MM-DD */
  value: string;
  /** The rule that read it: "date-line", "published-line", "updated-line", "dateline", "dateline+copyright-year". */
  rule: string;
  /** The line (or the dateline) it was read from. */
  text: string;
}

/** Words a date line may hold besides the date, a time and names. */
const HEADER_WORDS = new Set([
  "published", "posted", "updated", "last", "first", "modified", "date", "dated", "on", "at", "by", "and", "the", "of",
  "am", "pm", "a.m", "p.m", "et", "est", "edt", "gmt", "utc", "bst", "cet", "cest", "pt", "pst", "pdt", "ct", "cst", "cdt",
  "local", "time", "min", "mins", "minute", "minutes", "read", "comments", "comment", "share", "print", "email", "staff",
  "reporter", "correspondent", "editor", "writer", "contributor", "news", "online", "from", "in", "hrs", "ist",
]);

/** Words that mark a photo caption or a credit line. */
const CAPTION_CUES =
  /\b(?:Getty Images|AP Photo|AFP|Photo(?:graph)?s?:|\(Photo|File photo|FILE PHOTO|FILE\s[-–—]|Image(?: credit)?:|Credit:|Pictured|pictured|poses?|stands?|walks?|waits?|hugs?|looks on|gestures?|attends?|is seen|are seen|via Getty|NurPhoto|Shutterstock|EPA|Xinhua\/)\b/;

/** A date stated to the day names its year, in digits or in number words ("nineteen ninety-one", "two thousand
 * and two", "twenty twenty-one"): a header line with neither states none, and is not read for dates at all
 * (most of the first lines are a headline and short paragraphs, and reading each for dates was most of the cost). */
const MAY_STATE_YEAR = /\d|thousand|hundred|teen|twenty/i;

/** The dates a line states to the day: [value, start, end] for each. */
function fullDates(line: string) {
  if (!MAY_STATE_YEAR.test(line)) return [];
  return extractDates(line, null).items.filter((d) => d.certain && d.value && /^\d{4}-\d{2}-\d{2}/.test(d.value));
}

/**
 * Reads one line as a date line; null when it is anything else (a sentence, a caption, a line
 * with no date or with two). "Published 14 June 2022" → { value: "2022-06-14", rule: "published-line" }.
 */
export function readDateLine(line: string): FoundPublicationDate | null {
  const l = line.trim();
  if (!l || l.length > 120 || CAPTION_CUES.test(l) || !MAY_STATE_YEAR.test(l)) return null;
  // what is left once dates, times and weekdays are taken out must be header words or names. (Checked before the
  // dates stated to the day are read: each check only refuses the line, so the order changes no answer, and most
  // short lines with a number are sentences that this check refuses after one reading for dates instead of two.)
  const everything = extractDates(l, "2000-01-01").items;
  let rest = "";
  let last = 0;
  for (const d of everything) {
    rest += ` ${l.slice(last, d.start)} `;
    last = d.end;
  }
  rest += l.slice(last);
  const words = rest.match(/[\p{L}][\p{L}.'’-]*/gu) ?? [];
  let names = 0;
  for (const w of words) {
    const k = w.toLowerCase().replace(/\.$/, "");
    if (HEADER_WORDS.has(k)) continue;
    if (/^\p{Lu}/u.test(w)) {
      names++;
      continue;
    }
    return null; // a lowercase word that is not a header word: a sentence or a caption
  }
  if (names > 8) return null;
  const dates = fullDates(l);
  if (!dates.length) return null;
  const distinct = new Set(dates.map((d) => d.value!.slice(0, 10)));
  if (distinct.size > 1 && !/\b(?:published|posted)\b/i.test(l)) return null;
  // "Published … Updated …": the published date; "Updated …" alone: the update, marked as such
  const published = l.match(/\b(?:published|posted|first published)\b/i);
  let chosen = dates[0];
  if (published) chosen = dates.find((d) => d.start > published.index!) ?? dates[0];
  const rule = published ? "published-line" : /\b(?:updated|modified)\b/i.test(l.slice(0, chosen.start)) ? "updated-line" : "date-line";
  return { value: chosen.value!.slice(0, 10), rule, text: l };
}


const AGENCY = "(?:\\s*\\([^)\\n]{1,40}\\))?";
// "WASHINGTON, Sept. 20 (Reuters) –", "SAN SALVADOR, El Salvador, Jan. 24, 2025 (AP) —", "LONDON, 14 June (Reuters) -"
const DATELINE = new RegExp(
  `^(?<place>[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\\s+[A-Z][A-Za-z.'’ -]{1,30})?),\\s+` +
    `(?<date>(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}(?:,\\s+(?:19|20)\\d\\d)?|\\d{1,2}\\s+[A-Z][a-z]{2,8}(?:\\s+(?:19|20)\\d\\d)?))` +
    `${AGENCY}\\s*[-–—]`,
);

const COPYRIGHT_YEAR = /(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d\d)\b/gi;

/** The year a copyright notice states, when there is exactly one. */
function copyrightYear(text: string): string | null {
  const years = new Set([...text.matchAll(COPYRIGHT_YEAR)].map((m) => m[1]));
  return years.size === 1 ? [...years][0] : null;
}

function readDateline(text: string, firstLines: string[]): FoundPublicationDate | null {
  for (const line of firstLines) {
    const m = line.trim().match(DATELINE);
    if (!m) continue;
    const datePart = m.groups!.date;
    const full = fullDates(datePart);
    if (full.length) return { value: full[0].value!.slice(0, 10), rule: "dateline", text: m[0] };
    // a dateline without its year: the year only from the text's own header or copyright notice
    const mon = datePart.match(/[A-Z][a-z]{2,8}/)?.[0] ?? "";
    const month = MONTHS.get(mon.toLowerCase().slice(0, 3));
    const day = Number(datePart.match(/\d{1,2}/)?.[0]);
    if (!month || !day) return null;
    const headerYears = new Set(firstLines.flatMap((l) => fullDates(l).map((d) => d.value!.slice(0, 4))));
    const year = headerYears.size === 1 ? [...headerYears][0] : copyrightYear(text);
    if (!year) return null;
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const valid = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(valid.getTime()) || valid.toISOString().slice(0, 10) !== iso) return null;
    return { value: iso, rule: headerYears.size === 1 ? "dateline+header-year" : "dateline+copyright-year", text: m[0] };
  }
  return null;
}

/** The first `max` lines of `text` that hold more than white space: text.split("\n").filter(trim).slice(0, max), read only that far. */
function firstLines(text: string, max: number): string[] {
  const out: string[] = [];
  for (let pos = 0; pos <= text.length && out.length < max; ) {
    let next = text.indexOf("\n", pos);
    if (next < 0) next = text.length;
    const line = text.slice(pos, next);
    if (line.trim()) out.push(line);
    pos = next + 1;
  }
  return out;
}

/**
 * The publication date the text states near its top, with the rule that read it. A "Published"
 * line wins over a plain date line, which wins over an "Updated" line; a dateline comes last.
 */
export function findPublicationDateIn(text: string, maxLines = 10): FoundPublicationDate | null {
  const lines = firstLines(text, maxLines);
  const found = lines.map(readDateLine).filter((d): d is FoundPublicationDate => d !== null);
  const rank = (d: FoundPublicationDate) => (d.rule === "published-line" ? 0 : d.rule === "date-line" ? 1 : 2);
  const best = found.sort((a, b) => rank(a) - rank(b))[0];
  if (best && best.rule !== "updated-line") return best;
  return readDateline(text, lines.slice(0, 4)) ?? best ?? null;
}

/** The first date line among the first few lines of `text`, as YYYY-MM-DD. */
export function findPublicationDate(text: string, maxLines = 10): string | null {
  return findPublicationDateIn(text, maxLines)?.value ?? null;
}
