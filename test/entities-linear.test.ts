// Linear time on hostile and long inputs for the entities extractor and the extract stage as a whole
// (issue 13): a source phrase repeated on one long line with no full stop (the tokenizer looked back
// to the line's start for every word), the same few names repeated thousands of times (people's
// longer names were compared with every repetition), a line in capitals that never ends (a look back
// to the line's start per dateline candidate; officials read the whole sentence per official), many
// titles before names, many capitalized words, each at 1×, 2× and 4× its size. Time may grow about linearly: 4× the input within 6× the
// time. Ratios, never absolute times, as in claims-linear.test.ts.
import { describe, expect, it } from "vitest";
import { growth, repeat } from "./support/growth.js";
import { extractEntities } from "../extractors/entities.js";
import { extractFindings } from "../pipeline/extract.js";
import type { ParsedArticle } from "../pipeline/schemas.js";

const entitiesOf = (text: string) => extractEntities(text).items;

function wholeStage(text: string) {
  const doc: ParsedArticle = { id: "linear", source: { file: "linear.txt" }, title: null, outlet: null, published: { value: "2024-05-01", from: "sidecar" }, text, meta: {} };
  return extractFindings(doc).found;
}

const HOSTILE: Array<[string, (size: number) => string, number]> = [
  ["a source phrase repeated on one line with no full stop", repeat("according to officials, "), 100_000],
  ["the same names repeated in one long sentence", repeat("Maria Lopez and Peter Smith met Ana Ruiz in Madrid, "), 60_000],
  ["a headline in capitals that never ends", repeat("PRESIDENT JOHN SMITH SAID TODAY THAT "), 50_000],
  ["a title before every name", repeat("Foreign Minister Pedro Sanchez of Spain "), 60_000],
  ["a long name and its surname alone, repeated", repeat("Juan Carlos Hill Tinoco said Hill Tinoco and Tinoco agreed. "), 50_000],
  ["capitalized words with no full stop", repeat("Smith Jones Brown Taylor Wilson Evans Thomas "), 100_000],
];

describe("entity extraction runs in linear time", () => {
  it.each(HOSTILE)("%s: 4× the text takes at most about 6× the time", (_label, make, base) => {
    const g = growth(make, entitiesOf, base, 80);
    expect(g.quadruple, JSON.stringify(g)).toBeLessThan(6);
  }, 180_000);
});

describe("the extract stage runs in linear time", () => {
  it.each(HOSTILE.slice(0, 3))("%s: 4× the text takes at most about 6× the time", (_label, make, base) => {
    const g = growth(make, wholeStage, base, 80);
    expect(g.quadruple, JSON.stringify(g)).toBeLessThan(6);
  }, 180_000);
});
