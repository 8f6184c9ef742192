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

describe("entities: what a firm says of itself and owns", () => {
  it.each([
    ["Prices were mixed . Halvo said it would close two plants next year .", "Halvo", "organization"],
    ["Prices were mixed . Halvo said in a statement it would appeal the ruling .", "Halvo", "organization"],
    ["Prices were mixed . Halvo 's output rose 12 percent in the first half .", "Halvo", "organization"],
    ["The report was filed on Friday . Halvo , based in the northern town of Kestrel , makes tractors .", "Halvo", "organization"],
    ["Dealers said talks were stalled , but an OPAK spokesman said a deal was close .", "OPAK", "organization"],
    ["Brokers expect Tarvona Copper to cut prices next week .", "Tarvona Copper", "organization"],
  ] as const)("in %j reads %j as %s", (text, name, type) => {
    expect(typed(find(text), name)).toEqual([type]);
  });

  it.each([
    // "it" is the party, not the person the party belongs to
    ["The party of Ivo Darnak said that it would boycott the vote .", "Ivo Darnak", "person"],
    // a person named in full earlier speaks of something as "it"
    ["Peter Halvo , the union leader , spoke on Friday . Halvo said it was a bad deal .", "Halvo", "person"],
  ] as const)("in %j keeps %j a %s", (text, name, type) => {
    expect(typed(find(text), name)).toContain(type);
    expect(typed(find(text), name)).not.toContain("organization");
  });

  it("leaves an everyday word after an article alone, and an acronym spelled out before it", () => {
    const items = find("Buyers asked for a quote on temporary protected status , or TPS , and a TPS extension .");
    expect(items.filter((e) => e.text === "TPS")).toEqual([]);
  });
});

describe("entities: firms in a market report", () => {
  const report = "Kestrel stocks end higher .\nDALTON 1996-12-06\nShares closed higher on Friday , dealers said , and the index gained 12 points .\nShares in Orvane rose 2 percent while Talvex fell 1.10 crowns to 68.50 .\nBrokers said the stock market would stay firm as Anna Berg rose to speak .";
  it("reads one unknown word whose price moves as a firm", () => {
    expect(typed(find(report), "Talvex")).toEqual(["organization"]);
  });

  it("keeps a person named in full a person", () => {
    expect(typed(find(report), "Anna Berg")).toEqual(["person"]);
  });

  it("reads no price move outside a market report", () => {
    expect(typed(find("The race was close . Talvex rose to the lead on the last lap ."), "Talvex")).not.toContain("organization");
  });
});
