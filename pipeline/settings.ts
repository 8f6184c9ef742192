// This process's extraction settings: which reference list of officials and which registry of
// known agreements the extractors close over. The CLI sets them once from `--reference FILE` and
// `--agreements FILE`; the thread pool hands the same files to its threads; the fingerprint
// changes with them, so records made with other lists are re-extracted.
import { createHash } from "node:crypto";
import { extendAgreements, loadAgreements, makeAgreementIndex } from "../extractors/agreements/index.js";
import { makeExtractors, type Extractor } from "../extractors/index.js";
import { extendReference, loadReference, REFERENCE_OFFICIALS, type ReferenceOfficial } from "../extractors/reference.js";

interface Settings {
  extractors: readonly Extractor[];
  reference: readonly ReferenceOfficial[];
  /** The user's reference file as given, for threads and workers; null for the shipped list. */
  referenceJson: string | null;
  /** The user's agreement list as given; null for the shipped registry. */
  agreementsJson: string | null;
  /** Added to the code fingerprint: hashes of the user's lists, or "". */
  tag: string;
}

let settings: Settings | undefined;

const hash = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 8);

function build(referenceJson: string | null, agreementsJson: string | null): Settings {
  const reference = referenceJson === null ? REFERENCE_OFFICIALS : extendReference(loadReference(referenceJson));
  const agreements = agreementsJson === null ? undefined : makeAgreementIndex(extendAgreements(loadAgreements(agreementsJson)));
  const tag = [referenceJson === null ? "" : hash(referenceJson), agreementsJson === null ? "" : `a${hash(agreementsJson)}`].filter(Boolean).join("+");
  return { extractors: makeExtractors({ reference: referenceJson === null ? undefined : reference, agreements }), reference, referenceJson, agreementsJson, tag };
}

const current = () => (settings ??= build(null, null));

/**
 * Extends the shipped reference list with a user's (JSON text, CONTRACT: an array of
 * { name, variants?, office, country, from, to }). Throws a readable error for a bad list.
 */
export function useReference(json: string | null): void {
  settings = build(json, settings?.agreementsJson ?? null);
}

/**
 * Extends the shipped registry of agreements with a user's (JSON text: an array of
 * { name, aliases?, kind, parties?, predecessor?, successor? }). Throws a readable error for a bad list.
 */
export function useAgreements(json: string | null): void {
  settings = build(settings?.referenceJson ?? null, json);
}

export const activeExtractors = () => current().extractors;
export const activeReference = () => current().reference;
export const activeReferenceJson = () => current().referenceJson;
export const activeAgreementsJson = () => current().agreementsJson;
export const settingsTag = () => current().tag;
