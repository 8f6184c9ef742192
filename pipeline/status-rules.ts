// The status model: when two statements about one agreement (and party) cannot both hold.
//
// Each statement is dated by its event date or, failing that, "as of" its article's publication day.
// The table below has one row per pair of states that can contradict each other; any pair not in it
// is compatible (signed then terminated, withdrawn then rejoined, suspended then resumed in force).
// Every row is also a test row both ways (test/status-rules.test.ts): a real conflict and a
// compatible pair of the same states.
import type { EventType } from "./schemas.js";

/** One source's statement about the agreement, as the status model reads it. */
export interface Statement {
  type: EventType;
  /** The one party that acted ("Russia suspended its participation"); null when the sides acted together. */
  party: string | null;
  /** The event's own date as a day range, when the source gives one. */
  range: [string, string] | null;
  /** Its article's publication day: when the source said it. */
  said: string | null;
  file: string;
  /** Said of several agreements at once ("all three treaties were suspended"). */
  collective: boolean;
  hedged: boolean;
  /** Begun, planned or announced, not done: "initiated the process to terminate" (lexicon/pending-acts.ts). */
  pending?: boolean;
  /** Stated in the text, not inferred (a first transfer only implies entry into force). */
  certain: boolean;
  /** Told of a time before its article without a date: "had been suspended for months". */
  earlier?: boolean;
}

/** "had been suspended", "had already been terminated": a state before the time the article tells of. */
export const isEarlierState = (words: string) => /\bhad\s+(?:already\s+|previously\s+|long\s+)?been\b/i.test(words);

/** What a row may look at besides the two statements: the agreement's sides and every statement about it. */
export interface StatusContext {
  parties: readonly string[];
  statements: readonly Statement[];
  /** A treaty open to any state (a known agreement with no fixed sides, the Paris Agreement): more parties than the articles name. */
  open?: boolean;
}

export interface StatusRule {
  /** The rule's name, given as `rule` on the conflicts it raises. */
  rule: string;
  a: EventType;
  b: EventType;
  /** True when `x` (an `a` statement) and `y` (a `b` statement) cannot both hold. */
  clash: (x: Statement, y: Statement, ctx: StatusContext) => boolean;
  /** How sure a clash of this row is, before the statements' own doubts are counted. */
  confidence: number;
  severity: 1 | 2 | 3;
  /** What a reviewer checks to settle it. */
  check: string;
  /** In a clash, a statement about several agreements gives way to a specific one in the timeline. */
  specificWins?: boolean;
}

/** The day range a statement speaks of: its event date, else the day it was said. */
export function asOf(s: Statement): [string, string] | null {
  return s.range ?? (s.said ? [s.said, s.said] : null);
}

/** When the statement's event starts: its date's first day, else its publication day. */
const startOf = (s: Statement) => s.range?.[0] ?? s.said;
const overlap = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];
/** Their days overlap, each dated by its event or, failing that, as of its article. */
const overlapping = (x: Statement, y: Statement) => {
  const rx = asOf(x);
  const ry = asOf(y);
  return !rx || !ry || overlap(rx, ry);
};
const sameSource = (x: Statement, y: Statement) => x.file === y.file;
/** A range no wider than a month: "in 2019" holds a suspension in February and a termination in August alike. */
const withinMonth = (r: [string, string]) => Date.parse(r[1]) - Date.parse(r[0]) <= 31 * 864e5;
/** Two event dates that tell the same time: overlapping, and neither a whole season or year. */
const sameTime = (x: [string, string] | null, y: [string, string] | null) => Boolean(x && y && overlap(x, y) && withinMonth(x) && withinMonth(y));
/** Both about the agreement as a whole, or about the same acting party. */
const sameParty = (x: Statement, y: Statement) => x.party === null || y.party === null || x.party === y.party;

/**
 * "The deal will be terminated next year", "expected to take effect": announced, not yet effective.
 * A statement whose event is dated after the day it was written, hedged, or in words of a process
 * begun ("initiated the process to terminate"), asserts no state yet.
 */
export function assertsState(s: Statement): boolean {
  if (s.hedged || s.pending) return false;
  return !(s.range && s.said && s.range[0] > s.said);
}

/**
 * The first days of the new signings, ratifications and rejoinings among `statements`, sorted: worked
 * out once per list of statements (a row asks renewedBetween of each pair it compares, and a changed
 * agreement of the ten-thousand-article bench compares over a hundred thousand pairs in one row).
 */
