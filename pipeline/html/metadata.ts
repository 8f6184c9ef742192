// Page metadata: title, outlet, author, canonical URL, publication and modification dates.
// Read before the main text is cut out (that step removes headers and bylines from the tree).
import { dayProblem } from "../days.js";
import { TITLE_SEPARATORS } from "./hints.js";
import type { CheerioAPI } from "cheerio";
import type { Published } from "../schemas.js";
import { dateFromUrl, isoDate, findDateIn as findDateAny, publishedInLine as publishedInLineAny, readDate as readDateAny, readDateLine as readDateLineAny, writesDayFirst } from "./dates.js";
import { hintsOf, hintWords, shortTextOf, squash, textOf, type AnyNode, type Element } from "./dom.js";

type Json = Record<string, unknown>;

const ARTICLE_TYPES = /article|posting|report|blog|review|story|creativework/i;

/** Every object in the page's JSON-LD blocks, @graph members and nested values included. */
export function jsonLdObjects($: CheerioAPI): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === "object") {
      out.push(v as Json);
      const graph = (v as Json)["@graph"];
      if (graph) visit(graph, depth + 1);
      const main = (v as Json).mainEntity ?? (v as Json).mainEntityOfPage;
      if (main && typeof main === "object") visit(main, depth + 1);
    }
  };
  $('script[type="application/ld+json" i]').each((_, el) => {
    const raw = $(el).text().trim();
    if (!raw) return;
    for (const attempt of [raw, cleanJson(raw)]) {
      try {
        visit(JSON.parse(attempt), 0);
        return;
      } catch {
        // a broken block is tried once more after clean-up, then skipped
      }
    }
  });
  return out;
}

/** What commonly breaks JSON-LD: HTML comments or CDATA around it, raw line breaks in strings, trailing commas. */
function cleanJson(raw: string): string {
  return raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, "")
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, "")
    .replace(/[\n\r\t]+/g, " ")
    .replace(/,\s*([}\]])/g, "$1");
}

const sameUrl = (a: string, b: string) => {
  const norm = (u: string) => u.trim().replace(/^https?:\/\/(www\.)?/i, "").replace(/[#?].*$/, "").replace(/\/$/, "").toLowerCase();
  return norm(a) === norm(b);
};

const typeOf = (o: Json) => [o["@type"]].flat().map(String).join(" ");

/** A person's or organization's name from a JSON-LD value: "A", {name: "A"}, [{name: "A"}, {name: "B"}]. */
function namesOf(v: unknown): string[] {
  if (typeof v === "string") return v.trim() && !/^https?:/.test(v.trim()) ? [v.trim()] : [];
  if (Array.isArray(v)) return v.flatMap(namesOf);
  if (v && typeof v === "object") {
    const n = (v as Json).name;
    if (typeof n === "string" && n.trim()) return [n.trim()];
    if (Array.isArray(n)) return namesOf(n);
  }
  return [];
}

const unique = (xs: string[]) => [...new Set(xs.map((x) => squash(x)).filter(Boolean))];

export interface PageMeta {
  title: string | null;
  outlet: string | null;
  /** from JSON-LD, meta tags or microdata */
  author: string | null;
  /** from an element whose class says byline or author: weaker than a byline line in the text */
  authorFromClass: string | null;
  url: string | null;
  published: Published;
  modified: string | null;
  description: string | null;
  /** schema.org articleBody from JSON-LD, as written there (plain text or HTML) */
  articleBody: string | null;
  /** Publication-date fields holding what is not a date ("2023-02-30", "yesterday"): not used, reported. */
  dateProblems: string[];
  /** When `published` is unknown: the page's likeliest day from weaker evidence (see `guessPublished`), else null. */
  guess: string | null;
}

// Meta names for the publication date, in order of trust.
const PUBLISHED_META = [
  "article:published_time", "og:article:published_time", "article:published", "og:published_time", "published_time",
  "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.published", "citation_publication_date",
  "prism.publicationdate", "rnews:datepublished", "article.published", "article_date_original", "original-publish-date",
  "publish-date", "publish_date", "publishdate", "publication_date", "pubdate", "og:pubdate", "bt:pubdate",
  "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "live_date", "displaydate", "dc.date.created",
  "dcterms.created", "datecreated", "citation_date", "dc.date", "dcterms.date", "date", "created", "release_date",
  // more names htmldate reads for the original date (its DATE_ATTRIBUTES), after the common ones
  "article:publicationdate", "date_published", "published-date", "dateposted", "originalpublicationdate", "article.created",
  "dc.date.publication", "dc.issued", "dc.created", "dc:created", "dc:date", "shareaholic:article_published_time",
];
const MODIFIED_META = [
  "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified", "dc.date.modified",
  "last-modified", "lastmod", "modified_time", "updated_time",
];

export function readMetadata($: CheerioAPI): PageMeta {
  const metas = new Map<string, string>();
  $("meta").each((_, el) => {
    // microdata of a related story or a comment, down in the body, describes that item, not the page
    if (inFurniture(el as Element)) return;
    const a = (el as Element).attribs ?? {};
    const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").trim().toLowerCase();
    const content = (a.content ?? "").trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  });
  const meta = (...keys: string[]) => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return squash(v);
    }
    return null;
  };
  const ld = jsonLdObjects($);
  const url = meta("og:url") ?? $('link[rel="canonical" i]').attr("href")?.trim() ?? null;
  // the page's own article first, when JSON-LD also describes other ones
  const isThisPage = (o: Json) => !!url && [o.url, o.mainEntityOfPage, (o.mainEntityOfPage as Json | undefined)?.["@id"], o["@id"]].some((v) => typeof v === "string" && sameUrl(v, url));
  const articles = ld.filter((o) => ARTICLE_TYPES.test(typeOf(o))).sort((a, b) => Number(isThisPage(b)) - Number(isThisPage(a)));
  const pages = ld.filter((o) => /webpage/i.test(typeOf(o)));
  const ldValue = (key: string, from = articles) => from.map((o) => o[key]).find((v) => v != null && v !== "") ?? null;

  const outlet = readOutlet($, meta, ld, url);
  const title = readTitle($, meta, ldValue, outlet);
  const author = readAuthor($, meta, ldValue);
  const authorFromClass = author ? null : bylineByClass($);
  const lang = $("html").attr("lang") ?? $("html").attr("xml:lang") ?? metas.get("content-language") ?? metas.get("og:locale")?.replace("_", "-") ?? metas.get("language") ?? metas.get("dc.language");
  const dayFirst = readsDayFirst($, lang, url, metas.get("og:locale")?.replace("_", "-"));
  const { published, modified } = readDates($, metas, ldValue, pages, url, readersFor(dayFirst));
  const dateProblems = refusedDates(metas, ldValue, readersFor(dayFirst));
  const description = meta("og:description", "description", "twitter:description");
  const body = ldValue("articleBody");
  const articleBody = typeof body === "string" && body.trim() ? body : null;
  const guess = published.value ? null : guessPublished($, readersFor(dayFirst), { modified, image: metas.get("og:image") ?? metas.get("twitter:image") });
  return { title, outlet, author, authorFromClass, url, published, modified, description, articleBody, dateProblems, guess };
}

