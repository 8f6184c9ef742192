// A date pattern's hint (timex.ts) is a test of the whole text that must pass for the pattern's matches to count.
// findCandidates (dates.ts) asks it only once the pattern has a match (or before a pattern's scan of the whole text):
// the candidates are those of the patterns whose hints hold, as when every hint was asked first.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findCandidates, hintHolds } from "../extractors/dates.js";
import { TIMEX_PATTERNS } from "../extractors/timex.js";
import { syntheticArticle } from "../bench/generate.js";

const patternNamed = (name: string) => {
  const p = TIMEX_PATTERNS.find((q) => q.name === name);
  expect(p).toBeDefined();
  return p!;
};

describe("hintHolds: whether a date pattern's hint lets it count on a text", () => {
  it.each([
    ["the talks ran overnight", "overnight", true],
    ["the talks ran all night", "overnight", false],
    ["on Christmas Eve", "holiday", true],
    ["in a christmas mood", "holiday", false],
    ["the year-end figures", "year-end", true],
    ["at the end of the road", "year-end", false],
    ["the week of March 3", "week-of", true],
    ["a weekly column", "week-of", false],
  ])("%s: the %s pattern's hint holds = %s", (text, name, holds) => {
    expect(hintHolds(patternNamed(name), text)).toBe(holds);
  });
});

describe("findCandidates and the hints", () => {
  const texts = [
    ...readdirSync("fixtures/articles").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("fixtures/articles", f), "utf8")),
    ...Array.from({ length: 30 }, (_, i) => syntheticArticle(i + 1).text),
  ].flatMap((t) => [t, ...t.split(/\n+/)]);

  it("keeps a candidate only of a pattern whose hint holds on the text (fixtures, synthetic articles, their paragraphs)", () => {
    let hinted = 0;
    for (const t of texts) {
      for (const c of findCandidates(t)) {
        if (c.pattern.hint) hinted++;
        expect(hintHolds(c.pattern, t), `${c.pattern.name}: ${c.text}`).toBe(true);
      }
    }
    expect(hinted).toBeGreaterThan(0);
  });

  it("finds a hinted pattern's expression in a text, and none of it in a paragraph without the hint's words", () => {
    const names = (s: string) => findCandidates(s).map((c) => c.pattern.name);
    expect(names("The plant ran overnight and closed.")).toContain("overnight");
    expect(names("The plant ran all night and closed.")).not.toContain("overnight");
    expect(names("Sales rose in the week of March 3.")).toContain("week-of");
    expect(names("Sales rose in a weekly report.")).not.toContain("week-of");
  });
});

describe("the decade pattern's hint", () => {
  const decade = patternNamed("decade");
  const matches = (s: string) => new RegExp(`(?<![A-Za-z0-9])(?:${decade.source})(?![A-Za-z0-9])`, "g").test(s);
  it("holds wherever the pattern matches (words of decades, in any case), and not on a word that only ends in 'ties'", () => {
    const words = ["1990s", "1990's", "1980’s", "'80s", "’70s", "2000s", "1500s", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "the", "early", "mid", "late", "nineteen", "eighteen", "parties", "authorities", "ties", "90", "s"];
    const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom("lower", "upper", "as is", "title")).map(([w, c]) =>
      c === "lower" ? w.toLowerCase() : c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w,
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.constantFrom(" ", "-", "", "\n"), (ws, sep) => {
        const s = ws.join(sep);
        return !matches(s) || hintHolds(decade, s);
      }),
      { numRuns: 5000 },
    );
    expect(hintHolds(decade, "the parties and the authorities")).toBe(false);
    expect(hintHolds(decade, "in the nineties")).toBe(true);
  });
});
