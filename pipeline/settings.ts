// This process's extraction settings: which reference list of officials the extractors close
// over. The CLI sets it once from `--reference FILE`; the thread pool hands the same file to its
// threads; the fingerprint changes with it, so records made with another list are re-extracted.
import { createHash } from "node:crypto";
import { makeExtractors, type Extractor } from "../extractors/index.js";
import { extendReference, loadReference, REFERENCE_OFFICIALS, type ReferenceOfficial } from "../extractors/reference.js";

interface Settings {
  extractors: readonly Extractor[];
  reference: readonly ReferenceOfficial[];
  /** The user's reference file as given, for threads and workers; null for the shipped list. */
  referenceJson: string | null;
  /** Added to the code fingerprint: a hash of the user's list, or "". */
  tag: string;
}

let settings: Settings | undefined;

const shipped = (): Settings => ({ extractors: makeExtractors(), reference: REFERENCE_OFFICIALS, referenceJson: null, tag: "" });

/**
 * Extends the shipped reference list with a user's (JSON text, CONTRACT: an array of
 * { name, variants?, office, country, from, to }). Throws a readable error for a bad list.
 */
export function useReference(json: string | null): void {
  if (json === null) {
    settings = shipped();
    return;
  }
  const reference = extendReference(loadReference(json));
  settings = {
    extractors: makeExtractors({ reference }),
    reference,
    referenceJson: json,
    tag: createHash("sha256").update(json).digest("hex").slice(0, 8),
  };
}

const current = () => (settings ??= shipped());
export const activeExtractors = () => current().extractors;
export const activeReference = () => current().reference;
export const activeReferenceJson = () => current().referenceJson;
export const settingsTag = () => current().tag;
