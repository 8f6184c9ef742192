// Typed errors decide what happens next: bad input is reported and never retried.

/** The file itself is unusable (empty, binary, too large, undecodable, malformed). */
export class BadInputError extends Error {
  override name = "BadInputError";
}
