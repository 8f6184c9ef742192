// One thread of the extract pool: article bytes in, an article record out (see pool.ts).
import { parentPort, workerData } from "node:worker_threads";
import { BadInputError } from "./errors.js";
import type { PoolAnswer, PoolRequest, PoolThreadData } from "./pool.js";
import { extractArticle } from "./run.js";
import { useAgreements, useReference } from "./settings.js";

useReference((workerData as PoolThreadData | null)?.referenceJson ?? null);
useAgreements((workerData as PoolThreadData | null)?.agreementsJson ?? null);

parentPort!.on("message", async ({ seq, input }: PoolRequest) => {
  let answer: PoolAnswer;
  try {
    answer = { seq, ok: true, record: await extractArticle(input) };
  } catch (err) {
    answer = { seq, ok: false, message: err instanceof Error ? err.message : String(err), badInput: err instanceof BadInputError };
  }
  parentPort!.postMessage(answer);
});
