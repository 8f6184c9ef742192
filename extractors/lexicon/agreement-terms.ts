// Words for agreement mentions and their events (extractors/agreements.ts): the nouns that name
// an agreement, the kinds of agreement, the cue phrases of each event type, and the negation,
// modality and hedging words that decide whether a cue is a firm event.
import type { EventType } from "../../pipeline/schemas.js";
import { MONTH_NAMES } from "./months.js";

/** Head nouns that always name an agreement: "the deal", "a memorandum of understanding". */
export const AGREEMENT_NOUNS = [
  "agreement", "deal", "accord", "treaty", "pact", "protocol", "memorandum", "partnership",
  "arrangement", "compact", "mou", "ceasefire", "cease-fire", "truce", "armistice",
  // a free trade agreement by its common abbreviation: "have concluded an FTA"
  "fta",
] as const;

/** Plural forms of the head nouns. */
export const AGREEMENT_PLURALS: Readonly<Record<string, string>> = {
  agreements: "agreement", deals: "deal", accords: "accord", treaties: "treaty", pacts: "pact",
  protocols: "protocol", memoranda: "memorandum", memorandums: "memorandum", partnerships: "partnership",
  arrangements: "arrangement", compacts: "compact", mous: "mou", ceasefires: "ceasefire", "cease-fires": "cease-fire",
  truces: "truce", armistices: "armistice", ftas: "fta",
};

/** Nouns that name an agreement only with a country before them: "the Rwanda plan", "the EU-Turkey statement". */
export const WEAK_AGREEMENT_NOUNS = ["plan", "scheme", "policy", "statement", "program", "programme"] as const;

/** Words allowed before a head noun inside its noun phrase (besides countries and capitalised words). */
export const MODIFIER_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one", "all", "both",
  "each", "another", "any", "such", "new", "similar", "bilateral", "controversial", "landmark", "planned",
  "proposed", "original", "revised", "draft", "formal", "so-called", "so", "called", "first", "second", "three",
  "two", "four", "five", "same", "previous", "earlier", "existing", "current", "former", "interim", "final",
  "broader", "wider", "multilateral", "regional", "joint", "strategic", "comprehensive", "economic", "third",
  "country", "safe", "asylum", "migration", "migrant", "migratory", "cooperative", "cooperation", "trade",
  "free", "security", "readmission", "return", "returns", "deportation", "removal", "refugee", "border",
  "outsourcing", "offshoring", "processing", "partnership", "development", "customs", "fisheries", "historic", "and", "of", "on",
  "ceasefire", "cease-fire", "truce", "peace", "military", "political", "framework",
  // subject words real reports put before the noun: "an immigration agreement", "the arms control treaty"
  "immigration", "nuclear", "arms", "control", "climate", "investment", "energy", "defence", "defense", "extradition",
  "visa", "transit", "maritime", "environmental",
  // a later text of an agreement (FRESH_WORDS): "an adapted agreement", "the updated treaty"
  "adapted", "updated", "amended", "successor", "replacement",
]);

/**
 * A money amount before an agreement noun is one of its modifiers: "a €2.5bn agreement", "an A$300 million
 * deal", "a 90 million euro pact". Its signs, the letters a sign may carry ("A$", "NZ$"), the scales written
 * after the figure ("2.5bn", "90m", "300 million") and the currencies named in words after a scale.
 */
export const CURRENCY_SIGNS = ["$", "€", "£", "¥"] as const;
export const CURRENCY_SIGN_PREFIXES = ["US", "A", "AU", "NZ", "C", "CA", "HK", "S"] as const;
export const AMOUNT_SCALES = ["trillion", "billion", "million", "thousand", "tn", "bn", "mn", "m", "k"] as const;
export const CURRENCY_WORDS = ["euros", "euro", "dollars", "dollar", "pounds", "pound", "sterling", "yen", "yuan", "francs", "franc", "rupees", "rupee"] as const;

