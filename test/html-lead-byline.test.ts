// The page's byline left at the head of its text without a "By" ("Ann Lee, The Associated Press"), when the
// metadata names that author: not the article's text.
import { describe, expect, it } from "vitest";
import { parseHtml, withoutLeadByline } from "../pipeline/html.js";

const para = (s: string) => `<p>${s} The growers, who met at the co-op on Tuesday, said the weather had helped, with rain in spring and a dry summer.</p>`;
const page = (author: string, first: string) =>
  `<!doctype html><html lang="en"><head><title>Harvest</title><meta name="author" content="${author}"></head><body><article><div>${first}</div>${para("Apple growers began picking early.")}${para("Pear growers followed.")}</article></body></html>`;

describe("a byline line at the head of the text", () => {
  it.each([
    ["the author and the outlet", "Ann Lee, The Valley Wire", "Ann Lee, The Valley Wire"],
    ["the author and a handle", "Ann Lee", "Ann Lee @annleewrites"],
  ])("is left out when it is %s", (_, author, line) => {
    const r = parseHtml(page(author, line));
    expect(r.text).not.toContain(line);
    expect(r.text).toContain("Apple growers began picking early.");
    expect(r.author).toBe(author);
  });

  it("is kept when it is a sentence about the author, or when the metadata names no one", () => {
    expect(parseHtml(page("Ann Lee", "Ann Lee said the season was the best in a decade.")).text).toContain("Ann Lee said the season");
    expect(withoutLeadByline(["Ann Lee, The Valley Wire", "Text."], null)).toEqual(["Ann Lee, The Valley Wire", "Text."]);
    // only among the first three paragraphs
    expect(withoutLeadByline(["One.", "Two.", "Three.", "Ann Lee"], "Ann Lee")).toHaveLength(4);
  });
});
