// The output folder: article records, timeline, conflicts and errors, each written atomically
// (temporary file in the same folder, then rename) so a crash never leaves half a file.
import { randomBytes } from "node:crypto";
import { closeSync, createWriteStream, openSync, promises as fs, readSync } from "node:fs";
import path from "node:path";
import { finished } from "node:stream/promises";
import { knowSentences, sentencesIn, type SourceInfo } from "./context.js";
import { toJson } from "./format.js";
import { contributionOf, type Contribution, type EventClaim, type NameClaim, type TitleClaim } from "./reconcile/index.js";
import { ArticleRecord, type Conflict, type EntityType, type Evidence, type IngestError, type Timeline } from "./schemas.js";

export { toJson };

export async function writeAtomic(file: string, content: string): Promise<void> {
  await atomically(file, (tmp) => fs.writeFile(tmp, content));
}

/** Writes through a temporary file beside `file`, renamed over it once complete; removed on failure. */
async function atomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** Writes the chunks (text, or bytes as they are) to `file` atomically, one at a time as they come: never the whole file in one string. */
export async function writeChunksAtomic(file: string, chunks: Iterable<string | Buffer>): Promise<void> {
  await atomically(file, async (tmp) => {
    const out = createWriteStream(tmp);
    const done = finished(out);
    let pending = "";
    const write = async (chunk: string | Buffer) => {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
    };
    for (const chunk of chunks) {
      if (typeof chunk !== "string") {
        if (pending) await write(pending);
        pending = "";
        await write(chunk);
        continue;
      }
      // small pieces are gathered into writes of about 16,000 characters: at 64,000 (text with
      // curly quotes takes two bytes a character) each write's string went to V8's large-object
      // space, which only a full collection frees, and the heap grew with every file written
      pending += chunk;
      if (pending.length < 1 << 14) continue;
      await write(pending);
      pending = "";
    }
    out.end(pending);
    await done;
  });
}

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
export function* jsonChunks(value: unknown, levels = 3, indent = "", seen?: SeenItem): Generator<string> {
  yield* pretty(value, levels, indent, seen);
  if (!indent) yield "\n";
}

/** Told the JSON text of each object that is an item of an array written member by member (a timeline's agreements, each conflict). */
export type SeenItem = (item: object, json: string) => void;

function* pretty(value: unknown, levels: number, indent: string, seen?: SeenItem): Generator<string> {
  const inner = indent + "  ";
  if (levels > 0 && Array.isArray(value)) {
    if (!value.length) return yield "[]";
    yield "[\n";
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const v = value[i];
      // as JSON.stringify: undefined and functions in an array are null
      const item = v === undefined || typeof v === "function" ? null : v;
      if (seen && levels > 1 && item !== null && typeof item === "object") {
        // the item's text in one piece, for the caller to key what is rendered from it
        const json = [...pretty(item, levels - 1, inner, seen)].join("");
        seen(item, json);
        yield json;
      } else yield* pretty(item, levels - 1, inner, seen);
      yield i < value.length - 1 ? ",\n" : "\n";
    }
    return yield `${indent}]`;
  }
  if (levels > 0 && value !== null && typeof value === "object" && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
    if (!entries.length) return yield "{}";
    yield "{\n";
    for (let i = 0; i < entries.length; i++) {
      yield `${inner}${JSON.stringify(entries[i][0])}: `;
      yield* pretty(entries[i][1], levels - 1, inner, seen);
      yield i < entries.length - 1 ? ",\n" : "\n";
    }
    return yield `${indent}}`;
  }
  const json = JSON.stringify(value, null, 2);
  yield indent ? json.replace(/\n/g, `\n${indent}`) : json;
}

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

/** Where the index line a summary was decoded from lies in the index file, while that file is unchanged: written again as is. */
const lineOf = new WeakMap<ArticleSummary, { at: number; bytes: number; file: string; mtimeMs: number; ino: number }>();

/**
 * What the outputs need of one stored record, and no more: its reconcile contribution and what the
 * reports show of its source. `run` and `watch` hold these, not whole records, and keep them in the
 * output folder's index, so a re-run reads one file instead of every record.
 */
export interface ArticleSummary {
  id: string;
  file: string;
  extractedWith: string | null;
  contribution: Contribution;
  source: SourceInfo;
  /** What `stat` said of the inbox file (and its sidecar) when it was read: an unchanged stamp lets `run` skip reading it. */
  stamp?: InputStamp;
}

/** The parts of `stat` that change when a file is rewritten, replaced or renamed over (as make and rsync compare). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** An article file's stamp and its sidecar's (null: no sidecar). */
export interface InputStamp {
  file: FileStamp;
  sidecar: FileStamp | null;
}

const sameFileStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;

export const sameStamp = (a: InputStamp, b: InputStamp) => sameFileStamp(a.file, b.file) && (a.sidecar === null || b.sidecar === null ? a.sidecar === b.sidecar : sameFileStamp(a.sidecar, b.sidecar));

