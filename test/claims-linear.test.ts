// Linear time on hostile and long inputs (issue 17): the worst cases found for claim extraction
// (a reporting verb every few characters, thousands of short quotes, a source phrase repeated
// with no full stop) and a long article-like text through every extractor, each at 1×, 2× and
// 4× its size. Time may grow about linearly: 4× the input within 6× the time. Ratios, never
// absolute times, so a slow or busy machine does not fail the test; the sizes keep the smallest
// run well above timer and collector noise.
import { describe, expect, it } from "vitest";
import { growth } from "./support/growth.js";
import { extractClaims } from "../extractors/claims.js";
import { type Findings, makeExtractors } from "../extractors/index.js";
import type { ParsedArticle } from "../pipeline/schemas.js";

/** `unit` repeated up to `size` characters. */
const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const GIVEN = ["Maria", "Tomas", "Aiko", "Samuel", "Leila", "Oskar", "Priya", "Daniel", "Ines", "Viktor"];
const SURNAMES = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Brennan", "Ferreira", "Novak", "Osei"];
const BODIES = ["the Transport Ministry", "the Port Authority", "the Farmers Union", "the Central Bank", "the City Council"];

/**
 * An article-like text of `size` characters: paragraphs with quotes, reported speech, names that
 * recur in full and alone, dates and bodies, so that every extractor has work on every line.
 */
function articleText(size: number): string {
  const paras: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const given = GIVEN[i % GIVEN.length];
    const surname = SURNAMES[(i * 7) % SURNAMES.length];
    const body = BODIES[i % BODIES.length];
    const day = (i % 27) + 1;
    const p = [
      `${given} ${surname}, a spokesperson for ${body}, said on March ${day} that the new rail link would open next year.`,
      `“We expect the first trains by the summer,” ${surname} told reporters. “The budget is settled.”`,
      `The plan will cost more than expected, according to two officials familiar with the talks.`,
      `${body.replace(/^the /, "The ")} said the contract was signed last week, and ${surname} added that it “cannot be reopened.”`,
    ].join(" ");
    paras.push(p);
    length += p.length + 2;
  }
  return paras.join("\n\n").slice(0, size);
}

const claimsOf = (text: string) => extractClaims(text).items;

function everyExtractor(text: string) {
  const doc: ParsedArticle = { id: "linear", source: { file: "linear.txt" }, title: null, outlet: null, published: { value: "2024-05-01", from: "sidecar" }, text, meta: {} };
  const found: Partial<Findings> = {};
  for (const ex of makeExtractors()) (found as Record<string, unknown>)[ex.field] = ex.run(doc, found).items;
  return found;
}

describe("claim extraction runs in linear time", () => {
  it.each([
    // (24k, 4× = 96k: the size above which this case was once seen to grow 3.3× per doubling; in CPU time it grows
    // 1.7–2.0× per doubling from 24k to 192k characters)
    ["a reporting verb every six characters", repeat("said, "), 24_000],
    ["thousands of short quotes with inverted cues", repeat('"Yes," said Smith. '), 100_000],
    ["a source phrase repeated with no full stop", repeat("according to officials, "), 100_000],
    ["thousands of verbs in one sentence between names", repeat("Ana Ruiz said Tom Lee told Kim Park "), 48_000],
  ])("%s: 4× the text takes at most about 6× the time", (_label, make, base) => {
    const g = growth(make, claimsOf, base);
    expect(g.quadruple, JSON.stringify(g)).toBeLessThan(6);
  }, 180_000);

  it("still finds the claims in the repeated quotes", () => {
    const items = claimsOf(repeat('"Yes, we agree," said Smith. ')(3_000));
    expect(items.length).toBeGreaterThan(90);
    expect(items.every((c) => c.kind === "direct" && c.text === "Yes, we agree" && c.speaker?.name === "Smith")).toBe(true);
  });
});

describe("every extractor together runs in linear time on a long article", () => {
  it("4× the article takes at most about 6× the time", () => {
    const g = growth(articleText, everyExtractor, 60_000);
    expect(g.quadruple, JSON.stringify(g)).toBeLessThan(6);
  }, 300_000);

  it("the generated article is read as news: quotes, reported speech and people", () => {
    const found = everyExtractor(articleText(4_000));
    expect(found.claims?.some((c) => c.kind === "direct" && /^We expect the first trains/.test(c.text))).toBe(true);
    expect(found.claims?.some((c) => c.kind === "indirect" && /rail link would open/.test(c.text))).toBe(true);
    expect(found.entities?.some((e) => e.type === "person" && e.canonical === "Maria Okafor")).toBe(true);
  });
});
