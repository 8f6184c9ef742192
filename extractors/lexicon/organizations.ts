// Organizations as data: the words that make a capitalized phrase an organization
// ("… Department", "Ministry of …"), well-known bodies, outlets, agencies and armed groups whose
// names carry no such word ("White House", "MS-13", "Tren de Aragua"), and words that make a
// phrase a place or a document rather than a name.

/** Last words of organization names: "Church World Service", "Supreme Court", "National Migration Institute". */
export const ORG_TAIL_WORDS: ReadonlySet<string> = new Set([
  "department", "ministry", "service", "services", "agency", "court", "party", "council", "institute", "university",
  "commission", "administration", "committee", "association", "foundation", "organization", "organisation",
  "union", "federation", "bureau", "patrol", "police", "army", "navy", "corps", "guard", "force", "forces", "bank",
  "group", "company", "corporation", "corp", "inc", "ltd", "llc", "plc", "co", "network", "news", "times", "post",
  "journal", "press", "tribune", "herald", "gazette", "telegraph", "guardian", "observer", "magazine", "radio",
  "television", "tv", "channel", "broadcasting", "media", "images", "agency", "alliance", "coalition", "center",
  "centre", "clinic", "hospital", "school", "college", "academy", "society", "league", "club", "team", "fund",
  "authority", "board", "office", "directorate", "secretariat", "cabinet", "senate", "congress", "parliament",
  "assembly", "legislature", "government", "cartel", "gang", "front", "movement", "brigade", "brigades", "network",
  "trust", "project", "initiative", "program", "programme", "coalition", "church", "diocese", "mission", "caucus",
  "enforcement", "customs", "laboratory", "labs", "airlines", "airways", "motors", "systems", "technologies",
  "partners", "holdings", "international", "watch", "rights", "first", "now", "exchange", "reserve", "tribunal",
  "council", "conference", "unit", "squad", "cooperative", "consortium", "institution", "observatory",
  "studio", "studios", "architects", "design", "records", "pictures", "entertainment", "software", "pharmaceuticals",
  "capital", "ventures", "solutions", "consulting", "energy", "industries", "insurance", "stores", "museum",
  "brothers", "bros", "airline", "bancorp", "bancshares", "bankshares",
  // a company's trade closing its name: "Dow Chemical", "General Electric", "Kia Motor" (no word that is also a surname)
  "chemical", "chemicals", "electric", "electronics", "petroleum", "telecom", "telecommunications", "communications",
  "mining", "minerals", "motor", "foods", "brewing", "breweries", "semiconductor", "semiconductors", "computers",
  "textiles", "cement", "shipping", "shipyards", "pharmaceutical", "petrochemical", "petrochemicals", "refining",
  "copper", "cables", "oil", "gas", "hospitality", "tobacco", "aluminium", "aluminum", "rubber", "tyres",
  // a wire's contact line: "-- Zagreb Newsroom +385 1 4557", "-- Chicago Commodities Desk"
  "newsroom", "desk",
  "ag", "sa", "nv", "bv", "gmbh", "spa", "llp", "lp", "ab", "asa", "oyj", "kg", "se", "pty", "limited", "incorporated",
]);

/** First words of organization names followed by "of"/"for": "Department of Homeland Security", "University of Texas". */
export const ORG_HEAD_WORDS: ReadonlySet<string> = new Set([
  "department", "ministry", "office", "bureau", "council", "court", "university", "institute", "bank", "church",
  "commission", "committee", "agency", "secretariat", "house", "chamber", "federation", "union", "association",
  "league", "party", "center", "centre", "centers", "centres", "board", "college", "school", "academy", "society",
  "organization", "organisation", "order", "army", "friends", "coalition", "alliance", "directorate", "congress",
  "parliament", "senate", "assembly", "national", "federal", "supreme", "state", "united", "european", "world",
  "international", "human", "doctors", "médecins", "medecins", "amnesty",
]);

/** Organization tails that make the body a government one (its heads and directors are officials). */
export const GOVERNMENT_ORG_WORDS: ReadonlySet<string> = new Set([
  "department", "ministry", "agency", "administration", "government", "court", "tribunal", "commission", "bureau",
  "patrol", "police", "customs", "enforcement", "directorate", "secretariat", "cabinet", "senate", "congress",
  "parliament", "assembly", "legislature", "army", "navy", "guard", "corps", "authority", "reserve",
]);

