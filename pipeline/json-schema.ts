// JSON Schema files for the outputs, generated from the zod schemas (z.toJSONSchema), so users
// of the JSON export get a published schema that cannot drift from the code.
import { z } from "zod";
import { ArticleRecord, Conflicts, Decisions, Errors, Timeline } from "./schemas.js";

export const PUBLISHED_SCHEMAS = {
  "article.schema.json": ArticleRecord,
  "timeline.schema.json": Timeline,
  "conflicts.schema.json": Conflicts,
  "errors.schema.json": Errors,
  "decisions.schema.json": Decisions,
} as const;

/** File name → JSON text, stable bytes. */
export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, schema] of Object.entries(PUBLISHED_SCHEMAS)) {
    out[file] = JSON.stringify(z.toJSONSchema(schema, { io: "output" }), null, 2) + "\n";
  }
  return out;
}
