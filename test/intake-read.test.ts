// Reading an inbox file: the short way (a regular file opened without following a link as its last
// part, its real path read from what was opened) gives the same bytes and refuses the same entries
// as the full checks.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInboxArticle, readInsideInbox } from "../pipeline/inbox.js";
import { readPlainFileSync } from "../pipeline/read-file.js";

const tmp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), "claimline-intake-read-")));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));
const ARTICLE = "Deal signed\n\nThe minister said on Monday that the talks would go on.\n";
let n = 0;

async function inboxWithOutside() {
  const inbox = path.join(tmp, `in-${++n}`);
  const outside = path.join(tmp, `outside-${n}`);
  await fs.mkdir(path.join(inbox, "sub"), { recursive: true });
  await fs.mkdir(outside);
  await fs.writeFile(path.join(inbox, "good.txt"), ARTICLE);
  await fs.writeFile(path.join(inbox, "sub", "deep.txt"), ARTICLE.replace("Monday", "Friday"));
  await fs.writeFile(path.join(outside, "secret.txt"), "Secret\n\nwords\n");
  return { inbox, outside };
}

describe("readPlainFileSync", () => {
  it("reads a regular file whose real path it accepts, and leaves every other entry to the full checks", async () => {
    const { inbox, outside } = await inboxWithOutside();
    const inside = (real: string) => real.startsWith(inbox + path.sep);
    expect(Buffer.from(readPlainFileSync(path.join(inbox, "good.txt"), inside)!).toString()).toBe(ARTICLE);
    // a link as the last part, a folder, a FIFO, a real path refused: nothing read, undefined
    await fs.symlink("good.txt", path.join(inbox, "alias.txt"));
    expect(readPlainFileSync(path.join(inbox, "alias.txt"), inside)).toBeUndefined();
    expect(readPlainFileSync(path.join(inbox, "sub"), inside)).toBeUndefined();
    execFileSync("mkfifo", [path.join(inbox, "pipe.txt")]);
    expect(readPlainFileSync(path.join(inbox, "pipe.txt"), inside)).toBeUndefined();
    await fs.symlink(outside, path.join(inbox, "out-link"));
    expect(readPlainFileSync(path.join(inbox, "out-link", "secret.txt"), inside)).toBeUndefined();
    expect(() => readPlainFileSync(path.join(inbox, "missing.txt"), inside)).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });

  it("stops at the cap whatever the size, and reads a file of exactly the cap", async () => {
    const { inbox } = await inboxWithOutside();
    const file = path.join(inbox, "big.txt");
    await fs.writeFile(file, Buffer.alloc(5000, 97));
    expect(() => readPlainFileSync(file, () => true, 4999)).toThrow(/over the .* MB limit/);
    expect(readPlainFileSync(file, () => true, 5000)!.length).toBe(5000);
    await fs.writeFile(file, "");
    expect(readPlainFileSync(file, () => true, 10)!.length).toBe(0);
  });
});

describe("readInsideInbox", () => {
  it("reads files in the inbox and its folders, through a link that stays inside, and nothing through a linked folder that leads out", async () => {
    const { inbox, outside } = await inboxWithOutside();
    expect(Buffer.from(await readInsideInbox(inbox, "good.txt")).toString()).toBe(ARTICLE);
    expect(Buffer.from(await readInsideInbox(inbox, "sub/deep.txt")).toString()).toContain("Friday");
    await fs.symlink("sub", path.join(inbox, "in-link"));
    expect(Buffer.from(await readInsideInbox(inbox, "in-link/deep.txt")).toString()).toContain("Friday");
    await fs.symlink(outside, path.join(inbox, "out-link"));
    await expect(readInsideInbox(inbox, "out-link/secret.txt")).rejects.toThrow(/outside the inbox/);
  });

  it("reads through an inbox path that is itself a link, the sidecar with its article", async () => {
    const { inbox } = await inboxWithOutside();
    await fs.writeFile(path.join(inbox, "good.meta.json"), '{"published":"2024-05-01"}');
    const linked = path.join(tmp, `linked-${n}`);
    await fs.symlink(inbox, linked);
    const input = await readInboxArticle(linked, "good.txt");
    expect(Buffer.from(input.bytes).toString()).toBe(ARTICLE);
    expect(Buffer.from(input.sidecar!).toString()).toBe('{"published":"2024-05-01"}');
    expect((await readInboxArticle(linked, "sub/deep.txt")).sidecar).toBeNull();
  });
});
