// Title conflicts found class by class (each pair of a person's title wordings judged once) are the
// ones the plain pass over every pair of titles finds: same conflicts, same order, same wording.
// And a person's offices looked up in the reference list's index by name are those a pass over the list finds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Contribution, TitleClaim } from "../pipeline/reconcile/contributions.js";
import type { ReferenceName } from "../pipeline/reconcile/contributions.js";
import { nameTokens } from "../pipeline/reconcile/common.js";
import { findTitleConflicts, officeOf, officesHeld, titleConflict, titlesByPerson, titlesClash, titleWords } from "../pipeline/reconcile/title-conflicts.js";
import type { Conflict } from "../pipeline/schemas.js";

// the pass before the classes, kept as the reference
function pairwise(contributions: readonly Contribution[], nameOf: (n: string, file: string) => string, conflicts: Conflict[]) {
  const byPerson = titlesByPerson(contributions, nameOf);
  const days = (a: string | null, b: string | null) => (a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 864e5 : Infinity);
  const officeKey = (t: TitleClaim, country: string | null) => officeOf(t.title, t.country ?? country) ?? titleWords(t.title).join(" ");
  // "fisheries minister" in November and again in May, "Foreign Minister" in February: an office held
  // on both sides of another title (within two years, from another article) was held in between too
  const bracket = (x: TitleClaim, mid: TitleClaim, list: TitleClaim[]) => {
    const [px, pm] = [x.published, mid.published];
    if (!px || !pm || px === pm || mid.years.some((y) => String(y) !== pm.slice(0, 4))) return undefined;
    return list.find((c) => c !== x && c !== mid && c.published && c.evidence.file !== mid.evidence.file && (px < pm ? c.published > pm : c.published < pm) && days(px, c.published) <= 731 && officeKey(c, x.country ?? mid.country) === officeKey(x, c.country ?? mid.country));
  };
  for (const [who, list] of [...byPerson.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const seen = new Set<string>();
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const sameTime = a.evidence.file === b.evidence.file || days(a.published, b.published) <= 31;
        const around = sameTime ? undefined : (bracket(a, b, list) ?? bracket(b, a, list));
        if (!sameTime && !around) continue;
        // whether two titles can clash is one rule (titlesClash); what is checked here is the order and grouping
        const v = titlesClash(a, b);
        if (!v) continue;
        const { k, ko } = v;
        if (seen.has(k) || seen.has(ko)) continue;
        seen.add(k);
        seen.add(ko);
        conflicts.push(titleConflict(who, k, a, b, around, v.offices));
      }
  }
}


const TITLES = ["Foreign Minister", "foreign minister", "Prime Minister", "President", "Fisheries Minister", "then-Defence Secretary", "Trade Minister", "Finance Minister", "Premier", "acting President"];
const COUNTRIES = [null, "France", "Canada", "Peru"];
const DAYS = [null, "2020-01-10", "2020-01-25", "2020-03-01", "2020-09-15", "2021-02-01", "2022-06-30"];
const claim = fc.record({
  who: fc.constantFrom("Ana Ruiz", "Ana Ruiz", "Tom Berg"),
  title: fc.constantFrom(...TITLES),
  country: fc.constantFrom(...COUNTRIES),
  published: fc.constantFrom(...DAYS),
  file: fc.nat(5),
  start: fc.nat(400),
  years: fc.constantFrom([], [2020], [2019]),
});