/** Bodies, outlets and groups named without a telling word. Matched case-sensitively on whole words. */
export const KNOWN_ORGANIZATIONS: readonly { name: string; aliases?: string[]; government?: boolean; country?: string; outlet?: boolean }[] = [
  // governments, their agencies and intergovernmental bodies (`government`: their heads are officials)
  { name: "White House", government: true, country: "United States" },
  { name: "Kremlin", government: true, country: "Russia" },
  { name: "Downing Street", government: true, country: "United Kingdom" },
  { name: "Élysée", aliases: ["Elysee", "Elysée Palace"], government: true, country: "France" },
  { name: "Pentagon", government: true, country: "United States" },
  { name: "State Department", government: true, country: "United States" },
  { name: "Justice Department", government: true, country: "United States" },
  { name: "Homeland Security", government: true, country: "United States" },
  { name: "Department of Homeland Security", aliases: ["DHS"], government: true, country: "United States" },
  { name: "Immigration and Customs Enforcement", aliases: ["ICE"], government: true, country: "United States" },
  { name: "Customs and Border Protection", aliases: ["CBP", "U.S. Customs and Border Protection"], government: true, country: "United States" },
  { name: "Border Patrol", aliases: ["U.S. Border Patrol"], government: true, country: "United States" },
  { name: "U.S. Citizenship and Immigration Services", aliases: ["USCIS", "Citizenship and Immigration Services"], government: true, country: "United States" },
  { name: "Federal Bureau of Investigation", aliases: ["FBI"], government: true, country: "United States" },
  { name: "Central Intelligence Agency", aliases: ["CIA"], government: true, country: "United States" },
  { name: "Drug Enforcement Administration", aliases: ["DEA"], government: true, country: "United States" },
  { name: "Congress", government: true },
  { name: "Senate", government: true },
  { name: "House of Representatives", government: true },
  { name: "Supreme Court", government: true },
  { name: "Home Office", government: true, country: "United Kingdom" },
  { name: "Foreign Office", aliases: ["Foreign, Commonwealth and Development Office", "FCDO"], government: true, country: "United Kingdom" },
  { name: "Bundestag", government: true, country: "Germany" },
  { name: "Bundesrat", government: true, country: "Germany" },
  { name: "Frontex", government: true },
  { name: "European Commission", government: true },
  { name: "European Parliament", government: true },
  { name: "European Council", government: true },
  { name: "Council of the European Union", government: true },
  { name: "European Union", aliases: ["EU", "E.U."], government: true },
  { name: "United Nations", aliases: ["UN", "U.N."], government: true },
  { name: "UNHCR", aliases: ["UN Refugee Agency", "U.N. refugee agency"], government: true },
  { name: "International Organization for Migration", aliases: ["IOM"], government: true },
  { name: "NATO", government: true },
  { name: "Organization of American States", aliases: ["OAS"], government: true },
  { name: "World Bank" },
  { name: "International Monetary Fund", aliases: ["IMF"] },
  { name: "Interpol", government: true },
  { name: "Europol", government: true },
  { name: "Instituto Nacional de Migración", aliases: ["INM"], government: true, country: "Mexico" },
  { name: "Comar", aliases: ["COMAR"], government: true, country: "Mexico" },
  // outlets and agencies (`outlet`: a report's source, never a side of what it reports, whatever country its name holds)
  { name: "CNN", aliases: ["CNN en Español"], outlet: true },
  { name: "CBS", aliases: ["CBS News"], outlet: true },
  { name: "NBC", aliases: ["NBC News"], outlet: true },
  { name: "ABC", aliases: ["ABC News"], outlet: true },
  { name: "Fox News", aliases: ["Fox"], outlet: true },
  { name: "MSNBC", outlet: true },
  { name: "NPR", outlet: true },
  { name: "PBS", outlet: true },
  { name: "BBC", aliases: ["BBC News", "BBC Mundo"], outlet: true },
  { name: "Reuters", outlet: true },
  { name: "Associated Press", aliases: ["AP"], outlet: true },
  { name: "Agence France-Presse", aliases: ["AFP"], outlet: true },
  { name: "EFE", outlet: true },
  { name: "Bloomberg", outlet: true },
  { name: "Axios", outlet: true },
  { name: "Politico", outlet: true },
  { name: "Getty Images", aliases: ["Getty"], outlet: true },
  { name: "NurPhoto", outlet: true },
  { name: "Shutterstock", outlet: true },
  { name: "Univision", outlet: true },
  { name: "Telemundo", outlet: true },
  { name: "Al Jazeera", outlet: true },
  { name: "New York Times", aliases: ["The New York Times"], outlet: true },
  { name: "Washington Post", aliases: ["The Washington Post"], outlet: true },
  { name: "Wall Street Journal", aliases: ["The Wall Street Journal", "WSJ"], outlet: true },
  { name: "The Guardian", outlet: true },
  { name: "El Faro", outlet: true },
  { name: "El País", aliases: ["El Pais"], outlet: true },
  { name: "Prensa Libre", outlet: true },
  { name: "La Prensa Gráfica", aliases: ["La Prensa Grafica"], outlet: true },
  { name: "Milenio", outlet: true },
  { name: "Deutsche Welle", aliases: ["DW"], outlet: true },
  { name: "Der Spiegel", aliases: ["Spiegel"], outlet: true },
  { name: "Le Monde", outlet: true },
  // news agencies whose names carry their country's name or that wires cite by name ("Agence France-Presse", "Japan's Kyodo")
  { name: "Deutsche Presse-Agentur", aliases: ["dpa", "DPA"], outlet: true },
  { name: "Agenzia Nova", outlet: true },
  { name: "ANSA", outlet: true },
  { name: "Xinhua", aliases: ["Xinhua News Agency"], outlet: true },
  { name: "Kyodo News", aliases: ["Kyodo", "Kyodo News Agency"], outlet: true },
  { name: "Jiji Press", aliases: ["Jiji"], outlet: true },
  { name: "Yonhap", aliases: ["Yonhap News Agency"], outlet: true },
  { name: "Anadolu Agency", aliases: ["Anadolu"], outlet: true },
  { name: "TASS", aliases: ["Tass"], outlet: true },
  { name: "RIA Novosti", outlet: true },
  { name: "Interfax", outlet: true },
  { name: "Sputnik", outlet: true },
  { name: "IRNA", aliases: ["Islamic Republic News Agency"], outlet: true },
  { name: "Mehr News Agency", outlet: true },
  { name: "Tasnim News Agency", aliases: ["Tasnim"], outlet: true },
  { name: "Saudi Press Agency", outlet: true },
  { name: "Qatar News Agency", outlet: true },
  { name: "Emirates News Agency", aliases: ["WAM"], outlet: true },
  { name: "Middle East News Agency", outlet: true },
  { name: "Korean Central News Agency", aliases: ["KCNA"], outlet: true },
  { name: "Philippine News Agency", outlet: true },
  { name: "Bernama", outlet: true },
  { name: "Antara", outlet: true },
  { name: "Press Trust of India", outlet: true },
  { name: "Vietnam News Agency", outlet: true },
  { name: "Straits Times", aliases: ["The Straits Times"], outlet: true },
  { name: "South China Morning Post", outlet: true },
  { name: "Kyiv Independent", outlet: true },
  // companies often in migration news
  { name: "Google" },
  { name: "Meta" },
  { name: "Facebook" },
  { name: "Twitter" },
  { name: "Microsoft" },
  { name: "Apple" },
  { name: "Amazon" },
  { name: "CoreCivic" },
  { name: "GEO Group" },
  // non-governmental organizations
  { name: "Amnesty International" },
  { name: "Human Rights Watch" },
  { name: "Doctors Without Borders", aliases: ["Médecins Sans Frontières", "MSF"] },
  { name: "Red Cross", aliases: ["International Committee of the Red Cross", "ICRC"] },
  { name: "American Civil Liberties Union", aliases: ["ACLU"] },
  { name: "Church World Service" },
  { name: "Catholic Charities" },
  { name: "Save the Children" },
  { name: "Oxfam" },
  { name: "Migration Policy Institute" },
  // armed groups and gangs
  { name: "MS-13", aliases: ["Mara Salvatrucha", "MS13"] },
  { name: "Barrio 18", aliases: ["18th Street gang", "Calle 18"] },
  { name: "Tren de Aragua" },
  { name: "Sinaloa Cartel", aliases: ["Sinaloa cartel"] },
  { name: "Jalisco New Generation Cartel", aliases: ["CJNG", "Jalisco cartel"] },
  { name: "Gulf Cartel" },
  { name: "Los Zetas", aliases: ["Zetas"] },
  { name: "Hezbollah" },
  { name: "Hamas" },
  { name: "al-Qaeda", aliases: ["al Qaeda", "Al Qaeda", "al-Qaida"] },
  { name: "Islamic State", aliases: ["ISIS", "ISIL", "Daesh"] },
  { name: "Taliban" },
  { name: "Boko Haram" },
  { name: "al-Shabab", aliases: ["al-Shabaab", "Al-Shabaab"] },
  { name: "FARC" },
  { name: "ELN" },
  { name: "Wagner Group", aliases: ["Wagner"] },
  // parties
  { name: "Republican Party", aliases: ["GOP"] },
  { name: "Democratic Party" },
  { name: "Conservative Party", aliases: ["Tories"] },
  { name: "Labour Party" },
  { name: "Nuevas Ideas" },
  { name: "Morena" },
];

