// Titles that stand before or beside a person's name, as data. A title is built from parts:
// an optional rank ("Deputy", "Vice"), optional portfolio words ("Foreign", "Homeland Security"),
// a head ("Minister", "Secretary", "President") and an optional "of/for <portfolio>" tail:
// "Foreign Minister", "Minister of the Interior", "Homeland Security Secretary", "Secretary of State".
// Honorifics ("Mr.", "Rev.") mark a person but never make an official.

export type TitleKind =
  | "head_of_state"
  | "head_of_government"
  | "minister"
  | "ambassador"
  | "judge"
  | "agency_head"
  | "legislator"
  | "governor"
  | "mayor"
  | "royal"
  | "military"
  | "spokesperson";

export interface TitleHead {
  /** The head word(s), as written in English news: "Prime Minister". */
  head: string;
  kind: TitleKind;
  /** Whether the head can stand without portfolio words ("President Trump" yes, "Director" alone no). */
  standalone: boolean;
}

/** Title heads, longest first when matched. Lowercase forms are matched too ("the foreign minister"). */
export const TITLE_HEADS: readonly TitleHead[] = [
  { head: "President", kind: "head_of_state", standalone: true },
  { head: "Vice President", kind: "head_of_state", standalone: true },
  { head: "Presidente", kind: "head_of_state", standalone: true },
  { head: "Presidenta", kind: "head_of_state", standalone: true },
  { head: "Prime Minister", kind: "head_of_government", standalone: true },
  { head: "Premier", kind: "head_of_government", standalone: true },
  { head: "Chief Minister", kind: "head_of_government", standalone: true },
  { head: "First Minister", kind: "head_of_government", standalone: true },
  { head: "Chancellor", kind: "head_of_government", standalone: true },
  { head: "Taoiseach", kind: "head_of_government", standalone: true },
  { head: "Canciller", kind: "minister", standalone: true },
  { head: "King", kind: "royal", standalone: true },
  { head: "Queen", kind: "royal", standalone: true },
  { head: "Emir", kind: "royal", standalone: true },
  { head: "Sultan", kind: "royal", standalone: true },
  { head: "Crown Prince", kind: "royal", standalone: true },
  { head: "Minister", kind: "minister", standalone: true },
  { head: "Ministro", kind: "minister", standalone: true },
  { head: "Ministra", kind: "minister", standalone: true },
  { head: "Secretary", kind: "minister", standalone: true },
  { head: "Attorney General", kind: "minister", standalone: true },
  { head: "Solicitor General", kind: "minister", standalone: false },
  { head: "Secretary-General", kind: "agency_head", standalone: true },
  { head: "Secretary General", kind: "agency_head", standalone: true },
  { head: "High Commissioner", kind: "agency_head", standalone: true },
  { head: "Commissioner", kind: "agency_head", standalone: true },
  { head: "Ambassador", kind: "ambassador", standalone: true },
  { head: "Envoy", kind: "ambassador", standalone: true },
  { head: "Special Envoy", kind: "ambassador", standalone: true },
  { head: "Chief Justice", kind: "judge", standalone: true },
  { head: "Justice", kind: "judge", standalone: false },
  { head: "Judge", kind: "judge", standalone: true },
  { head: "Magistrate", kind: "judge", standalone: true },
  { head: "Director", kind: "agency_head", standalone: false },
  { head: "Administrator", kind: "agency_head", standalone: false },
  { head: "Chief", kind: "agency_head", standalone: false },
  { head: "Czar", kind: "agency_head", standalone: false },
  { head: "Press Secretary", kind: "spokesperson", standalone: false },
  { head: "Chief of Staff", kind: "agency_head", standalone: false },
  { head: "National Security Adviser", kind: "minister", standalone: true },
  { head: "Chief Adviser", kind: "head_of_government", standalone: true },
  { head: "Director General", kind: "agency_head", standalone: false },
  { head: "Director-General", kind: "agency_head", standalone: false },
  // offices whose last word is also a rank ("General"): the whole is the title, never the rank alone
  { head: "Inspector General", kind: "agency_head", standalone: true },
  { head: "Auditor General", kind: "agency_head", standalone: true },
  { head: "Comptroller General", kind: "agency_head", standalone: true },
  { head: "Surgeon General", kind: "agency_head", standalone: true },
  { head: "Postmaster General", kind: "agency_head", standalone: true },
  { head: "Consul General", kind: "ambassador", standalone: true },
  { head: "Governor General", kind: "governor", standalone: true },
  { head: "Governor-General", kind: "governor", standalone: true },
  { head: "National Security Advisor", kind: "minister", standalone: true },
  { head: "Governor", kind: "governor", standalone: true },
  { head: "Gov.", kind: "governor", standalone: true },
  { head: "Lt. Gov.", kind: "governor", standalone: true },
  { head: "Amb.", kind: "ambassador", standalone: true },
  { head: "Pres.", kind: "head_of_state", standalone: true },
  { head: "Atty. Gen.", kind: "minister", standalone: true },
  { head: "Majority Leader", kind: "legislator", standalone: true },
  { head: "Minority Leader", kind: "legislator", standalone: true },
  { head: "Col.", kind: "military", standalone: true },
  { head: "Lt.", kind: "military", standalone: true },
  { head: "Capt.", kind: "military", standalone: true },
  { head: "Sgt.", kind: "military", standalone: true },
  { head: "Lieutenant Governor", kind: "governor", standalone: true },
  { head: "Mayor", kind: "mayor", standalone: true },
  { head: "Senator", kind: "legislator", standalone: true },
  { head: "Sen.", kind: "legislator", standalone: true },
  { head: "Rep.", kind: "legislator", standalone: true },
  { head: "Congressman", kind: "legislator", standalone: true },
  { head: "Congresswoman", kind: "legislator", standalone: true },
  { head: "Speaker", kind: "legislator", standalone: false },
  { head: "Member of Parliament", kind: "legislator", standalone: true },
  { head: "MP", kind: "legislator", standalone: true },
  { head: "MEP", kind: "legislator", standalone: true },
  { head: "General", kind: "military", standalone: true },
  { head: "Lieutenant General", kind: "military", standalone: true },
  { head: "Major General", kind: "military", standalone: true },
  { head: "Brigadier General", kind: "military", standalone: true },
  { head: "Gen.", kind: "military", standalone: true },
  { head: "Admiral", kind: "military", standalone: true },
  { head: "Commander", kind: "military", standalone: true },
  { head: "Adm.", kind: "military", standalone: true },
];

