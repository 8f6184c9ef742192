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
 * What a pool thread extracts before it takes files (pool-worker.ts), so the files do not pay for
 * loading and compiling what the extractors use. Written to reach most of them (a dateline, titles
 * and officials, quotes and reported speech, dates of several forms, a known agreement and one
 * described by its sides), and longer than 1,000 characters: V8 compiles a regular expression to
 * bytecode at its first use and to machine code at its second, but straight to machine code when
 * its subject is that long, so the patterns run over the whole text (the registry's pieces of up to
 * 15,000 characters, the date and country scans) are compiled once, not twice. Invented text.
 */
export const WARM_UP_ARTICLE: ArticleInput = {
  file: "warm-up.txt",
  bytes: Buffer.from(
    [
      "Neighbours sign river accord as climate talks resume",
      "LUSAKA, March 14 (Staff) - Zambia and Malawi signed an agreement on Tuesday that will let both countries share the water of the upper river during dry months, Foreign Minister Ruth Banda said.",
      "\u201cThis accord gives farmers on both banks a plan for the drought years,\u201d Banda told reporters after the ceremony. \u201cWe expect the first joint survey in early June.\u201d",
      "Malawi's trade minister, Peter Mwale, said the deal would take effect on 1 July 2024 and would be reviewed after five years. According to Mwale, the two governments had negotiated since last November.",
      "The talks were first proposed in 2021, when both sides accused each other of building dams without notice. A spokesperson for the United Nations Development Programme, Helen Chirwa, said the agency welcomed the signing.",
      "Separately, officials said Zambia would present its new targets under the Paris Agreement at the next climate summit. President Samuel Phiri said on Monday that his government would not withdraw from the treaty, despite calls from the opposition to suspend it.",
      "Critics in parliament asked for the full text of the river accord to be published before any vote, and the environment ministry did not immediately respond to a request for comment.",
    ].join("\n\n") + "\n",
  ),
};

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
