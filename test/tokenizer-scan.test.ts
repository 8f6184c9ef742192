// The hand-written word scanner of extractors/names.ts (nextWord) against the pattern it stands for (WORD):
// the same words at the same offsets, on random strings of the characters where the two could part ways
// (marks, joiners, apostrophes, full stops, characters outside the BMP, lone surrogates, numbers that are not digits).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldName, nextWord, tokensOf, WORD } from "../extractors/names.js";
import { splitSentences } from "../extractors/text.js";

const byPattern = (text: string) => [...text.matchAll(new RegExp(WORD))].map((m) => [m.index, m.index + m[0].length]);
const byScan = (text: string) => {
  const out: number[][] = [];
  for (let m = nextWord(text, 0); m; m = nextWord(text, m[1])) out.push([m[0], m[1]]);
  return out;
};

const PIECES = [
  "a", "Z", "s", "9", "é", "ß", "Ø", "ж", "中", "²", "ª", "\u0301", "\u0903", "-", "'", "’", ".", "&", ".-", "'s", "’s",
  " ", "\n", ",", "“", "\u00a0", "😀", "𠀀", "𝐀", "\ud800", "\udc00", "_", "#", "@", "`", "´",
];

describe("the word scanner", () => {
  it("finds what the WORD pattern finds", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(byScan(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads words as news writes them", () => {
    const text = "U.S. officials met Mr. O’Brien’s aide in São Paulo on Jan. 5; the A.-B. deal, don't, Alvarez’ 2.0 café\u0301.";
    expect(byScan(text)).toEqual(byPattern(text));
    expect(tokensOf(text, splitSentences(text)).map((t) => t.text)).toContain("O’Brien");
  });
});

describe("foldName on plain ASCII", () => {
  it("equals the full fold (NFKD, marks, quotes, lowercase, trim)", () => {
    const full = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").toLowerCase().trim();
    fc.assert(fc.property(fc.string({ unit: "binary-ascii", maxLength: 20 }), (s) => {
      expect(foldName(s)).toBe(full(s));
    }), { numRuns: 2000 });
    expect(foldName(" Nayib `Bukele' ")).toBe("nayib 'bukele'");
  });
});
