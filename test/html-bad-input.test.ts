import { describe, expect, it } from "vitest";
import { BadInputError } from "../pipeline/errors.js";
import { extract } from "../pipeline/extract.js";
import { ingest } from "../pipeline/ingest.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => ({ "é": 0xe9, "“": 0x93, "”": 0x94, "’": 0x92, "–": 0x96 })[c] ?? c.charCodeAt(0)));
const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const read = (bytes: Uint8Array) => ingest({ file: "page.html", bytes });

const BODY = "<p>The café owner said “the deal is done” – and that it’s final, according to the mayor of the town.</p>";
const html = (head: string, body = BODY) => `<html><head>${head}<title>T</title></head><body><article>${body}</article></body></html>`;
const EXPECTED = "The café owner said “the deal is done” – and that it’s final, according to the mayor of the town.";

describe("pages in any encoding are read as their text", () => {
  it.each([
    ["UTF-8 declared", utf8(html(`<meta charset="utf-8">`))],
    ["UTF-8 undeclared", utf8(html(""))],
    ["UTF-8 with a BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(html(""))])],
    ["UTF-8 declared as ISO-8859-1", utf8(html(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`))],
    ["windows-1252 declared", cp1252(html(`<meta charset="windows-1252">`))],
    ["windows-1252 declared as ISO-8859-1", cp1252(html(`<meta charset="iso-8859-1">`))],
    ["windows-1252 declared as UTF-8", cp1252(html(`<meta charset="utf-8">`))],
    ["windows-1252 undeclared", cp1252(html(""))],
    ["an unknown charset label", utf8(html(`<meta charset="x-made-up">`))],
    ["UTF-16 declared in ASCII markup", utf8(html(`<meta charset="utf-16">`))],
    ["UTF-16LE with a BOM", utf16le(html(""), true)],
    ["UTF-16LE without a BOM", utf16le(html(""), false)],
    ["an XML declaration", utf8(`<?xml version="1.0" encoding="utf-8"?>` + html(""))],
  ])("reads %s", async (_, bytes) => {
    expect((await read(bytes)).text).toBe(EXPECTED);
  });
});

describe("broken HTML still gives its text", () => {
  it.each([
    ["unclosed paragraphs", `<p>First paragraph of the story, long enough to be prose, with commas, here.<p>Second paragraph of the story, also long enough to count as prose.`],
    ["stray closing tags", `</div></span><p>First paragraph of the story, long enough to be prose, with commas, here.</p></table></p><p>Second paragraph of the story, also long enough to count as prose.</p>`],
    ["no html, head or body", `<p>First paragraph of the story, long enough to be prose, with commas, here.</p><p>Second paragraph of the story, also long enough to count as prose.</p>`],
    ["broken entities", `<p>First paragraph of the story, long enough to be prose, with commas, here.&#xZZ; &amp</p><p>Second paragraph of the story, also long enough to count as prose.</p>`],
    ["broken JSON-LD", `<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><p>First paragraph of the story, long enough to be prose, with commas, here.</p><p>Second paragraph of the story, also long enough to count as prose.</p>`],
    ["an unterminated comment", `<p>First paragraph of the story, long enough to be prose, with commas, here.</p><p>Second paragraph of the story, also long enough to count as prose.</p><!-- never closed <p>hidden</p>`],
  ])("with %s", async (_, markup) => {
    const a = await read(utf8(markup));
    expect(a.text).toMatch(/^First paragraph of the story/);
    expect(a.text).toContain("Second paragraph of the story");
    expect(a.text).not.toContain("hidden");
  });

  it("survives a page nested thousands of levels deep", async () => {
    const deep = "<div>".repeat(3000) + "<p>Deep text, long enough to be a paragraph of the article, with commas.</p>" + "</div>".repeat(3000);
    expect((await read(utf8(`<html><body>${deep}</body></html>`))).text).toContain("Deep text");
  });

  it("keeps what little text a page without an article has", async () => {
    expect((await read(utf8(`<html><body><h2>Notice</h2><p>Office closed today.</p></body></html>`))).text).toContain("Office closed today.");
  });
});

describe("unusable pages are refused with a reason, never a crash", () => {
  it.each([
    ["an empty file", new Uint8Array(), /empty file/],
    ["white space only", utf8("  \n\t \n"), /white space/],
    ["a PNG named .html", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...new Array(64).fill(0)]), /binary/],
    ["gzip bytes", new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, ...new Array(64).fill(0)]), /binary/],
    ["plain text without markup", utf8("Just some words in a file that claims to be HTML."), /no HTML markup/],
    ["an empty body", utf8(`<html><head><title>Nothing here</title></head><body></body></html>`), /no article text found in the page/],
    ["only scripts and styles", utf8(`<html><body><script>document.write("x")</script><style>p{}</style></body></html>`), /no article text found in the page/],
    ["only navigation", utf8(`<html><body><nav><a href="/">Home</a><a href="/news">News</a></nav><footer>© 2024</footer></body></html>`), /no article text found in the page/],
  ])("refuses %s", async (_, bytes, reason) => {
    const err = await read(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BadInputError);
    expect((err as Error).message).toMatch(reason);
  });
});

