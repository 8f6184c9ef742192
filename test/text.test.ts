import { describe, expect, it } from "vitest";
import { paragraphsOf, sentenceAt, sentencesOf } from "../extractors/text.js";

describe("sentence splitting", () => {
  it.each([
    ["He left. She stayed.", ["He left.", "She stayed."]],
    ["Mr. Trump spoke. It rained.", ["Mr. Trump spoke.", "It rained."]],
    ["said Rev. John L. McCullough, president of CWS. Then", ["said Rev. John L. McCullough, president of CWS.", "Then"]],
    ["The U.S. military moved. Later", ["The U.S. military moved.", "Later"]],
    ["It fell 62% on Jan. 13 to version 2.0 today. Next", ["It fell 62% on Jan. 13 to version 2.0 today.", "Next"]],
    ["“We will,” she said. “Now.”", ["“We will,” she said.", "“Now.”"]],
    ["Is it over? Yes! Done", ["Is it over?", "Yes!", "Done"]],
  ])("splits %j", (text, expected) => {
    expect(sentencesOf(text).map((s) => s.text)).toEqual(expected);
  });

  it("gives offsets into the text and never crosses a paragraph", () => {
    const text = "First line\nSecond one. Third.\n\nFourth";
    for (const s of sentencesOf(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentencesOf(text).map((s) => s.text)).toEqual(["First line", "Second one.", "Third.", "Fourth"]);
    expect(paragraphsOf(text).map((p) => p.text)).toEqual(["First line", "Second one. Third.", "Fourth"]);
  });

  it("finds the sentence around an offset", () => {
    const text = "One. Two three. Four.";
    expect(sentenceAt(text, text.indexOf("three"))?.text).toBe("Two three.");
    expect(sentenceAt(text, 4)).toBeUndefined();
  });
});
