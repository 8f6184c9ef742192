// Lexicon data the conflict rules read: capitals as governments, offices named by several titles.
import { describe, expect, it } from "vitest";
import { countryOf } from "../extractors/lexicon/countries.js";
import { officeOf } from "../pipeline/reconcile/index.js";
import type { TitleClaim } from "../pipeline/reconcile/contributions.js";
import { titlesClash } from "../pipeline/reconcile/title-conflicts.js";

const titled = (title: string, country: string | null): TitleClaim => ({
  name: "Lena Varga", title, country, evidence: { file: "a.txt", text: `${title} Lena Varga`, start: 0, end: 20 },
  published: "2024-03-01", years: [], speaks: false, certain: true, ambiguous: false, atEvent: null,
});

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

  it.each([
    // a rank with only the government's level ("Union", "Federal", "Cabinet") names no ministry
    ["Union Minister", "India", "Trade Minister", null, false],
    ["Federal Minister", "Germany", "Economy Minister", null, false],
    ["Cabinet Minister", null, "Minister of Fisheries", null, false],
    // two ministries, each with the government's level, still clash
    ["Union Home Minister", "India", "Union Trade Minister", null, true],
    ["Federal Finance Minister", "Germany", "Foreign Minister", null, true],
    // "President" is also the head of government's own title in Italy and Spain, not elsewhere
    ["President", "Italy", "Prime Minister", null, false],
    ["Premier", null, "President", "Spain", false],
    ["President of the Council of Ministers", "Italy", "Prime Minister", null, false],
    ["President", "France", "Prime Minister", null, true],
    ["President", null, "Prime Minister", null, true],
    ["Foreign Minister", "Italy", "President", null, true],
    // a cabinet rank with no ministry named is held beside another office; with a portfolio it is an office
    ["Minister of State", "Oman", "National Security Adviser", null, false],
    ["State Minister", null, "Interior Minister", null, false],
    ["Minister without Portfolio", "Hungary", "Government Spokesman", null, false],
    ["Minister of State for Foreign Affairs", "Oman", "Minister of Health", null, true],
    ["Secretary of State", null, "Defense Secretary", null, true],
    // a British and an American spelling of one title are one title; another office still clashes
    ["White House national security advisor", "United States", "National Security Adviser", null, false],
    ["Defence Minister", "Australia", "Defense Minister", null, false],
    ["national security advisor", "United States", "Commerce Secretary", null, true],
  ])("judges %s (%s) and %s (%s) of one person: clash %s", (ta, ca, tb, cb, clash) =>
    expect(titlesClash(titled(ta, ca), titled(tb, cb)) !== null).toBe(clash));
});
