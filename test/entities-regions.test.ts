import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";

// A compass region or a sea's word, capitalized alone after "the" in mid-sentence, names one region. Texts written for
// these tests.
const find = (text: string) => extractEntities(text).items;
const places = (text: string) => find(text).filter((e) => e.type === "place").map((e) => e.text);

describe("entities: 'the Gulf', 'the North', 'the Midwest'", () => {
  it.each([
    ["Two tankers sailed out of the Gulf on Monday, the navy said.", "Gulf"],
    ["Envoys from the North and the South met at the border village.", "North"],
    ["Envoys from the North and the South met at the border village.", "South"],
    ["Storms hit farms across the Midwest over the weekend.", "Midwest"],
  ] as const)("in %j finds the place %j", (text, name) => {
    expect(places(text)).toContain(name);
  });

  it.each([
    // part of a longer name, lowercase, or an adjective before a capitalized word: no lone region
    ["Oil rigs in the North Sea shut down.", "North"],
    ["Fighting spread to the north of the country.", "north"],
    ["The South African team flew home.", "South"],
    ["Ships waited near the Gulf Coast.", "Gulf"],
  ] as const)("in %j finds no lone place %j", (text, name) => {
    expect(places(text)).not.toContain(name);
  });
});
