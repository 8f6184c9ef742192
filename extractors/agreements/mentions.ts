// Step 1, mentions of agreements known by name: registry names and aliases ("the JCPOA", "New
// START", "the Paris climate accord") and open-world proper names ("the Treaty of Friendship",
// "the Sochi Memorandum"). Descriptive mentions ("an asylum agreement with Guatemala") are the
// bilateral step's (bilateral.ts).
import type { Span } from "../../pipeline/schemas.js";
import { countryOf } from "../lexicon/countries.js";
import type { AgreementIndex } from "./registry.js";

export interface AgreementRef extends Span {
  /** The canonical name (registry) or the proper name as written (open world). */
  name: string;
  kind: string | null;
  /** The registry's fixed parties; empty for open treaties and open-world names. */
  parties: string[];
  /** "registry" or "proper-name": the rule that found it. */
  rule: string;
}

const HEADS = "Treaty|Treaties|Agreement|Agreements|Accord|Accords|Protocol|Pact|Memorandum of Understanding|Memorandum|Compact|Convention (?=on|for|against|relating)";
// "the Treaty of Friendship", "the Sochi Memorandum", "the Strategic Partnership Agreement"
const PROPER = new RegExp(`\\b(?:(?:[A-Z][\\w’'.-]*|of|on|for|and|the)\\s+){0,6}?(?:${HEADS})\\b(?:\\s+(?:of|on)\\s+(?:[A-Z][\\w’'-]*\\s*){1,4})?`, "g");
const LEADING = /^(?:(?:The|A|An|This|That|Its|Their|His|Her|Under|In|After|Before|Since|When|While|And|But|Both|of|on|for|and|the)\s+)+/;

/** Proper names that are no agreement: party conventions, bodies named after an accord. */
const NOT_AN_AGREEMENT = /\b(?:National Convention|Constitutional Convention|Government of National Accord|Party of|Movement for)\b/;

export function findMentions(text: string, index: AgreementIndex): AgreementRef[] {
  const out: AgreementRef[] = [];
  for (const h of index.find(text)) {
    out.push({ text: h.text, start: h.start, end: h.end, name: h.agreement.name, kind: h.agreement.kind, parties: [...h.agreement.parties].sort(), rule: "registry" });
  }
  PROPER.lastIndex = 0;
  for (let m = PROPER.exec(text); m; m = PROPER.exec(text)) {
    const lead = m[0].match(LEADING)?.[0] ?? "";
    const name = m[0].slice(lead.length).trim();
    const start = m.index + lead.length;
    const end = start + name.length;
    // a head alone ("Agreement") or a sentence-initial head is no name; at least one capitalised word before or "of X" after
    if (!/\s/.test(name) || !/^[A-Z]/.test(name) || NOT_AN_AGREEMENT.test(text.slice(Math.max(0, start - 30), end + 10))) continue;
    if (out.some((r) => r.start < end && start < r.end)) continue;
    // "the US-Mexico-Canada Agreement", "the Russia–Ukraine Treaty": sides written into the name
    const sides = [...new Set(name.split(/[\s\-–—/]+/).map((w) => countryOf(w)).filter((c): c is string => Boolean(c)))].sort();
    out.push({ text: name, start, end, name: name.replace(/\s+/g, " "), kind: null, parties: sides.length >= 2 ? sides : [], rule: "proper-name" });
  }
  return out.sort((a, b) => a.start - b.start);
}
