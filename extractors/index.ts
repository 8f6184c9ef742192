// The extractors, in the order they run: each may read what the ones before it found.
import { makeAgreementsExtractor, type AgreementIndex } from "./agreements/index.js";
import { claimsExtractor } from "./claims.js";
import { datesExtractor } from "./dates.js";
import { makeEntityExtractor } from "./entities.js";
import type { ReferenceOfficial } from "./lexicon/reference-officials.js";
import { makeOfficialsExtractor } from "./officials.js";
import type { Extractor } from "./types.js";

export type { Extractor, ExtractorResult, Findings } from "./types.js";

export interface ExtractorOptions {
  /** Known officials (the shipped list by default; `--reference FILE` extends it). */
  reference?: readonly ReferenceOfficial[];
  /** Known agreements (the shipped registry by default; `--agreements FILE` extends it). */
  agreements?: AgreementIndex;
}

/** The ordered extractors, closing over a reference list. */
export function makeExtractors(opts: ExtractorOptions = {}): readonly Extractor[] {
  return [
    // dates first: entity and event rules use them ("August" is a month, not a person)
    datesExtractor,
    // entities, then officials (titles on entities), then claims (speakers are entities)
    makeEntityExtractor({ reference: opts.reference }),
    makeOfficialsExtractor({ reference: opts.reference }),
    claimsExtractor,
    // agreement events last: they read dates, officials' countries and claims' speakers
    makeAgreementsExtractor({ agreements: opts.agreements }),
  ];
}

export const EXTRACTORS: readonly Extractor[] = makeExtractors();
