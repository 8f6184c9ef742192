// The output folder: article records, timeline, conflicts and errors, each written atomically
// (temporary file in the same folder, then rename) so a crash never leaves half a file.
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, readSync, rmSync, statSync, writevSync } from "node:fs";
import path from "node:path";
import type { SourceInfo } from "./context.js";
import { summaryFingerprint } from "./fingerprint.js";
import { toJson } from "./format.js";
import { INDEX_FILE } from "./index-file.js";
import { recordFile, temporaryFor, writeAtomicSync } from "./record-file.js";
import type { Contribution } from "./reconcile/index.js";
import { ArticleRecord, type Conflict, type IngestError, type Timeline } from "./schemas.js";
import { decodeContribution, decodeSource, encodeSummary, recordLine, SOURCE_PART, summaryOf, type ArticleSummary, type FileStamp, type InputStamp, type StoredArticle } from "./summary.js";

export { toJson };
export { decodeSummary, encodeSummary, recordLine, sameStamp, storedArticle, summaryOf, type ArticleSummary, type FileStamp, type InputStamp, type StoredArticle } from "./summary.js";

export async function writeAtomic(file: string, content: string): Promise<void> {
  await atomically(file, (tmp) => fs.writeFile(tmp, content));
}

/** Writes through a temporary file beside `file`, renamed over it once complete; removed on failure. */
async function atomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = temporaryFor(file);
  try {
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** The bytes writeChunksAtomic gathers before each write: a few hundred writes for the largest report, not one per piece. */
const WRITE_BYTES = 1 << 20;
/** A chunk of bytes at least this long is written from where it lies (writev), not copied into the write buffer. */
const GATHER_BYTES = 1 << 12;
/** The most buffers one writev takes (IOV_MAX on Linux). */
const MAX_PARTS = 1024;

/**
 * Writes the chunks (text, or bytes as they are) to `file` atomically, one at a time as they come:
 * never the whole file in one string. Text and short byte chunks are encoded into one buffer;
 * longer byte chunks (pieces copied from the render cache) are gathered as they are, and everything
 * gathered is written synchronously in one writev once about WRITE_BYTES are pending: a write
 * stream took one trip through the thread pool (and the main thread's wait for it) per 16 KB, and
 * copying the cached pieces into the buffer cost more than writing them.
 */
export async function writeChunksAtomic(file: string, chunks: Iterable<string | Buffer>): Promise<void> {
  await atomically(file, async (tmp) => {
    const fd = openSync(tmp, "w");
    try {
      // text and short chunks go into `buf` from `used` on; `parts` is what is pending, in order: the
      // filled stretches of `buf` and long chunks, `pending` bytes in all
      const buf = Buffer.allocUnsafe(WRITE_BYTES);
      let used = 0;
      let mark = 0;
      const parts: Buffer[] = [];
      let pending = 0;
      const cut = () => {
        if (used > mark) parts.push(buf.subarray(mark, used));
        pending += used - mark;
        mark = used;
      };
      const flush = () => {
        cut();
        writeParts(fd, parts);
        parts.length = 0;
        pending = 0;
        used = mark = 0;
      };
      for (const chunk of chunks) {
        if (typeof chunk !== "string") {
          if (chunk.length >= GATHER_BYTES) {
            cut();
            parts.push(chunk);
            pending += chunk.length;
            if (pending >= WRITE_BYTES || parts.length >= MAX_PARTS - 1) flush();
            continue;
          }
          if (chunk.length > WRITE_BYTES - used) flush();
          used += chunk.copy(buf, used);
          continue;
        }
        // a string is encoded straight into the buffer; one that may not fit (three bytes at most
        // a UTF-16 unit) is written in slices, each fitting an emptied buffer
        for (let from = 0; from < chunk.length; ) {
          const take = Math.min(chunk.length - from, Math.floor((WRITE_BYTES - used) / 3));
          if (take === 0) {
            flush();
            continue;
          }
          // a slice never ends between the halves of a surrogate pair (each half would be written as U+FFFD)
          const end = from + take < chunk.length && isHighSurrogate(chunk.charCodeAt(from + take - 1)) ? from + take - 1 : from + take;
          if (end === from) {
            flush();
            continue;
          }
          used += buf.write(from === 0 && end === chunk.length ? chunk : chunk.slice(from, end), used);
          from = end;
        }
        if (pending + used - mark >= WRITE_BYTES) flush();
      }
      flush();
    } finally {
      closeSync(fd);
    }
  });
}

/** Writes the buffers in order, in as few writev calls as the kernel takes them. */
function writeParts(fd: number, parts: Buffer[]): void {
  let i = 0;
  while (i < parts.length) {
    let n = writevSync(fd, i === 0 ? parts : parts.slice(i));
    // a short write: skip what went, and write the rest of a buffer cut through from where it stopped
    while (i < parts.length && n >= parts[i].length) n -= parts[i++].length;
    if (n > 0) parts[i] = parts[i].subarray(n);
  }
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/** Writes `lines` (each without its newline) to `file` atomically, one line at a time. */
export async function writeLinesAtomic(file: string, lines: Iterable<string>): Promise<void> {
  await writeChunksAtomic(
    file,
    (function* () {
      for (const line of lines) yield line + "\n";
    })(),
  );
}

/**
 * `toJson(value)` in pieces: the same bytes (two-space indent, final newline), with the arrays and
 * objects of the first `levels` levels written member by member, so a large timeline or conflict
 * list is never one string.
 */
export function* jsonChunks(value: unknown, levels = 3, indent = ""): Generator<string> {
  yield* jsonPieces(value, levels, indent);
  if (!indent) yield "\n";
}

/** What JSON.stringify writes for a value inside an array: undefined, functions and symbols are null. */
const inArray = (v: unknown) => (v === undefined || typeof v === "function" || typeof v === "symbol" ? null : v);
/** An object JSON.stringify writes member by member (one with toJSON is written as that gives it). */
const plainObject = (v: unknown): v is object => v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function";
/** A member JSON.stringify writes (undefined, functions and symbols are left out of objects). */
const written = ([, v]: [string, unknown]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol";

/**
 * A value's JSON in pieces, the arrays and objects of its first `levels` levels member by member:
 * compact, JSON.stringify(value)'s bytes, when `indent` is undefined; else indented by two spaces as
 * toJson writes it (without the final newline), `indent` being the indent of the line it starts on.
 * jsonChunks writes the files with it, json-pieces.ts hashes items with it.
 */
export function* jsonPieces(value: unknown, levels: number, indent?: string): Generator<string> {
  if (levels > 0 && Array.isArray(value)) {
    if (!value.length) return yield "[]";
    return yield* members("[", "]", value.length, (i) => [undefined, inArray(value[i])], levels, indent);
  }
  if (levels > 0 && plainObject(value)) {
    const entries = Object.entries(value).filter(written);
    if (!entries.length) return yield "{}";
    return yield* members("{", "}", entries.length, (i) => entries[i], levels, indent);
  }
  if (indent === undefined) return yield JSON.stringify(value);
  const json = JSON.stringify(value, null, 2);
  yield indent ? json.replace(/\n/g, `\n${indent}`) : json;
}

/** The members of an array (no keys) or object between its brackets, compact or indented (jsonPieces). */
function* members(open: string, close: string, n: number, member: (i: number) => [key: string | undefined, value: unknown], levels: number, indent: string | undefined): Generator<string> {
  const inner = indent === undefined ? undefined : indent + "  ";
  yield inner === undefined ? open : `${open}\n`;
  for (let i = 0; i < n; i++) {
    const [k, v] = member(i);
    if (inner === undefined) {
      const lead = `${i ? "," : ""}${k === undefined ? "" : `${JSON.stringify(k)}:`}`;
      if (lead) yield lead;
    } else yield k === undefined ? inner : `${inner}${JSON.stringify(k)}: `;
    yield* jsonPieces(v, levels - 1, inner);
    if (inner !== undefined) yield i < n - 1 ? ",\n" : "\n";
  }
  yield inner === undefined ? close : `${indent}${close}`;
}

const NEWLINE = Buffer.from("\n");

/** The lines of a file (without their newlines), read a chunk at a time: never the whole file as one string. */
export async function* readLines(file: string, chunkBytes = 1 << 22): AsyncGenerator<string> {
  for await (const { line } of readLinesAt(file, chunkBytes)) yield line;
}

/** readLines, each line with where its bytes lie in the file (newline excluded). */
async function* readLinesAt(file: string, chunkBytes = 1 << 22): AsyncGenerator<{ line: string; at: number; bytes: number }> {
  const fh = await fs.open(file, "r");
  try {
    let carry: Buffer = Buffer.alloc(0);
    // the file offset of carry's first byte
    let base = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes);
      const { bytesRead } = await fh.read(chunk, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      const buf = carry.length ? Buffer.concat([carry, chunk.subarray(0, bytesRead)]) : chunk.subarray(0, bytesRead);
      let from = 0;
      for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
        yield { line: buf.toString("utf8", from, nl), at: base + from, bytes: nl - from };
        from = nl + 1;
      }
      carry = Buffer.from(buf.subarray(from));
      base += from;
    }
    if (carry.length) yield { line: carry.toString("utf8"), at: base, bytes: carry.length };
  } finally {
    await fh.close();
  }
}


/**
 * The index of the output folder (hidden, like a cache), in three files. This one, the head, has one
 * short line per stored record: what `run` decides reuse on (id, file, extraction fingerprint, the
 * inbox file's stamp) and where the two parts of the record's body lie. A body is what the outputs
 * need of a record, in the two parts `encodeSummary` writes: its contribution, in the contributions
 * file (`.index-contributions.<tag>.jsonl`), and its source (the article's text and sentences), in
 * the sources file (`.index-sources.<tag>.jsonl`), both named by the tag in the head's first line,
 * one line per record each. Reconcile reads every contribution, one after another, and the reports
 * the few sources they quote: apart, reading the contributions reads none of the text (half the
 * bytes). Bodies are appended, never rewritten in place; the head is rewritten (atomically) each
 * time, and both body files are written afresh, live bodies only, once most of them is dead.
 */
export { INDEX_FILE };
/**
 * The index layout the head's first line names; a head without it (or of another layout) is not
 * read, and the run reads the stored records instead (3: one bodies file, both parts on a line).
 */
const INDEX_LAYOUT = 4;
type Part = "contribution" | "source";
const PARTS: readonly Part[] = ["contribution", "source"];
const PART_PREFIX: Record<Part, string> = { contribution: ".index-contributions.", source: ".index-sources." };
/** The body files of layouts before 4 (both parts on one line): removed when the index is written. */
const OLD_BODIES_PREFIX = ".index-bodies.";
const partName = (part: Part, tag: string) => `${PART_PREFIX[part]}${tag}.jsonl`;
/** A body file's first line: its part and the tag the head names it by. */
const partHeader = (part: Part, tag: string) => JSON.stringify(part === "contribution" ? { claimlineIndexContributions: tag } : { claimlineIndexSources: tag });

/** The head's first line: its body files' tag, and how long each was when the head was written. */
interface IndexHeader {
  claimlineIndex: typeof INDEX_LAYOUT;
  tag: string;
  /** The contributions file's length. */
  end: number;
  /** The sources file's length. */
  sourcesEnd: number;
  /**
   * The fingerprint of the code that made its summaries (`summaryFingerprint`). Summaries of an
   * index made by other code (or one that does not say) are made again from their records.
   */
  summaries?: string;
}

/**
 * A head line, a flat JSON array (read ten thousand at a time: arrays of numbers and strings parse
 * several times faster than objects): id, file, fingerprint, the contribution's offset and bytes in
 * the contributions file, the source's in the sources file, then the file's stamp (size, mtimeMs,
 * ctimeMs, ino, dev) and its sidecar's when it has a stamp and a sidecar.
 */
type HeadLine = [id: string, file: string, extractedWith: string | null, at: number, bytes: number, sourceAt: number, sourceBytes: number, ...stamp: number[]];
/** Where a head line's stamp starts. */
const STAMP_AT = 7;

/** What a head line says of its summary. */
interface Head {
  id: string;
  file: string;
  extractedWith: string | null;
  stamp?: InputStamp;
}

const stampNumbers = (s: FileStamp) => [s.size, s.mtimeMs, s.ctimeMs, s.ino, s.dev];
const stampFrom = (n: unknown[], i: number): FileStamp => ({ size: n[i] as number, mtimeMs: n[i + 1] as number, ctimeMs: n[i + 2] as number, ino: n[i + 3] as number, dev: n[i + 4] as number });

function headLine(s: ArticleSummary, place: BodyPlace): string {
  const { contribution: c, source: o } = place;
  const line: HeadLine = [s.id, s.file, s.extractedWith, c.at, c.bytes, o.at, o.bytes];
  if (s.stamp) line.push(...stampNumbers(s.stamp.file), ...(s.stamp.sidecar ? stampNumbers(s.stamp.sidecar) : []));
  return JSON.stringify(line);
}

/** A head line read back; throws on a line of another shape. (Checked in place, no copies: ten thousand are read per run.) */
function readHeadLine(json: string): { head: Head; at: number; bytes: number; sourceAt: number; sourceBytes: number } {
  const l = JSON.parse(json) as unknown[];
  if (!Array.isArray(l) || (l.length !== STAMP_AT && l.length !== STAMP_AT + 5 && l.length !== STAMP_AT + 10) || typeof l[0] !== "string" || typeof l[1] !== "string" || (l[2] !== null && typeof l[2] !== "string")) throw new Error("not an index line");
  for (let i = 3; i < l.length; i++) if (typeof l[i] !== "number" || !Number.isFinite(l[i])) throw new Error("not an index line");
  for (let i = 3; i < STAMP_AT; i++) if (!isNonNegative(l[i])) throw new Error("not an index line");
  const head: Head = { id: l[0], file: l[1], extractedWith: l[2] as string | null };
  if (l.length > STAMP_AT) head.stamp = { file: stampFrom(l, STAMP_AT), sidecar: l.length === STAMP_AT + 10 ? stampFrom(l, STAMP_AT + 5) : null };
  return { head, at: l[3] as number, bytes: l[4] as number, sourceAt: l[5] as number, sourceBytes: l[6] as number };
}

/** Where one part of a body lies: its file (path) and its bytes there (the newline excluded). */
interface PartPlace {
  path: string;
  at: number;
  bytes: number;
}

/** Where a summary's body lies: its contribution in the contributions file, its source in the sources file. */
interface BodyPlace {
  contribution: PartPlace;
  source: PartPlace;
  /**
   * The summary's head line as the index holds it, and the stamp it says: written again as it is
   * while the summary keeps that stamp (object) and this place, not made anew.
   */
  line?: string;
  stamp?: InputStamp;
}

/**
 * The head as readIndex read it (its text, and its file's stamp then): writeIndex leaves the file
 * alone when what it would write is the same and the file has not changed since.
 */
let headRead: { path: string; text: string; size: number; mtimeMs: number; ino: number } | undefined;

/** The body each summary read from, or written to, an index has there. */
const bodyOf = new WeakMap<ArticleSummary, BodyPlace>();

// each body file open once, for reading its parts as they are asked for; a body file is never
// rewritten under its name (a new one gets a new tag), so what was read from it stays right. Parts
// lie in id order, the order reconcile asks for contributions in: read in that order they are read a
// block (1 MB) at a time, so ten thousand take fifty reads, not ten thousand. The reports ask for
// sources in the order they quote them, not in id order: a part asked for out of order (not at or
// just past its file's last block) is read alone, never a megabyte for one part
const reading = new Map<string, { fd: number; block?: { at: number; buf: Buffer } }>();
const BLOCK_BYTES = 1 << 20;

/** Forgets what was read of a body file (all of them without a path): it was written to, or replaced. */
function forgetReads(file?: string): void {
  for (const [p, r] of reading)
    if (file === undefined || p === file) {
      closeSync(r.fd);
      reading.delete(p);
    }
}

function readPartBytes(place: PartPlace): Buffer {
  let r = reading.get(place.path);
  const b = r?.block;
  if (b && place.at >= b.at && place.at + place.bytes <= b.at + b.buf.length) return b.buf.subarray(place.at - b.at, place.at - b.at + place.bytes);
  if (!r) {
    // a run reads two files: the current index's; any other one open is an older index's
    if (reading.size >= 2) forgetReads();
    reading.set(place.path, (r = { fd: openSync(place.path, "r") }));
  }
  const ahead = !b || (place.at >= b.at + b.buf.length && place.at < b.at + b.buf.length + BLOCK_BYTES);
  // a new buffer each time: a part handed out before (a piece of the last block) stays as it was
  const buf = Buffer.allocUnsafe(ahead ? Math.max(BLOCK_BYTES, place.bytes) : place.bytes);
  const n = readSync(r.fd, buf, 0, buf.length, place.at);
  if (n < place.bytes) throw new Error("the index's body file is shorter than the index says");
  if (ahead) r.block = { at: place.at, buf: buf.subarray(0, n) };
  return buf.subarray(0, place.bytes);
}

/**
 * A lazy summary's body: its contribution and source once read (or set), and until its body is in
 * an index, the body line itself (as its thread encoded it). Where a body lies in the index is
 * `bodyOf`'s, which writing the index updates.
 */
interface LazyBody {
  head: Head;
  /** The output folder whose stored record stands in for a body that cannot be read; none for a summary made in this run. */
  store: OutputStore | undefined;
  /** The body line, until the index holds it (a summary made in this run). */
  text: string | undefined;
  contribution?: Contribution;
  source?: SourceInfo;
  hasContribution: boolean;
  hasSource: boolean;
}

/** A lazy summary's own property holding its body: a symbol, not enumerable (a copy, JSON and test equality leave it out). */
const LAZY = Symbol("lazy body");
type Lazy = { [LAZY]?: LazyBody };
const lazyOf = (summary: object) => (summary as Lazy)[LAZY];

// each part is decoded when first asked for and kept; the other part is neither decoded nor kept with
// it (unless the body had to be made from the stored record: that is not read twice), so a run holds
// the contributions while it reconciles and then only the sources the reports quote
function fill(summary: object, part: "contribution" | "source"): LazyBody {
  const b = lazyOf(summary)!;
  const { made, fromRecord } = bodyFor(summary as ArticleSummary, b, part);
  if (part === "contribution" || fromRecord) {
    b.contribution = made.contribution;
    b.hasContribution = true;
  }
  if (part === "source" || fromRecord) {
    b.source = made.source;
    b.hasSource = true;
  }
  return b;
}

function contributionOfLazy(summary: object): Contribution {
  const b = lazyOf(summary)!;
  return (b.hasContribution ? b : fill(summary, "contribution")).contribution!;
}

function sourceOfLazy(summary: object): SourceInfo {
  const b = lazyOf(summary)!;
  return (b.hasSource ? b : fill(summary, "source")).source!;
}

/**
 * A summary whose contribution and source are decoded from its body when first asked for: from the
 * index's body files (each part from its own) for a summary read from the index, from the body line
 * its thread made for one made in this run (then from the body files once the index holds it). Either may be set, as
 * `writeOutputs` lets a contribution go. They are the object's own properties, so a copy
 * (`{ ...summary }`) has them. A body that cannot be read back as this summary's is made from the
 * stored record instead; when that fails too the head is removed (the next run reads every record)
 * and the error thrown.
 */
function lazySummary(head: Head, store: OutputStore | undefined, text: string | undefined): ArticleSummary {
  const summary = { id: head.id, file: head.file, extractedWith: head.extractedWith };
  const body: LazyBody = { head, store, text, hasContribution: false, hasSource: false };
  Object.defineProperty(summary, LAZY, { value: body });
  // the accessors are the same two functions on every summary: its properties stay fast (an object
  // literal's own getters are new functions each time, which put every summary in dictionary mode)
  Object.defineProperties(summary, LAZY_PARTS);
  const made = summary as unknown as ArticleSummary;
  if (head.stamp) made.stamp = head.stamp;
  return made;
}

/** A lazy summary's contribution and source: own, enumerable accessors, shared by every lazy summary. */
const LAZY_PARTS: PropertyDescriptorMap = {
  contribution: {
    get(this: object): Contribution {
      return contributionOfLazy(this);
    },
    set(this: object, v: Contribution) {
      const b = lazyOf(this)!;
      b.contribution = v;
      b.hasContribution = true;
    },
    enumerable: true,
    configurable: true,
  },
  source: {
    get(this: object): SourceInfo {
      return sourceOfLazy(this);
    },
    set(this: object, v: SourceInfo) {
      const b = lazyOf(this)!;
      b.source = v;
      b.hasSource = true;
    },
    enumerable: true,
    configurable: true,
  },
};

function indexedSummary(head: Head, place: BodyPlace | undefined, store: OutputStore): ArticleSummary {
  const summary = lazySummary(head, store, undefined);
  // a summary made again from its record gets a new body when the index is written
  if (place) bodyOf.set(summary, place);
  return summary;
}

/** Counts summaries made from their records while reading an index (tests read it: a stale summary code is rebuilt, never re-extracted). */
export const indexStats = { madeFromRecords: 0 };

/** One part of a body (its line in its body file, or its half of a thread's body line), decoded; throws on a part of another shape. */
function decodePart(json: string, part: Part): { id: string; file: string; extractedWith: string | null; contribution?: Contribution; source?: SourceInfo } {
  return part === "contribution" ? decodeContribution(json) : decodeSource(json);
}

/** A body line (as a thread encodes it: both parts, joined by a tab) cut into its two parts; throws on a line without both. */
function cutBody(line: string): Record<Part, string> {
  const tab = line.indexOf(SOURCE_PART);
  if (tab < 0) throw new Error("not an index line");
  return { contribution: line.slice(0, tab), source: line.slice(tab + 1) };
}

function bodyFor(summary: ArticleSummary, b: LazyBody, part: "contribution" | "source"): { made: { contribution?: Contribution; source?: SourceInfo }; fromRecord: boolean } {
  const { head, store } = b;
  const same = (s: { id: string; file: string; extractedWith: string | null }) => s.id === head.id && s.file === head.file && s.extractedWith === head.extractedWith;
  // a body made in this run is decoded as it is: it comes from the record just extracted
  if (b.text !== undefined) return { made: decodePart(cutBody(b.text)[part], part), fromRecord: false };
  const place = bodyOf.get(summary);
  if (place) {
    try {
      const s = decodePart(readPartBytes(place[part]).toString("utf8"), part);
      if (same(s)) return { made: s, fromRecord: false };
    } catch {
      // damaged or gone: the record stands in
    }
  }
  if (!store) throw new Error(`the index body of ${head.file} (${head.id}) can no longer be read`);
  try {
    const parsed = ArticleRecord.safeParse(JSON.parse(readFileSync(store.recordPath(head.id), "utf8")));
    if (parsed.success) {
      const s = summaryOf(parsed.data);
      indexStats.madeFromRecords++;
      if (same(s)) return { made: s, fromRecord: true };
    }
  } catch {
    // no record either
  }
  rmSync(path.join(store.dir, INDEX_FILE), { force: true });
  throw new Error(`the output folder's index entry for ${head.file} can no longer be read, nor its record (${head.id}): the index was removed, run again`);
}

/**
 * The summary of an article just extracted, from what its thread made (`storedArticle`): its body
 * line is kept as it is, the index writes it as its body, and its contribution and source are decoded
 * from it only when asked for (reconcile asks for every contribution; the reports for the sources they
 * quote). Ten thousand lines held as text take a third of the memory of their decoded objects. The
 * caller may set its stamp (not part of a body), nothing else.
 */
export function summaryOfBody(stored: Pick<StoredArticle, "id" | "file" | "extractedWith" | "body">): ArticleSummary {
  return lazySummary({ id: stored.id, file: stored.file, extractedWith: stored.extractedWith }, undefined, stored.body);
}

/** A summary's body line: encodeSummary without the stamp (that lives in the head); the thread's own line for one made in this run. */
const encodeBody = (s: ArticleSummary) => lazyOf(s)?.text ?? encodeSummary({ id: s.id, file: s.file, extractedWith: s.extractedWith, contribution: s.contribution, source: s.source });
/** A summary's body, its two parts as the body files hold them. */
const encodeParts = (s: ArticleSummary) => cutBody(encodeBody(s));

const isNonNegative = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;

/** A file's first line (when it has one within 512 bytes) and its size, read synchronously. */
function firstLineSync(file: string): { line: string | undefined; size: number } {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(512);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const nl = buf.subarray(0, n).indexOf(10);
    return { line: nl < 0 ? undefined : buf.toString("utf8", 0, nl), size: fstatSync(fd).size };
  } finally {
    closeSync(fd);
  }
}

