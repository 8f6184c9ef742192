// The hand-written scanners of the claims stage read the same words as the patterns they replace:
// speakers.ts's tokenize (speaker words around every cue) and reported-speech.ts's reporting-verb scan.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERB_RE, verbMatches } from "../extractors/reported-speech.js";
import { tokenize } from "../extractors/speakers.js";
import { seeded } from "../bench/generate.js";

const ARTICLES = path.join(__dirname, "..", "fixtures", "articles");
const texts = readdirSync(ARTICLES)
  .filter((f) => /\.(txt|html|json)$/.test(f) && !f.endsWith(".meta.json"))
  .map((f) => readFileSync(path.join(ARTICLES, f), "utf8"));

/** The pattern tokenize's scan stands for, with its trailing-full-stop rule. */
function tokenizeByPattern(text: string, from = 0, to = text.length, limit = Infinity) {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}’'.\-]*|[,;:“”"«»‘()]|[–—]|-{2,}/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to && out.length < limit; m = re.exec(text)) {
    let word = m[0];
    let end = m.index + word.length;
    if (end > to) {
      word = word.slice(0, to - m.index);
      end = to;
    }
    // (the same abbreviations as tokenize keeps: compared through its own output on the word alone)
    while (word.endsWith(".") && tokenize(word).at(-1)?.text !== word) {
      word = word.slice(0, -1);
      end--;
    }
    if (word) out.push({ text: word, start: m.index, end });
  }
  return out;
}

// pieces that meet at every edge the scans have: letters on both sides of the BMP, astral letters and a
// lone surrogate, combining marks, apostrophes, dashes, full stops of abbreviations and sentence ends
const PIECES = ["said", "Said", "pointed out", "pointed", " out", "told reporters", "Rev.", "L.", "U.S.", "Mr.", "al-Assad", " ", "\n", "-", "--", "---", "'", "’", "é", "ñ", "𝐀", "\ud835", "\u0301", "1.5", ",", ";", ":", "“", "”", '"', "«", "»", "‘", "(", ")", "–", "—", ".", "x.", "e.g.", "٣", "says’"];

function randomTexts(count: number, seed: number): string[] {
  const r = seeded(seed);
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(r() * 12) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(""));
}

describe("speaker tokenize scans the words its pattern matches", () => {
  it("on every fixture article, whole and in windows", () => {
    const r = seeded(3);
    for (const t of texts) {
      expect(tokenize(t)).toEqual(tokenizeByPattern(t));
      for (let k = 0; k < 10; k++) {
        const from = Math.floor(r() * t.length);
        const to = from + Math.floor(r() * 400);
        expect(tokenize(t, from, to, k % 3 ? Infinity : 5)).toEqual(tokenizeByPattern(t, from, to, k % 3 ? Infinity : 5));
      }
    }
  });
  it("on short random mixes of edge pieces", () => {
    for (const [k, t] of randomTexts(5000, 5).entries()) {
      expect(tokenize(t), JSON.stringify(t)).toEqual(tokenizeByPattern(t));
      expect(tokenize(t, 1, t.length - 2, k % 2 ? 2 : Infinity), JSON.stringify(t)).toEqual(tokenizeByPattern(t, 1, t.length - 2, k % 2 ? 2 : Infinity));
    }
  });
});

describe("the reporting-verb scan finds what VERB_RE matches", () => {
  const byPattern = (t: string) => [...t.matchAll(VERB_RE)].map((m) => ({ index: m.index, form: m[0] }));
  it("on every fixture article", () => {
    for (const t of texts) expect(verbMatches(t)).toEqual(byPattern(t));
  });
  it("on short random mixes of edge pieces", () => {
    for (const t of randomTexts(5000, 9)) expect(verbMatches(t), JSON.stringify(t)).toEqual(byPattern(t));
  });
});
