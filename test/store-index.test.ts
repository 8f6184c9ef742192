// The output folder's index (.index.jsonl): a re-run reuses stored records through it without
// reading or validating them one by one, and gives the same bytes as a run that read them.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { runInbox } from "../pipeline/run.js";
import { sentencesIn } from "../pipeline/context.js";
import { sentencesOf } from "../extractors/text.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { decodeContribution, decodeSource, partsOf } from "../pipeline/summary.js";
import { decodeSummary, encodeSummary, INDEX_FILE, jsonChunks, OutputStore, readLines, summaryOf, toJson, writeLinesAtomic } from "../pipeline/store.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-index-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const OUTPUTS = ["timeline.json", "conflicts.json", "conflicts.md", "report.html", "errors.json", INDEX_FILE];
// the index's head also keeps each inbox file's stamp (what `stat` said, after the body's place), which a
// run may add: compared without it, and without the body files' tag (new each time they are written afresh)
const withoutStamps = (index: string) =>
  index
    .split("\n")
    .map((l, i) => (i === 0 ? l.replace(/"tag":"\w+"/, "") : l && JSON.stringify(JSON.parse(l).slice(0, 7))))
    .join("\n");
const tagOf = async (out: string) => JSON.parse((await fs.readFile(path.join(out, INDEX_FILE), "utf8")).split("\n")[0]).tag as string;
/** The index's contributions file (the bodies' first parts), named by the tag in the head's first line. */
const bodiesFile = async (out: string) => path.join(out, `.index-contributions.${await tagOf(out)}.jsonl`);
/** The index's sources file (the bodies' second parts). */
const sourcesFile = async (out: string) => path.join(out, `.index-sources.${await tagOf(out)}.jsonl`);
const outputs = async (out: string) => ({
  ...Object.fromEntries(await Promise.all(OUTPUTS.map(async (f) => [f, await fs.readFile(path.join(out, f), "utf8").then((t) => (f === INDEX_FILE ? withoutStamps(t) : t))]))),
  // the bodies, without each file's first line (the tag, new each time the files are written afresh)
  bodies: (await fs.readFile(await bodiesFile(out), "utf8")).split("\n").slice(1),
  sources: (await fs.readFile(await sourcesFile(out), "utf8")).split("\n").slice(1),
});
/** A summary's index body, its two parts as the contributions and sources files hold them. */
const bodyParts = (summary: Parameters<typeof encodeSummary>[0]) => partsOf(encodeSummary(summary));

async function inboxOf(name: string, files: string[]) {
  const inbox = path.join(tmp, name);
  await fs.mkdir(inbox, { recursive: true });
  for (const f of files) for (const g of [f, f.replace(/\.txt$/, ".meta.json")]) await fs.copyFile(path.join("fixtures/articles", g), path.join(inbox, g));
  return inbox;
}

