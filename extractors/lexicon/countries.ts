// Countries and blocs by their common English short name, with the other ways news names them:
// aliases ("the US", "Washington" as a metonym), demonyms and adjectives ("Salvadoran").
// Used to find places, to give officials a country and to name an agreement's parties.
export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  /** Capitals used as metonyms for the government ("Washington said"). */
  capitals: string[];
  bloc?: boolean;
}

const c = (name: string, aliases: string[], demonyms: string[], capitals: string[] = []): CountryEntry => ({
  name,
  aliases,
  demonyms,
  capitals,
});

export const COUNTRIES: readonly CountryEntry[] = [
  c("United States", ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"], ["American", "Americans"], ["Washington"]),
  c("Canada", [], ["Canadian", "Canadians"], ["Ottawa"]),
  c("Mexico", [], ["Mexican", "Mexicans"], ["Mexico City"]),
  c("Guatemala", [], ["Guatemalan", "Guatemalans"], ["Guatemala City"]),
  c("El Salvador", ["Salvador"], ["Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans", "El Salvadoran", "El Salvadorans"], ["San Salvador"]),
  c("Honduras", [], ["Honduran", "Hondurans"], ["Tegucigalpa"]),
  c("Nicaragua", [], ["Nicaraguan", "Nicaraguans"], ["Managua"]),
  c("Costa Rica", [], ["Costa Rican", "Costa Ricans"], ["San José", "San Jose"]),
  c("Panama", [], ["Panamanian", "Panamanians"], ["Panama City"]),
  c("Belize", [], ["Belizean", "Belizeans"], ["Belmopan"]),
  c("Cuba", [], ["Cuban", "Cubans"], ["Havana"]),
  c("Haiti", [], ["Haitian", "Haitians"], ["Port-au-Prince"]),
  c("Dominican Republic", [], ["Dominican", "Dominicans"], ["Santo Domingo"]),
  c("Jamaica", [], ["Jamaican", "Jamaicans"], ["Kingston"]),
  c("Venezuela", [], ["Venezuelan", "Venezuelans"], ["Caracas"]),
  c("Colombia", [], ["Colombian", "Colombians"], ["Bogotá", "Bogota"]),
  c("Ecuador", [], ["Ecuadorian", "Ecuadorians", "Ecuadorean"], ["Quito"]),
  c("Peru", [], ["Peruvian", "Peruvians"], ["Lima"]),
  c("Bolivia", [], ["Bolivian", "Bolivians"], ["La Paz", "Sucre"]),
  c("Brazil", [], ["Brazilian", "Brazilians"], ["Brasília", "Brasilia"]),
  c("Paraguay", [], ["Paraguayan", "Paraguayans"], ["Asunción", "Asuncion"]),
  c("Uruguay", [], ["Uruguayan", "Uruguayans"], ["Montevideo"]),
  c("Argentina", [], ["Argentine", "Argentines", "Argentinian", "Argentinians"], ["Buenos Aires"]),
  c("Chile", [], ["Chilean", "Chileans"], ["Santiago"]),
  c("United Kingdom", ["UK", "U.K.", "Britain", "Great Britain"], ["British", "Briton", "Britons"], ["London"]),
  c("Ireland", [], ["Irish"], ["Dublin"]),
  c("France", [], ["French"], ["Paris"]),
  c("Germany", [], ["German", "Germans"], ["Berlin"]),
  c("Italy", [], ["Italian", "Italians"], ["Rome"]),
  c("Spain", [], ["Spanish", "Spaniards"], ["Madrid"]),
  c("Portugal", [], ["Portuguese"], ["Lisbon"]),
  c("Netherlands", ["the Netherlands", "Holland"], ["Dutch"], ["Amsterdam", "The Hague"]),
  // "Brussels" as a government is the EU's in news ("Brussels and Nouakchott signed"): it is listed there
  c("Belgium", [], ["Belgian", "Belgians"], []),
  c("Denmark", [], ["Danish", "Danes"], ["Copenhagen"]),
  c("Sweden", [], ["Swedish", "Swedes"], ["Stockholm"]),
  c("Norway", [], ["Norwegian", "Norwegians"], ["Oslo"]),
  c("Finland", [], ["Finnish", "Finns"], ["Helsinki"]),
  c("Austria", [], ["Austrian", "Austrians"], ["Vienna"]),
  c("Switzerland", [], ["Swiss"], ["Bern"]),
  c("Poland", [], ["Polish", "Poles"], ["Warsaw"]),
  c("Czech Republic", ["Czechia"], ["Czech", "Czechs"], ["Prague"]),
  c("Hungary", [], ["Hungarian", "Hungarians"], ["Budapest"]),
  c("Greece", ["Hellenic Republic"], ["Greek", "Greeks", "Hellenic"], ["Athens"]),
  c("Bulgaria", [], ["Bulgarian", "Bulgarians"], ["Sofia"]),
  c("Romania", [], ["Romanian", "Romanians"], ["Bucharest"]),
  c("Croatia", [], ["Croatian", "Croatians", "Croats"], ["Zagreb"]),
  c("Serbia", [], ["Serbian", "Serbians", "Serbs"], ["Belgrade"]),
  c("Albania", [], ["Albanian", "Albanians"], ["Tirana"]),
  c("Ukraine", [], ["Ukrainian", "Ukrainians"], ["Kyiv", "Kiev"]),
  c("Russia", ["Russian Federation"], ["Russian", "Russians"], ["Moscow"]),
  c("Belarus", [], ["Belarusian", "Belarusians"], ["Minsk"]),
  c("Turkey", ["Türkiye", "Turkiye"], ["Turkish", "Turks"], ["Ankara"]),
  c("Cyprus", [], ["Cypriot", "Cypriots"], ["Nicosia"]),
  c("Malta", [], ["Maltese"], ["Valletta"]),
  c("Morocco", [], ["Moroccan", "Moroccans"], ["Rabat"]),
  c("Algeria", [], ["Algerian", "Algerians"], ["Algiers"]),
  c("Tunisia", [], ["Tunisian", "Tunisians"], ["Tunis"]),
  c("Libya", [], ["Libyan", "Libyans"], ["Tripoli"]),
  c("Egypt", [], ["Egyptian", "Egyptians"], ["Cairo"]),
  c("Sudan", [], ["Sudanese"], ["Khartoum"]),
  c("Rwanda", [], ["Rwandan", "Rwandans"], ["Kigali"]),
  c("Uganda", [], ["Ugandan", "Ugandans"], ["Kampala"]),
  c("Kenya", [], ["Kenyan", "Kenyans"], ["Nairobi"]),
  c("Ethiopia", [], ["Ethiopian", "Ethiopians"], ["Addis Ababa"]),
  c("Eritrea", [], ["Eritrean", "Eritreans"], ["Asmara"]),
  c("Somalia", [], ["Somali", "Somalis"], ["Mogadishu"]),
  c("Nigeria", [], ["Nigerian", "Nigerians"], ["Abuja"]),
  c("Niger", [], ["Nigerien", "Nigeriens"], ["Niamey"]),
  c("Mali", [], ["Malian", "Malians"], ["Bamako"]),
  c("Senegal", [], ["Senegalese"], ["Dakar"]),
  c("Ghana", [], ["Ghanaian", "Ghanaians"], ["Accra"]),
  c("South Africa", [], ["South African", "South Africans"], ["Pretoria", "Cape Town"]),
  c("Israel", [], ["Israeli", "Israelis"], ["Jerusalem"]),
  c("Lebanon", [], ["Lebanese"], ["Beirut"]),
  c("Syria", [], ["Syrian", "Syrians"], ["Damascus"]),
  c("Jordan", [], ["Jordanian", "Jordanians"], ["Amman"]),
  c("Iraq", [], ["Iraqi", "Iraqis"], ["Baghdad"]),
  c("Iran", [], ["Iranian", "Iranians"], ["Tehran"]),
  c("Saudi Arabia", [], ["Saudi", "Saudis"], ["Riyadh"]),
  c("Yemen", [], ["Yemeni", "Yemenis"], ["Sanaa"]),
  c("Qatar", [], ["Qatari", "Qataris"], ["Doha"]),
  c("United Arab Emirates", ["UAE", "U.A.E."], ["Emirati", "Emiratis"], ["Abu Dhabi"]),
  c("Afghanistan", [], ["Afghan", "Afghans"], ["Kabul"]),
  c("Pakistan", [], ["Pakistani", "Pakistanis"], ["Islamabad"]),
  c("India", [], ["Indian", "Indians"], ["New Delhi"]),
  c("Bangladesh", [], ["Bangladeshi", "Bangladeshis"], ["Dhaka"]),
  c("Sri Lanka", [], ["Sri Lankan", "Sri Lankans"], ["Colombo"]),
  c("Myanmar", ["Burma"], ["Burmese"], ["Naypyidaw"]),
  c("China", ["People's Republic of China", "PRC"], ["Chinese"], ["Beijing"]),
  c("Japan", [], ["Japanese"], ["Tokyo"]),
  c("South Korea", ["Republic of Korea"], ["South Korean", "South Koreans"], ["Seoul"]),
  // the state's full name holds South Korea's "Republic of Korea": the longer form must be listed to win at its position
  c("North Korea", ["Democratic People's Republic of Korea", "Democratic People’s Republic of Korea", "DPRK", "D.P.R.K."], ["North Korean", "North Koreans"], ["Pyongyang"]),
  c("Vietnam", [], ["Vietnamese"], ["Hanoi"]),
  c("Thailand", [], ["Thai"], ["Bangkok"]),
  c("Malaysia", [], ["Malaysian", "Malaysians"], ["Kuala Lumpur"]),
  c("Indonesia", [], ["Indonesian", "Indonesians"], ["Jakarta"]),
  c("Philippines", ["the Philippines"], ["Filipino", "Filipinos", "Philippine"], ["Manila"]),
  c("Australia", [], ["Australian", "Australians"], ["Canberra"]),
  c("New Zealand", [], ["New Zealander", "New Zealanders"], ["Wellington"]),
  c("Papua New Guinea", ["PNG"], ["Papua New Guinean"], ["Port Moresby"]),
  c("Nauru", [], ["Nauruan", "Nauruans"], []),
  c("Taiwan", [], ["Taiwanese"], ["Taipei"]),
  c("Singapore", [], ["Singaporean", "Singaporeans"], []),
  c("Iceland", [], ["Icelandic", "Icelanders"], ["Reykjavik"]),
  c("Estonia", [], ["Estonian", "Estonians"], ["Tallinn"]),
  c("Latvia", [], ["Latvian", "Latvians"], ["Riga"]),
  c("Lithuania", [], ["Lithuanian", "Lithuanians"], ["Vilnius"]),
  c("Slovakia", ["Slovak Republic"], ["Slovak", "Slovaks"], ["Bratislava"]),
  c("Slovenia", [], ["Slovenian", "Slovenians", "Slovene"], ["Ljubljana"]),
  c("Luxembourg", [], ["Luxembourgish"], []),
  c("Moldova", [], ["Moldovan", "Moldovans"], ["Chisinau"]),
  c("Bosnia and Herzegovina", ["Bosnia"], ["Bosnian", "Bosnians"], ["Sarajevo"]),
  c("North Macedonia", ["Macedonia"], ["Macedonian", "Macedonians"], ["Skopje"]),
  c("Montenegro", [], ["Montenegrin", "Montenegrins"], ["Podgorica"]),
  c("Kosovo", [], ["Kosovar", "Kosovars"], ["Pristina"]),
  c("Armenia", [], ["Armenian", "Armenians"], ["Yerevan"]),
  c("Azerbaijan", [], ["Azerbaijani", "Azerbaijanis", "Azeri"], ["Baku"]),
  c("Kazakhstan", [], ["Kazakh", "Kazakhs"], ["Astana"]),
  c("Uzbekistan", [], ["Uzbek", "Uzbeks"], ["Tashkent"]),
  c("Tajikistan", [], ["Tajik", "Tajiks"], ["Dushanbe"]),
  c("Kyrgyzstan", [], ["Kyrgyz"], ["Bishkek"]),
  c("Turkmenistan", [], ["Turkmen"], ["Ashgabat"]),
  c("Nepal", [], ["Nepali", "Nepalese"], ["Kathmandu"]),
  c("Cambodia", [], ["Cambodian", "Cambodians"], ["Phnom Penh"]),
  c("Laos", [], ["Laotian", "Laotians"], ["Vientiane"]),
  c("Mongolia", [], ["Mongolian", "Mongolians"], ["Ulaanbaatar"]),
  c("Kuwait", [], ["Kuwaiti", "Kuwaitis"], ["Kuwait City"]),
  c("Bahrain", [], ["Bahraini", "Bahrainis"], ["Manama"]),
  c("Oman", [], ["Omani", "Omanis"], ["Muscat"]),
  c("Palestine", ["Palestinian Territories"], ["Palestinian", "Palestinians"], ["Ramallah"]),
  c("Tanzania", [], ["Tanzanian", "Tanzanians"], ["Dodoma", "Dar es Salaam"]),
  c("Zimbabwe", [], ["Zimbabwean", "Zimbabweans"], ["Harare"]),
  c("Zambia", [], ["Zambian", "Zambians"], ["Lusaka"]),
  c("Mozambique", [], ["Mozambican", "Mozambicans"], ["Maputo"]),
  c("Angola", [], ["Angolan", "Angolans"], ["Luanda"]),
  c("Cameroon", [], ["Cameroonian", "Cameroonians"], ["Yaoundé", "Yaounde"]),
  c("Ivory Coast", ["Côte d'Ivoire", "Cote d'Ivoire"], ["Ivorian", "Ivorians"], ["Abidjan", "Yamoussoukro"]),
  c("Democratic Republic of the Congo", ["Democratic Republic of Congo", "DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Zaire"], ["Congolese"], ["Kinshasa"]),
  c("Gambia", ["The Gambia"], ["Gambian", "Gambians"], ["Banjul"]),
  c("Guinea", [], ["Guinean", "Guineans"], ["Conakry"]),
  c("Sierra Leone", [], ["Sierra Leonean", "Sierra Leoneans"], ["Freetown"]),
  c("Liberia", [], ["Liberian", "Liberians"], ["Monrovia"]),
  c("Burkina Faso", [], ["Burkinabe"], ["Ouagadougou"]),
  c("Chad", [], ["Chadian", "Chadians"], ["N'Djamena"]),
  c("Mauritania", [], ["Mauritanian", "Mauritanians"], ["Nouakchott"]),
  c("Guyana", [], ["Guyanese"], ["Georgetown"]),
  c("Suriname", ["Surinam"], ["Surinamese"], ["Paramaribo"]),
  c("Trinidad and Tobago", ["Trinidad"], ["Trinidadian", "Trinidadians"], ["Port of Spain"]),
  c("Bahamas", ["The Bahamas"], ["Bahamian", "Bahamians"], ["Nassau"]),
  c("Barbados", [], ["Barbadian", "Barbadians"], ["Bridgetown"]),
  c("Fiji", [], ["Fijian", "Fijians"], ["Suva"]),
  // the other UN member states (short names as in the UN's list of member states), and three former ones
  // news of the 1990s still names (capitals that are also given names or everyday words are left out)
  c("Benin", [], ["Beninese"], ["Porto-Novo", "Cotonou"]),
  c("Togo", [], ["Togolese"], ["Lome", "Lomé"]),
  c("Gabon", [], ["Gabonese"], ["Libreville"]),
  c("Lesotho", [], ["Basotho"], ["Maseru"]),
  c("Malawi", [], ["Malawian", "Malawians"], ["Lilongwe"]),
  c("Burundi", [], ["Burundian", "Burundians"], ["Bujumbura", "Gitega"]),
  c("Bhutan", [], ["Bhutanese"], ["Thimphu"]),
  c("Brunei", ["Brunei Darussalam"], ["Bruneian", "Bruneians"], ["Bandar Seri Begawan"]),
  c("Samoa", ["Western Samoa"], ["Samoan", "Samoans"], ["Apia"]),
  c("Tonga", [], ["Tongan", "Tongans"], ["Nuku'alofa"]),
  c("Liechtenstein", [], ["Liechtensteiner", "Liechtensteiners"], ["Vaduz"]),
  c("Monaco", [], ["Monegasque", "Monegasques"], []),
  c("Andorra", [], ["Andorran", "Andorrans"], ["Andorra la Vella"]),
  c("Botswana", [], ["Botswanan", "Batswana"], ["Gaborone"]),
  c("Namibia", [], ["Namibian", "Namibians"], ["Windhoek"]),
  c("Madagascar", [], ["Malagasy"], ["Antananarivo"]),
  c("Mauritius", [], ["Mauritian", "Mauritians"], ["Port Louis"]),
  c("Republic of the Congo", ["Congo", "Congo-Brazzaville"], [], ["Brazzaville"]),
  c("Djibouti", [], ["Djiboutian", "Djiboutians"], []),
  c("Central African Republic", [], [], ["Bangui"]),
  c("Equatorial Guinea", [], ["Equatoguinean", "Equatoguineans"], ["Malabo"]),
  c("Guinea-Bissau", [], ["Bissau-Guinean", "Bissau-Guineans"], ["Bissau"]),
  c("Cape Verde", ["Cabo Verde"], ["Cape Verdean", "Cape Verdeans"], ["Praia"]),
  c("Comoros", [], ["Comoran", "Comorans", "Comorian", "Comorians"], []),
  c("Seychelles", [], ["Seychellois"], []),
  c("Eswatini", ["Swaziland"], ["Swazi", "Swazis"], ["Mbabane"]),
  c("Sao Tome and Principe", ["São Tomé and Príncipe", "Sao Tome"], [], []),
  c("Maldives", [], ["Maldivian", "Maldivians"], []),
  c("East Timor", ["Timor-Leste"], ["East Timorese"], ["Dili"]),
  c("Solomon Islands", [], ["Solomon Islander", "Solomon Islanders"], ["Honiara"]),
  c("Vanuatu", [], [], ["Port Vila"]),
  c("Kiribati", [], [], ["Tarawa"]),
  c("Tuvalu", [], ["Tuvaluan", "Tuvaluans"], ["Funafuti"]),
  c("Palau", [], ["Palauan", "Palauans"], ["Ngerulmud"]),
  c("Marshall Islands", [], ["Marshallese"], ["Majuro"]),
  c("Micronesia", ["Federated States of Micronesia"], ["Micronesian", "Micronesians"], ["Palikir"]),
  c("San Marino", [], ["Sammarinese"], []),
  // the Holy See makes treaties (concordats, the provisional agreement with China) as a state of its own
  c("Holy See", ["Vatican", "Vatican City", "Vatican City State"], [], []),
  c("Grenada", [], ["Grenadian", "Grenadians"], []),
  c("Dominica", [], [], ["Roseau"]),
  c("Antigua and Barbuda", ["Antigua"], ["Antiguan", "Antiguans"], []),
  c("Saint Lucia", ["St Lucia", "St. Lucia"], ["Saint Lucian", "Saint Lucians"], ["Castries"]),
  c("Saint Kitts and Nevis", ["St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts"], [], ["Basseterre"]),
  c("Saint Vincent and the Grenadines", ["St Vincent and the Grenadines", "St. Vincent"], [], []),
  c("Yugoslavia", [], [], []),
  c("Soviet Union", ["USSR", "U.S.S.R."], [], []),
  c("Czechoslovakia", [], [], []),
  { ...c("European Union", ["EU", "E.U."], ["European"], ["Brussels"]), bloc: true },
  // a customs union that makes trade agreements as one side ("the EU-Mercosur agreement")
  { ...c("Mercosur", ["MERCOSUR", "Southern Common Market"], [], []), bloc: true },
  // the free trade association of Iceland, Liechtenstein, Norway and Switzerland, one side of its trade agreements ("the India-EFTA pact")
  { ...c("European Free Trade Association", ["EFTA"], [], []), bloc: true },
];

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\./g, "").trim();