/** Ranks written before a head: "Deputy Foreign Minister", "Vice Minister", "Assistant Secretary". */
export const TITLE_RANKS: readonly string[] = ["Deputy", "Vice", "Assistant", "Under", "Junior", "Principal Deputy", "First", "Second", "Senior", "Union"];

/**
 * Portfolio words, as they stand before a head ("Interior Minister") or after "of/for"
 * ("Minister of the Interior", "Secretary of Homeland Security"). Multi-word ones first.
 */
export const PORTFOLIOS: readonly string[] = [
  "Homeland Security", "Foreign Affairs", "Home Affairs", "Internal Affairs", "Interior Affairs", "Public Security",
  "Citizens Protection", "National Security", "Public Safety", "Border Security", "Veterans Affairs", "Human Services",
  "Health and Human Services", "Housing and Urban Development", "Foreign Relations", "External Affairs",
  "European Affairs", "Social Affairs", "Citizenship and Immigration", "Immigration and Asylum", "Migration and Asylum",
  "Asylum and Migration", "Fisheries and Maritime Economy", "Maritime Affairs and Fisheries", "Oceans and Fisheries",
  "Agriculture and Fisheries", "Maritime Affairs", "Maritime Economy", "the Home Department", "the Interior", "the Exchequer", "the Treasury", "the Economy",
  "Foreign", "Interior", "Home", "Justice", "Defense", "Defence", "Finance", "Economy", "Economic", "Trade", "Commerce",
  "Treasury", "Health", "Labor", "Labour", "Education", "Energy", "Transportation", "Transport", "Agriculture",
  "State", "Security", "Immigration", "Migration", "Migrations", "Asylum", "Citizenship", "Environment", "Culture",
  "Tourism", "Fisheries", "Oceans", "Housing", "Government", "Governance", "Development", "Integration", "Equality", "Refugees", "Border",
  "Borders", "Police", "Intelligence", "Cabinet", "Climate", "Welfare", "Work and Pensions", "Brexit", "Emergency",
  "Gobernación", "House", "Senate", "District", "Circuit", "Appeals", "Supreme Court", "High Court", "Immigration Court",
];

/** Heads that need portfolio words or an organization to be a title ("Director of the FBI"). */
export const AGENCY_TITLE_HEADS: ReadonlySet<string> = new Set(["director", "administrator", "chief", "czar", "commissioner", "press secretary", "chief of staff", "speaker", "solicitor general", "justice"]);

/** Words before a title that change its sense but are kept in it: "acting Homeland Security Secretary". */
export const TITLE_MODIFIERS: readonly string[] = ["acting", "former", "outgoing", "incoming", "interim", "then-", "ex-", "ex", "late", "newly elected", "new", "current", "sitting", "caretaker"];

