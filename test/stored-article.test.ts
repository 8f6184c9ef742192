// What an extract thread hands `run` (storedArticle: the record's line and its summary's index body)
// stands for exactly what the main thread made from the record before: the same record bytes, the
// same summary, and the same body in the index.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sentencesOf } from "../extractors/text.js";
import { sentencesIn } from "../pipeline/context.js";
import { createPipeline } from "../pipeline/pipeline.js";
import { ExtractPool } from "../pipeline/pool.js";
import { encodeSummary, OutputStore, recordLine, storedArticle, summaryOf, summaryOfBody } from "../pipeline/store.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-stored-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const pipeline = createPipeline();
const FIXTURES = "fixtures/articles";
const articles = (await fs.readdir(FIXTURES)).filter((f) => /\.(txt|html?|json)$/.test(f) && !f.endsWith(".meta.json")).sort();

async function recordOf(file: string) {
  const bytes = await fs.readFile(path.join(FIXTURES, file));
  const sidecar = await fs.readFile(path.join(FIXTURES, file.replace(/\.[^.]+$/, ".meta.json"))).catch(() => null);
  return pipeline.extract({ file, bytes, sidecar });
}

describe("storedArticle", () => {
  it("has every fixture's record line and a body that reads back as the record's summary", async () => {
    expect(articles.length).toBeGreaterThan(10);
    for (const file of articles) {
      const record = await recordOf(file);
      const stored = storedArticle(record);
      expect(stored.id).toBe(record.id);
      expect(stored.line).toBe(JSON.stringify(record) + "\n");
      expect(stored.line).toBe(recordLine(record));
      expect(stored.line.indexOf("\n")).toBe(stored.line.length - 1);
      const expected = summaryOf(record);
      const got = summaryOfBody(stored);
      expect(stored.file).toBe(record.source.file);
      expect(stored.extractedWith).toBe(record.extractedWith ?? null);
      // the same values, keys in the same order (the outputs copy these objects)
      expect(got, file).toStrictEqual(expected);
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
      expect(stored.body).toBe(encodeSummary(expected));
      // the reports quote evidence in the sentences the body carries, not found again
      expect(sentencesIn(got.source)).toEqual(sentencesOf(record.text).map(({ start, end }) => ({ start, end })));
    }
  });

  it("reads back from the index as the record's summary, and the record file is its line", async () => {
    const out = path.join(tmp, "index");
    const store = new OutputStore(out);
    const records = await Promise.all(articles.slice(0, 3).map(recordOf));
    const summaries = records.map((r) => {
      const stored = storedArticle(r);
      store.writeRecordLine(stored.id, stored.line);
      return summaryOfBody(stored);
    });
    await store.writeIndex(summaries);
    for (const r of records) expect(await fs.readFile(store.recordPath(r.id), "utf8")).toBe(JSON.stringify(r) + "\n");
    const index = await store.readIndex();
    for (const r of records) expect(JSON.stringify(index.get(r.id))).toBe(JSON.stringify(summaryOf(r)));
  });
});

describe("record lines", () => {
  it("are written again into a folder removed since the last one, leaving no temporary file", async () => {
    const store = new OutputStore(path.join(tmp, "removed"));
    store.writeRecordLine("a", '{"id":"a"}\n');
    await fs.rm(store.articlesDir, { recursive: true });
    store.writeRecordLine("b", '{"id":"b"}\n');
    store.writeRecordLine("b", '{"id":"b","again":true}\n');
    expect(await fs.readdir(store.articlesDir)).toEqual(["b.json"]);
    expect(await fs.readFile(store.recordPath("b"), "utf8")).toBe('{"id":"b","again":true}\n');
  });
});

describe("an extract thread", () => {
  it("writes the record's file itself (extractInto) and answers storedArticle's body, without the line", async () => {
    const store = new OutputStore(path.join(tmp, "written"));
    const pool = new ExtractPool(1, {}, pipeline.config);
    try {
      for (const file of articles.slice(0, 3)) {
        const bytes = await fs.readFile(path.join(FIXTURES, file));
        const input = { file, bytes, sidecar: null };
        const [written, record] = await Promise.all([pool.extractInto(store.articlesDir, input), pool.extract(input)]);
        const stored = storedArticle(record);
        const { line, ...rest } = stored;
        expect(written).toStrictEqual(rest);
        expect(await fs.readFile(store.recordPath(stored.id), "utf8")).toBe(line);
      }
      // no temporary file left beside the records
      expect((await fs.readdir(store.articlesDir)).every((n) => n.endsWith(".json") && !n.startsWith("."))).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("fails an article whose record cannot be written, saying why, and goes on with the next", async () => {
    // a file where the records folder should be
    const blocked = path.join(tmp, "blocked");
    await fs.writeFile(blocked, "not a folder");
    const pool = new ExtractPool(1, {}, pipeline.config);
    try {
      const bytes = await fs.readFile(path.join(FIXTURES, articles[0]));
      const input = { file: articles[0], bytes, sidecar: null };
      await expect(pool.extractInto(path.join(blocked, "articles"), input)).rejects.toThrow(/ENOTDIR|EEXIST/);
      const ok = await pool.extractInto(path.join(tmp, "after-blocked"), input);
      expect(await fs.readFile(path.join(tmp, "after-blocked", `${ok.id}.json`), "utf8")).toMatch(/^\{"id":/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
