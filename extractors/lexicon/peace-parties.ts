// Organised armed or political movements that are sides of peace accords and ceasefires with
// states (facts from the public record: each has signed or agreed a peace accord, ceasefire or
// truce with a government). The agreement stage reads them as parties only where an agreement
// names its sides ("the ceasefire agreement between Israel and Hezbollah", "the deal with the
// Taliban"), never as countries elsewhere. The PLO is left out, its accords with Israel are
// Palestine's (the real-text gold writes the Oslo Accords' sides as Israel and Palestine). Canonical name: the common English short name.

export interface PeaceParty {
  name: string;
  /** Other spellings, acronyms and full names news uses. */
  aliases: string[];
}

export const PEACE_PARTIES: readonly PeaceParty[] = [
  { name: "Hezbollah", aliases: ["Hizbollah", "Hizballah", "Hizbullah", "Hezbullah"] }, // April 1996 understanding with Israel
  { name: "Hamas", aliases: [] }, // ceasefires with Israel (2012, 2014, 2021, 2025)
  { name: "Moro National Liberation Front", aliases: ["MNLF"] }, // 1996 final peace agreement with the Philippines
  { name: "Moro Islamic Liberation Front", aliases: ["MILF"] }, // 2014 Comprehensive Agreement on the Bangsamoro
  { name: "FARC", aliases: ["Farc", "Revolutionary Armed Forces of Colombia"] }, // 2016 peace agreement with Colombia
  { name: "ELN", aliases: ["National Liberation Army"] }, // ceasefire with Colombia, 2023
  { name: "Irish Republican Army", aliases: ["IRA", "Provisional IRA"] }, // ceasefires of 1994 and 1997
  // (wire copy often writes these two acronyms as words: "Unita", "Renamo")
  { name: "UNITA", aliases: ["Unita", "National Union for the Total Independence of Angola"] }, // Lusaka Protocol (1994) and Luena memorandum (2002) with Angola
  { name: "RENAMO", aliases: ["Renamo", "Mozambican National Resistance"] }, // Rome General Peace Accords with Mozambique, 1992; ceasefire of 2014, Maputo accord of 2019
  { name: "Sudan People's Liberation Movement", aliases: ["SPLM", "SPLM/A", "Sudan People's Liberation Army", "SPLA"] }, // 2005 Comprehensive Peace Agreement
  { name: "Liberation Tigers of Tamil Eelam", aliases: ["LTTE", "Tamil Tigers"] }, // 2002 ceasefire agreement with Sri Lanka
  { name: "Kurdistan Workers' Party", aliases: ["PKK"] }, // ceasefires with Turkey (2013)
  { name: "M23", aliases: ["March 23 Movement"] }, // Nairobi declarations with the DR Congo, 2013
  { name: "Houthis", aliases: ["Houthi", "Ansar Allah"] }, // Stockholm Agreement with Yemen's government, 2018
  { name: "Free Aceh Movement", aliases: ["GAM"] }, // Helsinki memorandum with Indonesia, 2005
  { name: "Coordination of Azawad Movements", aliases: ["Coordination des Mouvements de l'Azawad"] }, // 2015 Algiers peace accord with Mali
  { name: "Zapatista Army of National Liberation", aliases: ["EZLN", "Zapatistas"] }, // San Andrés Accords with Mexico, 1996
  { name: "Polisario Front", aliases: ["Polisario"] }, // 1991 ceasefire with Morocco
  { name: "Lord's Resistance Army", aliases: ["LRA"] }, // cessation of hostilities (2006) and permanent ceasefire (2008) with Uganda, Juba talks
  { name: "National Forces of Liberation", aliases: ["FNL", "Palipehutu-FNL", "Forces for National Liberation"] }, // comprehensive ceasefire with Burundi, Dar es Salaam, 2006
  { name: "Taliban", aliases: ["Afghan Taliban"] }, // Doha agreement with the United States, February 2020
  { name: "Palestinian Islamic Jihad", aliases: ["Islamic Jihad"] }, // Egyptian-brokered ceasefires with Israel (2019, 2022, 2023)
  { name: "Tigray People's Liberation Front", aliases: ["TPLF"] }, // Pretoria agreement with Ethiopia, November 2022
  { name: "Southern Transitional Council", aliases: [] }, // Riyadh Agreement with Yemen's government, 2019
];

/**
 * Nouns that describe an armed movement by what it is ("Chechen separatists", "Tuareg rebels"): with a
 * capitalised people or region before them, a side of a peace accord or military deal, named by the description.
 */
export const MOVEMENT_NOUNS: readonly string[] = ["separatists", "rebels", "guerrillas", "insurgents"];

/**
 * A movement described by its kind and a group noun, with no name ("several rebel groups", "a rebel alliance",
 * "armed factions"): the words before and the group nouns after. With MOVEMENT_NOUNS alone ("the insurgents") they
 * say a peace accord's other side is a movement the text leaves unnamed, not one of the countries it names.
 */
export const MOVEMENT_KIND_WORDS: readonly string[] = ["rebel", "insurgent", "separatist", "guerrilla", "armed"];
export const MOVEMENT_GROUP_NOUNS: readonly string[] = ["groups", "group", "alliance", "coalition", "factions", "faction", "movements", "movement"];


/**
 * The last words of a movement's own name ("the Tigray People's Liberation Front", "a Salvation Front"): a
 * capitalised name that ends so names an armed or political movement, a side of a peace accord by that name
 * though not listed above. ("Liberation Army" is left out: China's army is the People's Liberation Army.)
 */
export const MOVEMENT_NAME_HEADS: readonly string[] = ["Liberation Front", "Liberation Movement", "Revolutionary Front", "Revolutionary Movement", "Resistance Movement", "Resistance Front", "Salvation Front"];
