// Word lists for temporal expressions: the data the date rules and their normalizers read.
// Kept apart from the rules (extractors/dates.ts) and the normalizers (extractors/timex.ts).

/** Weekday names and newswire abbreviations → ISO day number (Monday 1 … Sunday 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ["monday", 1], ["mon", 1],
  ["tuesday", 2], ["tue", 2], ["tues", 2],
  ["wednesday", 3], ["wed", 3],
  ["thursday", 4], ["thu", 4], ["thur", 4], ["thurs", 4],
  ["friday", 5], ["fri", 5],
  ["saturday", 6], ["sat", 6],
  ["sunday", 7], ["sun", 7],
]);

/** Month names as written in news (full, AP abbreviations with or without the stop) → 1–12. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3],
  ["april", 4], ["apr", 4], ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7],
  ["august", 8], ["aug", 8], ["september", 9], ["sep", 9], ["sept", 9], ["october", 10], ["oct", 10],
  ["november", 11], ["nov", 11], ["december", 12], ["dec", 12],
]);

/**
 * Month names that are also ordinary words or first names ("May" the verb and the surname,
 * "March" the noun, "June"/"April"/"August" the names, "Jan" the name): a bare one needs a
 * temporal cue before it ("in May", "last March") to count as a month.
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(["may", "march", "mar", "june", "april", "august", "jan", "sat", "sun", "wed"]);

/** Words that make a following bare month name a month: "in May", "since March", "last June". */
export const MONTH_CUES: ReadonlySet<string> = new Set([
  "in", "on", "since", "until", "till", "by", "during", "from", "through", "thru", "to", "of", "before", "after",
  "between", "and", "last", "next", "this", "early", "late", "mid", "mid-", "around", "about", "throughout",
  "every", "each", "late-", "early-", "into", "for", "as", "starting", "beginning", "ending", "past", "coming",
]);

/** TIMEX3 season codes. */
export const SEASONS: ReadonlyMap<string, "SP" | "SU" | "FA" | "WI"> = new Map([
  ["spring", "SP"], ["summer", "SU"], ["autumn", "FA"], ["fall", "FA"], ["winter", "WI"],
]);
/** First month of each season (meteorological; winter counts in the year its December falls in). */
export const SEASON_START: Readonly<Record<"SP" | "SU" | "FA" | "WI", number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Parts of the day → TIMEX3 codes. */
export const DAY_PARTS: ReadonlyMap<string, string> = new Map([
  ["morning", "MO"], ["afternoon", "AF"], ["evening", "EV"], ["night", "NI"], ["overnight", "NI"],
]);

/** Numbers written as words. "a"/"an" are one; vague quantities are "X" (TIMEX3's unknown digit). */
export const NUMBER_WORDS: ReadonlyMap<string, number | "X"> = new Map<string, number | "X">([
  ["a", 1], ["an", 1], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
  ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
  ["hundred", 100], ["a hundred", 100], ["one hundred", 100], ["a dozen", 12], ["dozen", 12], ["a couple of", 2], ["a couple", 2],
  ["couple of", 2], ["a half", 0.5], ["half a", 0.5], ["half an", 0.5],
  ["a few", "X"], ["few", "X"], ["several", "X"], ["many", "X"], ["some", "X"], ["a number of", "X"], ["numerous", "X"],
  ["dozens of", "X"], ["hundreds of", "X"], ["a couple more", "X"],
]);

/** Ordinals for quarters, halves, weeks and centuries. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["1st", 1], ["second", 2], ["2nd", 2], ["third", 3], ["3rd", 3], ["fourth", 4], ["4th", 4],
  ["fifth", 5], ["final", -1], ["last", -1],
  ["nineteenth", 19], ["19th", 19], ["twentieth", 20], ["20th", 20], ["twenty-first", 21], ["21st", 21],
]);

/** Days of the month as broadcast transcripts spell them: "January eighth", "the twenty-third of March". */
export const DAY_ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  (() => {
    const ones = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    const teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    const out: [string, number][] = [];
    ones.forEach((w, i) => out.push([w, i + 1]));
    teens.forEach((w, i) => out.push([w, i + 10]));
    out.push(["twentieth", 20], ["thirtieth", 30]);
    ones.forEach((w, i) => {
      out.push([`twenty-${w}`, 21 + i], [`twenty ${w}`, 21 + i]);
    });
    out.push(["thirty-first", 31], ["thirty first", 31]);
    return out;
  })(),
);

