// Movements that make peace with states (the lexicon's PEACE_PARTIES) in running text: the look-up
// of one written form, and every movement named in a window of an article (scan.ts: the pattern
// runs once per text, not once per window).
import { countryOf } from "../lexicon/countries.js";
import { MOVEMENT_GROUP_NOUNS, MOVEMENT_KIND_WORDS, MOVEMENT_NAME_HEADS, MOVEMENT_NOUNS, PEACE_PARTIES } from "../lexicon/peace-parties.js";
import { byFirstCharacter, matchesIn, namePattern } from "./scan.js";

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’]/g, "'").toLowerCase().replace(/^the /, "");
// acronyms (all capitals) match only in capitals: "GAM", "ELN" are also words or names
const isAcronym = (f: string) => /^[A-Z0-9/]+$/.test(f);
const byForm = new Map<string, { name: string; acronym: boolean }>();
for (const m of PEACE_PARTIES) for (const f of [m.name, ...m.aliases]) byForm.set(fold(f), { name: m.name, acronym: isAcronym(f) });
const FORMS = [...new Set(PEACE_PARTIES.flatMap((m) => [m.name, ...m.aliases]).map((f) => f.replace(/^the /, "")))].sort((a, b) => b.length - a.length);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// built once (it was built again on every call); no letter or digit right before or after a form
// (grouped by first letter, scan.ts: the same first match at each position, found in half the time)
const FORM_RE = namePattern(byFirstCharacter(FORMS.map(esc), true), "giu");

