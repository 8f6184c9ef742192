// Word lists for comparing person and organisation names across articles (pipeline/names.ts).

/** Words that precede a name without being part of it: "President Naib Bukele" → "Naib Bukele". */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "miss", "dr", "rev", "sir", "dame", "lord", "lady", "president", "vice",
  "prime", "minister", "secretary", "sen", "senator", "rep", "representative", "gov", "governor",
  "gen", "general", "former", "acting", "interim", "then", "late", "king", "queen", "prince",
  "pope", "judge", "justice", "chancellor", "premier", "mayor", "ambassador", "foreign", "interior",
  "home", "elect", "president-elect",
]);

/** Name particles that join surname parts: "Tren de Aragua", "Ursula von der Leyen". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "del", "della", "der", "di", "da", "do", "dos", "das", "du", "la", "le", "van", "von", "bin", "al", "el", "y", "of", "the", "and",
]);

/**
 * "Son of", "daughter of" inside a name: the words after them open a parent's name ("Mohammed bin
 * Salman" is the son of Salman), so a shorter name starting there is the parent, not the person.
 */
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(["bin", "ibn", "bint", "binti"]);

/**
 * Short forms of given names that are not prefixes of the full form ("Bill" for "William");
 * prefixes ("Josh" for "Joshua", "Alex" for "Alexander") are recognised without a list.
 */
export const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["william", ["bill", "billy", "will", "willy", "liam"]], ["robert", ["bob", "bobby", "rob", "robbie", "bert"]],
  ["richard", ["dick", "rick", "ricky", "rich"]], ["james", ["jim", "jimmy", "jamie"]], ["michael", ["mike", "mick", "mickey"]],
  ["anthony", ["tony"]], ["edward", ["ed", "eddie", "ted", "teddy", "ned"]], ["thomas", ["tom", "tommy"]],
  ["margaret", ["peggy", "maggie", "meg"]], ["elizabeth", ["liz", "beth", "betty", "lizzie", "eliza"]],
  ["katherine", ["kate", "kathy", "katie"]], ["catherine", ["kate", "cathy", "katie"]], ["john", ["jack", "johnny"]],
  ["charles", ["chuck", "charlie"]], ["henry", ["harry", "hank"]], ["joseph", ["joe", "joey"]], ["jacob", ["jake"]],
  ["daniel", ["dan", "danny"]], ["stephen", ["steve"]], ["steven", ["steve"]], ["christopher", ["chris"]],
  ["alexander", ["alex", "sasha"]], ["nicholas", ["nick"]], ["matthew", ["matt"]], ["samuel", ["sam"]],
  ["benjamin", ["ben"]], ["patricia", ["pat", "patty", "trish"]], ["susan", ["sue"]], ["deborah", ["debbie", "deb"]],
  ["rebecca", ["becky"]], ["jennifer", ["jenny", "jen"]], ["lawrence", ["larry"]], ["gerald", ["jerry"]],
  ["francis", ["frank"]], ["frederick", ["fred"]], ["kenneth", ["ken"]], ["timothy", ["tim"]], ["ronald", ["ron"]],
  ["donald", ["don"]], ["andrew", ["andy", "drew"]], ["gregory", ["greg"]], ["jeffrey", ["jeff"]], ["peter", ["pete"]],
]);
