// A hint to V8 at `run`'s phase boundaries. A run's phases leave most of what the last one made as
// garbage all at once: the threads' body lines once the index holds them, the decoded contributions
// once reconcile is done. V8 sizes its heap from what was live at its last full collection, which in a
// long extraction is long past, so without a hint the heap of a 10,000-article run grew to three times
// what was live (peak RSS 1,033 MB against some 250 MB live). A major collection started at the
// boundary sizes the next phase's heap from what it really keeps: peak RSS about 700 MB on the same
// run. It runs once the current task ends, but whole, not incrementally: node's `--trace-gc` shows
// one pause for it (0.33 s for a 229 MB heap), so a caller asks for it only where the next phase
// allocates much.
//
// The collector is reached as node's own `--expose-gc` flag gives it, set at run time and read from a
// new context (the main context's globals are left as they are). Where that is refused, nothing
// happens: the hint only saves memory, it never changes a result.
import v8 from "node:v8";
import vm from "node:vm";

type Collect = (options: { type: "major"; execution: "async" }) => unknown;
let collect: Collect | null | undefined;

/** Heaps smaller than this are not worth a collection: a small run ends before its garbage matters. */
const WORTH_BYTES = 64 << 20;

/** Asks for a full garbage collection, run once the current task ends, when the heap holds enough to be worth it; returns at once. */
export function collectGarbageSoon(): void {
  if (v8.getHeapStatistics().used_heap_size < WORTH_BYTES) return;
  if (collect === undefined) {
    try {
      v8.setFlagsFromString("--expose-gc");
      collect = vm.runInNewContext("gc") as Collect;
    } catch {
      collect = null;
    }
  }
  try {
    void collect?.({ type: "major", execution: "async" });
  } catch {
    collect = null;
  }
}
