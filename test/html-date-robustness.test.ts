// Publication dates on pages written for these tests (issue 18), one kind of page per case: a stamp whose day
// differs from the one the page shows its readers, a time a script shows as "1 minute ago", an undated page, and
// a page whose body cannot be found but which still says when it went up.
import { describe, expect, it } from "vitest";
import { parseHtml } from "../pipeline/html.js";
import { ingest } from "../pipeline/ingest.js";

const utf8 = (s: string) => new TextEncoder().encode(s);
const para = (s: string) => `<p>${s} Residents who came to the hearing said the change had been expected for months.</p>`;
const story = para("The county board approved the road plan on a narrow vote.") + para("Opponents said they would appeal.") + para("The chair welcomed the decision.");
const HEADLINE = "<h1>County board approves the road plan after a long debate</h1>";
const page = (body: string, head = "", lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><title>Road plan approved | Hill Courier</title>${head}</head><body>${body}</body></html>`;
const meta = (name: string, value: string) => `<meta property="${name}" content="${value}">`;
const jsonLd = (o: Record<string, unknown>) => `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", "@type": "NewsArticle", ...o })}</script>`;
const publishedOf = async (html: string) => (await ingest({ file: "page.html", bytes: utf8(html) })).published;

describe("a <time> a script shows as a relative time", () => {
  it("gives the day its tooltip shows", () => {
    const html = page(`${HEADLINE}<div class="attribution"><time class="u-dt" title="Mar 18, 2020 at 12:22 PM">1 minute ago</time></div>${story}`);
    expect(parseHtml(html).published).toEqual({ value: "2020-03-18", from: "meta" });
  });

  it("gives the day of its epoch data attribute", () => {
    const html = page(`${HEADLINE}<div><time class="u-dt" data-time="1584548562">5 hours ago</time></div>${story}`);
    expect(parseHtml(html).published).toEqual({ value: "2020-03-18", from: "meta" });
  });

  it("counts in a thread's header written as an inline list (listInline is layout, not a list of stories)", () => {
    const html = page(
      `${HEADLINE}<ul class="listInline listInline--bullet"><li><span>Start date</span> <a href="/t/1"><time data-time="1584548562" title="Mar 18, 2020 at 12:22 PM">1 minute ago</time></a></li></ul>${story}`,
    );
    expect(parseHtml(html).published.value).toBe("2020-03-18");
  });

  it("is not read when its attributes hold no date", () => {
    const html = page(`${HEADLINE}<div><time class="u-dt" title="Start date">5 hours ago</time></div>${story}`);
    expect(parseHtml(html).published.value).toBeNull();
  });
});

describe("a page that dates itself nowhere", () => {
  it("takes no date from the comments, a 'latest' list or the copyright line after its story", async () => {
    const html = page(
      `<h1>About the valley and its people</h1>${story}<aside><h3>Latest</h3><ul><li><a href="/a">Another story</a> May 1, 2020</li></ul></aside>` +
        `<div class="comments"><div class="comment">Great piece! <span class="date">June 3, 2020</span></div></div><footer>© 2020 Hill Courier</footer>`,
    );
    expect((await publishedOf(html)).value).toBeNull();
  });

  it("takes no date from an event the text announces", async () => {
    const html = page(`<h1>Summer fair</h1><p>The fair runs from July 3, 2020 to July 6, 2020 in the park, with music each evening and a market on the square.</p>${story}`);
    expect((await publishedOf(html)).value).toBeNull();
  });

  it("still reads the line under its headline when a furniture word names the article's own wrapper", async () => {
    const html = page(`<article class="post-listing"><div class="post-inner">${HEADLINE}<p class="post-meta"><span class="tie-date">November 9, 2020</span></p>${story}</div></article>`);
    expect(await publishedOf(html)).toEqual({ value: "2020-11-09", from: "dateline" });
  });
});

describe("a publication field in a script's data", () => {
  it.each([
    ['{"article":{"dateOfPublication":"2020-01-30 09:44:01"}}', "2020-01-30"],
    ['{"item":{"publicationDate":"2020-01-30T09:44:01"}}', "2020-01-30"],
    ['{"item":{"publication_date":"2020-01-30"}}', "2020-01-30"],
    // two stories' days in one script: neither is taken
    ['{"article":{"dateOfPublication":"2020-01-30"},"related":[{"dateOfPublication":"2020-01-12"}]}', null],
  ])("reads %s", (data, expected) => {
    const html = page(`<h2>Exhibition opens</h2><script>window.__STATE__ = ${data};</script>${story}`);
    expect(parseHtml(html).published.value).toBe(expected);
  });
});

describe("a wiki page", () => {
  const wiki = (footer: string) =>
    `<!doctype html><html lang="de"><head><title>Talsperre – Heimatwiki</title><meta name="generator" content="MediaWiki 1.31.0"></head><body>` +
    `<h1>Talsperre</h1><div id="mw-content-text"><p>Revision as of 07:47, 28 March 2020</p>${story}</div><ul id="footer-info">${footer}</ul></body></html>`;

  it.each([
    ['<li id="footer-info-lastmod">Diese Seite wurde zuletzt am 7. April 2020 um 05:33 Uhr bearbeitet.</li>', "2020-04-07"],
    ['<li id="footer-lastmod"> This page was last edited on 7 April 2020, at 05:33.</li>', "2020-04-07"],
  ])("with no modified field is dated by its footer's last edit: %s", async (footer, expected) => {
    expect(await publishedOf(wiki(footer))).toEqual({ value: expected, from: "meta" });
  });

  it("with no footer date falls back as any page does", () => {
    expect(parseHtml(wiki('<li id="footer-info-lastmod"></li>')).published.value).toBeNull();
  });
});

describe("a stamp and the day the page shows its readers", () => {
  const stamp = "2020-10-03T02:30:00+00:00"; // 10:30 pm on 2 October in New York
  it.each([
    ["a byline under the headline shows the day before", `<div class="story-byline">By Ann Lee | October 2, 2020 10:30 PM EDT</div>${story}`, meta("article:published_time", stamp), "2020-10-02"],
    ["the article's JSON-LD writes the same instant in the outlet's zone", story, jsonLd({ datePublished: "2020-10-02T22:30:00-04:00" }) + meta("article:published_time", stamp), "2020-10-02"],
    ["a 'Posted on' line shows the day before", `<div class="entry-meta"><span class="posted-on">Posted on <a href="/p">October 2, 2020</a></span></div>${story}`, meta("article:published_time", stamp), "2020-10-02"],
    ["a <time> without a datetime shows the day before", `<div class="meta"><span>By Ann Lee</span> <time>October 2, 2020 at 10:30 pm</time></div>${story}`, jsonLd({ datePublished: "2020-10-03T02:30:00.000Z" }), "2020-10-02"],
    ["nothing shows a day", story, meta("article:published_time", stamp), "2020-10-03"],
    ["only a sidebar shows the day before", `${story}<aside class="sidebar"><ul><li>Another story, October 2, 2020</li></ul></aside>`, jsonLd({ datePublished: "2020-10-03T02:30:00Z" }), "2020-10-03"],
    ["written as a script's Date prints it, and the page's other stamp carries the outlet's offset", story, jsonLd({ datePublished: "Sat Oct 03 2020 02:30:00 GMT+0000", dateModified: "Sat Oct 03 2020 02:45:00 GMT+0000" }) + meta("og:updated_time", "2020-10-02T22:45:00-04:00"), "2020-10-02"],
    ["written as a script's Date prints it, and nothing shows a day", story, jsonLd({ datePublished: "Sat Oct 03 2020 02:30:00 GMT+0000" }), "2020-10-03"],
    ["only the comments' stamps carry an offset (their writers' clocks)", `${story}<div class="comments"><div class="comment"><time datetime="2020-10-03T15:17:21-06:00">later</time></div></div>`, meta("article:published_time", stamp) + meta("article:modified_time", "2020-10-03T02:45:00+00:00"), "2020-10-03"],
    ["the page's own update stamp carries the outlet's offset", story, meta("article:published_time", stamp) + meta("og:updated_time", "2020-10-02T22:45:00-04:00"), "2020-10-02"],
    ["a stamp with its own offset, the same day shown", `<div>3 October 2020, 01:30</div>${story}`, meta("article:published_time", "2020-10-03T01:30:00+02:00"), "2020-10-03"],
  ])("UTC stamp, when %s", async (_, body, head, expected) => {
    expect((await publishedOf(page(HEADLINE + body, head))).value).toBe(expected);
  });
});

describe("a page whose article body cannot be found", () => {
  it.each([
    ["a video page dated in its meta tags", page(`<h1>Watch: the board's vote</h1><div class="video-player"></div>`, meta("article:published_time", "2020-10-02T12:00:00-04:00")), "2020-10-02"],
    ["a gallery dated by a visible line", page(`<h1>Photos: the flood</h1><div class="gallery"><img src="a.jpg"><img src="b.jpg"></div><div class="date">Published 12 March 2020</div>`), "2020-03-12"],
    ["a gallery dated by its canonical address", page(`<h1>Photos: the flood</h1><div class="gallery"><img src="a.jpg"></div>`, `<link rel="canonical" href="https://hill.example/2020/03/12/photos-flood/">`), "2020-03-12"],
  ])("keeps its record and date: %s", async (_, html, expected) => {
    const parsed = await ingest({ file: "page.html", bytes: utf8(html) });
    expect(parsed.published.value).toBe(expected);
    expect(parsed.diagnostics?.map((d) => d.rule)).toContain("ingest:no-article-text");
  });

  it("is refused when nothing dates it either", async () => {
    await expect(ingest({ file: "page.html", bytes: utf8(page(`<h1>Photos</h1><div class="gallery"><img src="a.jpg"></div>`)) })).rejects.toThrow(/no article text/);
  });
});

describe("a strip of other stories' dates", () => {
  const own = meta("og:url", "https://hillcourier.example/news/road-plan-approved");
  const teaser = (slug: string, when: string, day: string) => `<div class="hat-item"><a href="https://hillcourier.example/news/${slug}"><small><time datetime="${when}">${day}</time></small> Another story</a></div>`;

  it("takes no date from a <time> inside a link to another page, but the line under the headline", () => {
    const html = page(
      `<div class="fixed-header">${teaser("daily-briefing", "2020-11-20T05:59:38-05:00", "Friday November 20, 2020")}</div>${HEADLINE}<div class="byline">by Ann Lee</div><div class="article-date">| November 18, 2020 12:26 PM</div>${story}`,
      own,
    );
    expect(parseHtml(html).published).toEqual({ value: "2020-11-18", from: "dateline" });
  });

  it("still reads a <time> inside a link to the page itself (its permalink)", () => {
    const html = page(`${HEADLINE}<div class="byline"><a href="/news/road-plan-approved#top"><time datetime="2020-11-18T12:26:00-05:00">November 18, 2020</time></a></div>${story}`, own);
    expect(parseHtml(html).published).toEqual({ value: "2020-11-18", from: "meta" });
  });

  it("takes no date from the cards of a right rail after the story", () => {
    const html = page(
      `${HEADLINE}<div class="article-date">November 18, 2020</div>${story}<div class="RightRailContainer"><div class="card"><h5><a href="/news/other">Other story</a></h5><time datetime="2020-11-19T21:49:25-05:00">Thursday November 19, 2020</time></div></div>`,
      own,
    );
    expect(parseHtml(html).published).toEqual({ value: "2020-11-18", from: "dateline" });
  });
});

describe("a page dated only by a stamp in its scripts", () => {
  const gallery = `<script>window.media = [{"name":"fair-photo","uploaded_to":7,"date":"2020-11-14 22:13:07"}]</script>`;

  it("takes the day its own short line shows over the first stamp, a picture's upload", () => {
    const html = page(`<div class="post-head"><h6><a href="/authors/ann-lee">Ann Lee</a></h6><p class="h6"><em>November 15, 2020</em></p></div><h1>Summer fair</h1>${story}${gallery}`);
    expect(parseHtml(html).published).toEqual({ value: "2020-11-15", from: "inferred" });
  });

  it("takes the stamp when the page shows no date of its own", () => {
    const html = page(`<h1>Summer fair</h1>${story}${gallery}`);
    expect(parseHtml(html).published).toEqual({ value: "2020-11-14", from: "inferred" });
  });
});