/** The canonical name of a movement form ("Hizbollah" → "Hezbollah"); acronyms only in capitals. */
export function peacePartyOf(form: string): string | null {
  const clean = form.replace(/['’]s$/, "");
  const hit = byForm.get(fold(clean));
  if (!hit || (hit.acronym && !isAcronym(clean))) return null;
  return hit.name;
}

/** Every movement named in `text[from, to)`. */
export function peacePartiesIn(text: string, from: number, to: number): Array<{ text: string; start: number; end: number; name: string }> {
  const out: Array<{ text: string; start: number; end: number; name: string }> = [];
  for (const m of matchesIn(FORM_RE, text, from, to)) {
    if (m.end > to) break;
    const name = peacePartyOf(m.text);
    if (name) out.push({ text: m.text, start: m.start, end: m.end, name });
  }
  return out;
}

// "Chechen separatists", "Tuareg rebels": a capitalised people or region before a movement noun, a kind word
// between them or not ("Tuareg separatist rebels") (a text without one of the nouns is not scanned: scan.ts)
const DESCRIBED_RE = namePattern(`\\p{Lu}[\\p{Ll}’'-]+\\s+(?:(?:${MOVEMENT_KIND_WORDS.join("|")})\\s+)?(?:${MOVEMENT_NOUNS.join("|")})`, "gu", { contains: MOVEMENT_NOUNS });
/** The kind word between a movement's people and its noun, which its name leaves out ("Tuareg separatist rebels" are "Tuareg rebels"). */
const KIND_BETWEEN = new RegExp(`\\s+(?:${MOVEMENT_KIND_WORDS.join("|")})(?=\\s)`);

// "rebels in Tigray", "the rebel authorities in Tigray", "separatists from Casamance"
const REGION_AFTER_RE = namePattern(`(?:${MOVEMENT_NOUNS.join("|")}|rebel\\s+(?:authorities|forces|leaders|leadership|government|administration))\\s+(?:in|from)\\s+\\p{Lu}[\\p{Ll}’'-]+`, "gu", { contains: ["rebel", ...MOVEMENT_NOUNS] });
/** Capitalised words after "in" that are no region: months, days, "The". */
const REGION_NOT = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Their|Its|His|Her)$/;

/** Movements named by description in `text[from, to)` ("Chechen separatists"), not after a country's demonym ("Syrian rebels"). */
export function describedMovementsIn(text: string, from: number, to: number): Array<{ text: string; start: number; end: number; name: string }> {
  const out: Array<{ text: string; start: number; end: number; name: string }> = [];
  for (const m of matchesIn(DESCRIBED_RE, text, from, to)) {
    if (m.end > to) break;
    const people = m.text.split(/\s+/)[0];
    // a country's people ("Syrian rebels") or a sentence's first word ("Rebels", "The") is no description of a movement
    // ("Taliban insurgents" are the Taliban, whom the movement scan finds by name)
    if (countryOf(people) || peacePartyOf(people) || /^(?:The|A|An|Some|Many|Local|Other|Armed|Islamist|Moslem|Muslim)$/.test(people)) continue;
    out.push({ text: m.text, start: m.start, end: m.end, name: m.text.replace(KIND_BETWEEN, "").replace(/\s+/g, " ") });
  }
  // "the rebel authorities in Tigray", "separatists from Casamance": the movement noun, then its region after "in" or
  // "from", written as the region's movement ("Tigray rebels"); a country there names its rebels only by its people
  for (const m of matchesIn(REGION_AFTER_RE, text, from, to)) {
    if (m.end > to) break;
    const parts = /^(\p{Ll}+)(?:\s+\p{Ll}+)?\s+(?:in|from)\s+(\S+)$/u.exec(m.text.replace(/\s+/g, " "));
    if (!parts || countryOf(parts[2]) || peacePartyOf(parts[2]) || REGION_NOT.test(parts[2])) continue;
    const noun = parts[1] === "rebel" ? "rebels" : parts[1];
    out.push({ text: m.text, start: m.start, end: m.end, name: `${parts[2]} ${noun}` });
  }
  return out;
}


// "the Tigray People's Liberation Front (TPLF)": one to five capitalised words and a movement's name head, with
// the acronym the text gives it in brackets
const NAMED_RE = namePattern(
  `(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,5}(?:${MOVEMENT_NAME_HEADS.map((h) => h.replace(/ /g, "\\s+")).join("|")})(?:\\s+\\(\\p{Lu}{2,8}\\))?`,
  "gu",
  { contains: [...new Set(MOVEMENT_NAME_HEADS.map((h) => h.split(" ")[1]))] },
);
const LEADING_ARTICLE = /^(?:The|A|An)\s+/;
const BRACKETED = /\s+\((\p{Lu}{2,8})\)$/u;

/**
 * Movements named by a name of their own the lexicon does not list ("the Tigray People's Liberation Front"), and
 * the acronym the text defines for one ("… Front (TPLF)", then "TPLF leaders"), in `text[from, to)`.
 */
export function namedMovementsIn(text: string, from: number, to: number): Array<{ text: string; start: number; end: number; name: string }> {
  const out: Array<{ text: string; start: number; end: number; name: string }> = [];
  const all = matchesIn(NAMED_RE, text, 0, text.length);
  if (!all.length) return out;
  const byAcronym = new Map<string, string>();
  for (const m of all) {
    const lead = m.text.match(LEADING_ARTICLE)?.[0].length ?? 0;
    const acronym = m.text.match(BRACKETED);
    const name = m.text.slice(lead, acronym ? m.text.length - acronym[0].length : undefined).replace(/\s+/g, " ");
    if (acronym) byAcronym.set(acronym[1], name);
    // (the hit is the name; the bracketed acronym after it is the text's own aside)
    const end = m.end - (acronym?.[0].length ?? 0);
    if (m.start + lead >= from && end <= to) out.push({ text: text.slice(m.start + lead, end), start: m.start + lead, end, name });
  }
  if (!byAcronym.size) return out;
  const acronyms = new RegExp(`\\b(?:${[...byAcronym.keys()].join("|")})\\b`, "g");
  for (const m of text.slice(from, to).matchAll(acronyms)) {
    const start = from + m.index!;
    if (!out.some((h) => h.start <= start && start < h.end)) out.push({ text: m[0], start, end: start + m[0].length, name: byAcronym.get(m[0])! });
  }
  return out.sort((a, b) => a.start - b.start);
}

// "several rebel groups", "a rebel alliance", "the insurgents": a movement told by its kind, with no name
const UNNAMED_RE = new RegExp(`\\b(?:(?:${MOVEMENT_KIND_WORDS.join("|")})\\s+(?:${MOVEMENT_GROUP_NOUNS.join("|")})|${MOVEMENT_NOUNS.join("|")})\\b`, "i");

// "a 2015 peace deal with separatist rebels", "an agreement it signed with local rebels": the movement the deal is made with
const WITH_UNNAMED_RE = new RegExp(`\\bwith\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:(?:${MOVEMENT_KIND_WORDS.join("|")})\\s+(?:${MOVEMENT_GROUP_NOUNS.join("|")})|${MOVEMENT_NOUNS.join("|")})\\b`, "iu");

/** Whether `text[from, to)` tells of a deal made "with" a movement told by its kind only ("with separatist rebels", "with armed groups"). */
export function unnamedMovementPartnerIn(text: string, from: number, to: number): boolean {
  return WITH_UNNAMED_RE.test(text.slice(from, to));
}

/** Whether `text[from, to)` tells of a movement by its kind only ("rebel groups", "the insurgents"), named or not elsewhere. */
export function unnamedMovementIn(text: string, from: number, to: number): boolean {
  return UNNAMED_RE.test(text.slice(from, to));
}
