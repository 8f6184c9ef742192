// Reported clauses around quoted fragments, characterizing verbs, questions and warnings, and the
// speakers added for them (issue 18). Every sentence here is made up.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../extractors/claims.js";

const claims = (text: string) => extractClaims(text).items;
const indirect = (text: string) => claims(text).filter((c) => c.kind === "indirect");
const direct = (text: string) => claims(text).filter((c) => c.kind === "direct");

describe("a reported clause holding a quoted fragment is a claim of its own", () => {
  it.each([
    ["a characterizing verb and a one-word quote", 'Senator Dana Kroll called the governor a "disgrace."', "the governor a \"disgrace.\"", "Dana Kroll"],
    ["'described … as'", "Mayor Ines Vale described the new levy as “a tax on families” after the vote.", "the new levy as “a tax on families”", "Ines Vale"],
    ["a verb that characterizes only with 'as'", 'The ministry condemned the launch as "reckless and provocative" and summoned the envoy.', 'the launch as "reckless and provocative"', "ministry"],
    ["several fragments in one clause", 'Kroll called her rival a "liar" who is "unfit," a "bully" and "a danger."', 'her rival a "liar" who is "unfit," a "bully" and "a danger."', "Kroll"],
    ["a quote opening the clause after 'said'", 'The candidate gave no figure, though he said "budget savings" and new fees would pay for it.', '"budget savings" and new fees would pay for it', "he"],
    ["a quote opening the clause after a participle, the clause running past a comma", "Ortiz defended the plan, saying that “rents still rise too fast” in the city, including in older districts.", "“rents still rise too fast” in the city, including in older districts", "Ortiz"],
    ["'by saying' with a fragment inside", "The minister answered a farmer on Monday by saying his refusal to sign the pact was a “settled” matter.", "his refusal to sign the pact was a “settled” matter", "minister"],
    ["a quote opening the clause, which goes on with a preposition", 'Coach Dana Pike says "the team is ready" despite the loss in the opening round.', '"the team is ready" despite the loss in the opening round', "Dana Pike"],
    ["a quote opening the clause, which goes on with any lowercase word", 'Reyes said "it makes me angry" every time the buses run late.', '"it makes me angry" every time the buses run late', "Reyes"],
    ["a clause made of two quoted fragments", 'Keller said he is "ready for it" because "these are the games you train for."', 'he is "ready for it" because "these are the games you train for."', "Keller"],
    ["a characterizing participle after a comma", "Okafor, the party's former chair, also attacked the mayor over the budget, calling him a “spendthrift.”", "him a “spendthrift.”", "Okafor"],
    ["a second characterizing verb after 'but'", "At the rally Okafor referred to Lind as “a decent man” but described her record as a “long list of failures.”", "her record as a “long list of failures.”", "Okafor"],
    ["a time phrase between a relative pronoun and its verb", 'The bank is led by Ruth Avery, who in 2012 said the firm\'s main aim was to stay "boring and safe."', 'the firm\'s main aim was to stay "boring and safe."', "who"],
  ])("%s", (_label, text, clause, speaker) => {
    const found = indirect(text).find((c) => c.text === clause);
    expect(found, JSON.stringify(claims(text).map((c) => c.text))).toBeDefined();
    expect(`${found?.speaker?.text} ${found?.speaker?.name}`).toContain(speaker);
  });

  it("ends the clause at a second verb of the subject", () => {
    const text = "Governor Tom Reyes described the audit as a “witch hunt” and blamed the delays on “old software” in the office.";
    expect(indirect(text).map((c) => c.text)).toContain("the audit as a “witch hunt”");
  });

  it("reads no clause for a quoted name after an ordinary verb", () => {
    expect(indirect("She praised the “safe third country” agreement.")).toEqual([]);
  });

  it("takes no noun for a cue: 'of Republican claims as “false”'", () => {
    const text = "The site rated 30% of Republican claims as “false” last year.";
    expect(claims(text).filter((c) => c.speaker?.text === "Republican")).toEqual([]);
  });
});