const isFileStamp = (v: unknown): v is FileStamp =>
  typeof v === "object" && v !== null && (["size", "mtimeMs", "ctimeMs", "ino", "dev"] as const).every((k) => typeof (v as Record<string, unknown>)[k] === "number");

/** The stamp an index line holds, or undefined when it has none (or one of another shape: the file is then read). */
const stampOf = (v: unknown): InputStamp | undefined => {
  const s = v as InputStamp | undefined;
  return s && isFileStamp(s.file) && (s.sidecar === null || isFileStamp(s.sidecar)) ? { file: s.file, sidecar: s.sidecar } : undefined;
};

export function summaryOf(record: ArticleRecord): ArticleSummary {
  return {
    id: record.id,
    file: record.source.file,
    extractedWith: record.extractedWith ?? null,
    contribution: contributionOf(record),
    source: { title: record.title, outlet: record.outlet, published: record.published.value, inferred: record.published.from === "inferred", text: record.text },
  };
}

/** The index of the output folder: one summary per stored record, one JSON line each (hidden, like a cache). */
export const INDEX_FILE = ".index.jsonl";
/** The index's first line; a file without it (or of another layout) is not read. */
const INDEX_HEADER = JSON.stringify({ claimlineIndex: 2 });

// An index line is a summary written compactly: evidence is [start, end] when its text is the
// article's own text there (nearly always), the file and publication day once per line, not per claim.
type Span = [number, number] | [number, number, string];
interface IndexLine {
  id: string;
  file: string;
  extractedWith: string | null;
  source: SourceInfo;
  events: Array<Omit<EventClaim, "evidence" | "published"> & { at: Span }>;
  names: Array<[form: string, canonical: string, type: EntityType, ...span: Span]>;
  /** flags: 1 speaks, 2 certain, 4 ambiguous (TitleClaim's booleans) */
  titles: Array<[name: string, title: string, country: string | null, years: number[], flags: number, ...span: Span]>;
  stamp?: InputStamp;
  /** Where the text's sentences start and end, flat (start, end, start, end, …): what the reports quote evidence in. */
  sentences?: number[];
}

const spanOf = (e: Evidence, text: string): Span => (text.slice(e.start, e.end) === e.text ? [e.start, e.end] : [e.start, e.end, e.text]);

export function encodeSummary(s: ArticleSummary): string {
  const text = s.source.text;
  const c = s.contribution;
  const line: IndexLine = {
    id: s.id,
    file: s.file,
    extractedWith: s.extractedWith,
    source: s.source,
    events: c.events.map(({ evidence, published: _published, ...rest }) => ({ ...rest, at: spanOf(evidence, text) })),
    names: c.names.map((n) => [n.form, n.canonical, n.type, ...spanOf(n.evidence, text)]),
    titles: c.titles.map((t) => [t.name, t.title, t.country, t.years, (t.speaks ? 1 : 0) | (t.certain ? 2 : 0) | (t.ambiguous ? 4 : 0), ...spanOf(t.evidence, text)]),
    stamp: s.stamp,
    sentences: sentencesIn(s.source).flatMap((x) => [x.start, x.end]),
  };
  return JSON.stringify(line);
}

/** The summary an index line holds; throws on a line of another shape. */
export function decodeSummary(json: string): ArticleSummary {
  const l = JSON.parse(json) as IndexLine;
  if (typeof l?.id !== "string" || typeof l.file !== "string" || typeof l.source?.text !== "string" || !Array.isArray(l.events) || !Array.isArray(l.names) || !Array.isArray(l.titles)) {
    throw new Error("not an index line");
  }
  const { file, source } = l;
  const text = source.text;
  const published = source.published;
  // the same key order as contributionOf's evidence: outputs copy these objects
  const ev = (start: number, end: number, own?: string): Evidence => ({ file, text: own ?? text.slice(start, end), start, end });
  const events: EventClaim[] = l.events.map(({ at, ...e }) => ({
    parties: e.parties,
    kind: e.kind,
    name: e.name,
    type: e.type,
    party: e.party,
    date: e.date,
    hedged: e.hedged,
    collective: e.collective,
    certain: e.certain,
    registry: e.registry,
    evidence: ev(at[0], at[1], at[2]),
    published,
  }));
  const names: NameClaim[] = l.names.map(([form, canonical, type, start, end, own]) => ({ form, canonical, type, evidence: ev(start, end, own) }));
  const titles: TitleClaim[] = l.titles.map(([name, title, country, years, flags, start, end, own]) => ({
    name,
    title,
    country,
    evidence: ev(start, end, own),
    published,
    certain: (flags & 2) !== 0,
    years,
    speaks: (flags & 1) !== 0,
    ambiguous: (flags & 4) !== 0,
  }));
  const summary: ArticleSummary = { id: l.id, file, extractedWith: l.extractedWith, contribution: { file, published, events, names, titles }, source };
  if (Array.isArray(l.sentences) && l.sentences.length % 2 === 0 && l.sentences.every((n) => Number.isInteger(n) && n >= 0 && n <= text.length)) {
    const bounds: { start: number; end: number }[] = [];
    for (let i = 0; i < l.sentences.length; i += 2) bounds.push({ start: l.sentences[i], end: l.sentences[i + 1] });
    knowSentences(source, bounds);
  }
  const stamp = stampOf(l.stamp);
  if (stamp) summary.stamp = stamp;
  return summary;
}

