// Officials: people the article gives a public office, with the office as written and the
// country it serves when the text (or the reference list) says which. Rules, in order:
//   title before the name      "acting Homeland Security Secretary Kevin McAleenan"
//   apposition after the name  "Degenhart, Guatemala's interior minister," / "X, the foreign minister of Y"
// The country comes from the words of the title phrase (a demonym, a possessive, "of Guatemala",
// "U.S."), a title only one country has, the reference list, or the sentence ("the Salvadoran
// government"); otherwise it is null: never a guess.
import type { Diagnostic, Entity, Official, ParsedArticle } from "../pipeline/schemas.js";
import { countryOf, countryOfSubdivision, US_STATE_ABBREVIATION } from "./lexicon/countries.js";
import { isGovernmentBody, knownOrganization, organizationCountry } from "./lexicon/organizations.js";
import { COMMON_CAPITALIZED, FUNCTION_WORDS } from "./lexicon/common-words.js";
import { GIVEN_NAMES } from "./lexicon/given-names.js";
import { MONTH_WORDS, WEEKDAYS } from "./lexicon/temporal.js";
import { COUNTRY_TITLES, NON_OFFICIAL_ROLES, TITLE_MODIFIERS } from "./lexicon/titles.js";
import { foldName, tokenize, type Token } from "./names.js";
import { makeReferenceIndex, type ReferenceIndex, type ReferenceOfficial } from "./reference.js";
import { indexAt, sentenceAt } from "./text.js";
import { matchTitleAt, type TitleMatch } from "./titles.js";
import type { Extractor, Findings } from "./types.js";

const SPACE = /^[ \t\u00a0]+$/;
const AGENCY_HEADS = new Set(["director", "commissioner", "administrator", "chief", "head", "czar"]);
const MODIFIERS = new Set(TITLE_MODIFIERS.map((m) => m.toLowerCase()));
const NON_OFFICIAL = NON_OFFICIAL_ROLES.map((r) => r.toLowerCase());

interface Found {
  title: string;
  country: string | null;
  countryCertain: boolean;
  start: number;
  /** Where the mention ends when the title follows the name; null when it stands before. */
  end: number | null;
  rule: string;
  head: TitleMatch;
}

/** Index of the token that starts at `offset`, or -1. */
const tokenIndexAt = (toks: Token[], offset: number): number => indexAt(toks, offset, (t) => t.start);

/** A country named by one or two tokens ending at index e: "Guatemala's", "El Salvadoran", "U.S.". */
function countryEndingAt(toks: Token[], e: number): { country: string; start: number } | null {
  for (const n of [3, 2, 1]) {
    const s = e - n + 1;
    if (s < 0) continue;
    const words = toks.slice(s, e + 1);
    if (words.some((t, k) => (k > 0 && !SPACE.test(t.gapBefore)) || (k < words.length - 1 && t.poss) || !t.cap)) continue;
    const c = countryOf(words.map((t) => t.text).join(" "));
    if (c) return { country: c, start: s };
  }
  return null;
}

/**
 * "Director General Ana Ruiz", "the ministry's Director General …": an office word before a title that,
 * with it, makes a longer office (one that needs its body, so it read as nothing alone), not the
 * shorter title ("General", a rank) that the name follows.
 */
function compoundTitle(toks: Token[], j: number, nameIdx: number): { j: number; m: TitleMatch } | null {
  if (!SPACE.test(toks[j + 1].gapBefore) || !toks[j].cap) return null;
  const m = matchTitleAt(toks, j, { lowercase: true, bare: true });
  return m.length && j + m.length === nameIdx ? { j, m } : null;
}