// country domains where English is written day first ("06/09/2020" is 6 September)
const DAY_FIRST_ENGLISH_HOSTS = /\.(uk|ie|au|nz|za|in|pk|sg|my|ng|ke|gh|ug|tz|zw|zm|mt|cy|lk|bd|np|jm|tt)$/;

/**
 * Whether the page writes "06/09/2020" day first. A language tag decides, except bare "en" or none: then its
 * og:locale when that names the country ("en_GB"), another of the page's dates that can only be read one way, else a
 * country domain where the day comes first (as English there writes it).
 */
function readsDayFirst($: CheerioAPI, lang: string | undefined, url: string | null, locale: string | undefined): boolean {
  let l = lang?.trim().toLowerCase() ?? "";
  if (l === "en" && /^en-[a-z]{2}$/i.test(locale?.trim() ?? "")) l = locale!.trim().toLowerCase();
  if (l && l !== "en") return writesDayFirst(l);
  const order = numericOrderOf($);
  if (order) return order === "day-first";
  const host = hostOf(url);
  return !!host && DAY_FIRST_ENGLISH_HOSTS.test(host);
}

const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})[/-](\d{1,2})[/-](?:19|20)\d{2}(?![\d/-])/g;

/**
 * How a page that declares no language orders "04/01/2018": a date it writes elsewhere whose first number cannot be
 * a month ("26/03/2019") says day first, one whose second cannot ("03/26/2019") month first; none, or both, say nothing.
 */
export function numericOrderOf($: CheerioAPI): "day-first" | "month-first" | null {
  let dayFirst = 0, monthFirst = 0;
  for (const m of textOf(($("body")[0] ?? $.root()[0]) as Element).matchAll(NUMERIC_DATE)) {
    if (+m[1] > 12 && +m[1] <= 31 && +m[2] <= 12) dayFirst++;
    else if (+m[2] > 12 && +m[2] <= 31 && +m[1] <= 12) monthFirst++;
  }
  return dayFirst && !monthFirst ? "day-first" : monthFirst && !dayFirst ? "month-first" : null;
}

/** `<meta property="article:published_time" content="2023-02-30">`: a publication field that holds no real date. */
function refusedDates(metas: Map<string, string>, ldValue: (k: string) => unknown, { readDate }: DateReaders): string[] {
  const out: string[] = [];
  const check = (field: string, raw: unknown) => {
    if (typeof raw !== "string" || !raw.trim() || readDate(raw)) return;
    const problem = dayProblem(raw, true) ?? `"${raw.slice(0, 40)}" is not a date this reader accepts`;
    out.push(`${field}: ${problem}, not used as the publication date`);
  };
  check('JSON-LD "datePublished"', ldValue("datePublished"));
  for (const k of PUBLISHED_META) check(`meta "${k}"`, metas.get(k));
  return out;
}

function readOutlet($: CheerioAPI, meta: (...k: string[]) => string | null, ld: Json[], url: string | null): string | null {
  const site = meta("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone");
  // "@politifact" is a Twitter handle, not the outlet's name
  if (site && !site.startsWith("@")) return site;
  for (const o of ld) {
    const pub = namesOf(o.publisher);
    if (pub.length) return pub[0];
  }
  const org = ld.find((o) => /NewsMediaOrganization|Organization/.test(typeOf(o)));
  if (org) {
    const n = namesOf(org);
    if (n.length) return n[0];
  }
  const host = hostOf(url ?? $('meta[property="og:url"]').attr("content") ?? null);
  // "… :: Valley Tribune" on valleytribune.example: the title names the site the domain spells
  const label = host?.split(".")[0]?.replace(/[^a-z0-9]/g, "");
  if (label) {
    const parts = squash($("title").first().text()).split(TITLE_SEPARATORS);
    for (const p of [parts[parts.length - 1], parts[0]]) {
      if (parts.length > 1 && p && p.toLowerCase().replace(/[^a-z0-9]/g, "") === label) return p.trim();
    }
  }
  return host;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^(www\d?|m|amp|mobile)\./, "") || null;
  } catch {
    return null;
  }
}


/** "Deal signed | The Daily Planet" → "Deal signed" when the other part names the site. */
export function stripSiteName(title: string, outlet: string | null): string {
  const parts = title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const site = outlet ? norm(outlet) : "";
  const isSite = (p: string) => {
    const n = norm(p);
    return !!site && !!n && (n === site || site.includes(n) || n.includes(site) || n === site.replace(/(com|org|net|couk)$/, ""));
  };
  let kept = parts;
  while (kept.length > 1 && isSite(kept[kept.length - 1])) kept = kept.slice(0, -1);
  while (kept.length > 1 && isSite(kept[0])) kept = kept.slice(1);
  if (kept.length < parts.length) return rejoin(title, kept);
  // no site name known: a short last part after " | " is the site ("… | CBS Detroit")
  const last = parts[parts.length - 1];
  if (!outlet && /\s\|\s|\s[–—-]\s/.test(title) && last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(" ").length > last.length * 2) {
    return rejoin(title, parts.slice(0, -1));
  }
  return title.trim();
}

