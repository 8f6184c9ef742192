// A publication date stated by the article's own date line, near the top of the text:
// "Sunday, February 7, 2021 | …", "Published 14 June 2022", "Sept. 20, 2019". A date inside a
// photo caption or a sentence is not a date line.
import { MONTHS } from "./lexicon/months.js";

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
const LEAD = "(?:(?:Published|Posted|Updated|Last updated|Date)(?:\\s+on)?\\s*:?\\s*)?";
const TAIL = "(?:\\s*(?:[|·•–—-].*|\\d{1,2}:\\d{2}.*|at\\s.*)?)$";
const MDY = new RegExp(`^${LEAD}${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TAIL}`, "i");
const DMY = new RegExp(`^${LEAD}${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TAIL}`, "i");
const ISO = new RegExp(`^${LEAD}(\\d{4})-(\\d{2})-(\\d{2})${TAIL}`, "i");

function iso(year: string, month: number, day: string): string | null {
  const s = `${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
}

const monthNumber = (word: string) => MONTHS.get(word.toLowerCase().replace(/\.$/, "").slice(0, 3)) ?? 0;

/** Reads one line as a date line; null when it is anything else. */
export function parseDateLine(line: string): string | null {
  const l = line.trim();
  if (l.length > 90) return null;
  let m = l.match(MDY);
  if (m) return iso(m[3], monthNumber(m[1]), m[2]);
  m = l.match(DMY);
  if (m) return iso(m[3], monthNumber(m[2]), m[1]);
  m = l.match(ISO);
  if (m) return iso(m[1], Number(m[2]), m[3]);
  return null;
}

/** The first date line among the first few lines of `text`, as YYYY-MM-DD. */
export function findPublicationDate(text: string, maxLines = 8): string | null {
  const lines = text.split("\n").filter((l) => l.trim()).slice(0, maxLines);
  for (const line of lines) {
    const d = parseDateLine(line);
    if (d) return d;
  }
  return null;
}
