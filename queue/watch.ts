// `claimline watch`: an initial scan of the inbox, then watching it. Each article's content goes
// to a backend (Redis jobs or the embedded queue) once; records come back here, and this process
// alone writes the output folder: records as they arrive, reconcile and the other outputs
// debounced, every file atomically.
//
// What the outputs say, at every write, is what `claimline run` would write for the inbox as it
// is then (minus what is still being extracted):
// - a changed file is a new version: its old record leaves the outputs, the new one comes in;
// - a deleted file takes its record with it (articles/<id>.json is removed, and it leaves the
//   timeline and the conflicts), unless another file in the inbox has the same content.
//
// Every record is checked against this process's pipeline before it is stored: one made with
// other lists or other code (a worker that does not check its jobs' configuration) is not
// stored, and its file is reported as failed with both configurations named.
import { watch as watchFolder, type FSWatcher } from "chokidar";
import { promises as fs } from "node:fs";
import path from "node:path";
import { classifyFiles, entryProblem, listInbox, readInboxArticle } from "../pipeline/inbox.js";
import { reasonOf } from "../pipeline/format.js";
import { ARTICLE_EXTENSIONS, contentId, isArticleFile, isSidecar, type ArticleInput } from "../pipeline/ingest.js";
import { reusableSummary, writeOutputs } from "../pipeline/run.js";
import type { Pipeline } from "../pipeline/pipeline.js";
import type { IngestError } from "../pipeline/schemas.js";
import { OutputStore, summaryOf, toJson, writeAtomic, type ArticleSummary } from "../pipeline/store.js";
import { ReconcileCache } from "../pipeline/reconcile/index.js";
import { BadInputError } from "../pipeline/errors.js";
import type { Backend, Outcome } from "./backends.js";
import { mismatchReason } from "./jobs.js";

export interface WatchOptions {
  inbox: string;
  out: string;
  backend: Backend;
  /** The configuration records must be made with (their `extractedWith`), and reconcile's options. */
  pipeline: Pipeline;
  /** How long a file must stay unchanged before it is read (a file being written is not). */
  settleMs?: number;
  /** Quiet time before the outputs are written again, and the longest they wait under a steady stream. */
  debounceMs?: number;
  maxWaitMs?: number;
  published?: string;
  /** Writes `.status.json` in the output folder at each write (the embedded mode's `claimline status`). */
  statusFile?: boolean;
  log?: (line: string) => void;
}

/** The embedded mode's status file, in the output folder. */
export const STATUS_FILE = ".status.json";

export interface EmbeddedStatus {
  pid: number;
  waiting: number;
  active: number;
  done: number;
  failed: IngestError[];
}

const toRel = (inbox: string, p: string) => path.relative(inbox, p).split(path.sep).join("/");
const hidden = (rel: string) => rel.split("/").some((s) => s.startsWith("."));
const articleOfSidecar = (rel: string, articles: Map<string, unknown>) => {
  const base = rel.slice(0, -".meta.json".length);
  return ARTICLE_EXTENSIONS.map((ext) => base + ext).find((f) => articles.has(f));
};

/** Waits until a file has not been written to for `settleMs`; false when it is gone. */
async function whenStable(file: string, settleMs: number): Promise<boolean> {
  for (;;) {
    const st = await fs.stat(file).catch(() => undefined);
    if (!st) return false;
    if (Date.now() - st.mtimeMs >= settleMs) return true;
    await new Promise((r) => setTimeout(r, Math.min(100, settleMs)));
  }
}

export class InboxWatcher {
  private readonly store: OutputStore;
  private readonly log: (line: string) => void;
  private readonly settleMs: number;
  /** Every file in the inbox (relative paths), articles or not. */
  private readonly files = new Set<string>();
  /** Article file → its content id (none when it could not be read). */
  private readonly contentOf = new Map<string, string | undefined>();
  /** Content id → the article files that have it (the reverse of contentOf). */
  private readonly filesOf = new Map<string, Set<string>>();
  private readonly readErrors = new Map<string, string>();
  /** Inbox entries intake will not read (links out, FIFOs, devices, folders named like articles) → why. */
  private readonly skipped = new Map<string, string>();
  /** Content id → its record's summary (what the outputs need; records stay on disk). */
  private readonly records = new Map<string, ArticleSummary>();
  /** The summaries the output folder's index held at start: stored records reused without reading them. */
  private index = new Map<string, ArticleSummary>();
  private readonly failures = new Map<string, string>();
  /** Reconcile's cache, kept between flushes: a flush recomputes only what the new records touch. */
  private reconcileCache?: ReconcileCache;
  private readonly pending = new Set<string>();
  /** Outcomes the backend delivered that wait their turn in the event chain, by id. */
  private readonly arriving = new Map<string, number>();
  private watcher?: FSWatcher;
  private chain: Promise<void> = Promise.resolve();
  private scanned = false;
  private flushTimer?: NodeJS.Timeout;
  private firstDirty = 0;
  private flushing?: Promise<void>;
  private dirtyAgain = false;
  private stopped = false;