/** The last two digits of a year said in words: "nineteen ninety-one", "nineteen oh five", "eighteen twelve". */
export const YEAR_WORD_CENTURIES: ReadonlyMap<string, number> = new Map([["eighteen", 18], ["nineteen", 19]]);

/** Calendar units → TIMEX3 duration unit letters; time units sit after the "T". */
export const UNITS: ReadonlyMap<string, { code: string; time: boolean; days?: number; months?: number }> = new Map([
  ["second", { code: "S", time: true }],
  ["minute", { code: "M", time: true }],
  ["hour", { code: "H", time: true }],
  ["day", { code: "D", time: false, days: 1 }],
  ["night", { code: "D", time: false, days: 1 }],
  ["week", { code: "W", time: false, days: 7 }],
  ["fortnight", { code: "W", time: false, days: 14 }],
  ["month", { code: "M", time: false, months: 1 }],
  ["quarter", { code: "Q", time: false, months: 3 }],
  ["year", { code: "Y", time: false, months: 12 }],
  ["decade", { code: "DE", time: false, months: 120 }],
  ["century", { code: "CE", time: false, months: 1200 }],
]);

/** Position modifiers and their TIMEX3 mod. */
export const POSITION_MODS: ReadonlyMap<string, "START" | "MID" | "END"> = new Map([
  ["early", "START"], ["the start of", "START"], ["the beginning of", "START"], ["the dawn of", "START"],
  ["mid", "MID"], ["mid-", "MID"], ["the middle of", "MID"], ["the midst of", "MID"],
  ["late", "END"], ["the end of", "END"], ["the close of", "END"],
]);

/** Quantity modifiers before a duration and their TIMEX3 mod. */
export const QUANTITY_MODS: ReadonlyMap<string, string> = new Map([
  ["about", "APPROX"], ["around", "APPROX"], ["roughly", "APPROX"], ["approximately", "APPROX"], ["some", "APPROX"],
  ["nearly", "APPROX"], ["almost", "APPROX"], ["close to", "APPROX"], ["more or less", "APPROX"],
  // "over", "under" and "within" stay out: mostly signals ("over two years", "within a week"), not part of the span
  ["more than", "MORE_THAN"], ["upwards of", "MORE_THAN"],
  ["less than", "LESS_THAN"], ["fewer than", "LESS_THAN"],
  ["at least", "EQUAL_OR_MORE"], ["no less than", "EQUAL_OR_MORE"], ["at most", "EQUAL_OR_LESS"], ["up to", "EQUAL_OR_LESS"],
  ["no more than", "EQUAL_OR_LESS"],
]);

