// Small output helpers with no dependencies, for the CLI's fast paths and the stages alike.

/** JSON with two-space indent and a final newline: stable bytes. */
export const toJson = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/** A message for a person: the error's own words, never a stack trace. */
export const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));
