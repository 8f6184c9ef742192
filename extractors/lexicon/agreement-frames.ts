// Words for event frames on named agreements (extractors/agreements/frames.ts): the trigger verbs
// and nouns of each event type and whether one party acts alone, as data (the alternatives of a
// pattern, written as RegExp source); frames.ts compiles them and holds the clause rules (negation,
// modality, process) that keep a trigger from being a completed event.
import type { EventType } from "../../pipeline/schemas.js";

export interface TriggerWords {
  rule: string;
  type: EventType;
  /** The trigger's forms, a RegExp alternation matched as whole words, case ignored. */
  words: string;
  /** One party acts alone: its subject is the event's `party` ("Russia suspended its participation"). */
  single: boolean;
  /** "never entered into force" → never_implemented. */
  negatedType?: EventType;
  /** The agreement may stand inside the trigger's words ("kept the treaty in abeyance"), as it may in a court's ruling. */
  holdsObject?: boolean;
}

/**
 * A state's own ratification told as its domestic steps done, with or without the agreement after it: "Australia
 * confirmed the completion of its domestic processes", "the UK has completed its domestic legal procedures", "the
 * two sides notified each other of the completion of their respective ratification procedures" (the words treaty
 * offices and trade ministries use; "the completion of the talks" or "its domestic reforms" are none).
 */
export const DOMESTIC_COMPLETION = "(?:completed|completes|completing|completion of) (?:its|their) (?:(?:respective|necessary|own) )*(?:domestic|internal|ratification) (?:(?:legal|parliamentary|legislative|legal and parliamentary|ratification) )?(?:processes|process|procedures|procedure|requirements)";

/**
 * A state's approval of an agreement told as its law's or parliament's passage, the agreement left unsaid: "the
 * enabling legislation received Royal Assent", "having passed Parliament on 22 November", "Parliament gave its consent".
 * A ratification trigger, and the verb the anaphora step ties to the article's one agreement (anaphora.ts, PASSAGE).
 */
export const DOMESTIC_PASSAGE = "(?:received|receives|was given|was granted|has been given|had been given) (?:the )?Royal Assent|passed (?:through )?(?:both houses of )?(?:the )?(?:Parliament|parliament|Congress|Senate|National Diet|Diet|Bundestag|Knesset|Riksdag)|(?:gave|gives|has given|had given) (?:its|their) consent";

