// Step 1, mentions of agreements known by name: registry names and aliases ("the JCPOA", "New
// START", "the Paris climate accord") and open-world proper names ("the Treaty of Friendship",
// "the Sochi Memorandum"). Descriptive mentions ("an asylum agreement with Guatemala") are the
// bilateral step's (bilateral.ts).
import type { Span } from "../../pipeline/schemas.js";
import { countryOf } from "../lexicon/countries.js";
import type { AgreementIndex, KnownAgreement } from "./registry.js";

export interface AgreementRef extends Span {
  /** The canonical name (registry) or the proper name as written (open world). */
  name: string;
  kind: string | null;
  /** The registry's fixed parties; empty for open treaties and open-world names. */
  parties: string[];
  /** "registry", "body" (a body the registry treaty founds: "the ICC") or "proper-name": the rule that found it. */
  rule: string;
  /** A registry treaty open to every state to sign or join state by state (the registry's `open`). */
  open?: boolean;
}

const HEADS = "Treaty|Treaties|Agreement|Agreements|Accord|Accords|Protocol|Pact|Memorandum of Understanding|Memorandum|Compact|Convention";
// "the Treaty of Friendship", "the Sochi Memorandum", "the Strategic Partnership Agreement", "the Hanoi Convention"
// (the title's tail after the head, "on …", "against …", "No. 190", is titleTail's)
const PROPER = new RegExp(`\\b(?:(?:[A-Z][\\w’'.-]*|of|on|for|and|the)[^\\S\\n]+){0,6}?(?:${HEADS})\\b`, "g");
/** A sentence's end inside the capitalised words before a head: "… on Thursday. The Framework Convention". */
const SENTENCE_END_BEFORE = /^.*(?:^|\s)\p{L}*\p{Ll}\p{L}+\.\s+/u;
/**
 * Before the title proper, words that are not the title's: a state ("the withdrawal of the Russian Federation of the
 * European Convention …"), an event held on the treaty ("High-level Conference of the United Nations Convention …"),
 * a headline's words up to "for"/"on"/"to" ("Two Roads for Hong Kong Convention"): group 1, then the small word.
 */
const OWNER_BEFORE_TITLE = /^(.+?)\s+(of|for|on|to|For|On|To)\s+(?:the\s+)?(?=\p{Lu})/u;
const EVENT_NOUN = /\b(?:Conference|Summit|Meeting|Session|Ceremony|Forum|Talks|Signing)$/;
/** Where the title begins in capitalised words before a head noun (see OWNER_BEFORE_TITLE). */
function titleStart(words: string): number {
  let at = words.match(SENTENCE_END_BEFORE)?.[0].length ?? 0;
  for (let m = words.slice(at).match(OWNER_BEFORE_TITLE); m; m = words.slice(at).match(OWNER_BEFORE_TITLE)) {
    if (m[2] === "of" && !countryOf(m[1]) && !EVENT_NOUN.test(m[1])) break;
    at += m[0].length;
  }
  return at;
}

