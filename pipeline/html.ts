// News page HTML to article text and metadata (cheerio). The work is split by concern:
//   html/metadata.ts  title, outlet, author, URL, published and modified dates (meta, JSON-LD, <time>, URL, visible lines)
//   html/main-text.ts the article's paragraphs without navigation, share bars, captions, comments, related links
//   html/dates.ts     dates as pages write them, to YYYY-MM-DD
//   html/hints.ts     the word lists (class/id hints, furniture lines) as data
import * as cheerio from "cheerio";
import type { Published } from "./schemas.js";
import { cleanByline, readMetadata } from "./html/metadata.js";
import { extractMainText } from "./html/main-text.js";
import { readDateLine } from "./html/dates.js";
import { flattenDeep } from "./html/dom.js";
import { boundDepth } from "./html/depth.js";

export interface HtmlArticle {
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: Published;
  modified: string | null;
  url: string | null;
  /** the article's paragraphs, joined by a blank line; "" when the page holds no text */
  text: string;
  captions: string[];
  /** Publication-date fields the page fills with what is not a date: reported, not used. */
  dateProblems: string[];
  /** When `published` is unknown: a weaker guess at the page's day (metadata.ts `guessPublished`), else null. */
  guess: string | null;
  /** The page's own summary of its story (og:description, description): the text of a page whose body can't be found. */
  description: string | null;
}

/** The charset a page declares in its first bytes (`<meta charset>`, http-equiv, or an XML declaration). */
export function declaredCharset(head: string): string | undefined {
  return (
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1] ??
    head.match(/^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i)?.[1]
  );
}

/** JSON-LD articleBody (plain text, or HTML as some sites put there) to paragraphs. */
function paragraphsOfBody(body: string): string[] {
  if (/<[a-z][^>]*>/i.test(body)) return extractMainText(cheerio.load(boundDepth(body)).root()[0]).paragraphs;
  const text = cheerio.load(`<p>${body.replace(/</g, "&lt;")}</p>`).root().text();
  return text
    .split(/\n\s*/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/**
 * The page's byline left at the head of its text without a "By": a short line among the first three that is the
 * author the metadata names, with at most a handle or the outlet after it ("Ann Lee @annlee", "Ann Lee, The
 * Associated Press"). The metadata already holds the author; the line is not the article's.
 */
export function withoutLeadByline(paragraphs: string[], author: string | null): string[] {
  const name = author?.replace(/\s+/g, " ").trim().toLowerCase();
  if (!name || name.length < 5) return paragraphs;
  const i = paragraphs.slice(0, 3).findIndex((p) => {
    const line = p.replace(/\s+/g, " ").trim();
    if (line.length > 120 || !line.toLowerCase().startsWith(name)) return false;
    const rest = line.slice(name.length).trim();
    return rest.length <= 40 && !/[.!?]["”’]?$/.test(rest) && !/\b(said|says|told|was|is|has|will)\b/i.test(rest);
  });
  return i < 0 ? paragraphs : paragraphs.filter((_, j) => j !== i);
}

export function parseHtml(html: string): HtmlArticle {
  const $ = cheerio.load(boundDepth(html));
  flattenDeep($.root()[0]);
  const meta = readMetadata($);
  const main = extractMainText($.root()[0], { title: meta.title });
  let published = meta.published;
  let modified = meta.modified;
  // a date line the text writer set aside ("Published 18 November 2019") when the markup had none
  for (const line of main.datelines) {
    const d = readDateLine(line);
    if (!published.value && d?.published) published = { value: d.published, from: "dateline" };
    if (!modified && d?.modified) modified = d.modified;
  }
  let paragraphs = main.paragraphs;
  // a page drawn by script holds its text only in JSON-LD: use that when the markup has next to nothing
  const chars = paragraphs.join(" ").length;
  if (meta.articleBody && chars < 200) {
    const fromLd = paragraphsOfBody(meta.articleBody);
    if (fromLd.join(" ").length > Math.max(200, 2 * chars)) paragraphs = fromLd;
  }
  paragraphs = withoutLeadByline(paragraphs, meta.author);
  const author = meta.author ?? main.bylines.map(cleanByline).find((b): b is string => !!b) ?? meta.authorFromClass;
  return {
    title: meta.title,
    outlet: meta.outlet,
    author,
    published,
    modified,
    url: meta.url,
    text: paragraphs.join("\n\n"),
    captions: main.captions,
    dateProblems: meta.dateProblems,
    guess: published.value ? null : meta.guess,
    description: meta.description,
  };
}
