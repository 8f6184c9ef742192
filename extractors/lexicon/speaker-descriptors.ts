// Words that name a speaker who is not given by name: anonymous sources, groups and bodies.
// "an administration official said", "two sources familiar with the discussions told CBS",
// "advocates warned", "the White House said".

/** Head nouns of a descriptor phrase, singular and plural. */
export const DESCRIPTOR_HEADS: ReadonlySet<string> = new Set([
  "official", "officials", "spokesperson", "spokespeople", "spokesman", "spokesmen", "spokeswoman",
  "spokeswomen", "source", "sources", "advocate", "advocates", "analyst", "analysts", "expert", "experts",
  "critic", "critics", "observer", "observers", "lawmaker", "lawmakers", "legislator", "legislators",
  "senator", "senators", "diplomat", "diplomats", "aide", "aides", "people", "person", "resident",
  "residents", "witness", "witnesses", "police", "authorities", "economist", "economists",
  "investigator", "investigators", "prosecutor", "prosecutors", "lawyer", "lawyers", "attorney",
  "attorneys", "activist", "activists", "group", "groups", "researcher", "researchers", "scientist",
  "scientists", "supporter", "supporters", "opponent", "opponents", "leader", "leaders", "member",
  "members", "organizers", "organisers", "representative", "representatives", "minister", "ministers",
  "statement", "report", "reports", "government", "administration", "ministry", "department", "agency",
  "company", "firm", "court", "judge", "judges", "officer", "officers", "executive", "executives",
  "employee", "employees", "worker", "workers", "union", "unions", "campaigners", "campaign",
  "insiders", "insider", "negotiators", "negotiator", "envoy", "envoys", "military", "army",
  "commission", "committee", "council", "party", "embassy", "office", "office's", "bank", "study",
  "survey", "poll", "data", "documents", "document", "filing", "letter", "memo", "migrants", "migrant",
  "refugees", "refugee", "families", "voters", "parents", "doctors", "teachers", "students", "farmers",
  "agents", "rights groups", "organization", "organizations", "organisation", "organisations", "team",
  "campaign", "spokesperson's", "board", "regulators", "regulator", "staff", "mayor", "governor",
  "president", "director", "chief", "secretary", "chairman", "chairwoman", "chair", "ceo", "founder",
  "user", "users", "commenter", "commenters", "residents", "scholar", "scholars", "professor", "professors",
  "physician", "physicians", "nurse", "nurses", "spokespersons", "observers", "owner", "owners", "manager",
  "managers", "operator", "operators", "trader", "traders", "investor", "investors", "strategist", "strategists",
  "executive", "editor", "editors", "historian", "historians", "authors", "author", "writer", "writers",
  "brokers", "broker", "companies", "firms", "banks", "lenders", "ministries", "agencies", "governments", "founders", "ceos",
  // organisations, candidates and relatives that speak for themselves: "the fund warned", "his ex-wife agreed"
  "fund", "funds", "nominee", "nominees", "candidate", "candidates", "panel", "watchdog", "network", "newspaper",
  "magazine", "website", "outlet", "broadcaster",
  // news outlets named by their kind: "the influential US daily said", "the tabloid reported"
  "daily", "dailies", "weekly", "tabloid", "tabloids", "broadsheet", "newspapers", "broadcasters", "outlets", "coalition", "alliance", "association", "federation", "institute",
  "foundation", "charity", "caucus", "delegation", "wife", "ex-wife", "husband", "ex-husband", "daughter", "son",
  "mother", "father", "brother", "sister", "widow", "niece", "nephew", "cousin",
  // a poll's share of respondents: "63 percent said …", "nearly half said …"
  "percent", "half", "third", "thirds", "quarter", "quarters", "majority", "majorities", "minority",
  "bankers", "economist's", "forecasters", "democrats", "republicans", "conservatives", "officials'",
  "unionists", "protesters", "protestors", "residents'", "consumers", "shareholders", "bondholders",
]);

/** Modifiers a descriptor phrase may start with: "two", "several", "a senior", "U.S.". */
export const DESCRIPTOR_DETERMINERS: ReadonlySet<string> = new Set([
  "a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "most", "other",
  "others", "few", "multiple", "various", "numerous", "both", "these", "those", "its", "his", "her",
  "their", "our", "my",
]);