/** Last words that make a phrase a place: "Los Angeles County", "Rio Grande Valley", "Gulf of Mexico". */
export const PLACE_TAIL_WORDS: ReadonlySet<string> = new Set([
  "county", "province", "state", "city", "valley", "river", "lake", "mountains", "mountain", "island", "islands",
  "bay", "sea", "ocean", "gulf", "coast", "peninsula", "desert", "canal", "strait", "park", "square", "street",
  "avenue", "airport", "port", "border", "region", "district", "department", "municipality", "borough", "village",
  "town", "heights", "beach", "falls", "springs", "hills", "plaza", "bridge", "crossing", "gap", "pass", "forest",
  "road", "lane", "drive", "boulevard", "highway", "freeway", "stadium", "arena", "field", "airport", "station",
  "palace", "cathedral", "tower", "mall", "hall", "prison", "motel", "racecourse",
]);

/**
 * Nouns of buildings and built places that, written lowercase right after a capitalized name, make the name and the
 * noun one facility's name ("the Gradina stadium", "Brelnik airport"): the name alone is no place or person. Each
 * with the type the facility takes (CoNLL-2003 tags stadiums, airports, squares and prisons LOC; universities,
 * schools and hospitals, institutions that act, ORG, as their capitalized names already are here).
 */
export const FACILITY_NOUNS: ReadonlyMap<string, "place" | "organization"> = new Map([
  ...["stadium", "arena", "airport", "airfield", "airbase", "bridge", "street", "square", "palace", "prison", "jail",
    "racecourse", "racetrack", "velodrome", "circuit", "ballpark", "cathedral", "mosque", "basilica", "monastery",
    "boulevard", "avenue", "motorway", "highway", "tunnel", "dam", "harbour", "harbor", "pier", "terminal"].map((w) => [w, "place"] as const),
  ...["university", "college", "hospital", "clinic", "academy"].map((w) => [w, "organization"] as const),
]);