/** Words that say "the present" (TIMEX3 PRESENT_REF), "some time before" (PAST_REF), "after" (FUTURE_REF). */
export const REF_WORDS: ReadonlyMap<string, "PRESENT_REF" | "PAST_REF" | "FUTURE_REF"> = new Map([
  ["now", "PRESENT_REF"], ["right now", "PRESENT_REF"], ["currently", "PRESENT_REF"], ["presently", "PRESENT_REF"],
  ["nowadays", "PRESENT_REF"], ["at present", "PRESENT_REF"], ["the present", "PRESENT_REF"], ["these days", "PRESENT_REF"],
  ["at the moment", "PRESENT_REF"],
  // ("formerly", like "former", tells of a role once held, which TimeML leaves unmarked: "Jones, formerly its treasurer")
  ["recently", "PAST_REF"], ["lately", "PAST_REF"], ["the past", "PAST_REF"],
  // a time gone by that nobody counted (TIDES and TimeML mark these fuzzy points as PAST_REF)
  ["the other day", "PAST_REF"], ["a while ago", "PAST_REF"], ["some time ago", "PAST_REF"], ["a while back", "PAST_REF"],
  ["the future", "FUTURE_REF"], ["the near future", "FUTURE_REF"], ["the foreseeable future", "FUTURE_REF"],
  // TimeML marks these too: "soon", "as soon as possible", "in the near term", and the adjectives of a
  // noun phrase ("current market conditions", "a recent filing"; dates.ts keeps only those before a noun)
  ["soon", "FUTURE_REF"], ["as soon as possible", "FUTURE_REF"], ["the near term", "FUTURE_REF"],
  ["the short term", "FUTURE_REF"], ["current", "PRESENT_REF"], ["recent", "PAST_REF"],
  // "at the then current market price": current as of a time gone by
  ["then current", "PAST_REF"], ["then-current", "PAST_REF"],
  // "postponed to a later date": a time still to come that nobody has fixed
  ["a later date", "FUTURE_REF"], ["a future date", "FUTURE_REF"],
]);

/** Nouns of an age, not of one day: after "today's" ("in today's world", "today's teenagers") or before "of today" ("the
 * youth of today"), "today" means the present time in general (TimeML PRESENT_REF), not the publication day. */
export const PRESENT_AGE_NOUNS: ReadonlySet<string> = new Set([
  "world", "society", "societies", "generation", "generations", "youth", "young", "children", "kids", "teenagers", "teens",
  "students", "parents", "families", "standards", "dollars", "terms", "culture", "age", "era", "times", "workplace",
  "workforce", "economy", "politics", "technology", "climate", "environment", "realities", "reality", "conditions",
  "consumers", "voters", "americans", "britons", "europeans",
]);

/** Nouns of a state of affairs that lasts, whose age ("the 8-month-old truce", "a two-year-old civil war", "the
 * decade-old ban") is how long it has lasted, which TimeML marks as a duration; a person's or an animal's age is not. */
export const LASTING_THINGS: ReadonlySet<string> = new Set([
  "truce", "ceasefire", "cease-fire", "war", "conflict", "uprising", "revolt", "rebellion", "insurgency", "crisis",
  "dispute", "standoff", "stalemate", "strike", "boycott", "blockade", "embargo", "siege", "occupation", "ban",
  "moratorium", "freeze", "law", "policy", "program", "programme", "agreement", "accord", "deal", "treaty", "pact",
  "alliance", "coalition", "government", "administration", "regime", "presidency", "campaign", "movement", "peace",
  "investigation", "probe", "inquiry", "case", "lawsuit", "trial", "feud", "rivalry", "recession", "slump", "rally",
  "boom", "downturn", "drought", "shutdown", "lockout", "protest", "protests", "occupation", "tradition", "record",
]);

/** Adjectives between "this" and "moment" ("at this crucial moment"): the moment is still now (PRESENT_REF). */
export const MOMENT_ADJECTIVES: readonly string[] = [
  "crucial", "critical", "difficult", "historic", "delicate", "sensitive", "important", "particular", "very", "tense",
  "decisive", "pivotal", "dangerous", "precise", "present", "current", "sad", "tragic", "extraordinary", "unique",
];

/** Nouns after "current" that make it a word of economics or physics, not a time: "current account". */
export const NOT_TEMPORAL_CURRENT: ReadonlySet<string> = new Set(["account", "accounts", "flows", "flow", "carrying", "density"]);

/** Nouns after "overnight" that make it a term, not a night: "the overnight rate", "an overnight success". */
export const NOT_TEMPORAL_OVERNIGHT: ReadonlySet<string> = new Set([
  "rate", "rates", "loan", "loans", "lending", "funds", "money", "deposit", "deposits", "repo", "repos", "interest",
  "index", "market", "markets", "delivery", "mail", "shipping", "express", "bag", "stay", "stays", "trip", "trips",
  "flight", "flights", "train", "bus", "success", "sensation", "star", "guest", "guests", "camp", "visit", "shift",
  "shifts", "hours", "parking", "accommodation", "bags", "oats", "patient", "patients", "care", "visitors", "staff",
]);

