// Words that end in a full stop without ending the sentence.
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and titles
  "mr", "mrs", "ms", "dr", "rev", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt",
  "adm", "cmdr", "prof", "pres", "sr", "jr", "st", "hon", "amb", "supt", "insp", "atty", "msgr",
  // months and weekdays as newswire abbreviates them
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  // other
  "no", "nos", "vs", "v", "etc", "approx", "est", "inc", "corp", "co", "ltd", "dept", "univ",
  "ave", "blvd", "fig", "vol", "pp", "op", "ed",
]);