// ---- an official title's tail after its head noun: "Convention No. 190", "Convention against Cybercrime", "Framework
// Convention on Artificial Intelligence and Human Rights, Democracy and the Rule of Law", "Treaty of Good Neighbourliness"
/** "No. 190", "No 87", "190" (up to three digits: four are a year; "the Convention 150 states …" is a count): a numbered convention. */
const TITLE_NUMBER = /^[^\S\n]+(?:No\.?[^\S\n]?)?\d{1,3}\b(?![^\S\n]+(?:states|countries|nations|members|parties|signatories|governments)\b)/u;
/** The preposition opening the tail, and the first word of its subject: capitalised, as a title writes it. */
const TITLE_TAIL_OPEN = /^[^\S\n]+(of|on|against|for|concerning|relating to)[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}\d’'-]*)/u;
/** One more word of a capitalised title: a capitalised word, past small words ("of", "and the", "or"). */
const TITLE_TAIL_WORD = /^[^\S\n]+((?:(?:and|or|of|the|for|on|against)[^\S\n]+)*)(\p{Lu}[\p{L}\d’'-]*)/u;
/** "…, Democracy and the Rule of Law": a comma inside a title, before a list that closes with "and"/"or" and a capitalised word. */
const TITLE_TAIL_LIST = /^,[^\S\n]+((?:\p{Lu}[\p{L}\d’'-]*[^\S\n]+){1,3}(?:and|or)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}\d’'-]*)(?:[^\S\n]+(?:of|and|the)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}[\p{L}\d’'-]*)*)/u;
/** Words after "on" that tell when, not what: "the convention on Tuesday", "the Treaty on June 5". */
const WHEN_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
/**
 * A subject written in lower case after a capitalised title ("the Framework Convention on artificial intelligence and
 * human rights, democracy, and the rule of law was …"): lower-case words, "and", list commas, that a clause boundary
 * closes (a stop, a comma, a bracket, an auxiliary or "which"/"that"). Anything else closing the run ("… on
 * cybercrime on Saturday", "… on trade with Peru", "… on climate change entered into force") and it is no title.
 */
const LOWER_TAIL = /^[^\S\n]+(?:on|against|concerning)[^\S\n]+((?:the[^\S\n]+)?\p{Ll}[\p{Ll}-]*(?:(?:[^\S\n]+|,[^\S\n]+)\p{Ll}[\p{Ll}-]*){0,11})(?=[.;:()\n]|,(?![^\S\n]+\p{Ll})|$|[^\S\n]+(?:was|were|is|are|has|have|had|will|would|could|should|may|must|can|shall|which|that)\b)/u;
/** Words that open a phrase of their own, not a word of a title's subject. */
const NOT_SUBJECT_WORD = /^(?:in|at|with|by|from|to|into|on|onto|after|before|since|during|under|over|between|among|as|a|an|this|these|its|their|his|her|our|was|were|is|are|has|have|had|will|would|could|should|may|must|can|shall|which|that|who|it|they|he|she|we|not|\p{Ll}+ed|\p{Ll}+ly)$/u;

/**
 * The length of a title's tail after its head noun at `end` (0 for none): "No. N", then a preposition and a capitalised
 * subject phrase up to the first lower-case word that is not a small word of a title ("and", "of the") or up to a
 * comma that does not open a closed list, on the same line. A day, a month ("the convention on Tuesday") or a state
 * after "for" ("entered into force for Latvia": for whom) is no subject; a state's name after a small word ends the
 * title ("the Convention against Torture and Russia's …", "…, China and Russia signed"), and so does "in" ("… in
 * Hanoi": where). A lower-case subject is LOWER_TAIL's.
 */
export function titleTail(text: string, end: number): number {
  const rest = text.slice(end, end + 240);
  let at = rest.match(TITLE_NUMBER)?.[0].length ?? 0;
  const lower = rest.slice(at).match(LOWER_TAIL);
  if (lower && !lower[1].split(/[\s,]+/).some((w) => NOT_SUBJECT_WORD.test(w))) return at + lower[0].length;
  const open = rest.slice(at).match(TITLE_TAIL_OPEN);
  if (!open || WHEN_WORD.test(open[2]) || (open[1] !== "of" && countryOf(open[2]))) return at;
  at += open[0].length;
  // (where the words after the last small words began: "… on Glaciers and the Framework Convention on Rivers" is two
  // titles, a head noun in the tail opens the next one)
  let run = at;
  for (let guard = 0; guard < 20; guard++) {
    const here = rest.slice(at);
    const word = here.match(TITLE_TAIL_WORD);
    if (word && PROPER_HEADS.includes(word[2])) return run;
    if (word && !WHEN_WORD.test(word[2]) && !(word[1] && countryOf(word[2]))) {
      if (word[1]) run = at;
      at += word[0].length;
      continue;
    }
    const list = here.match(TITLE_TAIL_LIST);
    if (list && !list[1].split(/\s+(?:and|or|of|the)\s+|\s+/).some((w) => countryOf(w) || PROPER_HEADS.includes(w))) {
      at += list[0].length;
      continue;
    }
    break;
  }
  return at;
}
// (every match holds one of the head words as written: a text with none is not scanned, the pattern being tried at every word)
const PROPER_HEADS = HEADS.split("|");
const LEADING = /^(?:(?:The|A|An|This|That|Its|Their|His|Her|Under|In|After|Before|Since|When|While|And|But|Both|of|on|for|and|the)\s+)+/;

/** A head noun right after a registry name, with a kind word or two before it: "New START treaty", "USMCA trade deal". */
const TRAILING_HEAD = /^\s+(?:(?:peace|trade|free[- ]trade|nuclear|arms|arms[- ]control|missile|climate|ceasefire|cease-fire|security|border)\s+){0,2}(?:agreements?|accords?|deal|treaty|pact|protocol)\b/i;

const INDEFINITE_BEFORE = /\b(?:a|an|another|one|any|new)\s+$/i;

/** Proper names that are no agreement: party conventions, bodies named after an accord. */
const NOT_AN_AGREEMENT = /\b(?:National Convention|Constitutional Convention|Government of National Accord|Party of|Movement for|(?:Democratic|Republican|Labou?r|Conservative|Liberal|Libertarian|Green|Party|Annual|Comic|Baptist|Church)\s+Convention|Convention\s+(?:and\s+Exhibition\s+)?(?:Cent(?:er|re)|Hall|Bureau))\b/;
/**
 * After a proper name, the words that make it a modifier of what follows, not an agreement: "the Warsaw Treaty
 * Organization" (the alliance), "six Warsaw Treaty states", "Paris Pact members".
 */
const NAME_AS_MODIFIER = /^\s+(?:Organi[sz]ations?|states|countries|nations|members|signatories|allies|forces|armies)\b/i;

// ---- descriptions the registry spells out: "nuclear deal with Iran", "Iran nuclear deal" → the
// definite "the nuclear deal" in a sentence that names Iran and no other country is that agreement (in a
// sentence naming none the description fits, the one agreement it fits among the article's countries)
const DESC_WITH = /^(?:the )?([a-z][\w-]*(?: [a-z][\w-]*)?) (?:deal|agreement|accord|pact|treaty) with (?:the )?(.+)$/;
const DESC_BEFORE = /^(\S+) ([a-z][\w-]*(?: [a-z][\w-]*)?) (?:deal|agreement|accord|pact|treaty)$/;
interface Descriptions {
  re: RegExp | null;
  /** "nuclear|Iran" → the agreement; null where two agreements share the description. */
  byKey: Map<string, KnownAgreement | null>;
}
const descriptionCache = new WeakMap<AgreementIndex, Descriptions>();
function descriptionsOf(index: AgreementIndex): Descriptions {
  const cached = descriptionCache.get(index);
  if (cached) return cached;
  const byKey = new Map<string, KnownAgreement | null>();
  for (const a of index.all) {
    for (const form of [a.name, ...a.aliases]) {
      const w = form.match(DESC_WITH);
      const b = w ? null : form.match(DESC_BEFORE);
      const country = w ? countryOf(w[2]) : b ? countryOf(b[1]) : null;
      const modifier = (w?.[1] ?? b?.[2])?.toLowerCase();
      if (!country || !modifier) continue;
      const key = `${modifier}|${country}`;
      const had = byKey.get(key);
      byKey.set(key, had === undefined || had?.name === a.name ? a : null);
    }
  }
  const modifiers = [...new Set([...byKey.keys()].map((k) => k.split("|")[0]))].sort((x, y) => y.length - x.length);
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[-\s]/g, "[-\\s]");
  const re = modifiers.length ? new RegExp(`\\b(?:the|this|that)\\s+(?:(?:\\d{4}|landmark|historic|international|multilateral|controversial)\\s+)?(${modifiers.map(esc).join("|")})\\s+(?:deal|agreement|accord|pact|treaty)\\b(?!\\s+(?:with|between|among)\\b)`, "gi") : null;
  const out = { re, byKey };
  descriptionCache.set(index, out);
  return out;
}

/** The countries a sentence names (a word, or two or three capitalised words: "North Korea"). */
function sentenceCountries(sentence: string): Set<string> {
  const words = sentence.match(/[\p{L}][\p{L}’'.-]*/gu) ?? [];
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const form = words.slice(i, i + n).join(" ");
      if (n > 1 && !/^\p{Lu}/u.test(words[i + n - 1])) break;
      const c = /^\p{Lu}/u.test(form) ? countryOf(form) : null;
      if (c) found.add(c);
    }
  }
  return found;
}

function describedMentions(text: string, index: AgreementIndex, taken: readonly Span[]): AgreementRef[] {
  const { re, byKey } = descriptionsOf(index);
  if (!re) return [];
  const out: AgreementRef[] = [];
  let articleCountries: Set<string> | undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((r) => r.start < end && start < r.end)) continue;
    const from = Math.max(text.lastIndexOf(".", start), text.lastIndexOf("\n", start), text.lastIndexOf("?", start), text.lastIndexOf("!", start)) + 1;
    const stop = text.slice(end).search(/[.?!\n]/);
    const countries = sentenceCountries(text.slice(from, stop < 0 ? text.length : end + stop));
    const modifier = m[1].toLowerCase().replace(/[-\s]+/g, " ");
    // "When the US left, the nuclear deal was terminated" in a page about Iran: where its sentence names no
    // country the description fits, the one agreement it fits among all the article's countries
    let agreement = countries.size === 1 ? byKey.get(`${modifier}|${[...countries][0]}`) : undefined;
    if (!agreement && ![...countries].some((c) => byKey.has(`${modifier}|${c}`))) {
      articleCountries ??= sentenceCountries(text);
      const fits = new Set([...articleCountries].map((c) => byKey.get(`${modifier}|${c}`)).filter((a) => a !== undefined));
      agreement = fits.size === 1 ? [...fits][0] : undefined;
    }
    if (!agreement) continue;
    out.push({ text: m[0], start, end, name: agreement.name, kind: agreement.kind, parties: [...agreement.parties].sort(), rule: "registry", ...(agreement.open ? { open: true } : {}) });
  }
  return out;
}

// ---- agreements named after the place they were concluded ("Paris Agreement", "Kyoto Protocol", "Dayton
// Agreement"): "the climate accord reached in Paris" is that agreement when its kind word agrees with the registry's
const PLACE_NAMED = /^((?:\p{Lu}[\p{L}-]+\s+){1,2})(?:Agreements?|Accords?|Protocol|Treaty|Memorandum|Declaration)$/iu;
const KIND_WORDS: Readonly<Record<string, string>> = { climate: "climate", peace: "peace", ceasefire: "peace", "cease-fire": "peace", nuclear: "nuclear", "arms control": "arms control", "arms-control": "arms control", trade: "trade", "free trade": "trade", "free-trade": "trade" };
// (found by its kind word and head, the rarer words, then the determiner before it: scanning every "the" costs more)
const PLACED = /\b(climate|peace|ceasefire|cease-fire|nuclear|arms[- ]control|trade|free[- ]trade)\s+(?:agreements?|accords?|deal|treaty|pact|protocol)\b(?=\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:(?:reached|signed|adopted|struck|sealed|concluded|agreed|negotiated|clinched)\s+)?(?:in|at)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))/gi;
const PLACED_DETERMINER = /\b(?:the|this|that)\s+(?:(?:landmark|historic|international|global|\d{4})\s+)?$/i;
/**
 * Per index, made once: each key an agreement has (keyOf, null for none) to that agreement, or to null where two
 * agreements share the key.
 */
