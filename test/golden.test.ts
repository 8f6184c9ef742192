// Golden files: every article in fixtures/articles has its expected record in fixtures/expected,
// and the whole folder its expected timeline and conflicts. A changed output fails here until
// the diff is reviewed and accepted with `npx vitest run test/golden.test.ts -u`.
import { promises as fs } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../pipeline/extract.js";
import { ingest, isArticleFile, readArticleFile } from "../pipeline/ingest.js";
import { reconcile } from "../pipeline/reconcile/index.js";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { sourcesOf } from "../pipeline/context.js";
import { renderReport } from "../pipeline/report.js";
import type { ArticleRecord } from "../pipeline/schemas.js";
import { toJson } from "../pipeline/store.js";

const INBOX = "fixtures/articles";
const files = (await fs.readdir(INBOX)).filter(isArticleFile).sort();
const records: ArticleRecord[] = [];

describe("golden article records", () => {
  it.each(files)("%s", async (file) => {
    const record = await extract(await ingest(await readArticleFile(path.join(INBOX, file))));
    const { path: _where, ...source } = record.source;
    records.push({ ...record, source });
    await expect(toJson({ ...record, source })).toMatchFileSnapshot(`../fixtures/expected/${file}.json`);
  });
});

describe("golden timeline and conflicts over all fixtures", () => {
  it("reconciles the fixture articles into the expected timeline and report", async () => {
    expect(records.length).toBe(files.length);
    const sorted = [...records].sort((a, b) => a.id.localeCompare(b.id));
    // as "claimline run" does: the shipped reference list decides known spellings and checks titles
    const { timeline, conflicts } = reconcile(sorted, { reference: REFERENCE_OFFICIALS });
    await expect(toJson(timeline)).toMatchFileSnapshot("../fixtures/expected/timeline.json");
    await expect(toJson(conflicts)).toMatchFileSnapshot("../fixtures/expected/conflicts.json");
    await expect(renderReport(conflicts, timeline, { articles: sourcesOf(sorted) })).toMatchFileSnapshot("../fixtures/expected/conflicts.md");
  });
});
