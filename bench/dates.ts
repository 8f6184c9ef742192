// Cost of the date extractor per article: `npx tsx bench/dates.ts [file …]` (default: the
// fixture articles). Prints the median ms per article over repeated runs; not a test.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { extractDates } from "../extractors/dates.js";
import { sentencesOf } from "../extractors/text.js";

const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync("fixtures/articles")
      .filter((f) => f.endsWith(".txt"))
      .map((f) => path.join("fixtures/articles", f));
const texts = files.map((f) => readFileSync(f, "utf8"));
const words = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0) / texts.length;

// the sentence split (extractors/text.ts) is shared by every extractor and cached per text:
// timed apart, on fresh copies of the texts
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const split: number[] = [];
const dates: number[] = [];
for (let r = 0; r < 100; r++) {
  let s = 0;
  let d = 0;
  for (const text of texts) {
    const t = `${text}${" ".repeat(r + 1)}`;
    const t0 = performance.now();
    sentencesOf(t);
    const t1 = performance.now();
    extractDates(t, "2019-09-20");
    d += performance.now() - t1;
    s += t1 - t0;
  }
  split.push(s / texts.length);
  dates.push(d / texts.length);
}
console.log(
  `${texts.length} article(s), ${Math.round(words)} words on average: dates extractor ${median(dates).toFixed(2)} ms per article ` +
    `(median of 100 warm runs), plus ${median(split).toFixed(2)} ms for the shared sentence split`,
);
