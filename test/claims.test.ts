import { describe, expect, it } from "vitest";
import { extractClaims, isQuotedTerm } from "../extractors/claims.js";
import { claimsExtractor } from "../extractors/claims.js";
import { findQuotes } from "../extractors/quotes.js";
import type { Entity } from "../pipeline/schemas.js";

const claims = (text: string, entities?: Entity[]) => extractClaims(text, entities ? { entities } : {}).items;
const direct = (text: string, entities?: Entity[]) => claims(text, entities).filter((c) => c.kind === "direct");
const indirect = (text: string, entities?: Entity[]) => claims(text, entities).filter((c) => c.kind === "indirect");

/** A hand-made person entity over the first occurrence of `words` (or the nth). */
function person(text: string, words: string, canonical: string, nth = 0, extra: Record<string, unknown> = {}): Entity {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" not in text`);
  return { text: words, start: at, end: at + words.length, type: "person", canonical, rule: "test", certain: true, ...extra } as Entity;
}

describe("direct quotes", () => {
  it.each([
    ["curly marks", "“The bridge will open in May,” said Mayor Ana Ruiz.", "The bridge will open in May", "Ruiz"],
    ["straight marks", '"We are not leaving," the union leader Paul Okafor said.', "We are not leaving", "Okafor"],
    ["guillemets", "« Nous restons ici », said Pierre Lemaire.", "Nous restons ici", "Lemaire"],
    ["tokenized treebank marks", "`` We 're very pleased , '' said John Smith , chairman of Acme Corp .", "We 're very pleased", "Smith"],
    ["a colon after the cue", "Minister Teodor Varga said: “The border stays open for trade.”", "The border stays open for trade.", "Varga"],
    ["the speaker before the verb after the quote", "“Prices will fall next year,” Helen Marsh told reporters.", "Prices will fall next year", "Marsh"],
    ["according to after a quote", "“The report is wrong,” according to Senator Dale Brooks.", "The report is wrong", "Brooks"],
    ["a body as the speaker", "“No decision has been taken,” the Foreign Ministry said.", "No decision has been taken", "Foreign Ministry"],
    ["an anonymous source", "“Talks collapsed overnight,” one senior diplomat said.", "Talks collapsed overnight", "senior diplomat"],
    ["a name in an apposition after the quote", "“We will appeal,” the company's lawyer, Dana Ruiz, said.", "We will appeal", "Dana Ruiz"],
    ["a plain noun with capitalised modifiers", '"Prices must come down," the Ohio farmer said.', "Prices must come down", "Ohio farmer"],
    ["a possessive determiner and a frequency adverb", '"Never trust a calm sea," my grandmother often said.', "Never trust a calm sea", "my grandmother"],
    ["a party and state tag after the name", "“The vote will hold,” Senator Ruth Calloway, D-Ore., said Tuesday.", "The vote will hold", "Calloway"],
    ["a document after the quote", "“The fund lost track of the grants,” the audit said.", "The fund lost track of the grants", "audit"],
    ["a document after an inverted verb", "“The permit was never valid,” said the ruling.", "The permit was never valid", "ruling"],
    ["'commented' and a colon", 'At dinner a neighbour commented: "The roads are worse every year."', "The roads are worse every year.", "neighbour"],
    ["a manner-of-speaking verb", "“We did it!” beamed Rosa Keane, a volunteer.", "We did it!", "Rosa Keane"],
    ["a phrasal speaking verb", '"Ask the auditors," Hollis shot back.', "Ask the auditors", "Hollis"],
    ["a sign that reads its words", "“Welcome, neighbours!” a banner over the main gate reads.", "Welcome, neighbours!", "banner over the main gate"],
    ["lowercase title words before a name", "“The plan is sound,” retired Navy admiral Grace Holloway said.", "The plan is sound", "Grace Holloway"],
  ])("finds a quote in %s and its speaker", (_label, text, quote, speaker) => {
    const d = direct(text);
    expect(d).toHaveLength(1);
    expect(d[0].text).toBe(quote);
    expect(`${d[0].speaker?.name} ${d[0].speaker?.text}`).toContain(speaker);
  });

  it("reads two straight apostrophes as double marks, opening and closing (archive newspaper copy)", () => {
    const text = "''Wages are finally rising,'' said Tomas Brenner, an economist.\n\nThe mayor, he added, ''has done nothing about rents.'' ''Nobody listens.''";
    const d = direct(text);
    expect(d.map((c) => c.text)).toEqual(["Wages are finally rising", "has done nothing about rents.", "Nobody listens."]);
    expect(d.map((c) => c.speaker?.name)).toEqual(["Tomas Brenner", "Tomas Brenner", "Tomas Brenner"]);
    // the doubled opening mark is the quote's first character: nothing before it in its sentence
    expect(findQuotes(text).quotes[0].open).toBe(0);
  });

  it("keeps every finding's text equal to its span", () => {
    const text = "The chief said, “We will rebuild the port.”\n\n“It will take years,” she added.";
    for (const c of claims(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("reads a partial quote inside a sentence as the reporting speaker's", () => {
    const text = "Gomez said the plan needs “far more money” before it can start.";
    const d = direct(text);
    expect(d.map((c) => c.text)).toEqual(["far more money"]);
    expect(d[0].speaker?.text).toBe("Gomez");
  });

  it("reads a quote over several sentences as one claim", () => {
    const text = "“The levee held. Nobody was hurt. We were lucky,” said fire chief Omar Haddad.";
    const d = direct(text);
    expect(d).toHaveLength(1);
    expect(d[0].text).toBe("The levee held. Nobody was hurt. We were lucky");
    expect(d[0].speaker?.name).toBe("Omar Haddad");
  });

  it("joins paragraphs that continue a quote with an opening mark and no closing one", () => {
    const text = "Judge Rita Long said: “The law is clear on this point.\n\n“The agency went beyond what Congress allowed.”\n\nThe ruling can be appealed.";
    const d = direct(text);
    expect(d).toHaveLength(1);
    expect(d[0].text).toContain("The law is clear");
    expect(d[0].text).toContain("beyond what Congress allowed.");
    expect(d[0].speaker?.name).toBe("Rita Long");
  });

  it("keeps a quote inside a quote as part of the outer one", () => {
    const text = "“He told me ‘never again’ and then left,” said Maria Costa.";
    const d = direct(text);
    expect(d).toHaveLength(1);
    expect(d[0].text).toBe("He told me ‘never again’ and then left");
  });

  it("finds quoted words in a headline with single marks", () => {
    const text = "Minister says port deal ‘will create thousands of jobs’\n\nThe minister spoke on Monday.";
    const d = direct(text);
    expect(d.map((c) => c.text)).toEqual(["will create thousands of jobs"]);
    expect(d[0].speaker?.text).toBe("Minister");
  });

  it("finds a headline quote after the speaker's name and a colon", () => {
    const d = direct("Okafor: “The strike is over”\n\nWorkers returned on Monday.");
    expect(d.map((c) => [c.text, c.speaker?.name])).toEqual([["The strike is over", "Okafor"]]);
  });

  it("reads single marks as the quote marks of British-style text", () => {
    const text = "‘We will not give up on the railways,’ said Ms Carter. ‘Passengers deserve better.’ It’s the workers’ turn.";
    const d = direct(text);
    expect(d.map((c) => c.text)).toEqual(["We will not give up on the railways", "Passengers deserve better."]);
    expect(d.every((c) => c.speaker?.name === "Carter")).toBe(true);
  });

  it("gives a later quote in an attributed sentence to the same speaker", () => {
    const text = "The agency says that the port “remains the main entry point for contraband” and that “seizures have doubled since last year.”";
    const d = direct(text);
    expect(d).toHaveLength(2);
    expect(d[1].speaker?.name).toBe("agency");
  });

  it("takes the cue from a paragraph that ends in a colon", () => {
    const text = "Gomez welcomed the ruling.\n\nThe union's lawyer, Tom Reyes, said in a statement:\n\n“We will fight this decision in every court.”";
    const d = direct(text);
    expect(d).toHaveLength(1);
    expect(d[0].speaker?.name).toBe("Tom Reyes");
  });

  it("does not take a new sentence's verb as the cue of a finished quote", () => {
    const text = "“We lost,” said party chair Ines Duarte. “It hurts.” Duarte said the party will regroup.";
    const all = claims(text);
    expect(all.filter((c) => c.kind === "indirect").map((c) => c.text)).toEqual(["the party will regroup"]);
    expect(all.filter((c) => c.kind === "direct")).toHaveLength(2);
  });

  it("attributes a quote with no cue to the previous speaker", () => {
    const text = "“We lost the vote,” said party chair Ines Duarte. “We will try again in the spring.”";
    const d = direct(text);
    expect(d).toHaveLength(2);
    expect(d[1].speaker?.name).toBe("Ines Duarte");
    expect(d[1].rule).toBe("continues-previous");
    expect(d[1].certain).toBe(false);
  });

  it("attributes a quote after a verb with no subject to the sentence's speaker", () => {
    const text = "Lars Berg, who chairs the panel, said, “The money is there,” but stressed the rules are “still being written.”";
    const d = direct(text);
    expect(d).toHaveLength(2);
    expect(d.every((c) => c.speaker?.name === "Lars Berg")).toBe(true);
  });

  it("gives a quote in a sentence without a reporting verb to the sentence's subject", () => {
    const text = "President Kim and Mr. Sato met on Monday to discuss “closer cooperation on fisheries and shipping lanes.”";
    const d = direct(text);
    expect(d).toHaveLength(1);
    expect(d[0].speaker?.text).toContain("Kim");
    expect(d[0].certain).toBe(false);
  });

  it("gives a quote after a colon to the sentence's subject", () => {
    const [c] = direct("Governor Ellen Park had a blunt message for the council: “Fix the roads before winter.”");
    expect(c.speaker?.name).toBe("Ellen Park");
    expect(c.rule).toBe("colon-subject");
  });

  it("turns an unbalanced quote mark into a diagnostic", () => {
    const { diagnostics } = extractClaims("The minister said “we will win the vote and then we go home.\n\nNext paragraph here.");
    expect(diagnostics.some((d) => d.rule === "unbalanced-quote")).toBe(true);
  });
});

describe("what is not a claim", () => {
  it.each([
    ["so-called", "Officials signed the so-called “Safe Harbor” agreement in Oslo."],
    ["known as", "The plan, known as “Operation Clean Sweep,” began in March."],
    ["a scare-quoted term after an article", "The country is considered a “safe haven” by many."],
    ["a quoted term as a modifier", "The “fast track” procedure was dropped last year."],
    ["the title of a work", "She reviewed “The Quiet American” for the magazine."],
    ["a single quoted word", "Critics called the show “unwatchable” and moved on."],
    ["a quoted single term with a verb nearby", "The agency said it had “paused” the program."],
    ["an epigraph with no speaker at all", "Their motto is simple: “Build first, talk later.” The firm has 40 staff."],
  ])("reports no direct claim for %s", (_label, text) => {
    expect(direct(text)).toEqual([]);
  });

  it.each([
    ["The trade deal was signed on Friday in Geneva."],
    ["Spread the love"],
    ["The minister is said to be unhappy with the outcome."],
    ["She told him to leave the building at once."],
    ["The company announced a new factory in Ohio."],
    ["What he says is not what he does, and voters know it."],
    ["The said agreement was never signed by either side."],
    ["That said, the plan works well enough for most families."],
    ["Needless to say, prices rose again in the spring."],
    ["It goes without saying that the roads are bad."],
    ["The numbers tell a different story this year."],
    ["He added salt to the soup before serving it."],
    ["The company noted record sales in the third quarter."],
    ["Officials warned of long delays at the crossing."],
    ["As the saying goes, the early bird catches the worm."],
    ["The court confirmed the ruling against the company."],
    ["The law was passed after a long debate, and it took effect in June."],
  ])("finds no claim at all in %j", (text) => {
    expect(claims(text)).toEqual([]);
  });

  it("decides scare quotes on the span alone", () => {
    const text = "the so-called “Safe Third Country” agreement";
    const q = findQuotes(text).quotes[0];
    expect(isQuotedTerm(text, q, true)).toBe(true);
  });
});

describe("reported speech", () => {
  it.each([
    ["X said that …", "Carla Mendes said that the factory would close by June.", "the factory would close by June", "Carla Mendes", "said"],
    ["X said …", "Mendes said the factory would close by June.", "the factory would close by June", "Mendes", "said"],
    ["…, X said.", "The factory will close by June, Carla Mendes said.", "The factory will close by June", "Carla Mendes", "said"],
    ["…, said X.", "The factory will close by June, said Carla Mendes.", "The factory will close by June", "Carla Mendes", "said"],
    ["…, according to X.", "The factory will close by June, according to the plant manager.", "The factory will close by June", "plant manager", "according to"],
    ["According to X, …", "According to the union, the factory will close by June.", "the factory will close by June", "union", "According to"],
    ["X told CBS …", "The mayor told CBS News that the water is safe to drink.", "the water is safe to drink", "mayor", "told"],
    ["X told reporters …", "Paulo Reis told reporters the talks had stalled.", "the talks had stalled", "Paulo Reis", "told"],
    ["X noted that …", "The analyst noted that exports fell for a third month.", "exports fell for a third month", "analyst", "noted"],
    ["X stressed that …", "Reyes stressed that no troops would be sent.", "no troops would be sent", "Reyes", "stressed"],
    ["X warned that …", "Doctors warned that the flu season will be severe.", "the flu season will be severe", "Doctors", "warned"],
    ["X announced that …", "The ministry announced that fuel prices will rise.", "fuel prices will rise", "ministry", "announced"],
    ["anonymous sources", "The deal is nearly done, two sources familiar with the talks told Reuters.", "The deal is nearly done", "two sources familiar with the talks", "told"],
    ["an official", "The border will reopen next week, an administration official said.", "The border will reopen next week", "administration official", "said"],
    ["…, saying that …", "Farmers protested the tariff, saying that it would ruin them.", "it would ruin them", "Farmers", "saying"],
    ["a body", "The State Department said the embassy will stay open.", "the embassy will stay open", "State Department", "said"],
    ["a purpose clause right after the verb", "Vega said in order to expand its ports, the island needs loans from abroad.", "in order to expand its ports, the island needs loans from abroad", "Vega", "said"],
    ["a weekday after the verb", "Police said Monday the road will reopen soon.", "the road will reopen soon", "Police", "said"],
    ["a warning with a bare clause", "Economists warned the recovery will stall next year.", "the recovery will stall next year", "Economists", "warned"],
    ["according to inside the content", "The ministry, according to two officials, plans to sell the airline.", "The ministry, according to two officials, plans to sell the airline", "two officials", "according to"],
    ["but according to X", "But according to the auditors, the accounts were sound.", "the accounts were sound", "auditors", "according to"],
    ["an age apposition", "Mr. Smith, 45 years old, said he would retire next year.", "he would retire next year", "Smith", "said"],
    ["a company name with Inc.", "Harbor Freight Inc. said it expects a loss for the quarter.", "it expects a loss for the quarter", "Harbor Freight Inc.", "said"],
    ["a participle apposition", "The report, released yesterday, said consumer spending rose 0.4%.", "consumer spending rose 0.4%", "report", "said"],
    ["told with a plain object", "The chairman told shareholders the company would not be sold.", "the company would not be sold", "chairman", "told"],
    ["a long adverbial after the cue", "Sales rose 12% to $3.4 billion, the company said in a filing with the Securities and Exchange Commission.", "Sales rose 12% to $3.4 billion", "company", "said"],
    ["an introductory phrase", "In a statement, the company said it has no plans to sell the unit.", "it has no plans to sell the unit", "company", "said"],
    ["an inverted cue with an apposition", "Computers have seen price rises, too, said Mary Lovely, an economist at Ridge University.", "Computers have seen price rises, too", "Mary Lovely", "said"],
    ["an apposition that opens with a name", "Pat Ng, Hong Kong’s new police chief, said in an interview that the protests must end.", "the protests must end", "Pat Ng", "said"],
    ["a name in the apposition", "The mayor's lawyer, Dana Ruiz, said that the mayor never saw the letter.", "the mayor never saw the letter", "Dana Ruiz", "said"],
    ["told with a longer object", "The prince told friends and family that the interview was a success.", "the interview was a success", "prince", "told"],
    ["an inverted cue inside the content", "This system, says Rita Long, an immunologist at the university, helps direct the response.", "This system, says Rita Long, an immunologist at the university, helps direct the response", "Rita Long", "says"],
    ["as X noted, …", "As the auditor noted, the accounts were never reconciled.", "the accounts were never reconciled", "auditor", "noted"],
    ["officials of two places", "Officials in Cancún and Querétaro said they had not been consulted.", "they had not been consulted", "Officials in Cancún and Querétaro", "said"],
    ["a cue inside the content", "The new plant, Mr. Sato said, will employ 300 people.", "The new plant, Mr. Sato said, will employ 300 people", "Sato", "said"],
    ["an adverbial before that", "Okafor said in a statement on Friday that the strike is over.", "the strike is over", "Okafor", "said"],
  ])("reads %s", (_label, text, content, speaker, cue) => {
    const i = indirect(text);
    expect(i).toHaveLength(1);
    expect(i[0].text).toBe(content);
    expect(`${i[0].speaker?.name} | ${i[0].speaker?.text}`).toContain(speaker);
    expect(i[0].cue).toBe(cue);
  });

  it("keeps the anonymous source's words as the speaker text", () => {
    const [c] = indirect("The vote was rigged, a person close to the campaign said.");
    expect(c.speaker).toMatchObject({ text: "a person close to the campaign", name: "person close to the campaign" });
  });

  it("reads reported content and a partial quote in it as two claims of one speaker", () => {
    const text = "Ortiz said the city needs new pumps, as well as “more engineers,” before the rains.";
    const all = claims(text);
    expect(all.map((c) => c.kind).sort()).toEqual(["direct", "indirect"]);
    expect(all.every((c) => c.speaker?.text === "Ortiz")).toBe(true);
  });

  it("does not repeat a partial quote that is most of the reported content", () => {
    const all = claims("Lars Berg said, “The money is there,” but stressed the point is “to build schools in every district.”");
    expect(all.filter((c) => c.kind === "indirect")).toEqual([]);
    expect(all.filter((c) => c.kind === "direct")).toHaveLength(2);
  });

  it("does not read the cue of a direct quote as reported speech", () => {
    const all = claims("“We are ready,” she said, as well as some other things.");
    expect(all.filter((c) => c.kind === "indirect")).toEqual([]);
  });

  it.each([
    ["could", "The plan could cost billions, the minister said.", true],
    ["would", "Lee said the law would be repealed.", true],
    ["expected to", "Lee said the law is expected to pass.", true],
    ["if", "Lee said the ferry will run if the weather holds.", true],
    ["a plain statement", "Lee said the ferry runs every hour.", false],
    ["a month named May", "Lee said the ferry resumed in May.", false],
  ])("marks a claim with %s as hedged or not", (_label, text, hedged) => {
    const [c] = indirect(text);
    expect(c.hedged).toBe(hedged);
  });
});

describe("speakers", () => {
  it("takes the name from an apposition's head, not the title after it", () => {
    const [c] = direct("“It is a disgrace,” said Rev. Alan P. Moore, president of the Harbor Council.");
    expect(c.speaker?.name).toBe("Alan P. Moore");
  });

  it.each([
    ["“We are cooperating,” said a WeWork spokesperson.", "WeWork spokesperson"],
    ["“We are cooperating,” said White House spokesman Tom Hale.", "Tom Hale"],
    ["“We are cooperating,” a Pentagon official said.", "Pentagon official"],
  ])("names the speaker in %j", (text, name) => {
    expect(direct(text)[0].speaker?.name).toBe(name);
  });

  it("keeps a four-word Spanish name whole", () => {
    const [c] = indirect("Mexican President Andrés Manuel López Obrador said Mexico had not agreed to the plan.");
    expect(c.speaker?.name).toBe("Andrés Manuel López Obrador");
  });

  it("gives an evaluative partial quote to the subject who called it so", () => {
    const [c] = direct("House Speaker Mike Johnson called it “a political stunt” in a statement.");
    expect(c).toMatchObject({ text: "a political stunt", speaker: { name: "Mike Johnson" } });
  });

  it("takes the name from a title before it", () => {
    const [c] = indirect("Poland's Deputy Foreign Minister Jan Nowak said the treaty is dead.");
    expect(c.speaker?.name).toBe("Jan Nowak");
  });

  it("resolves a surname to the fullest earlier name without entities", () => {
    const text = "Interior Minister Rosa Delgado visited the camp.\n\nDelgado said the camp will close in May.";
    const [c] = indirect(text);
    expect(c.speaker).toMatchObject({ text: "Delgado", name: "Rosa Delgado" });
  });

  it("resolves a surname through the entities' canonical name when given", () => {
    const text = "Delgado said the camp will close in May.";
    const [c] = indirect(text, [person(text, "Delgado", "Rosa María Delgado")]);
    expect(c.speaker?.name).toBe("Rosa María Delgado");
  });

  it("resolves 'she' to the last compatible person, skipping a man in between", () => {
    const text = "Anna Kowal met Peter Brandt on Tuesday.\n\n“The deal is done,” she said.";
    const [c] = direct(text);
    expect(c.speaker).toMatchObject({ text: "she", name: "Anna Kowal" });
    expect(c.certain).toBe(false);
  });

  it("keeps a body's own name when an entity covers only part of it", () => {
    const text = "The Office of the Commissioner for Refugees said the camps are full.";
    const org = { text: "Refugees", start: text.indexOf("Refugees"), end: text.indexOf("Refugees") + 8, type: "organization", canonical: "Refugees", rule: "test", certain: true } as Entity;
    const [c] = indirect(text, [org]);
    expect(c.speaker?.name).toBe("Office of the Commissioner for Refugees");
  });

  it("upgrades a one-word entity name to the fullest name in the article", () => {
    const text = "Ambassador Liu Xiaming spoke on Monday. Liu said the army could be deployed.";
    const entities = [person(text, "Liu Xiaming", "Liu Xiaming"), person(text, "Liu", "Liu", 1)];
    const [c] = indirect(text, entities);
    expect(c.speaker?.name).toBe("Liu Xiaming");
  });

  it("uses the gender the entities give when resolving a pronoun", () => {
    const text = "Sam Ito met Robin Vale on Tuesday. “The deal is done,” he said.";
    const entities = [
      person(text, "Sam Ito", "Sam Ito", 0, { gender: "he" }),
      person(text, "Robin Vale", "Robin Vale", 0, { gender: "she" }),
    ];
    const [c] = direct(text, entities);
    expect(c.speaker?.name).toBe("Sam Ito");
  });

  it("resolves a pronoun to the previous speaker first", () => {
    const text = "“We need more time,” said Laura Finch, a lawyer for Mark Dunn.\n\n“The court should wait,” she said.";
    const d = direct(text);
    expect(d[1].speaker?.name).toBe("Laura Finch");
  });

  it("gives 'it' to the last body that spoke", () => {
    const text = "The Health Ministry said the outbreak is contained. It said schools will reopen on Monday.";
    const i = indirect(text);
    expect(i[1].speaker).toMatchObject({ text: "It", name: "Health Ministry" });
  });

  it("reports an unresolvable pronoun as a diagnostic", () => {
    const { items, diagnostics } = extractClaims("“We will appeal,” he said.");
    expect(items[0].speaker).toMatchObject({ text: "he", name: null });
    expect(diagnostics.some((d) => d.rule === "unresolved-pronoun")).toBe(true);
  });

  it("names the first of two coordinated speakers and keeps both in the text", () => {
    const text = "The ferry will resume, according to Mayor Tom Reed and Harbor Master Lucy Grant.";
    const [c] = indirect(text);
    expect(c.speaker?.name).toBe("Tom Reed");
    expect(c.speaker?.text).toContain("Lucy Grant");
  });
});

describe("odd input", () => {
  it.each([
    [""],
    ["“"],
    ["\"\"\""],
    ["said said said"],
    ["According to"],
    ["’’’’ ‘‘‘"],
    ["“”"],
    ["«»«"],
    ["He said."],
    [", said ."],
    ["“Unclosed\n\n“still unclosed\n\n“and again"],
  ])("never throws and keeps spans inside the text for %j", (text) => {
    const { items } = extractClaims(text);
    for (const c of items) {
      expect(c.start).toBeGreaterThanOrEqual(0);
      expect(c.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe("the extractor", () => {
  it("runs on a parsed article and returns findings with rules", () => {
    const text = "Budget talks\n\nThe budget is balanced, the treasurer said.";
    const doc = { id: "x", source: { file: "x.txt" }, title: null, outlet: null, published: { value: null, from: "unknown" as const }, text, meta: {} };
    const { items } = claimsExtractor.run(doc, {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: "indirect", rule: "content-then-speaker", certain: true, cue: "said" });
  });
});
