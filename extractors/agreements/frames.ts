// Step 3, event frames, one per trigger in a clause that holds a named agreement or an anaphor
// for one: the trigger (lexicon), the agreement it governs (its object, its subject, or the head
// of a relative clause), the acting party (the subject; the "by" agent of a passive), polarity,
// modality and process. Only candidate sentences are read: those with a mention or an anaphor.
import type { EventType, Official, Span } from "../../pipeline/schemas.js";
import { CONCLUDED, DECIDED_ON_LEAD, MANY_IN_WORDS, ENDED_ACTIVE, ENDED_SOMETHING, FRONTED_DATE_GAP, FRONTED_DATE_LEAD, FRONTED_GAP, GERUND_OF_INTENT, NEXT_CHAMBER, OPEN_CONDITION, PROVISIONAL, WORK_UNDER } from "../lexicon/agreement-terms.js";
import { BODY_ATTRIBUTE_NOUNS, LEGISLATURES, NOT_MEMBERSHIP_OBJECTS, TRIGGER_WORDS, type TriggerWords } from "../lexicon/agreement-frames.js";
import { countryFormKind, countryOf, countryOfSubdivision } from "../lexicon/countries.js";
import { NEWS_OUTLET_FORMS } from "../lexicon/organizations.js";
import type { Anaphor } from "./anaphora.js";
import type { AgreementRef } from "./mentions.js";

export interface Trigger extends Omit<TriggerWords, "words"> {
  /** The trigger's forms as whole words, global, case ignored. */
  pattern: RegExp;
}

/**
 * Tried in order; a later trigger never takes a span an earlier one took. An act noun may close a quotation before
 * its "of": 'announced the "immediate termination" of the accord' (a statement's own words, quoted).
 */
export const TRIGGERS: readonly Trigger[] = TRIGGER_WORDS.map(({ words, ...t }) => ({ ...t, pattern: new RegExp(`\\b(?:${words.replace(/(?<=[a-z]) of\b/g, "[\"”’']? of")})\\b`, "gi") }));

