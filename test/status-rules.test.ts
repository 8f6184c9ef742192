// The table of state pairs, row by row and both ways: a pair of statements that cannot both hold,
// and a pair of the same states that can (a sequence, a pending act, one party leaving).
import { describe, expect, it } from "vitest";
import { isPendingAct } from "../extractors/lexicon/pending-acts.js";
import type { EventType } from "../pipeline/schemas.js";
import { STATUS_RULES, clashConfidence, clashOf, ruleFor, type Statement } from "../pipeline/status-rules.js";

/** A statement: type, event date ("2020", "2021-03-02" or null), publication day, file; options after. */
function st(type: EventType, date: string | null, said: string, file: string, more: Partial<Statement> = {}): Statement {
  const range = (v: string | null): [string, string] | null => {
    if (!v) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return [v, v];
    if (/^\d{4}-\d{2}$/.test(v)) return [`${v}-01`, `${v}-28`];
    return [`${v}-01-01`, `${v}-12-31`];
  };
  return { type, party: null, range: range(date), said, file, collective: false, hedged: false, certain: true, ...more };
}

const BILATERAL = ["Ruritania", "Freedonia"];
const TRILATERAL = ["Ruritania", "Freedonia", "Sylvania"];

interface Row {
  rule: string;
  what: string;
  x: Statement;
  y: Statement;
  parties?: string[];
  others?: Statement[];
  /** A treaty open to any state. */
  open?: boolean;
}

const CONFLICTS: Row[] = [
  { rule: "terminated-vs-suspended", what: "one source says terminated and suspended of the same moment", x: st("terminated", null, "2025-01-24", "a"), y: st("suspended", null, "2025-01-24", "a", { collective: true }) },
  { rule: "terminated-vs-suspended", what: "one source dates the end, then says the deal is only suspended now", x: st("terminated", "2021-12-31", "2022-07-20", "a"), y: st("suspended", null, "2022-07-20", "a") },
  { rule: "terminated-vs-suspended", what: "two sources date a termination and a suspension to the same month", x: st("terminated", "2021-02", "2021-03-01", "a"), y: st("suspended", "2021-02-10", "2021-02-11", "b") },
  { rule: "never-vs-in-force", what: "'never took effect' written after a source dates its entry into force", x: st("never_implemented", null, "2022-09-01", "b"), y: st("entered_into_force", "2021-06-01", "2021-06-02", "a") },
  { rule: "never-vs-in-force", what: "'never took effect' written after a first transfer (inferred entry into force)", x: st("never_implemented", null, "2021-03-10", "b"), y: st("entered_into_force", "2019-11-21", "2019-11-22", "a", { certain: false }) },
  { rule: "never-vs-expanded", what: "'never implemented' written after its expansion", x: st("never_implemented", null, "2023-05-01", "b"), y: st("expanded", "2022-01", "2022-01-15", "a") },
  { rule: "terminated-vs-later-in-force", what: "terminated in March, a later source dates its entry into force in May", x: st("terminated", "2021-03-02", "2021-03-03", "a"), y: st("entered_into_force", "2021-05-01", "2021-05-02", "b") },
  { rule: "terminated-vs-later-in-force", what: "said terminated (as of its article), a later source dates entry into force after", x: st("terminated", null, "2021-03-03", "a"), y: st("entered_into_force", "2021-06-01", "2021-06-05", "b") },
  { rule: "terminated-vs-later-extended", what: "terminated in August, a later source dates its extension in November", x: st("terminated", "2019-08-22", "2019-08-23", "a"), y: st("expanded", "2019-11-22", "2019-11-22", "b") },
  { rule: "terminated-vs-later-extended", what: "said terminated (as of its article), extended months after by the same party", x: st("terminated", null, "2019-08-23", "a", { party: "Ruritania" }), y: st("expanded", "2019-11-22", "2019-11-22", "b", { party: "Ruritania" }) },
  { rule: "terminated-vs-later-in-force", what: "signings on the day of the end and after the entry into force, a ratification years before: no new life between", x: st("terminated", "2021-03-02", "2021-03-03", "a"), y: st("entered_into_force", "2023-05-01", "2023-05-02", "c"), others: [st("signed", "2023-06-01", "2023-06-02", "d"), st("signed", "2021-03-02", "2021-03-02", "b"), st("ratified", "2019-01-10", "2019-01-11", "e")] },
  { rule: "terminated-vs-one-party-withdrew", what: "a deal 'terminated in 2018' of three parties, one of which withdrew in 2018", x: st("terminated", "2018", "2019-01-10", "a"), y: st("withdrawn", "2018-05-08", "2018-05-09", "b", { party: "Ruritania" }), parties: TRILATERAL },
  { rule: "terminated-vs-one-party-withdrew", what: "an open treaty 'terminated when the US left', both undated, in one report", x: st("terminated", null, "2025-01-22", "a"), y: st("withdrawn", null, "2025-01-22", "a", { party: "Ruritania" }), parties: ["Ruritania"], open: true },
  { rule: "terminated-vs-one-party-withdrew", what: "an open treaty 'terminated' the very day one party's withdrawal took effect", x: st("terminated", "2020-11-04", "2021-01-10", "b"), y: st("withdrawn", "2020-11-04", "2020-11-05", "a", { party: "Ruritania" }), parties: ["Ruritania"], open: true },
  { rule: "withdrawn-vs-suspended", what: "two sources: one party withdrew and suspended its part on the same day", x: st("withdrawn", "2023-02-21", "2023-03-06", "b", { party: "Ruritania" }), y: st("suspended", "2023-02-21", "2023-02-21", "a", { party: "Ruritania" }) },
  { rule: "withdrawn-vs-suspended", what: "one party's withdrawal dated to a month that holds its suspension day", x: st("withdrawn", "2023-02", "2023-04-01", "b", { party: "Ruritania" }), y: st("suspended", "2023-02-21", "2023-02-22", "a", { party: "Ruritania" }) },
  { rule: "unlawful-vs-upheld", what: "one source says the pact was struck down and upheld", x: st("ruled_unlawful", null, "2020-07-16", "a"), y: st("upheld", null, "2020-07-16", "a") },
  { rule: "unlawful-vs-upheld", what: "two sources give opposite rulings on the same day", x: st("ruled_unlawful", "2020-07-16", "2020-07-16", "a"), y: st("upheld", "2020-07-16", "2020-07-17", "b") },
];

