// Faster scans that must answer exactly as the plainer code they replaced: lowerCase (text.ts) as
// toLowerCase, upperLines (names.ts) as the line-by-line reading with split, hasWords (quotes.ts) as
// a comparison of wordCount, lowerWordsOf (speakers.ts) as the look-behind pattern it replaced, tenseTokens
// (timex.ts) as the pattern tenseReader tokenized with, determinerBefore (bilateral.ts) as the end-anchored pattern,
// isTitleCase (claims.ts) as every word matched first, characterizingCue (claims.ts) as its pattern with a leading look-behind,
// isAbbreviationWord (text.ts) as the lowercased look-up.
import { describe, expect, it } from "vitest";
import { headlineLine, upperLines } from "../extractors/names.js";
import { isAbbreviationWord, lowerCase } from "../extractors/text.js";
import { ABBREVIATIONS } from "../extractors/lexicon/abbreviations.js";
import { hasWords, wordCount } from "../extractors/quotes.js";
import { lowerWordsOf } from "../extractors/speakers.js";
import { tenseTokens } from "../extractors/timex.js";
import { determinerBefore } from "../extractors/agreements/bilateral.js";
import { characterizingCue, isTitleCase } from "../extractors/claims.js";
import { AS_VERBS, CHARACTERIZING_VERBS } from "../extractors/lexicon/reporting-verbs.js";
import { seeded } from "../bench/generate.js";

/** The reading upperLines replaced: split into lines, every line counted to its end, then judged as before. */
function upperLinesBySplit(text: string): Set<number> {
  const out = new Set<number>();
  let pos = 0;
  for (const line of text.split("\n")) {
    let lower = 0;
    let lowerStarts = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c >= 0x61 && c <= 0x7a) {
        lower++;
        if (i > 0 && line.charCodeAt(i - 1) === 0x20) lowerStarts++;
      }
    }
    // the judgement of a line that may be a headline is unchanged (headlineLine); what changed is how lines are cut and counted
    if (!(lowerStarts >= 5 && 20 * lower >= 3 * line.length) && headlineLine(line)) out.add(pos);
    pos += line.length + 1;
  }
  return out;
}

/** `count` texts of up to `maxPieces` pieces drawn from `pieces` (seeded), each followed by a space with chance `space`. */
function randomTexts(seed: number, pieces: readonly string[], count: number, maxPieces: number, space: number): string[] {
  const rand = seeded(seed);
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let t = "";
    const len = Math.floor(rand() * maxPieces);
    for (let i = 0; i < len; i++) t += pieces[Math.floor(rand() * pieces.length)] + (rand() < space ? " " : "");
    texts.push(t);
  }
  return texts;
}

describe("lowerCase", () => {
  it("answers as toLowerCase", () => {
    for (const w of ["", "said", "Said", "SAID", "mcdonald's", "U.S.", "Ankara’s", "İstanbul", "ÉLYSÉE", "straße", "ǅemal", "k", "a-b", "x9", "\u212a"]) {
      expect(lowerCase(w)).toBe(w.toLowerCase());
    }
  });
});

describe("upperLines", () => {
  it("finds headlines in capitals and in title case, not running text", () => {
    const text = "PARIS TALKS STALL AGAIN\nMinister Says Deal Is Near After Talks\nthe talks went on late into the night and the envoys said little to the press\n\nShort";
    expect([...upperLines(text)]).toEqual([0, 24]);
    // a long line that reaches both counts early and then turns to capitals is still running text
    const mixed = "the delegates met in a small room to talk " + "BREAKING NEWS ".repeat(3);
    expect(upperLines(mixed).size).toBe(0);
    expect(upperLinesBySplit(mixed).size).toBe(0);
  });
  it("matches the line-by-line reading on generated and edge-case texts", () => {
    const pieces = ["the", "Talks", "STALL", "Minister", "Says", "a", "in", "To", "U.", "N.", "Élysée", "said", "\n", "\n\n", " ", "  ", ",", "—", "ist", "über"];
    const texts = ["", "\n", "a\n", "\nA B C D", "ALL CAPS LINE HERE\n", ...randomTexts(13, pieces, 300, 80, 0.8)];
    for (const t of texts) expect([...upperLines(t)]).toEqual([...upperLinesBySplit(t)]);
  });
});

