// The extract stage: runs the ordered extractors over one parsed article.
import type { Extractor, Findings } from "../extractors/index.js";
import { ArticleRecord, ParsedArticle, type Diagnostic } from "./schemas.js";
import { activeExtractors } from "./settings.js";

const bySpan = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;

/** Runs `extractors` in order; a throwing extractor becomes a diagnostic, never a lost article. */
export function extractFindings(doc: ParsedArticle, extractors: readonly Extractor[] = activeExtractors()) {
  const found: Partial<Findings> = {};
  const diagnostics: Diagnostic[] = [];
  for (const ex of extractors) {
    try {
      const result = ex.run(doc, found);
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
export async function extract(input: ParsedArticle): Promise<ArticleRecord> {
  const doc = ParsedArticle.parse(input);
  const { found, diagnostics } = extractFindings(doc);
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
