// Title conflicts: one person given two offices at one time, or an office the reference list gives someone else.
import { NAME_PARTICLES } from "../../extractors/lexicon/name-matching.js";
import { countryOfSubdivision } from "../../extractors/lexicon/countries.js";
import { DEPUTY_HEAD_OF_GOVERNMENT, GENERIC_TITLES, GOVERNMENT_LEVELS, OFFICE_TITLES, PORTFOLIO_FREE_RANKS, SHARED_TITLES, TITLE_AFFILIATIONS, TITLE_RANKS, TITLE_SPELLINGS } from "../../extractors/lexicon/offices.js";
import { ASSIGNMENT_ROLES } from "../../extractors/lexicon/titles.js";
import { cleanName, compareNames, foldName, mojibake, tokensGarbled } from "../names.js";
import type { Conflict } from "../schemas.js";
import { bySpan, COUNTRY_WORDS, hashId, nameTokens } from "./common.js";
import { keyOf, noteMadeUnder, type ReconcileCache } from "./cache.js";
import type { Contribution, ReferenceName, TitleClaim } from "./contributions.js";

const TITLE_QUALIFIERS = new Set(["acting", "interim", "then", "outgoing", "incoming", "elect", "president-elect", "designate", "current", "new", "the", "of", "for", "and", "s", "'s"]);

const SPELLING = new Map(TITLE_SPELLINGS.map(([other, one]) => [other, one]));

/** A title's words, each in one spelling ("advisor" as "adviser"), without qualifiers and country words. */
/** A title's words as written, without qualifiers and country words: the conflict ids' key. */
function writtenTitleWords(title: string): string[] {
  return foldName(title)
    .replace(/-elect\b/g, " elect")
    .split(/[^a-z]+/)
    .filter((w) => w && !TITLE_QUALIFIERS.has(w) && !COUNTRY_WORDS.has(w));
}

export function titleWords(title: string): string[] {
  return foldName(title)
    .replace(/-elect\b/g, " elect")
    .split(/[^a-z]+/)
    .filter((w) => w && !TITLE_QUALIFIERS.has(w) && !COUNTRY_WORDS.has(w))
    .map((w) => SPELLING.get(w) ?? w);
}

// "Foreign Secretary" → "foreign secretary": the words the office lexicon is written in
const titlePhrase = (title: string) =>
  foldName(title)
    .replace(/-elect\b/g, " elect")
    .split(/[^a-z]+/)
    .filter((w) => w && !TITLE_QUALIFIERS.has(w) && !COUNTRY_WORDS.has(w) && w !== "s")
    .map((w) => SPELLING.get(w) ?? w)
    .join(" ");
const OFFICE_ALIASES = OFFICE_TITLES.flatMap((o) => o.titles.map((t) => ({ phrase: titlePhrase(t), office: o.office, countries: o.countries })));
const AFFILIATIONS = new Set(TITLE_AFFILIATIONS);
const RANKS = new Set(TITLE_RANKS);
const GENERIC = new Set(GENERIC_TITLES);
const LEVELS = new Set(GOVERNMENT_LEVELS);
const SHARED = SHARED_TITLES.map((s) => ({ ...s, phrase: titlePhrase(s.title) }));

const PORTFOLIO_FREE = new Set(PORTFOLIO_FREE_RANKS.map((t) => titleWords(t).join(" ")));

/**
 * "Union Minister", "Federal Minister", "Minister": a bare rank, with at most words saying which government;
 * "Minister of State", "Minister without Portfolio": a cabinet rank with no ministry named.
 */
const bareRank = (words: readonly string[]) =>
  (words.length > 0 && GENERIC.has(words[words.length - 1]) && words.slice(0, -1).every((w) => LEVELS.has(w))) || PORTFOLIO_FREE.has(words.filter((w) => !LEVELS.has(w)).join(" "));

/** Whether `title`, for an official of `country`, may name `office` as well as the office it is read as ("President" of an Italian prime minister). */
const sharedWith = (title: string, country: string | null, office: string) =>
  country !== null && SHARED.some((s) => s.countries.includes(country) && s.offices.includes(office) && s.phrase === titlePhrase(title));
const TIER = new Map(OFFICE_TITLES.map((o) => [o.office, o.tier ?? "national"]));
const WITHIN = new Map(OFFICE_TITLES.filter((o) => o.within).map((o) => [o.office, o.within!]));

/**
 * The office a phrase names for an official of `country`; of unknown country, the office every
 * alias of that phrase names ("Rep." is a US title wherever it is read; "Chancellor" names two offices).
 */