  constructor(private readonly opts: WatchOptions) {
    this.store = new OutputStore(opts.out);
    this.log = opts.log ?? (() => {});
    this.settleMs = opts.settleMs ?? 1000;
  }

  /** Starts watching, scans what is already there; resolves once the scan is done. */
  async start(): Promise<void> {
    await this.store.removeTemporaries();
    this.index = await this.store.readIndex();
    await this.opts.backend.start((o) => {
      this.arriving.set(o.id, (this.arriving.get(o.id) ?? 0) + 1);
      void this.serial(async () => {
        const left = this.arriving.get(o.id)! - 1;
        if (left) this.arriving.set(o.id, left);
        else this.arriving.delete(o.id);
        await this.onOutcome(o);
      });
    });
    const inbox = this.opts.inbox;
    // an output folder inside the inbox is not input
    const outAbs = path.resolve(this.opts.out);
    const isOut = (p: string) => path.resolve(p) === outAbs || path.resolve(p).startsWith(outAbs + path.sep);
    this.watcher = watchFolder(inbox, {
      ignoreInitial: true,
      ignored: (p: string) => p !== inbox && (hidden(toRel(inbox, p)) || isOut(p)),
      awaitWriteFinish: { stabilityThreshold: this.settleMs, pollInterval: Math.min(100, this.settleMs) },
      // a link is an entry of its own, checked by intake; never a way into another folder
      followSymlinks: false,
    });
    this.watcher.on("add", (p) => this.serial(() => this.onFile(toRel(inbox, p))));
    this.watcher.on("change", (p) => this.serial(() => this.onFile(toRel(inbox, p))));
    this.watcher.on("unlink", (p) => this.serial(() => this.onGone(toRel(inbox, p))));
    this.watcher.on("addDir", (p) => this.serial(() => this.onFolder(toRel(inbox, p))));
    this.watcher.on("unlinkDir", (p) => this.serial(() => this.onGone(toRel(inbox, p))));
    this.watcher.on("error", (err) => this.log(`watching ${inbox}: ${reasonOf(err)}`));
    await new Promise<void>((resolve) => this.watcher!.once("ready", () => resolve()));
    // the initial scan, after the watcher is up so nothing written meanwhile is missed; a file
    // still being written is read once it has settled
    const listing = await listInbox(inbox, { skip: [this.opts.out] });
    const regular = new Set(listing.files);
    for (const e of listing.rejected) if (!regular.has(e.file)) this.skip(e.file, e.reason);
    const all = listing.files;
    const young: string[] = [];
    for (const rel of all.sort()) {
      const st = await fs.stat(path.join(inbox, rel)).catch(() => undefined);
      if (st && Date.now() - st.mtimeMs < this.settleMs) young.push(rel);
      else if (st) await this.serial(() => this.onFile(rel));
    }
    await Promise.all(
      young.map(async (rel) => {
        if (await whenStable(path.join(inbox, rel), this.settleMs)) await this.serial(() => this.onFile(rel));
      }),
    );
    await this.serial(async () => {
      this.scanned = true;
      this.log(`watching ${inbox}: ${this.contentOf.size} article file(s), ${this.pending.size} to extract`);
      this.schedule(true);
    });
  }

  /** Handles one event at a time, in arrival order. */
  private serial(fn: () => Promise<void>): Promise<void> {
    const next = this.chain.then(fn).catch((err) => this.log(`error: ${reasonOf(err)}`));
    this.chain = next;
    return next;
  }

  /** The file that speaks for a content id: the first in listing order with that content. */
  private ownerOf(id: string): string | undefined {
    let owner: string | undefined;
    for (const rel of this.filesOf.get(id) ?? []) if (owner === undefined || rel < owner) owner = rel;
    return owner;
  }

  /** Records which content a file has now (none: unreadable; null: the file is gone). */
  private setContent(rel: string, id: string | undefined | null) {
    const before = this.contentOf.get(rel);
    if (before) {
      const set = this.filesOf.get(before)!;
      set.delete(rel);
      if (!set.size) this.filesOf.delete(before);
    }
    if (id === null) {
      this.contentOf.delete(rel);
      return;
    }
    this.contentOf.set(rel, id);
    if (id) {
      const set = this.filesOf.get(id) ?? new Set<string>();
      set.add(rel);
      this.filesOf.set(id, set);
    }
  }

