// Step 2, anaphora: "the deal", "the accord", "the treaty", "it" tied to the salient named
// agreement of the article, with the rule that made the link. Salient: the agreement named last
// within the three sentences before (or earlier in the same sentence) whose kind fits the noun;
// else the one the article names most, when it names it at least twice before.
import type { Span } from "../../pipeline/schemas.js";
import type { AgreementRef } from "./mentions.js";
import { DOMESTIC_COMPLETION, DOMESTIC_PASSAGE } from "../lexicon/agreement-frames.js";
import { INDEFINITE_AGREEMENT } from "../lexicon/agreement-terms.js";

export interface Anaphor extends Span {
  target: AgreementRef;
  /** "definite-np" ("the deal"), "pronoun" ("it"), "possessive" ("Its limits" opening a sentence), "event-noun" ("the signing ceremony"), "act-noun" ("his first withdrawal"),
   * "zero-object" ("the U.S. withdrew in 2018"), "passage" ("the legislation in the UK received Royal Assent") or "cataphor"
   * ("a treaty …" named by the next sentence's opening). */
  rule: string;
}

// "the deal", "this landmark accord", "the nuclear agreement", "the 12-nation pact", "the landmark 2015 global agreement"
// "the U.N.-brokered deal", "the Turkish-mediated accord", "the initiative" (for a named "… Initiative"), "the amendment" (for a
// named "… Amendment"), "the accords" (for an agreement named in the plural, nounFits checks), "the program" (for the
// "Migrant Protection Protocols Program", nounFits: only where the name has that word or the agreement is a migration one)
const DEFINITE = /\b(?:the|this|that)\s+(?:(?:[\w-]+-nation|(?:[\w.]+-)?(?:brokered|backed|led|sponsored|mediated)|landmark|historic|nuclear|climate|trade|peace|international|multilateral|bilateral|global|final|original|[12]\d{3})\s+){0,3}(deal|accord|agreement|treaty|pact|protocol|convention|arrangement|initiative|amendment|program|programme|policy|scheme|accords|agreements|treaties|pacts|deals)\b/gi;
// (and "Its limits took effect in 2016" opening a sentence: the agreement's provisions, its subject)
const PRONOUN = /\bit\b|(?<=(?:^|[.!?]\s+|\n)["“]?)Its(?=\s+(?:(?:main|key|nuclear|core)\s+)?(?:limits|provisions|terms|commitments|obligations|restrictions|rules|caps|curbs)\b)/gi;
// "a trade agreement", "another deal", "an asylum accord with Guatemala": a new agreement brought into the text
const PREDICATE_BEFORE = /\b(?:is|was|are|were|be|been|being|remains|remained|became|become|becomes|seemed|seems|called|calls|call|it|them|as|like|than|such|what)\s*$/i;
const INDEFINITE = new RegExp(INDEFINITE_AGREEMENT, "gi");
// "The signing ceremony on Friday was only an intermediate step": the event noun stands for the act on the
// salient agreement (frames.ts reads its trigger inside it, and only as a past act)
const SIGNING_CEREMONY = /\b(?:the|a|an|this|that)\s+(?:(?:formal|official|grand|public)\s+)?signing\s+ceremony\b/gi;
// "The U.S. withdrew in 2018", "Washington rejoined last year": a one-party act with no object stands on the
// agreement just named (frames.ts keeps it only with a state as its subject)
// (and a state's ratification told without its object: "after Honduras ratified on Saturday", "Jamaica and Nauru submitted
// their ratifications", "became the 50th state to ratify")
// ("Sierra Leone and Morocco deposited their instruments of ratification at the United Nations this week")
// ("the Director-General received the instruments of acceptance from Brazil and Kenya": the depositary's side of it, the states after "from")
// ("Australia confirmed the completion of its domestic processes to the UK on 4 May": its domestic steps done, DOMESTIC_COMPLETION)
const ZERO_OBJECT = new RegExp(String.raw`\b(?:(?:withdrew|pulled out|rejoined|ratified|(?:deposited|submitted|lodged) (?:its|their) (?:ratifications?|instruments? of (?:ratification|accession))|(?<=\b(?:state|country|nation|party|member|signatory) to )ratify)(?=\s*(?:[.,;:]|$)|\s+(?:in|on|last|this|earlier|later|after|before|when|and|but|too|just|only|first|at|with)\b)|(?:received|receives) (?:the |their )?instruments? of (?:ratification|accession|acceptance|approval) from(?=\s+(?:the\s+)?[A-Z]))|\b${DOMESTIC_COMPLETION}\b`, "gi");
// "The enabling legislation in the UK received Royal Assent", "having passed Parliament on 22 November": a state's approval
// told by its law's passage stands on the article's agreement only where the article names one (frames.ts keeps it
// only with one of that agreement's sides named before the verb in its sentence)
const PASSAGE = new RegExp(String.raw`\b(?:${DOMESTIC_PASSAGE})\b`, "gi");
const CATAPHOR_WORDS = /^(?:nuclear|arms|climate|trade|peace|landmark|historic|bilateral|international)$/i;
/** The opening of a sentence up to a name: "The so-called ", "The landmark ", "". */
const NAMED_OPENING = /^[\s"“‘']*(?:the\s+)?(?:(?:so-called|landmark|historic|bilateral|original)\s+){0,2}$/i;
// "His first withdrawal took effect on November 3": a party's leaving named by its noun, its agreement left unsaid
// (not "withdrawal from …", "exit of …": those name what was left)
const ACT_NOUN = /\b(?:the|its|his|her|their|our|this|that)\s+(?:(?:first|second|formal|eventual|earlier|previous)\s+)?(?:withdrawal|exit|pullout)\b(?!\s+(?:from|of)\b)/gi;
/** "the deal with Guatemala", "the agreement between …": a descriptive mention of its own, not an anaphor ("the deal on Nov. 4" is a date, "the deal for another 60 days" a duration, "the agreement to fight climate change" its purpose). */
const OWN_COMPLEMENT = /^\s+(?:with|between|among|on(?!\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d))|to(?!\s+(?:fight|limit|curb|cut|reduce|combat|tackle|slow|halt|stop|prevent|curtail|restrict|ban|end|keep|ease|lower|protect|avert|address)\b)|for(?!\s+(?:(?:another|a further|an additional)\s+)?(?:(?:a|an|one|two|three|four|five|six|ten|\d+)\s+)?(?:more\s+)?(?:days?|weeks?|months?|years?)\b)|that would)\b/i;
/** "Russia said on Saturday it was …", "saying it had": after a verb of saying, "it" is the speaker, not an agreement. */
const SPEAKER_IT = /\b(?:said|says|saying|announced|announces|added|adding|confirmed|warned|insisted|argued|told [\p{L} ]{1,30}?)(?:\s+on\s+\w+)?(?:\s+that)?\s+$/iu;

/** The kinds a subject word before the noun allows: "the climate deal" is no nuclear agreement, "the nuclear treaty" may be an arms-control one. */
const SUBJECT_WORDS: Readonly<Record<string, readonly string[]>> = {
  nuclear: ["nuclear", "arms control"],
  climate: ["climate", "environment"],
  trade: ["trade"],
  peace: ["peace", "security"],
};

/** Whether the noun (and the subject word before it, if any) can stand for the named agreement: a "treaty" is a treaty, a "deal" anything. */
export function nounFits(noun: string, ref: AgreementRef, phrase = ""): boolean {
  for (const w of phrase.toLowerCase().split(/[^a-z]+/)) {
    const kinds = SUBJECT_WORDS[w];
    if (kinds && !kinds.includes(ref.kind ?? "") && !ref.name.toLowerCase().includes(w)) return false;
  }
  // "the accords", "the agreements": a plural stands only for an agreement named in the plural ("Minsk agreements", "Abraham Accords")
  const plural = /(?:accords|agreements|treaties|pacts|deals)$/i.test(noun);
  if (plural && !/(?:s|ies)$/i.test(ref.name.trim())) return false;
  const n = plural ? noun.toLowerCase().replace(/ies$/, "y").replace(/s$/, "") : noun.toLowerCase();
  if (["deal", "agreement", "accord", "pact", "arrangement"].includes(n)) return true;
  if (n === "treaty") return /treat|START|SALT|INF|ABM|convention/i.test(ref.name) || ["arms control", "nuclear", "security", "peace", "EU treaty"].includes(ref.kind ?? "");
  // "the program", "the scheme", "the policy": how reports name a migration arrangement one government runs
  // ("suspended the program in January" of the Migrant Protection Protocols)
  if (["program", "programme", "policy", "scheme"].includes(n) && /\b(?:migration|asylum)\b/.test(ref.kind ?? "")) return true;
  // "the convention" for the Ottawa Treaty the article calls "the Ottawa Convention"
  return ref.name.toLowerCase().includes(n) || ref.text.toLowerCase().includes(n);
}

export function resolveAnaphora(text: string, sentences: readonly Span[], mentions: readonly AgreementRef[]): Anaphor[] {
  // ("the agreement" after "the World Health Organization" is no WHO Constitution: a body named is no antecedent)
  const refs = mentions.filter((r) => r.rule !== "body");
  if (!refs.length) return [];
  const out: Anaphor[] = [];
  const sentenceOf = (at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);
  const salient = (at: number, noun: string | null, phrase = ""): AgreementRef | null => {
    const si = sentenceOf(at);
    const from = si >= 0 ? sentences[Math.max(0, si - 3)].start : 0;
    const recent = refs.filter((r) => r.end <= at && r.start >= from && (!noun || nounFits(noun, r, phrase)));
    if (recent.length) return recent[recent.length - 1];
    if (!noun) return null;
    // the article's main agreement: named at least twice before, more than any other
    const tally = new Map<string, { n: number; ref: AgreementRef }>();
    for (const r of refs.filter((x) => x.end <= at && nounFits(noun, x, phrase))) tally.set(r.name, { n: (tally.get(r.name)?.n ?? 0) + 1, ref: r });
    const ranked = [...tally.values()].sort((a, b) => b.n - a.n);
    if (ranked[0] && ranked[0].n >= 2 && (!ranked[1] || ranked[1].n < ranked[0].n)) return ranked[0].ref;
    // "The agreement, officially signed by 175 countries …" before the name comes: the one registry agreement the article names, twice or more
    const names = new Set(refs.filter((r) => r.rule === "registry").map((r) => r.name));
    const only = refs.find((r) => r.rule === "registry");
    return names.size === 1 && only && nounFits(noun, only, phrase) && refs.filter((r) => r.name === only.name).length >= 2 ? only : null;
  };
  // "Iran signed the JCPOA … Iran and Iraq then signed a trade agreement. The deal took effect …": an indefinite
  // agreement introduced after the name is a new agreement, and a bare "the deal" after it is that one, not the name
  // (unless the indefinite is the name's apposition: "the JCPOA, a landmark agreement", also after the name's acronym
  // in brackets or its closing quote: "the Comprehensive Test Ban Treaty (CTBT), a landmark agreement")
  const newAgreementBetween = (target: AgreementRef, at: number) => {
    const last = refs.filter((r) => r.name === target.name && r.end <= at).pop();
    if (!last) return false;
    INDEFINITE.lastIndex = 0;
    const between = text.slice(last.end, at);
    for (let m = INDEFINITE.exec(between); m; m = INDEFINITE.exec(between)) {
      const appositive = /^[\s)\]"”’']*,\s*$/.test(between.slice(0, m.index)) || refs.some((r) => r.start >= last.end + m!.index && r.start <= last.end + m!.index + m![0].length + 24);
      // "called it a bad deal", "is a good agreement", "better than a war": a predicate or a comparison names no new agreement
      const predicate = PREDICATE_BEFORE.test(between.slice(0, m.index));
      if (!appositive && !predicate) return true;
    }
    return false;
  };
  DEFINITE.lastIndex = 0;
  for (let m = DEFINITE.exec(text); m; m = DEFINITE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start < end && start < r.end) || OWN_COMPLEMENT.test(text.slice(end, end + 40))) continue;
    const candidate = salient(start, m[1], m[0]);
    // a subject word that fits the name ("the nuclear deal") still names it past a new agreement
    const target = candidate && (/\s(?:nuclear|climate|trade|peace)\s/i.test(m[0]) || !newAgreementBetween(candidate, start)) ? candidate : null;
    if (target) out.push({ text: m[0], start, end, target, rule: "definite-np" });
  }
  SIGNING_CEREMONY.lastIndex = 0;
  for (let m = SIGNING_CEREMONY.exec(text); m; m = SIGNING_CEREMONY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // "the signing ceremony of the Paris Agreement": the name itself is the trigger's object
    if (refs.some((r) => r.start < end && start < r.end) || /^\s+(?:of|for)\b/i.test(text.slice(end, end + 6))) continue;
    const target = salient(start, "agreement");
    if (target) out.push({ text: m[0], start, end, target, rule: "event-noun" });
  }
  // "Russia is suspending its participation in a treaty aimed at … . The so-called New START Treaty was signed …":
  // an agreement brought in unnamed is the one the next sentence opens by naming
  INDEFINITE.lastIndex = 0;
  for (let m = INDEFINITE.exec(text); m; m = INDEFINITE.exec(text)) {
    const si = sentenceOf(m.index);
    const next = si >= 0 ? sentences[si + 1] : undefined;
    if (!next || refs.some((r) => r.start >= sentences[si].start && r.end <= sentences[si].end)) continue;
    if (PREDICATE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const named = refs.find((r) => r.rule === "registry" && r.start >= next.start && NAMED_OPENING.test(text.slice(next.start, r.start)));
    const words = m[0].split(/\s+/);
    const noun = words[words.length - 1];
    // (only a bare noun or one with a subject word the name fits: "a trade agreement" is not the Paris Agreement)
    if (named && words.slice(1, -1).every((w) => CATAPHOR_WORDS.test(w)) && nounFits(noun, named, m[0])) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, target: named, rule: "cataphor" });
  }
  ZERO_OBJECT.lastIndex = 0;
  for (let m = ZERO_OBJECT.exec(text); m; m = ZERO_OBJECT.exec(text)) {
    // the agreement named in this sentence before the verb or in the one before, and only one
    const si = sentenceOf(m.index);
    const from = si > 0 ? sentences[si - 1].start : 0;
    const recent = new Set(refs.filter((r) => r.end <= m!.index && r.start >= from).map((r) => r.name));
    if (recent.size !== 1 || refs.some((r) => r.start < m!.index + m![0].length && m!.index < r.end)) continue;
    const target = refs.filter((r) => r.end <= m!.index && r.start >= from).pop()!;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, target, rule: "zero-object" });
  }
  const named = new Set(refs.map((r) => r.name));
  if (named.size === 1) {
    PASSAGE.lastIndex = 0;
    for (let m = PASSAGE.exec(text); m; m = PASSAGE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (refs.some((r) => r.start < end && start < r.end)) continue;
      out.push({ text: m[0], start, end, target: refs.filter((r) => r.start < start).pop() ?? refs[0], rule: "passage" });
    }
  }
  ACT_NOUN.lastIndex = 0;
  for (let m = ACT_NOUN.exec(text); m; m = ACT_NOUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start < end && start < r.end)) continue;
    const target = salient(start, "agreement");
    if (target) out.push({ text: m[0], start, end, target, rule: "act-noun" });
  }
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    // only within the sentence after a name or the same one: "… the treaty, and the Ukrainian parliament has ratified it"
    if (SPEAKER_IT.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    const si = sentenceOf(m.index);
    const from = si > 0 ? sentences[si - 1].start : 0;
    const recent = refs.filter((r) => r.end <= m!.index && r.start >= from);
    const known = out.filter((a) => a.end <= m!.index && a.start >= from);
    const last = [...recent.map((r) => ({ at: r.start, ref: r })), ...known.map((a) => ({ at: a.start, ref: a.target }))].sort((a, b) => a.at - b.at).pop();
    if (last) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, target: last.ref, rule: /^its$/i.test(m[0]) ? "possessive" : "pronoun" });
  }
  return out.sort((a, b) => a.start - b.start);
}
