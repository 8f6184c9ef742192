// Two fingerprints: records carry the one of the code that makes records (extractors, ingest,
// extract, the configuration), the index the one of the code that makes summaries from records
// (the summary module, reconcile's contributions). A change to the second makes the summaries again
// from the stored records and extracts nothing; a change to the first extracts again.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { codeFingerprint, fingerprintOf, recordCodeFiles, recordCodeFingerprint, summaryCodeFiles, summaryFingerprint } from "../pipeline/fingerprint.js";
import { runInbox } from "../pipeline/run.js";
import { INDEX_FILE, indexStats } from "../pipeline/store.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-index-fp-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const here = path.resolve("pipeline");
const rel = (files: string[]) => files.map((f) => path.relative(path.resolve("."), f));

describe("what each fingerprint covers", () => {
  it("records: the extractors, ingest, extract and pipeline.ts; not reconcile, the store, the summaries or the reports", () => {
    const files = rel(recordCodeFiles(here));
    for (const f of ["pipeline/ingest.ts", "pipeline/extract.ts", "pipeline/pipeline.ts", "pipeline/html/main-text.ts", "extractors/index.ts", "extractors/lexicon/reference-officials.ts"]) expect(files).toContain(f);
    expect(files.filter((f) => /^pipeline\/(reconcile\/|store|summary|report|run|fingerprint)/.test(f))).toEqual([]);
    expect(fingerprintOf(null, null)).toBe(recordCodeFingerprint());
  });

  it("summaries: summary.ts and contributions.ts with what they import, not the extractors' pipeline", () => {
    const files = rel(summaryCodeFiles(here));
    for (const f of ["pipeline/summary.ts", "pipeline/reconcile/contributions.ts", "pipeline/context.ts"]) expect(files).toContain(f);
    expect(files.filter((f) => /^pipeline\/(store|extract|ingest|pipeline|reconcile\/(index|agreements|entities))\.ts$/.test(f))).toEqual([]);
    expect(summaryFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reconcile's cache: both, and the rest of reconcile", () => {
    expect(new Set([codeFingerprint(), recordCodeFingerprint(), summaryFingerprint()]).size).toBe(3);
  });
});

async function inboxOf(name: string, files: string[]) {
  const inbox = path.join(tmp, name);
  await fs.mkdir(inbox, { recursive: true });
  for (const f of files) for (const g of [f, f.replace(/\.txt$/, ".meta.json")]) await fs.copyFile(path.join("fixtures/articles", g), path.join(inbox, g));
  return inbox;
}

const OUTPUTS = ["timeline.json", "conflicts.json", "conflicts.md", "report.html", "errors.json"];
const outputs = async (out: string) => Object.fromEntries(await Promise.all(OUTPUTS.map(async (f) => [f, await fs.readFile(path.join(out, f), "utf8")])));

/** Rewrites the index's head line by line (the header is line 0). */
async function editHead(out: string, edit: (line: unknown, i: number) => unknown) {
  const file = path.join(out, INDEX_FILE);
  const lines = (await fs.readFile(file, "utf8")).split("\n");
  await fs.writeFile(file, lines.map((l, i) => (l ? JSON.stringify(edit(JSON.parse(l), i)) : l)).join("\n"));
}

describe("an index made by other code", () => {
  const files = ["000_840779b774828d78.txt", "004_5d35b6c747139e23.txt", "cluster-eu-tunisia-2023-07.txt"];

  it("with other summary code: the summaries are made again from the records, nothing is extracted, the outputs are the same", async () => {
    const inbox = await inboxOf("summaries", files);
    const out = path.join(tmp, "out-summaries");
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 3 });
    const before = await outputs(out);
    const header = JSON.parse((await fs.readFile(path.join(out, INDEX_FILE), "utf8")).split("\n")[0]);
    expect(header.summaries).toBe(summaryFingerprint());
    // as another version of the summary code would have left it
    await editHead(out, (l, i) => (i === 0 ? { ...(l as object), summaries: "0123456789abcdef" } : l));
    const made = indexStats.madeFromRecords;
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 3 });
    expect(indexStats.madeFromRecords - made).toBe(3);
    expect(await outputs(out)).toEqual(before);
    expect(JSON.parse((await fs.readFile(path.join(out, INDEX_FILE), "utf8")).split("\n")[0]).summaries).toBe(summaryFingerprint());
    // written afresh by this code: the next run reads the bodies again
    const again = indexStats.madeFromRecords;
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 3 });
    expect(indexStats.madeFromRecords).toBe(again);
    expect(await outputs(out)).toEqual(before);
  });

  it("an index that does not say which code made its summaries is treated the same way", async () => {
    const inbox = await inboxOf("unsaid", files.slice(0, 2));
    const out = path.join(tmp, "out-unsaid");
    await runInbox({ inbox, out, threads: 1 });
    const before = await outputs(out);
    await editHead(out, (l, i) => {
      if (i > 0) return l;
      const { summaries: _summaries, ...rest } = l as { summaries?: string };
      return rest;
    });
    const made = indexStats.madeFromRecords;
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 2 });
    expect(indexStats.madeFromRecords - made).toBe(2);
    expect(await outputs(out)).toEqual(before);
  });

  it("with records of other extraction code: every article is extracted again", async () => {
    const inbox = await inboxOf("records", files);
    const out = path.join(tmp, "out-records");
    await runInbox({ inbox, out, threads: 1 });
    const before = await outputs(out);
    const other = "fedcba9876543210";
    // the records and the head as another version of the extractors would have left them
    for (const f of await fs.readdir(path.join(out, "articles"))) {
      const p = path.join(out, "articles", f);
      await fs.writeFile(p, JSON.stringify({ ...JSON.parse(await fs.readFile(p, "utf8")), extractedWith: other }) + "\n");
    }
    await editHead(out, (l, i) => (i === 0 ? l : [(l as unknown[])[0], (l as unknown[])[1], other, ...(l as unknown[]).slice(3)]));
    expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 3, reused: 0 });
    expect(await outputs(out)).toEqual(before);
    for (const f of await fs.readdir(path.join(out, "articles"))) expect(JSON.parse(await fs.readFile(path.join(out, "articles", f), "utf8")).extractedWith).toBe(recordCodeFingerprint());
  });
});