describe("the output folder's index", () => {
  const files = ["000_840779b774828d78.txt", "004_5d35b6c747139e23.txt"];

  it("lets a re-run reuse every record without reading one, with the same outputs", async () => {
    const inbox = await inboxOf("in1", files);
    const out = path.join(tmp, "out1");
    const first = await runInbox({ inbox, out, threads: 1 });
    expect(first.processed).toBe(2);
    const before = await outputs(out);
    const reads = vi.spyOn(OutputStore.prototype, "readRecord");
    try {
      const again = await runInbox({ inbox, out, threads: 1 });
      expect(again).toMatchObject({ processed: 0, reused: 2 });
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
    expect(await outputs(out)).toEqual(before);
  });

  it("gives the same outputs as reading the records when the index is missing or broken, and drops removed files", async () => {
    const inbox = await inboxOf("in2", files);
    const out = path.join(tmp, "out2");
    await runInbox({ inbox, out, threads: 1 });
    const before = await outputs(out);
    for (const broken of ["", '{"claimlineIndex":1}\n{"id": 3}\n', "not json\n"]) {
      await fs.writeFile(path.join(out, INDEX_FILE), broken);
      const reads = vi.spyOn(OutputStore.prototype, "readRecord");
      try {
        const again = await runInbox({ inbox, out, threads: 1 });
        expect(again).toMatchObject({ processed: 0, reused: 2 });
        expect(reads).toHaveBeenCalledTimes(2);
      } finally {
        reads.mockRestore();
      }
      expect(await outputs(out)).toEqual(before);
    }
    // a removed file leaves the records, the index and the outputs
    await fs.rm(path.join(inbox, files[1]));
    await runInbox({ inbox, out, threads: 1 });
    const index = (await fs.readFile(path.join(out, INDEX_FILE), "utf8")).trim().split("\n").slice(1).map((l) => JSON.parse(l));
    expect(index.map((s) => s[1])).toEqual([files[0]]);
    expect(await new OutputStore(out).recordIds()).toEqual(index.map((s) => s[0]));
    expect(await fs.readFile(path.join(out, "timeline.json"), "utf8")).not.toContain(files[1]);
  });

  it("reads an index of the older layout (both parts of a body on one line) as no index: the records are read once and the index written anew", async () => {
    const inbox = await inboxOf("in-old", files);
    const out = path.join(tmp, "out-old");
    await runInbox({ inbox, out, threads: 1 });
    const before = await outputs(out);
    // the same index as layout 3 wrote it: one bodies file, each line the contribution, a tab, the source
    const [headText, contributions, sources] = await Promise.all([path.join(out, INDEX_FILE), await bodiesFile(out), await sourcesFile(out)].map((f) => fs.readFile(f)));
    const tag = await tagOf(out);
    const header = `{"claimlineIndexBodies":"${tag}"}\n`;
    let oldBodies = header;
    const heads: string[] = [];
    for (const line of headText.toString("utf8").trim().split("\n").slice(1)) {
      const [id, file, fp, at, bytes, sourceAt, sourceBytes, ...stamp] = JSON.parse(line) as [string, string, string, number, number, number, number, ...number[]];
      const body = `${contributions.toString("utf8", at, at + bytes)}\t${sources.toString("utf8", sourceAt, sourceAt + sourceBytes)}`;
      heads.push(JSON.stringify([id, file, fp, Buffer.byteLength(oldBodies), Buffer.byteLength(body), ...stamp]));
      oldBodies += body + "\n";
    }
    await fs.rm(await bodiesFile(out));
    await fs.rm(await sourcesFile(out));
    const oldName = `.index-bodies.${tag}.jsonl`;
    await fs.writeFile(path.join(out, oldName), oldBodies);
    await fs.writeFile(path.join(out, INDEX_FILE), [JSON.stringify({ claimlineIndex: 3, tag, end: Buffer.byteLength(oldBodies) }), ...heads, ""].join("\n"));
    const reads = vi.spyOn(OutputStore.prototype, "readRecord");
    try {
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 2 });
      expect(reads).toHaveBeenCalledTimes(2);
      expect(await outputs(out)).toEqual(before);
      expect((await fs.readdir(out)).filter((f) => f.startsWith(".index-bodies."))).toEqual([]);
      // and the index written anew is read by the next run, which reads no record
      reads.mockClear();
      expect(await runInbox({ inbox, out, threads: 1 })).toMatchObject({ processed: 0, reused: 2 });
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it("does not reuse an index entry whose record was deleted, or one made under another file name", async () => {
    const inbox = await inboxOf("in3", files);
    const out = path.join(tmp, "out3");
    const first = await runInbox({ inbox, out, threads: 1 });
    const ids = await new OutputStore(out).recordIds();
    await fs.rm(path.join(out, "articles", `${ids[0]}.json`));
    for (const g of [files[1], files[1].replace(/\.txt$/, ".meta.json")]) await fs.rename(path.join(inbox, g), path.join(inbox, `renamed-${g}`));
    const again = await runInbox({ inbox, out, threads: 1 });
    expect(again).toMatchObject({ processed: 2, reused: 0 });
    expect(await new OutputStore(out).recordIds()).toEqual(ids);
    expect(first.conflicts).toBe(again.conflicts);
  });
});

describe("index lines", () => {
  it("give back the summary exactly, evidence whose text is not the article's own included, in fewer bytes", async () => {
    const file = "004_5d35b6c747139e23.txt";
    const bytes = await fs.readFile(path.join("fixtures/articles", file));
    const record = { ...(await extract(await ingest({ file, bytes, published: "2024-01-02" }))), extractedWith: "x" };
    const summary = summaryOf(record);
    expect(summary.contribution.names.length).toBeGreaterThan(0);
    // a span whose text was cleaned by its extractor keeps its own text
    summary.contribution.names[0].evidence = { ...summary.contribution.names[0].evidence, text: "Cleaned Form" };
    // every flag of a title claim, both ways, survives the line
    const titles = summary.contribution.titles;
    expect(titles.length).toBeGreaterThan(1);
    titles[0] = { ...titles[0], certain: false, years: [2019, 2020], speaks: true, ambiguous: true };
    titles[1] = { ...titles[1], certain: true, years: [], speaks: false, ambiguous: false };
    // and every flag of an event claim, each alone and none, with a party and a date or without
    const events = summary.contribution.events;
    expect(events.length).toBeGreaterThan(0);
    const flags = ["hedged", "collective", "certain", "registry"] as const;
    const base = { ...events[0], hedged: false, collective: false, certain: false, registry: false };
    events.splice(0, events.length, base, ...flags.map((f, i) => ({ ...base, [f]: true, party: i % 2 ? "Chile" : null, date: i % 2 ? null : { value: "2019-05", text: "in May 2019" } })));
    const line = encodeSummary(summary);
    expect(line).not.toContain("\n");
    expect(JSON.stringify(decodeSummary(line))).toBe(JSON.stringify(summary));
    expect(line.length).toBeLessThan(JSON.stringify(summary).length * 0.8);
    expect(() => decodeSummary('{"id":"x"}')).toThrow();
  });
});

describe("index lines in two parts", () => {
  it("give the contribution from the first part alone and the source from the second alone, sharing the values articles repeat", async () => {
    const file = "004_5d35b6c747139e23.txt";
    const bytes = await fs.readFile(path.join("fixtures/articles", file));
    const summary = summaryOf({ ...(await extract(await ingest({ file, bytes, published: "2024-01-02" }))), extractedWith: "x" });
    expect(summary.contribution.events.length).toBeGreaterThan(0);
    const [first, second] = partsOf(encodeSummary(summary));
    // the article's text is in the second part only: reconcile's part does not carry it
    expect(second).toContain(JSON.stringify(summary.source.text));
    expect(first).not.toContain(JSON.stringify(summary.source.text));
    // each part read without the other, as the store reads them: a damaged other half does not matter
    const contribution = decodeContribution(first);
    expect(JSON.stringify(contribution.contribution)).toBe(JSON.stringify(summary.contribution));
    expect(() => decodeSource(second.slice(0, -5))).toThrow();
    expect(() => decodeContribution(first.slice(0, -5))).toThrow();
    expect(JSON.stringify(decodeSource(second).source)).toBe(JSON.stringify(summary.source));
    // a line without its second part is no index line
    expect(() => decodeSummary(first)).toThrow();
    // two decodings of one article share each event's sides and date, and are equal
    const again = decodeContribution(first).contribution;
    const [x, y] = [contribution.contribution.events[0], again.events[0]];
    expect(y).not.toBe(x);
    expect(y.parties).toBe(x.parties);
    if (x.date) expect(y.date).toBe(x.date);
    expect(again).toStrictEqual(contribution.contribution);
  });
});

describe("index lines and sentences", () => {
  it("carry where the article's sentences lie, so the reports do not split the text again; a malformed list is ignored", async () => {
    const file = "000_840779b774828d78.txt";
    const bytes = await fs.readFile(path.join("fixtures/articles", file));
    const summary = summaryOf({ ...(await extract(await ingest({ file, bytes, published: "2024-01-02" }))), extractedWith: "x" });
    const expected = sentencesOf(summary.source.text).map(({ start, end }) => ({ start, end }));
    expect(expected.length).toBeGreaterThan(2);
    const line = encodeSummary(summary);
    const decoded = decodeSummary(line);
    expect(sentencesIn(decoded.source)).toEqual(expected);
    // sentences the index says are taken as they are (not found again)
    // (in the line's second part, the source's, after the tab)
    const [first, second] = line.split("\t");
    const moved = JSON.parse(second);
    moved.sentences = [0, 3];
    expect(sentencesIn(decodeSummary(`${first}\t${JSON.stringify(moved)}`).source)).toEqual([{ start: 0, end: 3 }]);
    for (const bad of [[0], [0, 1e9], ["a", 2], "0,3"]) {
      const broken = decodeSummary(`${first}\t${JSON.stringify({ ...moved, sentences: bad })}`);
      expect(sentencesIn(broken.source).map(({ start, end }) => ({ start, end }))).toEqual(expected);
    }
  });
});

describe("writing the index again", () => {
  const indexFiles = async (out: string) => (await fs.readdir(out)).filter((f) => f.startsWith(".index")).sort();

  it("keeps the bodies it has, appends the new ones, and writes the bodies afresh once most are dead", async () => {
    const inbox = await inboxOf("in-copy", ["000_840779b774828d78.txt", "004_5d35b6c747139e23.txt"]);
    const out = path.join(tmp, "out-copy");
    await runInbox({ inbox, out, threads: 1 });
    const store = new OutputStore(out);
    const head = path.join(out, INDEX_FILE);
    const bodies = await bodiesFile(out);
    const sources = await sourcesFile(out);
    const [headText, bodiesText, sourcesText] = [await fs.readFile(head, "utf8"), await fs.readFile(bodies, "utf8"), await fs.readFile(sources, "utf8")];
    expect(await indexFiles(out)).toEqual([INDEX_FILE, path.basename(bodies), path.basename(sources)].sort());
    // the contributions file holds none of the articles' text
    for (const s of (await store.readIndex()).values()) expect(bodiesText).not.toContain(JSON.stringify(s.source.text).slice(1, 200));
    // the same summaries again: the same bytes, nothing appended
    const summaries = [...(await store.readIndex()).values()];
    await store.writeIndex(summaries);
    expect(await fs.readFile(head, "utf8")).toBe(headText);
    expect(await fs.readFile(bodies, "utf8")).toBe(bodiesText);
    expect(await fs.readFile(sources, "utf8")).toBe(sourcesText);
    // a summary made afresh (as a re-extracted record's is) is appended, each part to its file; the other body stays where it was
    const record = (await store.readRecord(summaries[1].id))!;
    const fresh = summaryOf(record);
    await store.writeIndex([summaries[0], fresh]);
    const grown = await fs.readFile(bodies, "utf8");
    const grownSources = await fs.readFile(sources, "utf8");
    expect(grown.startsWith(bodiesText)).toBe(true);
    expect(grown.slice(bodiesText.length)).toBe(bodyParts(fresh)[0] + "\n");
    expect(grownSources.startsWith(sourcesText)).toBe(true);
    expect(grownSources.slice(sourcesText.length)).toBe(bodyParts(fresh)[1] + "\n");
    const again = [...(await store.readIndex()).values()];
    expect(again.map((s) => JSON.stringify({ ...s, stamp: undefined }))).toEqual([summaries[0], fresh].map((s) => JSON.stringify({ ...s, stamp: undefined })));
    // written once more with what it holds: nothing appended
    await store.writeIndex(again);
    expect(await fs.readFile(bodies, "utf8")).toBe(grown);
    expect(await fs.readFile(sources, "utf8")).toBe(grownSources);
    // one summary of three bodies: written afresh under a new name, the old files removed
    await store.writeIndex([again[1]]);
    const compact = await bodiesFile(out);
    expect(compact).not.toBe(bodies);
    expect(await indexFiles(out)).toEqual([INDEX_FILE, path.basename(compact), path.basename(await sourcesFile(out))].sort());
    expect((await fs.readFile(compact, "utf8")).split("\n").slice(1)).toEqual([bodyParts(fresh)[0], ""]);
    expect((await fs.readFile(await sourcesFile(out), "utf8")).split("\n").slice(1)).toEqual([bodyParts(fresh)[1], ""]);
    // the summary written there reads its body from the new file
    expect(JSON.stringify(again[1].contribution)).toBe(JSON.stringify(fresh.contribution));
    const last = [...(await store.readIndex()).values()];
    expect(last.map((s) => JSON.stringify({ ...s, stamp: undefined }))).toEqual([JSON.stringify({ ...fresh, stamp: undefined })]);
  });

  it("reads no body until asked, stands a record in for a damaged body, and trusts no bodies file that is not the head's", async () => {
    const inbox = await inboxOf("in-damaged", ["000_840779b774828d78.txt", "004_5d35b6c747139e23.txt"]);
    const out = path.join(tmp, "out-damaged");
    await runInbox({ inbox, out, threads: 1 });
    const store = new OutputStore(out);
    const head = path.join(out, INDEX_FILE);
    const bodies = await bodiesFile(out);
    const ids = await store.recordIds();
    const expected = await Promise.all(ids.map(async (id) => JSON.stringify(summaryOf((await store.readRecord(id))!))));
    const asRead = async () => [...(await store.readIndex()).values()].map((s) => JSON.stringify({ ...s, stamp: undefined }));
    expect(await asRead()).toEqual(expected);
    // a body overwritten in place: the record stands in
    const text = await fs.readFile(bodies, "utf8");
    const at = text.indexOf("\n") + 10;
    await fs.writeFile(bodies, text.slice(0, at) + "#".repeat(20) + text.slice(at + 20));
    expect(await asRead()).toEqual(expected);
    // its record gone too: the error names the file, and the head goes (the next run reads the records)
    const index = await store.readIndex();
    await fs.rm(store.recordPath(ids[0]));
    const unread = index.get(ids[0])!;
    expect(() => unread.contribution).toThrow(unread.file);
    await expect(fs.access(head)).rejects.toThrow();
    // a body never asked for is never read: a summary whose body files went stays usable as a head
    await runInbox({ inbox, out, threads: 1 });
    const lazy = await store.readIndex();
    const [lostBodies, lostSources] = [await bodiesFile(out), await sourcesFile(out)];
    await fs.rm(lostBodies);
    await fs.rm(lostSources);
    expect([...lazy.values()].map((s) => s.file).sort()).toEqual(["000_840779b774828d78.txt", "004_5d35b6c747139e23.txt"]);
    // a head whose body files are missing, shorter than it says, or other ones is not read at all
    expect((await store.readIndex()).size).toBe(0);
    await runInbox({ inbox, out, threads: 1 });
    for (const [file, key] of [[await bodiesFile(out), "claimlineIndexContributions"], [await sourcesFile(out), "claimlineIndexSources"]]) {
      const good = await fs.readFile(file);
      for (const broken of [good.subarray(0, good.length - 5), Buffer.concat([Buffer.from(`{"${key}":"0"}\n`), good.subarray(good.indexOf(10) + 1)])]) {
        await fs.writeFile(file, broken);
        expect((await store.readIndex()).size).toBe(0);
        await fs.writeFile(file, good);
        expect((await store.readIndex()).size).toBe(2);
      }
    }
    // a source overwritten in place: the record stands in for it too
    const sourcesText = await fs.readFile(await sourcesFile(out), "utf8");
    const cut = sourcesText.indexOf("\n") + 10;
    await fs.writeFile(await sourcesFile(out), sourcesText.slice(0, cut) + "#".repeat(20) + sourcesText.slice(cut + 20));
    expect((await store.readIndex()).get(ids[1])?.source.text).toBe((await store.readRecord(ids[1]))?.text);
    await fs.writeFile(await sourcesFile(out), sourcesText);
    // bytes a crash left after the last body the head names are written over by the next append
    await fs.appendFile(await bodiesFile(out), '{"id":"half a li');
    await fs.appendFile(await sourcesFile(out), '{"id":"half');
    const summaries = [...(await store.readIndex()).values()];
    const fresh = summaryOf((await store.readRecord(summaries[0].id))!);
    await store.writeIndex([fresh, summaries[1]]);
    expect((await fs.readFile(await bodiesFile(out), "utf8")).endsWith("\n" + bodyParts(fresh)[0] + "\n")).toBe(true);
    expect((await fs.readFile(await sourcesFile(out), "utf8")).endsWith("\n" + bodyParts(fresh)[1] + "\n")).toBe(true);
    expect((await store.readIndex()).size).toBe(2);
  });
});

describe("jsonChunks", () => {
  it("gives toJson's bytes in pieces", async () => {
    const values: unknown[] = [
      JSON.parse(await fs.readFile("fixtures/expected/timeline.json", "utf8")),
      JSON.parse(await fs.readFile("fixtures/expected/conflicts.json", "utf8")),
      [],
      {},
      null,
      "a\nb",
      [[], {}, [1, [2, { a: [] }]], { x: undefined, y: () => 1, z: "q" }, undefined],
      { nested: { deeper: { deepest: [{ k: "v\n", n: null, e: {} }] } }, date: new Date(0) },
    ];
    for (const v of values)
      for (const levels of [0, 1, 3, 8]) {
        const chunks = [...jsonChunks(v, levels)];
        expect(chunks.join("")).toBe(toJson(v));
        if (levels >= 3 && Array.isArray(v) && v.length > 5) expect(chunks.length).toBeGreaterThan(v.length);
      }
  });
});

describe("readLines", () => {
  it("gives back every line, across chunk boundaries and inside multi-byte characters", async () => {
    const file = path.join(tmp, "lines", "read.txt");
    await fs.mkdir(path.dirname(file), { recursive: true });
    const lines = Array.from({ length: 200 }, (_, i) => `“${i}” ${"é".repeat(i % 13)}—${"x".repeat(i % 7)}`);
    await fs.writeFile(file, lines.join("\n"));
    for (const chunk of [1, 3, 7, 64, 1 << 16]) {
      const got: string[] = [];
      for await (const l of readLines(file, chunk)) got.push(l);
      expect(got).toEqual(lines);
    }
  });
});

describe("writeLinesAtomic", () => {
  it("writes lines one at a time and leaves no temporary file", async () => {
    const file = path.join(tmp, "lines", "big.jsonl");
    function* lines() {
      for (let i = 0; i < 50_000; i++) yield JSON.stringify({ i, pad: "x".repeat(40) });
    }
    await writeLinesAtomic(file, lines());
    const text = await fs.readFile(file, "utf8");
    const got = text.split("\n");
    expect(got).toHaveLength(50_001);
    expect(got.at(-1)).toBe("");
    expect(JSON.parse(got[49_999]).i).toBe(49_999);
    expect((await fs.readdir(path.dirname(file))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the old file in place when writing fails midway", async () => {
    const file = path.join(tmp, "lines", "keep.jsonl");
    await fs.writeFile(file, "old\n");
    function* failing() {
      yield "a";
      throw new Error("boom");
    }
    await expect(writeLinesAtomic(file, failing())).rejects.toThrow("boom");
    expect(await fs.readFile(file, "utf8")).toBe("old\n");
    expect((await fs.readdir(path.dirname(file))).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
