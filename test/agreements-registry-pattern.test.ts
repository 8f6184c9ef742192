import { describe, expect, it } from "vitest";
import { KNOWN_AGREEMENTS, makeAgreementIndex } from "../extractors/agreements/registry.js";

// the flat alternation the registry index used before its names were grouped by first character
const pattern = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[-–—‑]/g, "[-–—‑ ]?").replace(/\s+/g, "\\s+");
const isAcronym = (form: string) => !/\s/.test(form.replace(/^New /, "")) && /^[A-Z0-9][A-Z0-9-]+$/.test(form.replace(/^New /, "").replace(/-[a-z0-9]+$/i, (m) => m.toUpperCase()));
function flatSpans(text: string) {
  const forms = KNOWN_AGREEMENTS.flatMap((a) => [a.name, ...a.aliases]);
  const spans: string[] = [];
  for (const [list, flags] of [[forms.filter((f) => !isAcronym(f)), "gi"], [forms.filter(isAcronym), "g"]] as const) {
    const re = new RegExp(`\\b(?:${[...new Set(list)].sort((x, y) => y.length - x.length).map(pattern).join("|")})(?![\\w\\u00C0-\\u024F])`, flags);
    for (const m of text.matchAll(re)) spans.push(`${m.index}:${m[0]}`);
  }
  return spans;
}

describe("registry names grouped by first character", () => {
  it("find the same names as the flat alternation, in any case and spacing", () => {
    const forms = KNOWN_AGREEMENTS.flatMap((a) => [a.name, ...a.aliases]);
    const text = forms.map((f, i) => (i % 3 === 0 ? f.toUpperCase() : i % 3 === 1 ? f.toLowerCase() : f.replace(/ /g, "  "))).join(" and the ") + ". " + forms.join("; ");
    const index = makeAgreementIndex();
    const found = index.find(text).map((h) => `${h.start}:${h.text}`);
    const flat = new Set(flatSpans(text));
    expect(found.length).toBeGreaterThan(forms.length);
    // every registry hit is a match of the flat pattern at the same place with the same words
    for (const f of found) expect(flat.has(f), f).toBe(true);
    // and the flat pattern's matches, after the index's overlap rule, are the hits
    expect(flatSpans(text).length).toBeGreaterThanOrEqual(found.length);
  });
});

describe("a registry name written with a word's other number, a hyphen for a space or a hyphenated word closed up", () => {
  const index = makeAgreementIndex();
  const named = (text: string) => index.find(text).map((h) => h.agreement.name);
  it.each([
    ["Senators debated the Chemical Weapon Convention again.", "Chemical Weapons Convention"],
    ["Ghana joined the African Nuclear Weapons-Free Zone Treaty.", "Treaty of Pelindaba"],
    ["The African Nuclear-Weapon-Free-Zone Treaty binds its members.", "Treaty of Pelindaba"],
    ["The Biological Weapon Convention has no verification body.", "Biological Weapons Convention"],
    ["Pyongyang said it would leave the Nuclear Nonproliferation Treaty.", "Treaty on the Non-Proliferation of Nuclear Weapons"],
    ["Delegates praised the nonproliferation treaty on Monday.", "Treaty on the Non-Proliferation of Nuclear Weapons"],
    ["The Comprehensive Nuclear Testban Treaty still lacks ratifications.", "Comprehensive Nuclear-Test-Ban Treaty"],
  ])("reads %j as the registry's name", (text, name) => expect(named(text)).toContain(name));
  it.each([
    // the last word keeps its number: a plural head is other agreements, not the one named
    ["Both Paris Agreements were drafted long ago.", "Paris Agreement"],
    // an acronym takes no plural s
    ["The CAFTAs-DR talks stalled.", "Central America Free Trade Agreement"],
    // a word of three letters or fewer keeps its own form
    ["The Law of the Seas Convention is a misnomer.", "United Nations Convention on the Law of the Sea"],
    // a closed-up word must be the name's own words: another word, or a word left out, gives nothing
    ["Officials spoke of a nonaggression treaty between the two.", "Treaty on the Non-Proliferation of Nuclear Weapons"],
    ["The Nuclear Proliferation Treaty talks were a mistake of the speaker.", "Treaty on the Non-Proliferation of Nuclear Weapons"],
  ])("does not read %j as %s", (text, name) => expect(named(text)).not.toContain(name));
});
