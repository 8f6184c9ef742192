import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// Labels of a form in capitals, an honorific inside a run of capitalized words, and an ordinal opening a firm's name.
// Texts written for these tests.
const find = (text: string) => extractEntities(text).items;
const typed = (items: Entity[], text: string) => items.filter((e) => e.text === text).map((e) => e.type);

describe("entities: a form's labels", () => {
  const form = "NEW ISSUE - Kestrel County School Bonds .\nAMT : 4,500,000 DATE : 10/02/96 SALE : 11:00\nISSUER : Kestrel County School District\nPAYING AGENT : Orvane National Bank , Dalton\nRATING : None";
  it("reads no label before its colon as a name", () => {
    const texts = find(form).map((e) => e.text);
    for (const label of ["AMT", "DATE", "SALE", "ISSUER", "AGENT", "PAYING AGENT", "RATING"]) expect(texts).not.toContain(label);
    expect(typed(find(form), "Orvane National Bank")).toEqual(["organization"]);
  });

  it("keeps an acronym before a colon outside a form", () => {
    expect(typed(find("Talks stalled on Friday .\nNATO : no decision yet on the mission , officials said ."), "NATO")).toEqual(["organization"]);
  });
});

describe("entities: an honorific inside a run of capitalized words", () => {
  it.each([
    ["Dalton Cardinal Peter Voss , head of the archdiocese , said he was ill .", "Peter Voss", "person"],
    ["Denver Cardinal Peter Voss , head of the archdiocese , said he was ill .", "Denver", "place"],
    ["U.S. Cardinal Voss says he is ill .", "Voss", "person"],
  ] as const)("in %j reads %j as a %s", (text, name, type) => {
    expect(typed(find(text), name)).toEqual([type]);
  });
});

describe("entities: an ordinal opening a firm's name", () => {
  it.each([
    ["Bidders include First Orvane Bancorp Inc. and others .", "First Orvane Bancorp Inc."],
    ["Bidders include Dalton-based First Kestrel Corp. and others .", "First Kestrel Corp."],
  ] as const)("in %j keeps %j whole", (text, name) => {
    expect(typed(find(text), name)).toEqual(["organization"]);
  });

  it("still drops a leading ordinal before a person's title", () => {
    expect(typed(find("First Lady Anna Kestrel opened the school on Friday ."), "Anna Kestrel")).toEqual(["person"]);
  });
});