/** Tried in order; a later trigger never takes a span an earlier one took. */
export const TRIGGER_WORDS: readonly TriggerWords[] = [
  // "the Supreme Court struck down the deal", "ruled the protocol unlawful", "found the agreement invalid"
  { rule: "ruled-unlawful", type: "ruled_unlawful", single: false, words: "struck down|strikes down|strike down|striking down|invalidated|invalidates|invalidate|annulled|annuls|(?:ruled|rules|found|finds|declared|declares|deemed|held) (?:that )?(?:it |the \\w+ )?(?:was |is |to be )?(?:unlawful|illegal|invalid|unconstitutional|void)" },
  // "the court upheld the agreement", "the top court ruled in favour of the accord"
  { rule: "upheld", type: "upheld", single: false, words: "upheld|upholds|uphold|upholding|(?:ruled|rules) in favou?r of|(?:ruled|rules|found|declared) (?:that )?(?:it |the \\w+ )?(?:was |is |to be )?(?:lawful|legal|valid|constitutional)" },
  // "the US withdrew from the Paris Agreement", "pulled out of the INF Treaty", "exited NAFTA", "ending the United States' participation in",
  // "the Seimas denounced the convention" (treaty law's word for leaving; frames.ts drops its sense of criticism),
  // "pulled the United States out of the accord", "the withdrawal of Canada from the protocol" (not of troops), "repudiated the deal", "walked away from the pact", "the U.S. withdrew
  // in 2018" (a bare verb: anaphora.ts ties it to the agreement just named), "announced its withdrawal" (the bare noun: frames.ts
  // reads it only as an act noun the anaphora step tied to the agreement)
  { rule: "withdrawal", type: "withdrawn", single: true, words: "(?:pulled|pulls|pulling|pull|took|takes|taking|take) (?:the |his |her |its |their )?(?:[\\w.]+ ){0,2}?[\\w.]+ out of|(?:withdrew|withdraws|withdrawing|withdraw) (?:the |his |her |its |their )?(?:[\\w.]+ ){0,3}?[\\w.]+ from|de-?ratified|de-?ratifies|de-?ratifying|de-?ratification of|withdrawal of (?:the |all )?(?!(?:[\\w.]+ ){0,3}(?:troops|forces|soldiers|personnel|staff|diplomats|ambassadors?|funding|support|money)\\b)(?:[\\w.]+ ){0,4}?[\\w.]+ from|(?:formally |officially )?(?:ended|ends|ending|end) (?:its|their|his|her|the country's|the nation's|(?:the )?(?:[\\w.]+ ){0,2}?[\\w.]+['’]s?) (?:participation|membership|involvement|part) in|(?:is|are|was|were) no longer (?:a |an )?(?:state )?(?:party|parties|member|members|signatory|signatories) (?:to|of)|ceased to be (?:a )?(?:state )?party to|denounced|denounces|denounce|denouncing|denunciation of|repudiated|repudiates|repudiating|renounced|renounces|renouncing|reneged on|reneges on|walked away from|walks away from|walking away from|backed out of|backs out of|withdrew from|withdraws from|withdrawn from|withdrawing from|withdraw from|withdrawal from|pulled out of|pulls out of|pulling out of|pull out of|pullout from|exited|exits|exiting|exit from|exit|quit|quits|left|leave|leaves|leaving|withdrew|pulled out|withdrawal" },
  // "would resume its participation in the grain deal", "revived its part in the accord": a party lifting its own suspension
  { rule: "resumption", type: "rejoined", single: true, words: "resumed|resumes|resume|resuming|revived|revives|revive|reviving" },
  // "rejoined the Paris Agreement", "again joined the protocol" (a joining said to be repeated), "returned to the accord", "returned the United States to the accord" (the party inside)
  { rule: "rejoining", type: "rejoined", single: true, words: "(?:again|once again|once more) (?:joined|joins|join|joining)|(?:returned|returns|returning|brought|brings|bringing|took|takes|taking) (?:the |his |her |its |their )?(?:[\\w.]+ ){0,2}?[\\w.]+ back (?:in)?to|rejoined|rejoins|rejoin|rejoining|re-joined|re-entered|re-enters|re-enter|re-entering|reentered|reenters|reenter|reentering|returned to|returns to|return to|returning to|(?:returned|returns|returning) (?:the |his |her |its |their )?(?:[\\w.]+ ){0,2}?[\\w.]+ to|(?:came|comes|went|goes|got|gets) back (?:in)?to" },
  // "Russia suspended its participation in New START", "halted its part in the grain deal"
  // "decided to hold the water treaty in abeyance", "kept it in abeyance", "the treaty was put in abeyance": treaty law's word
  // for a suspension, its verb before the agreement or its pronoun (frames.ts links the agreement inside the words)
  { rule: "abeyance", type: "suspended", single: true, holdsObject: true, words: "(?:held|holds|hold|holding|kept|keeps|keep|keeping|placed|places|place|placing|put|puts|putting) (?:in [\"“]?abeyance|(?:[\\w.()-]+ ){1,6}?in [\"“]?abeyance)|in [\"“]?abeyance" },
  { rule: "suspension", type: "suspended", single: true, words: "suspended|suspends|suspend|suspending|suspension of|froze|freezes|frozen|halted|halts|halt|halting|paused|pauses|pause|pausing" },
  // "terminated the agreement", "scrapped the deal", "tore up", "the accords no longer exist" (said of an agreement: it is dead)
  { rule: "termination", type: "terminated", single: false, words: "no longer exists?|no longer existed|(?:do|does) not exist (?:now|anymore|any more)|ceased to exist|terminated|terminates|termination of|scrapped|scraps|tore up|torn up|abrogated|abrogates|revoked|revokes|cancell?ed|cancels|abandoned|abandons|abandoning|abandon|ditched|killed|expired|lapsed|(?:formally |officially )?ended|(?:came|comes|come) to an end|replaced|replaces|superseded|supersedes" },
  // "the Senate ratified the treaty", "formally committed their nations to the accord", "joined the pact",
  // "deposited its instrument of ratification for the accord", "became the 55th party to it" (the treaty office's wording),
  // "signed into law the trade pact" (a head of state's assent: the domestic ratification)
  // "received Nepal's instrument of acceptance of the agreement", "Nicaragua's formal acceptance of the agreement", "China
  // formally accepted the agreement" (acceptance and approval: the words some treaties use for a state's ratification)
  // ("completed the ratification for the pact": the state's ratification done, its own wording)
  // (", becoming the 60th and 61st parties to the pact": the states' act told by its ordinal, only as a participle after a comma)
  { rule: "ratification", type: "ratified", single: true, words: DOMESTIC_COMPLETION + "|" + DOMESTIC_PASSAGE + "|(?:deposited|deposits|lodged|handed over|submitted) (?:its|their|the|his|her) instruments? of (?:ratification|accession|acceptance|approval)(?: (?:to|for|of))?|deposit of (?:its|their|the|his|her) instruments? of (?:ratification|accession|acceptance|approval)(?: (?:to|for|of))?|(?:deposited|lodged|submitted) (?:its|their) ratifications?(?: (?:to|for|of))?|(?:exchanged|exchange) (?:the |their )?instruments of ratification(?: (?:to|for|of|on))?|(?:received|receives) (?:the |their )?instruments? of (?:ratification|accession|acceptance|approval) from|instruments? of (?:ratification|accession|acceptance|approval) (?:to|for|of)|(?:formal|official) (?:ratification|acceptance|accession) (?:of|to)|(?:formally|officially) (?:accepted|accepts)|(?:became|(?<=,\\s*)becoming) (?:a|the \\w+(?: and \\w+)?) (?:states? )?part(?:y|ies) to|signed into law|signs into law|ratified|ratifies|ratifying|ratify|(?:completed|completes|finished|finalized|finalised) (?:the |its |their )?ratification (?:for|of)|ratification of|(?:formally |officially )?committed (?:their|its|his|her) (?:two |three )?(?:nations?|countries|country|governments?) to|formally joined|officially joined|joined|joins|join|acceded to|accedes to|accede to|steer(?:ed|ing)? (?:the \\w+ |it )?through (?:Congress|parliament|the Senate)|approved by (?:the )?(?:\\w+ )?(?:parliament|congress|senate|legislature|lawmakers|assembly|Duma|Bundestag)" },
  // "Congress approved NAFTA in 1993", "Swiss voters backed the Schengen accord": an approval is a ratification only by
  // a legislature or the voters (frames.ts checks the actor; "China backed the Paris accord" is no ratification)
  { rule: "approval", type: "ratified", single: true, words: "approved|approves|approving|passed|passes|backed|endorsed|voted for|voted (?:\\d+[-–]\\d+ |\\d+ to \\d+ |unanimously |overwhelmingly |narrowly )?to (?:ratify|approve)|voted in favou?r of" },
  // "the treaty came into force in 1994", "took effect", "will enter into legal force", "will become legally effective on 17 January", "the accords were never implemented" (the bare forms after a schedule: "will enter into force")
  { rule: "entry-into-force", type: "entered_into_force", single: false, negatedType: "never_implemented", words: "(?:entered|enters|enter|entering|came|comes|come|coming|went|goes|go|going) into (?:(?:legal|full) )?(?:force|effect)|entry into force|took effect|takes effect|take effect|taking effect|(?:became|becomes|become|becoming) (?:legally )?effective|was implemented|were implemented|implemented" },
  // "extended the treaty by five years", "renewed the deal", "agreed to extend the deal" (a bare form only after
  // "agreed to": frames.ts reads every other lead of a bare form as modal)
  { rule: "extension", type: "expanded", single: false, words: "extended|extends|extension of|renewed|renews|renewal of|prolonged|expanded|expands|extend|renew|prolong" },
  // "the framework, which was unveiled in February": a text made public, its signing still to come
  { rule: "unveiling", type: "announced", single: false, words: "unveiled|unveils|unveiling" },
  // "initialled the peace agreement": the text is agreed and fixed by the negotiators' initials, its signing is still to come
  { rule: "initialling", type: "announced", single: false, words: "initiall?ed|initials|initiall?ing" },
  // "signed the accord", "the agreement reached in Paris", "sealed a free-trade pact", "finished negotiating"
  // ("formalized the accord on Saturday": made formal by the sides, their signing)
  { rule: "signing", type: "signed", single: false, words: "signed|signs|sign|signing|inked|concluded|reached|struck|sealed|clinched|finali[sz]ed|formali[sz]ed|adopted|secured|brokered|finished negotiating|completed" },
];