/** First words that make a phrase a place: "Mount Everest", "Lake Tahoe", "Gulf of Mexico", "Port-au-Prince". */
export const PLACE_HEAD_WORDS: ReadonlySet<string> = new Set([
  "mount", "lake", "gulf", "bay", "cape", "port", "fort", "isla", "san", "santa", "santo", "são", "sao", "saint",
  "st", "puerto", "ciudad", "villa", "rio", "río", "sierra", "costa", "new", "north", "south", "east", "west",
  "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
]);

/** Well-known places written without a telling word that are not countries (regions, facilities). */
export const KNOWN_PLACES: readonly string[] = [
  "Oval Office", "Capitol", "Capitol Hill", "Rose Garden", "Camp David", "Guantanamo", "Guantánamo Bay", "Ellis Island",
  "Latin America", "Central America", "South America", "North America", "Western Hemisphere", "Europe", "Asia",
  "Africa", "Middle East", "Caribbean", "Mediterranean", "Balkans", "Sahel", "Darién Gap", "Darien Gap", "Darién",
  "Rio Grande", "Texas", "California", "Arizona", "New Mexico", "Florida", "New York", "Chiapas", "Tapachula",
  "Tijuana", "Ciudad Juárez", "Juárez", "El Paso", "San Diego", "Lampedusa", "Lesbos", "Calais", "Dover",
  "English Channel", "Channel", "Kigali", "Tirana", "Nauru", "Manus Island", "Manus", "Ceuta", "Melilla", "Canary Islands",
  "Brussels", "Geneva", "Strasbourg", "Hong Kong", "Taiwan", "Gaza", "West Bank", "Crimea", "Donbas", "Kosovo",
  "Puerto Rico", "Scotland", "Wales", "England", "Northern Ireland", "Bavaria", "Catalonia", "Sicily",
  // self-declared or disputed states that sign and have presidents of their own ("the President of Somaliland …")
  "Somaliland", "Puntland", "Western Sahara", "Transnistria", "Abkhazia", "South Ossetia", "Northern Cyprus",
];