// "acting Homeland Security Secretary Kevin McAleenan", "Guatemala's President-elect Alejandro Giammattei"
function titleBefore(toks: Token[], nameIdx: number, text: string, lastIdx = nameIdx): Found | null {
  let best: { j: number; m: TitleMatch } | null = null;
  for (let j = nameIdx - 1; j >= Math.max(0, nameIdx - 8); j--) {
    if (!SPACE.test(toks[j + 1].gapBefore) && j + 1 <= nameIdx) break;
    const m = matchTitleAt(toks, j, { lowercase: true });
    if (m.length && j + m.length === nameIdx) best = { j, m };
    else if (best && best.j === j + 1) best = compoundTitle(toks, j, nameIdx) ?? best;
    if (toks[j].poss) break;
  }
  // "the Home Secretary, Yvette Cooper, said", "Albania's interior minister, Ervin Hoxha,":
  // a title set off by commas before the name (British style), opened by "the", a possessive or a country
  let comma = false;
  if (!best && nameIdx > 0 && /^\s*,\s+$/.test(toks[nameIdx].gapBefore) && /^\s*[,.;]|^\s*$/.test(text.slice(toks[lastIdx].end, toks[lastIdx].end + 2))) {
    for (let j = nameIdx - 1; j >= Math.max(0, nameIdx - 7); j--) {
      if (j + 1 < nameIdx && !SPACE.test(toks[j + 1].gapBefore)) break;
      const m = matchTitleAt(toks, j, { lowercase: true });
      if (m.length && j + m.length === nameIdx) {
        const s = modifiersFrom(toks, j);
        const p = toks[s - 1];
        const opened = p && SPACE.test(toks[s].gapBefore) && (["the", "its", "his", "her", "their"].includes(p.lower) || p.poss || !!countryEndingAt(toks, s - 1));
        if (opened && !listItemBefore(toks, p.poss ? s - 1 : (countryEndingAt(toks, s - 1)?.start ?? s - 1))) {
          best = { j, m };
          comma = true;
        }
      }
      if (toks[j].poss) break;
    }
  }
  const agency = agencyHeadBefore(toks, nameIdx, text);
  if (agency && (!best || agency.start <= toks[best.j].start)) return agency;
  if (!best) return null;
  return titleFound(toks, best, comma, text);
}

/**
 * Whether the comma-delimited item ending right before word `open` (which opens a title phrase) is
 * another item of a list: a title ("the president, the vice president, Susan Rice, ...") or a name
 * ("Obama, the vice president, Susan Rice"). Then the title phrase is one more item of that list (or an
 * apposition to the item before it), not an apposition to the name after it. An opening adverbial
 * ("On Tuesday, the Home Secretary, Jane Whitfield, said", "In Britain, ...") is no list item.
 */
function listItemBefore(toks: Token[], open: number): boolean {
  if (open <= 0 || !/^\s*,\s+$/.test(toks[open].gapBefore)) return false;
  const e = open - 1;
  let b = e;
  while (b > 0 && SPACE.test(toks[b].gapBefore) && !toks[b].initial) b--;
  // a title ends the item: "the president", "Britain's foreign secretary"
  for (let j = e; j >= Math.max(b, e - 5); j--) {
    const m = matchTitleAt(toks, j, { lowercase: true });
    if (m.length && j + m.length - 1 === e) return true;
  }
  // a name: every word capitalised, none a function word, an everyday capitalised word or a date word
  const item = toks.slice(b, e + 1);
  return item.length <= 4 && item.every((t) => t.cap && !t.upper && !FUNCTION_WORDS.has(t.lower) && !COMMON_CAPITALIZED.has(t.lower) && !WEEKDAYS.has(t.lower) && !MONTH_WORDS.has(t.lower) && !countryOf(t.text) && !/\d/.test(t.text));
}

