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
