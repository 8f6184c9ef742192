// Decisions: checked against the conflicts, appended atomically, applied to every output; conflict
// ids stay the same across runs and when unrelated articles come and go.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendDecision, applyDecisions, checkDecision, DecisionError, readDecisions, valueProblem } from "../pipeline/decisions.js";
import { reconcile } from "../pipeline/reconcile/index.js";
import { ArticleRecord, Decisions, Errors, type Conflict, type Decision } from "../pipeline/schemas.js";

// the golden records stand for a run over the fixtures (no extraction needed)
const EXPECTED = "fixtures/expected";
const records = await Promise.all(
  (await fs.readdir(EXPECTED))
    .filter((f) => f.endsWith(".json") && !["timeline.json", "conflicts.json"].includes(f))
    .sort()
    .map(async (f) => ArticleRecord.parse(JSON.parse(await fs.readFile(path.join(EXPECTED, f), "utf8")))),
);
const result = reconcile(records);
const byVariant = (v: string) => result.conflicts.find((c) => c.type === "name_variant" && c.variant === v)!;
const ofType = (t: Conflict["type"], subject: RegExp) => result.conflicts.find((c) => c.type === t && subject.test(c.subject))!;
const at = "2026-01-01T00:00:00.000Z";
const decision = (conflict: string, d: "accept" | "reject", value?: string): Decision => ({ conflict, decision: d, ...(value ? { value } : {}), at });

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-decisions-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("conflict ids", () => {
  it("are the same on a second run", () => {
    expect(reconcile(records).conflicts.map((c) => c.id)).toEqual(result.conflicts.map((c) => c.id));
  });

  it("stay the same when unrelated articles are added or removed", () => {
    const cluster = records.filter((r) => r.source.file.startsWith("cluster-"));
    const others = records.filter((r) => !r.source.file.startsWith("cluster-"));
    expect(cluster.length).toBeGreaterThan(5);
    const alone = reconcile(cluster).conflicts;
    const ids = new Set(result.conflicts.map((c) => c.id));
    // a conflict that only cluster articles make keeps its id when the other articles join
    const untouched = alone.filter((c) => !result.conflicts.some((d) => d.type === c.type && d.subject === c.subject && d.evidence.length !== c.evidence.length));
    expect(untouched.length).toBeGreaterThanOrEqual(3);
    for (const c of untouched) expect(ids, `${c.type} ${c.subject}`).toContain(c.id);
    // and reading the articles in another order changes nothing
    expect(reconcile([...others, ...cluster].reverse()).conflicts.map((c) => c.id)).toEqual(result.conflicts.map((c) => c.id));
  });
});

describe("checking a decision", () => {
  it("refuses an unknown conflict id with a clear message", () => {
    expect(() => checkDecision(result.conflicts, { conflict: "0000000000000000", decision: "accept" })).toThrow(/no conflict with id "0000000000000000"/);
  });

  it("refuses anything but accept or reject, and a value on a rejection", () => {
    const id = byVariant("Buckele").id;
    expect(() => checkDecision(result.conflicts, { conflict: id, decision: "maybe" })).toThrow(DecisionError);
    expect(() => checkDecision(result.conflicts, { conflict: id, decision: "reject", value: "Bukele" })).toThrow(/--value goes with accept/);
  });

  it.each([
    ["name_variant", "Bukele", true],
    ["name_variant", "O'Neill-Smith", true],
    ["name_variant", "2019-09-20", false],
    ["name_variant", "<script>", false],
    ["date_conflict", "2023-07-17", true],
    ["date_conflict", "2023-07", true],
    ["date_conflict", "2023", true],
    ["date_conflict", "2023-02-30", false],
    ["date_conflict", "2023-13", false],
    ["date_conflict", "Bukele", false],
    ["status_conflict", "terminated", true],
    ["status_conflict", "signed", false],
    ["status_conflict", "2019-09-20", false],
  ] as const)("a %s takes %j: %s", (type, value, ok) => {
    const c = type === "status_conflict" ? ofType(type, /El Salvador/) : type === "date_conflict" ? ofType(type, /Tunisia/) : byVariant("Buckele");
    expect(valueProblem(c, value) === null).toBe(ok);
  });

  it("keeps the value and note trimmed, in the contract's shape", () => {
    const d = checkDecision(result.conflicts, { conflict: byVariant("Buckele").id, decision: "accept", value: " Bukele ", note: " checked " }, at);
    expect(Decisions.parse([d])).toEqual([{ conflict: byVariant("Buckele").id, decision: "accept", value: "Bukele", note: "checked", at }]);
  });
});