function aliasOffice(phrase: string, country: string | null): string | null {
  if (country !== null) return OFFICE_ALIASES.find((a) => a.phrase === phrase && (!a.countries || a.countries.includes(country)))?.office ?? null;
  const offices = new Set(OFFICE_ALIASES.filter((a) => a.phrase === phrase).map((a) => a.office));
  return offices.size === 1 ? [...offices][0] : null;
}

/** "gop sen" → "sen", "nevada sen" → "sen": the words before a title that name a party, a chamber or a state, dropped. */
function withoutAffiliation(phrase: string): string {
  const words = phrase.split(" ");
  let i = 0;
  while (i < words.length - 1) {
    if (AFFILIATIONS.has(words[i])) i++;
    else if (i < words.length - 2 && countryOfSubdivision(`${words[i]} ${words[i + 1]}`)) i += 2;
    else if (countryOfSubdivision(words[i])) i++;
    else break;
  }
  return words.slice(i).join(" ");
}

/** The office a title names, for an official of `country`: "Premier" → "head of government"; null when unknown. */
export function officeOf(title: string, country: string | null): string | null {
  // the same few titles recur in thousands of articles: each title and country looked up once
  const k = `${title}\u0000${country ?? "\u0001"}`;
  let office = officeMemo.get(k);
  if (office === undefined) {
    const phrase = titlePhrase(title);
    office = aliasOffice(phrase, country);
    if (office === null) {
      const bare = withoutAffiliation(phrase);
      if (bare !== phrase) office = aliasOffice(bare, country);
    }
    if (officeMemo.size > 100_000) officeMemo.clear();
    officeMemo.set(k, office);
  }
  return office;
}

/**
 * The office a title ends with when the words before it are not a rank: "Syrian refugees President"
 * (a title read across a clause) ends with the president's office, "vice president" does not. Only
 * for telling two titles alike, never for raising a clash.
 */
function officeAtEnd(title: string, country: string | null): string | null {
  const words = titlePhrase(title).split(" ");
  for (let i = 1; i < words.length; i++) {
    if (RANKS.has(words[i - 1])) return null;
    const office = aliasOffice(words.slice(i).join(" "), country);
    if (office) return office;
  }
  return null;
}

/**
 * Two offices one person may hold together or one after the other without either source being
 * wrong: offices of different tiers (a senator who becomes secretary of state; a governor who
 * becomes president), or a chamber's leader and a member of that chamber.
 */
export function officesHoldTogether(a: string, b: string): boolean {
  return TIER.get(a) !== TIER.get(b) || Boolean(WITHIN.get(a)?.includes(b) || WITHIN.get(b)?.includes(a));
}

/** Whether two titles of one person can clash, and under which keys (`offices`: both name known offices). */
export function titlesClash(a: TitleClaim, b: TitleClaim): { k: string; ko: string; idk: string; offices: boolean } | null {
  // two titles of one office never conflict; two known offices do, whatever their words share
  // one person has one country: a side that names it lends it to the other ("Foreign Secretary" in London)
  const country = a.country ?? b.country;
  const oa = officeOf(a.title, a.country ?? country);
  const ob = officeOf(b.title, b.country ?? country);
  if (oa && ob && oa === ob) return null;
  if (oa && ob && (sharedWith(a.title, country, ob) || sharedWith(b.title, country, oa))) return null;
  const wa = titleWords(a.title);
  const wb = titleWords(b.title);
  if (!wa.length || !wb.length) return null;
  // "Secretary Clinton": a bare rank names no office to clash with
  // "Union Minister Goyal": a rank with only the government's level names no ministry either
  if (bareRank(wa) || bareRank(wb)) return null;
  // an envoy or a negotiator is a task given beside an office ("security chief" and "envoy"), not a second office
  if (wa.some((w) => ASSIGNMENT_ROLES.has(w)) || wb.some((w) => ASSIGNMENT_ROLES.has(w))) return null;
  // "first deputy prime minister" and "economy minister": a deputy head of government also running a ministry
  if (deputyWithMinistry(wa, wb, oa ?? officeOf(b.title, country)) || deputyWithMinistry(wb, wa, ob ?? officeOf(a.title, country))) return null;
  const ea = oa ?? officeAtEnd(a.title, a.country ?? country);
  const eb = ob ?? officeAtEnd(b.title, b.country ?? country);
  if (ea && eb && (ea === eb || officesHoldTogether(ea, eb))) return null;
  const sa = new Set(wa);
  const sb = new Set(wb);
  if (!(oa && ob) && (wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w)))) return null;
  const k = [wa.join(" "), wb.join(" ")].sort().join("|");
  // one clash of two offices, however many ways the sources word them: one conflict
  const ko = oa && ob ? `office:${[oa, ob].sort().join("|")}` : k;
  // the conflict's id from the titles' words as written ("Defence Minister", not its one spelling), as ids were
  // made before spellings were joined: a reviewer's decisions stay with their conflicts
  const idk = [writtenTitleWords(a.title).join(" "), writtenTitleWords(b.title).join(" ")].sort().join("|");
  return { k, ko, idk, offices: Boolean(oa && ob) };
}

