// A fingerprint of the extraction code: a stored record made by other code is extracted again.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

/** sha256 over the extractor modules and the extract stage, as loaded (source or built). */
export function extractorFingerprint(): string {
  if (memo) return memo;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const files = [...codeFiles(path.join(here, "..", "extractors")), ...codeFiles(here).filter((f) => /(extract|schemas)\.(js|ts)$/.test(f))];
  const h = createHash("sha256");
  for (const f of files.sort()) h.update(path.relative(here, f)).update("\0").update(readFileSync(f)).update("\0");
  memo = h.digest("hex").slice(0, 16);
  return memo;
}
