// How names written in other scripts come out in Latin letters. Two spellings that differ only by
// these alternations are one name romanised two ways (Rouhani / Rohani, Zelensky / Zelenskyy),
// not a misspelling. Data only: pipeline/names.ts applies it.

/**
 * Letter groups that romanisation systems write either way, as [one, other]. Each applies anywhere
 * in a word. Chosen to be rare as English typing slips: a vowel dropped or added (Biden / Bioden),
 * a consonant doubled in an English name (Garett / Garrett) or "ck" for "k" are not here.
 */
export const ROMANISATION_ALTERNATIONS: ReadonlyArray<readonly [string, string]> = [
  ["ou", "o"], // Persian and Arabic: Rouhani / Rohani
  ["ou", "u"], // Arabic: Moussa / Mussa
  ["ou", "w"], // French romanisations of Arabic wāw: Ghazouani / Ghazwani, Ouahbi / Wahbi
  ["dh", "dd"], // Arabic: Gadhafi / Gaddafi
  ["dh", "d"], // Arabic: Gadhafi / Gadafi
  ["kh", "h"], // Arabic, Persian, Russian: Mikhail / Mihail
  ["gh", "q"], // Persian qāf/ghayn, written either way: Araghchi / Araqchi, Baghaei / Baqaei
  ["ye", "e"], // Russian, Azerbaijani: Aliyev / Aliev
  ["ya", "ia"], // Armenian, Russian: Pashinyan / Pashinian
  ["yu", "iu"], // Russian: Yuri / Iuri
  ["yo", "io"], // Russian: Fyodor / Fiodor
  ["ei", "ey"], // Russian: Sergei / Sergey
  ["ii", "iy"], // Ukrainian: Zelenskii / Zelenskiy
  ["ai", "ay"], // Arabic: Zaid / Zayd
  ["j", "dj"], // French romanisations of Arabic: Jibril / Djibril
  ["sh", "ch"], // French romanisations of Arabic: Shams / Chams
  ["ts", "tz"], // Russian: Kuznetsov / Kuznetzov
  ["ks", "x"], // Russian, Greek: Aleksandr / Alexandr
  ["aa", "a"], // Arabic long vowels, written doubled or not: al-Shabaab / al-Shabab
  // Ukrainian names as the Kyiv government (the 2010 national system) and as the agencies write them
  ["iia", "ia"], // Ukrainian: Yuliia / Yulia, Nataliia / Natalia
  ["iya", "ia"], // Ukrainian, Russian: Yuliya / Yulia, Nataliya / Natalia
  // Ukrainian h for the Russian g before a vowel: Olha / Olga, Serhiy / Sergiy, Shmyhal / Shmygal (not
  // the English "gh" of Hugh / Hugg, a slip)
  ["ha", "ga"],
  ["he", "ge"],
  ["hi", "gi"],
  ["ho", "go"],
  ["hu", "gu"],
  ["hy", "gy"],
  ["zh", "j"], // Russian zh, French j: Brezhnev / Brejnev, Kozhin / Kojin
];

/**
 * Countries whose officials' names news writes from another script: Arabic and Persian (whose shadda, a doubled
 * consonant, systems mark or drop), Hebrew, Cyrillic, Armenian and Georgian. A consonant written doubled in one
 * spelling and once in another ("Massoud" / "Masoud") is one name romanised two ways where the reference list gives
 * the official one of these countries; in a Latin-script country's name ("Borell" for "Borrell") it is a slip.
 * Japanese (where "Kono" and "Konno" are two names) and Chinese are left out. Names as the reference list writes them.
 */
export const DOUBLING_SCRIPT_COUNTRIES: readonly string[] = [
  // Arabic, Persian, Urdu and Pashto script
  "Iran", "Iraq", "Saudi Arabia", "Kuwait", "Qatar", "United Arab Emirates", "Bahrain", "Oman", "Yemen", "Jordan", "Syria", "Lebanon",
  "Palestine", "Egypt", "Libya", "Sudan", "Tunisia", "Algeria", "Morocco", "Mauritania", "Afghanistan", "Pakistan",
  // Hebrew, Cyrillic, Armenian, Georgian
  "Israel", "Russia", "Ukraine", "Belarus", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Bulgaria", "Armenia", "Georgia",
];

