// findCandidates (dates.ts) runs a pattern's hint only when one scan found the words the hint needs
// (HINT_WORDS, literals.ts): that scan may let through a hint that then fails, never rule out one
// that matches, so the patterns run on exactly the texts they ran on before.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HINT_WORDS, hintHolds } from "../extractors/dates.js";
import { TIMEX_PATTERNS } from "../extractors/timex.js";
import { syntheticArticle } from "../bench/generate.js";

const hinted = TIMEX_PATTERNS.map((p, k) => ({ p, k })).filter(({ p }) => p.hint);
const hintOf = (k: number) => TIMEX_PATTERNS[k].hint!;

describe("HINT_WORDS: the date patterns whose hints a text can match", () => {
  it.each([
    ["the talks ran overnight", "overnight", true],
    ["the talks ran all night", "overnight", false],
    ["on Christmas Eve", "holiday", true],
    ["in a christmas mood", "holiday", false],
    ["the year-end figures", "year-end", true],
    ["at the end of the road", "year-end", false],
    ["the week of March 3", "week-of", true],
    ["a weekly column", "week-of", false],
  ])("%s: the %s pattern runs = %s", (text, name, runs) => {
    const k = TIMEX_PATTERNS.findIndex((p) => p.name === name);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(hintHolds(TIMEX_PATTERNS[k], text, HINT_WORDS(text)[k])).toBe(runs);
    expect(hintHolds(TIMEX_PATTERNS[k], text, HINT_WORDS(text)[k])).toBe(hintOf(k).test(text));
  });

  it("never rules out a hint that matches (the fixtures and synthetic articles), and rules out most that do not", () => {
    const texts = [
      ...readdirSync("fixtures/articles").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("fixtures/articles", f), "utf8")),
      ...Array.from({ length: 30 }, (_, i) => syntheticArticle(i + 1).text),
    ].flatMap((t) => [t, ...t.split(/\n+/)]);
    let ruledOut = 0;
    let failing = 0;
    for (const t of texts) {
      const may = HINT_WORDS(t);
      for (const { k } of hinted) {
        if (hintOf(k).test(t)) expect(may[k], `${TIMEX_PATTERNS[k].name}: ${t.slice(0, 80)}`).toBe(true);
        else {
          failing++;
          if (!may[k]) ruledOut++;
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(failing / 2);
  });

  it("never rules out a hint that matches, in texts made of the hints' own words in any case", () => {
    const words = [
      "week", "of", "first", "twentieth", "nineteen", "eighteen", "two", "thousand", "1990s", "'80s", "sixties", "century", "quarter",
      "quarters", "period", "same", "corresponding", "comparable", "year-earlier", "year-ago", "year", "end", "year's", "year-end", "Q3", "half",
      "spring", "summer", "autumn", "fall", "winter", "weekend", "weekends", "the", "month", "decade", "yesterday", "today", "tomorrow",
      "tonight", "this", "morning", "afternoon", "evening", "last", "night", "overnight", "Monday", "tuesday", "Wednesday", "Thursday", "Fridays",
      "Christmas", "Thanksgiving", "Easter", "New", "Valentine", "Halloween", "Independence", "Veterans", "Boxing", "Bastille", "in", "3",
      "p.m.", "PM", "am", "12:30", "noon", "midnight", "o'clock", "1500", "EST", "GMT", "ago", "now", "hence", "earlier", "later", "following",
      "previous", "prior", "preceding", "next", "that", "before", "after", "ended", "ahead", "a", "an", "per", "day", "hour", "to", "or", "and",
      "-", "–", "second", "minute", "fortnight", "every", "each", "once", "twice", "thrice", "times", "hourly", "daily", "nightly", "weekly",
      "monthly", "quarterly", "annually", "yearly", "days", "2019-05-04", "5/6", ",", ".",
    ];
    const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom("lower", "upper", "as is", "title")).map(([w, c]) =>
      c === "lower" ? w.toLowerCase() : c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w,
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.constantFrom(" ", "  ", "\n", "-", ""), (ws, sep) => {
        const s = ws.join(sep);
        const may = HINT_WORDS(s);
        return hinted.every(({ k }) => may[k] || !hintOf(k).test(s));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("the decade pattern's hint", () => {
  const k = TIMEX_PATTERNS.findIndex((p) => p.name === "decade");
  const decade = TIMEX_PATTERNS[k];
  const matches = (s: string) => new RegExp(`(?<![A-Za-z0-9])(?:${decade.source})(?![A-Za-z0-9])`, "g").test(s);
  it("holds wherever the pattern matches (words of decades, in any case), and not on a word that only ends in 'ties'", () => {
    const words = ["1990s", "1990's", "1980’s", "'80s", "’70s", "2000s", "1500s", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "the", "early", "mid", "late", "nineteen", "eighteen", "parties", "authorities", "ties", "90", "s"];
    const word = fc.tuple(fc.constantFrom(...words), fc.constantFrom("lower", "upper", "as is", "title")).map(([w, c]) =>
      c === "lower" ? w.toLowerCase() : c === "upper" ? w.toUpperCase() : c === "title" ? w[0].toUpperCase() + w.slice(1) : w,
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.constantFrom(" ", "-", "", "\n"), (ws, sep) => {
        const s = ws.join(sep);
        return !matches(s) || hintHolds(decade, s, HINT_WORDS(s)[k]);
      }),
      { numRuns: 5000 },
    );
    expect(hintHolds(decade, "the parties and the authorities", HINT_WORDS("the parties and the authorities")[k])).toBe(false);
    expect(hintHolds(decade, "in the nineties", HINT_WORDS("in the nineties")[k])).toBe(true);
  });
});
