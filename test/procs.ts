// Helpers for tests that run the built command as child processes: start, wait on conditions
// (never on fixed sleeps), read the outputs, stop everything that was started.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { syntheticArticle } from "../bench/generate.js";
import { contentId } from "../pipeline/ingest.js";
import type { ArticleRecord } from "../pipeline/schemas.js";

export const CLI = path.resolve("dist/cli/cli.js");

export interface Proc {
  child: ChildProcess;
  /** stderr and stdout so far. */
  log(): string;
  exited: Promise<number | null>;
}

const started = new Set<Proc>();

export function startCli(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let text = "";
  child.stdout!.on("data", (d) => (text += d));
  child.stderr!.on("data", (d) => (text += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const proc: Proc = { child, log: () => text, exited };
  started.add(proc);
  void exited.then(() => started.delete(proc));
  return proc;
}

/** Runs the command to its end. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; log: string }> {
  const p = startCli(args, env);
  const code = await p.exited;
  return { code, log: p.log() };
}

/** Polls `cond` until it is true; fails with `what` after `deadlineMs`. */
export async function waitFor(what: string, cond: () => boolean | Promise<boolean>, deadlineMs = 90_000): Promise<void> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Asks a process to stop (SIGINT), and kills it if it has not within the deadline. */
export async function stop(p: Proc, deadlineMs = 30_000): Promise<number | null> {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return p.exited;
  p.child.kill("SIGINT");
  const timer = setTimeout(() => p.child.kill("SIGKILL"), deadlineMs);
  const code = await p.exited;
  clearTimeout(timer);
  return code;
}

export async function kill9(p: Proc): Promise<void> {
  p.child.kill("SIGKILL");
  await p.exited;
}

/** Stops every process a test started and left running. */
export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((p) => stop(p, 10_000)));
}

export const count = (text: string, needle: string) => text.split(needle).length - 1;

/** Writes `n` distinct synthetic articles; returns their file names and content ids. */
export async function fillInbox(dir: string, n: number, firstSeed = 1): Promise<Map<string, string>> {
  await fs.mkdir(dir, { recursive: true });
  const ids = new Map<string, string>();
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(firstSeed + i, 300);
    await fs.writeFile(path.join(dir, a.file), a.text);
    ids.set(a.file, contentId(Buffer.from(a.text)));
  }
  return ids;
}

export async function recordFiles(out: string): Promise<string[]> {
  try {
    return (await fs.readdir(path.join(out, "articles"))).filter((f) => f.endsWith(".json") && !f.startsWith(".")).sort();
  } catch {
    return [];
  }
}

/** The records in `out` now; one a running process removes between the listing and its reading (a stale version replaced) is left out, as it is gone. */
export async function readRecords(out: string): Promise<ArticleRecord[]> {
  const files = await recordFiles(out);
  const read = await Promise.all(
    files.map(async (f) => {
      try {
        return JSON.parse(await fs.readFile(path.join(out, "articles", f), "utf8")) as ArticleRecord;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw err;
      }
    }),
  );
  return read.filter((r): r is ArticleRecord => r !== undefined);
}

/** Every visible file of an output folder, by relative path. */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || e.name.startsWith(".")) continue;
    const p = path.join(e.parentPath, e.name);
    out[path.relative(dir, p)] = await fs.readFile(p, "utf8");
  }
  return out;
}

/** The outputs a watch process settled on: the last "outputs written" line says nothing is under way. */
export const settled = (log: string, records: number) => {
  const lines = log.split("\n").filter((l) => l.includes("outputs written:"));
  return lines.at(-1)?.includes(`outputs written: ${records} record(s)`) === true && lines.at(-1)!.includes(" 0 under way");
};

/** Writes `text` to `file` in `chunks` pieces, flushed and `pauseMs` apart: a slow writer. */
export async function writeSlowly(file: string, text: string, chunks = 8, pauseMs = 150): Promise<void> {
  const handle = await fs.open(file, "w");
  const size = Math.ceil(text.length / chunks);
  try {
    for (let i = 0; i < text.length; i += size) {
      await handle.write(text.slice(i, i + size));
      await handle.sync();
      await new Promise((r) => setTimeout(r, pauseMs));
    }
  } finally {
    await handle.close();
  }
}

/** Runs the built CLI to its end: exit code, stdout and stderr apart (a non-zero exit is a result, not a throw). */
export const runCliOutput = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  promisify(execFile)(process.execPath, [CLI, ...args], { encoding: "utf8" }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
