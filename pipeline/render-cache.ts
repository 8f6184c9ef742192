// Rendered pieces of the reports (one conflict's card, one agreement's timeline), kept in the
// output folder between runs and keyed by a hash of everything the piece is made from, so adding
// one article renders again only what it changed; every other piece is copied as it was.
//
// Two hidden files: `.render-cache.<token>.data` holds the pieces, each framed by its key, one
// after another (new pieces are appended); `.render-cache.json` says, for one state of that file
// (size, mtime, inode), where each piece lies. A cache of other code, of a data file changed since
// (or truncated), or whose map does not parse, is ignored as a whole; a piece whose frame does not
// hold its own key is rendered afresh. So a stale or broken cache costs time, never wrong output.
import { createHash, randomBytes } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promises as fs } from "node:fs";
import { codeFiles, hashOfFiles } from "./fingerprint.js";
import { writeAtomic } from "./store.js";

export const RENDER_CACHE_FILE = ".render-cache.json";
const VERSION = 2;

interface CacheMap {
  claimlineRenderCache: number;
  code: string;
  data: string;
  stamp: { size: number; mtimeMs: number; ino: number };
  pieces: Record<string, [offset: number, bytes: number]>;
  /** A kind, an extra and a hash of a stand-in key (noteStandIn) → the JSON hash ("json") or piece key of the value it stands for, as the last run found it (pieceKeyOf). */
  hashes?: Record<string, string>;
}

let codeMemo: string | undefined;

/** A hash of the code that renders (every pipeline and extractor module, as loaded): pieces of other code are not reused. */
function renderCode(): string {
  if (codeMemo) return codeMemo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  codeMemo = hashOfFiles([...codeFiles(here), ...codeFiles(path.join(here, "..", "extractors"))], here);
  return codeMemo;
}

/** A key for a piece: a hash of its kind and of what it is made from (JSON text, ids). */
export const pieceKey = (...parts: string[]) => {
  const h = createHash("sha1");
  for (const p of parts) h.update(p).update("\0");
  return h.digest("base64url");
};

const frameOf = (key: string) => Buffer.from(`\n${key}\n`);
/** How much of the data file one read takes in (readRange). */
const BLOCK_BYTES = 1 << 20;

const standIns = new WeakMap<object, string>();
/** A hash of each value's stand-in key, made when pieceKeyOf first needs it. */
const standInHashes = new WeakMap<object, string>();

/**
 * Notes a key that determines `value`'s JSON text exactly (the same key, the same text: an agreement's
 * reconcile cache key and its dispute marks). The render cache keeps each stand-in's JSON hash, so a
 * later run that meets the same stand-in takes the hash from there instead of serializing the value
 * (jsonHashOf); pieces stay keyed by the hash of their JSON.
 */
export function noteStandIn(value: object, key: string): void {
  standIns.set(value, key);
}

/** The stand-in key noted for `value`, if any. */
export const standInOf = (value: object): string | undefined => standIns.get(value);

export class RenderCache {
  private readonly old: Record<string, [number, number]>;
  private readonly oldHashes: Record<string, string>;
  /** What pieceKeyOf found or made this run (its memo keys, with the JSON hashes and piece keys): kept for the next run. */
  private readonly hashes = new Map<string, string>();
  private oldFd: number | undefined;
  private readonly oldData: string | undefined;
  private appendFd: number | undefined;
  private appendData: string;
  private appendAt = 0;
  /** The pieces this run used or made: where they lie in the append file (or in the old one, same file when appending). */
  private readonly used = new Map<string, [number, number]>();
  private usedBytes = 0;
  /** The last block read (readRange), of the file open as `fd`. */
  private block: { fd: number; at: number; buf: Buffer } | undefined;
  /** Where the last piece read (readRange) ended: the next piece in appended order starts there, framed. */
  private next = -1;

  private constructor(
    private readonly dir: string,
    old: CacheMap | undefined,
  ) {
    this.old = old?.pieces ?? {};
    this.oldHashes = old?.hashes && typeof old.hashes === "object" ? old.hashes : {};
    this.oldData = old?.data;
    if (old) {
      try {
        this.oldFd = openSync(path.join(dir, old.data), "r");
      } catch {
        this.old = {};
        this.oldHashes = {};
        this.oldData = undefined;
      }
    }
    this.appendData = this.oldData ?? `.render-cache.${randomBytes(6).toString("hex")}.data`;
  }

