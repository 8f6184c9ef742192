// Hostile strings from articles, file names, sidecars and decisions.json go through conflicts.md
// and report.html without making a tag, a handler, a script or a link out.
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as cheerio from "cheerio";
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mdCode, mdText, renderReport } from "../pipeline/report.js";
import { INVISIBLE } from "../pipeline/context.js";
import { esc, renderHtml } from "../pipeline/report-html.js";
import type { SourceInfo } from "../pipeline/context.js";
import type { Conflict, Timeline } from "../pipeline/schemas.js";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "[click me](javascript:alert(1))",
  "<javascript:alert(1)>",
  "![pixel](https://evil.example/p.png)",
  "<a href='https://evil.example'>x</a>",
  "a`b``c|d\ne\u202eevil\u2066",
  // out of the markup report.html holds back until asked for
  "</noscript></template><img src=x onerror=alert(1)>",
];
const hostile = (i: number) => PAYLOADS[i % PAYLOADS.length];

/** Tags markdown-it makes from plain Markdown; anything else came from the input. */
const MD_TAGS = new Set(["html", "head", "body", "h1", "h2", "h3", "p", "ul", "ol", "li", "blockquote", "strong", "em", "code", "table", "thead", "tbody", "tr", "th", "td", "hr", "br"]);

function assertInertMarkdown(md: string) {
  const html = new MarkdownIt({ html: true }).render(md);
  const $ = cheerio.load(html);
  const tags = new Set($("*").toArray().map((el) => (el as { tagName: string }).tagName));
  expect([...tags].filter((t) => !MD_TAGS.has(t))).toEqual([]);
  $("*").each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs)) {
      expect(name).not.toMatch(/^on/i);
      expect(value).not.toMatch(/javascript:/i);
    }
  });
  expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
}

/** The page as a browser parses it, and with the markup it holds back (noscript and template contents) parsed where it stands, as the page's script unfolds it. */
const views = (html: string) => [cheerio.load(html), cheerio.load(html.replace(/<(\/?)template\b/g, "<$1section"), { scriptingEnabled: false })];

function assertInertHtml(html: string) {
  for (const $ of views(html)) assertInertView($);
  expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
}

function assertInertView($: cheerio.CheerioAPI) {
  // one script, ours, and the page's policy allows exactly it
  const scripts = $("script").toArray();
  expect(scripts).toHaveLength(1);
  const code = $(scripts[0]).html()!;
  const csp = $('meta[http-equiv="Content-Security-Policy"]').attr("content")!;
  expect(csp).toContain(`script-src 'sha256-${createHash("sha256").update(code).digest("base64")}'`);
  expect(csp).toMatch(/default-src 'none'/);
  expect($("img, iframe, object, embed, link, base, meta[http-equiv=refresh], form[action]").length).toBe(0);
  $("*").each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs: Record<string, string> }).attribs)) {
      expect(name).not.toMatch(/^on/i);
      expect(name).not.toBe("src");
      expect(name).not.toBe("style");
      // attributes a browser follows or fetches; data-* and form values only hold text
      if (/^(href|xlink:href|action|formaction|poster|background|srcset|content)$/i.test(name) && !/^(description|viewport|referrer|claimline-token)$/.test(String((el as { attribs: Record<string, string> }).attribs.name))) {
        expect(value).not.toMatch(/javascript:/i);
      }
      if (name === "href") expect(value).toMatch(/^#[A-Za-z0-9_-]+$/);
    }
  });
}

