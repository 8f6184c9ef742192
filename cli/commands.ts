// The claimline command's parsing and commands. Exit codes: 0 all went well, 1 some inputs failed (outputs still
// written), 2 usage error.
import { promises as fs, unwatchFile, watchFile } from "node:fs";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { dayProblem } from "../pipeline/days.js";
import { reasonOf, toJson } from "../pipeline/format.js";
import type { Pipeline, PipelineConfig } from "../pipeline/pipeline.js";
import type { ExtractPool } from "../pipeline/pool.js";
import type { RunSummary } from "../pipeline/run.js";
// the stages load when a command needs them: `--help` and usage errors answer at once

import { UsageError } from "./usage.js";

const MAIN_HELP = `claimline: news articles in, agreement timelines and a conflict report out.

Usage: claimline <command> [options]

Commands:
  run <inbox> [--out out]        process every article file in <inbox> once, write the outputs
  watch <inbox> [--out out]      keep watching <inbox>, update the outputs as files arrive
  worker --redis URL             a queue worker for scale-out (any number, on any machine)
  status [--redis URL]           waiting, active, done and failed counts; failed files with reasons
  extract <file>                 print one article's record as JSON
  report [--out out] [--format md|html|json]
                                 print the conflict report
  export [--out out] [--agreement NAME|ID] [--format json|csv] [--output FILE]
                                 print (or write) the cleaned timelines, decisions applied
  decide <conflict-id> accept|reject [--value V] [--note TEXT]
                                 record a reviewer's decision in decisions.json
  review [--out out] [--port N]  review the report in a browser (127.0.0.1 only)
  help <command>                 one command's help; --version prints the version

Run "claimline help <command>" (or "claimline <command> --help") for a command's options and examples.
The report for people is <out>/report.html: open it in a browser, no server needed.
Without --redis (or REDIS_URL), watch runs everything in one process (the embedded default).
Article files: .txt, .html/.htm, .json, each with an optional <name>.meta.json sidecar.`;

interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  positionals: number;
  /** `pipeline()`: built once from --reference and --agreements (their texts when the command read them already: readLists), for the commands that take them. */
  run: (args: { values: Record<string, string | boolean | undefined>; positionals: string[]; pipeline: (texts?: ListTexts) => Promise<Pipeline> }) => Promise<number>;
}

const outOption = { out: { type: "string", short: "o", default: "out" } } as const;
const referenceOption = { reference: { type: "string" }, agreements: { type: "string" } } as const;
const timeoutOption = { "file-timeout": { type: "string" } } as const;

/** `--file-timeout SECONDS`: the time budget of one file, as the pool's limits (default there: 20 s). */
const limitsOf = (v: unknown) => {
  if (v === undefined) return {};
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400) throw new UsageError(`--file-timeout wants a number of seconds above 0, not "${String(v)}"`);
  return { fileTimeoutMs: Math.round(n * 1000) };
};

const formatOf = <T extends string>(v: unknown, allowed: readonly T[]): T => {
  if (!allowed.includes(v as T)) throw new UsageError(`--format is one of ${allowed.join(", ")}, not "${String(v)}"`);
  return v as T;
};

/** The inbox argument, refused with a usage error unless it is a folder. */
async function inboxOf(dir: string): Promise<string> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`inbox "${dir}" is not a folder`);
  return dir;
}

/** The --out argument, refused with a usage error before any work when it cannot be the output folder (made when missing). */
async function outOf(v: unknown): Promise<string> {
  const out = String(v);
  const { outFolderProblem } = await import("./out-folder.js");
  const problem = await outFolderProblem(out);
  if (problem) throw new UsageError(problem);
  return out;
}

/** The lists `--reference FILE` and `--agreements FILE` name, in that order. */
const listsOf = (values: Record<string, unknown>) =>
  [
    { file: values.reference, what: "reference", key: "reference" },
    { file: values.agreements, what: "agreement", key: "agreements" },
  ] as const;

/** Each list's text, or why it cannot be read (reported by pipelineOf, in its turn). */
type ListTexts = Map<string, { json: string } | { err: unknown }>;

async function readLists(values: Record<string, unknown>): Promise<ListTexts> {
  const texts: ListTexts = new Map();
  for (const { file } of listsOf(values)) {
    if (typeof file !== "string" || texts.has(file)) continue;
    texts.set(
      file,
      await fs.readFile(file, "utf8").then(
        (json) => ({ json }),
        (err: unknown) => ({ err }),
      ),
    );
  }
  return texts;
}

