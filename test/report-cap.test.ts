// The reports quote at most REPORT_EVIDENCE_CAP pieces of evidence per conflict and per event and
// say how many more there are; conflicts.json and timeline.json keep them all. report.html quotes the
// first few at once and the rest of the cap on demand.
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { renderHtml, SHOWN_FIRST } from "../pipeline/report-html.js";
import { renderReport, REPORT_EVIDENCE_CAP } from "../pipeline/report.js";
import { manySources, quotedSentence } from "./support/many-sources.js";

describe("evidence in the reports", () => {
  it("is quoted in full up to the cap", () => {
    const { conflicts, timeline } = manySources(REPORT_EVIDENCE_CAP);
    const md = renderReport(conflicts, timeline, {});
    expect(md).not.toContain("more piece");
    expect(md.match(/^ {2}- > /gm)).toHaveLength(REPORT_EVIDENCE_CAP);
    expect(renderHtml(conflicts, timeline, {})).not.toContain('class="more"');
  });

  it("is capped beyond it, with the count of what is left out", () => {
    const { conflicts, timeline } = manySources(REPORT_EVIDENCE_CAP + 7);
    const md = renderReport(conflicts, timeline, {});
    expect(md.match(/^ {2}- > /gm)).toHaveLength(REPORT_EVIDENCE_CAP);
    expect(md).toContain("… and 7 more pieces of evidence (all of them in conflicts.json)");
    expect(md).toContain(" and 7 more |");
    expect(md).not.toContain(`a${String(REPORT_EVIDENCE_CAP).padStart(3, "0")}.txt`);
    const html = renderHtml(conflicts, timeline, {});
    expect(html).toContain("… and 7 more (all of them in conflicts.json)");
    expect(html).toContain("… and 7 more (all of them in timeline.json)");
  });
});

// report.html shows the first SHOWN_FIRST items of a list and folds the rest (up to the cap) behind
// an "N more" button; sources quoting the very same sentence share one item. The page's script
// unfolds them (test/browser.test.ts); here the markup, everything held back read where it stands.
describe("long lists in report.html", () => {
  const cap = REPORT_EVIDENCE_CAP;
  const rows: Array<{ n: number; same?: number[]; items: number; sources: string | null; evidence: string | null; beyond: number; sameLine: string | null }> = [
    { n: 1, items: 1, sources: null, evidence: null, beyond: 0, sameLine: null },
    { n: SHOWN_FIRST, items: SHOWN_FIRST, sources: null, evidence: null, beyond: 0, sameLine: null },
    { n: SHOWN_FIRST + 1, items: SHOWN_FIRST + 1, sources: "1 more source", evidence: "1 more piece of evidence", beyond: 0, sameLine: null },
    { n: cap, items: cap, sources: `${cap - SHOWN_FIRST} more sources`, evidence: `${cap - SHOWN_FIRST} more pieces of evidence`, beyond: 0, sameLine: null },
    { n: cap + 7, items: cap, sources: `${cap - SHOWN_FIRST} more sources`, evidence: `${cap - SHOWN_FIRST} more pieces of evidence`, beyond: 7, sameLine: null },
    // sources 1 and 2 repeat source 0's sentence: one item for the three, so nothing is folded
    { n: SHOWN_FIRST + 2, same: [1, 2], items: SHOWN_FIRST, sources: null, evidence: null, beyond: 0, sameLine: "the same sentence in 3 sources:" },
    // the same sentence later in the list joins the first item; what is folded counts sources
    { n: SHOWN_FIRST + 3, same: [5], items: SHOWN_FIRST + 2, sources: "2 more sources", evidence: "2 more pieces of evidence", beyond: 0, sameLine: "the same sentence in 2 sources:" },
  ];
  it.each(rows)("$n sources (same sentence as the first: $same)", ({ n, same, items, sources, evidence, beyond, sameLine }) => {
    const { conflicts, timeline, articles } = manySources(n, same);
    const html = renderHtml(conflicts, timeline, { articles });
    // noscript and template contents parsed where they stand, as the page unfolds them
    const $ = cheerio.load(html.replace(/<(\/?)template\b/g, "<$1section"), { scriptingEnabled: false });
    for (const [list, button, where] of [
      [$("#ev-ag1-0 > ul.evidence"), sources, "timeline.json"],
      [$("#c-c1 > ul.evidence"), evidence, "conflicts.json"],
    ] as const) {
      // the items quoted at once, then those behind the button (held back, parsed here all the same)
      const quoted = list.children("li").not(".show-more, .more");
      expect(quoted).toHaveLength(Math.min(items, SHOWN_FIRST));
      expect(list.find("li.show-more > .later").length).toBe(button ? 1 : 0);
      expect(list.find("button.show-more").text() || null).toBe(button);
      expect(list.find("blockquote").length).toBe(items);
      expect(list.find("div.cite code").length).toBe(Math.min(n, cap));
      expect(list.children("li.more").text() || null).toBe(beyond ? `… and ${beyond} more (all of them in ${where})` : null);
      expect(list.text().includes("the same sentence in")).toBe(sameLine !== null);
      if (sameLine) expect(list.children("li").first().text()).toContain(sameLine);
    }
  });

  it("holds an agreement's events back until its list is opened, and quotes each sentence it folds", () => {
    const { conflicts, timeline, articles } = manySources(cap);
    const html = renderHtml(conflicts, timeline, { articles });
    // with scripts (as a browser parses the page) the events are text the page unfolds on demand
    const live = cheerio.load(html);
    expect(live("#ev-ag1-0").length).toBe(0);
    expect(live("details.events > noscript.later").text()).toContain('id="ev-ag1-0"');
    // the conflict's first pieces of evidence are in the page at once, the rest held back
    expect(live("#c-c1 blockquote").length).toBe(SHOWN_FIRST);
    expect(live("#c-c1 li.show-more > noscript.later").text()).toContain(quotedSentence(cap - 1).replace("was suspended", "<mark>was suspended</mark>"));
  });
});
