// Verbs and phrases that introduce what someone said, with the tense forms news uses.
// `speech` verbs take a clause straight after them ("Hill said there are …"); the others need
// "that" or a clause-looking continuation before their object counts as reported content
// ("announced that …" is a claim, "announced a plan" is not).

export interface ReportingVerb {
  lemma: string;
  forms: string[];
  /** Takes a bare clause: "X said the deal is done". */
  speech: boolean;
}

const v = (lemma: string, forms: string[], speech = false): ReportingVerb => ({ lemma, forms, speech });

export const REPORTING_VERBS: readonly ReportingVerb[] = [
  v("say", ["said", "says", "say", "saying"], true),
  v("tell", ["told", "tells", "tell", "telling"], true),
  v("add", ["added", "adds", "adding"]),
  v("note", ["noted", "notes", "noting"]),
  v("stress", ["stressed", "stresses", "stressing"]),
  v("warn", ["warned", "warns", "warning"]),
  v("announce", ["announced", "announces", "announcing"]),
  v("argue", ["argued", "argues", "argue", "arguing"]),
  v("claim", ["claimed", "claims", "claiming"]),
  v("insist", ["insisted", "insists", "insisting"]),
  v("acknowledge", ["acknowledged", "acknowledges", "acknowledging"]),
  v("explain", ["explained", "explains", "explaining"]),
  v("state", ["stated", "states", "stating"]),
  v("declare", ["declared", "declares", "declaring"]),
  v("assert", ["asserted", "asserts", "asserting"]),
  v("confirm", ["confirmed", "confirms", "confirming"]),
  v("deny", ["denied", "denies", "denying"]),
  v("emphasize", ["emphasized", "emphasizes", "emphasizing", "emphasised", "emphasises", "emphasising"]),
  v("report", ["reported", "reports", "reporting"]),
  v("maintain", ["maintained", "maintains", "maintaining"]),
  v("contend", ["contended", "contends", "contend", "contending"]),
  v("predict", ["predicted", "predicts", "predicting"]),
  v("suggest", ["suggested", "suggests", "suggesting"]),
  v("write", ["wrote", "writes", "writing"]),
  v("reiterate", ["reiterated", "reiterates", "reiterating"]),
  v("concede", ["conceded", "concedes", "conceding"]),
  v("admit", ["admitted", "admits", "admitting"]),
  v("allege", ["alleged", "alleges", "alleging"]),
  v("testify", ["testified", "testifies", "testifying"]),
  v("recall", ["recalled", "recalls", "recalling"]),
  v("estimate", ["estimated", "estimates", "estimate", "estimating"]),
  v("caution", ["cautioned", "cautions", "cautioning"]),
  v("observe", ["observed", "observes", "observing"]),
  v("remark", ["remarked", "remarks"]),
  v("point out", ["pointed out", "points out", "pointing out"]),
  v("believe", ["believes", "believed", "believe"]),
  // belief verbs take a bare clause when one follows: "Analysts think the deal will close"
  v("think", ["thinks", "think", "thought"]),
  v("expect", ["expects", "expect", "expected"]),
  v("fear", ["fears", "fear", "feared"]),
  v("doubt", ["doubts", "doubted"]),
  v("complain", ["complained", "complains", "complaining"]),
  v("promise", ["promised", "promises", "promising"]),
  v("vow", ["vowed", "vows", "vowing"]),
  v("pledge", ["pledged", "pledges", "pledging"]),
  v("threaten", ["threatened", "threatens"]),
  v("tweet", ["tweeted", "tweets", "tweeting"], true),
  v("post", ["posted"]),
  v("ask", ["asked", "asks"]),
  v("reply", ["replied", "replies"], true),
  v("respond", ["responded", "responds"]),
  v("continue", ["continued", "continues"]),
  v("conclude", ["concluded", "concludes"]),
  v("urge", ["urged", "urges"]),
  v("joke", ["joked", "jokes"]),
  v("quip", ["quipped"]),
  v("exclaim", ["exclaimed"]),
  v("counter", ["countered", "counters"]),
  v("assure", ["assured", "assures", "assuring"]),
  v("agree", ["agreed", "agrees"]),
  v("mention", ["mentioned", "mentions"]),
  v("reveal", ["revealed", "reveals"]),
  v("disclose", ["disclosed", "discloses"]),
  v("indicate", ["indicated", "indicates"]),
  v("signal", ["signaled", "signalled", "signals"]),
  v("hint", ["hinted", "hints"]),
  v("forecast", ["forecast", "forecasts"]),
  v("speculate", ["speculated", "speculates"]),
  v("remind", ["reminded", "reminds"]),
  v("underscore", ["underscored", "underscores"]),
  v("underline", ["underlined", "underlines"]),
  v("lament", ["lamented", "laments"]),
  v("boast", ["boasted", "boasts"]),
  v("shout", ["shouted", "shouts", "shouting"]),
  v("yell", ["yelled", "yells", "yelling"]),
  v("scream", ["screamed", "screams"]),
  v("chant", ["chanted", "chants", "chanting"]),
  v("beam", ["beamed"]),
  v("gush", ["gushed"]),
  v("snap", ["snapped"]),
  v("retort", ["retorted", "retorts"]),
  v("fire back", ["fired back", "fires back"]),
  v("shoot back", ["shot back", "shoots back"]),
  v("recount", ["recounted", "recounts"]),
  v("comment", ["commented"]),
  // a sign, a banner, a message or a document "read(s)" its quoted words
  v("read", ["read", "reads"]),
  v("whisper", ["whispered", "whispers"]),
  v("scoff", ["scoffed", "scoffs"]),
  v("laugh", ["laughed", "laughs"]),
  v("sigh", ["sighed", "sighs"]),
  v("answer", ["answered", "answers"]),
  v("muse", ["mused", "muses"]),
  v("plead", ["pleaded", "pleads"]),
  v("demand", ["demanded", "demands"]),
  v("proclaim", ["proclaimed", "proclaims"]),
];

