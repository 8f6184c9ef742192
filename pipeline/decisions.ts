// decisions.json: the reviewer's decisions, appended by `decide` and `review`, never rewritten by
// `run` or `watch`, which apply them to every output. The latest decision for a conflict counts.
// accept: the conflict is real, the export uses the decided value (else the conflict's canonical
// side); reject: not a conflict, no longer flagged, the export keeps what the sources say.
import { promises as fs } from "node:fs";
import path from "node:path";
import { eventsOf, markDisputes, markedBy, noteMarked } from "./disputes.js";
import { toJson } from "./format.js";
import { copyEvent, dateRange, madeUnderOf } from "./reconcile/index.js";
import { noteStandIn } from "./render-cache.js";
import { Conflicts, Decisions, EventType, type Conflict, type Decision, type Timeline, type TimelineEvent } from "./schemas.js";
import { writeAtomic } from "./store.js";

export const DECISIONS_FILE = "decisions.json";

/** A decision that cannot be recorded: the message says why. */
export class DecisionError extends Error {}

/** decisions.json of an output folder; none yet is an empty list, a broken file an error (it is never overwritten). */
export async function readDecisions(out: string): Promise<Decision[]> {
  let text: string;
  try {
    text = await fs.readFile(path.join(out, DECISIONS_FILE), "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new DecisionError(`${path.join(out, DECISIONS_FILE)} is not JSON: ${(err as Error).message}`);
  }
  const parsed = Decisions.safeParse(json);
  if (!parsed.success) throw new DecisionError(`${path.join(out, DECISIONS_FILE)} does not fit the contract: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

const NAME_SPELLING = /^[\p{L}\p{M}][\p{L}\p{M}'’. -]*$/u;

/** A real calendar day, month, season, quarter, half or year as TIMEX3 writes it ("2019-09-20", "2019-09", "2019"). */
export function isCalendarValue(v: string): boolean {
  const r = dateRange(v);
  if (!r) return false;
  const day = v.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (day) return new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
  const month = v.match(/^\d{4}-(\d{2})$/);
  return !month || (+month[1] >= 1 && +month[1] <= 12);
}

/** Why `value` does not fit the conflict, or null when it does. */
export function valueProblem(c: Conflict, value: string): string | null {
  const v = value.trim();
  if (!v) return "the value is empty";
  if (v.length > 200) return "the value is longer than 200 characters";
  switch (c.type) {
    case "name_variant":
      return NAME_SPELLING.test(v) ? null : `a name variant wants a spelling (letters, spaces, hyphens, apostrophes, periods), as in "${c.canonical ?? c.subject}", not "${v}"`;
    case "date_conflict":
      return isCalendarValue(v) ? null : `a date conflict wants a date as YYYY-MM-DD (or YYYY-MM, YYYY), as in "${c.values?.[0] ?? "2019-09-20"}", not "${v}"`;
    case "status_conflict": {
      const allowed = c.values?.length ? c.values : EventType.options;
      return allowed.includes(v) ? null : `a status conflict wants one of its statuses: ${allowed.join(", ")}; not "${v}"`;
    }
    case "title_conflict":
      return /[\p{L}]/u.test(v) ? null : `a title conflict wants a title, not "${v}"`;
  }
}

export interface DecisionInput {
  conflict: string;
  decision: string;
  value?: string;
  note?: string;
}

/** Checks one decision against the current conflicts; throws DecisionError with a clear message. */
export function checkDecision(conflicts: readonly Conflict[], input: DecisionInput, at = new Date().toISOString()): Decision {
  const c = conflicts.find((x) => x.id === input.conflict);
  if (!c) throw new DecisionError(`no conflict with id "${input.conflict}" in conflicts.json (ids are listed in conflicts.md and report.html)`);
  if (input.decision !== "accept" && input.decision !== "reject") throw new DecisionError(`a decision is "accept" or "reject", not "${input.decision}"`);
  if (input.value !== undefined) {
    if (input.decision === "reject") throw new DecisionError("--value goes with accept: a rejected conflict keeps what the sources say");
    const problem = valueProblem(c, input.value);
    if (problem) throw new DecisionError(problem);
  }
  const note = input.note?.trim().slice(0, 2000);
  return { conflict: c.id, decision: input.decision, ...(input.value !== undefined ? { value: input.value.trim() } : {}), ...(note ? { note } : {}), at };
}

let appending: Promise<unknown> = Promise.resolve();

/** Appends one decision to decisions.json (written whole to a temporary file, then renamed). */
export function appendDecision(out: string, d: Decision): Promise<Decision[]> {
  const next = appending.then(async () => {
    const all = [...(await readDecisions(out)), d];
    await writeAtomic(path.join(out, DECISIONS_FILE), toJson(all));
    return all;
  });
  appending = next.catch(() => {});
  return next;
}

/** The latest decision per conflict id. */
export function latestDecisions(decisions: readonly Decision[]): Map<string, Decision> {
  const latest = new Map<string, Decision>();
  for (const d of decisions) latest.set(d.conflict, d);
  return latest;
}

export interface Decided {
  timeline: Timeline;
  conflicts: Conflict[];
  /** The latest decisions whose conflict is no longer found. */
  orphaned: Decision[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Buckele" → "Bukele" wherever it stands as whole words. */
function respell(s: string, wrong: string, right: string): string {
  return s.replace(new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(wrong)}(?![\\p{L}\\p{M}])`, "gu"), right);
}

