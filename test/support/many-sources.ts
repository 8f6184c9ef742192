// One agreement with one event and one conflict, each backed by `n` sources: a report whose
// lists are long enough to be capped and folded. Each source's sentence names a different town,
// except that sources listed in `sameAsFirst` say word for word what the first one says.
import type { SourceInfo } from "../../pipeline/context.js";
import type { Conflict, Timeline } from "../../pipeline/schemas.js";

export interface ManySources {
  conflicts: Conflict[];
  timeline: Timeline;
  articles: Map<string, SourceInfo>;
}

const fileOf = (i: number) => `a${String(i).padStart(3, "0")}.txt`;
const sentenceOf = (i: number) => `Officials in Town ${i} said the pact was suspended.`;

export function manySources(n: number, sameAsFirst: readonly number[] = []): ManySources {
  const articles = new Map<string, SourceInfo>();
  const evidence = Array.from({ length: n }, (_, i) => {
    const text = `Lead line. ${sentenceOf(sameAsFirst.includes(i) ? 0 : i)} Tail line.`;
    articles.set(fileOf(i), { title: `Report ${i}`, outlet: "Wire", published: "2020-05-01", inferred: false, text });
    const start = text.indexOf("was suspended");
    return { file: fileOf(i), text: "was suspended", start, end: start + "was suspended".length };
  });
  const conflict = {
    id: "c1",
    type: "status_conflict",
    subject: "X–Y accord",
    parties: ["X", "Y"],
    detail: "Sources disagree.",
    severity: 3,
    confidence: 0.8,
    rule: "terminated-vs-suspended",
    values: ["terminated", "suspended"],
    evidence,
    review: null,
  } as Conflict;
  const timeline = {
    agreements: [
      {
        id: "ag1",
        name: "X–Y accord",
        parties: ["X", "Y"],
        kind: null,
        events: [{ type: "suspended", date: { value: "2020-04", text: "in April" }, disputed: true, conflicts: ["c1"], sources: evidence.map((e) => ({ ...e, date: null })), hedged: false }],
      },
    ],
    entities: [],
  } as unknown as Timeline;
  return { conflicts: [conflict], timeline, articles };
}

/** The sentence source `i` quotes, as the fixture wrote it. */
export const quotedSentence = sentenceOf;