  /** The output folder's cache, or an empty one when there is none or it cannot be trusted. */
  static async open(dir: string): Promise<RenderCache> {
    let map: CacheMap | undefined;
    try {
      const parsed = JSON.parse(await fs.readFile(path.join(dir, RENDER_CACHE_FILE), "utf8")) as CacheMap;
      const st = await fs.stat(path.join(dir, parsed.data));
      const ok =
        parsed.claimlineRenderCache === VERSION &&
        parsed.code === renderCode() &&
        /^\.render-cache\.[0-9a-f]+\.data$/.test(parsed.data) &&
        st.size === parsed.stamp.size &&
        st.mtimeMs === parsed.stamp.mtimeMs &&
        st.ino === parsed.stamp.ino &&
        typeof parsed.pieces === "object" &&
        parsed.pieces !== null;
      if (ok) map = parsed;
    } catch {
      map = undefined;
    }
    return new RenderCache(dir, map);
  }

  /** The piece with this key: as cached, or `render()`'s, kept for the next run. */
  bytes(key: string, render: () => string): Buffer | string {
    const known = this.used.get(key) ? this.readAppended(key) : this.readOld(key);
    if (known) return known;
    // a piece rendered now stays text: written to the cache as it is, no buffer kept for it
    const piece = render();
    this.append(key, piece);
    return piece;
  }

  /**
   * The piece with this key, as `bytes` gives it, for a piece too large to hold as one string: as
   * cached (one buffer), or `render()`'s chunks as they come, each also appended to the cache (in
   * writes of about 16,000 characters, as writeChunksAtomic gathers them). The piece is kept for the next run only once all its chunks were taken.
   */
  *chunks(key: string, render: () => Iterable<string>): Generator<string | Buffer> {
    const known = this.used.get(key) ? this.readAppended(key) : this.readOld(key);
    if (known) return yield known;
    const start = this.appendStart(key);
    let bytes = 0;
    let pending = "";
    for (const chunk of render()) {
      pending += chunk;
      if (pending.length < 1 << 14) {
        yield chunk;
        continue;
      }
      bytes += this.appendMore(pending, start);
      pending = "";
      yield chunk;
    }
    if (pending) bytes += this.appendMore(pending, start);
    if (start !== undefined && this.appendFd !== undefined && this.appendAt === start + bytes) {
      this.used.delete(key);
      this.keep(key, [start, bytes], bytes);
    }
  }

  /** Writes a piece's frame; where its bytes start, or undefined when the cache cannot be written. */
  private appendStart(key: string): number | undefined {
    try {
      if (this.appendFd === undefined) {
        this.appendFd = openSync(path.join(this.dir, this.appendData), "a+");
        this.appendAt = fstatSync(this.appendFd).size;
      }
      const frame = frameOf(key);
      writeSync(this.appendFd, frame);
      this.appendAt += frame.length;
      return this.appendAt;
    } catch {
      return undefined;
    }
  }

  /** Appends more of the piece begun at `start` (nothing once a write failed); the bytes written. */
  private appendMore(text: string, start: number | undefined): number {
    if (start === undefined || this.appendFd === undefined) return 0;
    try {
      const n = writeSync(this.appendFd, text);
      // a short write leaves the piece unkept (appendAt no longer matches its length)
      this.appendAt = n === Buffer.byteLength(text) ? this.appendAt + n : NaN;
      return n;
    } catch {
      this.appendAt = NaN;
      return 0;
    }
  }

  /**
   * The JSON hash of `value` (`hash()` makes it): for a value with a stand-in key (noteStandIn) whose
   * hash the last run found, that hash, and `value` is not serialized; kept for the next run.
   */
  jsonHashOf(value: object, hash: () => string): string {
    return this.pieceKeyOf(value, "json", "", hash);
  }