/** "temporarily withdrew", "for a time pulled out": the leaving's own adverb of time, right before its verb. */
export const TEMPORARY_LEAD = /\b(?:temporarily|provisionally|for a time|for the time being)\s+$/i;
/** A negation in the words just before the trigger: "did not sign", "refused to ratify", "never entered into force". */
export const NEGATION = /(?:\b(?:not|never|no longer|refused to|declined to|failed to|rather than|instead of|without)|n[’']t)\b(?:\s+[\w’'-]+){0,3}\s*$/i;
/** "never" decides a negated entry into force: never_implemented. */
export const NEVER = /\bnever\b(?:\s+[\w’'-]+){0,2}\s*$/i;
/**
 * Modality and condition: a plan, a vow, a threat, a possibility, a wish or an infinitive is no
 * completed event ("will withdraw", "vowed to tear up", "could be struck down", "the need to scrap").
 */
export const MODALITY = /(?:\b(?:would|could|should|might|may|must|can|cannot|will|shall|to|if|unless|whether|once(?!\s+(?:again|more))|until|before|ahead of|pending|awaiting|called for|calls for|calling for|urged|urges|demanded|demands|pushed for|pushes for|proposed|proposes|favou?rs?|supports?)|['’]ll|['’]d)\b(?:\s+[\w’'-]+){0,3}\s*$/i;
/** A clause that opens a condition: "If the deal collapses, …". */
export const CONDITION_OPENER = /^\W*(?:if|unless|whether|should|in case|provided|assuming)\b/i;
/** The trigger is the goal of a process that has only begun: "began the process to withdraw" → announced. */
// ("submitted notifications to the UN Secretary-General regarding their withdrawal", "sent a letter on its exit": a notice handed in)
export const PROCESS = /\b(?:began|begun|begins|begin|beginning|initiated|initiates|initiate|initiating|started|starts|starting|launched|launches|launching|triggered|formally notified|notified|gave notice|gives notice|served notice|(?:submitted|submits|submitting|sent|sends|lodged|lodges|delivered|delivers|handed(?: over| in)?)\s+(?:(?:its|their|the|a|an|his|her|formal|official|written|diplomatic)\s+)*(?:notices?|notifications?|documents?|letters?|notes?|instruments?)\b[^.;]{0,40}?\b(?:regarding|on|about|of|announcing|concerning|for)\b)\b[^.;]{0,60}$/i;
/** The trigger names the goal of a process the sentence speaks of: "The process of leaving the accord began in 2019" → announced. */
export const NOMINAL_PROCESS = /\b(?:(?:process|procedure|proceedings)\s+(?:of|to|for)|(?:notice|notification)\s+of)\s*$/i;
/**
 * A gerund that opens its sentence as the subject of a present or modal verb: "Rejoining the accord is a
 * significant step", "Leaving the treaty would be a mistake": the act is talked about, not reported.
 */
// (also after an opening phrase that cites the rules: "According to the convention's rules, withdrawal from it takes effect …")
// (and the subject of a reported clause: "the minister stated that withdrawing from the convention was crucial")
export const GERUND_SUBJECT_LEAD = /(?:^[\s"“‘'(]*(?:(?:according to|under|in line with|in accordance with|as per)\b[^,;]{0,60},\s*)?|\b(?:stated|said|says|argued|argues|believes|believed|insisted|insists|warned|warns)\s+(?:that\s+)?)$/i;
// ("was crucial", "was a mistake"; not a passive or a state reported: "Withdrawal from the treaty was completed on Friday")
export const GERUND_SUBJECT_VERB = /^[^,;:.]{0,80}?\b(?:is|are|remains|seems|would|will|could|can|may|might|should|must|takes effect|becomes effective|requires|(?:was|were)\s+(?!(?:\w+ly\s+)?(?:\w+ed|\w+en|made|done|complete|effective|official|formal|final)\b))\b/i;
/** "announced its withdrawal from", "declared the suspension of": an act named by its noun after its announcement. */
// ("announced Turkey's withdrawal from": a state's possessive as the determiner)
// ("announced on Tuesday the United States' withdrawal from": the day between the verb and its object)
export const ANNOUNCED_NOUN_LEAD = /\b(?:[Aa]nnounc(?:ed|es|ing)|[Dd]eclar(?:ed|es|ing))\s+(?:(?:on|last|this)\s+\p{L}+\s+|today\s+|yesterday\s+)?(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[A-Z][\w.]*['’]s)\s+(?:[\w’'.-]+\s+){0,2}$/u;
/** "revoking Russia's ratification of the treaty": the ratification undone, no ratification reported. */
export const REVOKED_LEAD = /\b(?:revok|rescind|withdr[ae]w|cancel|annul|repeal|revers|undo)\w*\s+(?:[\p{L}’'.]+\s+){0,2}$/iu;
/** "reversed the withdrawal from the accord", "canceled Trump's exit from it": the leaving undone, the party back in. */
export const REVERSED_LEAVING_LEAD = /\b(?:reversed|reverses|reversing|undid|undoes|undoing|overturned|overturns|overturning|cancell?ed|cancels|cancell?ing|rescinded|rescinds|rescinding|revoked|revokes|revoking)\s+(?:(?:the|its|their|his|her|that|this|\p{Lu}[\p{L}.]*['’]s?)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
/** An indirect question before the trigger in its sentence: "It is unclear whether, if ever, it will take effect". */
export const WHETHER_BEFORE = /\bwhether\b[^.;:!?"“”]*$/i;
/**
 * Whether `at` lies in a yes/no question: "Has Iran left the deal?", "Did the Senate ratify it?" (an
 * explainer's heading) asks, it tells nothing. A question that asks why or when takes the act as given.
 */
export function inYesNoQuestion(text: string, at: number): boolean {
  // (the end first: most sentences end in no "?", and then the start, four searches back that run to the text's
  // start when a mark is missing, is not needed)
  const end = text.slice(at).search(/[.!?\n]/);
  if (end < 0 || text[at + end] !== "?") return false;
  const start = Math.max(text.lastIndexOf(".", at), text.lastIndexOf("!", at), text.lastIndexOf("?", at - 1), text.lastIndexOf("\n", at)) + 1;
  return /^\s*["“]?(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could|should|shall|may|might)\b/i.test(text.slice(start, at));
}
/** A directive's content: "recommended that their governments withdraw from the convention", "demanded that Iran rejoin": asked for, not done. */
export const DIRECTIVE_THAT = /\b(?:recommend|urg|advis|ask|demand|request|suggest|insist|propos|call(?:ed|s|ing)? (?:on|upon))\w*\b[^.;!?]{0,60}?\bthat\b[^.;!?]{0,80}$/i;
/** A proposal, not an act: "a bill revoking the ratification". */
const PROPOSAL = /\b(?:bill|draft|proposal|motion|initiative)\b/i;
/** "the 189 other countries that have", "all the nations which have already": states counted as those party to it. */
const TALLY_OF_PARTIES = /\b(?:countries|states|nations|parties|members|signatories)\s+(?:that|which|who)\s+have\s+(?:already\s+|now\s+|so far\s+)?$/i;
/** "by 164 countries", "by more than 160 states": the agent of a ratification counted, not named. */
/** A count of the parties so far, opening the sentence: "As of Tuesday, ten states … have ratified", "To date, …": a status, no one act. */
const TALLY_SO_FAR = /^[\s"“]*(?:as of\b[^,.;]{1,40},|so far,|to date,|thus far,)[^.;]*\bhave\s+(?:(?:already|now|all|so far|also)\s+)*$/i;
// ("ratified or accepted by 138 countries": a second verb of the same count between)
// ("has been signed by 24 countries", "only ratified by eleven states": a count in words as in digits)
const TALLY_BY = new RegExp(`^\\s+(?:or\\s+(?:accepted|approved|acceded\\s+to|joined)\\s+)?by\\s+(?:(?:more than|over|about|around|nearly|almost|some|only)\\s+)?(?:\\d[\\d,]*|(?:${MANY_IN_WORDS}))\\s+(?:other\\s+)?(?:countries|states|nations|parties|members|governments)\\b`, "i");
/** "became the 50th state to", "was the first country to", "was the first to": the act the infinitive names is done, and the subject did it. */
const ORDINAL_TO = /\b(?:became|becomes|was|is)\s+the\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|latest|last|\w+th)\s+(?:(?:[\w-]+\s+){0,2}?(?:state|country|nation|party|member|signatory)\s+|one\s+)?to\s+$/i;
/** "with a decree", "by presidential decree": an executive act, not a court's. */
const BY_DECREE = /^\s+(?:with|by|in)\s+(?:a\s+|the\s+)?(?:presidential\s+|government\s+|executive\s+)?decree\b/i;
/** A bill signed by the head of state: "Putin has signed a bill revoking …" (no longer a proposal). */
const SIGNED_BILL = /\b(?:signed|signs)\s+(?:a|the)\s+bill\b/i;
/** "is withdrawing", "were pulling out of": an act under way. */
/** A termination verb a state can say of its own part in a treaty: "abandoned the protocol", "ditched the convention". */
const ABANDONED = /^(?:abandon|ditch)/i;
export const PROGRESSIVE_LEAD = /\b(?:is|are|am|was|were)\s+(?:\w+ly\s+|now\s+)?$/i;
/** A pronoun subject right after a subordinator, up to the trigger: "since it", "after they had". */
const SUBORDINATE_PRONOUN = /\b(?:since|after|before|when|until|because|once|while)\s+(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$/i;

/** A country as the other side of a noun before it ("the INF agreement with Russia and", "talks with Iran"): a side named, not the actor. */
const SIDE_OF_NOUN = /\b(?:agreement|deal|treaty|accord|pact|talks|ties|relations|dispute|war)\s+(?:with|between)\s+(?:the\s+)?$/i;
/** Words that set a country beside the actor, not as one: "unlike the U.S.", "except Canada". */
const COMPARED_BEFORE = /\b(?:unlike|like|except|besides|than|apart from|rather than|instead of)\s+(?:the\s+)?$/i;
/** A vote or resolution whose goal is the act: "voted today to withdraw", "decided to denounce". */
// (the vote's tally may stand after "voted": "voted 69 to 27 to ratify", "voted 69-27 on Wednesday to")
export const LEGISLATED = /\b(?:(?:voted|votes|decided|decides|resolved|resolves)\s+(?:(?:by\s+)?\d+\s*(?:-|–|to)\s*\d+\s+)?(?:[\w-]+\s+){0,2}?to|voted\s+(?:[\w-]+\s+){0,2}?(?:in favou?r of|for))\s+$/i;
/**
 * A bill passed whose content is the act: "approved a bill to withdraw", "passed legislation ratifying", "supported a bill
 * on launching the country's withdrawal". Past forms only: "could pass a bill to leave", "debated a bill" pass nothing.
 */
export const LEGISLATED_BILL = /\b(?:approved|passed|adopted|backed|supported|endorsed)\s+(?:a|the|an)\s+(?:[\w-]+\s+)?(?:bill|law|legislation|motion)\s+(?:(?:to|on|for|that|ratifying|approving)\s+)?(?:[\w’'-]+\s+){0,3}?$/i;
/** "the text of ", "the draft text of ": an agreement's wording, which negotiators finalise before it is adopted. */
const TEXT_OF = /\b(?:the\s+)?(?:final\s+|draft\s+|negotiated\s+)?text\s+of\s+(?:the\s+|this\s+|that\s+)?$/i;
/** The determiners and qualifiers between a verb of weighing and the act's noun: "weighing a possible ", "considering its ". */
/**
 * "A country's withdrawal from the court takes effect a year after notice", "any member's exit": an act noun whose owner
 * is any state at all states a rule of the treaty, no state's act.
 */
const GENERIC_OWNER = /\b(?:an?|any|each|every)\s+(?:(?:member|contracting|state|other)\s+)?(?:country|state|nation|member|party|signatory)['’]s?\s+(?:(?:formal|eventual|possible)\s+)?$/i;
const ACT_NOUN_DETERMINERS = /(?:\b(?:an?|the|its|their|his|her|possible|potential|eventual|formal|full)\s+)+$/i;
/** A bill or motion put before a legislature whose content is the act: "submitted to parliament the bill on the country's ", "tabled a motion to ". */
const BILL_SUBMITTED = /\b(?:submitted|submits|submitting|tabled|tables|tabling|introduced|introduces|introducing|sent|sends|prepared|drafted)\b[^.;]{0,40}?\b(?:a|the)\s+(?:draft\s+)?(?:bill|law|legislation|motion)\s+(?:on|to|for|about|concerning|regarding)\s+(?:[\w’'-]+\s+){0,3}?$/i;

/** "withdrawal from the pact with immediate effect": the act done as it is announced. */
const WITH_IMMEDIATE_EFFECT = /^[^.;]{0,60}?\b(?:with immediate effect|effective immediately|immediately)\b/i;
/** "denounced the deal as a betrayal", "denounced the accord for": criticism, not a withdrawal. */
const CRITICISM_AFTER = /^\s*(?:\([^()]*\)\s*)?,?\s*(?:as|for|calling|saying|and called)\b/i;
/** An announcement of the act: "announced that it would withdraw", "announced its decision to leave". */
/**
 * A state's own act ahead, said for it: "told reporters that Poland would leave", "said the United States will
 * withdraw" (a named subject, as ANNOUNCED takes a pronoun one). Case-sensitive: the subject is a proper name.
 */
const SAID_STATE_WOULD = /\b(?:said|says|confirmed|confirms|told (?:reporters|journalists|lawmakers|parliament|the [a-z]+))(?: on [A-Z]\w+)? (?:that )?(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2} (?:would|will)\b[^.;]{0,60}$/;
/** SAID_STATE_WOULD with a state, not an agreement, as the subject: "said the Ottawa Convention would be scrapped" is a prediction. */
const saidStateWould = (lead: string): boolean => {
  const m = SAID_STATE_WOULD.exec(lead);
  return Boolean(m && !/\b(?:Convention|Treaty|Agreement|Accords?|Deal|Pact|Protocol|Initiative|Framework|Charter)\s+(?:would|will)\b/.test(m[0]));
};
export const ANNOUNCED = /\b(?:announced|announces|announcing|declared|declares|(?:said|says|confirmed|confirms)(?: on \w+)? (?:that )?(?:it|he|she|they|we) (?:would|will)|notified|ordered|orders|(?:signed|signs|issued|issues) an? (?:[\w-]+ )?(?:order|decree))\b[^.;]{0,60}$/i;
/** Reporting hedges that keep the event but mark it hedged: "reportedly signed". */
export const HEDGE = /\b(?:reportedly|allegedly|apparently|appeared to|is said to|was said to|believed to)\b/i;
/** Clause breaks inside a sentence: a trigger and its agreement, party and date share a clause. */
export const CLAUSE_BREAK = /;|\s[—–-]\s|,\s*(?:but|although|though|while|whereas|yet|even as|saying|arguing)\b|\s(?:but|although|though|whereas)\s|:\s/gi;
/** Words for bodies that act for their state: "the Ukrainian parliament ratified it". */
export const STATE_BODIES = /^(?:government|parliament|senate|congress|legislature|lawmakers|voters|electorate|cabinet|administration|president|prime minister|leader|authorities|officials|duma|assembly|supreme court|top court|court|constitutional court|high court)\b/i;
/**
 * A party's own word that it resumes, with no condition after it: "Russia said on Wednesday it would
 * resume its participation in the deal". A suspension is lifted by saying so, so wire copy reports the
 * lifting itself this way (unlike "said it would withdraw", a notice of an act still to come).
 */
export const RESUMPTION_SAID = /\b(?:said|says|announced|announces|confirmed|confirms|declared|declares|told\b[^.;,]{1,40}?)(?:\s+(?:on|late on|early on)\s+\w+)?(?:\s+that)?\s+(?:it|they|[Tt]he (?:country|government|ministry|administration|cabinet)|(?:[Tt]he\s+)?\p{Lu}[\p{L}-]+)\s+(?:would|will)\s+$/u;
/** A condition after the trigger: "would return as soon as its demands were met", "will resume if …". */
export const TRAILING_CONDITION = /^[^.;]*?\b(?:if|unless|once|provided|as soon as|on condition|in exchange for|only when|only after)\b/i;

export interface Frame extends Span {
  trigger: Trigger;
  /** The words of the trigger. */
  cue: Span;
  agreement: AgreementRef;
  /** The mention or anaphor the trigger governs. */
  ref: Span & { rule: string };
  /** How the trigger reaches it: "object", "subject", "relative". */
  link: string;
  clause: Span;
  /** The acting party when one is named (country by common English short name). */
  party: string | null;
  /** The event type after polarity, modality and process; null: no event. */
  type: EventType | null;
  /** Why the type changed or went: "negated", "modal", "condition", "process", "announced". */
  reading: string;
}

/** "reached a tentative deal", "struck the accord, to be signed next week": a conclusion of a text not yet final is announced, not signed. */
export const heldBack = (type: EventType | null, cue: string, sentence: string): boolean => type === "signed" && CONCLUDED.test(cue) && PROVISIONAL.test(sentence);

/** "On Nov. 11, after a long walk, the leaders sealed the deal": the date opening the sentence is the verb's, across the aside. */
export function isFrontedDate(text: string, sentenceStart: number, date: Span, cueStart: number): boolean {
  return date.start >= sentenceStart && date.end <= cueStart && FRONTED_DATE_LEAD.test(text.slice(sentenceStart, date.start)) && FRONTED_DATE_GAP.test(text.slice(date.end, cueStart));
}

/** The clause around `at` inside its sentence, cut at `breaks` (a global pattern: ";", dashes, ", but" …). */
export function clauseOf(text: string, sentence: Span, at: number, breaks: RegExp = CLAUSE_BREAK): Span {
  const s = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  let end = sentence.end;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(s); m; m = breaks.exec(s)) {
    const from = sentence.start + m.index;
    if (from + m[0].length <= at) start = from + m[0].length;
    else if (from >= at) {
      end = from;
      break;
    }
  }
  while (start < end && /\s/.test(text[start])) start++;
  return { start, end, text: text.slice(start, end) };
}

// words allowed between a trigger and its object: "withdrew from the", "suspended its participation in", "ratified it"
// ("withdrawing from the landmark Cold War INF treaty", "left the Obama-era accord", "the entry into force of the milestone agreement": the era and praise words describing it)
// (and a party's possessive: "suspending Russia's participation in", "ended Washington's membership of"; a part
// of its obligations: "suspended some of its commitments under", "halted parts of its obligations under"; a time
// adverb between the verb and its object: "initialled 24 years ago the Dayton Peace Agreement", "signed on Friday the accord")
/** A preposition right before a country: "against Ukraine", "with the United States", "by Moscow" (not "of": "the government of Chile" acts). */
const GOVERNED_BEFORE = /\b(?:against|with|by|from|towards?|into|for|over|than|alongside)\s+(?:the\s+)?$/i;
const OBJECT_GAP = /^\s*(?:(?:from|of|out of|to|in|its|their|his|her|the|a|an|participation|membership|implementation|part|parts|some|several|most|obligations|commitments|under|it|them|formally|officially|landmark|historic|milestone|long-awaited|hard-won|cold[- ]war|[12]\d{3}|accession|protocol|on to|onto|,|\d+-(?:nation|country|member|party|year)|(?:[\p{L}\d]+-)+(?:old|brokered|backed|led|era)|and\s+\p{Ll}+ed|\p{Lu}[\p{L}.]*['’]s|\d{1,3}\s+(?:years?|months?|weeks?|days?)\s+ago|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last\s+(?:week|month|year))\s*)*$/iu;
/** "for Syria", "for the Syrian Arab Republic": the one state a treaty enters into force for. */
const FOR_STATE_AFTER = /^\s+(?:(?:formally|officially)\s+)?for\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}/u;
/** "came into force in Latvia last year": a state's own name after "in" (group 1; a city there is where, not for whom). */
const IN_STATE_AFTER = /^\s+(?:(?:formally|officially)\s+)?in\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})/u;
// "ratify the UN Treaty on the Prohibition of Nuclear Weapons", "joined the U.N. Convention on …": the body whose
// treaty it is, by its initials (case-sensitive: "un", "who" in lower case are other words), before the name
const BODY_BEFORE_NAME = /\s(?:UN|U\.N\.|EU|E\.U\.|OSCE|WHO|IAEA|OAS|ILO|IMO)\s*$/;
// "The JCPOA's limits on Iran took effect", "Its provisions and the lifting of sanctions took effect": the
// agreement's provisions taking effect are its entry into force
const PROVISIONS_SUBJECT = /^(?:['’]s)?\s+(?:(?:main|key|nuclear|core)\s+)?(?:limits|provisions|terms|commitments|obligations|restrictions|rules|caps|curbs)(?:\s+on\s+\p{Lu}[\p{L}.]*)?(?:\s+and\s+the\s+\p{Ll}+(?:\s+of\s+\p{Ll}+)?)?\s+(?:(?:formally|officially|finally|all)\s+)?$/u;
// words allowed between a subject agreement and its trigger: "the treaty was formally", "NAFTA, which"
// (and any adverb in -ly: "the Windsor Framework was legally adopted", "was unanimously ratified")
// ("the agreement never went into force", "the treaty has not been ratified": the negation stays in the lead, readFrame reads it)
const SUBJECT_GAP = /^\s*(?:(?:was|were|is|are|has|have|had|been|be|being|never|not|formally|officially|finally|already|also|later|eventually|subsequently|quickly|then|first|originally|only|\p{Ll}{2,}ly|,)\s*)*$/iu;
// "The Ottawa Convention on the Prohibition of Anti-Personnel Mines entered into force": a named convention's
// (treaty's) subject complement, up to six words and no comma, belongs to its name
const NAME_COMPLEMENT = /^\s+(?:on|for|against|relating to)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,7}?(?=(?:was|were|is|are|has|have|had)\b|$)/iu;
// "The New START treaty limiting U.S. and Russian strategic weapons entered into force": a reduced relative
// clause after a named agreement, up to seven words and no comma, describes it (not "during", "including" …)
const PARTICIPLE_COMPLEMENT = /^\s+(?!(?:during|including|regarding|concerning|according|following|notwithstanding|being|having)\b)\p{Ll}{3,}ing\s+(?:[\p{L}\d.'’-]+\s+){0,6}?(?=(?:was|were|is|are|has|have|had)\b|$)/u;
// "The treaty, signed in Prague in April 2010, took effect": a participle phrase between commas tells an earlier act
// of the subject (its own trigger reads it), not a break between the subject and its verb
const PAST_PARTICIPLE_ASIDE = /^\s*,\s*(?:first\s+|originally\s+)?(?:signed|concluded|negotiated|agreed|ratified|adopted|reached|struck|brokered)\b[^,;:()]{0,60},/i;
// "The CTBT, which bans all nuclear testing, was adopted", "The TPP, a pact between 12 countries, was signed", "The
// treaty, due to expire on Friday, was extended", "the INF
// Treaty -- a U.S.-Russian pact -- expired": a relative clause or an apposition between commas or double dashes
// describes the subject; the verb after it is still the subject's
// (and an acronym in brackets after the name: "the Treaty on the Prohibition of Nuclear Weapons (TPNW) has been ratified")
const DESCRIBING_ASIDE = /^\s*(?:,\s*(?:which|that|an?|the|(?:due|set|scheduled|expected) to)\s[^,;:()]{1,120},|(?:--|[—–])[^—–;]{1,80}?(?:--|[—–])|\)?\s*\([\p{Lu}\d-]{2,12}\)|\))/iu;
/** The words between a subject agreement and its trigger, past its name's complement and a phrase describing it. */
function subjectGap(text: string, ref: Span & { rule: string }, cue: Span): string {
  const raw = text.slice(ref.end, cue.start);
  const gap = raw.slice(raw.match(DESCRIBING_ASIDE)?.[0].length ?? 0);
  const aside = gap.match(PAST_PARTICIPLE_ASIDE);
  // ("An international treaty banning nuclear weapons has been ratified": a reduced relative describes an unnamed one too)
  if (ref.rule !== "registry" && ref.rule !== "proper-name") return aside ? gap.slice(aside[0].length) : gap.slice(gap.match(PARTICIPLE_COMPLEMENT)?.[0].length ?? 0);
  const named = /(?:convention|treaty|agreement|protocol)$/i.test(ref.text) ? gap.match(NAME_COMPLEMENT) : null;
  const rest = named ? gap.slice(named[0].length) : gap;
  const described = rest.match(PARTICIPLE_COMPLEMENT) ?? rest.match(PAST_PARTICIPLE_ASIDE);
  return described ? rest.slice(described[0].length) : rest;
}
// "the treaty, which the two presidents signed last May", "the agreement Iran reached"
// (past an acronym in brackets: "the Energy Charter Treaty (ECT), which entered into force in 1998")
const RELATIVE_GAP = /^\s*(?:\([A-Z\d-]{2,12}\))?\s*,?\s*(?:which|that)\s+([^,;:()]{0,50})$/i;

// "was signed in Prague in April 2010 and entered into force": a second verb of the same subject
const COORDINATED = /^[^;:.]{0,60}\band\s+(?:(?:was|were|has|had|been|later|then|finally|formally)\s+)*$/i;
export const REPEATED = /^\s*(?:(?:been|already|since|then)\s+)?(?:twice|thrice|(?:two|three|four|five|six|several|many|multiple|numerous|\d+)\s+times)\b/i;
const PASSIVE = /\b(?:was|were|is|are|been|being|be)\b/i;
/**
 * An object right after an active verb: "the treaty reached the required 50 states parties", "the deal secured
 * its first ratification". An agreement that reaches or completes something is not itself concluded (unlike the
 * participle "the agreement reached in Paris", "the accord struck last year").
 */
const ACTIVE_OBJECT_AFTER = /^\s+(?:(?:the|a|an|its|their)\s+(?!(?:same|previous|following|next|last|day|week|month|year)\b)|\d)/i;
/** An approval that adopts a text, not one state's ratification: "approved by 122 nations at the General Assembly". */
const ADOPTING_BODY = /\b(?:General Assembly|\d+\s+(?:nations|countries|states|governments|member states))\b/i;
// "Talks on extending the grain initiative ended", "hopes of renewing the deal faded": the agreement is the
// object of a gerund, not the subject of the verb after it (unlike "the accord signed Saturday")
// ("meaning the agreement never went into force", "saying the deal was signed": a clause after them, the agreement its subject)
const COMPLEMENT_BEFORE = /\b(?!(?:during|including|regarding|concerning|according|following|notwithstanding|meaning|saying)\b)[\p{L}-]{2,}ing\s+(?:(?:the|its|their|this|that)\s+)?$/iu;

/** A party's leaving named before the agreement: "the withdrawal of Canada from the ", "its exit from ". */
const LEAVING_OF = /\b(?:withdrawal|exit|pullout|departure)\s+(?:of\s+[^,;]{1,40}?\s+)?from\s+(?:the\s+)?$/i;

/** After a signing ceremony's noun, the act done: "The signing ceremony on Friday was only a step", "… took place in Lima". */
// (not "is scheduled for", "was postponed", "was to be held")
const PAST_CEREMONY = /^(?![^.;]{0,40}?\b(?:is|are|will|would|was (?:\w+ly )?(?:scheduled|expected|set|due|planned|to|postponed|delayed|cancell?ed|called off|put off|moved|pushed back)|were (?:\w+ly )?(?:scheduled|expected|set|due|planned|to|postponed|delayed|cancell?ed|called off|put off|moved|pushed back))\b)[^.;]{0,60}?\b(?:was|were|took place|had taken place)\b/i;
/** A preposition that puts something after the ceremony, so the ceremony in the past: "released after the ", "since the ". */
const AFTER_CEREMONY = /\b(?:after|following|since)\s+(?:the\s+|a\s+|\p{Lu}\p{Ll}+day['’]s\s+)?$/u;
/** A clause that speaks of what is ahead: "will be released after the signing ceremony". */
const AHEAD_IN_CLAUSE = /\b(?:will|would|shall|is to|are to|to be|expected|scheduled|due|planned|set to)\b/i;
const INTO_LAW = /^\s+into law\b/i;
/**
 * A ratification whose object is the extension: "Russia ratified the extension of the treaty", "signed a law ratifying
 * the agreement on the extension of the treaty": the state ratified (the extension is its object), it extended nothing itself.
 */
export const RATIFIED_EXTENSION_LEAD = /\b(?:ratified|ratifies|ratifying|ratify)\s+(?:the|its|their|an?)\s+(?:(?:agreement|protocol|accord|deal|decision|document)\s+(?:on|for|about)\s+(?:the|its|an?)\s+)?$/i;
/** What may stand before such a participle: nothing, or another participle phrase and "and" ("Introduced in 2011 and ratified in 2012, the convention …"). */
const FRONTED_LEAD = /^[\s"“‘'(]*(?:[A-Z][a-z]+ed\b[^,;]{0,40}?\band\s+)?$/;
/** Past participles that open a sentence about their agreement: "Signed in 1987, the treaty …". */
const FRONTED_FORMS = /^(?:signed|ratified|concluded|adopted|reached|struck|sealed|brokered|clinched|finali[sz]ed)$/i;

/** A modal main clause, then a condition the act stands in: "could only enter into force once … ", "will apply if …" ("may not leave until … entered into force": a time after a fact, no condition). */
const MODAL_TIME_CLAUSE = /\b(?:could|can|would|will|may|might|must|should|shall)\b[^.;]{0,60}?\b(?:once|unless|if|provided)\b[^.;,]{0,80}$/i;
/** The actor of an approval that ratifies: a legislature, its members, or the voters. */
const LEGISLATIVE = new RegExp(`\\b(?:parliament|parliamentarians|congress|senate|senators|house of representatives|house of commons|lower house|upper house|lawmakers|legislators|legislature|deputies|MPs|assembly|chamber|voters|electorate|referendum|${Object.keys(LEGISLATURES).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "i");
const LEGISLATURE_NAMES = new RegExp(`\\b(?:${Object.keys(LEGISLATURES).sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "g");

/**
 * The one side of an agreement that `span` names, by itself or by its legislature, outside the agreement mentions there
 * (the sides: the registry's, else the states its name gives): "the legislation in the UK" for the Australia-UK FTA.
 * Null when it names none or both.
 */
function passageSide(text: string, span: Span, agreement: AgreementRef, officials: readonly Official[], refs: readonly Span[]): string | null {
  const name = agreement.text.replace(/[\u2010-\u2015-]/g, " ");
  const sides = agreement.parties.length ? agreement.parties : countriesIn(name, { start: 0, end: name.length, text: name }, []).map((c) => c.country);
  const named = [...countriesIn(text, span, officials), ...legislaturesIn(text, span)].filter((c) => !refs.some((r) => c.at >= r.start && c.at < r.end)).map((c) => c.country);
  const found = new Set(named.filter((c) => sides.includes(c)));
  return found.size === 1 ? [...found][0] : null;
}

/** Legislatures named in `span` without a country ("Congress", "the Duma"), as the states they act for. */
function legislaturesIn(text: string, span: Span): Array<{ country: string; at: number }> {
  const out: Array<{ country: string; at: number }> = [];
  for (const m of text.slice(span.start, span.end).matchAll(LEGISLATURE_NAMES)) out.push({ country: LEGISLATURES[m[0]], at: span.start + m.index! });
  return out;
}
/** What a state does to a body's founding treaty by acting on the body: leave it, rejoin it, join it. */
const BODY_ACTS: ReadonlySet<EventType> = new Set(["withdrawn", "rejoined", "ratified"]);
/** A body's name as a modifier of the noun after it: "left the NATO summit". */
const BODY_AS_ATTRIBUTE = new RegExp(`^\\s+(?:${BODY_ATTRIBUTE_NOUNS.join("|")})\\b`, "i");
/** A trigger that takes something else out of the body: "withdrew its troops from". */
const OTHER_THAN_MEMBERSHIP = new RegExp(`\\b(?:${NOT_MEMBERSHIP_OBJECTS.join("|")})\\b`, "i");
/** A court's verdicts on an agreement. */
const COURT_TYPES: ReadonlySet<EventType> = new Set(["ruled_unlawful", "upheld"]);
const RATIFICATION = TRIGGERS.find((t) => t.rule === "ratification")!;
const WITHDRAWAL = TRIGGERS.find((t) => t.rule === "withdrawal")!;
const SIGNING = TRIGGERS.find((t) => t.rule === "signing")!;

/** A title line: no closing punctuation, a line of its own (a line that ends in a colon opens a quotation or a list); or a line of its own in title case ending in "!" or "?". */
export function isHeadline(text: string, sentence: Span): boolean {
  if (!/^\s*(?:\n|$)/.test(text.slice(sentence.end, sentence.end + 3))) return false;
  if (!/[.!?…"”’':]\s*$/.test(sentence.text)) return true;
  // "United States Withdraws From Paris Agreement!": a title's capitals on every word of three or more letters
  return /[!?]\s*$/.test(sentence.text) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, sentence.start - 2), sentence.start)) && titleCase(sentence.text);
}

/** Three words or more, every word of four letters or more capitalised. */
function titleCase(line: string): boolean {
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return words.length >= 3 && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

const TOKEN = /[\p{L}][\p{L}.’'-]*/gu;
const LOCATIVE = /\b(?:in|at|near|outside|from)\s+(?:the\s+)?$/i;
/**
 * "the regimes in", "the authorities in": a government named by the state it rules, which acts; "the legislation in the
 * UK": the state whose law it is; "the instruments of acceptance from": the state the instruments come from, which
 * deposited them. Neither preposition puts a place.
 */
const ACTOR_AFTER_PREPOSITION = /\b(?:(?:regimes?|governments?|juntas?|authorities|rulers|leaderships?|legislation|laws?|bills?)\s+in|instruments?\s+of\s+\p{L}+\s+from)\s+(?:the\s+)?$/iu;
/** "in Hangzhou, China", "signed in Doha, Qatar": the country after a place's city is where, not who. */
// ("in Montevideo (Uruguay) the text": the country in brackets after the city is the place too)
export const LOCATIVE_CITY = /\b(?:in|at|near|outside)\s+\p{Lu}[\p{L}-]+(?:,|\s*\()\s*$/u;

/** What may stand between a country and an outlet it owns: "Japan's Kyodo", "China's state news agency Xinhua". */
const OUTLET_OWNER_GAP = /^(?:['’]s)?\s+(?:(?:state|state-run|state-owned|official|national|public|news|wire|press|semi-official)\s+){0,3}(?:(?:news\s+)?agency\s+|broadcaster\s+|newspaper\s+|daily\s+)?(?:the\s+)?/iu;

/**
 * Whether the country form at text[start, end) is an outlet's, not a side: inside a listed outlet's name
 * ("Agence France-Presse", "Press Trust of India") or the owner of one named right after it ("Japan's Kyodo
 * News Agency", "Turkish Anadolu Agency", "China's official news agency Xinhua").
 */
export function outletCountry(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 40), end + 40);
  const at = start - Math.max(0, start - 40);
  for (const form of outletFormsHolding(text.slice(start, end))) {
    for (let k = around.indexOf(form); k >= 0; k = around.indexOf(form, k + 1)) if (k <= at && k + form.length >= at + (end - start) && wordEdges(around, k, form.length)) return true;
  }
  const gap = text.slice(end, end + 60).match(OUTLET_OWNER_GAP);
  if (!gap) return false;
  const rest = text.slice(end + gap[0].length, end + gap[0].length + 40);
  return (OUTLETS_BY_INITIAL.get(rest[0]) ?? []).some((f) => rest.startsWith(f) && !/^[\p{L}\p{N}]/u.test(rest.slice(f.length)));
}

// (every country form of every article asks both questions: only the outlets that can answer are tried)
/** The listed outlet forms by their first character. */
const OUTLETS_BY_INITIAL = new Map<string, string[]>();
for (const f of NEWS_OUTLET_FORMS) OUTLETS_BY_INITIAL.set(f[0], [...(OUTLETS_BY_INITIAL.get(f[0]) ?? []), f]);
/** The listed outlet forms that hold a country's form as written ("France" → "Agence France-Presse"), found once per form. */
const outletsHolding = new Map<string, readonly string[]>();
const outletFormsHolding = (written: string): readonly string[] => {
  let forms = outletsHolding.get(written);
  if (!forms) outletsHolding.set(written, (forms = NEWS_OUTLET_FORMS.filter((f) => f.includes(written))));
  return forms;
};

/** Whether around[k, k + n) stands as whole words (no letter glued on either side). */
const wordEdges = (around: string, k: number, n: number) => !/[\p{L}\p{N}]/u.test(around[k - 1] ?? "") && !/[\p{L}\p{N}]/u.test(around[k + n] ?? "");

/**
 * Whether the country form that `before` leads up to ends the name of a state or province ("Northern
 * Ireland", "New Mexico", "South Australia"): a part of a country is no side, and not the country its
 * last word names.
 */
export function endsProvinceName(before: string, form: string): boolean {
  const lead = before.match(/(?:(\p{Lu}[\p{L}-]*)\s+)?(\p{Lu}[\p{L}-]*)\s+$/u);
  if (!lead) return false;
  return countryOfSubdivision(`${lead[2]} ${form}`) !== null || (lead[1] !== undefined && countryOfSubdivision(`${lead[1]} ${lead[2]} ${form}`) !== null);
}

/** Countries named in `span`: names, aliases, capitals, demonyms before a state body ("Ukrainian parliament"), officials' countries. */
export function countriesIn(text: string, span: Span, officials: readonly Official[]): Array<{ country: string; at: number }> {
  const out: Array<{ country: string; at: number }> = [];
  const words = [...text.slice(span.start, span.end).matchAll(TOKEN)].map((m) => ({ w: m[0].replace(/[.’']+$/, (x) => (x === "." ? "." : "")), at: span.start + m.index! }));
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const form = words.slice(i, i + n).map((x) => x.w).join(" ");
      if (!/^\p{Lu}/u.test(form)) continue;
      const country = countryOf(form, { capitals: true }) ?? countryOf(form.replace(/\.$/, ""), { capitals: true });
      if (!country) continue;
      if (endsProvinceName(text.slice(Math.max(0, words[i].at - 40), words[i].at), form)) break;
      // ("Tehran", "Amman", "Yerevan" end like demonyms but are capitals, which act for their state)
      const demonym = /(?:an|ese|ish|i|ic)s?$/.test(form) && !countryOf(form) && countryFormKind(form) !== "capital";
      if (demonym && !STATE_BODIES.test(text.slice(words[i + n - 1].at + words[i + n - 1].w.length).trimStart())) break;
      // "in Hangzhou, China, Mr. Obama and Mr. Xi …", "at the summit in Paris": a place, not an actor
      const before = text.slice(Math.max(0, words[i].at - 40), words[i].at);
      const after = text.slice(words[i + n - 1].at + words[i + n - 1].w.length, words[i + n - 1].at + words[i + n - 1].w.length + 2);
      // ("the military regimes in Burkina Faso, Mali and Niger announced": the state a government is in is the actor;
      // "received the instruments of ratification from Chile": the state they come from)
      if (!demonym && ((LOCATIVE.test(before) && !ACTOR_AFTER_PREPOSITION.test(before)) || (LOCATIVE_CITY.test(before) && /^\s*[,)]/.test(after)))) break;
      // "as Agence France-Presse and Turkey's Anadolu Agency reported, …": an outlet's country reports, it is no side
      if (outletCountry(text, words[i].at, words[i + n - 1].at + words[i + n - 1].w.length)) break;
      // "The Gambia", "the Ottawa Convention": a country's form is where its own word is, not its article
      out.push({ country, at: n > 1 && /^the$/i.test(words[i].w) ? words[i + 1].at : words[i].at });
      i += n - 1;
      break;
    }
  }
  for (const o of officials) if (o.country && o.start >= span.start && o.end <= span.end) out.push({ country: o.country, at: o.start });
  // "Mr. Obama and Mr. Xi": a surname the article gives an official with a country elsewhere
  // ("Mr. Xi" for Xi Jinping: after an honorific the name's first word may be the surname)
  const surnames = new Map<string, string | null>();
  const firsts = new Map<string, string | null>();
  const add = (m: Map<string, string | null>, k: string | undefined, c: string) => k && m.set(k, m.has(k) && m.get(k) !== c ? null : c);
  for (const o of officials) {
    if (!o.country) continue;
    const parts = o.name.split(/\s+/);
    add(surnames, parts[parts.length - 1], o.country);
    if (parts.length > 1) add(firsts, parts[0], o.country);
  }
  for (const w of words) {
    const honorific = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+$/.test(text.slice(Math.max(0, w.at - 5), w.at));
    const country = surnames.get(w.w) ?? (honorific ? firsts.get(w.w) : undefined);
    if (country && /^\p{Lu}/u.test(w.w) && !out.some((c) => c.at === w.at) && !officials.some((o) => w.at >= o.start && w.at < o.end)) out.push({ country, at: w.at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A clause that opens with a coordinator and goes straight to its verb: "but was suspending", "and then left". */
const ELIDED_SUBJECT = /^\W*(?:(?:but|and|yet)\s+)?(?:(?:then|also|instead|now|later)\s+)?(?:(?:is|are|was|were|has|have|had|did|does|would|will)\s+)?(?:\w+ly\s+)?$/i;
/** The clause break before a clause was its coordinator: "…, but |was suspending". */
const COORDINATOR_BEFORE = /\b(?:but|and|yet)\s*$/i;
/** A country right before a verb: the subject of its clause ("that Russia was not", "Iran has"). */
const VERB_AFTER = /^\s+(?:(?:is|are|was|were|has|have|had|did|does|would|will|could|should|said|says)\b|\w+ed\b)/i;

/** A list's joint between two names: "Jamaica and ", "Russia, ", "Mr. Obama and Mr. ", "the island nations of Jamaica and the ". */
const LIST_JOINT = /^[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}(?:['’]s)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;

/** The last countries of `agents` written as one list ("Jamaica and Nauru", "Russia, Ukraine and Turkey"), in order; one, or none, when there is no list. */
export function coordinatedRun<T extends { at: number }>(text: string, agents: readonly T[]): T[] {
  let i = agents.length - 1;
  while (i > 0 && LIST_JOINT.test(text.slice(agents[i - 1].at, agents[i].at))) i--;
  return agents.slice(Math.max(0, i));
}

const COUNTS: Readonly<Record<string, number>> = { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** A counted group of states as a subject: "the three Baltic countries", "both nations", "the two governments". */
const COUNTED_GROUP = /\b(?:(both)|the\s+(two|three|four|five|six|[2-6]))\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:countries|states|nations|governments|neighbou?rs|members|republics)\b/iu;

/**
 * The countries a counted group in `span` stands for: the last list (coordinated run) of exactly that many
 * countries before it, within 1,500 characters and outside the agreements' own words; null when there is none.
 */
export function countedGroup(text: string, span: Span, officials: readonly Official[], refs: readonly Span[]): string[] | null {
  const m = COUNTED_GROUP.exec(text.slice(span.start, span.end));
  if (!m) return null;
  const n = COUNTS[(m[1] ?? m[2]).toLowerCase()] ?? Number(m[2]);
  const before = countriesIn(text, { start: Math.max(0, span.start - 1500), end: span.start + m.index, text: "" }, officials).filter((c) => !refs.some((r) => c.at >= r.start && c.at < r.end));
  for (let end = before.length; end >= n; end--) {
    const run = coordinatedRun(text, before.slice(0, end));
    const names = [...new Set(run.map((c) => c.country))];
    if (names.length === n) return names;
    end -= run.length - 1;
  }
  return null;
}

/** The country that is the subject of a clause in `span`, the last one, outside the agreements' own words. */
function subjectBefore(text: string, span: Span, officials: readonly Official[], refs: readonly Span[]): string | null {
  const hits = countriesIn(text, span, officials).filter((c) => !refs.some((r) => c.at >= r.start && c.at < r.end));
  for (let i = hits.length - 1; i >= 0; i--) {
    const word = text.slice(hits[i].at).match(/^[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){0,2}/u)?.[0] ?? "";
    if (VERB_AFTER.test(text.slice(hits[i].at + word.length, hits[i].at + word.length + 24))) return hits[i].country;
  }
  return null;
}

/** A comma (with "and") that closes a coordinate clause of its own: "Mexico ratified it in December, | Trump signed it …". */
const COORDINATE_COMMA = /,\s+(?:and\s+)?(?=\p{Lu})/gu;

/**
 * Where the subject of `cue`'s clause begins: after the last comma that follows another trigger of the clause
 * ("Mexico ratified it in December 2019, Trump signed it into law in January, and Canada's parliament adopted it":
 * each coordinate clause has its own subject), else at the clause's start.
 */
export function ownSubjectStart(text: string, clause: Span, cue: Span, cues: readonly Span[]): number {
  const earlier = cues.filter((c) => c.end <= cue.start);
  if (!earlier.length) return clause.start;
  const from = earlier[earlier.length - 1].end;
  let start = clause.start;
  COORDINATE_COMMA.lastIndex = 0;
  const s = text.slice(from, cue.start);
  for (let m = COORDINATE_COMMA.exec(s); m; m = COORDINATE_COMMA.exec(s)) start = from + m.index + m[0].length;
  return start;
}

function triggersIn(text: string, clause: Span): Array<Span & { trigger: Trigger }> {
  const out: Array<Span & { trigger: Trigger }> = [];
  const s = text.slice(clause.start, clause.end);
  for (const trigger of TRIGGERS) {
    trigger.pattern.lastIndex = 0;
    for (let m = trigger.pattern.exec(s); m; m = trigger.pattern.exec(s)) {
      const start = clause.start + m.index;
      const end = start + m[0].length;
      if (!out.some((c) => start < c.end && c.start < end)) out.push({ text: m[0], start, end, trigger });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function findFrames(text: string, sentences: readonly Span[], refs: ReadonlyArray<(AgreementRef | Anaphor) & Span>, officials: readonly Official[] = []): Frame[] {
  const frames: Frame[] = [];
  const targetOf = (r: AgreementRef | Anaphor): AgreementRef => ("target" in r ? r.target : r);
  for (const sentence of sentences) {
    const here = refs.filter((r) => r.start >= sentence.start && r.end <= sentence.end);
    if (!here.length) continue; // not a candidate sentence
    // a headline ("United States formally leaves Paris climate pact") reports what the body says, it is no source
    if (isHeadline(text, sentence)) continue;
    const seen = new Set<number>();
    for (const ref of here) {
      let lastCue: Span | null = null;
      const clause = clauseOf(text, sentence, ref.start);
      const clauseCues = triggersIn(text, clause);
      for (const cue of clauseCues) {
        if (seen.has(cue.start)) continue;
        let link: string | null = null;
        let agentSpan: Span | null = null;
        let trigger = cue.trigger;
        // "The signing ceremony on Friday was only an intermediate step": the act the event noun names
        if (ref.rule === "event-noun") {
          // ("released by the two sides after the signing ceremony on Wednesday": a ceremony something followed took place)
          if (!(cue.start >= ref.start && cue.end <= ref.end) || !(PAST_CEREMONY.test(text.slice(ref.end, clause.end)) || (AFTER_CEREMONY.test(text.slice(clause.start, ref.start)) && !AHEAD_IN_CLAUSE.test(clause.text)))) continue;
          link = "inside";
        } else if (ref.rule === "passage") {
          // "The enabling legislation in the UK received Royal Assent": the passage is the anaphor; the one side of the
          // article's agreement its sentence names before it (or that side's legislature) approved it
          if (cue.start !== ref.start || cue.end !== ref.end) continue;
          link = "inside";
        } else if (ref.rule === "zero-object") {
          // "The U.S. withdrew in 2018": the verb is the anaphor; its subject acts
          if (cue.start !== ref.start || cue.end !== ref.end) continue;
          link = "inside";
          agentSpan = { start: clause.start, end: cue.start, text: "" };
        } else if (ref.rule === "act-noun" && cue.trigger.type === "withdrawn" && cue.start >= ref.start && cue.end <= ref.end && ANNOUNCED_NOUN_LEAD.test(text.slice(clause.start, cue.start))) {
          // "After Washington announced its withdrawal last year": a party's leaving announced, the agreement the one just named
          link = "inside";
          agentSpan = { start: clause.start, end: ref.start, text: "" };
        } else if (ref.rule === "act-noun") {
          // "His first withdrawal took effect on November 3": the leaving took effect, not the agreement
          // (only in the past: "the withdrawal takes effect a year after notice" is a rule of the treaty)
          // ("… and today that withdrawal formally takes effect": the present with "today" reports it as it happens)
          const now = /^(?:takes|comes|goes|enters)\b/i.test(cue.text) && /\b(?:today|tonight|now)\b/i.test(text.slice(clause.start, clause.end));
          if (cue.trigger.type !== "entered_into_force" || ref.end > cue.start || !SUBJECT_GAP.test(text.slice(ref.end, cue.start)) || (!/^(?:took|came|went|became|entered)\b/i.test(cue.text) && !now)) continue;
          link = "subject";
          trigger = WITHDRAWAL;
        } else if (cue.start >= ref.start && cue.end <= ref.end) continue;
        else if ((COURT_TYPES.has(cue.trigger.type) || cue.trigger.holdsObject) && ref.start > cue.start && ref.end < cue.end) {
          // "The court found the STCA to be constitutional", "ruled the protocol unlawful": the agreement inside the ruling's words
          // ("India will keep the treaty in abeyance": inside the suspension's words)
          link = "inside";
          agentSpan = { start: ownSubjectStart(text, clause, cue, clauseCues), end: cue.start, text: "" };
        }
        // "inspections resumed under the treaty": work under it resumed, no party came back to it
        if (link) {
          // (read above)
        } else if (cue.end <= ref.start && OBJECT_GAP.test(text.slice(cue.end, ref.start).replace(BODY_BEFORE_NAME, "")) && !(cue.trigger.rule === "resumption" && /\bunder\b/i.test(text.slice(cue.end, ref.start)))) {
          link = "object";
          agentSpan = { start: ownSubjectStart(text, clause, cue, clauseCues), end: cue.start, text: "" };
        } else if (cue.end <= ref.start && FRONTED_FORMS.test(cue.text) && FRONTED_LEAD.test(text.slice(clause.start, cue.start)) && FRONTED_GAP.test(text.slice(cue.end, ref.start))) {
          // "Signed in 1987, the INF Treaty banned …", "Ratified by the Senate in 1972, the treaty …": a participle
          // phrase opening the sentence says what was done to the subject it stands before
          link = "fronted";
          const by = text.slice(cue.end, ref.start).match(/^\s+by\s+([^,;]{1,60})/);
          agentSpan = by ? { start: cue.end, end: cue.end + by[0].length, text: "" } : null;
        } else if (ref.end <= cue.start && (SUBJECT_GAP.test(subjectGap(text, ref, cue)) || (cue.trigger.type === "entered_into_force" && (SCHEDULED_LEAD.test(subjectGap(text, ref, cue)) || PROVISIONS_SUBJECT.test(text.slice(ref.end, cue.start)))) || (lastCue && COORDINATED.test(text.slice(lastCue.end, cue.start))))) {
          // one party leaves or rejoins an agreement, the agreement does not: "after it left the treaty"
          if (cue.trigger.type === "withdrawn" || cue.trigger.type === "rejoined") continue;
          // an agreement is ratified or suspended only in the passive: "the treaty was ratified by"
          // ("it was suspending its participation" is progressive: "it" acts, it is not the agreement)
          if (cue.trigger.single && (!PASSIVE.test(text.slice(ref.end, cue.start)) || /ing$/i.test(cue.text)) && !/^\s+by\b/.test(text.slice(cue.end, cue.end + 4))) continue;
          if (COMPLEMENT_BEFORE.test(text.slice(clause.start, ref.start)) || WORK_UNDER.test(text.slice(clause.start, ref.start))) continue;
          // "The withdrawal of Canada from the Kyoto Protocol took effect in December 2012": the leaving took effect (its own frame reads it), not the protocol
          if (cue.trigger.type === "entered_into_force" && LEAVING_OF.test(text.slice(clause.start, ref.start))) continue;
          // ("An adapted agreement was signed but it never entered into force": a negated verb after a pronoun may be
          // another agreement's, brought in unnamed since; only a name or a definite noun carries it)
          if (ref.rule === "pronoun" && /\b(?:never|not)\b/i.test(subjectGap(text, ref, cue))) continue;
          if (cue.trigger.rule === "signing" && !PASSIVE.test(subjectGap(text, ref, cue)) && ACTIVE_OBJECT_AFTER.test(text.slice(cue.end, cue.end + 24))) continue;
          link = "subject";
          // "ratified by Ukraine's parliament": the passive's agent
          // ("ratified by a 50th country, Honduras,": the country named in apposition to the agent)
          // ("was signed on behalf of Russia on September 24": the state the signer acted for)
          const by = text.slice(cue.end, clause.end).match(/^\s+(?:or\s+(?:accepted|approved)\s+)?(?:by|on behalf of)\s+([^,;]{1,60})(?:,\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?=\s*[,.;]|$))?/u);
          agentSpan = by ? { start: cue.end, end: cue.end + by[0].length, text: "" } : null;
        } else if (ref.end <= cue.start) {
          const rel = text.slice(ref.end, cue.start).match(RELATIVE_GAP);
          if (rel) {
            link = "relative";
            agentSpan = { start: ref.end, end: cue.start, text: "" };
          }
        }
        if (!link) continue;
        // "Mali left ECOWAS", "joined the WTO in 2001": a body the treaty founds stands for the treaty only as what a
        // state leaves, rejoins or joins ("ECOWAS suspended Mali", "the ICC issued a warrant" are the body's own acts)
        if (ref.rule === "body" && (link !== "object" || !BODY_ACTS.has(trigger.type))) continue;
        // ("left the NATO summit early", "withdrew its troops from NATO": the body names a meeting or loses something else)
        if (ref.rule === "body" && (BODY_AS_ATTRIBUTE.test(text.slice(ref.end, ref.end + 24)) || OTHER_THAN_MEMBERSHIP.test(cue.text))) continue;
        // "the Dayton accords, which ended the war in 1995": the agreement ended something else, it did not end
        if (trigger.type === "terminated" && link !== "object" && ENDED_ACTIVE.test(cue.text) && ENDED_SOMETHING.test(text.slice(cue.end, clause.end))) continue;
        // "the USMCA replaced NAFTA": the replacement is the active subject; only "NAFTA was replaced" (or its object) ends
        if (trigger.type === "terminated" && link !== "object" && /^(?:replaced|replaces|superseded|supersedes)$/i.test(cue.text) && (link === "subject" ? !PASSIVE.test(text.slice(ref.end, cue.start)) : /^\s*,?\s*(?:which|that)?\s*$/i.test(text.slice(ref.end, cue.start)))) continue;
        // "The pact, which replaces the 1994 NAFTA, …": the present says what the new agreement is for, not that the old one ended
        if (trigger.type === "terminated" && /^(?:replaces|supersedes)$/i.test(cue.text)) continue;
        // "Clinton signed NAFTA into law": the head of state's assent, his country's ratification
        if (trigger.rule === "signing" && link === "object" && INTO_LAW.test(text.slice(ref.end, ref.end + 12))) trigger = RATIFICATION;
        // "Russia ratified the extension of the treaty": the ratification of an extension is a ratification
        if (trigger.rule === "extension" && link === "object" && /^(?:extension|renewal) of$/i.test(cue.text) && RATIFIED_EXTENSION_LEAD.test(text.slice(clause.start, cue.start))) trigger = RATIFICATION;
        // "Canada's parliament adopted it in March": a legislature adopting the text ratifies it for its state
        if (trigger.rule === "signing" && link === "object" && /^adopt/i.test(cue.text) && agentSpan && LEGISLATIVE.test(text.slice(agentSpan.start, agentSpan.end))) trigger = RATIFICATION;
        // "began the process to withdraw from the Paris Agreement, which takes effect in November": the
        // relative clause gives when the act before it takes effect, not when the agreement did
        if (link === "relative" && /_force$/.test(trigger.type) && frames.some((f) => f.ref === ref && f.cue.end <= ref.start && /^(?:withdrawn|terminated|suspended)$/.test(f.trigger.type))) continue;
        lastCue = cue;
        // a pronoun is only the agreement as the trigger's object or its subject right before it
        if (ref.rule === "pronoun" && link === "relative") continue;
        seen.add(cue.start);
        // "Congress approved NAFTA", "Swiss voters backed the accord": an approval ratifies only when a legislature or the voters give it
        const actor = agentSpan ? text.slice(agentSpan.start, agentSpan.end) : "";
        if (trigger.rule === "approval" && !LEGISLATIVE.test(actor)) continue;
        // (a text approved by the General Assembly or by many nations at once is adopted: its signing, no ratification)
        if (trigger.rule === "approval" && ADOPTING_BODY.test(actor)) trigger = SIGNING;
        // "pulled the United States out of the accord": the party the trigger itself names acts
        // ("approved by the Ukrainian parliament": the passive's agent is inside the trigger)
        const inside = trigger.type === "withdrawn" || (trigger.type === "rejoined" && /\s\S+\s+(?:back\s+)?(?:in)?to$/i.test(cue.text) && !/^(?:returned|returns|return|returning) to$/i.test(cue.text)) || (trigger.type === "ratified" && /\bby\b/i.test(cue.text));
        // "suspending Russia's participation in New START": a party's possessive between the trigger and its object acts
        // ("received the instruments of acceptance from Brazil and Kenya": the states after "from" deposited them)
        const fromStates = trigger.type === "ratified" && /\sfrom$/i.test(cue.text);
        const named = inside ? countriesIn(text, cue, officials) : fromStates ? countriesIn(text, { start: cue.end, end: clause.end, text: "" }, officials) : trigger.single && link === "object" ? countriesIn(text, { start: cue.end, end: ref.start, text: "" }, officials) : [];
        // (a capital inside an agreement's name, "the Ottawa Convention", is where it was made: no actor)
        // ("Canada, unlike the U.S., signed and ratified it": a country compared with the actor is none)
        let agents = named.length ? named : agentSpan ? countriesIn(text, agentSpan, officials).filter((c) => !here.some((r) => c.at >= r.start && c.at < r.end) && !COMPARED_BEFORE.test(text.slice(Math.max(0, c.at - 16), c.at)) && !SIDE_OF_NOUN.test(text.slice(Math.max(0, c.at - 40), c.at))) : [];
        // "Congress ratified it", "the Duma approved the treaty": a legislature named without its country acts for its state
        if (!agents.length && trigger.type === "ratified") agents = legislaturesIn(text, inside ? cue : agentSpan ?? cue);
        // "Mr. Obama and Mr. Xi formally committed their two nations": each side of a coordinated subject acts
        // (only the countries listed together right before the verb: "Russia has failed …, and as such, the United States has withdrawn" is one actor)
        // "Russia's war against Ukraine and its withdrawal from the treaty": a country governed by a preposition
        // ("against Ukraine", "with Kyiv", "by the United States") is not the one acting when another, its subject or
        // possessor, is not so governed
        if (trigger.single && !named.length && agents.length >= 2) {
          const free = agents.filter((c) => !GOVERNED_BEFORE.test(text.slice(Math.max(0, c.at - 14), c.at)));
          if (free.length && free.length < agents.length) agents = free;
        }
        const listed = coordinatedRun(text, agents);
        let parties: Array<string | null> = listed.length >= 2 ? [...new Set(listed.map((c) => c.country))] : [agents.length ? agents[agents.length - 1].country : null];
        // "Russia was not withdrawing from the treaty but was suspending its participation": a coordinate clause
        // with no subject of its own shares the subject of the clause before it
        if (!agents.length && trigger.single && agentSpan && ELIDED_SUBJECT.test(text.slice(agentSpan.start, agentSpan.end)) && (COORDINATOR_BEFORE.test(text.slice(Math.max(sentence.start, agentSpan.start - 8), agentSpan.start)) || /^\W*(?:but|and|yet)\b/i.test(text.slice(agentSpan.start, agentSpan.end)))) {
          const subject = subjectBefore(text, { start: sentence.start, end: clause.start, text: "" }, officials, here);
          if (subject) parties = [subject];
        }
        // "The country withdrew from …": the country named last before, within a few sentences
        if (!agents.length && agentSpan && /\b(?:the|this) (?:country|nation|government|administration)\b/i.test(text.slice(agentSpan.start, agentSpan.end))) {
          const before = countriesIn(text, { start: Math.max(0, agentSpan.start - 400), end: agentSpan.start, text: "" }, officials).filter((c) => !refs.some((r) => c.at >= r.start && c.at < r.end));
          if (before.length) parties = [before[before.length - 1].country];
        }
        // "the three Baltic countries formally submitted notifications": a counted group of states is the last list
        // of that many countries written before it (within a few paragraphs)
        if (!agents.length && agentSpan && trigger.single) {
          const group = countedGroup(text, agentSpan, officials, refs);
          if (group) parties = group;
        }
        // "Ukraine has exported less grain since it withdrew": the pronoun of a subordinate clause is not the main
        // clause's subject; it is the party the article already has doing such an act to this agreement (with none,
        // the subject stays: "The United States said emissions had fallen since it left the accord")
        if (trigger.single && SUBORDINATE_PRONOUN.test(text.slice(sentence.start, cue.start))) {
          const earlier = frames.filter((f) => f.party && f.trigger.single && f.agreement.name === targetOf(ref).name).pop();
          if (earlier) parties = [earlier.party];
        }
        // "The convention entered into force for Syria on Monday": the treaty binds one more state, that state's event
        // (not the treaty's own entry into force, which no party does: its frame carries none)
        if (trigger.type === "entered_into_force") {
          const forState = text.slice(Math.max(cue.end, ref.end), clause.end).match(FOR_STATE_AFTER);
          const state = forState ? countriesIn(text, { start: Math.max(cue.end, ref.end), end: Math.max(cue.end, ref.end) + forState[0].length, text: "" }, officials)[0] : undefined;
          // ("The convention came into force in Latvia in 2024": so is a state named by its own name after "in")
          const inState = state ? null : text.slice(Math.max(cue.end, ref.end), clause.end).match(IN_STATE_AFTER);
          parties = [state ? state.country : inState ? countryOf(inState[1]) : null];
        }
        if (ref.rule === "passage") {
          const side = passageSide(text, { start: sentence.start, end: cue.start, text: "" }, targetOf(ref), officials, here);
          if (!side) continue;
          parties = [side];
        }
        // "He withdrew in 2018": an act with no object is an agreement's only when a state does it
        if (ref.rule === "zero-object" && parties.every((p) => p === null)) continue;
        // "Trump denounced the deal as a disaster": a person's denunciation, or one with its reason, is criticism
        if (/^denounc/i.test(cue.text) && (CRITICISM_AFTER.test(text.slice(ref.end, clause.end)) || (agentSpan && officials.some((o) => o.start >= agentSpan!.start && o.end <= cue.start) && !LEGISLATIVE.test(actor)))) continue;
        // ("The High Seas Treaty, the first binding pact on the open ocean, will enter into force": the subject's
        // lead is the words after the phrase describing it, so the schedule, not the aside, is read)
        // (an agreement inside the trigger's words, "could place the treaty in abeyance", is read from the clause's start too)
        const lead = link === "object" || link === "inside" ? text.slice(clause.start, cue.start) : link === "subject" && ref.end <= cue.start ? subjectGap(text, ref, cue) : text.slice(ref.end, cue.start);
        const clauseLead = text.slice(clause.start, cue.start);
        // ("It could only enter into force once Chile and Peru confirmed the completion of …": an act in a time clause
        // a modal main clause waits on is its condition, whatever its tense)
        const read = MODAL_TIME_CLAUSE.test(text.slice(sentence.start, cue.start)) ? { type: null, reading: "condition" } : (readContext(text, trigger, cue, link, ref, clause, sentence, clauseLead) ?? readFrame(trigger, lead, clause, clauseLead, text.slice(Math.max(cue.end, ref.end), clause.end)));
        // "Russia temporarily withdrew from the treaty in 2007": a leaving said to be for a time is a suspension
        const held = heldBack(read.type, cue.text, sentence.text) ? { type: "announced" as const, reading: "provisional" } : read;
        const { type, reading } = held.type === "withdrawn" && TEMPORARY_LEAD.test(clauseLead) ? { type: "suspended" as const, reading: "temporary" } : held;
        // "Chile abandoned the Kyoto Protocol": one state cannot end a treaty every state joins on its own; its
        // abandoning (or ditching) it is its own leaving, with that state as the party ("abandoned the protocol's targets": a part of it, no leaving)
        const leaving = type === "terminated" && link === "object" && ABANDONED.test(cue.text) && targetOf(ref).open === true && parties.length === 1 && parties[0] !== null && !/^['’]s?\s/.test(text.slice(ref.end, ref.end + 3));
        for (const party of parties) {
          if (leaving) frames.push({ text: text.slice(Math.min(cue.start, ref.start), Math.max(cue.end, ref.end)), start: Math.min(cue.start, ref.start), end: Math.max(cue.end, ref.end), trigger: WITHDRAWAL, cue, agreement: targetOf(ref), ref, link, clause, party, type: "withdrawn", reading: "abandoned" });
          else frames.push({ text: text.slice(Math.min(cue.start, ref.start), Math.max(cue.end, ref.end)), start: Math.min(cue.start, ref.start), end: Math.max(cue.end, ref.end), trigger, cue, agreement: targetOf(ref), ref, link, clause, party, type, reading });
        }
      }
    }
  }
  return frames;
}

/**
 * What the words around a trigger, beyond its clause's lead, say it reports; undefined when they say
 * nothing and readFrame decides.
 */
function readContext(text: string, trigger: Trigger, cue: Span, link: string, ref: Span, clause: Span, sentence: Span, clauseLead: string): { type: EventType | null; reading: string } | undefined {
  // "the convention was annulled with a presidential decree": a government's own decree ends its part, no court ruled
  if (trigger.type === "ruled_unlawful" && /^annul/i.test(cue.text) && BY_DECREE.test(text.slice(cue.end, cue.end + 40))) return { type: "withdrawn", reading: "decreed" };
  // "Biden reversed the withdrawal from the Paris Agreement": the leaving undone is a rejoining
  if (trigger.type === "withdrawn" && /^(?:withdrawal|exit|pullout|departure)\b/i.test(cue.text) && REVERSED_LEAVING_LEAD.test(clauseLead)) return { type: "rejoined", reading: "reversed" };
  // "The text of the accord was finalised last month": its wording agreed, its adoption or signing still ahead
  if (trigger.rule === "signing" && link === "subject" && TEXT_OF.test(text.slice(clause.start, ref.start))) return { type: "announced", reading: "text-agreed" };
  // "a bill revoking Russia's ratification of the treaty": the ratification undone
  // ("a decree annulling Turkey's ratification of the convention": the state withdraws; a bill only proposes it)
  // ("signed a bill revoking …": a bill the head of state signs is law)
  if (trigger.type === "ratified" && REVOKED_LEAD.test(clauseLead)) return PROPOSAL.test(clauseLead) && !SIGNED_BILL.test(clauseLead) ? { type: null, reading: "revoked" } : { type: "withdrawn", reading: "revoked" };
  // "the lower house ratified the protocol; the bill now goes to the Senate": one chamber's step, no ratification yet
  if (trigger.type === "ratified" && NEXT_CHAMBER.test(text.slice(cue.end, cue.end + 400))) return { type: null, reading: "one-chamber" };
  // "signed the executive order withdrawing from the pact": an order (a decree, a letter) to leave gives notice of it
  if ((trigger.type === "withdrawn" || trigger.type === "terminated") && /^\w+ing\b/i.test(cue.text) && /\b(?:order|decree|letter|proclamation|memorandum)\s+$/i.test(clauseLead)) return { type: "announced", reading: "ordered" };
  // "is considering withdrawing from the convention", "weighing an exit from it": the act is weighed, not done or announced
  if (/^(?:withdrawn|terminated|suspended|rejoined)$/.test(trigger.type) && /^\w+(?:ing|al|ion)\b|^exit\b/i.test(cue.text) && GERUND_OF_INTENT.test(clauseLead.replace(ACT_NOUN_DETERMINERS, ""))) return { type: null, reading: "weighed" };
  // "submitted to parliament the bill on the country's withdrawal from the court": a bill put forward announces the exit, a passed one does it (LEGISLATED_BILL)
  if (/^(?:withdrawn|terminated)$/.test(trigger.type) && BILL_SUBMITTED.test(clauseLead)) return { type: "announced", reading: "bill-submitted" };
  // "A country's withdrawal from the ICC takes effect one year after it notifies": any state's act, a rule, no event
  if (/^\w+(?:al|ion|ure)\b|^exit\b/i.test(cue.text) && GENERIC_OWNER.test(clauseLead)) return { type: null, reading: "generic" };
  // "known by its initials JCPOA": the noun, no initialling
  if (trigger.rule === "initialling" && /^initials$/i.test(cue.text) && /\b(?:its|their|his|her|the|by|whose)\s+$/i.test(clauseLead)) return { type: null, reading: "noun" };
  // "he is withdrawing the U.S. from the treaty": leaving under way, notice given, not done
  if ((trigger.type === "withdrawn" || trigger.type === "terminated") && /^\w+ing\b/i.test(cue.text) && PROGRESSIVE_LEAD.test(clauseLead)) return { type: "announced", reading: "progressive" };
  // "adopted a decision on the signing of the agreement": the decision is the act reported, the signing still ahead
  if (/^\w+(?:ing|ion|al)(?:\s+of)?$/i.test(cue.text) && DECIDED_ON_LEAD.test(clauseLead)) return { type: null, reading: "decided-on" };
  // "Rejoining the Paris Agreement is a significant step": the act as the sentence's subject, talked about
  if (link === "object" && /^\w+(?:ing|al|ion)\b/i.test(cue.text) && GERUND_SUBJECT_LEAD.test(text.slice(sentence.start, cue.start)) && GERUND_SUBJECT_VERB.test(text.slice(ref.end, clause.end))) return { type: null, reading: "talked-about" };
  // "the parliament voted today to withdraw the country from the convention", "the Seimas decided to denounce
  // it": a legislature's vote is its act, though worded as a goal
  // ("the parliament approved a bill to withdraw from the court", "passed legislation ratifying the treaty": the bill it passed is its act)
  if (LEGISLATIVE.test(clauseLead) && (LEGISLATED.test(clauseLead) || LEGISLATED_BILL.test(clauseLead))) return { type: trigger.type, reading: "legislated" };
  // "the agreement remains in force for the 189 other countries that have ratified it": a tally of the states
  // party to it, no one ratification
  if (trigger.type === "ratified" && TALLY_OF_PARTIES.test(clauseLead)) return { type: null, reading: "tally" };
  // "As of Tuesday, ten signatories … have ratified the pact": the state of the count on a day, no one ratification
  if (trigger.type === "ratified" && TALLY_SO_FAR.test(text.slice(sentence.start, cue.start))) return { type: null, reading: "tally" };
  // "has been ratified by 164 countries": a count of its parties, no one ratification
  // ("signed by 24 countries" too; "approved by 122 nations at the General Assembly" is the text's adoption, its signing)
  if ((trigger.type === "ratified" || (trigger.type === "signed" && /\bsigned$/i.test(cue.text))) && TALLY_BY.test(text.slice(cue.end, cue.end + 40))) return { type: null, reading: "tally" };
  // "Syria is the 190th country to join the convention": the act the ordinal's infinitive names is done
  if (trigger.type === "ratified" && /^(?:ratify|join|accede to)$/i.test(cue.text) && ORDINAL_TO.test(clauseLead)) return { type: "ratified", reading: "ordinal" };
  // ("the treaty, which it was the first to sign 10 years ago": a signing told as background is done too)
  if (trigger.type === "signed" && /^sign$/i.test(cue.text) && ORDINAL_TO.test(clauseLead)) return { type: "signed", reading: "ordinal" };
  // "when 55 countries ratify the accord": the bare present is a rule or a condition; only "became the 50th state to
  // ratify" reports a ratification in it
  if (/^(?:ratify|join|accede to)$/i.test(cue.text) && !ORDINAL_TO.test(clauseLead)) return { type: null, reading: "bare" };
  // "the ministers recommended that their countries withdraw from the convention": asked for, not done
  if (DIRECTIVE_THAT.test(clauseLead)) return { type: null, reading: "directive" };
  // "After withdrawing from the convention, countries will be allowed to …": a gerund adjunct of a future or modal clause, a rule, not a report
  if (/^\w+ing\b/i.test(cue.text) && /\b(?:after|before|upon|on|when|while|by)\s+$/i.test(clauseLead) && /\b(?:will|would|can|could|may|might|must|should|shall)\b/i.test(text.slice(ref.end, sentence.end))) return { type: null, reading: "talked-about" };
  // "It is unclear whether, if ever, it will take effect": asked, not told
  if (WHETHER_BEFORE.test(text.slice(sentence.start, cue.start)) || inYesNoQuestion(text, cue.start)) return { type: null, reading: "question" };
  // "the U.S. announced its withdrawal from the INF treaty": the act announced, not done ("announcing the
  // US' formal withdrawal" reports one that is)
  // ("announced their immediate withdrawal from the bloc": an act with immediate effect is done as it is announced)
  if (/^(?:withdrawn|terminated|suspended)$/.test(trigger.type) && /^\w+(?:al|ion)\b/i.test(cue.text) && ANNOUNCED_NOUN_LEAD.test(clauseLead) && !/\b(?:formal(?:ly)?|immediate)\b[^.;]*$/i.test(clauseLead) && !WITH_IMMEDIATE_EFFECT.test(text.slice(cue.end, clause.end))) return { type: "announced", reading: "announced" };
  return undefined;
}

/** A schedule right before a verb: "will", "is due to", "is set to" ("would" too: a schedule reported). */
const SCHEDULED_LEAD = /^\s*(?:(?:will|shall|would)|(?:is|are|was|were)\s+(?:(?:now|also)\s+)?(?:(?:set|due|scheduled|slated|expected)\s+)?to)\s+(?:(?:now|then|formally|officially|finally)\s+)?$/i;

/** A proposal of the act right before its noun: "proposed the joint ", "submitted a proposal for a Council decision on the ". */
const PROPOSED_LEAD = /\b(?:proposed|proposes|proposing|(?:submitted|tabled|presented|put forward)\s+(?:a|the|its)\s+proposal\s+(?:for|on)\b[^.;]{0,60}?)\s+(?:(?:the|a|its|their|joint|formal|collective|coordinated)\s+)*$/i;
/** "will formally", "would": the act ahead, as its actor says it. */
const WILL_LEAD = /\b(?:will|would|is to|are to|is going to|are going to)\s+(?:be\s+)?(?:\w+ly\s+)?$/i;
/**
 * A reporting clause after the act: ", the minister of the environment has said", ", officials announced", with the
 * telling's time or hearer after its verb (", its government announced last night", ", an official told Reuters on
 * Monday,"); never a relative clause (", which officials told reporters was a mistake").
 */
const SAID_AFTER = /^[^.;!?]*?,\s*(?!(?:which|that|who|whom|whose|where|when)\b)[^,.;!?"“”]{1,60}?\s(?:has\s+|have\s+)?(?:said|says|announced|announces|confirmed|declared|stated|told\s+(?:[\w’'.-]+\s+){0,2}?[\w’'.-]+)(?:\s+(?:on\s+\p{L}+(?:\s+\d{1,2})?|last\s+(?:night|week|month|\p{L}+day)|this\s+(?:morning|afternoon|evening|week)|today|tonight|yesterday|earlier))?\s*[.,;]/iu;

/**
 * An exit said to be done at once, ahead of its verb: "they will immediately withdraw", "decided to immediately leave",
 * "would at once quit". Only a plain future or a decision: "could immediately withdraw" or "threatened to immediately
 * leave" keep their modality.
 */
const IMMEDIATE_LEAD = /\b(?:will|would|shall|(?:decided|decides|resolved|resolves)\s+to)\s+(?:be\s+)?(?:immediately|at once)\s+(?:be\s+)?$/i;
/** A plain future or a decision before an exit whose immediacy follows its object: "would be leaving the bloc without delay". */
const FUTURE_LEAD = /\b(?:will|would|shall|(?:decided|decides|resolved|resolves)\s+to)\s+(?:be\s+)?$/i;
/** The exit's immediacy right after its object (a bracketed acronym and a quotation mark between): ' (ECOWAS) "without delay"'. */
const IMMEDIATE_AFTER = /^\s*(?:\([^()]{1,30}\)\s*)?,?\s*["“”'‘’]?\s*(?:with immediate effect|effective immediately|immediately|without delay|at once)\b/i;
/** A decision told as taken before the act: "have decided to", "resolved to". */
const DECIDED_LEAD = /\b(?:decided|decides|resolved|resolves)\s+to\b[^.;]{0,30}$/i;

/**
 * An exit announced or decided to take effect at once is done as it is said ("announced they will immediately withdraw
 * from the court", "said they would be leaving the bloc without delay"); a later or open exit stays announced.
 */
function immediateExit(trigger: Trigger, lead: string, clauseLead: string, rest: string): boolean {
  if (!/^(?:withdrawn|terminated|suspended)$/.test(trigger.type)) return false;
  if (!(ANNOUNCED.test(clauseLead) || saidStateWould(clauseLead) || DECIDED_LEAD.test(clauseLead))) return false;
  if (TRAILING_CONDITION.test(rest)) return false;
  return IMMEDIATE_LEAD.test(lead) || (FUTURE_LEAD.test(lead) && IMMEDIATE_AFTER.test(rest));
}

/** A stated plan right before the act's verb: "intends to", "plans to", "announced plans to", "its intention to". */
const INTENT_LEAD = /\b(?:(?:intends?|intended|intending|plans|planned|planning)\s+to|(?:announc\w*|unveil\w*|confirm\w*|declar\w*|stat\w*)\s+(?:its\s+|their\s+|the\s+)?(?:plans?|intention|decision)\s+to)\s+(?:\w+ly\s+)?$/i;

/** Polarity, modality, condition and process decide what the trigger reports. */
const AGREED_TO = /\b(?:agreed|decided|voted)\s+to\s*$/i;

export function readFrame(trigger: Trigger, lead: string, clause: Span, clauseLead: string, rest = ""): { type: EventType | null; reading: string } {
  const ending = /^(?:withdrawn|terminated|rejoined|suspended)$/.test(trigger.type);
  if (CONDITION_OPENER.test(clause.text)) return { type: null, reading: "condition" };
  // "once a political agreement is reached", "until the treaty is ratified": an open condition
  if (OPEN_CONDITION.test(clauseLead)) return { type: null, reading: "condition" };
  if (NEGATION.test(lead)) {
    if (NEVER.test(lead) && trigger.negatedType) return { type: trigger.negatedType, reading: "negated" };
    return { type: null, reading: "negated" };
  }
  // "It was renewed three times after that": a tally of repeated acts, none of them one event
  if (REPEATED.test(rest)) return { type: null, reading: "repeated" };
  // "said on Wednesday it would resume its participation": the suspension is lifted by saying so
  if (trigger.rule === "resumption" && RESUMPTION_SAID.test(clauseLead)) {
    return TRAILING_CONDITION.test(rest) ? { type: null, reading: "condition" } : { type: "rejoined", reading: "resumption-said" };
  }
  // "began the process to withdraw from", "announced it would exit": the act is announced, not done
  if (ending && PROCESS.test(clauseLead)) return { type: "announced", reading: "process" };
  if (ending && NOMINAL_PROCESS.test(clauseLead)) return { type: "announced", reading: "process" };
  // "the Commission proposed the joint withdrawal of all EU member states from the treaty": the act proposed
  if (ending && PROPOSED_LEAD.test(clauseLead)) return { type: "proposed", reading: "proposed" };
  // "Poland also intends to withdraw from the convention", "became the seventh country to announce plans to withdraw":
  // a stated plan to leave is announced, not done
  if (ending && INTENT_LEAD.test(lead)) return TRAILING_CONDITION.test(rest) ? { type: null, reading: "condition" } : { type: "announced", reading: "intent" };
  // "announced they will immediately withdraw from the court": an exit with immediate effect is done as it is announced
  if (immediateExit(trigger, lead, clauseLead, rest)) return { type: trigger.type, reading: "immediate" };
  // ("said Poland would leave the treaty if Russia attacked": a condition after it leaves nothing announced)
  if (ending && (ANNOUNCED.test(clauseLead) || saidStateWould(clauseLead)) && MODALITY.test(lead)) return TRAILING_CONDITION.test(rest) ? { type: null, reading: "condition" } : { type: "announced", reading: "announced" };
  // "Canada will formally withdraw from the Kyoto Protocol, the minister has said": the reporting clause after it
  if (ending && WILL_LEAD.test(lead) && SAID_AFTER.test(rest)) return TRAILING_CONDITION.test(rest) ? { type: null, reading: "condition" } : { type: "announced", reading: "announced" };
  // "Russia agreed to extend the deal for 60 days": the sides' agreement to extend it is the extension
  if (trigger.type === "expanded" && AGREED_TO.test(lead) && !MODALITY.test(lead.replace(AGREED_TO, ""))) return { type: "expanded", reading: "agreed" };
  // "the accord will enter into force on Nov. 4": an entry into force on a schedule (events.ts keeps it, as
  // expected, only when its date is after the report)
  if (trigger.type === "entered_into_force" && SCHEDULED_LEAD.test(lead)) return { type: "entered_into_force", reading: "scheduled" };
  if (MODALITY.test(lead)) return { type: null, reading: "modal" };
  return { type: trigger.type, reading: "stated" };
}
