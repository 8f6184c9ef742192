import { describe, expect, it } from "vitest";
import { syntheticArticle } from "../bench/generate.js";

describe("the benchmark's corpus generator", () => {
  it("gives the same article for the same seed", () => {
    expect(syntheticArticle(7)).toEqual(syntheticArticle(7));
  });

  it("gives different articles of about the asked length for different seeds", () => {
    const texts = new Set(Array.from({ length: 50 }, (_, i) => syntheticArticle(i).text));
    expect(texts.size).toBe(50);
    const words = syntheticArticle(3, 700).text.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(700);
    expect(words).toBeLessThan(800);
  });
});
