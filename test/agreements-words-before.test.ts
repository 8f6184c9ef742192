import { describe, expect, it } from "vitest";
import { wordsBefore } from "../extractors/agreements/words-before.js";

// the RegExp reading wordsBefore replaced: what it must still return
const WORD_BEFORE = /([“”"‘’']?[\p{L}\p{N}][\p{L}\p{N}.’'-]*[“”"‘’']?)\s*$/u;
function reference(text: string, end: number, limit: number) {
  const out: Array<{ word: string; start: number; end: number }> = [];
  let cut = end;
  while (out.length < limit) {
    const chunk = text.slice(Math.max(0, cut - 60), cut);
    if (/[,;:.!?()]\s*$/.test(chunk) && !/\b[A-Z]\.\s*$/.test(chunk) && !/U\.S\.\s*$/.test(chunk)) break;
    const m = chunk.match(WORD_BEFORE);
    if (!m) break;
    const s = cut - m[0].length;
    out.push({ word: m[1], start: s, end: s + m[1].length });
    cut = s;
  }
  return out;
}

describe("wordsBefore", () => {
  it("reads a noun phrase's left side back to a comma, keeping initials and U.S.", () => {
    const text = "In June, the new U.S.-Guatemala “safe third country” asylum agreement";
    expect(wordsBefore(text, text.lastIndexOf("agreement"), 8).map((w) => w.word)).toEqual(["asylum", "country”", "third", "“safe", "U.S.-Guatemala", "new", "the"]);
    expect(wordsBefore("talks with J. Smith deal", 20, 8).map((w) => w.word)).toEqual(["Smith", "J.", "with", "talks"]);
  });

  it("matches the RegExp reading on random text, long words, quotes, spaces and astral letters", () => {
    const pieces = ["a", "Zé", "9", "x-y", ".", "’", "'", "“", "”", '"', "‘", " ", "  ", "\n", "\u00a0", ",", "(", ")", "U.S.", "J.", "𝐀", "😀", "-", "word", "é", "ß", "a".repeat(70), ":", "_", "Ω"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    for (let k = 0; k < 3000; k++) {
      let text = "";
      const len = rand(40);
      for (let i = 0; i < len; i++) text += pieces[rand(pieces.length)];
      const end = rand(text.length + 1);
      const limit = 1 + rand(8);
      expect(wordsBefore(text, end, limit), JSON.stringify([text, end, limit])).toEqual(reference(text, end, limit));
    }
  });
});
