// What an added article may change (issue 13, the incremental merge): the cut-off of subjects too
// common to tie two articles moves only in steps of a hundred articles, and articles about other
// people and other agreements leave every conflict of the others as it was, id and all.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_OFFICIALS } from "../extractors/reference.js";
import { extract } from "../pipeline/extract.js";
import { ingest, readArticleFile } from "../pipeline/ingest.js";
import { nameTokens } from "../pipeline/reconcile/common.js";
import { commonCutOff } from "../pipeline/reconcile/entities.js";
import { contributionOf, mergeContributions, type Contribution } from "../pipeline/reconcile/index.js";

describe("the cut-off of common subjects", () => {
  it.each([
    [0, 12], [1, 12], [399, 12], [400, 12], [499, 12], [500, 15], [999, 27], [1000, 30], [1001, 30], [1099, 30], [1100, 33], [9999, 297], [10000, 300], [10099, 300], [10100, 303],
  ])("is %i articles -> %i", (articles, cutOff) => expect(commonCutOff(articles)).toBe(cutOff));

  it("moves only where the number of articles reaches a whole hundred, and is then 3 % of it", () => {
    for (let n = 0; n < 30_000; n++) {
      if ((n + 1) % 100 !== 0) expect(commonCutOff(n + 1)).toBe(commonCutOff(n));
      if (n % 100 === 0 && n >= 400) expect(commonCutOff(n)).toBe(Math.ceil(n * 0.03));
    }
  });
});

const enc = new TextEncoder();
const fixtures = path.resolve(__dirname, "../fixtures/articles");

/** Articles written for this test: other people, other countries, other agreements than the fixtures'. */
const OTHER_NEWS = [
  "Iceland and Estonia sign fisheries accord\n\nIceland and Estonia signed a fisheries agreement on 4 May 2021, officials in Tallinn said. The Estonian negotiator Kaarel Lindqvist said the accord would take effect in June 2021. \"It is a fair deal for both fleets,\" Lindqvist said.",
  "Fisheries deal takes effect\n\nThe fisheries agreement between Iceland and Estonia entered into force on 1 June 2021. Bryndis Halvorsen, who led the Icelandic side, said boats from both countries could now fish the shared grounds. Halvorsen thanked Kaarel Lindqvist for the talks.",
  "Mongolia and Uruguay agree on wool trade\n\nMongolia and Uruguay signed a wool trade agreement on 12 March 2022. The Uruguayan trade envoy Ignacio Barreto said the pact would cut tariffs on raw wool. Barreto said talks had lasted two years.",
];

async function contributionsOf(files: readonly string[]): Promise<Contribution[]> {
  const out: Contribution[] = [];
  for (const f of files) out.push(contributionOf(await extract(await ingest(await readArticleFile(path.join(fixtures, f))))));
  return out;
}

/** Every word of a contribution's names and every party it names, lowercased. */
const wordsOf = (cs: readonly Contribution[]) =>
  new Set(
    cs.flatMap((c) => [
      ...c.names.flatMap((n) => [...nameTokens(n.form), ...nameTokens(n.canonical)]),
      ...c.titles.flatMap((t) => nameTokens(t.name)),
      ...c.events.flatMap((e) => [...e.parties, ...(e.party ? [e.party] : [])].map((p) => p.toLowerCase())),
    ]),
  );

describe("articles about other things", () => {
  it("leave every conflict of the others as it was, id and all", { timeout: 120_000 }, async () => {
    const files = readdirSync(fixtures).filter((f) => /^(cluster-|court-|000_|004_)/.test(f) && f.endsWith(".txt")).sort();
    const base = await contributionsOf(files);
    const other: Contribution[] = [];
    for (const [i, text] of OTHER_NEWS.entries())
      other.push(contributionOf(await extract(await ingest({ file: `other-${i}.txt`, bytes: enc.encode(text), published: "2022-06-01" }))));
    // the test's premise: the added articles name people and parties none of the others names, and have something to merge
    const baseWords = wordsOf(base);
    expect([...wordsOf(other)].filter((w) => baseWords.has(w))).toEqual([]);
    expect(other.flatMap((c) => c.events).length).toBeGreaterThan(0);
    expect(other.flatMap((c) => c.names).length).toBeGreaterThan(0);

    const opts = { reference: REFERENCE_OFFICIALS };
    const before = mergeContributions(base, opts).conflicts;
    expect(new Set(before.map((c) => c.type)).size).toBeGreaterThan(1);
    for (let n = 1; n <= other.length; n++) {
      const after = mergeContributions([...base, ...other.slice(0, n)], opts);
      const byId = new Map(after.conflicts.map((c) => [c.id, c]));
      for (const c of before) expect(byId.get(c.id)).toEqual(c);
      // and what the added articles bring is theirs alone
      for (const c of after.conflicts) if (!before.some((b) => b.id === c.id)) expect(c.evidence.every((e) => e.file.startsWith("other-"))).toBe(true);
    }
  });
});
