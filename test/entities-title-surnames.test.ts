import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";

// A title word alone ("King", "Judge") is the surname of a person the article names in full, or after an honorific;
// otherwise it names no one. Texts written for these tests.
const people = (text: string) => extractEntities(text).items.filter((e) => e.type === "person");

describe("entities: a surname that is also a title word", () => {
  it("reads 'King' alone as the person named in full before", () => {
    const found = people('Team captain Anna Marie King named her squad. " We will win , " said King . King is counting on the veterans.');
    expect(found.filter((e) => e.text === "King").map((e) => e.canonical)).toEqual(["Anna Marie King", "Anna Marie King"]);
  });

  it("reads a title word after an honorific as a surname", () => {
    expect(people("Mrs Judge left the meeting early.").map((e) => e.text)).toContain("Judge");
  });

  it.each([
    // no one of the article bears the name: a title
    "The King said on Monday the talks would go on.",
    // "the King" is the monarch even where a person of that surname is named
    "Anna Marie King watched as the King arrived.",
    // a title before a name's words, and an office after another title word
    "The Deputy Minister spoke first.",
    // an office addressed with an honorific
    '" Mr. President , will you answer ? " she asked.',
  ])("in %j reads no lone title word as a person", (text) => {
    expect(people(text).map((e) => e.text).filter((t) => !/\s/.test(t))).toEqual([]);
  });
});

describe("entities: a surname that is also a people's name", () => {
  it.each([
    ["He said Peter Moldovan scored twice in the second half.", "Peter Moldovan"],
    ["The striker Tom English joined the club on Monday.", "Tom English"],
  ])("in %j finds the person %j", (text, name) => {
    expect(people(text).map((e) => e.text)).toContain(name);
  });

  it.each([
    "Central African troops moved north.",
    "South African officials met on Monday.",
  ])("in %j finds no person", (text) => {
    expect(people(text)).toEqual([]);
  });
});