const officeMemo = new Map<string, string | null>();

/** Whether `deputy` (title words) is a deputy head of government's and `other` a ministry's (not the head of government's, nor another deputy's). */
function deputyWithMinistry(deputy: string[], other: string[], otherOffice: string | null): boolean {
  if (!DEPUTY_HEAD_OF_GOVERNMENT.test(deputy.join(" ")) || DEPUTY_HEAD_OF_GOVERNMENT.test(other.join(" "))) return false;
  if (otherOffice === "head of government" || otherOffice === "head of state" || otherOffice === "vice president") return false;
  return other.includes("minister") || other.includes("secretary");
}

/**
 * "President Clinton" in an article that names only Hillary Clinton: a title written with a lone surname
 * that the reference list gives, with that office, to someone of that surname other than the person the
 * article's surname was joined to, most likely names that office holder (Bill Clinton), not the article's person.
 */
export function surnameTitleOfAnother(t: TitleClaim, who: string, reference: readonly ReferenceName[]): boolean {
  if (!reference.length) return false;
  const written = nameTokens(t.evidence.text.replace(t.title, " "));
  const whoToks = nameTokens(who);
  if (written.length !== 1 || whoToks.length < 2 || written[0] !== whoToks.at(-1)) return false;
  const words = titleWords(t.title).join(" ");
  return reference.some((r) => {
    if (!r.office) return false;
    const rt = nameTokens(r.name);
    if (rt.at(-1) !== written[0] || rt.join(" ") === whoToks.join(" ")) return false;
    if ([r.name, ...(r.variants ?? [])].some((v) => nameTokens(v).join(" ") === whoToks.join(" "))) return false;
    const office = officeOf(t.title, t.country ?? r.country ?? null);
    return titleWords(r.office).join(" ") === words || (office !== null && office === officeOf(r.office, r.country ?? null));
  });
}

/** Each person's present-time, unambiguous titles, by the name reconcile settled on. */
export function titlesByPerson(contributions: readonly Contribution[], nameOf: (n: string, file: string) => string, reference: readonly ReferenceName[] = []): Map<string, TitleClaim[]> {
  const byPerson = new Map<string, TitleClaim[]>();
  for (const c of contributions) {
    for (const t of c.titles) {
      // "then-Secretary of State": an office of another time, like "former"; "the incoming ambassador",
      // "President-elect": an office not yet held, which the person's present one does not contradict
      if (/\b(?:former|ex|late|then|incoming|elect|designate|future|would-be)\b/i.test(t.title) || t.ambiguous) continue;
      const who = nameOf(t.name, t.evidence.file);
      if (surnameTitleOfAnother(t, who, reference)) continue;
      if (!byPerson.has(who)) byPerson.set(who, []);
      byPerson.get(who)!.push(t);
    }
  }
  return byPerson;
}

const yearsOf = (r: ReferenceName) => (r.from === undefined ? "years not given" : `${r.from}–${r.to ?? "today"}`);

// a reference list's entries that give an office, by each spelling of the name (its words joined), in
// the list's order: made once per list, since every title conflict written asks (thousands at 10k articles)
const officeIndexes = new WeakMap<readonly ReferenceName[], Map<string, ReferenceName[]>>();
function officesByName(reference: readonly ReferenceName[]): Map<string, ReferenceName[]> {
  let index = officeIndexes.get(reference);
  if (!index) {
    index = new Map();
    for (const r of reference) {
      if (!r.office) continue;
      for (const key of new Set([r.name, ...(r.variants ?? [])].map((v) => nameTokens(v).join(" ")))) (index.get(key) ?? index.set(key, []).get(key)!).push(r);
    }
    officeIndexes.set(reference, index);
  }
  return index;
}

/** The reference list's offices for the person named `who` (by name or a listed variant), held in any of `years` (all of them when none). */
export function officesHeld(who: string, reference: readonly ReferenceName[], years: readonly number[]): ReferenceName[] {
  return (officesByName(reference).get(nameTokens(who).join(" ")) ?? []).filter(
    (r) => !years.length || r.from === undefined || years.some((y) => r.from! <= y && (r.to === null || r.to === undefined || y <= r.to)),
  );
}

/**
 * Two titles given at one past event by two articles, whenever each was written: the same kind of event
 * of the same agreement, on dates one of which holds the other ("signed in 1972" and "signed on July 2,
 * 1972"). A person holds one office at one signing.
 */