describe("hostile strings in every field of the report", () => {
  const text = `Lead. The ${hostile(0)} deal ${hostile(1)} was signed by ${hostile(3)} on Friday. Tail ${hostile(7)}.`;
  const span = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const file = (i: number) => `${hostile(i)}.txt`;
  const articles = new Map<string, SourceInfo>(PAYLOADS.map((_, i) => [file(i), { title: hostile(i + 1), outlet: hostile(i + 2), published: "2019-09-21", inferred: false, text }]));
  const timeline: Timeline = {
    agreements: [
      {
        id: hostile(2),
        name: hostile(0),
        parties: [hostile(1), hostile(3)],
        kind: hostile(6),
        events: PAYLOADS.map((_, i) => ({
          type: "signed" as const,
          date: i % 2 ? { value: hostile(i), text: hostile(i + 1) } : { value: "2019-09-20", text: hostile(i) },
          disputed: true,
          conflicts: [hostile(i + 3)],
          sources: [{ file: file(i), ...span(hostile(1)), date: { value: hostile(i + 4), text: hostile(i + 5) } }],
        })),
      },
    ],
    entities: [{ canonical: hostile(0), type: "person", variants: PAYLOADS }],
  };
  const conflicts: Conflict[] = PAYLOADS.map((_, i) => ({
    id: hostile(i),
    type: (["name_variant", "date_conflict", "status_conflict", "title_conflict"] as const)[i % 4],
    subject: hostile(i + 1),
    canonical: hostile(i + 2),
    variant: hostile(i + 3),
    parties: [hostile(i + 4)],
    detail: hostile(i + 5),
    severity: (i % 3) + 1,
    values: [hostile(i + 6)],
    evidence: [{ file: file(i), ...span(hostile(3)) }, { file: hostile(i + 1), text: hostile(i + 2), start: 0, end: 5 }],
    review: i % 2 ? { decision: "accept", value: hostile(i), note: hostile(i + 1), at: hostile(i + 2) } : null,
  }));
  const orphaned = PAYLOADS.map((p) => ({ conflict: p, decision: "reject" as const, note: p, at: p }));

  it("conflicts.md renders to plain Markdown elements only", () => {
    assertInertMarkdown(renderReport(conflicts, timeline, { articles, orphaned }));
    assertInertMarkdown(renderReport(conflicts, timeline, {}));
  });

  it("report.html has no injected element, handler, script or outside link, and still shows the words", () => {
    for (const review of [undefined, { token: hostile(1) }]) {
      const html = renderHtml(conflicts, timeline, { articles, orphaned, review });
      assertInertHtml(html);
      const shown = views(html)[1]("body").text();
      for (const p of [...PAYLOADS.slice(0, 7), PAYLOADS[8]]) expect(shown).toContain(p);
    }
  });

  it("keeps a file name on one line inside one code span in Markdown", () => {
    const md = renderReport(conflicts, timeline, { articles });
    const $ = cheerio.load(new MarkdownIt({ html: true }).render(md));
    const codes = $("code").toArray().map((c) => $(c).text());
    expect(codes).toContain("a`b``c|d e\ufffdevil\ufffd.txt");
  });
});

describe("hostile file names, sidecars and article words through a real run", () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), "claimline-hostile-"));
  });
  afterAll(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it("writes a conflicts.md and report.html where nothing executes or links out", async () => {
    const inbox = path.join(tmp, "inbox");
    await fs.mkdir(inbox);
    const body = (i: number) =>
      `${hostile(i)}\n\nWASHINGTON — The United States and Guatemala signed an asylum cooperative agreement on Friday, said ${hostile(i + 1)}. ` +
      `Guatemalan President Jimmy Morales said "${hostile(i + 2)}" about the ${hostile(i + 3)} accord. President Jimy Morales later met officials.\n`;
    for (let i = 0; i < PAYLOADS.length; i++) {
      const name = `${i}-${hostile(i).replace(/\//g, "_")}`;
      await fs.writeFile(path.join(inbox, `${name}.txt`), body(i));
      await fs.writeFile(path.join(inbox, `${name}.meta.json`), JSON.stringify({ published: `2019-07-${String(20 + i).padStart(2, "0")}`, outlet: hostile(i + 4), title: hostile(i + 5), url: "javascript:alert(1)" }));
    }
    const { runInbox } = await import("../pipeline/run.js");
    const out = path.join(tmp, "out");
    const summary = await runInbox({ inbox, out });
    expect(summary.errors).toEqual([]);
    const md = await fs.readFile(path.join(out, "conflicts.md"), "utf8");
    const html = await fs.readFile(path.join(out, "report.html"), "utf8");
    // the hostile file names reached both reports
    expect(cheerio.load(html)("body").text()).toContain('"><img src=x onerror=alert(1)>.txt');
    expect(md).toContain("1-\"\\>\\<img");
    assertInertMarkdown(md);
    assertInertHtml(html);
  });
});

