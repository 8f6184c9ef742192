// `npm run bench:throughput [-- --articles N --threads 2]`: the extract stage's cost next to a
// reference NLP pipeline, and what the extract threads buy.
//   1. ingest + extract per article, in this process, side by side with wink-nlp's `readDoc` (its
//      English lite model: tokens, sentences, POS, entities) on the same texts, interleaved so that
//      machine load hits both alike; prints the median of each and their ratio (#13: ≤ 2× wink).
//   2. `claimline run` end to end (the built CLI, as a user runs it) on one inbox with
//      `--threads 1` and with `--threads N`; prints both throughputs and their ratio (#13: ≥ 1.7×
//      with two threads on an idle machine; the load average is printed because it matters), and
//      the CPU each spent until its articles were extracted (every thread's), which load inflates far
//      less than time: what a second thread costs in warm-up shows there.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { syntheticArticle, writeInbox } from "./generate.js";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "300" },
    words: { type: "string", default: "700" },
    threads: { type: "string", default: "2" },
    "run-articles": { type: "string", default: "1000" },
  },
});
const n = Number(values.articles);
const threads = Number(values.threads);
const runN = Number(values["run-articles"]);
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

// warm-up: module initialisation and JIT for both
for (const a of corpus.slice(0, 10)) {
  await claimline(a);
  wink(a);
}
const ours: number[] = [];
const theirs: number[] = [];
for (const a of corpus) {
  let t = performance.now();
  await claimline(a);
  ours.push(performance.now() - t);
  t = performance.now();
  wink(a);
  theirs.push(performance.now() - t);
}
const [mo, mw] = [median(ours), median(theirs)];
console.log(`claimline bench:throughput, node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`extract stage (ingest + extract, validated), median of ${n}: ${mo.toFixed(2)} ms/article`);
console.log(`wink-nlp readDoc (lite model), same texts:        ${mw.toFixed(2)} ms/article`);
console.log(`ratio claimline / wink:                            ${(mo / mw).toFixed(2)}×`);

const cli = path.resolve("dist/cli/cli.js");
if (!existsSync(cli)) {
  console.log("(run `npm run build` for the threads measurement: it runs the built CLI)");
} else {
  const root = mkdtempSync(path.join(os.tmpdir(), "claimline-throughput-"));
  const inbox = path.join(root, "inbox");
  await writeInbox(inbox, 1, runN);
  // the whole run, and (from its CLAIMLINE_TIMINGS lines) the part the threads work in: listing,
  // reading and extracting; the rest (reconcile and the reports) runs on the main thread alone
  const timed = (t: number) => {
    const out = path.join(root, `out-${t}`);
    rmSync(out, { recursive: true, force: true });
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, "run", inbox, "--out", out, "--threads", String(t), "--quiet"], { encoding: "utf8", env: { ...process.env, CLAIMLINE_TIMINGS: "1" } });
    if (r.status !== 0) throw new Error(`claimline run --threads ${t} exited ${r.status}: ${r.stderr.slice(-500)}`);
    const extracting = Number(/timing: articles listed, read and extracted [^\n]*? (\d+) ms/.exec(r.stderr)?.[1] ?? NaN) / 1000;
    // the process's CPU until then (every thread's): on a busy machine the fairer comparison
    const cpu = Number(/timing: CPU until extracted (\d+) ms/.exec(r.stderr)?.[1] ?? NaN) / 1000;
    return { s: (performance.now() - t0) / 1000, extracting, cpu };
  };
  const one = timed(1);
  const many = timed(threads);
  const line = (t: number, r: typeof one) =>
    `claimline run, ${runN} articles, --threads ${t}: ${r.s.toFixed(1)} s (${(runN / r.s).toFixed(0)} articles/s), of which listing, reading and extracting ${r.extracting.toFixed(1)} s (${r.cpu.toFixed(1)} s of CPU)`;
  console.log(line(1, one));
  console.log(line(threads, many));
  console.log(`throughput ${threads} threads / 1 thread:          ${(one.s / many.s).toFixed(2)}× (load ${os.loadavg()[0].toFixed(2)}); extracting alone ${(one.extracting / many.extracting).toFixed(2)}×, its CPU ${(many.cpu / one.cpu).toFixed(2)}× one thread's`);
  rmSync(root, { recursive: true, force: true });
}
