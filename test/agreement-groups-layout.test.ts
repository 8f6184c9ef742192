// The agreement groups a reconcile finds through the last one's layout (regrouping only the sides
// and names the added and removed articles touch) are exactly the groups grouping every claim
// gives: same groups, same order, same claims, same cache keys, after every step of random
// sequences of articles added, changed and removed. The articles are small made-up ones whose
// events share sides, kinds of one family or none, proper names given with and without two sides,
// and known (registry) agreements, so that a changed article moves other articles' claims.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { mergeContributions, ReconcileCache, type Contribution, type EventClaim } from "../pipeline/reconcile/index.js";
import { groupAgreements, keyedGroups } from "../pipeline/reconcile/grouping.js";
import type { EventType } from "../pipeline/schemas.js";

const SIDES = ["Aldovia", "Borduria", "Carpania", "Drovnia"];
const KINDS_USED = [null, null, "readmission", "returns", "trade", "security", "extradition"];
const NAMES = [null, null, "pact", "Blue River Accord", "blue river accord", "Harbour Transit Pact", "Treaty of Orsk"];
const TYPES: EventType[] = ["signed", "announced", "ratified", "suspended", "entered_into_force"];
const DAYS = [null, "2021-03-04", "2021-03", "2022-07-19", "2021"];

const eventArb = fc.record({
  sides: fc.subarray(SIDES, { maxLength: 3 }),
  kind: fc.constantFrom(...KINDS_USED),
  name: fc.constantFrom(...NAMES),
  registry: fc.boolean(),
  type: fc.constantFrom(...TYPES),
  day: fc.constantFrom(...DAYS),
  party: fc.option(fc.constantFrom(...SIDES), { freq: 4 }),
});
type EventSpec = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function contribution(file: string, specs: EventSpec[]): Contribution {
  const published = "2022-09-01";
  const events: EventClaim[] = specs.map((s, i) => ({
    parties: [...s.sides].sort(),
    kind: s.kind,
    name: s.name,
    type: s.type,
    party: s.party,
    date: s.day ? { value: s.day, text: s.day } : null,
    hedged: false,
    collective: false,
    certain: true,
    registry: s.registry && s.name !== null,
    evidence: { file, text: `${s.sides.join(" and ")} ${s.type} ${s.name ?? "an agreement"} (${i}).`, start: i * 100, end: i * 100 + 60 },
    published,
  }));
  return { file, published, events, names: [], titles: [] };
}

const stepArb = fc.record({ op: fc.constantFrom("add", "add", "remove", "change"), at: fc.nat(50), events: fc.array(eventArb, { maxLength: 4 }), viaFile: fc.boolean() });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What a group list is: each group's key, parties and claims, and its cache key. */
const shapeOf = (gs: ReturnType<typeof keyedGroups>) => gs.map(({ g, key }) => ({ key: g.key, parties: [...g.parties], claims: g.claims, cacheKey: key }));

