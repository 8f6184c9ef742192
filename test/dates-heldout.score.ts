// Scores extractDates on the held-out wire stories the TempEval-3 way: extent F1 (strict: same
// offsets; relaxed: any overlap) and value F1 / accuracy over the relaxed matches.
import { extractDates } from "../extractors/dates.js";
import { HELD_OUT, HELD_OUT_2, HELD_OUT_3, type HeldOutDoc } from "./dates-heldout.data.js";

export interface Span { start: number; end: number; text: string; value: string | null }
export interface DocScore { name: string; gold: Span[]; found: Span[]; misses: string[]; extras: string[]; wrong: string[] }

/** Gold spans located in text order: each entry is searched from the end of the previous one. */
export function locateGold(doc: HeldOutDoc): Span[] {
  let from = 0;
  return doc.gold.map(([t, value]) => {
    const re = new RegExp(`(?<![A-Za-z0-9])${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![A-Za-z0-9])`, "g");
    re.lastIndex = from;
    const m = re.exec(doc.text);
    if (!m) throw new Error(`${doc.name}: gold "${t}" not found after ${from}`);
    from = m.index + t.length;
    return { start: m.index, end: m.index + t.length, text: t, value };
  });
}

export function scoreHeldOut(docs: HeldOutDoc[] = HELD_OUT) {
  let strict = 0, relaxed = 0, valueOk = 0, nGold = 0, nFound = 0;
  const perDoc: DocScore[] = [];
  for (const doc of docs) {
    const gold = locateGold(doc);
    const found: Span[] = extractDates(doc.text, doc.dct).items.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value }));
    nGold += gold.length;
    nFound += found.length;
    const misses: string[] = [], extras: string[] = [], wrong: string[] = [];
    const used = new Set<Span>();
    for (const g of gold) {
      const f = found.find((x) => !used.has(x) && x.start < g.end && g.start < x.end);
      if (!f) {
        misses.push(`${g.text} (${g.value})`);
        continue;
      }
      used.add(f);
      relaxed++;
      if (f.start === g.start && f.end === g.end) strict++;
      else wrong.push(`extent: "${f.text}" for "${g.text}"`);
      if (f.value === g.value) valueOk++;
      else wrong.push(`value: "${g.text}" → ${f.value} (gold ${g.value})`);
    }
    for (const f of found) if (!used.has(f)) extras.push(`${f.text} (${f.value})`);
    perDoc.push({ name: doc.name, gold, found, misses, extras, wrong });
  }
  const f1 = (tp: number) => (tp ? (2 * tp) / (nGold + nFound) : 0);
  return {
    nGold,
    nFound,
    strictF1: f1(strict),
    relaxedF1: f1(relaxed),
    valueF1: f1(valueOk),
    valueAccuracy: relaxed ? valueOk / relaxed : 0,
    perDoc,
  };
}

// npx tsx test/dates-heldout.score.ts → the figures and every miss, extra and wrong value
if (process.argv[1]?.endsWith("dates-heldout.score.ts")) {
  const which = { "2": HELD_OUT_2, "3": HELD_OUT_3, all: [...HELD_OUT, ...HELD_OUT_2, ...HELD_OUT_3] }[process.argv[2] ?? ""] ?? HELD_OUT;
  const s = scoreHeldOut(which);
  for (const d of s.perDoc) {
    console.log(`== ${d.name}`);
    for (const m of d.misses) console.log(`  MISS  ${m}`);
    for (const e of d.extras) console.log(`  EXTRA ${e}`);
    for (const w of d.wrong) console.log(`  WRONG ${w}`);
  }
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(`gold ${s.nGold} found ${s.nFound} | extent strict F1 ${pct(s.strictF1)} relaxed F1 ${pct(s.relaxedF1)} | value F1 ${pct(s.valueF1)} accuracy ${pct(s.valueAccuracy)}`);
}
