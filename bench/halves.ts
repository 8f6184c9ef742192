// Scores the built CLI on one half of a development set (issue #18: a held half set aside before tuning,
// a tuning half to tune on; bench/halves-split.ts defines the split).
//   npm run dev:halves -- <set> [--half held|tuning|both|all] [--verbose] [--keep] [--cli PATH]
// set: conll-dev, polnear-dev, polnear-train, timebank, htmldate-mediacloud, zyte-dev.
// Writes the set's inbox once with the shared writer (../shared/evaldev/inbox.mjs, or
// ../shared/eval/score-html.mjs --make-inbox for zyte-dev), copies each half's documents (with their
// .meta.json sidecars) into an inbox of their own, runs `node dist/cli/start.js run <inbox> --out <out>`
// (exit 1, some inputs failed, is scored like run.sh does) and scores it with the shared scorer.
// The shared scorers count a gold document with no record as all misses, so a half is scored by a copy
// of the scorer (byte for byte) in a temporary folder holding only that half's gold; ../shared is only
// read. `--half all` scores the whole set with the shared scorer itself, as ../shared/evaldev/run.sh
// does. One line per half: `set half metric value (n documents)`; polnear sets add source_accuracy.
// `--verbose` prints the scorer's whole output (with its misses) first; `--keep` keeps the temporary
// folder; `--cli PATH` runs another build's start.js (e.g. main's, for a before/after).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Half, halfOf, splitKey } from "./halves-split.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHARED = path.resolve(ROOT, "..", "shared");
const EVALDEV = path.join(SHARED, "evaldev");
const EVAL = path.join(SHARED, "eval");

interface SetInfo {
  scorer: string; // file name in its folder
  metric: string; // the scorer's last-line metric
  /** data files (relative to the scorer's folder) the scorer reads; the first holds the gold to filter */
  data: string[];
}
const SETS: Record<string, SetInfo> = {
  "conll-dev": { scorer: "score-ner.mjs", metric: "f1", data: ["conll2003/eng.testa.docs.jsonl"] },
  "polnear-dev": { scorer: "score-attrib.mjs", metric: "content_f1", data: ["polnear/dev.attributions.jsonl", "polnear/metadata.tsv"] },
  "polnear-train": { scorer: "score-attrib.mjs", metric: "content_f1", data: ["polnear/train.attributions.jsonl", "polnear/metadata.tsv"] },
  timebank: { scorer: "score-timex.mjs", metric: "value_f1", data: ["tempeval3/tbaq-timebank.timex.jsonl"] },
  "htmldate-mediacloud": { scorer: "score-pubdate.mjs", metric: "accuracy", data: ["htmldate-mediacloud/eval_mediacloud_2020.json"] },
  "zyte-dev": { scorer: "score-html.mjs", metric: "f1", data: ["zyte-dev/ground-truth.json"] },
};
const HALVES = ["held", "tuning", "both", "all"] as const;
type HalfOption = (typeof HALVES)[number];
type Part = Half | "all";

const usage = `usage: npm run dev:halves -- <${Object.keys(SETS).join("|")}> [--half ${HALVES.join("|")}] [--verbose] [--keep] [--cli PATH]`;
function die(msg?: string): never {
  if (msg) console.error(`dev:halves: ${msg}`);
  console.error(usage);
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  if (i + 1 >= args.length || args[i + 1].startsWith("--")) die(`${name} needs a value`);
  return args[i + 1];
};
const setName = args[0];
if (!setName || setName.startsWith("--")) die();
const info = SETS[setName];
if (!info) die(`unknown set '${setName}'`);
const halfOpt = (opt("--half") ?? "both") as HalfOption;
if (!HALVES.includes(halfOpt)) die(`unknown half '${halfOpt}'`);
const verbose = args.includes("--verbose");
const keep = args.includes("--keep");
const cli = path.resolve(opt("--cli") ?? path.join(ROOT, "dist", "cli", "start.js"));
if (!fs.existsSync(cli)) die(`${cli} not found (npm run build first)`);
const parts: Part[] = halfOpt === "both" ? ["held", "tuning"] : [halfOpt];
const isZyte = setName === "zyte-dev";
const scorerHome = isZyte ? EVAL : EVALDEV;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `claimline-halves-${setName}-`));
if (keep) console.error(`dev:halves: keeping ${tmp}`);

