// One table per step of the agreement stage (extractors/agreements/), negatives included.
import { describe, expect, it } from "vitest";
import { resolveAnaphora } from "../extractors/agreements/anaphora.js";
import { isProperAgreementName } from "../extractors/agreements/bilateral.js";
import { dateOf } from "../extractors/agreements/events.js";
import { anniversary, dateAt, type Direction } from "../extractors/agreements/dating.js";
import { findFrames } from "../extractors/agreements/frames.js";
import { extendAgreements, extractAgreementEvents, KNOWN_AGREEMENTS, loadAgreements, makeAgreementIndex } from "../extractors/agreements/index.js";
import { findMentions } from "../extractors/agreements/mentions.js";
import { extractDates } from "../extractors/dates.js";
import { countryOf } from "../extractors/lexicon/countries.js";
import { PEACE_PARTIES } from "../extractors/lexicon/peace-parties.js";
import { sentencesOf } from "../extractors/text.js";
import type { ParsedArticle } from "../pipeline/schemas.js";

const index = makeAgreementIndex();
const doc = (text: string, published = "2020-06-01"): ParsedArticle => ({ id: "t", source: { file: "t.txt" }, title: null, outlet: null, published: { value: published, from: "sidecar" }, text, meta: {} });

describe("registry", () => {
  it("holds at least 150 agreements across the kinds the issue names, each name unique", () => {
    expect(KNOWN_AGREEMENTS.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(KNOWN_AGREEMENTS.map((a) => a.kind));
    for (const k of ["migration", "arms control", "climate", "trade", "peace", "nuclear"]) expect(kinds).toContain(k);
    expect(new Set(KNOWN_AGREEMENTS.map((a) => a.name.toLowerCase())).size).toBe(KNOWN_AGREEMENTS.length);
  });
  it("links predecessors and successors both ways by names it knows", () => {
    const names = new Set(KNOWN_AGREEMENTS.map((a) => a.name));
    for (const a of KNOWN_AGREEMENTS) {
      for (const link of [a.predecessor, a.successor]) if (link) expect(names.has(link), `${a.name} → ${link}`).toBe(true);
    }
    expect(index.byName("NAFTA")?.successor).toBe("United States–Mexico–Canada Agreement");
  });
  it("names every side of a peace accord as a country or a listed movement, by its canonical name", () => {
    const movements = new Set(PEACE_PARTIES.map((m) => m.name));
    const odd = KNOWN_AGREEMENTS.filter((a) => a.kind === "peace").flatMap((a) => a.parties.filter((p) => countryOf(p) !== p && !movements.has(p)).map((p) => `${a.name}: ${p}`));
    expect(odd).toEqual([]);
  });
  it("loads a user's list, refuses a bad entry by its path, and a user's entry wins over a shipped one", () => {
    const mine = loadAgreements('[{"name": "Sahel Water Compact", "aliases": ["SWC"], "kind": "water", "parties": ["Niger", "Mali"]}]');
    expect(() => loadAgreements('[{"name": "X"}]')).toThrow(/entry 0/);
    const ix = makeAgreementIndex(extendAgreements(mine));
    expect(ix.find("Niger quit the SWC in May.").map((h) => h.agreement.name)).toEqual(["Sahel Water Compact"]);
    const replaced = extendAgreements([{ name: "Paris Agreement", aliases: [], kind: "climate (user)", parties: [] }]);
    expect(replaced.filter((a) => a.name === "Paris Agreement").map((a) => a.kind)).toEqual(["climate (user)"]);
  });
});

describe("step 1: mentions", () => {
  it.each([
    ["The US left the Paris climate accord.", ["Paris Agreement registry"]],
    ["Russia suspended New START and the INF Treaty had already collapsed.", ["New START registry", "Intermediate-Range Nuclear Forces Treaty registry"]],
    ["Tehran says the JCPOA is dead.", ["Joint Comprehensive Plan of Action registry"]],
    ["Both sides signed the Treaty of Good Neighbourliness in 2001.", ["Treaty of Good Neighbourliness proper-name"]],
    ["The Lowland Fisheries Accord was signed in Oslo.", ["Lowland Fisheries Accord proper-name"]],
    // a treaty's official title with its sides written in, as its parties' own statements give it
    ["Moscow left the Treaty between the Russian Federation and the United States of America on Measures for the Further Reduction and Limitation of Strategic Offensive Arms.", ["New START registry"]],
    ["Both sides signed a treaty between the Russian Federation and the United States of America on nuclear safety.", []],
    // a headline's capitals on common words name nothing; a word of its own before them does
    ["Trump withdraws from Climate Agreement", []],
    ["Leaders hail Global Trade Pact", []],
    ["The Dutch Climate Agreement was signed in 2019.", ["Dutch Climate Agreement proper-name"]],
    // negatives: a party convention, an acronym in lower case, a bare head noun
    ["Delegates gathered at the Republican National Convention.", []],
    // an official title's tail after its head: a capitalised subject with "and", "the", a list comma; "No. N"; a
    // lower-case subject a clause boundary closes; a city before the head
    ["Ministers signed the Baltic Framework Convention on Coastal Fisheries and Marine Habitats, Research and the Protection of Reefs in Riga.", ["Baltic Framework Convention on Coastal Fisheries and Marine Habitats, Research and the Protection of Reefs proper-name"]],
    ["Thirty states joined the U.N. Convention against Desert Piracy.", ["U.N. Convention against Desert Piracy proper-name"]],
    ["Chile ratified ILO Convention No. 212 last year.", ["ILO Convention No. 212 proper-name"]],
    ["The Noise and Light Convention took effect in May.", ["Noise and Light Convention proper-name"]],
    ["Fishers praised the Lisbon Convention.", ["Lisbon Convention proper-name"]],
    ["The Oslo Convention on marine litter and coastal waste was adopted in 2021.", ["Oslo Convention on marine litter and coastal waste proper-name"]],
    // the title starts after a sentence's end, a state that owns an act, an event held on it, a headline's "for"
    ["They met on Tuesday. The Andean Convention was signed.", ["Andean Convention proper-name"]],
    ["It approved the withdrawal of the Russian Federation from the Andean Convention.", ["Andean Convention proper-name"]],
    ["Envoys attended the Signing Conference of the Andean Convention on Glaciers.", ["Andean Convention on Glaciers proper-name"]],
    ["Two Paths for Lisbon Convention", ["Lisbon Convention proper-name"]],
    // a later short form names the long title the article gave; not when two long titles fit it
    ["Peru signed the Andean Convention on the Protection of Glaciers. The Andean Convention takes effect in May.", ["Andean Convention on the Protection of Glaciers proper-name", "Andean Convention on the Protection of Glaciers proper-name"]],
    ["Peru signed the Framework Convention on Glaciers and the Framework Convention on Rivers. The Framework Convention was praised.", ["Framework Convention on Glaciers proper-name", "Framework Convention on Rivers proper-name", "Framework Convention proper-name"]],
    // negatives: a day or a month after "on", a state after "for", a place after "in", a lower-case run another
    // phrase closes, a state after "and", a party's or a building's convention, no capitalised name at all
    ["Peru signed the Andean Convention on Tuesday.", ["Andean Convention proper-name"]],
    ["Peru signed the Andean Convention on June 5.", ["Andean Convention proper-name"]],
    ["The Andean Convention entered into force for Bolivia in 2020.", ["Andean Convention proper-name"]],
    ["The Andean Convention in Lima was signed.", ["Andean Convention proper-name"]],
    ["Peru signed the Andean Convention on cybercrime with Chile.", ["Andean Convention proper-name"]],
    ["Peru signed the Andean Convention on climate change entered into force.", ["Andean Convention proper-name"]],
    ["The Lima Convention against Smuggling and Peru's objections were discussed.", ["Lima Convention against Smuggling proper-name"]],
    ["Delegates cheered at the Democratic Convention.", []],
    ["Pastors met at the National Baptist Convention.", []],
    ["The summit opened at the Lima Convention Centre.", []],
    ["Peru and Chile discussed an agreement on trade with Peru.", []],
    ["Officials said the convention on Tuesday was signed.", []],
    ["the jcpoa was mentioned in lower case.", []],
    ["An agreement was reached on Friday.", []],
    // a description the registry spells out ("nuclear deal with Iran"), definite, in a sentence naming that one country
    ["Critics of Iran want to scrap the nuclear deal reached last year.", ["Joint Comprehensive Plan of Action registry"]],
    ["Iran and Russia discussed the nuclear deal.", []],
    ["North Korea wants the nuclear deal.", []],
    ["Iran wants a nuclear deal.", []],
    // its sentence names no country the description fits: the one agreement it fits among the article's countries
    ["Sanctions hit Iran again. When the United States left, the nuclear deal was terminated.", ["Joint Comprehensive Plan of Action registry"]],
    ["Sanctions hit Iran again. Officials said the nuclear deal is dead.", ["Joint Comprehensive Plan of Action registry"]],
    // negatives: two countries of the article fit two agreements; no country of the article fits
    ["India and Iran traded barbs. Washington praised the nuclear deal.", []],
    ["Sanctions hit Venezuela again. Officials said the nuclear deal is dead.", []],
    // an agreement named after the place it was concluded, described by its kind and place
    ["The climate accord reached in Paris in December binds most nations.", ["Paris Agreement registry"]],
    ["The peace agreement signed at Camp David in 1978 returned Sinai.", ["Camp David Accords registry"]],
    // negatives: another kind concluded in that place; no kind word
    ["The trade deal signed in Paris on Monday cuts tariffs.", []],
    ["The agreement signed in Paris on Monday cuts tariffs.", []],
  ])("%s", (text, want) => {
    expect(findMentions(text, index).map((m) => `${m.name} ${m.rule}`)).toEqual(want);
  });
  it.each([
    ["Andean Convention", true],
    ["U.N. Convention against Desert Piracy", true],
    ["Oslo Convention on marine litter and coastal waste", true],
    ["ILO Convention No. 212", true],
    ["Andean Convention for the Protection of Glaciers", true],
    // no capitalised name before the head; a tail no title opens with
    ["agreement on trade", false],
    ["Convention on trade", false],
    ["Andean Convention with Chile", false],
  ])("an official title %s is a proper name: %s", (name, want) => {
    expect(isProperAgreementName(name)).toBe(want);
  });
  it("reads the sides written into a proper name", () => {
    expect(findMentions("The Russia-Ukraine Friendship Treaty was signed.", index)[0].parties).toEqual(["Russia", "Ukraine"]);
  });
});

describe("step 2: anaphora", () => {
  const links = (text: string) => {
    const mentions = findMentions(text, index);
    return resolveAnaphora(text, sentencesOf(text), mentions).map((a) => `${a.text}→${a.target.name} (${a.rule})`);
  };
  it.each([
    ["Iran signed the JCPOA in 2015. The deal was abandoned later.", ["The deal→Joint Comprehensive Plan of Action (definite-np)"]],
    ["Washington left New START. Moscow said the treaty was dead.", ["the treaty→New START (definite-np)"]],
    ["Ukraine signed the Minsk agreements. Kyiv then ratified it.", ["it→Minsk agreements (pronoun)"]],
    // negatives: no named agreement before; a descriptive mention of its own; "the treaty" for a trade pact
    ["The deal was signed on Friday.", []],
    ["Iran signed the JCPOA. The deal with Guatemala was separate.", []],
    ["Mexico ratified NAFTA in 1993. Later the treaty on fisheries failed.", []],
    // "on" before a date is no complement of the noun; a "-brokered" deal and "the initiative" are anaphors
    ["Iran signed the JCPOA in 2015. Tehran went back to the deal on May 3.", ["the deal→Joint Comprehensive Plan of Action (definite-np)"]],
    ["Kyiv signed the Minsk agreements. Moscow later attacked the OSCE-brokered accord.", ["the OSCE-brokered accord→Minsk agreements (definite-np)"]],
    ["Kyiv praised the Black Sea Grain Initiative. Moscow left the initiative in July.", ["the initiative→Black Sea Grain Initiative (definite-np)"]],
    ["Iran signed the JCPOA. The deal on sanctions relief came later.", []],
    // up to three modifiers; an infinitive of the agreement's aim is no complement of its own ("the agreement with" and "to" a party still are)
    ["Trump said he will leave the landmark 2015 global agreement to fight climate change. He faulted the Paris accord. Others kept the Paris accord.", ["the landmark 2015 global agreement→Paris Agreement (definite-np)"]],
    ["Obama praised the Paris Agreement. China joined the international climate agreement to curb emissions.", ["the international climate agreement→Paris Agreement (definite-np)"]],
    ["Obama praised the Paris Agreement. China signed the agreement to Peru's relief.", []],
    ["Obama praised the Paris Agreement. China signed the landmark 2016 global trade agreement with Peru.", []],
    // after a verb of saying, "it" is the speaker
    ["Iran criticised the JCPOA. Tehran said on Friday it was unhappy.", []],
    // a signing ceremony stands for the act on the salient agreement; not where it names the agreement itself
    ["Leaders met to sign the Paris Agreement. The signing ceremony was held on Friday. The Paris Agreement is long.", ["The signing ceremony→Paris Agreement (event-noun)"]],
    ["The signing ceremony of the Paris Agreement was held on Friday.", []],
    // a subject word before the noun must fit the agreement's kind: the nearest fitting name, else none
    ["Obama praised the Paris Agreement. He also praised the JCPOA. The climate deal was signed in 2015.", ["The climate deal→Paris Agreement (definite-np)"]],
    ["Obama praised the JCPOA and the Paris Agreement. The nuclear deal was signed in 2015.", ["The nuclear deal→Joint Comprehensive Plan of Action (definite-np)"]],
    ["Obama praised the Paris Agreement. Critics faulted the trade deal.", []],
    ["Reagan praised the INF Treaty. The nuclear treaty was signed in 1987.", ["The nuclear treaty→Intermediate-Range Nuclear Forces Treaty (definite-np)"]],
    // an indefinite agreement after the name is a new one, and a bare "the deal" after it is that one;
    // not an apposition or a predicate ("called it a bad deal"), and not past a fitting subject word
    ["The JCPOA was praised. Iran and Iraq signed a trade agreement on Monday. The deal took effect on Tuesday.", []],
    // (no country the description fits in the article: else step 1 finds "the nuclear deal" as a described mention)
    ["The JCPOA was praised. Chile and Peru signed a trade agreement on Monday. The nuclear deal took effect in 2016.", ["The nuclear deal→Joint Comprehensive Plan of Action (definite-np)"]],
    ["The JCPOA, a landmark agreement, was praised. The deal took effect in 2016.", ["The deal→Joint Comprehensive Plan of Action (definite-np)"]],
    // (the apposition also after the name's acronym in brackets or its closing quote; a bracket alone before a new clause is no apposition)
    ["Iran left the Joint Comprehensive Plan of Action (JCPOA), a landmark agreement. The deal took effect in 2016.", ["The deal→Joint Comprehensive Plan of Action (definite-np)"]],
    ["Iran left the Joint Comprehensive Plan of Action (JCPOA). Iran and Iraq then signed a trade agreement. The deal took effect on Tuesday.", []],
    ["Iran signed the JCPOA in 2015. Critics called it a bad deal. The deal took effect in 2016.", ["it→Joint Comprehensive Plan of Action (pronoun)", "The deal→Joint Comprehensive Plan of Action (definite-np)"]],
  ])("%s", (text, want) => {
    expect(links(text)).toEqual(want);
  });
});

describe("step 3: frames", () => {
  const frames = (text: string) => {
    const mentions = findMentions(text, index);
    const sentences = sentencesOf(text);
    const refs = [...mentions, ...resolveAnaphora(text, sentences, mentions)];
    return findFrames(text, sentences, refs).map((f) => `${f.type ?? `none(${f.reading})`} ${f.party ?? "-"} ${f.agreement.name}`);
  };
  it.each([
    ["The United States withdrew from the Paris Agreement.", ["withdrawn United States Paris Agreement"]],
    ["In 2021 the US rejoined the Paris climate accord.", ["rejoined United States Paris Agreement"]],
    ["Russia suspended its participation in New START.", ["suspended Russia New START"]],
    // a part of its obligations under the agreement suspended is the party's suspension
    ["Iran suspended some of its commitments under the JCPOA.", ["suspended Iran Joint Comprehensive Plan of Action"]],
    // "its initials" is a noun: no initialling ("Both sides initialled the JCPOA" is one)
    ["The accord, known by its initials JCPOA, was reached in 2015.", ["none(noun) - Joint Comprehensive Plan of Action", "signed - Joint Comprehensive Plan of Action"]],
    ["Both sides initialled the JCPOA in Vienna.", ["announced - Joint Comprehensive Plan of Action"]],
    ["Italy's parliament ratified the Kyoto Protocol.", ["ratified Italy Kyoto Protocol"]],
    ["The top court struck down the EU-Turkey deal.", ["ruled_unlawful - EU–Turkey Statement"]],
    ["NAFTA came into force in 1994.", ["entered_into_force - North American Free Trade Agreement"]],
    ["Washington began the process to withdraw from the INF Treaty.", ["announced United States Intermediate-Range Nuclear Forces Treaty"]],
    // negatives: negation, modality, condition, a wish, a refusal
    ["The US did not withdraw from the Paris Agreement.", ["none(negated) United States Paris Agreement"]],
    ["Trump vowed he will withdraw from the Paris Agreement.", ["none(modal) - Paris Agreement"]],
    ["If Iran leaves the JCPOA, sanctions return.", ["none(condition) Iran Joint Comprehensive Plan of Action"]],
    ["Kasich called for the suspension of the JCPOA.", ["none(modal) - Joint Comprehensive Plan of Action"]],
    ["Yanukovych refused to sign the EU-Ukraine Association Agreement.", ["none(negated) - EU–Ukraine Association Agreement"]],
    ["Critics attacked the Paris Agreement on Monday.", []],
    ["A senator said Iran shows the need to scrap the nuclear agreement reached last year.", ["signed - Joint Comprehensive Plan of Action"]],
    // an open condition in the present tense: not done
    ["Sanctions stay in place until the Kyoto Protocol is ratified by Moscow.", ["none(condition) Russia Kyoto Protocol"]],
    // a relative "which takes effect" after a withdrawal is the withdrawal's, not the agreement's entry into force
    ["Washington began the process to withdraw from the Paris Agreement, which takes effect next year.", ["announced United States Paris Agreement"]],
    // a party lifting its own suspension says so: "said … it would resume" is the resumption; not with a condition after it
    ["Moscow said on Thursday it would resume its participation in New START.", ["rejoined Russia New START"]],
    ["Moscow said on Thursday it would resume its participation in New START once Washington pays.", ["none(condition) Russia New START"]],
    ["Inspections resumed under New START on Monday.", []],
    ["Tehran revived its participation in the JCPOA in May.", ["rejoined Iran Joint Comprehensive Plan of Action"]],
    // "it was suspending" is progressive: "it" (the speaker) acts on the deal named after it
    ["Iran criticised the JCPOA. Tehran said on Friday it was suspending its participation in the deal.", ["suspended Iran Joint Comprehensive Plan of Action"]],
    // wire copy's other words for the same acts; shipments halted "under" the deal are no party's act
    ["Moscow halted its participation in New START in February.", ["suspended Russia New START"]],
    ["Iran went back to the JCPOA in May.", ["rejoined Iran Joint Comprehensive Plan of Action"]],
    ["Shipments under New START halted in May.", []],
    // work done under the agreement paused in the passive is not the agreement's suspension; the agreement as the subject is
    ["Inspections under New START have been paused since March.", []],
    ["Payments through the JCPOA were frozen in May.", []],
    ["Deliveries as part of the Paris Agreement were suspended in 2019.", []],
    ["New START has been paused since March.", ["suspended - New START"]],
    ["Under New START, the treaty was suspended by Russia in February.", ["suspended Russia New START"]],
    // a capital that ends like a demonym still acts for its state
    ["Tehran returned to the JCPOA in May.", ["rejoined Iran Joint Comprehensive Plan of Action"]],
    // the agreement as the object of a gerund is not the subject of the verb after it; a tally of renewals is no one event
    ["Talks on renewing New START ended on Monday.", []],
    ["The Minsk agreements were extended twice.", ["none(repeated) - Minsk agreements"]],
    // the party the withdrawal names inside it acts; a repudiation is a withdrawal; an assent "into law" is the ratification
    ["Trump on Tuesday pulled the United States out of the Paris Agreement.", ["withdrawn United States Paris Agreement"]],
    ["The United States repudiated the JCPOA in May.", ["withdrawn United States Joint Comprehensive Plan of Action"]],
    ["Canada walked away from the Kyoto Protocol in 2011.", ["withdrawn Canada Kyoto Protocol"]],
    ["Mexico signed NAFTA into law in 1993.", ["ratified Mexico North American Free Trade Agreement"]],
    ["Trump vowed to pull the United States out of the Paris Agreement.", ["none(modal) United States Paris Agreement"]],
    // an approval ratifies when a legislature or the voters give it; a legislature named alone acts for its state
    ["Congress approved NAFTA in November 1993.", ["ratified United States North American Free Trade Agreement"]],
    ["NAFTA was approved by Congress in 1993.", ["ratified United States North American Free Trade Agreement"]],
    ["The Kyoto Protocol was approved by the Ukrainian parliament in 2004.", ["ratified Ukraine Kyoto Protocol"]],
    ["Swiss voters approved the Schengen Agreement in a referendum.", ["ratified Switzerland Schengen Agreement"]],
    ["The Duma passed New START in January 2011.", ["ratified Russia New START"]],
    ["China backed the Paris Agreement on Monday.", []],
    ["The White House endorsed the Paris Agreement.", []],
    ["Lawmakers could pass the USMCA next year.", []],
    // a participle phrase describing a named agreement stands between it and its verb; not across a comma
    ["The New START treaty limiting the two arsenals entered into force on Saturday.", ["entered_into_force - New START"]],
    ["The Kyoto Protocol covering six greenhouse gases was ratified by Russia in 2004.", ["ratified Russia Kyoto Protocol"]],
    ["The New START treaty, signed in Prague in April 2010, took effect in February 2011.", ["signed - New START", "entered_into_force - New START"]],
    ["Under the New START treaty, signed in Prague in April 2010, new limits took effect in 2018.", ["signed - New START"]],
    ["The INF Treaty banning land-based missiles, the minister said, ended nothing.", []],
    ["Diplomats discussing the Paris Agreement ended their meeting on Monday.", []],
    // a signing ceremony reports a signing only as a past act
    ["Leaders met to sign the Paris Agreement. The signing ceremony on Friday was only a first step. The Paris Agreement needs 55 nations.", ["none(modal) - Paris Agreement", "signed - Paris Agreement"]],
    ["Leaders met on the Paris Agreement. The signing ceremony is scheduled for Friday. The Paris Agreement needs 55 nations.", []],
    ["Leaders met on the Paris Agreement. The signing ceremony was postponed to Friday. The Paris Agreement needs 55 nations.", []],
    ["Leaders met on the Paris Agreement. The signing ceremony was formally cancelled. The Paris Agreement needs 55 nations.", []],
  ])("%s", (text, want) => {
    expect(frames(text)).toEqual(want);
  });

  it("takes the actors of a coordinated subject from officials named elsewhere, not the place before them", () => {
    // officials found in an earlier paragraph; here only "Ms. Merkel" and "Mr. Li" (a family name first)
    const text = "Angela Merkel met Li Keqiang. Last week in Lyon, France, Ms. Merkel and Mr. Li formally committed their two nations to the Paris Agreement.";
    const official = (name: string, country: string) => ({ name, title: null, country, text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, certain: true, rule: "test" });
    const officials = [official("Angela Merkel", "Germany"), official("Li Keqiang", "China")] as never[];
    const mentions = findMentions(text, index);
    const sentences = sentencesOf(text);
    const parties = findFrames(text, sentences, mentions, officials).map((f) => `${f.type} ${f.party}`);
    expect(parties).toEqual(["ratified Germany", "ratified China"]);
  });
});

describe("step 4: a link as good as the name's", () => {
  const certainOf = (text: string) => extractAgreementEvents(doc(text, "2025-01-22")).items.filter((e) => /act-noun$/.test(e.rule ?? "")).map((e) => e.certain);
  it("holds for an act's noun in an article naming one agreement, a description on the name's own words aside, and not beside another described deal", () => {
    expect(certainOf("France hosted the talks. When the US left, the Paris Agreement was terminated. His first withdrawal took effect on November 3, 2020.")).toEqual([true]);
    expect(certainOf("France and the US signed a trade deal on Monday. Trump left the Paris Agreement. His first withdrawal took effect on November 3, 2020.")).toEqual([false]);
  });
});

describe("step 4: type and date", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  it.each([
    ["The United States formally withdrew from the Paris Agreement on November 4, 2020.", "2020-11-05", ["withdrawn United States Paris Agreement 2020-11-04"]],
    ["Those chunks were the foundation of the Paris Agreement signed Saturday in Paris.", "2015-12-13", ["signed - Paris Agreement 2015-12-12"]],
    // the year in the name is no date of the event
    ["Most nations signed the 1951 Refugee Convention.", "2016-09-20", ["signed - 1951 Refugee Convention -"]],
    // a when-clause shares its main clause's time
    ["Talks resumed for the first time since 2002, when the United States withdrew from the ABM Treaty.", "2010-04-08", ["withdrawn United States Anti-Ballistic Missile Treaty 2002"]],
    // initialling a named agreement fixes its text: announced, not signed
    ["Negotiators initialled the Treaty of Good Neighbourliness in Minsk on Friday.", "2001-07-16", ["announced - Treaty of Good Neighbourliness 2001-07-13"]],
    // concluding a named agreement is its signing, unless its signing is still ahead in the sentence
    ["Negotiators concluded the Treaty of Good Neighbourliness in Minsk on Friday.", "2001-07-16", ["signed - Treaty of Good Neighbourliness 2001-07-13"]],
    ["On July 13, after a night of talks, negotiators concluded the Treaty of Good Neighbourliness.", "2001-07-16", ["signed - Treaty of Good Neighbourliness 2001-07-13"]],
    // a present-tense entry into force is a schedule: its weekday read ahead, expected while after the report; the past is read back
    ["The Paris Agreement takes effect on Friday.", "2016-01-18", ["expected_in_force - Paris Agreement 2016-01-22"]],
    ["The Paris Agreement took effect on Friday.", "2016-01-18", ["entered_into_force - Paris Agreement 2016-01-15"]],
    ["The Paris Agreement comes into force in 2015.", "2016-01-18", ["entered_into_force - Paris Agreement 2015"]],
    // a schedule in words ("will", "is due to") is expected when dated after the report, and no event otherwise
    ["The Paris Agreement will enter into force on Nov. 4, the United Nations said Wednesday.", "2016-10-05", ["expected_in_force - Paris Agreement 2016-11-04"]],
    ["The UN said the Paris Agreement was due to take effect on November 4.", "2016-10-05", ["expected_in_force - Paris Agreement 2016-11-04"]],
    ["The Paris Agreement will enter into force once enough nations ratify it.", "2016-10-05", []],
    ["The Paris Agreement could enter into force on Nov. 4.", "2016-10-05", []],
    ["The Paris Agreement will never enter into force.", "2016-10-05", []],
    ["The Paris Agreement goes into effect 30 days after the threshold is met.", "2016-10-05", []],
    ["When does the lifting of sanctions under the JCPOA go into effect?", "2016-01-16", []],
    // after a perfect's auxiliary "come" and "become" are participles: the entry into force is done; a modal or "yet to" leaves it ahead
    ["The Paris Agreement has finally come into force, on November 4.", "2016-11-10", ["entered_into_force - Paris Agreement 2016-11-04"]],
    ["By then the Paris Agreement had become effective.", "2016-11-10", ["entered_into_force - Paris Agreement -"]],
    ["The Paris Agreement has yet to come into force.", "2016-10-05", []],
    ["The Paris Agreement should come into force by November.", "2016-10-05", []],
    ["Talks stalled on Monday, after negotiators concluded the Treaty of Good Neighbourliness.", "2001-07-16", ["signed - Treaty of Good Neighbourliness -"]],
    ["Negotiators concluded the Treaty of Good Neighbourliness in Minsk on Friday; the leaders will sign it in Moscow.", "2001-07-16", ["announced - Treaty of Good Neighbourliness 2001-07-13"]],
    // a vote's tally between "voted" and "to ratify"; a party's possessive between a trigger and its agreement acts
    ["The Senate voted 71-26 to ratify New START in December 2010.", "2011-01-05", ["ratified - New START 2010-12"]],
    ["The Duma voted unanimously to ratify New START on Tuesday.", "2011-01-27", ["ratified Russia New START 2011-01-25"]],
    ["Putin signed a law on Wednesday suspending Russia's participation in New START.", "2023-02-23", ["suspended Russia New START 2023-02-22"]],
    // a treaty office's wording of a ratification or accession
    ["India deposited its instrument of ratification for the Paris Agreement on Oct. 2.", "2016-10-12", ["ratified India Paris Agreement 2016-10-02"]],
    ["The European Union became the 73rd party to the Paris Agreement on Wednesday.", "2016-10-12", ["ratified European Union Paris Agreement 2016-10-12"]],
    ["India will deposit its instrument of ratification for the Paris Agreement next week.", "2016-10-12", []],
    // a participle phrase opening the sentence, about the subject right after its comma
    ["Signed in 1987, the INF Treaty banned ground-launched missiles.", "2019-08-05", ["signed - Intermediate-Range Nuclear Forces Treaty 1987"]],
    ["Ratified by the Duma in 2011, New START capped warheads.", "2019-08-05", ["ratified Russia New START 2011"]],
    ["Signed in 1987, the weapons went to storage. The INF Treaty was cited.", "2019-08-05", []],
    ["The INF treaty came to an end on Friday.", "2019-08-05", ["terminated - Intermediate-Range Nuclear Forces Treaty 2019-08-02"]],
    // a relative clause's subject acts, also where a described reading of the same words wins (the registry's sides)
    ["Russia will keep to the caps of New START if the United States does. The treaty, which Russia suspended in February 2023, runs out in 2026.", "2025-09-23", ["suspended Russia New START 2023-02"]],
    ["Russia will keep to the caps of New START if the United States does. The treaty, which was suspended in February 2023, runs out in 2026.", "2025-09-23", ["suspended - New START 2023-02"]],
    // "a year after" the act, said on a day: that span before the day, to the month; a date of the act's own wins
    ["A year after the US walked away from the JCPOA, Iran said on Wednesday it would cut some commitments.", "2019-05-10", ["withdrawn United States Joint Comprehensive Plan of Action 2018-05"]],
    ["Iran said on May 8, two years after the United States withdrew from the JCPOA, that it would talk.", "2020-05-12", ["withdrawn United States Joint Comprehensive Plan of Action 2018-05"]],
    ["Two years after the United States withdrew from the JCPOA in May 2018, Iran said on Wednesday it would talk.", "2020-05-12", ["withdrawn United States Joint Comprehensive Plan of Action 2018-05"]],
    ["After the US walked away from the JCPOA, Iran said on Wednesday it would cut some commitments.", "2019-05-10", ["withdrawn United States Joint Comprehensive Plan of Action -"]],
    // one party's leaving, announced or under way, is not the end of the agreement the described reading took it for
    ["Pompeo said the United States was withdrawing from the INF Treaty.", "2019-02-01", ["announced United States Intermediate-Range Nuclear Forces Treaty -"]],
    ["The United States and Russia terminated the INF Treaty on Friday.", "2019-08-05", ["terminated - Intermediate-Range Nuclear Forces Treaty 2019-08-02"]],
    // a relative clause after an act's noun and its agreement dates the act's effect, not the agreement's
    ["Their withdrawal from the Paris Agreement, which took effect on November 4, 2020, was reversed.", "2021-02-19", ["withdrawn - Paris Agreement 2020-11-04"]],
    // a party's leaving named by its noun, its agreement the salient one: its taking effect is the withdrawal
    ["Trump pulled out of the Paris Agreement. His first withdrawal took effect on November 3, 2020.", "2025-01-22", ["withdrawn - Paris Agreement -", "withdrawn - Paris Agreement 2020-11-03"]],
    ["Trump praised the Paris Agreement. The withdrawal of troops took effect on November 3, 2020.", "2025-01-22", []],
    ["Trump praised the Paris Agreement. His withdrawal will take effect next year.", "2025-01-22", []],
    ["Trump praised the Paris Agreement. Under its rules, the withdrawal takes effect a year after notice is given.", "2017-06-01", []],
    ["Their praise for the Paris Agreement, which took effect on November 4, 2016, was loud.", "2021-02-19", ["entered_into_force - Paris Agreement 2016-11-04"]],
    ["The Paris Agreement entered into force on Friday, less than a year after it was adopted.", "2016-11-05", ["entered_into_force - Paris Agreement 2016-11-04", "signed - Paris Agreement -"]],
    ["No party may leave until three years after the Paris Agreement entered into force, so the earliest exit is Nov. 4, 2020.", "2017-06-01", ["entered_into_force - Paris Agreement -"]],
    // a line ending in a colon opens a quotation: no headline; a title line is none of the body's events
    ["Trump on Thursday said he will withdraw the United States from the Paris accord:\n\"We're getting out,\" he said.", "2017-06-02", ["announced United States Paris Agreement 2017-06-01"]],
    ["US withdraws from Paris accord\n\nThe president spoke on Thursday.", "2017-06-02", []],
    // the speaker said the act is coming: announced, not done; a wish or a doubt is neither
    ["The president said on Thursday that he would pull the country out of the Paris accord.", "2017-06-02", ["announced - Paris Agreement 2017-06-01"]],
    ["The president said he hoped to leave the Paris accord.", "2017-06-02", []],
    // the party the trigger itself names comes back
    ["Biden returned the United States to the Paris Agreement in January.", "2021-06-10", ["rejoined United States Paris Agreement 2021-01"]],
    // a head noun after a registry name is part of the mention
    ["The Minsk II agreement was signed on Feb. 12, 2015, in the Belarusian capital.", "2016-01-10", ["signed - Minsk agreements 2015-02-12"]],
    // the replaced agreement ends; the replacement does not
    ["The USMCA replaced NAFTA on July 1, 2020.", "2021-06-10", ["terminated - North American Free Trade Agreement 2020-07-01"]],
    ["NAFTA was replaced by the USMCA in July 2020.", "2021-06-10", ["terminated - North American Free Trade Agreement 2020-07"]],
    // a relative clause's verb takes no date past the comma that closes it; the main verb after the clause is the subject's
    ["NAFTA, which the USMCA replaced, took effect in 1994.", "2021-06-10", ["terminated - North American Free Trade Agreement -", "entered_into_force - North American Free Trade Agreement 1994"]],
    // negatives
    ["The US could rejoin the Paris Agreement next year.", "2020-06-01", []],
    ["The Paris Agreement replaced the Kyoto Protocol as the main climate treaty.", "2020-06-01", ["terminated - Kyoto Protocol -"]],
    // a named agreement that ended a war is not ended
    ["The Treaty of Vereeniging, which ended the war in 1902, gave the republics self-rule.", "1920-06-01", []],
    ["Washington did not leave NAFTA in 2018.", "2020-06-01", []],
    // an anniversary: "N years ago today" is that day N years before the report, not the report's own day
    ["Ten years ago today, Iran and six powers sealed the JCPOA in Vienna.", "2025-07-14", ["signed - Joint Comprehensive Plan of Action 2015-07-14"]],
    ["Five years ago this month, the United States left the Paris Agreement.", "2025-11-20", ["withdrawn United States Paris Agreement 2020-11"]],
    ["Moscow said on Thursday it would resume its participation in New START.", "2023-03-03", ["rejoined Russia New START 2023-03-02"]],
    // "the week before" with no other anchor is the report's last week; before a named anchor it is none
    ["Greece praised the EU-Turkey deal. The deal, brokered the week before by Berlin, returns migrants to Turkey.", "2016-03-23", ["signed - EU–Turkey Statement 2016-W11"]],
    ["Greece praised the EU-Turkey deal. The deal, brokered the week before the summit, returns migrants to Turkey.", "2016-03-23", ["signed - EU–Turkey Statement -"]],
    // with another date in the clause (here after "before", which dates another act) neither reading is sure
    ["Greece praised the EU-Turkey deal. The deal, brokered the week before by Berlin in March, returns migrants.", "2016-03-23", ["signed - EU–Turkey Statement -"]],
  ])("%s", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it.each([
    // a historical calendar's line: its year, and the day of the heading above the list
    ["On this day\n\nSeptember 7\n\n1714 - The Treaty of Baden was signed, ending a war.\n1822 - Brazil declared independence.", ["signed - Treaty of Baden 1714-09-07"]],
    ["Today in history: 7 September\n1822 - Brazil declared independence.\n1714 - The Treaty of Baden was signed.", ["signed - Treaty of Baden 1714-09-07"]],
    ["Milestones\n\n1714 - The Treaty of Baden was signed.", ["signed - Treaty of Baden 1714"]],
    // negatives: a heading above prose is no calendar's day; a line that does not open with a year is no calendar line
    ["September 7\n\nThe fair opened.\n1714 - The Treaty of Baden was signed.", ["signed - Treaty of Baden 1714"]],
    ["September 7\n\nIn the war of 1714 the Treaty of Baden was signed.", ["signed - Treaty of Baden -"]],
  ])("dates a calendar line: %j", (text, want) => {
    expect(events(text, "2019-09-07")).toEqual(want);
  });
  it("reads an anniversary back from the report's day, 29 February to the 28th in a common year", () => {
    expect(anniversary("2024-02-29", 3, "year", true)).toBe("2021-02-28");
    expect(anniversary("2025-01-15", 2, "month", false)).toBe("2024-11");
  });
  it("joins the sides of one named multilateral agreement signing mirror texts into its one event", () => {
    const ix = makeAgreementIndex(extendAgreements([{ name: "Nile Basin Water Compact", aliases: [], kind: "water", parties: ["Egypt", "Ethiopia", "Sudan"] }]));
    const split = "Egypt and Sudan on Monday signed parallel agreements with Ethiopia to share the river.";
    const got = (text: string) => extractAgreementEvents(doc(text, "2021-03-02"), {}, ix).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.date?.value}`);
    expect(got(`${split} Under what officials call the Nile Basin Water Compact, dams will release water.`)).toEqual(["signed Egypt+Ethiopia+Sudan 2021-03-01"]);
    // negative: the article names no such agreement, the two texts stay two agreements
    expect(got(split)).toEqual(["signed Egypt+Ethiopia 2021-03-01", "signed Ethiopia+Sudan 2021-03-01"]);
  });
  it("takes 'the deal' as stated when the article names one agreement and describes none", () => {
    const certain = (text: string) => extractAgreementEvents(doc(text, "2020-01-01")).items.filter((e) => e.type === "rejoined").map((e) => e.certain);
    expect(certain("Iran signed the JCPOA in 2015. Iran returned to the deal on May 3, 2019.")).toEqual([true]);
    expect(certain("Iran signed the JCPOA in 2015. Brazil signed the Paris Agreement. Iran returned to the deal on May 3, 2019.")).toEqual([false]);
    // "Its limits took effect" opening a sentence: the one agreement's provisions ("it" stays inferred)
    const force = (text: string) => extractAgreementEvents(doc(text, "2020-01-01")).items.filter((e) => e.type === "entered_into_force").map((e) => e.certain);
    expect(force("Iran signed the JCPOA in 2015. Its limits on Iran took effect on Jan. 16, 2016.")).toEqual([true]);
    expect(force("Iran signed the JCPOA in 2015. Brazil signed the Paris Agreement. Its limits took effect on Jan. 16, 2016.")).toEqual([false]);
  });
  it("never dates a completed event after its report", () => {
    const text = "Russia suspended New START on Tuesday.";
    const dates = extractDates(text, "2023-02-22").items;
    const mentions = findMentions(text, index);
    const [f] = findFrames(text, sentencesOf(text), mentions);
    expect(dateOf(text, f, dates, "2023-02-22")?.value).toBe("2023-02-21");
  });
});

describe("--agreements FILE", () => {
  it("reaches the extractors and the record fingerprint, like --reference", async () => {
    const { createPipeline } = await import("../pipeline/pipeline.js");
    const text = "Mali withdrew from the Sahel Water Compact on Monday.";
    const events = async (p: ReturnType<typeof createPipeline>) =>
      (await p.extractors()).find((x) => x.field === "events")!.run(doc(text, "2024-03-06"), {}).items as Array<{ type: string; name: string | null }>;
    const shipped = createPipeline();
    // the open-world proper name is found either way, but only the user's entry gives its parties
    expect((await events(shipped)).map((e) => e.type)).toEqual(["withdrawn"]);
    const extended = createPipeline({ agreements: '[{"name": "Sahel Water Compact", "kind": "water", "parties": ["Mali", "Niger"]}]' });
    expect(extended.fingerprint).not.toBe(shipped.fingerprint);
    expect(await events(extended)).toMatchObject([{ type: "withdrawn", name: "Sahel Water Compact", parties: ["Mali", "Niger"], party: "Mali" }]);
    expect(() => createPipeline({ agreements: '[{"aliases": []}]' })).toThrow(/agreement list: entry 0/);
  });
});

describe("dating: one step dates the events of both readers", () => {
  // the words of the trigger, the object the trigger acts on (when it has one), other triggers of the sentence
  const dated = (text: string, published: string, cue: string, dir: Direction = "past", object?: string, others: string[] = []) => {
    const span = (w: string) => ({ text: w, start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const at = span(cue);
    const obj = object ? span(object) : null;
    const site = { cue: at, clause: { start: 0, end: text.length }, sentenceStart: 0, otherCues: others.map(span), names: obj ? [obj] : [], object: obj };
    return dateAt(text, site, extractDates(text, published).items, published, dir)?.ref.value ?? null;
  };
  it.each<[string, string, string, Direction, string | undefined, string[], string | null]>([
    // a done event is read back from its report
    ["Russia suspended New START on Tuesday.", "2023-02-22", "suspended", "past", "New START", [], "2023-02-21"],
    // no reading fits a done event: the source's own words are kept, so the slip shows as a date conflict
    ["The two sides signed the agreement 29 March in Doha.", "2020-02-29", "signed", "past", "the agreement", [], "2020-03-29"],
    // a date in the possessive dates its own noun
    ["Ahead of next month's vote, Kenya signed the deal with Germany on Friday.", "2024-09-16", "signed", "past", "the deal", [], "2024-09-13"],
    ["Ahead of next month's vote, Kenya signed the deal with Germany.", "2024-09-16", "signed", "past", "the deal", [], null],
    // a participle right after its noun takes no date from before the noun
    ["The minister said on Thursday the deal signed by Kenya would hold.", "2024-09-16", "signed", "past", undefined, [], null],
    ["The minister said the deal was signed on Thursday.", "2024-09-16", "signed", "past", undefined, [], "2024-09-12"],
    // an apposition after the object describes the agreement
    ["Russia withdrew from the CFE treaty, an agreement signed in 1990.", "2023-11-08", "withdrew", "past", "the CFE treaty", [], null],
    ["Russia withdrew from the CFE treaty in November.", "2023-11-08", "withdrew", "past", "the CFE treaty", [], "2023-11"],
    ["Russia withdrew from the CFE treaty in November.", "2023-10-08", "withdrew", "past", "the CFE treaty", [], "2022-11"],
    // a subordinator's date is the other verb's; a fronted date is the verb's across an aside
    ["Iran rejoined the deal on Friday, four months after it left in May.", "2019-09-16", "rejoined", "past", "the deal", [], "2019-09-13"],
    ["On Nov. 11, after a long walk, the leaders sealed the deal.", "2019-11-20", "sealed", "past", "the deal", [], "2019-11-11"],
    // "which": after a preposition it says what the agreement holds; closed by a comma it ends before the date
    ["They agreed a scheme under which migrants are returned, the leaders said on Thursday.", "2025-07-14", "agreed", "past", undefined, [], "2025-07-10"],
    ["A truce has held in the region, which is a fifth of the land, since May 1994.", "1996-09-06", "held", "past", undefined, [], "1994-05"],
    ["Canada left the accord, which takes effect in 2020.", "2019-06-01", "left", "past", "the accord", [], null],
    // a date nearer another trigger is that trigger's
    ["The pact entered into force in 1999, and 164 states joined it.", "2020-06-01", "joined", "past", undefined, ["entered into force"], null],
    ["The pact entered into force in 1999, and 164 states joined it.", "2020-06-01", "entered into force", "past", undefined, ["joined"], "1999"],
    // a schedule: a day is the next one, a coarser date said in its own year keeps that year
    ["The accord takes effect on Monday.", "2024-09-18", "takes effect", "future", undefined, [], "2024-09-23"],
    ["The accord is expected to take effect in the summer.", "2019-09-20", "take effect", "future", undefined, [], "2020-SU"],
    ["The accord is expected to take effect in 2019.", "2019-09-20", "take effect", "future", undefined, [], "2019"],
    ["The accord is expected to take effect in 2018.", "2019-09-20", "take effect", "future", undefined, [], "2018"],
  ])("%j (published %s, trigger %j)", (text, published, cue, dir, object, others, want) => {
    expect(dated(text, published, cue, dir, object, others)).toBe(want);
  });
});

describe("agreement events: wordings from a twelfth fresh sample of real reports (paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  it.each([
    // one party ending its participation leaves the agreement; the agreement itself does not end
    ["Moscow officially ended its participation in the decade-old Black Sea Grain Initiative on Monday.", "2023-07-18", ["withdrawn Russia Black Sea Grain Initiative 2023-07-17"]],
    // an adverb in -ly between the passive's auxiliary and its participle
    ["On Friday, the Windsor Framework was legally adopted at a meeting in London.", "2023-03-25", ["signed - Windsor Framework 2023-03-24"]],
    ["The Windsor Framework was supposedly to be adopted on Friday.", "2023-03-25", []],
    // a text unveiled is announced, its adoption still to come
    ["The Windsor Framework, which was unveiled in February, changes how goods cross the sea.", "2023-03-24", ["announced - Windsor Framework 2023-02"]],
    // the sides agreeing to extend a deal extend it; "the deal for another 60 days" is the deal, not a deal of its own
    ["The Black Sea Grain Initiative was signed in July 2022. On May 17, Russia agreed to extend the deal for another 60 days.", "2023-07-17", ["signed - Black Sea Grain Initiative 2022-07", "expanded - Black Sea Grain Initiative 2023-05-17"]],
    ["The Black Sea Grain Initiative was signed in July 2022. On May 17, Russia refused to extend the deal.", "2023-07-17", ["signed - Black Sea Grain Initiative 2022-07"]],
    ["The Black Sea Grain Initiative was signed in July 2022. Russia would only agree to extend the deal if its demands were met.", "2023-07-17", ["signed - Black Sea Grain Initiative 2022-07"]],
    // a described event on a registry agreement's anaphor takes the registry's name
    ["The United States and China signed the Phase One trade deal. The agreement was signed at the White House on January 15.", "2020-01-16", ["signed - US–China Phase One trade deal -", "signed - US–China Phase One trade deal 2020-01-15"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it("reads the Taliban as a side, and the country after a city as the place (thirteenth sample)", () => {
    const got = (text: string) => extractAgreementEvents(doc(text, "2020-03-01")).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.name} ${e.date?.value ?? "-"}`);
    expect(got("The United States and the Taliban signed a peace deal in Doha, Qatar on Saturday.")).toEqual(["signed Taliban+United States deal 2020-02-29"]);
    // "Taliban insurgents" are the Taliban, not a movement of their own
    expect(got("The United States signed a historic deal with Taliban insurgents on Saturday.")).toEqual(["signed Taliban+United States deal 2020-02-29"]);
    expect(got("The US-Taliban agreement was signed on Saturday.")).toEqual(["signed Taliban+United States Doha Agreement 2020-02-29"]);
    // "Farc", as British papers write the acronym, and "Farc rebels" are the FARC (fourteenth sample)
    expect(got("Colombia's government has ratified a new peace accord with Farc rebels.")).toEqual(["ratified Colombia+FARC accord 2020-03-01"]);
    // a country named as a side is still one: "in Doha" is where, "with Qatar" who
    expect(got("The United States signed a defence deal with Qatar in Doha on Saturday.")).toEqual(["signed Qatar+United States deal 2020-02-29"]);
  });
  it("does not read a verb with an object of its own as acting on the deal before it (thirteenth sample)", () => {
    const got = (text: string) => extractAgreementEvents(doc(text, "2021-08-11")).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.date?.value ?? "-"}`);
    expect(got("The United Arab Emirates said that under the deal Israel agreed to suspend annexation of parts of the West Bank.")).toEqual([]);
    expect(got('The United Arab Emirates said that under the deal Israel agreed to "suspend" annexation of parts of the West Bank.')).toEqual([]);
    // a reduced relative clause without an object of its own is the deal's
    expect(got("The United Arab Emirates praised the deal Israel suspended last year.")).toEqual(["suspended Israel+United Arab Emirates 2020"]);
  });
  it("does not take Northern Ireland for Ireland", () => {
    const parties = (text: string) => extractAgreementEvents(doc(text, "2023-03-24")).items.map((e) => e.parties.join("+"));
    expect(parties("Britain and the European Union sealed a deal on trade rules for Northern Ireland last month.")).toEqual(["European Union+United Kingdom"]);
    expect(parties("Britain and Ireland sealed a deal on trade rules for Northern Ireland last month.")).toEqual(["Ireland+United Kingdom"]);
  });
});

describe("agreement events: wordings from a sixteenth fresh sample of real reports (paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.parties.join("+") || "-"} ${e.date?.value ?? "-"}`);
  it.each([
    // the treaty's name as many outlets write it, without "-Range"
    ["On 2 August Washington left the Intermediate Nuclear Forces Treaty.", "2019-08-05", ["withdrawn United States Russia+United States 2019-08-02"]],
    ["Analysts discussed the Intermediate Nuclear Forces Treaty on Monday.", "2019-08-05", []],
    // a court ruling in favour of an agreement upholds it; ruling for someone who challenged it does not
    ["Croatia's top court ruled in favour of the border accord with Slovenia on Monday.", "2024-03-05", ["upheld - Croatia+Slovenia 2024-03-04"]],
    ["The court ruled in favour of the fishermen who had challenged the border accord between Croatia and Slovenia.", "2024-03-05", []],
    // one chamber's vote on a bill the report sends on to the other chamber is a step, not the ratification
    ["The lower house approved the ferry accord between Malta and Tunisia on Wednesday. The bill now passes to the Senate for a final vote.", "2024-03-07", []],
    ["The lower house approved the ferry accord between Malta and Tunisia on Wednesday.", "2024-03-07", ["ratified - Malta+Tunisia 2024-03-06"]],
    // the side whose body ratified: named before the verb, or the side the accord is not "with"; none when both act
    ["Malta's parliament ratified the ferry accord with Tunisia on Wednesday.", "2024-03-07", ["ratified Malta Malta+Tunisia 2024-03-06"]],
    ["Malta and Tunisia signed a ferry accord in January. The Senate on Thursday gave definitive approval to the government's migration accord with Tunisia.", "2024-03-08", ["signed - Malta+Tunisia 2024-01", "ratified Malta Malta+Tunisia 2024-03-07"]],
    ["Malta and Tunisia ratified the ferry accord on Wednesday.", "2024-03-07", ["ratified - Malta+Tunisia 2024-03-06"]],
    // a process begun in the same breath as a dated act starts that day; begun in another sentence, it is not dated by it
    ["Ottawa suspended the fishing pact with Norway on Friday and initiated the process to terminate it.", "2024-03-09", ["suspended Canada Canada+Norway 2024-03-08", "announced - Canada+Norway 2024-03-08"]],
    ["Ottawa suspended the fishing pact with Norway on Friday. Officials later began the process to terminate it.", "2024-03-09", ["suspended Canada Canada+Norway 2024-03-08", "announced - Canada+Norway -"]],
    // both sides' leaders approving a text conclude it; one side's cabinet approving it does not
    ["Kenya's president and Uganda's prime minister approved a rail deal on Tuesday.", "2024-03-06", ["signed - Kenya+Uganda 2024-03-05"]],
    ["Kenya's cabinet approved a rail deal with Uganda on Tuesday.", "2024-03-06", []],
    // a date in an absolute phrase after the deal ("with checks from Monday") dates that phrase, not the signing
    ["Spain and Morocco sealed a returns deal, with crossings to be checked from Monday.", "2024-03-09", ["signed - Morocco+Spain -"]],
    ["Spain and Morocco sealed a returns deal on Friday, with checks starting from Monday.", "2024-03-09", ["signed - Morocco+Spain 2024-03-08"]],
    // "a similar pact was signed with Panama": the same actor's other agreement; a semicolon ends its sentence's part
    ["The United States signed a trade pact with Chile on Monday. A similar pact was quietly signed with Panama last week; a broader agreement was previously sealed with Peru.", "2024-03-09", ["signed - Chile+United States 2024-03-04", "signed - Panama+United States 2024-W09", "signed - Peru+United States -"]],
    // a wish for a ratification is none (as the named reader reads "called for"); a ratification completed is one
    ["Russia and Ukraine signed a border treaty last May. In a joint statement, the two presidents called for the fastest possible ratification of the treaty.", "1998-02-27", ["signed - Russia+Ukraine 1997-05"]],
    ["Russia and Ukraine signed a border treaty last May. Ukraine's parliament completed the ratification of the treaty in January.", "1998-02-27", ["signed - Russia+Ukraine 1997-05", "ratified Ukraine Russia+Ukraine 1998-01"]],
    // a coordinate clause without a subject of its own shares the clause before's; an act said in the progressive is
    // dated by the verb of saying
    ["Moscow said on Tuesday that Russia was not leaving New START but was suspending its part in the pact.", "2023-02-22", ["suspended Russia Russia+United States 2023-02-21"]],
    ["Russia praised New START on Tuesday, but Washington later suspended its part in the pact.", "2023-02-22", ["suspended United States Russia+United States -"]],
    ["Moscow said on Tuesday that it had suspended its part in New START last year.", "2023-02-22", ["suspended Russia Russia+United States 2022"]],
    ["Putin says that Russia is suspending its participation in New START.", "2023-02-21", ["suspended Russia Russia+United States 2023-02-21"]],
    ["Putin says that Russia was suspending its participation in New START.", "2023-02-21", ["suspended Russia Russia+United States -"]],
    // a one-party act with no object, right after the agreement is named, is done to it when a state does it
    ["Critics attacked the Paris Agreement. Washington pulled out in 2020 and rejoined this year.", "2021-05-10", ["withdrawn United States - 2020", "rejoined United States - 2021"]],
    ["Critics attacked the Paris Agreement. The envoy withdrew in 2020.", "2021-05-10", []],
    ["Critics attacked the Paris Agreement. The U.S. withdrew troops from Syria in 2020.", "2021-05-10", []],
    ["Critics attacked the Paris Agreement and the Kyoto Protocol. The U.S. withdrew in 2020.", "2021-05-10", []],
    // "signed the final text": the text stands for the agreement just named, and the earlier conclusion was its announcement
    ["The EU and Japan agreed a trade pact in March. The two sides signed the final text last week.", "2021-05-10", ["announced - European Union+Japan 2021-03", "signed - European Union+Japan 2021-W18"]],
    ["The EU and Japan agreed a trade pact in March. Lawyers are still checking the final text.", "2021-05-10", ["signed - European Union+Japan 2021-03"]],
    // a title-case line of its own ending in "!" is a headline, no source; a sentence line ending in "!" still reports (in the lead, in the news present: the report's day)
    ["Climate news\n\nUnited States Withdraws From Paris Agreement!\n\nGreen groups criticised the move.", "2017-06-02", []],
    ["Climate news\n\nThe United States withdraws from the Paris Agreement!\n\nGreen groups criticised the move.", "2017-06-02", ["withdrawn United States - 2017-06-02"]],
    // "Friday's deal": a conclusion with no date of its own takes the day another mention of the deal carries; a
    // possessive date on another noun ("Friday's meeting on the deal") is that noun's
    ["Spain and Morocco sealed a returns deal. Friday's deal angered rights groups.", "2016-03-19", ["signed - Morocco+Spain 2016-03-18"]],
    ["Spain and Morocco sealed a returns deal. Rights groups will protest at Friday's meeting on the deal.", "2016-03-19", ["signed - Morocco+Spain -"]],
    // "two memoranda …, signed in March and May 2014 with Fiji and Samoa, respectively": one each, sides and dates in order
    ["Australia has long sent asylum seekers offshore. The terms were set out in two memoranda of understanding, signed in March and May 2014 with Fiji and Samoa, respectively.", "2021-09-24", ["signed - Australia+Fiji 2014-03", "signed - Australia+Samoa 2014-05"]],
    ["Australia has long sent asylum seekers offshore. The terms were set out in two memoranda of understanding, signed in 2014 with Fiji and Samoa.", "2021-09-24", []],
    // an agreement brought in unnamed is the one the next sentence opens by naming; not one named later in the sentence,
    // nor one whose kind the subject word contradicts
    ["Russia suspended its part in a nuclear treaty on Tuesday. The so-called New START was signed in 2010.", "2023-02-21", ["suspended Russia Russia+United States 2023-02-21", "signed - Russia+United States 2010"]],
    ["Russia suspended its part in a treaty on Tuesday. Critics said New START was dead.", "2023-02-21", []],
    ["Russia suspended its part in a trade agreement on Tuesday. The Paris Agreement was praised.", "2023-02-21", []],
    // a revision of the agreement just discussed is a separate signing between its sides; a "new" accord names no sides
    ["Chile and Peru signed a fisheries accord in May 2018. A revised accord was signed on Nov 24.", "2020-01-30", ["signed - Chile+Peru 2018-05", "signed - Chile+Peru 2019-11-24"]],
    ["Chile and Peru signed a fisheries accord in May 2018. A new accord was signed on Nov 24.", "2020-01-30", ["signed - Chile+Peru 2018-05"]],
    // a month joined to a month and year shares that year; across a comma and another side it does not
    ["Australia signed an accord with Fiji in March and April 2015.", "2021-09-24", ["signed - Australia+Fiji 2015-03"]],
    ["Australia signed an accord with Fiji in March, and Samoa in April 2015.", "2021-09-24", ["signed - Australia+Fiji 2021-03"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it("gives a ratification to the side of the official whose government ratified", () => {
    const text = "Tunisia and the European Union signed a migration memorandum in July. The government of President Kais Saied ratified the memorandum in October.";
    const at = text.indexOf("Kais Saied");
    const saied = { name: "Kais Saied", title: "President", country: "Tunisia", start: at, end: at + "Kais Saied".length };
    const got = (officials: never[]) => extractAgreementEvents(doc(text, "2023-11-01"), { officials }).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.date?.value ?? "-"}`);
    expect(got([saied] as never[])).toEqual(["signed - 2023-07", "ratified Tunisia 2023-10"]);
    // with no official known, no side is named
    expect(got([])).toEqual(["signed - 2023-07", "ratified - 2023-10"]);
  });
});

describe("agreement events: wordings from fresh reports on arms-control, nuclear and trade treaties (session 32, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  const BAN = "Treaty on the Prohibition of Nuclear Weapons";
  it.each([
    // an agreement that reaches something (an active verb with an object) is not concluded; the participle still is
    [`The ${BAN} reached the 50 ratifications it needed on Saturday.`, "2020-10-25", []],
    ["The Treaty of Good Neighbourliness reached in Minsk on Friday was praised.", "2001-07-16", ["signed - Treaty of Good Neighbourliness 2001-07-13"]],
    // a state's ratification told without its object stands on the treaty just named; with no state it is none
    [`Officials welcomed the ${BAN}. Belize ratified on Friday, a day after Fiji.`, "2020-10-25", [`ratified Belize ${BAN} 2020-10-23`]],
    [`Officials welcomed the ${BAN}. The draft was ratified on Friday.`, "2020-10-25", []],
    [`Officials welcomed the ${BAN}. Samoa and Tonga deposited their ratifications on Monday.`, "2020-10-25", [`ratified Samoa ${BAN} 2020-10-19`, `ratified Tonga ${BAN} 2020-10-19`]],
    // "became the 40th state to ratify" reports the act; a hope or a rule in the bare present does not
    [`The ${BAN} gained ground as Belize became the 40th state to ratify on Friday.`, "2020-10-25", [`ratified Belize ${BAN} 2020-10-23`]],
    [`The ${BAN} gained ground, and Belize hopes to ratify on Friday.`, "2020-10-25", []],
    [`The ${BAN} takes effect when 50 countries ratify it.`, "2020-10-25", []],
    // the states counted as those that have ratified are a tally of its parties; one state's perfect is its act
    [`The ${BAN} binds the 60 other states that have ratified it.`, "2020-10-25", []],
    [`Belize has ratified the ${BAN}.`, "2020-10-25", [`ratified Belize ${BAN} 2020-10-25`]],
    // a text approved by the General Assembly (or many nations at once) is adopted; a legislature's approval ratifies
    [`The ${BAN}, approved by 122 nations at the General Assembly in 2017, bans the bomb.`, "2020-10-25", [`signed - ${BAN} 2017`]],
    [`The ${BAN} was approved by the Senate in 2019.`, "2020-10-25", [`ratified - ${BAN} 2019`]],
    // a ratification revoked: by a law, or a bill the head of state signed, the state leaves; a bill passed by one chamber proposes it
    ["Moscow signed into law its de-ratification of the CTBT on November 2.", "2023-11-03", ["withdrawn Russia Comprehensive Nuclear-Test-Ban Treaty 2023-11-02"]],
    ["Putin signed a bill revoking Russia's ratification of the CTBT on Thursday.", "2023-11-03", ["withdrawn Russia Comprehensive Nuclear-Test-Ban Treaty 2023-11-02"]],
    ["The Duma passed a bill revoking Russia's ratification of the CTBT on Thursday.", "2023-11-03", []],
    // the actor is the subject of the verb's own clause, not every country before it; a listed pair acts together
    ["Russia broke the INF Treaty for years, and as such, the United States has withdrawn from the INF Treaty effective today.", "2019-08-02", ["withdrawn United States Intermediate-Range Nuclear Forces Treaty 2019-08-02"]],
    [`Jamaica and Nauru ratified the ${BAN} on Friday.`, "2020-10-25", [`ratified Jamaica ${BAN} 2020-10-23`, `ratified Nauru ${BAN} 2020-10-23`]],
    // a country governed by a preposition is not the actor when another is not; one state leaving a treaty of many ends it for that state only
    ["Russia's war against Ukraine and its withdrawal from the CFE treaty changed the circumstances, the alliance said.", "2023-11-08", ["withdrawn Russia Treaty on Conventional Armed Forces in Europe -"]],
    ["Backed by the United States, Ukraine withdrew from the CFE treaty on Friday.", "2023-11-08", ["withdrawn Ukraine Treaty on Conventional Armed Forces in Europe 2023-11-03"]],
    ["The United States withdrew from the INF Treaty on Friday.", "2019-08-03", ["withdrawn United States Intermediate-Range Nuclear Forces Treaty 2019-08-02"]],
    // a process told as it starts is announced that day; a possible one is nothing
    ["Moscow is now launching the procedures to withdraw from the Open Skies Treaty.", "2021-01-15", ["announced Russia Treaty on Open Skies 2021-01-15"]],
    ["Moscow could launch procedures to withdraw from the Open Skies Treaty.", "2021-01-15", []],
    // the day a notice takes effect does not date the notice
    ["Effective Saturday, the United States will begin the process of withdrawing from the INF Treaty.", "2019-02-01", ["announced United States Intermediate-Range Nuclear Forces Treaty -"]],
    // a relative clause, an apposition between commas or double dashes: the verb after it is still the subject's
    ["The CTBT, which bans all nuclear tests, was adopted in 1996.", "2020-01-01", ["signed - Comprehensive Nuclear-Test-Ban Treaty 1996"]],
    ["The TPP, a pact among 12 Pacific countries, was signed in February 2016.", "2020-01-01", ["signed - Trans-Pacific Partnership 2016-02"]],
    ["The INF Treaty -- a pact between Washington and Moscow -- expired in 2019.", "2020-01-01", ["terminated - Intermediate-Range Nuclear Forces Treaty 2019"]],
    ["The CTBT, which Russia ratified in 2000, was praised.", "2020-01-01", ["ratified Russia Comprehensive Nuclear-Test-Ban Treaty 2000"]],
    // an era word before the name, an acronym with a kind word after it, a country of four words inside the trigger
    ["Washington said on Friday it was withdrawing from the landmark Cold War INF missile treaty.", "2019-02-02", ["announced United States Intermediate-Range Nuclear Forces Treaty 2019-02-01"]],
    ["The order withdrew the United States of America from the Trans-Pacific Partnership on Monday.", "2017-01-24", ["withdrawn United States Trans-Pacific Partnership 2017-01-23"]],
    // a participle clause with its own subject ("meaning the agreement …") leaves the agreement the subject of its verb
    ["The CTBT was never popular. Several powers never ratified it, meaning the agreement never went into force.", "2023-11-03", ["never_implemented - Comprehensive Nuclear-Test-Ban Treaty -"]],
    ["The CTBT was praised, the treaty not being controversial.", "2023-11-03", []],
    // a party's leaving announced by its noun; the opening clause's year and trigger do not date the main clause
    ["The Open Skies Treaty is in trouble. After Washington announced its withdrawal last year, Moscow said in January that it had started procedures for its pullout from the treaty.", "2021-08-06", ["announced United States Treaty on Open Skies 2020", "announced Russia Treaty on Open Skies 2021-01"]],
    ["The Open Skies Treaty is in trouble. Analysts discussed its withdrawal clause.", "2021-08-06", []],
    // the agent named in apposition; an unnamed treaty described by a participle; an acronym in brackets after the name
    // (the lead's present perfect, "has been ratified", with no date in its sentence: the report's day, inferred)
    ["An international treaty banning landmines has been ratified by a 40th country, Belize, officials said. The Ottawa Treaty is next.", "2020-10-25", ["ratified Belize Ottawa Treaty 2020-10-25"]],
    [`The ${BAN} (TPNW) has been ratified by Belize and will enter into legal force on 22 January 2021.`, "2020-11-10", [`ratified Belize ${BAN} -`]],
    [`The ${BAN} will enter into full force on 22 January 2021.`, "2020-11-10", [`expected_in_force - ${BAN} 2021-01-22`]],
    // a year right before the name is the name's, not the event's
    ["Pompeo announced that Washington would suspend its obligations under the 1987 INF Treaty on Feb. 1.", "2019-02-12", ["announced United States Intermediate-Range Nuclear Forces Treaty 2019-02-01"]],
    // a state's participation ended, the state named by its possessive
    ["The president signed an order formally ending the United States' participation in the Trans-Pacific Partnership on Monday.", "2017-01-24", ["withdrawn United States Trans-Pacific Partnership 2017-01-23"]],
    ["The multilateral pact, which came into effect in 2002, lets members fly over each other. The Open Skies Treaty was praised.", "2021-08-06", ["entered_into_force - Treaty on Open Skies 2002"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: wordings from fresh reports on the ozone amendment, the CPTPP and the Minsk agreements (session 32, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.parties.join("+") || "-"} ${e.date?.value ?? "-"}`);
  const CPTPP = "Comprehensive and Progressive Agreement for Trans-Pacific Partnership";
  it.each([
    // a named amendment's long complement ("… on Substances that Deplete the Ozone Layer") still leaves it the subject
    ["The Kigali Amendment to the Montreal Protocol on Substances that Deplete the Ozone Layer entered into force on 1 January 2019.", "2019-01-03", ["entered_into_force - Kigali Amendment - 2019-01-01"]],
    // "the Amendment" for a named amendment; "the accords" only for an agreement named in the plural
    ["The Kigali Amendment was praised. The Amendment was adopted in Kigali on 15 October 2016.", "2017-12-06", ["signed - Kigali Amendment - 2016-10-15"]],
    ["The Minsk agreements were praised. But the accords were never implemented.", "2022-02-22", ["never_implemented - Minsk agreements - -"]],
    ["The Paris Agreement was praised. But the accords were never implemented.", "2022-02-22", []],
    // an agreement said to exist no longer is ended; a present passive of "implemented" reports nothing
    ["Putin said on Tuesday that the Minsk agreements no longer exist.", "2022-02-23", ["terminated - Minsk agreements - 2022-02-22"]],
    ["Officials want to ensure the Paris Agreement is implemented by every party.", "2022-02-23", []],
    // an accession: its protocol signed, its instrument deposited (the depositing state's act)
    ["The minister signed the accession protocol to the CPTPP in Auckland on Sunday.", "2023-07-17", [`signed - ${CPTPP} - 2023-07-16`]],
    ["Today the UK announced the deposit of its instrument of accession to the CPTPP.", "2024-05-17", [`ratified United Kingdom ${CPTPP} - 2024-05-17`]],
    // the signing that formalises a text reached earlier: that reaching was its agreement, not a signing
    ["Britain signed the CPTPP protocol on Sunday. The signing is the formal confirmation of the CPTPP deal which was reached in March.", "2023-07-17", [`signed - ${CPTPP} - 2023-07-16`, `announced - ${CPTPP} - 2023-03`]],
    // an act ahead with its reporting clause after it is announced; with a condition it is nothing
    ["Canada will formally withdraw from the Kyoto Protocol, the minister has said.", "2011-12-13", ["announced Canada Kyoto Protocol - -"]],
    ["Canada will formally withdraw from the Kyoto Protocol if talks fail.", "2011-12-13", []],
    // a demonym before a place noun is where, not a side
    ["Peru signed the fishing accord in the Bolivian capital on Friday.", "2020-01-30", []],
    ["Chile signed a fishing accord on the Peruvian border on Friday.", "2020-01-30", []],
    ["Chile signed a fishing accord with Peru in the Bolivian capital on Friday.", "2020-01-30", ["signed - accord Chile+Peru 2020-01-24"]],
    // a registry name as news also write it, in the singular
    ["The historic Abraham Accord was signed on Tuesday by Israel, Bahrain and the UAE.", "2020-09-16", ["signed - Abraham Accords - 2020-09-15"]],
    // a relative clause past an acronym in brackets; a fronted participle after another one and "and"
    ["The Energy Charter Treaty (ECT), which entered into force in 1998, protects investors.", "2024-05-31", ["entered_into_force - Energy Charter Treaty - 1998"]],
    ["Introduced in 2011 and ratified in 2012, the Istanbul Convention targets violence.", "2021-04-30", ["ratified - Istanbul Convention - 2012"]],
    ["Drafted in 2010, the Istanbul Convention targets violence.", "2021-04-30", []],
    // a state's leaving announced under its possessive; an annulment by the government's decree is its leaving, by a court a ruling
    ["On Saturday the president announced Turkey's withdrawal from the Istanbul Convention.", "2021-03-22", ["announced Turkey Istanbul Convention - 2021-03-20"]],
    ["The Istanbul Convention, which was annulled with a decree on March 19, expires in July.", "2021-04-30", ["withdrawn - Istanbul Convention - 2021-03-19"]],
    ["The Istanbul Convention, which the court annulled on March 19, expires in July.", "2021-04-30", ["ruled_unlawful - Istanbul Convention - 2021-03-19"]],
    // a state's leaving proposed by its noun; its leaving that "took effect" is the leaving's date, not an entry into force
    ["The European Commission proposed the joint withdrawal of all EU member states from the Energy Charter Treaty on Friday.", "2023-07-07", ["proposed European Union Energy Charter Treaty - 2023-07-07"]],
    ["On 7 July 2023, the Commission submitted a proposal for a Council decision on the withdrawal of the Union from the Energy Charter Treaty.", "2024-06-27", ["proposed - Energy Charter Treaty - 2023-07-07"]],
    ["The withdrawal of Canada from the Kyoto Protocol took effect in December 2012.", "2013-01-10", ["withdrawn Canada Kyoto Protocol - 2012-12"]],
    ["The Kyoto Protocol took effect in February 2005.", "2013-01-10", ["entered_into_force - Kyoto Protocol - 2005-02"]],
    ["The withdrawal of US troops from the Doha Agreement area was discussed.", "2021-01-10", []],
    // an announcement told six months on: dated by its own time word, not by the next clause's "today", when the leaving takes effect
    ["Six months ago, I announced that the United States was withdrawing from the 1972 Anti-Ballistic Missile Treaty, and today that withdrawal formally takes effect.", "2002-06-13", ["announced United States Anti-Ballistic Missile Treaty Russia+United States 2001-12", "withdrawn - Anti-Ballistic Missile Treaty Russia+United States 2002-06-13"]],
    ["The ABM Treaty allows either side to leave; the withdrawal takes effect six months after notice.", "2002-06-13", []],
    // "will be withdrawing …, the president has said"; "signed on to" the treaty
    ["The United States will be withdrawing its signature from the Arms Trade Treaty, the president has said.", "2019-04-26", ["announced United States Arms Trade Treaty - -"]],
    ["The US signed on to the Arms Trade Treaty in 2013.", "2019-04-26", ["signed United States Arms Trade Treaty - 2013"]],
    // a treaty open to every state is signed state by state: the one signing state is the signing's party; an accord
    // its sides made together (no `open` in the registry) keeps no party, nor does a signing with no state named
    ["Ghana signed the Chemical Weapons Convention in 1993.", "2020-01-10", ["signed Ghana Chemical Weapons Convention - 1993"]],
    ["Austria and Mexico signed the Treaty on the Prohibition of Nuclear Weapons in 2017.", "2020-01-10", ["signed Austria Treaty on the Prohibition of Nuclear Weapons - 2017", "signed Mexico Treaty on the Prohibition of Nuclear Weapons - 2017"]],
    ["The Chemical Weapons Convention was signed in Paris in 1993.", "2020-01-10", ["signed - Chemical Weapons Convention - 1993"]],
    ["Bosnia signed the Dayton Agreement in Paris in December 1995.", "2020-01-10", ["signed - Dayton Agreement - 1995-12"]],
    ["Iran signed the JCPOA in Vienna in July 2015.", "2020-01-10", ["signed - Joint Comprehensive Plan of Action - 2015-07"]],
    // an act noun owned by any state at all ("a country's withdrawal", "a member's exit") is a rule of the treaty, no event;
    // one owned by a named state, or by "the country" of the text, is that act
    ["A country's withdrawal from the Rome Statute takes effect one year after it notifies the UN.", "2025-09-23", []],
    ["Under the treaty, a state's exit from the Chemical Weapons Convention becomes effective 90 days after notice.", "2025-09-23", []],
    ["Burundi's withdrawal from the Rome Statute took effect in October 2017.", "2025-09-23", ["withdrawn Burundi Rome Statute - 2017-10"]],
    ["Ghana's ratification of the Paris Agreement came in 2016.", "2020-01-10", ["ratified Ghana Paris Agreement - 2016"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: clause structure and party lists from fresh reports on mine-ban, ocean, test-ban and arms treaties (session 33, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  const MINES = "Ottawa Treaty";
  const SEAS = "High Seas Treaty";
  it.each([
    // the verb after a long apposition is still the subject's, and its schedule (not the aside) is read; a modal after it is nothing
    [`The ${SEAS}, the first binding pact to guard sea life beyond the waters any state controls, will enter into force in January 2026.`, "2025-09-20", [`expected_in_force - ${SEAS} 2026-01`]],
    [`The ${SEAS}, a pact long in the making, could enter into force in 2026.`, "2025-09-20", []],
    // "become (legally) effective" is an entry into force: on a schedule it is expected, under a condition nothing
    [`The ${SEAS} will become legally effective on 17 January 2026.`, "2025-09-20", [`expected_in_force - ${SEAS} 2026-01-17`]],
    [`The ${SEAS} would become effective once 60 states ratify it.`, "2025-09-20", []],
    // instruments of ratification deposited with no object stand on the treaty just named
    [`Officials hailed the ${SEAS}. Chile and Peru deposited their instruments of ratification at the United Nations on Monday.`, "2025-09-20", [`ratified Chile ${SEAS} 2025-09-15`, `ratified Peru ${SEAS} 2025-09-15`]],
    // a notice handed in on the leaving is its announcement; another paper handed in leaves the leaving done
    [`On June 27, Latvia handed over a note to the UN Secretary-General on its withdrawal from the Ottawa Convention.`, "2025-07-01", [`announced Latvia ${MINES} 2025-06-27`]],
    [`Latvia submitted a report on mines, then withdrew from the Ottawa Convention on Saturday.`, "2025-07-01", [`withdrawn Latvia ${MINES} 2025-06-28`]],
    // a counted group of states is the last list of that many countries before it; with no such list, no party
    [`Finland, Norway and Sweden met in Oslo. On Monday the three Nordic countries gave notice of their withdrawal from the Ottawa Convention.`, "2025-03-05", [`announced Finland ${MINES} 2025-03-03`, `announced Norway ${MINES} 2025-03-03`, `announced Sweden ${MINES} 2025-03-03`]],
    [`Finland and Norway met in Oslo. On Monday the three Nordic countries gave notice of their withdrawal from the Ottawa Convention.`, "2025-03-05", [`announced - ${MINES} 2025-03-03`]],
    // "respectively": as many dates as parties pair in order; a shorter list of dates pairs nothing
    [`Chile, Peru and Ecuador ratified the Ottawa Convention in 2001, 2002 and 1999, respectively.`, "2025-03-05", [`ratified Chile ${MINES} 2001`, `ratified Peru ${MINES} 2002`, `ratified Ecuador ${MINES} 1999`]],
    [`Chile, Peru and Ecuador ratified the Ottawa Convention in 2001 and 2002, respectively.`, "2025-03-05", [`ratified Chile ${MINES} 2001`, `ratified Peru ${MINES} 2001`, `ratified Ecuador ${MINES} 2001`]],
    // a lede's present perfect takes the body's day for the same act in the week before the report; an older day it does not
    [`Chile and Peru have officially withdrawn from the Ottawa Convention.\n\nLIMA, May 4 — Chile and Peru on Saturday withdrew from the Ottawa Convention.`, "2025-05-04", [`withdrawn Chile ${MINES} 2025-05-03`, `withdrawn Peru ${MINES} 2025-05-03`, `withdrawn Chile ${MINES} 2025-05-03`, `withdrawn Peru ${MINES} 2025-05-03`]],
    [`Chile and Peru have officially withdrawn from the Ottawa Convention.\n\nLIMA, May 4 — Chile and Peru on April 12 withdrew from the Ottawa Convention.`, "2025-05-04", [`withdrawn Chile ${MINES} 2025-05-04`, `withdrawn Peru ${MINES} 2025-05-04`, `withdrawn Chile ${MINES} 2025-04-12`, `withdrawn Peru ${MINES} 2025-04-12`]],
    // the rule of the text after an opening that cites the rules is no event; a state's own leaving after "according to officials" is
    [`According to the rules of the Ottawa Convention, withdrawal from it takes effect six months after notice.`, "2025-05-04", []],
    [`According to officials, Chile's withdrawal from the Ottawa Convention took effect on Friday.`, "2025-05-04", [`withdrawn Chile ${MINES} 2025-05-02`]],
    // a described deal's tally of repeated extensions is no extension; one dated extension is
    [`Russia and Ukraine signed a grain accord in 2022. It had been extended several times, but was due to expire on Monday.`, "2023-07-17", ["signed - accord 2022"]],
    [`Russia and Ukraine signed a grain accord in 2022. It had been extended in March, but was due to expire on Monday.`, "2023-07-17", ["signed - accord 2022", "expanded - accord 2023-03"]],
    // a date inside an aside the subject's schedule opens is the aside's; the date an extension runs to is the new term's end
    ["New START was signed in 2010. The treaty, due to expire on Friday, was extended on Wednesday.", "2021-02-03", ["signed - New START 2010", "expanded - New START 2021-02-03"]],
    ["New START was signed in 2010. The treaty, due to expire on Friday, was extended to Feb. 5, 2026.", "2021-02-03", ["signed - New START 2010", "expanded - New START -"]],
    ["New START was signed in 2010. The treaty was extended by five years to February 2026.", "2021-02-03", ["signed - New START 2010", "expanded - New START -"]],
    // a lede in the news present is the report's day; a present that is a rule ("when …") is not
    ["Russia suspends its participation in New START. Putin said so in a speech.", "2023-02-21", ["suspended Russia New START 2023-02-21"]],
    ["Russia suspends its participation in New START when the US tests a weapon.", "2023-02-21", ["suspended Russia New START -"]],
    // the other side of a noun before the verb ("the INF agreement with Russia") is named, it does not act
    ["Trump's record includes pulling out of the INF agreement with Russia and leaving the Iran deal.", "2020-01-10", ["withdrawn - Intermediate-Range Nuclear Forces Treaty -", "withdrawn - Joint Comprehensive Plan of Action -"]],
    ["After talks with Iran, Russia withdrew from the Open Skies Treaty on Thursday.", "2020-01-10", ["withdrawn Russia Treaty on Open Skies 2020-01-09"]],
    // a memorandum one government issues is no agreement; one two states sign is
    ["Chile signed a presidential memorandum on Peru on Friday.", "2025-05-04", []],
    ["Chile and Peru signed a memorandum on fisheries on Friday.", "2025-05-04", ["signed - memorandum 2025-05-02"]],
    // a leaving announced by its noun with the day between the verb and its object; reported in a that-clause it is done
    ["President Lopez announced on Tuesday Chile's withdrawal from the Ottawa Convention.", "2025-05-07", [`announced Chile ${MINES} 2025-05-06`]],
    ["The minister stated that Chile withdrew from the Ottawa Convention on Friday.", "2025-05-07", [`withdrawn Chile ${MINES} 2025-05-02`]],
    // the act as the subject of a reported clause's predicate is talked about
    ["The minister stated that withdrawing from the Ottawa Convention was crucial.", "2025-05-07", []],
    // a ratification by a count of states is a tally; by a state, its act
    ["The Ottawa Convention has been ratified by 164 countries.", "2026-01-16", []],
    ["The Ottawa Convention has been ratified by Chile.", "2026-01-16", [`ratified Chile ${MINES} 2026-01-16`]],
    // the count on a given day ("as of", "to date") is a status; a state that completed its ratification acted
    ["As of Monday, Chile, Peru, Bolivia and Ecuador have ratified the Ottawa Convention, officials said.", "2026-01-16", []],
    ["On Monday, Chile and Peru ratified the Ottawa Convention, officials said.", "2026-01-16", [`ratified Chile ${MINES} 2026-01-12`, `ratified Peru ${MINES} 2026-01-12`]],
    ["Chile completed the ratification for the Ottawa Convention in March, the first in its region.", "2026-06-16", [`ratified Chile ${MINES} 2026-03`]],
    // a progressive with a day still ahead is the arrangement's day; the announcement is dated by its saying
    [`"Chile is withdrawing from the Ottawa Convention on February 20," the minister said.`, "2026-01-16", [`announced Chile ${MINES} -`]],
    [`"Chile is withdrawing from the Ottawa Convention," the minister said on Tuesday.`, "2026-01-16", [`announced Chile ${MINES} 2026-01-13`]],
    // "reenter" written without its hyphen is a rejoining; a promise of it is nothing
    ["The United States reentered the Paris Agreement on Friday.", "2021-02-20", ["rejoined United States Paris Agreement 2021-02-19"]],
    ["Biden will reenter the Paris Agreement if elected.", "2020-10-01", []],
    // a peace declaration two states sign is their agreement; one state's declaration is none
    ["Armenia and Azerbaijan signed a historic peace declaration at the White House on Friday.", "2025-08-09", ["signed - peace declaration 2025-08-08"]],
    ["Armenia issued a peace declaration on Friday.", "2025-08-09", []],
    // a fronted participle whose date has its own comma, on the agreement named later in the sentence; without a date it still links
    ["The Belfast Agreement was a landmark. Signed on April 10, 1998, the accord, which became known as the Good Friday Agreement, set out a framework.", "2023-04-07", ["signed - Good Friday Agreement 1998-04-10"]],
    ["Signed in Belfast, the Good Friday Agreement set out a framework.", "2023-04-07", ["signed - Good Friday Agreement -"]],
    // an instrument deposited "with" the depositary, no object after it, stands on the treaty just named
    ["The Chemical Weapons Convention bans gas. Syria deposited its instrument of accession with the UN Secretary-General on September 14.", "2013-10-15", ["ratified Syria Chemical Weapons Convention 2013-09-14"]],
    // "the 190th country to join" reports the joining; a hope to join, or joining as a rule, does not
    ["The Chemical Weapons Convention bans gas. Syria is the 190th country to join the convention.", "2013-09-15", ["ratified Syria Chemical Weapons Convention -"]],
    ["The Chemical Weapons Convention bans gas. Syria hopes to join the convention.", "2013-09-15", []],
    ["Countries that join the Chemical Weapons Convention must destroy their stocks.", "2013-09-15", []],
    // a time adverb between the verb and its object
    ["Izetbegovic, Tudjman and Milosevic initialled 24 years ago the Dayton Peace Agreement, a treaty which ended the war.", "2019-11-21", ["announced - Dayton Agreement 1995"]],
    ["Serbia signed on Friday the Dayton Peace Agreement.", "2019-11-21", ["signed - Dayton Agreement 2019-11-15"]],
    // a day and month with "in" and a year after them are that year's day; with a place after "in", the report's year (not after it)
    ["The Dayton Agreement was officially signed on the 14th of December in 1995 at the Elysee Palace.", "2013-11-21", ["signed - Dayton Agreement 1995-12-14"]],
    ["The Dayton Agreement was officially signed on the 14th of December in Paris.", "2013-11-21", ["signed - Dayton Agreement -"]],
    // a state's act ahead said for it by name is announced; with a condition after it, or an agreement as the subject, it is not
    ["Kosiniak-Kamysz told reporters on Tuesday that Poland would leave the Ottawa Convention as well.", "2025-03-19", [`announced Poland ${MINES} 2025-03-18`]],
    ["Kosiniak-Kamysz said Poland would leave the Ottawa Convention if Russia attacked.", "2025-03-19", []],
    ["Critics said the Ottawa Convention would be scrapped.", "2025-03-19", []],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it("reads an acronym's name under any generic noun, and a place's name under none but its own", () => {
    expect(index.find("Morocco ratified the BBNJ Treaty.").map((h) => h.agreement.name)).toEqual([SEAS]);
    expect(index.find("Washington left the INF agreement.").map((h) => h.agreement.name)).toEqual(["Intermediate-Range Nuclear Forces Treaty"]);
    expect(index.find("Delegates recalled the Paris Treaty of 1951.").map((h) => h.agreement.name)).toEqual([]);
  });
});

describe("agreement events: ratified extensions, hosts and brokers, reversed leavings (session 33 round 2, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  const sides = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.date?.value ?? "-"}`);
  it.each([
    // a ratification whose object is the extension is a ratification, by the subject; the extension itself is not the subject's
    ["New START was signed in 2010. Last week, Moscow ratified the extension of the treaty.", "2021-02-04", ["signed - New START 2010", "ratified Russia New START 2021-W04"]],
    ["New START was signed in 2010. On January 29, Russia adopted a law ratifying the protocol on the extension of the New START treaty.", "2021-02-04", ["signed - New START 2010", "ratified Russia New START 2021-01-29"]],
    ["New START was signed in 2010. Last week, Moscow welcomed the extension of the treaty.", "2021-02-04", ["signed - New START 2010", "expanded - New START 2021-W04"]],
    // a leaving reversed is a rejoining; a leaving completed stays a leaving
    ["Washington left the Paris Agreement in 2017. The new administration of the United States reversed the withdrawal from the Paris Agreement in 2021.", "2025-01-21", ["withdrawn United States Paris Agreement 2017", "rejoined United States Paris Agreement 2021"]],
    ["Washington left the Paris Agreement in 2017. The United States completed its withdrawal from the Paris Agreement in 2020.", "2025-01-21", ["withdrawn United States Paris Agreement 2017", "withdrawn United States Paris Agreement 2020"]],
    // the initials of the body whose treaty it is, before its name, stand between the verb and its object; "the UN and" do not
    ["Chile on Saturday became the 50th country to ratify the UN Treaty on the Prohibition of Nuclear Weapons.", "2020-10-25", ["ratified Chile Treaty on the Prohibition of Nuclear Weapons 2020-10-24"]],
    ["Chile joined the UN and praised the Treaty on the Prohibition of Nuclear Weapons.", "2020-10-25", []],
    // an entry into force for one state is that state's; the treaty's own entry into force has no party
    ["The Chemical Weapons Convention entered into force for Syria on Monday.", "2013-10-15", ["entered_into_force Syria Chemical Weapons Convention 2013-10-14"]],
    ["The Chemical Weapons Convention entered into force in 1997 for all its parties.", "2013-10-15", ["entered_into_force - Chemical Weapons Convention 1997"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it.each([
    // the host of the summit where two states signed is no side; a state named as a signer after "where" is one
    ["Canada said Peru and Chile were ready as it hosted a summit where the two leaders signed a fisheries agreement on Friday.", "2025-08-09", ["signed Chile+Peru 2025-08-08"]],
    ["Canada hosted a summit where Canada and Peru signed a fisheries agreement on Friday.", "2025-08-09", ["signed Canada+Peru 2025-08-08"]],
    // a described deal's ratified extension is a ratification by the subject; a welcomed one stays an extension
    ["Chile and Peru signed a fisheries agreement in 2020. Last week, Peru ratified the extension of the agreement.", "2025-08-09", ["signed Chile+Peru 2020", "ratified Chile+Peru 2025-W31"]],
    ["Chile and Peru signed a fisheries agreement in 2020. Last week, Peru welcomed the extension of the agreement.", "2025-08-09", ["signed Chile+Peru 2020", "expanded Chile+Peru 2025-W31"]],
    ["Canada and Peru met in Lima and signed a fisheries agreement on Friday.", "2025-08-09", ["signed Canada+Peru 2025-08-08"]],
    // a state joined to a broker's participle ("Canadian-brokered") brokered the deal, it is no side of it
    ["Chile and Peru signed a fisheries agreement on Friday. The leaders hailed a Canada-brokered fisheries agreement signed on Friday.", "2025-08-09", ["signed Chile+Peru 2025-08-08", "signed Chile+Peru 2025-08-08"]],
    ["Chile and Peru signed a fisheries agreement on Friday. The leaders hailed a Canada-Chile fisheries agreement signed on Friday.", "2025-08-09", ["signed Chile+Peru 2025-08-08", "signed Canada+Chile 2025-08-08"]],
    // a news agency cited as the source, with a country in its name or as its owner, is no side
    ["According to Agence France-Presse, Chile and Peru signed a fisheries agreement on Friday.", "2025-08-09", ["signed Chile+Peru 2025-08-08"]],
    ["As Japan's Kyodo News and Turkey's Anadolu Agency reported, Chile and Peru signed a fisheries agreement on Friday.", "2025-08-09", ["signed Chile+Peru 2025-08-08"]],
    ["China's official news agency Xinhua said Chile and Peru signed a fisheries agreement on Friday.", "2025-08-09", ["signed Chile+Peru 2025-08-08"]],
    // a country before a government body, not an outlet, still acts
    ["Japan's foreign ministry said Japan and Peru signed a fisheries agreement on Friday.", "2025-08-09", ["signed Japan+Peru 2025-08-08"]],
    ["Japan and Peru signed a fisheries agreement on Friday, Kyodo News reported.", "2025-08-09", ["signed Japan+Peru 2025-08-08"]],
  ])("%j", (text, published, want) => {
    expect(sides(text, published)).toEqual(want);
  });
});

describe("agreement events: bodies a treaty founds, bills passed, immediate exits, agreed texts (session 34, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  const MINES = "Ottawa Treaty";
  const ROME = "Rome Statute";
  it.each([
    // leaving or joining a body the treaty founds is leaving or joining the treaty
    ["Chile withdrew from the International Criminal Court on Monday.", "2025-06-04", [`withdrawn Chile ${ROME} 2025-06-02`]],
    ["Peru pulled out of the World Health Organization in 2024.", "2025-06-04", ["withdrawn Peru Constitution of the World Health Organization 2024"]],
    ["Sweden formally joined NATO on Thursday.", "2024-03-09", ["ratified Sweden North Atlantic Treaty 2024-03-07"]],
    ["Chile, Peru and Ecuador announced their withdrawal from ECOWAS in 2024.", "2025-01-30", ["announced Chile Revised ECOWAS Treaty 2024", "announced Peru Revised ECOWAS Treaty 2024", "announced Ecuador Revised ECOWAS Treaty 2024"]],
    // the definite head of a body's name ("the court", "the organisation", "the community") stands for the body named before it
    ["The International Criminal Court opened a case in 2024. Chile's lawmakers voted on Tuesday to withdraw from the court.", "2025-06-04", [`withdrawn Chile ${ROME} 2025-06-03`]],
    ["Peru criticised the World Health Organization for years and left the organisation in 2024.", "2025-06-04", ["withdrawn Peru Constitution of the World Health Organization 2024"]],
    ["Chile, Peru and Ecuador named the Economic Community of West African States a tool of others. In January Chile and Peru withdrew from the community.", "2025-06-04", ["withdrawn Chile Revised ECOWAS Treaty 2025-01", "withdrawn Peru Revised ECOWAS Treaty 2025-01"]],
    // with no body named before, a court with a name of its own, or the head as an attribute, it stands for nothing
    ["Chile's lawmakers voted on Tuesday to withdraw from the court.", "2025-06-04", []],
    ["The International Criminal Court opened a case. Chile withdrew from the Court of Arbitration on Tuesday.", "2025-06-04", []],
    ["The International Criminal Court opened a case. Under the court's rules, Chile's exit takes a year.", "2025-06-04", []],
    // the body's own acts, or the body as an antecedent, are no event of the treaty
    ["The International Criminal Court issued an arrest warrant on Monday.", "2025-06-04", []],
    ["ECOWAS suspended Mali in 2021 and the WTO adopted new rules in June.", "2025-06-04", []],
    ["The World Health Organization met in Geneva. The agreement was signed on Friday.", "2025-06-04", []],
    // the body's name as a modifier ("the NATO summit"), or something else taken out of it ("its troops"), is no leaving or joining
    ["Trump left the NATO summit early on Thursday.", "2025-06-04", []],
    ["The United States withdrew its troops from NATO in 2025.", "2025-06-04", []],
    ["Washington withdrew funding from the WHO in April.", "2025-06-04", []],
    ["Finland joined NATO allies in condemning the strike.", "2025-06-04", []],
    ["Finland joined NATO on Tuesday.", "2025-06-04", ["ratified Finland North Atlantic Treaty 2025-06-03"]],
    // a bill a legislature passed is its act; one debated, only proposed or still to be passed is not
    [`Chile's parliament approved a bill to withdraw from the Ottawa Convention on Tuesday.`, "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-03`]],
    [`Peru's lawmakers passed legislation ratifying the Ottawa Convention on Friday.`, "2025-06-04", [`ratified Peru ${MINES} 2025-05-30`]],
    [`Chile's parliament debated a bill to withdraw from the Ottawa Convention on Tuesday.`, "2025-06-04", []],
    [`Chile's parliament could pass a bill to withdraw from the Ottawa Convention.`, "2025-06-04", []],
    // a withdrawal announced with immediate effect is done; announced alone it is only announced
    ["Chile announced its immediate withdrawal from the Ottawa Convention on Sunday.", "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-01`]],
    ["Chile announced its withdrawal from the Ottawa Convention with immediate effect.", "2025-06-04", [`withdrawn Chile ${MINES} -`]],
    ["Chile announced its withdrawal from the Ottawa Convention on Sunday.", "2025-06-04", [`announced Chile ${MINES} 2025-06-01`]],
    // an exit announced or decided as immediate, before the verb or after the object, is done; a later, possible or conditional one is not
    ["Chile and Peru announced on Sunday that they will immediately withdraw from the Ottawa Convention.", "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-01`, `withdrawn Peru ${MINES} 2025-06-01`]],
    ["Chile has decided to immediately withdraw from the Ottawa Convention.", "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-04`]],
    [`Chile announced on Sunday it would be leaving the Ottawa Convention "without delay", citing threats on its border.`, "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-01`]],
    ["Chile announced on Sunday it would leave the Ottawa Convention next year.", "2025-06-04", [`announced Chile ${MINES} 2025-06-01`]],
    ["Chile announced on Sunday it could immediately withdraw from the Ottawa Convention.", "2025-06-04", [`announced Chile ${MINES} 2025-06-01`]],
    ["Chile announced on Sunday it would leave the Ottawa Convention immediately if Peru attacked.", "2025-06-04", []],
    ["Chile announced on Sunday it would leave the Ottawa Convention and immediately rearm.", "2025-06-04", [`announced Chile ${MINES} 2025-06-01`]],
    ["Chile threatened to immediately withdraw from the Ottawa Convention.", "2025-06-04", []],
    // an exit weighed is no event, one put before a legislature as a bill is announced; a passed bill or a done exit stays done
    ["Chile is also considering withdrawing from the Ottawa Convention.", "2025-06-04", []],
    ["Chile is weighing a possible exit from the Ottawa Convention.", "2025-06-04", []],
    ["Chile's foreign ministry submitted to parliament the bill on the country's withdrawal from the Ottawa Convention.", "2025-06-04", [`announced Chile ${MINES} -`]],
    ["Chile's cabinet tabled a motion to withdraw from the Ottawa Convention on Monday.", "2025-06-04", [`announced Chile ${MINES} 2025-06-02`]],
    ["Chile withdrew from the Ottawa Convention on Monday, considering it outdated.", "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-02`]],
    ["Chile's parliament approved a bill on withdrawing from the Ottawa Convention on Tuesday.", "2025-06-04", [`withdrawn Chile ${MINES} 2025-06-03`]],
    // the governments in a list of states act; a meeting place after "in" acts for nobody
    ["The governments in Chile, Peru and Ecuador announced their immediate withdrawal from the Ottawa Convention.", "2025-06-04", [`withdrawn Chile ${MINES} -`, `withdrawn Peru ${MINES} -`, `withdrawn Ecuador ${MINES} -`]],
    ["Peru's delegates gathered in Chile and withdrew from the Ottawa Convention on Sunday.", "2025-06-04", [`withdrawn Peru ${MINES} 2025-06-01`]],
    // the text of an agreement finalised is its wording agreed, not its adoption; the agreement finalised is concluded
    ["The text of the pandemic agreement was finalised last month.", "2025-05-19", ["announced - WHO Pandemic Agreement 2025-04"]],
    ["The pandemic agreement was finalised last month.", "2025-05-19", ["signed - WHO Pandemic Agreement 2025-04"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it("finds a body's name only as a body, never as the treaty's own name", () => {
    expect(index.find("Hungary left the ICC.").map((h) => `${h.agreement.name} ${h.body}`)).toEqual(["Rome Statute true"]);
    expect(index.find("Hungary left the Rome Statute.").map((h) => `${h.agreement.name} ${h.body}`)).toEqual(["Rome Statute false"]);
    expect(index.byName("ICC")).toBeNull();
    expect(index.find("the icc met").length).toBe(0);
  });
});

describe("agreement events: acceptances, statements that carry words, entry into force at signature, exits told ahead, tallies and ordinals (sessions 34 and 35, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  const sides = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.date?.value ?? "-"}`);
  const MINES = "Ottawa Treaty";
  it.each([
    // acceptance, the word some treaties use for ratification: formal, by a state, or its instrument
    ["Chile formally accepted the Ottawa Convention in 2003.", "2025-06-04", [`ratified Chile ${MINES} 2003`]],
    ["On May 2 the treaty office received Peru's instrument of acceptance of the Ottawa Convention.", "2025-06-04", [`ratified Peru ${MINES} 2025-05-02`]],
    ["With Chile's formal acceptance of the Ottawa Convention, the count rose to forty.", "2025-06-04", [`ratified Chile ${MINES} -`]],
    ["Chile accepted criticism of the Ottawa Convention in 2003.", "2025-06-04", []],
    ["Members must formally accept the Ottawa Convention before it binds them.", "2025-06-04", []],
    // a depositary receiving instruments from states: the states after "from" ratified the treaty just named
    [`Chile ratified the Ottawa Convention in 2001. On Monday the UN chief received the instruments of ratification from Peru and Ecuador.`, "2025-06-04", [`ratified Chile ${MINES} 2001`, `ratified Peru ${MINES} 2025-06-02`, `ratified Ecuador ${MINES} 2025-06-02`]],
    [`Chile ratified the Ottawa Convention in 2001. On Monday the UN chief received the instruments of ratification from the embassy in Geneva.`, "2025-06-04", [`ratified Chile ${MINES} 2001`]],
    // session 35: wordings from fresh reports on treaty exits and ratifications
    // an act ahead with its reporting clause after it, the telling's time or hearer after the verb
    ["Chile will formally leave the Kyoto Protocol, an aide told reporters on Tuesday, the first such step.", "2012-03-08", ["announced Chile Kyoto Protocol 2012-03-06"]],
    ["Chile is to withdraw from the Kyoto Protocol, its cabinet announced last night.", "2012-03-08", ["announced Chile Kyoto Protocol 2012-03-07"]],
    // a relative clause after the act is no reporting clause; nor is a telling with a long complement
    ["Chile will formally leave the Kyoto Protocol, which an aide told reporters was a blunder.", "2012-03-08", []],
    ["Chile will formally leave the Kyoto Protocol if the talks collapse, an aide told reporters.", "2012-03-08", []],
    // a closed-up spelling of a hyphenated registry name is that treaty, not a deal between the countries around it
    ["Peru said on Friday it was leaving the Nuclear Nonproliferation Treaty, Chile's envoy told reporters.", "2005-04-09", ["announced Peru Treaty on the Non-Proliferation of Nuclear Weapons 2005-04-08"]],
    // a leaving said to be for a time is a suspension; the adverb elsewhere in the sentence changes nothing
    ["The Open Skies Treaty was praised. Chile temporarily withdrew from the treaty in 2009.", "2020-01-10", ["suspended Chile Treaty on Open Skies 2009"]],
    ["The Open Skies Treaty was praised. Chile withdrew from the treaty in 2009 and temporarily closed its airspace.", "2020-01-10", ["withdrawn Chile Treaty on Open Skies 2009"]],
    // a legislature's vote with its tally before the infinitive is its act; a vote to do something else is none
    ["On March 3, 2021, Congress voted 70 to 25 to ratify the Kigali Amendment to the Montreal Protocol.", "2021-03-20", ["ratified United States Kigali Amendment 2021-03-03"]],
    ["The Sejm voted 301-150 on Tuesday to ratify the Kigali Amendment.", "2021-03-20", ["ratified Poland Kigali Amendment 2021-03-16"]],
    ["Congress voted 70 to 25 to debate whether to ratify the Kigali Amendment.", "2021-03-20", []],
    // a passive signing "on behalf of" a state is that state's; on behalf of no state, no party
    ["The CTBT was praised. The treaty was signed on behalf of Chile on May 4, 1997 in New York.", "2023-11-02", ["signed Chile Comprehensive Nuclear-Test-Ban Treaty 1997-05-04"]],
    ["The CTBT was praised. The treaty was signed in New York on behalf of the conference.", "2023-11-02", ["signed - Comprehensive Nuclear-Test-Ban Treaty -"]],
    // an open treaty named with its acronym in brackets and an apposition keeps "the treaty" after it: each coordinated state signs
    ["Chile left the Comprehensive Nuclear Test Ban Treaty (CTBT), a landmark agreement. Both Chile and Peru signed the treaty in 1996.", "2023-11-02", ["withdrawn Chile Comprehensive Nuclear-Test-Ban Treaty -", "signed Chile Comprehensive Nuclear-Test-Ban Treaty 1996", "signed Peru Comprehensive Nuclear-Test-Ban Treaty 1996"]],
    // a proper name that modifies the noun after it names an alliance or its members, no treaty
    ["Chile left the then Lima Treaty Organization in 1990. Peru left the Lima Treaty in 1991.", "2023-11-02", ["withdrawn Peru Lima Treaty 1991"]],
    ["Six Lima Treaty states met in 1990.", "2023-11-02", []],
    // states "becoming the Nth parties" to a treaty in a participle after their act ratify it; a wish to become one does not
    ["The High Seas Treaty was praised. Chile and Peru signed the final papers on Friday, becoming the 70th and 71st parties to the pact.", "2025-09-22", ["ratified Chile High Seas Treaty 2025-09-19", "ratified Peru High Seas Treaty 2025-09-19"]],
    ["The High Seas Treaty was praised. Chile is considering becoming a party to the treaty soon.", "2025-09-22", []],
    // a count of parties behind two verbs is still a tally; one state behind them is its act
    ["The Kigali Amendment has been ratified or accepted by 138 countries.", "2022-10-21", []],
    ["The Kigali Amendment was ratified or accepted by Chile on Friday.", "2022-10-21", ["ratified Chile Kigali Amendment 2022-10-21"]],
    // (session 35, round 2) an ending in the progressive is under way, announced; in the perfect it is done
    ["Chile said on Monday that it was terminating its 1960 Treaty of Friendship with Peru.", "2021-03-20", ["announced - treaty 2021-03-15"]],
    ["Chile said on Monday that it had terminated its 1960 Treaty of Friendship with Peru.", "2021-03-20", ["terminated - treaty 2021-03-15"]],
    // one state abandoning a treaty every state joins alone leaves it; a treaty with fixed sides abandoned is ended
    ["Chile abandoned the Kyoto Protocol in 2019.", "2021-03-20", ["withdrawn Chile Kyoto Protocol 2019"]],
    ["The United States abandoned the INF Treaty in 2019.", "2021-03-20", ["terminated - Intermediate-Range Nuclear Forces Treaty 2019"]],
    // a joining said to be repeated is a rejoining; a plain joining is the state's ratification
    ["Chile again joined the Kyoto Protocol in 2020.", "2021-03-20", ["rejoined Chile Kyoto Protocol 2020"]],
    ["Chile joined the Kyoto Protocol in 2020.", "2021-03-20", ["ratified Chile Kyoto Protocol 2020"]],
    // what a state ought to have done is a regret, no act; what it did is one
    ["Chile ought to have terminated its 1960 Treaty of Friendship with Peru long ago.", "2021-03-20", []],
    ["Chile terminated its 1960 Treaty of Friendship with Peru long ago.", "2021-03-20", ["terminated - treaty -"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
  it.each([
    // a statement the states speak through is no agreement; a statement they agree is one
    ["Chile, Peru and Ecuador announced in a joint statement their withdrawal from the Ottawa Convention.", "2025-06-04", ["withdrawn  -", "withdrawn  -", "withdrawn  -"]],
    ["Chile and Peru agreed a joint statement on fisheries in March.", "2025-06-04", ["signed Chile+Peru 2025-03"]],
    // an entry into force at signature takes the signing's day; one with a day of its own keeps it
    ["Chile and Peru signed a fisheries agreement on Friday. The agreement took effect immediately upon signing.", "2025-06-04", ["signed Chile+Peru 2025-05-30", "entered_into_force Chile+Peru 2025-05-30"]],
    ["Chile and Peru signed a fisheries agreement on Friday. The agreement took effect in March.", "2025-06-04", ["signed Chile+Peru 2025-05-30", "entered_into_force Chile+Peru 2025-03"]],
    ["Chile and Peru signed a fisheries agreement. The agreement took effect upon signing.", "2025-06-04", ["signed Chile+Peru -", "entered_into_force Chile+Peru -"]],
    // the sides making an accord formal sign it
    ["The government of Colombia and the FARC formalized a peace agreement on Saturday.", "2025-06-04", ["signed Colombia+FARC 2025-05-31"]],
    ["Chile formalized its exit from the fisheries talks on Saturday.", "2025-06-04", []],
  ])("%j", (text, published, want) => {
    expect(sides(text, published)).toEqual(want);
  });
});

describe("agreement sides: a movement named by a name of its own (session 34, paraphrased)", () => {
  const sides = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.date?.value ?? "-"}`);
  it.each([
    // a capitalised name ending in a movement's head is a side; the acronym the text gives it in brackets is that side later
    ["A ceasefire agreement was signed on Friday between the Chilean government and the Atacama Liberation Front (ALF).", "2025-06-04", ["signed Atacama Liberation Front+Chile 2025-05-30"]],
    ["Chile and the Andean Salvation Front signed a peace agreement on Friday.", "2025-06-04", ["signed Andean Salvation Front+Chile 2025-05-30"]],
    // the same head in lower case, or a listed movement's own name, is read as before; an army by that name is no movement here
    ["Chile and a liberation front in the north signed a peace agreement on Friday.", "2025-06-04", []],
    ["The Philippines and the Moro National Liberation Front signed a peace agreement on Friday.", "2025-06-04", ["signed Moro National Liberation Front+Philippines 2025-05-30"]],
    ["Delegates of the People's Liberation Army signed a trade agreement with Chile on Friday.", "2025-06-04", []],
    // a known accord between a government and a movement carries both sides, however the report names them
    ["The Stockholm Agreement was signed in December 2018.", "2025-06-04", ["signed Houthis+Yemen 2018-12"]],
    ["Ethiopia's government signed the Pretoria agreement in November 2022.", "2025-06-04", ["signed Ethiopia+Tigray People's Liberation Front 2022-11"]],
  ])("%j", (text, published, want) => {
    expect(sides(text, published)).toEqual(want);
  });
});

describe("agreement events: names without their sides, quoted acronyms, inverted verdicts, relative subjects (session 35, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.parties.join("+")} ${e.date?.value ?? "-"}`);
  it.each([
    // a registry name without the sides it begins with is that agreement where the article names both sides
    ["Canada and the United States defend the Safe Third Country Agreement.", ["Canada–US Safe Third Country Agreement registry"]],
    ["Panama and Chile want the Safe Third Country Agreement model.", ["Safe Third Country Agreement proper-name"]],
    // a quoted acronym in brackets after a name stands for it later; one never defined stands for nothing
    ['Chile and Peru signed the Andes Fisheries Accord ("AFA"). Both defend the AFA.', ["Andes Fisheries Accord proper-name", "Andes Fisheries Accord proper-name"]],
    ["Chile and Peru signed the Andes Fisheries Accord. Both defend the AFA.", ["Andes Fisheries Accord proper-name"]],
  ])("mentions: %j", (text, want) => {
    expect(findMentions(text, index).map((m) => `${m.name} ${m.rule}`)).toEqual(want);
  });
  it.each([
    // the agreement inside a court's verdict words (a proper name's sides are the signing's, joined by name in reconcile)
    ['Chile and Peru signed the Andes Fisheries Accord ("AFA") in 2019. On Friday the constitutional court found the AFA to be constitutional.', "2025-06-04", ["signed - Chile+Peru 2019", "upheld -  2025-05-30"]],
    ['Chile and Peru signed the Andes Fisheries Accord ("AFA") in 2019. On Friday the judges ruled the AFA unlawful.', "2025-06-04", ["signed - Chile+Peru 2019", "ruled_unlawful -  2025-05-30"]],
    ['Chile and Peru signed the Andes Fisheries Accord ("AFA") in 2019. Lawyers found the AFA to be unpopular.', "2025-06-04", ["signed - Chile+Peru 2019"]],
    // the wire's inversion: the verdict first, the court after the comma
    ["A fisheries pact with Peru that shares the anchovy stock is invalid, Chile's top court ruled on Friday.", "2025-06-04", ["ruled_unlawful - Chile+Peru 2025-05-30"]],
    ["A fisheries pact with Peru that shares the anchovy stock is constitutional, Chile's top court ruled on Friday.", "2025-06-04", ["upheld - Chile+Peru 2025-05-30"]],
    ["A fisheries pact with Peru that shares the anchovy stock is invalid, Chile's opposition leader said on Friday.", "2025-06-04", []],
    // a relative whose pronoun is its verb's subject names no side: the sides are the signers
    ["Chile and Peru signed a fisheries pact which will take effect on 1 July.", "2025-06-04", ["signed - Chile+Peru -", "expected_in_force - Chile+Peru 2025-07-01"]],
    ["Chile is the latest state to sign a fisheries pact with Peru, one that will come into effect from 1 July.", "2025-06-04", ["signed - Chile+Peru -", "expected_in_force - Chile+Peru 2025-07-01"]],
    ["Officials hailed the fisheries pact which Chile and Peru signed on Friday.", "2025-06-04", ["signed - Chile+Peru 2025-05-30"]],
    // a fronted phrase of time names no side
    ["Days before its pact with Bolivia, Chile signed a fisheries pact with Peru.", "2025-06-04", ["signed - Chile+Peru -"]],
    ["Chile, Peru and Bolivia signed a fisheries pact.", "2025-06-04", ["signed - Bolivia+Chile+Peru -"]],
    // a passive's agent, a legislature named by its state, is the side that ratified
    ["The fisheries pact between Chile and Peru was ratified by the Chilean Senate on 3 May.", "2025-06-04", ["ratified Chile Chile+Peru 2025-05-03"]],
    ["The seasonal work agreement between Greece and Egypt was ratified by the Hellenic Parliament on 3 May.", "2025-06-04", ["ratified Greece Egypt+Greece 2025-05-03"]],
    ["The fisheries pact between Chile and Peru was ratified by both parliaments on 3 May.", "2025-06-04", ["ratified - Chile+Peru 2025-05-03"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: signings on a calendar, plural passives, approvals by a named legislature (session 35 round 2, paraphrased)", () => {
  // (a proper name is shown where the agreement has one)
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.parties.join("+")} ${e.date?.value ?? "-"}${isProperAgreementName(e.name) ? ` ${e.name}` : ""}`);
  it.each([
    // a signing put on a calendar is announced, dated by its reporting verb or else the report's day (2025-06-04 is a Wednesday)
    ["Chile and Peru are set to sign a fisheries pact on Friday.", "2025-06-04", ["announced - Chile+Peru 2025-06-04"]],
    ["A fisheries pact between Chile and Peru is to be signed next week, the Chilean government announced on Monday.", "2025-06-04", ["announced - Chile+Peru 2025-06-02"]],
    ["Chile will sign a fisheries pact with Peru during the president's visit to Lima.", "2025-06-04", ["announced - Chile+Peru 2025-06-04"]],
    // no time ahead, a hypothesis, or a past schedule: no announcement
    ["Chile and Peru are set to sign a fisheries pact.", "2025-06-04", []],
    ["Chile would sign a fisheries pact with Peru on Friday if the talks succeed.", "2025-06-04", []],
    ["Chile and Peru were set to sign a fisheries pact on Friday.", "2025-06-04", []],
    // a plural passive lists the other sides of the kind just told ("already" between the auxiliary and "been")
    ["Chile signed a fisheries pact with Peru on Monday. Such pacts have already been signed with Bolivia and Ecuador.", "2025-06-04", ["signed - Chile+Peru 2025-06-02", "signed - Bolivia+Chile -", "signed - Chile+Ecuador -"]],
    ["Chile signed a fisheries pact with Peru on Monday. Such pacts have already been penned with Bolivia and Ecuador.", "2025-06-04", ["signed - Chile+Peru 2025-06-02", "signed - Bolivia+Chile -", "signed - Chile+Ecuador -"]],
    ["Chile signed a fisheries pact with Peru on Monday. Such pacts have long been discussed with Bolivia and Ecuador.", "2025-06-04", ["signed - Chile+Peru 2025-06-02"]],
    // "approved by the <adjective> parliament": the cue holds the agent, which gives the side as a ratification's does
    ["The fisheries pact between Chile and Peru was approved by the Peruvian parliament on 3 May.", "2025-06-04", ["ratified Peru Chile+Peru 2025-05-03"]],
    ["The fisheries pact between Chile and Peru was approved by the regional parliament on 3 May.", "2025-06-04", ["ratified - Chile+Peru 2025-05-03"]],
    // two agreements of the same sides under two proper names, signed together: one event each; one name (or its initials) again is the same one
    ["On Monday Chile and Peru signed the Andes Partnership Agreement (APA) and the Pacific Fisheries Agreement (PFA).", "2025-06-04", ["signed - Chile+Peru 2025-06-02 Andes Partnership", "signed - Chile+Peru 2025-06-02 Pacific Fisheries Agreement"]],
    ["Chile and Peru signed the Andes Partnership Agreement on 3 May. The Andes Partnership Agreement was ratified by the Peruvian parliament on Monday.", "2025-06-04", ["signed - Chile+Peru 2025-05-03 Andes Partnership", "ratified Peru Chile+Peru 2025-06-02 Andes Partnership"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: domestic steps done, acts a modal main clause waits on, open treaties named elsewhere (session 36, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.parties.join("+")} ${e.date?.value ?? "-"}${isProperAgreementName(e.name) ? ` ${e.name}` : ""}`);
  const FTA = "Chile-Peru Free Trade Agreement";
  it.each([
    // a state telling the other side its domestic processes (or ratification procedures) are done ratifies the agreement just named
    [`The ${FTA} was signed in 2021. Chile confirmed the completion of its domestic processes to Peru on 4 May 2023.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement", `ratified Chile Chile+Peru 2023-05-04 ${FTA}`]],
    [`The ${FTA} was signed in 2021. Peru has completed its domestic legal procedures for the ${FTA}.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement", `ratified Peru Chile+Peru - ${FTA}`]],
    // other things completed, or the completion with no state doing it, are no ratification
    [`The ${FTA} was signed in 2021. Chile completed its domestic reforms in 2022.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement"]],
    [`The ${FTA} was signed in 2021. The completion of its domestic processes took two years.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement"]],
    // an act in a time clause that a modal main clause waits on is a condition, in the past tense too; without the modal it happened
    [`The ${FTA} was signed in 2021. It could only enter into force once Chile ratified.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement"]],
    [`The ${FTA} was signed in 2021. It could only enter into force once Chile and Peru confirmed the completion of their domestic processes.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement"]],
    [`The ${FTA} was signed in 2021. Once Chile ratified it in May, it entered into force.`, "2023-06-01", ["signed - Chile+Peru 2021 Free Trade Agreement", "ratified Chile Chile+Peru 2023-05 Free Trade Agreement", "entered_into_force - Chile+Peru - Free Trade Agreement"]],
    // two sides' trade deal does not take the first words of a treaty with no fixed sides that only another sentence names
    // (the full name given there was already none of the deal's: test/agreements.test.ts, the water deal and the Paris Agreement)
    ["Chile and Peru formally signed a trade agreement on Friday. Peru welcomes Chile's interest in joining the Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP).", "2020-10-23", ["signed - Chile+Peru 2020-10-23"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: two agreements of one pair whose names differ by a subject word (session 36, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.parties.join("+")} ${e.date?.value ?? "-"} ${e.name}`);
  it.each([
    // a name with a subject word of its own ("Digital") is the pair's other agreement; "as well as" coordinates the two objects of one verb
    ["On Monday the Chilean parliament approved the Chile-Peru Trade Agreement as well as the Chile-Peru Digital Trade Agreement.", "2025-06-04", ["ratified Chile Chile+Peru 2025-06-02 Trade Agreement", "ratified Chile Chile+Peru 2025-06-02 Digital Trade Agreement"]],
    ["On Monday Chile and Peru signed the Chile-Peru Trade Agreement and the Chile-Peru Digital Trade Agreement.", "2025-06-04", ["signed - Chile+Peru 2025-06-02 Trade Agreement", "signed - Chile+Peru 2025-06-02 Digital Trade Agreement"]],
    // the longer name adding only the sides or a neutral word ("Free") is the same agreement
    ["Chile and Peru signed the Free Trade Agreement on 3 May. The Chile-Peru Free Trade Agreement was ratified by the Peruvian parliament on Monday.", "2025-06-04", ["signed - Chile+Peru 2025-05-03 Free Trade Agreement", "ratified Peru Chile+Peru 2025-06-02 Free Trade Agreement"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: an accord established at a date (session 36 round 2, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.parties.join("+")} ${e.date?.value ?? "-"}`);
  it.each([
    // the participle after the agreement, or its passive, with a date straight after: the accord's conclusion
    ["Peru will leave its pipeline agreement with Chile. The initial agreement, established in May 2001, expires next year.", "2025-06-04", ["signed Chile+Peru 2001-05"]],
    ["The fisheries agreement between Chile and Peru was first established on 4 May 1994.", "2025-06-04", ["signed Chile+Peru 1994-05-04"]],
    // what the agreement sets up, a body established under it, or no date after the verb: no act of the sides
    ["Chile and Peru signed a fisheries agreement in 2001. The agreement established a joint commission in 2003.", "2025-06-04", ["signed Chile+Peru 2001"]],
    ["A joint commission, established in 2003 under the Chile–Peru fisheries agreement, met on Friday.", "2025-06-04", []],
    ["The fisheries agreement between Chile and Peru was established in the framework of the 1990 talks.", "2025-06-04", []],
    // a plan or programme established at a date was set up by one government, no signing; an agreement's relative clause is its conclusion
    ["The steps include widening who may apply to the Bolivian Minors program, which was established in March 2015 to discourage irregular arrivals into Peru. At first, the program let Peruvian residents bring their children from Bolivia.", "2025-06-04", []],
    ["The Chile–Peru fisheries agreement, which was established in May 2001, expires next year.", "2025-06-04", ["signed Chile+Peru 2001-05"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});

describe("agreement events: a state's approval told as its law's passage, the agreement unsaid (session 36, paraphrased)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.date?.value ?? "-"} ${e.name}`);
  const signed = "Chile and Peru signed the Chile-Peru Trade Agreement in March.";
  it.each([
    // the one agreement the article names, the one side the sentence names (by a place of its law, a people's adjective, a legislature)
    [`${signed} The implementing legislation in Peru received Royal Assent on Monday.`, "2025-06-04", ["signed - 2025-03 Trade Agreement", "ratified Peru 2025-06-02 Chile-Peru Trade Agreement"]],
    [`${signed} The Chilean law is already in force, having passed Parliament on 2 May.`, "2025-06-04", ["signed - 2025-03 Trade Agreement", "ratified Chile 2025-05-02 Chile-Peru Trade Agreement"]],
    // no side named, both sides named, or a second agreement in the article: too unsure to say whose passage of what
    [`${signed} The legislation received Royal Assent on Monday.`, "2025-06-04", ["signed - 2025-03 Trade Agreement"]],
    [`${signed} Chile welcomed news that the Peruvian bill had passed Parliament.`, "2025-06-04", ["signed - 2025-03 Trade Agreement"]],
    [`${signed} Peru also cited the Andean Fisheries Agreement. The implementing legislation in Peru received Royal Assent on Monday.`, "2025-06-04", ["signed - 2025-03 Trade Agreement"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published).filter((e) => !e.startsWith("signed Chile") && !e.startsWith("signed Peru"))).toEqual(want);
  });
});

describe("agreement events: a telling's date and an act noun's own date (session 36, own words)", () => {
  const events = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  it.each([
    // a telling's noun takes the date; the act its "that"-clause tells in the past perfect was done before, undated
    ["The announcement of March 14 that the Paris Agreement had been signed came late.", "2016-05-01", ["signed - Paris Agreement -"]],
    ["Officials confirmed in the statement of March 14 that Chile and Peru had signed a fisheries agreement.", "2021-05-01", ["signed - agreement -"]],
    ["The report of March 14 that Chile and Peru had signed a fisheries agreement surprised many.", "2021-05-01", ["signed - agreement -"]],
    ["Friday's announcement that India had ratified the Paris Agreement pleased the envoys.", "2016-10-12", ["ratified India Paris Agreement -"]],
    ["The October 3 statement that India had ratified the Paris Agreement pleased the envoys.", "2016-10-12", ["ratified India Paris Agreement -"]],
    // an announcement is the telling itself: the telling's date is its own
    ["The October 11 announcement that Chile and Peru had reached a preliminary fisheries agreement lifted markets.", "2021-11-01", ["announced - agreement 2021-10-11"]],
    ["The announcement of July 13 that negotiators had initialled the Treaty of Good Neighbourliness came from Minsk.", "2001-07-16", ["announced - Treaty of Good Neighbourliness 2001-07-13"]],
    // the act's own clause dates it; another noun's date, or an act told in the present, is the act's day
    ["The announcement of March 14 that the Paris Agreement had been signed on March 6 came late.", "2016-05-01", ["signed - Paris Agreement 2016-03-06"]],
    ["The announcement on October 3 that India is ratifying the Paris Agreement pleased the envoys.", "2016-10-12", ["ratified India Paris Agreement 2016-10-03"]],
    ["In the session of October 3 that India had called, parliament ratified the Paris Agreement.", "2016-10-12", ["ratified India Paris Agreement 2016-10-03"]],
    // a date inside the act noun's phrase is the act's, not the verb's after it
    ["The signing of the Paris Agreement on March 6 was announced on March 14.", "2016-05-01", ["signed - Paris Agreement 2016-03-06"]],
    ["The signing of a fisheries agreement between Chile and Peru on March 6 was announced on March 14.", "2021-05-01", ["signed - agreement 2021-03-06", "announced - agreement 2021-03-14"]],
    // "a year after" the act counts from the main clause only when the act's phrase gives no date of its own (a comma inside the date too)
    ["A year after the signing of the Paris Agreement on March 6, 2016, officials met.", "2017-05-01", ["signed - Paris Agreement 2016-03-06"]],
    ["A year after the signing of a fisheries agreement between Chile and Peru on March 6, 2021, officials met.", "2022-05-01", ["signed - agreement 2021-03-06"]],
    ["A year after the US walked away from the Paris Agreement, officials met on Wednesday.", "2021-05-01", ["withdrawn United States Paris Agreement 2020-04"]],
  ])("%j", (text, published, want) => {
    expect(events(text, published)).toEqual(want);
  });
});
