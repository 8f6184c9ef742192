import { describe, expect, it } from "vitest";
import { extractEntities } from "../extractors/entities.js";
import { extractOfficials } from "../extractors/officials.js";
import { tokenize } from "../extractors/names.js";
import { matchTitleAt } from "../extractors/titles.js";

const officials = (text: string) => extractOfficials(text, extractEntities(text).items).items;
const one = (text: string, name: string) => officials(text).find((o) => o.name === name);

describe("officials: title before the name", () => {
  it.each([
    ["The deal was signed by acting Interior Secretary Paul Dwyer and U.S. diplomats.", "Paul Dwyer", "acting Interior Secretary", "United States"],
    ["Guatemalan Interior Minister Tomas Herrera said the plan works.", "Tomas Herrera", "Interior Minister", "Guatemala"],
    ["El Salvadoran Foreign Minister Paula Ortega Ruiz spoke.", "Paula Ortega Ruiz", "Foreign Minister", "El Salvador"],
    ["Honduras’s President-elect Ana Lucia Ferreira will review it.", "Ana Lucia Ferreira", "President-elect", "Honduras"],
    ["Then outgoing President Kofi Mensah of Ghana left.", "Kofi Mensah", "outgoing President", "Ghana"],
    ["Then outgoing President Kofi Mensah left.", "Kofi Mensah", "outgoing President", null],
    ["U.S. District Judge Dana Sabrowski blocked the rule.", "Dana Sabrowski", "District Judge", "United States"],
    ["Mexican Foreign Minister Luis de la Vega arrived.", "Luis de la Vega", "Foreign Minister", "Mexico"],
    ["British Home Secretary Jane Whitfield defended the Rwanda plan.", "Jane Whitfield", "Home Secretary", "United Kingdom"],
    ["It began under then-Home Secretary Jane Whitfield in Britain.", "Jane Whitfield", "then-Home Secretary", "United Kingdom"],
    ["Italy’s Prime Minister Carla Benedetti met Albanian officials.", "Carla Benedetti", "Prime Minister", "Italy"],
    ["Arizona Gov. Ruth Calder signed the bill.", "Ruth Calder", "Gov.", "United States"],
    ["White House press secretary Dana Whitlock said no.", "Dana Whitlock", "White House press secretary", "United States"],
    ["Republicans, led by House Speaker Tom Averill, agreed.", "Tom Averill", "House Speaker", null],
    ["CBP Commissioner Rafael Ortega testified.", "Rafael Ortega", "CBP Commissioner", "United States"],
    ["BSF Director General Daljit Singh Chawdhary said so.", "Daljit Singh Chawdhary", "BSF Director General", null],
    ["Gov. Ruth Calder of New York asked for money.", "Ruth Calder", "Gov.", "United States"],
    ["Judge Dana Sabrowski of the Northern District of California wrote it.", "Dana Sabrowski", "Judge", "United States"],
    // a modifier before the country is the title's: an office held before, not now
    ["The talks were chaired by former Ghanaian President Kofi Mensah, the union's envoy.", "Kofi Mensah", "former President", "Ghana"],
    ["A statue of the late Ghanaian President Kofi Mensah was unveiled.", "Kofi Mensah", "late President", "Ghana"],
    // (no modifier: the country and the title as before; a modifier word that is not one stays out)
    ["The talks were chaired by Ghanaian President Kofi Mensah, the union's envoy.", "Kofi Mensah", "President", "Ghana"],
    ["The talks were chaired by senior Ghanaian President Kofi Mensah.", "Kofi Mensah", "President", "Ghana"],
  ])("in %j finds %s, %s of %s", (text, name, title, country) => {
    const o = one(text, name);
    expect(o?.title).toBe(title);
    expect(o?.country).toBe(country);
    expect(text.slice(o!.start, o!.end)).toBe(o!.text);
  });

  it("takes a one-country title's country only beside that country's mentions", () => {
    expect(one("Secretary of State Ana Lee met U.S. officials in Lima.", "Ana Lee")?.country).toBe("United States");
    expect(one("Secretary of State Ana Lee met officials in Lima.", "Ana Lee")?.country).toBeNull();
    expect(one("Secretary of State for the Home Department Ana Lee spoke in the U.S.", "Ana Lee")?.country ?? null).not.toBe("United States");
  });

  it("fills the country of a listed official from the reference list, as inferred", () => {
    const o = one("Former President Jimmy Morales left office.", "Jimmy Morales");
    expect(o?.title).toBe("Former President");
    expect(o?.country).toBe("Guatemala");
    expect(o?.certain).toBe(false);
  });

  it("gives the canonical name of a titled surname from the reference list", () => {
    expect(one("President Obama spoke.", "Barack Obama")?.country).toBe("United States");
  });
});

