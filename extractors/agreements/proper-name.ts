// Whether an agreement's name is a proper name: what the agreement steps and reconcile's grouping both ask. A
// module of its own, so reconcile (on `run`'s main thread, which extracts nothing) does not load the
// agreement extractors to ask it.

/** "Regional Resettlement Arrangement" names one agreement; "deal", "Agreement" do not. */
export function isProperAgreementName(name: string | null): boolean {
  if (!name) return false;
  const words = name.split(/\s+/);
  // "1951 Refugee Convention": a year may open a name
  return words.length >= 2 && words.every((w, i) => /^\p{Lu}/u.test(w) || /^(?:and|of|for|on|in|de)$/.test(w) || (i === 0 && /^\d{4}$/.test(w)));
}