// "CBP Commissioner Mark Morgan", "FBI Director …": an agency's name before an agency head
// ("BSF Director General Daljit Singh Chawdhary": a two-word head)
function agencyHeadBefore(toks: Token[], nameIdx: number, text: string): Found | null {
  {
    for (const n of [2, 1]) {
      const h = toks[nameIdx - n];
      const org = toks[nameIdx - n - 1];
      if (!h || !org || !SPACE.test(toks[nameIdx].gapBefore) || !SPACE.test(h.gapBefore) || !(org.upper || knownOrganization(org.text))) continue;
      const m = matchTitleAt(toks, nameIdx - n, { lowercase: true, bare: true });
      if (m.length !== n || !(n === 1 ? AGENCY_HEADS.has(h.lower) : m.kind === "agency_head")) continue;
      if (n === 2 && !SPACE.test(toks[nameIdx - 1].gapBefore)) continue;
      return { title: text.slice(org.start, toks[nameIdx - 1].end), country: organizationCountry(org.text), countryCertain: !!organizationCountry(org.text), start: org.start, end: null, rule: "agency-head-before-name", head: m };
    }
    return null;
  }
}

/** Where the modifiers ("acting", "former", "then-") right before word `i` begin: `i` when there are none. */
function modifiersFrom(toks: Token[], i: number): number {
  while (i > 0 && SPACE.test(toks[i].gapBefore) && MODIFIERS.has(toks[i - 1].lower.replace(/-$/, ""))) i--;
  return i;
}

function titleFound(toks: Token[], best: { j: number; m: TitleMatch }, comma: boolean, text: string): Found {
  // modifiers: "acting", "former", "outgoing"
  let s = modifiersFrom(toks, best.j);
  // "then-President" glued
  let country: string | null = null;
  let start = toks[s].start;
  let first = s;
  // "White House press secretary …": a listed body before (or overlapping) the title belongs to it
  for (let n = 4; n >= 1; n--) {
    for (const shift of [0, 1]) {
      const from = s - n + shift;
      const to = s - 1 + shift;
      if (from < 0 || to < from || (shift === 1 && to >= best.j + best.m.length - 1)) continue;
      const words = toks.slice(from, to + 1);
      if (!words[0].cap || words.some((t, k) => (k > 0 && !SPACE.test(t.gapBefore)) || t.poss) || (from < s && !SPACE.test(toks[s].gapBefore))) continue;
      const phrase = words.map((t) => t.text).join(" ");
      if (!knownOrganization(phrase)) continue;
      country = organizationCountry(phrase);
      s = from;
      start = toks[from].start;
      first = from;
      n = 0;
      break;
    }
  }
  const c = !country && s > 0 && SPACE.test(toks[s].gapBefore) ? countryEndingAt(toks, s - 1) : null;
  if (c) {
    country = c.country;
    start = toks[c.start].start;
    first = c.start;
  }
  // "Texas Gov. Greg Abbott", "Ontario Premier …"
  if (!country && s > 0 && SPACE.test(toks[s].gapBefore)) {
    for (const n of [2, 1]) {
      const words = toks.slice(Math.max(0, s - n), s);
      if (words.length !== n || words.some((t, k) => (k > 0 && !SPACE.test(t.gapBefore)) || !t.cap)) continue;
      const sub = countryOfSubdivision(words.map((t) => t.text).join(" "));
      if (sub) {
        country = sub;
        start = words[0].start;
        first = Math.max(0, s - n);
        break;
      }
    }
  }
  let title = text.slice(toks[s].start, toks[best.j + best.m.length - 1].end);
  // "former Nigerian President Olusegun Obasanjo": a modifier before the country belongs
  // to the title ("former President"), so the office is not read as held now
  const lead = first < s ? modifiersFrom(toks, first) : first;
  if (lead < first) {
    title = `${toks.slice(lead, first).map((t) => t.text).join(" ")} ${title}`;
    start = toks[lead].start;
  }
  return { title, country, countryCertain: !!country, start, end: null, rule: comma ? "title-comma-name" : "title-before-name", head: best.m };
}