describe("esc's shortcut for strings with nothing to escape", () => {
  // esc as it was before the shortcut: three replaces on every string
  const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  const threeReplaces = (s: string) =>
    s
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "\ufffd")
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u2060-\u2065\ufeff]/g, "")
      .replace(/[&<>"']/g, (ch) => ENTITY[ch]);
  // every character either regexp names, its neighbours, and plain text
  const edges = [0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0x61b, 0x61c, 0x61d, 0x200a, 0x200b, 0x200d, 0x200e, 0x200f, 0x2010, 0x2027, 0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x205f, 0x2060, 0x2065, 0x2066, 0x2069, 0x206a, 0xfefe, 0xfeff, 0xff00];
  const chars = fc.oneof(fc.constantFrom(..."&<>\"'ab é".split(""), ...edges.map((c) => String.fromCharCode(c))), fc.string({ maxLength: 1 }));

  it("gives what the three replaces give, for any string", () => {
    fc.assert(fc.property(fc.array(chars, { maxLength: 30 }), (cs) => esc(cs.join("")) === threeReplaces(cs.join(""))), { numRuns: 3000 });
    for (const c of edges) expect(esc(`x${String.fromCharCode(c)}y`)).toBe(threeReplaces(`x${String.fromCharCode(c)}y`));
  });

  it("returns a string with nothing to escape as it is, and escapes one that has", () => {
    expect(esc("Talks resumed on 3 May 2024 in Tegucigalpa")).toBe("Talks resumed on 3 May 2024 in Tegucigalpa");
    expect(esc("a <b> & 'c'")).toBe("a &lt;b&gt; &amp; &#39;c&#39;");
    expect(esc("left\u202eright\u200bend")).toBe("left\ufffdrightend");
    expect(esc(null)).toBe("");
  });
});

describe("mdText's and mdCode's shortcuts for strings with nothing to change", () => {
  // both as they were before the shortcuts: every string through their replaces
  const mdTextReplaces = (text: string, max = 220) => {
    const flat = text.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
    const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
    return cut.replace(/([\\`*_[\]<>|!#&~])/g, "\\$1");
  };
  const mdCodeReplaces = (text: string) => {
    const flat = text.replace(INVISIBLE, "\ufffd").replace(/\s+/g, " ").trim() || " ";
    const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(longest + 1);
    const pad = /^`|`$/.test(flat) ? " " : "";
    return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
  };
  // every character either names (the invisible ones and their neighbours, spaces of every kind, the escaped ones) and plain text
  const edges = [0x00, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x1f, 0x20, 0x7e, 0x7f, 0x9f, 0xa0, 0x61b, 0x61c, 0x61d, 0x1680, 0x2000, 0x200a, 0x200b, 0x200f, 0x2010, 0x2028, 0x2029, 0x202a, 0x202e, 0x202f, 0x205f, 0x2060, 0x2069, 0x206a, 0x3000, 0xfeff, 0xff00];
  const chars = fc.oneof(fc.constantFrom(..."\\`*_[]<>|!#&~ab é".split(""), ...edges.map((c) => String.fromCharCode(c))), fc.string({ maxLength: 1 }));

  it("give what the replaces give, for any string and length cap", () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (cs, max) => {
        const s = cs.join("");
        return mdText(s, max) === mdTextReplaces(s, max) && mdText(s) === mdTextReplaces(s) && mdCode(s) === mdCodeReplaces(s);
      }),
      { numRuns: 5000 },
    );
    for (const c of edges) {
      const s = `x${String.fromCharCode(c)}y`;
      expect([mdText(s), mdCode(s)]).toEqual([mdTextReplaces(s), mdCodeReplaces(s)]);
    }
  });

  it("return a plain string as it is (in one pair of backticks for mdCode), and change one that needs it", () => {
    expect(mdText("Talks resumed on 3 May 2024 in Tegucigalpa")).toBe("Talks resumed on 3 May 2024 in Tegucigalpa");
    expect(mdText(" two  spaces\tand a *star* ")).toBe("two spaces and a \\*star\\*");
    expect(mdText("abcdef", 4)).toBe("abc…");
    expect(mdCode("synthetic-00012.txt")).toBe("`synthetic-00012.txt`");
    expect(mdCode("a `tick` | pipe")).toBe("``a `tick` \\| pipe``");
    expect(mdCode("")).toBe("` `");
  });
});
