// The contract every extractor keeps: synchronous, pure, no clock, file or network.
import type {
  AgreementEvent,
  Claim,
  Diagnostic,
  Entity,
  Official,
  ParsedArticle,
  TemporalExpression,
} from "../pipeline/schemas.js";
import type { Doc } from "./doc.js";

/** What the extractors have found so far in one article; each one adds its own field. */
export interface Findings {
  dates: TemporalExpression[];
  entities: Entity[];
  officials: Official[];
  claims: Claim[];
  events: AgreementEvent[];
}

export interface ExtractorResult<T> {
  items: T[];
  diagnostics?: Diagnostic[];
}

/**
 * One extractor: reads the article, its parsed text (`doc`: paragraphs, sentences, words; the extract
 * stage parses once for all, see doc.ts) and what earlier extractors found (never changes them),
 * returns its own findings. No match gives `{ items: [] }`; ambiguity gives a diagnostic.
 */
export interface Extractor<K extends keyof Findings = keyof Findings> {
  field: K;
  run: (article: ParsedArticle, found: Readonly<Partial<Findings>>, doc?: Doc) => ExtractorResult<Findings[K][number]>;
}
