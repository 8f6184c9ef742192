// The claimline command's parsing and commands. Exit codes: 0 all went well, 1 some inputs failed (outputs still
// written), 2 usage error.
import { promises as fs } from "node:fs";
import path from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { extract } from "./extract.js";
import { ingest, readArticleFile } from "./ingest.js";
import { reasonOf, runInbox } from "./run.js";
import { toJson } from "./store.js";

class UsageError extends Error {}

const MAIN_HELP = `claimline: news articles in, agreement timelines and a conflict report out.

Usage: claimline <command> [options]

Commands:
  run <inbox> [--out out]        process every article file in <inbox> once, write the outputs
  extract <file>                 print one article's record as JSON
  report [--out out]             print the conflict report (Markdown)
  export [--out out]             print the cleaned timelines (timeline.json)

Run "claimline <command> --help" for a command's options.
Article files: .txt, .html/.htm, .json, each with an optional <name>.meta.json sidecar.`;

interface Command {
  help: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  positionals: number;
  run: (args: { values: Record<string, string | boolean | undefined>; positionals: string[] }) => Promise<number>;
}

const outOption = { out: { type: "string", short: "o", default: "out" } } as const;
const dayOption = (v: unknown) => {
  if (v === undefined) return undefined;
  if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) {
    throw new UsageError(`--published wants a date as YYYY-MM-DD, not "${String(v)}"`);
  }
  return v;
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

const COMMANDS: Record<string, Command> = {
  run: {
    help: `Usage: claimline run <inbox> [--out DIR] [--published YYYY-MM-DD] [--quiet]

Processes every article file in <inbox> (sub-folders included) once and writes to --out
(default ./out): articles/<id>.json, timeline.json, conflicts.json, conflicts.md, errors.json.
Records of unchanged files are reused; records of files no longer in the inbox are removed.
  --out, -o DIR          output folder (default: out)
  --published DATE       publication date for articles that state none
  --quiet, -q            no progress line
Exit: 0 all files went through, 1 some failed (see errors.json), 2 usage error.`,
    options: { ...outOption, published: { type: "string" }, quiet: { type: "boolean", short: "q" } },
    positionals: 1,
    async run({ values, positionals }) {
      const inbox = positionals[0];
      const stat = await fs.stat(inbox).catch(() => undefined);
      if (!stat?.isDirectory()) throw new UsageError(`inbox "${inbox}" is not a folder`);
      const out = String(values.out);
      const progress = values.quiet ? undefined : progressPrinter();
      const summary = await runInbox({
        inbox,
        out,
        published: dayOption(values.published),
        onProgress: progress,
        onError: (e) => process.stderr.write(`claimline: ${e.file}: ${e.reason}\n`),
      });
      for (const d of summary.duplicates) process.stderr.write(`claimline: ${d.file}: same content as ${d.sameAs}, processed once\n`);
      const failed = summary.errors.length;
      process.stdout.write(
        `${summary.total} article file(s): ${summary.processed} processed, ${summary.reused} unchanged, ${failed} failed${failed ? ` (reasons in ${path.join(out, "errors.json")})` : ""}.\n` +
          `${summary.agreements} agreement timeline(s) in ${path.join(out, "timeline.json")}; ` +
          `${summary.conflicts} conflict(s) to review in ${path.join(out, "conflicts.md")}.\n`,
      );
      return failed ? 1 : 0;
    },
  },
  extract: {
    help: `Usage: claimline extract <file> [--published YYYY-MM-DD]

Prints one article's record (CONTRACT.md) as JSON on stdout. A sidecar <name>.meta.json beside
the file is read too.
  --published DATE       publication date when neither the file nor a sidecar gives one`,
    options: { published: { type: "string" } },
    positionals: 1,
    async run({ values, positionals }) {
      let input;
      try {
        input = await readArticleFile(positionals[0], dayOption(values.published));
      } catch (err) {
        process.stderr.write(`claimline: ${positionals[0]}: cannot read: ${reasonOf(err)}\n`);
        return 1;
      }
      try {
        process.stdout.write(toJson(await extract(await ingest(input))));
        return 0;
      } catch (err) {
        process.stderr.write(`claimline: ${positionals[0]}: ${reasonOf(err)}\n`);
        return 1;
      }
    },
  },
  report: {
    help: `Usage: claimline report [--out DIR]

Prints the conflict report (conflicts.md) of an output folder written by "claimline run".`,
    options: outOption,
    positionals: 0,
    run: ({ values }) => printOutput(String(values.out), "conflicts.md"),
  },
  export: {
    help: `Usage: claimline export [--out DIR]

Prints the cleaned agreement timelines (timeline.json) of an output folder.`,
    options: outOption,
    positionals: 0,
    run: ({ values }) => printOutput(String(values.out), "timeline.json"),
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

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(MAIN_HELP + "\n");
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
    return await cmd.run(parsed as { values: Record<string, string | boolean | undefined>; positionals: string[] });
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`claimline: ${err.message}\n${cmd ? cmd.help : MAIN_HELP}\n`);
      return 2;
    }
    process.stderr.write(`claimline: ${reasonOf(err)}\n`);
    return 1;
  }
}
