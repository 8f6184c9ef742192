// Typed errors decide what happens next: bad input is reported and never retried.

/** The file itself is unusable (empty, binary, too large, undecodable, malformed). */
export class BadInputError extends Error {
  override name = "BadInputError";
}

/** The file took more than its budget (time or memory) to extract: reported like bad input, never retried. */
export class LimitError extends BadInputError {
  override name = "LimitError";
}

/** The extraction was no longer wanted (its file was deleted or replaced). */
export class CancelledError extends Error {
  override name = "CancelledError";
}
