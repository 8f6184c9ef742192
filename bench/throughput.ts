// `npm run bench:throughput [-- --articles N --threads 2 --run-articles 3000 --rounds 2 --ratio-only]`: the
// extract stage's cost next to a reference NLP pipeline, what a thread costs to warm up, and what
// the extract threads buy.
//   1. ingest + extract per article, in this process, side by side with wink-nlp's `readDoc` (its
//      English lite model: tokens, sentences, POS, entities) on the same texts, interleaved so that
//      machine load hits both alike; prints the median of each and their ratio (#13: ≤ 2× wink).
//   2. one extract thread from cold, as `run` starts it (a pool of one thread running the built
//      code): `--warm-articles` articles one after another while this thread waits, the process's
//      CPU per hundred. Prints what starting the thread costs, its CPU per article once warm (the
//      mean of the last quarter), and its warm-up: the CPU beyond that rate, what every added thread
//      pays again (its isolate compiles the extractors anew), next to the POOL_WARMUP_ARTICLES `run`
//      assumes when it decides on a second thread; then the same with V8 leaving the extractors'
//      largest functions unoptimized, as `run` has it on every core with a short inbox per thread.
//   3. `claimline run` end to end (the built CLI, as a user runs it) with `--threads 1` and with
//      `--threads N`, on `--run-articles` (3000 by default: at 1000 the second thread's warm-up
//      eats what it gains) and on a smaller inbox (at which each thread has about finished its
//      warm-up, from 2.; between a third and two thirds of the larger), `--rounds` times each in
//      turn, keeping the fastest. Prints each run's throughput and their ratio (#13: ≥ 1.7× with two
//      threads on an idle machine; the load average is printed because it matters), the part the
//      threads work in (listing, reading, extracting) and the CPU spent until then (every thread's,
//      which load inflates far less than time; and the main thread's alone, per article, on Linux); then the steady-state throughput, from the
//      difference between the two sizes (what the larger run's extra articles cost, so each
//      thread's warm-up and the fixed costs drop out), whole runs and the part the threads work in,
//      and from it and the warm-up the inbox size from which more threads finish their part sooner
//      (threadsPay's rule in run.ts, with these measurements).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { syntheticArticle, writeInbox } from "./generate.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "300" },
    "warmup-articles": { type: "string", default: "1000" },
    words: { type: "string", default: "700" },
    threads: { type: "string", default: "2" },
    "run-articles": { type: "string", default: "3000" },
    "warm-articles": { type: "string", default: "2000" },
    rounds: { type: "string", default: "2" },
    // 1. alone: the ratio to wink-nlp, without the thread measurements (a minute instead of several)
    "ratio-only": { type: "boolean", default: false },
  },
});
const n = Number(values.articles);
const threads = Number(values.threads);
const runN = Number(values["run-articles"]);
const warmN = Number(values["warm-articles"]);
const rounds = Number(values.rounds);
const enc = new TextEncoder();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const corpus = Array.from({ length: n }, (_, i) => syntheticArticle(i + 1, Number(values.words)));
const nlp = winkNLP(model);
const claimline = async (a: (typeof corpus)[number]) => extract(await ingest({ file: a.file, bytes: enc.encode(a.text), published: a.published }));
const wink = (a: (typeof corpus)[number]) => {
  const doc = nlp.readDoc(a.text);
  // touch what readDoc computed so nothing is left lazy
  return doc.tokens().length() + doc.sentences().length() + doc.entities().length();
};

