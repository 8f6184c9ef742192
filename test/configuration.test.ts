// Explicit configuration: pipelines with different lists side by side in one process, their
// fingerprints and what a person reads of them, and the watcher's check of every record a
// backend returns (a record made with another configuration is never stored).
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFingerprint, fingerprintDifference, partsOf } from "../pipeline/fingerprint.js";
import type { ArticleInput } from "../pipeline/ingest.js";
import { createPipeline } from "../pipeline/pipeline.js";
import type { ArticleRecord, IngestError } from "../pipeline/schemas.js";
import type { Backend, Outcome } from "../queue/backends.js";
import { refusalReason } from "../queue/jobs.js";
import { InboxWatcher } from "../queue/watch.js";

const LIST_A = JSON.stringify([{ name: "Ilvana Drestic", office: "Foreign Minister", country: "Moldova", from: 2021, to: null }]);
const LIST_B = JSON.stringify([{ name: "Ilvana Drestic", office: "Foreign Minister", country: "Georgia", from: 2021, to: null }]);
const ARTICLE = "Border talks\n\nForeign Minister Ilvana Drestic said on Monday that the talks would go on.\n";

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-configuration-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("createPipeline", () => {
  it("keeps two configurations apart in one process: each extracts with its own list and stamps its own fingerprint", async () => {
    const a = createPipeline({ reference: LIST_A });
    const b = createPipeline({ reference: LIST_B });
    const shipped = createPipeline();
    const input = { file: "a.txt", bytes: Buffer.from(ARTICLE) };
    const [ra, rb, rs] = await Promise.all([a.extract(input), b.extract(input), shipped.extract(input)]);
    const countryOf = (r: ArticleRecord) => r.officials.find((o) => o.name.includes("Drestic"))?.country;
    expect(countryOf(ra)).toBe("Moldova");
    expect(countryOf(rb)).toBe("Georgia");
    expect([ra.extractedWith, rb.extractedWith, rs.extractedWith]).toEqual([a.fingerprint, b.fingerprint, shipped.fingerprint]);
    expect(new Set([a.fingerprint, b.fingerprint, shipped.fingerprint]).size).toBe(3);
    // the same lists give the same fingerprint (what lets a restart reuse its records)
    expect(createPipeline({ reference: LIST_A }).fingerprint).toBe(a.fingerprint);
    expect(a.reconcileOptions.reference!.some((r) => r.name === "Ilvana Drestic")).toBe(true);
    expect(shipped.reconcileOptions.reference!.some((r) => r.name === "Ilvana Drestic")).toBe(false);
  });

  it("refuses a bad list with a readable error", () => {
    expect(() => createPipeline({ reference: '[{"office": "x"}]' })).toThrow(/reference list: entry 0/);
  });
});

describe("fingerprints", () => {
  const code = "0123456789abcdef";
  it("read back into their parts and say what differs", () => {
    expect(partsOf(`${code}+a1b2c3d4+aa1b2c3d4`)).toEqual({ code, reference: "a1b2c3d4", agreements: "a1b2c3d4" });
    expect(partsOf(`${code}+aa1b2c3d4`)).toEqual({ code, reference: null, agreements: "a1b2c3d4" });
    expect(describeFingerprint(code)).toBe(`code ${code}, the shipped reference list, the shipped agreements`);
    expect(fingerprintDifference(`${code}+11111111`, `${code}+22222222`)).toBe("the reference list");
    expect(fingerprintDifference(code, `${code}+a22222222`)).toBe("the agreement list");
    expect(fingerprintDifference(`${code}+11111111`, "fedcba9876543210")).toBe("the code version and the reference list");
  });

  it("a refusal names both configurations", () => {
    const reason = refusalReason(`${code}+11111111`, code);
    expect(reason).toContain("the reference list differs");
    expect(reason).toContain(`the watch wants ${code}+11111111: code ${code}, reference list 11111111`);
    expect(reason).toContain(`the worker has ${code}: code ${code}, the shipped reference list`);
  });
});

/** A backend whose "worker" extracts with `pipeline`: the watcher must check what comes back. */
class FakeBackend implements Backend {
  private onOutcome: (o: Outcome) => void = () => {};
  private readonly wanted = new Set<string>();
  constructor(private readonly extract: (input: ArticleInput) => Promise<ArticleRecord>) {}
  async start(onOutcome: (o: Outcome) => void) {
    this.onOutcome = onOutcome;
  }
  async submit(id: string, input: ArticleInput) {
    this.wanted.add(id);
    const record = await this.extract(input);
    setImmediate(() => this.wanted.delete(id) && this.onOutcome({ id, ok: true, record }));
  }
  forget(id: string) {
    this.wanted.delete(id);
  }
  awaiting(id: string) {
    return this.wanted.has(id);
  }
  async counts() {
    return { waiting: 0, active: 0 };
  }
  async close() {}
}

describe("the watcher", () => {
  it.each([
    ["made with another reference list", (r: ArticleRecord) => ({ ...r, extractedWith: createPipeline({ reference: LIST_B }).fingerprint })],
    ["that says nothing of its configuration", (r: ArticleRecord) => ({ ...r, extractedWith: undefined })],
  ])("does not store a record %s, and reports its file as failed naming both configurations", async (name, tamper) => {
    const inbox = path.join(tmp, `in-${name.length}`);
    const out = path.join(tmp, `out-${name.length}`);
    await fs.mkdir(inbox, { recursive: true });
    await fs.writeFile(path.join(inbox, "a.txt"), ARTICLE);
    await fs.writeFile(path.join(inbox, "b.txt"), ARTICLE.replace("Monday", "Tuesday"));
    const mine = createPipeline({ reference: LIST_A });
    const logged: string[] = [];
    // a.txt comes back tampered with (made elsewhere); b.txt as the watch's own pipeline makes it
    const backend = new FakeBackend(async (input) => {
      const record = await mine.extract(input);
      return input.file === "a.txt" ? tamper(record) : record;
    });
    const watcher = new InboxWatcher({ inbox, out, backend, pipeline: mine, settleMs: 20, debounceMs: 20, maxWaitMs: 100, log: (l) => logged.push(l) });
    await watcher.start();
    for (let i = 0; i < 200 && logged.filter((l) => /^(done|failed) /.test(l)).length < 2; i++) await new Promise((r) => setTimeout(r, 25));
    await watcher.stop();

    const stored = (await fs.readdir(path.join(out, "articles"))).filter((f) => f.endsWith(".json"));
    expect(stored).toHaveLength(1);
    const kept = JSON.parse(await fs.readFile(path.join(out, "articles", stored[0]), "utf8")) as ArticleRecord;
    expect(kept.source.file).toBe("b.txt");
    expect(kept.extractedWith).toBe(mine.fingerprint);
    const errors = JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")) as IngestError[];
    expect(errors.map((e) => e.file)).toEqual(["a.txt"]);
    expect(errors[0].reason).toMatch(/^not stored: /);
    expect(errors[0].reason).toContain(`this watch wants ${mine.fingerprint}`);
    const other = tamper({ extractedWith: "" } as ArticleRecord).extractedWith;
    if (other) expect(errors[0].reason).toContain(`the record has ${other}`);
    expect(logged).toContain(`failed a.txt: ${errors[0].reason}`);
  });
});