  private async read(rel: string): Promise<ArticleInput> {
    return readInboxArticle(this.opts.inbox, rel, this.opts.published);
  }

  /** An entry intake will not read: reported, and whatever it stood for leaves the outputs. */
  private skip(rel: string, reason: string) {
    if (this.skipped.get(rel) !== reason) this.log(`failed ${rel}: ${reason}`);
    this.skipped.set(rel, reason);
  }

  private async onFolder(rel: string) {
    if (this.stopped || !rel) return;
    const problem = await entryProblem(this.opts.inbox, rel).catch(() => undefined);
    if (problem) this.skip(rel, problem);
    this.schedule();
  }

  private async onFile(rel: string) {
    if (this.stopped) return;
    // the same intake check as `run` and the first scan: links out, FIFOs, devices are not read
    let problem: string | undefined;
    try {
      problem = await entryProblem(this.opts.inbox, rel);
    } catch {
      return; // gone again: the unlink event follows
    }
    if (problem) {
      this.skip(rel, problem);
      // what it stood for leaves; an article whose sidecar cannot be read fails, as in `run`
      if (this.files.delete(rel) || this.contentOf.has(rel)) await this.onGone(rel, true);
      else if (isSidecar(rel)) {
        const article = articleOfSidecar(rel, this.contentOf);
        if (article) await this.onFile(article);
      }
      this.schedule();
      return;
    }
    this.skipped.delete(rel);
    this.files.add(rel);
    if (isSidecar(rel)) {
      // a sidecar is part of its article's content
      const article = articleOfSidecar(rel, this.contentOf);
      if (article) await this.onFile(article);
      this.schedule();
      return;
    }
    if (!isArticleFile(rel)) {
      this.schedule();
      return;
    }
    let input: ArticleInput;
    try {
      input = await this.read(rel);
    } catch (err) {
      // gone again before it could be read: the unlink event follows
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
      const before = this.contentOf.get(rel);
      this.setContent(rel, undefined);
      this.readErrors.set(rel, err instanceof BadInputError ? err.message : `could not read the file: ${reasonOf(err)}`);
      if (before) await this.release(before);
      this.schedule();
      return;
    }
    this.readErrors.delete(rel);
    const id = contentId(input.bytes, input.sidecar);
    const before = this.contentOf.get(rel);
    if (before === id && this.contentOf.has(rel)) return; // the same content again: one job, nothing new
    this.setContent(rel, id);
    if (before) {
      this.log(`${rel}: changed, the new version replaces the old one`);
      await this.release(before);
    }
    await this.want(id, false, input);
    this.schedule();
  }

  private async onGone(rel: string, keepSkipped = false) {
    if (this.stopped) return;
    this.files.delete(rel);
    if (!keepSkipped) this.skipped.delete(rel);
    if (isSidecar(rel)) {
      const article = articleOfSidecar(rel, this.contentOf);
      if (article) await this.onFile(article);
    } else if (this.contentOf.has(rel)) {
      const before = this.contentOf.get(rel);
      this.setContent(rel, null);
      this.readErrors.delete(rel);
      this.log(`${rel}: deleted, its record leaves the outputs`);
      if (before) await this.release(before);
    }
    this.schedule();
  }

  /**
   * A content id some file has: its record comes from the store, a finished job, or a new
   * extraction. Whatever path it takes, an id is left pending only while the backend has work for
   * it (so "under way" never outlives the work).
   */
  private async want(id: string, again = false, known?: ArticleInput) {
    const owner = this.ownerOf(id);
    if (!owner) return this.unpend(id);
    const have = this.records.get(id);
    if (have && have.file === owner) return this.unpend(id);
    if (!again && (this.pending.has(id) || this.failures.has(id))) return;
    const input = known?.file === owner ? known : await this.read(owner).catch(() => undefined);
    // changed or gone meanwhile: its own event follows and asks again
    if (!input || contentId(input.bytes, input.sidecar) !== id) return this.unpend(id);
    const stored = await reusableSummary(input, this.store, this.opts.pipeline.fingerprint, this.index);
    if (stored) {
      this.records.set(id, stored);
      this.unpend(id);
      return;
    }
    this.records.delete(id);
    this.failures.delete(id);
    this.pending.add(id);
    this.log(`queued ${owner} (${id})`);
    await this.opts.backend.submit(id, input, again || have !== undefined);
  }

  private unpend(id: string) {
    if (this.pending.delete(id)) this.opts.backend.forget(id);
  }

  /** A content id one file no longer has: it leaves the outputs unless another file has it. */
  private async release(id: string) {
    if (this.filesOf.has(id)) {
      // another file has this content; if the one that gave the record its name went, re-extract
      await this.want(id);
      return;
    }
    this.records.delete(id);
    this.failures.delete(id);
    if (this.pending.delete(id)) this.opts.backend.forget(id);
  }