describe("officials: appositions", () => {
  it("reads 'a Texas Democrat' after a lawmaker as the United States", () => {
    expect(one("Rep. Maria Ortiz, a Texas Democrat, urged calm.", "Maria Ortiz")?.country).toBe("United States");
  });

  it("does not read the subject of the next clause as an apposition of the name before it", () => {
    // an introductory phrase ends at the comma: "the prime minister" is who looked ashen, not Mr. Obama
    expect(one("Leaving the long meeting with Mr. Harlan Dowd, the prime minister looked tired.", "Harlan Dowd")).toBeUndefined();
    expect(one("They met Harlan Dowd, the prime minister, in May.", "Harlan Dowd")?.title).toBe("prime minister");
    expect(one("They met Harlan Dowd, the prime minister who won in May.", "Harlan Dowd")?.title).toBe("prime minister");
  });

  it("gives a title after a name's comma to a person named right after the title's body, not to the name before", () => {
    // a list of people present: the office's holder follows it, after its body (and its acronym)
    const listed = "The ceremony was overseen by Harlan Dowd, acting Secretary of the Department of Coastal Affairs (DCA) Marta Quill and a delegation.";
    expect(one(listed, "Harlan Dowd")).toBeUndefined();
    expect(one("The ceremony was overseen by Harlan Dowd, acting Secretary of Coastal Affairs Marta Quill and a delegation.", "Harlan Dowd")).toBeUndefined();
    // a body whose words are no given name keeps the apposition
    expect(one("They met Harlan Dowd, Secretary of Housing and Urban Development, in May.", "Harlan Dowd")?.title).toBe("Secretary of Housing and Urban Development");
    expect(one("They met Harlan Dowd, Secretary of the Department of Coastal Affairs (DCA), in May.", "Harlan Dowd")?.title).toMatch(/^Secretary\b/);
  });

  it("reads a US party and state tag as the country", () => {
    expect(one("Sen. Maria Ortiz, D-Calif., objected.", "Maria Ortiz")?.country).toBe("United States");
  });

  it.each([
    ["Herrera, Guatemala's interior minister, said no.", "Herrera", "interior minister", "Guatemala"],
    ["Ana Lucia Ferreira, the foreign minister of Honduras, said no.", "Ana Lucia Ferreira", "foreign minister", "Honduras"],
    ["Kofi Mensah, a former prime minister, spoke.", "Kofi Mensah", "former prime minister", null],
    ["Tomas Herrera, Mexico's ambassador, spoke.", "Tomas Herrera", "ambassador", "Mexico"],
    ["Ana Ruiz, an assistant high commissioner at UNHCR, spoke.", "Ana Ruiz", "assistant high commissioner", null],
    // British style: the title, a comma, the name
    ["The Kenyan interior minister, Joseph Otieno, said no.", "Joseph Otieno", "interior minister", "Kenya"],
    ["Britain's Home Secretary, Jane Whitfield, defended it.", "Jane Whitfield", "Home Secretary", "United Kingdom"],
    ["In Britain the Home Secretary, Jane Whitfield, defended it.", "Jane Whitfield", "Home Secretary", "United Kingdom"],
    // an opening adverbial before the title is no list item
    ["On Tuesday, the Kenyan interior minister, Joseph Otieno, said no.", "Joseph Otieno", "interior minister", "Kenya"],
    ["In Britain, the Home Secretary, Jane Whitfield, defended it.", "Jane Whitfield", "Home Secretary", "United Kingdom"],
    ["The talks were led by Poland's deputy foreign minister, Adam Nowicki.", "Adam Nowicki", "deputy foreign minister", "Poland"],
    ["Ravi Menon, the chief adviser of Nepal's interim government, spoke.", "Ravi Menon", "chief adviser", "Nepal"],
    ["Kerala Chief Minister Ravi Menon spoke.", "Ravi Menon", "Chief Minister", "India"],
    ["External Affairs Minister Ravi Menon spoke in Parliament.", "Ravi Menon", "External Affairs Minister", "India"],
    ["Queensland Premier Ann Walsh spoke.", "Ann Walsh", "Premier", "Australia"],
  ])("in %j finds %s, %s of %s", (text, name, title, country) => {
    const o = one(text, name);
    expect(o?.title).toBe(title);
    expect(o?.country).toBe(country);
  });
});

