// Intake: what in an inbox may be read, and reading it safely. `run`, `watch`'s first scan and
// `watch`'s file events all go through here, so they agree on what is an article and on why an
// entry is skipped. Only regular files are read; a link is followed only when its real path stays
// inside the inbox; a read stops at the size cap whatever `stat` said (a link to /dev/zero, a file
// that grows while read); a FIFO, device or socket is never opened for a blocking read.
import { promises as fs, realpathSync, statSync, type Stats } from "node:fs";
import path from "node:path";
import { MAX_BYTES } from "./decode.js";
import { BadInputError } from "./errors.js";
import { readPlainFileSync, readRegularFile, specialKind } from "./read-file.js";
import { ARTICLE_EXTENSIONS, isArticleFile, isSidecar, sidecarPath, type ArticleInput } from "./ingest.js";
import type { IngestError } from "./schemas.js";
import type { FileStamp, InputStamp } from "./store.js";

/** An inbox entry that is not read, with the reason (it goes to errors.json and stderr). */
export class SkippedEntryError extends BadInputError {
  override name = "SkippedEntryError";
}

export interface InboxListing {
  /** Every regular file (or link to one inside the inbox), articles and sidecars included, sorted. */
  files: string[];
  /** Article files, as paths relative to the inbox with "/" separators, sorted. */
  articles: string[];
  /** Entries that are not processed, each with the reason: reported. */
  rejected: IngestError[];
}

export interface ListOptions {
  /** Folders never listed (the output folder when it lies inside the inbox). */
  skip?: string[];
}

const hiddenName = (name: string) => name.startsWith(".");

const inside = (root: string, p: string) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/** The real path of the inbox, resolved once per call site (the inbox itself may be a link). */
export const realInbox = (inbox: string) => fs.realpath(inbox);

/**
 * Why an inbox entry (relative path) must not be read as a file, or undefined when it may: a
 * regular file, or a link whose real path is a regular file inside the inbox. Throws ENOENT when
 * the entry is gone.
 */
export async function entryProblem(inbox: string, rel: string, root?: string): Promise<string | undefined> {
  const p = path.join(inbox, rel);
  const st = await fs.lstat(p);
  if (st.isFile()) return undefined;
  if (st.isDirectory()) return isArticleFile(rel) || isSidecar(rel) ? "a folder named like an article file, not a file" : undefined;
  const special = specialKind(st);
  if (special) return `${special}, not a regular file: not read`;
  if (!st.isSymbolicLink()) return "not a regular file: not read";
  let real: string;
  try {
    real = await fs.realpath(p);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOOP") return "a symbolic link that loops back on itself: not read";
    return "a symbolic link to nothing (broken link): not read";
  }
  if (!inside(root ?? (await realInbox(inbox)), real)) return "a symbolic link to outside the inbox: not read";
  const target = await fs.stat(real);
  if (target.isDirectory()) return "a symbolic link to a folder: not followed";
  const targetSpecial = specialKind(target);
  if (targetSpecial) return `a symbolic link to ${targetSpecial}: not read`;
  return undefined;
}

/**
 * Reads a file of the inbox safely: opened without blocking (a FIFO cannot hang the read), checked
 * to be a regular file whose real path is inside the inbox, read up to `cap` bytes and refused
 * beyond, whatever its size said. SkippedEntryError for what must not be read, BadInputError for
 * an oversized file; ENOENT passes through (the entry went away).
 */
export async function readInsideInbox(inbox: string, rel: string, cap = MAX_BYTES, root?: string): Promise<Uint8Array> {
  // the common case in a few synchronous calls: a regular file, no link as its last part, whose
  // opened real path is inside the inbox; anything else (or no /proc) takes the full checks below
  const rootReal = root ?? realpathSync.native(inbox);
  const plain = readPlainFileSync(path.join(inbox, rel), (real) => inside(rootReal, real), cap);
  if (plain) return plain;
  return readCheckedInsideInbox(inbox, rel, cap, rootReal);
}

/** readInsideInbox the long way: the entry's kind and real path checked before it is opened, and what was opened checked again. */
async function readCheckedInsideInbox(inbox: string, rel: string, cap: number, root: string): Promise<Uint8Array> {
  const problem = await entryProblem(inbox, rel, root);
  if (problem) throw new SkippedEntryError(problem);
  const real = await fs.realpath(path.join(inbox, rel));
  if (!inside(root, real)) throw new SkippedEntryError("a symbolic link to outside the inbox: not read");
  // the path may have been swapped after the checks above: what was opened is what counts
  return readRegularFile(real, cap, (opened) => {
    if (opened !== undefined && !inside(root, opened)) throw new SkippedEntryError("a symbolic link to outside the inbox: not read");
  }, true);
}

/** An article of the inbox and its sidecar, read through the intake checks; `root`, the inbox's real path, when the caller has it (`realInbox`). */
export async function readInboxArticle(inbox: string, rel: string, published?: string, root?: string): Promise<ArticleInput> {
  root ??= realpathSync.native(inbox);
  const bytes = await readInsideInbox(inbox, rel, MAX_BYTES, root);
  const side = sidecarPath(rel);
  let sidecar: Uint8Array | null = null;
  try {
    sidecar = await readInsideInbox(inbox, side, MAX_BYTES, root);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") {
      throw new SkippedEntryError(`sidecar ${path.posix.basename(side)}: ${(err as Error).message}`);
    }
  }
  return { file: rel, path: path.join(inbox, rel), bytes, sidecar, published };
}