/** The configuration the lists give, before they are checked: what an extract thread started early is given. */
function configOf(values: Record<string, unknown>, texts: ListTexts): PipelineConfig | undefined {
  const config: PipelineConfig = {};
  for (const { file, key } of listsOf(values)) {
    if (typeof file !== "string") continue;
    const text = texts.get(file);
    if (!text || !("json" in text)) return undefined;
    config[key] = text.json;
  }
  return config;
}

/**
 * `--reference FILE` and `--agreements FILE`: the pipeline the command passes down (to its
 * threads, workers' jobs and reconcile), extending the shipped list of officials or agreements.
 * Each list is checked in turn, so a bad one is named before the next is looked at.
 */
async function pipelineOf(values: Record<string, unknown>, read?: ListTexts): Promise<Pipeline> {
  const texts = read ?? (await readLists(values));
  const { agreementIndexOf, createPipeline, referenceListOf } = await import("../pipeline/pipeline.js");
  const checks = { reference: referenceListOf, agreements: agreementIndexOf };
  for (const { file, what, key } of listsOf(values)) {
    if (typeof file !== "string") continue;
    const text = texts.get(file)!;
    if ("err" in text) throw new UsageError(`cannot read the ${what} list "${file}": ${reasonOf(text.err)}`);
    try {
      checks[key](text.json);
    } catch (err) {
      throw new UsageError(`${file}: ${reasonOf(err)}`);
    }
  }
  // every list read and checked: the configuration is the one an early extract thread was given
  return createPipeline(configOf(values, texts)!);
}
/**
 * `run`'s extract pool, its threads (--threads, else one) started at once when the inbox changed
 * since the output folder's index was written (startRunPool); none when the lists cannot be read or an option is wrong (the
 * command reports that in its turn, and makes its own pool otherwise).
 */
async function earlyPool(values: Record<string, unknown>, inbox: string, texts: ListTexts): Promise<ExtractPool | undefined> {
  const config = configOf(values, texts);
  if (!config) return undefined;
  let limits;
  let threads;
  try {
    limits = limitsOf(values["file-timeout"]);
    threads = countOf("threads", values.threads, 1);
  } catch {
    return undefined;
  }
  const { startRunPool } = await import("../pipeline/run-start.js");
  return startRunPool(inbox, String(values.out), config, limits, threads);
}

const dayOption = (v: unknown) => {
  if (v === undefined) return undefined;
  const problem = typeof v === "string" ? dayProblem(v) : "not a date";
  if (problem) throw new UsageError(`--published wants a date as YYYY-MM-DD: ${problem}`);
  return v as string;
};

function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastPrint = 0;
  return (p: { done: number; total: number; elapsedMs: number }) => {
    const now = Date.now();
    const last = p.done === p.total;
    if (!tty && !last && now - lastPrint < 2000) return;
    lastPrint = now;
    const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
    const line = `[${p.done}/${p.total}] ${rate.toFixed(1)} files/s`;
    if (tty) process.stderr.write(`\r${line}${last ? "\n" : ""}`);
    else process.stderr.write(line + "\n");
  };
}

const redisOptions = {
  redis: { type: "string" },
  prefix: { type: "string", default: "claimline" },
} as const;

/** `--redis URL` (or REDIS_URL): a redis:// or rediss:// URL, refused up front otherwise. */
const redisOf = (v: unknown) => {
  const url = typeof v === "string" && v ? v : process.env.REDIS_URL || undefined;
  if (url === undefined) return undefined;
  let ok = false;
  try {
    const u = new URL(url);
    ok = (u.protocol === "redis:" || u.protocol === "rediss:") && u.hostname !== "";
  } catch {
    // not a URL at all
  }
  if (!ok) throw new UsageError(`${v ? "--redis" : "REDIS_URL"} wants a URL such as redis://127.0.0.1:6379, not "${url}"`);
  return url;
};
const prefixOf = (v: unknown) => {
  const p = String(v ?? "claimline");
  if (!/^[A-Za-z0-9_.-]+$/.test(p)) throw new UsageError(`--prefix wants letters, digits, "_", "." or "-", not "${p}"`);
  return p;
};
const countOf = (name: string, v: unknown, fallback: number) => {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} wants a whole number of at least 1, not "${String(v)}"`);
  return n;
};

/** Resolves on the first SIGINT or SIGTERM. */
const untilSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    const on = (sig: NodeJS.Signals) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(sig);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });

/**
 * Cleans up after a long-running command, giving up after `graceMs` (a Redis that cannot be
 * reached keeps connections retrying); whatever is still open then does not hold the process.
 */
async function shutDown(cleanup: () => Promise<unknown>, graceMs = 15_000) {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([cleanup().catch(() => {}), new Promise((r) => (timer = setTimeout(r, graceMs)))]);
  clearTimeout(timer);
  setTimeout(() => process.exit(), 1000).unref();
}

const COMMANDS: Record<string, Command> = {
  run: {
    help: `Usage: claimline run <inbox> [--out DIR] [--published YYYY-MM-DD] [--quiet]