describe("hasWords", () => {
  it("answers as wordCount(s) >= n, stopping at the n-th word", () => {
    const texts = ["", "   ", "one", "one two", "it’s a well-known fact", "U.S. officials, 12 of them", "—", "a - b", "l’État a dit", "🙂 two 🙂 words", "x'y 'z' -w-"];
    for (const s of texts) for (let n = -1; n <= 8; n++) expect(hasWords(s, n)).toBe(wordCount(s) >= n);
    expect(hasWords("the minister said on Monday", 3)).toBe(true);
    expect(hasWords("he said", 3)).toBe(false);
  });
});

describe("lowerWordsOf", () => {
  const byPattern = (t: string) => new Set(t.match(/(?<![\p{L}])\p{Ll}[\p{Ll}’'-]*/gu) ?? []);
  it("finds the words a text starts in lower case, after no letter", () => {
    expect([...lowerWordsOf("Whatever the rain-soaked crowd’s mood, X-ray and don't. Über übel; aBc 9lives")]).toEqual(["the", "rain-soaked", "crowd’s", "mood", "ray", "and", "don't", "übel", "a", "lives"]);
  });
  it("answers as the pattern, astral, combining and lone surrogate characters included", () => {
    const pieces = ["the", "Talks", "a", "ß", "É", "é", "ǅx", "ªb", "µ", "x\u0301y", "𝑎", "𝐀", "\ud835", "\udc00", "’", "'", "-", " ", "\n", "9", ",", "İ", "ﬁ"];
    const texts = ["", "a", "-a", "'a'", "𝑎bc a𝑎 \ud835ab \udc00cd", ...randomTexts(29, pieces, 400, 40, 0.3)];
    for (const t of texts) expect([...lowerWordsOf(t)], JSON.stringify(t)).toEqual([...byPattern(t)]);
  });
});

describe("tenseTokens", () => {
  const byPattern = (t: string) => [...t.matchAll(/[A-Za-z]+(?:['’][a-z]+)?|[,;:()—–]/g)].map((m) => ({ w: m[0], s: m.index, e: m.index + m[0].length }));
  it("reads words, contractions and clause marks", () => {
    expect(tenseTokens("He'd said—no; it wasn’t O'Neil's (or X'Y) 2019, ok").map((t) => t.w)).toEqual(["He'd", "said", "—", "no", ";", "it", "wasn’t", "O", "Neil's", "(", "or", "X", "Y", ")", ",", "ok"]);
  });
  it("answers as the pattern, apostrophes at word ends, capitals after them and non-ASCII letters included", () => {
    const pieces = ["the", "Talks", "a", "B", "'", "’", "s", "S", "É", "é", "-", "—", "–", ",", ";", ":", "(", ")", " ", "\n", "9", ".", "\ud835", "ll"];
    const texts = ["", "'", "a'", "a'b", "a'B", "A’bc'd", ...randomTexts(31, pieces, 400, 40, 0.3)];
    for (const t of texts) expect(tenseTokens(t), JSON.stringify(t)).toEqual(byPattern(t));
  });
});

describe("determinerBefore", () => {
  const byPattern = (lead: string) => /(?:\b(?:the|a|an|this|that|its|their|his|her|our)|\p{L}['’]s)\s+$/iu.test(lead);
  it("reads a determiner or a possessive right before the white space that ends a lead", () => {
    expect(determinerBefore("He said the ")).toBe(true);
    expect(determinerBefore("Turkey’s  ")).toBe(true);
    expect(determinerBefore("He said the")).toBe(false);
    expect(determinerBefore("They bathe ")).toBe(false);
    expect(determinerBefore("  ")).toBe(false);
  });
  it("answers as the pattern, case, long leads, astral letters, lone surrogates and odd spaces included", () => {
    const pieces = ["the", "THE", "Their", "a", "an", "bathe", "ß", "ſ", "its", "his", "our", "x", "'", "’", "s", "S", "𝐀", "\ud835", "\udc00", " ", "\u00a0", "\u2003", "\n", "\t", ",", "9", "_", "é"];
    const texts = ["", " ", "the ", "xthe ", "_the ", "9the ", "éthe ", "𝐀’s ", "ſ's ", ...randomTexts(37, pieces, 3000, 14, 0.4)];
    for (const t of texts) expect(determinerBefore(t), JSON.stringify(t)).toBe(byPattern(t));
  });
});

describe("isTitleCase", () => {
  const byAllWords = (inner: string) => {
    const content = inner.match(/[\p{L}\p{N}][\p{L}\p{N}’'\-]*/gu) ?? [];
    return content.every((w) => w.length <= 3 || /^\p{Lu}/u.test(w)) && content.filter((w) => w.length > 3).length > 0;
  };
  it("holds for titles, not for sentences or short words alone", () => {
    expect(isTitleCase("Remain in Mexico")).toBe(true);
    expect(isTitleCase("We expect the first transfers")).toBe(false);
    expect(isTitleCase("a to be")).toBe(false);
  });
  it("answers as matching every word first", () => {
    const pieces = ["Deal", "deal", "of", "the", "Él", "élan", "Ω", "9", "2019", "’", "'", "-", " ", ",", "𝐀bcd", "𝑎bcd", "\ud835", "İstanbul", "ǅemal", "x"];
    const texts = ["", " ", ...randomTexts(41, pieces, 2000, 10, 0.5)];
    for (const t of texts) expect(isTitleCase(t), JSON.stringify(t)).toBe(byAllWords(t));
  });
});

describe("characterizingCue", () => {
  // the reading it replaced: the pattern with its look-behind, every match read
  const WITH_LOOKBEHIND = new RegExp(String.raw`(?<![\p{L}’'-])(?:(${CHARACTERIZING_VERBS.join("|")})\s+(?:on\s+)?(?=[\p{L}\p{N}])|(${AS_VERBS.join("|")})\s+(?=[^.!?;:“”"]{1,80}\bas\s+(?:an?\s+|the\s+)?[“"]\S))`, "gu");
  const byLookbehind = (text: string, from: number, to: number) => {
    let last: { index: number; form: string; end: number } | undefined;
    for (const m of text.slice(from, to + 2).matchAll(WITH_LOOKBEHIND)) {
      if (from + m.index >= to) break;
      const form = m[1] ?? m[2];
      last = { index: from + m.index, form, end: from + m.index + form.length };
    }
    return last;
  };
  it("finds the last cue before the quote, not one inside a word", () => {
    const text = "Cruz called Trump a “liar” and recalled him";
    expect(characterizingCue(text, 0, text.indexOf("“"))).toMatchObject({ form: "called", index: 5 });
    expect(characterizingCue("He recalled the vote “", 0, 21)).toBeUndefined();
  });
  it("answers as the pattern with its look-behind, words joined to letters, marks and astral letters included", () => {
    const pieces = [...CHARACTERIZING_VERBS.slice(0, 6), ...AS_VERBS.slice(0, 4), "as", "a", "the", "“", "”", "x", "’", "'", "-", "𝐀", "\ud835", "é", " ", ",", ".", "on", "9"];
    const texts = randomTexts(43, pieces, 3000, 16, 0.6);
    for (const t of texts) {
      const to = Math.floor(t.length * 0.8);
      for (const from of [0, 1, 3]) if (from <= to) expect(characterizingCue(t, from, to), JSON.stringify([t, from, to])).toEqual(byLookbehind(t, from, to));
    }
  });
});

describe("isAbbreviationWord", () => {
  it("answers as ABBREVIATIONS.has(word.toLowerCase()), long words, capitals, the Kelvin sign and dotted capitals included", () => {
    const words = [...ABBREVIATIONS].flatMap((a) => [a, a.toUpperCase(), a[0].toUpperCase() + a.slice(1), `${a}x`, `x${a}`]);
    words.push("", "approxi", "APPROX", "\u212ao", "\u212a", "İnc", "Dept", "department", "Sept", "SEPTEMBER", "ſt", "co\u0301", "𝐀");
    for (const w of words) expect(isAbbreviationWord(w), JSON.stringify(w)).toBe(ABBREVIATIONS.has(w.toLowerCase()));
  });
});
