// Issue 17: deep or unclosed markup must cost time linear in the page's size. Each hostile shape is
// parsed at 1×, 2× and 4× its size; time may grow about as fast as the size (with slack for a
// shared machine), never with its square. No absolute times are asserted.
import { describe, expect, it } from "vitest";
import { boundDepth } from "../pipeline/html/depth.js";
import { parseHtml } from "../pipeline/html.js";

const PARA = "<p>Deep text, long enough to be a paragraph of the article, with commas and a verb.</p>";

const SHAPES: [string, (n: number) => string][] = [
  ["nested <div>s", (n) => "<div>".repeat(n) + PARA + "</div>".repeat(n)],
  ["unclosed nested tags", (n) => "<div><span><b>x ".repeat(Math.round(n / 3)) + PARA],
  ["unclosed formatting tags", (n) => "<b><i><u>word ".repeat(Math.round(n / 3)) + PARA],
  ["end tags the tree builder ignores", (n) => "<span><div>t</span>".repeat(Math.round(n / 2)) + PARA],
  ["nested lists", (n) => "<ul><li>item ".repeat(Math.round(n / 2)) + PARA],
  ["self-closed <div/>s", (n) => "<div/>x ".repeat(n) + PARA],
  // every dated block asks whether the site's banner around it is furniture
  ["a site banner holding many dated blocks", (n) => `<header>${"<div><span>filed 1 May 2020</span></div>".repeat(Math.round(n / 8))}</header>` + PARA],
];

/** Best of two runs, in ms: the least disturbed by other work on the machine. */
function timeParse(html: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const t = performance.now();
    parseHtml(html);
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe("parsing time grows linearly with nesting depth", () => {
  it.each(SHAPES)("%s: 4× the tags take well under 16× the time", (_name, make) => {
    const page = (n: number) => `<html><body>${make(n)}</body></html>`;
    const base = 20_000;
    timeParse(page(base)); // warm up the JIT
    const [t1, t2, t4] = [1, 2, 4].map((k) => timeParse(page(base * k)));
    // linear: 2× and 4×; quadratic: 4× and 16×. A floor of 20 ms keeps timer noise out of the ratio.
    const floor = Math.max(t1, 20);
    expect(t2 / floor).toBeLessThan(4.5);
    expect(t4 / floor).toBeLessThan(10);
  }, 120_000);

  it("keeps the text of a page nested 100,000 levels deep", () => {
    const n = 100_000;
    const text = parseHtml(`<html><body>${"<div>".repeat(n)}${PARA}${"</div>".repeat(n)}</body></html>`).text;
    expect(text).toContain("Deep text");
  }, 120_000);
});

describe("boundDepth drops only tags past the bound", () => {
  it.each([
    ["a plain page", "<html><head><title>T</title></head><body><article><p>One</p><p>Two</p></article></body></html>"],
    ["unclosed paragraphs and items", "<body>" + "<p>para ".repeat(500) + "<ul>" + "<li>item ".repeat(500) + "</ul></body>"],
    ["table cells left open", "<table>" + "<tr><td>a<td>b".repeat(500) + "</table>"],
    ["a script holding markup", "<body><script>var s = '" + "<div>".repeat(500) + "';</script><p>x</p></body>"],
    ["self-closed svg shapes", "<svg>" + "<path d='M0'/>".repeat(500) + "</svg>"],
    ["links left open", '<p><a href="/1">one <a href="/2">two '.repeat(300)],
  ])("leaves %s as it is", (_name, html) => {
    expect(boundDepth(html, 20)).toBe(html);
  });

  it("keeps the text of tags past the bound and drops their tags, start and end", () => {
    const html = "<div>".repeat(5) + "deep" + "</div>".repeat(5) + "<p>after</p>";
    expect(boundDepth(html, 3)).toBe("<div><div><div>deep</div></div></div><p>after</p>");
  });

  it("drops a script past the bound with all it holds", () => {
    expect(boundDepth("<div><div><script>alert('<b>')</script>text</div></div>", 2)).toBe("<div><div>text</div></div>");
  });
});