function keyedOnce(cache: WeakMap<AgreementIndex, Map<string, KnownAgreement | null>>, index: AgreementIndex, keyOf: (a: KnownAgreement) => string | null): Map<string, KnownAgreement | null> {
  const cached = cache.get(index);
  if (cached) return cached;
  const byKey = new Map<string, KnownAgreement | null>();
  for (const a of index.all) {
    const key = keyOf(a);
    if (key !== null) byKey.set(key, byKey.has(key) && byKey.get(key)?.name !== a.name ? null : a);
  }
  cache.set(index, byKey);
  return byKey;
}
const placeCache = new WeakMap<AgreementIndex, Map<string, KnownAgreement | null>>();
const placesOf = (index: AgreementIndex) =>
  keyedOnce(placeCache, index, (a) => {
    const place = a.name.match(PLACE_NAMED)?.[1].trim();
    return !place || countryOf(place) ? null : `${place}|${a.kind}`; // "Colombian peace agreement", a country's name: no place
  });

function placedMentions(text: string, index: AgreementIndex, taken: readonly Span[]): AgreementRef[] {
  const out: AgreementRef[] = [];
  const places = placesOf(index);
  PLACED.lastIndex = 0;
  for (let m = PLACED.exec(text); m; m = PLACED.exec(text)) {
    const det = text.slice(Math.max(0, m.index - 40), m.index).match(PLACED_DETERMINER);
    if (!det) continue;
    const start = m.index - det[0].length;
    const end = m.index + m[0].length;
    if (taken.some((r) => r.start < end && start < r.end)) continue;
    const kind = KIND_WORDS[m[1].toLowerCase().replace(/\s+/g, " ")];
    // "in Camp David", or the place's first word ("in Paris on Saturday")
    const words = m[2].split(/\s+/);
    const agreement = places.get(`${m[2]}|${kind}`) ?? places.get(`${words[0]}|${kind}`);
    if (!agreement) continue;
    out.push({ text: m[0], start, end, name: agreement.name, kind: agreement.kind, parties: [...agreement.parties].sort(), rule: "registry", ...(agreement.open ? { open: true } : {}) });
  }
  return out;
}

