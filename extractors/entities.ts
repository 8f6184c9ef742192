// People, organizations and places, with exact offsets, each mention resolved to the fullest
// form the article gives ("Bukele" → "Nayib Bukele"). Finding and interpreting are apart:
//   1. gazetteer pass: known organizations, countries, capitals, demonyms ("White House", "U.S.")
//   2. runs of capitalized words joined by particles ("Tren de Aragua", "Department of Homeland Security")
//   3. each run: drop sentence-initial everyday words, titles and honorifics, then type what is left
//      by the ordered CLASSIFY_RULES (first that answers wins)
//   4. coreference within the article: surname → full name; the reference list of officials
//      canonicalizes spellings ("Naib Bukele" → "Nayib Bukele")
import type { Diagnostic, Entity, EntityType, ParsedArticle, Span } from "../pipeline/schemas.js";
import { COMMON_CAPITALIZED, FUNCTION_WORDS, NOT_NAMES } from "./lexicon/common-words.js";
import { COUNTRIES, countryFormKind, countryOf, countryOfSubdivision, PEOPLE_GROUP_NOUNS, PEOPLE_WORDS, STATE_FORM_WORDS } from "./lexicon/countries.js";
import { EAST_ASIAN_FAMILY_NAMES, GIVEN_NAMES } from "./lexicon/given-names.js";
import { NICKNAMES } from "./lexicon/name-matching.js";
import {
  isKnownPlace,
  KNOWN_ORGANIZATIONS,
  KNOWN_PLACES,
  knownOrganization,
  knownOrganizationForms,
  NON_ENTITY_HEAD_WORDS,
  NON_ENTITY_TAIL_WORDS,
  SPORTS_WORDS,
  SPORT_SLUGS,
  CLUB_NAME_WORDS,
  FACILITY_NOUNS,
  SPORTS_POSITIONS,
  ORG_HEAD_WORDS,
  ORG_TAIL_WORDS,
  PLACE_HEAD_WORDS,
  PLACE_TAIL_WORDS,
} from "./lexicon/organizations.js";
import { MONTH_NAMES, MONTHS_ALSO_GIVEN_NAMES } from "./lexicon/months.js";
import { HONORIFICS, TITLE_HEADS } from "./lexicon/titles.js";
import { foldName, isNearFolded, isNearSpelling, isPatronymicParticle, lexiconGender, opensParentName, titleCase, tokenize, wordClass, type Token } from "./names.js";
import { makeReferenceIndex, type ReferenceIndex, type ReferenceOfficial } from "./reference.js";
import { countBefore, indexAt } from "./text.js";
import { matchTitleAt } from "./titles.js";
import type { Extractor, Findings } from "./types.js";

export interface EntityOptions {
  /** The reference list of officials (default: the shipped one). */
  reference?: readonly ReferenceOfficial[];
  /**
   * How a one-word spelling slip of a listed official's surname is read when that official is
   * named in the same article ("Buckele" beside "Nayib Bukele"): "reference" gives it the
   * official's canonical name (certain: false, with a diagnostic), "never" keeps it apart.
   */
  nearVariants?: "reference" | "never";
}

const TITLE_WORDS = new Set(TITLE_HEADS.filter((h) => !/\s/.test(h.head)).map((h) => h.head.toLowerCase()));

/** Place words that are also common surnames: "Kevin Hall", "Grace Park" stay people. */
const SURNAME_LIKE_PLACE_WORDS = new Set(["hall", "park", "field", "hills", "lake", "tower", "bridge", "beach", "cross", "springs", "falls", "heights", "forest", "station", "port", "town", "village", "border", "coast", "bay", "wood", "ford"]);

