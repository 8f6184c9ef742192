// One thread of the extract pool: article bytes in, an article record (or its line and summary body;
// or, for `run`, the record's file written here and its summary body) out (see pool.ts). The thread
// builds its own pipeline from the configuration the pool hands it. It imports what it runs
// (extract.js and record-file.js, not run.js or the store with its output writers).
import { parentPort, workerData } from "node:worker_threads";
import { BadInputError } from "./errors.js";
import { extractArticle, WARM_UP_ARTICLE } from "./extract.js";
import { createPipeline } from "./pipeline.js";
import type { PoolAnswer, PoolRequest, PoolThreadData, WrittenArticle } from "./pool.js";
import { recordFile, writeAtomicSync } from "./record-file.js";
import { storedArticle } from "./summary.js";
import type { ArticleRecord } from "./schemas.js";

/** The record's line written to its file in `dir` (articles/), here; its summary's body answered. */
function writeRecord(record: ArticleRecord, dir: string): WrittenArticle {
  const { line, ...written } = storedArticle(record);
  writeAtomicSync(recordFile(dir, written.id), line);
  return written;
}

const data = workerData as PoolThreadData | null;
const pipeline = createPipeline(data?.config ?? {}, data?.fingerprint);

// a first extraction loads and compiles what the extractors need (a second or more on a busy
// machine): done here, before the thread takes files, so it never counts against a file's budget
await extractArticle(WARM_UP_ARTICLE, pipeline).catch(() => {});

/** One file: extracted (and, for `run`, its record written), its answer posted. */
async function handle({ seq, input, into }: PoolRequest): Promise<void> {
  let answer: PoolAnswer;
  try {
    const record = await extractArticle(input, pipeline);
    // for `run`: text, not the record's objects, crosses to the main thread; the record's line
    // (three times the body) not even that, when the thread writes its file
    answer = into !== undefined ? { seq, ok: true, written: writeRecord(record, into) } : { seq, ok: true, record };
  } catch (err) {
    answer = { seq, ok: false, message: err instanceof Error ? err.message : String(err), badInput: err instanceof BadInputError };
  }
  parentPort!.postMessage(answer);
}

// one file at a time, in the order given: the pool may send a file ahead while this thread works on
// another, and a file that waits on a timer (a test's slow extraction) must not let the next one start
let queue = Promise.resolve();
parentPort!.on("message", (req: PoolRequest) => {
  queue = queue.then(() => handle(req));
});
// from now on each file starts as it arrives: the pool counts its time budget from the hand-off
parentPort!.postMessage({ ready: true } satisfies PoolAnswer);