/** Set adverbs: "weekly" → every week. */
export const SET_ADVERBS: ReadonlyMap<string, string> = new Map([
  ["hourly", "PT1H"], ["daily", "P1D"], ["nightly", "P1D"], ["weekly", "P1W"], ["biweekly", "P2W"], ["monthly", "P1M"],
  ["quarterly", "P3M"], ["annually", "P1Y"], ["yearly", "P1Y"], ["biannually", "P6M"],
]);

/** Holidays on a fixed day → MM-DD. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ["new year's day", "01-01"], ["new year's eve", "12-31"], ["valentine's day", "02-14"], ["christmas", "12-25"],
  ["christmas day", "12-25"], ["christmas eve", "12-24"], ["independence day", "07-04"], ["halloween", "10-31"],
  ["veterans day", "11-11"], ["boxing day", "12-26"], ["new year", "01-01"], ["may day", "05-01"], ["bastille day", "07-14"],
]);

/** Words before a weekday that make it part of a name or an event, not a date: "Black Friday", "Girl Friday". */
export const WEEKDAY_NAME_WORDS: ReadonlySet<string> = new Set([
  "black", "good", "girl", "man", "cyber", "super", "ash", "holy", "bloody", "tgi", "giving", "small", "maundy",
  "palm", "easter", "shrove", "spy", "fat", "his", "her", "my",
]);

/** Words before a four-digit number that make it a code, a count or a name, not a year. */
export const NOT_YEAR_BEFORE: ReadonlySet<string> = new Set([
  "no", "number", "route", "highway", "interstate", "room", "flight", "version", "page", "pages", "pp", "suite", "unit",
  "apt", "apartment", "box", "code", "model", "article", "section", "resolution", "rule", "bill", "channel", "boeing",
  "airbus", "iso", "windows", "office", "gate", "bus", "train", "platform", "pin", "id", "lot", "exit", "road", "street",
  "avenue", "st", "ave", "rd", "precinct", "district", "vol", "volume", "chapter", "item", "form", "cell", "ward", "block",
  "booth", "hall", "building", "level", "floor", "mile", "miles", "km", "kilometers", "kilometres", "meters", "feet", "ft",
  "population", "score", "scored", "about", "some", "nearly", "almost", "roughly", "approximately", "than", "least",
  "over", "under", "just", "only", "totaling", "totalling", "of",
]);

/** Words after a four-digit number that make it a count or a measure. */
export const NOT_YEAR_AFTER: ReadonlySet<string> = new Set([
  "people", "persons", "residents", "migrants", "refugees", "troops", "soldiers", "police", "officers", "workers",
  "employees", "jobs", "members", "votes", "voters", "cases", "deaths", "dead", "victims", "homes", "houses", "cars",
  "vehicles", "tons", "tonnes", "km", "kilometers", "kilometres", "miles", "feet", "meters", "metres", "acres",
  "dollars", "euros", "pounds", "pesos", "yuan", "yen", "rupees", "percent", "points", "calories", "words", "pages",
  "children", "students", "families", "households", "units", "barrels", "shares", "times", "hours", "minutes",
  "seconds", "days", "weeks", "months", "years", "ft", "m", "kg", "mph", "degrees", "gallons", "liters", "litres",
  "signatures", "copies", "rooms", "beds", "patients", "tests", "flights", "passengers", "visitors", "tourists",
  "arrests", "apprehensions", "crossings", "seats", "delegates", "applications", "requests", "visas",
]);

/** Time zones and their spellings after a clock time: "2 p.m. ET", "14:00 GMT". */
export const TIME_ZONES: readonly string[] = [
  "local time", "Eastern Time", "Eastern", "Pacific", "Central", "Mountain", "ET", "EST", "EDT", "CT", "CST", "CDT",
  "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT",
];

