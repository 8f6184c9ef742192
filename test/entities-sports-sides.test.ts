import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// Clubs in sports reports, read from the match around the name (who beat, drew with or lost to whom, whose coach or
// striker), and one name one type across the report. Texts written for these tests.
const find = (text: string) => extractEntities(text).items;
const typeOf = (items: Entity[], text: string, nth = 0) => items.filter((e) => e.text === text)[nth]?.type;
const report = (body: string) => `SOCCER - LEAGUE ROUND-UP .\nBRELNIK 1996-09-14\n${body}`;

describe("entities: a sports report's clubs by the match around them", () => {
  it.each([
    // a team's role between the name and a person's name
    [report("Orlan coach Piet Smit said the league title was still open after the match ."), "Orlan", "organization"],
    [report("The goal came from former Kestrova striker Ivo Kren in the second half of the match ."), "Kestrova", "organization"],
    // a score between the result's verb and the side
    [report("Valdora drew 1-1 with Ostrova in the league on Saturday ."), "Ostrova", "organization"],
    [report("Valdora lost 2-1 at home to Ostrova in the league on Saturday ."), "Ostrova", "organization"],
    [report("Valdora were held to a 1-1 draw by Ostrova in the league match ."), "Ostrova", "organization"],
    // an unknown word opening the sentence, before a result
    [report("Ostrova beat Valdora 2-0 in the league match on Sunday ."), "Ostrova", "organization"],
    // a capital city playing a match is its club
    [report("Sofia beat Lisbon 2-0 in the league match on Sunday ."), "Lisbon", "organization"],
  ] as const)("in %j reads %j as an %s", (text, name, type) => {
    expect(typeOf(find(text), name)).toBe(type);
  });

  it("gives a team's name its type wherever the report guesses it, headline capitals too", () => {
    const items = extractEntities("SOCCER - ORLAN HELD .\nBRELNIK 1996-09-14\nOrlan coach Piet Smit was angry . The league match was poor and Orlan never scored a goal .").items;
    expect(items.filter((e) => /^orlan$/i.test(e.text)).map((e) => e.type)).toEqual(["organization", "organization", "organization"]);
  });

  it.each([
    // a player's full name stays a person; so does its last word once the report has named the player in full
    [report("Mirko Hale lost 6-3 6-4 to Ivo Kren in the final match ."), "Ivo Kren", "person"],
    [report("Top seed Jansen Hale won the match . The final was beaten by Jansen in two sets , he said ."), "Jansen", "person"],
    // a scorer named by one name, with the minute of the goal, is a player
    [report("Scorers : Brazil - Giovanni ( 14th ) , Ivo Kren ( 55th ) ."), "Giovanni", "person"],
    // national sides and towns where a match is played stay places
    [report("England beat Wales 2-0 in the match at Brelnik on Sunday ."), "Wales", "place"],
    [report("Sofia beat Ostrova 2-0 in the league match in Lisbon on Sunday ."), "Lisbon", "place"],
  ] as const)("in %j keeps %j a %s", (text, name, type) => {
    expect(typeOf(find(text), name)).toBe(type);
  });

  it("reads no team's role outside a sports report", () => {
    expect(typeOf(find("Talks stalled on Monday. Kestrova manager Ivo Kren said the plant would close in the spring."), "Kestrova")).not.toBe("organization");
  });
});
