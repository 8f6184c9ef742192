import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeChunksAtomic } from "../pipeline/store.js";

const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-store-write-"));
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

const bytesOf = (chunks: (string | Buffer)[]) => Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c, "utf8") : c)));

describe("writeChunksAtomic", () => {
  it("writes the chunks' exact bytes across its 1 MB writes: multibyte text, surrogate pairs cut at any place, buffers small and large", async () => {
    const file = path.join(tmp, "mixed.txt");
    const chunks: (string | Buffer)[] = [];
    // strings long enough to be cut in slices, with a pair (😀) and three-byte characters at every offset
    for (let shift = 0; shift < 8; shift++) chunks.push("a".repeat(shift) + "😀é✓".repeat(150_000 + shift));
    chunks.push(Buffer.alloc(3 << 20, 0x62), "small", Buffer.from("tiny"), "\ud800 lone high surrogate", Buffer.alloc((1 << 20) - 5, 0x63), "end\n");
    await writeChunksAtomic(file, chunks);
    expect((await fs.readFile(file)).equals(bytesOf(chunks))).toBe(true);
    expect((await fs.readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes an empty file for no chunks, and leaves the old file in place when the chunks fail", async () => {
    const file = path.join(tmp, "keep.txt");
    await writeChunksAtomic(file, []);
    expect(await fs.readFile(file, "utf8")).toBe("");
    await fs.writeFile(file, "old");
    function* failing() {
      yield "x".repeat(3 << 20);
      throw new Error("boom");
    }
    await expect(writeChunksAtomic(file, failing())).rejects.toThrow("boom");
    expect(await fs.readFile(file, "utf8")).toBe("old");
    expect((await fs.readdir(tmp)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
