// Status conflicts: statements about one agreement that cannot both hold (status-rules.ts's table).
import { isPendingAct } from "../../extractors/lexicon/pending-acts.js";
import { assertsState, clashConfidence, isEarlierState, ruleFor, STATUS_RULES, type Statement, type StatusContext } from "../status-rules.js";
import type { Conflict, EventType } from "../schemas.js";
import { bySpan, dateRange, hashId, partyAct, theAgreement, type AgreementGroup } from "./common.js";
import type { EventClaim } from "./contributions.js";
import { keyOf, type ReconcileCache } from "./cache.js";


/** What the status table reads of a claim. */
export const statementOf = (c: EventClaim): Statement => ({
  type: c.type,
  party: c.party,
  range: dateRange(c.date?.value),
  said: c.published,
  file: c.evidence.file,
  collective: c.collective,
  hedged: c.hedged,
  pending: isPendingAct(c.evidence.text),
  certain: c.certain,
  earlier: isEarlierState(c.evidence.text),
});

const STATUS_WORDS: Partial<Record<EventType, string>> = {
  terminated: "was terminated",
  suspended: "was suspended",
  never_implemented: "never took effect",
  entered_into_force: "entered into force",
  expanded: "was expanded",
  withdrawn: "was left",
  ruled_unlawful: "was ruled unlawful",
  upheld: "was upheld",
};

/**
 * Incompatible statements about one agreement (and party) at one time, by the table of state pairs in
 * status-rules.ts. Returns the claims the cleaned timeline keeps: a collective statement ("all three
 * treaties were suspended") gives way to a specific one about this agreement in a clash where the row says so.
 */
export function findStatusConflicts(g: AgreementGroup, name: string, conflicts: Conflict[], cache?: ReconcileCache): EventClaim[] {
  // comparing statements in pairs is the costly part: kept under a hash of the claims it reads
  let all: Statement[] | undefined;
  const statements = () => (all ??= g.claims.map(statementOf));
  const found = cache ? cache.memo("status", statusKey(g), () => findClashes(g, statements())) : findClashes(g, statements());
  const dropped = new Set(found.dropped.map((i) => g.claims[i]));
  const clashes = new Map(
    found.rules.map((r) => {
      const rule = STATUS_RULES[r.rule];
      const [i, j] = r.best;
      return [rule, { best: { a: g.claims[i], b: g.claims[j], confidence: clashConfidence(rule, all?.[i] ?? statementOf(g.claims[i]), all?.[j] ?? statementOf(g.claims[j])) }, as: new Set(r.as.map((k) => g.claims[k])), bs: new Set(r.bs.map((k) => g.claims[k])) }];
    }),
  );
  const quote = (c: EventClaim) => `"${c.evidence.text}" (${c.evidence.file}${c.date?.value ? `, dated ${c.date.value}` : c.published ? `, as of ${c.published}` : ""})`;
  const more = (n: number) => (n > 0 ? ` (and ${n} more report${n > 1 ? "s" : ""})` : "");
  // what a statement says, of `agreement` ("the deal", or "it" the second time): one party's act with that party as its subject
  const said = (t: EventType, party: string | null, agreement: string) => {
    return partyAct(t, agreement, party) ?? `${agreement} ${STATUS_WORDS[t] ?? t.replace(/_/g, " ")}${party ? ` by ${party}` : ""}`;
  };
  // one conflict per agreement and contradiction, whatever the number of sources that repeat it: its id
  // names only the agreement and the two states, so it stays when articles come and go
  for (const rule of STATUS_RULES) {
    const found = clashes.get(rule);
    if (!found) continue;
    const { best, as, bs } = found;
    const collective = [...as, ...bs].some((c) => c.collective) ? " One of the statements is about several agreements at once." : "";
    const evidence = [...new Map([...as, ...bs].map((c) => [`${c.evidence.file}:${c.evidence.start}:${c.evidence.end}`, c.evidence])).values()].sort(bySpan);
    conflicts.push({
      id: hashId("status_conflict", g.key, rule.a, rule.b),
      type: "status_conflict",
      subject: name,
      parties: g.parties,
      detail: `${quote(best.a)}${more(as.size - 1)} says ${said(rule.a, best.a.party, theAgreement(name))}, but ${quote(best.b)}${more(bs.size - 1)} says ${said(rule.b, best.b.party, "it")}${best.b.certain ? "" : " (inferred, not stated)"}; both cannot hold at that time (rule ${rule.rule}).${collective} Check ${rule.check}.`,
      severity: rule.severity,
      confidence: best.confidence,
      rule: rule.rule,
      values: [rule.a, rule.b],
      evidence,
      review: null,
    });
  }
  return g.claims.filter((c) => !dropped.has(c));
}