function applySpelling(timeline: Timeline, c: Conflict, right: string) {
  const wrong = c.variant;
  if (!wrong || wrong === right) return;
  for (const e of timeline.entities) {
    if (e.canonical !== c.subject && !e.variants.includes(wrong) && !respell(e.canonical, wrong, "\u0000").includes("\u0000")) continue;
    e.canonical = respell(e.canonical, wrong, right);
    e.variants = [...new Set(e.variants.map((v) => respell(v, wrong, right)))].filter((v) => v !== e.canonical).sort();
  }
}

function applyDate(timeline: Timeline, c: Conflict, value: string) {
  for (const e of eventsOf(timeline, c)) {
    if (e.date?.value === value) continue;
    const said = e.sources.find((s) => s.date?.value === value)?.date;
    e.date = { value, text: said?.text ?? value };
  }
}

function applyStatus(timeline: Timeline, c: Conflict, status: string) {
  const cited = new Set(c.evidence.map((e) => `${e.file}|${e.start}|${e.end}`));
  const events = eventsOf(timeline, c);
  for (const a of timeline.agreements) {
    const drop = new Set<TimelineEvent>();
    for (const e of a.events) {
      if (!events.includes(e) || e.type === status) continue;
      // the statements the reviewer ruled out leave the event; an event with no source left goes
      e.sources = e.sources.filter((s) => !cited.has(`${s.file}|${s.start}|${s.end}`));
      if (!e.sources.length) drop.add(e);
    }
    a.events = a.events.filter((e) => !drop.has(e));
  }
}

/** The reconciled outputs with the decisions applied (inputs are not changed). */
export function applyDecisions(result: { timeline: Timeline; conflicts: readonly Conflict[] }, decisions: readonly Decision[]): Decided {
  // copies of what the decisions and the dispute marks change (agreements, events, entities: each
  // field is replaced, never changed in place), sharing the rest: a deep copy of a large timeline
  // costs seconds
  const timeline: Timeline = {
    ...result.timeline,
    // (an event's sources not read yet stay so: copyEvent)
    agreements: result.timeline.agreements.map((a) => ({ ...a, events: a.events.map(copyEvent) })),
    entities: result.timeline.entities.map((e) => ({ ...e })),
  };
  const latest = latestDecisions(decisions);
  const conflicts = result.conflicts.map((c) => {
    const d = latest.get(c.id);
    return { ...c, review: d ? { decision: d.decision, ...(d.value !== undefined ? { value: d.value } : {}), ...(d.note !== undefined ? { note: d.note } : {}), at: d.at } : null };
  });
  for (const c of conflicts) {
    if (c.review?.decision !== "accept") continue;
    const value = c.review.value;
    if (c.type === "name_variant") applySpelling(timeline, c, value ?? c.canonical ?? c.variant ?? "");
    else if (c.type === "date_conflict" && value !== undefined) applyDate(timeline, c, value);
    else if (c.type === "status_conflict" && value !== undefined) applyStatus(timeline, c, value);
  }
  // with no conflict decided, the marks reconcile set stand (the events' copies carry them), unless
  // the result was changed since
  if (conflicts.some((c) => c.review) || !markedBy(result.timeline, result.conflicts, conflicts)) markDisputes(timeline, conflicts);
  else noteMarked(timeline, conflicts);
  const known = new Set(conflicts.map((c) => c.id));
  const orphaned = [...latest.values()].filter((d) => !known.has(d.conflict));
  return { timeline, conflicts, orphaned };
}

/**
 * Gives what the outputs write a stand-in key for its JSON text where reconcile's cache says what it
 * is made from (madeUnderOf), so its pieces are copied without serializing it to hash it: each
 * conflict (that key and its review), and, when no decision is accepted (an accepted one may change
 * any agreement), each agreement entry (that key and its events' dispute marks).
 * `decided` must be applyDecisions' result for `result` (its lists in the same order).
 */
export function noteStandIns(result: { timeline: Timeline; conflicts: readonly Conflict[] }, decided: Decided): void {
  decided.conflicts.forEach((c, i) => {
    const key = result.conflicts[i] && madeUnderOf(result.conflicts[i]);
    if (key !== undefined && result.conflicts[i].id === c.id) noteStandIn(c, `${key}\u0000${JSON.stringify(c.review)}`);
  });
  if (decided.conflicts.some((c) => c.review?.decision === "accept")) return;
  const built = result.timeline.agreements;
  decided.timeline.agreements.forEach((a, i) => {
    const key = built[i] && madeUnderOf(built[i]);
    if (key === undefined || built[i].id !== a.id) return;
    noteStandIn(a, `${key}\u0000${JSON.stringify(a.events.map((e) => [e.disputed, e.conflicts]))}`);
  });
}

/** `claimline decide`: checks the decision against the output folder's conflicts.json and appends it. */
export async function recordDecision(out: string, input: DecisionInput): Promise<Decision> {
  let text: string;
  try {
    text = await fs.readFile(path.join(out, "conflicts.json"), "utf8");
  } catch {
    throw new DecisionError(`no conflicts.json in "${out}": run "claimline run <inbox> --out ${out}" first`);
  }
  const conflicts = Conflicts.parse(JSON.parse(text));
  const d = checkDecision(conflicts, input);
  await appendDecision(out, d);
  return d;
}