/** Suffixes glued to a title: "President-elect", "Prime Minister-designate". */
export const TITLE_SUFFIXES: readonly string[] = ["-elect", "-designate", " elect", " designate"];

/**
 * Titles that belong to one country, whatever the sentence says, matched on the whole title
 * (modifiers and ranks removed). `unless` lists words that, right after the title, make it
 * someone else's: "Secretary of State for the Home Department" is British.
 */
export interface CountryTitle {
  title: string;
  country: string;
  unless?: string[];
  /** The article must mention this country somewhere (the title is not unique enough alone). */
  needsMention?: boolean;
}
export const COUNTRY_TITLES: readonly CountryTitle[] = [
  { title: "Homeland Security Secretary", country: "United States" },
  { title: "Secretary of Homeland Security", country: "United States" },
  { title: "DHS Secretary", country: "United States" },
  { title: "Secretary of State", country: "United States", unless: ["for"], needsMention: true },
  { title: "Secretary of Defense", country: "United States" },
  { title: "Defense Secretary", country: "United States", needsMention: true },
  { title: "Treasury Secretary", country: "United States", needsMention: true },
  { title: "Secretary of the Treasury", country: "United States" },
  { title: "Commerce Secretary", country: "United States", needsMention: true },
  { title: "Secretary of Commerce", country: "United States" },
  { title: "Labor Secretary", country: "United States", needsMention: true },
  { title: "Interior Secretary", country: "United States", needsMention: true },
  { title: "Health and Human Services Secretary", country: "United States" },
  { title: "Secretary of Health and Human Services", country: "United States" },
  { title: "Housing and Urban Development Secretary", country: "United States" },
  { title: "Veterans Affairs Secretary", country: "United States" },
  { title: "Secretary of the Interior", country: "United States" },
  { title: "Home Secretary", country: "United Kingdom", needsMention: true },
  { title: "Chancellor of the Exchequer", country: "United Kingdom" },
  { title: "Taoiseach", country: "Ireland" },
  { title: "External Affairs Minister", country: "India" },
  { title: "Minister of External Affairs", country: "India" },
  { title: "Union Home Secretary", country: "India" },
  { title: "Union Home Minister", country: "India" },
  { title: "Union Minister", country: "India" },
  { title: "Tánaiste", country: "Ireland" },
  { title: "Secretary of Gobernación", country: "Mexico" },
];

/**
 * Honorifics and forms of address: they make the next words a person, never an official.
 * `gender` is the pronoun the honorific implies.
 */
export const HONORIFICS: ReadonlyMap<string, "he" | "she" | null> = new Map<string, "he" | "she" | null>([
  ["mr", "he"], ["mister", "he"], ["sir", "he"], ["lord", "he"], ["father", "he"], ["fr", "he"], ["brother", "he"],
  ["mrs", "she"], ["ms", "she"], ["miss", "she"], ["dame", "she"], ["lady", "she"], ["sister", "she"], ["madam", "she"],
  ["dr", null], ["doctor", null], ["prof", null], ["professor", null], ["rev", null], ["reverend", null],
  ["bishop", null], ["archbishop", null], ["cardinal", null], ["rabbi", null], ["imam", null], ["sheikh", null],
  ["pastor", null], ["pope", "he"], ["msgr", null], ["hon", null], ["honorable", null], ["rt", null],
]);

/**
 * Common nouns for people who are not officials: they describe a person ("activist Maria Lopez",
 * "the reporter said") and block the official reading of a nearby title.
 */
export const NON_OFFICIAL_ROLES: readonly string[] = [
  "activist", "advocate", "reporter", "journalist", "correspondent", "photographer", "editor", "columnist", "writer",
  "lawyer", "attorney", "analyst", "researcher", "professor", "economist", "spokesman", "spokeswoman", "spokesperson",
  "CEO", "chief executive", "founder", "co-founder", "chairman", "chairwoman", "executive director", "pastor", "priest",
  "director", "organizer", "student", "migrant", "refugee", "asylum seeker", "resident", "owner", "coach", "player",
];

/**
 * Roles given to an official for one task, held beside their office: Yeltsin's security chief was
 * also his envoy to Chechnya, a foreign minister is a deal's chief negotiator. A role and an office
 * are no clash of titles (reconcile/title-conflicts.ts).
 */
export const ASSIGNMENT_ROLES: ReadonlySet<string> = new Set(["envoy", "envoys", "emissary", "negotiator", "mediator", "peacemaker", "sherpa"]);
