// How a function's time grows with its input, for the *-linear tests (issue 13): ratios of times at
// 1×, 2× and 4× a base size, never absolute times, so a loaded machine slows all sizes alike.

/** `unit` repeated up to `size` characters, after a headline. */
export const repeat = (unit: string) => (size: number) => "A headline for the test\n\n" + unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The fastest of three runs of `run` on `text`, in milliseconds (the others may meet a collection). */
export function timed(run: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) best = Math.min(best, once(run, text));
  return best;
}

/**
 * One run's time, in ms: the lesser of its wall time and the CPU time (user and system) this process
 * spent meanwhile. The test runs in its own process (vitest's forks), so each clock errs one way
 * only: a neighbouring process that takes the cores away stretches the wall time, not the CPU time;
 * V8's compiler and parallel collector threads add CPU time beside the run, not wall time. The
 * lesser is the nearer to the run's own work. (Wall time alone once failed CI at 6.07× for a linear
 * step under load; CPU time alone at 6.86×, a collection's helper threads counted in the 4× run.)
 */
function once(run: (text: string) => unknown, text: string): number {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  run(text);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return Math.min(wall, (c.user + c.system) / 1000);
}

/**
 * Times `run` at 1×, 2× and 4× a size of `make` (after a warm-up) and returns the ratios. The size
 * is `base`, doubled (with `minMs`) until one run takes at least that long: at a few tens of
 * milliseconds a collection or a neighbouring test's process is a large share of the time, and the
 * ratios say more about the machine than about the code. The three sizes are timed in turn, five
 * rounds, and each keeps its fastest: a busy spell on a shared machine then slows one round of every
 * size, not all the runs of one size (a CI run once saw 4× the text take 6.07× the time, where the
 * same code measured alone grows linearly); when 4× still looks slow after five, five more rounds.
 */
export function growth(make: (size: number) => string, run: (text: string) => unknown, base: number, minMs = 0) {
  run(make(base)); // warm-up: compile the regexes and the hot paths first
  let size = base;
  let t1 = timed(run, make(size));
  // (at most 1M characters: at 4× a text of tens of megabytes the allocator, not the code, sets the time)
  while (t1 < minMs && size < base * 64 && size * 2 <= 1_000_000) {
    size *= 2;
    t1 = timed(run, make(size));
  }
  const texts = [1, 2, 4].map((k) => make(size * k));
  const best = [t1, Infinity, Infinity];
  // five rounds; five more when the largest size still looks slow: a collection or a busy spell can cover every
  // round of one size (a quiet CI run once saw 6.7× for a case that measures 2–3.4× alone), while work that truly
  // grows faster than the text (16× for quadratic) stays slow however often it is timed
  for (let round = 0; round < 10; round++) {
    if (round === 5 && best[2] / best[0] < 4.5) break;
    texts.forEach((text, i) => { best[i] = Math.min(best[i], once(run, text)); });
  }
  const [b1, t2, t4] = best;
  return { size, t1: b1, t2, t4, double: t2 / b1, quadruple: t4 / b1 };
}