/** Determiners that make a mention refer back to one named before: "the deal", "that arrangement". */
export const DEFINITE_WORDS: ReadonlySet<string> = new Set(["the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "both", "all", "each", "such", "same"]);

/** Determiners that introduce a new agreement: "an agreement", "one Safe Third Country Agreement". */
export const INDEFINITE_WORDS: ReadonlySet<string> = new Set(["a", "an", "one", "another", "new", "similar", "second", "any"]);

/**
 * Words that make a noun phrase a different agreement from those named so far: "a new deal", "another
 * accord", "an adapted agreement", "the revised treaty", "its successor pact".
 */
export const FRESH_WORDS: ReadonlySet<string> = new Set(["new", "another", "similar", "second", "adapted", "updated", "revised", "amended", "successor", "replacement"]);

/** Number words for "all three treaties", "the two deals". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };

/** Complements that leave the other party unnamed: "agreements with other countries in the region". */
export const UNSPECIFIED_PARTIES = /\b(?:other|several|many|various|some|more|third|neighbouring|neighboring)\s+(?:countries|nations|states|governments)\b|\bcountries in the region\b/i;

export interface KindRule {
  pattern: RegExp;
  kind: string;
  /** Agreements of one family between the same parties are one agreement. */
  family: string;
}

/**
 * Words a longer proper name may add to a shorter one and still name the same agreement (besides its sides' names):
 * "the Free Trade Agreement" and "the new Chile-Peru Free Trade Agreement" (bilateral.ts, namesMatch).
 */
export const NAME_NEUTRAL_WORDS: ReadonlySet<string> = new Set(["the", "of", "on", "and", "between", "new", "free", "bilateral", "landmark", "historic", "agreement", "treaty", "accord", "pact", "deal", "protocol", "memorandum"]);

/** "a trade agreement", "another deal": an agreement brought into the text unnamed (a pattern's source: anaphora.ts, index.ts). */
export const INDEFINITE_AGREEMENT = String.raw`\b(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:deal|accord|agreement|treaty|pact|protocol|arrangement)\b`;

/**
 * Names of a kind of instrument a described agreement may be given, each with its instrument: two different ones
 * between the same sides are two documents ("a memorandum of understanding" and "a declaration of intent" signed on one
 * visit). Reconcile's grouping keeps them apart.
 */
export const INSTRUMENT_NAMES: ReadonlyMap<string, string> = new Map([
  ["memorandum of understanding", "memorandum"], ["memorandum", "memorandum"], ["mou", "memorandum"],
  ["joint declaration", "joint declaration"], ["declaration of intent", "declaration of intent"], ["joint declaration of intent", "declaration of intent"],
  ["letter of intent", "letter of intent"], ["joint statement", "joint statement"], ["joint communique", "joint statement"],
]);

/** Kinds of agreement, most specific first; matched against the mention's words. */
export const KINDS: readonly KindRule[] = [
  { pattern: /\bsafe[- ]third[- ]country\b/i, kind: "safe third country", family: "migration" },
  { pattern: /\basylum cooperati(?:ve|on)\b/i, kind: "asylum cooperative", family: "migration" },
  { pattern: /\bmigration (?:and economic development )?partnership\b/i, kind: "migration partnership", family: "migration" },
  { pattern: /\breadmission\b/i, kind: "readmission", family: "migration" },
  { pattern: /\b(?:deportation|removals?|returns?|repatriation)\b/i, kind: "returns", family: "migration" },
  { pattern: /\b(?:asylum|refugees?)\b/i, kind: "asylum", family: "migration" },
  { pattern: /\b(?:migration|migrants?|migratory|border)\b/i, kind: "migration", family: "migration" },
  { pattern: /\b(?:free[- ]trade|trade|tariffs?|customs)\b/i, kind: "trade", family: "trade" },
  { pattern: /\b(?:security|defen[cs]e|military)\b/i, kind: "security", family: "security" },
  { pattern: /\bextradition\b/i, kind: "extradition", family: "justice" },
  { pattern: /\b(?:ceasefire|cease-fire|peace|truce)\b/i, kind: "peace", family: "peace" },
  { pattern: /\b(?:energy|gas|oil)\b/i, kind: "energy", family: "energy" },
];

/** Nouns after a demonym that make it a party: "the Canadian government", "Rwandan officials". */
export const GOVERNMENT_NOUNS = /^(?:governments?|authorities|officials|side|sides|counterparts?|parliament|lawmakers|ministers?|administration|leaders?|president|prime minister|cabinet|state)\b/i;

export interface EventCue {
  /** The rule's name, recorded on every finding it makes. */
  rule: string;
  type: EventType;
  /** Matched case-insensitively inside one sentence. */
  pattern: RegExp;
  /** The cue may be negated into another event: "never entered into force" → never_implemented. */
  negatedType?: EventType;
  /** Said with future or expectation wording it becomes this event: "expected to take effect" → expected_in_force. */
  futureType?: EventType;
  /** A progressive or present cue reports something ongoing at publication: "is working on a deal". */
  ongoing?: boolean;
  /** The cue names no agreement itself; it is about the one this sentence or the article last named ("the first migrants were flown …"). */
  fromContext?: boolean;
  /** The cue may take the one agreement its sentence names, wherever it stands: "the court ruled …, a decision that throws into doubt the 2013 arrangement". */
  fromSentence?: boolean;
  /** Implies the event without stating its date: a first transfer dates the entry into force no later than itself. */
  impliesOnly?: boolean;
  /** Only for agreements with one of these head nouns: "a ceasefire has held since May 1994". */
  heads?: readonly string[];
  /** Only when the verb's subject names both sides: "EU leaders and Turkey's prime minister approved a deal" (one side's approval is no conclusion). */
  bothSides?: boolean;
  /** How the cue reaches its agreement: the agreement after it (active), before it (subject), or inside it. */
  link: Array<"object" | "subject" | "inside">;
}

const w = (s: string) => new RegExp(`\\b(?:${s})\\b`, "gi");

/**
 * The EU's Council, whose decision on the conclusion of an agreement completes the EU's ratification ("the Council
 * adopted the decision on the conclusion of", "approved by the European Council"); "the council" alone, but no council
 * another word names (the UN Security Council, a Federal or State Council: a government's, not the EU's).
 */
const EU_COUNCIL = "(?:European Council|Council of the (?:EU|European Union)|EU Council|(?<=\\bthe )council)";

/** Event cues, in the order they are tried; a later cue never takes a span an earlier one took. */
export const EVENT_CUES: readonly EventCue[] = [
  // "never got off the ground", "never materialised"
  { rule: "never-materialised", type: "never_implemented", pattern: w("never (?:got off the ground|materiali[sz]ed|took off|became operational|went ahead)"), link: ["subject"] },
  // "the deal entered into force", "was expected to go into effect this summer"
  // ("ratified the treaty, bringing it into force": the act that puts it into force, the agreement before it)
  // ("the agreement will be operational by spring": "be operational" keeps its modal in the lead, a start ahead)
  {
    rule: "entry-into-force",
    type: "entered_into_force",
    negatedType: "never_implemented",
    futureType: "expected_in_force",
    pattern: w(
      "(?:entered|enters|enter|entering|came|comes|come|coming) into (?:force|effect)|(?:bringing|brought|brings|bring) (?:it|them) into (?:force|effect)|entry into force|(?:went|goes|go|going|gone) into effect|(?:took|takes|take|taking|taken) effect|(?:became|become|becomes) (?:effective|operational)|be (?:fully )?operational|(?:began|begins|begin) operating|(?:was|were|been|be|being|is|are) (?:fully |formally |finally )?implemented|implemented|put into (?:practice|effect)|kicked in",
    ),
    link: ["subject", "object"],
  },
  // "the only one of the deals still in force", "remains in effect"
  // ("will be in effect Saturday": a state ahead is an expected entry into force)
  { rule: "in-force-state", type: "entered_into_force", negatedType: "never_implemented", futureType: "expected_in_force", pattern: w("(?:is|are|be|remains|remain|was|were|still|now|currently) (?:now |still |currently |already )?in (?:force|effect|place)"), link: ["subject"] },
  // "Currently, the US has one Safe Third Country Agreement"
  { rule: "has-agreement-now", type: "entered_into_force", pattern: /\b(?:currently|now|still|today),?(?:\s+[\w.’'-]+){0,3}?\s+(?:has|have)\b/gi, link: ["object"] },
  // "the first asylum seekers were flown to Kigali", "the first transfer took place"
  { rule: "first-transfer", type: "entered_into_force", fromContext: true, impliesOnly: true, pattern: /\bfirst\s+(?:[\w-]+\s+){0,3}?(?:flights?|transfers?|deportations?|group|groups|batch|migrants?|asylum seekers?|asylum-seekers?|people|person|detainees?|deportees?|families|family|arrivals|returns?|removals?)\b(?:\s+[\w-]+){0,10}?\s+(?:arrived|landed|took off|departed|took place|were (?:sent|transferred|flown|relocated|deported|removed|taken|brought|returned)|was (?:sent|transferred|flown|relocated|deported|removed|taken|brought|returned))\b/gi, link: ["inside", "subject"] },
  // "no asylum seekers were ever sent to Rwanda under the scheme"
  { rule: "no-one-transferred", type: "never_implemented", fromContext: true, pattern: /\b(?:no|not a single)\s+(?:[\w-]+\s+){0,2}?(?:one|migrants?|asylum seekers?|asylum-seekers?|people|person|flights?|refugees?|deportees?)\s+(?:was|were|has been|have been|had been)\s+(?:ever\s+)?(?:sent|transferred|flown|relocated|deported|removed|returned)\b/gi, link: ["inside", "subject", "object"] },
  // "an uneasy ceasefire has prevailed in the region since May 1994", "the truce has largely held since March":
  // a ceasefire that holds since a date was agreed then (wire copy dates the truce, not a signature)
  { rule: "holding-since", type: "signed", heads: ["ceasefire", "cease-fire", "truce", "armistice"], pattern: /\b(?:has|have|had)\s+(?:largely\s+|mostly\s+|broadly\s+|generally\s+|so far\s+)?(?:held|prevailed|been (?:in place|in effect|observed|respected))\b(?=[^.;]{0,120}\bsince\b)/gi, link: ["subject"] },
  // "signed an agreement on Friday", "the deal was signed in July"
  // ("the Council gave its final sign-off", "member states signed off on the arrangement": an approval, no signature)
  { rule: "signing", type: "signed", pattern: w("(?:signed|signs|signing|sign)(?![ -]off\\b)(?:(?<=signing) of)?|inked|inks|penned|put (?:their|his|her) signatures? (?:to|on)"), link: ["object", "subject"] },
  // "lawmakers approved the protocol", "the Senate ratified the treaty"
  // ("exchanged instruments of ratification of the treaty": both sides' ratifications completed at once)
  { rule: "ratification", type: "ratified", pattern: w(`(?:exchanged|exchange) (?:the |their )?instruments of ratification(?: (?:of|for|on))?|(?:deposited|deposits|lodged) (?:its|their|the) instruments? of ratification(?: (?:of|for|to|on))?|ratified|ratifies|ratify|ratification of|(?:parliament|congress|senate|lawmakers|legislators|legislature|assembly|MPs|deputies|chamber|upper house|lower house|${EU_COUNCIL})(?: (?:on|late on|early on) \\w+)? (?:(?:has|have) )?(?:approved|passed|backed|endorsed|voted (?:for|in favou?r of)|(?:gave|given|gives|granted|grants) (?:its |their |the )?(?:final |definitive |formal |full |unanimous )?(?:approval|assent|green light|go-ahead|sign[- ]off) (?:to|for|on)|adopted(?: yesterday| today| on \\w+)? (?:a|the|its) decision(?: yesterday| today| on \\w+)?(?: \\([^()]{1,30}\\))? (?:on the conclusion of|to conclude))|approved by (?:the )?(?:\\w+ )?(?:parliament|congress|senate|lawmakers|legislature|assembly|${EU_COUNCIL})`), link: ["object", "subject"] },
  // "Israel and Hamas reached a ceasefire", "struck a deal", "agreed a truce": the sides concluded the
  // agreement ("agreed to extend the deal" is what they did to it: the verb after "to" is the event)
  // agreement, which the contract's types (and the named frames' "reached", "struck") count as its signing;
  // a provisional text or a signing still ahead (PROVISIONAL) is only announced ("struck down" is a court's ruling, no conclusion)
  // ("closed this Friday in Montevideo the text of a trade agreement": the negotiators' closing of the text, its day and
  // place told before the object as Spanish-language wires word it, settles the wording: announced, the signing still ahead)
  // ("concluded negotiations on a free trade agreement": the talks' end concludes the agreement, no talks still going on)
  // ("finalised a migration pact with Egypt on Sunday", "the deal, finalised on Friday": the agreement itself finalised
  // is concluded; its text finalised is only its wording, announced (decideType: TEXT_FINALISED))
  // ("has entered into a $90m agreement with Fiji": a side entering into an agreement concludes it; "entered into force" is no object)
  // ("the government and the rebel groups formalized a peace agreement on Saturday": the sides made it formal, their signing)
  { rule: "conclusion", type: "signed", pattern: w("formali[sz]ed|formali[sz]es|(?:concluded|concludes|completed|completes|finished|finishes|wrapped up|wraps up) (?:the |their )?(?:negotiations|talks) (?:on|over|for|about)|(?:entered|enters|entering) into(?= (?:an?|the|this|that|its|their|new)\\b)|(?:closed|closes|finali[sz]ed|finali[sz]es)(?: (?:on |this |last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?: in [A-Z][\\w-]*(?: \\([A-Z][\\w ]*\\))?)? the (?:final )?text of|finali[sz]ed|finali[sz]es|struck(?! down)|strikes(?! down)|clinched|clinches|sealed|seals|reached|concluded|concludes|agreed on|agreed to(?! (?!(?:a|an|the|its|their|this|that|these|those|new|another|terms|it|them)\\b)[a-z]+\\b)|agreed(?! to\\b)"), link: ["object", "subject"] },
  // "the initial agreement, established in July 1973", "the accord was first established on 4 May 1994": an agreement
  // established at a date was concluded then; only the participle after the agreement, or its passive, with the date
  // straight after ("the agreement established a joint commission" is what the text sets up, no act of the sides)
  // (a plan, scheme or programme established at a date was set up by one government, no signing: "the Central
  // American Minors program, which was established in November 2014")
  { rule: "establishment", type: "signed", pattern: new RegExp(`(?<!\\b(?:${WEAK_AGREEMENT_NOUNS.join("|")})s?,?\\s+(?:(?:which|that)\\s+)?)(?:(?<=, )|\\b(?:was|were|had been|has been) )(?:(?:first|originally|initially) )?established(?= (?:in|on) (?:(?:early|mid|late)[- ])?(?:${MONTH_NAMES.join("|")}|\\d))`, "gi"), link: ["subject"] },
  // "the two governments announced a deal"
  // ("initialled the accord": the negotiators' initials fix the agreed text; the signing is still to come)
  // "EU leaders and Turkey's prime minister approved the deal": the two sides approving a text conclude it (a
  // legislature's approval is the ratification cue's, tried before this one)
  // ("the deal was confirmed by the EU leaders and Turkish PM": in the passive, the "by" agent names both sides)
  // ("Chile's and Peru's ministers launched a migration partnership": the two sides launching it together start it, concluded)
  { rule: "joint-approval", type: "signed", bothSides: true, pattern: w("approved|approves|endorsed|endorses|confirmed|launched|launches"), link: ["object", "subject"] },
  { rule: "announcement", type: "announced", pattern: w("announced|announces|unveiled|unveils|initiall?ed|initials"), link: ["object", "subject"] },
  // "is working on an asylum deal", "negotiating a pact"
  {
    rule: "negotiation",
    type: "proposed",
    ongoing: true,
    pattern: w("(?:is|are|were|was|been) (?:working on|negotiating|discussing|seeking|pursuing|finali[sz]ing|drafting|pushing for|considering)|in talks (?:on|over|about|for)|talks (?:on|over|about|for)|negotiations (?:on|over|for)|working on|negotiating|pursuing|finali[sz]ing"),
    link: ["object"],
  },
  // "proposed a migration pact", "the deal, first floated in May"
  { rule: "proposal", type: "proposed", pattern: w("proposed|proposes|floated|pushed for|put forward"), link: ["object", "subject"] },
  // "suspended the agreement", "all three treaties were suspended"
  { rule: "suspension", type: "suspended", pattern: w("suspended|suspends|suspend|suspending|suspension of|paused|pauses|put on hold|froze|frozen|freezes|halted|halts"), link: ["object", "subject"] },
  // "terminated by the Biden administration", "scrapped the scheme", "the pact came to an end"
  {
    rule: "termination",
    type: "terminated",
    // (the -ing forms too, as "terminating" always was: "announced on Saturday that he is scrapping the policy")
    // ("began the procedure for their termination": the possessive names the agreement told before)
    pattern: w("terminated|terminates|terminate|terminating|termination of|(?:its|their) termination(?!\\s+(?:clause|clauses|provisions?|notice|period|terms|date))|(?:came|comes|come) to an end|scrapped|scraps|scrap|scrapping|cancell?ed|cancels|cancell?ing|revoked|revokes|revoking|rescinded|rescinding|annulled|annulling|tore up|torn up|tearing up|withdrew from|withdraws from|withdrawing from|withdraw from|pulled out of|pulling out of|pulls out of|ditched|ditching|axed|axing|abandoned|abandoning|ended|ends"),
    link: ["object", "subject"],
  },
  // "expanded the deal to include Honduras", "the pact was extended"
  { rule: "expansion", type: "expanded", pattern: w("expanded|expands|expand|extended|extends|broadened|widened|enlarged|expansion of|extension of"), link: ["object", "subject"] },
  // "the Supreme Court ruled the Rwanda policy unlawful"
  // "ruled on Tuesday that holding asylum seekers … breaches the country's constitution"
  { rule: "ruled-unlawful", type: "ruled_unlawful", fromSentence: true, pattern: /\b(?:ruled|rules|found|finds|declared|declares|judged|deemed|held)\b(?:\s+that)?[^.;]{0,120}?\b(?:unlawful|illegal|unconstitutional|invalid|incompatible with|(?:breach(?:es|ed)?|violat(?:es|ed)|contravened?s?) (?:the |its |the country's |\w+'s )?(?:constitution|law)\b)|\bstruck down\b|\bstrikes down\b|\bquashed\b/gi, link: ["inside", "object", "subject"] },
  // "the court upheld the deal", "judges ruled the protocol lawful", "the top court ruled in favour of the accord"
  { rule: "upheld", type: "upheld", pattern: /\bupheld|\bupholds|\bruled in favou?r of\b|\b(?:ruled|rules|found|declared|judged|deemed)\b(?:\s+that)?[^.;]{0,80}?\b(?:lawful|legal|constitutional|valid)\b|\bdismissed (?:a |the )?(?:legal )?challenges? (?:to|against)\b/gi, link: ["inside", "object", "subject"] },
  // the wire's inversion, the verdict before the court: "a pact with the United States … is invalid, a Federal Court judge
  // ruled on Wednesday", "… is constitutional, Canada's highest court ruled" (the court named in the clause after the comma)
  { rule: "ruled-unlawful-inverted", type: "ruled_unlawful", fromSentence: true, pattern: /\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:unlawful|illegal|unconstitutional|invalid|void)\b(?=,\s[^.;]{0,80}?\b(?:court|courts|judges?|justices?|tribunal|bench)\b[^.;]{0,60}?\b(?:ruled|rules|found|finds|held|holds|declared|decided)\b)/gi, link: ["subject"] },
  { rule: "upheld-inverted", type: "upheld", fromSentence: true, pattern: /\b(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:lawful|legal|constitutional|valid)\b(?=,\s[^.;]{0,80}?\b(?:court|courts|judges?|justices?|tribunal|bench)\b[^.;]{0,60}?\b(?:ruled|rules|found|finds|held|holds|declared|decided)\b)/gi, link: ["subject"] },
];

/** The verbs of a conclusion that PROVISIONAL may hold back (a text "signed" is signed, whatever its status). */
export const CONCLUDED = /^(?:struck|strikes|clinched|clinches|sealed|seals|reached|agreed|concluded|finali[sz]ed|secured|brokered|completed)\b/i;
/**
 * A concluded agreement that is not yet the final text, or whose signing is still ahead in its sentence: wire copy
 * says "a tentative deal", "an agreement in principle", "a draft accord", "the deal, to be signed next week",
 * "the formal signing is set for Monday", "actually signing the deal has proved elusive", "has yet to be signed", or
 * reports the signing of the final text after it ("agreed a pact in March … signed the final text last week").
 * The sides' conclusion of such a text is announced, not signed.
 */
export const PROVISIONAL = /\b(?:tentative|preliminary|provisional|draft|outline|in[- ]principle)\b|\b(?:to be|will be|would be|is to be|are to be|due to be|expected to be|set to be|scheduled to be)\s+(?:\w+ly\s+)?signed\b|\b(?:will|would|are to|is to|plan to|plans to|expected to|set to|due to)\s+(?:\w+ly\s+)?sign\b|\bsigning\b(?:\s+[\w-]+){0,6}?\s+(?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:set|scheduled|planned|expected|due)\b|\bsign(?:ing|ed)\b(?:\s+[\w-]+){0,4}?\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:proved|proven|remained)\s+(?:\w+\s+)?(?:elusive|out of reach)\b|\b(?:yet to be|not yet(?: been)?|never been)\s+signed\b|\byet to sign\b|\bsign(?:ed|s|ing)?\s+the\s+(?:final|full|finished)\s+text\b|\bsigning\s+(?:is|was)\s+(?:the\s+)?(?:formal\s+)?(?:confirmation|formali[sz]ation|seal)\s+of\b/i;

/**
 * One chamber's vote whose bill the report sends on to the other chamber (or to a final vote): a step of the
 * ratification, not the state's ratification ("the lower house backed the protocol … The text now goes to
 * the Senate", "the bill now passes to the Senate for final approval").
 */
export const NEXT_CHAMBER = /\b(?:now|next|then)\s+(?:goes|go|passes|pass|moves|move|heads|head|is sent|was sent|returns)\s+to\s+the\s+(?:senate|upper (?:house|chamber)|lower (?:house|chamber)|other chamber|house of (?:lords|representatives)|chamber of deputies|national assembly)\b|\bfor (?:its )?final (?:approval|vote|passage|reading)\b/i;

/** An entry into force in the present tense ("takes effect on Monday", "enters into force"): a schedule, not a past act. */
export const PRESENT_ENTRY = /^(?:takes|enters|comes|goes|begins|becomes|kicks)\b/i;

/** Words between an agreement and its verb that keep the agreement the verb's subject. */
export const LINKING_WORDS: ReadonlySet<string> = new Set([
  "was", "were", "is", "are", "has", "have", "had", "been", "be", "being", "will", "would", "could", "should", "might",
  "may", "must", "can", "shall", "did", "does", "do", "never", "not", "n't", "no", "longer", "also", "ultimately",
  "later", "eventually", "already", "finally", "formally", "officially", "only", "then", "still", "now", "since",
  "quickly", "effectively", "fully", "quietly", "abruptly", "subsequently", "and", "which", "that", "it", "yet",
  "expected", "set", "due", "scheduled", "slated", "planned", "likely", "to", "go", "supposed", "initially",
  "originally", "soon", "partially", "temporarily", "indefinitely", "unilaterally", "jointly", "swiftly",
  "largely", "briefly", "first", "successfully", "reportedly", "allegedly", "apparently",
]);

/** "never" decides: "was never implemented" → never_implemented. */
export const NEVER = /\b(?:never|not ever)\b(?:\s+[\w’']+){0,2}\s*$/i;
/** A plain negation, unless "yet" leaves it open: "was not implemented" vs "has not yet taken effect". */
export const NOT = /(?:\b(?:not|no longer|failed to|refused to)|n[’']t)\b(?:\s+[\w’']+){0,2}\s*$/i;
export const NOT_YET = /\byet\b|\byet to\b/i;
/** Future or expectation: "was expected to go into effect", "will take effect", "is set to". */
export const FUTURE = /\b(?:(?:expected|set|due|scheduled|slated|planned|poised|likely|about|supposed|going|hoped|hoping|aims?|aiming|intended|intends|plans?|planning) to|will|shall|is to|are to|'ll)\b(?:\s+[\w’']+){0,3}\s*$/i;
/**
 * Modality or condition that makes a cue no event at all: "would need … before being implemented", "called for the
 * fastest possible ratification" (a wish, as the named reader's MODALITY has it).
 */
export const MODAL = /\b(?:would|could|might|may|should|ought|must|can|cannot|need|needs|needed|if|unless|whether|call(?:ed|s|ing)? for|(?:calls|demands|appeals|pressure|pleas) (?:from|by) (?:[\w’'-]+ ){1,4}?to|urg(?:ed|es|ing)|demand(?:ed|s|ing)|push(?:ed|es|ing)? for|wants? to|want(?:ed|s)? to|seeks? to|sought to|threatened to|vowed to|pledged to|promised to|called on \w+ to|urged \w+ to|refused to|moved to|tried to|try to|trying to|authority to|power to|right to|mandate to|mandated to|ready to|willing to|able to|unable to|intentions? to|intent to|decisions? to|bid to|attempts? to|efforts? to|threats? to|promises? to|pledges? to|vows? to|offers? to|proposals? to|in order to|for (?:it|them|this|that) to|(?:had|has|have|having) to|aim(?:s|ed|ing)? to|(?:goals?|aims?|targets?|plans?|ideas?|hopes?|objectives?|intentions?)\s+(?:was|were|is|are|had been|has been)\s+to)\b(?:\s+[\w’']+){0,4}\s*$/i;
/** A cue right after these is an unrealised future: "before it goes into effect", "until it takes effect". */
export const BEFORE = /\b(?:before|until|unless|without|once|when|in order to|so that|ahead of|pending|awaiting|in preparation for|in the run-up to)\b(?:\s+[\w’']+){0,3}\s*$/i;
/**
 * A journey whose purpose the cue names: "travelled to Kigali to sign a deal", "is in Rwanda to sign", "flew to
 * Ankara to seal the accord": the act is planned at the time of the report, not done.
 */
export const TRAVEL_PURPOSE = /\b(?:travell?ed|travels|travell?ing|flew|flies|flying|arrived|arrives|arriving|went|goes|going|headed|heads|heading|visited|visits|visiting|(?:is|are|was|were)\s+(?:now\s+)?in)\b[^,;.]{0,50}?\bto\s+$/i;
/** Clauses that open a condition: "If the plan is completed, …". */
export const CONDITIONAL_OPENERS = /^(?:if|unless|whether|should|in case|provided|assuming)\b/i;
/** Wording that keeps an event but marks it hedged: "reportedly signed". */
export const HEDGES = /\b(?:reportedly|allegedly|apparently|purportedly|is said to|was said to|are said to|were said to|believed to|rumou?red)\b/i;
/** What a nominal cue's clause says did not happen: "signing a deal has proved elusive", "the signing was postponed". */
export const NOT_HAPPENED = /^[^.;]{0,60}?\b(?:proved|proven|prove|remained|remains|remain|is|are|was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:elusive|delayed|postponed|stalled|shelved|on hold|called off|put off|out of reach)\b/i;
/**
 * A nominal act that a decision, a mandate or an authorisation is about: "adopted a decision on the signing of the
 * agreement", "gave the mandate for the signing of the accord", "paving the way for the signing of the treaty". The
 * decision is the act reported; the signing (ratification, entry into force) it is about is still to come. A decree,
 * an order, a resolution or a proposal on the act is one too ("signed a decree on the signing of the treaty"), also
 * with whose it is between ("accepted the proposal of the Foreign Ministry on signing the pact").
 */
export const DECIDED_ON_LEAD = /\b(?:decisions?|mandates?|authori[sz]ations?|decrees?|resolutions?|proposals?|orders?|green light|go-ahead|permission|preparations?|paving the way|paved the way|pave the way|clearing the way|cleared the way|clear the way)["”]?(?:\s+(?:of|by|from)\s+(?:the\s+)?[^.;:!?"“”,]{1,40}?)?\s+(?:on|for|to|of|towards?)\s+(?:the\s+|its\s+|their\s+)?(?:(?:formal|official|final|eventual|swift|quick)\s+)?$/i;
/**
 * "agreed on the terms of a trade deal", "reached agreement on the main terms of the accord": the sides settled the
 * text, which is still to be signed (announced, as an agreement in principle is).
 */
export const TERMS_OF = /^\s*(?:on\s+)?(?:the\s+)?(?:(?:main|broad|basic|key|general|final)\s+)?terms\s+of\s*/i;
/** A nominal cue whose own verb is modal or ahead: "a deal signing would take place", "the signing is expected to". */
/** The noun's own object may stand between: "the signing of the peace agreement is scheduled for Monday". */
/** ("The termination of these agreements is effective after the notice period": a condition still to be met.) */
export const NOMINAL_MODAL = /^\s*(?:(?:the|an?|this|that|these|those|its|their)\s+(?:[\w’'-]+\s+){0,4}?(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|protocols?|memorandum|memorandums|conventions?|ceasefire|cease-fire|truce|understanding)\s+(?:(?:between|with|among|on|for)\s+(?:[\w’'-]+\s+){1,5}?)?(?:\([^()]{0,80}\)\s*)?)?(?:would|will|could|might|may|should|does not|doesn['’]t|do not|don['’]t|is not|isn['’]t|is (?:expected|set|scheduled|due|likely|planned)|are (?:expected|set|scheduled|due|likely|planned)|was (?:expected|set|scheduled|due|planned|to)|were (?:expected|set|scheduled|due|planned|to)|(?:is|are|becomes|become) effective (?:only )?(?:after|once|when|upon|following|at the end of))\b/i;
/**
 * A condition still open, its verb in the present: "once a political agreement is reached", "until the
 * accord is ratified", "if the deal is signed" (the past "once the deal was signed" happened).
 */
export const OPEN_CONDITION = /\b(?:once|until|unless|if|when|whenever|as soon as|provided that)\b(?:\s+[\w’'-]+){0,8}?\s+(?:is|are|gets|get|has been|have been)\s+(?:\w+ly\s+)?$/i;
/**
 * Before a named treaty in its clause, a noun and "under": "Inspections under New START were paused in March 2020".
 * Work done under the treaty is the subject; it stopped, the treaty stays in force until a party suspends it (frames.ts).
 * (Not "Under the treaty, …" opening the clause: no noun before it.) A described arrangement is not read so: "Transfers
 * under the deal were suspended" is how reports tell an asylum or returns arrangement, which is nothing but its
 * transfers, stopping (bilateral.ts keeps it, as the reviewed cluster gold does).
 */
export const WORK_UNDER = /\b\p{L}[\p{L}-]+\s+(?:under|through|via|as part of)\s+(?:(?:the|its|their|this|that)\s+)?$/iu;
/**
 * After an agreement's own active "ended", an object: the agreement ended something else ("the accords, which
 * ended the war", "the truce ended decades of fighting"); intransitive "the truce ended in May" is its end.
 */
export const ENDED_SOMETHING = /^\s+(?!(?:in|on|at|with|after|before|when|as|amid|following|without|abruptly|quietly|formally|officially)\b)(?:(?:the|a|an|its|their|his|her)\b|(?:[\w’'-]+\s+){0,2}?(?:decades?|years?|months?|weeks?|days?)\s+of\b|(?:[\w’'-]+\s+){0,2}?(?:war|wars|fighting|conflict|conflicts|hostilities|violence|bloodshed|clashes|insurgency|rebellion|dispute|standoff|stand-off|occupation|siege|blockade)\b)/i;
/** The active forms of "end" that ENDED_SOMETHING follows. */
export const ENDED_ACTIVE = /^(?:ended|ends|ending|end)$/i;
/** A determiner that negates the agreement it stands before: "no peace treaty has been signed", "not a single deal". */
/**
 * A determiner of a kind, not of one agreement: "had been negotiating such an agreement for months", "needed approval for
 * any agreement". With no side of its own named ("signed such an agreement with Canada" is one), no event is told of it.
 */
/**
 * A verb of weighing or intent right before an act's -ing form: "was considering scrapping the pact", "threatened
 * leaving the deal", "proposed ending it": the act is talked of, not done.
 */
export const GERUND_OF_INTENT = /\b(?:consider|contemplat|weigh|mull|threaten|propos|discuss|debat|ponder|explor|avoid|resist|oppos|postpon|recommend|suggest|urg|rul(?:ed|es|ing) out|talk(?:ed|s|ing)? (?:about|of)|think(?:s|ing)? (?:about|of)|thought (?:about|of))\w*\s+$/i;
// (not a bare "such" after a determiner: "the third such deal Washington has reached this year" is this one)
export const KIND_DETERMINER = /(?:^|[^\p{L}])(?:such\s+an?|any)\s/iu;
export const NO_DETERMINER = /(?:^|[^\p{L}])(?:no|not an?|not a single|not one|never an?)\s+$/iu;
/** From a participle opening the sentence to its subject: its place, date or agent, a comma ("Signed in 1987, the treaty"). */
// (a date's own comma is no break: "Signed on April 10, 1998, the accord …")
export const FRONTED_GAP = /^(?:[^,;.:]|,(?=\s*\d{4}\b)){0,80},\s*(?:the\s+)?$/i;
/**
 * A date that opens its sentence, then a subordinate phrase set off by commas, then the main clause's verb: "On Nov. 11,
 * after a long walk, the two leaders sealed the deal", "Late on Sunday, following three days of talks, the sides signed".
 * The subordinator stands between the date and the verb, yet the date is the main clause's (a fronted adverbial).
 * FRONTED_DATE_LEAD is the text from the sentence's start to the date; FRONTED_DATE_GAP the text from the date to the verb.
 */
export const FRONTED_DATE_LEAD = /^[\s"“‘'(]*(?:(?:late|early|on|in|at|by)\s+)*$/i;
// (both lie inside one sentence, as the sentence splitter cut it: a period there closes an abbreviation, "Mr. Xi")
// ("On Wednesday, exactly a year after the US left, Iran suspended …": a span may lead the "after", its count any
// word or number: "exactly fourteen days before", "several weeks after")
export const FRONTED_DATE_GAP = /^\s*,\s*(?:(?:(?:exactly|precisely|almost|nearly|just|about|roughly|some|only)\s+)?(?:a|an|\d{1,3}|[a-z]+(?:-[a-z]+)*)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before|following|amid|despite|while)\b[^;]*,\s*[^;,]*$/i;

/** Coarse clause breaks inside a sentence (the date and the event must share a clause). */
export const CLAUSE_BREAKS = /;|\s[—–-]\s|,\s*(?:but|although|though|while|whereas|yet|and|even as)\b|\s(?:but|although|though|whereas)\s/gi;

/** A count of states from eleven up, in words ("eleven", "twenty-four"): more than the sides of one deal (frames.ts' tallies too). */
export const MANY_IN_WORDS = "eleven|twelve|[a-z]+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?";
/**
 * Words that show a named treaty open to state after state ("signed by 24 countries", "its signatories",
 * "States Parties", "instruments of ratification", "opened for signature", "11 countries have ratified"): several
 * states' acts on such a treaty are each one state's, not the sides of a deal among them. A count of a few ("the two
 * countries signed", "three nations have signed") is the sides of a deal, no such sign.
 */
export const OPEN_TREATY_CUES = new RegExp(`\\b(?:signator(?:y|ies)|states?[- ]part(?:y|ies)|contracting\\s+(?:states?|parties)|open(?:ed)?\\s+for\\s+signature|(?:instruments?|documents?)\\s+of\\s+(?:ratification|accession)|(?:signed|ratified|joined)\\s+by\\s+(?:more\\s+than\\s+|over\\s+|some\\s+)?(?:\\d+|${MANY_IN_WORDS}|dozens\\s+of)\\s+(?:other\\s+)?(?:countries|states|nations)|(?:\\d+|${MANY_IN_WORDS})\\s+(?:other\\s+)?(?:countries|states|nations)\\s+(?:have|had)\\s+(?:already\\s+|now\\s+)?(?:signed|ratified|joined|acceded))\\b`, "i");

/** Nouns of a telling: a date they take is the telling's, not the act told in their "that"-clause ("the announcement of March 14 that the deal had been signed"). */
export const REPORTING_NOUNS = ["announcement", "announcements", "statement", "statements", "report", "reports", "confirmation", "news", "disclosure", "communiqué", "communique"] as const;
