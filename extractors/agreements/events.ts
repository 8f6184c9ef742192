// Step 4, type and date: a frame that reports a completed event becomes an AgreementEvent on its
// agreement (registry name, kind and fixed parties), with the acting party when one party acts
// alone, dated by the time expression of its own clause from the dates extractor.
import { PRESENT_ENTRY } from "../lexicon/agreement-terms.js";
import { MONTH_NAMES } from "../lexicon/months.js";
import type { AgreementEvent, DateRef, Span, TemporalExpression } from "../../pipeline/schemas.js";
import { normalizeTimex } from "../timex.js";
import { HEDGE, isFrontedDate, type Frame } from "./frames.js";

// "which" opens a relative clause whose verb the date belongs to: "withdrew from the accord, which takes effect in 2020"
// ("when" is absent: a when-clause and its main clause share their time, "in 2002, when Washington left the treaty")
const SUBORDINATOR = /\b(?:after|before|since|until|while|because|once|whereas|which)\b/i;
// "withdrew from the CFE treaty, an agreement signed in 1990": an apposition or participle phrase after the
// agreement describes it, and a date there is its own verb's ("signed"), not the trigger's
const APPOSITION_AFTER = /^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,4}?(?:agreement|treaty|pact|deal|accord|convention|protocol|arrangement|compact)\b|(?:signed|concluded|negotiated|agreed|ratified|adopted|reached|struck|brokered)\b)/i;
const value = (d: TemporalExpression) => (d.value && d.type !== "duration" && d.type !== "set" && !/_REF$/.test(d.value) && /^\d{4}/.test(d.value) ? d.value.replace(/T.*$/, "") : null);

const DEICTIC = /^(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** "signed today, 16 July 2023", "on Sunday (July 16)": a word for the day restated as a calendar date is that date. */
export function restated<T extends TemporalExpression>(text: string, d: T, dates: readonly T[]): T {
  if (!DEICTIC.test(d.text.trim())) return d;
  const next = dates.find((e) => e.start >= d.end && e.start - d.end <= 4 && /^\s*[,(]\s*$/.test(text.slice(d.end, e.start)));
  return next && /^\d{4}-\d{2}-\d{2}/.test(next.value ?? "") ? next : d;
}

/** The first day a value covers, to compare with the publication date: "2016-04" → "2016-04-01". */
const firstDay = (v: string) => {
  const m = v.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  return m ? `${m[1]}-${m[2] ?? "01"}-${m[3] ?? "01"}` : null;
};

const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50 };
// "Three years ago today", "10 years ago this month": an anniversary, read from the report's own day
const AGO_BEFORE = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|\d{1,3})\s+(years?|months?)\s+ago\s*,?\s*$/i;
const ANNIVERSARY_DAY = /^(?:today|this day)$/i;
const ANNIVERSARY_MONTH = /^this month$/i;

/** The day (or month) `n` years or months before the report: "three years ago today" in a report of 2025-07-22 is 2022-07-22. */
export function anniversary(published: string, n: number, unit: "year" | "month", day: boolean): string | null {
  const m = published.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return null;
  const months = Number(m[1]) * 12 + Number(m[2]) - 1 - (unit === "year" ? 12 * n : n);
  const y = Math.floor(months / 12);
  const mo = (months % 12) + 1;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate(); // 29 February in a common year: the 28th
  const ym = `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}`;
  return day ? `${ym}-${String(Math.min(Number(m[3]), last)).padStart(2, "0")}` : ym;
}

/** "today" after "N years ago": the anniversary the words name, not the report's day. */
function anniversaryOf(text: string, d: TemporalExpression, published: string | null): DateRef | null {
  const day = ANNIVERSARY_DAY.test(d.text);
  if (!published || !(day || ANNIVERSARY_MONTH.test(d.text))) return null;
  const ago = text.slice(Math.max(0, d.start - 40), d.start).match(AGO_BEFORE);
  if (!ago) return null;
  const n = COUNT[ago[1].toLowerCase()] ?? Number(ago[1]);
  const v = n > 0 ? anniversary(published, n, ago[2].toLowerCase().startsWith("year") ? "year" : "month", day) : null;
  return v ? { value: v, text: text.slice(d.start - ago[0].length, d.end) } : null;
}