// warm-up: module initialisation and JIT for both, on other texts, as many articles as a thread
// takes to settle (2. below measures it: about 650), so the medians compare the two at the steady
// speed a long run spends most of its time at, not claimline's compilation against wink's (10
// articles, as this bench first did, left claimline's median about twice its settled cost)
const warmupN = Number(values["warmup-articles"]);
for (let i = 0; i < warmupN; i++) {
  const a = syntheticArticle(n + i + 1, Number(values.words));
  await claimline(a);
  wink(a);
}
const ours: number[] = [];
const theirs: number[] = [];
// the process's CPU per article too: on a machine shared with other work, wall time counts the time this
// process waits for a core (at a load of 10 on 2 cores the wall-time ratio ranged 4.6-17×; the CPU one 2.7-2.9×)
const oursCpu: number[] = [];
const theirsCpu: number[] = [];
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
for (const a of corpus) {
  let c = cpuNow();
  let t = performance.now();
  await claimline(a);
  ours.push(performance.now() - t);
  oursCpu.push(cpuNow() - c);
  c = cpuNow();
  t = performance.now();
  wink(a);
  theirs.push(performance.now() - t);
  theirsCpu.push(cpuNow() - c);
}
const [mo, mw] = [median(ours), median(theirs)];
const [co, cw] = [median(oursCpu), median(theirsCpu)];
console.log(`claimline bench:throughput, node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`after a warm-up of ${warmupN} other articles each, interleaved:`);
console.log(`extract stage (ingest + extract, validated), median of ${n}: ${mo.toFixed(2)} ms/article`);
console.log(`wink-nlp readDoc (lite model), same texts:        ${mw.toFixed(2)} ms/article`);
console.log(`ratio claimline / wink:                            ${(mo / mw).toFixed(2)}×`);
console.log(`the same in the process's CPU time: ${co.toFixed(2)} / ${cw.toFixed(2)} ms/article, ratio ${(co / cw).toFixed(2)}× (less sensitive to the machine's load)`);

/** The CPU this process has spent (every thread's), in ms. */
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/**
 * The CPU each of this process's threads has spent, in ms, by thread id, from /proc/self/task (Linux;
 * empty elsewhere): what tells the extract thread's own work from V8's compiler and collector
 * threads' (node's platform threads, there before any pool thread starts).
 */
function taskCpuMs(): Map<number, number> {
  const m = new Map<number, number>();
  let tasks: string[] = [];
  try {
    tasks = readdirSync("/proc/self/task");
  } catch {
    return m;
  }
  for (const t of tasks) {
    try {
      const f = readFileSync(`/proc/self/task/${t}/stat`, "utf8");
      // utime and stime, the 12th and 13th fields after the command name, in clock ticks (100 a second)
      const rest = f.slice(f.lastIndexOf(")") + 2).split(" ");
      m.set(Number(t), (Number(rest[11]) + Number(rest[12])) * 10);
    } catch {
      // the thread ended meanwhile
    }
  }
  return m;
}

/**
 * One pool thread from cold: `count` synthetic articles extracted one after another (this thread
 * only hands them over and waits), the process's CPU taken per `batch`. The pool is the built one,
 * so the thread loads the built modules as `run`'s threads do.
 */
async function threadFromCold(count: number, limited = false, batch = 100) {
  const { ExtractPool, limitBigFunctions } = (await import(pathToFileURL(path.resolve("dist/pipeline/pool.js")).href)) as typeof import("../pipeline/pool.js");
  // `limited`: as `run` extracts a short inbox on every core, V8 leaving the largest functions unoptimized
  const restore = limited ? limitBigFunctions() : async () => {};
  const inputs = Array.from({ length: count }, (_, i) => {
    const a = syntheticArticle(i + 1, Number(values.words));
    return { file: a.file, bytes: enc.encode(a.text), published: a.published };
  });
  // the thread writes each record's file as it does for `run` (extractInto), into a folder of its own
  const records = mkdtempSync(path.join(os.tmpdir(), "claimline-cold-"));
  // the threads there before the pool (this one, V8's platform threads) and their CPU so far: a thread
  // that appears later is the pool's
  const before = taskCpuMs();
  const c0 = cpuMs();
  const pool = new ExtractPool(1);
  try {
    // the thread's start: its modules, its own warm-up extraction (pool-worker), the first article
    await pool.extractInto(records, inputs[0]);
    const start = cpuMs() - c0;
    const perArticle: number[] = [];
    let last = cpuMs();
    for (let i = 1; i <= count - batch; i += batch) {
      for (let k = i; k < i + batch; k++) await pool.extractInto(records, inputs[k]);
      const now = cpuMs();
      perArticle.push((now - last) / batch);
      last = now;
    }
    // warm once the last quarter's batches are reached: their mean is the steady rate
    const tail = perArticle.slice(-Math.max(1, Math.floor(perArticle.length / 4)));
    const steady = tail.reduce((a, b) => a + b, 0) / tail.length;
    const extracted = 1 + perArticle.length * batch;
    const total = start + perArticle.reduce((a, b) => a + b * batch, 0);
    const within = perArticle.findIndex((x) => x <= steady * 1.1);
    // the whole run's CPU by kind of thread: the extract thread's own, V8's platform threads' (compiling
    // and collecting for every isolate), this thread's (handing articles over)
    const after = taskCpuMs();
    const split = { thread: 0, platform: 0, main: 0 };
    for (const [tid, ms] of after) {
      const was = before.get(tid);
      if (tid === process.pid) split.main += ms - (was ?? 0);
      else if (was !== undefined) split.platform += ms - was;
      else split.thread += ms;
    }
    return {
      split: after.size ? split : undefined, start, steady, extracted, warmUp: total - extracted * steady, steadyFrom: 1 + (within < 0 ? perArticle.length : within) * batch, first: perArticle[0] };
  } finally {
    await pool.close();
    await restore();
    rmSync(records, { recursive: true, force: true });
  }
}

const cli = path.resolve("dist/cli/cli.js");
if (values["ratio-only"]) {
  // the thread measurements skipped on request
} else if (!existsSync(cli)) {
  console.log("(run `npm run build` for the thread measurements: they run the built code)");
} else {
  const { POOL_WARMUP_ARTICLES } = (await import(pathToFileURL(path.resolve("dist/pipeline/run.js")).href)) as typeof import("../pipeline/run.js");
  const { POOL_WARMUP_ARTICLES_LIMITED } = (await import(pathToFileURL(path.resolve("dist/pipeline/run.js")).href)) as typeof import("../pipeline/run.js");
  const w = await threadFromCold(warmN);
  // the same with the largest functions left unoptimized, as `run` has it on every core with a short inbox per thread
  const wl = await threadFromCold(warmN, true);
  for (const [x, how, assumed] of [
    [w, "", POOL_WARMUP_ARTICLES],
    [wl, ", the largest functions left unoptimized (limitBigFunctions)", POOL_WARMUP_ARTICLES_LIMITED],
  ] as const) {
    console.log(`one extract thread from cold${how}, ${x.extracted} articles one after another (the process's CPU: the thread's and V8's compiler and collector threads'):`);
    console.log(`  start (modules, its warm-up extraction, the first article): ${x.start.toFixed(0)} ms of CPU; its first hundred ${x.first.toFixed(2)} ms/article`);
    console.log(`  warm: ${x.steady.toFixed(2)} ms of CPU/article (last quarter), within 10% of it from article ${x.steadyFrom}`);
    console.log(`  warm-up: ${(x.warmUp / 1000).toFixed(2)} s of CPU beyond the warm rate, ${(x.warmUp / x.steady).toFixed(0)} articles' worth, paid by every thread started (run assumes ${assumed})`);
    if (x.split)
      console.log(
        `  its CPU by thread (Linux): the extract thread's own ${(x.split.thread / 1000).toFixed(2)} s, V8's platform threads' (compiling, collecting) ${(x.split.platform / 1000).toFixed(2)} s, the main thread's ${(x.split.main / 1000).toFixed(2)} s`,
      );
  }

  const root = mkdtempSync(path.join(os.tmpdir(), "claimline-throughput-"));
  // the smaller run's threads are about warm by its end (each extracts its share up to where one
  // thread's rate settled above), so what the larger run adds is the threads' warm rate; kept between
  // a third and two thirds of the larger run so that both differ enough to measure
  const smallN = Math.round(Math.min((runN * 2) / 3, Math.max(runN / 3, threads * w.steadyFrom)));
  const inboxes = new Map([
    [smallN, path.join(root, "inbox-small")],
    [runN, path.join(root, "inbox")],
  ]);
  for (const [count, dir] of inboxes) await writeInbox(dir, 1, count);
  // the whole run, and (from its CLAIMLINE_TIMINGS lines) the part the threads work in: listing,
  // reading and extracting; the rest (reconcile and the reports) runs on the main thread alone
  const timed = (count: number, t: number) => {
    const out = path.join(root, `out-${count}-${t}`);
    rmSync(out, { recursive: true, force: true });
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, "run", inboxes.get(count)!, "--out", out, "--threads", String(t), "--quiet"], { encoding: "utf8", env: { ...process.env, CLAIMLINE_TIMINGS: "1" } });
    if (r.status !== 0) throw new Error(`claimline run --threads ${t} exited ${r.status}: ${r.stderr.slice(-500)}`);
    rmSync(out, { recursive: true, force: true });
    const extracting = Number(/timing: articles listed, read and extracted [^\n]*? (\d+) ms/.exec(r.stderr)?.[1] ?? NaN) / 1000;
    // the process's CPU until then (every thread's): on a busy machine the fairer comparison
    const cpu = Number(/timing: CPU until extracted (\d+) ms/.exec(r.stderr)?.[1] ?? NaN) / 1000;
    // the main thread's share of it (Linux; NaN elsewhere): reading, bookkeeping, what the threads hand back
    const main = Number(/timing: CPU until extracted [^\n]*main thread (\d+) ms/.exec(r.stderr)?.[1] ?? NaN) / 1000;
    // the main thread's CPU after the last file (the index, reconcile, the outputs): serial, whatever the threads
    const tail = ["index written", "reconcile", "outputs written"].reduce((sum, phase) => sum + Number(new RegExp(`timing: ${phase} \\d+ ms \\(cpu (\\d+) ms`).exec(r.stderr)?.[1] ?? NaN), 0) / 1000;
    return { s: (performance.now() - t0) / 1000, extracting, cpu, main, tail };
  };
  // the sizes and thread counts in turn, so that a change in the machine's load hits all alike,
  // `--rounds` times, each keeping its fastest run (and its least CPU): a busy spell on a shared
  // machine slows some runs, and the steady state is a difference of two of them
  const best = (a: ReturnType<typeof timed> | undefined, b: ReturnType<typeof timed>) =>
    a ? { s: Math.min(a.s, b.s), extracting: Math.min(a.extracting, b.extracting), cpu: Math.min(a.cpu, b.cpu), main: Math.min(a.main, b.main), tail: Math.min(a.tail, b.tail) } : b;
  let small1, smallMany, one, many;
  for (let r = 0; r < rounds; r++) {
    small1 = best(small1, timed(smallN, 1));
    smallMany = best(smallMany, timed(smallN, threads));
    one = best(one, timed(runN, 1));
    many = best(many, timed(runN, threads));
  }
  if (!small1 || !smallMany || !one || !many) throw new Error("--rounds must be at least 1");
  const perArticle = (s: number, count: number) => (Number.isNaN(s) ? "n/a" : `${((s / count) * 1000).toFixed(2)} ms`);
  const line = (t: number, r: ReturnType<typeof timed>) =>
    `claimline run, ${runN} articles, --threads ${t}: ${r.s.toFixed(1)} s (${(runN / r.s).toFixed(0)} articles/s), of which listing, reading and extracting ${r.extracting.toFixed(1)} s (${r.cpu.toFixed(1)} s of CPU, ${perArticle(r.cpu, runN)}/article; the main thread's ${perArticle(r.main, runN)}/article)`;
  console.log(line(1, one));
  console.log(line(threads, many));
  console.log(`throughput ${threads} threads / 1 thread:          ${(one.s / many.s).toFixed(2)}× (load ${os.loadavg()[0].toFixed(2)}); extracting alone ${(one.extracting / many.extracting).toFixed(2)}×, its CPU ${(many.cpu / one.cpu).toFixed(2)}× one thread's`);
  // steady state: what the larger run's extra articles cost
  const extra = runN - smallN;
  const steady = (big: ReturnType<typeof timed>, small: ReturnType<typeof timed>) => ({
    run: extra / (big.s - small.s),
    extracting: extra / (big.extracting - small.extracting),
    cpu: ((big.cpu - small.cpu) / extra) * 1000,
    main: ((big.main - small.main) / extra) * 1000,
    tail: ((big.tail - small.tail) / extra) * 1000,
  });
  if (one.s <= small1.s || many.s <= smallMany.s || one.extracting <= small1.extracting || many.extracting <= smallMany.extracting) {
    console.log(`steady state: not measurable here (a run of ${runN} articles was no slower than one of ${smallN}: the machine's load changed, or the inboxes are too small)`);
  } else {
    const s1 = steady(one, small1);
    const sMany = steady(many, smallMany);
    const sline = (t: number, x: typeof s1) =>
      `steady state (the ${extra} articles from ${smallN} to ${runN}), --threads ${t}: ${x.run.toFixed(0)} articles/s, listing, reading and extracting ${x.extracting.toFixed(0)} articles/s at ${x.cpu.toFixed(2)} ms of CPU/article (the main thread's ${Number.isNaN(x.main) ? "n/a" : `${x.main.toFixed(2)} ms`})`;
    console.log(sline(1, s1));
    console.log(sline(threads, sMany));
    // a CPU model of the whole run, which a busy machine distorts far less than wall time: per article,
    // one thread's run takes its extract thread's CPU (the main thread's reading runs beside it on
    // another core) and then the main thread's tail; N threads share the cores with everything the
    // process does until the last file, then the same tail. Its limit for long runs (warm-up and fixed
    // costs spread thin) bounds what the whole-run ratio can reach on an idle machine.
    const used = Math.min(threads, os.availableParallelism?.() ?? os.cpus().length);
    const tail = (s1.tail + sMany.tail) / 2;
    const one1 = s1.cpu - (Number.isNaN(s1.main) ? 0 : s1.main);
    const manyN = sMany.cpu / used;
    console.log(
      `CPU model, per article: extract ${one1.toFixed(2)} ms on one thread (its own), ${sMany.cpu.toFixed(2)} ms of the process's CPU on ${threads}; the main thread's tail after the last file (index, reconcile, outputs) ${s1.tail.toFixed(2)} / ${sMany.tail.toFixed(2)} ms, serial -> for long runs on ${used} idle cores a whole-run ratio of at most ${((one1 + tail) / (manyN + tail)).toFixed(2)}× (${(one1 / manyN).toFixed(2)}× were there no tail)`,
    );
    console.log(`steady-state throughput ${threads} threads / 1 thread: ${(sMany.run / s1.run).toFixed(2)}×; listing, reading and extracting ${(sMany.extracting / s1.extracting).toFixed(2)}× (load ${os.loadavg()[0].toFixed(2)})`);
    if (sMany.extracting / s1.extracting > Math.min(threads, os.availableParallelism?.() ?? os.cpus().length))
      console.log(`  (more than ${threads} threads on these cores can give: the machine's load changed between the runs; run again on a quiet machine or with more --rounds)`);
    // threadsPay: `remaining` articles on `threads` threads finish sooner when what they gain,
    // remaining × (1 − 1/speed-up), exceeds the added threads' warm-up (in articles at the warm rate)
    const gain = 1 - s1.extracting / sMany.extracting;
    // the warm-up `run`'s threads paid: with the largest functions unoptimized when it limited them
    const { BYTECODE_LIMIT_PAYS_BELOW } = (await import(pathToFileURL(path.resolve("dist/pipeline/pool.js")).href)) as typeof import("../pipeline/pool.js");
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const paid = threads >= cores && runN / threads < BYTECODE_LIMIT_PAYS_BELOW ? wl : w;
    const breakEven = ((threads - 1) * (paid.warmUp / paid.steady)) / gain;
    console.log(
      gain > 0
        ? `with this speed-up and warm-up, ${threads} threads extract sooner than one from about ${breakEven.toFixed(0)} articles`
        : `with this speed-up (none), ${threads} threads never extract sooner than one here`,
    );
  }
  rmSync(root, { recursive: true, force: true });
}
