// Whether an agreement's name is a proper name: what the agreement steps and reconcile's grouping both ask. A
// module of its own, so reconcile (on `run`'s main thread, which extracts nothing) does not load the
// agreement extractors to ask it.

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