export class OutputStore {
  readonly articlesDir: string;

  constructor(readonly dir: string) {
    this.articlesDir = path.join(dir, "articles");
  }

  recordPath(id: string) {
    return path.join(this.articlesDir, `${id}.json`);
  }

  async writeRecord(record: ArticleRecord): Promise<void> {
    // one line, no indentation: a third smaller than pretty-printed, and written once per article
    await writeAtomic(this.recordPath(record.id), JSON.stringify(record) + "\n");
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
    for (const dir of [this.dir, this.articlesDir]) {
      let names: string[];
      try {
        names = await fs.readdir(dir);
      } catch {
        continue;
      }
      for (const n of names) if (n.startsWith(".") && n.endsWith(".tmp")) await fs.rm(path.join(dir, n), { force: true });
    }
  }

  /**
   * The summaries the last run or watch left, by record id; empty when there is no index or it is
   * unreadable (the records are then read one by one, as before there was an index). The caller
   * checks each entry against the inbox (content id, file name, extraction fingerprint) and that
   * its record is still stored.
   */
  async readIndex(): Promise<Map<string, ArticleSummary>> {
    const out = new Map<string, ArticleSummary>();
    try {
      const file = path.join(this.dir, INDEX_FILE);
      const st = await fs.stat(file);
      let first = true;
      for await (const { line, at, bytes } of readLinesAt(file)) {
        if (first) {
          if (line !== INDEX_HEADER) return new Map();
          first = false;
        } else if (line) {
          const s = decodeSummary(line);
          out.set(s.id, s);
          lineOf.set(s, { at, bytes, file, mtimeMs: st.mtimeMs, ino: st.ino });
        }
      }
    } catch {
      return new Map();
    }
    return out;
  }

  /** When the index was last written (its mtime, ms), or undefined when there is none. */
  async indexWrittenAt(): Promise<number | undefined> {
    return fs.stat(path.join(this.dir, INDEX_FILE)).then(
      (st) => st.mtimeMs,
      () => undefined,
    );
  }

  /**
   * The index of exactly these summaries, sorted by id: the same records give the same bytes. A
   * summary read from the index as it still is (the same object, the file unchanged since) is
   * copied from there, not encoded again: neighbouring lines in one read, as bytes.
   */
  async writeIndex(summaries: Iterable<ArticleSummary>): Promise<void> {
    const sorted = [...summaries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const file = path.join(this.dir, INDEX_FILE);
    const st = await fs.stat(file).catch(() => undefined);
    let old: number | undefined;
    try {
      old = st && openSync(file, "r");
    } catch {
      old = undefined;
    }
    const placeOf = (s: ArticleSummary) => {
      const was = lineOf.get(s);
      return old !== undefined && st && was && was.file === file && was.mtimeMs === st.mtimeMs && was.ino === st.ino ? was : undefined;
    };
    // the bytes of lines that lie one after another in the old file, each checked to start as its summary's line
    const copied = (run: ArticleSummary[]): Buffer | undefined => {
      const first = placeOf(run[0])!;
      const last = placeOf(run.at(-1)!)!;
      const buf = Buffer.allocUnsafe(last.at + last.bytes - first.at);
      if (readSync(old!, buf, 0, buf.length, first.at) !== buf.length) return undefined;
      for (const s of run) {
        const at = placeOf(s)!.at - first.at;
        const head = Buffer.from(`{"id":${JSON.stringify(s.id)},`);
        if (!buf.subarray(at, at + head.length).equals(head)) return undefined;
      }
      return buf;
    };
    const MAX_RUN = 1 << 22;
    try {
      await writeChunksAtomic(
        file,
        (function* () {
          yield INDEX_HEADER + "\n";
          let run: ArticleSummary[] = [];
          function* flush() {
            if (!run.length) return;
            const bytes = copied(run);
            if (bytes) {
              yield bytes;
              yield "\n";
            } else for (const s of run) yield encodeSummary(s) + "\n";
            run = [];
          }
          for (const s of sorted) {
            const place = placeOf(s);
            if (!place) {
              yield* flush();
              yield encodeSummary(s) + "\n";
              continue;
            }
            const prev = run.length ? placeOf(run.at(-1)!)! : undefined;
            if (prev && (prev.at + prev.bytes + 1 !== place.at || place.at + place.bytes - placeOf(run[0])!.at > MAX_RUN)) yield* flush();
            run.push(s);
          }
          yield* flush();
        })(),
      );
    } finally {
      if (old !== undefined) closeSync(old);
    }
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
