// wordCount (extractors/quotes.ts) counts in one pass what a RegExp's matches counted before; it must give the
// same number on any text, astral letters and lone surrogates included.
import { describe, expect, it } from "vitest";
import { wordCount } from "../extractors/quotes.js";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'\-]*/gu;
const regexCount = (s: string) => (s.match(WORD) ?? []).length;
const ALPHABET = ["a", "Z", "7", "'", "’", "-", " ", ",", ".", "“", "é", "Ж", "٣", "𝐀", "😀", "\uD835", "\uDC00", "—", "\n", "_"];

describe("wordCount", () => {
  it("counts words as written", () => {
    expect(wordCount("the U.S.-Mexico deal’s “safe third country” clause")).toBe(9);
    expect(wordCount(" 'tis -- well-known ")).toBe(2);
    expect(wordCount("")).toBe(0);
  });
  it("counts what the RegExp it replaced matched, on random text", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let n = 0; n < 20000; n++) {
      let s = "";
      for (let i = Math.floor(rnd() * 16); i > 0; i--) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      expect([s, wordCount(s)]).toEqual([s, regexCount(s)]);
    }
  });
});