export function atOneEvent(a: TitleClaim, b: TitleClaim): boolean {
  const x = a.atEvent;
  const y = b.atEvent;
  if (!x || !y || x.type !== y.type || x.agreement !== y.agreement) return false;
  return x.date.startsWith(y.date) || y.date.startsWith(x.date);
}

const withinMonth = (a: TitleClaim, b: TitleClaim) => Boolean(a.published && b.published && Math.abs(Date.parse(a.published) - Date.parse(b.published)) / 864e5 <= 31);

/**
 * The conflict for a clash of `a` and `b`, one person's titles (`k`: the pair's key; `around`: a
 * title of `a`'s office on the other side of `b`, when that is what makes them a clash; `offices`:
 * both are known offices).
 */
export function titleConflict(who: string, k: string, a: TitleClaim, b: TitleClaim, around: TitleClaim | undefined, offices: boolean, reference: readonly ReferenceName[] = []): Conflict {
  const years = [a.published, b.published].flatMap((p) => (p ? [Number(p.slice(0, 4))] : []));
  const held = officesHeld(who, reference, years);
  // what settles it: the reference list's own word on this person, else the government's record
  // the title the list does not back is the one to check ("Defence Minister" of Lavrov, whom the list has as Foreign Minister)
  const backed = (t: TitleClaim) => held.some((h) => officeOf(h.office!, h.country ?? null) === (officeOf(t.title, t.country ?? h.country ?? null) ?? "") || titleWords(h.office!).join(" ") === titleWords(t.title).join(" "));
  const doubtful = backed(a) === backed(b) ? null : backed(a) ? b : a;
  const check = held.length
    ? `The reference list gives ${held.map((h) => `${h.name} "${h.office}" (${h.country ?? "?"}, ${yearsOf(h)})`).join(" and ")}: check ${doubtful ? `"${doubtful.title}" (${doubtful.evidence.file})` : "both titles"} against the government's own list of office holders for that date.`
    : `Check which title is right in the government's own list of office holders for that date (the ministry's or the cabinet's page).`;
  return {
    id: hashId("title_conflict", who, k),
    type: "title_conflict",
    subject: who,
    canonical: who,
    detail: `${who} is called "${a.title}" in ${a.evidence.file} and "${b.title}" in ${b.evidence.file}${a.evidence.file === b.evidence.file ? " (the same article)" : around ? `, and "${around.title}" again in ${around.evidence.file}, on the other side of the second title` : withinMonth(a, b) ? ", published within a month of each other" : atOneEvent(a, b) ? `, both at the one past event their sentences report (${a.atEvent!.type.replace(/_/g, " ")}, ${[a.atEvent!.date, b.atEvent!.date].sort((x, y) => y.length - x.length)[0]}), whenever each was published` : `, published ${a.published ?? "?"} and ${b.published ?? "?"}: more than a month apart, but the reference list has ${who} in one office all through those dates`}. One person rarely holds both offices at once. ${check}`,
    severity: 2,
    // two known, different offices are likelier a real clash than two titles whose words merely differ
    confidence: offices ? 0.7 : 0.5,
    rule: offices ? "two-offices" : "two-titles",
    evidence: [a.evidence, b.evidence].sort(bySpan),
    review: null,
  };
}

/**
 * With a cache, a person's titles are judged again only when their list changed: its key is the
 * person's name and, in order, the identity of each title (`sourceKey` of its contribution, which
 * stands for that contribution's whole content, and its index there). The cache keeps which pairs
 * clashed (indexes into the list), not the conflicts' text: they are written again from the list.
 */