describe("speakers with words between them and the verb", () => {
  it.each([
    ["a weekday", "Halvorsen on Tuesday said the harbour fees would double next spring.", "the harbour fees would double next spring", "Halvorsen"],
    ["an apposition set off by dashes", "Pruitt -- author of a history of the canal, a long book -- said the locks were never finished on time.", "the locks were never finished on time", "Pruitt"],
  ])("%s", (_label, text, clause, speaker) => {
    const found = indirect(text).find((c) => c.text === clause);
    expect(found, JSON.stringify(claims(text).map((c) => c.text))).toBeDefined();
    expect(found?.speaker?.name).toBe(speaker);
  });

  it("finds the subject after an opening adverbial phrase for a participle's quote", () => {
    const text = 'During a campaign stop earlier in the week, Lindqvist attacked the council over its budget, saying, "They spend like there is no tomorrow."';
    const d = claims(text).filter((c) => c.kind === "direct");
    expect(d[0]?.speaker?.name).toBe("Lindqvist");
  });

  it.each([
    ["a hyphenated plural", "Fact-checkers soon noted that the chart left out two years of data.", "Fact-checkers"],
    ["a plain noun after a capitalised article", "The retired plumber says fixing the old pipes is a losing battle.", "The retired plumber"],
    ["a quantity after an opening phrase", "Even so, two-thirds of the members said they would vote for the merger.", "two-thirds of the members"],
  ])("takes a plain noun phrase before the verb as the subject: %s", (_label, text, subject) => {
    expect(indirect(text)[0]?.speaker?.text).toBe(subject);
  });

  it("takes a plain noun phrase as the speaker of a quote after its verb", () => {
    const d = claims('Shoppers waiting outside the store chanted "Open the doors!" until noon.').filter((c) => c.kind === "direct");
    expect(d[0]?.speaker?.text).toBe("Shoppers waiting outside the store");
  });

  it("takes no clause before the verb as a subject", () => {
    expect(indirect("The man who ran the shop said he was tired of the rules.").map((c) => c.speaker?.text)).not.toContain("The man who ran the shop");
  });

  it("reads the progressive 'is telling … that' with a long audience before 'that'", () => {
    const text = "Mayor Ruth Adler is telling a crowd in rainy Dover, Delaware, on the last day of the race that she will fix the bridge first.";
    const c = indirect(text);
    expect(c.map((x) => x.text)).toEqual(["she will fix the bridge first"]);
    expect(c[0].speaker?.name).toBe("Ruth Adler");
  });

  it.each([
    ["a relative 'where'", "She spent the week in Ohio, where she says the race is still open.", "the race is still open"],
    ["'But as X noted,'", "But as Okafor noted, the ferry has lost money for a decade.", "the ferry has lost money for a decade"],
    ["a long descriptor with a tail", "A person familiar with the plans for next week's summit says the talks will start with trade.", "the talks will start with trade"],
  ])("reads the report after %s", (_label, text, content) => {
    expect(indirect(text).map((c) => c.text)).toContain(content);
  });

  it("reads the content before ', as X have said.'", () => {
    const c = indirect("The audit does not show whether the funds were moved, as the auditors have said.");
    expect(c.map((x) => x.text)).toEqual(["The audit does not show whether the funds were moved"]);
    expect(c[0].speaker?.text).toBe("the auditors");
  });

  it("still skips a passive 'was told'", () => {
    expect(indirect("The driver was told the road would stay closed until spring.").map((c) => c.speaker?.text)).not.toContain("The driver");
  });

  it("keeps a surname that is also a month", () => {
    expect(indirect("Sofia May said the ferry would stop running in winter.")[0]?.speaker?.name).toBe("Sofia May");
  });
});

describe("questions and warnings", () => {
  it("reads a reported question after 'asked'", () => {
    const c = indirect("Lawmakers also asked whether the agreements required the witnesses to keep cooperating.");
    expect(c.map((x) => x.text)).toEqual(["whether the agreements required the witnesses to keep cooperating"]);
  });

  it("reads a warning to someone", () => {
    const c = indirect("The council warned the northern provinces to refrain from any further tests this year.");
    expect(c.map((x) => x.text)).toEqual(["the northern provinces to refrain from any further tests this year"]);
  });

  it("reads no claim in a plain request", () => {
    expect(claims("She asked the guests to stay for dinner.")).toEqual([]);
  });

  it("reads a question put to someone named after 'asked'", () => {
    const c = indirect("The radio host Lena Varga asked the mayor about the bridge tolls she had raised last spring.");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["about the bridge tolls she had raised last spring", "Lena Varga"]]);
    const q = indirect("The club's newsletter asked the 2020 board candidates whether they would sell the ground.");
    expect(q.map((x) => x.text)).toEqual(["whether they would sell the ground"]);
  });

  it("reads a question whose asker is not named", () => {
    const c = indirect("When asked whether he would stand again, the coach smiled and left the room.");
    expect(c.map((x) => [x.text, x.speaker])).toEqual([["whether he would stand again", null]]);
    expect(indirect("Ortiz was asked about the missing ledgers during a radio interview.").map((x) => x.text)).toEqual(["about the missing ledgers during a radio interview"]);
  });

  it("reads a newsroom's own question and a plain-noun asker", () => {
    expect(indirect("We asked our readers which festival they liked best this year.").map((x) => x.text)).toEqual(["which festival they liked best this year"]);
    expect(indirect("Then someone asked how the club could pay for the new stand.").map((x) => x.speaker?.text)).toEqual(["someone"]);
  });
});

