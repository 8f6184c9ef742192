// End to end through the built command, as a user runs it (`npm test` builds first).
import { promises as fs, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliOutput } from "./procs.js";
import { ArticleRecord, Conflicts, Errors, Timeline } from "../pipeline/schemas.js";

const run = runCliOutput;

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-cli-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    // the folder's bookkeeping, not outputs: the render cache records its own data file's stamp (inode,
    // mtime), and reconcile's cache keeps only the steps the last run used (a re-run that reuses an
    // agreement's whole result no longer needs its status step)
    if (e.isFile() && !e.name.startsWith(".render-cache") && !e.name.startsWith(".reconcile-cache")) {
      const p = path.join(e.parentPath, e.name);
      out[path.relative(dir, p)] = await fs.readFile(p, "utf8");
    }
  }
  return out;
}

describe("claimline run on the fixtures", () => {
  it("writes contract-shaped outputs whose spans point into the text, the same bytes every time", async () => {
    const out1 = path.join(tmp, "o1");
    const out2 = path.join(tmp, "o2");
    const first = await run(["run", "fixtures/articles", "--out", out1, "-q"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/processed/);
    const files = await readTree(out1);
    const records = Object.entries(files).filter(([f]) => f.startsWith("articles/"));
    const inbox = (await fs.readdir("fixtures/articles")).filter((f) => !f.endsWith(".meta.json"));
    expect(records.length).toBe(inbox.length);
    for (const [, json] of records) {
      const rec = ArticleRecord.parse(JSON.parse(json));
      for (const list of [rec.entities, rec.dates, rec.claims, rec.officials, rec.events]) {
        for (const f of list) expect(rec.text.slice(f.start, f.end), `${rec.source.file} ${JSON.stringify(f)}`).toBe(f.text);
      }
    }
    Timeline.parse(JSON.parse(files["timeline.json"]));
    Conflicts.parse(JSON.parse(files["conflicts.json"]));
    expect(Errors.parse(JSON.parse(files["errors.json"]))).toEqual([]);
    expect(files["conflicts.md"]).toMatch(/^# /);

    await run(["run", "fixtures/articles", "--out", out2, "-q"]);
    expect(await readTree(out2)).toEqual(files);
    // a second run over the same output folder reuses the records and changes no byte
    const again = await run(["run", "fixtures/articles", "--out", out1, "-q"]);
    expect(again.stdout).toMatch(/0 processed/);
    expect(await readTree(out1)).toEqual(files);
    // three runs, each starting an extract thread, on a shared 2-core machine
  }, 120_000);

  it("prints the report and the timelines of an output folder", async () => {
    const out = path.join(tmp, "o3");
    await run(["run", "fixtures/articles", "--out", out, "-q"]);
    expect((await run(["report", "--out", out])).stdout).toBe(await fs.readFile(path.join(out, "conflicts.md"), "utf8"));
    expect(JSON.parse((await run(["export", "--out", out])).stdout)).toEqual(JSON.parse(await fs.readFile(path.join(out, "timeline.json"), "utf8")));
  });
});

describe("bad input in the inbox", () => {
  it("reports each bad file on stderr and in errors.json, processes the rest and exits 1", async () => {
    const inbox = path.join(tmp, "bad-inbox");
    const out = path.join(tmp, "bad-out");
    await fs.mkdir(inbox);
    await fs.copyFile("fixtures/articles/000_840779b774828d78.txt", path.join(inbox, "good.txt"));
    await fs.writeFile(path.join(inbox, "empty.txt"), "");
    await fs.writeFile(path.join(inbox, "binary.txt"), Buffer.from([0, 1, 2, 3, 255, 0]));
    await fs.writeFile(path.join(inbox, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await fs.writeFile(path.join(inbox, "huge.txt"), Buffer.alloc(5 * 1024 * 1024 + 10, 97));
    await fs.writeFile(path.join(inbox, "notes.docx"), "x");
    await fs.writeFile(path.join(inbox, "side.txt"), "Headline\nBody.");
    await fs.writeFile(path.join(inbox, "side.meta.json"), "{broken");
    await fs.writeFile(path.join(inbox, "copy.txt"), await fs.readFile(path.join(inbox, "good.txt")));
    const r = await run(["run", inbox, "--out", out, "-q"]);
    expect(r.code).toBe(1);
    const errors = Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")));
    expect(errors.map((e) => e.file)).toEqual(["binary.txt", "empty.txt", "huge.txt", "latin1.txt", "notes.docx", "side.txt"]);
    for (const e of errors) expect(r.stderr).toContain(`${e.file}: ${e.reason}`);
    expect(errors.find((e) => e.file === "side.txt")?.reason).toMatch(/sidecar side\.meta\.json is not valid JSON/);
    expect(r.stderr).toMatch(/good\.txt: same content as copy\.txt, processed once|copy\.txt: same content as good\.txt/);
    expect((await fs.readdir(path.join(out, "articles"))).length).toBe(1);
  });

  it.each([
    [["bogus"], /unknown command "bogus"/],
    [["run"], /"run" takes 1 argument/],
    [["run", "no-such-folder"], /inbox "no-such-folder" is not a folder/],
    [["run", "fixtures/articles", "--published", "yesterday"], /--published wants a date/],
    [["extract", "a", "--frobnicate"], /Unknown option/],
  ])("exits 2 with a usage message for %j", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("answers --help for every command", async () => {
    for (const cmd of ["run", "extract", "report", "export"]) {
      const r = await run([cmd, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: claimline ${cmd}`));
    }
  });
});

describe("claimline extract", () => {
  it("prints one record as JSON, with the sidecar's publication date", async () => {
    const r = await run(["extract", "fixtures/articles/004_5d35b6c747139e23.txt"]);
    expect(r.code).toBe(0);
    const rec = ArticleRecord.parse(JSON.parse(r.stdout));
    expect(rec.published).toEqual({ value: "2025-01-24", from: "sidecar" });
    expect(rec.source.file).toBe("004_5d35b6c747139e23.txt");
  });

  it("names the file and the problem when it cannot read it", async () => {
    const r = await run(["extract", path.join(tmp, "missing.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: cannot read/);
  });
});

describe("a file that disappears during a run", () => {
  it("is reported as removed while the others are processed", async () => {
    const { runInbox } = await import("../pipeline/run.js");
    const inbox = path.join(tmp, "vanishing");
    await fs.mkdir(inbox);
    await fs.writeFile(path.join(inbox, "a.txt"), "First headline\nThe ministers met on Friday.");
    await fs.writeFile(path.join(inbox, "b.txt"), "Second headline\nThe deal was suspended.");
    await fs.writeFile(path.join(inbox, "c.txt"), "Third headline\nTalks resume next week.");
    await fs.writeFile(path.join(inbox, "d.txt"), "Fourth headline\nThe envoys left on Monday.");
    const summary = await runInbox({
      inbox,
      out: path.join(tmp, "vanishing-out"),
      threads: 1,
      // d.txt is deleted after the inbox was listed, before it is read (one thread reads two files
      // ahead: a.txt and b.txt are read before a.txt is done)
      onProgress: (p) => (p.file === "a.txt" ? rmSync(path.join(inbox, "d.txt")) : undefined),
    });
    expect(summary.errors).toEqual([{ file: "d.txt", reason: "the file was removed before it could be read" }]);
    expect(summary.processed).toBe(3);
  });
});

describe("--reference FILE", () => {
  const article = 'Talks on returns deal\n\nInterior Minister Ximena Qorvath said on Tuesday that the returns agreement would be signed within weeks.\n\nQorvat added that the text was still being translated.\n';
  const reference = '[{"name":"Ximena Qorvath","office":"Interior Minister","country":"Moldova","from":2023,"to":null}]';

  it("extends the known officials in every extract thread: canonical spelling and country", async () => {
    const inbox = path.join(tmp, "ref-inbox");
    await fs.mkdir(inbox);
    for (const n of [1, 2, 3]) await fs.writeFile(path.join(inbox, `a${n}.txt`), article.replace("Tuesday", ["Monday", "Tuesday", "Friday"][n - 1]));
    await fs.writeFile(path.join(tmp, "ref.json"), reference);
    const plain = path.join(tmp, "ref-plain");
    const withRef = path.join(tmp, "ref-with");
    expect((await run(["run", inbox, "--out", plain, "-q", "--threads", "2"])).code).toBe(0);
    expect((await run(["run", inbox, "--out", withRef, "-q", "--threads", "2", "--reference", path.join(tmp, "ref.json")])).code).toBe(0);
    const records = async (out: string) =>
      Promise.all((await fs.readdir(path.join(out, "articles"))).map(async (f) => ArticleRecord.parse(JSON.parse(await fs.readFile(path.join(out, "articles", f), "utf8")))));
    for (const rec of await records(plain)) {
      expect(rec.officials[0].country).toBeNull();
      expect(rec.entities.find((e) => e.text === "Qorvat")?.canonical).toBe("Qorvat");
    }
    for (const rec of await records(withRef)) {
      expect(rec.officials[0].country).toBe("Moldova");
      expect(rec.entities.find((e) => e.text === "Qorvat")?.canonical).toBe("Ximena Qorvath");
    }
    // the reused records of a run without the list are not taken for records made with it
    const again = await run(["run", inbox, "--out", plain, "-q", "--reference", path.join(tmp, "ref.json")]);
    expect(again.stdout).toMatch(/3 processed/);
  });

  it.each([
    ['[{"name":"x"}]', /entry 0\.office/],
    ["not json", /reference list|JSON/],
  ])("refuses a bad list %j with exit 2 and the file's name", async (content, message) => {
    const file = path.join(tmp, `bad-ref-${content.length}.json`);
    await fs.writeFile(file, content);
    const r = await run(["extract", "fixtures/articles/000_840779b774828d78.txt", "--reference", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toMatch(message);
  });
});