const COMPATIBLE: Row[] = [
  { rule: "terminated-vs-suspended", what: "suspended in 2020, then terminated in 2021: a sequence", x: st("terminated", "2021", "2021-04-01", "b"), y: st("suspended", "2020", "2021-04-01", "b") },
  { rule: "terminated-vs-suspended", what: "an undated suspension and an undated termination in two articles", x: st("terminated", null, "2021-04-01", "b"), y: st("suspended", null, "2020-04-01", "a") },
  { rule: "terminated-vs-suspended", what: "one source: suspended now, its termination effective after the notice period", x: st("terminated", "2025-03", "2024-09-10", "a"), y: st("suspended", null, "2024-09-10", "a") },
  { rule: "terminated-vs-suspended", what: "one source: terminated in 2019, it 'had been suspended' for months before", x: st("terminated", "2019-06", "2020-02-01", "a"), y: st("suspended", null, "2020-02-01", "a", { earlier: true }) },
  { rule: "terminated-vs-suspended", what: "one source: terminated in 2021, signed anew in 2023, suspended now", x: st("terminated", "2021", "2024-05-01", "a"), y: st("suspended", null, "2024-05-01", "a"), others: [st("signed", "2023-02", "2024-05-01", "a")] },
  { rule: "terminated-vs-suspended", what: "a termination announced for later, not yet effective", x: st("terminated", "2026-06", "2025-12-01", "a"), y: st("suspended", "2025-11", "2025-12-01", "a") },
  { rule: "terminated-vs-suspended", what: "a process to terminate begun, the deal suspended meanwhile", x: st("terminated", null, "2021-04-01", "a", { pending: true }), y: st("suspended", null, "2021-04-01", "a") },
  { rule: "terminated-vs-suspended", what: "a termination expected (hedged), the deal suspended now", x: st("terminated", null, "2021-04-01", "a", { hedged: true }), y: st("suspended", null, "2021-04-01", "a") },
  { rule: "terminated-vs-suspended", what: "one party suspended its part, another terminated its own", x: st("terminated", "2023-02", "2023-03-01", "a", { party: "Freedonia" }), y: st("suspended", "2023-02-21", "2023-02-22", "b", { party: "Ruritania" }) },
  { rule: "never-vs-in-force", what: "'never implemented' written before the first transfer: an evolution", x: st("never_implemented", null, "2019-06-01", "a"), y: st("entered_into_force", "2019-11-21", "2019-11-22", "b") },
  { rule: "never-vs-in-force", what: "'will never take effect' is a forecast (hedged)", x: st("never_implemented", null, "2022-09-01", "b", { hedged: true }), y: st("entered_into_force", "2021-06-01", "2021-06-02", "a") },
  { rule: "never-vs-expanded", what: "'never implemented' written before a later expansion", x: st("never_implemented", null, "2021-05-01", "a"), y: st("expanded", "2022-01", "2022-01-15", "b") },
  { rule: "terminated-vs-later-in-force", what: "in force in 2019, terminated in 2021: a sequence", x: st("terminated", "2021-03-02", "2021-03-03", "b"), y: st("entered_into_force", "2019-06-01", "2019-06-02", "a") },
  { rule: "terminated-vs-later-in-force", what: "terminated, signed anew, in force again: a new life", x: st("terminated", "2021-03-02", "2021-03-03", "a"), y: st("entered_into_force", "2023-05-01", "2023-05-02", "c"), others: [st("signed", "2022-11-10", "2022-11-11", "b")] },
  { rule: "terminated-vs-later-extended", what: "extended in 2019, terminated in 2021: a sequence", x: st("terminated", "2021-03-02", "2021-03-03", "b"), y: st("expanded", "2019-06-01", "2019-06-02", "a") },
  { rule: "terminated-vs-later-extended", what: "terminated, signed anew, then extended: a new life", x: st("terminated", "2021-03-02", "2021-03-03", "a"), y: st("expanded", "2023-05-01", "2023-05-02", "c"), others: [st("signed", "2022-11-10", "2022-11-11", "b")] },
  { rule: "terminated-vs-later-extended", what: "ratified anew on the very day of the extension, among acts before the end and after it: a new life", x: st("terminated", "2021-03-02", "2021-03-03", "a"), y: st("expanded", "2023-05-01", "2023-05-02", "c"), others: [st("rejoined", "2024-01-10", "2024-01-11", "d"), st("ratified", "2023-05-01", "2023-05-01", "b"), st("signed", "2019-01-10", "2019-01-11", "e")] },
  { rule: "terminated-vs-suspended", what: "one source: terminated in 2021, rejoined (undated, as of its article) in 2023, suspended now", x: st("terminated", "2021", "2024-05-01", "a"), y: st("suspended", null, "2024-05-01", "a"), others: [st("rejoined", null, "2023-02-01", "b")] },
  { rule: "terminated-vs-later-extended", what: "one party ended its own part, the others extended the deal later", x: st("terminated", "2021-03-02", "2021-03-03", "a", { party: "Freedonia" }), y: st("expanded", "2021-09-01", "2021-09-02", "b") },
  { rule: "terminated-vs-later-extended", what: "a termination announced for next year, an extension meanwhile", x: st("terminated", "2026-06", "2025-12-01", "a"), y: st("expanded", "2026-01-10", "2026-01-11", "b") },
  { rule: "terminated-vs-one-party-withdrew", what: "one of three parties withdrew, and the deal lapsed that same day", x: st("terminated", "2023-07-17", "2025-07-22", "a"), y: st("withdrawn", "2023-07-17", "2023-07-17", "b", { party: "Ruritania" }), parties: TRILATERAL },
  { rule: "terminated-vs-one-party-withdrew", what: "one of three parties 'has ended its participation' (undated) the day the deal lapsed", x: st("terminated", "2023-07-17", "2023-07-17", "a"), y: st("withdrawn", null, "2023-07-17", "a", { party: "Ruritania" }), parties: TRILATERAL },
  { rule: "terminated-vs-one-party-withdrew", what: "'it has been terminated' and 'has ended its participation', both undated, in one report", x: st("terminated", null, "2023-07-17", "a"), y: st("withdrawn", null, "2023-07-17", "a", { party: "Ruritania" }), parties: TRILATERAL },
  { rule: "terminated-vs-one-party-withdrew", what: "one side of a bilateral deal withdrew, and the deal ended", x: st("terminated", "2018", "2019-01-10", "a"), y: st("withdrawn", "2018-05-08", "2018-05-09", "b", { party: "Ruritania" }), parties: BILATERAL },
  { rule: "terminated-vs-one-party-withdrew", what: "one party withdrew in 2018, the deal was terminated in 2022", x: st("terminated", "2022", "2022-06-10", "a"), y: st("withdrawn", "2018-05-08", "2018-05-09", "b", { party: "Ruritania" }), parties: TRILATERAL },
  { rule: "terminated-vs-one-party-withdrew", what: "an open treaty: one party withdrew in 2020, the treaty itself ended in 2030", x: st("terminated", "2030", "2030-06-10", "b"), y: st("withdrawn", "2020-11-04", "2020-11-05", "a", { party: "Ruritania" }), parties: ["Ruritania"], open: true },
  { rule: "terminated-vs-one-party-withdrew", what: "a two-side deal whose sides the articles name only in part: one side's exit ends it", x: st("terminated", null, "2025-01-22", "a"), y: st("withdrawn", null, "2025-01-22", "a", { party: "Ruritania" }), parties: ["Ruritania"] },
  { rule: "withdrawn-vs-suspended", what: "one party suspended its part in October, withdrew in July: a sequence", x: st("withdrawn", "2023-07-17", "2023-07-17", "b", { party: "Ruritania" }), y: st("suspended", "2022-10-29", "2022-10-30", "a", { party: "Ruritania" }) },
  { rule: "withdrawn-vs-suspended", what: "one party withdrew while another suspended its part the same day", x: st("withdrawn", "2023-02-21", "2023-02-22", "b", { party: "Freedonia" }), y: st("suspended", "2023-02-21", "2023-02-22", "a", { party: "Ruritania" }) },
  { rule: "withdrawn-vs-suspended", what: "the deal as a whole suspended the day one party left it", x: st("withdrawn", "2023-02-21", "2023-02-22", "b", { party: "Ruritania" }), y: st("suspended", "2023-02-21", "2023-02-22", "a"), parties: TRILATERAL },
  { rule: "withdrawn-vs-suspended", what: "'had suspended its part, has now withdrawn', both undated, in one report", x: st("withdrawn", null, "2023-07-17", "a", { party: "Ruritania" }), y: st("suspended", null, "2023-07-17", "a", { party: "Ruritania" }) },
  { rule: "withdrawn-vs-suspended", what: "a withdrawal threatened (pending) while the party's part is suspended", x: st("withdrawn", null, "2023-03-01", "b", { party: "Ruritania", pending: true }), y: st("suspended", "2023-02-21", "2023-02-22", "a", { party: "Ruritania" }) },
  { rule: "terminated-vs-suspended", what: "a treaty ended 'in 2019', one party's suspension dated 2 February 2019: a sequence within the year", x: st("terminated", "2019", "2021-08-02", "b"), y: st("suspended", "2019-02-02", "2019-02-02", "a", { party: "Ruritania" }) },
  { rule: "withdrawn-vs-suspended", what: "one party's withdrawal said only 'in 2019', its suspension dated 2 February 2019", x: st("withdrawn", "2019", "2021-08-02", "b", { party: "Ruritania" }), y: st("suspended", "2019-02-02", "2019-02-02", "a", { party: "Ruritania" }) },
  { rule: "unlawful-vs-upheld", what: "upheld in 2015, struck down in 2020", x: st("ruled_unlawful", "2020-07-16", "2020-07-16", "a"), y: st("upheld", "2015", "2015-10-01", "b") },
];