  private async onOutcome(o: Outcome) {
    if (!this.pending.has(o.id)) return;
    const owner = this.ownerOf(o.id);
    if (!owner) {
      this.pending.delete(o.id);
      return;
    }
    const wanted = this.opts.pipeline.fingerprint;
    if (o.ok && o.record.extractedWith !== wanted) {
      // made with other lists or code: never stored, whatever its name
      this.pending.delete(o.id);
      const reason = mismatchReason(o.record.extractedWith, wanted);
      this.failures.set(o.id, reason);
      this.log(`failed ${owner}: ${reason}`);
      this.schedule();
      return;
    }
    if (o.ok && o.record.source.file !== owner) {
      // extracted under a name that is no longer the one to use (a copy was deleted meanwhile)
      await this.want(o.id, true);
      return;
    }
    this.pending.delete(o.id);
    if (o.ok) {
      await this.store.writeRecord(o.record);
      this.records.set(o.id, summaryOf(o.record));
      this.log(`done ${owner} (${o.id})`);
    } else {
      this.failures.set(o.id, o.reason);
      this.log(`failed ${owner}: ${o.reason}`);
    }
    this.schedule();
  }

  /** Debounced output writes: after a quiet spell, and at least every maxWaitMs under a stream. */
  private schedule(now = false) {
    if (!this.scanned || this.stopped) return;
    const debounce = this.opts.debounceMs ?? 300;
    const maxWait = this.opts.maxWaitMs ?? 2000;
    if (!this.firstDirty) this.firstDirty = Date.now();
    clearTimeout(this.flushTimer);
    const wait = now ? 0 : Math.max(0, Math.min(debounce, this.firstDirty + maxWait - Date.now()));
    this.flushTimer = setTimeout(() => void this.flush(), wait);
  }

  /** Writes the outputs for the inbox as it is now; one write at a time. */
  flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.firstDirty = 0;
    if (this.flushing) {
      this.dirtyAgain = true;
      return this.flushing;
    }
    this.flushing = this.serial(() => this.writeAll()).finally(() => {
      this.flushing = undefined;
      if (this.dirtyAgain) {
        this.dirtyAgain = false;
        this.schedule(true);
      }
    });
    return this.flushing;
  }

  /**
   * The net under every path that could leave an id "under way" with nothing behind it (an
   * outcome lost to an error while it was handled): such an id is asked for again; a job that
   * finished meanwhile gives its record back without a new extraction.
   */
  private async askAgainForOrphans() {
    for (const id of [...this.pending]) {
      if (this.arriving.has(id) || this.opts.backend.awaiting(id)) continue;
      this.log(`${this.ownerOf(id) ?? id}: under way with no work behind it, asked for again`);
      this.pending.delete(id);
      await this.want(id);
    }
  }

  private async writeAll() {
    await this.askAgainForOrphans();
    const owners = new Map<string, string>();
    for (const id of this.filesOf.keys()) owners.set(id, this.ownerOf(id)!);
    const records: ArticleSummary[] = [];
    for (const [id, owner] of owners) {
      const r = this.records.get(id);
      if (r && r.file === owner) records.push(r);
    }
    const errors: IngestError[] = [...classifyFiles(this.files).rejected];
    for (const [rel, reason] of this.skipped) errors.push({ file: rel, reason });
    for (const [rel, reason] of this.readErrors) if (this.contentOf.has(rel)) errors.push({ file: rel, reason });
    for (const [id, reason] of this.failures) if (owners.has(id)) errors.push({ file: owners.get(id)!, reason });
    // records of content no file in the inbox has any more leave the output folder
    for (const id of await this.store.recordIds()) if (!owners.has(id)) await this.store.removeRecord(id);
    this.reconcileCache ??= await ReconcileCache.load(this.store.dir);
    await writeOutputs(this.store, records, errors, this.opts.pipeline.reconcileOptions, false, this.reconcileCache);
    if (this.opts.statusFile) {
      const counts = await this.opts.backend.counts();
      const status: EmbeddedStatus = { pid: process.pid, ...counts, done: records.length, failed: errors };
      await writeAtomic(path.join(this.opts.out, STATUS_FILE), toJson(status));
    }
    this.log(`outputs written: ${records.length} record(s), ${errors.length} failed, ${this.pending.size} under way`);
  }

  /** Stops watching, writes the outputs one last time, closes the backend. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    await this.watcher?.close();
    if (this.scanned) await this.flush();
    this.stopped = true;
    clearTimeout(this.flushTimer);
    await this.chain;
    await this.opts.backend.close();
  }
}
