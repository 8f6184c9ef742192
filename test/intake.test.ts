// Intake (issue 17): what in an inbox is read, what is refused and why, the one date check, the
// one whitespace and NUL check, JSON errors that name their field, and --out checked up front.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NUL_REASON } from "../pipeline/decode.js";
import { BadInputError } from "../pipeline/errors.js";
import { listInbox, readInboxArticle, readInsideInbox, SkippedEntryError } from "../pipeline/inbox.js";
import { ingest } from "../pipeline/ingest.js";
import { Errors } from "../pipeline/schemas.js";
import { readRecords, runCli, startCli, stopAll } from "./procs.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const ARTICLE = "Deal signed\n\nThe minister said on Monday that the talks would go on.\n";
const SECRET = "Outside words that must never reach the outputs.";
const isRoot = process.getuid?.() === 0;

let tmp: string;
let n = 0;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-intake-"));
});
afterEach(stopAll);
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Runs the command, killed after `ms`: where the bug was an endless read or a hang, the test fails without eating the machine. */
async function runBounded(args: string[], ms = 15_000): Promise<{ code: number | null; log: string }> {
  const p = startCli(args);
  const timer = setTimeout(() => p.child.kill("SIGKILL"), ms);
  const code = await p.exited;
  clearTimeout(timer);
  return { code, log: p.log() };
}

/** A fresh inbox with one good article, and a folder outside it holding a secret article. */
async function hostileInbox(): Promise<{ inbox: string; outside: string }> {
  const inbox = path.join(tmp, `in-${++n}`);
  const outside = path.join(tmp, `outside-${n}`);
  await fs.mkdir(inbox, { recursive: true });
  await fs.mkdir(outside, { recursive: true });
  await fs.writeFile(path.join(inbox, "good.txt"), ARTICLE);
  await fs.writeFile(path.join(outside, "secret.txt"), `Secret\n\n${SECRET}\n`);
  return { inbox, outside };
}

describe("inbox entries that are not regular files", () => {
  it("reports each with its reason and reads none of them", async () => {
    const { inbox, outside } = await hostileInbox();
    await fs.symlink(path.join(outside, "secret.txt"), path.join(inbox, "leak.txt"));
    await fs.symlink(outside, path.join(inbox, "folder-link"));
    await fs.symlink("/dev/zero", path.join(inbox, "zero.txt"));
    await fs.symlink(path.join(inbox, "nowhere.txt"), path.join(inbox, "broken.txt"));
    execFileSync("mkfifo", [path.join(inbox, "pipe.txt")]);
    await fs.mkdir(path.join(inbox, "folder.txt"));
    await fs.writeFile(path.join(inbox, "folder.txt", "inside.txt"), ARTICLE.replace("Monday", "Tuesday"));
    const listing = await listInbox(inbox);
    expect(listing.articles).toEqual(["folder.txt/inside.txt", "good.txt"]);
    expect(Object.fromEntries(listing.rejected.map((e) => [e.file, e.reason]))).toEqual({
      "broken.txt": "a symbolic link to nothing (broken link): not read",
      "folder-link": "a symbolic link to outside the inbox: not read",
      "folder.txt": "a folder named like an article file, not a file",
      "leak.txt": "a symbolic link to outside the inbox: not read",
      "pipe.txt": "a FIFO (named pipe), not a regular file: not read",
      "zero.txt": "a symbolic link to outside the inbox: not read",
    });
  });

  it.runIf(isRoot)("reports a device node inside the inbox", async () => {
    const { inbox } = await hostileInbox();
    execFileSync("mknod", [path.join(inbox, "null.txt"), "c", "1", "3"]);
    const listing = await listInbox(inbox);
    expect(listing.rejected).toEqual([{ file: "null.txt", reason: "a character device, not a regular file: not read" }]);
    await expect(readInsideInbox(inbox, "null.txt")).rejects.toBeInstanceOf(SkippedEntryError);
  });

  it("reads a link whose target is a regular file inside the inbox, and nothing through a link that leads out", async () => {
    const { inbox, outside } = await hostileInbox();
    await fs.symlink("good.txt", path.join(inbox, "alias.txt"));
    await fs.symlink(path.join(outside, "secret.txt"), path.join(inbox, "leak.txt"));
    expect(Buffer.from(await readInsideInbox(inbox, "alias.txt")).toString()).toBe(ARTICLE);
    await expect(readInsideInbox(inbox, "leak.txt")).rejects.toThrow(/outside the inbox/);
    // a sidecar that leads out fails its article, naming the sidecar
    await fs.symlink(path.join(outside, "secret.txt"), path.join(inbox, "good.meta.json"));
    await expect(readInboxArticle(inbox, "good.txt")).rejects.toThrow(/sidecar good\.meta\.json: a symbolic link to outside the inbox/);
  });

  it("refuses a FIFO at once instead of waiting for a writer", async () => {
    const { inbox } = await hostileInbox();
    execFileSync("mkfifo", [path.join(inbox, "pipe.txt")]);
    await expect(readInsideInbox(inbox, "pipe.txt")).rejects.toThrow(/FIFO/);
  });

  it("stops reading at the size cap, whatever the file's size was", async () => {
    const { inbox } = await hostileInbox();
    await fs.writeFile(path.join(inbox, "big.txt"), Buffer.alloc(3000, 97));
    await expect(readInsideInbox(inbox, "big.txt", 2048)).rejects.toThrow(/over the .* MB limit/);
    expect((await readInsideInbox(inbox, "big.txt", 3000)).length).toBe(3000);
  });
});