/**
 * Last words that make a capitalized phrase a document, event or programme, which is none of
 * person, organization or place: "Safe Third Country Agreement", "Migrant Protection Protocols".
 */
export const NON_ENTITY_TAIL_WORDS: ReadonlySet<string> = new Set([
  "agreement", "agreements", "treaty", "accord", "accords", "act", "law", "bill", "convention", "protocol",
  "protocols", "pact", "plan", "policy", "order", "rule", "program", "programme", "status", "visa", "summit",
  "declaration", "deal", "compact", "initiative", "doctrine", "amendment", "clause", "report", "day", "war",
  "games", "cup", "olympics", "championship", "award", "prize", "index", "strategy", "operation",
  // sports events: "U.S. Open", "Hong Kong Open", "World Series", "Davis Cup"
  "open", "championships", "series", "trophy", "tournament", "marathon",
]);

/** First words that make a capitalized phrase an operation, a storm or a legal provision: "Operation Lone Star", "Title 42". */
export const NON_ENTITY_HEAD_WORDS: ReadonlySet<string> = new Set([
  "operation", "hurricane", "storm", "typhoon", "cyclone", "tropical", "title", "article", "section", "chapter",
  "proposition", "prop", "amendment", "resolution", "bill", "executive", "covid",
]);

/** Words that make a text a sports report, where towns and counties name teams: "Somerset beat Kent". */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  "match", "matches", "innings", "wicket", "wickets", "goal", "goals", "league", "cup", "season", "striker",
  "midfielder", "defender", "goalkeeper", "keeper", "coach", "beat", "beaten", "draw", "drew", "scored", "score",
  "points", "playoff", "playoffs", "championship", "tournament", "semifinal", "final", "quarter-final", "runs",
  "halftime", "half-time", "penalty", "referee", "stadium", "fixture", "fixtures", "standings", "soccer", "cricket",
  "rugby", "tennis", "basketball", "baseball", "hockey", "football", "inning", "touchdown", "victory", "defeat",
  "golf", "athletics", "cycling", "boxing", "racing", "skiing", "swimming", "wins", "win", "results", "result",
]);

/**
 * Words that open the names of sports clubs, before the club's town: "Real Madrid", "Inter Milan", "Dynamo Moscow",
 * "Deportivo Coruna" (the customary club prefixes of European football and basketball: Spanish, Italian, Portuguese,
 * Slavic, German, Greek, Israeli, Romanian naming; acronyms such as "FC" and "AC" are read as acronyms).
 */
export const CLUB_NAME_WORDS: ReadonlySet<string> = new Set([
  "real", "inter", "internazionale", "deportivo", "atletico", "atlético", "sporting", "dynamo", "dinamo", "spartak",
  "lokomotiv", "lokomotiva", "olympique", "olympiakos", "olympiacos", "panathinaikos", "steaua", "partizan", "hapoel",
  "maccabi", "beitar", "borussia", "eintracht", "werder", "hertha", "slavia", "sparta", "viktoria", "rapid", "universitatea",
  "union", "unirea", "petrolul", "wisla", "legia", "ruch", "górnik", "gornik", "zalgiris", "torpedo", "shakhtar", "chernomorets",
  "vitesse", "fortuna", "alemannia", "rot-weiss", "stade", "racing", "athletic", "celta", "betis", "rayo", "sampdoria",
]);

