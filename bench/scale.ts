// `npm run bench:scale [-- --sizes 1000,2000,4000 --keep]` (or `npm run bench -- --scale --articles N`):
// how claimline grows with the inbox. For each size it writes that many synthetic articles
// (bench/generate.ts: the same agreements and people recur, so reconcile has real work) into a
// fresh inbox, then measures, with the built CLI as a user runs it:
//   - `claimline run` end to end: wall time and peak RSS of the process (GNU time's maximum RSS);
//   - the outputs' size (timeline.json, conflicts.json, conflicts.md) and the number of conflicts;
//   - reconcile's own time in that run, per article (the CLI prints it with CLAIMLINE_TIMINGS set);
//   - adding one article and running again: wall time end to end, reconcile's part of it (and of
//     that its agreements and entities steps), and the outputs' part; and the CPU the process used
//     (user + system: what a busy machine inflates far less than wall time), in all and per phase
//     (the contributions read, agreements, entities and titles steps, the outputs and each file);
//   - removing that article again and running: wall time and CPU.
// Figures per article should stay flat as the size grows; a growing column is superlinear work.
import { execFileSync, spawnSync } from "node:child_process";
import { promises as fs, existsSync, mkdtempSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { writeInbox } from "./generate.js";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,2000,4000" }, keep: { type: "boolean", default: false }, verbose: { type: "boolean", default: false } } });
const sizes = values.sizes.split(",").map(Number).filter((n) => n > 0);
const cli = path.resolve("dist/cli/cli.js");
if (!existsSync(cli)) throw new Error("bench:scale runs the built CLI: run `npm run build` first");

/** The phases (as the CLI's timing lines name them) whose CPU the add-one run reports, in the table's order. */
const ADD_ONE_PHASES = ["  contributions read", "  agreements reconciled", "  entities reconciled", "  titles reconciled", "outputs written", "  timeline.json written", "  conflicts.json and conflicts.md written", "  report.html written"];

/** Runs the CLI under GNU time: wall seconds, CPU seconds (user + system), peak RSS in MB, and the phase timings it printed. */
function timedRun(args: string[]) {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, cli, ...args], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
    env: { ...process.env, CLAIMLINE_TIMINGS: "1" },
  });
  const seconds = (performance.now() - t0) / 1000;
  const lines = (r.stderr ?? "").trim().split("\n");
  const [peakKb, userS, sysS] = (lines.at(-1) ?? "").split(" ").map(Number);
  const phase = (name: string) => Number(lines.find((l) => l.startsWith(`claimline timing: ${name} `))?.match(/ (\d+) ms/)?.[1] ?? NaN);
  // the CPU the process used in that phase (all its threads), printed after the wall time
  const phaseCpu = (name: string) => Number(lines.find((l) => l.startsWith(`claimline timing: ${name} `))?.match(/\(cpu (\d+) ms/)?.[1] ?? NaN);
  return {
    seconds,
    cpuSeconds: userS + sysS,
    peakMb: peakKb / 1024,
    ok: r.status === 0 || r.status === 1,
    tail: lines.slice(-4, -1).join(" | "),
    reconcileMs: phase("reconcile"),
    reconcileCpuMs: phaseCpu("reconcile"),
    // reconcile's costliest steps, and the outputs after it
    agreementsMs: phase("  agreements reconciled"),
    entitiesMs: phase("  entities reconciled"),
    outputsMs: phase("outputs written"),
    // the same phases' CPU (all the process's threads): on a loaded machine wall times of a few
    // hundred ms say little, and these are what an add-one cut is measured by
    phasesCpuMs: ADD_ONE_PHASES.map(phaseCpu),
    timings: lines.filter((l) => l.startsWith("claimline timing:")),
  };
}

const sizeOf = (f: string) => (existsSync(f) ? statSync(f).size : 0);

console.log(`claimline bench:scale, node ${process.version}, ${os.availableParallelism?.() ?? os.cpus().length} cores`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log("articles | run s | peak RSS MB | outputs MB | KB/article | conflicts | reconcile ms | reconcile ms/article | add one: run s | add one: reconcile ms | add one: agreements ms | add one: entities ms | add one: outputs ms | add one: peak RSS MB | add one: CPU s | add one: reconcile CPU ms | remove one: run s | remove one: CPU s | add one CPU ms: contributions read, agreements, entities, titles, outputs (timeline.json, conflicts, report.html)");
for (const n of sizes) {
  const root = mkdtempSync(path.join(os.tmpdir(), `claimline-scale-${n}-`));
  const inbox = path.join(root, "inbox");
  const out = path.join(root, "out");
  await writeInbox(inbox, 1, n);
  const first = timedRun(["run", inbox, "--out", out]);
  if (!first.ok) {
    console.log(`${n} | failed after ${first.seconds.toFixed(1)} s, peak ${first.peakMb.toFixed(0)} MB: ${first.tail}`);
    continue;
  }
  const outputs = ["timeline.json", "conflicts.json", "conflicts.md"].reduce((s, f) => s + sizeOf(path.join(out, f)), 0);
  const conflicts = (JSON.parse(await fs.readFile(path.join(out, "conflicts.json"), "utf8")) as unknown[]).length;
  await writeInbox(inbox, n + 1, n + 1);
  const again = timedRun(["run", inbox, "--out", out]);
  // the article added, removed again (its file and sidecar): the folder as the first run left it
  // (a kept folder is left so: n articles and their outputs, and adding article n + 1 by hand is an add-one run)
  const added = (await fs.readdir(inbox)).filter((f) => f.startsWith(`synthetic-${String(n + 1).padStart(5, "0")}.`));
  if (added.length === 0) throw new Error(`bench:scale could not find article ${n + 1} in ${inbox}`);
  for (const f of added) await fs.rm(path.join(inbox, f));
  const removed = timedRun(["run", inbox, "--out", out]);
  console.log(
    [
      n,
      first.seconds.toFixed(1),
      first.peakMb.toFixed(0),
      (outputs / 1048576).toFixed(1),
      (outputs / 1024 / n).toFixed(2),
      conflicts,
      first.reconcileMs.toFixed(0),
      (first.reconcileMs / n).toFixed(3),
      again.seconds.toFixed(2),
      again.reconcileMs.toFixed(0),
      again.agreementsMs.toFixed(0),
      again.entitiesMs.toFixed(0),
      again.outputsMs.toFixed(0),
      again.peakMb.toFixed(0),
      again.cpuSeconds.toFixed(2),
      again.reconcileCpuMs.toFixed(0),
      removed.seconds.toFixed(2),
      removed.cpuSeconds.toFixed(2),
      (([read, agreements, entities, titles, outputs, ...files]) => `${[read, agreements, entities, titles, outputs].map((ms) => ms.toFixed(0)).join(", ")} (${files.map((ms) => ms.toFixed(0)).join(", ")})`)(again.phasesCpuMs),
    ].join(" | "),
  );
  if (values.verbose) for (const l of [...first.timings, "(add one)", ...again.timings, "(remove one)", ...removed.timings]) console.log(`  ${l}`);
  if (!values.keep) await fs.rm(root, { recursive: true, force: true });
  else console.log(`  kept ${root}`);
}
// a plain check that the machine had GNU time (its absence would print NaN above)
execFileSync("/usr/bin/time", ["-f", "%M", "true"], { stdio: "ignore" });
