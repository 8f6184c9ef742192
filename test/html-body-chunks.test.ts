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

describe("a lead paragraph set apart before the body", () => {
  const lead = `<div class="leaf-media"><p>(Wire) Apple growers in the valley began picking a week ahead of schedule this year, the co-op said on Tuesday, after a warm spring.</p></div>`;
  const body = `<div class="story-rest">${para("Pear growers followed a few days later.")}${para("Prices at the market fell slightly.")}${para("Packers hired extra staff.")}${para("Cider makers expect a good year.")}</div>`;

  it("is kept when its wrapper holds nothing but that paragraph", () => {
    const text = parseHtml(page(`<div class="holder">${lead}${body}</div>`)).text;
    expect(text).toContain("(Wire) Apple growers in the valley");
    expect(text).toContain("Cider makers expect a good year.");
  });

  it("is not taken from a wrapper after the body (a note or a promotion) nor from one named as furniture", () => {
    const note = `<div class="notes"><p>Join our readers' forum to keep talking about the harvest, and send your tips and corrections to the desk.</p></div>`;
    expect(parseHtml(page(`<div class="holder">${body}${note}</div>`)).text).not.toContain("readers' forum");
    const promo = `<div class="promo-box"><p>Our weekly growers' newsletter lands every Friday, with prices, weather and the jobs board for the season.</p></div>`;
    expect(parseHtml(page(`<div class="holder">${promo}${body}</div>`)).text).not.toContain("growers' newsletter");
  });
});
