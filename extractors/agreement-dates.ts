// A small fallback for dating agreement events when no dates extractor ran before this one:
// "on Friday", "In July", "this summer", "September 20, 2019", "in 2020", "last year".
// Values are TIMEX3, resolved against the publication date; past events look back, planned
// ones (expected_in_force) look ahead. The dates extractor, when present, is preferred.
import type { TemporalExpression } from "../pipeline/schemas.js";
import { MONTHS } from "./lexicon/months.js";

// full names end at a word boundary; abbreviations may carry their full stop ("Sept."), full names never do
const MONTH = "((?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\\.|\\b))";
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };

export type Direction = "past" | "future";

const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (w: string) => MONTHS.get(w.toLowerCase().replace(/\.$/, "").slice(0, 3)) ?? 0;

function day(y: number, m: number, d: number): string | null {
  const s = `${y}-${pad(m)}-${pad(d)}`;
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === s ? s : null;
}

function shiftDays(iso: string, n: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

interface DateRule {
  name: string;
  pattern: RegExp;
  value: (m: RegExpExecArray, pub: string | null, dir: Direction) => string | null;
}

// Ordered: the longest forms first, so "September 20, 2019" is not read as "September".
const RULES: readonly DateRule[] = [
  // "September 20, 2019", "Sept. 20 2019"
  { name: "month-day-year", pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, "gi"), value: (m) => day(+m[3], monthOf(m[1]), +m[2]) },
  // "20 September 2019"
  { name: "day-month-year", pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b`, "gi"), value: (m) => day(+m[3], monthOf(m[2]), +m[1]) },
  // "September 2019", "early February 2024"
  { name: "month-year", pattern: new RegExp(`\\b${MONTH},?\\s+((?:19|20)\\d{2})\\b`, "gi"), value: (m) => `${m[2]}-${pad(monthOf(m[1]))}` },
  // "September 20" (year from the publication date)
  {
    name: "month-day",
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)`, "gi"),
    value: (m, pub, dir) => {
      if (!pub) return null;
      const y = +pub.slice(0, 4);
      const cand = day(y, monthOf(m[1]), +m[2]);
      if (!cand) return null;
      if (dir === "past" && cand > pub) return day(y - 1, monthOf(m[1]), +m[2]);
      if (dir === "future" && cand < pub) return day(y + 1, monthOf(m[1]), +m[2]);
      return cand;
    },
  },
  // "summer 2019", "the summer of 2019"
  { name: "season-year", pattern: /\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?((?:19|20)\d{2})\b/gi, value: (m) => `${m[2]}-${SEASONS[m[1].toLowerCase()]}` },
  // "this summer", "next spring", "last winter"
  {
    name: "relative-season",
    pattern: /\b(this|next|last)\s+(spring|summer|autumn|fall|winter)\b/gi,
    value: (m, pub) => (pub ? `${+pub.slice(0, 4) + ({ this: 0, next: 1, last: -1 } as Record<string, number>)[m[1].toLowerCase()]}-${SEASONS[m[2].toLowerCase()]}` : null),
  },
  // "the summer", "in the spring": the one under way or ahead for plans, the one under way or past for reports
  {
    name: "bare-season",
    pattern: /\bthe\s+(spring|summer|autumn|fall|winter)\b/gi,
    value: (m, pub, dir) => {
      if (!pub) return null;
      const season = SEASONS[m[1].toLowerCase()];
      const startMonth = { SP: 3, SU: 6, FA: 9, WI: 12 }[season]!;
      const endMonth = { SP: 5, SU: 8, FA: 11, WI: 14 }[season]!;
      const y = +pub.slice(0, 4);
      const pm = +pub.slice(5, 7);
      if (dir === "future") return `${pm > endMonth ? y + 1 : y}-${season}`;
      return `${pm < startMonth ? y - 1 : y}-${season}`;
    },
  },
  // "this year", "last month", "earlier this month"
  {
    name: "relative-period",
    pattern: /\b(this|next|last|earlier this|later this)\s+(year|month)\b/gi,
    value: (m, pub) => {
      if (!pub) return null;
      const rel = m[1].toLowerCase().replace(/^(?:earlier|later) /, "");
      const step = rel === "next" ? 1 : rel === "last" ? -1 : 0;
      const y = +pub.slice(0, 4);
      if (m[2].toLowerCase() === "year") return String(y + step);
      const t = new Date(Date.UTC(y, +pub.slice(5, 7) - 1 + step, 1));
      return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
    },
  },
  // "yesterday", "today"
  { name: "deictic-day", pattern: /\b(yesterday|today)\b/gi, value: (m, pub) => (pub ? (m[1].toLowerCase() === "today" ? pub : shiftDays(pub, -1)) : null) },
  // "on Friday", "Friday" (news: the last one on or before publication; plans: the next one)
  {
    name: "weekday",
    pattern: /\b(?:on\s+|last\s+|next\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    value: (m, pub, dir) => {
      if (!pub) return null;
      const want = WEEKDAYS.indexOf(m[1].toLowerCase());
      const have = new Date(`${pub}T00:00:00Z`).getUTCDay();
      const lead = m[0].toLowerCase();
      if (dir === "future" || lead.startsWith("next")) return shiftDays(pub, ((want - have + 7) % 7) || 7);
      return shiftDays(pub, -((have - want + 7) % 7));
    },
  },
  // "In July", "in early February" (year from the publication date)
  {
    name: "bare-month",
    pattern: new RegExp(`\\b(?:in|since|by|from|until|during|early|mid|late|mid-)\\s+(?:(?:early|mid|late)-?\\s*)?${MONTH}(?!\\s+\\d)`, "gi"),
    value: (m, pub, dir) => {
      if (!pub) return null;
      const mon = monthOf(m[1]);
      let y = +pub.slice(0, 4);
      const pm = +pub.slice(5, 7);
      if (dir === "past" && mon > pm) y--;
      if (dir === "future" && mon < pm) y++;
      return `${y}-${pad(mon)}`;
    },
  },
  // "in 2020", "since 2019"
  { name: "year", pattern: /\b(?:in|since|by|from|until|during|early|mid|late|of)\s+((?:19|20)\d{2})\b(?!-|\d)/gi, value: (m) => m[1] },
];

/** Temporal expressions in `text[from, to)`, with TIMEX3 values; offsets are into `text`. */
export function findEventDates(text: string, from: number, to: number, published: string | null, dir: Direction): TemporalExpression[] {
  const slice = text.slice(from, to);
  const out: TemporalExpression[] = [];
  const taken: Array<[number, number]> = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(slice); m; m = rule.pattern.exec(slice)) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      taken.push([s, e]);
      out.push({ text: m[0], start: s, end: e, type: "date", value: rule.value(m, published, dir), rule: `fallback-${rule.name}`, certain: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