/** A "name" of subject and quality words and a head only: "Climate Agreement", "Nuclear Deal", "Global Trade Pact" (not "Dutch Climate Agreement"). */
const GENERIC_NAME = /^(?:(?:climate|trade|free|nuclear|peace|arms|control|global|international|landmark|historic|new|final|interim|bilateral|multilateral|security|economic|migration|asylum|the)\s+)+(?:agreements?|accords?|deals?|treaty|treaties|pacts?|protocols?|conventions?)$/i;

/** The head noun of a body's name, the word a report uses for it later: "court" (International Criminal Court), "community" (Economic Community of …). */
function bodyHeads(agreement: KnownAgreement): string[] {
  const heads = (agreement.bodies ?? []).filter((b) => /\s/.test(b)).map((b) => (b.split(/\s+of\s+/i)[0].trim().split(/\s+/).pop() ?? "").toLowerCase());
  return [...new Set(heads.filter((w) => /^[a-z]{4,}$/.test(w)))];
}

/** How far after a body's name its bare head still stands for it. */
const BODY_HEAD_REACH = 1500;
/** "the court of appeal", "the Court Martial": a head that opens a name of its own; "the court's rules": an attribute of the body. */
const HEAD_OWN_NAME_AFTER = /^(?:\s+of\b|\s+[A-Z]|['’]s\b)/;

/**
 * "the court" for the International Criminal Court named before it: the definite head of a body's name stands for that
 * body (and, as a body, only for leaving or joining its treaty, frames.ts) within reach of the name, unless another body
 * with the same head was named in between.
 */
function bodyHeadMentions(text: string, bodies: readonly { ref: AgreementRef; heads: readonly string[] }[]): AgreementRef[] {
  const heads = [...new Set(bodies.flatMap((b) => b.heads))];
  if (!heads.length) return [];
  const out: AgreementRef[] = [];
  const definite = new RegExp(`\\bthe\\s+(${heads.join("|")})\\b`, "gi");
  for (let m = definite.exec(text); m; m = definite.exec(text)) {
    const end = m.index + m[0].length;
    if (HEAD_OWN_NAME_AFTER.test(text.slice(end, end + 3))) continue;
    const head = m[1].toLowerCase();
    const before = bodies.filter((b) => b.ref.end <= m!.index && b.heads.includes(head));
    const last = before[before.length - 1];
    if (!last || m.index - last.ref.end > BODY_HEAD_REACH) continue;
    out.push({ ...last.ref, text: m[0], start: m.index, end });
  }
  return out;
}

// ---- a registry name without the sides it begins with: "the Safe Third Country Agreement" for the
// "Canada–US Safe Third Country Agreement", in an article that names both sides
const SIDES_PREFIX = /^([\p{L}.]+(?:\s[\p{L}.]+)?)[–-](\S+)\s+(.+)$/u;
/** The name after its two sides ("Canada–US", "US–El Salvador"), or null when it does not begin with two countries. */
function afterSides(name: string): string | null {
  const m = name.match(SIDES_PREFIX);
  if (!m || !countryOf(m[1])) return null;
  if (countryOf(m[2])) return m[3];
  const two = m[3].match(/^(\S+)\s+(.+)$/); // a two-word second side: "El Salvador"
  return two && countryOf(`${m[2]} ${two[1]}`) ? two[2] : null;
}
const tailCache = new WeakMap<AgreementIndex, Map<string, KnownAgreement | null>>();
const tailsOf = (index: AgreementIndex) =>
  keyedOnce(tailCache, index, (a) => {
    const tail = a.parties.length === 2 ? afterSides(a.name) : null;
    return tail && /\s/.test(tail) ? tail.toLowerCase() : null;
  });

/**
 * A proper name that is a registry name without its sides ("Safe Third Country Agreement" for "Canada–US Safe
 * Third Country Agreement"): that agreement, when only one registry name ends so and the article names both its
 * sides; else null ("the Safe Third Country Agreement" of a report on two other countries stays its own name).
 */
export function registryTail(name: string, index: AgreementIndex, articleCountries: () => ReadonlySet<string>): KnownAgreement | null {
  const hit = tailsOf(index).get(name.toLowerCase());
  if (!hit) return null;
  const named = articleCountries();
  return hit.parties.every((p) => named.has(p)) ? hit : null;
}

/** An acronym in brackets right after a name, quoted or not: 'the Safe Third Country Agreement ("STCA")', "… Agreement (AFA)". */
const NAME_ACRONYM = /^\s*\(\s*["“'‘]?(\p{Lu}[\p{Lu}\d]{1,9})["”'’]?\s*\)/u;

/**
 * 'the Safe Third Country Agreement ("STCA") … expanded the STCA': an acronym a text defines in brackets right after
 * an agreement's name stands for that agreement from there on, up to where the text defines it again on another name.
 */
export function acronymMentions(text: string, named: readonly AgreementRef[]): AgreementRef[] {
  const defs: { acronym: string; from: number; ref: AgreementRef }[] = [];
  for (const r of named) {
    const d = NAME_ACRONYM.exec(text.slice(r.end, r.end + 24));
    if (d) defs.push({ acronym: d[1], from: r.end + d[0].length, ref: r });
  }
  const out: AgreementRef[] = [];
  for (const [i, d] of defs.entries()) {
    const next = defs.slice(i + 1).find((o) => o.acronym === d.acronym && o.ref.name !== d.ref.name);
    const uses = new RegExp(`(?<![\\p{L}\\d-])${d.acronym}(?![\\p{L}\\d-])`, "gu");
    uses.lastIndex = d.from;
    for (let m = uses.exec(text); m && (!next || m.index < next.from); m = uses.exec(text)) {
      const end = m.index + m[0].length;
      if (named.some((r) => r.start < end && m!.index < r.end) || out.some((r) => r.start === m!.index)) continue;
      out.push({ ...d.ref, text: m[0], start: m.index, end });
    }
  }
  return out;
}

/** Whether a name's words open another's: "Convention on Artificial Intelligence" of "Convention on Artificial Intelligence and Human Rights". */
const startsWithWords = (long: string, short: string) => `${long.toLowerCase().replace(/,/g, "")} `.startsWith(`${short.toLowerCase().replace(/,/g, "")} `);

/** The words of a name, with its head noun's position: the last head word (no tail after it) or the one before its tail. */
function titleWords(name: string): { words: string[]; head: number } {
  const words = name.toLowerCase().split(/[\s,]+/);
  let head = -1;
  for (let i = words.length - 1; i >= 0 && head < 0; i--) if (PROPER_HEADS.some((h) => h.toLowerCase() === words[i])) head = i;
  return { words, head };
}

/**
 * "the Framework Convention", "the Hong Kong Convention" for the article's "Council of Europe Framework Convention on
 * Artificial Intelligence …", "Hong Kong International Convention for the Safe … Recycling of Ships": an open-world
 * short title whose words are, in order, among the words of a longer open-world title of the same article up to the
 * same head noun names that title; the longest when several do and each opens it ("… on Artificial Intelligence" of
 * "… on Artificial Intelligence and Human Rights …", which a shorter title with a tail links to as well), none when
 * two titles disagree ("the Framework Convention" of an article naming two framework conventions). In place.
 */
export function linkShortTitles(refs: AgreementRef[]): void {
  const titles = [...new Set(refs.filter((r) => r.rule === "proper-name").map((r) => r.name))];
  if (titles.length < 2) return;
  const parsed = new Map(titles.map((t) => [t, titleWords(t)]));
  const target = new Map<string, string>();
  for (const short of titles) {
    const s = parsed.get(short)!;
    const longer = titles.filter((long) => {
      const l = parsed.get(long)!;
      if (long.length <= short.length || l.head < 0) return false;
      // a title with a tail of its own is a short form only of a title it opens
      if (s.head !== s.words.length - 1) return startsWithWords(long, short);
      if (l.words[l.head] !== s.words[s.head]) return false;
      let i = 0;
      for (let j = 0; j <= l.head && i < s.words.length; j++) if (l.words[j] === s.words[i]) i++;
      return i === s.words.length;
    });
    if (!longer.length) continue;
    const longest = longer.reduce((a, b) => (b.length > a.length ? b : a));
    if (longer.every((l) => startsWithWords(longest, l))) target.set(short, longest);
  }
  for (const r of refs) {
    const to = r.rule === "proper-name" ? target.get(r.name) : undefined;
    if (to) r.name = to;
  }
}

export function findMentions(text: string, index: AgreementIndex): AgreementRef[] {
  const out: AgreementRef[] = [];
  const bodies: { ref: AgreementRef; heads: string[] }[] = [];
  for (const h of index.find(text)) {
    // "signed a comprehensive peace agreement": a name written in common words, lower case, after "a" is a description
    if (!/\p{Lu}/u.test(h.text) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))) continue;
    // "the Minsk II agreement was signed", "the New START treaty": a head noun after the name belongs to the mention
    const tail = text.slice(h.end, h.end + 40).match(TRAILING_HEAD);
    const end = tail && !/(?:agreement|accord|deal|treaty|treaties|pact|protocol|convention|accords|agreements)$/i.test(h.text) ? h.end + tail[0].length : h.end;
    out.push({ text: text.slice(h.start, end), start: h.start, end, name: h.agreement.name, kind: h.agreement.kind, parties: [...h.agreement.parties].sort(), rule: h.body && !tail ? "body" : "registry", ...(h.agreement.open ? { open: true } : {}) });
    if (h.body && !tail) bodies.push({ ref: out[out.length - 1], heads: bodyHeads(h.agreement) });
  }
  out.push(...bodyHeadMentions(text, bodies).filter((r) => !out.some((o) => o.start < r.end && r.start < o.end)));
  out.push(...describedMentions(text, index, out));
  out.push(...placedMentions(text, index, out));
  PROPER.lastIndex = 0;
  let articleCountries: Set<string> | undefined;
  const named = PROPER_HEADS.some((h) => text.includes(h));
  for (let m = named ? PROPER.exec(text) : null; m; m = PROPER.exec(text)) {
    const tail = titleTail(text, m.index + m[0].length);
    PROPER.lastIndex = m.index + m[0].length + tail;
    const from = titleStart(m[0]);
    const lead = m[0].slice(from).match(LEADING)?.[0] ?? "";
    const name = (m[0] + text.slice(m.index + m[0].length, m.index + m[0].length + tail)).slice(from + lead.length).trim();
    const start = m.index + from + lead.length;
    const end = start + name.length;
    // a head alone ("Agreement") or a sentence-initial head is no name; at least one capitalised word before or "of X" after
    if (!/\s/.test(name) || !/^[A-Z]/.test(name) || NOT_AN_AGREEMENT.test(text.slice(Math.max(0, start - 30), end + 10))) continue;
    if (out.some((r) => r.start < end && start < r.end)) continue;
    if (NAME_AS_MODIFIER.test(text.slice(end, end + 16))) continue;
    // "Trump withdraws from Climate Agreement": common words in a headline's capitals describe, they name nothing
    if (GENERIC_NAME.test(name)) continue;
    // "the US-Mexico-Canada Agreement", "the Russia–Ukraine Treaty": sides written into the name
    const sides = [...new Set(name.split(/[\s\-–—/]+/).map((w) => countryOf(w)).filter((c): c is string => Boolean(c)))].sort();
    const known = sides.length ? null : registryTail(name.replace(/\s+/g, " "), index, () => (articleCountries ??= sentenceCountries(text)));
    if (known) out.push({ text: name, start, end, name: known.name, kind: known.kind, parties: [...known.parties].sort(), rule: "registry", ...(known.open ? { open: true } : {}) });
    else out.push({ text: name, start, end, name: name.replace(/\s+/g, " "), kind: null, parties: sides.length >= 2 ? sides : [], rule: "proper-name" });
  }
  linkShortTitles(out);
  out.push(...acronymMentions(text, out));
  return out.sort((a, b) => a.start - b.start);
}