describe("plain noun-phrase speakers", () => {
  it.each([
    ["a name and a plural noun", "Ferris and others said they would not back the new charter.", "Ferris and others"],
    ["a participle noun phrase", "Again, those polled said the mayor was best placed to fix the roads.", "those polled"],
  ])("%s", (_n, text, speaker) => {
    expect(indirect(text).map((x) => x.speaker?.text)).toEqual([speaker]);
  });

  it("names a relative 'who' by its noun phrase", () => {
    const c = indirect("The survey counted tenants who said they would move within a year.");
    expect(c.map((x) => [x.text, x.speaker?.text, x.speaker?.name])).toEqual([["they would move within a year", "who", "tenants"]]);
  });
});

describe("more speakers", () => {
  it.each([
    ["a relative 'who'", "The crowd included Ann Lee, who said she usually votes early, and her husband.", "she usually votes early", "Ann Lee"],
    ["a poll's share", "Nearly half said they prefer a candidate with experience in office.", "they prefer a candidate with experience in office", "Nearly half"],
    ["a long source after 'according to'", "Turnout rose in every district, according to early results of polls conducted for the networks.", "Turnout rose in every district", "early results of polls"],
    ["a full name set off by commas", "A lawyer for the papers, Maria Osei, said no decision had been made about an appeal.", "no decision had been made about an appeal", "Maria Osei"],
    ["a party bracket before an apposition", "Rep. Karl Dunn (D-Ore.), chairman of the Budget Committee, said members will back the plan.", "members will back the plan", "Karl Dunn"],
    ["a pronoun with a contracted auxiliary", "Mr. Tanaka met voters. He’s said he respects his rival and will work with her.", "he respects his rival and will work with her", "Tanaka"],
    ["'about' before a number", "The mayor has said about 20 people have applied for the post.", "about 20 people have applied for the post", "mayor"],
  ])("%s", (_label, text, content, speaker) => {
    const found = indirect(text).find((c) => c.text === content);
    expect(found, JSON.stringify(claims(text).map((c) => [c.text, c.speaker?.name]))).toBeDefined();
    expect(`${found?.speaker?.text} ${found?.speaker?.name}`).toContain(speaker);
  });
});

describe("the writer's lead-in before a quote with its cue after it", () => {
  it("makes the clause from the sentence's start to the closing mark a claim", () => {
    const c = claims("The harbour plan is “dead on arrival,” said Mara Quist, a port commissioner.");
    expect(c.map((x) => [x.kind, x.text, x.speaker?.name])).toEqual([
      ["indirect", "The harbour plan is “dead on arrival,”", "Mara Quist"],
      ["direct", "dead on arrival", "Mara Quist"],
    ]);
  });

  it("takes no quoted title as a statement", () => {
    const c = claims("Speaking on the radio show “Morning Desk,” Quist said the plan was dead.");
    expect(c.map((x) => x.rule)).not.toContain("quote-speaker-verb-lead-clause");
  });
});

describe("cues the lexicon does not list", () => {
  it("reads a speaker and an unlisted verb closing the sentence after a comma-closed quote", () => {
    const c = direct("“We have waited long enough for this bridge,” Tamsin Hale grumbled.");
    expect(c.map((x) => [x.text, x.speaker?.name, x.cue])).toEqual([["We have waited long enough for this bridge", "Tamsin Hale", "grumbled"]]);
  });

  it("reads a plain noun phrase as the speaker of a trailing cue", () => {
    const c = indirect("The ferry will stop running in December, the local paper Harbour Weekly reported.");
    expect(c.map((x) => [x.text, x.speaker?.text])).toEqual([["The ferry will stop running in December", "the local paper Harbour Weekly"]]);
  });

  it("reads 'according to' with no comma before it, and a source with a dotted name", () => {
    expect(indirect("The club lost money in each of the last four seasons according to an audit by the league.").map((x) => x.text)).toEqual(["The club lost money in each of the last four seasons"]);
    expect(indirect("The family ran a bakery near the market, according to lecourrier.fr.").map((x) => x.speaker?.text)).toEqual(["lecourrier.fr"]);
  });
});

