// Words for event frames on named agreements (extractors/agreements/frames.ts): the trigger verbs
// and nouns of each event type, whether one party acts alone, and the words of negation, modality
// and process that keep a trigger from being a completed event.
import type { EventType } from "../../pipeline/schemas.js";

export interface Trigger {
  rule: string;
  type: EventType;
  pattern: RegExp;
  /** One party acts alone: its subject is the event's `party` ("Russia suspended its participation"). */
  single: boolean;
  /** "never entered into force" → never_implemented. */
  negatedType?: EventType;
}

const w = (s: string) => new RegExp(`\\b(?:${s})\\b`, "gi");

/** Tried in order; a later trigger never takes a span an earlier one took. */
export const TRIGGERS: readonly Trigger[] = [
  // "the Supreme Court struck down the deal", "ruled the protocol unlawful", "found the agreement invalid"
  { rule: "ruled-unlawful", type: "ruled_unlawful", single: false, pattern: w("struck down|strikes down|strike down|striking down|invalidated|invalidates|invalidate|annulled|annuls|(?:ruled|rules|found|finds|declared|declares|deemed|held) (?:that )?(?:it |the \\w+ )?(?:was |is |to be )?(?:unlawful|illegal|invalid|unconstitutional|void)") },
  // "the court upheld the agreement"
  { rule: "upheld", type: "upheld", single: false, pattern: w("upheld|upholds|uphold|upholding|(?:ruled|rules|found|declared) (?:that )?(?:it |the \\w+ )?(?:was |is |to be )?(?:lawful|legal|valid|constitutional)") },
  // "the US withdrew from the Paris Agreement", "pulled out of the INF Treaty", "exited NAFTA"
  { rule: "withdrawal", type: "withdrawn", single: true, pattern: w("withdrew from|withdraws from|withdrawn from|withdrawing from|withdraw from|withdrawal from|pulled out of|pulls out of|pulling out of|pull out of|pullout from|exited|exits|exiting|exit from|quit|quits|left|leave|leaves|leaving") },
  // "would resume its participation in the grain deal", "revived its part in the accord": a party lifting its own suspension
  { rule: "resumption", type: "rejoined", single: true, pattern: w("resumed|resumes|resume|resuming|revived|revives|revive|reviving") },
  // "rejoined the Paris Agreement", "returned to the accord"
  { rule: "rejoining", type: "rejoined", single: true, pattern: w("rejoined|rejoins|rejoin|rejoining|re-joined|re-entered|re-enters|returned to|returns to|return to|returning to|(?:came|comes|went|goes|got|gets) back (?:in)?to") },
  // "Russia suspended its participation in New START", "halted its part in the grain deal"
  { rule: "suspension", type: "suspended", single: true, pattern: w("suspended|suspends|suspend|suspending|suspension of|froze|freezes|frozen|halted|halts|halt|halting|paused|pauses|pause|pausing") },
  // "terminated the agreement", "scrapped the deal", "tore up"
  { rule: "termination", type: "terminated", single: false, pattern: w("terminated|terminates|termination of|scrapped|scraps|tore up|torn up|abrogated|abrogates|revoked|revokes|cancell?ed|cancels|abandoned|ditched|killed|expired|lapsed|(?:formally |officially )?ended") },
  // "the Senate ratified the treaty", "formally committed their nations to the accord", "joined the pact"
  { rule: "ratification", type: "ratified", single: true, pattern: w("ratified|ratifies|ratifying|ratification of|(?:formally |officially )?committed (?:their|its|his|her) (?:two |three )?(?:nations?|countries|country|governments?) to|formally joined|officially joined|joined|joins|acceded to|accedes to|steer(?:ed|ing)? (?:the \\w+ |it )?through (?:Congress|parliament|the Senate)|approved by (?:the )?(?:\\w+ )?(?:parliament|congress|senate|legislature|lawmakers|assembly|Duma|Bundestag)") },
  // "the treaty came into force in 1994", "took effect"
  { rule: "entry-into-force", type: "entered_into_force", single: false, negatedType: "never_implemented", pattern: w("(?:entered|came|comes|come|went|goes) into (?:force|effect)|entry into force|took effect|takes effect|became effective|was implemented|were implemented") },
  // "extended the treaty by five years", "renewed the deal"
  { rule: "extension", type: "expanded", single: false, pattern: w("extended|extends|extension of|renewed|renews|renewal of|prolonged|expanded|expands") },
  // "signed the accord", "the agreement reached in Paris", "sealed a free-trade pact", "finished negotiating"
  { rule: "signing", type: "signed", single: false, pattern: w("signed|signs|sign|signing|inked|concluded|reached|struck|sealed|clinched|finali[sz]ed|adopted|secured|brokered|finished negotiating|completed") },
];