Processes every article file in <inbox> (sub-folders included) once and writes to --out
(default ./out): articles/<id>.json, timeline.json, conflicts.json, conflicts.md, errors.json.
Records of unchanged files are reused; records of files no longer in the inbox are removed.
  --out, -o DIR          output folder (default: out)
  --published DATE       publication date for articles that state none
  --threads N            extract threads (default: one per core when the inbox is big enough to gain)
  --file-timeout S       an article that takes longer than S seconds fails (errors.json); default 20
  --reference FILE       extra known officials (JSON list, see README) for canonical names
  --agreements FILE      extra known agreements (JSON list, see README) for agreement names
  --quiet, -q            no progress line
Decisions in <out>/decisions.json (see "claimline decide") are applied to every output; the
report for people is <out>/report.html.
Exit: 0 all files went through, 1 some failed (see errors.json), 2 usage error.

Examples:
  claimline run inbox --out out
  claimline run inbox --out out --published 2019-09-20 --quiet`,
    options: { ...outOption, ...referenceOption, ...timeoutOption, published: { type: "string" }, threads: { type: "string" }, quiet: { type: "boolean", short: "q" } },
    positionals: 1,
    async run({ values, positionals, pipeline: loadPipeline }) {
      const texts = await readLists(values);
      // an article added since the last run will most likely be extracted: its thread (each of
      // --threads) starts now and loads its modules while this one loads the stages', lists the inbox and reads the index
      const pool = await earlyPool(values, positionals[0], texts);
      let summary: RunSummary;
      let out: string;
      try {
        const pipeline = await loadPipeline(texts);
        const inbox = await inboxOf(positionals[0]);
        const published = dayOption(values.published);
        out = await outOf(values.out);
        const progress = values.quiet ? undefined : progressPrinter();
        const { runInbox } = await import("../pipeline/run.js");
        summary = await runInbox({
          inbox,
          out,
          published,
          pipeline,
          pool,
          threads: values.threads === undefined ? undefined : countOf("threads", values.threads, 1),
          limits: limitsOf(values["file-timeout"]),
          onProgress: progress,
          onError: (e) => process.stderr.write(`claimline: ${e.file}: ${e.reason}\n`),
        });
      } finally {
        await pool?.close();
      }
      for (const d of summary.duplicates) process.stderr.write(`claimline: ${d.file}: same content as ${d.sameAs}, processed once\n`);
      const failed = summary.errors.length;
      process.stdout.write(
        `${summary.total} article file(s): ${summary.processed} processed, ${summary.reused} unchanged, ${failed} failed${failed ? ` (reasons in ${path.join(out, "errors.json")})` : ""}.\n` +
          `${summary.agreements} agreement timeline(s) in ${path.join(out, "timeline.json")}; ` +
          `${summary.conflicts} conflict(s) to review in ${path.join(out, "report.html")} (open it in a browser) and ${path.join(out, "conflicts.md")}.\n`,
      );
      return failed ? 1 : 0;
    },
  },
  watch: {
    help: `Usage: claimline watch <inbox> [--out DIR] [--redis URL] [--prefix P]