/** Verbs that only ever introduce a direct quote, never a that-clause we trust ("asked", "joked"). */
export const QUOTE_ONLY_LEMMAS: ReadonlySet<string> = new Set([
  "ask", "reply", "respond", "continue", "conclude", "urge", "joke", "quip", "exclaim", "counter", "post", "remark",
  "shout", "yell", "whisper", "scoff", "laugh", "sigh", "answer", "muse", "plead", "demand", "agree",
  "scream", "chant", "beam", "gush", "snap", "retort", "fire back", "shoot back", "read", "comment",
]);

/** Participles that hang a claim off the main clause's subject: "…, saying that …". */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  REPORTING_VERBS.flatMap((r) => r.forms.filter((f) => /ing(?: out)?$/.test(f))),
);

/** Phrases that give the source after or before the content: "according to X". */
export const SOURCE_PHRASES: readonly string[] = ["according to", "as reported by", "in the words of"];

/** Verbs that put a quote in someone's mouth without reporting it: "met to discuss “…”". */
export const TOPIC_VERBS: readonly string[] = [
  "discuss", "discussed", "discussing", "called for", "calls for", "described", "describes", "called",
  "calls", "dismissed", "praised", "criticized", "criticised", "condemned", "welcomed", "spoke of",
  "talked about", "pledged", "vowed", "promised", "urged",
];

/** Verbs whose object a quoted fragment characterizes: "called Trump a “liar”", "branded it an “outlaw nation”". */
export const CHARACTERIZING_VERBS: readonly string[] = [
  "called", "calls", "call", "described", "describes", "describe", "branded", "brands", "labeled", "labelled",
  "labels", "dubbed", "dubs", "likened", "likens", "compared", "compares", "rated", "rates",
  // participles after the subject's main verb: "…, calling him a “loser”"
  "calling", "describing", "labeling", "labelling", "branding", "dubbing", "likening", "comparing",
];

/** Verbs that characterize their object only with "as": "condemned the test as “reckless”". */
export const AS_VERBS: readonly string[] = [
  "condemned", "condemns", "denounced", "denounces", "blasted", "blasts", "slammed", "slams", "criticized",
  "criticised", "criticizes", "praised", "praises", "hailed", "hails", "dismissed", "dismisses", "derided",
  "derides", "mocked", "mocks", "characterized", "characterised", "characterizes", "portrayed", "portrays",
  "touted", "touts", "welcomed", "welcomes", "rejected", "rejects",
  "referred to", "refers to", "referring to", "characterizing", "characterising", "condemning", "denouncing",
  "blasting", "slamming", "dismissing", "deriding", "mocking", "praising", "hailing", "portraying",
];

/** Words that can sit between a speaker and the verb: "McAleenan has also said". */
export const AUXILIARIES: readonly string[] = [
  "has", "have", "had", "also", "already", "later", "earlier", "previously", "repeatedly", "again",
  "then", "would", "will", "did", "does", "do", "has since", "once", "often", "publicly", "privately",
  "recently", "separately", "initially", "subsequently", "further", "flatly", "bluntly", "simply",
  "reportedly", "has long", "long",
];