/** Players' positions, written capitalized when they open a sentence before the player's name: "Fullback Andre Joubert". */
export const SPORTS_POSITIONS: ReadonlySet<string> = new Set([
  "fullback", "full-back", "winger", "wing", "flanker", "lock", "prop", "hooker", "scrum-half", "scrumhalf", "fly-half", "flyhalf",
  "centre", "striker", "midfielder", "defender", "goalkeeper", "keeper", "sweeper", "forward", "pitcher", "catcher",
  "shortstop", "outfielder", "infielder", "quarterback", "linebacker", "receiver", "guard", "batsman", "bowler",
  "opener", "spinner", "paceman", "all-rounder", "wicketkeeper", "wicket-keeper", "rider", "driver", "jockey",
]);

/** Sports that wire copy writes in capitals before a dash to open a report: "SOCCER - ARSENAL BEAT CHELSEA". */
export const SPORT_SLUGS: ReadonlySet<string> = new Set([
  "soccer", "football", "cricket", "tennis", "golf", "rugby", "athletics", "cycling", "boxing", "baseball",
  "basketball", "hockey", "skiing", "swimming", "rowing", "sailing", "motorcycling", "squash", "badminton",
  "volleyball", "handball", "judo", "wrestling", "triathlon", "snooker", "darts", "chess", "nfl", "nba", "nhl",
  "motor", "horse", "ice", "alpine", "formula", "f1", "olympics", "sport", "sports",
]);

const lower = (s: string) => s.toLowerCase();

/** The known organization a phrase names, by its name or an alias, or null. */
export function knownOrganization(phrase: string): { name: string; government: boolean } | null {
  return ORG_INDEX.get(phrase) ?? ORG_INDEX.get(phrase.replace(/^the /i, "")) ?? null;
}

const ORG_INDEX = new Map<string, { name: string; government: boolean }>();
for (const o of KNOWN_ORGANIZATIONS) {
  const v = { name: o.name, government: !!o.government };
  ORG_INDEX.set(o.name, v);
  for (const a of o.aliases ?? []) ORG_INDEX.set(a, v);
}

/** The country a listed government body belongs to: "White House" → United States. */
export function organizationCountry(phrase: string): string | null {
  return ORG_COUNTRY.get(phrase) ?? null;
}

const ORG_COUNTRY = new Map<string, string>();
for (const o of KNOWN_ORGANIZATIONS) {
  if (!o.country) continue;
  for (const f of [o.name, ...(o.aliases ?? [])]) ORG_COUNTRY.set(f, o.country);
}

/** All forms of known organizations, for fuzzy look-ups ("Tran de Aragua"). */
export function knownOrganizationForms(): string[] {
  return [...ORG_INDEX.keys()];
}

/** Whether an organization's name makes it a government body: "State Department" yes, "Church World Service" no. */
export function isGovernmentBody(name: string): boolean {
  const known = knownOrganization(name);
  if (known) return known.government;
  const words = name.split(/\s+/).map(lower).filter((w) => !["of", "for", "the", "and"].includes(w));
  // the head word decides: "Farm Bureau Federation" is a federation, "Federal Bureau of Investigation" a bureau
  const ofAt = name.split(/\s+/).map(lower).indexOf("of");
  const head = ofAt > 0 ? name.split(/\s+/)[ofAt - 1].toLowerCase() : words[words.length - 1];
  if (GOVERNMENT_ORG_WORDS.has(head)) return true;
  return /\b(federal|national|state|royal)\b.*\b(service|office|institute|council)\b/i.test(name);
}

/** Every name and alias of a listed news outlet or agency, longest first. */
export const NEWS_OUTLET_FORMS: readonly string[] = KNOWN_ORGANIZATIONS.filter((o) => o.outlet)
  .flatMap((o) => [o.name, ...(o.aliases ?? [])])
  .sort((a, b) => b.length - a.length);

const KNOWN_PLACE_SET = new Set(KNOWN_PLACES);
/** Whether the phrase is one of the listed non-country places. */
export function isKnownPlace(phrase: string): boolean {
  return KNOWN_PLACE_SET.has(phrase);
}
