// findCandidates (dates.ts) tries a date pattern only where the text (folded: digits 0, white space a space)
// begins with one of the strings its matches begin with (leadingStrings, literals.ts; kept in
// lexicon/date-leads.ts). The reading may list strings no match begins with, never leave out one a match
// begins with: then the scan finds exactly what a scan of every place found.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leadStringsOf } from "../extractors/dates.js";
import { DATE_LEADS } from "../extractors/lexicon/date-leads.js";
import { foldCode, leadingStrings, sourceKey } from "../extractors/literals.js";
import { TIMEX_PATTERNS } from "../extractors/timex.js";
import { syntheticArticle } from "../bench/generate.js";
import { dateLeadsFile } from "../tools/write-date-leads.js";

describe("leadingStrings: what a pattern's matches begin with", () => {
  it.each([
    ["[tT]he\\s+week", ["the", "The"]],
    // each alternative, cut at three characters; an optional part adds what follows it
    ["(?:Mon|Tues)day", ["Mon", "Tue"]],
    ["(?:early\\s+)?May", ["ear", "May"]],
    // a lookaround and \b match nothing: the strings come from what follows them
    // digits fold to 0, white space to a space
    ["\\b(?<![a-z])(?=\\d)1\\d-", ["00-"]],
    ["[sS]ept?\\s+\\d", ["Sep", "sep"]],
    ["\\d+\\s+days", ["0  ", "0 d", "00 ", "000"]],
    // a wildcard ends a string: "Q" then anything
    ["Q\\w", ["Q"]],
    // a whole match shorter than three characters is a string of its own
    ["an?", ["a", "an"]],
  ])("%s begins with %j", (source, expected) => {
    expect(leadingStrings(source, 3)?.sort()).toEqual([...expected].sort());
  });

  it.each([
    // a match may begin with anything: no list
    ["\\w+"],
    ["(?:the\\s+)?.x"],
    ["[^a]bc"],
    ["(?:a|)b?"],
  ])("%s: no list", (source) => {
    expect(leadingStrings(source, 3)).toBeNull();
  });
});

describe("the date patterns' leading strings", () => {
  const listed = TIMEX_PATTERNS.map((p) => ({ p, lead: leadStringsOf(p) })).filter((x) => x.lead);
  const fold = (s: string) => String.fromCharCode(...Array.from(s, (c) => foldCode(c.charCodeAt(0))));
  const scan = (source: string) => new RegExp(`(?<![A-Za-z0-9])(?:${source})(?![A-Za-z0-9])`, "g");
  const firstUnlisted = (text: string) => {
    for (const { p, lead } of listed) {
      const folded = fold(text);
      for (const m of text.matchAll(scan(p.source))) if (m[0] && !lead!.some((s) => folded.startsWith(s, m.index))) return `${p.name}: ${JSON.stringify(m[0])}`;
    }
    return null;
  };

  it("are listed for most patterns", () => {
    expect(listed.length).toBeGreaterThan(TIMEX_PATTERNS.length * 0.8);
  });

  it("hold every match in the fixtures and synthetic articles", () => {
    const texts = [
      ...readdirSync("fixtures/articles").filter((f) => f.endsWith(".txt")).map((f) => readFileSync(path.join("fixtures/articles", f), "utf8")),
      ...Array.from({ length: 20 }, (_, i) => syntheticArticle(i + 1).text),
    ];
    for (const t of texts) expect(firstUnlisted(t)).toBeNull();
  });

  it("hold every match in texts made of date words, numbers and marks", () => {
    const words = [
      "the", "The", "early", "Early", "mid", "late", "Late", "March", "Mar.", "May", "Sept.", "Monday", "Tues", "Fri.", "this", "This", "last", "next", "past",
      "coming", "1990s", "'80s", "2019", "FY", "fiscal", "Fiscal", "Q3", "third-quarter", "first", "half", "of", "year", "Year", "year-end", "week", "weekend",
      "3", "12", "3rd", "21st", "5/6/2019", "2019-05-04", "12:30", "p.m.", "a", "an", "few", "two", "twenty-one", "dozens", "more", "than", "about", "ago",
      "days", "months", "decade", "century", "nineteenth", "every", "each", "once", "twice", "a-year", "yearlong", "old", "-", "–", ",", "’",
      "yesterday", "Today", "tonight", "morning", "Christmas", "Eve", "now", "currently", "soon", "at", "At", "moment", "same", "period", "following",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 10 }), fc.constantFrom(" ", "  ", "\n", "-", "\u00a0"), (ws, sep) => firstUnlisted(ws.join(sep)) === null),
      { numRuns: 3000 },
    );
  });
});

describe("lexicon/date-leads.ts", () => {
  it("holds what the patterns' sources give now (npm run lexicon writes it)", () => {
    expect(readFileSync("extractors/lexicon/date-leads.ts", "utf8")).toBe(dateLeadsFile());
  });

  it("keeps each pattern's source key, so a changed pattern is read anew, not scanned with old strings", () => {
    for (const p of TIMEX_PATTERNS) {
      const kept = DATE_LEADS[p.name];
      if (kept) expect(kept.source).toBe(sourceKey(p.source));
    }
    expect(sourceKey("[tT]he\\s+week")).not.toBe(sourceKey("[tT]he\\s+weeks"));
  });
});