/** Irregular past-tense verbs common in news: a past-tense cue for resolving "Friday" or "in July". */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  "said", "told", "met", "spoke", "took", "made", "went", "came", "gave", "held", "left", "began", "became", "saw",
  "won", "lost", "found", "thought", "sent", "paid", "led", "fell", "rose", "wrote", "brought", "bought", "built",
  "caught", "chose", "drew", "drove", "ate", "fought", "flew", "forgot", "froze", "got", "grew", "heard", "hid",
  "kept", "knew", "laid", "meant", "ran", "rang", "sang", "sat", "sold", "shook", "shot", "slept", "spent", "stood",
  "stole", "struck", "swore", "taught", "tore", "threw", "understood", "woke", "wore", "withdrew", "overtook",
  "undertook", "sought", "felt", "dealt", "broke", "arose", "bore", "beat", "bent", "bound", "bled", "fed", "fled",
  "forbade", "forgave", "hung", "lay", "lent", "lit", "mistook", "oversaw", "proved", "quit", "rode", "shone",
  "shut", "slid", "spun", "sprang", "stuck", "stung", "strove", "swept", "swam", "swung", "upheld", "wept", "wound",
  "did", "was", "were", "had",
  // regular pasts too short for the "-ed" rule (a stem of two letters)
  "died", "tied", "owed", "axed", "eyed",
]);

/** Verbs whose past is spelled as their base form ("hit", "cut"): past when no modal, "to" or "do" comes before. */
export const SAME_AS_BASE_PAST: ReadonlySet<string> = new Set([
  "hit", "cut", "put", "hurt", "spread", "burst", "cast", "shed", "upset", "forecast", "broadcast",
]);

/** Words ending in "-ed" that are not past-tense verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set([
  "need", "needed", "speed", "indeed", "seed", "bed", "feed", "shed", "proceed", "exceed", "succeed", "breed", "greed",
  "hundred", "kindred", "sacred", "naked", "wicked", "wretched", "beloved", "red", "bred", "deed", "weed", "steed",
  "creed", "heed", "bleed", "reed", "shred", "sled", "wed", "embed", "biased", "supposed", "so-called", "alleged",
  "expected", "scheduled", "planned", "slated", "poised", "set", "designed", "intended", "supposed", "aimed", "based",
  "related", "limited", "united", "detailed", "advanced", "skilled", "armed", "aged", "concerned", "interested",
  "undocumented", "unauthorized", "unprecedented", "elected",
]);

/** Words before "the year", "the quarter", "the decade" that make it the one the story is in:
 * "in the quarter", "finish the year", "end the decade". */
export const UNIT_CUES: ReadonlySet<string> = new Set([
  "in", "for", "during", "throughout", "within", "over",
  "finish", "finished", "finishes", "finishing", "end", "ended", "ends", "ending", "close", "closed", "closes",
  "closing", "start", "started", "starts", "starting", "begin", "began", "begins", "beginning", "open", "opened",
  "opens", "opening", "enter", "entered", "enters", "entering", "kick", "kicked",
]);

/** Reporting verbs that, after a comma, only attribute a sentence ("…, a spokesman said"): they
 * do not govern the tense of a date in the clause they report. */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "noted", "notes", "announced",
  "reported", "reports", "explained", "explains", "according",
]);

/** Words that make a sentence speak of a habit: a month or day in it is of any year ("usually held in May"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  "normally", "usually", "typically", "generally", "traditionally", "customarily", "habitually", "ordinarily",
]);

/** Present-tense verbs that news uses for what is scheduled: "voters go to the polls Sunday", "the ban takes
 * effect Monday", "the envoy arrives Tuesday". Beside a weekday they point ahead, not back. */
