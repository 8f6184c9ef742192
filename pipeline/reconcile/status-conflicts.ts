// Status conflicts: statements about one agreement that cannot both hold (status-rules.ts's table).
import { isPendingAct } from "../../extractors/lexicon/pending-acts.js";
import { clashConfidence, clashOf, STATUS_RULES, type Statement, type StatusContext, type StatusRule } from "../status-rules.js";
import type { Conflict, EventType } from "../schemas.js";
import { bySpan, dateRange, hashId, type AgreementGroup } from "./common.js";
import type { EventClaim } from "./contributions.js";


const statementOf = (c: EventClaim): Statement => ({
  type: c.type,
  party: c.party,
  range: dateRange(c.date?.value),
  said: c.published,
  file: c.evidence.file,
  collective: c.collective,
  hedged: c.hedged,
  pending: isPendingAct(c.evidence.text),
  certain: c.certain,
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
export function findStatusConflicts(g: AgreementGroup, name: string, conflicts: Conflict[]): EventClaim[] {
  const dropped = new Set<EventClaim>();
  const statements = g.claims.map(statementOf);
  const ctx: StatusContext = { parties: g.parties, statements };
  const clashes = new Map<StatusRule, Array<{ a: EventClaim; b: EventClaim; confidence: number }>>();
  // each row compares only the statements of its two states: no pass over every pair of claims
  const ofType = new Map<EventType, number[]>();
  g.claims.forEach((c, i) => (ofType.get(c.type) ?? ofType.set(c.type, []).get(c.type)!).push(i));
  const indexOf = (t: EventType) => ofType.get(t) ?? [];
  for (const rule of STATUS_RULES) {
    for (const i of indexOf(rule.a))
      for (const j of indexOf(rule.b)) {
        if (clashOf(statements[i], statements[j], ctx) !== rule) continue;
        const [a, b] = [g.claims[i], g.claims[j]];
        if (rule.specificWins) {
          if (a.collective && !b.collective) dropped.add(a);
          else if (b.collective && !a.collective) dropped.add(b);
        }
        if (!clashes.has(rule)) clashes.set(rule, []);
        clashes.get(rule)!.push({ a, b, confidence: clashConfidence(rule, statements[i], statements[j]) });
      }
  }
  const quote = (c: EventClaim) => `"${c.evidence.text}" (${c.evidence.file}${c.date?.value ? `, dated ${c.date.value}` : c.published ? `, as of ${c.published}` : ""})`;
  const more = (n: number) => (n > 0 ? ` (and ${n} more report${n > 1 ? "s" : ""})` : "");
  const said = (t: EventType, party: string | null) => `${STATUS_WORDS[t] ?? t.replace(/_/g, " ")}${party ? ` by ${party}` : ""}`;
  // one conflict per agreement and contradiction, whatever the number of sources that repeat it: its id
  // names only the agreement and the two states, so it stays when articles come and go
  for (const rule of STATUS_RULES) {
    const list = clashes.get(rule);
    if (!list) continue;
    const best = [...list].sort((x, y) => y.confidence - x.confidence || bySpan(x.a.evidence, y.a.evidence) || bySpan(x.b.evidence, y.b.evidence))[0];
    const as = new Set(list.map((x) => x.a));
    const bs = new Set(list.map((x) => x.b));
    const collective = [...as, ...bs].some((c) => c.collective) ? " One of the statements is about several agreements at once." : "";
    const evidence = [...new Map([...as, ...bs].map((c) => [`${c.evidence.file}:${c.evidence.start}:${c.evidence.end}`, c.evidence])).values()].sort(bySpan);
    conflicts.push({
      id: hashId("status_conflict", g.key, rule.a, rule.b),
      type: "status_conflict",
      subject: name,
      parties: g.parties,
      detail: `${quote(best.a)}${more(as.size - 1)} says the ${name} ${said(rule.a, best.a.party)}, but ${quote(best.b)}${more(bs.size - 1)} says it ${said(rule.b, best.b.party)}${best.b.certain ? "" : " (inferred, not stated)"}; both cannot hold at that time (rule ${rule.rule}).${collective} Check ${rule.check}.`,
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