/** The body files an index head names, and where their parts lie. */
interface IndexBodies {
  tag: string;
  /** Each part's file, where its first part starts (after the file's header line) and where the head last saw it end. */
  files: Record<Part, { path: string; start: number; end: number }>;
  summaries: string | undefined;
}

/** The body files the head's first line names, when both are there as the head last saw them (its tag, at least as long); else undefined. */
function bodiesNamedBy(dir: string, headerLine: string | undefined): IndexBodies | undefined {
  try {
    const h = headerLine && (JSON.parse(headerLine) as IndexHeader);
    if (!h || h.claimlineIndex !== INDEX_LAYOUT || typeof h.tag !== "string" || !/^[0-9a-f]{1,64}$/.test(h.tag) || !isNonNegative(h.end) || !isNonNegative(h.sourcesEnd)) return undefined;
    const files = {} as IndexBodies["files"];
    for (const part of PARTS) {
      const file = path.join(dir, partName(part, h.tag));
      const end = part === "contribution" ? h.end : h.sourcesEnd;
      const found = firstLineSync(file);
      const header = partHeader(part, h.tag);
      if (found.line !== header || found.size < end) return undefined;
      files[part] = { path: file, start: Buffer.byteLength(header) + 1, end };
    }
    return { tag: h.tag, files, summaries: typeof h.summaries === "string" ? h.summaries : undefined };
  } catch {
    return undefined;
  }
}