export const SCHEDULE_PRESENT_VERBS: ReadonlySet<string> = new Set([
  "go", "goes", "take", "takes", "begin", "begins", "start", "starts", "open", "opens", "resume", "resumes",
  "arrive", "arrives", "leave", "leaves", "visit", "visits", "return", "returns", "meet", "meets", "travel",
  "travels", "fly", "flies", "head", "heads", "expire", "expires", "vote", "votes", "convene", "convenes",
  "reconvene", "reconvenes", "reopen", "reopens", "kick", "kicks", "face", "faces", "host", "hosts", "play", "plays",
  "come", "comes", "end", "ends", "close", "closes", "testify", "testifies", "depart", "departs",
  // "the hearing continues Monday", "the pope celebrates Mass Sunday", "the court hears arguments Tuesday" (verbs that are
  // seldom nouns, "rules", "marks", "signs", "releases", "finish" left out; and seldom of a state: not "holds" a
  // stake, "considers" it wise, "appears" weak)
  "continue", "continues", "celebrate", "celebrates", "hear", "hears", "announce", "announces", "attend", "attends",
  "deliver", "delivers", "unveil", "unveils", "decide", "decides", "gather", "gathers", "conclude", "concludes",
  "speak", "speaks", "compete", "competes",
]);

/** Nouns after "to" that make it a preposition of place or state, not an infinitive's: "returned to work", "rose to record
 * levels", "went to court". */
export const NOT_INFINITIVE_AFTER_TO: ReadonlySet<string> = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some", "any", "all",
  "work", "court", "power", "office", "school", "church", "bed", "town", "prison", "jail", "hospital", "war", "market",
  "date", "law", "trial", "justice", "life", "death", "home", "record", "about", "around", "nearly", "almost", "more",
  "less", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "zero", "press", "sea", "land",
  "lunch", "dinner", "breakfast", "parliament", "congress", "safety", "victory", "him", "them", "whom", "which", "what",
]);

/** Meetings a trip or a stay is for: "arrived Monday for talks Friday", "in Geneva for a summit Thursday". */
/** Events nobody schedules: a weekday's possessive before one ("the victims of Wednesday's crash") names a day already
 * past, whatever the tense of the sentence around it ("a service will be held Saturday for the victims of Wednesday's
 * crash"). */
export const UNPLANNED_EVENTS: ReadonlySet<string> = new Set([
  "crash", "crashes", "attack", "attacks", "explosion", "explosions", "blast", "blasts", "bombing", "bombings", "shooting",
  "shootings", "killing", "killings", "massacre", "earthquake", "quake", "storm", "flood", "floods", "fire", "blaze",
  "collapse", "accident", "derailment", "murder", "murders", "stabbing", "raid", "ambush", "assault", "riot", "riots",
  "clashes", "violence", "outbreak", "eruption", "tornado", "landslide", "avalanche", "spill", "leak", "outage",
  "kidnapping", "abduction", "death", "deaths", "arrest", "arrests", "resignation", "surprise", "plunge", "selloff",
  "sell-off", "rout",
]);

/** Nouns of an event someone sets for a day: before "for" and a weekday ("called a strike for Monday", "set a vote for
 * Thursday") the weekday is the day it is set for, still ahead when the setting is told in the past. */
export const SET_FOR_EVENTS: ReadonlySet<string> = new Set([
  "strike", "strikes", "walkout", "rally", "rallies", "protest", "protests", "march", "demonstration", "demonstrations",
  "vote", "votes", "referendum", "election", "elections", "runoff", "ballot", "meeting", "meetings", "talks", "summit",
  "hearing", "hearings", "session", "deadline", "ceremony", "funeral", "debate", "launch", "trial", "sentencing",
  "inauguration", "conference", "visit", "announcement", "shutdown",
]);

export const AIMED_EVENTS: ReadonlySet<string> = new Set([
  "talks", "meeting", "meetings", "negotiations", "consultations", "summit", "visit", "vote", "hearing", "ceremony",
  "funeral", "conference", "session", "debate", "election", "elections", "inauguration", "signing",
]);