/** The bloc whose agreements a council named without its country ratifies: "the council adopted the decision on the conclusion of …". */
export const COUNCIL_BLOC = "European Union";

/** Legislatures named without their country ("Congress passed NAFTA", "the Duma ratified it"), and the state each acts for. */
export const LEGISLATURES: Readonly<Record<string, string>> = {
  Congress: "United States", "U.S. Senate": "United States", "US Senate": "United States", "House of Representatives": "United States",
  Duma: "Russia", "State Duma": "Russia", "Federation Council": "Russia", Bundestag: "Germany", Bundesrat: "Germany", Knesset: "Israel",
  "Verkhovna Rada": "Ukraine", Rada: "Ukraine", Seimas: "Lithuania", Saeima: "Latvia", Riigikogu: "Estonia", Sabor: "Croatia", Storting: "Norway", Majlis: "Iran", Sejm: "Poland", Riksdag: "Sweden",
  // the EU's two bodies whose consent and conclusion decision ratify its agreements
  "European Parliament": "European Union", "European Council": "European Union", "Council of the EU": "European Union", "Council of the European Union": "European Union", "EU Council": "European Union",
  Folketing: "Denmark", Eduskunta: "Finland", Althing: "Iceland", Dáil: "Ireland", Oireachtas: "Ireland", "National People's Congress": "China",
  "Grand National Assembly": "Turkey", "Lok Sabha": "India", "Rajya Sabha": "India", "National Diet": "Japan", Diet: "Japan",
};


