// PARC-style attribution scoring against a gold file in eval/score.mjs's format.
// Content: each gold claim is paired one-to-one with the predicted claim (either kind) whose words
// overlap it most (score.mjs's overlap: shared tokens / the longer side), best pairs first; a pair
// counts when the overlap is >= 0.5. Content P/R/F1 count pairs; the soft F1 sums the overlaps.
// Speaker accuracy is over the pairs, names matched on the surname as score.mjs does; a gold
// speaker of null (a sourceless "it was announced") is right when no speaker is predicted.

export interface GoldQuote { speaker: string | null; alt_speakers?: string[]; kind: "direct" | "indirect"; text: string }
export interface GoldFile { articles: Record<string, { published?: string; quotes: GoldQuote[] }> }
export interface PredClaim { kind: string; text: string; speaker: { name: string | null; text: string } | null }

const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘`´]/g, "'").toLowerCase();
const tokens = (s: string): string[] => fold(s).match(/[a-z0-9']+/g) ?? [];
const STOP = new Set(["the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "rev", "jr", "sr", "l", "s"]);
const nameTokens = (s: string) => tokens(s).filter((t) => !STOP.has(t) && t.length > 1);

export function overlap(a: string, b: string): number {
  const A = tokens(a);
  const B = new Set(tokens(b));
  if (!A.length || !B.size) return 0;
  return A.filter((t) => B.has(t)).length / Math.max(A.length, B.size);
}

function nameMatch(pred: string, gold: string): boolean {
  const p = new Set(nameTokens(pred));
  const g = nameTokens(gold);
  if (!p.size || !g.length) return false;
  if (p.has(g[g.length - 1])) return true;
  return g.length >= 3 && p.has(g[g.length - 2]);
}

const GENERIC = new Set(["familiar", "with", "matter", "people"]);
function speakerRight(sp: PredClaim["speaker"], g: GoldQuote): boolean {
  if (g.speaker === null) return !sp;
  const cands = [sp?.name, sp?.text].filter((x): x is string => !!x);
  const names = [g.speaker, ...(g.alt_speakers ?? [])];
  return cands.some((c) => names.some((n) => nameMatch(c, n) || nameTokens(n).some((t) => !GENERIC.has(t) && tokens(c).includes(t))));
}

export interface ClaimScore {
  gold: number;
  predicted: number;
  paired: number;
  content: { precision: number; recall: number; f1: number };
  contentSoftF1: number;
  directRecall: number;
  indirectRecall: number;
  speakerAccuracy: number;
  misses: string[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Scores predicted claims per file against the gold quotes. */
export function scoreClaims(gold: GoldFile, predByFile: ReadonlyMap<string, readonly PredClaim[]>): ClaimScore {
  let nGold = 0, nPred = 0, pairs = 0, soft = 0, spRight = 0;
  const kinds = { direct: { g: 0, hit: 0 }, indirect: { g: 0, hit: 0 } };
  const misses: string[] = [];
  for (const [file, g] of Object.entries(gold.articles)) {
    const claims = predByFile.get(file) ?? [];
    nGold += g.quotes.length;
    nPred += claims.length;
    const cand: { gi: number; ci: number; o: number }[] = [];
    g.quotes.forEach((gq, gi) => claims.forEach((c, ci) => {
      const o = Math.min(overlap(c.text, gq.text), overlap(gq.text, c.text));
      if (o >= 0.5) cand.push({ gi, ci, o });
    }));
    cand.sort((a, b) => b.o - a.o || a.gi - b.gi);
    const goldHit = new Map<number, { ci: number; o: number }>();
    const used = new Set<number>();
    for (const { gi, ci, o } of cand) {
      if (goldHit.has(gi) || used.has(ci)) continue;
      goldHit.set(gi, { ci, o });
      used.add(ci);
    }
    g.quotes.forEach((gq, gi) => {
      kinds[gq.kind].g++;
      const m = goldHit.get(gi);
      if (!m) return void misses.push(`${file}: MISSED ${gq.kind} [${gq.speaker}] ${gq.text.slice(0, 70)}`);
      pairs++;
      soft += m.o;
      kinds[gq.kind].hit++;
      const c = claims[m.ci];
      if (speakerRight(c.speaker, gq)) spRight++;
      else misses.push(`${file}: SPEAKER ${JSON.stringify(c.speaker?.name ?? c.speaker?.text ?? null)} != ${gq.speaker}: ${gq.text.slice(0, 50)}`);
      if (m.o < 0.85) misses.push(`${file}: PARTIAL ${m.o.toFixed(2)} got "${c.text.slice(0, 90)}" want "${gq.text.slice(0, 90)}"`);
    });
    claims.forEach((c, ci) => {
      if (!used.has(ci)) misses.push(`${file}: EXTRA ${c.kind} [${c.speaker?.name ?? c.speaker?.text ?? null}] ${c.text.slice(0, 70)}`);
    });
  }
  const P = nPred ? pairs / nPred : 0, R = nGold ? pairs / nGold : 0;
  const sP = nPred ? soft / nPred : 0, sR = nGold ? soft / nGold : 0;
  return {
    gold: nGold, predicted: nPred, paired: pairs,
    content: { precision: r3(P), recall: r3(R), f1: r3(f1(P, R)) },
    contentSoftF1: r3(f1(sP, sR)),
    directRecall: r3(kinds.direct.g ? kinds.direct.hit / kinds.direct.g : 1),
    indirectRecall: r3(kinds.indirect.g ? kinds.indirect.hit / kinds.indirect.g : 1),
    speakerAccuracy: r3(pairs ? spRight / pairs : 0),
    misses,
  };
}