const byForm = new Map<string, { country: string; as: "name" | "alias" | "demonym" | "capital" }>();
for (const e of COUNTRIES) {
  const add = (form: string, as: "name" | "alias" | "demonym" | "capital") => {
    const k = fold(form).replace(/^the /, "");
    if (!byForm.has(k)) byForm.set(k, { country: e.name, as });
  };
  add(e.name, "name");
  e.aliases.forEach((a) => add(a, "alias"));
  e.demonyms.forEach((d) => add(d, "demonym"));
  e.capitals.forEach((k) => add(k, "capital"));
}

// (the look-up of a written form, remembered: the extractors ask about the same few words many times per
// article, and folding one, a Unicode normalisation and four replacements, cost more than the look-up; the
// lists are fixed, so the answer is too, and the memory is bounded)
const formSeen = new Map<string, { country: string; as: "name" | "alias" | "demonym" | "capital" } | null>();
function formOf(form: string) {
  let hit = formSeen.get(form);
  if (hit === undefined) {
    if (formSeen.size >= 20000) formSeen.clear();
    formSeen.set(form, (hit = byForm.get(fold(form.replace(/['’]s$/, "")).replace(/^the /, "")) ?? null));
  }
  return hit;
}

/**
 * The country a word names: "the U.S." → United States, "Salvadoran" → El Salvador,
 * "Guatemala's" → Guatemala. Capitals count only with `{ capitals: true }` (metonymy is a
 * caller's judgement: "Washington said" is the US, "Washington state" is not).
 */
export function countryOf(form: string, opts: { capitals?: boolean } = {}): string | null {
  const hit = formOf(form);
  if (!hit) return null;
  if (hit.as === "capital" && !opts.capitals) return null;
  return hit.country;
}

/**
 * Adjectives and nouns for peoples, faiths, languages and regions that are no country: "English
 * league", "Moslem holy sites", "a Sikh militant group". They name no place (CoNLL calls them MISC).
 * ("Christian" stays out: it opens many person names.)
 */
export const PEOPLE_WORDS: readonly string[] = [
  "English", "Scottish", "Scots", "Welsh", "Cornish", "Flemish", "Walloon", "Basque", "Basques", "Catalan", "Catalans",
  "Kurdish", "Kurd", "Kurds", "Tamil", "Tamils", "Sikh", "Sikhs", "Hindu", "Hindus", "Muslim", "Muslims", "Moslem",
  "Moslems", "Islamic", "Jewish", "Jews", "Jew", "Catholic", "Catholics", "Protestant", "Protestants", "Buddhist",
  "Buddhists", "Orthodox", "Arab", "Arabs", "Arabic", "Sunni", "Sunnis", "Shi'ite", "Shi'ites", "Shiite", "Shiites",
  "Shia", "European", "Europeans", "African", "Africans", "Asian", "Asians", "Western", "Westerners", "Scandinavian",
  "Nordic", "Balkan", "Baltic", "Caribbean", "Hispanic", "Latino", "Latinos", "Latina", "Pashtun", "Pashtuns", "Hutu",
  "Hutus", "Tutsi", "Tutsis", "Serb", "Serbs", "Croat", "Croats", "Slav", "Slavs", "Slavic", "Persian", "Hebrew",
  "Yiddish", "Berber", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Rohingya", "Roma", "Bedouin", "Aboriginal", "Maori",
  "Anglo", "Francophone", "Anglophone", "Gulf Arab", "Latin American", "Latin Americans", "Central American",
  "Central Americans", "South American", "North American", "Middle Eastern", "Soviet", "Yugoslav", "Czechoslovak",
];

/**
 * Lowercase nouns for a people that make the capitalized word before them a people's name, as the
 * words of PEOPLE_WORDS are: "the Sahrawi people", "a Karen tribe", "the Ahwazi minority".
 */
export const PEOPLE_GROUP_NOUNS: readonly string[] = ["people", "peoples", "tribe", "tribes", "tribesmen", "minority", "minorities", "diaspora"];

/** How the form names its country, or null: "Salvadoran" → "demonym". */
export function countryFormKind(form: string): "name" | "alias" | "demonym" | "capital" | null {
  return formOf(form)?.as ?? null;
}

/**
 * States and provinces that tie an office to its country: "Texas Gov. Greg Abbott" is a US
 * official, "Ontario Premier …" a Canadian one. Only for officials' titles, not for entities.
 */
const SUBDIVISIONS: Record<string, string[]> = {
  "United States": [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington state", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
  ],
  Canada: ["Ontario", "Quebec", "Québec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland and Labrador", "Prince Edward Island"],
  India: [
    "West Bengal", "Tripura", "Assam", "Meghalaya", "Mizoram", "Manipur", "Nagaland", "Arunachal Pradesh", "Punjab",
    "Kerala", "Tamil Nadu", "Karnataka", "Maharashtra", "Gujarat", "Rajasthan", "Uttar Pradesh", "Madhya Pradesh",
    "Bihar", "Jharkhand", "Odisha", "Andhra Pradesh", "Telangana", "Haryana", "Himachal Pradesh", "Uttarakhand",
    "Chhattisgarh", "Goa", "Sikkim", "Jammu and Kashmir", "Delhi",
  ],
  Australia: ["New South Wales", "Queensland", "South Australia", "Western Australia", "Tasmania", "Northern Territory", "Australian Capital Territory"],
  "United Kingdom": ["Scotland", "Wales", "Northern Ireland", "England"],
  Germany: ["Bavaria", "Saxony", "Hesse", "Lower Saxony", "North Rhine-Westphalia", "Baden-Württemberg", "Thuringia", "Brandenburg"],
  Mexico: ["Chiapas", "Chihuahua", "Sonora", "Tamaulipas", "Coahuila", "Nuevo León", "Nuevo Leon", "Baja California", "Oaxaca", "Veracruz", "Jalisco", "Michoacán", "Guerrero", "Tabasco", "Yucatán", "Quintana Roo"],
};

/** Postal-style state abbreviations in US party tags: "D-Calif.", "R-Texas". */
/** Words that name a state's form before its name, lower case: "the Kingdom of Saudi Arabia", "the Islamic Republic of Iran". */
export const STATE_FORM_WORDS: readonly string[] = [
  "the", "of", "kingdom", "republic", "islamic", "federal", "democratic", "people's", "peoples", "popular", "arab", "socialist", "united",
  "hashemite", "sultanate", "emirate", "principality", "grand", "duchy", "commonwealth", "plurinational", "bolivarian", "state", "federative",
  "oriental", "co-operative", "cooperative",
];

export const US_STATE_ABBREVIATION = /^(?:Ala|Alaska|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Hawaii|Idaho|Ill|Ind|Iowa|Kan|Ky|La|Maine|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Ohio|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Texas|Utah|Vt|Va|Wash|W\.Va|Wis|Wyo|[A-Z]{2})\.?$/;

const bySubdivision = new Map<string, string>();
for (const [country, names] of Object.entries(SUBDIVISIONS)) for (const n of names) bySubdivision.set(fold(n), country);

/** The country a state or province belongs to: "Texas" → United States; null when not listed. */
export function countryOfSubdivision(form: string): string | null {
  return bySubdivision.get(fold(form.replace(/['’]s$/, ""))) ?? null;
}
