// The extract stage: runs the ordered extractors over one parsed article. The extractors come
// from a pipeline (pipeline.ts, with the user's lists); the shipped ones by default.
import { parseDoc, withDoc, type Doc } from "../extractors/doc.js";
import { EXTRACTORS, type Extractor, type Findings } from "../extractors/index.js";
import type { ArticleInput } from "./ingest.js";
import type { Pipeline } from "./pipeline.js";
import { ArticleRecord, ParsedArticle, type Diagnostic } from "./schemas.js";

const bySpan = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;

/**
 * Runs `extractors` in order over one parse of the text (doc.ts: paragraphs, sentences, words);
 * a throwing extractor becomes a diagnostic, never a lost article.
 */
export function extractFindings(article: ParsedArticle, extractors: readonly Extractor[] = EXTRACTORS) {
  const doc = parseDoc(article.text);
  return withDoc(doc, () => runExtractors(article, extractors, doc));
}

function runExtractors(article: ParsedArticle, extractors: readonly Extractor[], doc: Doc) {
  const found: Partial<Findings> = {};
  const diagnostics: Diagnostic[] = [];
  for (const ex of extractors) {
    try {
      const result = ex.run(article, found, doc);
      (found as Record<string, unknown>)[ex.field] = [...result.items].sort(bySpan);
      diagnostics.push(...(result.diagnostics ?? []));
    } catch (err) {
      diagnostics.push({
        rule: `extractor:${ex.field}`,
        message: `extractor failed: ${(err as Error)?.message ?? String(err)}`,
        text: "",
        start: 0,
        end: 0,
      });
    }
  }
  return { found, diagnostics: diagnostics.sort(bySpan) };
}

/** Stage boundary: a parsed article in, a validated article record out. */
export async function extract(input: ParsedArticle, extractors: readonly Extractor[] = EXTRACTORS): Promise<ArticleRecord> {
  const doc = ParsedArticle.parse(input);
  const { found, diagnostics } = extractFindings(doc, extractors);
  // what ingest would not use is said as diagnostics (with empty spans, at 0), first
  const { refused = [], ...meta } = doc.meta;
  diagnostics.unshift(...refused.map((message) => ({ rule: "ingest:refused", message, text: "", start: 0, end: 0 })));
  return ArticleRecord.parse({
    ...doc,
    meta,
    dates: found.dates ?? [],
    entities: found.entities ?? [],
    officials: found.officials ?? [],
    claims: found.claims ?? [],
    events: found.events ?? [],
    diagnostics: [...(doc.diagnostics ?? []), ...diagnostics].sort(bySpan),
  });
}

/** Slows every extraction by this many milliseconds: a knob for crash tests and demos, unset in real use. */
const slowExtractMs = Number(process.env.CLAIMLINE_SLOW_EXTRACT_MS) || 0;

/**
 * A file whose bytes hold this text keeps its thread busy for good (a loop that never yields):
 * the stand-in for a pathological file in the time-limit tests, unset in real use.
 */
const stallMarker = () => process.env.CLAIMLINE_STALL_ON || undefined;
/** A file whose bytes hold this text allocates memory until its thread's heap limit stops it (tests only). */
const bloatMarker = () => process.env.CLAIMLINE_BLOAT_ON || undefined;

/**
 * ingest + extract with `pipeline`: an article's bytes to its record, stamped with the pipeline's
 * fingerprint. Pure CPU work on its input; the thread pool runs this.
 */
export async function extractArticle(input: ArticleInput, pipeline: Pipeline): Promise<ArticleRecord> {
  if (slowExtractMs > 0) await new Promise((r) => setTimeout(r, slowExtractMs));
  const marker = stallMarker();
  if (marker && Buffer.from(input.bytes).includes(marker)) for (;;);
  const bloat = bloatMarker();
  if (bloat && Buffer.from(input.bytes).includes(bloat)) for (const heap: string[][] = []; ; ) heap.push(Array.from({ length: 1e5 }, (_, i) => `${i}`));
  return pipeline.extract(input);
}
