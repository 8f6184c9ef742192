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
 * Common given names. Two names that differ only in a given name, where both are real given
 * names ("John" / "Joan", "Joe" / "Hunter"), are two people, never one misspelt.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    "aaron adam adrian ahmed alan albert alex alexander alexandra alfred ali alice alicia amanda amy ana andre andrea " +
    "andrew angela angelo ann anna anne annie anthony antonio arthur barbara barry ben benjamin bernard beth betty bill " +
    "bob bobby boris brad brian bruce carl carla carlos carol caroline catherine charles charlie chris christian " +
    "christina christine christopher claire claudia craig dan daniel danielle david dean deborah dennis diana diane " +
    "donald donna doug douglas earl ed edward elena elizabeth ellen emily emma eric erica eva evan frank fred gary " +
    "george gerald gina giorgia gordon grace greg gregory hannah harold harry helen henry hillary howard hunter ian " +
    "isabel jack jacob james jane janet jason jean jeff jeffrey jennifer jeremy jerry jesse jessica jill jim jimmy " +
    "joan joe joel john johnny jon jonathan jordan jose joseph josh joshua juan judy julia julian julie justin karen " +
    "kate katherine kathleen kathy keith kelly ken kenneth kevin kim kyle larry laura lauren lee leo leon linda lisa " +
    "louis louise lucas luis luke maria marie mario mark martin mary matt matthew maya megan melania melissa michael " +
    "michelle mike nancy natalie nathan neil nicholas nick nicole noah norman oliver olivia omar pam pamela pat patricia " +
    "patrick paul paula peter phil philip priti rachel ralph ray raymond rebecca richard rick rishi rob robert roberto " +
    "robin roger ron ronald rose roy russell ruth ryan sam samuel sandra sara sarah scott sean sergio sharon simon " +
    "stephen steve steven sue susan suella ted teresa terry thomas tim timothy tina todd tom tony tyler victor victoria " +
    "vincent walter wayne william yvette zach"
  ).split(" "),
);

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
