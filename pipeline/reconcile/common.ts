// Helpers every part of reconcile shares: ids, day ranges, evidence order, name words.
import { createHash } from "node:crypto";
import { COUNTRIES } from "../../extractors/lexicon/countries.js";
import { nameTokens as tokensOfName } from "../names.js";
import type { EventType, Evidence } from "../schemas.js";
import type { EventClaim } from "./contributions.js";

export const bySpan = (a: Evidence, b: Evidence) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start || a.end - b.end);

// an event's sides joined ("Chile|Peru"), the part of every agreement key: made once per list of
// sides (decoded contributions share one list per set of sides; lists are never changed in place)
const sidesMemo = new WeakMap<readonly string[], string>();
export function sidesOf(parties: readonly string[]): string {
  let s = sidesMemo.get(parties);
  if (s === undefined) sidesMemo.set(parties, (s = parties.join("|")));
  return s;
}

export const hashId = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 16);

export const LIFECYCLE: readonly EventType[] = [
  "proposed", "announced", "signed", "ratified", "expected_in_force", "entered_into_force", "expanded",
  "never_implemented", "ruled_unlawful", "upheld", "suspended", "withdrawn", "rejoined", "terminated",
];
/** Events that happen once in an agreement's life: differing dates for them are a conflict. */

/** A TIMEX3 value as a day range [first, last] (ISO days); null when it is no calendar date. */
export function dateRange(value: string | null | undefined): [string, string] | null {
  if (!value) return null;
  // the same few values recur across thousands of claims: parse each once (callers never mutate the range)
  let r = rangeMemo.get(value);
  if (r === undefined) {
    r = parseDateRange(value);
    if (rangeMemo.size > 100_000) rangeMemo.clear();
    rangeMemo.set(value, r);
  }
  return r;
}

const rangeMemo = new Map<string, [string, string] | null>();

function parseDateRange(value: string): [string, string] | null {
  let m = value.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return [m[0], m[0]];
  const lastDay = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const span = (y: number, a: number, b: number): [string, string] => [`${y}-${String(a).padStart(2, "0")}-01`, `${y}-${String(b).padStart(2, "0")}-${lastDay(y, b)}`];
  m = value.match(/^(\d{4})-(\d{2})$/);
  if (m) return span(+m[1], +m[2], +m[2]);
  m = value.match(/^(\d{4})-(SP|SU|FA|WI)$/);
  if (m) {
    const y = +m[1];
    if (m[2] === "WI") return [`${y}-12-01`, `${y + 1}-02-${lastDay(y + 1, 2)}`];
    const [a, b] = ({ SP: [3, 5], SU: [6, 8], FA: [9, 11] } as Record<string, [number, number]>)[m[2]];
    return span(y, a, b);
  }
  m = value.match(/^(\d{4})-Q([1-4])$/);
  if (m) return span(+m[1], +m[2] * 3 - 2, +m[2] * 3);
  m = value.match(/^(\d{4})-H([12])$/);
  if (m) return span(+m[1], m[2] === "1" ? 1 : 7, m[2] === "1" ? 6 : 12);
  m = value.match(/^(\d{4})$/);
  if (m) return span(+m[1], 1, 12);
  // an ISO week ("last week" in a story of 2019-09-27 is 2019-W38) runs Monday to Sunday, its weekend
  // ("2019-W38-WE") Saturday and Sunday; week 1 is the one holding 4 January
  m = value.match(/^(\d{4})-W(\d{2})(-WE)?$/);
  if (m && +m[2] >= 1 && +m[2] <= 53) {
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() || 7) - 1) * 864e5 + (+m[2] - 1) * 7 * 864e5;
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    return [day(monday + (m[3] ? 5 : 0) * 864e5), day(monday + 6 * 864e5)];
  }
  return null;
}

export const contains = (a: [string, string], b: [string, string]) => a[0] <= b[0] && b[1] <= a[1];
const widthMemo = new WeakMap<[string, string], number>();
export const widthOf = (r: [string, string]) => {
  let w = widthMemo.get(r);
  if (w === undefined) widthMemo.set(r, (w = Date.parse(r[1]) - Date.parse(r[0])));
  return w;
};

export const COUNTRY_WORDS = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((f) => f.toLowerCase())));

export interface AgreementGroup {
  key: string;
  parties: string[];
  claims: EventClaim[];
}

// the same few thousand names recur in every article: fold and split each once (callers only read the words)
const tokenMemo = new Map<string, readonly string[]>();
export function nameTokens(name: string): readonly string[] {
  let t = tokenMemo.get(name);
  if (t === undefined) {
    if (tokenMemo.size > 200_000) tokenMemo.clear();
    tokenMemo.set(name, (t = Object.freeze(tokensOfName(name))));
  }
  return t;
}

// a name's words joined, the part of every entity key: made once per spelling
const wordsMemo = new Map<string, string>();
export function nameWords(name: string): string {
  let w = wordsMemo.get(name);
  if (w === undefined) {
    if (wordsMemo.size > 200_000) wordsMemo.clear();
    wordsMemo.set(name, (w = nameTokens(name).join(" ")));
  }
  return w;
}

/** One party's act on an agreement, said with the party as subject: "Russia withdrew from New START". */
const PARTY_ACTS: Partial<Record<EventType, string>> = {
  withdrawn: "withdrew from",
  suspended: "suspended its part in",
  rejoined: "rejoined",
  terminated: "terminated its part in",
  ratified: "ratified",
};

/** "Russia withdrew from New START", or null when the act has no party or no such wording. */
export const partyAct = (type: EventType, agreement: string, party: string | null) => (party && PARTY_ACTS[type] ? `${party} ${PARTY_ACTS[type]} ${agreement}` : null);

/** An agreement's name as a sentence gives it: "the Paris Agreement", but "New START", "NAFTA", "START I" (a name ending in an acronym takes no article). */
export const theAgreement = (name: string) => (/\b[A-Z]{2,}(?:\s+[IVX]+)?$/.test(name) ? name : `the ${name}`);
