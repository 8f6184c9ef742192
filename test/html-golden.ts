// The fields of an ingested HTML page that its golden file pins down.
import type { ParsedArticle } from "../pipeline/schemas.js";

export const goldenOf = (a: ParsedArticle) => ({
  title: a.title,
  outlet: a.outlet,
  author: a.meta.author ?? null,
  published: a.published,
  modified: a.meta.modified ?? null,
  url: a.source.url ?? null,
  captions: a.meta.captions ?? [],
  text: a.text,
});