// "Degenhart, Guatemala's interior minister," / "Hill, the foreign minister of El Salvador,"
function titleAfter(toks: Token[], lastIdx: number, text: string): Found | null {
  const comma = toks[lastIdx + 1];
  if (!comma || !/^\s*,\s+$/.test(comma.gapBefore)) return null;
  let i = lastIdx + 1;
  let country: string | null = null;
  const startTitle = i;
  // articles and modifiers: "the", "a", "former", "acting"
  const mods: number[] = [];
  for (;;) {
    const t = toks[i];
    if (!t) return null;
    if (["the", "a", "an"].includes(t.lower) || MODIFIERS.has(t.lower.replace(/-$/, ""))) {
      if (MODIFIERS.has(t.lower.replace(/-$/, ""))) mods.push(i);
      i++;
      continue;
    }
    break;
  }
  // "Guatemala's", "Salvadoran", "U.S."
  for (const n of [3, 2, 1]) {
    const c = countryEndingAt(toks, i + n - 1);
    if (c && c.start === i) {
      country = c.country;
      i += n;
      break;
    }
  }
  const m = matchTitleAt(toks, i, { lowercase: true });
  if (!m.length) return null;
  let end = i + m.length - 1;
  // "Andrew, Queen Elizabeth's son": a title followed by a name is that name's, not an apposition
  const next = toks[end + 1];
  if (next && next.cap && SPACE.test(next.gapBefore)) return null;
  // "president and CEO of Church World Service": a role at a private body is no office
  const tail = text.slice(toks[end].end, toks[end].end + 80);
  const ofWhat = tail.match(/^(?:\s+and\s+[\p{L} ]+?)?\s+(?:of|at|for)\s+(?:the\s+)?([\p{Lu}][\p{L}\p{N}.'’-]*(?:\s+(?:of|for|and|the|de|del)?\s*[\p{Lu}][\p{L}\p{N}.'’-]*)*)/u);
  if (ofWhat) {
    // "Trump, acting Secretary of Homeland Security Kevin McAleenan": a person named after the office's
    // body (after an acronym in brackets, or run into the body's capitalised words) holds the title
    if (personAfterBody(ofWhat[1], text.slice(toks[end].end + ofWhat[0].length, toks[end].end + ofWhat[0].length + 60))) return null;
    const body = ofWhat[1];
    const c = countryOf(body);
    if (c) {
      country = country ?? c;
      const bodyEnd = toks[end].end + ofWhat[0].length;
      while (toks[end + 1] && toks[end + 1].end <= bodyEnd) end++;
    } else if (!isGovernmentBody(body)) return null;
  }
  if (/^\s+and\s+(?:ceo|chief executive|founder|director)/i.test(tail)) return null;
  // an apposition closes ("Hill, the foreign minister, said"); one that runs on into a verb or a
  // quote is the subject of the next clause: "alone with Mr. Obama, the prime minister ''looked ashen''"
  const after = text.slice(toks[end].end, toks[end].end + 40);
  if (!ofWhat && !/^(?:\s*(?:[,.;:!?)\]}]|[—–]|\s-\s|$)|\s+(?:who|whose|since|until|from|in|at|on|and|to)\b)/u.test(after)) return null;
  // "secretary of the human rights group MASUM": an office in a body the text calls private
  if (/^\s+(?:of|at|for|with)\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|charity|company|firm|association|network|coalition|campaign|foundation|ngo|think[- ]tank|club|union|society|trust|lobby)\b/u.test(tail)) return null;
  const first = mods.length ? mods[0] : startTitle;
  const title = text.slice(toks[Math.min(first, i)].start, toks[i + m.length - 1].end).replace(/^(?:the|a|an)\s+/i, "");
  const cleaned = mods.length ? title : text.slice(toks[i].start, toks[i + m.length - 1].end);
  return { title: cleaned, country, countryCertain: !!country, start: toks[startTitle].start, end: toks[end].end, rule: "apposition-title", head: m };
}

/** A capitalised word that is a known given name, then another capitalised word: a person's name starts there. */
const PERSON_START = /^(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]+/u;
const startsPerson = (words: string) => {
  const m = words.match(PERSON_START);
  return Boolean(m && GIVEN_NAMES.has(m[1].toLowerCase()));
};

