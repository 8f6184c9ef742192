// The review workflow through the built command, as a user runs it: decide, run, export; and the
// command line's version, help and usage errors.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliOutput } from "./procs.js";
import { Conflicts, Decisions, Timeline } from "../pipeline/schemas.js";

const run = runCliOutput;

let tmp: string;
let out: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-review-cli-"));
  out = path.join(tmp, "out");
  expect((await run(["run", "fixtures/articles", "--out", out, "-q"])).code).toBe(0);
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const conflicts = async () => Conflicts.parse(JSON.parse(await fs.readFile(path.join(out, "conflicts.json"), "utf8")));

/** Parses RFC 4180 CSV (quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), i++;
    else cell += ch;
  }
  return rows;
}

describe("decide, then run, then export", () => {
  it("gives the accepted spelling and date in the CSV of one agreement, and in timeline.json", async () => {
    const all = await conflicts();
    const date = all.find((c) => c.type === "date_conflict" && c.parties?.includes("Tunisia"))!;
    const name = all.find((c) => c.type === "name_variant" && c.variant === "Melloni")!;
    // the timeline keeps the better attested date until the reviewer says otherwise
    const [kept, other] = date.values!;
    expect((await run(["decide", date.id, "accept", "--value", other, "--note", "the later article quotes the signing ceremony", "--out", out])).code).toBe(0);
    expect((await run(["decide", name.id, "accept", "--value", "Meloni", "--out", out])).code).toBe(0);
    expect(Decisions.parse(JSON.parse(await fs.readFile(path.join(out, "decisions.json"), "utf8"))).map((d) => d.conflict)).toEqual([date.id, name.id]);

    expect((await run(["run", "fixtures/articles", "--out", out, "-q"])).code).toBe(0);
    const after = await conflicts();
    expect(after.find((c) => c.id === date.id)!.review).toMatchObject({ decision: "accept", value: other, note: "the later article quotes the signing ceremony" });
    const timeline = Timeline.parse(JSON.parse(await fs.readFile(path.join(out, "timeline.json"), "utf8")));
    expect(timeline.entities.find((e) => e.canonical === "Giorgia Meloni")!.variants).not.toContain("Melloni");

    const csvFile = path.join(tmp, "tunisia.csv");
    const r = await run(["export", "--out", out, "--agreement", "European Union–Tunisia memorandum of understanding", "--format", "csv", "--output", csvFile]);
    expect(r.code).toBe(0);
    const rows = parseCsv(await fs.readFile(csvFile, "utf8"));
    expect(rows[0].slice(0, 9)).toEqual(["agreement", "parties", "party", "type", "date", "disputed", "source file", "source date", "evidence text"]);
    const signed = rows.slice(1).filter((row) => row[3] === "signed");
    expect(signed.length).toBe(2);
    expect(signed.every((row) => row[0] === "European Union–Tunisia memorandum of understanding" && row[4] === other && row[5] === "false")).toBe(true);
    // each source keeps the date it gives
    expect(signed.map((row) => row[7]).sort()).toEqual([kept, other].sort());
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(["European Union–Tunisia memorandum of understanding"]));

    // the JSON export of the same agreement, by id, says the same
    const json = await run(["export", "--out", out, "--agreement", timeline.agreements.find((a) => a.parties.includes("Tunisia"))!.id]);
    const exported = Timeline.parse(JSON.parse(json.stdout));
    expect(exported.agreements).toHaveLength(1);
    expect(exported.agreements[0].events.find((e) => e.type === "signed")!.date?.value).toBe(other);
    expect(exported.entities.find((e) => e.canonical === "Giorgia Meloni")!.variants).not.toContain("Melloni");
  });

  it("refuses an unknown id and a value that does not fit, with exit 2 and nothing recorded", async () => {
    const before = await fs.readFile(path.join(out, "decisions.json"), "utf8").catch(() => "");
    const all = await conflicts();
    const status = all.find((c) => c.type === "status_conflict")!;
    const name = all.find((c) => c.type === "name_variant")!;
    for (const [args, message] of [
      [["decide", "0123456789abcdef", "accept"], /no conflict with id "0123456789abcdef"/],
      [["decide", status.id, "accept", "--value", "2019-09-20"], /a status conflict wants one of its statuses/],
      [["decide", name.id, "accept", "--value", "12345"], /a name variant wants a spelling/],
      [["decide", all.find((c) => c.type === "date_conflict")!.id, "accept", "--value", "soon"], /a date conflict wants a date/],
      [["decide", name.id, "perhaps"], /"accept" or "reject"/],
    ] as const) {
      const r = await run([...args, "--out", out]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(await fs.readFile(path.join(out, "decisions.json"), "utf8").catch(() => "")).toBe(before);
  });

  it("prints the report as Markdown, HTML or JSON", async () => {
    expect((await run(["report", "--out", out, "--format", "html"])).stdout).toBe(await fs.readFile(path.join(out, "report.html"), "utf8"));
    expect(Conflicts.parse(JSON.parse((await run(["report", "--out", out, "--format", "json"])).stdout)).length).toBeGreaterThan(0);
    expect((await run(["report", "--out", out])).stdout).toMatch(/^# Conflict report/);
  });
});

describe("the command line", () => {
  it("prints its version", async () => {
    const pkg = JSON.parse(await fs.readFile("package.json", "utf8")) as { version: string };
    const r = await run(["--version"]);
    expect(r).toMatchObject({ code: 0, stdout: `claimline ${pkg.version}\n` });
  });

  it("answers help <command> and --help with that command's help and examples", async () => {
    for (const cmd of ["run", "watch", "worker", "status", "extract", "report", "export", "decide", "review"]) {
      const viaHelp = await run(["help", cmd]);
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: claimline ${cmd}`));
      expect(viaHelp.stdout).toMatch(/\nExamples:\n {2}claimline /);
      expect((await run([cmd, "--help"])).stdout).toBe(viaHelp.stdout);
    }
  });

  it.each([
    [["help", "bogus"], /unknown command "bogus"/],
    [["extract", "fixtures/articles/004_5d35b6c747139e23.txt", "--published", "nope"], /--published wants a date/],
    [["run", "fixtures/articles", "--out", "package.json"], /--out "package.json" exists and is not a folder/],
    [["run", "fixtures/articles", "--out", "package.json/sub"], /--out "package.json\/sub" cannot be created/],
    [["export", "--out", "fixtures", "--format", "xml"], /--format is one of json, csv/],
    [["report", "--format", "pdf"], /--format is one of md, html, json/],
    [["review", "--port", "http"], /--port wants a port number/],
    [[], /Usage: claimline <command>/],
  ])("exits 2 with the message on stderr for %j", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("names the agreements when --agreement matches none", async () => {
    const r = await run(["export", "--out", out, "--agreement", "Treaty of Nowhere"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no single agreement matches "Treaty of Nowhere"[\s\S]*Safe Third Country Agreement/);
  });
});
