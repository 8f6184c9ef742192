// The extractors, in the order they run: each may read what the ones before it found.
import { agreementsExtractor } from "./agreements.js";
import { claimsExtractor } from "./claims.js";
import { datesExtractor } from "./dates.js";
import { entitiesExtractor } from "./entities.js";
import { officialsExtractor } from "./officials.js";
import type { Extractor } from "./types.js";

export type { Extractor, ExtractorResult, Findings } from "./types.js";

export const EXTRACTORS: readonly Extractor[] = [
  // dates first: entity and event rules use them ("August" is a month, not a person)
  datesExtractor,
  // then entities, officials (need entities), claims (need entities for speakers),
  // and agreement events (need dates and claims)
  entitiesExtractor,
  officialsExtractor,
  claimsExtractor,
  agreementsExtractor,
];