/**
 * Whether a person's name follows an office's body: inside what the body pattern took ("Homeland
 * Security Kevin McAleenan": a given name after its first word) or right after it ("(DHS) Kevin McAleenan").
 */
function personAfterBody(body: string, after: string): boolean {
  const words = body.split(/\s+/);
  for (let k = 1; k < words.length - 1; k++) if (startsPerson(words.slice(k).join(" "))) return true;
  return startsPerson(after.replace(/^\s*\(\s*[\p{Lu}.&]{2,12}\s*\)/u, "").trimStart());
}

// COUNTRY_TITLES with each title folded and each "unless" word's pattern made once, not at every title read
const COUNTRY_TITLES_FOLDED = COUNTRY_TITLES.map((ct) => ({ ...ct, folded: foldName(ct.title), unless: ct.unless?.map((w) => new RegExp(`^\\s+${w}\\b`, "i")) }));

/** A country for a title only one country uses ("Secretary of State" beside US mentions). */
function countryOfTitle(title: string, textAfter: string, articleCountries: Set<string>): string | null {
  const bare = foldName(title)
    .replace(/^((acting|former|outgoing|incoming|interim)\s+|(then|ex)-\s*)+/, "")
    .replace(/-(elect|designate)$/, "");
  for (const ct of COUNTRY_TITLES_FOLDED) {
    if (ct.folded !== bare) continue;
    if (ct.unless?.some((re) => re.test(textAfter))) continue;
    if (ct.needsMention && !articleCountries.has(ct.country)) continue;
    return ct.country;
  }
  return null;
}

/** The one country the reference list gives this person, if the list knows them. */
function countryOfReference(name: string, ref: ReferenceIndex): string | null {
  const countries = [...new Set(ref.byName(name).map((o) => o.country))];
  return countries.length === 1 ? countries[0] : null;
}

/**
 * "the Salvadoran government" in the same sentence: that country, when it is the only one so named.
 * `seen` keeps each sentence's answer by its start, so a long sentence naming many officials is read once.
 */
function countryOfSentence(text: string, at: number, seen: Map<number, string | null>): string | null {
  const s = sentenceAt(text, at);
  if (!s) return null;
  if (seen.has(s.start)) return seen.get(s.start)!;
  const country = countryNamedIn(s.text);
  seen.set(s.start, country);
  return country;
}

