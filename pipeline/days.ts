// One validation for publication dates, wherever they come from: a sidecar's "published", a JSON
// article's "published", an HTML page's metadata, `--published`. A date that is not a real
// calendar day ("2023-02-30") or not a date at all ("yesterday") is an error naming its field,
// never kept as it is and never dropped without a word.

/** True when `y`-`m`-`d` is a day of the calendar (no 30 February, no month 13). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (!(Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day))) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// "2019-07-26", "2019-07-26T10:00:00Z", "2019-07-26 10:00": the day is what counts
const ISO_DAY_AND_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Why `value` is not a publication day, or undefined when it is one. `withTime` also accepts a
 * time after the day (as JSON feeds write it).
 */
export function dayProblem(value: string, withTime = false): string | undefined {
  const m = (withTime ? ISO_DAY_AND_TIME : ISO_DAY).exec(value.trim());
  if (!m) return `"${shorten(value)}" is not a date (expected YYYY-MM-DD${withTime ? ", optionally with a time" : ""})`;
  if (!isRealDay(+m[1], +m[2], +m[3])) return `"${shorten(value)}" is not a real calendar date`;
  return undefined;
}

/** The YYYY-MM-DD day of a valid value (check it with `dayProblem` first). */
export const dayOf = (value: string) => value.trim().slice(0, 10);

const shorten = (s: string) => (s.length > 40 ? s.slice(0, 40) + "…" : s);