const renewalDays = new WeakMap<readonly Statement[], readonly string[]>();
function renewalDaysOf(statements: readonly Statement[]): readonly string[] {
  let days = renewalDays.get(statements);
  if (!days) {
    const found: string[] = [];
    for (const s of statements) {
      if (s.type !== "signed" && s.type !== "ratified" && s.type !== "rejoined") continue;
      const r = asOf(s);
      if (r) found.push(r[0]);
    }
    renewalDays.set(statements, (days = found.sort()));
  }
  return days;
}

/** A new signing, ratification or rejoining after `from` and up to `to`: the agreement began a new life. */
const renewedBetween = (ctx: StatusContext, from: string, to: string) => {
  const days = renewalDaysOf(ctx.statements);
  // the first day after `from` (days are compared as strings, as they are sorted)
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] > from) hi = mid;
    else lo = mid + 1;
  }
  return lo < days.length && days[lo] <= to;
};

/**
 * "It formally ended on 31 December 2021 … officials insist it was only suspended, not terminated":
 * one source dates the termination and, later, says (undated, as of its article) the deal is only
 * suspended. A termination is a state that lasts: a suspension said after it contradicts it.
 */
const suspendedAfterEnd = (t: Statement, s: Statement, ctx: StatusContext) =>
  Boolean(t.range && !s.range && !s.earlier && s.said && s.said >= t.range[0] && !renewedBetween(ctx, t.range[1], s.said));

/**
 * A later act (an entry into force, an extension) dated after the termination `t`, with no new signing,
 * ratification or rejoining between to start a new life: the two cannot both hold. An act dated before
 * the end is a sequence (in force or extended, then terminated).
 */
const datedAfterEnd = (t: Statement, later: Statement, ctx: StatusContext) => {
  const ended = asOf(t);
  if (!ended || !later.range || later.range[0] <= ended[1]) return false;
  return !renewedBetween(ctx, ended[1], later.range[0]);
};

