// The registry of known agreements as an index the agreement steps close over. `loadAgreements`
// reads a user's file (`--agreements FILE`: a JSON array shaped like KNOWN_AGREEMENTS) and
// `extendAgreements` adds it to the shipped list, the same way `--reference` extends the officials.
import { KNOWN_AGREEMENTS, KnownAgreement } from "../lexicon/agreements-registry.js";
import type { Span } from "../../pipeline/schemas.js";
import { foldName } from "../names.js";
import { loadUserList } from "../user-list.js";
import { byFirstCharacter } from "./scan.js";

export { KNOWN_AGREEMENTS, KnownAgreement };

/** Parses a user's agreement list; throws a readable error naming the bad entry. */
export const loadAgreements = (json: unknown): KnownAgreement[] => loadUserList(KnownAgreement, "agreement list", json);

const fold = (s: string) => foldName(s).replace(/[-–—‑]/g, "-").replace(/\s+/g, " ").trim();

/** The shipped list followed by the user's entries (a user's entry with the same name wins). */
export function extendAgreements(extra: readonly KnownAgreement[], base: readonly KnownAgreement[] = KNOWN_AGREEMENTS): KnownAgreement[] {
  const names = new Set(extra.map((x) => fold(x.name)));
  return [...base.filter((x) => !names.has(fold(x.name))), ...extra];
}

export interface RegistryHit extends Span {
  agreement: KnownAgreement;
  /** The hit names a body the treaty founds ("the International Criminal Court"), not the treaty. */
  body: boolean;
}

export interface AgreementIndex {
  readonly all: readonly KnownAgreement[];
  /** Every registry name or alias in the text, longest first where they overlap. */
  find(text: string): RegistryHit[];
  /** The agreement of a name; of two the name is shared by, the one with more of `sides` among its parties. */
  byName(name: string, sides?: readonly string[]): KnownAgreement | null;
}

/**
 * "the Algiers Accord" is the 1975 Iran–Iraq accord and the 2015 Mali peace accord: of the registry agreements one
 * name is shared by, the one with the most of its fixed parties named (`named`), the first listed on a tie.
 */
export function pickHomonym(candidates: readonly KnownAgreement[], named: (party: string) => boolean): KnownAgreement {
  let best = candidates[0];
  let most = best.parties.filter(named).length;
  for (const c of candidates.slice(1)) {
    const n = c.parties.filter(named).length;
    if (n > most) [best, most] = [c, n];
  }
  return best;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "JCPOA", "New START", "TPP-11": an acronym (no lower-case letter in a word of three or more) matches only as written
const isAcronym = (form: string) => !/\s/.test(form.replace(/^New /, "")) && /^[A-Z0-9][A-Z0-9-]+$/.test(form.replace(/^New /, "").replace(/-[a-z0-9]+$/i, (m) => m.toUpperCase()));
/** "INF Treaty", "BBNJ agreement": an acronym of three or more capitals and a generic noun. */
const ACRONYM_HEADED = /^([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)?)\s+(?:[Aa]greement|[Tt]reaty|[Aa]ccord|[Pp]act|[Cc]onvention)$/;
const GENERIC_HEADS = ["Agreement", "Treaty", "Accord", "Pact", "Convention"];
// "the African Nuclear Weapons-Free Zone Treaty" for the registry's "African Nuclear Weapon Free Zone Treaty": a space
// between two words of a name may be written as a hyphen, and a word before the last (of four letters or more) in the
// singular or the plural; the look-up reads such a variant by the name's words without that number (`numberless`)
const pattern = (form: string) =>
  form
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/(\p{Ll}{3}[^\Ws])s?(?=[\s\-–—‑])/gu, "$1s?")
    .replace(/[-–—‑]|\s+/g, (gap) => (/\s/.test(gap) ? "(?:\\s+|[-–—‑])" : "[-–—‑ ]?"));
/** A name's words with the number of each word before the last dropped ("nuclear weapons free zone" → "nuclear weapon free zone"). */
const numberless = (key: string) => key.replace(/(\p{Ll}{3}[^\Ws])s(?= )/gu, "$1");

/**
 * V8 skips its regexp optimizations on a pattern of more than 20 KB of source (kRegExpTooLargeToOptimize), and the
 * registry's names with their spelling variants come to more than that: one alternation of them all (33 KB) ran about
 * three times slower over the bench's and zyte's texts than the same names in pieces of at most PIECE_CHARS each. A name matches in its piece as it did in the
 * whole (the pieces keep the longest-first order, and `find` keeps the earliest, then the longest, of overlapping hits).
 */
const PIECE_CHARS = 15_000;
function inPieces(patterns: readonly string[]): string[][] {
  const pieces: string[][] = [];
  let size = Infinity;
  for (const p of patterns) {
    if (size + p.length > PIECE_CHARS) {
      pieces.push([]);
      size = 0;
    }
    pieces[pieces.length - 1].push(p);
    size += p.length + 1;
  }
  return pieces;
}

