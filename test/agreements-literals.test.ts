import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { literalFilter, requiredLiterals } from "../extractors/literals.js";
import { EVENT_CUES } from "../extractors/lexicon/agreement-terms.js";
import { syntheticArticle } from "../bench/generate.js";

describe("requiredLiterals: the words every match of a pattern needs", () => {
  it.each([
    [/\b(?:signed|signs|inked)\b/gi, [["signed", "signs", "inked"]]],
    // a run of literal characters is one string; an optional character ends it
    [/\bfirst\s+flights?\b/gi, [["first"], ["flight"]]],
    // each alternative gives its most telling set ("force", not "into", nor the short "came")
    [/\b(?:(?:entered|came) into (?:force|effect)|kicked in)\b/gi, [["force", "effect", "kicked in"]]],
    // a positive lookahead's words are in the text searched
    [/\bhas held\b(?=[^.;]{0,120}\bsince\b)/gi, [["has held"], ["since"]]],
  ])("%s needs %j", (re, expected) => {
    expect(requiredLiterals(re)).toEqual(expected);
  });

  it.each([
    // optional parts, classes, short words, negative lookarounds and alternatives without a word ask for nothing
    /(?:signed)?\s+\w+/g,
    /\b(?:is|to|on)\b/g,
    /(?!signed)\w+/g,
    /signed|\d+/g,
  ])("%s needs nothing it can name", (re) => {
    expect(requiredLiterals(re)).toEqual([]);
  });

  it("under the u and i flags, counts no s or k: case folding matches them to letters lower-casing does not give (ſ, K)", () => {
    expect(requiredLiterals(/\bsigned\b/giu)).toEqual([["igned"]]);
    expect("ſigned".toLowerCase()).not.toContain("signed");
  });
});

describe("literalFilter: the cue patterns a sentence can match", () => {
  const filter = literalFilter(EVENT_CUES.map((d) => d.pattern));
  const matches = (re: RegExp, s: string) => {
    re.lastIndex = 0;
    const hit = re.test(s);
    re.lastIndex = 0;
    return hit;
  };
  const fixtureSentences = readdirSync("fixtures/articles")
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(path.join("fixtures/articles", f), "utf8").split(/(?<=[.!?])\s+|\n+/));
  const synthetic = Array.from({ length: 20 }, (_, i) => syntheticArticle(i + 1).text.split(/(?<=[.!?])\s+|\n+/)).flat();

  it("never rules out a pattern that matches (every sentence of the fixtures and of synthetic articles)", () => {
    let ruledOut = 0;
    for (const s of [...fixtureSentences, ...synthetic]) {
      const may = filter(s);
      EVENT_CUES.forEach((d, k) => {
        if (matches(d.pattern, s)) expect(may[k], `${d.rule}: ${s}`).toBe(true);
        else if (!may[k]) ruledOut++;
      });
    }
    // and it rules out most: a filter that passes everything would pass this test too
    expect(ruledOut).toBeGreaterThan(((fixtureSentences.length + synthetic.length) * EVENT_CUES.length) / 2);
  });

  it("never rules out a pattern that matches, in sentences made of the cues' own words in any case", () => {
    const words = ["signed", "Signed", "SIGNATURES", "put", "their", "entered", "into", "force", "has", "held", "since", "first", "flights", "landed", "no", "migrants", "were", "ever", "sent", "ruled", "the", "law", "unlawful", "breaches", "constitution", "Currently,", "now", "have", "in", "effect", "talks", "on", "withdrew", "from", "cancelled", "initialled", "finalising", "never", "took", "off", ".", ";", "deal"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 14 }), (ws) => {
        const s = ws.join(" ");
        const may = filter(s);
        return EVENT_CUES.every((d, k) => may[k] || !matches(d.pattern, s));
      }),
      { numRuns: 3000 },
    );
  });
});
