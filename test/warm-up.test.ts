// The article a pool thread extracts before it takes files: long enough that V8 compiles the
// whole-text patterns straight to machine code, and reaching the extractors a news text reaches.
import { describe, expect, it } from "vitest";
import { WARM_UP_ARTICLE } from "../pipeline/extract.js";
import { createPipeline } from "../pipeline/pipeline.js";

describe("the warm-up article", () => {
  it("is at least 1,000 characters (V8's subject length for compiling a regexp to machine code at once)", () => {
    expect(Buffer.from(WARM_UP_ARTICLE.bytes).toString("utf8").length).toBeGreaterThanOrEqual(1000);
  });

  it("reaches the extractors: dates, officials, quotes and reported speech, agreement events", async () => {
    const record = await createPipeline().extract(WARM_UP_ARTICLE);
    expect(record.dates.length).toBeGreaterThanOrEqual(3);
    expect(record.officials.length).toBeGreaterThanOrEqual(2);
    expect(record.claims.some((c) => c.kind === "direct")).toBe(true);
    expect(record.claims.some((c) => c.kind === "indirect")).toBe(true);
    expect(record.events.length).toBeGreaterThanOrEqual(1);
  });
});