function rejoin(title: string, kept: string[]): string {
  // keep the original separators inside what is kept: cut the title at the first and last kept part
  const start = title.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(" - ");
}

function readTitle(
  $: CheerioAPI,
  meta: (...k: string[]) => string | null,
  ldValue: (k: string) => unknown,
  outlet: string | null,
): string | null {
  const h1 = squash($("h1").first().text()) || null;
  const candidates = [meta("og:title", "twitter:title", "dc.title", "headline"), namesOf(ldValue("headline"))[0] ?? null, h1, squash($("title").first().text()) || null];
  for (const c of candidates) {
    if (!c) continue;
    const t = stripSiteName(c, outlet);
    if (t && t.length > 2) return t;
  }
  return null;
}

const BY = /^(?:(?:analysis|opinion|commentary|review|story|words|text|written|reporting|interview|photos?)\s+)?(?:by|von|par|por|di|door|de)\s*:?\s+/i;

/** "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe, Reuters". */
export function cleanByline(s: string): string | null {
  let t = squash(s.split("\n").find((l) => l.trim()) ?? "").replace(BY, "");
  // a byline line often carries the date too: "Jane Doe | November 18, 2019", "Carrie ArnoldNovember 15, 2019"
  t = t.replace(/(\p{Ll})(\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4})/u, "$1 $2");
  const date = findDateAny(t);
  if (date && date.start > 0) t = t.slice(0, date.start);
  t = t.split(/\s+[|·•／/]\s+|\s*[|·•／]\s*|\s+[–—]\s+(?=\w+ \d|\d)/)[0].trim();
  // "Bryan DeArdo @BryanDeArdo", "Jane Doe, updated 2 hours ago"
  t = t.replace(/\s+@\w+.*$/, "").replace(/\s*(?:updated|published|posted)\b.*$/i, "").replace(/[,;:|\-–—]+$/, "").trim();
  if (!t || t.length > 120 || /^https?:|^@|^[\w.-]+\.(txt|html?|php|aspx?)$/i.test(t)) return null;
  return t;
}

function readAuthor($: CheerioAPI, meta: (...k: string[]) => string | null, ldValue: (k: string) => unknown): string | null {
  const ldNames = unique(namesOf(ldValue("author")));
  if (ldNames.length) return ldNames.join(", ");
  const m = meta("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl", "citation_author", "twitter:creator");
  if (m && !/^https?:/.test(m) && !/^@/.test(m)) return cleanByline(m);
  const props = unique(
    $('[itemprop~="author" i] [itemprop~="name" i], [itemprop~="author" i], a[rel~="author" i], [rel~="author" i]')
      .map((_, el) => ($(el).attr("content") ?? textOf(el as Element)).trim())
      .get(),
  );
  if (props.length) return cleanByline(props[0]);
  return null;
}

const COMMENT_WORDS = /\b(comment|comments|reply|replies|respond|disqus)\b/;

function bylineByClass($: CheerioAPI): string | null {
  let byline: string | null = null;
  $("[class], [id]").each((_, el) => {
    const words = hintWords(el as Element);
    if (!words.some((w) => w === "byline" || w === "author" || w === "authors")) return;
    if (COMMENT_WORDS.test(words.join(" "))) return;
    for (let a = (el as Element).parent; a && a.type === "tag"; a = a.parent) {
      if (COMMENT_WORDS.test(hintWords(a as Element).join(" "))) return;
    }
    if ((el as Element).children.length > 12) return;
    const t = cleanByline(textOf(el as Element));
    if (t && t.length >= 3) {
      byline = t;
      return false;
    }
  });
  return byline;
}

interface DateReaders {
  readDate: (v: unknown) => string | null;
  findDateIn: (s: string) => { value: string; start: number; end: number } | null;
  readDateLine: (s: string) => { published: string | null; modified: string | null } | null;
  publishedInLine: (s: string) => string | null;
}

/** The date readers for a page, day first or month first as its language writes "3/4/2019". */
const readersFor = (dayFirst: boolean): DateReaders => ({
  readDate: (v) => readDateAny(v, dayFirst),
  findDateIn: (s) => findDateAny(s, dayFirst),
  readDateLine: (s) => readDateLineAny(s, dayFirst),
  publishedInLine: (s) => publishedInLineAny(s, dayFirst),
});