/** Tails that qualify an anonymous source: "familiar with the discussions", "close to the talks". */
export const DESCRIPTOR_TAILS = /\s+(?:familiar with|close to|with knowledge of|briefed on|involved in|knowledgeable about|aware of|who (?:spoke|requested|asked|declined) [^,]{0,60}?|speaking on (?:the )?condition of anonymity|at|in|for|from|of|with|on|to)\s+(?:(?!(?:or|but|that|which|who)\s|and\s+\p{Ll})[^\s,;:“”"«»]+\s+){0,3}(?!(?:and|or|but|that|which|who)$)[^\s,;:“”"«»]+$/u;

/** Capitalized words that make a name a body rather than a person: "the State Department said". */
export const BODY_WORDS: ReadonlySet<string> = new Set([
  "House", "Department", "Ministry", "Office", "Agency", "Council", "Commission", "Court", "Service",
  "Bureau", "Party", "Government", "Administration", "Congress", "Senate", "Parliament", "Pentagon",
  "Kremlin", "Police", "University", "Institute", "Foundation", "Association", "Union", "Committee",
  "Bank", "Group", "Inc", "Corp", "Co", "Ltd", "Organization", "Organisation", "Network", "Times", "Post",
  "News", "Press", "Reuters", "Embassy", "Patrol", "Guard", "Force", "Army", "Navy", "Board", "Fund",
  "Center", "Centre", "Coalition", "Alliance", "Federation", "Authority", "Secretariat", "Cabinet",
  "Downing", "Elysee", "Élysée", "Vatican", "Nations", "Company", "Corporation", "Services", "Institution",
  "Laboratory", "Laboratories", "Agencies", "Ministries", "Departments", "Commissions", "Watch", "International",
  "Foundation", "Trust", "Society", "Council", "Assembly", "Tribunal", "Prosecutor's", "Prosecution", "Authority",
  "Forum", "Institute", "School", "College", "Hospital", "Clinic",
  "Church", "Diocese", "County", "Province", "Region", "District", "Parish", "Municipality", "Prefecture", "Department's", "Ministry's", "Office's", "Reserve", "Treasury", "Customs", "Command",
]);

/** Well-known bodies that take no capitalized head noun. */
export const BODIES: ReadonlySet<string> = new Set([
  "Pentagon", "Kremlin", "Vatican", "Downing Street", "Elysee", "Élysée", "Congress", "NATO", "UN",
  "EU", "WHO", "UNHCR", "IOM", "FBI", "CIA", "DHS", "ICE", "CBP", "USCIS", "OPEC", "IMF", "CNN", "CBS",
  "NBC", "ABC", "BBC", "AP", "AFP", "Reuters", "Fox News", "White House", "Whitehall",
]);

/** Titles and honorifics that come before a name and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  ("mr mr. mrs mrs. ms ms. dr dr. rev rev. reverend sen sen. senator rep rep. representative gov gov. governor " +
    "president vice prime minister secretary chancellor ambassador director chief spokesman spokeswoman " +
    "spokesperson judge justice general gen gen. lt lt. col col. capt capt. captain sgt sgt. sergeant admiral adm adm. " +
    "commissioner chairman chairwoman chair ceo cfo coo founder attorney sheriff officer professor prof prof. king " +
    "queen prince princess pope cardinal bishop archbishop father sister brother mayor premier minister-president " +
    "president-elect vice-president deputy acting former interim outgoing incoming then-president then " +
    "foreign interior defense defence finance home justice homeland security state treasury commerce trade " +
    "leader head speaker lawmaker congressman congresswoman councilman councilwoman councillor councilor " +
    "sir dame lord lady detective inspector superintendent commander colonel major lieutenant pastor rabbi imam " +
    "coach dean chancellor executive managing senior junior assistant associate undersecretary under " +
    "msgr msgr. fr fr. st. hon hon. amb amb. supt supt. insp insp. atty atty. cmdr cmdr. maj maj. sr. jr.")
    .split(/\s+/),
);

/** Lowercase words a title may carry before a name: "acting Homeland Security Secretary …". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "acting", "former", "deputy", "interim", "outgoing", "incoming", "then", "late", "current", "new",
  "vice", "assistant", "senior", "chief", "top", "then-president", "president-elect",
]);

/** Small words that may sit inside a name: "Alejandro de la Cruz", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "del", "la", "las", "los", "van", "von", "der", "den", "bin", "ibn", "al", "da", "das", "do", "dos",
  "du", "le", "di", "y", "ben", "el", "st.",
]);

/** Capitalized heads that name a thing, not someone who speaks: "the Safe Third Country Agreement adds …". */
export const NON_SPEAKER_HEADS: ReadonlySet<string> = new Set([
  "Agreement", "Agreements", "Act", "Accord", "Accords", "Treaty", "Law", "Bill", "Deal", "Plan", "Program",
  "Programme", "Policy", "Initiative", "Protocol", "Convention", "Rule", "Order", "Amendment", "Constitution",
  "Pact", "Framework", "Strategy", "Doctrine", "Project", "Day", "Week", "Street", "Avenue", "Road", "River",
]);

/** Roles that, after "the", name a person already in the story: "the Kentucky Republican said". */
export const ANAPHORIC_ROLES: readonly string[] = [
  "Republican", "Democrat", "Conservative", "Tory", "Labour MP", "MP", "senator", "congressman", "congresswoman",
  "lawmaker", "legislator", "governor", "mayor", "premier", "chancellor", "prime minister", "president",
  "chief executive", "chief", "executive", "CEO", "chairman", "chairwoman", "billionaire", "actor", "actress",
  "singer", "coach", "player", "economist", "analyst", "professor", "minister", "secretary", "ambassador",
];