describe("agreement groups through the last reconcile's layout", () => {
  it("are the groups, order and cache keys grouping every claim gives, after every added, changed or removed article", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(eventArb, { maxLength: 4 }), { minLength: 1, maxLength: 8 }), fc.array(stepArb, { minLength: 1, maxLength: 8 }), async (start, steps) => {
        const inbox = new Map<string, Contribution>();
        const version = new Map<string, number>();
        start.forEach((evs, i) => inbox.set(`a${String(i).padStart(3, "0")}.txt`, contribution(`a${String(i).padStart(3, "0")}.txt`, evs)));
        const sorted = () => [...inbox.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
        const sourceKey = (c: Contribution) => `${c.file}\u0000v${version.get(c.file) ?? 0}`;
        let cache = new ReconcileCache();
        const dir = mkdtempSync(path.join(os.tmpdir(), "claimline-layout-"));
        dirs.push(dir);
        const check = () => {
          const cs = sorted();
          const laid = shapeOf(keyedGroups(cs, cache, sourceKey));
          cache.prune();
          const fresh = shapeOf(keyedGroups(cs, new ReconcileCache(), sourceKey));
          expect(laid).toEqual(fresh);
          expect(fresh.map(({ key, parties, claims }) => ({ key, parties, claims }))).toEqual(groupAgreements(cs).map((g) => ({ key: g.key, parties: [...g.parties], claims: g.claims })));
        };
        check();
        let n = start.length;
        for (const s of steps) {
          const files = [...inbox.keys()].sort();
          if (s.op === "remove" && files.length > 1) inbox.delete(files[s.at % files.length]);
          else if (s.op === "change" && files.length) {
            const file = files[s.at % files.length];
            version.set(file, (version.get(file) ?? 0) + 1);
            inbox.set(file, contribution(file, s.events));
          } else {
            // a new file, sorting anywhere among the others
            const file = `${String.fromCharCode(97 + (s.at % 3))}${String(n++).padStart(3, "0")}.txt`;
            inbox.set(file, contribution(file, s.events));
          }
          if (s.viaFile) {
            await cache.save(dir);
            cache = await ReconcileCache.load(dir);
          }
          check();
        }
      }),
      { numRuns: 400, seed: 2913 },
    );
  });

  it("gives the same timeline and conflicts as a reconcile without a cache", () => {
    const cache = new ReconcileCache();
    const r = fc.sample(fc.array(fc.array(eventArb, { maxLength: 5 }), { minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 5 })[0];
    const cs = r.map((evs, i) => contribution(`f${String(i).padStart(3, "0")}.txt`, evs));
    for (let k = 10; k <= cs.length; k += 5) {
      const now = cs.slice(0, k);
      expect(mergeContributions(now, {}, cache)).toEqual(mergeContributions(now, {}));
    }
  });

  it("regroups only the articles whose sides or names an added article touches", () => {
    // four pairs of sides, ten articles each; one more article on one pair regroups that pair's articles only
    const pairs = [["Aldovia", "Borduria"], ["Aldovia", "Carpania"], ["Borduria", "Drovnia"], ["Carpania", "Drovnia"]];
    const spec = (sides: string[]): EventSpec => ({ sides, kind: "trade", name: null, registry: false, type: "signed", day: "2021-03-04", party: null });
    const cs = Array.from({ length: 40 }, (_, i) => contribution(`f${String(i).padStart(3, "0")}.txt`, [spec(pairs[i % 4])]));
    const cache = new ReconcileCache();
    const sourceKey = (c: Contribution) => c.file;
    keyedGroups(cs, cache, sourceKey);
    cache.prune();
    const more = [...cs, contribution("f999.txt", [spec(pairs[1])])].sort((a, b) => (a.file < b.file ? -1 : 1));
    const seen: Contribution[] = [];
    for (const c of more) {
      // a contribution grouped again has its events read; one whose groups are the layout's has only its claims picked by index
      const events = c.events;
      Object.defineProperty(c, "events", { get: () => (new Error().stack?.includes("groupAgreements") && seen.push(c), events), configurable: true });
    }
    const gs = keyedGroups(more, cache, sourceKey);
    const regrouped = [...new Set(seen)];
    expect(regrouped.length).toBe(11);
    expect(regrouped.every((c) => c.events[0].parties.join("|") === "Aldovia|Carpania")).toBe(true);
    expect(gs.map(({ g }) => g.key)).toEqual(groupAgreements(more).map((g) => g.key));
  });
});

describe("described events beside several known agreements of the same sides", () => {
  // two treaties of the same two sides known by name (an old one and its successor), and events read
  // by rules that do not mark the registry: one giving the successor's name, one only "treaty"
  const ev = (name: string | null, registry: boolean, type: EventType): EventSpec => ({ sides: ["Aldovia", "Borduria"], kind: registry || name ? "security" : null, name, registry, type, day: null, party: null });
  const groupsOf = (specs: EventSpec[]) =>
    groupAgreements([contribution("a.txt", specs)]).map((g) => `${g.key}: ${g.claims.map((c) => `${c.type} ${c.name ?? "-"}`).join(", ")}`);

  it("joins a described event to the known agreement whose name it gives, and an unnamed one with it", () => {
    expect(groupsOf([ev("Treaty of Orsk", true, "suspended"), ev("Blue River Accord", true, "signed"), ev("Blue River Accord", false, "entered_into_force"), ev("treaty", false, "ratified")])).toEqual([
      "Aldovia|Borduria#registry:treaty of orsk: suspended Treaty of Orsk",
      "Aldovia|Borduria#registry:blue river accord: signed Blue River Accord, entered_into_force Blue River Accord, ratified treaty",
    ]);
  });

  it("leaves an unnamed event apart when the described events give both known names", () => {
    expect(groupsOf([ev("Treaty of Orsk", true, "suspended"), ev("Blue River Accord", true, "signed"), ev("Blue River Accord", false, "entered_into_force"), ev("Treaty of Orsk", false, "terminated"), ev("treaty", false, "ratified")])).toEqual([
      "Aldovia|Borduria#registry:treaty of orsk: suspended Treaty of Orsk, terminated Treaty of Orsk",
      "Aldovia|Borduria#registry:blue river accord: signed Blue River Accord, entered_into_force Blue River Accord",
      "Aldovia|Borduria#security: ratified treaty",
    ]);
  });

  it("leaves described events that give no known name apart, as before", () => {
    expect(groupsOf([ev("Treaty of Orsk", true, "suspended"), ev("Blue River Accord", true, "signed"), ev("treaty", false, "ratified")])).toEqual([
      "Aldovia|Borduria#registry:treaty of orsk: suspended Treaty of Orsk",
      "Aldovia|Borduria#registry:blue river accord: signed Blue River Accord",
      "Aldovia|Borduria#security: ratified treaty",
    ]);
  });
});