function readDates(
  $: CheerioAPI,
  metas: Map<string, string>,
  ldValue: (k: string, from?: Json[]) => unknown,
  pages: Json[],
  url: string | null,
  d: DateReaders,
): { published: Published; modified: string | null } {
  const { readDate } = d;
  let modified: string | null = null;
  for (const k of MODIFIED_META) if (!modified) modified = readDate(metas.get(k));
  modified ??= readDate(ldValue("dateModified")) ?? readDate(ldValue("dateModified", pages));

  // a wiki shows its readers the page's latest revision ("This page was last edited on …"), not the day it was begun
  if (/^mediawiki\b/i.test(metas.get("generator") ?? "")) {
    // without a modified field, its footer says it (the id its skin gives): <li id="footer-info-lastmod">This page was last edited on 7 April 2020, at 05:33.</li>
    const lastEdited = modified ?? d.findDateIn(squash($("#footer-info-lastmod, #footer-lastmod, #lastmod").first().text()))?.value ?? null;
    if (lastEdited) return { published: { value: lastEdited, from: "meta" }, modified: lastEdited };
  }
  // "/news/20200413/suspect-held": a full date in the page's own URL is set when the story goes up
  const fromOwnUrl = dateFromUrl($('link[rel="canonical" i]').attr("href")) ?? dateFromUrl(metas.get("og:url"));
  // JSON-LD of the article, then the head's meta tags; when they name days a day apart, see which to believe
  const ldRaw = [ldValue("datePublished"), ldValue("dateCreated")].find((v) => readDate(v));
  const metaRaw = PUBLISHED_META.map((k) => metas.get(k)).find((v) => readDate(v));
  const ld = readDate(ldRaw);
  const inMeta = readDate(metaRaw);
  if (fromOwnUrl) {
    const from = fromOwnUrl === ld ? "jsonld" : fromOwnUrl === inMeta ? "meta" : "inferred";
    return { published: { value: fromOwnUrl, from }, modified };
  }
  if (ld && inMeta && ld !== inMeta && Math.abs(Date.parse(ld) - Date.parse(inMeta)) === 86_400_000) {
    const local = localOfSameInstant(ldRaw, metaRaw);
    if (local === "first") return { published: { value: localDay($, ld, d, ldRaw), from: "jsonld" }, modified };
    return { published: { value: localDay($, inMeta, d, metaRaw), from: "meta" }, modified };
  }
  if (ld) return { published: { value: localDay($, ld, d, ldRaw), from: "jsonld" }, modified };
  if (inMeta) return { published: { value: localDay($, inMeta, d, metaRaw), from: "meta" }, modified };
  // microdata and <time> elements: itemprop first, then a time marked as the publication
  const micro = $('[itemprop~="datePublished" i]').filter((_, el) => !inFurniture(el as Element)).first();
  if (micro.length) {
    const raw = micro.attr("content") ?? micro.attr("datetime") ?? micro.text();
    const v = readDate(raw);
    // the day the element itself shows its readers ("<span itemprop=datePublished content=…Z>July 11, 2020</span>"), as for meta tags
    if (v) return { published: { value: shownForStamp(d.findDateIn(squash(micro.text()))?.value, v, raw) ?? localDay($, v, d, raw), from: "meta" }, modified };
  }
  const ldPage = readDate(ldValue("datePublished", pages));
  if (ldPage) return { published: { value: ldPage, from: "jsonld" }, modified };
  // <time> elements outside furniture (a sidebar's "latest news" list, comments, related stories)
  // (one without a datetime that a script shows as "1 minute ago" keeps its day in a tooltip or a data attribute:
  // <time class="u-dt" data-time="1584548562" title="Mar 18, 2020 at 12:22 PM">, as forums and blogs write it)
  const stampOf = (t: Element) => t.attribs?.datetime ?? tooltipStamp(t) ?? undefined;
  const times = ($("time").toArray() as Element[]).filter((t) => ("pubdate" in (t.attribs ?? {}) || stampOf(t) != null) && !inFurniture(t));
  const marked = times.find((t) => "pubdate" in (t.attribs ?? {}) || /publish|posted|created/i.test(`${t.attribs?.class ?? ""} ${t.attribs?.id ?? ""} ${(t.parent as Element | null)?.attribs?.class ?? ""}`));
  const markedDate = marked ? readDate(stampOf(marked)) ?? readDate(textOf(marked)) : null;
  if (markedDate) return { published: { value: localDay($, markedDate, d, stampOf(marked!)), from: "meta" }, modified };
  // "Published 18 November 2019" in a short block
  const line = publishedLine($, d);
  if (line) return { published: { value: line, from: "dateline" }, modified };
  const fromUrl = dateFromUrl(url);
  if (fromUrl) return { published: { value: fromUrl, from: "inferred" }, modified };
  // (an unmarked <time> inside a link to another page is that page's: a teaser's date in a strip of other stories)
  const notUpdated = times.filter((t) => !/updat|modif/i.test(`${t.attribs?.class ?? ""} ${t.attribs?.itemprop ?? ""} ${textOf(t)}`) && !inLinkElsewhere(t, url));
  for (const t of notUpdated) {
    const v = readDate(stampOf(t)) ?? readDate(textOf(t));
    // <time datetime="…T03:30Z">October 2, 2020, 11:30 pm</time>: the day it shows its readers, as for a marked one
    if (v) return { published: { value: localDay($, v, d, stampOf(t)), from: "meta" }, modified };
  }
  // a date on its own line just under the headline, then an element whose class says date or published, holding
  // only a date (the class is the weaker sign: a site's header clock says "time" too)
  const underHeadline = dateUnderHeadline($, d);
  if (underHeadline) return { published: { value: underHeadline, from: "dateline" }, modified };
  const visible = classedDate($, d);
  if (visible) return { published: { value: visible, from: "dateline" }, modified };
  // last resort: any <time>, even one marked as the update (on most pages it is the same day)
  const anyTime = ($("time[datetime]").toArray() as Element[]).find((t) => readDate(t.attribs?.datetime));
  if (anyTime) return { published: { value: localDay($, readDate(anyTime.attribs.datetime)!, d, anyTime.attribs.datetime), from: "meta" }, modified };
  // a publication field in a script's data ("publishDate": "2020-04-17", pubDate: '2020/04/17 10:00'), as htmldate reads them
  const keyed = keyedDateInMarkup($.html(), d);
  if (keyed) return { published: { value: keyed, from: "inferred" }, modified };
  // last of all, a full timestamp anywhere in the markup, scripts included: showDate("2020/04/17 01:43:09"); not in an HTML
  // comment, where a build or cache stamp ("theme bundle built 2020-03-30T01:41:33Z") tells when the site's code was made
  const stamped = timestampInMarkup($.html().replace(/<!--[\s\S]*?-->/g, " "));
  // but the first stamp may be any item's (a picture's upload, "date":"2019-11-14 22:13:07" in a gallery's data): a full
  // date the page shows its readers in a short line of its own, when there is one, says which day it went up
  if (stamped) return { published: { value: dateInShortText($, d, new Date().toISOString().slice(0, 10)) ?? stamped, from: "inferred" }, modified };
  // the modified date and the lead picture's address are weaker still: guesses (see guessPublished)
  return { published: { value: null, from: "unknown" }, modified };
}

/**
 * Inside a link to another page: `<a href="/videos/daily-headlines-november-20-2019"><time …>Wednesday November 20,
 * 2019</time> Daily Headlines</a>` dates the story it links to. A link to the page itself (its permalink, with or
 * without a fragment) or to a fragment only is not elsewhere, nor is any link on a page whose address is unknown
 * (its own permalink cannot be told from another page's).
 */
