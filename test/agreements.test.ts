import { describe, expect, it } from "vitest";
import { asRegistryEvent, extractAgreementEvents, fillParties } from "../extractors/agreements/index.js";
import { SHIPPED_AGREEMENTS } from "../extractors/agreements/registry.js";
import type { AgreementEvent, Claim, Official, ParsedArticle, TemporalExpression } from "../pipeline/schemas.js";

const doc = (text: string, published: string | null = "2019-09-20"): ParsedArticle => ({
  id: "t",
  source: { file: "t.txt" },
  title: null,
  outlet: null,
  published: { value: published, from: published ? "sidecar" : "unknown" },
  text,
  meta: {},
});

/** "type Party–Party date" for each event, in text order. */
const summary = (text: string, published: string | null = "2019-09-20", found = {}) =>
  extractAgreementEvents(doc(text, published), found).items.map((e) => `${e.type} ${e.parties.join("–")} ${e.date?.value ?? "-"}`);

describe("agreement events", () => {
  it.each([
    ["The US and El Salvador signed an agreement on Friday that could prevent some asylum seekers from seeking refuge.", "2019-09-20", ["signed El Salvador–United States 2019-09-20"]],
    ["In July, the US signed an asylum agreement with Guatemala in the Oval Office.", "2019-09-20", ["signed Guatemala–United States 2019-07"]],
    ["Italy and Albania signed a protocol on Monday. The protocol is expected to take effect next spring.", "2023-11-07", ["signed Albania–Italy 2023-11-06", "expected_in_force Albania–Italy 2024-SP"]],
    ["The pact between Chile and Peru was expected to take effect in May, officials said.", "2021-01-10", ["expected_in_force Chile–Peru 2021-05"]],
    ["Britain and Rwanda signed a migration partnership. The deal entered into force in May 2023.", "2023-06-01", ["signed Rwanda–United Kingdom -", "entered_into_force Rwanda–United Kingdom 2023-05"]],
    ["The pact between Greece and Turkey was suspended in March 2020.", "2021-01-10", ["suspended Greece–Turkey 2020-03"]],
    // the demand told beside the act does not hold the act back
    ["After calls from the opposition, the pact between Greece and Turkey was suspended in March 2020.", "2021-01-10", ["suspended Greece–Turkey 2020-03"]],
    ["The memorandum between the European Union and Tunisia, signed in Tunis on July 17, is under pressure.", "2023-09-20", ["signed European Union–Tunisia 2023-07-17"]],
    ["The partnership, which London and Kigali signed in May, has faced legal challenges.", "2022-06-15", ["signed Rwanda–United Kingdom 2022-05"]],
    ["Spain and Morocco struck a readmission deal on Tuesday, officials said.", "2022-04-08", ["signed Morocco–Spain 2022-04-05"]],
    ["The UK Supreme Court ruled on Wednesday that the Rwanda policy was unlawful, a blow to Britain.", "2023-11-15", ["ruled_unlawful Rwanda–United Kingdom 2023-11-15"]],
    ["Albania's Constitutional Court upheld the protocol with Italy in January.", "2024-10-19", ["upheld Albania–Italy 2024-01"]],
    ["The first 16 migrants were transferred to Albania on Wednesday under Italy's migration deal with Albania.", "2024-10-19", ["entered_into_force Albania–Italy 2024-10-16"]],
    ["Germany's deal with Austria was ultimately scrapped in 2021.", "2022-01-01", ["terminated Austria–Germany 2021"]],
    ["The EU-Turkey statement, agreed in March 2016, has been largely suspended since 2020.", "2022-01-01", ["signed European Union–Turkey 2016-03", "suspended European Union–Turkey 2020"]],
    ["The memorandum of understanding (MoU) between the EU and Tunisia was signed on 16 July 2023.", "2023-07-20", ["signed European Union–Tunisia 2023-07-16"]],
    ["Britain and France agreed a deal on Monday to return migrants who cross the Channel.", "2025-07-11", ["signed France–United Kingdom 2025-07-07"]],
    ["The government announced on Tuesday that it was pulling out of the agreement with Rwanda, which Britain signed in 2022.", "2024-07-10", ["terminated Rwanda–United Kingdom 2024-07-09", "signed Rwanda–United Kingdom 2022"]],
    ["The US-Mexico-Canada Agreement entered into force on July 1, 2020.", "2020-07-02", ["entered_into_force Canada–Mexico–United States 2020-07-01"]],
    ["Italy and Libya signed a memorandum in 2017. It was never fully implemented, aid groups say.", "2020-01-01", ["signed Italy–Libya 2017", "never_implemented Italy–Libya -"]],
    ["Britain and France have agreed a pilot scheme under which migrants can be returned, the leaders said on Thursday.", "2025-07-11", ["signed France–United Kingdom 2025-07-10"]],
    ["Denmark signed a memorandum with Rwanda on Wednesday, two years after the talks began in April 2021.", "2023-01-25", ["signed Denmark–Rwanda 2023-01-25"]],
    ["Talks began in April 2021, long before Denmark signed a memorandum with Rwanda.", "2023-01-25", ["signed Denmark–Rwanda -"]],
    ["The first migrant to be removed under the UK-France returns deal was flown to Paris on Thursday.", "2025-09-19", ["entered_into_force France–United Kingdom 2025-09-18"]],
    ["The agreements between the US and Honduras were put on hold in March 2020 due to the pandemic.", "2021-01-01", ["suspended Honduras–United States 2020-03"]],
    // a described arrangement is its transfers: stopping them is its suspension (unlike inspections under a named treaty)
    ["Transfers under the asylum deal between the US and Honduras were suspended in March 2020.", "2021-01-01", ["suspended Honduras–United States 2020-03"]],
    ["Mexico agreed to expand the Remain in Mexico program to more border cities, US officials said.", "2019-07-01", ["expanded Mexico–United States -"]],
    ["The Court of Appeal ruled in June that the Rwanda policy was unlawful. Britain will appeal.", "2023-07-01", ["ruled_unlawful Rwanda–United Kingdom 2023-06"]],
    ["Canada and the US signed a pact in March, the third such deal after Mexico and Guatemala.", "2024-04-01", ["signed Canada–United States 2024-03"]],
    ["The deal between Spain and Morocco takes effect on Monday.", "2022-03-02", ["expected_in_force Morocco–Spain 2022-03-07"]],
    ["The deal between Spain and Morocco takes effect today.", "2022-03-02", ["entered_into_force Morocco–Spain 2022-03-02"]],
    ["The agreement Guatemala signed with the United States on Friday would require migrants to seek asylum there.", "2019-07-29", ["signed Guatemala–United States 2019-07-26"]],
    ["Mexico and the US talked for days. Mexico hosted. The US agreed. We have reached an agreement, the minister said on Friday.", "2019-06-08", ["signed Mexico–United States 2019-06-07"]],
    ["Guatemala, Honduras and El Salvador signed agreements with the US in 2019.", "2020-01-01", ["signed Guatemala–United States 2019", "signed Honduras–United States 2019", "signed El Salvador–United States 2019"]],
    // a spaced hyphen is a dash, and a list set off by it names a subject that only said "states"
    ["The only two Baltic states to have signed border treaties with Russia - Latvia and Estonia - protested on Monday.", "2020-01-01", ["signed Latvia–Russia -", "signed Estonia–Russia -"]],
    // quotation marks around a modifier leave the agreement the verb's object
    ["Chile and Peru had reached a “landmark” trade agreement on May 4, officials said.", "2021-06-01", ["signed Chile–Peru 2021-05-04"]],
    // a process toward an end is announced, not done; "agreements with X" after a one-country subject is one relationship
    ["Chile initiated the process to terminate its fisheries agreement with Peru on Friday.", "2019-11-06", ["announced Chile–Peru 2019-11-01"]],
    ["Chile suspended the agreements with Peru and initiated the process to terminate them.", "2019-11-06", ["suspended Chile–Peru -", "announced Chile–Peru -"]],
    // the possessive in "their termination" stands for the agreements just named; the process before it makes it announced
    ["Chile froze the fishing accords with Peru and opened the procedure for their termination.", "2019-11-06", ["suspended Chile–Peru -", "announced Chile–Peru -"]],
    ["Chile signed a fishing accord with Peru in May; its termination clause lets either side leave.", "2019-11-06", ["signed Chile–Peru 2019-05"]],
    // two verbs joined by "and" share the object after the second: the first act is done on it too
    ["Chile has suspended and started the process to terminate its fishing accords with Peru.", "2019-11-06", ["suspended Chile–Peru 2019-11-06", "announced Chile–Peru 2019-11-06"]],
    ["Chile has signed and ratified a fishing accord with Peru.", "2019-11-06", ["signed Chile–Peru 2019-11-06", "ratified Chile–Peru 2019-11-06"]],
    ["Chile suspended its fishing talks and signed an accord with Peru.", "2019-11-06", ["signed Chile–Peru -"]],
    // "be operational" after a modal is a start ahead; a camp or a centre being operational is no agreement's
    ["Chile and Peru sealed a fishing deal in August. Officials said the deal will be operational by spring 2024.", "2023-11-06", ["signed Chile–Peru 2023-08", "expected_in_force Chile–Peru 2024-SP"]],
    ["Chile and Peru sealed a fishing deal in August. Officials said the port will be operational by spring 2024.", "2023-11-06", ["signed Chile–Peru 2023-08"]],
    // an agreement's provisions stand for it as the subject of a with-clause; its critics do not
    ["The trade deal between Chile and Peru was signed on March 3, 2020, with its provisions taking effect a month later.", "2022-02-27", ["signed Chile–Peru 2020-03-03", "entered_into_force Chile–Peru 2020-04"]],
    ["The trade deal between Chile and Peru was signed on March 3, 2020, with its critics taking aim a month later.", "2022-02-27", ["signed Chile–Peru 2020-03-03"]],
    // closing an agreement's text settles its wording, the signing still ahead (announced), its day and place told before
    // the object; the country in brackets after the city is the place
    ["Chile and Peru closed this Friday in Lima (Peru) the text of a fisheries agreement after ten years of talks.", "2024-12-06", ["announced Chile–Peru 2024-12-06"]],
    ["Chile and Peru closed this Friday in Lima (Peru) their talks on a fisheries agreement.", "2024-12-06", ["proposed Chile–Peru 2024-12-06"]],
    ["Chile and Peru signed a fisheries agreement in Quito (Ecuador) on Friday.", "2024-12-06", ["signed Chile–Peru 2024-12-06"]],
    // a nominal act effective only after a notice period is not done yet
    ["Chile has suspended the Fishing Cooperation Agreements with the Governments of Peru and Bolivia. The termination of these Agreements is effective after a notice period.", "2019-11-06", ["suspended Chile–Peru 2019-11-06", "suspended Bolivia–Chile 2019-11-06"]],
    ["Chile has suspended the Fishing Cooperation Agreements with the Governments of Peru and Bolivia. The termination of these Agreements is immediate.", "2019-11-06", ["suspended Chile–Peru 2019-11-06", "suspended Bolivia–Chile 2019-11-06", "terminated Chile–Peru -", "terminated Bolivia–Chile -"]],
    // the relative clause after a withdrawal says when the withdrawal takes effect, and its date is not the announcement's
    ["On Monday the United States began the process to withdraw from the Paris Agreement, which takes effect on November 4, 2020.", "2019-11-06", ["announced  2019-11-04"]],
    // a movement that makes peace with a state is a side where the agreement names its sides (canonical spelling)
    ["The ceasefire agreement between Israel and Hizbollah fighters was signed on Friday.", "2006-08-20", ["signed Hezbollah–Israel 2006-08-18"]],
    // a people's adjective before a movement says whose movement it is: the state named as the other side makes the deal,
    // and the adjective's state only where no other state is named ("the government")
    ["Canada signed a ceasefire deal with Lebanese Hezbollah on Friday.", "2006-08-20", ["signed Canada–Hezbollah 2006-08-18"]],
    ["The government signed a ceasefire deal with Lebanese Hezbollah on Friday.", "2006-08-20", ["signed Hezbollah–Lebanon 2006-08-18"]],
    ["Canada signed a ceasefire deal with Lebanese officials on Friday.", "2006-08-20", ["signed Canada–Lebanon 2006-08-18"]],
    ["Colombia signed a peace accord with the FARC in November 2016.", "2017-01-10", ["signed Colombia–FARC 2016-11"]],
    ["Israel and Hamas struck a ceasefire deal in Cairo on Friday.", "2021-05-22", ["signed Hamas–Israel 2021-05-21"]],
    // the sides' conclusion of an agreement is its signing (the contract's types; gold: concluded → signed),
    // unless the text is provisional or its signing still ahead
    ["Peru and Ecuador sealed a border accord in Brasilia on Tuesday.", "1998-10-29", ["signed Ecuador–Peru 1998-10-27"]],
    ["Peru and Ecuador agreed a truce on Tuesday after a week of clashes.", "1998-10-29", ["signed Ecuador–Peru 1998-10-27"]],
    ["Peru and Ecuador reached a tentative border accord on Tuesday.", "1998-10-29", ["announced Ecuador–Peru 1998-10-27"]],
    ["Peru and Ecuador reached an agreement in principle on Tuesday.", "1998-10-29", ["announced Ecuador–Peru 1998-10-27"]],
    ["Peru and Ecuador struck a border accord on Tuesday, and it is to be signed in Brasilia next week.", "1998-10-29", ["announced Ecuador–Peru 1998-10-27"]],
    ["Peru and Ecuador signed a draft border accord on Tuesday.", "1998-10-29", ["signed Ecuador–Peru 1998-10-27"]],
    ["Peru and Ecuador reached a border accord on Tuesday, though the treaty has yet to be signed.", "1998-10-29", ["announced Ecuador–Peru 1998-10-27"]],
    // a truce word before "understanding" names the truce ("the April understanding" of wire copy); "understanding" alone names none
    ["Israel and Syria reached a ceasefire understanding on April 26.", "1996-08-25", ["signed Israel–Syria 1996-04-26"]],
    ["The truce understanding between Israel and Syria was reached on April 26.", "1996-08-25", ["signed Israel–Syria 1996-04-26"]],
    ["Israel and Syria reached an understanding on April 26.", "1996-08-25", []],
    // a date opening the sentence dates the main verb across an aside set off by commas; not a date of another verb
    ["On Nov. 11, 2014, after a quiet walk across a bridge, Peru and Ecuador sealed their border accord.", "2016-09-08", ["signed Ecuador–Peru 2014-11-11"]],
    ["Talks stalled on Monday, after Peru and Ecuador signed a border accord.", "2016-09-08", ["signed Ecuador–Peru -"]],
    ["On May 5, after a walk in the hills, Mr. Toledo and Mr. Correa sealed a border accord between Peru and Ecuador.", "2016-09-08", ["signed Ecuador–Peru 2016-05-05"]],
    // the agreement's provisions taking effect ("Its limits", "the JCPOA's limits on Iran") are its entry into force
    ["The JCPOA was reached in 2015. Its limits on Iran and the lifting of sanctions took effect on 17 January 2016.", "2019-05-09", ["signed  2015", "entered_into_force  2016-01-17"]],
    ["The JCPOA was reached in 2015. The JCPOA's limits on Iran took effect on 17 January 2016.", "2019-05-09", ["signed  2015", "entered_into_force  2016-01-17"]],
    // negatives: other nouns than provisions; a possessive "its" inside a sentence is a party's
    ["The JCPOA was reached in 2015. Its critics took heart on 17 January 2016.", "2019-05-09", ["signed  2015"]],
    ["The JCPOA was reached in 2015. Iran said its sanctions took effect on 17 January 2016.", "2019-05-09", ["signed  2015"]],
    // a span may lead the "after" of the aside; a trigger inside the aside does not take the fronted date
    ["On Friday, exactly a year after Washington left the Paris Agreement, Iran suspended some of its commitments under the JCPOA.", "2016-09-10", ["withdrawn  2015-09-09", "suspended  2016-09-09"]],
    ["On Friday, two years after a long drought, Iran suspended its commitments under the JCPOA.", "2016-09-10", ["suspended  2016-09-09"]],
    // (any count leads the span: a number word past ten, "several")
    ["On May 5, exactly fourteen days before the bill became law, Peru and Ecuador signed a border accord.", "2016-09-08", ["signed Ecuador–Peru 2016-05-05"]],
    ["On May 5, several weeks after the talks began, Peru and Ecuador signed a border accord.", "2016-09-08", ["signed Ecuador–Peru 2016-05-05"]],
    // without "exactly" a span counts to the month (from the main clause's date before a trailing phrase too)
    ["On Friday, a year after Washington left the Paris Agreement, officials met.", "2016-09-10", ["withdrawn  2015-09"]],
    ["Talks ended on Friday, a year after Iran suspended its commitments under the JCPOA.", "2016-09-10", ["suspended  2015-09"]],
    ["Since the news that Peru and Ecuador had reached a border accord in May, signing it has proved elusive.", "1998-10-29", ["announced Ecuador–Peru 1998-05"]],
    // session 24: a movement beside a state is a side of an agreement of no stated kind too
    ["Moscow and Dagestani separatists signed an agreement in a border village last week.", "2001-03-14", ["signed Dagestani separatists–Russia 2001-W10"]],
    // movements wire copy writes as words, and more movements that made truces with states
    ["Angola and Unita signed a memorandum in Luena on Thursday.", "2002-04-06", ["signed Angola–UNITA 2002-04-04"]],
    ["Burundi and the FNL signed a ceasefire in Dar es Salaam on Thursday.", "2006-09-09", ["signed Burundi–National Forces of Liberation 2006-09-07"]],
    // a participle phrase opening the sentence, about the agreement right after its comma
    ["Signed in 1929, the border treaty between Chile and Peru settled the provinces.", "2016-10-12", ["signed Chile–Peru 1929"]],
    // both sides' ratifications completed by the exchange of instruments
    ["Chile and Peru exchanged instruments of ratification of the border treaty in Lima on Monday.", "2016-10-12", ["ratified Chile–Peru 2016-10-10"]],
    // a broker named after the sides is no side
    ["A truce between Chile and Peru, mediated by Brazil, came into force on Sunday.", "2021-06-08", ["entered_into_force Chile–Peru 2021-06-06"]],
    ["A truce between Chile and Peru, brokered by Brazil, was signed on Sunday.", "2021-06-08", ["signed Chile–Peru 2021-06-06"]],
    // initialling fixes the agreed text; the signing is still ahead
    ["Negotiators for Chile and Peru initialled a fisheries agreement in Lima on Thursday.", "2021-06-08", ["announced Chile–Peru 2021-06-03"]],
    // a year before the head noun of a two-sided agreement dates its signing when nothing else does
    ["Chile signed a 1998 fisheries treaty with Peru and still fishes under it.", "2021-06-08", ["signed Chile–Peru 1998"]],
    ["Since the signing of the 2004 trade pact between Chile and Peru, exports have doubled.", "2021-06-08", ["signed Chile–Peru 2004"]],
    // … but not a later act's, nor over a date the clause gives
    ["Chile ratified a 1998 fisheries treaty with Peru on Monday.", "2021-06-08", ["ratified Chile–Peru 2021-06-07"]],
    ["Chile signed a 1998 fisheries treaty with Peru in 2001.", "2021-06-08", ["signed Chile–Peru 2001"]],
    // a when-clause shares its main clause's time
    ["Trade rose after 2004, when Chile and Peru signed a fisheries pact.", "2021-06-08", ["signed Chile–Peru 2004"]],
    ["Chile and Peru made peace in 1929 when they signed a border treaty.", "2021-06-08", ["signed Chile–Peru 1929"]],
    // an agreement that "ended" an object ended something else; alone, "ended" is its end
    ["The truce between Chile and Peru ended in May after new clashes.", "2021-06-08", ["terminated Chile–Peru 2021-05"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));

  it.each([
    // negation turns entry into force into never_implemented, and does not spread past "and"
    ["Spain and Morocco signed a deal in 2019, but that deal was never implemented and was ultimately terminated.", ["signed Morocco–Spain 2019", "never_implemented Morocco–Spain -", "terminated Morocco–Spain -"]],
    ["The agreement between France and Italy never entered into force.", ["never_implemented France–Italy -"]],
    ["No asylum seekers were ever sent to Rwanda under the partnership with Britain.", ["never_implemented Rwanda–United Kingdom -"]],
  ])("reads negation in %j", (text, expected) => expect(summary(text, "2024-07-08")).toEqual(expected));

  it.each([
    "If the plan is completed, the administration would renew the deal it had with the government of El Salvador.",
    "The agreement with Guatemala would need the approval of both the US and Guatemala congresses before being implemented.",
    "President Trump must reverse this lethal decision on the agreement with Guatemala before it goes into effect.",
    "If the pact between Spain and Morocco is ratified, it will take effect in June.",
    "The agreement between France and Italy has not yet been implemented.",
    "The US has pushed for similar agreements with other countries in the region.",
    "A federal judge granted an injunction stopping the government from terminating those protections.",
    "Officials could sign the deal between Spain and Morocco next week.",
    "The pact between Chile and Peru has yet to be ratified by Congress.",
    "The government said the deal between Chile and Peru would not take effect until Congress reviewed it.",
    "The accord between Chile and Peru will expire at the end of the year unless both sides agree to extend it.",
    "Denmark's parliament approved a law in June 2021 allowing asylum seekers to be moved to countries outside Europe.",
    "Denmark has put on hold its plan to send asylum seekers abroad.",
    // a signing named by a noun that did not happen, or is still ahead
    "Despite months of talks between Chile and Peru, actually signing a deal has proved elusive.",
    "The leaders of Chile and Peru said a deal signing would take place in Lima.",
    "The signing of the accord between Chile and Peru was postponed again.",
    // the noun's object stands between it and its modal verb: still ahead
    "The formal signing of the fisheries agreement between Chile and Peru is scheduled for Monday in Lima.",
    // a condition still open, its verb in the present
    "Aid will resume once a lasting agreement is reached between Chile and Peru.",
    "Tariffs stay until the trade pact between Chile and Peru is ratified.",
    // a headline reports what the body says
    "Chile and Peru sign fisheries deal\nThe talks went on.",
    // a past expectation the sentence contradicts is no expectation
    "The pact between Chile and Peru was expected to take effect in May, but Congress has not voted on it.",
    // a movement named outside the agreement's sides is no party; a lowercase acronym word is no movement
    "Hamas fighters fired rockets. Chile and Peru met, and a trade deal with Bolivia was not signed.",
    // an agreement naming no side, in an article where no two countries dominate: no sides to give it
    "Chile and Peru met. Chile and Bolivia spoke. Peru and Bolivia waited. An agreement was signed on Monday.",
    // the agreement ended a war, it did not end
    "The 1929 treaty between Chile and Peru ended decades of war over the border provinces.",
    "The border accord between Chile and Peru, which ended the war in 1929, still holds.",
    "Chile and Peru will exchange instruments of ratification of the border treaty next month.",
    // a determiner that negates the agreement: nothing was signed
    "No peace treaty between Chile and Peru has been signed since the war.",
    "Chile and Peru have signed no trade agreement since 2001.",
    "Chile and Peru met in Lima. No agreement has been signed on the border.",
  ])("finds no firm event in %j", (text) => expect(summary(text)).toEqual([]));

  it("resolves 'the one with Guatemala' and 'all three treaties' to the agreements listed before", () => {
    const text =
      "The first Trump administration created asylum agreements with Guatemala, Honduras and El Salvador. Only the one with Guatemala entered into force, and all three treaties were suspended after the election.";
    const events = extractAgreementEvents(doc(text, "2025-01-24"), { officials: [official("Donald Trump", "United States")] }).items;
    expect(events.map((e) => `${e.type} ${e.parties.join("–")} ${e.collective ? "all" : "one"}`)).toEqual([
      "entered_into_force Guatemala–United States one",
      "suspended Guatemala–United States all",
      "suspended Honduras–United States all",
      "suspended El Salvador–United States all",
    ]);
  });

  it("completes an agreement's parties from the sentence that names them after 'that arrangement'", () => {
    const text = "Currently, the US has one Safe Third Country Agreement. Under that arrangement, the US and Canadian governments exchange asylum seekers.";
    const [e] = extractAgreementEvents(doc(text, "2025-01-24")).items;
    // (the name without its sides, in a text naming both, is the registry's Canada–US agreement)
    expect(e).toMatchObject({ type: "entered_into_force", parties: ["Canada", "United States"], name: "Canada–US Safe Third Country Agreement", date: null });
  });

  it("dates an ongoing negotiation to the publication month", () => {
    const text = "The Trump administration is working on an asylum deal with the government of El Salvador, officials said.";
    const [e] = extractAgreementEvents(doc(text, "2025-01-24"), { officials: [official("Donald Trump", "United States")] }).items;
    expect(e).toMatchObject({ type: "proposed", parties: ["El Salvador", "United States"], date: { value: "2025-01" }, certain: true });
  });

  it("guesses a missing party from the article's most named country and says it is not certain", () => {
    const text = "The United States said the United States would act. The administration is working on an asylum deal with El Salvador.";
    const [e] = extractAgreementEvents(doc(text, "2025-01-24")).items;
    expect(e).toMatchObject({ parties: ["El Salvador", "United States"], certain: false });
  });

  it("takes a party from an official named in the subject", () => {
    const text = "Meloni and Rama signed the protocol on Monday.";
    const officials = [{ ...official("Giorgia Meloni", "Italy"), start: 0, end: 6, text: "Meloni" }, { ...official("Edi Rama", "Albania"), start: 11, end: 15, text: "Rama" }];
    const [e] = extractAgreementEvents(doc(text, "2023-11-07"), { officials }).items;
    expect(e).toMatchObject({ type: "signed", parties: ["Albania", "Italy"], date: { value: "2023-11-06" } });
  });

  it("uses the dates extractor's findings when they are given", () => {
    const text = "Italy and Albania signed a protocol on Monday.";
    const at = text.indexOf("on Monday");
    const dates: TemporalExpression[] = [{ text: "on Monday", start: at, end: at + 9, type: "date", value: "2023-11-06", rule: "t", certain: true }];
    const [e] = extractAgreementEvents(doc(text, "2030-01-01"), { dates }).items;
    expect(e.date).toEqual({ value: "2023-11-06", text: "on Monday" });
  });

  it("gives the speaker of the quote that states the event", () => {
    const text = "“The deal between Spain and Morocco entered into force today,” the minister said.";
    const claims: Claim[] = [{ kind: "direct", text: text.slice(1, text.indexOf(",”")), start: 1, end: text.indexOf(",”"), speaker: { text: "the minister", name: "Ana Ruiz" }, rule: "t", certain: true }];
    const [e] = extractAgreementEvents(doc(text, "2022-04-08"), { claims }).items;
    expect(e.speaker?.name).toBe("Ana Ruiz");
    expect(e.date?.value).toBe("2022-04-08");
  });

  it("keeps every finding's text equal to its span", () => {
    const text = "In July, the US signed an asylum agreement with Guatemala. The agreement was expected to go into effect this summer.";
    for (const e of extractAgreementEvents(doc(text)).items) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("reports a diagnostic, not an event, when no party can be found", () => {
    const r = extractAgreementEvents(doc("The deal was signed on Friday.", "2020-01-10"));
    expect(r.items).toEqual([]);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(["agreement-parties-unresolved"]);
  });

  it.each([
    "the plan was signed on Friday",
    "asylum seekers were sent away",
    "the talks ended",
    "Mexico and the US will have to deal with the arrivals, officials signed off.",
    "It was a great deal of work for Mexico and the US, which ended in May.",
    "Mexico and the US were in broad agreement, and the talks ended.",
  ])("finds no agreement in %j", (text) => {
    expect(extractAgreementEvents(doc(text)).items).toEqual([]);
  });
});

describe("event dates with no dates extractor before this one", () => {
  // the agreements extractor then runs the dates extractor itself; done events look back, plans ahead
  it.each([
    ["Mexico and the US signed the deal on Friday.", "2019-09-20", "signed Mexico–United States 2019-09-20"],
    ["Mexico and the US signed the deal on Thursday.", "2019-09-20", "signed Mexico–United States 2019-09-19"],
    ["In July, Mexico and the US signed the deal.", "2019-09-20", "signed Mexico–United States 2019-07"],
    ["In November, Mexico and the US signed the deal.", "2019-09-20", "signed Mexico–United States 2018-11"],
    ["The deal between Mexico and the US is expected to take effect in March.", "2019-09-20", "expected_in_force Mexico–United States 2020-03"],
    ["Mexico and the US signed the deal this summer.", "2019-09-20", "signed Mexico–United States 2019-SU"],
    ["Mexico and the US signed the deal on September 20, 2019.", "2025-01-01", "signed Mexico–United States 2019-09-20"],
    ["Mexico and the US signed the deal in April 2022.", "2025-01-01", "signed Mexico–United States 2022-04"],
    ["Mexico and the US signed the deal in 2021.", "2025-01-01", "signed Mexico–United States 2021"],
    ["Mexico and the US signed the deal last year.", "2025-01-24", "signed Mexico–United States 2024"],
  ])("dates %j published %s: %s", (text, published, event) => expect(summary(text, published)).toEqual([event]));

  it.each(["room 404", "three treaties", "the Oval Office"])("takes no date from %j", (words) =>
    expect(summary(`Mexico and the US signed the deal in ${words}.`, "2020-01-01")).toEqual(["signed Mexico–United States -"]),
  );
});

function official(name: string, country: string): Official {
  return { name, title: "President", country, start: 0, end: 0, text: name, rule: "t", certain: true };
}

describe("event dates with no dates extractor before this one: extents", () => {
  it.each([
    ["Mexico and the US ratified the deal in February.", "February"],
    ["Mexico and the US signed the deal on Sept. 20, 2019.", "Sept. 20, 2019"],
  ])("takes the date in %j as %j", (text, words) => expect(extractAgreementEvents(doc(text, "2024-10-19"), {}).items[0]?.date?.text).toBe(words));
});

describe("event dates from the dates extractor", () => {
  const dated = (text: string, words: string, value: string) => {
    const at = text.indexOf(words);
    return [{ text: words, start: at, end: at + words.length, type: "date" as const, value, rule: "t", certain: true }];
  };

  it("reads again a reported event dated after its report: 'signed on Thursday' is the last Thursday", () => {
    const text = "Britain and Rwanda signed a partnership on Thursday that will let the UK send migrants.";
    const [e] = extractAgreementEvents(doc(text, "2022-04-15"), { dates: dated(text, "Thursday", "2022-04-21") }).items;
    expect(e.date).toEqual({ value: "2022-04-14", text: "Thursday" });
  });

  it("keeps a planned date ahead, and a past one when it was planned that year", () => {
    const text = "The agreement between Italy and Albania was expected to take effect in the summer.";
    const [e] = extractAgreementEvents(doc(text, "2022-04-15"), { dates: dated(text, "the summer", "2021-SU") }).items;
    expect(e.date?.value).toBe("2022-SU");
    const [f] = extractAgreementEvents(doc(text, "2019-09-20"), { dates: dated(text, "the summer", "2019-SU") }).items;
    expect(f.date?.value).toBe("2019-SU");
  });

  it("does not date an event by the year in the agreement's name", () => {
    const text = "The centres were built under a 2023 protocol with Albania that never entered into force, critics say of Italy.";
    const [e] = extractAgreementEvents(doc(text, "2025-02-02"), { dates: dated(text, "2023", "2023") }).items;
    expect(e).toMatchObject({ type: "never_implemented", date: null });
  });
});

describe("agreement events: rules from the held-out clusters (fixtures/eval)", () => {
  it.each([
    // a date follows the cue its preposition follows, not the one across a comma
    ["The pact between Greece and Turkey, which was signed in May 2016, remains in force.", "2018-01-01", ["signed Greece–Turkey 2016-05", "entered_into_force Greece–Turkey -"]],
    // a date before a cue gives way to one after it; the participle's place and date do not break the subject link
    ["The treaty between Chile and Peru signed in Lima on 3 March 1999 entered into force only in June 2004.", "2010-01-01", ["signed Chile–Peru 1999-03-03", "entered_into_force Chile–Peru 2004-06"]],
    // the last pronoun before the cue is its subject
    ["The accord, which Chile and Peru signed in 1999 and which came into force in June 2004, still holds.", "2010-01-01", ["signed Chile–Peru 1999", "entered_into_force Chile–Peru 2004-06"]],
    // an indefinite agreement among other countries than the one discussed is another agreement
    ["Greece and Turkey signed a deal on Friday. Greece already sends some migrants to Bulgaria under a protocol signed in May 2018.", "2019-09-20", ["signed Greece–Turkey 2019-09-20", "signed Bulgaria–Greece 2018-05"]],
    // a lone party completes from the actors of its sentence
    ["Under the new memorandum with Bulgaria, signed last month, Greece will keep a reception centre.", "2021-10-07", ["signed Bulgaria–Greece 2021-09"]],
    // a court ruling reaches the one agreement its sentence names
    ["The Supreme Court of Greece ruled on Tuesday that detaining the men breaches the country's constitution, a decision that clouds the 2016 pact with Turkey.", "2016-04-27", ["ruled_unlawful Greece–Turkey 2016-04-26"]],
    // a pronoun chain reaches back a few sentences
    ["Greece and Turkey signed a pact. Let us be clear. It was signed in haste. It was ruled unconstitutional in April 2016.", "2017-01-01", ["signed Greece–Turkey -", "signed Greece–Turkey -", "ruled_unlawful Greece–Turkey 2016-04"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));

  it.each([
    // "authority to sign" is no signing
    ["Greece and Turkey signed a pact. Critics argue the minister had no authority to sign an international agreement.", ["signed Greece–Turkey -"]],
    // a body named after an accord is no accord
    ["Italy and Libya agreed to cooperate. Italy's premier and the head of the Government of National Accord signed the three-year accord on Thursday.", ["signed Italy–Libya 2021-10-07"]],
    // renewal is not expansion
    ["The pact between Greece and Turkey was renewed on Thursday for three years.", []],
    // a link line of a scraped page reports nothing
    ["Related: Greece and Turkey in talks on a new pact | Most read", []],
    // an announcement of what an agreement will do is not the agreement's announcement
    ["Athens announced yesterday that its pact with Turkey will end on December 31.", []],
    // a demand named by its noun and its source ("calls from the opposition to", "pressure by farmers to") is no act
    ["Greece will keep its pact with Turkey, despite calls from the opposition to suspend it.", []],
    ["Greece kept its pact with Turkey in spite of pressure by farmers' unions to suspend it.", []],
  ])("finds no other event in %j", (text, expected) => expect(summary(text, "2021-10-07")).toEqual(expected));
});

describe("agreement events: ceasefires and truces (real wire copy's wording)", () => {
  it.each([
    // a truce that has held since a date was agreed then; with no side named, the two its sentence names
    ["An uneasy ceasefire has prevailed along the border, much of it Eritrean land, since June 2000 after Ethiopian troops pushed deep inside.", "2003-08-30", ["signed Eritrea–Ethiopia 2000-06"]],
    // one side named in the sentence is not enough to name the truce's sides
    ["An uneasy ceasefire has prevailed along the border since June 2000 after Ethiopian troops pushed deep inside.", "2003-08-30", []],
    ["The truce between India and Pakistan has largely held since February, officials said.", "2021-09-01", ["signed India–Pakistan 2021-02"]],
    // negatives: a truce broken, called for, or holding with no date it began; a deal (not a truce) "in place since"
    ["Fighting broke out again despite a UN-sponsored ceasefire in the region.", "1996-08-30", []],
    ["India and Pakistan called for a truce on Monday.", "2021-09-01", []],
    ["The truce between India and Pakistan has largely held, officials said.", "2021-09-01", []],
    ["The trade deal between India and Nepal has held since 2009.", "2021-09-01", []],
  ])("%j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));
});

describe("agreement events: movements described by what they are", () => {
  it.each([
    // a movement described by its people or region and a movement noun is a side of a military or peace deal
    ["Russia and Chechen separatists struck a military deal last week to end the fighting.", "1996-08-30", ["signed Chechen separatists–Russia 1996-W34"]],
    ["Indonesia and Aceh rebels signed a peace agreement in Helsinki on Monday.", "2005-08-16", ["signed Aceh rebels–Indonesia 2005-08-15"]],
    // "a ceasefire deal" is one mention, of the peace kind
    ["Israel and Hamas struck a ceasefire deal on Monday.", "2021-05-30", ["signed Hamas–Israel 2021-05-24"]],
    // negatives: a country's people with a movement noun is no description of a movement; rebels alone name no side
    ["Syria and Syrian rebels agreed a truce on Monday.", "2016-08-30", []],
    ["Rebels and the army signed a trade deal on Monday.", "2016-08-30", []],
    // a peace accord's other side told as an unnamed movement ("several rebel groups", "the insurgents") is no country the
    // article names elsewhere; with no such side told, or a movement described by its people, the sides are read as before
    ["Chad's government and several rebel groups signed a peace agreement on Saturday. Officials in France welcomed the accord. France keeps troops in Chad, and France trains its army.", "2019-04-15", []],
    ["Chad and the insurgents signed a peace deal on Saturday. Officials in France welcomed the accord. France keeps troops in Chad, and France trains its army.", "2019-04-15", []],
    ["Chad signed a peace agreement on Saturday. Officials in France welcomed the accord. France keeps troops in Chad, and France trains its army.", "2019-04-15", ["signed Chad–France 2019-04-13"]],
    ["Chad and Tebu rebels signed a peace deal on Saturday. Officials in France welcomed the accord. France keeps troops in Chad, and France trains its army.", "2019-04-15", ["signed Chad–Tebu rebels 2019-04-13"]],
  ])("%j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));
});

describe("agreement events: wordings from a fresh sample of real reports (paraphrased)", () => {
  it.each([
    // a participle after the agreement's phrase, its prepositional tail and a comma says what was done to it
    ["Parliament ratified the Memorandum between Spain and Morocco on the return of irregular migrants, signed in Rabat on March 3, 2022.", "2022-09-01", ["ratified Morocco–Spain -", "signed Morocco–Spain 2022-03-03"]],
    // a scheme to move people to a country: the destination is a side (the other from the article)
    ["The Supreme Court of Denmark ruled on Tuesday that the government's plan to fly some asylum seekers to Rwanda is unlawful.", "2024-03-13", ["ruled_unlawful Denmark–Rwanda 2024-03-12"]],
    ["Judges ruled that the government's scheme to send migrants to Albania was unlawful. Italy had signed the deal in 2023.", "2024-10-20", ["ruled_unlawful Albania–Italy -", "signed Albania–Italy 2023"]],
    // a weekday between the verb and an object led by a subject word ("immigration") is AP style, not a break
    ["Chile's top court upheld Friday an immigration agreement between Peru and Chile.", "2023-06-16", ["upheld Chile–Peru 2023-06-16"]],
    // the text or version of the deal is the deal signed
    ["Chile and Peru agreed to a trade pact. The two sides signed the initial version of the deal in November 2018.", "2020-04-26", ["signed Chile–Peru -", "signed Chile–Peru 2018-11"]],
    // a president's signature into law is his country's ratification
    ["Chile and Peru agreed to a trade pact. Peru's president signed it into law on Monday.", "2020-04-28", ["signed Chile–Peru -", "ratified Chile–Peru 2020-04-27"]],
    // a ratification revoked is no ratification
    ["Chile's president signed a bill revoking Chile's ratification of the fisheries treaty between Chile and Peru on Thursday.", "2023-11-02", []],
    // what an agreement needs "in order for it to" take effect is no entry into force
    ["Chile and Peru signed a fisheries treaty. Both had to ratify the treaty in order for it to come into force.", "2023-11-02", ["signed Chile–Peru -"]],
    // a dateline's city is where the report was filed, not a side
    ["Lima, Feb 29: Chile signed a fisheries deal with Ecuador on Saturday at a ceremony in Lima.", "2020-02-29", ["signed Chile–Ecuador 2020-02-29"]],
    // also with only a colon after the city
    ["Lima: Chile and Ecuador have signed a fisheries deal aimed at ending the quota dispute.", "2020-02-29", ["signed Chile–Ecuador 2020-02-29"]],
    // a capital naming its government mid-text, or a country after a dateline, stays a side
    ["Talks ended in Quito. Lima and Quito signed the fisheries deal on Monday.", "2020-02-29", ["signed Ecuador–Peru 2020-02-24"]],
    ["Quito: Peru and Ecuador signed a fisheries deal on Monday.", "2020-02-29", ["signed Ecuador–Peru 2020-02-24"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));

  it.each([
    // an indirect question asks, it does not tell
    ["Spain and Morocco signed a readmission deal. It is unclear whether, if ever, the deal will take effect.", "2021-10-07", ["signed Morocco–Spain -"]],
    ["Officials would not say whether Spain and Morocco had signed the readmission deal.", "2021-10-07", []],
    // a yes/no question (an explainer's heading) asks; the answer after it tells
    ["Has Chile left the fisheries treaty between Chile and Peru?\n\nYes. Chile withdrew from the fisheries treaty between Chile and Peru on Monday.", "2023-11-08", ["terminated Chile–Peru 2023-11-06"]],
    ["Did Peru ratify the trade pact between Chile and Peru? Officials in Lima did not answer.", "2023-11-08", []],
    // a question that asks why or when takes the act as given: not this rule's
    ["Why did Chile sign the fisheries treaty between Chile and Peru on Monday?", "2023-11-08", ["signed Chile–Peru 2023-11-06"]],
    ["Has the United States left the Paris Agreement? Officials in Washington would not say.", "2023-11-08", []],
    // a transfer scheme that moves goods, not people, names no side
    ["The ministry defended its plan to send tanks to Poland.", "2021-10-07", []],
    // an intention, a decision or a threat to act is no act (a formal notice of one announces it)
    ["Washington notified Moscow of its intention to withdraw from the arms control treaty between the United States and Russia.", "2019-02-05", ["announced Russia–United States -"]],
    ["Lima confirmed its decision to terminate the trade pact between Chile and Peru.", "2019-02-05", []],
    ["Lima repeated its threat to leave the trade pact between Chile and Peru.", "2019-02-05", []],
  ])("finds no other event in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));


  it("reads an announced withdrawal named by its noun as announced, a formal one as done", () => {
    const types = (text: string) => extractAgreementEvents(doc(text, "2019-08-05")).items.map((e) => e.type);
    expect(types("On Feb. 2, 2019, the U.S. announced its withdrawal from the INF Treaty.")).toEqual(["announced"]);
    expect(types("Pompeo said in a statement Friday announcing the US' formal withdrawal from the INF Treaty.")).toEqual(["withdrawn"]);
  });

  it("does not take a capital in an agreement's name for a side", () => {
    // "the Paris accord" names where the treaty was made; "the 2015 pact" is the same treaty, not a French one
    const text = "Washington: The United States has officially rejoined the Paris climate agreement, as the new administration plans deep emissions cuts.\n\nDiplomats welcomed the US return to the treaty, which became official on Friday.\n\nSince nearly 200 countries signed the 2015 pact to slow warming, the US has been the only country to leave.";
    expect(summary(text, "2021-02-20").filter((e) => e.includes("France"))).toEqual([]);
    // a capital as its country's government still counts where it acts: "Paris and Berlin signed a pact"
    expect(summary("Paris and Berlin signed a defence pact on Monday.", "2019-01-23")).toEqual(["signed France–Germany 2019-01-21"]);
  });

  it.each([
    // the process of leaving began: the act is under way, not done
    ["The process of leaving the Paris Agreement formally began in 2019.", "2021-02-19", "announced"],
    // the act as the subject of an evaluation is talked about, not reported
    ["Rejoining the Paris Agreement is a significant step for the new administration.", "2021-02-19", null],
    ["Leaving the Paris Agreement would be a mistake, the senator said.", "2021-02-19", null],
    // a past report keeps its event
    ["The United States rejoined the Paris Agreement on Friday.", "2021-02-20", "rejoined"],
  ])("reads %j as %s", (text, published, type) => {
    const types = extractAgreementEvents(doc(text, published)).items.map((e) => e.type);
    expect(types).toEqual(type ? [type] : []);
  });
});

describe("agreement events: wordings from a fourth fresh sample of real reports (paraphrased)", () => {
  /** "type party name date" for each event, in text order. */
  const named = (text: string, published: string, found = {}) =>
    extractAgreementEvents(doc(text, published), found).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.name} ${e.date?.value ?? "-"}`);
  it.each([
    // an apposition after the agreement dates its own verb, not the withdrawal
    ["Norway has formally withdrawn from the Treaty on Open Skies, an accord signed in 1992 in Helsinki.", "2021-01-10", ["withdrawn Norway Treaty on Open Skies -"]],
    // a named convention's complement belongs to its name; a date right after another agreement verb is that verb's
    ["The Mine Ban Convention on the Prohibition of landmines came into force in 1999, and 160 states, including Chile, joined it.", "2025-05-08", ["entered_into_force - Ottawa Treaty 1999", "ratified Chile Ottawa Treaty -"]],
    // a legislature's vote or decision is its act, though worded as a goal
    ["Latvia's Saeima voted on Thursday to withdraw the country from the Ottawa Convention.", "2025-04-18", ["withdrawn Latvia Ottawa Treaty 2025-04-17"]],
    ["On Tuesday the Lithuanian Seimas decided to denounce the Mine Ban Treaty.", "2025-05-08", ["withdrawn Lithuania Ottawa Treaty 2025-05-06"]],
    // "no longer a party to" is the withdrawal done, as of the day it is said
    ["Norway is no longer a party to the Treaty on Open Skies, the ministry said on Sunday.", "2021-01-10", ["withdrawn Norway Treaty on Open Skies 2021-01-10"]],
    // leaving under way, or its notice, is announced
    ["The president said he is withdrawing Norway from the Open Skies Treaty.", "2020-05-22", ["announced Norway Treaty on Open Skies -"]],
    ["Six months ago Norway submitted its notice of withdrawal from the Treaty on Open Skies.", "2020-11-22", ["announced Norway Treaty on Open Skies 2020-05"]],
    ["Norway announced on May 21 its intention to withdraw from the 34-nation Open Skies Treaty.", "2020-05-22", ["announced Norway Treaty on Open Skies 2020-05-21"]],
    ["After Norway announced its intention to exit the treaty, Oslo condemned the Treaty on Open Skies again. Norway said it would exit the Treaty on Open Skies.", "2020-05-22", ["announced Norway Treaty on Open Skies -", "announced Norway Treaty on Open Skies -"]],
    // a decree annulling a state's ratification is its withdrawal (a bill revoking one only proposes it)
    ["A presidential decree early on Saturday annulled Turkey's ratification of the Istanbul Convention.", "2021-03-20", ["withdrawn Turkey Istanbul Convention 2021-03-20"]],
    // a later text of an agreement is another agreement: its signing and its fate are not the treaty's
    ["Russia suspended the CFE Treaty in 2007. An adapted agreement was signed in 1999 but it never entered into force.", "2023-11-07", ["suspended Russia Treaty on Conventional Armed Forces in Europe 2007"]],
    // two verbs sharing the agreement as their object: the first one's event too (seventh sample)
    ["It was Norway that withdrew from and violated the Treaty on Open Skies in 2021.", "2025-08-28", ["withdrawn Norway Treaty on Open Skies 2021"]],
    // tenth sample: "once again" is no condition; an order to leave, signed or issued, announces it
    ["The president once again withdrew Norway from the Open Skies Treaty on Monday.", "2025-01-21", ["withdrawn Norway Treaty on Open Skies 2025-01-20"]],
    ["The president signed an executive order to withdraw Norway from the Open Skies Treaty on Monday.", "2025-01-21", ["announced Norway Treaty on Open Skies 2025-01-20"]],
    ["The president signed the executive order withdrawing Norway from the Open Skies Treaty.", "2025-01-21", ["announced Norway Treaty on Open Skies -"]],
    // a country set beside the actor ("unlike the U.S.") is not the actor
    ["Canada, unlike the U.S., signed and ratified the Kyoto Protocol.", "2011-12-12", ["signed Canada Kyoto Protocol -", "ratified Canada Kyoto Protocol -"]],
  ])("finds the events in %j", (text, published, expected) => expect(named(text, published)).toEqual(expected));

  it.each([
    // a directive's content is asked for, not done
    ["The defence ministers recommended that their governments withdraw from the Ottawa Convention.", "2025-03-18"],
    // a gerund adjunct of a rule about the future reports nothing
    ["After leaving the Ottawa Convention, a state will be free to stock mines.", "2025-03-18"],
    // a withdrawal named as the subject of what will happen is talked about
    ["Withdrawal from the Ottawa Convention will take effect six months after notice.", "2025-03-18"],
    // "denounced … as" is criticism, not treaty law's denunciation
    ["Norway's opposition denounced the Treaty on Open Skies as a giveaway.", "2020-05-22"],
  ])("finds no event in %j", (text, published) => expect(named(text, published)).toEqual([]));

  it("does not take a person's denunciation of a treaty for a withdrawal", () => {
    const text = "Senator Mark Ellison denounced the Treaty on Open Skies on Monday.";
    const officials = [{ text: "Senator Mark Ellison", start: 0, end: 20, name: "Mark Ellison", title: "Senator", country: "United States", certain: true, rule: "t" }] as unknown as Official[];
    expect(named(text, "2020-05-22", { officials })).toEqual([]);
    expect(named("Russia denounced the Treaty on Open Skies on Monday.", "2021-06-08")).toEqual(["withdrawn Russia Treaty on Open Skies 2021-06-07"]);
  });

  it("gives a described two-side deal no open treaty's name borrowed from another sentence", () => {
    const names = (text: string) => extractAgreementEvents(doc(text, "2024-03-14")).items.map((e) => `${e.type} ${e.parties.join("–")} ${e.name}`);
    // the water deal's later one-country mention is the Paris Agreement's: that name is not the deal's
    expect(names("Zambia and Malawi signed a water agreement on Tuesday.\n\nSeparately, Zambia would present its targets under the Paris Agreement at the summit.")).toEqual(["signed Malawi–Zambia null"]);
    // also when the other sentence gives the treaty by an alias, whose registry reading drops the deal's sides (session 36, paraphrased)
    expect(names("A water agreement that was signed by Zambia and Malawi last year came into force on Monday.\n\nThe Zambia-Malawi water agreement also refers to the 2015 Paris Climate Agreement.")).toEqual(["signed Malawi–Zambia null"]);
    // the same name given in the act's own sentence, or a treaty with fixed sides, is the agreement's
    expect(names("The United States and China signed the Paris Agreement in 2016.")[0]).toMatch(/^signed .*Paris Agreement$/);
    expect(names("Russia and the United States signed a missile treaty in 1987.\n\nMoscow later left the INF Treaty.")[0]).not.toMatch(/null$/);
  });

  it("names a described agreement by the registry name it is given", () => {
    const ev = (name: string, parties: string[], type: AgreementEvent["type"]) => ({ text: "x", start: 0, end: 1, type, parties, kind: null, name, party: null, date: null, hedged: false, speaker: null, rule: "suspension", certain: true }) as AgreementEvent;
    // an open treaty: its one described side is the party of a one-party act, and no side of a joint one
    expect(asRegistryEvent(ev("CFE Treaty", ["Russia"], "suspended"), SHIPPED_AGREEMENTS)).toMatchObject({ name: "Treaty on Conventional Armed Forces in Europe", parties: [], party: "Russia" });
    expect(asRegistryEvent(ev("CFE Treaty", ["Russia"], "signed"), SHIPPED_AGREEMENTS)).toMatchObject({ parties: [], party: null });
    // a treaty with fixed sides keeps the described ones; a name the registry does not know is left as it is
    expect(asRegistryEvent(ev("INF treaty", ["Russia", "United States"], "terminated"), SHIPPED_AGREEMENTS)).toMatchObject({ name: "Intermediate-Range Nuclear Forces Treaty", parties: ["Russia", "United States"] });
    expect(asRegistryEvent(ev("Lima Fisheries Pact", ["Chile", "Peru"], "signed"), SHIPPED_AGREEMENTS).name).toBe("Lima Fisheries Pact");
  });

  it.each([
    // one state leaving a treaty of many states (no fixed sides) is its withdrawal, the treaty in force for the rest
    ["CFE Treaty", ["Russia"], "Russia formally withdrew from the security treaty", { type: "withdrawn", party: "Russia" }],
    ["CFE Treaty", [], "the alliance's pullout from the arms pact", { type: "withdrawn", party: null }],
    // ended in other words stays ended; a deal of two fixed sides ends when one leaves
    ["CFE Treaty", [], "the security treaty was scrapped", { type: "terminated" }],
    ["INF treaty", ["Russia", "United States"], "Washington withdrew from the missile treaty", { type: "terminated" }],
  ])("reads a termination of %s told as %j", (name, parties, text, want) => {
    const e = { text, start: 0, end: text.length, type: "terminated", parties, kind: null, name, party: null, date: null, hedged: false, speaker: null, rule: "termination", certain: true } as AgreementEvent;
    expect(asRegistryEvent(e, SHIPPED_AGREEMENTS)).toMatchObject(want);
  });

  it("gives a one-party act with no party named the one party the article gives that act", () => {
    const ev = (party: string | null, type: AgreementEvent["type"] = "withdrawn") => ({ text: "x", start: 0, end: 1, type, parties: [], kind: null, name: "Ottawa Treaty", party, date: null, hedged: false, speaker: null, rule: "r", certain: true }) as AgreementEvent;
    expect(fillParties([ev("Lithuania"), ev(null)]).map((e) => e.party)).toEqual(["Lithuania", "Lithuania"]);
    // two parties left: whose act it is stays open; another act's party is no evidence
    expect(fillParties([ev("Lithuania"), ev("Latvia"), ev(null)]).map((e) => e.party)).toEqual(["Lithuania", "Latvia", null]);
    expect(fillParties([ev("Lithuania", "suspended"), ev(null)]).map((e) => e.party)).toEqual(["Lithuania", null]);
  });
});

describe("agreement events: wordings from a fifth fresh sample of real reports (paraphrased)", () => {
  it.each([
    // what the agreement is about, or a relative clause on it, between it and its entry into force
    ["An accord between Chile and Peru on fishing quotas took effect Tuesday.", "2025-08-06", ["entered_into_force Chile–Peru 2025-08-05"]],
    ["A pact between Lima and Santiago under which boats from one country can fish in the waters of the other will come into force Tuesday, officials said.", "2025-08-02", ["expected_in_force Chile–Peru 2025-08-05"]],
    ["A deal with Peru to let Chilean boats fish in its waters is coming into force today, Chile said.", "2025-08-05", ["entered_into_force Chile–Peru 2025-08-05"]],
    // a description in common words after "a" is no registry name ("a comprehensive peace agreement")
    ["Chilean President Ana Soto and Peruvian President Luis Paz signed a comprehensive peace agreement on Friday.", "2025-08-09", ["signed Chile–Peru 2025-08-08"]],
    // a word for the day restated as a calendar date is that date
    ["The memorandum between Chile and Peru was signed today, 16 July 2023, in Lima.", "2023-07-17", ["signed Chile–Peru 2023-07-16"]],
    // a demonstrative points back at the agreement just discussed, whoever the subject names
    ["Chile and Peru signed a fisheries memorandum. Ministers from Spain and Italy visited a month ago, when they proposed this partnership.", "2023-07-17", ["signed Chile–Peru -", "proposed Chile–Peru 2023-06"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));

  it.each([
    // a goal, not an act
    ["The initial goal was to sign a memorandum between Chile and Peru by the end of June.", "2023-07-16"],
    // a participle after a determiner is an adjective of the noun
    ["Chile and Peru asked officials to draft a memorandum on the enlarged partnership package.", "2023-06-11"],
  ])("finds no event in %j", (text, published) => expect(summary(text, published)).toEqual([]));
});

describe("agreement events: wordings from a sixth fresh sample of real reports (paraphrased)", () => {
  it.each([
    // "Democratic Republic of Congo" (no article) is Kinshasa's state, not its neighbour the Republic of the Congo
    ["Angola and the Democratic Republic of Congo signed a border accord on Friday.", "2025-06-28", ["signed Angola–Democratic Republic of the Congo 2025-06-27"]],
    // a participle right after its noun takes no date from the reporting verb before the noun
    ["Chile's minister said on Thursday the fisheries deal signed between Chile and Peru is a full partnership.", "2025-05-02", ["signed Chile–Peru -"]],
    ["The fisheries deal between Chile and Peru, signed on Wednesday, opens both coasts.", "2025-05-02", ["signed Chile–Peru 2025-04-30"]],
    // a date inside the noun phrase is the agreement's own
    ["Chile and Peru reached a fisheries accord. Boats may fish both coasts under the Feb. 23 accord signed in Lima.", "2025-05-02", ["signed Chile–Peru -", "signed Chile–Peru 2025-02-23"]],
    // a text agreed whose signing the paragraph still expects is announced; with no signing ahead it is concluded
    // (told in the present perfect in the lead: the report's day, as for named agreements)
    ["Chile and Peru have agreed on a fisheries deal, the minister said. The deal is just waiting to be signed.", "2025-02-28", ["announced Chile–Peru 2025-02-28"]],
    ["Chile and Peru have agreed on a fisheries deal, the minister said. Boats will sail next month.", "2025-02-28", ["signed Chile–Peru 2025-02-28"]],
    // a signing something happens "ahead of" is still to come (eighth sample)
    ["Chile and Peru signed a fisheries deal. Lima's minister will fly in next week ahead of the signing of a second deal between Chile and Peru.", "2025-02-28", ["signed Chile–Peru -"]],
    // "its withdrawal, which will take effect in a year": that "which" is the withdrawal's, no entry into force of the deal
    ["Chile and Peru signed a fisheries deal. Peru must notify Chile of its withdrawal, which will take effect in a year.", "2025-01-21", ["signed Chile–Peru -"]],
    // eleventh sample: a letter of intent between two states is an agreement; a date in the possessive dates its own noun
    ["Chile and Peru signed a letter of intent on fisheries in Lima.", "2025-09-25", ["signed Chile–Peru -"]],
    ["With next month's election ahead, Chile has signed an agreement with Peru on fisheries.", "2025-09-26", ["signed Chile–Peru -"]],
    ["Chile and Peru signed a fisheries deal. After Friday's signing of the deal, boats sailed.", "2025-09-29", ["signed Chile–Peru -", "signed Chile–Peru 2025-09-26"]],
    // a customs union is a side of the trade agreements it makes; "concluded" an agreement is its conclusion (ninth sample)
    ["The European Union and Mercosur have officially concluded a trade agreement after 25 years of talks.", "2024-12-07", ["signed European Union–Mercosur -"]],
    // a signing talked about in the present ("does not mean"), with an aside in brackets, reports none
    ["Chile and Peru signed a fisheries deal. The signing of the agreement (talked about since 1999) does not mean its implementation.", "2024-12-06", ["signed Chile–Peru -"]],
    // a participle after a possessive is the noun's adjective ("Lima's enlarged partnership"), no expansion reported
    ["Chile and Peru signed a fisheries deal. The parties agreed to the first phase of Lima's enlarged partnership.", "2025-02-28", ["signed Chile–Peru -"]],
    // but a proposed agreement is one on the table
    ["Chile and Peru signed a fisheries deal. Ministers are divided over the proposed Chile-Peru trade deal.", "2025-02-28", ["signed Chile–Peru -", "proposed Chile–Peru -"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));
});

describe("agreement events: a present perfect in the lead is news of the report's day", () => {
  const dated = (text: string) => extractAgreementEvents(doc(text, "2021-04-12")).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.date?.value ?? "-"}`);
  it.each([
    ["Prime Minister Ortiz has announced that Canada will withdraw from the Paris Agreement.", ["announced Canada 2021-04-12"]],
    // a headline line (no full stop) before the lead
    ["Canada Quits Climate Pact\n\nPrime Minister Ortiz has announced that Canada will withdraw from the Paris Agreement, aides said.", ["announced Canada 2021-04-12"]],
    ["Russia has formally suspended its participation in New START, the Kremlin said.", ["suspended Russia 2021-04-12"]],
    // negative rows: further down the perfect is background of any age; a past perfect is no news of the day;
    // a time word in the lead is the event's or another act's, not left to the report's day
    ["Canada debated its climate policy for months. Prime Minister Ortiz has announced that Canada will withdraw from the Paris Agreement.", ["announced Canada -"]],
    ["Prime Minister Ortiz had announced that Canada would withdraw from the Paris Agreement.", ["announced Canada -"]],
    ["Prime Minister Ortiz has announced that Canada will withdraw from the Paris Agreement next year.", ["announced Canada -"]],
  ])("%s", (text, want) => expect(dated(text)).toEqual(want));
});

describe("agreement events: a described deal in an article that names one agreement of its subject", () => {
  const read = (text: string) => extractAgreementEvents(doc(text, "2015-07-14")).items.map((e) => `${e.type} ${e.name} ${e.parties.join("–") || "-"} ${e.date?.value ?? "-"}`);
  it.each([
    // the deal's sentence speaks of the named treaty's subject (nuclear): it is that treaty
    [
      "Iran and the United States struck a deal on Tuesday to curb Iran's nuclear work. Officials hailed the JCPOA as a turning point.",
      ["signed Joint Comprehensive Plan of Action - 2015-07-14"],
    ],
    // negative rows: another subject, or a second agreement named, leaves the described deal its own
    [
      "Iran and China signed a trade deal on Tuesday. Officials hailed the JCPOA as a turning point.",
      ["signed deal China–Iran 2015-07-14"],
    ],
    [
      "Iran and the United States struck a deal on Tuesday to curb Iran's nuclear work. Officials compared the JCPOA with New START.",
      ["signed deal Iran–United States 2015-07-14"],
    ],
  ])("%s", (text, want) => expect(read(text)).toEqual(want));
});

describe("agreement events: trade, EU external deals and peace accords (agr4 sample, paraphrased)", () => {
  it.each([
    // "this" before a day of the week: a done act's day is the one just gone, not the coming one
    ["Chile signed this Sunday a fisheries partnership with Peru.", "2024-03-18", ["signed Chile–Peru 2024-03-17"]],
    ["Chile signed on Sunday a fisheries partnership with Peru.", "2024-03-18", ["signed Chile–Peru 2024-03-17"]],
    // the terms of a deal agreed: its text is settled and its signing still ahead (an agreement in principle)
    ["In June, Chile and Peru agreed on the terms of a fisheries agreement, ending years of talks.", "2019-07-17", ["announced Chile–Peru 2019-06"]],
    ["In June, Chile and Peru agreed on a fisheries agreement, ending years of talks.", "2019-07-17", ["signed Chile–Peru 2019-06"]],
    // a passive conclusion whose sides follow the verb ("was struck on Friday between …"); the noun phrase alone stays
    // the mention, so the verb's date dates it
    ["The fisheries deal was struck on Friday between Chile and Peru.", "2016-03-18", ["signed Chile–Peru 2016-03-18"]],
    ["The fisheries deal was signed in Lima last week between Chile and Peru.", "2016-03-18", ["signed Chile–Peru 2016-W10"]],
    ["The fisheries deal between Chile and Peru was signed on Friday.", "2016-03-18", ["signed Chile–Peru 2016-03-18"]],
    // "the bloc" among the sides is the one bloc the article names; "just after" a time is that time's preposition
    ["Mercosur ministers met in Asuncion. Migrants reaching Peru will be sent back to Bolivia. The deal was struck just after 5pm between the 4-member bloc and Chilean President Ana Soto.", "2016-03-18", ["signed Chile–Mercosur 2016-03-18"]],
    // a time after "after" in a clause of its own is no date of the act
    ["Chile and Peru signed the fisheries deal two days after Bolivia left on Friday.", "2016-03-18", ["signed Chile–Peru -"]],
    // a movement noun, then its region after "in"/"from": the region's movement ("Atacama rebels"); not a month
    ["The Chilean government and the rebel authorities in Atacama reached an agreement on Wednesday.", "2022-11-02", ["signed Atacama rebels–Chile 2022-11-02"]],
    ["Chile signed a peace deal with separatists from Atacama on Wednesday.", "2022-11-02", ["signed Atacama separatists–Chile 2022-11-02"]],
    ["Chile signed a peace deal with rebels in March.", "2022-11-02", []],
    // a capital named after the word "capital" says where, not who; capitals alone still stand for their governments
    // (the capital named after "capital" says where: the truce's sides are not read from it)
    ["The Chilean government and regional forces from Atacama agreed on Wednesday to stop fighting. Just over a week after formal talks began in the Peruvian capital Lima, delegates from both sides signed an agreement on a permanent end to hostilities.", "2022-11-04", []],
    ["Lima and Santiago signed a fisheries deal on Monday.", "2022-11-04", ["signed Chile–Peru 2022-10-31"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));

  it.each([
    // a decision, a mandate, a green light on a signing: the signing is still to come
    ["The ministers adopted a decision on the signing of a fisheries deal between Chile and Peru.", "2020-12-29"],
    ["The cabinet gave the green light for the signing of the fisheries deal between Chile and Peru.", "2020-12-29"],
    ["The Council adopted a decision on the signing of the EU-UK Trade and Cooperation Agreement.", "2020-12-29"],
    // a decree, an order or a proposal on the signing (with whose proposal it is between): the signing is still ahead
    ["The president signed a decree on the signing of a fisheries deal between Chile and Peru on Monday.", "2020-12-29"],
    ["The prime minister approved the proposal of the Ministry of Trade on signing a fisheries deal between Chile and Peru.", "2020-12-29"],
    ["The cabinet backed a proposal by the trade ministry for the signing of a fisheries deal between Chile and Peru.", "2020-12-29"],
  ])("finds no event in %j", (text, published) => expect(summary(text, published)).toEqual([]));

  it("takes the Holy See (the Vatican) for a state that makes agreements, not for Italy or no one", () => {
    expect(summary("The Vatican and China extended their provisional agreement on the appointment of bishops on Saturday.", "2022-10-22")).toEqual(["expanded China–Holy See 2022-10-22"]);
    // an office in the Vatican naming another pair's pact gives it no side
    expect(summary("Vatican officials said the pact between Chile and Peru was signed on Monday.", "2022-10-22")).toEqual(["signed Chile–Peru 2022-10-17"]);
  });

  it.each([
    // a decree or an order beside a signing that is told as done is no decree on it
    ["Chile and Peru signed the fisheries deal on Monday, days after a decree of the cabinet.", "2020-12-29", ["signed Chile–Peru 2020-12-28"]],
    ["The ministers attended the signing of a fisheries deal between Chile and Peru on Monday, under orders from their capitals.", "2020-12-29", ["signed Chile–Peru 2020-12-28"]],
  ])("keeps the signing in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));

  it("keeps a signing that happened, with a noun before it that is no decision", () => {
    expect(summary("Ministers attended the signing of a fisheries deal between Chile and Peru on Monday.", "2020-12-29")).toEqual(["signed Chile–Peru 2020-12-28"]);
    expect(summary("The Council signed the EU-UK Trade and Cooperation Agreement on Tuesday.", "2020-12-30")).toEqual(["signed European Union–United Kingdom 2020-12-29"]);
  });
});

describe("agreement events: migration and EU external deals (realmig sample, paraphrased)", () => {
  it.each([
    // the topic, in lower-case words, between the agreement noun and its sides
    ["A memorandum on the handling of migrant arrivals between Spain and Senegal was signed today in Madrid.", "2024-05-06", ["signed Senegal–Spain 2024-05-06"]],
    // (one still to be signed on a given time is announced, on the report's day)
    ["A memorandum on the handling of migrant arrivals between Spain and Senegal is to be signed next week.", "2024-05-06", ["announced Senegal–Spain 2024-05-06"]],
    // a participle phrase without its auxiliary, or the government that made them, before the listed sides: one agreement each
    [
      "Chile suspended the agreements concluded under the former government with Peru, Bolivia and Ecuador.",
      "2024-05-06",
      ["suspended Chile–Peru -", "suspended Bolivia–Chile -", "suspended Chile–Ecuador -", "signed Chile–Peru -", "signed Bolivia–Chile -", "signed Chile–Ecuador -"],
    ],
    [
      "Chile has begun the process to terminate return agreements from the previous government with Peru and Bolivia, the minister said on Saturday.",
      "2024-05-06",
      ["announced Chile–Peru 2024-05-04", "announced Bolivia–Chile 2024-05-04"],
    ],
    // a side written into another agreement's own words is no side of the listed ones
    [
      "Flights under the Chile-Peru deal were paused in March, and the deals with Bolivia and Ecuador were never implemented.",
      "2024-05-06",
      ["suspended Chile–Peru 2024-03", "never_implemented Bolivia–Chile -", "never_implemented Chile–Ecuador -"],
    ],
    // "struck down" is a court's ruling, not a conclusion; a "by" agent that is no court made no ruling
    ["The court struck down the fisheries deal between Chile and Peru on Monday.", "2024-05-08", ["ruled_unlawful Chile–Peru 2024-05-06"]],
    ["The fisheries deal between Chile and Peru was struck down by the constitutional court on Monday.", "2024-05-08", ["ruled_unlawful Chile–Peru 2024-05-06"]],
    ["The fisheries deal between Chile and Peru, which was struck down by both governments, still divides them.", "2024-05-08", []],
    ["Chile and Peru struck a fisheries deal on Monday.", "2024-05-08", ["signed Chile–Peru 2024-05-06"]],
    // the present perfect of the lead is the report's day for described deals too; further down it is background
    ["Chile has signed a fisheries deal with Peru, officials said.", "2024-05-08", ["signed Chile–Peru 2024-05-08"]],
    ["The Supreme Court has ruled that the transfer deal between Chile and Peru is unlawful.", "2024-05-08", ["ruled_unlawful Chile–Peru 2024-05-08"]],
    ["Fishing is vital to both. Chile has signed a fisheries deal with Peru.", "2024-05-08", ["signed Chile–Peru -"]],
    // "the program", "the scheme" stand for a named migration arrangement; not for an arms-control treaty
    ["The US launched the Migrant Protection Protocols in 2019. The acting secretary suspended the program in January.", "2021-06-02", ["suspended Mexico–United States 2021-01"]],
    ["The Migration and Economic Development Partnership was agreed in 2022. The new government scrapped the scheme on Saturday.", "2024-07-07", ["signed Rwanda–United Kingdom 2022", "terminated Rwanda–United Kingdom 2024-07-06"]],
    ["New START entered into force in 2011. The acting secretary suspended the program in January.", "2021-06-02", ["entered_into_force Russia–United States 2011"]],
    // "last week on 14 April 2022": the week restated as its day
    ["Talks followed the signing of a fisheries pact between Chile and Peru last week on 14 April 2022.", "2022-04-21", ["signed Chile–Peru 2022-04-14"]],
    ["Talks followed the signing of a fisheries pact between Chile and Peru last week.", "2022-04-21", ["signed Chile–Peru 2022-W15"]],
    // a state in force ahead is an expected entry into force; a conditional one, or one since long ago, is none
    ["A new agreement between Chile and Peru will be in effect on Saturday.", "2023-03-24", ["expected_in_force Chile–Peru 2023-03-25"]],
    ["The agreement between Chile and Peru would be in effect only if both parliaments approve it.", "2023-03-24", []],
    // a joint declaration is a text the sides sign; one still to be signed is announced (on the report's day), not signed
    ["Chile and Peru signed a joint declaration on a fisheries partnership on Monday.", "2024-03-19", ["signed Chile–Peru 2024-03-18"]],
    ["A joint declaration on fisheries between Chile and Peru is to be signed next week.", "2024-03-19", ["announced Chile–Peru 2024-03-19"]],
    // a relative clause's verb is not dated by the main clause before its agreement; its own date still dates it
    ["Judges on Friday ordered the migrants back, dealing a blow to a deal that Tirana signed with Rome.", "2024-10-19", ["signed Albania–Italy -"]],
    ["Judges on Friday ordered the migrants back, dealing a blow to a deal that Tirana signed with Rome last year.", "2024-10-19", ["signed Albania–Italy 2023"]],
    ["The fisheries pact that Chile signed with Peru on Friday was hailed.", "2024-10-19", ["signed Chile–Peru 2024-10-18"]],
    // "came to an end" ends a described deal; talks on a deal that end (or stop) leave the deal as it was
    ["The migration pact between Italy and Libya came to an end in February.", "2024-10-19", ["terminated Italy–Libya 2024-02"]],
    ["Talks on a migration pact between Italy and Libya came to an end in February.", "2024-10-19", ["proposed Italy–Libya 2024-10"]],
    ["Negotiations over the migration pact between Italy and Libya were suspended in February.", "2024-10-19", ["proposed Italy–Libya 2024-10"]],
    // a singular agreement listing the sides of agreements the article already told apart is those agreements;
    // a list with a side no earlier agreement has stays as it was read
    [
      "Chile signed return deals with Peru and Bolivia in May. In June, Chile suspended the agreement with Peru and Bolivia.",
      "2024-07-01",
      ["signed Chile–Peru 2024-05", "signed Bolivia–Chile 2024-05", "suspended Chile–Peru 2024-06", "suspended Bolivia–Chile 2024-06"],
    ],
    // an adverb on the agreement's adjective keeps the verb's object: "signed a legally non-binding MOU"
    ["On 29 August 2012, Australia and Nauru signed a legally non-binding MOU on the transfer of persons.", "2012-09-05", ["signed Australia–Nauru 2012-08-29"]],
    // a neighbour named for its border is no side of a deal that names one side only
    ["Chile signed a fisheries deal with Peru. The deal sends boats south, with priority on its border with Bolivia.", "2012-09-05", ["signed Chile–Peru -"]],
    // a topic between the sides and a passive keeps the agreement the verb's subject
    ["An agreement between Chile and Peru on fisheries was signed on Friday.", "2016-03-18", ["signed Chile–Peru 2016-03-18"]],
    // a passive approval (or confirmation) whose "by" agent names both sides concludes the deal; one side's does not
    ["The fisheries deal between Chile and Peru was confirmed by Chilean and Peruvian ministers on Friday.", "2016-03-18", ["signed Chile–Peru 2016-03-18"]],
    ["The fisheries deal between Chile and Peru was approved by Chilean ministers on Friday.", "2016-03-18", []],
    ["The ministry confirmed the fisheries deal between Chile and Peru on Friday.", "2016-03-18", []],
    // a body for its state as a relative clause's subject: "the deal the bloc signed with Tunisia"
    ["The EU signed a migration partnership with Mauritania on Thursday, modelled on the deal the bloc signed with Tunisia in July.", "2024-03-08", ["signed European Union–Mauritania 2024-03-07", "signed European Union–Tunisia 2023-07"]],
  ])("finds the events in %j", (text, published, expected) => expect(summary(text, published)).toEqual(expected));
});

describe("agreement events: the lead's present perfect gives a described deal the report's day as inferred, not stated", () => {
  const read = (text: string) => extractAgreementEvents(doc(text, "2024-05-08")).items.map((e) => [e.type, e.date?.value ?? null, e.certain]);
  it("marks the report's day inferred, so a source that states the day is not contradicted by it", () => {
    expect(read("Chile has signed a fisheries deal with Peru, officials said.")).toEqual([["signed", "2024-05-08", false]]);
    expect(read("Chile signed a fisheries deal with Peru on Monday.")).toEqual([["signed", "2024-05-06", true]]);
  });
});

describe("agreement events: the pronoun of a subordinate clause ('since it withdrew') is the party already acting, not the main subject", () => {
  const read = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.date?.value ?? "-"}`);
  it.each([
    ["Russia suspended its participation in the Black Sea Grain Initiative in July. Ukraine has exported less grain since it withdrew.", "2023-09-01", ["suspended Russia 2023-07", "withdrawn Russia -"]],
    ["The United States left the Paris Agreement in 2020. China said emissions had risen since it withdrew.", "2021-03-01", ["withdrawn United States 2020", "withdrawn United States -"]],
    // negative row: with no earlier act of a party, the subject the pronoun follows stays the actor
    ["The United States said emissions had fallen since it left the Paris Agreement in 2020.", "2021-03-01", ["withdrawn United States 2020"]],
  ])("%s", (text, published, want) => expect(read(text, published)).toEqual(want));
});

describe("agreement events: a trigger's object with modifiers the word lists do not know ('signed a military intelligence pact')", () => {
  it.each([
    ["Norway and Iceland signed a military intelligence pact on Tuesday.", ["signed Iceland–Norway 2016-11-22"]],
    ["Norway and Iceland signed a new undersea cable pact on Tuesday.", ["signed Iceland–Norway 2016-11-22"]],
    ["Norway and Iceland signed a 10-year intelligence-sharing pact on Tuesday.", ["signed Iceland–Norway 2016-11-22"]],
    // negative rows: a noun of its own between the verb and the agreement ("a letter opposing the pact"), or a
    // verb form before the noun, links no object; nor do more than three modifiers
    ["Norway and Iceland signed a letter opposing the pact on Tuesday.", []],
    ["Norway and Iceland signed a law banning pact renewals on Tuesday.", []],
    ["Norway and Iceland signed a long and very detailed cable pact on Tuesday.", []],
  ])("%s", (text, want) => expect(summary(text, "2016-11-24")).toEqual(want));
});

describe("agreement events: a journey whose purpose is the act ('travelled to Kigali to sign a deal') reports a plan, not the act", () => {
  it.each([
    ["The Chilean minister travelled to Lima to sign a fisheries deal with Peru.", []],
    ["The Chilean minister is in Lima to sign a fisheries deal with Peru.", []],
    // negative rows: the act itself told after the journey, or the journey in a clause of its own
    ["The Chilean minister travelled to Lima and signed a fisheries deal with Peru.", ["signed Chile–Peru -"]],
    ["Chile and Peru signed a fisheries deal in Lima, where the minister went to meet officials.", ["signed Chile–Peru -"]],
  ])("%s", (text, want) => expect(summary(text, "2016-11-24")).toEqual(want));
});

describe("agreement events: a gapped conjunct ('… with Chile in May and with Peru and Ecuador in June') shares the verb and has its own date", () => {
  it.each([
    ["Brazil signed fisheries agreements with Chile in May 2018 and with Peru and Ecuador in June 2018.", ["signed Brazil–Chile 2018-05", "signed Brazil–Peru 2018-06", "signed Brazil–Ecuador 2018-06"]],
    ["Brazil signed a fisheries deal with Chile on Monday and with Peru on Friday.", ["signed Brazil–Chile 2018-07-02", "signed Brazil–Peru 2018-06-29"]],
    // negative rows: a conjunct that names no country only, or a country's possessive, is no other agreement
    ["Brazil signed a fisheries deal with Chile on Monday and with the help of the UN began patrols.", ["signed Brazil–Chile 2018-07-02"]],
    ["Brazil signed a fisheries deal with Chile on Monday and with Peru's backing will patrol the coast.", ["signed Brazil–Chile 2018-07-02"]],
  ])("%s", (text, want) => expect(summary(text, "2018-07-03")).toEqual(want));
});

describe("agreement events: an entry into force its clause dates after the report is expected, whatever the verb's form", () => {
  const named = (text: string, published: string) => extractAgreementEvents(doc(text, published)).items.map((e) => `${e.type} ${e.date?.value ?? "-"}`);
  it.each([
    ["Chile and Peru signed a fisheries pact in 2019. The entry into force of the pact on 31 May was welcomed.", "2023-05-30", ["signed 2019", "expected_in_force 2023-05-31"]],
    ["The leader announced 31 May as the date of entry into force of the Australia-United Kingdom Free Trade Agreement.", "2023-05-30", ["expected_in_force 2023-05-31"]],
    // negative rows: the same words read after that day report the entry into force
    ["Chile and Peru signed a fisheries pact in 2019. The entry into force of the pact on 31 May was welcomed.", "2023-06-02", ["signed 2019", "entered_into_force 2023-05-31"]],
    ["The leader announced 31 May as the date of entry into force of the Australia-United Kingdom Free Trade Agreement.", "2023-06-02", ["entered_into_force 2023-05-31"]],
  ])("%s (%s)", (text, published, want) => expect(named(text, published)).toEqual(want));
});

describe("agreement events: coordinate clauses with subjects of their own ('X ratified it in December, Y signed it into law in January, and Z's parliament adopted it in March')", () => {
  const read = (text: string) => extractAgreementEvents(doc(text, "2020-05-02")).items.map((e) => `${e.type} ${e.party ?? "-"} ${e.date?.value ?? "-"}`);
  it.each([
    ["The USMCA was signed in 2018. Mexico ratified it in November 2019, the United States signed it into law in January, and Canada's parliament adopted it in March.", ["signed - 2018", "ratified Mexico 2019-11", "ratified United States 2020-01", "ratified Canada 2020-03"]],
    // negative rows: a clause with no subject of its own keeps the one before; a government (no legislature) adopting the text signs it
    ["The USMCA was signed in 2018. Mexico ratified it in November 2019, and then Canada did too.", ["signed - 2018", "ratified Mexico 2019-11"]],
    ["Mexico's government adopted the USMCA in March.", ["signed - 2020-03"]],
  ])("%s", (text, want) => expect(read(text)).toEqual(want));
});

describe("agreement events: a new deal described by the sides of a named agreement and of its named predecessor is the successor", () => {
  const read = (text: string) => extractAgreementEvents(doc(text, "2020-04-26")).items.map((e) => `${e.type} ${e.name} ${e.date?.value ?? "-"}`);
  const REST = "The pact replaces the 1994 North American Free Trade Agreement. The United States-Mexico-Canada Agreement (USMCA) came out of long talks.";
  it.each([
    [`The new free trade deal between the United States, Mexico and Canada will enter into force on July 1. ${REST}`, ["expected_in_force United States–Mexico–Canada Agreement 2020-07-01"]],
    // negative row: not called new, the description keeps its own name (it may be either)
    [`The free trade deal between the United States, Mexico and Canada will enter into force on July 1. ${REST}`, ["expected_in_force Free Trade Agreement 2020-07-01"]],
  ])("%s", (text, want) => expect(read(text)).toEqual(want));
});

describe("agreement events: the present 'replaces' says what a new agreement is for, the past 'replaced' ends the old one", () => {
  it.each([
    ["The pact, which replaces the 1994 North American Free Trade Agreement, binds half a billion consumers.", "2020-04-26", []],
    // negative row: the past tense reports the end
    ["The pact, which replaced the North American Free Trade Agreement on July 1, binds half a billion consumers.", "2020-08-26", ["terminated Canada–Mexico–United States 2020-07-01"]],
  ])("%s", (text, published, want) => expect(summary(text, published)).toEqual(want));
});

describe("agreement events: 'such an agreement', 'any agreement' with no side of its own is a kind of agreement, no event", () => {
  it.each([
    ["Chile has signed a fisheries deal with Peru. The two countries had been negotiating such a deal for months.", ["signed Chile–Peru 2019-07-27"]],
    ["Chile has signed a fisheries deal with Peru. A court said any deal needed the approval of parliament.", ["signed Chile–Peru 2019-07-27"]],
    // negative rows: the kind's word before an agreement with a side of its own, or a definite noun, tells of one
    ["Chile has signed a fisheries deal with Peru. It had signed such a deal with Bolivia in 2002.", ["signed Chile–Peru 2019-07-27", "signed Bolivia–Chile 2002"]],
    ["Chile has signed a fisheries deal with Peru. The two countries had been negotiating the deal for months.", ["signed Chile–Peru 2019-07-27", "proposed Chile–Peru 2019-07"]],
    ["Chile has signed a fisheries deal with Peru, the third such deal Chile has reached with a neighbour this year.", ["signed Chile–Peru -", "signed Chile–Peru 2019"]],
  ])("%s", (text, want) => expect(summary(text, "2019-07-27")).toEqual(want));
});

describe("agreement events: an ending's -ing form ('announced that he is scrapping the policy') and a transfer scheme told with a gerund ('policy of relocating migrants to Nauru')", () => {
  it.each([
    ["The Australian prime minister announced on Saturday that he is scrapping the policy to send asylum seekers to Nauru.", ["terminated Australia–Nauru 2024-07-06"]],
    ["The Australian prime minister announced on Saturday that he is scrapping the policy of relocating asylum seekers to Nauru.", ["terminated Australia–Nauru 2024-07-06"]],
    // negative rows: the act weighed or proposed, not done; a policy of moving goods, not people, is no transfer scheme
    ["The Australian prime minister said on Saturday he was considering scrapping the policy to send asylum seekers to Nauru.", []],
    ["Chile said on Saturday it had proposed cancelling its fisheries pact with Peru.", []],
    ["The Australian prime minister announced on Saturday that he is scrapping the policy of relocating factories to Nauru.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-07-06")).toEqual(want));
});

describe("agreement events: a list of names closed by ', and' (the Oxford comma) is one subject, not a clause of its own", () => {
  it.each([
    ["On November 30, 2018, Chile, Peru, and Bolivia signed a fisheries pact.", ["signed Bolivia–Chile–Peru 2018-11-30"]],
    ["On November 30, 2018, Chile, Peru, and the United States signed a fisheries pact.", ["signed Chile–Peru–United States 2018-11-30"]],
    // negative rows: ", and" after a clause (not a list of names) still opens the next clause
    ["On November 30, 2018, Chile and Peru signed a fisheries pact, and Bolivia protested.", ["signed Chile–Peru 2018-11-30"]],
    ["Chile and Peru talked, Bolivia waited, and Brazil signed a fisheries pact with Argentina on Monday.", ["signed Argentina–Brazil 2020-10-19"]],
  ])("%s", (text, want) => expect(summary(text, "2020-10-20")).toEqual(want));
});

describe("agreement events: 'for the deal to enter into force' is a purpose of other acts, no entry into force", () => {
  it.each([
    ["Chile and Peru signed a fisheries pact in 2019. Both have now completed the procedures required for the pact between Chile and Peru to enter into force.", ["signed Chile–Peru 2019"]],
    ["Chile and Peru signed a fisheries pact in 2019. Congress cleared the way for the pact to take effect.", ["signed Chile–Peru 2019"]],
    // negative row: the pact's own entry into force, told without such a clause
    ["Chile and Peru signed a fisheries pact in 2019. The pact entered into force in March.", ["signed Chile–Peru 2019", "entered_into_force Chile–Peru 2020-03"]],
  ])("%s", (text, want) => expect(summary(text, "2020-04-24")).toEqual(want));
});

describe("agreement events: a ratification suspended ('the court suspended the ratification of the deal') is none", () => {
  it.each([
    ["In December the Peruvian constitutional court suspended the ratification of the fisheries deal between Chile and Peru.", []],
    ["In December the Peruvian constitutional court halted Peru's ratification of the fisheries deal between Chile and Peru.", []],
    // negative row: a ratification completed stays one
    ["In December the Peruvian parliament completed the ratification of the fisheries deal between Chile and Peru.", ["ratified Chile–Peru 2020-12"]],
  ])("%s", (text, want) => expect(summary(text, "2021-02-08")).toEqual(want));
});

describe("agreement events: a signing ceremony something followed ('released after the signing ceremony on Wednesday') took place", () => {
  const read = (text: string) => extractAgreementEvents(doc(text, "2020-01-16")).items.map((e) => `${e.type} ${e.name} ${e.date?.value ?? "-"}`);
  it.each([
    ["The phase one deal covers farm goods, according to the text released by the two sides after the signing ceremony on Wednesday.", ["signed US–China Phase One trade deal 2020-01-15"]],
    ["The phase one deal covers farm goods. Markets rose following the signing ceremony on Wednesday.", ["signed US–China Phase One trade deal 2020-01-15"]],
    // negative rows: what comes after a ceremony still ahead, or a ceremony before something, tells no signing
    ["The phase one deal covers farm goods. The full text will be released after the signing ceremony on Wednesday.", []],
    ["The phase one deal covers farm goods. Officials met before the signing ceremony.", []],
  ])("%s", (text, want) => expect(read(text)).toEqual(want));
});

describe("agreement events: 'between the two countries' stands for the two countries just named (real news, issue 15)", () => {
  it.each([
    ["Norway and Iceland have deepened ties. A memorandum of understanding between the two countries was signed yesterday in Oslo.", ["signed Iceland–Norway 2016-11-23"]],
    ["The foreign ministers of Norway and Iceland met in Oslo. A fisheries protocol between both countries was signed on Tuesday.", ["signed Iceland–Norway 2016-11-22"]],
    // negative rows: three countries named before (which two?), or one named as a place only
    ["Norway, Iceland and Denmark sent delegates. A memorandum of understanding between the two countries was signed yesterday.", []],
    ["The Norwegian delegation flew to Iceland. A memorandum of understanding between the two countries was signed yesterday.", []],
  ])("%s", (text, want) => expect(summary(text, "2016-11-24")).toEqual(want));
});

describe("agreement events: a quoted 'today' is the day of the speech the attribution gives (real news, issue 15)", () => {
  it.each([
    ['"Today Norway and Iceland signed the fisheries protocol," the minister said on Tuesday.', ["signed Iceland–Norway 2016-11-22"]],
    ["“Yesterday Norway and Iceland signed the fisheries protocol,” the minister told reporters on Tuesday.", ["signed Iceland–Norway 2016-11-21"]],
    // negative rows: a "today" outside quotation marks, or a quotation whose attribution gives no day, is the report's day
    ["Norway and Iceland signed the fisheries protocol today, the minister said on Tuesday.", ["signed Iceland–Norway 2016-11-24"]],
    ['"Today Norway and Iceland signed the fisheries protocol," the minister said.', ["signed Iceland–Norway 2016-11-24"]],
  ])("%s", (text, want) => expect(summary(text, "2016-11-24")).toEqual(want));
});

describe("agreement events: a bare year right after an agreement's name is the name's, not the act's date (real news, issue 15)", () => {
  it.each([
    ["Islamabad on Friday announced it was suspending the Simla Agreement 1972, officials said.", "suspended"],
    ["Pakistan on Friday suspended the Simla Agreement of 1972.", "suspended"],
  ])("%s", (text, type) => expect(summary(text, "2025-04-26").filter((e) => e.startsWith(type))).toEqual([`${type} India–Pakistan 2025-04-25`]));
  // negative row: a year after a preposition dates the act
  it.each([
    ["Pakistan suspended the Simla Agreement in 1972.", "suspended India–Pakistan 1972"],
  ])("%s", (text, want) => expect(summary(text, "2025-04-26")).toEqual([want]));
});

describe("agreement events: a date modifying another noun ('the April 22 attack') does not date the act (real news, issue 15)", () => {
  it.each([
    ["Following the March 3 bombing in the capital, Norway suspended the fisheries agreement with Iceland.", "suspended Iceland–Norway -"],
    ["In a swift move after the March 3 riots at the port, Norway has suspended the fisheries agreement with Iceland.", "suspended Iceland–Norway -"],
    // negative rows: the act's own noun, or the agreement's, takes the date; so does a date in the act's clause
    ["Norway announced the March 3 suspension of the fisheries agreement with Iceland.", "suspended Iceland–Norway 2025-03-03"],
    ["Norway suspended the fisheries agreement with Iceland on March 3.", "suspended Iceland–Norway 2025-03-03"],
  ])("%s", (text, want) => expect(summary(text, "2025-03-10").filter((e) => e.startsWith("suspended"))).toEqual([want]));
});

describe("agreement events: a money amount or a quoted nickname inside the agreement's noun phrase (real news, issue 14)", () => {
  it.each([
    ["Chile and Peru have signed a €2.5bn ($2.7bn) fisheries agreement on Friday.", ["signed Chile–Peru 2024-03-15"]],
    ["Chile and Peru signed an A$300 million deal on Friday.", ["signed Chile–Peru 2024-03-15"]],
    ["Chile and Peru signed a 90 million euro pact on Friday.", ["signed Chile–Peru 2024-03-15"]],
    ["Chile and Peru on Friday ratified their “one for one, one for all” returns treaty.", ["ratified Chile–Peru 2024-03-15"]],
    ['Chile and Peru signed the so-called "fish for fish" deal on Friday.', ["signed Chile–Peru 2024-03-15"]],
    // negative rows: an amount that is not before the noun, a quotation that is speech, not a name
    ["Chile paid $40m on Friday for a study; Peru signed nothing.", []],
    ['"We will never sign it," the Peruvian minister said of the deal with Chile on Friday.', []],
  ])("%s", (text, want) => expect(summary(text, "2024-03-16")).toEqual(want));
});

describe("agreement events: entering into an agreement concludes it, a council's conclusion decision ratifies it, a sign-off is no signature (real news, issue 14)", () => {
  it.each([
    ["The government of Chile has entered into a fisheries agreement with Peru, officials said on Friday.", ["signed Chile–Peru 2024-03-15"]],
    ["The Council of the EU adopted a decision on Monday on the conclusion of the fisheries agreement between the EU and Peru.", ["ratified European Union–Peru 2024-03-11"]],
    ["On Monday, the EU Council adopted the decision to conclude the trade agreement between the EU and Peru.", ["ratified European Union–Peru 2024-03-11"]],
    ["The trade agreement between the EU and Peru was approved by the Council of the EU on March 11.", ["ratified European Union–Peru 2024-03-11"]],
    ["The trade agreement between the EU and Peru, which will scrap duties on nearly all goods traded between the two sides, was approved by the European Council on March 11.", ["ratified European Union–Peru 2024-03-11"]],
    // negative rows: entry into force is no conclusion; a decision to sign, a sign-off by others and the UN Security Council's endorsement are no event of the sides
    ["The fisheries agreement between Chile and Peru entered into force on Friday.", ["entered_into_force Chile–Peru 2024-03-15"]],
    ["On Monday, the Council adopted decisions to sign two agreements between the EU and Peru.", []],
    ["EU member states have signed off on the arrangement between Chile and Peru.", []],
    ["The UN Security Council endorsed the peace agreement between Chile and Peru on Friday.", []],
    ["The fallback agreement between Chile and Peru was approved by the Federal Council on 11 March.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-03-16")).toEqual(want));
});

describe("agreement events: the sentence after a lede dated on the report's day tells that day's act; 'bringing it into force' takes its act's date (real news, issue 14)", () => {
  it.each([
    ["Chad deal\n\nToday the EU is opening a migration partnership with Chad. Its commissioner and Chad's interior minister have signed a joint declaration on the partnership between the EU and Chad.", ["signed Chad–European Union 2024-05-02"]],
    ["Chile and Peru on Wednesday ratified their fisheries treaty, bringing it into force at once.", ["ratified Chile–Peru 2024-05-01", "entered_into_force Chile–Peru 2024-05-01"]],
    // negative rows: a lede with another day's date, the third sentence, a new paragraph: no date from the lede;
    // an entry into force of its own clause, not the result of the act before it
    ["Chad deal\n\nLast month the EU opened talks with Chad. Its commissioner and Chad's interior minister have signed a joint declaration on the partnership between the EU and Chad.", ["signed Chad–European Union -"]],
    ["Chad deal\n\nToday the EU is opening a partnership with Chad. Its envoy landed in the capital. The commissioner and Chad's minister have signed a joint declaration on the partnership between the EU and Chad.", ["signed Chad–European Union -"]],
    ["Chad deal\n\nToday the EU is opening a partnership with Chad.\n\nThe commissioner and Chad's minister have signed a joint declaration on the partnership between the EU and Chad.", ["signed Chad–European Union -"]],
    ["Chile and Peru on Wednesday ratified their fisheries treaty, and it will enter into force in June.", ["ratified Chile–Peru 2024-05-01", "expected_in_force Chile–Peru 2024-06"]],
  ])("%s", (text, want) => expect(summary(text, "2024-05-02")).toEqual(want));
});

describe("agreement events: a dated start after 'paves the way for the deal to', a day anchored on one just named, a date in a trailing 'as' clause (real news, issue 14)", () => {
  it.each([
    ["The vote paves the way for the fisheries pact between Chile and Peru to enter into force on 1 March 2027.", ["expected_in_force Chile–Peru 2027-03-01"]],
    ["1 March 2027 is a milestone. On that date, the fisheries pact between Chile and Peru will become effective.", ["expected_in_force Chile–Peru 2027-03-01"]],
    ["1 March 2027 is the date set for entry into force of the fisheries pact between Chile and Peru, as the Peruvian congress gave its consent on Wednesday.", ["expected_in_force Chile–Peru 2027-03-01"]],
    // negative rows: no day given after the purpose infinitive; a date in the act's own clause, not an "as" clause
    ["The vote paves the way for the fisheries pact between Chile and Peru to enter into force.", []],
    ["Chile and Peru signed the fisheries pact on Wednesday, officials said.", ["signed Chile–Peru 2026-12-02"]],
  ])("%s", (text, want) => expect(summary(text, "2026-12-04")).toEqual(want));
});

describe("agreement events: the act's day and place told between the verb and its object, in wire copy translated from Spanish or French (real news, issue 14)", () => {
  it.each([
    ["Chile and Peru signed this Thursday in Lima a cooperation agreement on fisheries.", ["signed Chile–Peru 2024-03-07"]],
    ["Chile and Peru signed this Thursday in Lima, the Peruvian capital, a cooperation agreement on fisheries.", ["signed Chile–Peru 2024-03-07"]],
    ["Chile and Peru signed on 7 March in Lima a cooperation agreement on fisheries.", ["signed Chile–Peru 2024-03-07"]],
    // the day month-first, as US and Kyiv copy writes it
    ["Peru's congress ratified on March 5 the revised fisheries agreement between Chile and Peru.", ["ratified Chile–Peru 2024-03-05"]],
    ["Chile and Peru signed on March 7, 2024, in Lima a cooperation agreement on fisheries.", ["signed Chile–Peru 2024-03-07"]],
    // negative rows: what follows the day is no agreement, or the agreement is another clause's
    ["Chile and Peru signed on Thursday a letter opposing the fisheries pact with Bolivia.", []],
    ["Peru's congress ratified on March 5 a budget that delays the fisheries pact with Chile.", []],
    ["Chile and Peru met this Thursday in Lima, and Bolivia later criticised the fisheries agreement.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: an acronym the text defines in brackets after an agreement's noun stands for that agreement later (real news, issue 14)", () => {
  it.each([
    ["Chile and Peru signed an economic partnership agreement (EPA) on 7 March. The EPA will enter into force on 1 January 2025.", ["signed Chile–Peru 2024-03-07", "expected_in_force Chile–Peru 2025-01-01"]],
    ["Chile and Peru agreed last year on a Comprehensive Fisheries Partnership Agreement (CFPA). Peru's congress ratified the CFPA on Thursday.", ["ratified Chile–Peru 2024-03-07"]],
    // negative rows: the acronym was defined on a body, not an agreement; a country's short name in brackets; a use before the definition
    ["The Fisheries Protection Agency (FPA) of Chile met Peru's envoy on Thursday. The FPA signed off on new quotas.", []],
    ["Peru signed a fisheries pact with the United Kingdom (UK) in 2019. The UK entered into force a new tariff on Thursday.", ["signed Peru–United Kingdom 2019"]],
    ["The CFPA was ratified on Thursday, a step towards the Comprehensive Fisheries Partnership Agreement (CFPA) Chile and Peru plan.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: a headline's infinitive on the agreement with a day ahead is a start ahead, its auxiliary left out (real news, issue 14)", () => {
  it.each([
    ["Chile-Peru fisheries pact to take effect from 1st October, the minister said.", ["expected_in_force Chile–Peru 2024-10-01"]],
    ["The minister wrote: “Chile-Peru FTA to come into force on October 1.”", ["expected_in_force Chile–Peru 2024-10-01"]],
    ["Chile-Peru fisheries pact to take effect next year, the minister said.", ["expected_in_force Chile–Peru 2025"]],
    // negative rows: the word before "to" is a verb or a noun of another kind, not the agreement
    ["The Chile-Peru fisheries pact failed to take effect on 1 October last year.", []],
    ["Chile and Peru want their fisheries pact's quota rules to take effect from 1st October.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-07-19")).toEqual(want));
});

describe("agreement events: 'finalised' concludes the agreement it takes, but only announces a text it takes (one rule with the treaty frames, issue 14)", () => {
  it.each([
    ["Chile finalised a fisheries pact with Peru on Thursday.", ["signed Chile–Peru 2024-03-07"]],
    ["The fisheries pact between Chile and Peru was finalised on Thursday.", ["signed Chile–Peru 2024-03-07"]],
    ["Chile and Peru finalised the text of a fisheries pact on Thursday.", ["announced Chile–Peru 2024-03-07"]],
    ["The final text of the fisheries pact between Chile and Peru was finalised on Thursday.", ["announced Chile–Peru 2024-03-07"]],
    // negative rows: what was finalised is no agreement
    ["Chile and Peru finalised their plans for a fisheries pact on Thursday.", []],
    ["Chile finalised its budget on Thursday, a week after it signed no pact with Peru.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: a nominal act named as the cause of what the sentence before dates takes that day (real news, issue 14)", () => {
  it.each([
    ["Tariffs on Chilean wine fall from Monday, 4 March. That is the first result of the entry into force of the trade pact between Chile and Peru.", ["entered_into_force Chile–Peru 2024-03-04"]],
    ["Peruvian fishing boats may land catches in Chile as of tomorrow, 9 March. This is the direct effect of the entry into force of the fisheries pact between Chile and Peru.", ["entered_into_force Chile–Peru 2024-03-09"]],
    // negative rows: the sentence before gives two days, or the act is no cause of it; another paragraph
    ["Talks ran from 1 March to 4 March. That is the first result of the entry into force of the trade pact between Chile and Peru.", ["entered_into_force Chile–Peru -"]],
    ["Tariffs on Chilean wine fall from Monday, 4 March. Officials also praised the entry into force of the trade pact between Chile and Peru.", ["entered_into_force Chile–Peru -"]],
    ["Tariffs on Chilean wine fall from Monday, 4 March.\n\nThat is the first result of the entry into force of the trade pact between Chile and Peru.", ["entered_into_force Chile–Peru -"]],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: the two sides launching a partnership together conclude it, a companion after the object naming the other side (issue 14)", () => {
  it.each([
    ["The interior ministers of Chile and Peru launched a migration partnership in Lima on Thursday.", ["signed Chile–Peru 2024-03-07"]],
    ["Chile's interior minister launched a migration partnership with Peru in Lima on Thursday, together with Peru's interior minister.", ["signed Chile–Peru 2024-03-07"]],
    // negative rows: one side launching it alone (a proposal at most), its companion of the same side, talks launched
    ["Chile launched a migration partnership with Peru on Thursday.", []],
    ["Chile's interior minister launched a migration partnership with Peru in Lima on Thursday, together with Chile's finance minister.", []],
    ["Chile and Peru launched a review of their fisheries pact on Thursday.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: a subject of two office holders, each office's country after 'of' and a name set off by commas (real news, issue 14)", () => {
  it.each([
    ["The interior minister of Chile, Ana Diaz, and the interior minister of Peru, Luis Soto, signed on Thursday a cooperation agreement on fisheries.", ["signed Chile–Peru 2024-03-07"]],
    ["The Minister of the Interior of Chile and the Minister of the Interior of Peru signed a cooperation agreement on fisheries on Thursday.", ["signed Chile–Peru 2024-03-07"]],
    // negative rows: a country after "of" that is no office's (a place, an envoy met) is no side
    ["Officials of the port of Chile signed a cooperation agreement on fisheries on Thursday.", []],
    ["The interior minister of Chile, Ana Diaz, who met the envoy of Bolivia, signed a fisheries deal with Peru on Thursday.", ["signed Chile–Peru 2024-03-07"]],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: a witness of the signing ('was also present at the signing of the agreement') is no side of it (real news, issue 14)", () => {
  it.each([
    ["Chile and Peru signed a fisheries agreement on Thursday. The Bolivian foreign minister, Juan Perez, was also present at the signing of the agreement.", ["signed Chile–Peru 2024-03-07", "signed Chile–Peru -"]],
    ["Chile and Peru signed a fisheries agreement on Thursday. The Bolivian foreign minister witnessed the signing of the agreement.", ["signed Chile–Peru 2024-03-07", "signed Chile–Peru -"]],
    // negative row: one who is present while his own country signs is a side through his country
    ["The Bolivian foreign minister, Juan Perez, was present as Bolivia signed the fisheries agreement with Peru.", ["signed Bolivia–Peru -"]],
  ])("%s", (text, want) => expect(summary(text, "2024-03-08")).toEqual(want));
});

describe("agreement events: concluded negotiations and an FTA conclude the agreement; a count of days after another dated act dates the event (real news, issue 14)", () => {
  it.each([
    ["Chile and Peru concluded negotiations on a free trade agreement on Tuesday.", ["signed Chile–Peru 2024-06-18"]],
    ["Chile and Peru have concluded an FTA, their ministers said on Tuesday.", ["signed Chile–Peru 2024-06-18"]],
    ["The agreement between Chile and Peru entered into force one day after Peru ratified it on 3 May.", ["entered_into_force Chile–Peru 2024-05-04", "ratified Chile–Peru 2024-05-03"]],
    ["The agreement between Chile and Peru entered into force two weeks after Peru ratified it on 3 May.", ["entered_into_force Chile–Peru 2024-05-17", "ratified Chile–Peru 2024-05-03"]],
    // negative rows: talks still going on are a proposal; a count after an undated act gives no day; an FTA agency is no agreement
    ["Chile and Peru are negotiating an FTA.", ["proposed Chile–Peru 2024-06"]],
    ["The agreement between Chile and Peru entered into force one day after the vote.", ["entered_into_force Chile–Peru -"]],
    ["The FTA approved funding for the Lima metro on Tuesday.", []],
  ])("%s", (text, want) => expect(summary(text, "2024-06-20")).toEqual(want));
});

describe("agreement events: the other side's ratification told with the verb gapped ('… on 3 May and Peru on 7 June') has its own party and day (real news, issue 14)", () => {
  it.each([
    ["Chile ratified the deal with Peru on 3 May and Peru on 7 June.", ["ratified Chile–Peru 2024-05-03 Chile", "ratified Chile–Peru 2024-06-07 Peru"]],
    // negative rows: a country that is no side of the deal, a clause of its own after "and", no day
    ["Chile ratified the deal with Peru on 3 May and Bolivia on 7 June.", ["ratified Chile–Peru 2024-05-03 Chile"]],
    ["Chile ratified the deal with Peru on 3 May, and Peru's congress is to vote in June.", ["ratified Chile–Peru 2024-05-03 Chile"]],
    ["Chile ratified the deal with Peru on 3 May and Peru soon after.", ["ratified Chile–Peru 2024-05-03 Chile"]],
  ])("%s", (text, want) =>
    expect(extractAgreementEvents(doc(text, "2024-06-20")).items.map((e) => `${e.type} ${e.parties.join("–")} ${e.date?.value ?? "-"} ${e.party ?? "-"}`)).toEqual(want),
  );
});

describe("agreement events: the full name of North Korea holds South Korea's 'Republic of Korea' (real news, issue 15)", () => {
  it.each([
    ["The treaty between the Russian Federation and the Democratic People's Republic of Korea was signed in Pyongyang on June 19.", ["signed North Korea–Russia 2024-06-19"]],
    ["Chile and the DPRK signed a fisheries agreement on Friday.", ["signed Chile–North Korea 2024-11-08"]],
    // negative row: the South's own formal name stays the South's
    ["The fisheries agreement between Chile and the Republic of Korea was signed on Friday.", ["signed Chile–South Korea 2024-11-08"]],
  ])("%s", (text, want) => expect(summary(text, "2024-11-12")).toEqual(want));
});

describe("agreement events: an act noun closing a quotation before its 'of' (real news, issue 15)", () => {
  it.each([
    ['Russia announced on Thursday the "immediate termination" of New START.', ["terminated Russia–United States 2024-01-25"]],
    ["Russia announced on Thursday the “formal suspension” of New START.", ["suspended Russia–United States 2024-01-25"]],
    // negative rows: a quoted word that is no act noun, and a quotation closed before another noun
    ['Russia called on Thursday for the "immediate review" of New START.', []],
    ['Russia cited on Thursday a "termination" clause in New START.', []],
  ])("%s", (text, want) => expect(summary(text, "2024-01-26")).toEqual(want));
});

describe("agreement events: a treaty held in abeyance is suspended (real news, issue 15)", () => {
  it.each([
    ["On Wednesday Russia put in abeyance New START.", ["suspended Russia–United States 2025-04-23"]],
    ["On Wednesday Russia placed New START in abeyance.", ["suspended Russia–United States 2025-04-23"]],
    ['On 24 April 2025 Russia put New START in "abeyance", officials said.', ["suspended Russia–United States 2025-04-24"]],
    // negative rows: something else held in abeyance; an abeyance only threatened
    ["Washington has held these principles in abeyance, Russia said of New START on Wednesday.", []],
    ["Russia could place New START in abeyance, officials warned on Wednesday.", []],
  ])("%s", (text, want) => expect(summary(text, "2025-04-25")).toEqual(want));
});

describe("agreement events: a date modifying another noun after an adjective ('the deadly April 22 attack') does not date the act (real news, issue 15)", () => {
  it.each([
    ["Following the deadly March 3 bombing in the capital, Norway suspended the fisheries agreement with Iceland.", "suspended Iceland–Norway -"],
    ["After the two deadly March 3 riots at the port, Norway has suspended the fisheries agreement with Iceland.", "suspended Iceland–Norway -"],
    // negative rows: the act's own noun after an adjective takes the date; a date after a preposition is no modifier
    ["Norway announced the sudden March 3 suspension of the fisheries agreement with Iceland.", "suspended Iceland–Norway 2025-03-03"],
    ["Norway suspended the fisheries agreement with Iceland on March 3 and recalled its envoy.", "suspended Iceland–Norway 2025-03-03"],
  ])("%s", (text, want) => expect(summary(text, "2025-03-10").filter((e) => e.startsWith("suspended"))).toEqual([want]));
});

describe("agreement events: the protocol of an exchange of instruments records another treaty's step, it is no agreement signed (real news, issue 15)", () => {
  it.each([
    ["Chilean and Peruvian diplomats signed the protocol on exchange of ratification instruments in Lima on Friday.", []],
    ["Chile and Peru signed the protocol on the exchange of the instruments of ratification on Friday.", []],
    // negative rows: a protocol on a subject of its own is an agreement; so is one on exchanges of people
    ["Chile and Peru signed a protocol on fisheries on Friday.", ["signed Chile–Peru 2024-12-06"]],
    ["Chile and Peru signed the protocol on exchange students on Friday.", ["signed Chile–Peru 2024-12-06"]],
  ])("%s", (text, want) => expect(summary(text, "2024-12-07")).toEqual(want));
});