/**
 * Nouns right after a body's name that make the name a modifier, not the body a state leaves or joins: "left the
 * NATO summit", "quit the WTO talks", "joined NATO allies in condemning" (frames.ts).
 */
export const BODY_ATTRIBUTE_NOUNS: readonly string[] = [
  "summit", "summits", "meeting", "meetings", "talks", "conference", "session", "headquarters", "building", "offices", "chief", "head",
  "official", "officials", "members", "member", "allies", "ally", "partners", "forces", "troops", "exercises", "exercise", "mission",
  "missions", "budget", "report", "secretariat", "council", "ministers", "leaders", "delegates", "delegation", "judges", "prosecutor",
  "prosecutors", "warrant", "case", "cases", "investigation", "inquiry", "staff", "experts", "panel", "rules", "ruling", "deal", "agreement",
];
/** What a state takes out of a body other than itself: "withdrew its troops from NATO", "pulled funding out of the WHO". */
export const NOT_MEMBERSHIP_OBJECTS: readonly string[] = [
  "troops", "forces", "soldiers", "personnel", "staff", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "delegation",
  "delegations", "funding", "funds", "support", "money", "observers", "experts", "contribution", "contributions", "candidate",
  "candidacy", "nomination", "application", "request", "complaint", "case", "bid",
];
