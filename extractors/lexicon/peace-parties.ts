// Organised armed or political movements that are sides of peace accords and ceasefires with
// states (facts from the public record: each has signed or agreed a peace accord, ceasefire or
// truce with a government). The agreement stage reads them as parties only where an agreement
// names its sides ("the ceasefire agreement between Israel and Hezbollah", "the deal with the
// Taliban"), never as countries elsewhere. A name the countries list holds (the Taliban, read there
// as Afghanistan's government) stays the country's; the PLO is left out, its accords with Israel are
// Palestine's (the real-text gold writes the Oslo Accords' sides as Israel and Palestine). Canonical name: the common English short name.

export interface PeaceParty {
  name: string;
  /** Other spellings, acronyms and full names news uses. */
  aliases: string[];
}

const p = (name: string, aliases: string[] = []): PeaceParty => ({ name, aliases });

export const PEACE_PARTIES: readonly PeaceParty[] = [
  p("Hezbollah", ["Hizbollah", "Hizballah", "Hizbullah", "Hezbullah"]), // April 1996 understanding with Israel
  p("Hamas"), // ceasefires with Israel (2012, 2014, 2021, 2025)
  p("Moro National Liberation Front", ["MNLF"]), // 1996 final peace agreement with the Philippines
  p("Moro Islamic Liberation Front", ["MILF"]), // 2014 Comprehensive Agreement on the Bangsamoro
  p("FARC", ["Revolutionary Armed Forces of Colombia"]), // 2016 peace agreement with Colombia
  p("ELN", ["National Liberation Army"]), // ceasefire with Colombia, 2023
  p("Irish Republican Army", ["IRA", "Provisional IRA"]), // ceasefires of 1994 and 1997
  p("UNITA"), // Lusaka Protocol (1994) and Luena memorandum (2002) with Angola
  p("RENAMO"), // Rome General Peace Accords with Mozambique, 1992
  p("Sudan People's Liberation Movement", ["SPLM", "SPLM/A", "Sudan People's Liberation Army", "SPLA"]), // 2005 Comprehensive Peace Agreement
  p("Liberation Tigers of Tamil Eelam", ["LTTE", "Tamil Tigers"]), // 2002 ceasefire agreement with Sri Lanka
  p("Kurdistan Workers' Party", ["PKK"]), // ceasefires with Turkey (2013)
  p("M23", ["March 23 Movement"]), // Nairobi declarations with the DR Congo, 2013
  p("Houthis", ["Houthi", "Ansar Allah"]), // Stockholm Agreement with Yemen's government, 2018
  p("Free Aceh Movement", ["GAM"]), // Helsinki memorandum with Indonesia, 2005
  p("Zapatista Army of National Liberation", ["EZLN", "Zapatistas"]), // San Andrés Accords with Mexico, 1996
  p("Polisario Front", ["Polisario"]), // 1991 ceasefire with Morocco
];

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’]/g, "'").toLowerCase().replace(/^the /, "");
// acronyms (all capitals) match only in capitals: "GAM", "ELN" are also words or names
const isAcronym = (f: string) => /^[A-Z0-9/]+$/.test(f);
const byForm = new Map<string, { name: string; acronym: boolean }>();
for (const m of PEACE_PARTIES) for (const f of [m.name, ...m.aliases]) byForm.set(fold(f), { name: m.name, acronym: isAcronym(f) });
const FORMS = [...new Set(PEACE_PARTIES.flatMap((m) => [m.name, ...m.aliases]).map((f) => f.replace(/^the /, "")))].sort((a, b) => b.length - a.length);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const FORM_SOURCE = `(?<![\\p{L}\\p{N}])(?:${FORMS.map(esc).join("|")})(?![\\p{L}\\p{N}])`;

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
  const re = new RegExp(FORM_SOURCE, "giu");
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    const name = peacePartyOf(m[0]);
    if (name) out.push({ text: m[0], start: m.index, end, name });
  }
  return out;
}
