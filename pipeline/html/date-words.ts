// Month names, as news pages write them in visible date lines (English, German, French,
// Spanish, Italian, Dutch, Portuguese), lower case and without a trailing dot, to month numbers.
const NAMES: [number, string[]][] = [
  [1, ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"]],
  [2, ["february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev"]],
  [3, ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "mrt", "março", "marco"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile"]],
  [5, ["may", "mai", "mayo", "maggio", "mag", "mei", "maio"]],
  [6, ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"]],
  [7, ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"]],
  [8, ["august", "aug", "août", "aout", "agosto", "ago", "augustus"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"]],
  [10, ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"]],
  [11, ["november", "nov", "novembre", "noviembre", "novembro"]],
  [12, ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"]],
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
