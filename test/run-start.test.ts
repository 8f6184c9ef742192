// `run`'s pool before the stages load (run-start.ts): with --threads N every thread starts at once when
// the inbox changed since the output folder's index was written, none when it did not.
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { INDEX_FILE } from "../pipeline/index-file.js";
import { startRunPool } from "../pipeline/run-start.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-run-start-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

describe("startRunPool", () => {
  it("starts each of --threads N at once for a changed inbox, and none for one unchanged since the index", async () => {
    const inbox = path.join(tmp, "inbox");
    const out = path.join(tmp, "out");
    await fs.mkdir(inbox);
    await fs.writeFile(path.join(inbox, "a.txt"), "Talks\n\nThe minister said on Monday that talks would go on.\n");
    // no index yet: the inbox counts as changed
    const changed = startRunPool(inbox, out, {}, {}, 2);
    try {
      expect(changed.size).toBe(2);
    } finally {
      await changed.close();
    }
    // an index written after the inbox last changed: nothing starts, the pool keeps one thread to grow from
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, INDEX_FILE), "");
    const later = new Date(Date.now() + 5000);
    await fs.utimes(path.join(out, INDEX_FILE), later, later);
    const unchanged = startRunPool(inbox, out, {}, {}, 2);
    try {
      expect(unchanged.size).toBe(1);
    } finally {
      await unchanged.close();
    }
  }, 60_000);
});
