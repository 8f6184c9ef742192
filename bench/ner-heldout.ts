// Exact-span NER scores (CoNLL-2003 style: PER/ORG/LOC, MISC unscored) on a marked-up file:
// documents split by "-DOCSTART-", entities written "[PER Ian Wright]". A predicted
// person/organization/place counts when its span and type equal a gold one; a prediction on a
// MISC span (a demonym, an event) is a false positive of its type.
// Usage: npx tsx bench/ner-heldout.ts [file] [--verbose]
import fs from "node:fs";
import { datesExtractor } from "../extractors/dates.js";
import { makeEntityExtractor } from "../extractors/entities.js";
import type { ParsedArticle } from "../pipeline/schemas.js";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--")) ?? "fixtures/eval/conll-heldout.txt";
const verbose = args.includes("--verbose");
const TYPE: Record<string, string> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };

interface Gold { start: number; end: number; type: string; text: string }
function parseDoc(marked: string): { text: string; gold: Gold[] } {
  let text = "";
  const gold: Gold[] = [];
  const re = /\[(PER|ORG|LOC|MISC) ([^\]]+)\]/g;
  let last = 0;
  for (const m of marked.matchAll(re)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[2];
    gold.push({ start, end: text.length, type: TYPE[m[1]], text: m[2] });
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, gold };
}

const docs = fs.readFileSync(file, "utf8").split(/^-DOCSTART-\n/m).map((d) => d.trim()).filter(Boolean).map((d) => parseDoc(d + "\n"));
const entities = makeEntityExtractor();
const acc: Record<string, { tp: number; fp: number; fn: number }> = {};
const cell = (t: string) => (acc[t] ??= { tp: 0, fp: 0, fn: 0 });
const errors: string[] = [];
let ms = 0;
// one untimed pass first: word lists and caches load once per process
for (const d of docs) {
  const doc: ParsedArticle = { id: "warm", source: { file: "warm.txt" }, title: null, outlet: null, published: { value: null, from: "unknown" }, text: d.text, meta: {} };
  entities.run(doc, { dates: datesExtractor.run(doc, {}).items });
}
docs.forEach((d, n) => {
  const doc: ParsedArticle = { id: `d${n}`, source: { file: `d${n}.txt` }, title: null, outlet: null, published: { value: null, from: "unknown" }, text: d.text, meta: {} };
  const t0 = performance.now();
  const dates = datesExtractor.run(doc, {}).items;
  const pred = entities.run(doc, { dates }).items;
  ms += performance.now() - t0;
  const key = (x: { start: number; end: number; type: string }) => `${x.start}:${x.end}:${x.type}`;
  const goldKeys = new Set(d.gold.filter((g) => g.type !== "misc").map(key));
  const predKeys = new Set(pred.map(key));
  for (const g of d.gold) {
    if (g.type === "misc") continue;
    if (predKeys.has(key(g))) cell(g.type).tp++;
    else {
      cell(g.type).fn++;
      const got = pred.find((p) => p.start < g.end && p.end > g.start);
      errors.push(`doc ${n}: missed ${g.type} "${g.text}"${got ? ` (got ${got.type} "${got.text}" by ${(got as { rule?: string }).rule})` : ""}`);
    }
  }
  for (const p of pred) {
    if (goldKeys.has(key(p))) continue;
    cell(p.type).fp++;
    const g = d.gold.find((x) => x.start < p.end && x.end > p.start);
    errors.push(`doc ${n}: spurious ${p.type} "${p.text}" by ${(p as { rule?: string }).rule}${g ? ` (gold ${g.type} "${g.text}")` : ""}`);
  }
});
const f = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p: p.toFixed(3), r: r.toFixed(3), f1: (p + r ? (2 * p * r) / (p + r) : 0).toFixed(3), ...c };
};
const all = { tp: 0, fp: 0, fn: 0 };
for (const [t, c] of Object.entries(acc).sort()) {
  console.log(t.padEnd(13), JSON.stringify(f(c)));
  all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
}
console.log("all".padEnd(13), JSON.stringify(f(all)));
console.log(`${docs.length} documents, ${(ms / docs.length).toFixed(2)} ms/document (dates + entities)`);
if (verbose) for (const e of errors) console.log(e);