describe("clauses and blocks around quotes", () => {
  it("keeps a lead-in that is short beside a long quote", () => {
    const c = indirect("Both clubs “saw the league as a partner that was slowly losing its nerve,” said Ilse Brandt, a sports lawyer.");
    expect(c.map((x) => x.text)).toEqual(["Both clubs “saw the league as a partner that was slowly losing its nerve,”"]);
  });

  it("reads a reported clause whose quote follows a colon", () => {
    const c = indirect("The coach praised the squad and said it has what a title side needs: “patience, and a very deep bench.”");
    expect(c.map((x) => x.text)).toEqual(["it has what a title side needs: “patience, and a very deep bench.”"]);
  });

  it("reads the paragraph after 'X added:' as what X said", () => {
    const c = indirect("The mayor spoke for an hour.\n\nThe mayor added:\n\nWe will rebuild the pier. It will take two years, and it will cost more than we hoped.\n\nThe meeting ended.");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["We will rebuild the pier. It will take two years, and it will cost more than we hoped", "mayor"]]);
  });

  it("opens an excerpt at a paragraph's start with a closing-style mark and a space", () => {
    const c = direct("The minister spoke at length.\n\n” … what we learned from the farmers is that the rules came far too late,” she said.");
    expect(c.map((x) => x.text)).toEqual(["… what we learned from the farmers is that the rules came far too late"]);
  });
});

describe("a named subject's verb whose object holds a quote", () => {
  it.each([
    ["an object and a prepositional phrase", "Ortega blamed the flooding on “decades of lazy planning.” The council disagreed.", "the flooding on “decades of lazy planning.”", "Ortega"],
    ["an object and an infinitive, ended by the subject's next verb", "Okafor begged members to “stand together this winter” and said the strike fund was full.", "members to “stand together this winter”", "Okafor"],
    ["a whole-object quote after an opening phrase", "In a long speech, Varga attacked “the lazy habits of the old ministry and its friends.”", "“the lazy habits of the old ministry and its friends.”", "Varga"],
  ])("%s", (_n, text, content, speaker) => {
    const c = indirect(text).filter((x) => x.rule === "subject-verb-fragment");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([[content, speaker]]);
  });

  it("reads no claim for a quoted title or a so-called name", () => {
    expect(claims("She reviewed “The Quiet American” for the magazine.")).toEqual([]);
    expect(indirect("The ministry dropped the so-called “fast lane” scheme last year.")).toEqual([]);
  });
});

describe("more sources of direct quotes", () => {
  it("reads 'According to X,' before a quote of several sentences as its cue", () => {
    const c = direct("Mook spoke first.\n\nAccording to Ruth Adler, “The vote was never close. We knew it by noon. Everyone knew.”");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["The vote was never close. We knew it by noon. Everyone knew.", "Ruth Adler"]]);
  });

  it("keeps a subject's lowercase head before its verb and takes no pronoun clause as a subject", () => {
    const c = indirect("The Labour transport spokesman has repeatedly wondered whether the trains will be “ready” by May, citing delays.");
    expect(c.map((x) => [x.text, x.speaker?.text])).toEqual([["whether the trains will be “ready” by May", "The Labour transport spokesman"]]);
    expect(() => claims("That’s why he told them to “go an extra mile” for the team.")).not.toThrow();
  });
});

