// withinOneEdit answers editDistance(a, b) <= 1 without the table (isNearFolded asks it of every unknown
// organization against every listed one): the same answer on random strings of a few letters and their edits.
import { describe, expect, it } from "vitest";
import { editDistance, withinOneEdit } from "../extractors/names.js";
import { seeded } from "../bench/generate.js";

const LETTERS = ["a", "b", "c", " ", "é", "\ud835", "\udc00"];

function pairs(count: number, seed: number): [string, string][] {
  const r = seeded(seed);
  const pick = () => LETTERS[Math.floor(r() * LETTERS.length)];
  return Array.from({ length: count }, () => {
    const a = Array.from({ length: Math.floor(r() * 7) }, pick).join("");
    let b = a;
    for (let o = Math.floor(r() * 3); o > 0; o--) {
      const p = Math.floor(r() * (b.length + 1));
      const k = r();
      if (k < 0.25) b = b.slice(0, p) + pick() + b.slice(p); // a letter added
      else if (k < 0.5) b = b.slice(0, p) + b.slice(p + 1); // dropped
      else if (k < 0.75) b = b.slice(0, p) + pick() + b.slice(p + 1); // changed
      else if (p + 1 < b.length) b = b.slice(0, p) + b[p + 1] + b[p] + b.slice(p + 2); // two neighbours swapped
    }
    return [a, b];
  });
}

describe("withinOneEdit", () => {
  it.each([
    ["Tren de Aragua", "Tran de Aragua", true],
    ["Macron", "Marcon", true],
    ["Leyen", "Leyden", true],
    ["Bukele", "Bukele", true],
    ["Rubio", "Rubin", true],
    ["Bukele", "Buckle", false],
    ["abc", "cab", false],
  ])("%s / %s: %s", (a, b, want) => {
    expect(withinOneEdit(a, b)).toBe(want);
    expect(editDistance(a, b) <= 1).toBe(want);
  });
  it("says what editDistance <= 1 says on random strings and their edits", () => {
    for (const [a, b] of pairs(50_000, 17)) expect(withinOneEdit(a, b), JSON.stringify([a, b])).toBe(editDistance(a, b) <= 1);
  });
});
