import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// A dateline's town and region are places whatever else the story makes of the name; a given name that is also a town's
// is the town after a preposition of place or before its state. Texts written for these tests.
const find = (text: string) => extractEntities(text).items;
const at = (items: Entity[], text: string, from: string, name: string) => items.find((e) => e.start === text.indexOf(from) + from.indexOf(name) && e.text === name);

describe("entities: datelines", () => {
  const standings = "BASEBALL - LEAGUE STANDINGS .\nNEW YORK 1996-09-14\nStandings after Friday 's games :\nNEW YORK 80 60 .571 -\nBALTIMORE 75 65 .536 5\nBOSTON 70 70 .500 10";
  it("keeps a dateline's town a place when the standings name a team by it", () => {
    const items = find(standings);
    expect(at(items, standings, "NEW YORK 1996", "NEW YORK")?.type).toBe("place");
    expect(at(items, standings, "NEW YORK 80", "NEW YORK")?.type).toBe("organization");
  });

  it.each([
    ["SOCCER - KORVAN WIN .\nKESTRELTON , Ohio 1996-09-14\nKorvan beat Ohio 2-0 on Saturday in the league .", "KESTRELTON , Ohio 1996", "Ohio"],
    ["Motel fire kills two .\nDALBURY , N.H. 1996-09-14\nA fire destroyed a motel on Friday , officials said .", "DALBURY , N.H. 1996", "N.H."],
    ["Town hall closes .\nKORVANGRAD 1996-09-14\nThe town hall closed on Friday , officials said .", "KORVANGRAD 1996", "KORVANGRAD"],
  ] as const)("in %j reads the dateline's %j part %j as a place", (text, from, name) => {
    expect(at(find(text), text, from, name)?.type).toBe("place");
  });

  it("reads no line that only ends in a date as a dateline", () => {
    const text = "Figures were released on Friday .\nThe KESTREL INDEX closed at 112 1996-09-14\nTraders said it was quiet .";
    expect(find(text).filter((e) => e.rule === "dateline-place")).toEqual([]);
  });
});

describe("entities: a given name that is a town's", () => {
  it.each([
    ["The final will be held in Milan on Sunday , organisers said .", "Milan", "place"],
    ["The senator spoke at a rally in Troy , Tennessee on Friday .", "Troy", "place"],
    ["Milan Kovac said the final would be held on Sunday .", "Milan Kovac", "person"],
    ["The senator met Troy on Friday and they spoke for an hour .", "Troy", "person"],
  ] as const)("in %j reads %j as a %s", (text, name, type) => {
    expect(find(text).filter((e) => e.text === name).map((e) => e.type)).toEqual([type]);
  });
});