/**
 * The date of the frame's clause nearest its trigger, outside the agreement's own name ("the 1951
 * Refugee Convention" names the agreement, it does not date the event), and no later than the
 * report: a completed event is in the past, so a weekday is read back ("on Saturday").
 */
export function dateOf(text: string, frame: Frame, dates: readonly TemporalExpression[], published: string | null, sentenceStart = frame.clause.start, dir: "past" | "future" = "past", otherCues: readonly Span[] = []): DateRef | null {
  // "rejoined on Friday, four months after it left": a date across a subordinator dates the other verb
  const between = (d: Span) => (d.start >= frame.cue.end ? text.slice(frame.cue.end, d.start) : text.slice(d.end, frame.cue.start));
  // "NAFTA, which the USMCA replaced, took effect in 1994": a relative clause's verb takes no date past the comma that closes it
  const closed = (d: Span) => (frame.link === "relative" && d.start >= frame.cue.end && /[,;]/.test(between(d))) || (frame.link === "object" && d.start >= frame.ref.end && APPOSITION_AFTER.test(text.slice(frame.ref.end, d.start)));
  // "entered into force in 1999, and 164 states joined it": a date right after another trigger is that verb's
  // (another frame's trigger: a verb of an agreement, not "signed a law on Wednesday suspending …")
  const otherVerbs = (d: Span) => d.end <= frame.cue.start && otherCues.some((c) => c.start !== frame.cue.start && c.end <= d.start && c.start >= frame.clause.start);
  const inClause = dates.filter((d) => d.start >= frame.clause.start && d.end <= frame.clause.end && value(d) && !(d.start >= frame.ref.start && d.end <= frame.ref.end) && (!SUBORDINATOR.test(between(d)) || isFrontedDate(text, sentenceStart, d, frame.cue.start)) && !closed(d) && !otherVerbs(d));
  if (!inClause.length) return null;
  const gap = (d: Span) => (d.start >= frame.cue.end ? d.start - frame.cue.end : frame.cue.start - d.end + 10);
  // the nearest date that can be a completed event's: one after the report is read back, else the next nearest
  const sorted = [...inClause].sort((a, b) => gap(a) - gap(b));
  // "takes effect on Friday": a schedule, its weekday read ahead
  if (dir === "future") {
    const ahead = published ? normalizeTimex(sorted[0].text, { dct: published, tense: "future" })?.value : null;
    return { value: ahead && /^\d{4}/.test(ahead) ? ahead.replace(/T.*$/, "") : value(sorted[0])!, text: sorted[0].text };
  }
  for (const nearest of sorted) {
    const best = restated(text, nearest, dates);
    const back = anniversaryOf(text, best, published);
    if (back) return back;
    const v = value(best)!;
    if (!published || firstDay(v)! <= published) return { value: v, text: best.text };
    const again = normalizeTimex(best.text, { dct: published, tense: "past" })?.value;
    if (again && firstDay(again)! <= published) return { value: again, text: best.text };
  }
  return null;
}

const MONTH = MONTH_NAMES.join("|");
// "1714 - The Treaty of Baden was signed": a line of a historical calendar opens with its year
const CALENDAR_LINE = /^[ \t]*(\d{3,4})[ \t]*[-–—:][ \t]+\S/;
// its day is the heading above the list: "September 7", "On this day: 7 September", "Today in history: September 7"
const DAY_HEADING = new RegExp(`^[ \\t]*(?:(?:today|(?:on )?this day)(?: in history)?[:,]?[ \\t]*)?(?:(${MONTH})[ \\t]+(\\d{1,2})|(\\d{1,2})[ \\t]+(${MONTH}))[ \\t]*$`, "i");