export function inLinkElsewhere(el: Element, pageUrl: string | null): boolean {
  for (let a: Element["parent"] = el; a && a.type === "tag" && !isPageLevel(a as Element); a = a.parent) {
    const e = a as Element;
    if (e.name !== "a") continue;
    const href = (e.attribs?.href ?? "").trim();
    if (!href || href.startsWith("#") || /^(?:javascript|mailto|tel):/i.test(href)) return false;
    if (!pageUrl) return false;
    let target: string;
    try {
      target = new URL(href, pageUrl).href;
    } catch {
      return false;
    }
    return !sameUrl(target, pageUrl);
  }
  return false;
}

/** "Nov. 18, 2019" or "By Jane Doe | 18.11.2019" in the few short blocks after the first <h1>. */
function dateUnderHeadline($: CheerioAPI, { readDateLine, findDateIn }: DateReaders): string | null {
  const h1 = $("h1").first()[0] as Element | undefined;
  if (!h1) return null;
  const all = $("body *").toArray() as Element[];
  const start = all.indexOf(h1);
  if (start < 0) return null;
  let seen = 0;
  for (const el of all.slice(start + 1, start + 60)) {
    if (el.children.some((c) => c.type === "tag" && !/^(a|span|b|strong|em|i|time|small|abbr)$/.test((c as Element).name))) continue;
    if (profileDate(el) || inEmbed(el) || inBanner(el) || inFurnitureApart(el, h1)) continue;
    const t = textOf(el);
    if (!t) continue;
    seen += t.length;
    if (seen > 1500) break;
    if (t.length > 120) continue;
    const line = readDateLine(t);
    if (line?.published) return line.published;
    if (t.length < 80 && /\b(by|von|par|por)\b|[|·•]/i.test(t)) {
      const found = findDateIn(t);
      if (found) return found.value;
    }
  }
  return null;
}

/**
 * Inside a piece of furniture that does not also hold `headline`: a comment's or a "latest" list's date after the
 * article. A furniture word on the article's own wrapper (`<article class="post-listing">`, a theme's name for it)
 * makes nothing under its headline furniture.
 */
function inFurnitureApart(el: Element, headline: Element): boolean {
  const holdsHeadline = new Set<unknown>();
  for (let a: Element["parent"] = headline; a; a = a.parent) holdsHeadline.add(a);
  for (let a: Element["parent"] = el; a && a.type === "tag" && !isPageLevel(a as Element); a = a.parent) {
    if (holdsHeadline.has(a)) return false;
    if (isFurniture(a as Element)) return true;
  }
  return false;
}

const KEYED_DATE = /["']?\b(?:date_?published|datePublished|publish(?:ed)?_?(?:date|at|time|on)|publishDate|publishedDate|pub_?date|pubDate|first_?published(?:_?(?:at|date))?|firstPublished(?:At|Date)?|date_?created|dateCreated|created_?at|createdAt|date_?of_?publication|dateOfPublication|publication_?date|publicationDate)\b["']?\s*[:=]\s*["']([^"'<>]{8,40})["']/gi;

/** The first date a script's data keys as the publication ("publishDate": "2020-04-17"), one date only. */
function keyedDateInMarkup(markup: string, { readDate }: DateReaders): string | null {
  const days = new Set<string>();
  for (const m of markup.matchAll(KEYED_DATE)) {
    const v = readDate(m[1]);
    if (v) days.add(v);
    if (days.size > 1) return null;
  }
  return days.size === 1 ? [...days][0] : null;
}

const TIMESTAMP = /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{2})\2(\d{2})[T ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?!\d)/g;

/** The first "2020-04-17 01:43:09" (or with slashes or dots, or a "T") in a page's markup. */
function timestampInMarkup(markup: string): string | null {
  for (const m of markup.matchAll(TIMESTAMP)) {
    const v = isoDate(+m[1], +m[3], +m[4]);
    if (v) return v;
  }
  return null;
}

const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Of two timestamps a day apart, which one gives the readers' local day: "2020-12-24T23:59:50+00:00"
 * and "2020-12-25T01:59:50+02:00" are one instant, and the page's readers saw the 25th ("second").
 * "neither" when they are different instants: one of them is wrong, and the meta tag is believed.
 */
function localOfSameInstant(first: unknown, second: unknown): "first" | "second" | "neither" {
  const a = typeof first === "string" ? first.trim().match(ZONED) : null;
  const b = typeof second === "string" ? second.trim().match(ZONED) : null;
  if (!a || !b || Date.parse(a[0]) !== Date.parse(b[0])) return "neither";
  const utc = (zone: string) => zone === "Z" || /^[+-]00:?00$/.test(zone);
  if (utc(a[1]) && !utc(b[1])) return "second";
  if (utc(b[1]) && !utc(a[1])) return "first";
  return "neither";
}

/**
 * The day the page shows for a machine timestamp: `<time datetime="2019-11-19T07:03Z">November 18,
 * 2019 11:03 PM</time>` was published on the 18th where the outlet is. A day apart at most.
 */
function localDay($: CheerioAPI, value: string, d: DateReaders, raw?: unknown): string {
  const { readDate, findDateIn } = d;
  const day = 86_400_000;
  for (const t of $("time[datetime]").toArray() as Element[]) {
    if (readDate(t.attribs?.datetime) !== value || inFurniture(t)) continue;
    const shown = findDateIn(textOf(t))?.value;
    // a UTC datetime shows its readers another day only where some real offset puts that instant on it
    const at = utcInstant(t.attribs?.datetime);
    if (at !== null && shown && !onDayInSomeZone(at, shown)) continue;
    if (shown && shown !== value && Math.abs(Date.parse(shown) - Date.parse(value)) === day) return shown;
  }
  // the same instant written elsewhere in the page with the outlet's own offset gives the readers' day:
  // "2020-09-28T23:12:35+00:00" in a meta tag and "2020-09-28T19:12:35-0400" in the article's JSON-LD
  const twin = localTwin(raw, () => $.html(), () => markupOutsideFurniture($));
  if (twin && twin !== value && Math.abs(Date.parse(twin) - Date.parse(value)) === day) return twin;
  // a UTC timestamp, and the line under the headline (or a date-classed element) shows its readers the day before or after: the day where the outlet is,
  // when some real offset (UTC-12 to UTC+14) puts that instant on the shown day
  // (or a "Published …" line anywhere in the page's text, the day it tells its readers in words)
  if (utcInstant(raw) !== null) return shownForStamp(dateUnderHeadline($, d) ?? classedDate($, d) ?? publishedLine($, d), value, raw) ?? value;
  return value;
}

/** `shown`, when it is a day from the UTC timestamp `raw` (read as `value`) and some real offset puts that instant on it. */
function shownForStamp(shown: string | null | undefined, value: string, raw: unknown): string | null {
  const at = utcInstant(raw);
  if (at === null || !shown || Math.abs(Date.parse(shown) - Date.parse(value)) !== 86_400_000) return null;
  return onDayInSomeZone(at, shown) ? shown : null;
}

/** The instant of a timestamp written in UTC ("2020-07-12T03:30:00Z", "…+00:00"), else null. */
function utcInstant(raw: unknown): number | null {
  if (typeof raw === "number" || (typeof raw === "string" && /^\d{10}(\d{3})?$/.test(raw.trim()))) {
    // epoch seconds or milliseconds count from UTC
    const n = Number(raw);
    return n > 1e12 ? n : n * 1000;
  }
  if (typeof raw !== "string") return null;
  const m = [...raw.trim().matchAll(STAMP)][0];
  if (m && m.index === 0 && isUtc(m[7])) {
    const at = instantOf(m);
    return Number.isNaN(at) ? null : at;
  }
  // RFC 2822, as feeds and some meta tags write it: "Sat, 03 Oct 2020 03:30:00 GMT", "… +0000"
  if (/^(?:[a-z]{3},?\s+)?\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:gmt|utc|ut|z|[+-]0000)$/i.test(raw.trim())) {
    const at = Date.parse(raw.trim().replace(/\s+(?:utc|ut|z)$/i, " GMT"));
    return Number.isNaN(at) ? null : at;
  }
  // as a script's Date prints itself in UTC: "Tue Nov 19 2019 03:05:46 GMT+0000", "… GMT+0000 (Coordinated Universal Time)"
  const js = raw.trim().match(/^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{4})\s+(\d{2}:\d{2}:\d{2})\s+GMT(?:[+-]0000)?(?:\s+\([^)]*\))?$/i);
  if (js) {
    const at = Date.parse(`${js[2]} ${js[1]} ${js[3]} ${js[4]} GMT`);
    return Number.isNaN(at) ? null : at;
  }
  return null;
}