/** A negation in the words just before the trigger: "did not sign", "refused to ratify", "never entered into force". */
export const NEGATION = /(?:\b(?:not|never|no longer|refused to|declined to|failed to|rather than|instead of|without)|n[’']t)\b(?:\s+[\w’'-]+){0,3}\s*$/i;
/** "never" decides a negated entry into force: never_implemented. */
export const NEVER = /\bnever\b(?:\s+[\w’'-]+){0,2}\s*$/i;
/**
 * Modality and condition: a plan, a vow, a threat, a possibility, a wish or an infinitive is no
 * completed event ("will withdraw", "vowed to tear up", "could be struck down", "the need to scrap").
 */
export const MODALITY = /(?:\b(?:would|could|should|might|may|must|can|cannot|will|shall|to|if|unless|whether|once|until|before|called for|calls for|calling for|urged|urges|demanded|demands|pushed for|pushes for|proposed|proposes|favou?rs?|supports?)|['’]ll|['’]d)\b(?:\s+[\w’'-]+){0,3}\s*$/i;
/** A clause that opens a condition: "If the deal collapses, …". */
export const CONDITION_OPENER = /^\W*(?:if|unless|whether|should|in case|provided|assuming)\b/i;
/** The trigger is the goal of a process that has only begun: "began the process to withdraw" → announced. */
export const PROCESS = /\b(?:began|begun|begins|begin|initiated|initiates|initiate|started|starts|launched|launches|triggered|formally notified|notified|gave notice|gives notice|served notice)\b[^.;]{0,60}$/i;
/** An announcement of the act: "announced that it would withdraw", "announced its decision to leave". */
export const ANNOUNCED = /\b(?:announced|announces|announcing|declared|declares|said it would|said it will|confirmed it would|confirmed it will|notified)\b[^.;]{0,60}$/i;
/** Reporting hedges that keep the event but mark it hedged: "reportedly signed". */
export const HEDGE = /\b(?:reportedly|allegedly|apparently|appeared to|is said to|was said to|believed to)\b/i;
/** Clause breaks inside a sentence: a trigger and its agreement, party and date share a clause. */
export const CLAUSE_BREAK = /;|\s[—–-]\s|,\s*(?:but|although|though|while|whereas|yet|even as|saying|arguing)\b|\s(?:but|although|though|whereas)\s|:\s/gi;
/** Words for bodies that act for their state: "the Ukrainian parliament ratified it". */
export const STATE_BODIES = /^(?:government|parliament|senate|congress|legislature|lawmakers|cabinet|administration|president|prime minister|leader|authorities|officials|duma|assembly|supreme court|top court|court|constitutional court|high court)\b/i;
/**
 * A party's own word that it resumes, with no condition after it: "Russia said on Wednesday it would
 * resume its participation in the deal". A suspension is lifted by saying so, so wire copy reports the
 * lifting itself this way (unlike "said it would withdraw", a notice of an act still to come).
 */
export const RESUMPTION_SAID = /\b(?:said|says|announced|announces|confirmed|confirms|declared|declares|told\b[^.;,]{1,40}?)(?:\s+(?:on|late on|early on)\s+\w+)?(?:\s+that)?\s+(?:it|they|[Tt]he (?:country|government|ministry|administration|cabinet)|(?:[Tt]he\s+)?\p{Lu}[\p{L}-]+)\s+(?:would|will)\s+$/u;
/** A condition after the trigger: "would return as soon as its demands were met", "will resume if …". */
export const TRAILING_CONDITION = /^[^.;]*?\b(?:if|unless|once|provided|as soon as|on condition|in exchange for|only when|only after)\b/i;
