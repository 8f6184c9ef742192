// Titles that name one office, as data: two of them given to one person at one time never conflict
// ("Premier" / "Prime Minister"; "Foreign Secretary" / "Foreign Minister" for a British official).
// A title with `countries` names the office only for officials of those countries ("Secretary of
// State" is the foreign minister in the United States, a generic cabinet rank in Britain).
// Titles are lowercase, without qualifiers ("acting", "deputy" is an office of its own) or country words.

export interface OfficeTitles {
  office: string;
  titles: readonly string[];
  countries?: readonly string[];
  /**
   * Where the office sits, when not in a national government: a seat in a legislature, a state's or
   * city's office, a military rank. Offices of different tiers are steps of one career (a senator,
   * then secretary of state, then president; a governor, then president), held one after another:
   * two sources giving one person offices of two tiers are no clash.
   */
  tier?: "legislature" | "region" | "military";
  /** Offices this one is held within: a chamber's leader is still one of its members. */
  within?: readonly string[];
}

export const OFFICE_TITLES: readonly OfficeTitles[] = [
  { office: "head of government", titles: ["prime minister", "premier", "pm", "head of government"] },
  { office: "head of government", titles: ["chancellor", "federal chancellor"], countries: ["Germany", "Austria"] },
  { office: "head of government", titles: ["taoiseach"], countries: ["Ireland"] },
  { office: "head of state", titles: ["president", "pres", "head of state"] },
  // the head of government's own title where it is a "president" (Presidente del Consiglio dei Ministri, Presidente del Gobierno)
  { office: "head of government", titles: ["president of the council of ministers", "presidente del consiglio", "president of the government", "presidente del gobierno"], countries: ["Italy", "Spain"] },
  // the monarchs who reign and rule, where the office is the state's head ("Queen" is left out: a king's
  // consort is called so; "Emir" of a Nigerian emirate is a traditional ruler, not Nigeria's head)
  { office: "head of state", titles: ["king"], countries: ["Saudi Arabia", "Bahrain", "Jordan", "Morocco"] },
  { office: "head of state", titles: ["emir", "amir"], countries: ["Qatar", "Kuwait"] },
  { office: "head of state", titles: ["sultan"], countries: ["Oman", "Brunei"] },
  { office: "vice president", titles: ["vice president", "vice pres"] },
  { office: "foreign minister", titles: ["foreign minister", "minister of foreign affairs", "minister for foreign affairs", "foreign affairs minister", "minister of foreign affairs and cooperation", "minister of foreign affairs and international cooperation", "top diplomat"] },
  { office: "foreign minister", titles: ["foreign secretary", "secretary of state for foreign commonwealth and development affairs", "secretary of state for foreign and commonwealth affairs"], countries: ["United Kingdom"] },
  { office: "foreign minister", titles: ["secretary of state", "state secretary"], countries: ["United States"] },
  { office: "foreign minister", titles: ["external affairs minister", "minister of external affairs"], countries: ["India"] },
  { office: "foreign minister", titles: ["canciller", "foreign relations secretary", "secretary of foreign relations"], countries: ["Mexico", "Argentina", "Colombia", "Guatemala", "Honduras", "El Salvador", "Chile", "Peru", "Venezuela", "Ecuador", "Bolivia", "Paraguay", "Uruguay"] },
  { office: "interior minister", titles: ["interior minister", "minister of the interior", "minister of interior", "minister for the interior", "home minister", "home affairs minister", "minister of home affairs", "minister for home affairs"] },
  { office: "interior minister", titles: ["home secretary", "secretary of state for the home department"], countries: ["United Kingdom"] },
  { office: "interior minister", titles: ["union home minister", "union home secretary"], countries: ["India"] },
  { office: "defence minister", titles: ["defence minister", "defense minister", "minister of defence", "minister of defense", "minister for defence", "defence secretary", "defense secretary", "secretary of defense", "secretary of defence", "secretary of state for defence", "war secretary", "secretary of war"] },
  { office: "finance minister", titles: ["finance minister", "minister of finance", "minister for finance", "treasurer"] },
  { office: "finance minister", titles: ["chancellor of the exchequer", "chancellor"], countries: ["United Kingdom"] },
  { office: "finance minister", titles: ["treasury secretary", "secretary of the treasury"], countries: ["United States"] },
  { office: "homeland security secretary", titles: ["homeland security secretary", "secretary of homeland security", "dhs secretary", "secretary of the department of homeland security"], countries: ["United States"] },
  { office: "immigration minister", titles: ["immigration minister", "minister of immigration", "minister for immigration", "minister of migration", "migration minister", "minister for migration"] },
  { office: "attorney general", titles: ["attorney general", "attorney-general", "justice secretary"], countries: ["United States"] },
  // legislators, with the abbreviations news uses before a name ("Sen. Ted Cruz" / "Senator Ted Cruz")
  // a chamber's leader or whip is still one of its members: "Senate Majority Leader" and "Senator" of one person hold together
  { office: "senator", titles: ["senator", "sen", "senate majority leader", "senate minority leader", "senate majority whip", "senate minority whip", "senate president pro tempore"], tier: "legislature" },
  // a leader named without the chamber ("Majority Leader Harry Reid", "Speaker of the House Rep. Paul Ryan")
  { office: "chamber leader", titles: ["majority leader", "minority leader", "majority whip", "minority whip", "speaker", "house speaker", "speaker of the house", "house majority leader", "house minority leader", "house majority whip", "house minority whip"], tier: "legislature", within: ["senator", "representative"] },
  { office: "UN secretary-general", titles: ["un secretary general", "u n secretary general", "united nations secretary general", "secretary general of the united nations", "un chief"] },
  { office: "representative", titles: ["representative", "rep", "congressman", "congresswoman", "member of congress"], countries: ["United States"], tier: "legislature" },
  { office: "governor", titles: ["governor", "gov"], tier: "region" },
  // a central bank's governor is a national office, not a state's ("Central Bank Governor" is no career step from "Finance Minister")
  { office: "central bank governor", titles: ["central bank governor", "bank governor", "governor of the central bank", "reserve bank governor", "central bank chief", "central bank head"] },
  { office: "mayor", titles: ["mayor", "lord mayor"], tier: "region" },
  { office: "general", titles: ["general", "gen", "army general", "lieutenant general", "lt gen", "major general", "maj gen", "brigadier general", "brig gen"], tier: "military" },
  { office: "fisheries minister", titles: ["fisheries minister", "minister of fisheries", "minister for fisheries", "minister of fisheries and maritime economy", "minister of maritime affairs and fisheries", "minister of agriculture and fisheries", "fisheries and maritime economy minister"] },
  { office: "justice minister", titles: ["justice minister", "minister of justice", "minister for justice", "justice secretary", "lord chancellor"] },
];

