import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// Companies named without their legal form or trade: the article's other mentions of the name, and an apposition
// that ranks it among companies. Texts written for these tests.
const find = (text: string) => extractEntities(text).items;
const types = (items: Entity[], text: string) => items.filter((e) => e.text === text).map((e) => e.type);

describe("entities: a company's short form and what the article calls it", () => {
  it.each([
    ["Kestrel Holdings said on Tuesday it would buy a stake in a rival. Analysts said Kestrel had paid a fair price.", "Kestrel"],
    ["Orlov Communications Corp cut 300 jobs. Orlov said the cuts were needed to stay in profit.", "Orlov"],
    ["The Labour Party won the seat. Labour said the vote was a rebuke to the government.", "Labour"],
    ["Teltrax , the country 's second largest phone operator , said talks were at an early stage.", "Teltrax"],
    ["Talks went on. Brandstad , a Swedish steelmaker , said demand was weak.", "Brandstad"],
  ] as const)("in %j reads %j as an organization", (text, name) => {
    expect(types(find(text), name)).toContain("organization");
    expect(types(find(text), name)).not.toContain("person");
  });

  it.each([
    // a person of the article bears the name: "Kestrel" is Anna Kestrel there
    ["Anna Kestrel founded Kestrel Holdings in 1990. Kestrel said she would retire next year.", "Kestrel"],
    // a person's job in an apposition is no company
    ["Ivo Brandt , a crane operator , said the site was unsafe.", "Ivo Brandt"],
  ] as const)("in %j keeps %j a person", (text, name) => {
    expect(types(find(text), name)).toContain("person");
  });
});