/** What a group's status check found, by claim index: per row, the clash shown, every claim on each side; the claims dropped. */
interface Clashes {
  rules: Array<{ rule: number; best: [number, number]; as: number[]; bs: number[] }>;
  dropped: number[];
}

/** Everything findClashes reads of a group: its sides, and each claim's part of its statement (pending is read from the words) and span. */
function statusKey(g: AgreementGroup): string {
  const flag = (b: boolean | undefined) => (b ? "1" : "0");
  const lines = g.claims.map((c) => `${c.type}\t${c.party ?? ""}\t${c.date?.value ?? ""}\t${c.published ?? ""}\t${c.evidence.file}\t${c.evidence.start}\t${c.evidence.end}\t${flag(c.collective)}${flag(c.hedged)}${flag(c.certain)}\t${JSON.stringify(c.evidence.text)}`);
  return keyOf(`${g.parties.join("|")}${isOpenTreaty(g) ? "\topen" : ""}\n${lines.join("\n")}`);
}

/** A known agreement read with no fixed sides (the registry gives none): a treaty open to any state. */
const isOpenTreaty = (g: AgreementGroup) => g.claims.some((c) => c.registry && c.parties.length === 0);

function findClashes(g: AgreementGroup, statements: Statement[]): Clashes {
  const dropped = new Set<number>();
  const ctx: StatusContext = { parties: g.parties, statements, open: isOpenTreaty(g) };
  const out: Clashes["rules"] = [];
  // each row compares only the statements of its two states: no pass over every pair of claims
  const ofType = new Map<EventType, number[]>();
  g.claims.forEach((c, i) => (ofType.get(c.type) ?? ofType.set(c.type, []).get(c.type)!).push(i));
  // what clashOf asks of each statement of a pair, asked once per statement (a changed agreement of
  // ten thousand bench articles has about 3,000 claims: its rows compare hundreds of thousands of pairs)
  const asserting = statements.map(assertsState);
  const indexOf = (t: EventType) => (ofType.get(t) ?? []).filter((i) => asserting[i]);
  STATUS_RULES.forEach((rule, r) => {
    // clashOf gives this row for a pair of its two states only when the table gives it for them in this order
    if (ruleFor(rule.a, rule.b)?.rule !== rule) return;
    let best: { i: number; j: number; confidence: number } | null = null;
    const as = new Set<number>();
    const bs = new Set<number>();
    const ofB = indexOf(rule.b);
    for (const i of indexOf(rule.a))
      for (const j of ofB) {
        // clashOf(statements[i], statements[j], ctx) === rule, its table look-up and state checks made above
        if (!rule.clash(statements[i], statements[j], ctx)) continue;
        const [a, b] = [g.claims[i], g.claims[j]];
        if (rule.specificWins) {
          if (a.collective && !b.collective) dropped.add(i);
          else if (b.collective && !a.collective) dropped.add(j);
        }
        as.add(i);
        bs.add(j);
        // the most trusted clash, the first by span among equals
        const confidence = clashConfidence(rule, statements[i], statements[j]);
        if (!best || confidence > best.confidence || (confidence === best.confidence && (bySpan(a.evidence, g.claims[best.i].evidence) || bySpan(b.evidence, g.claims[best.j].evidence)) < 0)) best = { i, j, confidence };
      }
    if (best) out.push({ rule: r, best: [best.i, best.j], as: [...as], bs: [...bs] });
  });
  return { rules: out, dropped: [...dropped] };
}