describe("title conflicts", () => {
  it("are those of the pass over every pair of titles", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 40 }), (claims) => {
        const byFile = new Map<string, Contribution>();
        for (const c of claims) {
          const file = `a${c.file}.txt`;
          const contribution = byFile.get(file) ?? { file, published: c.published, events: [], names: [], titles: [] };
          byFile.set(file, contribution);
          const t: TitleClaim = { name: c.who, title: c.title, country: c.country, evidence: { file, text: `${c.title} ${c.who}`, start: c.start, end: c.start + 20 }, published: c.published, years: [...c.years], speaks: false, certain: true, ambiguous: false, atEvent: null };
          contribution.titles.push(t);
        }
        const cs = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
        const nameOf = (n: string) => n;
        const fast: Conflict[] = [];
        const slow: Conflict[] = [];
        findTitleConflicts(cs, nameOf, fast);
        pairwise(cs, nameOf, slow);
        expect(fast).toEqual(slow);
        found += slow.length;
      }),
      { numRuns: 300, seed: 5 },
    );
    expect(found).toBeGreaterThan(100);
  });
});

// the pass over the whole reference list that officesHeld's index by name replaced, kept as the reference
const officesHeldByPass = (who: string, reference: readonly ReferenceName[], years: readonly number[]) =>
  reference.filter(
    (r) =>
      r.office &&
      [r.name, ...(r.variants ?? [])].some((v) => nameTokens(v).join(" ") === nameTokens(who).join(" ")) &&
      (!years.length || r.from === undefined || years.some((y) => r.from! <= y && (r.to === null || r.to === undefined || y <= r.to))),
  );

describe("the reference list's offices of a person", () => {
  const spelling = fc.constantFrom("Anna Berg", "anna berg", "Ana Berg", "Berg", "Omar Said", "Omar Saïd", "Li Wei");
  const entry = fc.record(
    {
      name: spelling,
      variants: fc.array(spelling, { maxLength: 2 }),
      office: fc.constantFrom("Foreign Minister", "Defence Minister", ""),
      from: fc.integer({ min: 2000, max: 2020 }),
      to: fc.option(fc.integer({ min: 2000, max: 2024 }), { nil: null }),
    },
    { requiredKeys: ["name", "office"] },
  );
  it("are those a pass over every entry finds, in the list's order, each once (an entry named by two of its spellings too)", () => {
    let found = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), spelling, fc.array(fc.integer({ min: 1998, max: 2026 }), { maxLength: 3 }), (reference, who, years) => {
        const held = officesHeld(who, reference, years);
        expect(held).toEqual(officesHeldByPass(who, reference, years));
        // the same entries, not copies: callers compare them
        held.forEach((r, i) => expect(r).toBe(officesHeldByPass(who, reference, years)[i]));
        found += held.length;
      }),
      { numRuns: 400, seed: 7 },
    );
    expect(found).toBeGreaterThan(100);
  });
  it("of a list with no office for the name are none", () => {
    expect(officesHeld("Anna Berg", [{ name: "Anna Berg" }, { name: "Omar Said", office: "Foreign Minister" }], [])).toEqual([]);
    expect(officesHeld("Anna Berg", [{ name: "Omar Said", variants: ["Anna Berg"], office: "Foreign Minister", from: 2010, to: 2012 }], [2011])).toHaveLength(1);
  });
});

describe("a person's present-time titles", () => {
  const titleOf = (title: string): Contribution => ({
    file: "a.txt", published: "2016-04-07", events: [], names: [],
    titles: [{ name: "Rosa Almeida", title, country: "Mexico", evidence: { file: "a.txt", text: `${title} Rosa Almeida`, start: 0, end: 20 }, published: "2016-04-07", years: [], speaks: false, certain: true, ambiguous: false, atEvent: null }],
  });
  const kept = (title: string) => (titlesByPerson([titleOf(title)], (n) => n).get("Rosa Almeida") ?? []).map((t) => t.title);
  // an office not yet held ("the incoming ambassador", "President-elect") does not contradict the one held now
  it.each(["incoming ambassador", "President-elect", "Ambassador-designate", "former consul general"])("leave out %j", (title) => expect(kept(title)).toEqual([]));
  it.each(["consul general", "outgoing ambassador", "acting President", "Ambassador"])("keep %j", (title) => expect(kept(title)).toEqual([title]));
});
