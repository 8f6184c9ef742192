// Attribution classes added in round 2: straight single marks, belief verbs without "that", noun
// cues, sourceless passives, datelines, split quotes, definite roles and second verbs of the speaker.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extractors/claims.js";
import { findQuotes } from "../extractors/quotes.js";

const claims = (text: string) => extractClaims(text).items;
const speakerOf = (c: { speaker: { name: string | null; text: string } | null }) => `${c.speaker?.name ?? ""} | ${c.speaker?.text ?? ""}`;

describe("straight single quote marks as the main marks", () => {
  it.each([
    ["'Rates will stay put for now,' the governor, Ian Walsh, said.", "Rates will stay put for now"],
    ["'We have run out of road,' said Priya Nair, the union's president.", "We have run out of road"],
    ["The council said the scheme was 'a costly mistake for the town' and would be scrapped.", "a costly mistake for the town"],
  ])("finds the quote in %s", (text, inner) => {
    expect(findQuotes(text).quotes.map((q) => text.slice(q.start, q.end))).toContain(inner);
  });
  it.each([
    "The workers' canteen will close, and the drivers' union objects.",
    "Sales in the '90s were rock 'n' roll.",
    "It isn't clear whether the firm's plan will work.",
  ])("finds no quote in %s", (text) => {
    expect(findQuotes(text).quotes).toHaveLength(0);
  });
});

describe("belief and forecast verbs without 'that'", () => {
  it.each([
    ["Analysts think the merger will face a long review.", "the merger will face a long review", "Analysts"],
    ["Some economists argue the tax would hurt small savers.", "the tax would hurt small savers", "economists"],
    ["Brokers at Hallam & Co. estimate the plant will cost $2 billion.", "the plant will cost $2 billion", "Brokers"],
    ["Ms. Fenn expects the company to return to profit next year.", "the company to return to profit next year", "Fenn"],
    ["Traders expect two more rate cuts this year.", "two more rate cuts this year", "Traders"],
  ])("reads %s", (text, content, speaker) => {
    const c = claims(text).filter((x) => x.kind === "indirect");
    expect(c.map((x) => x.text)).toEqual([content]);
    expect(speakerOf(c[0])).toContain(speaker);
  });
  it.each([
    "The shares are expected to rise.",
    "We think the plan is sound.",
    "Investors expected.",
    "The company expects to hire 200 people.",
    "Mr. Cole argued the case before the appeals court.",
  ])("reports nothing in %s", (text) => {
    expect(claims(text).filter((x) => x.kind === "indirect")).toHaveLength(0);
  });
  it("keeps one claim when a company says it expects something", () => {
    const c = claims("Harbor Freight Inc. said it expects a loss for the quarter.");
    expect(c.map((x) => x.text)).toEqual(["it expects a loss for the quarter"]);
  });
});

describe("noun cues and sourceless passives", () => {
  it.each([
    ["The regulator's announcement that fees would double next year angered airlines.", "fees would double next year", "regulator"],
    ["Mr. Dale's claim that the vote was rigged, which he repeated on Sunday, drew criticism.", "the vote was rigged", "Dale"],
    ["The Kremlin's statement that troops had left the border was met with doubt.", "troops had left the border", "Kremlin"],
    ["In Dr. Osei's view, the outbreak has already peaked in the capital.", "the outbreak has already peaked in the capital", "Osei"],
    ["In the bank's assessment, growth will slow to 1% next year.", "growth will slow to 1% next year", "bank"],
  ])("reads %s", (text, content, speaker) => {
    const c = claims(text).filter((x) => x.kind === "indirect");
    expect(c.map((x) => x.text)).toContain(content);
    expect(speakerOf(c.find((x) => x.text === content)!)).toContain(speaker);
  });
  it("reads a sourceless 'it was announced that' with no speaker", () => {
    const c = claims("It was announced on Monday that the airport would close for two weeks.");
    expect(c.map((x) => [x.text, x.speaker])).toEqual([["the airport would close for two weeks", null]]);
  });
  it.each([
    "The statement that followed was short.",
    "His view of the market has not changed.",
    "It was a claim that nobody believed.",
    "In his view, the deal is fair.",
  ])("reports nothing in %s", (text) => {
    expect(claims(text)).toHaveLength(0);
  });
});

