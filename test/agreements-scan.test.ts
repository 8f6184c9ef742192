import { describe, expect, it } from "vitest";
import { matchesIn, namePattern } from "../extractors/agreements/scan.js";

// the matches a scan started at `from` finds while they start before `to`: what matchesIn must equal
function scanFrom(re: RegExp, text: string, from: number, to: number) {
  const out: Array<{ text: string; start: number; end: number }> = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

describe("matchesIn: a whole-text scan looked up by offset", () => {
  it("finds what a scan from each window's start finds, also where a longer match straddles the start", () => {
    // "Sudan People's Liberation Army" hides "Liberation Army" from a whole-text scan; a window opening inside it sees it
    const re = /(?<![\p{L}\p{N}])(?:Sudan People's Liberation Army|Liberation Army|Army|Sudan|Chad)(?![\p{L}\p{N}])/giu;
    const text = "Talks between Sudan and the Sudan People's Liberation Army, with Chad 🇹🇩 watching; the army left.";
    for (let from = 0; from <= text.length; from++) {
      for (const to of [from, from + 7, from + 30, text.length]) {
        expect(matchesIn(re, text, from, to), `${from}-${to}`).toEqual(scanFrom(re, text, from, to));
      }
    }
  });

  it("namePattern: the matches of the leading-lookbehind pattern, astral letters and digits before a name included", () => {
    const alternatives = "Sudan People's Liberation Army|Liberation Army|Army|Sudan|Chad|IRA";
    const text = "Talks between Sudan and 9Chad, xSudan, 𝐀Chad, 😀Chad, the Sudan People's Liberation Army, PIRA and the ira; Chad.";
    for (const flags of ["gu", "giu"]) {
      const reference = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
      const re = namePattern(alternatives, flags);
      for (let from = 0; from <= text.length; from++) {
        for (const to of [from + 9, text.length]) expect(matchesIn(re, text, from, to), `${flags} ${from}-${to}`).toEqual(scanFrom(reference, text, from, to));
      }
    }
  });

  it("namePattern with `contains`: the same matches, and none where the text holds none of the strings", () => {
    const alternatives = "\\p{Lu}[\\p{Ll}’'-]+\\s+(?:rebels|separatists)";
    const plain = namePattern(alternatives, "gu");
    const gated = namePattern(alternatives, "gu", { contains: ["rebels", "separatists"] });
    for (const text of ["Northern rebels and Coastal separatists met.", "The Rebels won; no separatist spoke.", "", "Hill rebels"]) {
      expect(matchesIn(gated, text, 0, text.length), text).toEqual(matchesIn(plain, text, 0, text.length));
    }
    expect(matchesIn(gated, "Northern Rebels met", 0, 19)).toEqual([]);
  });

  it("scans again when the text changes", () => {
    const re = /\bdeal\b/g;
    expect(matchesIn(re, "a deal", 0, 6).map((h) => h.start)).toEqual([2]);
    expect(matchesIn(re, "deal, deal", 0, 10).map((h) => h.start)).toEqual([0, 6]);
  });
});
