// catLess (reconcile/entities.ts) orders two pairs of strings as their joined texts would sort:
// the order short forms are resolved in, so a slip here changes which entity a lone surname joins.
import { describe, expect, it } from "vitest";
import { catLess } from "../pipeline/reconcile/entities.js";
import { seeded } from "../bench/generate.js";

describe("catLess", () => {
  it("agrees with comparing the joined strings, where the join point falls anywhere", () => {
    const r = seeded(13);
    // few letters, so prefixes, equal joins split differently and equal texts all occur
    const word = () => Array.from({ length: Math.floor(r() * 4) }, () => "ab:é"[Math.floor(r() * 4)]).join("");
    for (let i = 0; i < 5000; i++) {
      const [x1, y1, x2, y2] = [word(), word(), word(), word()];
      expect(catLess(x1, y1, x2, y2), JSON.stringify([x1, y1, x2, y2])).toBe(x1 + y1 < x2 + y2);
    }
  });

  it("compares across the join: person:ana + person:b against person:an + aperson:c", () => {
    expect(catLess("person:ana", "person:b", "person:an", "aperson:c")).toBe("person:anaperson:b" < "person:anaperson:c");
    expect(catLess("person:an", "aperson:c", "person:ana", "person:b")).toBe(false);
    expect(catLess("ab", "", "a", "b")).toBe(false);
  });
});