describe("officials: who is not one", () => {
  it.each([
    ["“It is a farce,” said Rev. Ana Ruiz, president and CEO of Lutheran Aid Service.", "Ana Ruiz"],
    ["Lutheran Aid Service president Ana Ruiz said it was a farce.", "Ana Ruiz"],
    ["The activist Maria Lopez said the plan was cruel.", "Maria Lopez"],
    ["Reporter Tomas Ortiz asked a question.", "Tomas Ortiz"],
    ["Mr. Ortega spoke to reporters.", "Ortega"],
    ["ACLU director Tomas Ortiz spoke.", "Tomas Ortiz"],
    ["CNN’s Claudia Reyes contributed to this report.", "Claudia Reyes"],
    ["Ravi Menon, secretary of the human rights group Sahayog, said no.", "Ravi Menon"],
    ["Ann Walsh, president of a local football club, said no.", "Ann Walsh"],
    // a title and a comma before a name in a list is no apposition
    ["He met the president, ministers, Ann Walsh and others.", "Ann Walsh"],
    ["Asked about the minister, Ann Walsh laughed.", "Ann Walsh"],
    // the title is one item of a list (after another title or a name), not the next name's apposition
    ["Everyone she blamed, the governor, the deputy governor, Ann Walsh, worked through the night.", "Ann Walsh"],
    ["They invited Tomas Ortiz, the interior minister, Ann Walsh and two aides.", "Ann Walsh"],
  ])("in %j does not make %s an official", (text, name) => {
    expect(officials(text).map((o) => o.name)).not.toContain(name);
  });

  it.each(["Visit the General Store today.", "Click President Search Results below."])("finds no official in menu words: %j", (text) => {
    expect(officials(text)).toEqual([]);
  });

  it("keeps an article out of the title", () => {
    expect(one("He met the Senate President Bukola Saraki on Monday.", "Bukola Saraki")?.title).toBe("Senate President");
  });

  it("finds no official for a title with no name", () => {
    expect(officials("The foreign minister said the deal would hold.")).toEqual([]);
  });

  it("says null, with a diagnostic, when nothing states the country", () => {
    const text = "President Kofi Mensah said the talks would go on.";
    const r = extractOfficials(text, extractEntities(text).items);
    expect(r.items[0]?.country).toBeNull();
    expect(r.diagnostics.some((d) => d.rule === "officials:no-country")).toBe(true);
  });

  it("does not take a country from elsewhere in the sentence", () => {
    const o = one("The commitment that President Kofi Mensah made was threatened by US tariffs.", "Kofi Mensah");
    expect(o?.country).toBeNull();
  });

  it("takes the country from the sentence when it names that country's government", () => {
    const o = one("Under President Kofi Mensah, the Ghanaian government built roads.", "Kofi Mensah");
    expect(o?.country).toBe("Ghana");
    expect(o?.certain).toBe(false);
  });
});

describe("titles", () => {
  it.each([
    ["Homeland Security Secretary Ana Lee", "Homeland Security Secretary"],
    ["Secretary of State Ana Lee", "Secretary of State"],
    ["Minister of the Interior Ana Lee", "Minister of the Interior"],
    ["Deputy Prime Minister Ana Lee", "Deputy Prime Minister"],
    ["President-elect Ana Lee", "President-elect"],
    ["Foreign Minister Ana Lee", "Foreign Minister"],
    ["Premier Ana Lee", "Premier"],
    // (session 36 round 2) a desk named by its field and "Affairs", after the portfolio or straight after "for"
    ["Assistant Secretary of State for Andean Affairs Ana Lee", "Assistant Secretary of State for Andean Affairs"],
    ["Assistant Secretary for Consular Affairs Ana Lee", "Assistant Secretary for Consular Affairs"],
    ["Minister for Near Eastern Affairs Ana Lee", "Minister for Near Eastern Affairs"],
    // no "Affairs" after the words, or three words before it: the title ends at its portfolio
    ["Secretary of State for Andean Trade Ana Lee", "Secretary of State"],
    ["Secretary of State for Ana Lee Ruiz Affairs Bureau", "Secretary of State"],
  ])("reads the title in %j as %j", (text, title) => {
    expect(matchTitleAt(tokenize(text), 0).text).toBe(title);
  });

  it.each(["Director Ana Lee", "Under President Ana Lee", "Oval Office", "Safe Third Country"])("reads no title at the start of %j", (text) => {
    expect(matchTitleAt(tokenize(text), 0).length).toBe(0);
  });
});

describe("officials: an office whose last word is also a rank", () => {
  it.each([
    // the office word before "General" makes one office with it: the rank alone is not the title
    ["The team was led by Energy Ministry Director General Dan Levin on Monday.", "Dan Levin", "Director General"],
    ["The ministry's Director General Maria Costa said so.", "Maria Costa", "Director General"],
    ["Inspector General Tom Ward wrote the report.", "Tom Ward", "Inspector General"],
    ["Solicitor General Anna Byrne argued the appeal.", "Anna Byrne", "Solicitor General"],
    ["Governor General Mary Simmons opened parliament.", "Mary Simmons", "Governor General"],
    ["Consul General Peter Hale met the families.", "Peter Hale", "Consul General"],
    ["Secretary General Lars Henriksen arrived late.", "Lars Henriksen", "Secretary General"],
    ["Lieutenant General Omar Saleh inspected the troops.", "Omar Saleh", "Lieutenant General"],
    // a rank alone, or after a word that makes no office with it, stays the rank
    ["General Maria Costa inspected the troops.", "Maria Costa", "General"],
    ["Army chief General Omar Saleh spoke.", "Omar Saleh", "General"],
  ])("in %j gives %s the title %s", (text, name, title) => expect(one(text, name)?.title).toBe(title));
});
