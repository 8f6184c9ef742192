// Scores an output folder's claims PARC-style (see claims-scoring.ts).
// Usage: npx tsx bench/score-claims.ts --gold fixtures/eval/parc-style-gold.json --out OUT [--verbose]
import fs from "node:fs";
import path from "node:path";
import { type GoldFile, type PredClaim, scoreClaims } from "./claims-scoring.js";

const args = process.argv.slice(2);
const opt = (n: string) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const goldPath = opt("--gold");
const outDir = opt("--out");
if (!goldPath || !outDir) {
  console.error("usage: tsx bench/score-claims.ts --gold GOLD.json --out OUT_DIR [--verbose]");
  process.exit(2);
}
const gold = JSON.parse(fs.readFileSync(goldPath, "utf8")) as GoldFile;
const preds = new Map<string, PredClaim[]>();
for (const f of fs.readdirSync(path.join(outDir, "articles"))) {
  const r = JSON.parse(fs.readFileSync(path.join(outDir, "articles", f), "utf8"));
  preds.set(path.basename(r.source.file), r.claims ?? []);
}
const { misses, ...score } = scoreClaims(gold, preds);
console.log(JSON.stringify(score));
if (args.includes("--verbose")) for (const m of misses) console.log("  - " + m);