describe("described events of one pair of sides whose names give two agreements", () => {
  // events read by rules that mark no registry agreement: the groups split by the names the events give
  const ev = (sides: string[], name: string | null, type: EventType, kind: string | null = "trade"): EventSpec => ({ sides, kind, name, registry: false, type, day: null, party: null });
  const AB = ["Aldovia", "Borduria"];
  const groupsOf = (...files: EventSpec[][]) =>
    groupAgreements(files.map((specs, i) => contribution(`a${i}.txt`, specs))).map((g) => `${g.key}: ${g.claims.map((c) => `${c.type} ${c.name ?? "-"}`).join(", ")}`);

  it.each([
    // a subject word of its own ("Digital") is another agreement; an unnamed event stays with the first
    [[[ev(AB, "Trade Agreement", "signed"), ev(AB, "deal", "ratified")], [ev(AB, "Aldovia-Borduria Digital Trade Agreement", "entered_into_force")]],
      ["Aldovia|Borduria#trade: signed Trade Agreement, ratified deal", "Aldovia|Borduria#trade#aldovia-borduria digital trade agreement: entered_into_force Aldovia-Borduria Digital Trade Agreement"]],
    // two kinds of instrument signed on one visit are two documents
    [[[ev(AB, "memorandum of understanding", "signed", null), ev(AB, "joint declaration", "signed", null)], [ev(AB, "declaration of intent", "signed", null)]],
      ["Aldovia|Borduria#general: signed memorandum of understanding", "Aldovia|Borduria#general#joint declaration: signed joint declaration", "Aldovia|Borduria#general#declaration of intent: signed declaration of intent"]],
    // a piece comes where its first event is: before a group whose first event comes after it (the layout's order)
    [[[ev(AB, "Trade Agreement", "signed"), ev(AB, "Digital Trade Agreement", "signed")], [ev(["Aldovia", "Carpania"], null, "signed")]],
      ["Aldovia|Borduria#trade: signed Trade Agreement", "Aldovia|Borduria#trade#digital trade agreement: signed Digital Trade Agreement", "Aldovia|Carpania#trade: signed -"]],
  ])("splits %j", (files, want) => {
    expect(groupsOf(...(files as EventSpec[][]))).toEqual(want);
  });

  it.each([
    // one agreement under a short and a long name (its sides, a neutral word), in either order
    [[[ev(AB, "Free Trade Agreement", "signed")], [ev(AB, "Aldovia-Borduria Free Trade Agreement", "ratified")]]],
    [[[ev(AB, "THE ALDOVIA-Borduria Free Trade Agreement", "ratified")], [ev(AB, "Aldovia-Borduria Trade Agreement", "signed")]]],
    // an acronym does not show its words; the same kind of instrument, however written
    [[[ev(AB, "AB FTA", "signed")], [ev(AB, "Aldovia-Borduria Trade Agreement", "ratified")]]],
    [[[ev(AB, "memorandum of understanding", "signed", null)], [ev(AB, "MoU", "ratified", null)]]],
    // a proper name and a kind of instrument may name one document
    [[[ev(AB, "Blue River Accord", "signed", null)], [ev(AB, "memorandum of understanding", "ratified", null)]]],
  ])("keeps one agreement: %j", (files) => {
    expect(groupsOf(...(files as EventSpec[][]))).toHaveLength(1);
  });
});