function node(argv: string[], what: string, stdout: "pipe" | "ignore" = "pipe"): string {
  const r = spawnSync(process.execPath, argv, { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", stdout, "pipe"] });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${(r.stderr ?? "").slice(-2000)}`);
  return r.stdout ?? "";
}

// the whole set's inbox, written once by the shared writer
const all = path.join(tmp, "inbox-whole");
if (isZyte) node([path.join(EVAL, "score-html.mjs"), "--make-inbox", all], "score-html.mjs --make-inbox", "ignore");
else node([path.join(EVALDEV, "inbox.mjs"), setName, "--to", all], "inbox.mjs");
const SIDECAR = ".meta.json";
const documents = fs.readdirSync(all).filter((f) => !f.endsWith(SIDECAR)).sort();

// the gold of one part, as the file the scorer reads (first of info.data), and the documents it names
async function goldFor(part: Part): Promise<{ text: string; files: Set<string> }> {
  const goldPath = path.join(scorerHome, info.data[0]);
  const raw = fs.readFileSync(goldPath, "utf8");
  const keepIt = (file: string) => part === "all" || halfOf(file) === part;
  if (isZyte) {
    const gt = JSON.parse(raw) as Record<string, unknown>;
    const kept = Object.entries(gt).filter(([id]) => keepIt(`${id}.html`));
    return { text: JSON.stringify(Object.fromEntries(kept), null, 1), files: new Set(kept.map(([id]) => `${id}.html`)) };
  }
  // the shared loader names every gold document as the inbox writer does (one list for both)
  const lib = await import(pathToFileURL(path.join(EVALDEV, "lib.mjs")).href);
  const docs = lib.loadSet(setName) as { file: string; gold: { url?: string; file?: string; date?: unknown } }[];
  if (setName === "htmldate-mediacloud") {
    // URL -> {file, date}; a NaN date (no identifiable date) must stay NaN, as Python wrote it
    const kept = docs.filter((d) => keepIt(d.file));
    const NAN = "__halves_NaN__";
    const obj = Object.fromEntries(kept.map((d) => [d.gold.url, { file: d.gold.file, date: Number.isNaN(d.gold.date) ? NAN : d.gold.date }]));
    return { text: JSON.stringify(obj).replaceAll(`"${NAN}"`, "NaN"), files: new Set(kept.map((d) => d.file)) };
  }
  // a jsonl file, one document a non-blank line, in the loader's order: keep the half's lines as they are
  const lines = raw.split("\n").filter((l) => l.trim());
  if (lines.length !== docs.length) throw new Error(`${goldPath}: ${lines.length} lines for ${docs.length} documents`);
  const kept = lines.filter((_, i) => keepIt(docs[i].file));
  return { text: kept.join("\n") + "\n", files: new Set(docs.filter((d) => keepIt(d.file)).map((d) => d.file)) };
}

interface Score { value: number | null; sourceAccuracy?: number | null; output: string; problems: number }
function score(scorerDir: string, out: string): Score {
  const argv = [path.join(scorerDir, info.scorer), "--out", out, ...(isZyte ? [] : ["--set", setName]), ...(verbose ? ["--verbose"] : [])];
  const output = node(argv, info.scorer);
  if (isZyte) {
    const m = /\bf1 ([\d.]+)\s*$/.exec(output);
    const pages = /pages (\d+), with a record (\d+)/.exec(output);
    return { value: m ? Number(m[1]) : null, output, problems: pages ? Number(pages[1]) - Number(pages[2]) : 0 };
  }
  const lines = output.trimEnd().split("\n");
  const last = lines.pop() ?? "";
  const report = JSON.parse(lines.join("\n"));
  const [name, value] = last.split(" ");
  if (name !== info.metric) throw new Error(`${info.scorer}: last line '${last}', expected ${info.metric}`);
  return {
    value: value === "null" ? null : Number(value),
    sourceAccuracy: report.content?.source_accuracy,
    output,
    problems: (report.problems ?? []).length,
  };
}

try {
  for (const part of parts) {
    const gold = await goldFor(part);
    const inbox = part === "all" ? all : path.join(tmp, `inbox-${part}`);
    const out = path.join(tmp, `out-${part}`);
    const mine = documents.filter((f) => part === "all" || halfOf(f) === part);
    if (part !== "all") {
      fs.mkdirSync(inbox);
      for (const f of mine) {
        fs.copyFileSync(path.join(all, f), path.join(inbox, f));
        const sidecar = splitKey(f) + SIDECAR;
        if (fs.existsSync(path.join(all, sidecar))) fs.copyFileSync(path.join(all, sidecar), path.join(inbox, sidecar));
      }
    }
    // the inbox and the gold must name the same documents, or the split is not the one scored
    const unnamed = mine.filter((f) => !gold.files.has(f)).concat([...gold.files].filter((f) => !mine.includes(f)));
    if (unnamed.length) throw new Error(`inbox and gold disagree on ${unnamed.length} documents (${unnamed.slice(0, 3).join(", ")})`);

    let scorerDir = scorerHome;
    if (part !== "all") {
      scorerDir = path.join(tmp, `scorer-${part}`);
      const copies = [info.scorer, ...(isZyte ? [] : ["lib.mjs"]), ...info.data.slice(1)];
      for (const f of copies) {
        fs.mkdirSync(path.dirname(path.join(scorerDir, f)), { recursive: true });
        fs.copyFileSync(path.join(scorerHome, f), path.join(scorerDir, f));
      }
      fs.mkdirSync(path.dirname(path.join(scorerDir, info.data[0])), { recursive: true });
      fs.writeFileSync(path.join(scorerDir, info.data[0]), gold.text);
    }

    const started = performance.now();
    const log = fs.openSync(path.join(tmp, `run-${part}.log`), "w");
    const r = spawnSync(process.execPath, [cli, "run", inbox, "--out", out], { stdio: ["ignore", log, log] });
    fs.closeSync(log);
    // exit 1 = some inputs failed but every output was written (CONTRACT.md): score what was written
    if (r.status !== 0 && r.status !== 1) {
      throw new Error(`${cli} run failed (exit ${r.status ?? r.signal}); see ${path.join(tmp, `run-${part}.log`)}`);
    }
    console.error(`dev:halves: ${setName} ${part}: ${mine.length} documents, run took ${((performance.now() - started) / 1000).toFixed(1)} s${r.status === 1 ? " (exit 1: some inputs failed)" : ""}`);

    const s = score(scorerDir, out);
    if (verbose) console.log(s.output.trimEnd());
    if (s.problems) console.error(`dev:halves: ${setName} ${part}: the scorer reports ${s.problems} problem(s) (documents with no record?)`);
    const extra = s.sourceAccuracy !== undefined ? ` source_accuracy ${s.sourceAccuracy}` : "";
    console.log(`${setName} ${part} ${info.metric} ${s.value}${extra} (${mine.length} documents)`);
  }
} catch (err) {
  console.error(`dev:halves: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  if (!keep && process.exitCode !== 1) fs.rmSync(tmp, { recursive: true, force: true });
  else if (!keep) console.error(`dev:halves: left ${tmp} to look at`);
}
