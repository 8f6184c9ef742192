// Month names by their first three letters ("sept" → "sep"), to month numbers 1–12.
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["may", 5], ["jun", 6],
  ["jul", 7], ["aug", 8], ["sep", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);

/** The months' full English names, January first. */
export const MONTH_NAMES: readonly string[] = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Months that are also given names ("April Ryan", "June Carter", "August Wilson"). */
export const MONTHS_ALSO_GIVEN_NAMES: readonly string[] = ["april", "may", "june", "august"];
