// A suspension told with no party in one report and by its one side in another (session 36, issue 14, pooled real reports).
import { describe, expect, it } from "vitest";
import { reconcile } from "../pipeline/reconcile/index.js";
import { ArticleRecord, type AgreementEvent } from "../pipeline/schemas.js";

const SIDES = ["Chile", "Peru"];
function suspension(file: string, text: string, words: string, date: string | null, party: string | null): ArticleRecord {
  const start = text.indexOf(words);
  const e: AgreementEvent = { text: words, start, end: start + words.length, type: "suspended", parties: SIDES, kind: "fisheries", name: null, party, date: date ? { value: date, text: date } : null, hedged: false, collective: false, rule: "t", certain: true };
  return ArticleRecord.parse({ id: file, source: { file }, title: null, outlet: null, published: { value: "2024-03-08", from: "sidecar" }, text, meta: {}, entities: [], dates: [], officials: [], claims: [], events: [e], diagnostics: [] });
}
const suspensions = (records: ArticleRecord[]) => reconcile(records).timeline.agreements.flatMap((a) => a.events.map((e) => `${e.party ?? "-"} ${e.date?.value ?? "-"} ${e.sources.length}`)).sort();

describe("reconcile: a suspension told with no party on the day its one side's suspension is told", () => {
  const bySide = suspension("a.txt", "Chile suspended the fisheries pact with Peru in May 2021.", "Chile suspended the fisheries pact with Peru in May 2021", "2021-05", "Chile");
  it.each([
    ["the same month", suspension("b.txt", "The fisheries pact between Chile and Peru had been suspended since May 2021.", "had been suspended since May 2021", "2021-05", null), ["Chile 2021-05 2"]],
    ["the month of the day", suspension("g.txt", "The fisheries pact between Chile and Peru, suspended in May, ended.", "suspended in May", "2021-05", null), ["Chile 2021-05 2"]],
    ["no date", suspension("c.txt", "The fisheries pact between Chile and Peru was suspended.", "was suspended", null, null), ["Chile 2021-05 2"]],
    // negative rows: another date keeps its own event (both sides may suspend a deal together); two sides suspending fill none
    ["another date", suspension("d.txt", "The fisheries pact between Chile and Peru was suspended in 2019.", "was suspended in 2019", "2019", null), ["- 2019 1", "Chile 2021-05 1"]],
  ])("%s", (_, other, want) => expect(suspensions([bySide, other])).toEqual(want));
  it("fills nothing when the sources show two sides suspending", () => {
    const peru = suspension("e.txt", "Peru suspended the fisheries pact with Chile in May 2021.", "Peru suspended the fisheries pact with Chile in May 2021", "2021-05", "Peru");
    const none = suspension("f.txt", "The fisheries pact between Chile and Peru was suspended.", "was suspended", null, null);
    expect(suspensions([bySide, peru, none])).toContain("- - 1");
  });
});
