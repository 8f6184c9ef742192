// The ingest stage: an article file's bytes (and its sidecar's) to a ParsedArticle.
// It works on bytes, not paths, so a queue worker on another machine can run it.
import { createHash } from "node:crypto";
import path from "node:path";
import { dayOf, dayProblem } from "./days.js";
import { decodeHtml, decodeText, isBlank, refuseNul } from "./decode.js";
import { BadInputError } from "./errors.js";
import { TITLE_SEPARATORS } from "./html/hints.js";
import { readRegularFile } from "./read-file.js";
import { JsonArticle, ParsedArticle, Sidecar, type Published } from "./schemas.js";

export const ARTICLE_EXTENSIONS = [".txt", ".html", ".htm", ".json"] as const;

export interface ArticleInput {
  /** The file name as in the inbox: it is what the record's `source.file` says. */
  file: string;
  bytes: Uint8Array;
  /** The bytes of `<name>.meta.json`, when there is one. */
  sidecar?: Uint8Array | null;
  path?: string;
  /** `--published YYYY-MM-DD` from the command line: used when nothing better is known. */
  published?: string;
}

export const isSidecar = (file: string) => file.endsWith(".meta.json");
export const isArticleFile = (file: string) =>
  !isSidecar(file) && (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
export const sidecarPath = (file: string) => file.replace(/\.[^./\\]+$/, "") + ".meta.json";

/** Content id: the same bytes (with the same sidecar) are the same article, wherever they come from. */
export function contentId(bytes: Uint8Array, sidecar?: Uint8Array | null): string {
  const h = createHash("sha256").update(bytes);
  if (sidecar) h.update("\0sidecar\0").update(sidecar); // an empty sidecar is a sidecar (and an error)
  return h.digest("hex").slice(0, 20);
}

function parseSidecar(bytes: Uint8Array, file: string): Sidecar {
  if (bytes.length === 0) throw new BadInputError(`sidecar ${sidecarPath(file)} is empty`);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
  } catch {
    throw new BadInputError(`sidecar ${sidecarPath(file)} is not valid JSON`);
  }
  const parsed = Sidecar.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadInputError(`sidecar ${sidecarPath(file)}: ${issue.path.join(".") || "value"}: ${issue.message}`);
  }
  try {
    for (const v of Object.values(parsed.data)) if (typeof v === "string") refuseNul(v);
  } catch (err) {
    throw new BadInputError(`sidecar ${sidecarPath(file)}: ${(err as Error).message}`);
  }
  return parsed.data;
}