  /**
   * The key of a `kind` piece made from `value` (`key()` makes it; `extra` is anything else the piece
   * shows that `value` does not say, like the agreements a card links to): for a value with a
   * stand-in key (noteStandIn) whose piece key the last run found under the same kind and extra, that
   * key, and neither the value's JSON nor its sources' keys are hashed; kept for the next run. A
   * stand-in covers the sources too: reconcile's cache key holds each claim's source key (its
   * article's id and fingerprint), and those are what sourcesOf hashes.
   */
  pieceKeyOf(value: object, kind: string, extra: string, key: () => string): string {
    const standIn = standIns.get(value);
    if (standIn === undefined) return key();
    // the stand-in hashed once per value (a conflict's card, block and JSON text share it), short in the map
    let short = standInHashes.get(value);
    if (short === undefined) standInHashes.set(value, (short = digest(standIn)));
    const memo = `${kind}\u0001${extra}\u0001${short}`;
    let k = this.hashes.get(memo) ?? (Object.hasOwn(this.oldHashes, memo) ? this.oldHashes[memo] : undefined);
    if (typeof k !== "string") k = key();
    this.hashes.set(memo, k);
    return k;
  }

  /** `bytes` as text. */
  text(key: string, render: () => string): string {
    const piece = this.bytes(key, render);
    return typeof piece === "string" ? piece : piece.toString("utf8");
  }

  private readAt(fd: number, key: string, at: number, bytes: number): Buffer | undefined {
    // a frame is "\n" key "\n", and a key is ASCII (base64url): its bytes are its characters
    const frame = key.length + 2;
    if (!Number.isInteger(at) || !Number.isInteger(bytes) || at < frame || bytes < 0) return undefined;
    const from = at - frame;
    const buf = this.readRange(fd, from, frame + bytes);
    // the frame before the piece must be its own key: anything else is not this piece (nor is any
    // key that is not ASCII: its bytes read as Latin-1 are other characters)
    if (!buf || buf[0] !== 10 || buf[frame - 1] !== 10 || buf.toString("latin1", 1, frame - 1) !== key) return undefined;
    return buf.subarray(frame);
  }

  /**
   * `bytes` bytes of the file at `from`, or undefined when it is shorter. Pieces are mostly asked
   * for in the order they were appended (each run renders in the same order): a piece that starts
   * where the last one read ended starts a block (1 MB) read, so a 100 MB cache takes about a
   * hundred reads instead of one per piece. A piece elsewhere (one appended by a later run) is read
   * alone and leaves the block be. A new buffer for each read: a piece handed out before stays as
   * it was. The file is only ever appended to, so bytes read once stay right.
   */
  private readRange(fd: number, from: number, bytes: number): Buffer | undefined {
    const b = this.block;
    const end = from + bytes;
    if (b && b.fd === fd && from >= b.at && end <= b.at + b.buf.length) {
      this.next = end;
      return b.buf.subarray(from - b.at, end - b.at);
    }
    const ahead = from === this.next || !b || b.fd !== fd;
    const buf = Buffer.allocUnsafe(ahead ? Math.max(BLOCK_BYTES, bytes) : bytes);
    const n = readSync(fd, buf, 0, buf.length, from);
    if (ahead) this.block = { fd, at: from, buf: buf.subarray(0, n) };
    this.next = end;
    return n >= bytes ? buf.subarray(0, bytes) : undefined;
  }

  private readOld(key: string): Buffer | undefined {
    const where = Object.hasOwn(this.old, key) ? this.old[key] : undefined;
    if (!where || this.oldFd === undefined) return undefined;
    const piece = this.readAt(this.oldFd, key, where[0], where[1]);
    if (piece) this.keep(key, where, piece.length);
    return piece;
  }

  private readAppended(key: string): Buffer | undefined {
    const [at, bytes] = this.used.get(key)!;
    // every piece used lies in the file appended to: the old one when it could be trusted, else a new one
    const fd = this.oldFd ?? this.appendFd;
    return fd === undefined ? undefined : this.readAt(fd, key, at, bytes);
  }

  private keep(key: string, where: [number, number], bytes: number) {
    if (this.used.has(key)) return;
    this.used.set(key, where);
    this.usedBytes += bytes;
  }

  private append(key: string, piece: string) {
    const start = this.appendStart(key);
    const bytes = this.appendMore(piece, start);
    if (start === undefined || this.appendAt !== start + bytes) return;
    this.used.delete(key);
    this.keep(key, [start, bytes], bytes);
  }

