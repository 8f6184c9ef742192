// When `run` starts more extract threads: only when the articles left outweigh each new thread's warm-up.
import { describe, expect, it } from "vitest";
import { POOL_WARMUP_ARTICLES, POOL_WARMUP_ARTICLES_LIMITED, threadsPay } from "../pipeline/run.js";

describe("threadsPay", () => {
  // remaining, threads, cores, share of the rest of the process (main thread, V8 compiler and collector) in a thread's CPU per article, pays
  const rows: [number, number, number, number, boolean][] = [
    // a thousand articles: a second thread's warm-up eats what it would save (measured 0.95×)
    [1000, 2, 2, 0.15, false],
    [5000, 2, 2, 0.15, true],
    // while the first thread warms up, V8 compiling for it takes most of the other core
    [5000, 2, 2, 0.8, false],
    // the rest of the process: with two cores, the more CPU it takes, the less a second thread gains
    [1600, 2, 2, 0, true],
    [1600, 2, 2, 0.3, false],
    // one core: more threads only share it
    [100_000, 2, 1, 0.15, false],
    // four cores: three more threads pay their three warm-ups sooner than one more pays its one
    [3000, 4, 4, 0.15, true],
    [1500, 4, 4, 0.15, false],
    // nothing left to extract
    [0, 2, 2, 0, false],
  ];
  it.each(rows)("%i articles, %i threads, %i cores, the rest's share %f → %s", (remaining, threads, cores, otherShare, pays) => {
    expect(threadsPay(remaining, threads, cores, otherShare)).toBe(pays);
  });

  // with the largest functions left unoptimized a new thread warms up in fewer articles: a thousand pay for it, six hundred do not
  const limitedRows: [number, boolean][] = [
    [1000, true],
    [600, false],
  ];
  it.each(limitedRows)("%i articles, 2 threads, 2 cores, the rest's share 0.15, the limited warm-up → %s", (remaining, pays) => {
    expect(threadsPay(remaining, 2, 2, 0.15, POOL_WARMUP_ARTICLES_LIMITED)).toBe(pays);
  });

  it("grows just past the articles that pay for one more thread's warm-up", () => {
    // two idle cores and nothing else to run: a second thread halves the articles left
    expect(threadsPay(2 * POOL_WARMUP_ARTICLES, 2, 2, 0)).toBe(false);
    expect(threadsPay(2 * POOL_WARMUP_ARTICLES + 1, 2, 2, 0)).toBe(true);
  });
});
