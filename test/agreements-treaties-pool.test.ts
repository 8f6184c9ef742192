// Wordings found on a pooled sample of real reports on multilateral treaties, nuclear deals and peace accords
// (session 36, issue 14): each class with rows that must fire and rows that must not. Fixtures in our own words.
import { describe, expect, it } from "vitest";
import { extractAgreementEvents, makeAgreementIndex, type KnownAgreement } from "../extractors/agreements/index.js";
import { pickHomonym } from "../extractors/agreements/registry.js";
import type { ParsedArticle } from "../pipeline/schemas.js";

const doc = (text: string, published: string): ParsedArticle => ({ id: "t", source: { file: "t.txt" }, title: null, outlet: null, published: { value: published, from: "sidecar" }, text, meta: {} });
/** "type party sides name date" for each event, in text order. */
const events = (text: string, published = "2024-03-08", index = makeAgreementIndex()) =>
  extractAgreementEvents(doc(text, published), {}, index).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.parties.join("+")} ${e.name ?? "-"} ${e.date?.value ?? "-"}`);

describe("a two-side deal suspended by one side names that side as the event's party", () => {
  it.each([
    ["Chile suspended its fisheries deal with Peru on Thursday.", ["suspended Chile Chile+Peru deal 2024-03-07"]],
    ["Peru's government has suspended a Chile-Peru fisheries deal.", ["suspended Peru Chile+Peru deal 2024-03-08"]],
    // negative rows: both sides acting, or no side in the subject, give no party
    ["Chile and Peru suspended their fisheries deal on Thursday.", ["suspended - Chile+Peru deal 2024-03-07"]],
    ["The fisheries deal between Chile and Peru was suspended on Thursday.", ["suspended - Chile+Peru deal 2024-03-07"]],
    ["The accord, which Chile and Peru signed in 1992, has held since Chile suspended it in May 2021.", ["signed - Chile+Peru accord 1992", "suspended Chile Chile+Peru accord 2021-05"]],
    // (a side named as another verb's subject is not the suspension's: a passive names no side)
    ["The two said Chile would resume sales under the 1992 agreement with Peru, which had been suspended since last May.", ["suspended - Chile+Peru agreement 2023-05"]],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
});

describe("a name two registry agreements share is the one whose sides the article names", () => {
  const list: KnownAgreement[] = [
    { name: "Treaty of Orsk", aliases: ["Orsk Accord"], kind: "peace", parties: ["Georgia", "Armenia"] },
    { name: "Orsk Reconciliation Agreement", aliases: ["Orsk Accord"], kind: "peace", parties: ["Chile", "Peru"] },
  ];
  const index = makeAgreementIndex(list);
  it.each([
    ["Chile and Peru signed the Orsk Accord on Thursday.", "Orsk Reconciliation Agreement"],
    ["Armenia and Georgia signed the Orsk Accord on Thursday.", "Treaty of Orsk"],
    // negative row: no side named, the first listed keeps the name
    ["The Orsk Accord was signed on Thursday.", "Treaty of Orsk"],
  ])("%s", (text, want) => expect(index.find(text).map((h) => h.agreement.name)).toEqual([want]));
  it("picks by the sides given, and the first listed on a tie", () => {
    expect(pickHomonym(list, (p) => p === "Peru").name).toBe("Orsk Reconciliation Agreement");
    expect(pickHomonym(list, () => false).name).toBe("Treaty of Orsk");
    expect(index.byName("Orsk Accord", ["Chile"])?.name).toBe("Orsk Reconciliation Agreement");
    expect(index.byName("Orsk Accord")?.name).toBe("Treaty of Orsk");
  });
  it("gives a description with no sides of its own the sides of the registry agreement its name is", () => {
    const text = "The rulers said on Thursday that they had cancelled the peace deal. The deal, known as the Orsk Accord, had ended, they said. Peru had backed it, and Chile's minister agreed.";
    expect(events(text, "2024-03-08", index).filter((e) => e.startsWith("terminated")).every((e) => e.includes("Chile+Peru Orsk Reconciliation Agreement"))).toBe(true);
  });
});

describe("a go-between named by its role is no side of the deal", () => {
  it.each([
    ["Chile ended the peace agreement on Thursday and accused chief mediator Bolivia of meddling.", []],
    ["Chile ended a peace deal with the Andean rebels on Thursday and accused chief mediator Bolivia of meddling.", ["terminated - Andean rebels+Chile deal 2024-03-07"]],
    ["Chile ended the peace agreement on Thursday. It accused Bolivia, the backer of the agreement, of hostility.", []],
    ["Chile ended the peace agreement on Thursday. Bolivia had acted as mediator in the talks.", []],
    // negative rows: a country named as a side, not as the go-between, stays a side
    ["Chile ended the peace agreement with Bolivia on Thursday.", ["terminated - Bolivia+Chile agreement 2024-03-07"]],
    ["Chile ended the peace agreement with Bolivia on Thursday. Bolivia, the larger side, protested.", ["terminated - Bolivia+Chile agreement 2024-03-07"]],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
});

describe("a movement told by a people and a kind word before its noun, or only by its kind after 'with'", () => {
  it.each([
    // "Andean separatist rebels" are the Andean rebels
    ["Chile ended a peace deal with Andean separatist rebels on Thursday.", ["terminated - Andean rebels+Chile deal 2024-03-07"]],
    // a deal "with" rebels the text leaves unnamed has no country for that side, whatever its family
    ["Chile has terminated an agreement it signed with local rebels. Bolivia and Bolivia's envoy said nothing.", []],
    // negative rows: a country's people before the noun is that country's movement, not a described one; a country after "with" is a side
    ["Chile has terminated an agreement it signed with Bolivia.", ["terminated - Bolivia+Chile agreement 2024-03-08", "signed - Bolivia+Chile agreement 2024-03-08"]],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
});

describe("a treaty that came into force 'in' a state (by the state's own name) entered into force for that state", () => {
  it.each([
    ["The Istanbul Convention came into force in Latvia last year.", ["entered_into_force Latvia  Istanbul Convention 2023"]],
    ["The Istanbul Convention entered into force for Latvia in 2024.", ["entered_into_force Latvia  Istanbul Convention 2024"]],
    // negative rows: a city, a month or a date after "in" is where or when, no state
    ["The Istanbul Convention entered into force in Strasbourg in 2014.", ["entered_into_force -  Istanbul Convention 2014"]],
    ["The Istanbul Convention entered into force in August 2014.", ["entered_into_force -  Istanbul Convention 2014-08"]],
  ])("%s", (text, want) => expect(events(text, "2024-03-08")).toEqual(want));
});

describe("several states' acts on a named treaty open to any state are each state's own, no deal between them", () => {
  it.each([
    // an accord's name (read by its sides) and a convention's name (read by its frame) alike
    [
      "Chile and Peru signed the Orsk Water Accord on 3 and 5 May 2023, respectively. The accord has been signed by 19 countries so far.",
      ["signed Chile  Orsk Water Accord 2023-05-03", "signed Peru  Orsk Water Accord 2023-05-05"],
    ],
    [
      "Chile and Peru signed the Orsk Water Convention on 3 and 5 May 2023, respectively. The convention has been signed by 19 countries so far.",
      ["signed Chile  Orsk Water Convention 2023-05-03", "signed Peru  Orsk Water Convention 2023-05-05"],
    ],
    [
      "Chile, Bolivia, Peru and the US signed the Orsk Water Convention on Thursday. It is open for signature to all states.",
      ["signed Chile  Orsk Water Convention 2024-03-07", "signed Bolivia  Orsk Water Convention 2024-03-07", "signed Peru  Orsk Water Convention 2024-03-07", "signed United States  Orsk Water Convention 2024-03-07"],
    ],
    [
      "Peru and Chile have ratified the Orsk Water Accord, its secretariat said on Thursday. Instruments of ratification are kept in Geneva.",
      ["ratified Peru  Orsk Water Accord 2024-03-07", "ratified Chile  Orsk Water Accord 2024-03-07"],
    ],
    // one date for two states is each state's that day
    ["Chile and Peru signed the Orsk Water Accord on 5 May 2023. Its signatories meet in June.", ["signed Chile  Orsk Water Accord 2023-05-05", "signed Peru  Orsk Water Accord 2023-05-05"]],
    // negative rows: with no sign of a treaty open to state after state, two states are the sides of their deal
    ["Chile and Peru signed the Orsk Water Accord on 5 May 2023.", ["signed - Chile+Peru Orsk Water Accord 2023-05-05"]],
    ["Chile and Peru ratified the Orsk Water Accord on Thursday, a year after they signed it.", ["ratified - Chile+Peru Orsk Water Accord 2024-03-07", "signed - Chile+Peru Orsk Water Accord 2023-03"]],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
  it.each([
    "Chile and Peru signed the Orsk Water Convention on 5 May 2023.",
    // (a count of two is the sides of a deal, no sign of a treaty open to all)
    "Chile and Peru signed the Orsk Water Convention on 5 May 2023. The two countries signed it after a decade of talks.",
  ])("gives a convention two states sign, with no such sign, no state's own signing: %s", (text) => {
    const got = events(text);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e) => e.startsWith("signed - "))).toBe(true);
  });
});

describe("a state's stated plan to leave a treaty is announced, with that state as party", () => {
  it.each([
    ["Poland also intends to withdraw from the Istanbul Convention.", ["announced Poland  Istanbul Convention -"]],
    ["On 3 May 2023, Chile became the fifth country to announce plans to withdraw from the Energy Charter Treaty.", ["announced Chile  Energy Charter Treaty 2023-05-03"]],
    // negative rows: a plan denied, a plan under a condition, and someone else's plan about the withdrawal are none
    ["Poland does not intend to withdraw from the Istanbul Convention.", []],
    ["Poland plans to withdraw from the Istanbul Convention if the court rules against it.", []],
    ["Opposition parties plan to challenge Poland's withdrawal from the Istanbul Convention.", []],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
});

describe("a count of the states that signed a treaty is no one state's signing", () => {
  it.each([
    ["The Orsk Water Convention has been signed by twenty-four countries so far.", []],
    ["The Orsk Water Convention has been signed by 24 countries so far.", []],
    // negative row: a signing by a named state is its act
    ["Chile signed the Orsk Water Convention on Thursday. It is open for signature to all states.", ["signed Chile  Orsk Water Convention 2024-03-07"]],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
});

describe("a signing told by an ordinal ('was the first to sign') is done, as 'the first country to ratify' was", () => {
  it.each([
    ["Chile was the first to sign the Istanbul Convention in 2011.", ["signed Chile  Istanbul Convention 2011"]],
    // negative rows: a person first to sign a petition, and a wish to be the first, are no signing of the treaty
    ["He was the first to sign the petition against the Istanbul Convention.", []],
    ["Chile wants to be the first to sign the Istanbul Convention.", []],
  ])("%s", (text, want) => expect(events(text)).toEqual(want));
});