/**
 * A file changed this recently (ms) may change again within the same timestamp tick without its
 * stamp changing (the "racy" case make and git guard against): its stamp is not kept, so the next
 * run reads it again.
 */
export const SETTLED_MS = 1000;

// `stat` without a promise: a run stamps every inbox file before anything else, and ten thousand
// synchronous calls take a fraction of the time the same calls through the thread pool do
const fileStamp = (st: Stats, now: number): { stamp: FileStamp; settled: boolean } | undefined => {
  if (!st.isFile()) return undefined;
  const settled = now - Math.max(st.mtimeMs, st.ctimeMs) >= SETTLED_MS;
  return { stamp: { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev }, settled };
};

/**
 * The prefix that makes an inbox path of a listed entry (no "." or ".." parts) what path.join makes
 * of it: "inbox/" for "inbox", "" for ".". Normalised once per inbox, not once per stat.
 */
let prefix: { inbox: string; base: string } | undefined;
const inboxPrefix = (inbox: string) => (prefix?.inbox === inbox ? prefix : (prefix = { inbox, base: path.join(inbox, "x").slice(0, -1) })).base;

/**
 * What `stat` says of an inbox article and its sidecar, or undefined when either changed too recently
 * to trust (SETTLED_MS) or is not a regular file. `listed`, the names an inbox listing just found
 * (its files and rejected entries): a sidecar it does not name is not asked for (most articles have
 * none); one that appears after the listing is this run's news no more than an article would be.
 */
export function stampInboxArticleSync(inbox: string, rel: string, listed?: ReadonlySet<string>): InputStamp | undefined {
  try {
    const now = Date.now();
    const base = inboxPrefix(inbox);
    const file = fileStamp(statSync(base + rel), now);
    if (!file?.settled) return undefined;
    // asked without an error for a missing one (throwing and catching ten thousand errors costs
    // several times the calls themselves)
    const sidePath = sidecarPath(rel);
    const side = listed && !listed.has(sidePath) ? undefined : statSync(base + sidePath, { throwIfNoEntry: false });
    const sidecar = side ? fileStamp(side, now) : null;
    if (sidecar === undefined || (sidecar && !sidecar.settled)) return undefined;
    return { file: file.stamp, sidecar: sidecar?.stamp ?? null };
  } catch {
    return undefined;
  }
}

/** stampInboxArticleSync, as a promise. */
export async function stampInboxArticle(inbox: string, rel: string): Promise<InputStamp | undefined> {
  return stampInboxArticleSync(inbox, rel);
}

/**
 * Lists an inbox (sub-folders included; hidden entries and the `skip` folders left out): the
 * article files, and every other entry with the reason it is not processed. Links are not
 * followed into folders; a link to a regular file inside the inbox counts as a file.
 */
export async function listInbox(inbox: string, opts: ListOptions = {}): Promise<InboxListing> {
  const root = await realInbox(inbox);
  const skip = (opts.skip ?? []).map((s) => path.resolve(s));
  const files: string[] = [];
  const problems: IngestError[] = [];
  const walk = async (rel: string) => {
    // the folder's absolute path once, not each entry's (path.resolve on every one of ten
    // thousand entries costs more than the listing): only a skipped folder inside it is checked
    const dir = path.resolve(inbox, rel);
    const skipHere = skip.filter((s) => inside(dir, s) || inside(s, dir));
    for (const e of await fs.readdir(path.join(inbox, rel), { withFileTypes: true })) {
      if (hiddenName(e.name)) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (skipHere.length) {
        const abs = path.join(dir, e.name);
        if (skipHere.some((s) => inside(s, abs))) continue;
      }
      if (e.isFile()) {
        files.push(r);
        continue;
      }
      const problem = await entryProblem(inbox, r, root).catch(() => undefined);
      if (problem) problems.push({ file: r, reason: problem });
      // a folder named like an article is reported, and its articles are still read
      if (e.isDirectory()) await walk(r);
      else if (!problem && e.isSymbolicLink()) files.push(r); // a link to a regular file inside the inbox
    }
  };
  await walk("");
  const { files: sortedFiles, articles, rejected } = classifyFiles(files);
  return { files: sortedFiles, articles, rejected: [...rejected, ...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

/** Splits an inbox's files (relative paths) into articles and rejected files; sidecars go with their article. */
export function classifyFiles(files: Iterable<string>): InboxListing {
  const articles: string[] = [];
  const rejected: IngestError[] = [];
  const all = [...files].sort();
  const names = new Set(all);
  for (const f of all) {
    if (isArticleFile(f)) articles.push(f);
    else if (isSidecar(f)) {
      const base = f.slice(0, -".meta.json".length);
      if (!ARTICLE_EXTENSIONS.some((ext) => names.has(base + ext))) {
        rejected.push({ file: f, reason: "sidecar with no article file beside it" });
      }
    } else {
      rejected.push({ file: f, reason: `unknown extension "${path.extname(f) || "(none)"}": expected .txt, .html, .htm or .json` });
    }
  }
  return { files: all, articles, rejected };
}
