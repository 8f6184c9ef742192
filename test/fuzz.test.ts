// Seeded, bounded fuzzing of intake and extraction: random bytes, random HTML trees and random
// JSON. No throw escapes (an unusable file is a BadInputError, anything else is a record that
// passes its schema), and through `runInbox` every file ends as a record or an errors.json entry.
import fc from "fast-check";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { BadInputError } from "../pipeline/errors.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";
import { runInbox } from "../pipeline/run.js";
import { ArticleRecord, Errors } from "../pipeline/schemas.js";

vi.setConfig({ testTimeout: 240_000 });

const SEED = 17_2026;
const WORDS = ["The", "minister", "said", "agreement", "signed", "Monday", "2019-02-30", "March 3, 2020", "\u201c", "\u201d", '"', "according to", "officials", "Mr.", "EU", "Turkey", "\u200b", "\u00a0", "\0", "&amp;", "<", ">", "\n"];
const word = fc.constantFrom(...WORDS);
const words = fc.array(fc.oneof(word, fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 40 }).map((w) => w.join(" "));

const TAGS = ["div", "p", "span", "article", "main", "section", "table", "tr", "td", "ul", "li", "a", "b", "h1", "h2", "script", "style", "noscript", "template", "svg", "header", "footer", "nav", "aside", "figure", "figcaption", "time", "meta", "title", "head", "body", "br", "img"];
const ATTRS = ["class", "id", "datetime", "content", "property", "name", "href", "itemprop", "rel", "charset"];
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(word, fc.string({ maxLength: 12 }))).map(([k, v]) => ` ${k}="${v.replace(/"/g, "&quot;")}"`);
/** A random tree of elements and text, sometimes with unclosed tags. */
const htmlTree = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    words,
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie("node"), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, kids, close]) => `<${tag}${attrs.join("")}>${kids.join("")}${close ? `</${tag}>` : ""}`),
  ),
})).node;
const htmlPage = fc.tuple(htmlTree, fc.boolean()).map(([body, wrap]) => (wrap ? `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>` : body));

const jsonField = fc.oneof(words, fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("2023-02-30", "yesterday", "2019-07-26T10:00:00Z", "", null));
const jsonArticle = fc.oneof(
  fc.record({ text: fc.oneof(words, fc.jsonValue({ maxDepth: 1 })), title: jsonField, published: jsonField, outlet: jsonField, url: jsonField }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 60 }),
);

const randomBytes = fc.uint8Array({ maxLength: 3000 });
const sidecar = fc.option(fc.oneof(fc.constant(""), jsonArticle.map((s) => s), fc.constantFrom('{"published":"2019-09-20"}', '{"published":"2019-02-30"}')), { nil: undefined });
const enc = (s: string) => new TextEncoder().encode(s);

type Case = { file: string; bytes: Uint8Array; sidecar?: Uint8Array };
const cases: fc.Arbitrary<Case> = fc.oneof(
  fc.tuple(randomBytes, fc.constantFrom("a.txt", "a.html", "a.json")).map(([bytes, file]) => ({ file, bytes })),
  fc.tuple(words, sidecar).map(([t, s]) => ({ file: "a.txt", bytes: enc(t), sidecar: s === undefined ? undefined : enc(s) })),
  htmlPage.map((h) => ({ file: "a.html", bytes: enc(h) })),
  jsonArticle.map((j) => ({ file: "a.json", bytes: enc(j) })),
);

/** ingest + extract: a valid record, or a BadInputError; anything else escapes and fails the property. */
async function throughExtract(c: Case): Promise<"record" | "refused"> {
  try {
    const record = await extract(await ingest(c));
    ArticleRecord.parse(record);
    return "record";
  } catch (err) {
    if (err instanceof BadInputError) return "refused";
    throw err;
  }
}

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-fuzz-"));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe("fuzzing intake and extraction (seeded, bounded)", () => {
  it.each([
    ["random bytes", fc.tuple(randomBytes, fc.constantFrom("a.txt", "a.html", "a.json")).map(([bytes, file]) => ({ file, bytes }))],
    ["random HTML trees", htmlPage.map((h) => ({ file: "a.html", bytes: enc(h) }))],
    ["random JSON", jsonArticle.map((j) => ({ file: "a.json", bytes: enc(j) }))],
    ["random texts with random sidecars", fc.tuple(words, sidecar).map(([t, s]) => ({ file: "a.txt", bytes: enc(t), sidecar: s === undefined ? undefined : enc(s) }))],
  ] as [string, fc.Arbitrary<Case>][])("lets no throw escape from %s", async (_what, arb) => {
    await fc.assert(
      fc.asyncProperty(arb, async (c) => {
        expect(["record", "refused"]).toContain(await throughExtract(c));
      }),
      { seed: SEED, numRuns: 250 },
    );
  });

  it("ends every file of a fuzzed inbox as a record or an errors.json entry", async () => {
    const inbox = path.join(tmp, "in");
    const out = path.join(tmp, "out");
    await fs.mkdir(inbox, { recursive: true });
    const sample = fc.sample(cases, { seed: SEED, numRuns: 80 });
    const files: string[] = [];
    for (const [i, c] of sample.entries()) {
      const file = `f${String(i).padStart(3, "0")}${path.extname(c.file)}`;
      await fs.writeFile(path.join(inbox, file), c.bytes);
      if (c.sidecar) await fs.writeFile(path.join(inbox, file.replace(/\.[^.]+$/, ".meta.json")), c.sidecar);
      files.push(file);
    }
    const summary = await runInbox({ inbox, out, threads: 1 });
    const errors = Errors.parse(JSON.parse(await fs.readFile(path.join(out, "errors.json"), "utf8")));
    const failed = new Set(errors.map((e) => e.file));
    const copies = new Set(summary.duplicates.map((d) => d.file));
    const recorded = new Set<string>();
    for (const f of await fs.readdir(path.join(out, "articles"))) {
      recorded.add(ArticleRecord.parse(JSON.parse(await fs.readFile(path.join(out, "articles", f), "utf8"))).source.file);
    }
    expect(files.filter((f) => !recorded.has(f) && !failed.has(f) && !copies.has(f))).toEqual([]);
    expect(summary.total).toBe(files.length);
  });
});