Scans <inbox>, then keeps watching it: each new or changed article file is processed once its
writing has finished, and the outputs in --out are brought up to date (records at once,
timeline and conflicts a moment later). A changed file replaces its old version; a deleted
file's record is removed from the outputs (unless another file has the same content).
Decisions recorded in <out>/decisions.json meanwhile are applied at once.
Without --redis (or REDIS_URL) everything runs in this process, on all cores; after a crash,
a restart extracts only the files that have no record yet. With --redis, articles go to the
queue and "claimline worker" processes (on any machine) extract them; this process alone
writes the outputs. Ctrl-C (or SIGTERM) stops cleanly.
  --out, -o DIR          output folder (default: out)
  --redis URL            Redis to queue on, e.g. redis://10.0.0.5:6379 (default: $REDIS_URL)
  --prefix P             queue key prefix, one per pipeline sharing a Redis (default: claimline)
  --published DATE       publication date for articles that state none
  --threads N            embedded: extract threads (default: one per core)
  --settle-ms MS         a file unchanged this long is complete (default: 1000)
  --file-timeout S       embedded: an article that takes longer than S seconds fails; default 20
  --reference FILE       extra known officials (JSON list, see README) for canonical names
  --agreements FILE      extra known agreements (JSON list, see README) for agreement names
  --quiet, -q            log nothing but errors