/**
 * The date a historical calendar gives the line that holds `at`: its year, and the day of the heading
 * above the list when the lines between are calendar lines too (or blank), else the year alone.
 */
export function calendarDate(text: string, at: number): DateRef | null {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  const line = text.slice(lineStart, text.indexOf("\n", lineStart) < 0 ? text.length : text.indexOf("\n", lineStart));
  const year = line.match(CALENDAR_LINE);
  if (!year || at - lineStart > 200) return null;
  const y = year[1].padStart(4, "0");
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < 80; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const above = text.slice(start, end);
    const day = above.match(DAY_HEADING);
    if (day) {
      const month = MONTH_NAMES.indexOf((day[1] ?? day[4]).toLowerCase()) + 1;
      const d = Number(day[2] ?? day[3]);
      if (d >= 1 && d <= 31) return { value: `${y}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`, text: `${above.trim()}, ${year[1]}` };
    }
    if (above.trim() && !CALENDAR_LINE.test(above)) break;
    end = start - 1;
  }
  return { value: y, text: year[1] };
}

// "the deal, brokered the week before by …": with no other date in its sentence, the period before the report's own
const PERIOD_BEFORE = /^\s+the\s+(week|month|year)\s+before\b(?!\s+(?:the|last|that|it|its|\p{Lu}|\d))/u;

/** "brokered the week before" in a report with no other anchor: the report's last week (month, year). */
export function periodBefore(text: string, frame: Frame, dates: readonly TemporalExpression[], published: string | null): DateRef | null {
  const m = text.slice(frame.cue.end, frame.clause.end).match(PERIOD_BEFORE);
  if (!m || !published) return null;
  const sentence = dates.filter((d) => d.start >= frame.clause.start && d.end <= frame.clause.end && value(d));
  if (sentence.length) return null;
  const v = normalizeTimex(`last ${m[1].toLowerCase()}`, { dct: published, tense: "past" })?.value;
  return v ? { value: v, text: m[0].trim() } : null;
}

export function eventsOf(text: string, frames: readonly Frame[], dates: readonly TemporalExpression[], published: string | null, sentenceOf: (at: number) => Span | undefined): AgreementEvent[] {
  const out: AgreementEvent[] = [];
  for (const f of frames) {
    if (!f.type) continue;
    const single = f.trigger.single || f.type === "announced";
    const sentence = sentenceOf(f.start);
    // "The accord takes effect on Friday": a present-tense entry into force is a schedule; dated after the report it is expected
    const scheduled = f.type === "entered_into_force" && PRESENT_ENTRY.test(f.cue.text);
    const cues = frames.filter((g) => g !== f && g.clause.start === f.clause.start).map((g) => g.cue);
    const date = dateOf(text, f, dates, published, sentence?.start, scheduled ? "future" : "past", cues) ?? periodBefore(text, f, dates, published) ?? calendarDate(text, f.start);
    const first = date?.value ? firstDay(date.value) : null;
    const type = scheduled && first && published && first > published ? "expected_in_force" : f.type;
    out.push({
      text: f.text,
      start: f.start,
      end: f.end,
      type,
      parties: f.agreement.parties,
      kind: f.agreement.kind,
      name: f.agreement.name,
      party: single ? f.party : null,
      date,
      hedged: Boolean(sentence && HEDGE.test(sentence.text)),
      speaker: null,
      rule: `frame-${f.trigger.rule}-${f.link}-${f.agreement.rule}${f.ref.rule === f.agreement.rule ? "" : `-${f.ref.rule}`}`,
      // an anaphor's link is inferred, the name's is stated
      certain: f.ref.rule === "registry" || f.ref.rule === "proper-name",
    });
  }
  return out;
}
