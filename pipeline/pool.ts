// A worker_threads pool for the CPU-heavy stages (ingest + extract), so every core works. The main
// thread keeps the files and the output folder; a thread gets an article's bytes and returns its
// record. Built code runs `pool-worker.js`; TypeScript source (vitest, tsx) runs `pool-worker.ts`
// through tsx's loader.
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { BadInputError } from "./errors.js";
import type { ArticleInput } from "./ingest.js";
import type { ArticleRecord } from "./schemas.js";
import { activeAgreementsJson, activeReferenceJson } from "./settings.js";

/** What a pool thread answers for one article. */
export type PoolAnswer =
  | { seq: number; ok: true; record: ArticleRecord }
  | { seq: number; ok: false; message: string; badInput: boolean };

/** What a thread is started with. */
export interface PoolThreadData {
  referenceJson: string | null;
  agreementsJson: string | null;
}

export interface PoolRequest {
  seq: number;
  input: ArticleInput;
}

interface Task {
  req: PoolRequest;
  resolve: (r: ArticleRecord) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  answered?: boolean;
}

/** The number of threads worth running here: one per core the process may use. */
export const defaultPoolSize = () => Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length);

/** A thread running the pool's worker module: built JavaScript as is, TypeScript source through tsx. */
function startThread(): Worker {
  // the thread extracts with this process's reference list and agreement registry
  const workerData: PoolThreadData = { referenceJson: activeReferenceJson(), agreementsJson: activeAgreementsJson() };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./pool-worker.js", import.meta.url), { workerData });
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const tsx = pathToFileURL(path.join(tsxDir, "dist", "esm", "api", "index.mjs")).href;
  const entry = new URL("./pool-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`, { eval: true, workerData });
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Task[] = [];
  private seq = 0;
  private closed = false;
  /** Threads that stopped in a row before answering anything: a pool that cannot start gives up. */
  private failedStarts = 0;

  constructor(readonly size = defaultPoolSize()) {
    if (size < 1) throw new RangeError("a pool needs at least one thread");
  }

  /** ingest + extract in a thread; rejects with BadInputError for unusable files. */
  extract(input: ArticleInput): Promise<ArticleRecord> {
    if (this.closed) return Promise.reject(new Error("the extract pool is closed"));
    if (this.failedStarts >= 3) return Promise.reject(new Error("extract threads cannot start"));
    return new Promise((resolve, reject) => {
      this.waiting.push({ req: { seq: ++this.seq, input }, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch() {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const task = this.waiting.shift()!;
      slot.task = task;
      slot.worker.ref();
      slot.worker.postMessage(task.req);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startThread() };
    slot.worker.on("message", (a: PoolAnswer) => {
      const task = slot.task;
      if (!task || task.req.seq !== a.seq) return;
      slot.task = undefined;
      slot.answered = true;
      this.failedStarts = 0;
      // an idle thread does not keep the process alive
      slot.worker.unref();
      if (a.ok) task.resolve(a.record);
      else task.reject(a.badInput ? new BadInputError(a.message) : new Error(a.message));
      this.dispatch();
    });
    // a thread that dies (out of memory, a crash in native code) fails its article as a
    // transient error and is replaced by a fresh thread
    const lost = (err: Error) => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      this.slots.splice(i, 1);
      slot.task?.reject(new Error(`extract thread stopped: ${err.message}`));
      slot.task = undefined;
      if (!slot.answered && ++this.failedStarts >= 3) {
        for (const t of this.waiting.splice(0)) t.reject(new Error(`extract threads cannot start: ${err.message}`));
      }
      if (!this.closed) this.dispatch();
    };
    slot.worker.on("error", lost);
    slot.worker.on("exit", (code) => lost(new Error(`exit code ${code}`)));
    this.slots.push(slot);
    return slot;
  }

  /** Stops the threads; articles not yet started are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.waiting.splice(0)) t.reject(new Error("the extract pool is closed"));
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