Examples:
  claimline watch inbox --out out
  claimline watch inbox --out out --redis redis://127.0.0.1:6379 --prefix news`,
    options: {
      ...outOption,
      ...redisOptions,
      ...referenceOption,
      ...timeoutOption,
      published: { type: "string" },
      threads: { type: "string" },
      "settle-ms": { type: "string" },
      quiet: { type: "boolean", short: "q" },
    },
    positionals: 1,
    async run({ values, positionals, pipeline: loadPipeline }) {
      const pipeline = await loadPipeline();
      const inbox = await inboxOf(positionals[0]);
      await outOf(values.out);
      const redis = redisOf(values.redis);
      const prefix = prefixOf(values.prefix);
      const published = dayOption(values.published);
      const settleMs = countOf("settle-ms", values["settle-ms"], 1000);
      const limits = limitsOf(values["file-timeout"]);
      const { defaultPoolSize } = await import("../pipeline/pool.js");
      const threads = countOf("threads", values.threads, defaultPoolSize());
      const { InboxWatcher } = await import("../queue/watch.js");
      const { EmbeddedBackend, RedisBackend } = await import("../queue/backends.js");
      const log = (line: string) => {
        if (!values.quiet || /^(failed|error)/.test(line)) process.stderr.write(`claimline: ${line}\n`);
      };
      const backend = redis
        ? new RedisBackend(redis, prefix, pipeline.fingerprint, log)
        : new EmbeddedBackend({ threads, limits, pipeline: pipeline.config, onRetry: (file, n, why) => log(`retrying ${file} (attempt ${n} failed: ${why})`) });
      const watcher = new InboxWatcher({ inbox, out: String(values.out), backend, pipeline, settleMs, published, statusFile: !redis, log });
      const stop = untilSignal();
      log(redis ? `queueing on ${redis} (prefix ${prefix})` : `embedded: ${threads} extract thread(s)`);
      try {
        await Promise.race([watcher.start(), stop]);
      } catch (err) {
        await watcher.stop().catch(() => {});
        throw err;
      }
      // a decision recorded meanwhile (decide, review) reaches the outputs too
      const decisionsFile = path.join(String(values.out), "decisions.json");
      const onDecisions = (now: { mtimeMs: number }, before: { mtimeMs: number }) => {
        if (now.mtimeMs !== before.mtimeMs) void watcher.flush().then(() => log("decisions applied"), (err) => log(`error: ${reasonOf(err)}`));
      };
      watchFile(decisionsFile, { interval: 500 }, onDecisions);
      await stop;
      unwatchFile(decisionsFile, onDecisions);
      log("stopping: writing the outputs");
      await shutDown(() => watcher.stop());
      return 0;
    },
  },
  worker: {
    help: `Usage: claimline worker --redis URL [--prefix P] [--concurrency N]

Takes articles from the queue in Redis and extracts them; start as many as you like, on any
machine that can reach Redis (no shared disk needed: jobs carry the article's bytes). A worker
that dies leaves its jobs to the others. Ctrl-C (or SIGTERM) finishes the jobs in hand, then stops.
  --redis URL            Redis to take jobs from (default: $REDIS_URL)
  --prefix P             queue key prefix, as given to "claimline watch" (default: claimline)
  --concurrency N        jobs at once in this process (default: one per core)
  --lock-ms MS           a job whose worker is silent this long goes to another (default: 30000)
  --file-timeout S       a job that takes longer than S seconds fails, not retried; default 20
  --reference FILE       extra known officials; give every worker the same file
  --agreements FILE      extra known agreements; give every worker the same file
  --quiet, -q            log nothing but errors

Examples:
  claimline worker --redis redis://10.0.0.5:6379
  claimline worker --redis redis://10.0.0.5:6379 --prefix news --concurrency 4`,
    options: { ...redisOptions, ...referenceOption, ...timeoutOption, concurrency: { type: "string" }, "lock-ms": { type: "string" }, quiet: { type: "boolean", short: "q" } },
    positionals: 0,
    async run({ values, pipeline: loadPipeline }) {
      const pipeline = await loadPipeline();
      const redis = redisOf(values.redis);
      if (!redis) throw new UsageError("worker needs --redis URL (or REDIS_URL)");
      const prefix = prefixOf(values.prefix);
      const { defaultPoolSize } = await import("../pipeline/pool.js");
      const concurrency = countOf("concurrency", values.concurrency, defaultPoolSize());
      const lockDurationMs = countOf("lock-ms", values["lock-ms"], 30_000);
      const limits = limitsOf(values["file-timeout"]);
      const { startWorker } = await import("../queue/worker.js");
      const log = (line: string) => process.stderr.write(`claimline: ${line}\n`);
      const stop = untilSignal();
      const running = startWorker({ redis, prefix, pipeline, concurrency, lockDurationMs, limits, log });
      if (!values.quiet) running.worker.on("completed", (job) => log(`done ${job.data.file} (${job.id})`));
      void running.ready.then(
        () => values.quiet || log(`worker ${process.pid}: taking jobs from ${redis} (prefix ${prefix}), concurrency ${concurrency}`),
        () => {},
      );
      await stop;
      log("stopping: finishing the jobs in hand");
      await shutDown(() => running.close());
      return 0;
    },
  },
  status: {
    help: `Usage: claimline status [--redis URL] [--prefix P] [--out DIR] [--json]

Waiting, active, done and failed counts, and the failed files with their reasons, as they are
now: waiting and active from the queue with --redis (or REDIS_URL), otherwise from the status an
embedded "claimline watch" keeps; done and failed from the watch process's output folder.
  --redis URL            Redis of the queue (default: $REDIS_URL)
  --prefix P             queue key prefix (default: claimline)
  --out, -o DIR          the watch process's output folder (default: out)
  --json                 print the status as JSON

Examples:
  claimline status --out out
  claimline status --redis redis://10.0.0.5:6379 --out out --json`,
    options: { ...redisOptions, ...outOption, json: { type: "boolean" } },
    positionals: 0,
    async run({ values }) {
      const redis = redisOf(values.redis);
      const prefix = prefixOf(values.prefix);
      const { embeddedStatus, redisStatus, renderStatus } = await import("../queue/status.js");
      const status = redis ? await redisStatus(redis, prefix, String(values.out)) : await embeddedStatus(String(values.out));
      if (!status) {
        process.stderr.write(`claimline: no status in "${String(values.out)}": start "claimline watch <inbox> --out ${String(values.out)}" (or give --redis)\n`);
        return 1;
      }
      process.stdout.write(values.json ? toJson(status) : renderStatus(status));
      return 0;
    },
  },
  extract: {
    help: `Usage: claimline extract <file> [--published YYYY-MM-DD]

Prints one article's record (CONTRACT.md) as JSON on stdout. A sidecar <name>.meta.json beside
the file is read too.
  --published DATE       publication date when neither the file nor a sidecar gives one
  --file-timeout S       give up on the file after S seconds (default 20)
  --reference FILE       extra known officials (JSON list, see README) for canonical names
  --agreements FILE      extra known agreements (JSON list, see README) for agreement names

Examples:
  claimline extract inbox/article.html
  claimline extract notes.txt --published 2019-09-20`,
    options: { ...referenceOption, ...timeoutOption, published: { type: "string" } },
    positionals: 1,
    async run({ values, positionals, pipeline: loadPipeline }) {
      const pipeline = await loadPipeline();
      const published = dayOption(values.published);
      const limits = limitsOf(values["file-timeout"]);
      let input;
      try {
        const { readArticleFile } = await import("../pipeline/ingest.js");
        input = await readArticleFile(positionals[0], published);
      } catch (err) {
        process.stderr.write(`claimline: ${positionals[0]}: cannot read: ${reasonOf(err)}\n`);
        return 1;
      }
      try {
        const { extractWithLimits } = await import("../pipeline/run.js");
        process.stdout.write(toJson(await extractWithLimits(input, limits, pipeline.config)));
        return 0;
      } catch (err) {
        process.stderr.write(`claimline: ${positionals[0]}: ${reasonOf(err)}\n`);
        return 1;
      }
    },
  },
  report: {
    help: `Usage: claimline report [--out DIR] [--format md|html|json]

Prints the conflict report of an output folder written by "claimline run", with the reviewer's
decisions applied: Markdown (conflicts.md), the HTML page (report.html) or JSON (conflicts.json).
  --out, -o DIR          output folder (default: out)
  --format F             md (default), html or json

Examples:
  claimline report --out out
  claimline report --out out --format json > conflicts.json`,
    options: { ...outOption, format: { type: "string", default: "md" } },
    positionals: 0,
    run: ({ values }) => {
      const file = { md: "conflicts.md", html: "report.html", json: "conflicts.json" }[formatOf(values.format, ["md", "html", "json"] as const)];
      return printOutput(String(values.out), file);
    },
  },
  export: {
    help: `Usage: claimline export [--out DIR] [--agreement NAME|ID] [--format json|csv] [--output FILE]

Prints (or writes) the cleaned agreement timelines of an output folder, with the reviewer's
decisions applied (accepted spellings, dates and statuses). CSV has one row per event and
source: agreement, parties, party, type, date, disputed, source file, source date (the date
that source gives), evidence text, then agreement id, date text, conflicts, source date text
and source published; RFC 4180 quoting, and a cell starting with = + - @ gets a leading '.
  --out, -o DIR          output folder (default: out)
  --agreement NAME|ID    one agreement: its id, its name, or words only its name has
  --format F             json (default, the shape of timeline.json) or csv
  --output FILE          write to FILE instead of printing

Examples:
  claimline export --out out
  claimline export --out out --agreement "Safe Third Country" --format csv --output stca.csv`,
    options: { ...outOption, agreement: { type: "string" }, format: { type: "string", default: "json" }, output: { type: "string" } },
    positionals: 0,
    async run({ values }) {
      const format = formatOf(values.format, ["json", "csv"] as const);
      const { exportTimeline, ExportError } = await import("../pipeline/export.js");
      const output = typeof values.output === "string" ? values.output : undefined;
      const text = await exportTimeline({ out: String(values.out), agreement: typeof values.agreement === "string" ? values.agreement : undefined, format, output }).catch((err: unknown) => {
        throw err instanceof ExportError ? new UsageError(err.message) : err;
      });
      if (output === undefined) process.stdout.write(text);
      else process.stderr.write(`claimline: wrote ${output}\n`);
      return 0;
    },
  },
  decide: {
    help: `Usage: claimline decide <conflict-id> accept|reject [--value V] [--note TEXT] [--out DIR]

Records a reviewer's decision on one conflict (ids are in conflicts.md, report.html and
conflicts.json) by appending it to <out>/decisions.json; the latest decision for a conflict
counts. The next "claimline run" (or a running "claimline watch") applies it to every output.
  accept                 the conflict is real: the outputs use --value, else the side the
                         conflict names as canonical
  reject                 not a conflict (a legitimate spelling, compatible statements): it is no
                         longer flagged and the outputs keep what the sources say
  --value V              accept only: the right spelling (name variant), date as YYYY-MM-DD,
                         YYYY-MM or YYYY (date conflict), status (status conflict: one of the
                         two event types it names, e.g. terminated) or title (title conflict)
  --note TEXT            why, for the next reviewer
  --out, -o DIR          output folder (default: out)
Exit: 0 recorded, 2 unknown id or a value that does not fit the conflict.

Examples:
  claimline decide 861766c328ceca99 accept --value Bukele --note "spelling checked"
  claimline decide 6e260f044f2b3fdc accept --value 2023-07-16
  claimline decide 96e2f4fc380c218c reject --note "suspended first, terminated later"`,
    options: { ...outOption, value: { type: "string" }, note: { type: "string" } },
    positionals: 2,
    async run({ values, positionals }) {
      const { recordDecision, DecisionError } = await import("../pipeline/decisions.js");
      try {
        const out = String(values.out);
        const d = await recordDecision(out, {
          conflict: positionals[0],
          decision: positionals[1],
          value: typeof values.value === "string" ? values.value : undefined,
          note: typeof values.note === "string" ? values.note : undefined,
        });
        process.stdout.write(`recorded: ${d.decision} ${d.conflict}${d.value !== undefined ? ` (value "${d.value}")` : ""} in ${path.join(out, "decisions.json")}; "claimline run" applies it to the outputs.\n`);
        return 0;
      } catch (err) {
        if (err instanceof DecisionError) throw new UsageError(err.message);
        throw err;
      }
    },
  },
  review: {
    help: `Usage: claimline review [--out DIR] [--port N]

Serves the report of an output folder on http://127.0.0.1 (never on other interfaces) with
accept and reject buttons and a value field for each conflict; they record decisions in
<out>/decisions.json exactly as "claimline decide" does, and the page refreshes with the
decision applied. The URL it prints holds a token made for this run: requests without it, or
from another site or host name, are refused. It writes nothing but decisions.json; run
"claimline run" afterwards to apply the decisions to the output files. Ctrl-C stops it.
  --out, -o DIR          output folder (default: out)
  --port N               port (default: any free port)
  --reference FILE       the extra officials list given to "claimline run", if any

Examples:
  claimline review --out out
  claimline review --out out --port 8080`,
    options: { ...outOption, ...referenceOption, port: { type: "string" } },
    positionals: 0,
    async run({ values, pipeline: loadPipeline }) {
      const pipeline = await loadPipeline();
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port wants a port number (0-65535), not "${String(values.port)}"`);
      const [{ startReviewServer }, { DecisionError }] = await Promise.all([import("../pipeline/review-server.js"), import("../pipeline/decisions.js")]);
      let server;
      try {
        server = await startReviewServer({ out: String(values.out), port, reconcile: pipeline.reconcileOptions });
      } catch (err) {
        if (err instanceof DecisionError) throw new UsageError(err.message);
        if ((err as NodeJS.ErrnoException).code === "EADDRINUSE") throw new UsageError(`port ${port} is in use: give another --port, or none`);
        throw err;
      }
      const stop = untilSignal();
      process.stdout.write(`Review the conflicts at ${server.url}\n(127.0.0.1 only; Ctrl-C stops)\n`);
      await stop;
      await shutDown(() => server.close(), 2000);
      return 0;
    },
  },
};

async function printOutput(out: string, name: string): Promise<number> {
  try {
    process.stdout.write(await fs.readFile(path.join(out, name), "utf8"));
    return 0;
  } catch {
    process.stderr.write(`claimline: no ${name} in "${out}": run "claimline run <inbox> --out ${out}" first\n`);
    return 1;
  }
}

// `claimline export | head`: a reader that stops early is not an error
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

/** The package's version, from the package.json above this file (source or dist). */
async function version(): Promise<string> {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(await fs.readFile(new URL(rel, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "claimline" && pkg.version) return pkg.version;
    } catch {
      // not this one
    }
  }
  return "unknown";
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === "--version" || name === "-V" || name === "version") {
    process.stdout.write(`claimline ${await version()}\n`);
    return 0;
  }
  if (name === "help" && rest.length) {
    const topic = COMMANDS[rest[0]];
    if (!topic || rest.length > 1) {
      process.stderr.write(`claimline: ${topic ? "help takes one command" : `unknown command "${rest[0]}"`}\n${MAIN_HELP}\n`);
      return 2;
    }
    process.stdout.write(topic.help + "\n");
    return 0;
  }
  if (!name || name === "--help" || name === "-h" || name === "help") {
    (name ? process.stdout : process.stderr).write(MAIN_HELP + "\n");
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  try {
    if (!cmd) throw new UsageError(`unknown command "${name}"`);

    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(cmd.help + "\n");
      return 0;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new UsageError(reasonOf(err));
    }
    if (parsed.positionals.length !== cmd.positionals) {
      throw new UsageError(`"${name}" takes ${cmd.positionals} argument(s), got ${parsed.positionals.length}`);
    }
    const args = parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] };
    // built on first use, once: commands without the list options never load the extractors
    let built: Promise<Pipeline> | undefined;
    const pipeline = (texts?: ListTexts) => {
      if (!("reference" in cmd!.options)) throw new Error(`"${name}" has no extraction configuration`);
      return (built ??= pipelineOf(args.values, texts));
    };
    return await cmd.run({ ...args, pipeline });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`claimline: ${err.message}\n${cmd ? cmd.help : MAIN_HELP}\n`);
      return 2;
    }
    process.stderr.write(`claimline: ${reasonOf(err)}\n`);
    return 1;
  }
}
