// A body split into chunks (text … an ad … more text) whose classes differ by a modifier is one body; a block that
// shares part of the body's class but drops a token naming the body is not (a box of notes under the story).
import { describe, expect, it } from "vitest";
import { parseHtml } from "../pipeline/html.js";

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Orchard harvest comes in early</title></head><body>${body}</body></html>`;
const para = (s: string) => `<p>${s} The growers, who met at the co-op on Tuesday, said the weather had helped, with rain in spring and a dry summer.</p>`;
const ad = `<div class="ad-slot"><a href="/x">Sponsored</a></div>`;

describe("a body split into chunks whose classes differ by a modifier", () => {
  it("keeps both chunks when the second adds a token that does not name the body", () => {
    const html = page(
      `<div class="layout"><div class="row"><div class="story-text grey">${para("Apple growers in the valley began picking a week ahead of schedule.")}</div></div>${ad}` +
        `<div class="row"><div class="story-text grey wide">${para("Pear growers followed a few days later.")}${para("Prices at the market fell slightly.")}${para("Packers hired extra staff.")}</div></div></div>`,
    );
    const text = parseHtml(html).text;
    expect(text).toContain("Apple growers in the valley");
    expect(text).toContain("Packers hired extra staff.");
  });

  it("keeps both when the first chunk is the larger and the second drops the modifier", () => {
    const html = page(
      `<section class="wrap"><div class="row"><div class="story-text wide">${para("Apple growers in the valley began picking early.")}${para("Pear growers followed.")}${para("Prices fell.")}</div></div>${ad}` +
        `<div class="row"><div class="story-text">${para("Packers said they hired extra staff for the season.")}</div></div></section>`,
    );
    const text = parseHtml(html).text;
    expect(text).toContain("Apple growers in the valley");
    expect(text).toContain("Packers said they hired extra staff");
  });

  it("leaves out a later block that shares a class but lacks the token naming the body", () => {
    const html = page(
      `<div class="layout"><div class="row"><div id="main-story" class="story-text bodyCopy">${para("Apple growers in the valley began picking early.")}${para("Pear growers followed.")}${para("Prices fell.")}</div></div>` +
        `<div class="row"><div class="story-text">${para("Our correspondent's new book on orchards is out now, and readers can write to the desk.")}</div></div></div>`,
    );
    const text = parseHtml(html).text;
    expect(text).toContain("Apple growers in the valley");
    expect(text).not.toContain("new book on orchards");
  });

  it("does not join blocks that share only a class that says nothing of the text", () => {
    const html = page(
      `<div class="layout"><div class="row"><div class="col story-text">${para("Apple growers in the valley began picking early.")}${para("Pear growers followed.")}${para("Prices fell.")}</div></div>` +
        `<div class="row"><div class="col">${para("Weather for the week ahead: showers on the coast, sun inland.")}</div></div></div>`,
    );
    expect(parseHtml(html).text).not.toContain("Weather for the week ahead");
  });
});