/**
 * The Arabic article as romanisations write it before a name ("al-Sarraj", "el-Sarraj"): one word either way.
 */
export const ARABIC_ARTICLES: readonly string[] = ["al", "el"];

/**
 * Letters German and Polish romanisations of Slavic names write for the English ones: Lawrow / Lavrov,
 * Wladimir / Vladimir. Taken for one name only when every such letter of the word is written the other
 * way (a convention, not one slip: "Lavrow" is no romanisation) and the word has a Slavic ending below.
 */
export const SLAVIC_LETTER_PAIRS: ReadonlyArray<readonly [string, string]> = [["w", "v"]];

/** Word endings of Slavic names, in either script's letters: Lavrov, Lawrow, Wladimir, Jaroslaw, Kowalski. */
export const SLAVIC_ENDINGS: readonly string[] = ["ov", "ev", "ow", "ew", "ova", "eva", "owa", "ewa", "ski", "sky", "skiy", "enko", "ich", "ych", "mir", "slav", "slaw"];

/** Word endings that Slavic romanisations write several ways: Zelensky / Zelenskyy / Zelenskiy / Zelenski. */
export const ROMANISATION_ENDINGS: ReadonlyArray<readonly string[]> = [
  ["y", "yy", "iy", "ii", "i", "yi"], // Ukrainskyi / Ukrainsky, Serhii / Serhiy
  ["ev", "ov", "yov"], // Gorbachev / Gorbachov (the Russian letter ё)
  ["ich", "ych"], // Yanukovich / Yanukovych
];

/**
 * Families of spellings of one name that differ more than the alternations above cover, from
 * the public record (news agencies' and governments' own spellings). Each row is one name.
 */
export const ROMANISATION_FAMILIES: ReadonlyArray<readonly string[]> = [
  ["muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "muhamad", "mehmet"],
  ["ahmad", "ahmed", "ahmet"],
  ["mahmoud", "mahmud", "mahmood"],
  ["gaddafi", "qaddafi", "gadhafi", "kadhafi", "qadhafi", "gadafi", "khadafi", "qadafi"],
  ["muammar", "moammar", "muamar", "moamar"],
  ["hussein", "husain", "hussain", "husayn", "hossein"],
  ["hassan", "hasan"],
  ["mokhtar", "moctar", "mukhtar", "moktar", "mouktar"],
  ["saied", "said", "saeed", "sayed", "sayeed", "syed", "sayyid", "sayyed"],
  ["assad", "asad"],
  ["sisi", "sissi"],
  ["abdel", "abdul", "abd", "abdol"],
  ["osama", "usama"],
  ["qaeda", "qaida", "qa'ida"],
  ["omar", "umar"],
  ["khamenei", "khamene'i"],
  ["netanyahu", "netanyahou"],
  ["erdogan", "erdoğan"],
  ["zelensky", "zelenskyy", "zelenskiy", "zelenskii", "zelenski"],
  ["volodymyr", "volodimir", "vladimir"],
  ["oleksandr", "olexandr", "aleksandr", "alexander", "alexandr"],
  ["yevgeny", "yevgeniy", "evgeny", "evgeniy", "yevgeni"],
  ["medvedev", "medvedyev"],
  ["gorbachev", "gorbachov"],
  ["khrushchev", "khrushchov"],
  ["kyiv", "kiev"],
  // Persian and Arabic names whose vowels the agencies write differently (AP, Reuters, AFP, the governments' own sites)
  ["raisi", "raeisi", "raissi", "raeesi"],
  ["sarraj", "serraj"],
  ["aguila", "aqila", "ageela", "agila", "akila"],
  ["dbeibah", "dbeiba", "dbaiba", "dbeibeh", "dabaiba"],
  ["haftar", "hifter", "heftar"],
  // Abd al-Rahman run into one word, its joining vowel and doubled r as each agency or government writes it (the
  // Sahel's French spellings: Abdourahamane, Abdramane)
  ["abdurrahman", "abdurrahmane", "abderrahmane", "abderrahman", "abdourahamane", "abdourahmane", "abdurahman", "abdirahman", "abdulrahman", "abdelrahman", "abdrahmane", "abdramane"],
  ["pezeshkian", "pezeshkiyan"],
  ["nasrallah", "nasrollah"],
  ["hezbollah", "hizbollah", "hizballah", "hizbullah"],
];
