// Lexicon data the conflict rules read: capitals as governments, offices named by several titles.
import { describe, expect, it } from "vitest";
import { countryOf } from "../extractors/lexicon/countries.js";
import { officeOf } from "../pipeline/reconcile/index.js";

describe("lexicon data for conflicts", () => {
  it.each([
    ["Brussels", "European Union"],
    ["Nouakchott", "Mauritania"],
    ["Belgium", "Belgium"],
  ])("reads %s, as a government, as %s", (form, country) => expect(countryOf(form, { capitals: true })).toBe(country));

  it.each([
    ["Minister of Fisheries and Maritime Economy", "fisheries minister"],
    ["fisheries minister", "fisheries minister"],
    ["Minister of Foreign Affairs", "foreign minister"],
  ])("reads the title %s as the office %s", (title, office) => expect(officeOf(title, null)).toBe(office));
});
