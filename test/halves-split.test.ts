import { describe, expect, it } from "vitest";
import { halfOf, splitKey } from "../bench/halves-split.js";

// Issue #18's split, pinned: a document is held when BigInt("0x" + md5(file name without its last
// extension)) is odd. The expected halves below were worked out with `printf %s NAME | md5sum` (the last
// hex digit decides), not with the code under test; the closing notes report figures under this split,
// so a change here is a change of the held-out set, not a fix.
describe("the dev-set halves split", () => {
  it.each([
    // conll-dev: md5 ends in 5, b, 7, 7
    ["conll-testa-001.txt", "held"],
    ["conll-testa-002.txt", "held"],
    ["conll-testa-003.txt", "held"],
    ["conll-testa-004.txt", "held"],
    // timebank: the docid keeps its inner dots (…0711 ends in 8; APW19980227.0489 in 4, APW19980227 alone in b)
    ["ABC19980108.1830.0711.txt", "tuning"],
    ["APW19980227.0489.txt", "tuning"],
    // htmldate-mediacloud: 1628285861 ends in 9, 1628285861.html in 6
    ["1628285861.html", "held"],
    // zyte-dev: the page id (md5 ends in 4)
    ["042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html", "tuning"],
    // an odd name with no extension: md5("wsj_0006") ends in 0
    ["wsj_0006", "tuning"],
  ])("%s is in the %s half", (file, half) => {
    expect(halfOf(file)).toBe(half);
  });

  it("drops only the last extension, and any folder", () => {
    expect(splitKey("ABC19980108.1830.0711.txt")).toBe("ABC19980108.1830.0711");
    expect(splitKey("/tmp/inbox/conll-testa-001.txt")).toBe("conll-testa-001");
    expect(splitKey("wsj_0006")).toBe("wsj_0006");
    // the sidecar of a document is not a document: its key is not the document's
    expect(splitKey("1628285861.meta.json")).toBe("1628285861.meta");
  });

  it("hashes the name without its extension, not the whole file name or the name cut at its first dot", () => {
    // md5("1628285861.html") ends in 6 (tuning), md5("1628285861") in 9 (held)
    expect(halfOf("1628285861.html")).toBe("held");
    expect(halfOf("1628285861.html.txt")).toBe("tuning");
    // md5("APW19980227") ends in b (held), md5("APW19980227.0489") in 4 (tuning)
    expect(halfOf("APW19980227.txt")).toBe("held");
    expect(halfOf("APW19980227.0489.txt")).toBe("tuning");
  });

  it("splits a run of names into two halves of about equal size", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `doc-${i}.txt`);
    const held = names.filter((n) => halfOf(n) === "held").length;
    expect(held).toBeGreaterThan(430);
    expect(held).toBeLessThan(570);
  });
});