/** A date in the file name: "2019-09-20-deal.txt", "deal_20190920.html". */
export function dateFromFileName(file: string): string | null {
  const m = path.basename(file).match(/(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

interface Body {
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: Published;
  text: string;
  meta: ParsedArticle["meta"];
  diagnostics?: ParsedArticle["diagnostics"];
  /** A page's weaker guess at its day, taken only when nothing else dates the article. */
  guess?: string | null;
  /** Why the file is refused when nothing but `--published` dates it (a page with no text at all). */
  refuseUndated?: string;
}

/**
 * A line of page furniture a scraped text file may open with: three or more short parts between the
 * separators a page title uses (bars, dots, dashes: "site.example | Politics | Share | Print"), no headline
 * ("Headline | Outlet" has two parts).
 */
function isFurnitureLine(line: string): boolean {
  const parts = line.split(TITLE_SEPARATORS).map((p) => p.trim());
  return parts.length >= 3 && parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 3);
}

function readTxt(bytes: Uint8Array): Body {
  const text = decodeText(bytes);
  // the first line that is text, past a scraped page's opening furniture lines (the first few at most)
  const lines = text.split("\n").filter((l) => !isBlank(l)).slice(0, 4);
  const title = (lines.find((l) => !isFurnitureLine(l.trim())) ?? lines[0])?.trim() ?? null;
  return { title, outlet: null, url: null, published: { value: null, from: "unknown" }, text, meta: {} };
}

function readJson(bytes: Uint8Array): Body {
  const raw = decodeText(bytes);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new BadInputError(`not valid JSON: ${(err as Error).message}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new BadInputError(`a JSON article is an object with a "text" string, not ${Array.isArray(data) ? "an array" : data === null ? "null" : `a ${typeof data}`}`);
  }
  const parsed = JsonArticle.safeParse(data);
  if (!parsed.success) throw new BadInputError(jsonFieldProblem(parsed.error.issues[0], data as Record<string, unknown>));
  const a = parsed.data;
  for (const v of Object.values(a)) if (typeof v === "string") refuseNul(v);
  const text = a.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (isBlank(text)) throw new BadInputError(`JSON article has an empty "text" (nothing but white space)`);
  let published: Published = { value: null, from: "unknown" };
  if (a.published?.trim()) {
    const problem = dayProblem(a.published, true);
    if (problem) throw new BadInputError(`JSON article field "published": ${problem}`);
    published = { value: dayOf(a.published), from: "meta" };
  }
  return {
    title: a.title && !isBlank(a.title) ? a.title : null,
    outlet: a.outlet && !isBlank(a.outlet) ? a.outlet : null,
    url: a.url ?? null,
    published,
    text,
    meta: {},
  };
}

/** A JSON article's first problem, naming its field: an array `outlet` is not a missing `text`. */
function jsonFieldProblem(issue: { path: PropertyKey[]; message: string }, data: Record<string, unknown>): string {
  const field = issue.path.map(String).join(".");
  if (field === "text" && data.text === undefined) return `JSON article needs a "text" string: the field is missing`;
  return `JSON article field "${field}": ${issue.message}`;
}

// cheerio is loaded on the first HTML file: text-only inboxes and `claimline --help` start faster
async function readHtml(bytes: Uint8Array): Promise<Body> {
  const { declaredCharset, parseHtml } = await import("./html.js");
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 8192));
  const html = decodeHtml(bytes, declaredCharset(head));
  if (!/<[a-z!?][^>]*>/i.test(html)) throw new BadInputError("no HTML markup found in an .html file");
  const page = parseHtml(html);
  const noText = isBlank(page.text);
  // a page whose body can't be found still says when it was published: a record with its title, outlet and date,
  // the page's own summary as its text when it has one, and a diagnostic that says no article body was found
  const summary = noText && page.description && !isBlank(page.description) ? page.description : null;
  const message = summary ? "no article text found in the page: the text is the page's own summary (its description)" : "no article text found in the page";
  return {
    ...(noText ? { diagnostics: [{ rule: "ingest:no-article-text", message, text: "", start: 0, end: 0 }] } : {}),
    // with no text at all, a page is kept only when something dates it (its markup, a guess, its sidecar or file name)
    ...(noText && !summary ? { refuseUndated: "no article text found in the page" } : {}),
    title: page.title,
    outlet: page.outlet,
    url: page.url,
    published: page.published,
    guess: page.guess,
    text: noText ? summary ?? "" : page.text,
    meta: { author: page.author, modified: page.modified, captions: page.captions, ...(page.dateProblems.length ? { refused: page.dateProblems } : {}) },
  };
}

// the dateline reader, loaded on first use (with the date extractor it runs): `run`'s main thread lists and
// reads articles through this module (inbox.ts) and extracts none
let published_: Promise<typeof import("../extractors/published.js")> | undefined;

/** Stage boundary: bytes in, a validated ParsedArticle out; BadInputError for unusable files. */
export async function ingest(input: ArticleInput): Promise<ParsedArticle> {
  const ext = path.extname(input.file).toLowerCase();
  const side = input.sidecar ? parseSidecar(input.sidecar, input.file) : {};
  let body: Body;
  if (ext === ".txt") body = readTxt(input.bytes);
  else if (ext === ".json") body = readJson(input.bytes);
  else if (ext === ".html" || ext === ".htm") body = await readHtml(input.bytes);
  else throw new BadInputError(`unknown extension "${ext || "(none)"}": expected ${ARTICLE_EXTENSIONS.join(", ")}`);

  let published: Published = body.published;
  if (side.published) published = { value: side.published, from: "sidecar" };
  if (!published.value) {
    const { findPublicationDate } = await (published_ ??= import("../extractors/published.js"));
    const dateline = findPublicationDate(body.text);
    const fromName = dateFromFileName(input.file);
    if (dateline) published = { value: dateline, from: "dateline" };
    else if (fromName) published = { value: fromName, from: "filename" };
    else if (input.published) published = { value: input.published, from: "option" };
    else if (body.guess) published = { value: body.guess, from: "inferred" };
  }
  // an empty record is worth keeping for its date; the date the user gave for what the file does not say is no reason
  if (body.refuseUndated && !body.guess && (!published.value || published.from === "option")) throw new BadInputError(body.refuseUndated);
  const url = side.url ?? body.url ?? undefined;
  return ParsedArticle.parse({
    id: contentId(input.bytes, input.sidecar),
    source: { file: input.file, ...(input.path ? { path: input.path } : {}), ...(url ? { url } : {}) },
    title: side.title ?? body.title,
    outlet: side.outlet ?? body.outlet,
    published,
    text: body.text,
    meta: body.meta,
    ...(body.diagnostics ? { diagnostics: body.diagnostics } : {}),
  });
}

/** Reads an article file and its sidecar from disk into an ArticleInput. */
export async function readArticleFile(filePath: string, published?: string): Promise<ArticleInput> {
  const bytes = await readRegularFile(filePath);
  let sidecar: Uint8Array | null = null;
  try {
    sidecar = await readRegularFile(sidecarPath(filePath));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  return { file: path.basename(filePath), path: filePath, bytes, sidecar, published };
}
