// findReportedSpeech runs SOURCE_RE ("according to", "as reported by" …) only on a sentence that
// maySourcePhrase lets through: it may let through one with no phrase, never hold back one with a phrase.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SOURCE_RE, maySourcePhrase } from "../extractors/reported-speech.js";
import { SOURCE_PHRASES } from "../extractors/lexicon/reporting-verbs.js";

const matches = (s: string) => {
  SOURCE_RE.lastIndex = 0;
  const hit = SOURCE_RE.test(s);
  SOURCE_RE.lastIndex = 0;
  return hit;
};

describe("maySourcePhrase", () => {
  it.each([
    ["The deal is off, according to two officials.", true],
    ["ACCORDING TO the ministry, talks resumed.", true],
    ["As Reported By the agency, …", true],
    ["In the words of one diplomat, it was over.", true],
    ["The ministry said talks resumed.", false],
    ["Accordingly, the talks resumed.", false],
  ])("%j → %s", (s, expected) => {
    expect(maySourcePhrase(s)).toBe(expected);
    expect(matches(s)).toBe(expected);
  });

  it("never holds back a sentence SOURCE_RE matches, in any case and with letters case folding takes for ASCII ones", () => {
    const parts = [...SOURCE_PHRASES.flatMap((p) => p.split(" ")), "ſ", "\u212a", "İ", "s", "k", "K", "S", " ", ",", "x", "é", "\n"];
    const cased = fc.tuple(fc.constantFrom(...parts), fc.constantFrom("lower", "upper", "title")).map(([w, c]) => (c === "lower" ? w : c === "upper" ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1)));
    fc.assert(
      fc.property(fc.array(cased, { maxLength: 12 }), fc.constantFrom(" ", ""), (ws, sep) => {
        const s = ws.join(sep);
        return maySourcePhrase(s) || !matches(s);
      }),
      { numRuns: 5000 },
    );
    // the phrases themselves with "s" or "k" written as letters that fold to them
    for (const p of SOURCE_PHRASES) for (const v of [p, p.replace(/s/g, "ſ"), p.replace(/k/g, "\u212a"), p.toUpperCase()]) {
      if (matches(v)) expect(maySourcePhrase(v), v).toBe(true);
    }
  });
});
