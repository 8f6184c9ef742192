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

describe("entities: the state a title is of, before a name", () => {
  it.each([
    // the state (with its form words) after a title's "of" is the office's, the name starts after it
    ["Talks opened with the Prime Minister of the Kingdom of Jordan Samir Haddad on Monday.", "Samir Haddad"],
    ["The Foreign Minister of the Islamic Republic of Iran Reza Karimi arrived late.", "Reza Karimi"],
    ["She thanked the President of Ghana Kofi Mensah for the visit.", "Kofi Mensah"],
    // a place that is no member state, a state's region, a city or a listed body, after the title's "of"
    ["The President of Somaliland Ahmed Warsame Dirie flew to Addis Ababa.", "Ahmed Warsame Dirie"],
    ["The Governor of Texas Dana Whitfield signed the order.", "Dana Whitfield"],
    ["The Mayor of London Priya Anand opened the bridge.", "Priya Anand"],
    ["A letter from the Secretary General of NATO Lars Henriksen arrived.", "Lars Henriksen"],
    // a given name that is also a state's, after a title that ends in "of State": still the name's first word
    ["Secretary of State Jordan Miles spoke on Monday.", "Jordan Miles"],
    ["The Minister of State Georgia Banks spoke on Monday.", "Georgia Banks"],
  ])("in %j finds the person %j", (text, name) => expect(people(text).map((e) => e.text)).toContain(name));

  it.each([
    // a title of a state with no name after it names the state, no one
    "The Prime Minister of Pakistan said the pact was historic.",
    "A statement from the Foreign Minister of the Republic of Chile followed.",
    "The President of Somaliland said the port deal would stand.",
    "A letter from the Secretary General of NATO arrived on Friday.",
  ])("in %j reads no person", (text) => expect(people(text)).toEqual([]));
});

describe("entities: a parent's name inside a patronymic", () => {
  const canon = (text: string, written: string) => people(text).filter((e) => e.text === written).map((e) => e.canonical);
  it("does not read the father's name as the son's short form", () => {
    expect(canon("Crown Prince Tariq bin Khalid met the envoy. The envoy also greeted King Khalid.", "Khalid")).toEqual(["Khalid"]);
    expect(canon("Crown Prince Tariq bin Khalid bin Yusuf Al Hamdan met him after King Khalid bin Yusuf Al Hamdan wrote.", "Khalid bin Yusuf Al Hamdan")).toEqual(["Khalid bin Yusuf Al Hamdan"]);
  });
  it("reads the son's own short forms as him", () => {
    expect(canon("Crown Prince Tariq bin Khalid met the envoy. Bin Khalid said the talks went well.", "Khalid")).toEqual(["Tariq bin Khalid"]);
    expect(canon("Minister Anna Maria Lindqvist spoke. Lindqvist said no more.", "Lindqvist")).toEqual(["Anna Maria Lindqvist"]);
  });
});

describe("entities: a quoted nickname inside a name", () => {
  it.each([
    ["President Tomas 'Tommy' Reyes Jr. signed the pact.", "Tomas 'Tommy' Reyes Jr.", "Tomas Reyes Jr."],
    ["Senator Marisol “Sol” Cruz Vidal spoke first.", "Marisol “Sol” Cruz Vidal", "Marisol Cruz Vidal"],
    ['The boxer Danilo "The Hammer" Ortiz won again.', 'Danilo "The Hammer" Ortiz', "Danilo Ortiz"],
  ])("in %j reads one person %j named %j", (text, written, canonical) => {
    const found = people(text);
    expect(found.map((e) => [e.text, e.canonical])).toEqual([[written, canonical]]);
  });

  it.each([
    // a quoted phrase after a name, with no name word after it, is no nickname
    ['Tomas Reyes called the plan "Operation Shield" on Monday.', "Tomas Reyes"],
    ['Tomas Reyes said "Never" when asked.', "Tomas Reyes"],
    // a quotation after a name and a lowercase word stays out of the name
    ["Tomas Reyes told 'Maria' Lopez nothing.", "Tomas Reyes"],
  ])("in %j keeps %j apart from the quoted words", (text, name) => {
    expect(people(text).map((e) => e.canonical)).toContain(name);
  });
});