  /**
   * Writes the map of the pieces this run used; the data file is compacted (the used pieces copied
   * to a new one) once most of it is pieces no longer used. Never throws: the cache is optional.
   */
  async save(): Promise<void> {
    try {
      if (this.appendFd !== undefined) closeSync(this.appendFd);
      this.appendFd = undefined;
      let data = this.appendData;
      let pieces = this.used;
      const size = (await fs.stat(path.join(this.dir, data)).catch(() => undefined))?.size ?? 0;
      if (size > 2 * this.usedBytes + (1 << 20)) ({ data, pieces } = await this.compact());
      const st = await fs.stat(path.join(this.dir, data));
      const map: CacheMap = { claimlineRenderCache: VERSION, code: renderCode(), data, stamp: { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino }, pieces: Object.fromEntries(pieces), hashes: Object.fromEntries(this.hashes) };
      await writeAtomic(path.join(this.dir, RENDER_CACHE_FILE), JSON.stringify(map));
      // data files no map names any more
      for (const f of await fs.readdir(this.dir)) if (/^\.render-cache\.[0-9a-f]+\.data$/.test(f) && f !== data) await fs.rm(path.join(this.dir, f), { force: true });
    } catch {
      await fs.rm(path.join(this.dir, RENDER_CACHE_FILE), { force: true }).catch(() => {});
    } finally {
      this.close();
    }
  }

  private async compact(): Promise<{ data: string; pieces: Map<string, [number, number]> }> {
    const data = `.render-cache.${randomBytes(6).toString("hex")}.data`;
    const fd = openSync(path.join(this.dir, data), "w");
    const pieces = new Map<string, [number, number]>();
    const source = openSync(path.join(this.dir, this.appendData), "r");
    this.block = undefined;
    try {
      let at = 0;
      for (const [key, [from, bytes]] of this.used) {
        const piece = this.readAt(source, key, from, bytes);
        if (!piece) continue;
        const frame = frameOf(key);
        writeSync(fd, frame);
        writeSync(fd, piece);
        at += frame.length;
        pieces.set(key, [at, piece.length]);
        at += piece.length;
      }
    } catch (err) {
      closeSync(fd);
      rmSync(path.join(this.dir, data), { force: true });
      throw err;
    } finally {
      closeSync(source);
      this.block = undefined;
    }
    closeSync(fd);
    return { data, pieces };
  }

  /** Lets go of the files without saving (the next run then renders what this one did not keep). */
  close() {
    for (const fd of [this.oldFd, this.appendFd]) if (fd !== undefined) closeSync(fd);
    this.oldFd = this.appendFd = undefined;
    this.block = undefined;
  }
}

/** What a renderer needs to cache its pieces: the cache, and what identifies each source file's article (its record id and fingerprint). */
export interface PieceContext {
  cache: RenderCache;
  sourceKey: (file: string) => string;
}

const jsonMemo = new WeakMap<object, string>();
const digest = (json: string) => createHash("sha1").update(json).digest("base64url");

/** A hash of the value's JSON text, once per object (a conflict's serves conflicts.md and report.html). */
export function jsonOf(value: object): string {
  let hash = jsonMemo.get(value);
  if (hash === undefined) jsonMemo.set(value, (hash = digest(JSON.stringify(value))));
  return hash;
}

/** The hash jsonOf gives `value` (of its compact JSON text), found while the JSON files were written: not made again. */
export function noteJsonHash(value: object, hash: string): void {
  jsonMemo.set(value, hash);
}

/** A hash of the files' source keys: what a piece quoting them shows of their articles. */
export function sourcesOf(pieces: PieceContext, files: Iterable<string>): string {
  // joined and hashed once: an update per file cost more than the hashing
  const keys: string[] = [];
  for (const f of files) keys.push(pieces.sourceKey(f));
  return digest(keys.join("\n"));
}

const evidenceMemo = new WeakMap<PieceContext, WeakMap<readonly unknown[], string>>();

/** sourcesOf an evidence list's files, once per list and run: a conflict's evidence keys its conflicts.md block and its report.html card alike. */
export function evidenceSourcesOf(pieces: PieceContext, evidence: readonly { file: string }[]): string {
  let memo = evidenceMemo.get(pieces);
  if (!memo) evidenceMemo.set(pieces, (memo = new WeakMap()));
  let hash = memo.get(evidence);
  if (hash === undefined) memo.set(evidence, (hash = sourcesOf(pieces, evidence.map((e) => e.file))));
  return hash;
}

/** The key of a piece made from `value`, quoting evidence from the files whose sources are `sources` (sourcesOf), plus anything else it shows (`extra`). */
export const keyOf = (kind: string, value: object, sources: string, ...extra: string[]) => pieceKey(kind, jsonOf(value), sources, ...extra);