/** Company suffixes end a name: "Netscape Communications Corp on the Internet". */
const COMPANY_SUFFIXES = new Set(["corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "co", "co.", "ag", "sa", "nv", "gmbh", "spa", "pty", "limited", "incorporated"]);

/** A company's trade or kind closing its name, which its short form leaves out: "Kestrel Holdings" → "Kestrel". */
const COMPANY_TAILS = new Set([
  "holdings", "industries", "group", "corporation", "company", "motors", "motor", "airlines", "airways", "systems", "technologies",
  "communications", "electronics", "chemical", "chemicals", "petroleum", "telecom", "telecommunications", "pharmaceuticals",
  "pharmaceutical", "mining", "brewing", "breweries", "shipping", "cement", "textiles", "foods", "insurance", "stores",
  "enterprises", "investments", "securities", "resources", "international", "partners", "ventures", "capital", "party",
  "bancorp", "bancshares", "bankshares",
]);

const SAINT_WORDS = new Set(["san", "santa", "santo", "são", "sao", "saint", "st.", "sainte", "st"]);

/**
 * For each word of a written name as the mention keeps them (particles and initials left out), whether
 * it opens a parent's name (opensParentName: "Salman" in "Mohammed bin Salman"). All false when the
 * count differs from `n` (a name written otherwise than read).
 */
function parentWords(surface: string, n: number): boolean[] {
  const parts = surface.split(/\s+/).filter(Boolean);
  const flags: boolean[] = [];
  parts.forEach((w, k) => {
    if (PARTICLES.has(w) || (k < parts.length - 1 && PARTICLES.has(w.toLowerCase()))) return;
    if (!/^\p{L}\.?$/u.test(w)) flags.push(opensParentName(parts, k));
  });
  return flags.length === n ? flags : new Array<boolean>(n).fill(false);
}

/** Lowercase particles that join the words of one name: "Tren de Aragua", "Ursula von der Leyen". */
const PARTICLES = new Set(["de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "las", "los", "le", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "y", "e"]);
/** Lowercase words that join the words of an organization or place: "Department of Homeland Security". */
const ORG_JOINERS = new Set(["of", "for", "on", "the"]);
const isMonthOrDay = (t: Token) => MONTHS_AND_DAYS.has(t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower);
const MONTHS_AND_DAYS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri".split(" "),
);
/** Nouns after a possessive that make its owner a person: "Buckele's government", "Hill's husband". */
const PERSON_POSSESSIONS = new Set(["government", "administration", "presidency", "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "family", "campaign", "lawyer", "lawyers", "spokesman", "spokeswoman", "spokesperson", "office", "cabinet", "allies", "aides", "aide", "predecessor", "successor", "tenure", "inauguration", "victory", "election", "policies", "policy", "decision", "crackdown", "remarks", "comments", "statement", "visit", "term", "administration's", "party", "supporters"]);
/** Verbs right after a name that make it a person: "Giammattei said". */
const PERSON_VERBS = new Set(["said", "says", "told", "added", "noted", "argued", "explained", "asked", "wrote", "tweeted", "posted", "insisted", "stressed", "warned", "claimed", "announced", "acknowledged", "emphasized", "emphasised", "spoke", "met", "signed", "took", "thinks", "believes", "smiled", "laughed", "recalled", "died", "resigned", "hugs", "hugged", "testified", "contributed", "stated", "declared", "vowed", "pledged", "promised"]);
/** Prepositions before a single unknown word that make it a place: "near Mission, Texas". */
const PLACE_PREPOSITIONS = new Set(["in", "near", "at", "from", "across", "into", "outside", "inside", "towards", "toward", "via"]);

type Kind = EntityType | "demonym" | "skip";
interface Mention {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
  certain: boolean;
  /** The name's words (keys for comparing), e.g. ["alexandra", "hill", "tinoco"]. */
  words: string[];
  canonical: string;
  gender?: "he" | "she";
  affiliation?: string;
  /** A title or honorific stood before it (the strongest person cue). */
  titled?: string;
}

/**
 * A mention with every field present, in one order. Mentions of one shape keep extractEntities in optimized code:
 * literals without the optional fields, given them later, took other hidden classes, and the loops over the
 * mentions left the optimized code for the rest of the article (--trace-deopt: "wrong map", tens of times a run).
 */
// (a literal, not a spread: the classifier's literal below has the same fields in the same order, so one hidden class)
const mention = (m: Omit<Mention, "gender" | "affiliation" | "titled">): Mention => ({
  start: m.start,
  end: m.end,
  type: m.type,
  rule: m.rule,
  certain: m.certain,
  words: m.words,
  canonical: m.canonical,
  gender: undefined,
  affiliation: undefined,
  titled: undefined,
});

interface GazetteerHit {
  len: number;
  kind: Kind;
  canonical: string;
}

// ---------- gazetteer of known names (organizations, places, countries, demonyms) ----------

interface GazEntry {
  words: string[];
  kind: Kind;
  canonical: string;
}

const GAZETTEER: Map<string, GazEntry[]> = (() => {
  const m = new Map<string, GazEntry[]>();
  const add = (form: string, kind: Kind, canonical: string) => {
    const words = tokensOfForm(form);
    if (!words.length) return;
    const a = m.get(words[0]) ?? [];
    a.push({ words, kind, canonical });
    m.set(words[0], a);
  };
  for (const o of KNOWN_ORGANIZATIONS) {
    add(o.name, "organization", o.name);
    for (const a of o.aliases ?? []) add(a, "organization", o.name);
  }
  for (const p of KNOWN_PLACES) add(p, "place", p);
  for (const c of COUNTRIES) {
    const type: Kind = c.bloc ? "organization" : "place";
    add(c.name, type, c.name);
    for (const a of c.aliases) add(a, type, c.name);
    for (const d of c.demonyms) add(d, "demonym", c.name);
    for (const k of c.capitals) add(k, "place", k);
  }
  for (const w of PEOPLE_WORDS) add(w, "demonym", w);
  for (const a of m.values()) a.sort((x, y) => y.words.length - x.words.length);
  return m;
})();

function tokensOfForm(form: string): string[] {
  return [...form.replace(/^the /i, "").matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’.&]|\.-)[\p{L}\p{M}\p{N}]+)*\.?/gu)].map((m) => m[0]);
}

const SPACE_GAP = /^[ \t\u00a0]+$/;
/** An ampersand alone between two words: "Douglas & Lomason". */
const AMPERSAND_GAP = /^[ \t\u00a0]*&[ \t\u00a0]*$/;
/** "Ontario-based", "Mo.-based", "France-registered": where a firm is based, said before its name. */
const BASED_WORD = /\p{L}\.?-(?:based|headquartered|registered|listed)$/u;
/** A name joined by an ampersand inside it ("Schroder Wertheim & Co"). */
const hasAmpersand = (toks: readonly Token[]) => toks.some((t, k) => k > 0 && AMPERSAND_GAP.test(t.gapBefore));

/** The longest known name starting at token i (exact case; headline tokens by their title case). */
function gazetteerAt(toks: Token[], i: number): GazetteerHit | null {
  const key = (t: Token) => (t.caseless || t.upper ? titleCase(t.text) : t.text);
  const first = toks[i];
  const own = GAZETTEER.get(first.text);
  const firstKey = key(first);
  const folded = firstKey !== first.text ? GAZETTEER.get(firstKey) : undefined;
  if (!own && !folded) return null;
  // the entries under the word as written, then under its title case (one list, not a copy of both per token)
  const cands = own && folded ? [...own, ...folded] : (own ?? folded)!;
  for (const e of cands) {
    let ok = true;
    for (let k = 0; k < e.words.length; k++) {
      const t = toks[i + k];
      if (!t || (k > 0 && !SPACE_GAP.test(t.gapBefore)) || (k < e.words.length - 1 && t.poss)) {
        ok = false;
        break;
      }
      const w = e.words[k];
      if (t.text !== w && key(t) !== w) {
        ok = false;
        break;
      }
      // "US" in a headline is the pronoun "us"
      if (t.caseless && /^\p{Lu}{2}$/u.test(w) && t.text === w && e.words.length === 1) {
        ok = false;
        break;
      }
    }
    if (ok) return { len: e.words.length, kind: e.kind, canonical: e.canonical };
  }
  return null;
}

/**
 * How many name words right after a place's name make it a body's name: "Texas Rangers", "China Daily",
 * "Hong Kong Standard" (1–2 capitalized words, none a given name, title, month, place word or another known name).
 */
function bodyAfterPlace(toks: Token[], k: number, aw: ArticleWords): number {
  let n = 0;
  while (n < 2) {
    const t = toks[k + n];
    if (!t || !SPACE_GAP.test(t.gapBefore) || !/^\p{Lu}\p{Ll}/u.test(t.text) || t.caseless) break;
    const w = t.lower;
    if (FUNCTION_WORDS.has(w) || NOT_NAMES.has(w) || NON_ENTITY_TAIL_WORDS.has(w) || isGiven(w) || isMonthOrDay(t) || PLACE_TAIL_WORDS.has(w) || TITLE_WORDS.has(w) || honorificOf(t) || matchTitleAt(toks, k + n).length || gazetteerAt(toks, k + n)) break;
    if (/^(?:democrats?|republicans?|independents?|officials?|police|government|state|city|county|province|border|authorities|international|airport|time)$/.test(w) || wordClass(w) === "place" || wordClass(w) === "demonym") break;
    // ("Pakistan People 's Party": a possessive inside leaves the name to the runs)
    if (t.poss || (toks[k + n + 1]?.text === "s" && /['’]$/u.test(toks[k + n + 1].gapBefore))) return 0;
    n++;
  }
  // ("Britain Chancellor …": the words after must end the name)
  const after = toks[k + n];
  if (n && after && SPACE_GAP.test(after.gapBefore) && after.cap && !after.caseless && !toks[k + n - 1].poss) return 0;
  return n;
}

// ---------- word tests ----------

// (a family name that opens an East Asian name plays a given name's part: "Wang Donghai")
const isGiven = (lower: string) => {
  // (asked about the same words many times per article: each answer kept, the word lists being fixed)
  let given = GIVEN_WORDS.get(lower);
  if (given === undefined) {
    given = GIVEN_NAMES.has(foldName(lower)) || GIVEN_NAMES.has(lower) || EAST_ASIAN_FAMILY_NAMES.has(lower) || wordClass(lower) === "given";
    if (GIVEN_WORDS.size >= 50_000) GIVEN_WORDS.clear();
    GIVEN_WORDS.set(lower, given);
  }
  return given;
};
const GIVEN_WORDS = new Map<string, boolean>();
/** A name opening with a given name ("Silvia Martinez") or an East Asian family name, which takes no Romance particle ("Tran de Aragua" is no person). */
const opensWithGiven = (toks: readonly Token[]) => isGiven(toks[0].lower) && !(EAST_ASIAN_FAMILY_NAMES.has(toks[0].lower) && !GIVEN_NAMES.has(toks[0].lower) && toks.some((t) => PARTICLES.has(t.text)));
const givenGender = (lower: string): "he" | "she" | undefined => GIVEN_NAMES.get(foldName(lower)) ?? GIVEN_NAMES.get(lower) ?? lexiconGender(lower) ?? undefined;
const honorificOf = (t: Token) => {
  const k = t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower;
  return HONORIFICS.has(k) && (t.text.endsWith(".") || k.length > 3 || /^(mr|mrs|ms|dr|rev|sir|rt|hon)$/.test(k)) ? k : null;
};

interface ArticleWords {
  /** Words the article writes capitalized in mid-sentence (outside headlines). */
  midCaps: Set<string>;
  /** Words the article writes with only a first capital in mid-sentence ("Dubai", not "DUBAI"). */
  midTitle: Set<string>;
  /** Whether the text reads as English (its everyday function words are common enough). */
  english: boolean;
  /** Words the article writes in lowercase. */
  lower: Set<string>;
  /** Words of person names with a strong cue (a given name, a title, an honorific). */
  personWords: Set<string>;
}

function articleWords(toks: Token[]): ArticleWords {
  const midCaps = new Set<string>();
  const midTitle = new Set<string>();
  const lower = new Set<string>();
  let lowerCount = 0;
  let functionCount = 0;
  for (const t of toks) {
    if (t.caseless) continue;
    if (t.cap && !t.initial) {
      midCaps.add(t.lower);
      if (!t.upper) midTitle.add(t.lower);
    } else if (startsLowercase(t.text)) {
      lower.add(t.lower);
      lowerCount++;
      if (FUNCTION_WORDS.has(t.lower)) functionCount++;
    }
  }
  // (a results table has few function words, but its lowercase words are English ones: "beat", "metres", "pursuit")
  const english = lowerCount < 20 || functionCount / lowerCount > 0.15 || [...lower].filter((w) => wordClass(w) === "common").length / lower.size >= 0.5;
  return { midCaps, midTitle, lower, english, personWords: new Set() };
}

/** `/^\p{Ll}/u`, answered from the first character when it is ASCII. */
function startsLowercase(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return /^\p{Ll}/u.test(w);
}

/** An everyday word written capitalized because it starts a sentence ("Advocates", "Currently"). */
function isEverydayWord(t: Token, aw: ArticleWords): boolean {
  const w = t.lower;
  if (FUNCTION_WORDS.has(w)) return true;
  if (aw.midCaps.has(w) || aw.personWords.has(w) || isGiven(w)) return false;
  if (COMMON_CAPITALIZED.has(w) || aw.lower.has(w)) return true;
  const cls = wordClass(w);
  if (cls === "common" || cls === "date") return true;
  if (cls) return false;
  if (/-\p{Ll}/u.test(t.text) && !/-(au|de|la|en|sur|al|el|le)-/.test(t.text) && !/-\p{Lu}\p{Ll}+$/u.test(t.text)) return true; // "Long-standing"
  return /(?:ly|ing|ed|ness|ment|tion|sion|ities|ity|ous|ive|able|ible|ful|less)$/.test(w) && w.length > 5;
}

/**
 * A word that may be a club's own name before its town's ("Spartak Moscow", "Rotor Volgograd"): capitalized, not a
 * given name, an everyday word, a title, a month or day, a sport's word, nor a place's or a people's name.
 */
function clubNameBeforeTown(t: Token, aw: ArticleWords): boolean {
  const w = t.lower;
  if (!t.cap || t.poss || isGiven(w) || FUNCTION_WORDS.has(w) || NOT_NAMES.has(w) || COMMON_CAPITALIZED.has(w) || aw.lower.has(w) || TITLE_WORDS.has(w) || isMonthOrDay(t) || SPORTS_WORDS.has(w) || PLACE_HEAD_WORDS.has(w) || SAINT_WORDS.has(w) || PARTICLES.has(w)) return false;
  if (t.initial && isEverydayWord(t, aw)) return false;
  const cls = wordClass(w);
  if (cls === "place" || cls === "demonym" || cls === "common" || cls === "date" || countryOf(t.text) || countryFormKind(t.text) || isKnownPlace(t.text)) return false;
  return /^\p{Lu}[\p{L}\p{M}'’.-]+$/u.test(t.text);
}

/** A given name opening a sentence that is no everyday word there ("Trevor", not "Will" or "Rose"). */
function isUnambiguousGiven(t: Token, aw: ArticleWords): boolean {
  return !FUNCTION_WORDS.has(t.lower) && !COMMON_CAPITALIZED.has(t.lower) && !aw.lower.has(t.lower) && wordClass(t.lower) !== "common";
}

// ---------- runs of capitalized words ----------

function isNameish(t: Token, aw: ArticleWords): boolean {
  if (!t.cap) return false;
  if (!t.caseless) return true;
  // a headline word counts when the article's body or a word list knows it as a name
  const w = t.lower;
  return aw.midCaps.has(w) || isGiven(w) || (wordClass(w) !== null && wordClass(w) !== "common" && wordClass(w) !== "date");
}

/** Words after which "of"/"for" join a name: "Department of …", "Gulf of …", "Secretary of …". */
const OF_HEADS: ReadonlySet<string> = new Set([
  ...ORG_HEAD_WORDS, ...ORG_TAIL_WORDS, ...PLACE_TAIL_WORDS,
  "gulf", "republic", "kingdom", "isle", "isles", "cape", "secretary", "minister", "president", "director",
  "commissioner", "chief", "governor", "mayor", "ambassador", "museum", "bank", "sea", "strait", "bay",
]);

/**
 * Runs of tokens: capitalized words separated by spaces, with particles between them
 * ("Tren de Aragua"), "of"/"for" after a head word ("Department of Homeland Security", which may
 * take in a known place: "University of Texas"), and "and" inside an organization's name
 * ("Securities and Exchange Commission"). Returns the runs and the gazetteer tokens taken in.
 */
/** A space and an opening quote mark; a closing quote mark and a space. */
const NICK_OPEN = /^[ \t\u00a0]+["'“‘]$/u;
const NICK_CLOSE = /^["'”’][ \t\u00a0]+$/u;

/**
 * Where the name goes on after a quoted nickname of one or two capitalized words that opens at token k
 * ("Tomas 'Tommy' Reyes"): the index of the word after the closing mark, or 0 when there is none.
 */
function nicknameEnd(toks: Token[], k: number, aw: ArticleWords): number {
  if (!NICK_OPEN.test(toks[k].gapBefore)) return 0;
  for (let n = 0; n < 2; n++) {
    const w = toks[k + n];
    if (!w || !w.cap || w.poss || (n > 0 && !SPACE_GAP.test(w.gapBefore)) || !isNameish(w, aw)) return 0;
    const next = toks[k + n + 1];
    if (!next || !isNameish(next, aw) || isHandle(next)) return 0;
    // (a closing "'" right after a word is read as an apostrophe and kept in no gap: the offsets show it)
    const hidden = next.start - next.gapBefore.length - w.end;
    if (NICK_CLOSE.test(next.gapBefore) || (hidden === 1 && SPACE_GAP.test(next.gapBefore) && toks[k].gapBefore.endsWith("'"))) return k + n + 1;
  }
  return 0;
}

function findRuns(toks: Token[], claimed: number[], aw: ArticleWords): { runs: number[][]; absorbed: Set<number> } {
  const runs: number[][] = [];
  const absorbed = new Set<number>();
  const ok = (k: number) => k < toks.length && SPACE_GAP.test(toks[k].gapBefore) && isNameish(toks[k], aw) && !isHandle(toks[k]);
  let i = 0;
  while (i < toks.length) {
    if (claimed[i] || !isNameish(toks[i], aw) || isHandle(toks[i])) {
      i++;
      continue;
    }
    const run = [i];
    let j = i;
    // ("Ontario-based Magna": the place a firm is based in ends its run, the firm's name is another)
    while (!toks[j].poss && !BASED_WORD.test(toks[j].text)) {
      const k = j + 1;
      const t = toks[k];
      // "Douglas & Lomason", "Bear Stearns & Co": an ampersand between capitalized words joins one firm's name
      if (t && AMPERSAND_GAP.test(t.gapBefore) && isNameish(t, aw) && !isHandle(t) && !claimed[k] && !t.caseless === !toks[j].caseless) {
        run.push(k);
        j = k;
        continue;
      }
      // "Tomas 'Tommy' Reyes Jr.", "Marisol “Sol” Cruz Vidal": a quoted nickname inside a name is left out of it
      const nick = t && !claimed[k] ? nicknameEnd(toks, k, aw) : 0;
      if (nick && !claimed[nick]) {
        run.push(nick);
        j = nick;
        continue;
      }
      if (!t || !SPACE_GAP.test(t.gapBefore)) break;
      // a capitalized word right after
      if (ok(k) && !claimed[k]) {
        run.push(k);
        j = k;
        continue;
      }
      // particles: "de", "de la", "von der"
      if (PARTICLES.has(t.text)) {
        let m = k;
        while (m < toks.length && PARTICLES.has(toks[m].text) && SPACE_GAP.test(toks[m].gapBefore) && m - k < 2) m++;
        if (ok(m) && !claimed[m]) {
          for (let x = k; x <= m; x++) run.push(x);
          j = m;
          continue;
        }
        break;
      }
      // "of"/"for" (+ "the") after a head word; may take in a gazetteer name
      if ((t.text === "of" || t.text === "for" || (t.text === "on" && ORG_HEAD_WORDS.has(toks[j].lower))) && OF_HEADS.has(toks[j].lower) && !COMPANY_SUFFIXES.has(toks[j].lower)) {
        let m = k + 1;
        if (toks[m]?.text === "the" && SPACE_GAP.test(toks[m].gapBefore)) m++;
        if (ok(m)) {
          for (let x = k; x <= m; x++) run.push(x);
          if (claimed[m]) {
            // take in the whole gazetteer name: "Republic of El Salvador"
            absorbed.add(m);
            for (let e = m + 1; e < claimed[m]; e++) run.push(e);
            j = claimed[m] - 1;
          } else j = m;
          continue;
        }
        break;
      }
      // "and" inside an organization's name: the capitalized words after it end with an organization word
      if (t.text === "and" && !isGiven(toks[i].lower) && looksEnglish(toks[j].lower, aw)) {
        let m = k + 1;
        let lastM = -1;
        while (ok(m) && !claimed[m]) {
          lastM = m;
          if (toks[m].poss) break;
          m++;
        }
        if (lastM > k && ORG_TAIL_WORDS.has(toks[lastM].lower)) {
          for (let x = k; x <= lastM; x++) run.push(x);
          j = lastM;
          continue;
        }
      }
      break;
    }
    runs.push(run);
    i = j + 1;
  }
  return { runs, absorbed };
}

/** An everyday English word by the word lists, the article's own lowercase words, or its ending ("Securities"). */
function looksEnglish(w: string, aw: ArticleWords): boolean {
  return wordClass(w) === "common" || aw.lower.has(w) || COMMON_CAPITALIZED.has(w) || /(?:ies|tions?|ments?|ity|ics|ances?|ences?|ness|ship|ures?|isms?|ages?|ery|ing|al|ants?|ors?|ers?)$/.test(w);
}

/** "#TodayInSenate", "@ArvindKejriwal": hashtags and handles are no names. */
function isHandle(t: Token): boolean {
  return /[#@]$/.test(t.gapBefore);
}

// ---------- typing a name ----------

interface Candidate {
  toks: Token[];
  /** The title or honorific before it, if any. */
  titled?: string;
  gender?: "he" | "she";
  affiliation?: string;
  /** A title word alone ("King"): a name only as the surname of a person the article names in full. */
  loneTitle?: boolean;
}

interface ClassifyContext {
  text: string;
  all: Token[];
  aw: ArticleWords;
  ref: ReferenceIndex;
  /** Index in `all` of the candidate's first and last token. */
  first: number;
  last: number;
  /** Whether token k was claimed by the gazetteer as a demonym ("American"). */
  claimedDemonym: (k: number) => boolean;
  /** Whether the text is a sports report (isSportsReport). */
  sports: boolean;
  /** Whether the text is a form of labelled fields in capitals ("AMT : 1,200,000 DATE : 09/05/96"). */
  form: boolean;
  /** Whether the text is a market report (isMarketReport). */
  market: boolean;
}

type ClassifyRule = (c: Candidate, x: ClassifyContext) => { type: Kind; rule: string; certain: boolean } | null;

/** The last word, or the last part of a hyphenated last word: "Post-Gazette" → "gazette". */
/**
 * Only spaces before the word on its line. (From its gap: a line break in it, or the text's first word;
 * otherwise the word before it is on its line. A look back to the line's start was quadratic on long lines.)
 */
const opensLine = (t: Token, all: readonly Token[]) => {
  const nl = t.gapBefore.lastIndexOf("\n");
  return nl >= 0 ? t.gapBefore.slice(nl + 1).trim() === "" : all[0] === t && t.gapBefore.trim() === "";
};
const lastWord = (c: Candidate) => {
  // ("Norwest Corp.": an abbreviation's full stop is not part of the word)
  // (the pattern only where it can act: most words end in no full stop, and a Unicode pattern per candidate cost more)
  const l = c.toks[c.toks.length - 1].lower;
  const w = l.endsWith(".") ? l.replace(/(?<=\p{Ll}{2})\.$/u, "") : l;
  return w.includes("-") ? w.split("-").pop() ?? "" : w;
};
const after = (x: ClassifyContext) => x.text.slice(x.all[x.last].end, x.all[x.last].end + 40);
const before = (x: ClassifyContext) => x.text.slice(Math.max(0, x.all[x.first].start - 40), x.all[x.first].start);
const nextTok = (x: ClassifyContext) => x.all[x.last + 1];
const PEOPLE_GROUP = new Set(PEOPLE_GROUP_NOUNS);
/** Whether a lowercase noun for a people follows, with a space between: "Sahrawi people". */
const beforePeopleNoun = (x: ClassifyContext) => {
  const n = nextTok(x);
  return !!n && SPACE_GAP.test(n.gapBefore) && PEOPLE_GROUP.has(n.text);
};
const prevTok = (x: ClassifyContext) => x.all[x.first - 1];
/** "General Discussion Feedback Register": every word an everyday word, none a name. */
const allEveryday = (c: Candidate, x: ClassifyContext) =>
  c.toks.every((t) => !isGiven(t.lower) && !x.aw.personWords.has(t.lower) && (FUNCTION_WORDS.has(t.lower) || looksEnglish(t.lower, x.aw)));

/** "a Marine", "a former Marine": an indefinite article right before, or before one lowercase word. */
const articleBefore = (x: ClassifyContext) => {
  const p1 = x.all[x.first - 1];
  const p2 = x.all[x.first - 2];
  if (!p1 || !SPACE_GAP.test(x.all[x.first].gapBefore)) return false;
  if (p1.lower === "a" || p1.lower === "an") return true;
  return !!p2 && /^\p{Ll}+$/u.test(p1.text) && !FUNCTION_WORDS.has(p1.lower) && SPACE_GAP.test(p1.gapBefore) && (p2.lower === "a" || p2.lower === "an");
};
/** "the Kimberley coast", "the Jordan valley": "the", one name, a lowercase place word. */
const theNameOfPlace = (c: Candidate, x: ClassifyContext) => {
  const n = nextTok(x);
  const p = prevTok(x);
  return c.toks.length === 1 && !c.titled && !c.toks[0].poss && p?.lower === "the" && !!n && SPACE_GAP.test(n.gapBefore) && SPACE_GAP.test(x.all[x.first].gapBefore) && /^\p{Ll}/u.test(n.text) && PLACE_TAIL_WORDS.has(n.lower);
};
/** Lowercase nouns right before a name that make it a body: "the newspaper Granma", "press distributor Hachette". */
const BODY_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  "newspaper", "daily", "weekly", "magazine", "agency", "firm", "company", "airline", "broadcaster",
  "distributor", "publisher", "insurer", "brokerage", "carmaker", "automaker", "conglomerate", "consortium", "retailer",
  "manufacturer", "club", "outfit", "subsidiary", "operator", "exporter", "refiner", "supplier", "champions", "chain",
]);
/** Nouns after a possessive that make its owner a company: "Ruch 's shares", "Volvo 's board". */
const BODY_POSSESSIONS: ReadonlySet<string> = new Set(["shares", "shareholders", "stock", "board", "subsidiary", "subsidiaries", "unit", "stake", "profits", "profit", "earnings", "revenues", "sales", "turnover", "output", "exports", "workforce", "factories", "headquarters"]);
/** Lowercase nouns right after a name that make it a body: "Liberte newspaper said", "X shares rose", "his Saracens side". */
const BODY_NOUNS_AFTER: ReadonlySet<string> = new Set([
  "newspaper", "daily", "weekly", "magazine", "agency", "firm", "company", "side", "club", "chain", "consortium",
  "airline", "shares", "stock", "shareholders", "subsidiary", "unit", "group",
]);
/** A body's noun stands beside the name: "the daily Sueddeutsche Zeitung", "Interfax news agency". */
const bodyNounBeside = (c: Candidate, x: ClassifyContext) => {
  if (c.titled || c.toks.length > 4 || /-\p{Ll}/u.test(c.toks[c.toks.length - 1].text) || (c.toks.length > 1 && isGiven(c.toks[0].lower)) || c.toks.some((t) => x.aw.personWords.has(t.lower))) return false;
  const p = prevTok(x);
  if (p && !p.poss && SPACE_GAP.test(x.all[x.first].gapBefore) && /^\p{Ll}+$/u.test(p.text) && BODY_NOUNS_BEFORE.has(p.lower)) return true;
  // "firms including Texaco", "banks such as …"
  if (/\b(?:firms|companies|banks|groups|clubs|carriers|airlines|insurers|brokers|brokerages|newspapers|dailies|manufacturers|makers|carmakers|retailers|publishers|broadcasters)\s+(?:including|such as|like)\s+$/.test(before(x))) return true;
  // "shares of Burmah Castrol", "a stake in Nutreco", "a spokesman for Holzmann", "chairman of Ruch": a company's
  // stock, a holding in it, or its officer named before it
  if (/\b(?:shares|stock|stake|holding|holdings|shareholders|stockholders|subsidiary|unit|units|takeover|acquisition) (?:of|in)\s+$|\b(?:spokes(?:man|woman|person)|chairman|chairwoman|chief executive|managing director|finance director|chief financial officer) (?:of|for|at)\s+$/i.test(before(x)) && c.toks.every((t) => !isGiven(t.lower))) return true;
  const n = nextTok(x);
  // ("Ruch's shares", or spaced as a wire tokenizes it: "Ruch 's shares")
  const spacedPoss = n && n.text === "s" && /^\s*['’]$/u.test(n.gapBefore);
  let owned = spacedPoss ? x.all[x.last + 2] : n;
  // ("Orvesta 's net profit", "its pre-tax earnings")
  if (owned && /^(?:net|pre-tax|pretax|operating|annual|quarterly|first-half|half-year|full-year|interim)$/.test(owned.lower)) owned = x.all[x.all.indexOf(owned) + 1];
  if (owned && (c.toks[c.toks.length - 1].poss || spacedPoss) && BODY_POSSESSIONS.has(owned.lower)) return true;
  // "Branto , which makes car parts", "Branto , Germany 's biggest steelmaker", "Vendex posted a net profit": what a
  // company makes, what it ranks as, the results it reports
  // ("Branto , based in the northern town of …": where a firm is based, in an apposition)
  if (!c.toks[c.toks.length - 1].poss && c.toks.every((t) => !isGiven(t.lower)) && /^\s*,\s+(?:which is\s+)?(?:based|headquartered)\s+in\s/.test(after(x))) return true;
  if (!c.toks[c.toks.length - 1].poss && /^\s*,\s+which\s+(?:makes|owns|operates|produces|sells|runs|controls|manufactures|employs|supplies|builds|distributes|publishes)\b/.test(after(x))) return true;
  if (!c.toks[c.toks.length - 1].poss && /^\s*,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]+\s+){1,2}['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:company|bank|maker|carmaker|automaker|steelmaker|chipmaker|producer|retailer|airline|insurer|firm|brewer|chain|operator|exporter|importer|conglomerate|refiner|miner|utility|supermarket|broker|brokerage|publisher)\b/u.test(x.text.slice(x.all[x.last].end, x.all[x.last].end + 80))) return true;
  if (!c.toks[c.toks.length - 1].poss && /^\s+(?:posted|reported|recorded|booked|forecast)\s+(?:an?\s+)?(?:[\p{Ll}\d-]+\s+){0,3}(?:profit|profits|loss|losses|earnings|sales|revenue|revenues|turnover|dividend)\b/u.test(x.text.slice(x.all[x.last].end, x.all[x.last].end + 60))) return true;
  if (/\b(?:bid|offer|tender offer|takeover bid) for\s+$|\bmerger (?:with|between)\s+$/i.test(before(x))) return true;
  if (!n || c.toks[c.toks.length - 1].poss || !SPACE_GAP.test(n.gapBefore) || !/^\p{Ll}+$/u.test(n.text)) return false;
  const n2 = x.all[x.last + 2];
  return BODY_NOUNS_AFTER.has(n.lower) || (n.lower === "news" && !!n2 && SPACE_GAP.test(n2.gapBefore) && n2.lower === "agency");
};
/** "the Steelers", "the San Diego Padres": "the", then names whose last is a plural no place word or person knows. */
const theTeamName = (c: Candidate, x: ClassifyContext) => {
  const last = c.toks[c.toks.length - 1];
  return c.toks.length <= 3 && !c.titled && prevTok(x)?.lower === "the" && SPACE_GAP.test(x.all[x.first].gapBefore) && /\p{Ll}s$/u.test(last.text) && !last.poss && !PLACE_TAIL_WORDS.has(last.lower) && !isGiven(c.toks[0].lower) && !c.toks.some((t) => x.aw.personWords.has(t.lower));
};
/** The roles a team gives its people, written between the team's name and a person's: "Valdora coach Piet Smit". */
const TEAM_ROLES: ReadonlySet<string> = new Set([...SPORTS_POSITIONS, "coach", "manager", "captain", "skipper", "chairman", "president", "owner", "boss", "trainer", "team-mate", "teammate", "player", "players", "signing", "newcomer"]);
/** A lowercase team role right after the name, then a capitalized name: "Valdora coach Piet Smit". */
const teamRoleAfter = (c: Candidate, x: ClassifyContext) => {
  const n = nextTok(x);
  const n2 = x.all[x.last + 1 + 1];
  if (c.toks[c.toks.length - 1].poss || !n || !n2 || !SPACE_GAP.test(n.gapBefore) || !SPACE_GAP.test(n2.gapBefore)) return false;
  return /^\p{Ll}/u.test(n.text) && TEAM_ROLES.has(n.lower) && n2.cap && !n2.caseless && !FUNCTION_WORDS.has(n2.lower);
};
/** Offices addressed with an honorific, "Mr. President", "Madam Speaker": no surname. */
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(["president", "speaker", "chairman", "chairwoman", "chair", "secretary", "minister", "ambassador", "mayor", "governor", "premier", "chancellor", "commissioner", "senator", "director", "vice-president", "prime"]);
/** A given name and a people's name, the given name no place or people's name itself: "Peter Moldovan". */
const demonymSurname = (c: Candidate) =>
  c.toks.length === 2 && !c.titled && /^\p{Lu}\p{Ll}+$/u.test(c.toks[0].text) && /^\p{Lu}\p{Ll}+$/u.test(c.toks[1].text) && GIVEN_NAMES.has(foldName(c.toks[0].lower)) && !countryOf(c.toks[0].text) && !countryFormKind(c.toks[0].text) && wordClass(c.toks[0].lower) !== "place" && wordClass(c.toks[0].lower) !== "demonym" && !PLACE_HEAD_WORDS.has(c.toks[0].lower);
/** Compass regions and sea words that, capitalized alone after "the", name one region: "the Gulf", "the Midwest". */
const REGION_WORDS: ReadonlySet<string> = new Set(["north", "south", "east", "west", "midwest", "northeast", "northwest", "southeast", "southwest", "mideast", "gulf", "strait", "straits", "peninsula"]);
const hasJoiner = (c: Candidate) => c.toks.some((t) => ORG_JOINERS.has(t.text));

export const CLASSIFY_RULES: readonly ClassifyRule[] = [
  // "the Safe Third Country Agreement", "Remain in Mexico" program: a document or programme, not a name
  (c) => (NON_ENTITY_TAIL_WORDS.has(lastWord(c)) && !c.titled && (c.toks.length > 1 || !isGiven(c.toks[0].lower)) ? { type: "skip", rule: "document-name", certain: true } : null),
  // "Operation Lone Star", "Hurricane Mitch", "Title 42": an operation, a storm, a provision
  // ("Bill Clinton", "Bill Gates": a given name followed by a name is a person)
  (c, x) => (NON_ENTITY_HEAD_WORDS.has(c.toks[0].lower) && !c.titled && (c.toks.length > 1 || /^\s+\d/.test(after(x))) && !(c.toks.length > 1 && isGiven(c.toks[0].lower) && /^\p{Lu}\p{Ll}/u.test(c.toks[1].text)) ? { type: "skip", rule: "event-or-provision", certain: true } : null),
  // "Mexico-US-Migration", "U.S.-Mexico": a compound of place names is an adjective or a tag
  (c) => (c.toks.length === 1 && /-/.test(c.toks[0].text) && c.toks[0].text.split("-").some((p) => countryOf(p)) ? { type: "skip", rule: "place-compound", certain: true } : null),
  // "the Gulf", "the North", "the Midwest": a compass region or a sea's word written capitalized alone after "the" in
  // mid-sentence names one region (lowercase, "the north of the country", it names none)
  (c, x) => (c.toks.length === 1 && !c.titled && !c.toks[0].initial && !c.toks[0].caseless && !c.toks[0].poss && /^\p{Lu}\p{Ll}+$/u.test(c.toks[0].text) && REGION_WORDS.has(c.toks[0].lower) && prevTok(x)?.lower === "the" && SPACE_GAP.test(x.all[x.first].gapBefore) && !(nextTok(x)?.cap && SPACE_GAP.test(nextTok(x).gapBefore)) ? { type: "place", rule: "the-region-word", certain: false } : null),
  // "G", "Hospital", "Academy": one letter, or one organization word alone, names nothing
  (c) => (c.toks.length === 1 && (c.toks[0].text.replace(/\.$/, "").length === 1 || ((ORG_TAIL_WORDS.has(c.toks[0].lower) || PLACE_TAIL_WORDS.has(c.toks[0].lower)) && !c.titled)) ? { type: "skip", rule: "lone-word", certain: true } : null),
  // text in another language capitalizes other things: only listed names and strong cues count there
  (c, x) => (!x.aw.english && !c.titled && !isGiven(c.toks[0].lower) ? { type: "skip", rule: "not-english", certain: false } : null),
  // "CEO", "PhD": role and everyday acronyms are no names
  (c) => (c.toks.length === 1 && NOT_NAMES.has(c.toks[0].lower) ? { type: "skip", rule: "not-a-name", certain: true } : null),
  // "Central American", "Latin American": a place word before a demonym makes an adjective
  (c, x) => (c.toks.length === 1 && nextTok(x) && x.claimedDemonym(x.last + 1) && SPACE_GAP.test(nextTok(x).gapBefore) ? { type: "skip", rule: "before-demonym", certain: true } : null),
  // "PM2.5", "MYwRz9euaq": letters mixed with digits, not a listed code, name nothing
  (c) => (c.toks.some((t) => /\d/.test(t.text) && /\p{L}/u.test(t.text)) ? { type: "skip", rule: "code-or-link", certain: true } : null),
  // "D-Calif.", "R-Texas": a party and state tag after a lawmaker's name
  (c) => (c.toks.length === 1 && /^[DRI]-\p{Lu}/u.test(c.toks[0].text) ? { type: "skip", rule: "party-state-tag", certain: true } : null),
  // "Apple-sanctioned", "Cupertino-based": a name joined to a lowercase word is an adjective
  // ("Inzamam-ul-Haq", "Ata-ur-Rehman": a capitalized last part makes a name)
  (c) => (c.toks.length === 1 && /-\p{Ll}{2,}/u.test(c.toks[0].text) && !/-(?:de|la|le|en|sur|al|el|du|des|au|aux|lès)-/u.test(c.toks[0].text) && !/-\p{Lu}\p{Ll}+$/u.test(c.toks[0].text) ? { type: "skip", rule: "hyphen-adjective", certain: true } : null),
  // "Taiwanese", "Kurdish", "East African": compromise's word list knows the demonym
  // ("Peter Moldovan", "Tom English": a given name before a people's name makes a surname of it)
  (c) => ((wordClass(lastWord(c)) === "demonym" || (c.toks.length > 1 && countryFormKind(c.toks[c.toks.length - 1].text) === "demonym")) && !demonymSurname(c) ? { type: "skip", rule: "demonym-lexicon", certain: true } : null),
  // "Delhiites", "Angelenos": a people's name is a demonym, not a place or person
  (c) => (c.toks.length === 1 && /(?:ites?|eños?|eñas?)$/.test(c.toks[0].text.slice(-4)) && /\p{Ll}(?:ites?|eños?|eñas?)$/u.test(c.toks[0].text) ? { type: "skip", rule: "demonym-form", certain: false } : null),
  // "ISSUER : …", "PAYING AGENT : …", "L.O. : …": in a form of labelled fields, a label in capitals before its colon names nothing
  (c, x) => (x.form && c.toks.length <= 2 && c.toks.every((t) => t.upper || /^(?:\p{Lu}\.)+$/u.test(t.text)) && /^\s*:/.test(after(x)) ? { type: "skip", rule: "form-label", certain: true } : null),
  // "AL-AIN , United Arab Emirates 1996-12-06", "KABUL (Reuters) -": a dateline's capitals name a place (before the given-name rule: "MILAN 1997-02-12")
  (c, x) => (c.toks.every((t) => t.upper) && !(c.toks.length === 1 && SPORT_SLUGS.has(c.toks[0].lower)) && opensLine(c.toks[0], x.all) && /^\s*(?:,|\(|[—–]|-\s|\d{4}-\d\d-\d\d)/.test(after(x)) && !knownOrganization(c.toks.map((t) => t.text).join(" ")) ? { type: "place", rule: "dateline", certain: false } : null),
  // "Ontario-based Magna", "Ohio-based KeyCorp": a name right after where it is based is a firm's or a body's
  // ("London-based spokesman": lowercase words are no name)
  (c, x) => {
    const p = prevTok(x);
    return p && BASED_WORD.test(p.text) && SPACE_GAP.test(x.all[x.first].gapBefore) && !c.titled && !(c.toks.length > 1 && opensWithGiven(c.toks) && !hasAmpersand(c.toks)) ? { type: "organization", rule: "based-firm", certain: true } : null;
  },
  // "Douglas & Lomason", "A.G. Edwards & Sons": an ampersand joins the names of a firm's founders or partners, not a
  // person's ("Trinidad & Tobago": two places stay what the word lists say)
  (c) => (hasAmpersand(c.toks) && !c.titled && !countryOf(c.toks[0].text) && !isKnownPlace(c.toks[0].text) ? { type: "organization", rule: "ampersand-name", certain: true } : null),
  // "Inter Milan", "Deportivo Coruna": a club's word opening a two- or three-word name names a club
  (c) => (c.toks.length >= 2 && c.toks.length <= 3 && !c.titled && CLUB_NAME_WORDS.has(c.toks[0].lower) && !c.toks[0].poss && !ORG_TAIL_WORDS.has(lastWord(c)) && !PLACE_TAIL_WORDS.has(lastWord(c)) && !hasJoiner(c) ? { type: "organization", rule: "club-word-name", certain: false } : null),
  // "Rotor Volgograd", "Lada Togliatti": in a sports report, a club's own name and its town's name the word lists know
  (c, x) => {
    if (!x.sports || c.toks.length !== 2 || c.titled) return null;
    const town = c.toks[1];
    const isTown = wordClass(town.lower) === "place" || isKnownPlace(town.text) || !!countryOf(town.text, { capitals: true });
    return isTown && !countryOf(town.text) && clubNameBeforeTown(c.toks[0], x.aw) ? { type: "organization", rule: "club-and-town", certain: false } : null;
  },
  // "Valdora coach Piet Smit", "former Orlan striker Ivo Kren": in a sports report, a name before a team's role and a
  // person's name is the team
  (c, x) => (x.sports && c.toks.length <= 3 && !c.titled && teamRoleAfter(c, x) ? { type: "organization", rule: "team-role", certain: false } : null),
  // "Van der Westhuizen", "von Weizsaecker": a Dutch or German particle opening a name before a surname
  // ("Von der Leyen" once the article has named "Ursula von der Leyen": that person, for sure)
  (c, x) => (c.toks.length >= 2 && c.toks.length <= 3 && /^(?:Van|Von|Vander)$/.test(c.toks[0].text) && !c.titled && (PARTICLES.has(c.toks[1].text) || c.toks.length === 2) && /^\p{Lu}\p{Ll}/u.test(c.toks[c.toks.length - 1].text) && !ORG_TAIL_WORDS.has(lastWord(c)) && !PLACE_TAIL_WORDS.has(lastWord(c)) ? { type: "person", rule: "particle-surname", certain: x.aw.personWords.has(c.toks[c.toks.length - 1].lower) } : null),
  // "Rev. John L. McCullough", "President Trump", "Secretary of State Marco Rubio"
  (c, x) => (c.titled && !ORG_TAIL_WORDS.has(lastWord(c)) && !allEveryday(c, x) ? { type: "person", rule: "title-before-name", certain: true } : null),
  // "the daily Granma", "mineral water firm Multico", "Interfax news agency said", "his Saracens side": a body's noun beside the name
  (c, x) => (bodyNounBeside(c, x) ? { type: "organization", rule: "body-noun-beside", certain: true } : null),
  // "San Pedro Sula", "Santa Ana": a saint's name opens a place ("the San Francisco Giants" is a team)
  (c, x) => (c.toks.length > 1 && SAINT_WORDS.has(c.toks[0].lower) && !c.titled && !theTeamName(c, x) ? { type: "place", rule: "saint-place", certain: false } : null),
  // "a former Marine", "an Independent": "a"/"an" before one capitalized word makes it a common noun
  // ("an OSCE member", "a NATO summit": an acronym after the article is a body's name used as an adjective)
  (c, x) => (c.toks.length === 1 && !c.titled && articleBefore(x) && !(c.toks[0].upper && !c.toks[0].caseless && /^\p{Lu}{2,6}$/u.test(c.toks[0].text) && !NOT_NAMES.has(c.toks[0].lower) && !definedLowercase(c.toks[0].text, x.text.slice(0, firstUse(x.text, c.toks[0].text)))) ? { type: "skip", rule: "indefinite-article", certain: false } : null),
  // "Alexandra Hill Tinoco", "Silvia Martinez", "her daughter Maria"
  // "the Kimberley coast", "the Jordan valley": "the", one name, a lowercase place word
  (c, x) => (theNameOfPlace(c, x) ? { type: "place", rule: "the-name-place-word", certain: false } : null),
  // ("IRA", "AMY" in body text: a word in capitals is an acronym, not a given name)
  // "at Ellis Park", "in Hyde Park": after a preposition of place, a name ending in a place word that is also a surname is the place
  (c, x) => {
    const p = prevTok(x);
    const n = nextTok(x);
    const last = c.toks[c.toks.length - 1];
    if (c.toks.length < 2 || c.titled || last.poss || (n && n.text === "s" && /['’]$/u.test(n.gapBefore)) || !SURNAME_LIKE_PLACE_WORDS.has(last.lower) || !PLACE_TAIL_WORDS.has(last.lower)) return null;
    return p && /^(?:at|in|near|outside|inside)$/.test(p.text) && SPACE_GAP.test(x.all[x.first].gapBefore) ? { type: "place", rule: "place-word-after-preposition", certain: false } : null;
  },
  // "in Milan", "in Troy , Tennessee": a given name that is also a town's, after a preposition of place or before its
  // state or country, is the town
  (c, x) => {
    if (c.toks.length !== 1 || c.titled || c.toks[0].poss || !isGiven(c.toks[0].lower)) return null;
    const p = prevTok(x);
    const region = after(x).match(/^\s*,\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u);
    const inPlace = !!p && /^(?:in|near|at)$/.test(p.text) && SPACE_GAP.test(x.all[x.first].gapBefore) && wordClass(c.toks[0].lower) === "place";
    const ofRegion = !!region && !!p && /^(?:in|near|at|from|of|to)$/.test(p.text) && (!!countryOfSubdivision(region[1]) || !!countryOf(region[1]));
    return inPlace || ofRegion ? { type: "place", rule: "given-name-town", certain: false } : null;
  },
  (c) => (opensWithGiven(c.toks) && !(c.toks.length === 1 && c.toks[0].upper && !c.toks[0].caseless && c.toks[0].text.length > 1) && c.toks.length <= 5 && !ORG_TAIL_WORDS.has(lastWord(c)) && !(PLACE_TAIL_WORDS.has(lastWord(c)) && !SURNAME_LIKE_PLACE_WORDS.has(lastWord(c))) && !hasJoiner(c) ? { type: "person", rule: "given-name", certain: c.toks.length > 1 } : null),
  // "Radio Red", "Radio Television Serbia": a broadcaster's word opening a name makes an organization
  (c) => (c.toks.length > 1 && /^(?:radio|television|tv)$/.test(c.toks[0].lower) && !c.titled ? { type: "organization", rule: "broadcaster-first", certain: false } : null),
  // "BNP Paribas", "CNN International": an acronym opening a name makes an organization
  (c) => (c.toks.length > 1 && c.toks[0].upper && !c.toks[0].caseless && /^\p{Lu}{2,5}$/u.test(c.toks[0].text) && !c.titled ? { type: "organization", rule: "acronym-first", certain: false } : null),
  // "Church World Service", "National Migration Institute", "Department of Homeland Security"
  // ("Patriotic Union of Kurdistan", "National Council for Civil Liberties": a body's word before "of"/"for" heads a body's name)
  (c) => (c.toks.length > 1 && (ORG_TAIL_WORDS.has(lastWord(c)) || (ORG_HEAD_WORDS.has(c.toks[0].lower) && hasJoiner(c)) || c.toks.some((t, k) => k > 0 && (c.toks[k - 1].lower !== "first") && ORG_TAIL_WORDS.has(c.toks[k - 1].lower) && (t.text === "of" || t.text === "for") && k < c.toks.length - 1)) ? { type: "organization", rule: "organization-word", certain: true } : null),
  // "Gulf of Mexico", "Rio Grande Valley", "Chiapas state"
  (c) => (c.toks.length > 1 && (PLACE_TAIL_WORDS.has(lastWord(c)) || (PLACE_HEAD_WORDS.has(c.toks[0].lower) && (SAINT_WORDS.has(c.toks[0].lower) || !isGiven(c.toks[1]?.lower ?? "")))) ? { type: "place", rule: "place-word", certain: false } : null),
  // "Commerzbank", "Bundesbank": one word ending in "bank" is a bank
  (c) => (c.toks.length === 1 && /^\p{Lu}\p{Ll}{3,}bank$/u.test(c.toks[0].text) && !c.titled ? { type: "organization", rule: "bank-word", certain: false } : null),
  // "Babbar Khalsa, a Sikh militant group": an apposition that calls the name a body
  // ("Wang Donghai , the pressure group Human Rights in China said": a body named after it is another one)
  (c, x) => (!c.titled && !c.toks[c.toks.length - 1].poss && /^\s*,\s+(?:a|an|the)\s+(?:(?:[\p{L}'’-]+\s+){0,4}(?:group|organi[sz]ation|company|firm|party|movement|agency|bank|charity|militia|network|coalition|union|association|alliance|carmaker|airline|insurer|retailer|manufacturer|maker|conglomerate|broker|lender|newspaper|broadcaster|club|team|carrier|brewer|refiner|steelmaker|automaker|chipmaker|utility|exporter|importer|supplier|chain)|(?:[\p{L}'’-]+\s+){0,3}(?:largest|biggest|leading|second-largest|third-largest|top|state-owned|state|national)\s+(?:[\p{L}-]+\s+){0,2}(?:operator|producer|publisher|distributor|developer|miner))\b(?!\s+\p{Lu})/u.test(x.text.slice(x.all[x.last].end, x.all[x.last].end + 90)) ? { type: "organization", rule: "apposition-body", certain: false } : null),
  // "SOCCER - ARSENAL BEAT CHELSEA": a sport's name opening a wire report names nothing
  (c, x) => (c.toks.length === 1 && SPORT_SLUGS.has(c.toks[0].lower) && c.toks[0].upper && /^\s+-\s/.test(after(x)) ? { type: "skip", rule: "sport-slug", certain: true } : null),
  // "Alfredo Estrella/AFP via Getty Images": a photo credit names a person
  (c, x) => (/^\/\s*\p{Lu}/u.test(after(x)) && c.toks.length >= 2 ? { type: "person", rule: "photo-credit", certain: true } : null),
  // "TPS" after "temporary protected status, or": an acronym for an everyday phrase is no name
  (c, x) => (c.toks.length === 1 && c.toks[0].upper && definedLowercase(c.toks[0].text, x.text.slice(0, x.all[x.first].start)) ? { type: "skip", rule: "defined-acronym", certain: true } : null),
  // "WeWork", "SoftBank", "NurPhoto": capitals inside a word make a brand, not a person
  (c) => (c.toks.length === 1 && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(c.toks[0].text) && !/^(?:Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u.test(c.toks[0].text) ? { type: "organization", rule: "inner-capital", certain: false } : null),
  // "the Steelers", "the Baltimore Orioles": "the" before an unknown name ending in a plural makes it a team or group
  (c, x) => (theTeamName(c, x) ? { type: "organization", rule: "the-plural-name", certain: false } : null),
  // "AMLO", "Lula": a short form the reference list gives for one official
  (c, x) => (c.toks.length === 1 && new Set(x.ref.byName(c.toks[0].text).map((o) => o.name)).size === 1 ? { type: "person", rule: "reference-variant", certain: true } : null),
  // "CNN", "AFP", "FBI": an unknown acronym is most often an organization
  // ("DUBAI" in a dateline is the "Dubai" the article writes elsewhere)
  // ("home team in CAPS", "PRESS DIGEST -": an everyday word of four letters or more written in capitals is emphasis)
  (c, x) => (c.toks.length === 1 && c.toks[0].upper && !c.toks[0].caseless && /^\p{Lu}{4,6}$/u.test(c.toks[0].text) && !x.aw.midTitle.has(c.toks[0].lower) && wordClass(c.toks[0].lower) === "common" ? { type: "skip", rule: "capitals-emphasis", certain: false } : null),
  (c, x) => (c.toks.length === 1 && c.toks[0].upper && !c.toks[0].caseless && /^\p{Lu}[\p{Lu}&.-]{1,5}$/u.test(c.toks[0].text) && !x.aw.midTitle.has(c.toks[0].lower) ? { type: "organization", rule: "acronym", certain: false } : null),
  // "N. Korea", "S. Africa": a compass point's initial before a place's name makes a place
  (c) => (c.toks.length === 2 && /^[NSEW]\.$/.test(c.toks[0].text) && (!!countryOf(c.toks[1].text) || isKnownPlace(c.toks[1].text) || wordClass(c.toks[1].lower) === "place" || COUNTRIES.some((k) => k.name.endsWith(` ${c.toks[1].text}`))) ? { type: "place", rule: "compass-initial-place", certain: false } : null),
  // "P. Simmons", "J.K. Rowling": initials before a capitalized word make a person
  (c) => (c.toks.length >= 2 && /^(?:\p{Lu}\.)+$/u.test(c.toks[0].text) && !/\./.test(c.toks[c.toks.length - 1].text) ? { type: "person", rule: "initials", certain: false } : null),
  // "the President of Somaliland said": a listed place a title's "of" took into its run is still the place
  (c) => (!c.titled && isKnownPlace(c.toks.map((t) => t.text).join(" ")) ? { type: "place", rule: "known-place", certain: true } : null),
  // "Hill" once the article has named "Alexandra Hill Tinoco"
  (c, x) => (c.toks.every((t) => x.aw.personWords.has(t.lower) || PARTICLES.has(t.text)) ? { type: "person", rule: "known-person-word", certain: true } : null),
  // compromise's word list: "Chiapas" a region, "Rubio" a surname
  (c) => {
    if (c.toks.length !== 1) return null;
    const cls = wordClass(c.toks[0].lower);
    if (cls === "place") return { type: "place", rule: "place-lexicon", certain: false };
    if (cls === "organization") return { type: "organization", rule: "organization-lexicon", certain: false };
    if (cls === "surname" || cls === "person") return { type: "person", rule: "surname-lexicon", certain: false };
    return null;
  },
  (c, x) => (x.ref.bySurname(c.toks[c.toks.length - 1].text).length && c.toks.length <= 3 && !allEveryday(c, x) ? { type: "person", rule: "reference-surname", certain: false } : null),
  // "Hoechst fell 2.10 marks", "Orvane rose 3 percent": in a market report, one unknown word whose price moves is a listed firm
  (c, x) => {
    if (!x.market || c.toks.length !== 1 || c.titled || c.toks[0].poss || c.toks[0].upper || isGiven(c.toks[0].lower) || x.aw.personWords.has(c.toks[0].lower)) return null;
    return /^\s+(?:rose|fell|gained|lost|slipped|eased|climbed|jumped|dropped|firmed|shed|edged (?:up|down|higher|lower)|surged|plunged|tumbled|soared|rallied|slumped|advanced|declined|was (?:up|down|unchanged)|ended (?:up|down|higher|lower))\b/.test(after(x)) ? { type: "organization", rule: "market-mover", certain: false } : null;
  },
  // "Buckele's government", "Giammattei said", "McAleenan, who"
  (c, x) => {
    const last = c.toks[c.toks.length - 1];
    const n = nextTok(x);
    if (last.poss && n && PERSON_POSSESSIONS.has(n.lower)) return { type: "person", rule: "possessive-person", certain: false };
    // ("Nutreco said its net profit rose", "Vendex said on Monday its …": a body speaks of its own; "Vendex said it would …":
    // a body speaks of itself as "it", where a person named by one unknown word would be "he" or "she")
    if (!last.poss && n && SPACE_GAP.test(n.gapBefore) && /^(?:said|says|reported|announced)$/.test(n.lower) && !opensWithGiven(c.toks) && !c.toks.some((t) => x.aw.personWords.has(t.lower))) {
      const m = x.text.slice(n.end, n.end + 50).match(/^\s+(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+day\s+|in a statement\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?)?(?:that\s+)?(its?)\s/u);
      // ("it" only after one word that no "of" governs: "the party of Massoud Barzani said that it …" is the party)
      if (m && (m[1] === "its" || (c.toks.length === 1 && prevTok(x)?.lower !== "of"))) return { type: "organization", rule: "said-its", certain: false };
    }
    if (!last.poss && n && SPACE_GAP.test(n.gapBefore) && PERSON_VERBS.has(n.lower)) return { type: "person", rule: "speech-verb-after", certain: false };
    if (/^,\s+(who|whose)\b/.test(after(x)) || /^,\s+\d{1,3},/.test(after(x))) return { type: "person", rule: "relative-clause", certain: false };
    return null;
  },
  // "the port of Shëngjin", "the village of Gjadër": a kind of place, "of", a name ("the capital Grozny", "neighbouring Kehl": no "of")
  (c, x) => (c.toks.length <= 3 && /\b(?:(?:port|village|town|city|state|province|region|island|municipality|district|capital|hamlet|neighbou?rhood|suburb|county|department)\s+of|capital|neighbou?ring)\s+$/i.test(before(x)) && !c.toks.some((t) => isGiven(t.lower)) ? { type: "place", rule: "place-kind-of", certain: false } : null),
  // "the Carthage palace", "the Tijuana airport": a name before a lowercase place word
  (c, x) => {
    const n = nextTok(x);
    return c.toks.length <= 2 && n && !c.toks[c.toks.length - 1].poss && SPACE_GAP.test(n.gapBefore) && /^\p{Ll}/u.test(n.text) && PLACE_TAIL_WORDS.has(n.lower) && !SURNAME_LIKE_PLACE_WORDS.has(n.lower) || (n && ["palace", "airport", "port"].includes(n.lower) && SPACE_GAP.test(n.gapBefore) && !c.toks[c.toks.length - 1].poss && c.toks.length <= 2)
      ? { type: "place", rule: "place-before-place-word", certain: false }
      : null;
  },
  // "near Mission, Texas", "in Tapachula"
  (c, x) => {
    const p = prevTok(x);
    if (/^,\s+\p{Lu}/u.test(after(x)) && countryOf(after(x).replace(/^,\s+/, "").split(/[\s,.]/)[0]) && c.toks.length <= 3) return { type: "place", rule: "place-comma-region", certain: false };
    // ("shares in Netscape", "a stake in Volvo": a company)
    if (p && p.lower === "in" && /\b(?:shares?|stakes?|holdings?|investments?|invested|investing|interest)\s+in\s+$/i.test(before(x)) && c.toks.length <= 3) return { type: "organization", rule: "stake-in", certain: false };
    if (p && PLACE_PREPOSITIONS.has(p.lower) && !c.toks.some((t) => isGiven(t.lower)) && c.toks.length <= 3) return { type: "place", rule: "place-preposition", certain: false };
    return null;
  },
  // "Manchester United", "Texas Instruments": a place's name and a capitalized everyday word name a body
  (c, x) => (c.toks.length === 2 && !c.titled && !c.toks[0].poss && (wordClass(c.toks[0].lower) === "place" || isKnownPlace(c.toks[0].text) || !!countryOf(c.toks[0].text)) && countryFormKind(c.toks[0].text) !== "demonym" && looksEnglish(c.toks[1].lower, x.aw) && !PLACE_TAIL_WORDS.has(c.toks[1].lower) && !NOT_NAMES.has(c.toks[1].lower) && !/^(?:democrats?|republicans?|independents?|officials?|police|government|state|city|county|province|border)$/.test(c.toks[1].lower) && !isMonthOrDay(c.toks[1]) ? { type: "organization", rule: "place-and-word", certain: false } : null),
  // "Safe Third Country", "Remain": everyday words in capitals, with no other cue, name nothing
  (c, x) => (c.toks.some((t) => !PARTICLES.has(t.text) && !x.aw.personWords.has(t.lower) && (FUNCTION_WORDS.has(t.lower) || NOT_NAMES.has(t.lower) || wordClass(t.lower) === "common" || COMMON_CAPITALIZED.has(t.lower) || x.aw.lower.has(t.lower))) ? { type: "skip", rule: "everyday-words", certain: false } : null),
  // "Nesta", "Coloque": one unknown word opening a sentence, with no cue, is left alone
  (c, x) => (c.toks.length === 1 && c.toks[0].initial && !x.aw.midCaps.has(c.toks[0].lower) ? { type: "skip", rule: "initial-unknown", certain: false } : null),
  // "Stories", "Implications", "Exclusively": one word with an everyday ending is no name
  // ("Mullally", "Connolly": a word the article capitalizes mid-sentence is a name)
  (c, x) => (c.toks.length === 1 && /(?:ies|tions?|sions?|ments?|ness|ities|ly|ics)$/.test(c.toks[0].lower) && c.toks[0].text.length > 5 && !(/ly$/.test(c.toks[0].lower) && x.aw.midTitle.has(c.toks[0].lower)) ? { type: "skip", rule: "everyday-ending", certain: false } : null),
  // "the Sahrawi people", "a Karen tribe": one unknown word before a noun for a people is that people's name, no body or person
  (c, x) => (c.toks.length === 1 && !c.titled && !c.toks[0].poss && !x.aw.personWords.has(c.toks[0].lower) && beforePeopleNoun(x) ? { type: "skip", rule: "people-name", certain: false } : null),
  // "the Kuomintang", "the Bundestag": "the" before one unknown name makes a body, not a person
  (c, x) => (c.toks.length === 1 && !c.titled && prevTok(x)?.lower === "the" && SPACE_GAP.test(x.all[x.first].gapBefore) && !c.toks[0].poss && !x.aw.personWords.has(c.toks[0].lower) ? { type: "organization", rule: "the-unknown-name", certain: false } : null),
  // what is left: one to four unknown capitalized words read as a person's name, uncertain
  (c) => (c.toks.length <= 4 && !hasJoiner(c) ? { type: "person", rule: "unknown-capitalized", certain: false } : null),
];

/** The lowercase facility noun right after a guessed name of one to three words, with the facility's type. */
function facilityNounAfter(c: Candidate, first: number, last: number, toks: Token[], verdict: { type: Kind; certain: boolean }): { tok: Token; type: EntityType } | null {
  if (verdict.certain || c.titled || c.toks.length > 3 || c.toks[c.toks.length - 1].poss) return null;
  if (verdict.type !== "place" && verdict.type !== "person" && verdict.type !== "organization") return null;
  const n = toks[last + 1];
  if (!n || !SPACE_GAP.test(n.gapBefore) || !/^\p{Ll}+$/u.test(n.text)) return null;
  const type = FACILITY_NOUNS.get(n.lower);
  if (!type) return null;
  // ("a Kosevo street", "an Orlov hospital": one of the place's streets or hospitals, the place named)
  const p = toks[first - 1];
  if (p && (p.lower === "a" || p.lower === "an") && SPACE_GAP.test(toks[first].gapBefore)) return null;
  return { tok: n, type };
}

/** Where a word is first written as a word of its own in the text (each word looked up once per text). */
function firstUse(text: string, word: string): number {
  if (text !== FIRST_USE.text) FIRST_USE = { text, at: new Map() };
  let at = FIRST_USE.at.get(word);
  if (at === undefined) FIRST_USE.at.set(word, (at = firstUseIn(text, word)));
  return at;
}
let FIRST_USE: { text: string; at: Map<string, number> } = { text: "", at: new Map() };
function firstUseIn(text: string, word: string): number {
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").exec(text);
  return m ? m.index : text.length;
}

/** Whether an acronym spells the initials of lowercase words just before it: "temporary protected status, or TPS". */
function definedLowercase(acronym: string, textBefore: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, "").toLowerCase();
  if (letters.length < 2) return false;
  const tail = textBefore.slice(-150);
  // (the pattern below, tried from every place of the tail, can only match a tail that ends, past white space, in
  // "(", "," or a spaced "or": most do not, and are told so without it)
  const end = tail.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if (last !== 0x28 && last !== 0x2c && !(end.endsWith("or") && /\s/.test(end.charAt(end.length - 3)))) return false;
  const m = tail.match(/([\p{Ll}\s-]+?)\s*(?:\(|,?\s+or|,)\s*$/u);
  if (!m) return false;
  const words = m[1].trim().split(/[\s-]+/).filter(Boolean);
  if (words.length < letters.length) return false;
  return words.slice(-letters.length).map((w) => w[0]).join("") === letters;
}

// ---------- the extractor ----------

export interface EntityResult {
  items: Entity[];
  diagnostics: Diagnostic[];
}

/** What the steps of extractEntities share: the text's words, and the mentions found so far, which each step adds to or retypes. */
interface EntityScan {
  text: string;
  toks: Token[];
  aw: ArticleWords;
  ref: ReferenceIndex;
  /** Per token, 0 when free; otherwise the index after the last token of the gazetteer name that holds it. */
  claimed: number[];
  /** The tokens the gazetteer read as a people's name ("American"), by index. */
  demonymAt: Set<number>;
  mentions: Mention[];
  diagnostics: Diagnostic[];
  /** Whether the text is a sports report (isSportsReport), a form of labelled fields (isLabelledForm), a market report (isMarketReport). */
  sports: boolean;
  form: boolean;
  market: boolean;
  /** In a sports report, the unknown words left out at a sentence's start ("Orlan beat Valdora"), for the teams found later. */
  skippedInitial: Token[][];
}

type TrimmedRun = NonNullable<ReturnType<typeof trimRun>>;
type Verdict = NonNullable<ReturnType<ClassifyRule>>;

/** What follows the classification, in order: each retypes, adds or drops mentions by what the others found. */
const ENTITY_REFINERS: readonly ((s: EntityScan) => void)[] = [
  retypeNearOrganizations,
  joinToPlaces,
  joinToOrganizations,
  companyShortForms,
  sameWordsSameType,
  sportsReportTeams,
  namesCutByLine,
  dropLoneUnknownWords,
  placeNamedSurnames,
  peopleNameOpensParty,
  datelinePlaces,
];

/** Finds the entities of one text. `dates` (from the dates extractor) keep month names out. */
export function extractEntities(text: string, opts: EntityOptions & { dates?: readonly Span[]; index?: ReferenceIndex; year?: number | null } = {}): EntityResult {
  const ref = opts.index ?? makeReferenceIndex(opts.reference);
  const toks = tokenize(text);
  const aw = articleWords(toks);
  const dated = datedTokens(toks, opts.dates ?? []);
  const sports = isSportsReport(toks, text);
  const s: EntityScan = {
    text,
    toks,
    aw,
    ref,
    claimed: toks.map(() => 0),
    demonymAt: new Set<number>(),
    mentions: [],
    diagnostics: [],
    sports,
    form: isLabelledForm(text),
    market: !sports && isMarketReport(toks),
    skippedInitial: [],
  };
  // 1. the gazetteer's names, and the longer names that hold them
  gazetteerPass(s);
  yieldToLongerNames(s);
  // 2–3. runs of name words, classified
  classifyCandidates(s, nameCandidates(s, (t) => dated.has(t), opts.dates !== undefined));
  for (const refine of ENTITY_REFINERS) refine(s);
  // 4. coreference of people
  resolvePeople(s.mentions, text, ref, opts.nearVariants ?? "reference", s.diagnostics, opts.year ?? null);
  shareGender(s.mentions);
  return { items: entityItems(s), diagnostics: s.diagnostics };
}

/**
 * The tokens inside a date, in one sweep: a token is inside one when the furthest end among dates starting
 * at or before it reaches its end (a scan of every date per token was quadratic).
 */
function datedTokens(toks: Token[], dates: readonly Span[]): Set<Token> {
  const sortedDates = [...dates].sort((a, b) => a.start - b.start);
  const dated = new Set<Token>();
  let reach = -1;
  for (let i = 0, d = 0; i < toks.length; i++) {
    while (d < sortedDates.length && sortedDates[d].start <= toks[i].start) reach = Math.max(reach, sortedDates[d++].end);
    if (reach >= toks[i].end) dated.add(toks[i]);
  }
  return dated;
}

/** The names the gazetteer knows, each claiming its tokens; a place or body name read with the words around it. */
function gazetteerPass(s: EntityScan): void {
  const { text, toks, aw, claimed, demonymAt, mentions, sports } = s;
  for (let i = 0; i < toks.length; i++) {
    if (!toks[i].cap && !toks[i].text.startsWith("al-")) continue;
    const hit = gazetteerAt(toks, i);
    if (!hit) continue;
    const lastT = toks[i + hit.len - 1];
    const next = toks[i + hit.len];
    const prev = toks[i - 1];
    // "Homeland Security Secretary": a body's name used as a portfolio belongs to the title
    if (hit.kind === "organization" && next && SPACE_GAP.test(next.gapBefore) && !lastT.poss && matchTitleAt(toks, i).length > hit.len) continue;
    // "Chad Wolf", "George Washington": a place word that is part of a person's name
    if (hit.len === 1 && hit.kind === "place" && ((next && next.cap && SPACE_GAP.test(next.gapBefore) && !lastT.poss && isGiven(toks[i].lower) && !gazetteerAt(toks, i + 1)) || (prev && prev.cap && !prev.poss && SPACE_GAP.test(toks[i].gapBefore) && isGiven(prev.lower) && (!prev.initial || isUnambiguousGiven(prev, aw))))) continue;
    // "Peter Moldovan", "Tom English": a people's name right after a given name is a surname
    if (hit.kind === "demonym" && hit.len === 1 && prev && !claimed[i - 1] && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && !prev.poss && SPACE_GAP.test(toks[i].gapBefore) && GIVEN_NAMES.has(foldName(prev.lower)) && (!prev.initial || isUnambiguousGiven(prev, aw)) && !countryOf(prev.text) && !countryFormKind(prev.text) && wordClass(prev.lower) !== "place" && !PLACE_HEAD_WORDS.has(prev.lower) && !lastT.poss && !(next && next.cap && SPACE_GAP.test(next.gapBefore))) continue;
    // "Real Madrid", "Dynamo Moscow": a club's word before a town's name names the club
    // (and in a sports report, any unknown name before a town's: "Ajax Amsterdam", "Spartak Moscow")
    if (hit.kind === "place" && prev && !claimed[i - 1] && prev.cap && !prev.poss && SPACE_GAP.test(toks[i].gapBefore) && (CLUB_NAME_WORDS.has(prev.lower) || (sports && clubNameBeforeTown(prev, aw) && !countryOf(text.slice(toks[i].start, lastT.end)))) && !lastT.poss && !(next && next.cap && SPACE_GAP.test(next.gapBefore))) {
      for (let k = i - 1; k < i + hit.len; k++) claimed[k] = i + hit.len;
      mentions.push(mention({ start: prev.start, end: lastT.end, type: "organization", rule: "club-word-town", certain: false, words: [], canonical: text.slice(prev.start, lastT.end) }));
      i += hit.len - 1;
      continue;
    }
    // "Texas Rangers", "China Daily", "San Diego Padres": a place's name and the name words after it name a body
    const body = hit.kind === "place" && !lastT.poss ? bodyAfterPlace(toks, i + hit.len, aw) : 0;
    if (body) {
      const endT = toks[i + hit.len + body - 1];
      for (let k = i; k < i + hit.len + body; k++) claimed[k] = i + hit.len + body;
      mentions.push(mention({ start: toks[i].start, end: endT.end, type: "organization", rule: "place-and-name", certain: false, words: [], canonical: text.slice(toks[i].start, endT.end) }));
      i += hit.len + body - 1;
      continue;
    }
    for (let k = i; k < i + hit.len; k++) claimed[k] = i + hit.len;
    if (hit.kind === "demonym") demonymAt.add(i);
    if (hit.kind !== "demonym" && hit.kind !== "skip") {
      mentions.push(mention({ start: toks[i].start, end: lastT.end, type: hit.kind, rule: "gazetteer", certain: true, words: [], canonical: hit.canonical }));
    }
    i += hit.len - 1;
  }
}

// "European Space Agency", "United Nations General Assembly", "the National Congress": a known
// name inside a longer organization name gives way to the longer name
function yieldToLongerNames(s: EntityScan): void {
  const { toks, aw, claimed, demonymAt, mentions } = s;
  for (let i = 0; i < toks.length; i++) {
    if (!claimed[i] || (i > 0 && claimed[i - 1] === claimed[i])) continue;
    const end = claimed[i];
    if (toks[end - 1].poss) continue;
    let e = end;
    while (e < toks.length && !claimed[e] && toks[e].cap && SPACE_GAP.test(toks[e].gapBefore) && !toks[e - 1].poss) e++;
    let b = i;
    while (b > 0 && !claimed[b - 1] && toks[b - 1].cap && !toks[b - 1].poss && SPACE_GAP.test(toks[b].gapBefore) && !FUNCTION_WORDS.has(toks[b - 1].lower) && !(toks[b - 1].initial && isEverydayWord(toks[b - 1], aw)) && !isGiven(toks[b - 1].lower) && !matchTitleAt(toks, b - 1).length) b--;
    const after = e > end && ORG_TAIL_WORDS.has(toks[e - 1].lower);
    const before = b < i && ORG_TAIL_WORDS.has(toks[end - 1].lower);
    if (!after && !before) continue;
    for (let k = i; k < end; k++) claimed[k] = 0;
    demonymAt.delete(i);
    const at = mentions.findIndex((m) => m.start === toks[i].start);
    if (at >= 0) mentions.splice(at, 1);
  }
}

/** The runs of name words, twice (the first pass learns which words name people for the second), trimmed to candidates. */
function nameCandidates(s: EntityScan, inDate: (t: Token) => boolean, hasDates: boolean): ReturnType<typeof trimRun>[] {
  const { toks, aw, claimed, mentions } = s;
  const { runs, absorbed } = findRuns(toks, claimed, aw);
  // (a binary search per mention, and only when a run took in a known name: most articles have none)
  if (absorbed.size) {
    const kept = mentions.filter((m) => !absorbed.has(indexAt(toks, m.start, (t) => t.start)));
    mentions.splice(0, mentions.length, ...kept);
  }
  // (pushed one by one, not made by flatMap and map: map's array came packed for some articles and holey for
  // others, and the optimized code, seeing the other kind at the loops below, fell back to unoptimized code for the
  // rest of nearly every article; --trace-deopt: "wrong map" at one loop, hundreds of times a run)
  const candidates: ReturnType<typeof trimRun>[] = [];
  for (const run of runs) for (const part of splitAtInnerTitle(run, toks, aw)) candidates.push(trimRun(part, toks, aw, inDate, hasDates));
  for (const c of candidates) {
    if (!c || c.cand.loneTitle) continue;
    // ("Douglas & Lomason": a firm's name, not a person's)
    const strong = !hasAmpersand(c.cand.toks) && ((c.cand.titled && !c.cand.toks.every((t) => !isGiven(t.lower) && (FUNCTION_WORDS.has(t.lower) || looksEnglish(t.lower, aw)))) || opensWithGiven(c.cand.toks));
    if (strong && c.cand.toks.length >= 1 && !ORG_TAIL_WORDS.has(lastWord(c.cand))) for (const t of c.cand.toks) if (!PARTICLES.has(t.text)) aw.personWords.add(t.lower);
  }
  return candidates;
}

/** Each candidate's verdict (the classify rules), made a mention. */
function classifyCandidates(s: EntityScan, candidates: ReturnType<typeof trimRun>[]): void {
  for (const c of candidates) {
    if (!c) continue;
    const verdict = verdictOf(c, s);
    if (s.sports && verdict?.rule === "initial-unknown" && !c.cand.titled) s.skippedInitial.push(c.cand.toks);
    if (!verdict || verdict.type === "skip" || verdict.type === "demonym") continue;
    addCandidateMention(s, c, verdict);
  }
}

/** What a candidate is: the first classify rule that decides, or a lone title's reading; a sports report's overrides last. */
function verdictOf(c: TrimmedRun, s: EntityScan): Verdict | null {
  if (c.cand.loneTitle) return loneTitleVerdict(s, c);
  const { text, toks, aw, ref, demonymAt, sports, form, market } = s;
  const x: ClassifyContext = { text, all: toks, aw, ref, first: c.first, last: c.last, claimedDemonym: (k) => demonymAt.has(k), sports, form, market };
  let verdict: Verdict | null = null;
  for (const rule of CLASSIFY_RULES) {
    verdict = rule(c.cand, x);
    if (verdict) break;
  }
  return sports ? sportsVerdict(s, c, verdict) : verdict;
}

// "… said King": the surname of a person the article has named in full, not a title ("the King said" stays one)
function loneTitleVerdict(s: EntityScan, c: TrimmedRun): Verdict | null {
  const { toks, aw } = s;
  const p = toks[c.first - 1];
  const t0 = c.cand.toks[0];
  // ("Mr. President", "Madam Speaker": an office addressed, not a surname)
  if (c.cand.titled && HONORIFICS.has(c.cand.titled) && !t0.upper && !ADDRESSED_OFFICES.has(t0.lower)) return { type: "person", rule: "title-before-name", certain: true };
  if (c.cand.titled || t0.upper || !aw.personWords.has(t0.lower) || (p && SPACE_GAP.test(t0.gapBefore) && /^(?:the|a|an)$/i.test(p.text)) || toks[c.first + 1]?.cap && SPACE_GAP.test(toks[c.first + 1].gapBefore)) return null;
  return { type: "person", rule: "known-person-word", certain: true };
}

// a sports report: "Arsenal beat Chelsea", a club named by an everyday word the report capitalizes mid-sentence
// ("( Ward 12 )", "( Hale 34 , Ward 71 )": a scorer with the minute of his goal, in a summary's brackets, is a player)
function sportsVerdict(s: EntityScan, c: TrimmedRun, verdict: Verdict | null): Verdict | null {
  const { text, toks, aw, claimed, sports } = s;
  if (verdict?.rule === "everyday-words" && sports && c.cand.toks.length === 1 && !c.cand.titled && /[(,]\s+$/.test(text.slice(Math.max(0, c.cand.toks[0].start - 3), c.cand.toks[0].start)) && /^\s+\d{1,3}\s*[,;)]/.test(text.slice(c.cand.toks[0].end, c.cand.toks[0].end + 8)) && /^\p{Lu}\p{Ll}+$/u.test(c.cand.toks[0].text)) {
    verdict = { type: "person", rule: "scorer-minute", certain: false };
  }
  // ("( Ward 12 )": a scorer with the minute of his goal is no club)
  if (verdict?.rule === "everyday-words" && sports && c.cand.toks.length === 1 && !/^\s*:/.test(text.slice(c.cand.toks[0].end, c.cand.toks[0].end + 3)) && !/^\s+\d{1,3}\s*[,;)]/.test(text.slice(c.cand.toks[0].end, c.cand.toks[0].end + 8)) && !c.cand.titled && !(c.first > 0 && claimed[c.first - 1] && SPACE_GAP.test(toks[c.first].gapBefore)) && aw.midCaps.has(c.cand.toks[0].lower) && !COMMON_CAPITALIZED.has(c.cand.toks[0].lower) && !FUNCTION_WORDS.has(c.cand.toks[0].lower) && !NOT_NAMES.has(c.cand.toks[0].lower) && !TITLE_WORDS.has(c.cand.toks[0].lower) && !SPORTS_WORDS.has(c.cand.toks[0].lower)) {
    verdict = { type: "organization", rule: "sports-team-word", certain: false };
  }
  return verdict;
}

function addCandidateMention(s: EntityScan, c: TrimmedRun, verdict: Verdict): void {
  const { text, toks, mentions, diagnostics } = s;
  const first = c.cand.toks[0];
  const last = c.cand.toks[c.cand.toks.length - 1];
  // "the Gradina stadium", "Brelnik airport": a guessed name right before a lowercase facility noun is the facility's
  // name with the noun, not a place or a person of its own (a reader would otherwise take it for a slip of a
  // country's or a person's name); "a Dallas street" is a street in a place, and a known name stays what it is
  const facility = facilityNounAfter(c.cand, c.first, c.last, toks, verdict);
  if (facility) {
    mentions.push(mention({ start: first.start, end: facility.tok.end, type: facility.type, rule: "facility-name", certain: false, words: [], canonical: text.slice(first.start, facility.tok.end) }));
    return;
  }
  const surface = text.slice(first.start, last.end);
  const type = verdict.type as EntityType;
  let canonical = surface;
  if (type === "organization") canonical = knownOrganization(surface)?.name ?? surface;
  if (type === "place") canonical = countryOf(surface) ?? surface;
  // ("Tomas 'Tommy' Reyes Jr.": a nickname the run stepped over is no part of the name)
  if (type === "person" && c.last - c.first + 1 > c.cand.toks.length) canonical = c.cand.toks.map((t) => t.text).join(" ");
  // the name's words, particles left out (one loop, not filter then map: the filtered array came empty for some
  // names, of another hidden class, and map on it sent the optimized code back to unoptimized code as above)
  const words: string[] = [];
  for (const t of c.cand.toks) if (!PARTICLES.has(t.text) && !(t !== last && PARTICLES.has(t.lower))) words.push(foldName(t.caseless ? titleCase(t.text) : t.text).replace(/\.$/, ""));
  mentions.push({
    start: first.start,
    end: last.end,
    type,
    rule: verdict.rule,
    certain: verdict.certain,
    words,
    canonical: type === "person" && first.caseless ? titleCase(surface) : canonical,
    gender: type === "person" ? c.cand.gender ?? givenGender(first.lower) : undefined,
    affiliation: c.cand.affiliation,
    titled: c.cand.titled,
  });
  if (type === "organization" && !knownOrganization(surface)) {
    // "Tran de Aragua": one slip from a listed organization; kept as written, flagged for reconcile
    const near = nearKnownOrganization(surface);
    if (near) diagnostics.push({ rule: "entities:name-variant", message: `"${surface}" may be a misspelling of "${near}"`, text: surface, start: first.start, end: last.end });
  }
}

// an unknown capitalized phrase one slip from a listed organization is that organization's kind
function retypeNearOrganizations(s: EntityScan): void {
  const { text, mentions, diagnostics } = s;
  for (const m of mentions) {
    if (m.type !== "person" || m.certain || m.words.length < 2) continue;
    const surface = text.slice(m.start, m.end);
    const near = nearKnownOrganization(surface);
    if (!near) continue;
    m.type = "organization";
    m.rule = "near-known-organization";
    m.canonical = surface;
    diagnostics.push({ rule: "entities:name-variant", message: `"${surface}" may be a misspelling of "${near}"`, text: surface, start: m.start, end: m.end });
  }
}

// "in Cancún and Querétaro": a guessed name joined by "and"/"or"/"," to a place is a place too
function joinToPlaces(s: EntityScan): void {
  const { text, mentions } = s;
  const sureKinds = new Set(["title-before-name", "given-name", "known-person-word", "photo-credit", "initials", "reference-surname", "surname-lexicon"]);
  const places = mentions.filter((m) => m.type === "place");
  for (const m of mentions) {
    if (m.type !== "person" || m.certain || sureKinds.has(m.rule) || m.words.length > 2) continue;
    const joined = places.some((p) => (p.end <= m.start && /^(?:,\s*|\s+)(?:and|or)\s+$|^,\s+$/.test(text.slice(p.end, m.start))) || (p.start >= m.end && /^(?:,\s*|\s+)(?:and|or)\s+$|^,\s+$/.test(text.slice(m.end, p.start))));
    if (!joined) continue;
    m.type = "place";
    m.rule = "joined-to-place";
    m.words = [];
    m.canonical = text.slice(m.start, m.end);
  }
}

// "Mobil , Shell and Caltex": a guessed name in a list with an organization is an organization
// (joined by "and"/"or", or by a comma where the list goes on)
function joinToOrganizations(s: EntityScan): void {
  const { text, mentions } = s;
  for (let round = 0; round < 2; round++) {
    // ("six RBI and Donne Wall fired": a guessed acronym joins no list)
    const bodies = mentions.filter((m) => m.type === "organization" && m.rule !== "acronym");
    for (const m of mentions) {
      if (m.type !== "person" || m.rule !== "unknown-capitalized" || m.words.length > 2) continue;
      const gapAfter = (a: Mention, b: Mention) => text.slice(a.end, b.start);
      // (the list goes on past the pair, not through the comma that joins them: "Jorgen Larsen , Oslo Newsroom" is no list)
      const goesOnAfter = (end: number) => /^\s*(?:,|and\b|or\b)/.test(text.slice(end, end + 6));
      const goesOnBefore = (start: number) => /(?:,|\band|\bor)\s*$/.test(text.slice(Math.max(0, start - 6), start));
      const joined = bodies.some((o) => {
        const gap = o.end <= m.start ? gapAfter(o, m) : o.start >= m.end ? gapAfter(m, o) : null;
        const listGoesOn = o.end <= m.start ? goesOnAfter(m.end) || goesOnBefore(o.start) : goesOnBefore(m.start) || goesOnAfter(o.end);
        return gap !== null && (/^\s*(?:,\s*)?(?:and|or)\s+$/.test(gap) || (/^\s*,\s*$/.test(gap) && listGoesOn));
      });
      if (!joined) continue;
      m.type = "organization";
      m.rule = "joined-to-organization";
      m.words = [];
      m.gender = undefined;
      m.canonical = text.slice(m.start, m.end);
    }
  }
}

// "Kestrel Holdings … Kestrel said": a company's name without its trade or legal form is that company, where the
// guess made it a person and no person of the article bears the name
function companyShortForms(s: EntityScan): void {
  const { text, aw, mentions } = s;
  const shortForms = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "organization" || (m.rule !== "organization-word" && m.rule !== "gazetteer" && m.rule !== "based-firm")) continue;
    const words = text.slice(m.start, m.end).split(/\s+/);
    let n = words.length;
    while (n > 1 && COMPANY_SUFFIXES.has(words[n - 1].toLowerCase())) n--;
    if (n > 1 && COMPANY_TAILS.has(words[n - 1].toLowerCase())) n--;
    if (n < words.length && n >= 1) shortForms.add(words.slice(0, n).join(" "));
  }
  if (shortForms.size) {
    const personal = new Set(mentions.filter((m) => m.type === "person" && m.words.length > 1).flatMap((m) => m.words));
    for (const m of mentions) {
      const surface = text.slice(m.start, m.end);
      if (m.type !== "person" || m.certain || m.titled || !shortForms.has(surface) || m.words.some((w) => personal.has(w) || aw.personWords.has(w))) continue;
      m.type = "organization";
      m.rule = "company-short-form";
      m.words = [];
      m.gender = undefined;
      m.canonical = surface;
    }
  }
}

// one spelling, one type: a guessed mention takes the type a surer one of the same words has
// (certain first, then any rule but the last-resort guess)
// (among guesses of one rank the type most of them give wins: "in Ruch" once, "chain Ruch" and "Ruch 's shares" twice)
function sameWordsSameType(s: EntityScan): void {
  const { text, mentions } = s;
  const sure = new Map<string, { type: EntityType; rank: number }>();
  const rankOf = (m: Mention) => (m.certain ? 2 : m.rule === "unknown-capitalized" ? 0 : 1);
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const k = text.slice(m.start, m.end);
    const have = sure.get(k);
    const r = rankOf(m);
    if (have && r < have.rank) continue;
    if (!have || r > have.rank) votes.set(k, new Map());
    const v = votes.get(k)!;
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    const type = have && r === have.rank && (v.get(have.type) ?? 0) >= (v.get(m.type) ?? 0) ? have.type : m.type;
    sure.set(k, { type, rank: r });
  }
  for (const m of mentions) {
    const best = sure.get(text.slice(m.start, m.end));
    const t = best && (best.rank > rankOf(m) || (best.rank === 1 && rankOf(m) === 1)) ? best.type : undefined;
    if (t && t !== m.type) {
      m.type = t;
      m.rule += "+same-words";
      if (t !== "person") m.words = [];
      if (t === "organization") m.canonical = knownOrganization(m.canonical)?.name ?? m.canonical;
      if (t === "place") m.canonical = countryOf(m.canonical) ?? m.canonical;
    }
  }
}

// a sports report: towns and counties that the word lists call places are its teams
// ("Leicestershire beat Somerset"); countries, national sides ("West Indies"), datelines and venues stay places
function sportsReportTeams(s: EntityScan): void {
  if (!s.sports) return;
  // ("Chelsea 1", "Chelsea manager …": a lone given name that never opens a full name is a club)
  const opensName = new Set(s.mentions.filter((m) => m.type === "person" && m.words.length > 1).flatMap((m) => m.words));
  sportsGivenNames(s, opensName);
  matchSides(s, opensName);
  capitalsPlaying(s);
  tableTeamsEverywhere(s);
  townsAsTeams(s);
  clubsOfPlayers(s);
  teamTowns(s, opensName);
  joinedTeams(s);
  teamNamesAgain(s, opensName);
}

/** A guessed given name alone, which never opens a full name of the report, is a club: "Chelsea 1", "Chelsea manager …". */
function sportsGivenNames(s: EntityScan, opensName: ReadonlySet<string>): void {
  const { text, mentions } = s;
  const people = { starts: new Set(mentions.filter((m) => m.type === "person").map((m) => m.start)), ends: new Set(mentions.filter((m) => m.type === "person").map((m) => m.end)) };
  for (const m of mentions) {
    // ("Scorers : Ivo ( 14th )": a scorer named by one name, with the minute of his goal, is a player)
    // ("Staunton , Irwin , McAteer": a name in a list of players' names is a player)
    if (m.type === "person" && m.rule === "given-name" && !m.titled && m.words.length === 1 && !opensName.has(m.words[0]) && !SCORER_MINUTE.test(text.slice(m.end, m.end + 12)) && !inListOfPeople(m, people, text)) {
      m.type = "organization";
      m.rule = "sports-team-name";
      m.certain = false;
      m.words = [];
      m.canonical = text.slice(m.start, m.end);
      m.gender = undefined;
    }
  }
}

// a match's sides: "victory over Gloucester", "drew with Orrell", "Becej beat …" — a guessed person is a team there;
// "Olaf Ludwig ( Germany ) Telekom", "… ( U.S. ) , Reynard Honda ,": the name after a rider's country is his team
function matchSides(s: EntityScan, opensName: ReadonlySet<string>): void {
  const { text, mentions } = s;
  for (const m of mentions) {
    // ("Houston beat Denver": a town's name that is also a surname plays the match too)
    if (m.type !== "person" || (m.rule !== "unknown-capitalized" && m.rule !== "surname-lexicon") || m.titled || text.slice(m.start, m.end) === text.slice(m.start, m.end).toUpperCase()) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, m.end + 20);
    const country = before.match(/\(\s*([^()]{2,30}?)\s*\)\s*,?\s*$/);
    // ("a final against Karsten of Germany": one name of a club and its country)
    const ofCountry = text.slice(m.end, m.end + 30).match(/^\s+of\s+(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u);
    const side = matchSide(before, after) || (!!ofCountry && !!countryOf(ofCountry[1]));
    // ("beat Naoko Kijimuta": a player's full name stays a person, and so does "defeat by Kijimuta" once the report
    // has named her in full)
    if (!(side && m.words.length === 1 && !opensName.has(m.words[0])) && !(country && countryOf(country[1]))) continue;
    m.type = "organization";
    m.rule = side ? "match-side" : "team-after-country";
    m.words = [];
    m.gender = undefined;
    m.canonical = text.slice(m.start, m.end);
  }
}

// "Sofia beat Lisbon 2-0", "drew 1-1 with Madrid": a capital city playing a match is its club (countries, and
// "England" or "Wales", are national sides, which stay places)
function capitalsPlaying(s: EntityScan): void {
  const { text, mentions } = s;
  for (const m of mentions) {
    if (m.type !== "place" || m.rule !== "gazetteer" || countryOf(text.slice(m.start, m.end)) || !countryOf(text.slice(m.start, m.end), { capitals: true }) || isVenue(text, m.start, m.end)) continue;
    if (!matchSide(text.slice(Math.max(0, m.start - 40), m.start), text.slice(m.end, m.end + 20))) continue;
    m.type = "organization";
    m.rule = "match-side";
    m.certain = false;
    m.words = [];
    m.canonical = text.slice(m.start, m.end);
  }
}

// a table's rows name its teams: "Stoke 4 3 1 0 7 4 10", "Hajduk 2 Proleter ( Z ) 0", "Walsall v Wrexham"
// (countries stay places; "Greg Norman 69 70": a given name and a surname stay a person)
function tableTeamsEverywhere(s: EntityScan): void {
  const { text, mentions } = s;
  const teams = new Set<string>();
  for (const t of tableTeams(text)) {
    const name = text.slice(t.start, t.nameEnd);
    const words = name.split(/\s+/);
    if (countryOf(name) || (words.length > 1 && isGiven(words[0].toLowerCase())) || /^(?:\p{Lu}\.)+$/u.test(words[0])) continue;
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start < t.end && mentions[k].end > t.start) mentions.splice(k, 1);
    mentions.push(mention({ start: t.start, end: t.end, type: "organization", rule: "results-table", certain: false, words: [], canonical: name }));
    teams.add(name);
  }
  // "Middlesex beat Hampshire by 188 runs", "Surrey beat Kent by an innings": a margin in runs or wickets is a match
  // between teams (countries stay places)
  for (const m of text.matchAll(MARGIN_OF_WIN)) {
    for (const [start, name] of [[m.index, m[1]], [m.index + m[1].length + 6, m[2]]] as const) {
      const words = name.split(/\s+/);
      if (countryOf(name) || /^(?:west|east|north|south)\s/i.test(name) || (words.length > 1 && isGiven(words[0].toLowerCase())) || mentions.some((x) => x.start === start && x.type === "person" && x.certain)) continue;
      teams.add(name);
    }
  }
  // one name, one type: the table's teams are teams wherever the report names them ("Derbyshire beat Worcestershire")
  for (const name of teams) {
    for (const hit of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu"))) {
      const start = hit.index;
      const end = start + name.length;
      const over = mentions.filter((m) => m.start < end && m.end > start);
      if (over.some((m) => m.start !== start || m.end !== end || m.type === "organization")) continue;
      if (over.some((m) => (m.type === "person" && m.certain) || m.rule === "dateline") || isVenue(text, start, end)) continue;
      for (const m of over) mentions.splice(mentions.indexOf(m), 1);
      mentions.push(mention({ start, end, type: "organization", rule: "table-team", certain: false, words: [], canonical: name }));
    }
  }
}

// ("In Denver , the two clubs drew": a town after "in" is where a match was played)
function townsAsTeams(s: EntityScan): void {
  const { text, mentions } = s;
  const afterIn = (m: Mention) => /(?:^|[^\p{L}])(?:[Ii]n|IN)\s+$/u.test(text.slice(Math.max(0, m.start - 4), m.start));
  for (const m of mentions) {
    if (m.type === "place" && !afterIn(m) && (m.rule === "place-lexicon" || m.rule.startsWith("place-lexicon") || (m.rule === "place-word" && !/\b(?:stadium|arena|ground|grounds|park|oval|course|circuit|centre|center|field|club|velodrome|raceway|speedway|islands?|isles)$/i.test(text.slice(m.start, m.end)))) && !countryOf(text.slice(m.start, m.end)) && !/^(?:west|east|north|south)\s/i.test(text.slice(m.start, m.end)) && !regionAfter(text.slice(m.end, m.end + 30)) && !isVenue(text, m.start, m.end)) {
      m.type = "organization";
      m.rule = "sports-team";
      m.certain = false;
      m.canonical = text.slice(m.start, m.end);
    }
  }
}

// "the arrival of Valdora 's Marco Bellini", "who has signed for Valdora": a club owns its players and signs them
// (countries stay places)
function clubsOfPlayers(s: EntityScan): void {
  const { text, mentions } = s;
  const players = mentions.filter((m) => m.type === "person" && m.words.length > 1);
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (m.titled || /\s/.test(surface) || countryOf(surface) || m.rule === "dateline" || isVenue(text, m.start, m.end)) continue;
    if (!((m.type === "person" && (m.rule === "unknown-capitalized" || m.rule === "surname-lexicon")) || (m.type === "place" && m.rule !== "gazetteer"))) continue;
    const tail = text.slice(m.end, m.end + 4).match(/^\s*['’]s\s+|^['’]\s+/u);
    const owns = !!tail && players.some((p) => p.start === m.end + tail[0].length);
    const signed = /\b(?:joined|signed for|signed with|moved to|transferred to|loan to|loan from|loaned to)\s+$/.test(text.slice(Math.max(0, m.start - 20), m.start));
    if (!owns && !signed) continue;
    m.type = "organization";
    m.rule = owns ? "team-of-player" : "team-signing";
    m.certain = false;
    m.words = [];
    m.gender = undefined;
    m.canonical = surface;
  }
}

// "the Portland Herons … Portland won", "( Denver coach Mark Hale )": a town whose name opens a team's
// name in the report is that team, unless a preposition of place stands before it
function teamTowns(s: EntityScan, opensName: ReadonlySet<string>): void {
  const { text, toks, mentions } = s;
  const teamHeads = new Set<string>();
  for (const o of mentions) {
    if (o.type !== "organization" || !/^(?:place-and-name|the-plural-name|club-word-town|club-and-town|team-role)$/.test(o.rule)) continue;
    const words = text.slice(o.start, o.end).split(/\s+/);
    for (let n = 1; n < words.length; n++) teamHeads.add(words.slice(0, n).join(" "));
  }
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (!teamHeads.has(surface) || m.titled || m.certain && m.type === "person") continue;
    if (!(m.type === "place" || (m.type === "person" && (m.rule === "unknown-capitalized" || m.rule === "surname-lexicon") && m.words.length === 1 && !opensName.has(m.words[0])))) continue;
    if (countryOf(surface) || m.rule === "dateline" || isVenue(text, m.start, m.end)) continue;
    const k = indexAt(toks, m.start, (t) => t.start);
    const prev = toks[k - 1];
    if (prev && SPACE_GAP.test(toks[k].gapBefore) && PLACE_PREPOSITIONS.has(prev.lower)) continue;
    m.type = "organization";
    m.rule = "team-town";
    m.certain = false;
    m.words = [];
    m.gender = undefined;
    m.canonical = surface;
  }
}

// "Essex and Kent both face …": a one-word guess joined by "and"/"or" to a team is a team, and so is that name
// wherever the report guesses it
function joinedTeams(s: EntityScan): void {
  const { text, mentions } = s;
  const guess = (m: Mention) => !m.titled && !m.certain && m.words.length <= 1 && !/\s/.test(text.slice(m.start, m.end)) && (m.type === "person" ? m.rule === "surname-lexicon" || m.rule === "unknown-capitalized" : m.type === "place" && !countryOf(text.slice(m.start, m.end)) && m.rule !== "dateline");
  const sides = mentions.filter((m) => m.type === "organization" && /^(?:sports-team|table-team|results-table|match-side|sports-team-name|sports-team-word)$/.test(m.rule));
  const joinedTeams = new Set<string>();
  for (const m of mentions) {
    if (!guess(m) || isVenue(text, m.start, m.end)) continue;
    const joined = sides.some((o) => (o.end <= m.start && /^\s+(?:and|or)\s+$/i.test(text.slice(o.end, m.start))) || (o.start >= m.end && /^\s+(?:and|or)\s+$/i.test(text.slice(m.end, o.start))));
    if (joined) joinedTeams.add(text.slice(m.start, m.end).toLowerCase());
  }
  for (const m of mentions) {
    if (!joinedTeams.has(text.slice(m.start, m.end).toLowerCase()) || !guess(m) || isVenue(text, m.start, m.end)) continue;
    m.type = "organization";
    m.rule = "joined-to-team";
    m.words = [];
    m.gender = undefined;
    m.canonical = text.slice(m.start, m.end);
  }
}

// one name, one type: a team's name that the report guesses elsewhere as a person's is the team there too
// ("Orlan were held … Orlan coach Piet Smit …"), and so is its headline form in capitals
function teamNamesOf(s: EntityScan): Set<string> {
  const { text, mentions } = s;
  const teamNames = new Set(mentions.filter((m) => m.type === "organization" && /^(?:sports-team|table-team|results-table|match-side|sports-team-name|sports-team-word|team-role|team-of-player|team-signing|team-town|joined-to-team|club-word-town|club-word-name|club-and-town)(?:\+|$)/.test(m.rule)).map((m) => text.slice(m.start, m.end).toLowerCase()));
  // ("Rotor Volgograd … Rotor are well placed": a club named before its town is that club by its own name too)
  for (const o of mentions) {
    if (o.type !== "organization" || !/^club-(?:and|word)-town$/.test(o.rule)) continue;
    const own = text.slice(o.start, o.end).split(/\s+/)[0];
    if (!CLUB_NAME_WORDS.has(own.toLowerCase())) teamNames.add(own.toLowerCase());
  }
  // ("ORIOLES" in the headline of a report on "the Baltimore Orioles": a team's name after its town)
  for (const o of mentions) {
    if (o.type !== "organization" || !/^(?:place-and-name|the-plural-name)(?:\+|$)/.test(o.rule)) continue;
    const words = text.slice(o.start, o.end).toLowerCase().split(/\s+/);
    for (let n = 1; n < words.length; n++) teamNames.add(words.slice(n).join(" "));
  }
  return teamNames;
}

// ("Barcelona … two points from Barcelona": a town the report names as a team is that team outside the places where
// a match is played, "in Barcelona", "at Barcelona")
function teamNamesAgain(s: EntityScan, opensName: ReadonlySet<string>): void {
  const { text, mentions } = s;
  const teamNames = teamNamesOf(s);
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    // (a listed place that is no capital may be a nation's side, "England", which stays a place)
    if (m.type !== "place" || m.rule === "dateline" || !teamNames.has(surface.toLowerCase()) || countryOf(surface) || countryOf(m.canonical) || countryOf(titleCase(surface)) || regionAfter(text.slice(m.end, m.end + 30))) continue;
    if (m.rule.startsWith("gazetteer") && !countryOf(m.canonical, { capitals: true })) continue;
    if (/(?:^|[^\p{L}])(?:in|at|near|In|At|IN|AT)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, m.start - 10), m.start)) || /\(\s$/.test(text.slice(Math.max(0, m.start - 2), m.start))) continue;
    m.type = "organization";
    m.rule = "team-name-again";
    m.certain = false;
    m.words = [];
    m.canonical = surface;
  }
  for (const m of mentions) {
    if (m.type !== "person" || m.certain || m.titled || !/^(?:unknown-capitalized|surname-lexicon|speech-verb-after|given-name)(?:\+same-words)?$/.test(m.rule)) continue;
    const surface = text.slice(m.start, m.end);
    // (a word of a player's full name in the report is that player: "Jansen Hale … beaten by Jansen")
    if (!teamNames.has(surface.toLowerCase()) || opensName.has(foldName(surface))) continue;
    m.type = "organization";
    m.rule = "team-name-again";
    m.words = [];
    m.gender = undefined;
    m.canonical = surface;
  }
  // "Orlan beat Valdora 2-0", "Orlan were held …": an unknown word opening a sentence, left out above, is a team when
  // a result follows it or the report names that team elsewhere
  for (const ts of s.skippedInitial) {
    const start = ts[0].start;
    const end = ts[ts.length - 1].end;
    const surface = text.slice(start, end);
    if (opensName.has(foldName(surface)) || mentions.some((m) => m.start < end && m.end > start)) continue;
    const result = ts.length === 1 && MATCH_SIDE_AFTER.test(text.slice(end, end + 20));
    if (!result && !teamNames.has(surface.toLowerCase())) continue;
    mentions.push(mention({ start, end, type: "organization", rule: result ? "match-side" : "team-name-again", certain: false, words: [], canonical: surface }));
  }
}

// "Mike Sullivan , Willie\nWood , Loren Roberts": in a list of people, a given name that ends its line with no stop is
// cut from its surname, which opens the next line before the list's comma
function namesCutByLine(s: EntityScan): void {
  const { text, mentions } = s;
  const starts = new Set(mentions.map((m) => m.start));
  const added: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "person" || m.rule !== "given-name" || m.words.length !== 1 || !/,\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    const cut = text.slice(m.end, m.end + 40).match(/^\n(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?) [,.]/u);
    if (!cut || starts.has(m.end + 1)) continue;
    const start = m.end + 1;
    const end = start + cut[1].length;
    if (FUNCTION_WORDS.has(cut[1].toLowerCase()) || isMonthOrDay({ lower: cut[1].toLowerCase() } as Token)) continue;
    added.push(mention({ start, end, type: "person", rule: "name-cut-by-line", certain: false, words: [foldName(cut[1])], canonical: cut[1] }));
  }
  mentions.push(...added);
}

// a news story names a person in full before it shortens the name: outside a sports report, one unknown capitalized
// word that no fuller name of a person in the article holds, with no cue of its own, is more often a place, a
// people or a thing than a person ("neighbouring Kehl", "Kalashnikov"), so it is left out
// (only a story long enough to have introduced its people says so; a slip of a full name's word, "Obamma", stays)
function dropLoneUnknownWords(s: EntityScan): void {
  const { text, toks, aw, mentions, sports } = s;
  if (sports || toks.length < 80) return;
  // (the words of full names gathered when a first such word is met: most articles have none)
  let inFull: Set<string> | undefined;
  let inFullList: string[] | undefined; // (listed once, when first needed, not once per mention)
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.type !== "person" || m.rule !== "unknown-capitalized" || m.titled || m.words.length !== 1 || /[\s-]/.test(text.slice(m.start, m.end))) continue;
    const w = m.words[0].toLowerCase();
    inFull ??= new Set(mentions.filter((m) => m.type === "person" && m.words.length > 1).flatMap((m) => m.words.map((w) => w.toLowerCase())));
    if (inFull.has(w) || aw.personWords.has(w) || (inFullList ??= [...inFull]).some((f) => f.length >= 4 && isNearSpelling(f, w))) continue;
    mentions.splice(k, 1);
  }
}