/** Whether the head at `headPath` holds `text` already: readIndex read exactly that, and the file has not changed since. */
function sameHead(headPath: string, text: string): boolean {
  const read = headRead;
  if (!read || read.path !== headPath || read.text !== text) return false;
  try {
    const st = statSync(headPath);
    return st.size === read.size && st.mtimeMs === read.mtimeMs && st.ino === read.ino;
  } catch {
    return false;
  }
}

export class OutputStore {
  readonly articlesDir: string;

  constructor(readonly dir: string) {
    this.articlesDir = path.join(dir, "articles");
  }

  recordPath(id: string) {
    return recordFile(this.articlesDir, id);
  }

  async writeRecord(record: ArticleRecord): Promise<void> {
    // one line, no indentation: a third smaller than pretty-printed, and written once per article
    this.writeRecordLine(record.id, recordLine(record));
  }

  /**
   * A record as its line (recordLine: what an extract thread makes), written atomically with a few
   * synchronous calls: `run` writes one per article while the threads extract the next ones.
   */
  writeRecordLine(id: string, line: string): void {
    writeAtomicSync(this.recordPath(id), line);
  }

  /** The stored record with this id, or undefined when there is none or it no longer parses. */
  async readRecord(id: string): Promise<ArticleRecord | undefined> {
    try {
      const parsed = ArticleRecord.safeParse(JSON.parse(await fs.readFile(this.recordPath(id), "utf8")));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async hasRecord(id: string): Promise<boolean> {
    return fs.access(this.recordPath(id)).then(
      () => true,
      () => false,
    );
  }

  async recordIds(): Promise<string[]> {
    try {
      return (await fs.readdir(this.articlesDir))
        .filter((f) => f.endsWith(".json") && !f.startsWith("."))
        .map((f) => f.slice(0, -5))
        .sort();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw err;
    }
  }

  /** Removes temporary files a crash left behind mid-write (never a finished file). */
  async removeTemporaries(): Promise<void> {
    await this.removeTemporariesIn(this.dir);
    await this.removeTemporariesIn(this.articlesDir);
  }

  /**
   * removeTemporaries, answering the stored records' ids (recordIds, as a set) from the same listing
   * of articles/: `run` asks for both, and ten thousand names are listed once.
   */
  async removeTemporariesListingRecords(): Promise<Set<string>> {
    await this.removeTemporariesIn(this.dir);
    const ids = new Set<string>();
    for (const n of await this.removeTemporariesIn(this.articlesDir, true)) if (!n.startsWith(".") && n.endsWith(".json")) ids.add(n.slice(0, -5));
    return ids;
  }

  /** The names in `dir` after its temporaries are removed; none when it cannot be listed (`strict`: when it is not there, else the error is thrown). */
  private async removeTemporariesIn(dir: string, strict = false): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch (err) {
      if (strict && (err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      return [];
    }
    for (const n of names) if (n.startsWith(".") && n.endsWith(".tmp")) await fs.rm(path.join(dir, n), { force: true });
    return names;
  }

  /**
   * The summaries the last run or watch left, by record id; empty when there is no index or it is
   * unreadable (the records are then read one by one, as before there was an index). Only the
   * head is read: each summary's contribution and source are read from their body files when first
   * asked for. The caller checks each entry against the inbox (content id, file name, extraction
   * fingerprint) and that its record is still stored.
   */
  async readIndex(): Promise<Map<string, ArticleSummary>> {
    const out = new Map<string, ArticleSummary>();
    headRead = undefined;
    try {
      // the head in one synchronous read (about 190 bytes an article), its first line the header
      const headPath = path.join(this.dir, INDEX_FILE);
      let text: string;
      let st: { size: number; mtimeMs: number; ino: number };
      try {
        const fd = openSync(headPath, "r");
        try {
          st = fstatSync(fd);
          text = readFileSync(fd, "utf8");
        } finally {
          closeSync(fd);
        }
      } catch {
        return out;
      }
      const nl = text.indexOf("\n");
      const bodies = bodiesNamedBy(this.dir, nl < 0 ? text : text.slice(0, nl));
      if (!bodies) return out;
      // bodies are read from the files as they are now, not from a block an earlier read kept
      forgetReads();
      // bodies another code made are not read: each summary is made again from its record when asked for
      const current = bodies.summaries === summaryFingerprint();
      const { contribution: cf, source: sf } = bodies.files;
      for (let from = nl + 1; from < text.length; ) {
        let to = text.indexOf("\n", from);
        if (to < 0) to = text.length;
        if (to > from) {
          const line = text.slice(from, to);
          const { head, at, bytes, sourceAt, sourceBytes } = readHeadLine(line);
          if (at < cf.start || at + bytes > cf.end || sourceAt < sf.start || sourceAt + sourceBytes > sf.end) throw new Error("a body outside its file");
          const place = { contribution: { path: cf.path, at, bytes }, source: { path: sf.path, at: sourceAt, bytes: sourceBytes }, line, stamp: head.stamp };
          out.set(head.id, indexedSummary(head, current ? place : undefined, this));
        }
        from = to + 1;
      }
      headRead = { path: headPath, text, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
    } catch {
      return new Map();
    }
    return out;
  }

  /** The body files the head names, when they are there as the head last saw them (its tag, at least as long); else undefined. */
  private async currentBodies(): Promise<IndexBodies | undefined> {
    try {
      return bodiesNamedBy(this.dir, firstLineSync(path.join(this.dir, INDEX_FILE)).line);
    } catch {
      return undefined;
    }
  }

  /**
   * The index of exactly these summaries, its head sorted by id: the bodies of summaries the body
   * files already hold (read from them, or written to them before) stay where they are, the others
   * are appended, then the head is written. Once most of the body files would be dead, new ones are
   * written with the live bodies alone (copied as bytes, in id order) and the old ones removed.
   */
  async writeIndex(summaries: Iterable<ArticleSummary>): Promise<void> {
    const sorted = [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const current = await this.currentBodies();
    // a body is kept only from body files whose summaries this code made
    const own = current?.summaries === summaryFingerprint();
    const kept = (s: ArticleSummary) => {
      const place = bodyOf.get(s);
      return own && current && place && PARTS.every((part) => place[part].path === current.files[part].path && place[part].at + place[part].bytes <= current.files[part].end) ? place : undefined;
    };
    let live = 0;
    const fresh: ArticleSummary[] = [];
    for (const s of sorted) {
      const place = kept(s);
      if (place) live += place.contribution.bytes + place.source.bytes + 2;
      else fresh.push(s);
    }
    const places = new Map<ArticleSummary, BodyPlace>();
    let tag: string;
    const ends = {} as Record<Part, number>;
    // each new body encoded as it is written, never all of them at once (a first run has 10,000)
    // the new bodies' size guessed from the kept ones' (they are encoded only as they are written)
    const freshGuess = fresh.length && live ? (fresh.length * live) / (sorted.length - fresh.length) : 0;
    const dead = current ? PARTS.reduce((n, part) => n + current.files[part].end - current.files[part].start, 0) - live : 0;
    if (own && current && dead <= live + freshGuess) {
      // appended after the last body the head knows (anything after it was never named by a head)
      tag = current.tag;
      for (const part of PARTS) ends[part] = current.files[part].end;
      // a block read before may hold bytes after the old end, which this append writes over
      forgetReads();
      const handles = await Promise.all(PARTS.map((part) => fs.open(current.files[part].path, "r+")));
      try {
        const pending: Record<Part, Buffer[]> = { contribution: [], source: [] };
        const from = { ...ends };
        const flush = async () => {
          for (const [i, part] of PARTS.entries()) {
            if (ends[part] > from[part]) await handles[i].write(Buffer.concat(pending[part]), 0, ends[part] - from[part], from[part]);
            pending[part] = [];
            from[part] = ends[part];
          }
        };
        for (const s of fresh) {
          const text = encodeParts(s);
          const place = {} as BodyPlace;
          for (const part of PARTS) {
            const b = Buffer.from(text[part]);
            place[part] = { path: current.files[part].path, at: ends[part], bytes: b.length };
            pending[part].push(b, NEWLINE);
            ends[part] += b.length + 1;
          }
          places.set(s, place);
          if (ends.contribution - from.contribution + ends.source - from.source >= 1 << 20) await flush();
        }
        await flush();
      } finally {
        for (const fh of handles) await fh.close();
      }
    } else {
      // written afresh, live bodies copied as bytes: once most of the old files is dead, or there are none
      // named after the files they replace and the summaries they hold: never the old ones' name (a head
      // that still names those, if the run stops here, must find them as they were), and the same
      // for the same inputs, so two runs from scratch write the same bytes
      const h = createHash("sha256").update(current?.tag ?? "").update("\0");
      for (const s of sorted) h.update(`${s.id}\0${s.extractedWith}\0${s.file}\0`);
      tag = h.digest("hex").slice(0, 12);
      if (tag === current?.tag) tag = randomBytes(6).toString("hex");
      const made = new Map<ArticleSummary, Partial<BodyPlace>>();
      // one file after the other, each in id order: a new body encoded for each (a thread's line is only cut)
      for (const part of PARTS) {
        const file = path.join(this.dir, partName(part, tag));
        const header = Buffer.from(partHeader(part, tag) + "\n");
        let end = header.length;
        await writeChunksAtomic(
          file,
          (function* () {
            yield header;
            for (const s of sorted) {
              const old = kept(s);
              const bytes = old ? readPartBytes(old[part]) : Buffer.from(encodeParts(s)[part]);
              const place = made.get(s) ?? made.set(s, {}).get(s)!;
              place[part] = { path: file, at: end, bytes: bytes.length };
              end += bytes.length + 1;
              yield bytes;
              yield NEWLINE;
            }
          })(),
        );
        ends[part] = end;
        // a file of this name read before (left by a run whose head was then lost: the same inputs give
        // the same name) is another file now: what was read of it, and its open descriptor, are stale
        forgetReads(file);
      }
      for (const [s, place] of made) places.set(s, place as BodyPlace);
    }
    const header: IndexHeader = { claimlineIndex: INDEX_LAYOUT, tag, end: ends.contribution, sourcesEnd: ends.source, summaries: summaryFingerprint() };
    // a summary whose body stays where it was and whose stamp is the one read keeps its line as read
    const lines = [JSON.stringify(header)];
    for (const s of sorted) {
      const place = places.get(s) ?? kept(s)!;
      lines.push(place.line !== undefined && place.stamp === s.stamp ? place.line : headLine(s, place));
    }
    lines.push("");
    const text = lines.join("\n");
    const headPath = path.join(this.dir, INDEX_FILE);
    // a re-run that changed nothing leaves the head as it is (same text, and the file as it was read)
    if (!sameHead(headPath, text)) await writeChunksAtomic(headPath, [text]);
    headRead = undefined;
    for (const [s, place] of places) {
      bodyOf.set(s, place);
      // (its head line is made anew next time: a place written here holds none)
      // its body is in the file now: the thread's encoded line (11 KB an article) need not live as long as the summary
      const lazy = lazyOf(s);
      if (lazy) lazy.text = undefined;
    }
    // body files no head names any more (replaced, left by a crash, or of an older layout)
    const named = new Set(PARTS.map((part) => partName(part, tag)));
    const bodyFile = (n: string) => n.endsWith(".jsonl") && (n.startsWith(OLD_BODIES_PREFIX) || PARTS.some((part) => n.startsWith(PART_PREFIX[part])));
    for (const n of await fs.readdir(this.dir)) if (bodyFile(n) && !named.has(n)) await fs.rm(path.join(this.dir, n), { force: true });
  }

  async removeRecord(id: string): Promise<void> {
    await fs.rm(this.recordPath(id), { force: true });
  }

  /** timeline.json: its text as `chunks` gives it (pieces copied from a cache), by default written out in full. */
  async writeTimeline(timeline: Timeline, chunks: Iterable<string | Buffer> = jsonChunks(timeline)): Promise<void> {
    await writeChunksAtomic(path.join(this.dir, "timeline.json"), chunks);
  }

  /** conflicts.json (its text as `chunks` gives it), then conflicts.md: `markdown` is called once the first is written. */
  async writeConflicts(conflicts: Conflict[], markdown: string | (() => Iterable<string | Buffer>), chunks: Iterable<string | Buffer> = jsonChunks(conflicts)): Promise<void> {
    await writeChunksAtomic(path.join(this.dir, "conflicts.json"), chunks);
    if (typeof markdown === "string") await writeAtomic(path.join(this.dir, "conflicts.md"), markdown);
    else await writeChunksAtomic(path.join(this.dir, "conflicts.md"), markdown());
  }

  /** report.html, written piece by piece as they are rendered. */
  async writeHtml(html: Iterable<string | Buffer>): Promise<void> {
    await writeChunksAtomic(path.join(this.dir, "report.html"), html);
  }

  async writeErrors(errors: IngestError[]): Promise<void> {
    const sorted = [...errors].sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason));
    await writeAtomic(path.join(this.dir, "errors.json"), toJson(sorted));
  }

  async readText(name: "conflicts.md" | "timeline.json" | "conflicts.json" | "errors.json" | "report.html"): Promise<string> {
    return fs.readFile(path.join(this.dir, name), "utf8");
  }
}
