// cueAfter (claims.ts) takes the first reporting verb of a window with firstVerbIn, which must give
// what verbsIn's list starts with, without making the list. (Outside the extract stage each call scans
// the text anew, so the two are compared by value.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstVerbIn, verbsIn } from "../extractors/reported-speech.js";
import { syntheticArticle } from "../bench/generate.js";

describe("firstVerbIn", () => {
  const text = "“We won,” she said. Officials told reporters the talks ended, and he added nothing.";
  it.each([
    [0, text.length, "said"],
    [text.indexOf("she"), text.length, "said"],
    [text.indexOf("Officials"), text.length, "told"],
    [text.indexOf("talks"), text.length, "added"],
    [text.indexOf("nothing"), text.length, undefined],
    [0, text.indexOf("said"), undefined],
  ])("from %i to %i: %s", (from, to, form) => {
    expect(firstVerbIn(text, from, to)?.form).toBe(form);
    expect(firstVerbIn(text, from, to)).toEqual(verbsIn(text, from, to)[0]);
  });

  it("is verbsIn(…)[0] for any window of a synthetic article", () => {
    const texts = Array.from({ length: 5 }, (_, i) => syntheticArticle(i + 1).text);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.nat(), fc.nat({ max: 300 }), (k, a, len) => {
        const t = texts[k];
        const from = a % (t.length + 1);
        expect(firstVerbIn(t, from, from + len)).toEqual(verbsIn(t, from, from + len)[0]);
      }),
      { numRuns: 3000 },
    );
  });
});