/** Whether the instant falls on `day` somewhere on Earth (offsets from UTC-12 to UTC+14). */
function onDayInSomeZone(at: number, day: string): boolean {
  const start = Date.parse(`${day}T00:00:00Z`);
  const hour = 3_600_000;
  return at + 14 * hour >= start && at - 12 * hour < start + 24 * hour;
}

const EMBED_WORDS = /\b(tweet|twitter|instagram|facebook|tiktok|embed|embedded|oembed)\b/;

/** An embedded post ("— South Park (@SouthPark) September 27, 2020" in a quoted tweet): its date is the post's. */
function inEmbed(el: Element): boolean {
  for (let a: Element["parent"] = el; a && a.type === "tag" && !isPageLevel(a as Element); a = a.parent) {
    const e = a as Element;
    if (e.name === "blockquote" || EMBED_WORDS.test(hintWords(e).join(" "))) return true;
  }
  return false;
}

const STAMP = /(?<![\d.])((?:19|20)\d{2})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})(?![\d:])/g;

const instantOf = (m: RegExpMatchArray): number => {
  const zone = m[7] === "Z" ? "Z" : `${m[7].slice(0, 3)}:${m[7].slice(-2)}`;
  return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${zone}`);
};
const isUtc = (zone: string) => zone === "Z" || /^[+-]00:?00$/.test(zone);

/**
 * The local day of a UTC timestamp, when the page writes the same instant with a non-UTC offset elsewhere, or else when
 * every other timestamp carries one offset and some of them lie outside its furniture (`outside`: the markup without its
 * comments, sidebars and lists of other stories, whose stamps are their writers' clocks, not the outlet's).
 */
function localTwin(raw: unknown, markup: () => string, outside: () => string): string | null {
  const at = utcInstant(raw);
  if (at === null) return null;
  const days = new Set<string>();
  const zones = new Set<string>();
  for (const m of markup().matchAll(STAMP)) {
    if (isUtc(m[7])) continue;
    zones.add(`${m[7].slice(0, 3)}:${m[7].slice(-2)}`);
    if (instantOf(m) === at) days.add(`${m[1]}-${m[2]}-${m[3]}`);
  }
  if (days.size === 1) return [...days][0];
  // no twin, but every other timestamp of the page carries one offset: the outlet's clock, where its readers are
  // (an offset only its furniture writes is its commenters' or other stories' clock: no sign of the outlet's)
  if (zones.size !== 1) return null;
  if (![...outside().matchAll(STAMP)].some((m) => !isUtc(m[7]))) return null;
  const zone = [...zones][0];
  const minutes = (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return new Date(at + minutes * 60_000).toISOString().slice(0, 10);
}

/** The page's markup with its outermost pieces of furniture (comments, sidebars, lists of other stories) cut out. */
function markupOutsideFurniture($: CheerioAPI): string {
  let html = $.html();
  for (const el of $("body *").toArray() as Element[]) {
    if (isFurniture(el) && !(el.parent && el.parent.type === "tag" && inFurniture(el.parent as Element))) html = html.replace($.html(el), " ");
  }
  return html;
}

const PROFILE_LABEL = /^(joined|member since|registered|birthday|last seen|last active|mitglied seit|registriert|inscrit)\b/i;

/** "<dt>Joined</dt><dd>May 11, 2017</dd>": a forum member's profile, not the page's date. */
function profileDate(el: Element): boolean {
  let prev = el.prev;
  while (prev && prev.type === "text" && !squash((prev as unknown as { data: string }).data)) prev = prev.prev;
  const label = prev ? shortTextOf(prev, 40) : null;
  return !!label && PROFILE_LABEL.test(label);
}

const FURNITURE_TAG = /^(nav|aside|footer)$/;
const FURNITURE_WORDS = /\b(related|comment|comments|reply|sidebar|rail|footer|popular|trending|recommended|teaser|teasers|more|latest|recent|listing|nav|navbar|navigation|(?:site|top|sub|main|mobile|primary|global)nav|menu|topbar)\b/;
// a widget is furniture unless it names the article: "widget Blog" holds a blog's own post
const WEAK_FURNITURE_WORDS = /\bwidget\b/;

/** A sidebar, a footer, navigation ("Tuesday, 8 Dec 2020" in a site's top bar), comments or a list of other stories, or inside one. */
function inFurniture(el: Element): boolean {
  for (let a: Element["parent"] = el; a && a.type === "tag" && !isPageLevel(a as Element); a = a.parent) if (isFurniture(a as Element)) return true;
  return false;
}

/**
 * <body> and <html>: their classes describe the whole page's layout and state ("right-sidebar", "has-nav",
 * "theme-builder-footer"), so they make nothing inside furniture or an embed.
 */
const isPageLevel = (e: Element) => e.name === "body" || e.name === "html";

/** The element itself (not its ancestors) is a piece of furniture. */
function isFurniture(e: Element): boolean {
  if (FURNITURE_TAG.test(e.name) || isBanner(e)) return true;
  const words = hintWords(e).join(" ");
  return FURNITURE_WORDS.test(words) || (WEAK_FURNITURE_WORDS.test(words) && !hintsOf(e).positive);
}

const SECTIONING = /^(article|main|section|aside|nav)$/;

/**
 * The page's banner, as HTML and ARIA define it: a <header> that no article, main, section, aside or nav holds (or an
 * element whose role says banner). It carries the site's name, its menu and often today's date ("Tuesday, 8 Dec
 * 2020"), the day the page was fetched. A banner that holds the headline (an <h1> of four words or more, not a logo's
 * name) is the article's own head and keeps its date.
 */
function isBanner(e: Element): boolean {
  if (e.name !== "header" && (e.attribs?.role ?? "").toLowerCase() !== "banner") return false;
  // asked once per element: every element inside asks about its ancestors
  const known = banners.get(e);
  if (known !== undefined) return known;
  let banner = true;
  for (let a = e.parent; a && a.type === "tag" && banner; a = a.parent) if (SECTIONING.test((a as Element).name)) banner = false;
  const stack: AnyNode[] = banner ? [...e.children] : [];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== "tag") continue;
    if ((n as Element).name === "h1" && squash(textOf(n as Element)).split(" ").length >= 4) {
      banner = false;
      break;
    }
    stack.push(...(n as Element).children);
  }
  banners.set(e, banner);
  return banner;
}
const banners = new WeakMap<Element, boolean>();

/** Inside the page's banner (see isBanner): a logo's <h1> there is followed by the site's clock, not the story's date. */
function inBanner(el: Element): boolean {
  for (let a: Element["parent"] = el; a && a.type === "tag" && !isPageLevel(a as Element); a = a.parent) if (isBanner(a as Element)) return true;
  return false;
}

const DATE_HINT = /\b(date|dates|time|timestamp|published|publish|pubdate|posted|postdate|dateline|byline|meta|entry|info|datetime|created|submitted|datum)\b/;

function classedDate($: CheerioAPI, { readDate, readDateLine, publishedInLine }: DateReaders): string | null {
  let found: string | null = null;
  $("body [class], body [id]").each((_, el) => {
    const words = hintWords(el as Element).join(" ");
    if (!DATE_HINT.test(words) || /\b(updated|modified|comment|related|footer)\b/.test(words)) return;
    if ((el as Element).children.length > 8 || inFurniture(el as Element) || profileDate(el as Element) || inEmbed(el as Element)) return;
    const t = shortTextOf(el as Element, 200);
    const line = t ? readDateLine(t) : null;
    // a date-classed element may show a word or an icon and keep its day in a tooltip: <abbr class="published" title="2016-11-12">
    // a line that only says when the page was updated ("(updated 11:14 GMT 29.04.2020)") gives no publication day
    if (line && !line.published) return;
    const v = (t ? line?.published ?? publishedInLine(t) ?? (t.length < 80 ? readDate(t) : null) : null) ?? dateInTooltip(el as Element, readDate);
    if (v) {
      found = v;
      return false;
    }
  });
  return found;
}

/**
 * The day a date-classed element keeps in an attribute: its `title` when that is only a date (a tooltip, not a
 * headline), or a data attribute a script turns into "2 hours ago" (data-timestamp="1594438200", data-date="2020-07-11").
 */
function dateInTooltip(el: Element, readDate: (v: unknown) => string | null): string | null {
  const raw = tooltipStamp(el);
  return raw ? readDate(raw) : null;
}

/** What `dateInTooltip` reads, as written: the title that is only a date, else the data attribute's stamp. */
function tooltipStamp(el: Element): string | null {
  const tip = squash(el.attribs?.title ?? "");
  if (tip && tip.length <= 40 && readDateLineAny(tip)?.published) return tip;
  for (const [name, value] of Object.entries(el.attribs ?? {})) {
    if (!/^data-(?:u?time|timestamp|date|datetime|published|pubdate|publish-?date|created)$/i.test(name)) continue;
    const v = value.trim();
    if (/^\d{10}(\d{3})?$/.test(v) || /^(?:19|20)\d{2}-\d{2}-\d{2}/.test(v)) return v;
  }
  return null;
}

function publishedLine($: CheerioAPI, { publishedInLine }: DateReaders): string | null {
  let found: string | null = null;
  $("body p, body div, body span, body li, body time, body small, body em").each((_, el) => {
    if ((el as Element).children.length > 4) return;
    const t = shortTextOf(el as Element, 150);
    if (t === null) return;
    const v = publishedInLine(t);
    if (v && !inFurniture(el as Element)) {
      found = v;
      return false;
    }
  });
  return found;
}

// ---- last resorts: a page that dates itself in none of the places above ----
// As htmldate's extensive search does, a page with no marked date still most often writes its day somewhere:
// in a short line of visible text, in the addresses of its own links and pictures, or in a stamp of the time its
// server made it. These are guesses, so ingest takes them only after the text's own dateline and the file name.

const NOT_TEXT = /^(script|style|noscript|template|select|option|svg|button|textarea)$/;
const COPYRIGHT = /©|&copy;|\bcopyright\b|\(c\)\s*(?:19|20)\d{2}/i;

/** Fewer visible characters than this: a gate or challenge page, not an article page. */
const GATE_PAGE_CHARS = 300;

/** The first short visible text (6 to 60 characters) holding a full date, outside furniture, embeds and profiles. */
function dateInShortText($: CheerioAPI, { findDateIn }: DateReaders, latest: string): string | null {
  const body = ($("body")[0] ?? $.root()[0]) as Element;
  const stack: Element["children"] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") {
      const t = squash((n as unknown as { data: string }).data);
      // digits of any script count: "১৬ ফেব্রুয়ারি ২০২০" has no ASCII digit
      if (t.length <= 6 || t.length >= 60 || COPYRIGHT.test(t) || !/\p{Nd}/u.test(t)) continue;
      const found = findDateIn(t)?.value;
      const parent = n.parent as Element | null;
      if (!found || found > latest || !parent || inFurniture(parent) || inEmbed(parent) || profileDate(parent)) continue;
      return found;
    }
    if (n.type !== "tag" && n.type !== "root") continue;
    if (n.type === "tag" && NOT_TEXT.test((n as Element).name)) continue;
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return null;
}

/**
 * A full date in the page's <title>: "Council minutes of 22.04.2020 – Town hall". A title that names a day names
 * the page's own (a report, a bulletin, a day's briefing); two days in it are a span, and no guess.
 */
function dateInTitle($: CheerioAPI, { findDateIn }: DateReaders, latest: string): string | null {
  const title = squash($("head title").first().text() || $("title").first().text());
  const found = title ? findDateIn(title) : null;
  if (!found || found.value > latest || findDateIn(title.slice(found.end))) return null;
  return found.value;
}

const YMD_IN_MARKUP = /(?<![\d.])((?:19|20)\d{2})([-/._])(\d{1,2})\2(\d{1,2})(?![\d])/g;

/**
 * The day written most often in a page's markup as year, month and day ("/2020/08/17/", "2020-08-17"), outside
 * its furniture (a "latest news" list's pictures carry the other stories' days); ties go to the earlier.
 */
function frequentDayInMarkup($: CheerioAPI, decode: (s: string) => string, latest: string): string | null {
  const counts = new Map<string, number>();
  const count = (markup: string, by: number) => {
    for (const m of decode(markup).matchAll(YMD_IN_MARKUP)) {
      const v = isoDate(+m[1], +m[3], +m[4]);
      if (v && v <= latest) counts.set(v, (counts.get(v) ?? 0) + by);
    }
  };
  count($.html(), 1);
  // what the outermost pieces of furniture write is taken back out
  for (const el of $("body *").toArray() as Element[]) {
    if (isFurniture(el) && !(el.parent && el.parent.type === "tag" && inFurniture(el.parent as Element))) count($.html(el), -1);
  }
  for (const [day, n] of counts) if (n <= 0) counts.delete(day);
  return mostFrequent(counts);
}

/** The day of the epoch milliseconds ("1597696669076") written most often in the markup: a server's stamp of when it made the page. */
function epochDayInMarkup(markup: string, latest: string): string | null {
  const counts = new Map<string, number>();
  for (const m of markup.matchAll(/(?<![\d.])1[0-9]{12}(?![\d.])/g)) {
    const v = new Date(Number(m[0])).toISOString().slice(0, 10);
    if (v >= "2000-01-01" && v <= latest) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return mostFrequent(counts);
}

function mostFrequent(counts: Map<string, number>): string | null {
  let best: string | null = null;
  for (const [day, n] of counts) {
    const b = best ? counts.get(best)! : 0;
    if (n > b || (n === b && best !== null && day < best)) best = day;
  }
  return best;
}

/**
 * The likeliest publication day of a page that names none in its metadata, its <time> elements or its
 * date lines, by what is most often right on news pages (htmldate's benchmark pages, 2020): a date in a
 * short line of visible text (about 9 in 10 right where one is found), a date in the page's <title>, the day the markup writes most
 * often (about 7 in 8), the page's modified date (a page updated that day was at the latest published
 * then: about 4 in 5), the lead picture's upload folder ("/uploads/2020/10/13/…": about 3 in 4), and on a
 * gate page only, its server's stamp. Never a day after `now`; a copyright line is not a date.
 */
export function guessPublished(
  $: CheerioAPI,
  d: DateReaders,
  page: { modified?: string | null; image?: string | null } = {},
  now = Date.now(),
): string | null {
  const latest = new Date(now).toISOString().slice(0, 10);
  // addresses are read decoded: "RT%281597696669076%20…" holds "RT(1597696669076 …"
  const decode = (s: string) => s.replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const markup = () => decode($.html());
  const notLater = (v: string | null | undefined) => (v && v <= latest ? v : null);
  const guess = dateInShortText($, d, latest) ?? dateInTitle($, d, latest) ?? frequentDayInMarkup($, decode, latest) ?? notLater(page.modified) ?? notLater(dateFromUrl(page.image));
  if (guess) return guess;
  // a server's stamp tells when it made the page, not when the story went up: believed only on a page that
  // shows next to nothing (a gate or challenge page served in the story's stead, at the time it was fetched)
  const shown = textOf(($("body")[0] ?? $.root()[0]) as Element).length;
  return shown < GATE_PAGE_CHARS ? epochDayInMarkup(markup(), latest) : null;
}
