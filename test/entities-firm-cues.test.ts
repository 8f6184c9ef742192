import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// Firms named with no legal form a person's name could not have: partners joined by an ampersand, a name right after
// where it is based, a legal form written with its full stop. Texts written for these tests.
const find = (text: string) => extractEntities(text).items;
const typed = (items: Entity[], text: string) => items.filter((e) => e.text === text).map((e) => e.type);

describe("entities: cues that make a name a firm's", () => {
  it.each([
    ["Shares of Harlan & Voss rose 2 percent after the merger was announced .", "Harlan & Voss", "organization"],
    ["\" The price is fair , \" said Mary Lind , an analyst at Petra Kemp & Co .", "Petra Kemp & Co", "organization"],
    ["The bank hired J.R. Talbot & Sons to advise it on the sale .", "J.R. Talbot & Sons", "organization"],
    ["The deal will strengthen Ontario-based Veltrax in the seating market .", "Veltrax", "organization"],
    ["Analysts said Ohio-based Carrow Bancorp Inc. could be next .", "Carrow Bancorp Inc.", "organization"],
    ["Rival bidders include Halvern Corp. and Stoddard Inc. , analysts said .", "Halvern Corp.", "organization"],
    // a firm named in full after where it is based lends its short form to the rest of the story
    ["Minneapolis-based Orvane Bancshares Inc. bid $ 2 billion . Orvane declined to comment .", "Orvane", "organization"],
  ] as const)("in %j reads %j as %s", (text, name, type) => {
    expect(typed(find(text), name)).toEqual([type]);
  });

  it.each([
    // "Boston-based" then a lowercase noun: no name at all, and a person's name after "and" stays a person
    ["A London-based spokesman said Peter Hale and Anna Berg would attend .", "Peter Hale", "person"],
    // no ampersand: two people joined by "and" stay two people
    ["Peter Hale and Anna Berg signed the letter .", "Anna Berg", "person"],
    // a place's name before "-controlled" is no firm's base: the region after it stays a place
    ["Troops moved into rebel-controlled Kandor province on Monday .", "Kandor", "place"],
  ] as const)("in %j keeps %j %s", (text, name, type) => {
    expect(typed(find(text), name)).toContain(type);
    expect(typed(find(text), name)).not.toContain("organization");
  });

  it("does not take the place a firm is based in into the firm's name", () => {
    const items = find("Analysts said Ohio-based Keldon Corp would bid .");
    expect(items.some((e) => e.text.includes("Ohio-based") && e.type === "organization")).toBe(false);
    expect(typed(items, "Keldon Corp")).toEqual(["organization"]);
  });
});
