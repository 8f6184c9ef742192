// Where an article record lives in the output folder and how one is written: a temporary file
// beside it, then a rename, in a few synchronous calls. The store writes records with it, and so
// does each extract thread of `run` (pool-worker.ts), which loads this module and not the store.
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The record file of content id `id` in the records folder `dir` (articles/). */
export const recordFile = (dir: string, id: string) => path.join(dir, `${id}.json`);

/**
 * A temporary name beside `file`, unique across processes and threads (a random part drawn once per
 * module instance, so once per thread) and across writes (a counter). The store removes what a
 * crash left of these (`.<name>.<tag>.tmp`).
 */
const tmpTag = randomBytes(6).toString("hex");
let tmpCount = 0;
export const temporaryFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${tmpTag}${(++tmpCount).toString(36)}.tmp`);

/**
 * Folders writeAtomicSync created or found (`mkdir` once per folder, not once per record); a folder
 * removed since is made again when a write finds it gone.
 */
const madeFolders = new Set<string>();

/**
 * One small text written at once (an article record), atomically: the temporary file and rename, in
 * four synchronous calls (open, write, close, rename) instead of as many promises on the thread pool,
 * which cost several times more CPU per file.
 */
export function writeAtomicSync(file: string, content: string): void {
  const dir = path.dirname(file);
  for (let attempt = 0; ; attempt++) {
    if (!madeFolders.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeFolders.add(dir);
    }
    const tmp = temporaryFor(file);
    try {
      writeFileSync(tmp, content);
      renameSync(tmp, file);
      return;
    } catch (err) {
      rmSync(tmp, { force: true });
      if ((err as NodeJS.ErrnoException).code === "ENOENT" && madeFolders.delete(dir) && attempt === 0) continue;
      throw err;
    }
  }
}
