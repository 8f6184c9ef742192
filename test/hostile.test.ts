// The hostile mix (test/hostile-mix.ts: ~260 malformed, tricky or dangerous entries) with the
// fixtures, through `claimline run`: nothing escapes, and every entry is accounted for, as a record,
// an errors.json entry, or a copy of another file's content.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isArticleFile, isSidecar } from "../pipeline/ingest.js";
import { Errors } from "../pipeline/schemas.js";
import { writeHostileMix } from "./hostile-mix.js";
import { readRecords, readTree, runCli } from "./procs.js";

vi.setConfig({ testTimeout: 300_000, hookTimeout: 60_000 });

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-hostile-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Every entry of the inbox that is not a plain folder, without following links: what must be accounted for. */
async function entriesOf(inbox: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(inbox, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(inbox, path.join(e.parentPath, e.name)).split(path.sep).join("/");
    if (rel.split("/").some((s) => s.startsWith("."))) continue;
    if (e.isDirectory() && !isArticleFile(e.name) && !isSidecar(e.name)) continue;
    out.push(rel);
  }
  return out.sort();
}

describe("the hostile mix through claimline run", () => {
  it("accounts for every entry and publishes nothing from outside the inbox", async () => {
    const inbox = path.join(tmp, "in");
    const out = path.join(tmp, "out");
    const entries = await writeHostileMix(inbox, path.join(tmp, "outside"));
    expect(entries.length).toBeGreaterThanOrEqual(250);
    const started = Date.now();
    const r = await runCli(["run", inbox, "--out", out, "-q"]);
    const seconds = (Date.now() - started) / 1000;
    process.stderr.write(`hostile mix: ${entries.length} entries and the fixtures in ${seconds.toFixed(1)} s\n`);
    expect(r.code).toBe(1);
    expect(r.log).not.toMatch(/TypeError|RangeError|ReferenceError|at .*\.js:\d+/);

    const recorded = new Set((await readRecords(out)).map((rec) => rec.source.file));
    const errors = Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")));
    const failed = new Set(errors.map((e) => e.file));
    const copies = new Set([...r.log.matchAll(/^claimline: (.+): same content as /gm)].map((m) => m[1]));
    const all = await entriesOf(inbox);
    const names = new Set(all);
    const unaccounted = all.filter((f) => {
      if (recorded.has(f) || failed.has(f) || copies.has(f)) return false;
      // a sidecar is accounted for with its article
      if (isSidecar(f)) return ![".txt", ".html", ".htm", ".json"].some((ext) => names.has(f.slice(0, -".meta.json".length) + ext));
      return true;
    });
    expect(unaccounted).toEqual([]);
    // each error is on stderr too
    for (const e of errors) if (!/[\n\r]/.test(e.file)) expect(r.log).toContain(`${e.file}: ${e.reason}`);
    // a file is never both a record and an error
    expect([...recorded].filter((f) => failed.has(f))).toEqual([]);
    // the fixtures keep their records
    for (const f of await fs.readdir("fixtures/articles")) if (isArticleFile(f)) expect(recorded).toContain(f);
    for (const text of Object.values(await readTree(out))) {
      expect(text).not.toContain("Outside words");
      expect(text).not.toMatch(/root:x:0:0/);
    }
  });
});
