// Whether an agreement's name is a proper name: what the agreement steps and reconcile's grouping both ask. A
// module of its own, so reconcile (on `run`'s main thread, which extracts nothing) does not load the
// agreement extractors to ask it.
import { NAME_NEUTRAL_WORDS } from "../lexicon/agreement-terms.js";
import { countryOf } from "../lexicon/countries.js";

/** A head noun of an agreement's title, capitalised. */
const TITLE_HEAD = /^(?:Treaty|Treaties|Agreements?|Accords?|Protocol|Pact|Memorandum|Compact|Convention)$/;
/**
 * What may follow a title's head noun (mentions.ts, titleTail): a number ("Convention No. 190"), or a preposition that
 * opens its subject, in capitals or not ("Convention against Cybercrime", "Framework Convention on artificial
 * intelligence and human rights, democracy, and the rule of law", "Convention for the Safe … Recycling of Ships").
 */
const TITLE_TAIL = /^(?:No\.?\s?\d+|\d{1,3}|(?:of|on|against|for|concerning|relating to)\s)/;

/** "Regional Resettlement Arrangement" names one agreement; "deal", "Agreement" do not. */
export function isProperAgreementName(name: string | null): boolean {
  if (!name) return false;
  const words = name.split(/\s+/);
  // "1951 Refugee Convention": a year may open a name
  const capitalised = (w: string, i: number) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|on|in|de)$/.test(w) || (i === 0 && /^\d{4}$/.test(w));
  if (words.length < 2) return false;
  if (words.every(capitalised)) return true;
  // an official title: capitalised words up to a head noun, then its tail
  const head = words.findIndex((w, i) => i > 0 && TITLE_HEAD.test(w));
  return head > 0 && words.slice(0, head + 1).every(capitalised) && TITLE_TAIL.test(words.slice(head + 1).join(" "));
}

/** A proper name's initials ("Interim Trade Agreement" → "ITA"). */
const initialsOf = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");
/**
 * Whether two proper names may name one agreement: the same, one the other's initials, or one inside the other when
 * the longer one's other words are only its sides or words that name no subject ("Free Trade Agreement" inside
 * "Chile-Peru Free Trade Agreement"); a subject word of its own makes another agreement ("Trade Agreement" and
 * "Digital Trade Agreement", "Partnership Agreement" and "Strategic Partnership Agreement").
 */
export function namesMatch(x: string, y: string): boolean {
  const a = x.toLowerCase();
  const b = y.toLowerCase();
  if (a === b || initialsOf(x) === y || initialsOf(y) === x) return true;
  const [short, long, longName] = a.length <= b.length ? [a, b, y] : [b, a, x];
  const at = long.indexOf(short);
  if (at < 0) return false;
  const rest = `${longName.slice(0, at)} ${longName.slice(at + short.length)}`.split(/[\s\u2010-\u2015-]+/).filter(Boolean);
  return rest.every((w) => NAME_NEUTRAL_WORDS.has(w.toLowerCase()) || countryOf(w) !== null || countryOf(w.replace(/['’]s$/, "")) !== null);
}

/**
 * A proper name's words that say what it is about: not its sides' names, not another country's, not a neutral word
 * ("Japan-US Trade Agreement" → trade); null when it holds an acronym ("AUS-UK FTA"), whose words it does not show.
 */
function subjectWords(name: string, sides: readonly string[]): string | null {
  const sideWords = new Set(sides.flatMap((s) => s.toLowerCase().split(/\s+/)));
  const words = name
    .split(/[\s\u2010-\u2015-]+/)
    .map((w) => w.replace(/['’]s$/, ""))
    .filter((w) => w && !NAME_NEUTRAL_WORDS.has(w.toLowerCase()) && !sideWords.has(w.toLowerCase()) && countryOf(w) === null);
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) return null;
  return words
    .map((w) => w.toLowerCase())
    .sort()
    .join(" ");
}

/**
 * Whether two proper names given to the events of one pair of sides may name one agreement: namesMatch, the same
 * subject words once the sides are left out ("THE AUSTRALIA-United Kingdom Free Trade Agreement" and "Australia-UK
 * Free Trade Agreement"), or a name with an acronym ("AUS-UK FTA"); "Trade Agreement" and "Digital Trade Agreement"
 * may not.
 */
export function namesMayBeOne(x: string, y: string, sides: readonly string[]): boolean {
  if (namesMatch(x, y)) return true;
  const a = subjectWords(x, sides);
  const b = subjectWords(y, sides);
  return a === null || b === null || a === b;
}