describe("second pass on reported clauses (issue 18, polnear-train misses)", () => {
  it("takes the writer's words before an unclosed quote as the statement, not as an apposition", () => {
    const c = claims("Lind’s “promises” are empty, Varga said Monday in Lyon, adding that the vote was close.");
    expect(c.map((x) => [x.kind, x.text, x.speaker?.text])).toContainEqual(["indirect", "Lind’s “promises” are empty", "Varga"]);
    expect(c.some((x) => /are empty, Varga/.test(x.speaker?.text ?? ""))).toBe(false);
  });

  it("reads a cue word after a possessive as a noun in a quote's lead-in", () => {
    const c = indirect("The mayor’s remarks about the depot were “the clearest case of neglect I have seen,” Ms. Okafor said.");
    expect(c.map((x) => [x.text, x.speaker?.text])).toContainEqual(["The mayor’s remarks about the depot were “the clearest case of neglect I have seen,”", "Ms. Okafor"]);
  });

  it("keeps a parenthetical cue's clause that holds a quoted fragment", () => {
    const c = indirect("Planning the tour, Okafor said, allowed him to “meet the people who pay for it,” too.");
    expect(c.map((x) => x.speaker?.text)).toContain("Okafor");
    expect(c.some((x) => x.text.includes("allowed him to “meet the people"))).toBe(true);
  });

  it("reads 'said about half of …' as a reported clause", () => {
    const c = indirect("The statistics office said about half of the new jobs were part-time posts.");
    expect(c.map((x) => [x.text, x.speaker?.text])).toEqual([["about half of the new jobs were part-time posts", "The statistics office"]]);
  });
  it("reads 'That’s according to X.' as the source of the sentence before", () => {
    const c = indirect("Turnout in the river towns rose by a third this spring. That’s according to early figures from the county clerk.");
    expect(c.map((x) => [x.text, x.speaker?.text])).toEqual([["Turnout in the river towns rose by a third this spring", "early figures from the county clerk"]]);
  });

  it("reads a clause opened by a number or by a pronoun and a past verb after 'reported'", () => {
    expect(indirect("The radio station reported at least four ferries stayed in port on Sunday.").map((x) => x.text)).toEqual(["at least four ferries stayed in port on Sunday"]);
    expect(indirect("The brewer reported it sold two million crates in the summer.").map((x) => x.text)).toEqual(["it sold two million crates in the summer"]);
    expect(indirect("The brewer reported strong sales in the summer.")).toEqual([]);
  });

  it("skips 'two days earlier' between the verb and 'that'", () => {
    const c = indirect("The club's board announced two days earlier that it would look for a new coach.");
    expect(c.map((x) => x.text)).toEqual(["it would look for a new coach"]);
  });
  it("reads a town and its state in an apposition as one apposition", () => {
    const c = indirect("Dana Pike, a teacher from Dayton, Ohio, said the strike had been the longest in memory.");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["the strike had been the longest in memory", "Dana Pike"]]);
  });

  it("keeps title words between the comma and a name after the content", () => {
    const c = indirect("Two of the crew were from the port town, Finnish transport ministry spokeswoman Aino Lahti said Monday.");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["Two of the crew were from the port town", "Aino Lahti"]]);
    expect(indirect("It was a speech that left one Dayton, Ohio, farmer puzzled about what Kroll said.").map((x) => x.text)).not.toContain("It was a speech that left one Dayton, Ohio");
  });
  it("takes the name opening the clause, not a place closing its apposition, as the speaker", () => {
    const a = indirect("Mara Lind, who lost her brother in the flood in Dayton, Ohio, in May 2019, said that the council had ignored the warnings.");
    expect(a.map((x) => [x.text, x.speaker?.name])).toEqual([["the council had ignored the warnings", "Mara Lind"]]);
    const b = indirect("Sen. Ruth Okafor, facing a hard race in Ohio, a swing state, said she would welcome the help.");
    expect(b.map((x) => x.speaker?.name)).toEqual(["Ruth Okafor"]);
  });
  it("takes an outlet named by its kind as the speaker, not a place word inside it", () => {
    const c = indirect("The files were shredded last winter, the influential Dutch daily said, citing two clerks.");
    expect(c.map((x) => [x.text, x.speaker?.text])).toEqual([["The files were shredded last winter", "the influential Dutch daily"]]);
    expect(indirect("Mr. Lind repeatedly said the depot would close.").map((x) => x.speaker?.text)).toEqual(["Mr. Lind"]);
  });
  it("closes a quote on an opening mark typed for the closing one", () => {
    const c = direct("“It was a long night,“ said Aino Lahti, a nurse at the clinic. “We ran out of beds.”");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["It was a long night", "Aino Lahti"], ["We ran out of beds.", "Aino Lahti"]]);
  });

  it("finds the cue after a name with a long relative clause following a quote", () => {
    const c = direct("“The post has no job description at all,” Mara Lind, who served as the first lady’s chief of staff during the two last administrations in the capital, told the radio station.");
    expect(c.map((x) => x.speaker?.name)).toEqual(["Mara Lind"]);
  });
  it("reads a short named audience closing the sentence after 'told'", () => {
    const c = indirect("The unit will train local police, Interior Minister Aino Lahti told a Senate panel Tuesday.");
    expect(c.map((x) => [x.text, x.speaker?.name])).toEqual([["The unit will train local police", "Aino Lahti"]]);
  });

  it("skips a party-and-state apposition and a long apposition before a closing cue", () => {
    const a = direct("''Close the base before winter,'' Representative Dana Pike, Republican of Ohio, told the minister at the dinner.");
    expect(a.map((x) => x.speaker?.name)).toEqual(["Dana Pike"]);
    const b = direct("“Wages rose faster than prices for the first time in years,” Mara Lind, an adviser to the opposition and former head of the national statistics office, wrote in a post.");
    expect(b.map((x) => x.speaker?.name)).toEqual(["Mara Lind"]);
  });
});