/**
 * A title that, for officials of `countries`, names either of two offices: in Italy and Spain the head
 * of government is "Presidente" (del Consiglio, del Gobierno), and the government's own English calls
 * the prime minister "President Meloni" beside the head of state's "President Mattarella". For such an
 * official the title clashes with neither office; read alone it still names `offices[0]`.
 */
export interface SharedTitle {
  title: string;
  offices: readonly [string, string];
  countries: readonly string[];
}

export const SHARED_TITLES: readonly SharedTitle[] = [
  { title: "president", offices: ["head of state", "head of government"], countries: ["Italy", "Spain"] },
];

/**
 * Words before a bare rank that say which government, not which office: "Union Minister" (a minister of
 * India's union government), "Federal Minister", "Cabinet Minister" name no ministry, so they clash with
 * none ("Union Commerce Minister" and "Union Minister" are one office told twice).
 */
export const GOVERNMENT_LEVELS: readonly string[] = ["union", "federal", "cabinet", "central"];

/**
 * Words written before a title that say whose side or which state, not which office: "GOP Sen.",
 * "Democratic Rep.", "House Rep.", "U.S. Sen." (a state's name is read from the country lexicon).
 */
export const TITLE_AFFILIATIONS: readonly string[] = [
  "gop", "republican", "republicans", "democratic", "democrat", "democrats", "dem", "independent", "labour", "labor", "conservative", "tory", "liberal", "house", "us", "u", "s", "congressional",
];

/**
 * Words that make the office after them another one: "vice president" is not the president,
 * "deputy foreign minister" not the foreign minister.
 */
export const TITLE_RANKS: readonly string[] = ["vice", "deputy", "assistant", "under", "associate", "lieutenant", "junior", "shadow", "chief", "first", "second", "prime"];

/**
 * A title that is a bare rank word says no office: "Secretary Clinton" may be any secretary, so it
 * clashes with nothing.
 */
export const GENERIC_TITLES: readonly string[] = ["secretary", "minister", "official", "leader", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "commissioner", "chief", "head", "member", "officer", "sec"];

/**
 * A title word's British and American spellings, as [other, one]: "national security advisor" and
 * "National Security Adviser" are one title, never two offices.
 */
export const TITLE_SPELLINGS: ReadonlyArray<readonly [string, string]> = [["advisor", "adviser"], ["advisors", "advisers"], ["defence", "defense"], ["counsellor", "counselor"], ["labour", "labor"]];

/**
 * A cabinet rank that names no ministry when nothing follows it: "Minister of State", "State Minister",
 * "Minister without Portfolio". Its holder often carries another office at the same time (a minister of
 * state who is also the national security adviser), so it clashes with no other title; written with a
 * portfolio ("Minister of State for Foreign Affairs") it is an office like any other.
 */
export const PORTFOLIO_FREE_RANKS: readonly string[] = ["Minister of State", "State Minister", "Minister without Portfolio", "Minister-without-Portfolio", "Minister of State without Portfolio"];

/**
 * A deputy head of government ("first deputy prime minister", "vice premier") most often also runs a ministry:
 * "deputy prime minister" and "economy minister" of one person at one time are two hats, not a clash. A
 * head of government's or another deputy's title still clashes with it.
 */
export const DEPUTY_HEAD_OF_GOVERNMENT = /^(?:(?:first|second|third)\s+)?(?:deputy|vice)[\s-]+(?:prime\s+minister|premier|pm|chancellor)$/;