describe("applying decisions", () => {
  it("marks events with open conflicts disputed, and a rejected conflict is no longer flagged", () => {
    const status = ofType("status_conflict", /El Salvador/);
    const flagged = (r: ReturnType<typeof applyDecisions>) => r.timeline.agreements.flatMap((a) => a.events).filter((e) => e.conflicts.includes(status.id));
    const before = applyDecisions(result, []);
    expect(flagged(before).length).toBeGreaterThan(0);
    expect(flagged(before).every((e) => e.disputed)).toBe(true);
    const after = applyDecisions(result, [decision(status.id, "reject")]);
    expect(flagged(after)).toEqual([]);
    expect(after.conflicts.find((c) => c.id === status.id)!.review).toEqual({ decision: "reject", at });
    expect(after.conflicts.filter((c) => c.id !== status.id).every((c) => c.review === null)).toBe(true);
  });

  it("uses an accepted spelling in the entity's canonical name and variants", () => {
    const c = byVariant("Buckele");
    const entity = (r: ReturnType<typeof applyDecisions>) => r.timeline.entities.find((e) => e.canonical.endsWith("Bukele") || e.canonical.endsWith("Bukelé"))!;
    expect(entity(applyDecisions(result, [])).variants).toContain("Buckele");
    const accepted = applyDecisions(result, [decision(c.id, "accept")]);
    expect(entity(accepted).variants).not.toContain("Buckele");
    const respelt = applyDecisions(result, [decision(c.id, "accept", "Bukelé")]);
    expect(entity(respelt).variants.some((v) => v.includes("Bukelé"))).toBe(true);
    expect(entity(respelt).variants.some((v) => v.includes("Buckele"))).toBe(false);
  });

  it("uses an accepted date, with the words of the source that gives it", () => {
    const c = ofType("date_conflict", /Tunisia/);
    const signed = (r: ReturnType<typeof applyDecisions>) => r.timeline.agreements.find((a) => a.parties.includes("Tunisia"))!.events.find((e) => e.type === "signed")!;
    expect(signed(applyDecisions(result, [])).date?.value).toBe(c.values![0]);
    const r = applyDecisions(result, [decision(c.id, "accept", c.values![1])]);
    expect(signed(r).date).toEqual({ value: c.values![1], text: signed(r).sources.find((s) => s.date?.value === c.values![1])!.date!.text });
    expect(signed(r).disputed).toBe(false);
  });

  it("uses an accepted status: the statements of the other status leave the timeline", () => {
    const c = ofType("status_conflict", /Albania/);
    const types = (r: ReturnType<typeof applyDecisions>) => r.timeline.agreements.find((a) => a.parties.includes("Albania"))!.events.map((e) => e.type);
    expect(types(applyDecisions(result, []))).toEqual(expect.arrayContaining(["entered_into_force", "never_implemented"]));
    const r = applyDecisions(result, [decision(c.id, "accept", "never_implemented")]);
    expect(types(r)).toContain("never_implemented");
    expect(types(r)).not.toContain("entered_into_force");
  });

  it("counts the latest decision for a conflict, keeps orphaned ones, and changes nothing it was given", () => {
    const c = byVariant("Buckele");
    const copy = structuredClone(result);
    const r = applyDecisions(result, [decision(c.id, "accept"), decision("feedfacefeedface", "reject"), decision(c.id, "reject")]);
    expect(r.conflicts.find((x) => x.id === c.id)!.review?.decision).toBe("reject");
    expect(r.orphaned.map((d) => d.conflict)).toEqual(["feedfacefeedface"]);
    expect(result).toEqual(copy);
  });
});

describe("decisions.json", () => {
  it("takes many appends at once and stays valid JSON with every decision", async () => {
    const out = path.join(tmp, "many");
    await Promise.all(Array.from({ length: 25 }, (_, i) => appendDecision(out, decision(`c${i}`, i % 2 ? "accept" : "reject"))));
    const all = await readDecisions(out);
    expect(all.map((d) => d.conflict).sort()).toEqual(Array.from({ length: 25 }, (_, i) => `c${i}`).sort());
    expect((await fs.readdir(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("is never rewritten by a run, and a broken one is reported in errors.json", async () => {
    const { OutputStore, summaryOf } = await import("../pipeline/store.js");
    const { writeOutputs } = await import("../pipeline/run.js");
    const out = path.join(tmp, "broken");
    await fs.mkdir(out, { recursive: true });
    const broken = '[{"conflict": "x", "decision": "perhaps"}]\n';
    await fs.writeFile(path.join(out, "decisions.json"), broken);
    await writeOutputs(new OutputStore(out), records.map(summaryOf), []);
    expect(await fs.readFile(path.join(out, "decisions.json"), "utf8")).toBe(broken);
    const errors = Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")));
    expect(errors).toEqual([{ file: "decisions.json", reason: expect.stringMatching(/^not applied: .*does not fit the contract/) }]);
  });
});

describe("conflict ids when related articles are added", () => {
  const copy = (file: string, as: string) => {
    const r = records.find((x) => x.source.file === file)!;
    return { ...r, id: `${r.id}-copy-${as}`, source: { ...r.source, file: as } };
  };

  it("keep a 'never entered into force' conflict's id when another article reports the entry into force", () => {
    const c = ofType("status_conflict", /Guatemala/);
    const more = reconcile([...records, copy("cluster-us-guatemala-2019-11.txt", "0-first-in-line.txt")]);
    const again = more.conflicts.find((x) => x.type === "status_conflict" && x.subject === c.subject)!;
    expect(again.evidence.length).toBe(c.evidence.length + 1);
    expect(again.id).toBe(c.id);
  });

  it("keep a date conflict's id when new sources make the other date the better attested one", () => {
    const c = ofType("date_conflict", /Tunisia/);
    const more = reconcile([...records, copy("cluster-eu-tunisia-2023-09.txt", "tunisia-a.txt"), copy("cluster-eu-tunisia-2023-09.txt", "tunisia-b.txt")]);
    const again = more.conflicts.find((x) => x.type === "date_conflict" && x.parties?.includes("Tunisia"))!;
    expect(again.values).toEqual([...c.values!].reverse());
    expect(again.id).toBe(c.id);
  });
});