describe("a page whose body can't be found still gives its publication date", () => {
  it("writes an empty-bodied record that says why, with the page's date and title", async () => {
    const page = utf8(
      `<html><head><title>Gallery: the harbour at night</title><meta property="article:published_time" content="2021-03-04T10:00:00Z"></head>` +
        `<body><nav><a href="/">Home</a></nav><div class="gallery"><img src="a.jpg"></div></body></html>`,
    );
    const parsed = await read(page);
    expect(parsed.text).toBe("");
    expect(parsed.published).toEqual({ value: "2021-03-04", from: "meta" });
    expect(parsed.title).toMatch(/harbour at night/);
    const record = await extract(parsed);
    expect(record.diagnostics.map((d) => d.rule)).toContain("ingest:no-article-text");
    expect(record.claims).toEqual([]);
  });
});

describe("a page with no article body is dated by its file when its markup says nothing (issue 18)", () => {
  const bare = utf8(`<html><head><title>Photo gallery: spring fair</title></head><body><nav><a href="/">Home</a></nav><div class="gallery"><img src="x.jpg"></div></body></html>`);

  it("keeps the record when the sidecar gives the date", async () => {
    const parsed = await ingest({ file: "fair.html", bytes: bare, sidecar: utf8(JSON.stringify({ published: "2022-04-09", outlet: "County Herald" })) });
    expect(parsed.published).toEqual({ value: "2022-04-09", from: "sidecar" });
    expect(parsed.outlet).toBe("County Herald");
    expect(parsed.title).toMatch(/spring fair/);
    expect(parsed.text).toBe("");
    expect(parsed.diagnostics?.map((d) => d.rule)).toEqual(["ingest:no-article-text"]);
  });

  it("keeps the record when the file name gives the date", async () => {
    const parsed = await ingest({ file: "2022-04-09-fair.html", bytes: bare });
    expect(parsed.published).toEqual({ value: "2022-04-09", from: "filename" });
    expect(parsed.diagnostics?.map((d) => d.message)).toEqual(["no article text found in the page"]);
  });

  it("still refuses it when only --published would date it: the user's fallback is no sign of the page's day", async () => {
    await expect(ingest({ file: "fair.html", bytes: bare, published: "2022-04-09" })).rejects.toThrow(/no article text found in the page/);
    await expect(ingest({ file: "fair.html", bytes: bare })).rejects.toThrow(/no article text found in the page/);
  });
});

describe("a page with no article body keeps whatever text it has: its own summary", () => {
  const described = (summary: string) =>
    utf8(`<html><head><title>Fair opens</title><meta property="og:description" content="${summary}"></head><body><nav><a href="/">Home</a></nav><div id="app"></div></body></html>`);

  it("makes the page's description its text, and the diagnostic says so", async () => {
    const parsed = await read(described("The spring fair opened on the green with forty stalls, the organisers said."));
    expect(parsed.text).toBe("The spring fair opened on the green with forty stalls, the organisers said.");
    expect(parsed.published.value).toBeNull();
    expect(parsed.diagnostics?.[0]).toMatchObject({ rule: "ingest:no-article-text", message: expect.stringMatching(/no article text found.*summary/) });
    const record = await extract(parsed);
    expect(record.diagnostics.map((d) => d.rule)).toContain("ingest:no-article-text");
  });

  it("does not replace a body that was found, nor add the diagnostic", async () => {
    const bytes = utf8(`<html><head><title>T</title><meta name="description" content="A summary line."></head><body><article>${BODY}</article></body></html>`);
    const parsed = await read(bytes);
    expect(parsed.text).toBe(EXPECTED);
    expect(parsed.diagnostics).toBeUndefined();
  });

  it("ignores a blank description", async () => {
    await expect(read(described("   "))).rejects.toThrow(/no article text found in the page/);
  });
});
