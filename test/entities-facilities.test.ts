import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import type { Entity } from "../pipeline/schemas.js";

// A capitalized name right before a facility noun ("stadium", "airport", "prison", …) names the facility: the name is
// no place or person of its own, so no lone place reaches reconcile to be read as a slip of a country's name.
const find = (text: string) => extractEntities(text).items;
const typed = (items: Entity[], type: Entity["type"]) => items.filter((e) => e.type === type).map((e) => e.text);
const all = (items: Entity[]) => items.map((e) => e.text);

describe("entities: a name before a facility noun is the facility's name", () => {
  it.each([
    ["Fans filled the Gradina stadium for the final on Sunday.", "place", "Gradina stadium"],
    ["The flight came down at Brelnik airport after midnight.", "place", "Brelnik airport"],
    ["He spent two years in the Zorvan prison before his release.", "place", "Zorvan prison"],
    ["The Orlov bridge reopened to traffic last week.", "place", "Orlov bridge"],
    ["Doctors at the Brelnik hospital treated six people.", "organization", "Brelnik hospital"],
    // a capitalized facility noun: the whole name, a place, not a person with a given name
    ["The ceremony moved to Vesna Palace on Friday.", "place", "Vesna Palace"],
    ["Protesters crossed Vesna Square before noon.", "place", "Vesna Square"],
  ] as const)("in %j finds the %s %j", (text, type, name) => {
    const items = find(text);
    expect(typed(items, type)).toContain(name);
    // and not the name alone
    const alone = name.split(" ")[0];
    expect(all(items)).not.toContain(alone);
  });

  it.each([
    // a known place before a facility noun stays the place
    ["Troops moved along the Kosovo border overnight.", "place", "Kosovo"],
    ["Buses left the Tijuana airport at dawn.", "place", "Tijuana"],
    // a place before an ordinary noun stays the place
    ["Shelling in Brelnik stopped when the Brelnik police arrived.", "place", "Brelnik"],
    ["Shelling hit the Sarajevo suburbs overnight.", "place", "Sarajevo"],
    // a surname-like place word after a given name keeps the person
    ["Kevin Hall said the talks would go on.", "person", "Kevin Hall"],
  ] as const)("in %j keeps the %s %j", (text, type, name) => {
    expect(typed(find(text), type)).toContain(name);
  });

  it("takes no facility from a name after an indefinite article: a street of the place, not a street's name", () => {
    const items = find("Police closed a Tamsin street after the blast.");
    expect(all(items)).not.toContain("Tamsin street");
  });

  it("takes no facility from a plural noun: the place's streets, not a street's name", () => {
    expect(all(find("Crowds marched through the Brelnik streets on Monday."))).not.toContain("Brelnik streets");
  });

  it("leaves a titled person before a facility noun a person", () => {
    expect(typed(find("Mayor Ilic stadium plans were shelved."), "person")).toContain("Ilic");
  });
});