export function findTitleConflicts(contributions: readonly Contribution[], nameOf: (n: string, file: string) => string, conflicts: Conflict[], reference: readonly ReferenceName[] = [], cache?: ReconcileCache, sourceKey?: (c: Contribution) => string) {
  const byPerson = titlesByPerson(contributions, nameOf, reference);
  let idOf: ((t: TitleClaim) => string) | undefined;
  if (cache && sourceKey) {
    const ids = new Map<TitleClaim, string>();
    for (const c of contributions) {
      const k = `${sourceKey(c)}\u0001`;
      c.titles.forEach((t, i) => ids.set(t, k + i));
    }
    idOf = (t) => ids.get(t)!;
  }
  const days = (a: string | null, b: string | null) => (a && b ? Math.abs(Date.parse(a) - Date.parse(b)) / 864e5 : Infinity);
  // an office's key for each title and country, worked out once (a person's titles repeat across thousands of articles)
  const officeKeys = new Map<string, string>();
  const officeKey = (t: TitleClaim, country: string | null) => {
    const c = t.country ?? country;
    const k = `${t.title}\u0000${c ?? "\u0001"}`;
    let o = officeKeys.get(k);
    if (o === undefined) officeKeys.set(k, (o = officeOf(t.title, c) ?? titleWords(t.title).join(" ")));
    return o;
  };
  // "fisheries minister" in November and again in May, "Foreign Minister" in February: an office held
  // on both sides of another title (within two years, from another article) was held in between too
  const bracket = (x: TitleClaim, mid: TitleClaim, list: TitleClaim[]) => {
    const [px, pm] = [x.published, mid.published];
    if (!px || !pm || px === pm || mid.years.some((y) => String(y) !== pm.slice(0, 4))) return undefined;
    return list.find((c) => c !== x && c !== mid && c.published && c.evidence.file !== mid.evidence.file && (px < pm ? c.published > pm : c.published < pm) && days(px, c.published) <= 731 && officeKey(c, x.country ?? mid.country) === officeKey(x, c.country ?? mid.country));
  };
  // "Foreign Minister" in October, "Interior Minister" in August, months apart: the reference list giving the person
  // the first office all through the year of the second (not a year the office changed hands) says it was held then too
  // (a person's reference entries for a year looked up once: the pairs of one person's titles are many, the years few)
  const heldAllYear = new Map<string, ReferenceName[]>();
  const listedThrough = (who: string, x: TitleClaim, mid: TitleClaim) => {
    const pm = mid.published;
    if (!reference.length || !pm || mid.years.some((y) => String(y) !== pm.slice(0, 4))) return false;
    const y = Number(pm.slice(0, 4));
    const k = `${who}\u0000${y}`;
    let held = heldAllYear.get(k);
    if (!held) heldAllYear.set(k, (held = officesHeld(who, reference, [y]).filter((r) => r.from !== undefined && r.from < y && (r.to === null || r.to === undefined || y < r.to))));
    return held.some((r) => officeKey(x, r.country ?? null) === (officeOf(r.office!, x.country ?? r.country ?? null) ?? ""));
  };
  /** Whether two titles (as written, with their countries) can clash, and under which keys: it depends on nothing else. */
  interface Verdict {
    k: string;
    ko: string;
    idk: string;
    offices: boolean;
    /** Both keys already have their conflict (for this person). */
    done: boolean;
  }
  const verdictOf = (a: TitleClaim, b: TitleClaim): Verdict | null => {
    const v = titlesClash(a, b);
    return v && { ...v, done: false };
  };
  /** A person's clashes: the two titles (indexes into the list), the one on the far side (-1: none), the verdict's key and kind. */
  type Clash = [number, number, number, string, 0 | 1];
  const clashesOf = (who: string, list: TitleClaim[]): Clash[] => {
    const found: Clash[] = [];
    const seen = new Set<string>();
    // the pairs of a person's titles are many (one per pair of articles), their kinds few: each title
    // and country is a class, and each pair of classes is judged once
    const classes = new Map<string, number>();
    const classOf = list.map((t) => {
      const k = `${t.title}\u0000${t.country ?? "\u0001"}`;
      let c = classes.get(k);
      if (c === undefined) classes.set(k, (c = classes.size));
      return c;
    });
    const m = classes.size;
    const verdicts: (Verdict | null | undefined)[] = new Array(m * m);
    const time = list.map((t) => (t.published ? Date.parse(t.published) : NaN));
    // "Crown Prince and Prime Minister X": two offices a source gives the person together clash nowhere
    const together = new Set<string>();
    for (const t of list)
      for (const h of t.alsoHeld ?? []) {
        const v = titlesClash({ ...t, title: h }, t);
        if (v) together.add(v.k).add(v.ko);
      }
    // two passes: titles at one time or bracketed by the other office first; then, for a clash not found so, the
    // reference list's years (so the pair a reader can see side by side is the one reported)
    for (const listed of [false, true])
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i];
          const b = list[j];
          const at = classOf[i] * m + classOf[j];
          let v = verdicts[at];
          if (v === undefined) verdicts[at] = v = verdictOf(a, b);
          // a pair that cannot clash, or whose clash is already reported, changes nothing
          if (!v || v.done || together.has(v.k) || together.has(v.ko)) continue;
          if (seen.has(v.k) || seen.has(v.ko)) {
            v.done = true;
            continue;
          }
          const sameTime = a.evidence.file === b.evidence.file || Math.abs(time[i] - time[j]) / 864e5 <= 31 || atOneEvent(a, b);
          const around = sameTime ? undefined : (bracket(a, b, list) ?? bracket(b, a, list));
          if (!sameTime && !around && !(listed && (listedThrough(who, a, b) || listedThrough(who, b, a)))) continue;
          const { k, ko, idk } = v;
          seen.add(k);
          seen.add(ko);
          v.done = true;
          found.push([i, j, around ? list.indexOf(around) : -1, idk, v.offices ? 1 : 0]);
        }
    return found;
  };
  for (const [who, list] of [...byPerson.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const key = idOf && cache ? keyOf([who, ...list.map(idOf)].join("\u0000")) : undefined;
    const clashes = key !== undefined && cache ? cache.memo("titles", key, () => clashesOf(who, list)) : clashesOf(who, list);
    clashes.forEach(([i, j, at, k, offices], q) => {
      const a = list[i];
      const b = list[j];
      const around = at >= 0 ? list[at] : undefined;
      const c = titleConflict(who, k, a, b, around, Boolean(offices), reference);
      // the key stands for the list, so for each conflict written from it
      if (key !== undefined) noteMadeUnder(c, `titles\u0000${key}\u0000${q}`);
      conflicts.push(c);
    });
  }
}