describe("where reported content starts and ends", () => {
  it.each([
    ["ROME, June 3 (Reuters) - Italy will cut fuel taxes, the finance ministry said.", "Italy will cut fuel taxes"],
    ["LAGOS: The central bank will hold rates, officials said.", "The central bank will hold rates"],
    ["The union said pay talks had failed and vowed to strike next week.", "pay talks had failed"],
    ["The ministry said the border was open but declined to give figures.", "the border was open"],
    ["Exports rose 4% in May, the statistics office said on Friday, after two weak months.", "Exports rose 4% in May"],
    ["The airline welcomed the ruling, a spokeswoman said, adding that flights would resume.", "The airline welcomed the ruling"],
    ["Prices, the agency said last week, fell for a third month.", "Prices, the agency said last week, fell for a third month"],
    ["Ms. Kerr, 61, who has farmed near Dubbo for decades, said the drought was the worst she had seen.", "the drought was the worst she had seen"],
    ["The Farmers Federation (Western) said in a statement that prices were too low to cover costs.", "prices were too low to cover costs"],
    ["Drivers voted to strike, their union said Thursday, escalating a long dispute.", "Drivers voted to strike"],
    ["The bill passed on Wednesday, the government announced, though critics said it was rushed.", "The bill passed on Wednesday"],
    ["Economists expect building consents to rise by 10% next year.", "building consents to rise by 10% next year"],
  ])("reads %s", (text, content) => {
    expect(claims(text).map((x) => x.text)).toContain(content);
  });
  it("keeps 'and asked' inside the content: only the speaker's speech acts end it", () => {
    const c = claims("He said his team pressed for more and asked for a delay of two weeks.");
    expect(c[0].text).toBe("his team pressed for more and asked for a delay of two weeks");
  });
});

describe("split quotes and definite roles", () => {
  it("joins a quoted sentence split by its cue into one claim", () => {
    const text = "“The new rules,” she said, “will take effect in March.”";
    const c = claims(text);
    expect(c).toHaveLength(1);
    expect(c[0].text.startsWith("The new rules") && c[0].text.endsWith("in March.")).toBe(true);
  });
  it("joins a split quote whose cue holds a title's full stop ('Ms. Lee said,')", () => {
    const c = claims("“The design of the bill,” Ms. Lee said, “rewards speculators.”");
    expect(c).toHaveLength(1);
    expect(c[0].text.endsWith("rewards speculators.")).toBe(true);
  });
  it.each([
    "“We lost the vote,” said Ann Lee. “Next year we will be back with a stronger team.”",
    "“We lost the vote,” said Ann Lee, as the count ended. “Next year we will be back with a stronger team.”",
  ])("keeps two finished sentences apart in %s", (text) => {
    expect(claims(text)).toHaveLength(2);
  });
  it("gives a quote after 'the Ohio Republican told reporters' to the senator just quoted", () => {
    const text = "Sen. Mark Dwyer said the bill was dead.\n\n“We will not vote for it,” the Ohio Republican told reporters.";
    const d = claims(text).filter((x) => x.kind === "direct");
    expect(d[0].speaker?.name).toContain("Dwyer");
  });
  it("does not give 'the president says' in the writer's voice to the last person quoted", () => {
    const text = "Jan Ode, an economist at Kemble, said tariffs raise prices.\n\nThe president says his approach has created leverage with China.";
    const c = claims(text).find((x) => x.text.startsWith("his approach"));
    expect(c?.speaker?.name ?? "").not.toContain("Ode");
  });
});
