// wordBefore (extractors/dates.ts) replaced a `$`-anchored RegExp for speed: it must capture exactly what that
// RegExp captured, on any text, astral letters and lone surrogates included.
import { describe, expect, it } from "vitest";
import { wordBefore } from "../extractors/dates.js";

const WORD_BEFORE = /([\p{L}\p{N}$#€£№'’.-]+)[^\p{L}\p{N}$#€£№]*$/u;
const regexWord = (s: string) => s.match(WORD_BEFORE)?.[1] ?? "";

// characters of every class the scan tells apart
const ALPHABET = ["a", "Z", "7", "$", "#", "€", "£", "№", "'", "’", ".", "-", " ", ",", "(", "\n", "é", "Ж", "٣", "𝐀", "😀", "\uD835", "\uDC00", "—", "%", "”"];

function seeded(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
}

describe("wordBefore", () => {
  it("reads the last word as written before a date", () => {
    expect(wordBefore("the talks resumed on ")).toBe("on");
    expect(wordBefore("paid $")).toBe("$");
    expect(wordBefore("in mid-")).toBe("mid-");
    expect(wordBefore("said Mr. ")).toBe("Mr.");
    expect(wordBefore(" ... ")).toBe("...");
    expect(wordBefore("  ")).toBe("");
  });
  it("captures what the RegExp it replaced captured, on random text", () => {
    const rnd = seeded(42);
    for (let n = 0; n < 20000; n++) {
      const len = Math.floor(rnd() * 14);
      let s = "";
      for (let i = 0; i < len; i++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
      expect([s, wordBefore(s)]).toEqual([s, regexWord(s)]);
    }
  });
});
