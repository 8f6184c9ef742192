// A fingerprint of the code that makes records (ingest and extract, with their word lists) and
// of the user's reference list: a stored record made otherwise is extracted again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { settingsTag } from "./settings.js";

let memo: string | undefined;

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(p));
    else if (/\.(js|ts)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function codeHash(): string {
  if (memo) return memo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const files = [...codeFiles(path.join(here, "..", "extractors")), ...codeFiles(here)];
  const h = createHash("sha256");
  for (const f of files.sort()) h.update(path.relative(here, f)).update("\0").update(readFileSync(f)).update("\0");
  memo = h.digest("hex").slice(0, 16);
  return memo;
}

/** sha256 over the pipeline and extractor modules as loaded (source or built), plus the reference tag. */
export function extractorFingerprint(): string {
  const tag = settingsTag();
  return tag ? `${codeHash()}+${tag}` : codeHash();
}