/** Adverbials allowed between the verb and "that" or a colon: "said in a statement on Friday that". */
export const VERB_ADVERBIALS = /^(?:\s*,?\s*(?:in|on|at|during|after|before|last|this|to|earlier|later|late|on|via|through|from|while|when|over|about)\b[^,.;:“”"«»]{0,60}?)?\s*,?\s*$/;

const FORM_TO_LEMMA = new Map<string, ReportingVerb>();
for (const r of REPORTING_VERBS) for (const f of r.forms) FORM_TO_LEMMA.set(f, r);

/** The verb entry for a surface form ("told" → tell), or undefined. */
export function reportingVerb(form: string): ReportingVerb | undefined {
  return FORM_TO_LEMMA.get(form.toLowerCase());
}

/** Every surface form, longest first, for building a regex alternation. */
export const REPORTING_FORMS: readonly string[] = [...FORM_TO_LEMMA.keys()].sort((a, b) => b.length - a.length);

/** Words that mark a claim as hedged: modal, conditional or expected. */
// "may" only in lower case: "in May" is a month
export const HEDGES = /\b(?:[Cc]ould|[Ww]ould|[Mm]ight|may|[Ee]xpected to|[Ee]xpects? to|[Ii]f|[Uu]nless|[Ll]ikely|[Pp]ossibly|[Pp]robably|[Pp]erhaps|[Pp]otential(?:ly)?|[Rr]eportedly)\b/;

/** Who someone "told": "told reporters", "told shareholders". */
export const TELL_AUDIENCES: readonly string[] = [
  "reporters", "journalists", "lawmakers", "legislators", "senators", "members", "supporters", "shareholders",
  "investors", "analysts", "delegates", "voters", "students", "employees", "workers", "staff", "officials",
  "leaders", "residents", "viewers", "listeners", "readers", "followers", "colleagues", "donors", "diplomats",
  "parliament", "congress",
];

/** Places or bodies someone "told" as "the …": "told the committee", "told the paper". */
export const TELL_THE: readonly string[] = [
  "press", "media", "audience", "crowd", "committee", "court", "jury", "newspaper", "paper", "station", "outlet",
  "broadcaster", "agency", "conference", "summit", "council", "senate", "house", "assembly", "parliament",
  "congress", "rally", "gathering", "hearing", "briefing", "interviewer", "room", "board", "panel", "meeting",
  "magazine", "network", "radio", "program", "programme", "show",
];

/** Words that open an adverbial between the verb and its content: "said in a statement that". */
export const ADVERBIAL_OPENERS: readonly string[] = [
  "in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later", "late", "via", "through",
  "over", "from", "while", "when", "shortly", "again", "also", "publicly", "privately", "repeatedly", "recently",
  "previously", "yesterday", "today", "tonight",
];

export const WEEKDAY_NAMES: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Finite auxiliaries that show a bare clause: "warned the plant will close". */
export const FINITE_AUXILIARIES: readonly string[] = [
  "is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "has",
  "have", "had", "did", "does", "do", "remains", "remained", "needs", "needed",
];

/** Nouns that carry a claim after a possessive: "the ministry's announcement that …". */
export const CLAIM_NOUNS: readonly string[] = [
  "statement", "statements", "announcement", "claim", "claims", "assertion", "argument", "view", "belief",
  "contention", "warning", "insistence", "suggestion", "prediction", "promise", "pledge", "admission",
  "assurance", "remark", "remarks", "declaration", "testimony", "conclusion", "finding", "estimate", "forecast",
  "allegation", "accusation", "complaint", "threat", "denial", "report", "acknowledgment", "acknowledgement",
  "position", "expectation", "comments", "comment", "assessment", "confirmation", "disclosure", "boast", "vow",
];

/** Nouns after "in X's …," that make the rest of the sentence X's claim: "In Ms. Ong's view, …". */
export const VIEW_NOUNS: readonly string[] = ["view", "opinion", "estimation", "assessment", "judgment", "judgement", "reckoning", "telling", "account"];

/** Main-clause verbs that end a noun cue's content: "X's statement that the bill was late drew fire". */
export const CLAUSE_BREAK_VERBS: ReadonlySet<string> = new Set([
  "drew", "draws", "caused", "causes", "came", "comes", "prompted", "prompts", "sparked", "sparks", "triggered",
  "triggers", "added", "adds", "caught", "angered", "angers", "surprised", "surprises", "rattled", "rattles", "sent",
  "sends", "left", "leaves", "raised", "raises", "fueled", "fuelled", "fuels", "contradicted", "contradicts", "was",
  "is", "were", "are", "has", "have", "had", "helped", "helps", "led", "leads", "made", "makes", "marked", "marks",
  "underscored", "underscores", "appeared", "appears", "seemed", "seems", "followed", "follows", "reflected",
  "reflects", "undercut", "undercuts", "boosted", "boosts", "hit", "weighed", "weighs", "alarmed", "stunned",
  "shocked", "reassured", "calmed", "eased", "lifted", "dented", "puzzled", "met", "meets", "drove", "drives",
  "pushed", "pushes", "put", "puts", "took", "takes", "won", "wins", "cast", "casts", "spooked", "unsettled",
]);

/** Verbs of an impersonal passive with no source: "It was announced Tuesday that …". */
export const IMPERSONAL_PASSIVES: readonly string[] = [
  "announced", "reported", "said", "confirmed", "disclosed", "revealed", "understood", "learned", "learnt",
  "claimed", "alleged", "believed", "thought", "expected", "rumored", "rumoured", "decided", "agreed", "stated",
];
