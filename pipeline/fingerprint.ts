// A fingerprint of what makes records: the code (ingest and extract, with their word lists) and
// the user's lists (`--reference`, `--agreements`). A stored record made otherwise is extracted
// again; a queue job carries the watch's fingerprint, and a worker whose own differs refuses it.
// The index's summaries have a fingerprint of their own (`summaryFingerprint`: the code that makes
// a summary from a record), and reconcile's cache one of the whole (`codeFingerprint`).
// Shape: `<code>[+<reference>][+a<agreements>]`, the code part 16 hex digits, each list 8.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let memo: string | undefined;

/** Every module file (.js or .ts, not .d.ts) below `dir`. */
export function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(p));
    else if (/\.(js|ts)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

// `import … from "./x.js"`, `export … from "../y.js"`, `import("./z.js")`; not `import type` (erased when built)
const RELATIVE_IMPORT = /(?:^|[\s;])(?:import|export)(?!\s+type\s)[^;"'`]*?from\s*["'](\.{1,2}\/[^"']+)["']|\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

/** The module file an import names: as written (built) or its TypeScript source (run by tsx). */
function moduleFile(from: string, spec: string): string | undefined {
  const p = path.resolve(path.dirname(from), spec);
  for (const f of [p, p.replace(/\.js$/, ".ts")]) if (existsSync(f)) return f;
  return undefined;
}

/** `seeds` and the modules they import (relative imports, followed as far as they go), sorted. */
function withImports(seeds: readonly string[]): string[] {
  const todo = [...seeds];
  const seen = new Set<string>();
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    for (const m of readFileSync(f, "utf8").matchAll(RELATIVE_IMPORT)) {
      const next = moduleFile(f, m[1] ?? m[2]);
      if (next && !seen.has(next)) todo.push(next);
    }
  }
  return [...seen].sort();
}

const moduleExt = () => path.extname(fileURLToPath(import.meta.url));

/**
 * The files that make records: every extractor module, and the pipeline modules ingest and
 * extract run, followed through their relative imports, and `pipeline.ts` itself (how the
 * configuration reaches the extractors), not what it imports besides them: reconcile, the store,
 * the reports and the runners make no records, so a change to them extracts nothing again.
 */
export function recordCodeFiles(here: string): string[] {
  const ext = moduleExt();
  const made = withImports([...codeFiles(path.join(here, "..", "extractors")), ...["ingest", "extract"].map((m) => path.join(here, m + ext))]);
  const configuration = path.join(here, "pipeline" + ext);
  return existsSync(configuration) ? [...made, configuration].sort() : made;
}

/**
 * The files that make an index summary from a record: `summary.ts` (the summary, its encoding in
 * the index) and reconcile's `contributions.ts`, with what they import.
 */
export function summaryCodeFiles(here: string): string[] {
  const ext = moduleExt();
  return withImports([path.join(here, "summary" + ext), path.join(here, "reconcile", "contributions" + ext)]);
}

let recordMemo: string | undefined;
let summaryMemo: string | undefined;

/** sha256 over the modules that make records (`recordCodeFiles`), as loaded (source or built): the code part of `extractedWith`. */
export function recordCodeFingerprint(): string {
  if (recordMemo) return recordMemo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  recordMemo = hashOfFiles(recordCodeFiles(here), here);
  return recordMemo;
}

/**
 * sha256 over the modules that make index summaries (`summaryCodeFiles`): the index keeps it, and
 * a summary made by other code is made again from its stored record (nothing is extracted).
 */
export function summaryFingerprint(): string {
  if (summaryMemo) return summaryMemo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  summaryMemo = hashOfFiles(summaryCodeFiles(here), here);
  return summaryMemo;
}

/**
 * sha256 over the code that makes records and reconciles them (`pipeline.ts` and all it imports,
 * the summary code too): what reconcile's cache is keyed by, since its results follow reconcile's
 * code as well as the records.
 */
export function codeFingerprint(): string {
  if (memo) return memo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  memo = hashOfFiles(withImports([...recordCodeFiles(here), ...summaryCodeFiles(here)]), here);
  return memo;
}

/** 16 hex digits of sha256 over `files` (their paths from `base`, then their bytes), in sorted order. */
export function hashOfFiles(files: readonly string[], base: string): string {
  const h = createHash("sha256");
  for (const f of [...files].sort()) h.update(path.relative(base, f)).update("\0").update(readFileSync(f)).update("\0");
  return h.digest("hex").slice(0, 16);
}

const listHash = (json: string) => createHash("sha256").update(json).digest("hex").slice(0, 8);

/** The fingerprint of records made by this code with these lists (null: the shipped one). */
export function fingerprintOf(referenceJson: string | null, agreementsJson: string | null): string {
  const parts = [recordCodeFingerprint()];
  if (referenceJson !== null) parts.push(listHash(referenceJson));
  if (agreementsJson !== null) parts.push(`a${listHash(agreementsJson)}`);
  return parts.join("+");
}

export interface FingerprintParts {
  code: string;
  /** The user's reference list's hash, null for the shipped list alone. */
  reference: string | null;
  agreements: string | null;
}

/** Reads a fingerprint back into its parts (a list part is 8 hex digits, the agreements' prefixed with "a"). */
export function partsOf(fingerprint: string): FingerprintParts {
  const [code = "", ...rest] = fingerprint.split("+");
  const parts: FingerprintParts = { code, reference: null, agreements: null };
  for (const p of rest) {
    if (p.length === 9 && p.startsWith("a")) parts.agreements = p.slice(1);
    else parts.reference = p;
  }
  return parts;
}

/** "code 0123456789abcdef, reference list 1a2b3c4d, the shipped agreements": a configuration as a person reads it. */
export function describeFingerprint(fingerprint: string): string {
  const p = partsOf(fingerprint);
  return [
    `code ${p.code || "unknown"}`,
    p.reference ? `reference list ${p.reference}` : "the shipped reference list",
    p.agreements ? `agreement list ${p.agreements}` : "the shipped agreements",
  ].join(", ");
}

/** What differs between two configurations: "the reference list", "the code version and the agreement list". */
export function fingerprintDifference(a: string, b: string): string {
  const pa = partsOf(a);
  const pb = partsOf(b);
  const what: string[] = [];
  if (pa.code !== pb.code) what.push("the code version");
  if (pa.reference !== pb.reference) what.push("the reference list");
  if (pa.agreements !== pb.agreements) what.push("the agreement list");
  if (!what.length) return "the configuration";
  return what.length === 1 ? what[0] : `${what.slice(0, -1).join(", ")} and ${what.at(-1)}`;
}