const check = (r: Row) => clashOf(r.x, r.y, { parties: r.parties ?? BILATERAL, statements: [r.x, r.y, ...(r.others ?? [])], open: r.open });

describe("status rules: pending acts", () => {
  it.each([
    "Turkey initiated the process to terminate its readmission agreement",
    "Washington began formal proceedings to leave the accord",
    "the government gave formal notice of its withdrawal",
    "the agreement will be terminated after a six-month notice period",
    "Ruritania plans to suspend the treaty",
    "the minister threatened to withdraw from the pact",
  ])("reads '%s' as an act begun or planned, not done", (words) => expect(isPendingAct(words)).toBe(true));

  it.each([
    "Norway and Poland terminated their customs agreement on March 1, 2021",
    "the accord was suspended in April 2020",
    "the United States formally withdrew from the agreement",
    "the treaty entered into force on 1 June",
    "the deal was ultimately terminated by the new administration",
  ])("reads '%s' as an act done", (words) => expect(isPendingAct(words)).toBe(false));
});

describe("status rules: the table of state pairs", () => {
  it("has a conflicting and a compatible test row for every rule", () => {
    for (const rule of STATUS_RULES) {
      expect(CONFLICTS.some((r) => r.rule === rule.rule), rule.rule).toBe(true);
      expect(COMPATIBLE.some((r) => r.rule === rule.rule), rule.rule).toBe(true);
    }
  });

  it.each(CONFLICTS.map((r) => [r.rule, r.what, r] as const))("%s: flags %s", (rule, _what, r) => {
    expect(check(r)?.rule).toBe(rule);
    // the same pair read the other way round is the same conflict
    expect(clashOf(r.y, r.x, { parties: r.parties ?? BILATERAL, statements: [r.x, r.y, ...(r.others ?? [])], open: r.open })?.rule).toBe(rule);
  });

  it.each(COMPATIBLE.map((r) => [r.rule, r.what, r] as const))("%s: lets pass %s", (_rule, _what, r) => {
    expect(check(r)).toBeNull();
  });

  it.each([
    ["signed", "terminated"],
    ["withdrawn", "rejoined"],
    ["suspended", "entered_into_force"],
    ["proposed", "never_implemented"],
  ] as Array<[EventType, EventType]>)("has no row for %s and %s: they never clash", (a, b) => {
    expect(ruleFor(a, b)).toBeNull();
    expect(clashOf(st(a, null, "2021-01-01", "a"), st(b, null, "2021-01-01", "a"), { parties: BILATERAL, statements: [] })).toBeNull();
  });

  it("trusts a stated, dated, specific clash more than an inferred or collective one", () => {
    const rule = STATUS_RULES.find((r) => r.rule === "never-vs-in-force")!;
    const never = st("never_implemented", "2022", "2022-09-01", "b");
    const stated = clashConfidence(rule, never, st("entered_into_force", "2021-06-01", "2021-06-02", "a"));
    const inferred = clashConfidence(rule, never, st("entered_into_force", "2021-06-01", "2021-06-02", "a", { certain: false }));
    const collective = clashConfidence(rule, { ...never, collective: true }, st("entered_into_force", "2021-06-01", "2021-06-02", "a"));
    expect(stated).toBeGreaterThan(inferred);
    expect(stated).toBeGreaterThan(collective);
    for (const c of [stated, inferred, collective]) expect(c).toBeGreaterThan(0), expect(c).toBeLessThanOrEqual(1);
  });
});
