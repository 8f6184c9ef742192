// findStatusConflicts compares only the statements that can clash (each row's two states, each
// asserting a state): the same clashes as asking clashOf of every pair of the group's claims.
import { describe, expect, it } from "vitest";
import { seeded } from "../bench/generate.js";
import { findStatusConflicts, statementOf } from "../pipeline/reconcile/status-conflicts.js";
import type { EventClaim } from "../pipeline/reconcile/contributions.js";
import type { Conflict, EventType } from "../pipeline/schemas.js";
import { clashOf, STATUS_RULES } from "../pipeline/status-rules.js";

const TYPES: EventType[] = ["signed", "ratified", "entered_into_force", "expanded", "suspended", "terminated", "withdrawn", "rejoined", "never_implemented", "ruled_unlawful", "upheld"];
const WORDS = ["the pact was ended", "the deal had been suspended for months", "officials plan to terminate the accord", "the treaty took effect", "the court struck it down"];
const DAYS = ["2021-02-01", "2021-02-03", "2021-03", "2021", "2022-06-15", "2022-06", null];

function claimsOf(seed: number, n: number): EventClaim[] {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const file = `article-${Math.floor(r() * 6)}.txt`;
    const day = pick(DAYS);
    return {
      parties: ["Atlantis", "Borduria", "Carpania"],
      kind: null,
      name: null,
      type: pick(TYPES),
      party: pick([null, null, "Atlantis", "Borduria"]),
      date: day ? { value: day, text: day } : null,
      hedged: r() < 0.1,
      collective: r() < 0.2,
      certain: r() < 0.85,
      registry: false,
      evidence: { file, text: pick(WORDS), start: i * 40, end: i * 40 + 30 },
      published: pick(["2021-02-02", "2021-06-01", "2022-07-01", null]),
    };
  });
}

describe("status conflicts: only the pairs that can clash are compared", () => {
  it("finds every row's clashes that clashOf finds over all pairs, on random groups", () => {
    let clashing = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const claims = claimsOf(seed, 30 + (seed % 5) * 10);
      const g = { key: "atlantis|borduria|carpania", parties: ["Atlantis", "Borduria", "Carpania"], claims };
      const conflicts: Conflict[] = [];
      findStatusConflicts(g, "the Atlantis–Borduria–Carpania pact", conflicts);
      // by brute force: per row, the spans of the claims on either side of a clash
      const statements = claims.map(statementOf);
      const ctx = { parties: g.parties, statements, open: false };
      const expected = new Map<string, Set<string>>();
      for (let i = 0; i < claims.length; i++)
        for (let j = 0; j < claims.length; j++) {
          const rule = STATUS_RULES.find((x) => x.a === claims[i].type && x.b === claims[j].type);
          if (!rule || clashOf(statements[i], statements[j], ctx) !== rule) continue;
          const spans = expected.get(rule.rule) ?? expected.set(rule.rule, new Set()).get(rule.rule)!;
          for (const c of [claims[i], claims[j]]) spans.add(`${c.evidence.file}:${c.evidence.start}`);
        }
      const found = new Map(conflicts.map((c) => [c.rule, new Set(c.evidence.map((e) => `${e.file}:${e.start}`))]));
      expect([...found.keys()].sort(), `seed ${seed}`).toEqual([...expected.keys()].sort());
      for (const [rule, spans] of expected) expect([...found.get(rule)!].sort(), `seed ${seed}, ${rule}`).toEqual([...spans].sort());
      clashing += expected.size;
    }
    // the random groups do clash (a check that compares nothing would pass above)
    expect(clashing).toBeGreaterThan(40);
  });
});
