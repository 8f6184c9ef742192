import { describe, expect, it } from "vitest";
import { BadInputError } from "../pipeline/errors.js";
import { contentId, dateFromFileName, ingest } from "../pipeline/ingest.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("ingest of plain text", () => {
  it("takes the first non-empty line as the headline and keeps the file's text, BOM and CR removed", async () => {
    const doc = await ingest({ file: "a.txt", bytes: utf8("\uFEFF\r\nDeal signed\r\nBody here.\r\n") });
    expect(doc.title).toBe("Deal signed");
    expect(doc.text).toBe("\nDeal signed\nBody here.\n");
    expect(doc.published).toEqual({ value: null, from: "unknown" });
  });

  it.each([
    // a scraped page's furniture line before the headline is skipped
    ["news.example | World | Share | Print\n\nTreaty exit takes effect\nBody.", "Treaty exit takes effect"],
    ["Home · Politics · Europe\nMinisters sign the accord\nBody.", "Ministers sign the accord"],
    // negative rows: a headline with its outlet after a bar, or with long parts, is the headline
    ["Ministers sign the accord | Daily Wire\nBody.", "Ministers sign the accord | Daily Wire"],
    ["Deal signed | talks went on through the night | a long day in Brussels\nBody.", "Deal signed | talks went on through the night | a long day in Brussels"],
    // a file of furniture lines only keeps its first line
    ["A | B | C\nD | E | F", "A | B | C"],
  ])("headline of %j", async (text, want) => {
    expect((await ingest({ file: "a.txt", bytes: utf8(text) })).title).toBe(want);
  });

  it("lets the sidecar win for published, outlet, title and url", async () => {
    const doc = await ingest({
      file: "a.txt",
      bytes: utf8("Headline\nText."),
      sidecar: utf8('{"published":"2019-09-20","outlet":"CNN","title":"T","url":"https://x.test/a"}'),
    });
    expect(doc.published).toEqual({ value: "2019-09-20", from: "sidecar" });
    expect(doc.outlet).toBe("CNN");
    expect(doc.title).toBe("T");
    expect(doc.source.url).toBe("https://x.test/a");
  });

  it("falls back to a date in the file name, then to the --published option", async () => {
    const named = await ingest({ file: "2021-02-07-deal.txt", bytes: utf8("Headline\nText.") });
    expect(named.published).toEqual({ value: "2021-02-07", from: "filename" });
    const opt = await ingest({ file: "deal.txt", bytes: utf8("Headline\nText."), published: "2020-01-02" });
    expect(opt.published).toEqual({ value: "2020-01-02", from: "option" });
  });

  it("gives the same id to the same bytes and a different one when the sidecar differs", () => {
    expect(contentId(utf8("x"))).toBe(contentId(utf8("x")));
    expect(contentId(utf8("x"), utf8('{"published":"2020-01-01"}'))).not.toBe(contentId(utf8("x")));
  });
});

describe("ingest of JSON articles", () => {
  it("reads title, text, published and outlet", async () => {
    const doc = await ingest({
      file: "a.json",
      bytes: utf8(JSON.stringify({ title: "T", text: "Body.\r\nMore.", published: "2024-05-01T10:00:00Z", outlet: "AP" })),
    });
    expect(doc).toMatchObject({ title: "T", text: "Body.\nMore.", outlet: "AP", published: { value: "2024-05-01", from: "meta" } });
  });
});

describe("dates in file names", () => {
  it.each([
    ["2019-09-20-deal.txt", "2019-09-20"],
    ["deal_20190920.html", "2019-09-20"],
    ["2019.09.20.json", "2019-09-20"],
  ])("reads %s as %s", (file, day) => expect(dateFromFileName(file)).toBe(day));

  it.each(["000_840779b774828d78.txt", "2019-02-30.txt", "version-20191399.txt", "deal.txt"])("finds none in %s", (file) =>
    expect(dateFromFileName(file)).toBeNull(),
  );
});

describe("bad input is refused with a reason, never a crash", () => {
  const bad: [string, string, Uint8Array, Uint8Array | undefined, RegExp][] = [
    ["an empty file", "a.txt", new Uint8Array(0), undefined, /empty file/],
    ["a file of white space", "a.txt", utf8(" \n\t\n"), undefined, /white space/],
    ["a binary file", "a.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]), undefined, /binary/],
    ["a file over 5 MB", "a.txt", new Uint8Array(5 * 1024 * 1024 + 1).fill(97), undefined, /over the 5 MB limit/],
    ["invalid UTF-8", "a.txt", Uint8Array.from([0x41, 0xc3, 0x28, 0x42, 0x0a]), undefined, /invalid UTF-8/],
    ["an unknown extension", "a.pdf", utf8("text"), undefined, /unknown extension "\.pdf"/],
    ["a JSON article that is not JSON", "a.json", utf8("{not json"), undefined, /not valid JSON/],
    ["a JSON article without text", "a.json", utf8('{"title":"x"}'), undefined, /needs a "text"/],
    ["an HTML file with no markup", "a.html", utf8("just words"), undefined, /no HTML markup/],
    ["a sidecar that is not JSON", "a.txt", utf8("Headline"), utf8("published: 2019"), /sidecar a\.meta\.json is not valid JSON/],
    ["a sidecar with an impossible date", "a.txt", utf8("Headline"), utf8('{"published":"2019-02-30"}'), /published: "2019-02-30" is not a real calendar date/],
    ["a sidecar with a badly written date", "a.txt", utf8("Headline"), utf8('{"published":"20/09/2019"}'), /published: "20\/09\/2019" is not a date \(expected YYYY-MM-DD\)/],
  ];
  it.each(bad)("refuses %s", async (_what, file, bytes, sidecar, reason) => {
    const p = ingest({ file, bytes, sidecar });
    await expect(p).rejects.toBeInstanceOf(BadInputError);
    await expect(p).rejects.toThrow(reason);
  });

  it("reads broken HTML as far as it goes", async () => {
    const doc = await ingest({
      file: "a.html",
      bytes: utf8("<html><body><article><p>The deal was signed on Friday by both ministers in the capital.<p>It enters into force next year, officials said, after ratification by both parliaments."),
    });
    expect(doc.text).toContain("The deal was signed on Friday");
    expect(doc.text).toContain("It enters into force next year");
  });
});
