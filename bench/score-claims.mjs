#!/usr/bin/env node
// PARC-style attribution scoring of an output folder against a gold file in score.mjs's format.
// Content: each gold claim is paired one-to-one with the predicted claim (either kind) whose
// words overlap it most (score.mjs's overlap: shared tokens / the longer side); a pair counts when
// the overlap is >= 0.5. Content P/R/F1 count pairs; "soft" sums the overlaps instead.
// Speaker accuracy is over the paired claims, matched as score.mjs matches speakers; a gold
// speaker of null (a sourceless "it was announced") is right when no speaker is predicted.
// Usage: node bench/score-claims.mjs --gold G.json --out OUT [--verbose]
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const gold = JSON.parse(fs.readFileSync(opt("--gold"), "utf8"));
const outDir = opt("--out");
const verbose = args.includes("--verbose");

const fold = (s) => String(s ?? "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").toLowerCase();
const tokens = (s) => fold(s).match(/[a-z0-9']+/g) ?? [];
const STOP = new Set(["the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "rev", "jr", "sr", "l", "s"]);
const nameTokens = (s) => tokens(s).filter((t) => !STOP.has(t) && t.length > 1);
function overlap(a, b) {
  const A = tokens(a), B = new Set(tokens(b));
  if (!A.length || !B.size) return 0;
  let hit = 0;
  for (const t of A) if (B.has(t)) hit++;
  return hit / Math.max(A.length, B.size);
}
function nameMatch(pred, goldName) {
  const p = nameTokens(pred), g = nameTokens(goldName);
  if (!p.length || !g.length) return false;
  const pset = new Set(p);
  if (g.length === 1) return pset.has(g[0]);
  if (pset.has(g[g.length - 1])) return true;
  return g.length >= 3 && pset.has(g[g.length - 2]);
}
function speakerRight(sp, gq) {
  if (gq.speaker === null) return !sp;
  const cands = [sp?.name, sp?.text].filter(Boolean);
  const names = [gq.speaker, ...(gq.alt_speakers ?? [])];
  return cands.some((c) => names.some((n) => nameMatch(c, n) || nameTokens(n).some((t) => new Set(tokens(c)).has(t) && !["familiar", "with", "matter", "people"].includes(t))));
}

const recs = new Map();
for (const f of fs.readdirSync(path.join(outDir, "articles"))) {
  const r = JSON.parse(fs.readFileSync(path.join(outDir, "articles", f), "utf8"));
  recs.set(path.basename(r.source.file), r);
}
let nGold = 0, nPred = 0, pairs = 0, soft = 0, spRight = 0;
const kinds = { direct: { g: 0, hit: 0 }, indirect: { g: 0, hit: 0 } };
const misses = [];
for (const [file, g] of Object.entries(gold.articles)) {
  const claims = recs.get(file)?.claims ?? [];
  nGold += g.quotes.length;
  nPred += claims.length;
  const used = new Set();
  // the best pairs first, so a long gold claim does not take a partial quote's only match
  const cand = [];
  g.quotes.forEach((gq, gi) => claims.forEach((c, ci) => {
    const o = Math.min(overlap(c.text, gq.text), overlap(gq.text, c.text));
    if (o >= 0.5) cand.push({ gi, ci, o });
  }));
  cand.sort((a, b) => b.o - a.o || a.gi - b.gi);
  const goldHit = new Map();
  for (const { gi, ci, o } of cand) {
    if (goldHit.has(gi) || used.has(ci)) continue;
    goldHit.set(gi, { ci, o });
    used.add(ci);
  }
  g.quotes.forEach((gq, gi) => {
    kinds[gq.kind].g++;
    const m = goldHit.get(gi);
    if (!m) { misses.push(`${file}: MISSED ${gq.kind} [${gq.speaker}] ${gq.text.slice(0, 70)}`); return; }
    pairs++; soft += m.o; kinds[gq.kind].hit++;
    const c = claims[m.ci];
    if (speakerRight(c.speaker, gq)) spRight++;
    else misses.push(`${file}: SPEAKER ${JSON.stringify(c.speaker?.name ?? c.speaker?.text ?? null)} != ${gq.speaker}: ${gq.text.slice(0, 50)}`);
    if (m.o < 0.85) misses.push(`${file}: PARTIAL ${m.o.toFixed(2)} got "${c.text.slice(0, 90)}" want "${gq.text.slice(0, 90)}"`);
  });
  claims.forEach((c, ci) => { if (!used.has(ci)) misses.push(`${file}: EXTRA ${c.kind} [${c.speaker?.name ?? c.speaker?.text ?? null}] ${c.text.slice(0, 70)}`); });
}
const r3 = (x) => Math.round(x * 1000) / 1000;
const P = nPred ? pairs / nPred : 0, R = nGold ? pairs / nGold : 0;
const sP = nPred ? soft / nPred : 0, sR = nGold ? soft / nGold : 0;
console.log(JSON.stringify({
  gold: nGold, predicted: nPred, paired: pairs,
  content: { precision: r3(P), recall: r3(R), f1: r3(P + R ? (2 * P * R) / (P + R) : 0) },
  content_soft_f1: r3(sP + sR ? (2 * sP * sR) / (sP + sR) : 0),
  direct_recall: r3(kinds.direct.hit / kinds.direct.g), indirect_recall: r3(kinds.indirect.hit / kinds.indirect.g),
  speaker_accuracy: r3(pairs ? spRight / pairs : 0),
}));
if (verbose) for (const m of misses) console.log("  - " + m);
