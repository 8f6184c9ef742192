// One configured pipeline: the reference list of officials and the registry of agreements the
// extractors close over, the reconcile options that go with them, and the fingerprint stamped on
// every record. The CLI builds it once from `--reference FILE` and `--agreements FILE` and passes
// it down (run, watch, worker, extract, review); pool threads rebuild the same one from its
// `config`. Nothing here is process-global: two pipelines with different lists can live side by
// side (tests run two queue workers so in one process).
// the registry alone, not the agreement extractors (index.js): `run`'s main thread builds a pipeline and extracts nothing
import { extendAgreements, loadAgreements, makeAgreementIndex, type AgreementIndex } from "../extractors/agreements/registry.js";
import type { Extractor } from "../extractors/index.js";
import { extendReference, loadReference, REFERENCE_OFFICIALS, type ReferenceOfficial } from "../extractors/reference.js";
import { fingerprintOf } from "./fingerprint.js";
import type { ArticleInput } from "./ingest.js";
// reconcile's options as a type alone: a pool thread builds a pipeline too, and loads no reconcile code
import type { ReconcileOptions } from "./reconcile/index.js";
import type { ArticleRecord } from "./schemas.js";

/** The user's lists as JSON text, as given (null or absent: the shipped ones alone). */
export interface PipelineConfig {
  reference?: string | null;
  agreements?: string | null;
}

export interface Pipeline {
  /** The configuration it was built from: what a pool thread gets to build the same pipeline. */
  readonly config: { reference: string | null; agreements: string | null };
  /** What every record it makes carries as `extractedWith`. */
  readonly fingerprint: string;
  /**
   * The extractors, made with the user's lists: loaded when first asked for (by `extract`), so a
   * process that extracts nothing itself (`run`'s main thread: its pool threads extract) never
   * loads them.
   */
  extractors(): Promise<readonly Extractor[]>;
  /** The known officials: the shipped list, extended by the user's. */
  readonly reference: readonly ReferenceOfficial[];
  readonly reconcileOptions: ReconcileOptions;
  /** ingest + extract: an article's bytes to its record, stamped with the fingerprint. */
  extract(input: ArticleInput): Promise<ArticleRecord>;
}

/** The shipped list of officials extended by a user's (JSON text); throws a readable error for a bad list. */
export const referenceListOf = (json: string): ReferenceOfficial[] => extendReference(loadReference(json));

/** The shipped registry of agreements extended by a user's (JSON text); throws a readable error for a bad list. */
export const agreementIndexOf = (json: string): AgreementIndex => makeAgreementIndex(extendAgreements(loadAgreements(json)));

/**
 * `fingerprint`: the one the process that starts a pool thread computed for the same code and lists
 * (the thread then reads and hashes no module file); computed here when not given.
 */
export function createPipeline(config: PipelineConfig = {}, fingerprint?: string): Pipeline {
  const referenceJson = config.reference ?? null;
  const agreementsJson = config.agreements ?? null;
  const reference = referenceJson === null ? REFERENCE_OFFICIALS : referenceListOf(referenceJson);
  const agreements = agreementsJson === null ? undefined : agreementIndexOf(agreementsJson);
  let extractors: Promise<readonly Extractor[]> | undefined;
  const loadExtractors = () =>
    (extractors ??= import("../extractors/index.js").then(({ makeExtractors }) => makeExtractors({ reference: referenceJson === null ? undefined : reference, agreements })));
  fingerprint ??= fingerprintOf(referenceJson, agreementsJson);
  const reconcileOptions: ReconcileOptions = { reference };
  return {
    config: { reference: referenceJson, agreements: agreementsJson },
    fingerprint,
    extractors: loadExtractors,
    reference,
    reconcileOptions,
    extract: async (input) => {
      // the extract side loaded on first use (a thread's warm-up article): ingest, extract and the extractors
      const [{ ingest }, { extract }, list] = await Promise.all([import("./ingest.js"), import("./extract.js"), loadExtractors()]);
      return { ...(await extract(await ingest(input), list)), extractedWith: fingerprint };
    },
  };
}
