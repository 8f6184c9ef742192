import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// A sports report's clubs named with their towns, the same town's name as a team elsewhere in the report, and lists of
// players. Club and player names invented for these tests; the towns are real ones the word lists know.
const find = (text: string) => extractEntities(text).items;
const typesOf = (items: Entity[], text: string) => items.filter((e) => e.text === text).map((e) => e.type);

describe("entities: clubs named with their towns in a sports report", () => {
  it.each([
    // a slug in title case makes a sports report too
    ["Soccer - Veltra Amsterdam beat Korvan 2-1 .\nAMSTERDAM 1996-09-14\nVeltra Amsterdam won 2-1 at home on Saturday and Veltra lead the league .", "Veltra Amsterdam", "organization"],
    ["SOCCER - LEAGUE ROUND-UP .\nMOSCOW 1996-09-14\nZorkan Omsk beat Korvan 2-1 on Saturday and moved up to third place in the league .", "Zorkan Omsk", "organization"],
    // the club's own name alone is the club
    ["SOCCER - LEAGUE ROUND-UP .\nMOSCOW 1996-09-14\nZorkan Omsk beat Korvan 2-1 on Saturday . Despite the injuries , Zorkan are well placed in the league .", "Zorkan", "organization"],
    // a town the report names as a team is the team away from where a match is played
    ["SOCCER - LEAGUE ROUND-UP .\nMADRID 1996-09-14\nLeeds beat Korvan 2-1 on Saturday . Korvan now trail by two points from Leeds in the league .", "Leeds", "organization"],
    // two towns joined by a comma are two teams, not a town and its region
    ["SOCCER - LEAGUE ROUND-UP .\nLONDON 1996-09-14\nKorvan lost 2-1 on Saturday . Leeds , Newcastle and Korvan all play again on Tuesday in the league .", "Leeds", "organization"],
  ] as const)("in %j reads %j as an %s", (text, name, type) => {
    const types = typesOf(find(text), name);
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([type]));
  });

  it.each([
    // where a match is played stays a place
    ["SOCCER - LEAGUE ROUND-UP .\nMADRID 1996-09-14\nLeeds beat Korvan 2-1 on Saturday . The next match is in Leeds on Tuesday in the league .", "Leeds", 1, "place"],
    // a town and its country after a comma stays a place
    ["SOCCER - LEAGUE ROUND-UP .\nMADRID 1996-09-14\nKorvan beat Leeds 2-1 on Saturday . The team flew home from Porto , Portugal after the league match .", "Porto", 0, "place"],
    // no sports report: a name before a town is no club
    ["Prices rose on Friday in a quiet market as traders waited for data . Zorkan Omsk said on Friday it would cut jobs .", "Zorkan Omsk", 0, "person"],
  ] as const)("in %j keeps %j (mention %d) a %s", (text, name, nth, type) => {
    expect(typesOf(find(text), name)[nth]).toBe(type);
  });
});

describe("entities: lists of players in a sports report", () => {
  const squad = "SOCCER - SQUAD NAMED .\nDUBLIN 1996-09-14\nThe coach named his team for Saturday 's match .\nThe team is : Breck , Hollis , Irwin , Moyer , Talley .";
  it("keeps a given name between two players' names a player, not a club", () => {
    const items = find(squad);
    expect(typesOf(items, "Irwin")).toEqual(["person"]);
  });

  it("reads a surname cut from its given name by a line break as a person", () => {
    const items = find("GOLF - LEADING SCORES .\nMILWAUKEE 1996-09-14\nLeading scores after the first round of the tournament on the par-71 course :\n68 Tom Hale , Peter Lund , Willie\nBrook , Sam Ward .");
    expect(typesOf(items, "Willie")).toEqual(["person"]);
    expect(typesOf(items, "Brook")).toEqual(["person"]);
  });

  it("reads no line's first word as a cut surname when the line before ends with a stop", () => {
    const items = find("GOLF - LEADING SCORES .\nMILWAUKEE 1996-09-14\nThe leaders were Tom Hale , Peter Lund and Willie .\nBrook , a former champion , missed the cut .");
    expect(items.filter((e) => e.rule === "name-cut-by-line")).toEqual([]);
  });
});

describe("entities: a town that is also a surname playing a match", () => {
  const game = "BASKETBALL - LEAGUE RESULTS .\nDENVER 1996-12-07\nHouston Rockets guard Tom Kessel scored 30 points as Houston beat Denver 110-99 on Friday .";
  it("reads the town as its team", () => {
    expect(find(game).filter((e) => e.text === "Houston").map((e) => e.type)).toEqual(["organization"]);
  });

  it("keeps a player who bears the town's name a person", () => {
    const text = "BASKETBALL - LEAGUE RESULTS .\nDENVER 1996-12-07\nAllan Houston scored 30 points on Friday as Denver beat Orlando 110-99 . Houston beat his own record .";
    const types = find(text).filter((e) => e.text === "Houston").map((e) => e.type);
    expect(types).not.toContain("organization");
  });
});

describe("entities: everyday words in capitals", () => {
  it.each([
    ["Results of games on Friday ( home team in CAPS ) :", "CAPS"],
    ["PRESS DIGEST - Kestrel newspapers - September 14 .", "DIGEST"],
  ] as const)("in %j reads %j as no name", (text, word) => {
    expect(find(text).map((e) => e.text)).not.toContain(word);
  });

  it("keeps an acronym that is no everyday word", () => {
    expect(find("Officials of OPAK met on Friday in Vienna .").filter((e) => e.text === "OPAK").map((e) => e.type)).toEqual(["organization"]);
  });
});

describe("entities: match summaries", () => {
  const summary = "SOCCER - LEAGUE SUMMARIES .\nLONDON 1996-12-07\nSummaries of league matches on Saturday :\nKorvan 2 ( Hale 34 , Lund 71 ) Dunmore 1 ( Ward 12 ) . Attendance : 8,000\nOstrova 0 Velkan 0 . Attendance : 5,000";
  it("reads both sides of a summary line as teams and its scorers as people", () => {
    const items = find(summary);
    for (const team of ["Korvan", "Dunmore", "Ostrova", "Velkan"]) expect(typesOf(items, team)).toEqual(["organization"]);
    expect(typesOf(items, "Ward")).toEqual(["person"]);
  });

  it("reads no sentence with two numbers as a summary line", () => {
    const text = "SOCCER - LEAGUE SUMMARIES .\nLONDON 1996-12-07\nPeter Hale 2 ( two goals ) Tom Ward 1 . Attendance was poor .";
    expect(typesOf(find(text), "Peter Hale")).not.toContain("organization");
  });
});

describe("entities: a club played against, and a club of a country", () => {
  it.each([
    ["SOCCER - CLUB FINED .\nGENEVA 1996-09-14\nThe club was fined after the final match against Korvan of Germany last month .", "Korvan", "organization"],
    ["SOCCER - CLUB FINED .\nGENEVA 1996-09-14\nThe fine followed crowd trouble in the cup tie against Velkan on Saturday .", "Velkan", "organization"],
  ] as const)("in %j reads %j as an %s", (text, name, type) => {
    expect(typesOf(find(text), name)).toEqual([type]);
  });

  it("keeps a player named in full a person when the report shortens the name before a country", () => {
    const text = "TENNIS - RESULTS .\nPARIS 1996-09-14\nPeter Korvan of Germany won 6-3 6-4 on Friday . Korvan of Germany meets the top seed in the final .";
    expect(typesOf(find(text), "Korvan")).not.toContain("organization");
  });
});
