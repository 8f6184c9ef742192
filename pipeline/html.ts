// News page HTML to article text and metadata (cheerio). First version: metadata from
// <meta>, JSON-LD and <time>; body from the paragraphs of the article container.
import * as cheerio from "cheerio";
import type { Published } from "./schemas.js";
import { extractMainText } from "./html/main-text.js";

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: Published;
  modified: string | null;
  url: string | null;
  text: string;
  captions: string[];
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(head: string): string | undefined {
  return head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1];
}

const isoDay = (s: string | undefined | null): string | null => {
  const m = s?.match(/(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
};

function jsonLdObjects($: cheerio.CheerioAPI): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)["@graph"];
      if (graph) visit(graph);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      visit(JSON.parse($(el).text()));
    } catch {
      // a broken JSON-LD block is skipped; the page's other metadata still counts
    }
  });
  return out;
}

const nameOf = (v: unknown): string | null => {
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string") return (v as { name: string }).name;
  return null;
};

export function parseHtml(html: string): HtmlArticle {
  const $ = cheerio.load(html);
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = $(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`).first().attr("content");
      if (v?.trim()) return v.trim();
    }
    return null;
  };
  const ld = jsonLdObjects($).filter((o) => /Article|Posting|Report/i.test(String(o["@type"] ?? "")));
  const ldFirst = (key: string) => ld.map((o) => o[key]).find((v) => v != null) ?? null;

  let published: Published = { value: null, from: "unknown" };
  const metaDate = isoDay(meta("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date"));
  const ldDate = isoDay(nameOf(ldFirst("datePublished")));
  const timeDate = isoDay($("time[datetime]").first().attr("datetime"));
  if (metaDate) published = { value: metaDate, from: "meta" };
  else if (ldDate) published = { value: ldDate, from: "jsonld" };
  else if (timeDate) published = { value: timeDate, from: "meta" };

  const title = meta("og:title", "twitter:title") ?? (nameOf(ldFirst("headline")) || null) ?? ($("h1").first().text().trim() || null) ?? ($("title").text().trim() || null);
  const outlet = meta("og:site_name", "application-name") ?? nameOf((ldFirst("publisher") as unknown) ?? null);
  const author = meta("author", "article:author") ?? nameOf(ldFirst("author"));
  const modified = isoDay(meta("article:modified_time", "dateModified")) ?? isoDay(nameOf(ldFirst("dateModified")));
  const url = meta("og:url") ?? $('link[rel="canonical"]').attr("href") ?? null;

  const main = extractMainText($.root()[0]);
  const paragraphs = main.paragraphs;
  const captions = main.captions;
  return { title, outlet, author, published, modified, url, text: paragraphs.join("\n\n"), captions };
}