export function makeAgreementIndex(list: readonly KnownAgreement[] = KNOWN_AGREEMENTS): AgreementIndex {
  const byForm = new Map<string, KnownAgreement>();
  // (a name or alias two agreements share: each of them, first listed first)
  const homonyms = new Map<KnownAgreement, KnownAgreement[]>();
  // (a body's name is looked up apart: "the ICC" is never the treaty's own name, so byName does not give it)
  const byBody = new Map<string, KnownAgreement>();
  const exact: string[] = [];
  const loose: string[] = [];
  for (const agreement of list) {
    for (const form of [agreement.name, ...agreement.aliases]) {
      const key = fold(form).replace(/-/g, " ");
      const first = byForm.get(key);
      if (!first) byForm.set(key, agreement);
      else if (first !== agreement) homonyms.set(first, [...(homonyms.get(first) ?? [first]), agreement]);
      (isAcronym(form) ? exact : loose).push(form);
    }
  }
  for (const agreement of list) {
    for (const form of agreement.bodies ?? []) {
      const key = fold(form).replace(/-/g, " ");
      if (byForm.has(key) || byBody.has(key)) continue;
      byBody.set(key, agreement);
      (isAcronym(form) ? exact : loose).push(form);
    }
  }
  // "the BBNJ Treaty" for the registry's "BBNJ agreement": an acronym names the agreement whatever generic noun
  // follows it (only after the forms as written, which keep their own agreement)
  for (const agreement of list) {
    for (const form of [agreement.name, ...agreement.aliases]) {
      const m = ACRONYM_HEADED.exec(form);
      if (!m) continue;
      for (const head of GENERIC_HEADS) {
        const variant = `${m[1]} ${head}`;
        const key = fold(variant).replace(/-/g, " ");
        if (byForm.has(key)) continue;
        byForm.set(key, agreement);
        loose.push(variant);
      }
    }
  }
  const build = (forms: string[], flags: string): RegExp[] =>
    // \b, not Unicode lookarounds: the names are Latin-script, and the plain engine is several times faster
    inPieces([...new Set(forms)].sort((x, y) => y.length - x.length).map(pattern)).map(
      (piece) => new RegExp(`\\b(?:${byFirstCharacter(piece, flags.includes("i"))})(?![\\w\\u00C0-\\u024F])`, flags),
    );
  const exactRes = build(exact, "g");
  const looseRes = build(loose, "gi");
  const byNumberless = new Map<string, KnownAgreement>();
  for (const [key, agreement] of byForm) if (!byNumberless.has(numberless(key))) byNumberless.set(numberless(key), agreement);
  // "the Nuclear Nonproliferation Treaty" for the registry's "Nuclear Non-Proliferation Treaty": the pattern lets a
  // hyphen of the name go unwritten (and others be spaces), so the look-up also knows each hyphenated name by its
  // letters alone
  const closed = (s: string) => s.replace(/[\s-]+/g, "");
  const byClosed = new Map<string, KnownAgreement>();
  for (const agreement of list) {
    for (const form of [agreement.name, ...agreement.aliases]) {
      if (!/\S-\S/.test(form)) continue;
      const key = closed(fold(form));
      if (!byForm.has(key) && !byClosed.has(key)) byClosed.set(key, agreement);
    }
  }
  const spaced = (written: string) => fold(written).replace(/[-–—‑]/g, " ").replace(/\s+/g, " ");
  const lookup = (written: string) => byForm.get(spaced(written)) ?? byForm.get(fold(written).replace(/-/g, "")) ?? byNumberless.get(numberless(spaced(written))) ?? byClosed.get(closed(fold(written))) ?? null;
  const bodyOf = (written: string) => byBody.get(fold(written).replace(/[-–—‑]/g, " ").replace(/\s+/g, " ")) ?? null;
  // (a homonym is told apart by the sides named: the text's words, or the sides a description gives)
  const chosen = (hit: KnownAgreement | null, named: (party: string) => boolean) => (hit && homonyms.has(hit) ? pickHomonym(homonyms.get(hit)!, named) : hit);
  return {
    all: list,
    byName: (name, sides = []) => chosen(lookup(name), (p) => sides.includes(p)),
    find(text) {
      const hits: RegistryHit[] = [];
      for (const re of [...looseRes, ...exactRes]) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const agreement = chosen(lookup(m[0]), (p) => new RegExp(`\\b${escapeRe(p)}\\b`).test(text));
          const founder = agreement ? null : bodyOf(m[0]);
          if (agreement || founder) hits.push({ text: m[0], start: m.index, end: m.index + m[0].length, agreement: (agreement ?? founder)!, body: !agreement });
        }
      }
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
      return hits.filter((h, i) => !hits.slice(0, i).some((o) => o.start < h.end && h.start < o.end));
    },
  };
}

export const SHIPPED_AGREEMENTS: AgreementIndex = makeAgreementIndex();
