// Titles that name one office, as data: two of them given to one person at one time never conflict
// ("Premier" / "Prime Minister"; "Foreign Secretary" / "Foreign Minister" for a British official).
// A title with `countries` names the office only for officials of those countries ("Secretary of
// State" is the foreign minister in the United States, a generic cabinet rank in Britain).
// Titles are lowercase, without qualifiers ("acting", "deputy" is an office of its own) or country words.

export interface OfficeTitles {
  office: string;
  titles: readonly string[];
  countries?: readonly string[];
}

export const OFFICE_TITLES: readonly OfficeTitles[] = [
  { office: "head of government", titles: ["prime minister", "premier", "pm", "head of government"] },
  { office: "head of government", titles: ["chancellor", "federal chancellor"], countries: ["Germany", "Austria"] },
  { office: "head of government", titles: ["taoiseach"], countries: ["Ireland"] },
  { office: "head of state", titles: ["president", "head of state"] },
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
  { office: "senator", titles: ["senator", "sen", "senate majority leader", "senate minority leader", "senate majority whip", "senate minority whip", "senate president pro tempore"] },
  { office: "UN secretary-general", titles: ["un secretary general", "u n secretary general", "united nations secretary general", "secretary general of the united nations", "un chief"] },
  { office: "representative", titles: ["representative", "rep", "congressman", "congresswoman", "member of congress"], countries: ["United States"] },
  { office: "governor", titles: ["governor", "gov"] },
  { office: "fisheries minister", titles: ["fisheries minister", "minister of fisheries", "minister for fisheries", "minister of fisheries and maritime economy", "minister of maritime affairs and fisheries", "minister of agriculture and fisheries", "fisheries and maritime economy minister"] },
  { office: "justice minister", titles: ["justice minister", "minister of justice", "minister for justice", "justice secretary", "lord chancellor"] },
];