describe("claimline extract on a special file", () => {
  it.each(["/dev/zero", "/dev/urandom"])("refuses %s at once instead of reading it without end", async (dev) => {
    const r = await runBounded(["extract", dev], 10_000);
    expect(r.code).toBe(1);
    expect(r.log).toContain(`${dev}: cannot read: a character device, not a regular file`);
  });

  it("refuses a FIFO at once", async () => {
    const fifo = path.join(tmp, "extract-pipe.txt");
    execFileSync("mkfifo", [fifo]);
    const r = await runBounded(["extract", fifo]);
    expect(r.code).toBe(1);
    expect(r.log).toContain("a FIFO (named pipe), not a regular file");
  });
});

describe("one validation for publication dates", () => {
  const json = (o: object) => ({ file: "a.json", bytes: utf8(JSON.stringify({ text: "The deal was signed.", ...o })) });
  it.each([
    ["an impossible day in a JSON article", json({ published: "2023-02-30" }), /JSON article field "published": "2023-02-30" is not a real calendar date/],
    ["a word in a JSON article", json({ published: "yesterday" }), /JSON article field "published": "yesterday" is not a date/],
    ["an impossible day with a time", json({ published: "2023-02-30T10:00:00Z" }), /not a real calendar date/],
    ["an impossible day in a sidecar", { file: "a.txt", bytes: utf8("T\nx"), sidecar: utf8('{"published":"2023-02-30"}') }, /sidecar a\.meta\.json: published: "2023-02-30" is not a real calendar date/],
    ["a word in a sidecar", { file: "a.txt", bytes: utf8("T\nx"), sidecar: utf8('{"published":"yesterday"}') }, /sidecar a\.meta\.json: published: "yesterday" is not a date/],
  ])("refuses %s, naming the field", async (_what, input, reason) => {
    await expect(ingest(input)).rejects.toThrow(reason);
  });

  it.each([
    ['<meta property="article:published_time" content="2023-02-30T10:00:00Z">', /meta "article:published_time": "2023-02-30T10:00:00Z" is not a real calendar date/],
    ['<meta name="pubdate" content="yesterday">', /meta "pubdate": "yesterday" is not a date/],
    ['<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-31"}</script>', /JSON-LD "datePublished": "2021-04-31" is not a real calendar date/],
  ])("says in the record's diagnostics that a page's publication field %s holds no real date", async (head, message) => {
    const { extract } = await import("../pipeline/extract.js");
    const html = `<html><head>${head}</head><body><article><p>The two ministers signed the agreement in the capital, officials said.</p></article></body></html>`;
    const record = await extract(await ingest({ file: "a.html", bytes: utf8(html) }));
    expect(record.published.value).toBeNull();
    expect(record.diagnostics.map((d) => d.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("keeps the day of a JSON timestamp", async () => {
    expect((await ingest(json({ published: "2019-07-26T10:00:00+02:00" }))).published).toEqual({ value: "2019-07-26", from: "meta" });
  });

  it.each([
    ["run", "2019-02-30"],
    ["run", "2019-13-01"],
    ["run", "yesterday"],
    ["watch", "2019-02-30"],
    ["extract", "2019-02-30"],
  ])("makes `%s --published %s` a usage error (exit 2)", async (cmd, day) => {
    const where = cmd === "extract" ? ["fixtures/articles/000_840779b774828d78.txt"] : [tmp, "--out", path.join(tmp, "never")];
    const r = await runBounded([cmd, ...where, "--published", day]);
    expect(r.code).toBe(2);
    expect(r.log).toMatch(/--published wants a date as YYYY-MM-DD: .* is not a (real calendar )?date/);
  });
});

describe("JSON articles, sidecars, blank and NUL texts", () => {
  const bad: [string, string, Uint8Array, Uint8Array | undefined, RegExp][] = [
    ["an outlet that is an array", "a.json", utf8('{"text":"The deal.","outlet":["AP","Reuters"]}'), undefined, /JSON article field "outlet": .*expected string/],
    ["a title that is an object", "a.json", utf8('{"text":"The deal.","title":{"x":1}}'), undefined, /JSON article field "title"/],
    ["a text that is a number", "a.json", utf8('{"text":42}'), undefined, /JSON article field "text": .*expected string/],
    ["a missing text", "a.json", utf8('{"title":"x"}'), undefined, /needs a "text" string: the field is missing/],
    ["an array instead of an article", "a.json", utf8('[{"text":"x"}]'), undefined, /a JSON article is an object with a "text" string, not an array/],
    ["an empty sidecar", "a.txt", utf8("Headline\nBody."), new Uint8Array(0), /sidecar a\.meta\.json is empty/],
    ["a .txt of Unicode spaces and zero-width characters", "a.txt", utf8("\u200b\u00a0\u2009\u3000\u200d\ufeff\u2060\n\u200b"), undefined, /only white space/],
    ["a JSON text of Unicode spaces and zero-width characters", "a.json", utf8('{"text":"\\u200b\\u00a0\\u200c \\u2060"}'), undefined, /empty "text"/],
    ["NUL in a JSON text", "a.json", utf8('{"text":"The deal\\u0000 was signed."}'), undefined, new RegExp(NUL_REASON)],
    ["NUL far into a .txt", "a.txt", utf8("Headline\n" + "word ".repeat(4000) + "\0 more"), undefined, new RegExp(NUL_REASON)],
    ["NUL at the start of a .txt", "a.txt", utf8("\0Headline\nBody."), undefined, new RegExp(NUL_REASON)],
  ];
  it.each(bad)("refuses %s", async (_what, file, bytes, sidecar, reason) => {
    const p = ingest({ file, bytes, sidecar });
    await expect(p).rejects.toBeInstanceOf(BadInputError);
    await expect(p).rejects.toThrow(reason);
  });

  it("does not take a line of zero-width characters for the headline", async () => {
    const doc = await ingest({ file: "a.txt", bytes: utf8("\u200b\u200b\nDeal signed\nBody.") });
    expect(doc.title).toBe("Deal signed");
  });

  it("gives an empty sidecar an id of its own (it is not the same as no sidecar)", async () => {
    const { contentId } = await import("../pipeline/ingest.js");
    expect(contentId(utf8("x"), new Uint8Array(0))).not.toBe(contentId(utf8("x")));
  });
});

describe("--out is checked before any work", () => {
  it.each([
    ["a file", async (d: string) => (await fs.writeFile(path.join(d, "file"), "x"), path.join(d, "file")), /exists and is not a folder/],
    ["below a file", async (d: string) => (await fs.writeFile(path.join(d, "file2"), "x"), path.join(d, "file2", "out")), /cannot be created/],
    ["on /proc", async () => "/proc/claimline-out", /on the proc filesystem/],
    ["on /sys", async () => "/sys/claimline-out", /on the sysfs filesystem/],
  ])("refuses an --out that is %s with one usage error (exit 2)", async (_what, outOf, reason) => {
    const { inbox } = await hostileInbox();
    const out = await outOf(tmp);
    for (const cmd of ["run", "watch"]) {
      const r = await runBounded([cmd, inbox, "--out", out, "-q"]);
      expect(r.code).toBe(2);
      expect(r.log).toMatch(reason);
      expect(r.log).not.toContain("good.txt");
    }
  });

  it("skips its own --out folder inside the inbox, run after run", async () => {
    const { inbox } = await hostileInbox();
    const out = path.join(inbox, "out");
    expect((await runCli(["run", inbox, "--out", out, "-q"])).code).toBe(0);
    const again = await runCli(["run", inbox, "--out", out, "-q"]);
    expect(again.code).toBe(0);
    expect(again.log).toMatch(/1 article file\(s\): 0 processed, 1 unchanged, 0 failed/);
    expect(Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")))).toEqual([]);
  });
});

describe("claimline run over a hostile inbox", () => {
  it("publishes nothing from outside the inbox and reports every skipped entry on stderr and in errors.json", async () => {
    const { inbox, outside } = await hostileInbox();
    await fs.symlink(path.join(outside, "secret.txt"), path.join(inbox, "leak.txt"));
    await fs.symlink(outside, path.join(inbox, "linked"));
    await fs.symlink("/dev/zero", path.join(inbox, "zero.txt"));
    execFileSync("mkfifo", [path.join(inbox, "pipe.txt")]);
    const out = path.join(tmp, `out-${n}`);
    const r = await runCli(["run", inbox, "--out", out, "-q"]);
    expect(r.code).toBe(1);
    const errors = Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")));
    expect(errors.map((e) => e.file)).toEqual(["leak.txt", "linked", "pipe.txt", "zero.txt"]);
    for (const e of errors) expect(r.log).toContain(`${e.file}: ${e.reason}`);
    expect((await readRecords(out)).map((rec) => rec.source.file)).toEqual(["good.txt"]);
    for (const f of await fs.readdir(out, { recursive: true })) {
      const p = path.join(out, String(f));
      if ((await fs.stat(p)).isFile()) expect(await fs.readFile(p, "utf8")).not.toContain("Outside words");
    }
  });
});