// "Trevor Holland … Holland was moved", "Neil Jordan … Jordan said": once the article names a person with a place's
// name as surname, the place's name alone is that person, unless a preposition of place stands before it
// ("in Jordan" stays the country; "in Jordan 's film" is the director's)
function placeNamedSurnames(s: EntityScan): void {
  const { text, toks, mentions } = s;
  const placeSurnames = new Set(mentions.filter((m) => m.type === "person" && m.words.length >= 2 && isGiven(m.words[0])).map((m) => m.words[m.words.length - 1]));
  for (const m of mentions) {
    if (m.type !== "place" || m.rule !== "gazetteer") continue;
    const surface = text.slice(m.start, m.end);
    if (/\s/.test(surface) || !placeSurnames.has(foldName(surface))) continue;
    const k = indexAt(toks, m.start, (t) => t.start);
    const prev = toks[k - 1];
    const next = toks[k + 1];
    const owner = toks[k].poss || (next?.text === "s" && /['’]$/u.test(next.gapBefore));
    const speaks = !!next && SPACE_GAP.test(next.gapBefore) && PERSON_VERBS.has(next.lower);
    if (prev && SPACE_GAP.test(toks[k].gapBefore) && PLACE_PREPOSITIONS.has(prev.lower) && !owner && !speaks) continue;
    m.type = "person";
    m.rule = "place-named-surname";
    m.certain = false;
    m.words = [foldName(surface)];
    m.canonical = surface;
  }
}

// "British Labour Party", "Iraqi National Congress", "North Korean Red Cross": a people's name opening a party,
// a movement or a Red Cross society is part of its name
function peopleNameOpensParty(s: EntityScan): void {
  const { text, toks, claimed, demonymAt, mentions } = s;
  for (const m of mentions) {
    if (m.type !== "organization" || !/\s(?:Party|Congress|Front|Movement|League|Union|Alliance|Cross|Crescent)$/.test(text.slice(m.start, m.end))) continue;
    const first = indexAt(toks, m.start, (t) => t.start);
    const k = [...demonymAt].find((d) => claimed[d] === first && toks.slice(d, first).every((t) => !t.poss));
    if (k === undefined || !SPACE_GAP.test(toks[first].gapBefore)) continue;
    m.start = toks[k].start;
    m.canonical = text.slice(m.start, m.end);
    m.rule += "+people-name";
  }
}

// "NEW YORK 1996-08-30", "ARLINGTON , Texas 1996-08-31": a dateline names where the story was filed, a place whatever the
// story makes of the same name elsewhere (a team in a standings table, a club), and a dateline's town is a place even
// when no word list knows it
// (only in a text with such a date: the multiline Unicode pattern is tried at every line start and capital otherwise)
function datelinePlaces(s: EntityScan): void {
  const { text, mentions } = s;
  for (const d of ISO_DAY.test(text) ? text.matchAll(DATELINE) : []) {
    const spans: [number, number][] = [[d.index + d[1].length, d.index + d[1].length + d[2].length]];
    if (d[3]) {
      const at = d.index + d[0].indexOf(d[3], d[1].length + d[2].length);
      spans.push([at, at + d[3].length]);
    }
    for (const [start, end] of spans) {
      const over = mentions.filter((m) => m.start < end && m.end > start);
      if (over.length > 1 || (over.length === 1 && (over[0].start !== start || over[0].end !== end))) continue;
      const surface = text.slice(start, end);
      if (knownOrganization(surface) || knownOrganization(titleCase(surface))) continue;
      const canonical = countryOf(surface) ?? countryOf(titleCase(surface)) ?? surface;
      if (over.length) {
        const m = over[0];
        if (m.type === "place") continue;
        m.type = "place";
        m.rule = "dateline-place";
        m.words = [];
        m.gender = undefined;
        m.canonical = canonical;
      } else mentions.push(mention({ start, end, type: "place", rule: "dateline-place", certain: false, words: [], canonical }));
    }
  }
}

/** The mentions as the record's entities, in the order of the text. */
function entityItems(s: EntityScan): Entity[] {
  const { text, mentions } = s;
  const items: Entity[] = mentions
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((m) => {
      const e: Entity = { text: text.slice(m.start, m.end), start: m.start, end: m.end, type: m.type, canonical: m.canonical, rule: m.rule, certain: m.certain };
      if (m.gender) e.gender = m.gender;
      if (m.affiliation) e.affiliation = m.affiliation;
      return e;
    });
  return items;
}

/** "House Speaker Mike Johnson", "Texas Gov. Greg Abbott": a title inside a run starts the person's part. */
function splitAtInnerTitle(run: number[], toks: Token[], aw: ArticleWords): number[][] {
  const last = run[run.length - 1];
  if (ORG_TAIL_WORDS.has(toks[last].lower)) return [run];
  const atStart = matchTitleAt(toks, run[0]).length;
  for (let p = Math.max(1, atStart); p < run.length; p++) {
    // ("BSF Director General Daljit Singh Chawdhary": after an acronym, a head that needs a body)
    const m = matchTitleAt(toks, run[p], { bare: p === 1 && toks[run[0]].upper && !toks[run[0]].caseless });
    if (m.length && run[p] + m.length - 1 < last && !PARTICLES.has(toks[run[p]].text) && !ORG_JOINERS.has(toks[run[p]].text)) return [run.slice(0, p), run.slice(p)];
  }
  // "Chicago Cardinal Joseph Bernardin": an honorific inside a run, before a given name, starts the person's part
  for (let p = Math.max(1, atStart); p < run.length - 1; p++) {
    const h = honorificOf(toks[run[p]]);
    if (h && !toks[run[p - 1]].poss && isGiven(toks[run[p + 1]].lower) && !HONORIFICS.has(toks[run[p - 1]].lower.replace(/\.$/, ""))) return [run.slice(0, p), run.slice(p)];
  }
  // "Public Prosecution Eva-Marie Persson": everyday words, then a given name and a surname
  for (let p = Math.max(1, atStart + 1); p < run.length - 1; p++) {
    const g = toks[run[p]];
    if (!isGiven(g.lower.split("-")[0]) || !toks[run[p + 1]].cap) continue;
    const before = run.slice(0, p).map((k) => toks[k]);
    if (before.every((t) => !isGiven(t.lower) && (FUNCTION_WORDS.has(t.lower) || ORG_JOINERS.has(t.text) || looksEnglish(t.lower, aw)))) return [run.slice(0, p), run.slice(p)];
    break;
  }
  return [run];
}

const STATE_FORM = new Set(STATE_FORM_WORDS);

/**
 * Whether a phrase after a title's "of" names what the office is of: a state ("Ghana"), a known
 * place that is none ("Texas", "Somaliland"), a subdivision or a listed body ("the European Commission").
 */
const namesJurisdiction = (phrase: string) =>
  !!countryOf(phrase) || isKnownPlace(phrase) || !!countryOfSubdivision(phrase) || !!knownOrganization(phrase) || (!phrase.includes(" ") && wordClass(phrase.toLowerCase()) === "place");

/**
 * After a title's "of", the last run position of what the office is of ("the Kingdom of Saudi Arabia",
 * "Pakistan", "Somaliland", "the World Bank"), its form words and all; null when the words there name none.
 */
function jurisdictionEnd(run: number[], from: number, b: number, toks: Token[]): number | null {
  let p = from;
  let best: number | null = null;
  for (; p <= b; p++) {
    for (let e = Math.min(b, p + 4); e >= p; e--) {
      if (namesJurisdiction(toks.slice(run[p], run[e] + 1).map((x) => x.text).join(" "))) {
        best = e;
        break;
      }
    }
    if (best !== null || !STATE_FORM.has(toks[run[p]].lower)) break;
  }
  // a form word alone ("the Republic of" with no state after it) is no jurisdiction
  return best;
}

/** "Elizabeth I born", "Pedro I became": a ruler's numeral after a given name, not the pronoun. */
function regnalNumber(toks: Token[], k: number, before: Token | undefined): boolean {
  const next = toks[k + 1];
  return toks[k].text === "I" && !!before && isGiven(before.lower) && !before.poss && (!next || !SPACE_GAP.test(next.gapBefore) || (/^\p{Ll}/u.test(next.text) && !/^(?:am|have|had|think|thought|was|will|would|can|could|do|did|should|must|may|might|know|knew|said|say|want|wanted|feel|felt|believe|hope|mean|guess)$/.test(next.lower)));
}

/** Drops what stands around a name in a run: sentence-initial everyday words, months, titles, honorifics. */
function trimRun(run: number[], toks: Token[], aw: ArticleWords, inDate: (t: Token) => boolean, hasDates: boolean): { cand: Candidate; first: number; last: number } | null {
  let a = 0;
  let b = run.length - 1;
  let titled: string | undefined;
  let gender: "he" | "she" | undefined;
  const t = (k: number) => toks[run[k]];
  for (;;) {
    if (a > b) return null;
    const tok = t(a);
    // "Prime Minister of the Kingdom of Saudi Arabia Mohammed bin Salman": the state a title is of is
    // the office's, not the name's first words; "Prime Minister of Pakistan" alone names the state, no one
    if (titled && tok.lower === "of" && a < b) {
      const end = jurisdictionEnd(run, a + 1, b, toks);
      if (end !== null) {
        if (end === b) titled = undefined;
        a = end === b ? a + 1 : end + 1;
        continue;
      }
    }
    // ("New York Stock Exchange": "New" before a capitalized word opens the name)
    // ("A. Mullally": an initial is no article)
    // ("First Bank System Inc.", "First Chicago NBD Corp.": an ordinal opening a firm's name that ends in its legal form)
    if (FUNCTION_WORDS.has(tok.lower) && !(a < b && /^\p{Lu}\.$/u.test(tok.text)) && !(a === 0 && b >= 2 && tok.lower === "first" && COMPANY_SUFFIXES.has(t(b).lower.replace(/\.$/, ""))) && !(tok.lower === "will" && a < b) && !(tok.lower === "new" && a < b && (!tok.initial || gazetteerAt(toks, run[a])))) {
      a++;
      continue;
    }
    const h = honorificOf(tok);
    if (h) {
      titled = h;
      gender = HONORIFICS.get(h) ?? gender;
      a++;
      continue;
    }
    // ("King" alone: decided below)
    if (a === b && TITLE_WORDS.has(tok.lower)) break;
    // a title before a name, even one that needs its body to be an office ("Commissioner Rafael Ortega")
    const title = matchTitleAt(toks, run[a], { bare: a < b });
    // "General Assembly", "Presidential Guard": a title word opening an organization's name stays
    if (title.length && run[a] + title.length - 1 <= run[b] && !ORG_TAIL_WORDS.has(t(b).lower)) {
      titled = title.text;
      a += run.slice(a).findIndex((idx) => idx === run[a] + title.length - 1) + 1;
      continue;
    }
    // "Fullback Andre Joubert", "Striker Alan Shearer": a player's position opening a sentence before a given name
    if (tok.initial && a < b && SPORTS_POSITIONS.has(tok.lower) && opensWithGiven([t(a + 1)])) {
      a++;
      continue;
    }
    // ("General Motors Corp said": a three-word organization's name keeps its first word)
    if (tok.initial && isEverydayWord(tok, aw) && !(a < b && /^(?:Van|Von)$/.test(tok.text)) && !(a < b && isGiven(t(a + 1).lower) && honorificOf(tok)) && !(a === 0 && b >= 2 && ORG_TAIL_WORDS.has(t(b).lower) && !titled)) {
      a++;
      continue;
    }
    // with the dates extractor's findings, a month is dropped where it found a date ("April Ryan" stays)
    // ("the September Treasury bond", "the July FOMC meeting": a month before a name says when, and a month that is no
    // given name, or one before an acronym or a known name, opens no person's name)
    if (inDate(tok) || (isMonthOrDay(tok) && !(a < b && t(a + 1).cap && (hasDates || isGiven(tok.lower)))) || (a < b && tok.text.length > 3 && MONTH_NAMES.includes(tok.lower) && (!MONTHS_ALSO_GIVEN_NAMES.includes(tok.lower) || (t(a + 1).upper && !t(a + 1).caseless) || !!gazetteerAt(toks, run[a + 1])))) {
      a++;
      continue;
    }
    break;
  }
  // "Speaker", "Chief": a title word alone names no one (but "King" after "Billie Jean King" is her: kept, marked)
  if (a === b && TITLE_WORDS.has(t(a).lower)) return { cand: { toks: [t(a)], titled, gender, loneTitle: true }, first: run[a], last: run[a] };
  while (b >= a && !regnalNumber(toks, run[b], a < b ? t(b - 1) : undefined) && (FUNCTION_WORDS.has(t(b).lower) || PARTICLES.has(t(b).text) || ORG_JOINERS.has(t(b).text) || isMonthOrDay(t(b)))) b--;
  if (b < a) return null;
  const kept = run.slice(a, b + 1).map((k) => toks[k]);
  // a lone particle-led name is not a name: "de" at the edge was dropped above
  const prev = toks[run[a] - 1];
  let affiliation: string | undefined;
  if (prev && SPACE_GAP.test(toks[run[a]].gapBefore)) affiliation = undefined;
  const before = toks[run[0] - 1];
  if (before && SPACE_GAP.test(toks[run[0]].gapBefore) && (titled || before.poss)) {
    // "El Salvadoran Foreign Minister …", "Guatemala's President-elect …"
    const c = countryOf(before.text) ?? countryOf(toks.slice(Math.max(0, run[0] - 2), run[0]).map((x) => x.text).join(" "));
    if (c) affiliation = c;
  }
  return { cand: { toks: kept, titled, gender, affiliation }, first: run[a], last: run[b] };
}

/** Gives each person mention the fullest name the article uses for it, then the reference spelling. */
function resolvePeople(mentions: Mention[], text: string, ref: ReferenceIndex, nearVariants: "reference" | "never", diagnostics: Diagnostic[], year: number | null): void {
  const people = mentions.filter((m) => m.type === "person");
  shortFormsOfFullNames(people, text, diagnostics);
  givenNameForms(people, text);
  referenceSpellings(people, ref, year);
  referenceNearSpellings(people, text, ref, nearVariants, diagnostics);
}

/**
 * The longer names grouped by their words (initials left out), each group listed under its last word
 * and each word after its first: a hit in shortFormsOfFullNames shares one of them, so each mention looks only at its
 * bucket, and at a group once however often the article repeats the name (a scan of every name, or of
 * every repetition, was quadratic).
 */
function nameGroups(full: Mention[], text: string): { byWord: Map<string, NameGroup[]>; groupOf: Map<Mention, NameGroup> } {
  const initials = (w: string) => /^[a-z]\.?$/.test(w);
  const groups = new Map<string, NameGroup>();
  const byWord = new Map<string, NameGroup[]>();
  const groupOf = new Map<Mention, NameGroup>();
  full.forEach((f, i) => {
    const fw = f.words.filter((w) => !initials(w));
    const key = fw.join(" ");
    let g = groups.get(key);
    if (!g) {
      g = { fw, parent: parentWords(text.slice(f.start, f.end), fw.length), first: i, canonicals: new Map(), byStart: [], latest: [] };
      groups.set(key, g);
      for (const w of new Set([fw[fw.length - 1], ...fw.slice(1)])) {
        if (w === undefined) continue;
        const list = byWord.get(w);
        if (list) list.push(g);
        else byWord.set(w, [g]);
      }
    }
    groupOf.set(f, g);
    const c = g.canonicals.get(f.canonical);
    if (c) c.written.push(i);
    else g.canonicals.set(f.canonical, { written: [i], head: 0 });
    g.byStart.push(i);
  });
  for (const g of groups.values()) {
    g.byStart.sort((a, b) => full[a].start - full[b].start || a - b);
    for (const i of g.byStart) g.latest.push(Math.max(g.latest.at(-1) ?? -1, i));
  }
  return { byWord, groupOf };
}

/**
 * A shorter name of a person takes the canonical name of the longer name in the article that ends with its words,
 * or holds its one word after its first ("Hill" → "Alexandra Hill Tinoco"); of several, the nearest before it, said.
 */
function shortFormsOfFullNames(people: Mention[], text: string, diagnostics: Diagnostic[]): void {
  const full = people.filter((m) => m.words.length >= 2);
  const { byWord, groupOf } = nameGroups(full, text);
  // a longer name's canonical changes only at its own turn below, in the order of `full`
  const renamed = new Set<number>();
  const firstOf = (c: CanonicalOf) => {
    while (c.head < c.written.length && renamed.has(c.written[c.head])) c.head++;
    return Math.min(c.written[c.head] ?? Infinity, c.renamedTo ?? Infinity);
  };
  let turn = 0;
  for (const m of people) {
    const own = groupOf.get(m) ? turn++ : -1;
    // a longer name in the article that ends with these words ("Hill Tinoco"), or holds this word after its first
    const mw = m.words;
    // "bin Salman" written with its particle is the son's short form, not the father's name
    const wordBefore = /\b([a-z]+)\s+$/i.exec(text.slice(Math.max(0, m.start - 6), m.start));
    const ownParticle = wordBefore !== null && isPatronymicParticle(wordBefore[1]);
    // ("King Salman" beside "Mohammed bin Salman": the words after "bin" are the father's name, not the son's)
    const hits = (byWord.get(mw[mw.length - 1]) ?? []).filter((g) => {
      const fw = g.fw;
      if (fw.length <= mw.length) return false;
      const tail = fw.slice(fw.length - mw.length);
      if (tail.every((w, i) => w === mw[i])) return ownParticle || !g.parent[fw.length - mw.length];
      return mw.length === 1 && fw.some((w, i) => i > 0 && w === mw[0] && (ownParticle || !g.parent[i]));
    });
    if (!hits.length) continue;
    // the names the hits have now, in the order of `full`
    const firstAt = new Map<string, number>();
    for (const g of hits) {
      for (const [c, of] of g.canonicals) {
        const i = firstOf(of);
        if (i !== Infinity && !(firstAt.get(c)! <= i)) firstAt.set(c, i);
      }
    }
    const names = [...firstAt].sort((a, b) => a[1] - b[1]).map(([c]) => c);
    let pick = full[Math.min(...hits.map((g) => g.first))];
    if (names.length > 1) {
      // the last (in the order of `full`) of the hits starting before it, else the first hit
      let before = -1;
      for (const g of hits) {
        const k = countBefore(g.byStart, m.start, (i) => full[i].start);
        if (k > 0) before = Math.max(before, g.latest[k - 1]);
      }
      if (before >= 0) pick = full[before];
      diagnostics.push({ rule: "entities:ambiguous-surname", message: `"${text.slice(m.start, m.end)}" could be ${names.join(" or ")}; read as the nearest before it`, text: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
    const g = groupOf.get(m);
    if (g && pick.canonical !== m.canonical) {
      renamed.add(own);
      const to = g.canonicals.get(pick.canonical);
      if (!to) g.canonicals.set(pick.canonical, { written: [], head: 0, renamedTo: own });
      else to.renamedTo ??= own;
    }
    m.canonical = pick.canonical;
    m.gender ??= pick.gender;
  }
}

// two forms of one given name with one surname: "Josh Apte" and "Joshua Apte", "Bill" and "William";
// the longer given name is the canonical one
// (one of each spelling, grouped by surname: every pair of mentions was quadratic)
function givenNameForms(people: Mention[], text: string): void {
  const seenFull = new Set<string>();
  const fulls = people.filter((m) => m.words.length === 2 && m.canonical === text.slice(m.start, m.end) && !seenFull.has(m.words.join(" ")) && !!seenFull.add(m.words.join(" ")));
  const bySurname = new Map<string, Mention[]>();
  for (const m of fulls) bySurname.set(m.words[1], [...(bySurname.get(m.words[1]) ?? []), m]);
  for (const a of fulls) {
    for (const b of bySurname.get(a.words[1]) ?? []) {
      if (a === b || a.words[1] !== b.words[1] || a.words[0] === b.words[0] || a.words[0].length >= b.words[0].length) continue;
      if (!sameGivenName(a.words[0], b.words[0])) continue;
      for (const m of people) if (m.canonical === a.canonical) m.canonical = b.canonical;
    }
  }
}

// reference spellings: "Naib Bukele" → "Nayib Bukele"; "President Trump" → "Donald Trump"
function referenceSpellings(people: Mention[], ref: ReferenceIndex, year: number | null): void {
  const byCanonical = new Map<string, Mention[]>();
  for (const m of people) {
    const list = byCanonical.get(m.canonical);
    if (list) list.push(m);
    else byCanonical.set(m.canonical, [m]);
  }
  for (const [canon, ms] of byCanonical) {
    let to: string | null = null;
    const words = canon.split(/\s+/);
    if (words.length >= 2) {
      const hit = ref.canonicalFor(canon);
      if (hit) to = hit.name;
    } else {
      // one word: the reference name when the article gives it a title the reference holds;
      // several listed people with that surname and title ("President Castro"): the one in office
      // in the article's year, if exactly one was
      const bare = (t: string) => foldName(t).replace(/^(acting|former|outgoing|incoming|interim)\s+/, "").replace(/-elect$/, "");
      // ("Venezuela's Maduro": the listed official of that country with that surname)
      const fits = ref.bySurname(canon).filter((o) => ms.some((m) => (m.titled && foldName(o.office).includes(bare(m.titled))) || (m.affiliation && m.affiliation === o.country)));
      let names = [...new Set(fits.map((o) => o.name))];
      if (names.length > 1 && year !== null) names = [...new Set(fits.filter((o) => o.from <= year && (o.to ?? 9999) >= year).map((o) => o.name))];
      if (names.length === 1) to = names[0];
      // a short form the reference list gives for exactly one official ("AMLO", "Lula")
      if (!to) {
        const listed = [...new Set(ref.byName(canon).map((o) => o.name))];
        if (listed.length === 1) to = listed[0];
      }
    }
    if (to && to !== canon) for (const m of ms) m.canonical = to;
  }
}

// one-word spelling slips of a listed official named in this article: "Buckele" beside "Nayib Bukele"
function referenceNearSpellings(people: Mention[], text: string, ref: ReferenceIndex, nearVariants: "reference" | "never", diagnostics: Diagnostic[]): void {
  const refNamed = new Set(people.filter((m) => ref.byName(m.canonical).length).map((m) => m.canonical));
  for (const m of people) {
    if (m.words.length !== 1 || refNamed.has(m.canonical) || m.canonical.split(/\s+/).length > 1) continue;
    const written = text.slice(m.start, m.end);
    for (const name of refNamed) {
      const surname = name.split(/\s+/).pop() ?? "";
      if (!isNearSpelling(written, surname)) continue;
      diagnostics.push({ rule: "entities:name-variant", message: `"${written}" is one letter from "${surname}" (${name}, on the reference list and named in this article)`, text: written, start: m.start, end: m.end });
      if (nearVariants === "reference") {
        m.canonical = name;
        m.certain = false;
        m.rule = "reference-near-spelling";
      }
      break;
    }
  }
}

// the listed organizations' forms of eight letters or more, folded once, by length
let ORG_FORMS: Map<number, Array<{ at: number; form: string; folded: string }>> | null = null;

/** The first listed organization form (in the list's order) one slip from `surface`, if any. */
function nearKnownOrganization(surface: string): string | undefined {
  if (!ORG_FORMS) {
    ORG_FORMS = new Map();
    knownOrganizationForms().forEach((form, at) => {
      if (form.length < 8) return;
      const list = ORG_FORMS!.get(form.length);
      const entry = { at, form, folded: foldName(form) };
      if (list) list.push(entry);
      else ORG_FORMS!.set(form.length, [entry]);
    });
  }
  let best: { at: number; form: string } | undefined;
  let folded: string | undefined;
  for (const length of [surface.length - 1, surface.length, surface.length + 1]) {
    for (const f of ORG_FORMS.get(length) ?? []) {
      if (best && f.at > best.at) break;
      folded ??= foldName(surface);
      if (isNearFolded(f.folded, folded)) {
        best = f;
        break;
      }
    }
  }
  return best?.form;
}

/** The longer names of an article written with the same words (resolvePeople). */
interface NameGroup {
  /** The words, initials left out. */
  fw: string[];
  /** For each of them, whether it opens a parent's name ("Salman" in "Mohammed bin Salman"). */
  parent: boolean[];
  /** The first of them, as an index into the longer names. */
  first: number;
  /** Their canonical names, each with the names that have it. */
  canonicals: Map<string, CanonicalOf>;
  /** Their indexes ordered by start; `latest[k]` is the largest index among `byStart[0..k]`. */
  byStart: number[];
  latest: number[];
}

/** The names of a group with one canonical name: as written (ascending), and the first given it later. */
interface CanonicalOf {
  written: number[];
  /** `written[head..]` minus the renamed ones are those still carrying it. */
  head: number;
  renamedTo?: number;
}

/** Whether a short given name is a form of a longer one: "josh"/"joshua", "bill"/"william" (not "jo"/"john"). */
function sameGivenName(short: string, long: string): boolean {
  // ("Dan" and "Dana", "Paul" and "Paula": names of different genders are two people)
  const gs = givenGender(short);
  const gl = givenGender(long);
  if (gs && gl && gs !== gl) return false;
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 4) return true;
  return NICKNAMES.get(long)?.includes(short) ?? false;
}

/**
 * A match's side by the words around a name: "beat Orlan", "victory over Orlan", "drew 1-1 with Orlan", "lost 2-1 at
 * home to Orlan", "held to a draw by Orlan" before it; "Orlan beat", "Orlan drew 1-1", "Orlan were held" after it.
 */
function matchSide(before: string, after: string): boolean {
  return /\b(?:beat|beats|defeated|victory over|win over|winners over|wins over|(?:drew|draw|drawn|lost|loss|defeat|beaten|held)(?: \d{1,3}-\d{1,3})?(?: (?:at )?(?:home|away))?(?: \d{1,3}-\d{1,3})? (?:with|to|by)|(?:draw|win|victory|defeat) (?:against|by)|(?:match|game|tie|final|clash|fixture|semi-final|quarter-final|play-off) (?:against|with)|held to an? (?:\d{1,3}-\d{1,3} |goalless |scoreless )?draw by)\s+(?:the\s+)?$/.test(before) || MATCH_SIDE_AFTER.test(after);
}
/** A result right after a side's name: "Orlan beat", "Orlan drew 1-1", "Orlan were held". */
const MATCH_SIDE_AFTER = /^\s+(?:beat|drew|defeated|won \d|lost \d|were (?:held|beaten)|(?:won|drew|lost) \d{1,3}-\d{1,3})\b/;

/** The minute of a goal after a scorer's name: "( 14th )", "( 45th pen )". */
const SCORER_MINUTE = /^\s*\(\s*\d{1,3}(?:st|nd|rd|th)\b/;

/** Where a match is played, not who plays it: "At Dunmore :", "in Kestrel", "( Dunmore )", "a club of Kestrel". */
function isVenue(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  return /(?:^|\s)(?:[Aa]t|AT|in|of|near|from)\s$/.test(before) || (/\(\s$/.test(before) && /^\s\)/.test(text.slice(end, end + 2)));
}

/** A team's name in a table row: capitalized words joined by "of", "'s", "and" ("Queen 's Park", "Queen of South"). */
const TEAM = String.raw`\p{Lu}[\p{L}\p{M}.'’&-]*(?: (?:of |'s |’s |and |de )?\p{Lu}[\p{L}\p{M}.'’&-]*){0,3}`;
/** A club's town code after its name: "Rad ( B )", "Mladost ( BJ )". */
const TEAM_CODE = String.raw`(?: \( \p{Lu}{1,2} \))?`;
/** What a name may carry after it in a results row: its town code or its country ("Benetton ( Italy ) 92"). */
const TEAM_AFTER = String.raw`(?: \( \p{Lu}[\p{L}. ]{0,30}\))?`;
const STANDINGS_ROW = new RegExp(String.raw`^(${TEAM})(${TEAM_CODE})((?: (?:\d{1,4}(?:\.\d+)?|\.\d+|\d+\/\d+|-)){3,})[ \t]*$`, "gmu");
// ("Dunmore 2 ( Hale 34 , Lund 71 ) Kestrel 1 ( Ward 12 ) . Attendance : 8,000": a match summary names its scorers in
// brackets after each side's score and may go on after the second)
const RESULTS_ROW = new RegExp(String.raw`^(${TEAM})(${TEAM_AFTER}) \d{1,3}(?: \([^()\n]*\))? (${TEAM})(${TEAM_AFTER}) \d{1,3}(?:(?: \(.*\))?[ \t]*$|(?: \([^()\n]*\))? [.,;] )`, "gmu");
// "Middlesex beat Hampshire by 188 runs": two teams and a margin in runs or wickets
const MARGIN_OF_WIN = new RegExp(String.raw`(?<=^|: )(${TEAM}) beat (${TEAM}) by (?:an innings|\d+ runs|\w+ wickets?)`, "gmu");
const FIXTURE = new RegExp(String.raw`(?<=^|: |, )(${TEAM})(${TEAM_CODE}) v (${TEAM})(${TEAM_CODE})(?= ,|[ \t]*$)`, "gmu");

/**
 * The team names of a sports report's tables: standings rows ("Stoke 4 3 1 0 7 4 10", "NEW YORK 75 59 .560 -"),
 * results rows ("Dunmore 3 Kestrel 1", "Valdora ( Italy ) 92 Orlan ( Russia ) 81") and fixtures
 * ("Postponed : Walsall v Wrexham"). `end` takes in a town code ("Rad ( B )"), `nameEnd` does not.
 */
function tableTeams(text: string): { start: number; end: number; nameEnd: number }[] {
  const out: { start: number; end: number; nameEnd: number }[] = [];
  const push = (start: number, name: string, after: string) => {
    const code = /^ \( \p{Lu}{1,2} \)$/u.test(after) ? after : "";
    out.push({ start, end: start + name.length + code.length, nameEnd: start + name.length });
  };
  for (const m of text.matchAll(STANDINGS_ROW)) push(m.index, m[1], m[2]);
  for (const re of [RESULTS_ROW, FIXTURE]) {
    for (const m of text.matchAll(re)) {
      push(m.index, m[1], m[2]);
      const second = m.index + m[1].length + m[2].length + m[0].slice(m[1].length + m[2].length).indexOf(m[3]);
      push(second, m[3], m[4]);
    }
  }
  return out;
}

/** What every DATELINE match holds: a day written YYYY-MM-DD. */
const ISO_DAY = /\d{4}-\d\d-\d\d/;
/** A dateline on a line of its own: a town in capitals, maybe its region after a comma, and the date ("ROCHESTER , N.H. 1996-08-30"). */
const DATELINE = /^([ \t]*)(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,3})(?: , (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}))? \d{4}-\d\d-\d\d[ \t]*$/gmu;

/** A name between two people's names in a comma-separated list: "Breen , Staunton , Irwin , McAteer". */
function inListOfPeople(m: Mention, people: { starts: ReadonlySet<number>; ends: ReadonlySet<number> }, text: string): boolean {
  const before = text.slice(Math.max(0, m.start - 6), m.start).match(/\s*,\s*$/);
  const after = text.slice(m.end, m.end + 6).match(/^\s*,\s*/);
  // ("Billy Mayfair , Ken\nGreen , …": a name cut by a line break ends its line)
  return !!before && people.ends.has(m.start - before[0].length) && ((!!after && people.starts.has(m.end + after[0].length)) || /^\n\p{Lu}\p{Ll}+ [,.]/u.test(text.slice(m.end, m.end + 40)));
}

/**
 * What follows a town's name that makes it a place, not a team: a dateline's date, or the town's country or state after a
 * comma ("Toftir , Faroe Islands", "Irvine , Calif"); another team after the comma is a list ("Newcastle , Liverpool and …").
 */
function regionAfter(after: string): boolean {
  if (/^\s*\d{4}-\d\d-\d\d/.test(after)) return true;
  const m = after.match(/^\s*,\s*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u);
  if (!m) return false;
  const w = m[1].split(" ");
  return [m[1], w[0]].some((f) => !!countryOf(f) || !!countryOfSubdivision(f) || (/^\p{Lu}{2}$|^\p{Lu}\p{Ll}{1,4}\.?$/u.test(f) && !wordClass(f.toLowerCase())));
}

/** Words of a stock market report ("shares", "index", "dealers"): five or more make one. */
function isMarketReport(toks: readonly Token[]): boolean {
  let n = 0;
  for (const t of toks) if (MARKET_WORDS.has(t.lower) && ++n >= 5) return true;
  return false;
}
const MARKET_WORDS: ReadonlySet<string> = new Set(["shares", "share", "stock", "stocks", "index", "bourse", "dealers", "traders", "brokers", "equities", "blue-chip", "bluechip"]);

/** Labels in capitals before a colon and a figure or a line's end ("AMT : 1,200,000", "ORDERS :"): three or more make a form. */
function isLabelledForm(text: string): boolean {
  if (!text.includes(" :")) return false;
  let n = 0;
  for (const _ of text.matchAll(/(?:^|[ \t])\p{Lu}[\p{Lu}.]+(?: \p{Lu}[\p{Lu}.]+)? :(?= ?\d|[ \t]*$)/gmu)) if (++n >= 3) return true;
  return false;
}

/** Scores ("2-1", "4-38") and sports words in numbers: a match report or a results table. */
function isSportsReport(toks: Token[], text: string): boolean {
  // "2-1", and results-table lines: "Leeds 0 Everton 0", "Liverpool 3 Southampton 1"
  // (and standings rows: "Haitai 64 2 43 .596 -")
  // (counted only when the answer needs them: the line patterns run over the whole text, and most
  // articles have neither sports words nor a slug)
  const scores = () => (text.match(/\b\d{1,3}-\d{1,3}\b/g)?.length ?? 0) + (text.match(/^\p{Lu}[\p{L} .'’-]*?\s\d{1,3}\s+\p{Lu}[\p{L} .'’-]*?\s\d{1,3}\s*$/gmu)?.length ?? 0) + (text.match(STANDINGS_ROW)?.length ?? 0);
  // "SOCCER - ", "TENNIS - ": a wire sports slug opening a line
  // ("Baseball-Results of …": a slug joined by a hyphen)
  // ("Soccer - McCarthy names team", "NFL AMERICAN FOOTBALL-CUNNINGHAM RETIRES": a slug in title case, or in capitals
  // joined by a hyphen)
  const slug = [...text.matchAll(/^([A-Z][A-Z0-9 ]+?)\s+-\s|^([A-Z][a-z]+)-[A-Z]|^([A-Z][a-z]+)\s+-\s|^([A-Z][A-Z0-9 ]+?)-[A-Z]/gm)].some((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase().split(" ").some((w) => SPORT_SLUGS.has(w)));
  let words = 0;
  for (const t of toks) if (SPORTS_WORDS.has(t.lower)) words++;
  if (slug && words >= 2) return true;
  if (words < 3 && !slug) return false;
  const n = scores();
  return (n >= 2 && words >= 3) || (slug && n >= 1);
}

/** Every mention of one person shares the pronoun hint its mentions agree on ("Mr. Trump" → all "Trump"). */
function shareGender(mentions: Mention[]): void {
  const by = new Map<string, Set<"he" | "she">>();
  for (const m of mentions) if (m.type === "person" && m.gender) by.set(m.canonical, (by.get(m.canonical) ?? new Set()).add(m.gender));
  for (const m of mentions) {
    const g = m.type === "person" ? by.get(m.canonical) : undefined;
    if (g && g.size === 1) m.gender = [...g][0];
    else if (g && g.size > 1) m.gender = undefined;
  }
}

/** An entities extractor closing over a reference list (the shipped one by default). */
export function makeEntityExtractor(opts: EntityOptions = {}): Extractor<"entities"> {
  const index = makeReferenceIndex(opts.reference);
  return {
    field: "entities",
    run: (doc: ParsedArticle, found: Readonly<Partial<Findings>>) =>
      // (the options written out, not spread: a spread per article cost more than reading them)
      extractEntities(doc.text, { reference: opts.reference, nearVariants: opts.nearVariants, index, dates: found.dates, year: doc.published.value ? Number(doc.published.value.slice(0, 4)) : null }),
  };
}

export const entitiesExtractor = makeEntityExtractor();

export { isKnownPlace };