export const STATUS_RULES: readonly StatusRule[] = [
  {
    // "terminated by the new administration" vs "all three treaties were suspended after it took office"
    rule: "terminated-vs-suspended",
    a: "terminated",
    b: "suspended",
    clash: (t, s, ctx) => {
      if (!sameParty(t, s)) return false;
      // one source: each dated by its event, else as of the article ("suspended last year" and
      // "now terminated" are a sequence); across sources only two event dates tell the same time,
      // and not a year ("the INF Treaty ended in 2019" and "was suspended on 2 February 2019")
      if (sameSource(t, s)) return overlapping(t, s) || suspendedAfterEnd(t, s, ctx);
      return sameTime(t.range, s.range);
    },
    confidence: 0.8,
    severity: 3,
    check: "whether the agreement ended for good or can resume: look for a formal notice of termination",
    specificWins: true,
  },
  {
    // "the deal never took effect" written after "it entered into force on 1 June" (or a first transfer)
    rule: "never-vs-in-force",
    a: "never_implemented",
    b: "entered_into_force",
    clash: (n, f) => {
      if (!sameParty(n, f)) return false;
      const since = startOf(f);
      return sameSource(n, f) || Boolean(since && n.said && n.said >= since);
    },
    confidence: 0.85,
    severity: 3,
    check: "whether anything was ever carried out under the agreement (a first transfer, a first payment)",
  },
  {
    // "the pact was never implemented" written after "the pact was extended to fishing waters"
    rule: "never-vs-expanded",
    a: "never_implemented",
    b: "expanded",
    clash: (n, e) => {
      if (!sameParty(n, e)) return false;
      const since = startOf(e);
      return sameSource(n, e) || Boolean(since && n.said && n.said >= since);
    },
    confidence: 0.7,
    severity: 2,
    check: "whether the expansion was carried out or only agreed on paper",
  },
  {
    // "the accord was terminated in March" while a later source dates its entry into force in May
    rule: "terminated-vs-later-in-force",
    a: "terminated",
    b: "entered_into_force",
    clash: (t, f, ctx) => sameParty(t, f) && f.certain && datedAfterEnd(t, f, ctx),
    confidence: 0.7,
    severity: 3,
    check: "whether the termination was reversed or never happened, or whether the later source describes another agreement",
  },
  {
    // "the pact was terminated in August" while a later source dates its extension in November
    rule: "terminated-vs-later-extended",
    a: "terminated",
    b: "expanded",
    // (the agreement as a whole ended, or the extending party's own part did)
    clash: (t, e, ctx) => (t.party === null || t.party === e.party) && e.certain && datedAfterEnd(t, e, ctx),
    confidence: 0.7,
    severity: 3,
    check: "whether the termination took effect or was only given notice of and then withdrawn, or whether the later source extends another agreement",
  },
  {
    // "the deal was terminated in 2018" of a multilateral deal that one party left in 2018
    rule: "terminated-vs-one-party-withdrew",
    a: "terminated",
    b: "withdrawn",
    clash: (t, w, ctx) => {
      if (t.party !== null || w.party === null) return false;
      // one side leaving a bilateral deal ends it; of three or more, the others may go on
      const others = ctx.parties.filter((p) => p !== w.party);
      if (others.length < 2 && !ctx.open) return false;
      // (a treaty open to any state goes on for the rest whenever one leaves: "When the US left, the Paris
      // Agreement was terminated" clashes, however the two are dated)
      if (ctx.open) return overlapping(t, w);
      // "Russia quit the deal on Monday … the agreement lapsed the same day": an end dated to the very
      // day of the withdrawal tells what the withdrawal did (the others could not go on), not another event
      if (t.range && w.range && t.range[0] === t.range[1] && t.range[0] === w.range[0] && w.range[0] === w.range[1]) return false;
      // (a withdrawal said undated — "Moscow has ended its participation" — on the day its deal lapsed is the same story)
      const ended = asOf(t);
      if (!w.range && ended && ended[0] === ended[1] && ended[0] === w.said) return false;
      return overlapping(t, w);
    },
    confidence: 0.65,
    severity: 2,
    check: "whether the agreement ended for every party or only for the one that withdrew",
  },
  {
    // "Russia withdrew from the treaty on February 21" vs "Russia suspended its participation on
    // February 21 … it is not withdrawing": one party's one act, told as leaving and as pausing
    rule: "withdrawn-vs-suspended",
    a: "withdrawn",
    b: "suspended",
    clash: (w, s) => {
      // the same named party: a suspension of the whole deal and one side's leaving may both be true
      if (w.party === null || w.party !== s.party) return false;
      // only two event dates tell the same time: "had suspended, has now withdrawn" (undated, one
      // report), "suspended in October, withdrew in July" and "suspended in February, withdrew in 2019" are sequences
      return sameTime(w.range, s.range);
    },
    confidence: 0.7,
    severity: 2,
    check: "whether the party only suspended its participation (and may resume) or formally withdrew: look for its own statement or a notice of withdrawal",
  },
  {
    // "the court struck the pact down" vs "the court upheld the pact", of one ruling
    rule: "unlawful-vs-upheld",
    a: "ruled_unlawful",
    b: "upheld",
    clash: (u, h) => {
      if (!sameParty(u, h)) return false;
      if (sameSource(u, h)) return overlapping(u, h);
      return Boolean(u.range && h.range && u.range[0] === h.range[0] && u.range[1] === h.range[1]);
    },
    confidence: 0.6,
    severity: 2,
    check: "which court ruled which way (a lower court and an appeal court may differ)",
  },
];

/** The row for two states, in either order, with the statements in the row's order; null when they never clash. */
export function ruleFor(x: EventType, y: EventType): { rule: StatusRule; swapped: boolean } | null {
  for (const rule of STATUS_RULES) {
    if (rule.a === x && rule.b === y) return { rule, swapped: false };
    if (rule.a === y && rule.b === x) return { rule, swapped: true };
  }
  return null;
}

/** The row that says `x` and `y` cannot both hold, or null when they can. */
export function clashOf(x: Statement, y: Statement, ctx: StatusContext): StatusRule | null {
  const hit = ruleFor(x.type, y.type);
  if (!hit) return null;
  const [a, b] = hit.swapped ? [y, x] : [x, y];
  if (!assertsState(a) || !assertsState(b)) return null;
  return hit.rule.clash(a, b, ctx) ? hit.rule : null;
}

/** How sure one clash is: the row's confidence, less for inferred, collective or undated statements. */
export function clashConfidence(rule: StatusRule, x: Statement, y: Statement): number {
  let c = rule.confidence;
  if (sameSource(x, y)) c += 0.1; // one source contradicting itself: no doubt which text says what
  for (const s of [x, y]) {
    if (!s.certain) c -= 0.1;
    if (s.collective) c -= 0.15;
    if (!s.range && !sameSource(x, y)) c -= 0.05; // dated only "as of" its article, across articles
  }
  return Math.round(Math.min(1, Math.max(0.05, c)) * 100) / 100;
}
