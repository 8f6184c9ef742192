// isQuotedTerm and the quote attribution (claims.ts) test NAMING_CUE ("so-called", "known as", "the
// slogan" right before an opening mark) only when the text before the mark ends on a letter some cue ends
// on (namingCueBefore): it must answer exactly as the pattern.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NAMING_CUE, namingCueBefore } from "../extractors/claims.js";
import { isSpaceUnit } from "../extractors/speakers.js";

describe("namingCueBefore", () => {
  it.each([
    ["the so-called ", true],
    ["a policy known as\u00a0", true],
    ["under what officials DUBBED ", true],
    ["the campaign's slogan, the ſlogan ", true],
    ["the program\n", true],
    ["Smith said, ", false],
    ["she told reporters: ", false],
    ["the plan, calls for ", false],
    ["", false],
    ["   ", false],
  ])("%j → %s, as NAMING_CUE", (lead, expected) => {
    expect(namingCueBefore(lead)).toBe(expected);
    expect(NAMING_CUE.test(lead)).toBe(expected);
  });

  it("skips exactly the characters NAMING_CUE reads as \\s", () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceUnit(c), c.toString(16)).toBe(/^\s$/u.test(String.fromCharCode(c)));
  });

  it("answers as NAMING_CUE on text made of cue words, marks, spaces and letters that fold to ASCII", () => {
    const parts = ["so", "-", "called", "known", "as", "the", "slogan", "Title", "TERMS", "word", "ſ", "\u212a", "K", "programme", "dubbed", "said", ",", ":", "“", ")", " ", "  ", "\n", "\u00a0", "x", "é", "1", "’"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 10 }), (ps) => {
        const lead = ps.join("");
        return namingCueBefore(lead) === NAMING_CUE.test(lead);
      }),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (lead) => namingCueBefore(lead) === NAMING_CUE.test(lead)), { numRuns: 2000 });
  });
});