function countryNamedIn(sentence: string): string | null {
  const found = new Set<string>();
  for (const m of sentence.matchAll(/\b(?:the\s+)?([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)(?:['’]s)?\s+(?:government|administration|presidency|cabinet|side|delegation)\b/gu)) {
    const c = countryOf(m[1]);
    if (c) found.add(c);
  }
  return found.size === 1 ? [...found][0] : null;
}

export interface OfficialOptions {
  reference?: readonly ReferenceOfficial[];
}

/** Officials of one text, given its person entities. */
export function extractOfficials(text: string, entities: readonly Entity[], opts: OfficialOptions & { index?: ReferenceIndex } = {}): { items: Official[]; diagnostics: Diagnostic[] } {
  const ref = opts.index ?? makeReferenceIndex(opts.reference);
  const toks = tokenize(text);
  const articleCountries = new Set(entities.filter((e) => e.type === "place").map((e) => e.canonical));
  const orgs = entities.filter((e) => e.type === "organization");
  const items: Official[] = [];
  const diagnostics: Diagnostic[] = [];
  const sentenceCountries = new Map<number, string | null>();
  const seen = new Set<string>();
  for (const e of entities) {
    if (e.type !== "person") continue;
    const i = tokenIndexAt(toks, e.start);
    if (i < 0) continue;
    let last = i;
    while (last + 1 < toks.length && toks[last + 1].end <= e.end) last++;
    const found = titleBefore(toks, i, text, last) ?? titleAfter(toks, last, text);
    if (!found) continue;
    // "Church World Service president John McCullough": an office in a private body
    const orgBefore = orgs.find((o) => o.end <= found.start && /^\s*(?:['’]s)?\s*$/.test(text.slice(o.end, found.start)));
    if (orgBefore && !isGovernmentBody(orgBefore.canonical)) continue;
    // ("director" is a private role; "Director General" is a public office)
    // (the title folded and split once, not once per listed role)
    const folded = foldName(found.title);
    if (!/minister|secretary|president/.test(folded)) {
      const words = folded.replace(/director[- ]general/, "").split(/\s+/);
      if (NON_OFFICIAL.some((r) => words.includes(r))) continue;
    }
    let country = found.country;
    let certain = found.countryCertain;
    let rule = found.rule;
    // "Sen. Alex Padilla, D-Calif.": a US party and state tag
    if (!country && /^,\s+[DRI]-/.test(text.slice(e.end, e.end + 4))) {
      const tag = text.slice(e.end).match(/^,\s+[DRI]-([\p{L}.]+)/u);
      if (tag && US_STATE_ABBREVIATION.test(tag[1])) {
        country = "United States";
        rule += "+party-state-tag";
      }
    }
    // "President Kofi Mensah of Ghana", "Gov. Kathy Hochul of New York",
    // "Judge Jon Tigar of the Northern District of California"
    const ofCountry = !country && found.end === null ? text.slice(e.end, e.end + 80).match(/^\s+of\s+((?:the\s+)?[\p{Lu}][\p{L}.]*(?:\s+(?:of\s+|the\s+)*[\p{Lu}][\p{L}.]*){0,5})/u) : null;
    if (ofCountry) {
      const words = ofCountry[1].split(/\s+/);
      for (let i = 0; i < words.length && !country; i++) {
        for (let n = Math.min(3, words.length - i); n > 0 && !country; n--) {
          const phrase = words.slice(i, i + n).join(" ");
          country = countryOf(phrase) ?? countryOfSubdivision(phrase);
        }
      }
      if (country) rule += "+of-country";
    }
    // "Rep. Henry Cuellar, a Texas Democrat"
    if (!country) {
      const party = text.slice(e.end, e.end + 60).match(/^,\s+an?\s+((?:[\p{Lu}][\p{L}.]*\s+){1,2})(?:Democrat|Republican)\b/u);
      const state = party ? countryOfSubdivision(party[1].trim()) : null;
      if (state) {
        country = state;
        rule += "+party-state";
      }
    }
    if (!country && e.affiliation) country = e.affiliation;
    if (!country) {
      country = countryOfTitle(found.title, text.slice(e.end, e.end + 20), articleCountries);
      if (country) rule += "+title-country";
    }
    if (!country) {
      country = countryOfReference(e.canonical, ref);
      if (country) {
        rule += "+reference";
        certain = false;
      }
    }
    if (!country && (found.head.kind === "head_of_state" || found.head.kind === "head_of_government" || found.head.kind === "minister")) {
      country = countryOfSentence(text, e.start, sentenceCountries);
      if (country) {
        rule += "+sentence";
        certain = false;
      }
    }
    if (!country) {
      diagnostics.push({ rule: "officials:no-country", message: `no country stated for ${e.canonical} (${found.title})`, text: text.slice(found.start, e.end), start: found.start, end: e.end });
    }
    const key = `${e.canonical}|${foldName(found.title)}|${country}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = Math.min(found.start, e.start);
    const end = Math.max(e.end, found.end ?? e.end);
    items.push({ name: e.canonical, title: found.title, country, start, end, text: text.slice(start, end), rule, certain: certain && e.certain });
  }
  return { items, diagnostics };
}

/** An officials extractor closing over a reference list (the shipped one by default). */
export function makeOfficialsExtractor(opts: OfficialOptions = {}): Extractor<"officials"> {
  const index = makeReferenceIndex(opts.reference);
  return {
    field: "officials",
    run: (doc: ParsedArticle, found: Readonly<Partial<Findings>>) => extractOfficials(doc.text, found.entities ?? [], { index }),
  };
}

export const officialsExtractor = makeOfficialsExtractor();
