// Month names, as news pages write them in visible date lines, lower case and without a trailing dot, to month
// numbers: English, German, French, Spanish, Italian, Dutch, Portuguese; Turkish; Russian and Ukrainian in the
// genitive that follows a day number, "7 октября 2020"; Arabic in its Egyptian, Levantine and Maghrebi names; and,
// as the Unicode CLDR Gregorian calendars write them after a day number (format, wide, genitive where the language
// has one): Danish, Norwegian, Swedish, Finnish (partitive), Polish, Czech, Hungarian, Romanian, Indonesian,
// Greek, Bulgarian, Serbian (Latin and Cyrillic), Persian, Hindi and Bengali. Croatian is left out: its
// "listopada" is October where Polish "listopada" is November.
const NAMES: [number, string[]][] = [
  [1, ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "ocak", "января", "січня", "يناير", "كانون الثاني", "ianuarie", "stycznia", "ledna", "tammikuuta", "január", "ιανουαρίου", "януари", "јануар", "جانفي", "ژانویه", "जनवरी", "জানুয়ারি"]],
  [2, ["february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev", "şubat", "subat", "февраля", "лютого", "فبراير", "شباط", "februarie", "lutego", "února", "helmikuuta", "február", "φεβρουαρίου", "февруари", "фебруар", "فيفري", "فوریه", "फ़रवरी", "फरवरी", "ফেব্রুয়ারি"]],
  [3, ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "mrt", "março", "marco", "mart", "марта", "березня", "مارس", "آذار", "marts", "martie", "maret", "marca", "března", "maaliskuuta", "március", "μαρτίου", "март", "मार्च", "মার্চ"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "nisan", "апреля", "квітня", "أبريل", "ابريل", "نيسان", "aprilie", "kwietnia", "dubna", "huhtikuuta", "április", "απριλίου", "април", "أفريل", "آوریل", "अप्रैल", "এপ্রিল"]],
  [5, ["may", "mai", "mayo", "maggio", "mag", "mei", "maio", "mayıs", "mayis", "мая", "травня", "مايو", "أيار", "maj", "maja", "května", "toukokuuta", "május", "μαΐου", "μαιου", "май", "мај", "ماي", "مه", "मई", "মে"]],
  [6, ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "haziran", "июня", "червня", "يونيو", "حزيران", "iunie", "czerwca", "června", "kesäkuuta", "június", "ιουνίου", "юни", "јун", "جوان", "يونيه", "ژوئن", "जून", "জুন"]],
  [7, ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "temmuz", "июля", "липня", "يوليو", "تموز", "iulie", "lipca", "července", "heinäkuuta", "július", "ιουλίου", "юли", "јул", "جويلية", "يوليه", "ژوئیه", "जुलाई", "জুলাই"]],
  [8, ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "ağustos", "agustos", "августа", "серпня", "أغسطس", "آب", "augusti", "agustus", "avgust", "sierpnia", "srpna", "elokuuta", "augusztus", "αυγούστου", "август", "أوت", "اوت", "अगस्त", "আগস্ট"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "eylül", "eylul", "сентября", "вересня", "سبتمبر", "أيلول", "septembrie", "septembar", "września", "září", "syyskuuta", "szeptember", "σεπτεμβρίου", "септември", "септембар", "سپتامبر", "सितंबर", "सितम्बर", "সেপ্টেম্বর"]],
  [10, ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "ekim", "октября", "жовтня", "أكتوبر", "اكتوبر", "تشرين الأول", "octombrie", "oktobar", "października", "října", "lokakuuta", "október", "οκτωβρίου", "октомври", "октобар", "اکتبر", "अक्टूबर", "अक्तूबर", "অক্টোবর"]],
  [11, ["november", "nov", "novembre", "noviembre", "novembro", "kasım", "kasim", "ноября", "листопада", "نوفمبر", "تشرين الثاني", "noiembrie", "novembar", "nopember", "listopada", "listopadu", "marraskuuta", "νοεμβρίου", "ноември", "новембар", "نوامبر", "नवंबर", "नवम्बर", "নভেম্বর"]],
  [12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "aralık", "aralik", "декабря", "грудня", "ديسمبر", "كانون الأول", "desember", "decembrie", "decembar", "grudnia", "prosince", "joulukuuta", "δεκεμβρίου", "декември", "децембар", "دسامبر", "दिसंबर", "दिसम्बर", "ডিসেম্বর"]],
];

export const MONTH_WORDS = new Map<string, number>(NAMES.flatMap(([n, words]) => words.map((w) => [w, n] as [string, number])));

/** A regex alternation of every month word, longest first so "september" wins over "sep". */
export const MONTH_ALTERNATION = [...MONTH_WORDS.keys()].sort((a, b) => b.length - a.length).join("|");

/** Words that introduce the publication date in a visible line: "Published 18 Nov 2019". */
export const PUBLISHED_WORDS = [
  "published", "posted", "first published", "publication date", "date", "released", "veröffentlicht", "erschienen",
  "publié", "publie", "publicado", "pubblicato", "gepubliceerd", "written", "written on", "erstellt", "erstellt am",
  "datum", "publicación", "publicada", "pubblicazione",
];

/** Words that introduce a later change: the modified date, not the published one. */
export const UPDATED_WORDS = ["updated", "last updated", "modified", "last modified", "aktualisiert", "mis à jour", "actualizado", "aggiornato", "bijgewerkt"];

/** Words a line may hold besides its date and still be only a date line: lead words, weekdays, "on", "at". */
export const DATE_LINE_WORDS = new Set([
  ...PUBLISHED_WORDS.flatMap((w) => w.split(" ")), ...UPDATED_WORDS.flatMap((w) => w.split(" ")),
  "on", "at", "am", "um", "le", "à", "de", "del", "el", "il", "op", "the", "time", "last", "first", "originally", "date",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
  "uhr", "h", "hrs", "et", "pt", "ct", "mt",
]);