/**
 * "Missouri Secretary of State Jason Kander": a title written after a state's or province's name is
 * that state's office, not the national one the reference list knows.
 */
export function ofSubdivision(t: TitleClaim): boolean {
  const at = t.evidence.text.indexOf(t.title);
  const words = (at > 0 ? t.evidence.text.slice(0, at) : "").split(/[^\p{L}.'’-]+/u).filter(Boolean);
  return words.some((w, i) => Boolean(countryOfSubdivision(w) || (i + 1 < words.length && countryOfSubdivision(`${w} ${words[i + 1]}`))));
}

// a qualifier that moves the title off the article's date, or off the office itself
const NOT_NOW = /\b(?:former|ex|late|then|acting|interim|deputy|vice|elect|designate|outgoing|incoming|previous|future|would-be|shadow|candidate)\b/i;

/**
 * A name given an office that the reference list says someone else held on that date: "President
 * Ana Ruiz" of a country whose president that year the list names. Checked only where the list
 * knows who held that office all that year (not a year it changed hands), only for a person who
 * speaks in the article (acting at its date: "a photograph of Prime Minister Menachem Begin" is
 * history), never for a person the list has in that office at any time, nor a lone word or a name
 * sharing a word with the holder's (cut short or garbled: the name check's business), and never
 * when the sentence names another year.
 */
export function findReferenceTitleConflicts(contributions: readonly Contribution[], nameOf: (n: string, file: string) => string, reference: readonly ReferenceName[], conflicts: Conflict[]) {
  const entries = reference.flatMap((r) => {
    if (!r.office || !r.country || r.from === undefined) return [];
    const office = officeOf(r.office, r.country);
    return office ? [{ ...r, title: r.office, office, country: r.country, from: r.from, to: r.to ?? null, keys: [r.name, ...(r.variants ?? [])].map((v) => nameTokens(v).join(" ")) }] : [];
  });
  if (!entries.length) return;
  // ten thousand titles name a few offices and people: each office's entries found, and each name
  // checked against an entry, once
  type Entry = (typeof entries)[number];
  const ofOffice = new Map<string, Entry[]>();
  const entriesOf = (office: string, country: string) => {
    const k = `${office}\u0000${country}`;
    let list = ofOffice.get(k);
    if (!list) ofOffice.set(k, (list = entries.filter((e) => e.office === office && e.country === country)));
    return list;
  };
  const holderMemo = new Map<Entry, Map<string, boolean>>();
  const isHolder = (e: Entry, name: string) => {
    let known = holderMemo.get(e);
    if (!known) holderMemo.set(e, (known = new Map()));
    let is = known.get(name);
    if (is === undefined) known.set(name, (is = namesHolder(e, name)));
    return is;
  };
  const namesHolder = (e: Entry, name: string) => {
    const toks = nameTokens(name);
    const key = toks.join(" ");
    if (e.keys.includes(key)) return true;
    // a lone surname, or a spelling that reconcile has not joined, still names the holder when it fits
    return e.keys.some((k) => {
      const rel = compareNames(k, key);
      return rel.kind === "same" || rel.kind === "short_form" || rel.kind === "romanised";
    });
  };
  // each country's house names: a last word the list gives two or more different people of that country
  const houses = new Map<string, Set<string>>();
  const housesOf = (country: string) => {
    let set = houses.get(country);
    if (!set) {
      const people = new Map<string, Set<string>>();
      for (const e of entries) if (e.country === country) for (const k of e.keys) { const last = k.split(" ").at(-1)!; (people.get(last) ?? people.set(last, new Set()).get(last)!).add(e.name); }
      houses.set(country, (set = new Set([...people].filter(([, names]) => names.size >= 2).map(([w]) => w))));
    }
    return set;
  };
  const seen = new Set<string>();
  // "Acting Homeland Security Secretary Kevin McCalinan": a surname too garbled for the name check, given
  // the office the list says a close-sounding name held that year, is that holder's name misspelt
  for (const c of contributions)
    for (const t of c.titles) {
      if (!t.country || !t.published || t.ambiguous || /\b(?:former|ex|late|then|previous|future|shadow|candidate|deputy|vice)\b/i.test(t.title) || ofSubdivision(t)) continue;
      const office = officeOf(t.title, t.country);
      const toks = nameTokens(t.name);
      if (!office || !toks.length) continue;
      const year = Number(t.published.slice(0, 4));
      const sameOffice = entriesOf(office, t.country);
      if (sameOffice.some((e) => isHolder(e, t.name) || isHolder(e, nameOf(t.name, c.file)))) continue;
      for (const h of sameOffice.filter((e) => e.from <= year && (e.to === null || year <= e.to))) {
        const hs = nameTokens(h.name);
        // the surname garbled, every other word the holder's own
        if (!tokensGarbled(toks.at(-1)!, hs.at(-1)!) || !toks.slice(0, -1).every((w) => hs.slice(0, -1).includes(w))) continue;
        const written = cleanName(t.name);
        const canonical = [...written.split(/\s+/).slice(0, -1), h.name.split(/\s+/).at(-1)!].join(" ");
        const k = hashId("name_variant", "office", toks.join(" "), canonical);
        if (seen.has(k) || conflicts.some((x) => x.type === "name_variant" && foldName(x.variant ?? "") === foldName(written))) break;
        seen.add(k);
        conflicts.push({
          id: k,
          type: "name_variant",
          subject: h.name,
          canonical,
          variant: written,
          detail: `"${written}" looks like a garbled spelling of "${canonical}": ${c.file} calls them "${t.title}" (${t.country}), published ${t.published}, and the reference list of officials gives that office in ${year} to ${h.name} (${h.title}). Check the name against the reference list and the office's own page for ${year}.`,
          severity: 2,
          confidence: 0.7,
          rule: "name-variant-office",
          evidence: [t.evidence],
          review: null,
        });
        break;
      }
    }
  // a title already in a clash between two of the person's own titles is that conflict's: one conflict for it
  const clashed = new Set(conflicts.flatMap((x) => (x.type === "title_conflict" ? x.evidence.map((e) => `${e.file}\u0000${e.start}`) : [])));
  for (const c of contributions)
    for (const t of c.titles) {
      if (!t.country || !t.certain || !t.published || !t.speaks || t.ambiguous || NOT_NOW.test(t.title) || ofSubdivision(t)) continue;
      if (clashed.has(`${t.evidence.file}\u0000${t.evidence.start}`)) continue;
      const office = officeOf(t.title, t.country);
      if (!office) continue;
      const year = Number(t.published.slice(0, 4));
      if (t.years.some((y) => y !== year)) continue;
      const who = nameOf(t.name, c.file);
      // a lone word ("Hollande"), or a name cut short by a bad encoding ("Enrique PeÃ" of a page
      // decoded in the wrong character set), cannot say who is meant
      if (nameTokens(who).length < 2 || mojibake(t.evidence.text.normalize("NFC"))) continue;
      const sameOffice = entriesOf(office, t.country);
      // a person the list has in that office in a term touching the year may hold it; one it has there only in
      // other years ("Mohamed Farmaajo, president of Somalia" speaking in 2024, his term 2017–2022) does not, unless
      // the sentence looks back ("Foreign Minister X once met envoys": a historical mention)
      const own = sameOffice.filter((e) => isHolder(e, who) || isHolder(e, t.name));
      if (own.some((e) => e.from <= year && (e.to === null || year <= e.to)) || (own.length && t.lookingBack)) continue;
      const holders = sameOffice.filter((e) => inOfficeOn(e, t.published!));
      if (!holders.length) continue;
      // a name sharing a word with the holder's is the holder's name cut short or garbled ("Enrique Pe…"), for
      // the name check; a shared given name alone is not ("Sergei Shoigu" is not "Sergei Lavrov" garbled):
      // the surnames must be one, or one cut short or garbled from the other
      // a ruling house's name (al-Sabah, Al Thani), which the list gives several people of the country, says
      // nothing of which one: "Sabah al-Khalid al-Sabah" called Emir shares only that with the emir
      const whoToks = nameTokens(who);
      const house = housesOf(t.country);
      const words = new Set(whoToks.filter((w) => w.length >= 3 && !NAME_PARTICLES.has(w) && !house.has(w)));
      const surname = whoToks.at(-1)!;
      const surnamesAkin = (hs: string) => hs === surname || hs.slice(0, 4) === surname.slice(0, 4) || tokensGarbled(hs, surname);
      if (holders.some((h) => h.keys.some((k) => k.split(" ").some((w) => words.has(w)) && surnamesAkin(k.split(" ").at(-1)!)))) continue;
      const names = [...new Set(holders.map((h) => h.name))].sort();
      const k = hashId("title_conflict", "reference", who, office, t.country, String(year));
      if (seen.has(k)) continue;
      seen.add(k);
      const span = (h: (typeof holders)[number]) => `${h.from}–${h.to ?? "today"}`;
      // what the list gives this person, when it knows them: "the reference list gives Sergei Shoigu 'Defence Minister'"
      const ownOffices = (name: string, y: number) => {
        const own = officesHeld(name, reference, [y]);
        return own.length ? `, and gives ${name} ${own.map((h) => `"${h.office}" (${yearsOf(h)})`).join(" and ")}` : "";
      };
      conflicts.push({
        id: k,
        type: "title_conflict",
        subject: who,
        canonical: names.join(" / "),
        detail: `${who} is called "${t.title}" (${t.country}) in ${c.file}, published ${t.published}, but the reference list of officials gives that office through ${year} to ${holders.map((h) => `${h.name} (${h.title}, ${span(h)})`).join(" and ")}${ownOffices(who, year)}. Check the name and the office in the government's own list of office holders for ${year}: it may be a wrong or garbled name for ${names.join(" or ")}, a wrong title for ${who}, or an office the list does not know.`,
        severity: 2,
        confidence: 0.6,
        rule: "title-vs-reference",
        evidence: [t.evidence],
        review: null,
      });
    }
  formerInOffice(contributions, nameOf, entriesOf, isHolder, conflicts);
}

/**
 * Whether the list has `e`'s holder in office on `day`: by the days of the term where the list knows them,
 * else only in a year strictly inside its years (in a year an office changed hands anyone may have held it).
 */
function inOfficeOn(e: { from: number; to: number | null; since?: string; until?: string }, day: string): boolean {
  const year = Number(day.slice(0, 4));
  const began = e.since ? e.since <= day : e.from < year;
  const going = e.until ? day < e.until : e.to === null || year < e.to;
  return began && going;
}

// "former" or "ex-" before an office: the person no longer holds it on the report's date
const FORMER = /\b(?:former|ex)\b/i;
const FORMER_WORD = /\b(?:former|ex)\b-?/gi;

/**
 * "Former U.S. President Donald Trump" in a report of August 2025: a person called a former holder of an office
 * that the list has them holding on the report's date (by the term's days where it knows them). Not when the
 * sentence names another year ("former President Trump in 2022") or looks back or ahead ("once Obama is former
 * president Obama"), nor a state's office of the same name.
 */
function formerInOffice<E extends { name: string; title: string; from: number; to: number | null; since?: string; until?: string }>(
  contributions: readonly Contribution[],
  nameOf: (n: string, file: string) => string,
  entriesOf: (office: string, country: string) => E[],
  isHolder: (e: E, name: string) => boolean,
  conflicts: Conflict[],
) {
  const seen = new Set<string>();
  for (const c of contributions)
    for (const t of c.titles) {
      if (!t.country || !t.published || t.ambiguous || !FORMER.test(t.title) || t.lookingBack || t.lookingAhead || ofSubdivision(t)) continue;
      const year = Number(t.published.slice(0, 4));
      if (t.years.some((y) => y !== year)) continue;
      // the office itself, its "former" set apart ("former President" is the presidency's)
      const office = officeOf(t.title.replace(FORMER_WORD, " ").trim(), t.country);
      if (!office) continue;
      const who = nameOf(t.name, c.file);
      if (nameTokens(who).length < 2) continue;
      const term = entriesOf(office, t.country).find((e) => (isHolder(e, who) || isHolder(e, t.name)) && inOfficeOn(e, t.published!));
      if (!term) continue;
      const k = hashId("title_conflict", "former-in-office", who, office, t.country, t.published);
      if (seen.has(k)) continue;
      seen.add(k);
      conflicts.push({
        id: k,
        type: "title_conflict",
        subject: who,
        canonical: term.name,
        detail: `${who} is called "${t.title}" (${t.country}) in ${c.file}, published ${t.published}, but the reference list of officials has ${term.name} in that office (${term.title}) on that date, since ${term.since ?? term.from}. Check the office's own list of holders for ${t.published}: "former" may be wrong, or the sentence may speak of another time.`,
        severity: 2,
        confidence: 0.6,
        rule: "former-in-office",
        evidence: [t.evidence],
        review: null,
      });
    }
}
