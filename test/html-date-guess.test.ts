// Publication dates of pages that date themselves nowhere the metadata readers look (issue 18): the last
// resorts (a short line of visible text, the day the markup writes most often, a gate page's server stamp),
// a page with no article body that still gets its record, and the day a UTC stamp shows its readers.
import { describe, expect, it } from "vitest";
import { parseHtml } from "../pipeline/html.js";
import { asciiDigits, findDateIn, readDateLine } from "../pipeline/html/dates.js";
import { ingest } from "../pipeline/ingest.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (body: string, head = "") => `<!doctype html><html lang="en"><head><title>A story</title>${head}</head><body>${body}</body></html>`;
const para = (s: string) => `<p>${s} This sentence makes the paragraph long enough to count as prose, with a comma or two, for the scorer.</p>`;
const read = (html: string, extra: { published?: string; file?: string } = {}) => ingest({ file: extra.file ?? "page.html", bytes: utf8(html), ...(extra.published ? { published: extra.published } : {}) });

describe("a page with no marked date: the last resorts", () => {
  it("takes a short line of visible text that holds a full date", async () => {
    const html = page(`<h2>Harbour news</h2><div class="x1"><b>Story</b> <i>filed March 3, 2021 at 9:15</i></div>${para("The ferry service resumed on the northern route.")}`);
    expect((await read(html)).published).toEqual({ value: "2021-03-03", from: "inferred" });
  });

  it("passes over copyright lines, furniture lists and days after today", () => {
    const html = page(
      `<nav><span>May 1, 2020</span></nav><div class="x1">Event on June 4, 2099</div>${para("The council met again.")}` +
        `<div class="x2">© March 9, 2019 The Example Times</div><div class="x3">Filed August 12, 2020</div>`,
    );
    expect(parseHtml(html).guess).toBe("2020-08-12");
  });

  it("else takes the day the markup writes most often, the earlier on a tie", async () => {
    const img = (d: string) => `<img src="/uploads/${d}/photo.jpg">`;
    const html = page(`${img("2020/04/02")}${img("2020/04/02")}${img("2019/12/30")}<a href="/a/2020-04-01-x">x</a><a href="/a/2020-04-01-y">y</a>${para("The port reopened.")}`);
    expect((await read(html)).published).toEqual({ value: "2020-04-01", from: "inferred" });
  });

  it("reads a gate page's server stamp (epoch milliseconds, also inside an address) but no article page's", async () => {
    const gate = `<html><head></head><body><iframe src="/_gate?info=RT%281597696669076%2018%29&x=1">Request blocked.</iframe></body></html>`;
    const parsed = await read(gate);
    expect(parsed.published).toEqual({ value: "2020-08-17", from: "inferred" });
    // an article page's scripts carry stamps of all kinds (asset versions, cookie expiries): not a publication day
    const article = page(`<script>var v = 1597696669076;</script>${para("The lighthouse was repainted.").repeat(4)}`);
    expect((await read(article)).published.value).toBeNull();
  });

  it("comes after the text's dateline, the file name and --published", async () => {
    const html = page(`<div class="x1">filed March 3, 2021</div>${para("The ferry service resumed.")}`);
    expect((await read(html, { file: "2022-05-06-ferry.html" })).published).toEqual({ value: "2022-05-06", from: "filename" });
    expect((await read(html, { published: "2022-01-02" })).published).toEqual({ value: "2022-01-02", from: "option" });
    expect(parseHtml(html).guess).toBe("2021-03-03");
  });

  it("reads a full date in the page's title when the visible text holds none, but not a span of two days", () => {
    const titled = (title: string) =>
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h2>Bulletin</h2>${para("Water levels fell along the upper river.")}</body></html>`;
    expect(parseHtml(titled("River bulletin of 14.03.2021 | Valley Post")).guess).toBe("2021-03-14");
    expect(parseHtml(titled("Flood watch, March 14, 2021 - Valley Post")).guess).toBe("2021-03-14");
    expect(parseHtml(titled("River levels from 14.03.2021 to 20.03.2021")).guess).toBeNull();
    expect(parseHtml(titled("River bulletin | Valley Post")).guess).toBeNull();
  });

  it("is not taken when the page's metadata dates it", () => {
    const html = page(`<div class="x1">filed March 3, 2021</div>${para("The ferry service resumed.")}`, `<meta property="article:published_time" content="2021-02-01">`);
    const parsed = parseHtml(html);
    expect(parsed.published.value).toBe("2021-02-01");
    expect(parsed.guess).toBeNull();
  });
});

describe("a page whose body can't be found", () => {
  it("still gets a record when only a guess dates it, and says why its text is empty", async () => {
    const html = `<html><head><title>Gallery</title></head><body><nav><a href="/">Home</a></nav><div class="gallery"><img src="/media/2021/07/14/a.jpg"><img src="/media/2021/07/14/b.jpg"></div></body></html>`;
    const parsed = await read(html);
    expect(parsed.text).toBe("");
    expect(parsed.published).toEqual({ value: "2021-07-14", from: "inferred" });
    expect(parsed.diagnostics?.map((d) => d.rule)).toContain("ingest:no-article-text");
  });

  it("is still refused when nothing at all dates it", async () => {
    await expect(read(`<html><head><script src="/_gate?a=1"></script></head><body></body></html>`)).rejects.toThrow(/no article text/);
  });
});

describe("a UTC timestamp and the day the page shows its readers", () => {
  const body = (shown: string) => `<h1>Storm reaches the coast</h1><div class="byline">By Ann Lee | ${shown}</div>${para("Winds rose through the night.")}`;

  it("takes the day under the headline when a real offset puts the instant there", () => {
    const head = `<meta property="article:published_time" content="2020-07-12T03:30:00Z">`;
    expect(parseHtml(page(body("July 11, 2020"), head)).published.value).toBe("2020-07-11");
  });

  it("keeps the stamp's day when no offset could reach the shown day, or when the stamp has its own offset", () => {
    // 12:00 UTC is on the 12th everywhere from UTC-12 to UTC+11
    expect(parseHtml(page(body("July 11, 2020"), `<meta property="article:published_time" content="2020-07-12T12:00:00Z">`)).published.value).toBe("2020-07-12");
    // written with the outlet's own offset: its day is already the local one
    expect(parseHtml(page(body("July 11, 2020"), `<meta property="article:published_time" content="2020-07-12T03:30:00+02:00">`)).published.value).toBe("2020-07-12");
  });

  it("takes the day a microdata or marked <time> element itself shows beside its UTC value", () => {
    const micro = page(`<h1>Storm</h1><span itemprop="datePublished" content="2020-07-12T03:30:00Z">July 11, 2020</span>${para("Winds rose.")}`);
    expect(parseHtml(micro).published).toEqual({ value: "2020-07-11", from: "meta" });
    const marked = page(`<h1>Storm</h1><p><time class="published" datetime="2020-07-12T03:30:00Z">Saturday, July 11, 2020, 11:30 pm</time></p>${para("Winds rose.")}`);
    expect(parseHtml(marked).published).toEqual({ value: "2020-07-11", from: "meta" });
  });

  it("takes the day an unmarked <time> element shows beside its UTC value, not one a day off no offset reaches", () => {
    const shown = (stamp: string, text: string) => page(`<h1>Storm</h1><p>Filed <time datetime="${stamp}">${text}</time></p>${para("Winds rose.")}`);
    expect(parseHtml(shown("2020-07-12T03:30:00Z", "July 11, 2020, 11:30 pm")).published).toEqual({ value: "2020-07-11", from: "meta" });
    expect(parseHtml(shown("2020-07-12T15:30:00Z", "July 11, 2020")).published.value).toBe("2020-07-12");
    expect(parseHtml(shown("2020-07-12T03:30:00Z", "4 hours ago")).published.value).toBe("2020-07-12");
  });

  it("treats an RFC 2822 time in GMT and epoch seconds as UTC instants too", () => {
    const rfc = page(body("July 10, 2020"), `<meta name="pubdate" content="Sat, 11 Jul 2020 03:30:00 GMT">`);
    expect(parseHtml(rfc).published.value).toBe("2020-07-10");
    // epoch seconds for 03:30 UTC on the 11th, on a page whose other stamps carry the outlet's offset (UTC-4)
    const epoch = page(`<h1>Storm</h1>${para("Winds rose.")}`, `<meta name="publish_date" content="1594438200"><meta property="article:modified_time" content="2020-07-11T10:00:00-04:00">`);
    expect(parseHtml(epoch).published.value).toBe("2020-07-10");
    // no shown day and no offset anywhere: the UTC day stands
    expect(parseHtml(page(`<h1>Storm</h1>${para("Winds rose.")}`, `<meta name="publish_date" content="1594438200">`)).published.value).toBe("2020-07-11");
  });

  it("takes the day a 'Published …' line shows, wherever it stands, beside a UTC stamp", () => {
    const head = `<meta property="article:published_time" content="2020-07-12T03:30:00Z">`;
    const lower = (line: string) => page(`<h1>Storm reaches the coast</h1>${para("Winds rose through the night.")}${para("Crews cleared roads.")}<div class="x9"><p>${line}</p></div>`, head);
    expect(parseHtml(lower("Published on July 11, 2020 at 11:30 pm and filed from the coast desk")).published.value).toBe("2020-07-11");
    // a day no real offset reaches from that instant: the stamp's day stands
    expect(parseHtml(lower("Published on July 13, 2020 at 11:30 pm and filed from the coast desk")).published.value).toBe("2020-07-12");
  });

  it("does not take a site header's clock for the shown day", () => {
    const head = `<meta property="article:published_time" content="2020-04-28T22:57:38Z">`;
    const html = page(`<div class="sitenav-time">29.04.2020</div><h1>Radio hour</h1><div class="meta-date">22:57 GMT 28.04.2020</div>${para("The show discussed the week.")}`, head);
    expect(parseHtml(html).published.value).toBe("2020-04-28");
  });
});

describe("an update note in brackets", () => {
  it("is a modification, not the publication", () => {
    expect(readDateLine("(updated 11:14 GMT 29.04.2020)")).toEqual({ published: null, modified: "2020-04-29" });
  });
});

describe("dates in other scripts and languages", () => {
  it.each([
    ["Arabic-Indic digits", "١٧ أغسطس ٢٠٢٠", "2020-08-17"],
    ["Bengali digits and month", "১৬ ফেব্রুয়ারি ২০২০", "2020-02-16"],
    ["Chinese and Japanese", "2019年5月3日 10:00", "2019-05-03"],
    ["Korean", "2020년 8월 17일", "2020-08-17"],
    ["Hungarian, year first", "Kedd, 2020. augusztus 17.", "2020-08-17"],
    ["Greek genitive", "17 Αυγούστου 2020", "2020-08-17"],
    ["Polish genitive", "18 listopada 2020", "2020-11-18"],
    ["Finnish partitive", "17. elokuuta 2020", "2020-08-17"],
    ["Danish", "3. marts 2021", "2021-03-03"],
    ["Romanian", "5 octombrie 2020", "2020-10-05"],
  ])("reads %s", (_, text, value) => {
    expect(findDateIn(text)?.value).toBe(value);
  });

  it("keeps spans: other digits become ASCII one for one", () => {
    expect(asciiDigits("٢٠٢٠-٠٨-١٧")).toBe("2020-08-17");
    expect(findDateIn("Posted ١٧ أغسطس ٢٠٢٠")?.start).toBe(7);
  });

  it("guesses from a short visible line written only in another script's digits", () => {
    const html = `<!doctype html><html lang="fa"><head><title>خبر</title></head><body><h2>گزارش</h2><div class="x1"><a href="/r/1">۱۷ اوت ۲۰۲۰ ساعت ۱۰:۲۰</a></div>${para("متن خبر")}</body></html>`;
    expect(parseHtml(html).guess).toBe("2020-08-17");
  });

  it("does not read a year before a number as a date", () => {
    expect(findDateIn("In 2019 May 3 people left")).toBeNull();
  });
});

describe("more meta names for the original date (htmldate's list)", () => {
  it.each(["DC.Issued", "dc:created", "article:publicationdate", "published-date", "originalPublicationDate"])("reads %s", (name) => {
    const html = page(para("The bridge opened."), `<meta name="${name}" content="2021-07-13">`);
    expect(parseHtml(html).published).toEqual({ value: "2021-07-13", from: "meta" });
  });
});

describe("the line under the headline and a date-classed element", () => {
  it("believes the line under the headline over an element whose class only says date or time", () => {
    const html = page(`<div class="top-time">Tuesday, 8 December 2020</div><h1>Parade rehearsal</h1><p><b>Staff writer</b> | Oct. 13, 2020</p>${para("Jets flew over the city.")}`);
    expect(parseHtml(html).published).toEqual({ value: "2020-10-13", from: "dateline" });
  });

  it("reads the day a date-classed element keeps in its tooltip, not a headline in one", () => {
    const tip = (attrs: string, shown: string) => page(`<h2>Notes</h2><abbr ${attrs}>${shown}</abbr>${para("The orchard was replanted.")}`);
    expect(parseHtml(tip('class="published" title="2016-11-12"', "a while ago")).published).toEqual({ value: "2016-11-12", from: "dateline" });
    expect(parseHtml(tip('class="post-date" title="12th December 2018"', "<i class=icon></i>")).published.value).toBe("2018-12-12");
    // a script's relative time keeps its instant in a data attribute
    expect(parseHtml(tip('class="post-time" data-timestamp="1594438200"', "2 hours ago")).published.value).toBe("2020-07-11");
    expect(parseHtml(tip('class="post-time" data-date="2020-07-11T09:00:00"', "this morning")).published.value).toBe("2020-07-11");
    expect(parseHtml(tip('class="post-time" data-count="1594438200"', "2 hours ago")).published.value).toBeNull();
    // a tooltip that is a sentence, or one that says updated, does not date the page
    expect(parseHtml(tip('class="post-date" title="Orchard replanted on 12th December 2018 by volunteers"', "details")).published.value).toBeNull();
    expect(parseHtml(tip('class="post-date" title="Updated 12th December 2018"', "details")).published.value).toBeNull();
  });
});

describe("a page that declares no language: the order of its numeric dates", () => {
  const bare = (body: string, head = "") => `<!doctype html><html><head><title>Notice</title>${head}</head><body>${body}</body></html>`;
  const dated = (extra: string) => bare(`<h1>Road works</h1><div class="post-date">04/01/2018</div>${para("The bypass closes for resurfacing.")}${extra}`);
  it("reads day first when another date of the page can only be day first", () => {
    expect(parseHtml(dated(`<p>Next review on 26/03/2018.</p>`)).published.value).toBe("2018-01-04");
  });
  it("reads month first when another can only be month first, or when nothing tells", () => {
    expect(parseHtml(dated(`<p>Next review on 03/26/2018.</p>`)).published.value).toBe("2018-04-01");
    expect(parseHtml(dated("")).published.value).toBe("2018-04-01");
  });
  it("reads a bare 'en' page day first when its other dates or its country domain say so", () => {
    const en = (extra: string, head = "") => `<!doctype html><html lang="en"><head><title>Notice</title>${head}</head><body><h1>Road works</h1><div class="post-date">04/01/2018</div>${para("The bypass closes for resurfacing.")}${extra}</body></html>`;
    expect(parseHtml(en("")).published.value).toBe("2018-04-01");
    expect(parseHtml(en(`<p>Next review on 26/03/2018.</p>`)).published.value).toBe("2018-01-04");
    expect(parseHtml(en("", `<link rel="canonical" href="https://www.valley-herald.co.uk/news/road-works">`)).published.value).toBe("2018-01-04");
    expect(parseHtml(en("", `<link rel="canonical" href="https://www.valley-herald.com/news/road-works">`)).published.value).toBe("2018-04-01");
    expect(parseHtml(en("", `<meta property="og:locale" content="en_GB">`)).published.value).toBe("2018-01-04");
    // a page that declares no language at all, on an Australian domain
    expect(parseHtml(en("", `<link rel="canonical" href="https://www.valley-herald.com.au/news/road-works">`).replace(' lang="en"', "")).published.value).toBe("2018-01-04");
    // a page that says en-US stays month first wherever it is served from
    expect(parseHtml(en("", `<link rel="canonical" href="https://www.valley-herald.co.uk/news/road-works">`).replace('lang="en"', 'lang="en-US"')).published.value).toBe("2018-04-01");
  });

  it("lets a declared language decide, in a meta tag too", () => {
    expect(parseHtml(bare(`<div class="post-date">04/01/2018</div>${para("The bypass closes.")}`, `<meta name="language" content="es">`)).published.value).toBe("2018-01-04");
    expect(parseHtml(`<!doctype html><html lang="en-US"><body><div class="post-date">04/01/2018</div><p>Next review on 26/03/2018.</p></body></html>`).published.value).toBe("2018-04-01");
  });
});

describe("furniture and the page's own date", () => {
  it("does not take the layout classes of <body> or <html> (right-sidebar, has-nav) for furniture around everything", () => {
    const html = `<!doctype html><html lang="en" class="has-nav"><head><title>Harvest</title></head><body class="single right-sidebar footer-widgets"><h1>Harvest starts early</h1><div class="entry-date">May 1, 2020</div>${para("Farmers began cutting wheat.")}</body></html>`;
    expect(parseHtml(html).published).toEqual({ value: "2020-05-01", from: "dateline" });
  });

  it("does not take the clock in the page's banner (a <header> outside any article, main or section) for its date", () => {
    const banner = `<header><h1>Harbour Times</h1><div class="brand-strip"><span class="date">Tuesday, 14 January 2020</span></div></header>`;
    const story = `<div class="story"><h2>Ferry returns to the northern route</h2><div class="post-date">13 January 2020</div>${para("The ferry sailed at dawn.")}</div>`;
    expect(parseHtml(page(banner + story)).published).toEqual({ value: "2020-01-13", from: "dateline" });
    // the same header inside the article is the article's own head, and so is a banner that holds the headline
    expect(parseHtml(page(`<article>${banner}${para("The ferry sailed at dawn.")}</article>`)).published.value).toBe("2020-01-14");
    const head = `<header><h1>Ferry returns to the northern route</h1><span class="date">13 January 2020</span></header>`;
    expect(parseHtml(page(`${head}<div class="x1">${para("The ferry sailed at dawn.")}</div>`)).published.value).toBe("2020-01-13");
  });

  it("does not take a top or site navigation bar's clock, nor a date-classed line that only says updated", () => {
    const html = page(`<div class="topnav__time">01.05.2020</div><h2>Choir rehearsal</h2><div class="story-date-upd">(updated 08:05 GMT 01.05.2020)</div><div class="story-date">21:40 GMT 30.04.2020</div>${para("The choir sang in the old hall.")}`);
    expect(parseHtml(html).published.value).toBe("2020-04-30");
  });

  it("does not date the page by the microdata of a related story in the body", () => {
    const html = page(
      `<h1>Harvest starts early</h1><div class="entry-date">May 1, 2020</div>${para("Farmers began cutting wheat.")}` +
        `<aside class="related-stories"><div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2019-01-01"><a href="/old">Last year's harvest</a></div></aside>`,
    );
    expect(parseHtml(html).published.value).toBe("2020-05-01");
  });
});
