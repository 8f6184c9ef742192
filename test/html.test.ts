import { promises as fs, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../pipeline/html.js";
import { dateFromUrl, findDateIn, readDate, readDateLine } from "../pipeline/html/dates.js";
import { cleanByline, stripSiteName } from "../pipeline/html/metadata.js";
import { ingest } from "../pipeline/ingest.js";
import { goldenOf } from "./html-golden.js";
import * as cheerio from "cheerio";
import { hintsOf, type Element } from "../pipeline/html/dom.js";

const FIXTURES = "fixtures/articles";
const EXPECTED = "fixtures/html-expected";
const pages = readdirSync(FIXTURES).filter((f) => f.endsWith(".html")).sort();

describe("news pages in several layouts match their golden files", () => {
  it("has a golden file for every HTML fixture", () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
    for (const f of pages) expect(readdirSync(EXPECTED)).toContain(f.replace(/\.html$/, ".json"));
  });

  it.each(pages)("reads %s as its golden file says", async (file) => {
    const a = await ingest({ file, bytes: await fs.readFile(path.join(FIXTURES, file)) });
    const expected = JSON.parse(await fs.readFile(path.join(EXPECTED, file.replace(/\.html$/, ".json")), "utf8"));
    expect(goldenOf(a)).toEqual(expected);
  });

  it.each(pages)("keeps furniture out of the text of %s", async (file) => {
    const a = await ingest({ file, bytes: await fs.readFile(path.join(FIXTURES, file)) });
    for (const furniture of [/cookie/i, /subscribe/i, /share on/i, /leave a reply/i, /newsletter/i, /all rights reserved/i, /^Related$/m, /says:/])
      expect(a.text).not.toMatch(furniture);
    expect(a.text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]/);
  });
});

const page = (body: string, head = "") => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const para = (s: string) => `<p>${s} This sentence makes the paragraph long enough to count as prose, with a comma or two, for the scorer.</p>`;

describe("the main text of a page", () => {
  it.each([
    ["script", `<script>var leaked = "SCRIPTTEXT";</script>`],
    ["style", `<style>.x{content:"STYLETEXT"}</style>`],
    ["noscript", `<noscript>NOSCRIPTTEXT</noscript>`],
    ["template", `<template>TEMPLATETEXT</template>`],
    ["a hidden block", `<div hidden>HIDDENTEXT</div><div style="display:none">HIDDENTEXT</div>`],
  ])("never holds the text of %s", (_, junk) => {
    const { text } = parseHtml(page(`<article>${para("First.")}${junk}${para("Second.")}</article>`));
    expect(text).toMatch(/^First\./);
    expect(text).not.toMatch(/SCRIPTTEXT|STYLETEXT|NOSCRIPTTEXT|TEMPLATETEXT|HIDDENTEXT/);
  });

  it.each([
    ["a nav bar", `<nav><a href="/">Home</a> <a href="/world">World news and analysis from our correspondents</a></nav>`, "World news"],
    ["a cookie banner", `<div class="cookie-banner"><p>We use cookies to give you the best experience on our website and to show you relevant adverts.</p></div>`, "cookies"],
    ["a share bar", `<div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Share on Twitter</a></div>`, "Share on"],
    ["related links", `<div class="related-articles"><h3>Related</h3><ul><li><a href="/a">Another story about something else entirely</a></li></ul></div>`, "Another story"],
    ["a comment section", `<section id="comments"><div class="comment"><p>I disagree with every word of this article and I will say so at great length, with many commas, here.</p></div></section>`, "I disagree"],
    ["a newsletter box", `<div class="newsletter"><p>Sign up to our daily briefing and get the news that matters delivered to your inbox every single morning.</p></div>`, "Sign up"],
    ["cards of other stories", `<section class="more-stories"><article><p>Elsewhere: the port strike enters its second week as talks between the union and the operators stall again, with no date set.</p></article></section>`, "port strike"],
    ["an author bio", `<div class="author-bio"><p>Ana Ruiz covers migration and borders for the paper. She previously reported from Mexico City and Guatemala for ten years.</p></div>`, "covers migration"],
    ["a site footer", `<footer><p>About us. Contact. Careers. Advertise with us. Terms and conditions of use for this website and its apps.</p></footer>`, "Careers"],
  ])("leaves out %s", (_, furniture, marker) => {
    const { text } = parseHtml(page(`<div class="article-body">${para("One.")}${para("Two.")}${para("Three.")}</div>${furniture}`));
    expect(text).toContain("One.");
    expect(text).not.toContain(marker);
  });

  it.each([
    ["(Reporting by Ana Ruiz; editing by Tom Roe)"],
    ["Jane Doe contributed reporting from Guatemala City."],
    ["Related: Guatemala signs deal under pressure"],
    ["Tags: asylum, Rwanda, Home Office"],
    ["Like this:"],
    ["Advertisement"],
    ["Write to Ana Ruiz at ana.ruiz@example.com"],
    ["FOLLOW US ON:"],
    ["FacebookTwitterLinkedinEMail"],
    ["Facebook | Twitter | WhatsApp"],
    ["Please follow and like us:"],
    ["Follow me on Twitter or LinkedIn. Check out my website or some of my other work here."],
    ["Get local news delivered to your inbox!"],
    ["Download the Daily Planet app for the latest news"],
    ["Our Standards: The Trust Principles."],
    ["MUST READ | Thousands call for the minister's resignation"],
    ["ALSO READ: Star donates signed dress to the fire appeal"],
    ["Tell us what you think. Email us at feedback@example.com"],
    ["Your Thoughts and Comments"],
    ["Breaking News delivered to your mailbox"],
    ["Contact reporter Ann Lee at ann.lee@example.com or 555-0100, and follow her on Twitter @annleewrites. Want more stories like this? Subscribe to get unlimited access to every story and support local journalism in the valley."],
    ["* I understand and agree that registration on or use of this site constitutes agreement to its user agreement and privacy policy."],
    ["Read the county paper with your breakfast every day! Order Now"],
    ["Register Now!"],
  ])("drops the furniture line %s", (line) => {
    const { text } = parseHtml(page(`<article>${para("One.")}<p>${line}</p>${para("Two.")}</article>`));
    expect(text).not.toContain(line);
    expect(text).toContain("Two.");
  });

  it.each([
    ["The council will follow us on this, the mayor said, and the vote is expected next week in the chamber."],
    ["Download speeds in the region doubled last year, the regulator said in a report on broadband."],
    ["I agree with the council, she said, that the privacy policy of the clinic must change before the vote in the spring."],
    ["Shoppers who wanted the new phone were told by staff that they could order now and collect it in a week."],
  ])("keeps the sentence %s", (line) => {
    const { text } = parseHtml(page(`<article>${para("One.")}<p>${line}</p>${para("Two.")}</article>`));
    expect(text).toContain(line);
  });

  it("drops a list of other stories under its heading but keeps the article's own lists", () => {
    const { text } = parseHtml(
      page(`<article>${para("One.")}<ul><li>Returns begin on Sunday for all new arrivals.</li></ul>${para("Two.")}<h3>More Great Stories</h3><ul><li>Port strike enters <a href="/a">its second week</a></li><li>City approves <a href="/b">the new budget</a></li></ul></article>`),
    );
    expect(text).toContain("Returns begin on Sunday");
    expect(text).not.toMatch(/More Great Stories|Port strike|City approves/);
  });

  it("decodes entities and keeps <br><br> as a paragraph break and <br> as a line break", () => {
    const { text } = parseHtml(page(`<article><p>Caf&eacute; &amp; bar &ldquo;quoted&rdquo;, long enough to be prose in this article, really.<br><br>Second paragraph, which is long enough to count as article prose too.<br>A line.</p></article>`));
    expect(text).toBe("Café & bar “quoted”, long enough to be prose in this article, really.\n\nSecond paragraph, which is long enough to count as article prose too.\nA line.");
  });

  it("moves captions and bylines out of the text and into metadata", () => {
    const r = parseHtml(
      page(`<article><h1>Deal signed</h1><p class="byline">By Ana Ruiz</p><figure><img src="a.jpg"><figcaption>Ministers at the signing. (Photo: Reuters)</figcaption></figure>${para("Body.")}${para("More.")}</article>`),
    );
    expect(r.text).not.toMatch(/Ana Ruiz|Ministers at the signing|Deal signed/);
    expect(r.captions).toContain("Ministers at the signing. (Photo: Reuters)");
    expect(r.author).toBe("Ana Ruiz");
  });

  it("takes a short line under a picture as its caption, but not a wire story's first sentence", () => {
    const r = parseHtml(
      page(`<article><img src="a.jpg"><p>The two prime ministers in Rome</p>${para("One.")}<img src="b.jpg"><p>LONDON (Reuters) - Britain said on Monday it would appeal.</p>${para("Two.")}</article>`),
    );
    expect(r.captions).toContain("The two prime ministers in Rome");
    expect(r.text).not.toContain("The two prime ministers in Rome");
    expect(r.text).toContain("LONDON (Reuters) - Britain said on Monday it would appeal.");
  });

  it("keeps the article's subheadings and lists", () => {
    const { text } = parseHtml(page(`<article>${para("Intro.")}<h2>What the deal says</h2><ul><li>Returns from the islands begin on Sunday.</li><li>Resettlement is capped at 72,000 places.</li></ul>${para("End.")}</article>`));
    expect(text).toContain("What the deal says\n\nReturns from the islands begin on Sunday.\n\nResettlement is capped at 72,000 places.");
  });

  it.each([
    ["plain text", "Ministers signed the accord on Friday in Rome, officials said.\nThe centres would open next spring, with room for 3,000 people a month, the two governments said, and lawyers would be allowed to visit them."],
    ["HTML", "<p>Ministers signed the accord on Friday in Rome, officials said.</p><p>The centres would open next spring, with room for 3,000 people a month, the two governments said, and lawyers would be allowed to visit them.</p>"],
  ])("falls back to JSON-LD articleBody (%s) when a page drawn by script has no text in its markup", (_, body) => {
    const ld = JSON.stringify({ "@type": "NewsArticle", articleBody: body });
    const { text } = parseHtml(page(`<div id="root"></div>`, `<script type="application/ld+json">${ld}</script>`));
    expect(text).toBe("Ministers signed the accord on Friday in Rome, officials said.\n\nThe centres would open next spring, with room for 3,000 people a month, the two governments said, and lawyers would be allowed to visit them.");
  });

  it("takes the story under the page's title from a page of several stories, even when another is longer", () => {
    const story = (title: string, body: string) => `<article class="story"><h2><a href="/x">${title}</a></h2><div class="story-body-share-wrapper"><div class="story-text">${body}</div></div></article>`;
    const { text } = parseHtml(
      page(
        story("Ministers sign the migration accord in Rome", para("Own one.") + para("Own two.")) +
          story("Port strike enters its second week", para("Other one.") + para("Other two.") + para("Other three.") + para("Other four.")),
        `<meta property="og:title" content="Ministers sign the migration accord in Rome">`,
      ),
    );
    expect(text).toMatch(/^Own one\./);
    expect(text).toContain("Own two.");
    expect(text).not.toContain("Other");
  });

  it("leaves out cards of other stories under linked headlines, even when their summaries say more than the article", () => {
    const card = (h: string, summary: string) => `<article class="card"><h3><a href="/${h.length}">${h}</a></h3><p>${summary} This summary of another story runs long enough, with commas, to count as prose on its own.</p></article>`;
    const cards = card("Port strike enters its second week", "Talks stall again.") + card("City approves the new budget", "Council votes late.") + card("Floods close the coast road", "Crews clear debris.") + card("School year starts early", "Parents react.");
    const { text } = parseHtml(page(`<div class="main-content">${para("One.")}${para("Two.")}<div id="article-related-bottom">${cards}</div></div>`));
    expect(text).toContain("Two.");
    expect(text).not.toMatch(/Talks stall|Council votes|Crews clear|Parents react|Port strike/);
  });

  it("keeps an article whose own subheadings link elsewhere", () => {
    const sub = (h: string, p: string) => `<h3><a href="/${h.length}">${h}</a></h3>${para(p)}`;
    const { text } = parseHtml(page(`<article class="story">${para("Intro.")}${sub("The first pick of the week", "First.")}${sub("The second pick of the week", "Second.")}${sub("The third pick of the week", "Third.")}</article>`));
    expect(text).toContain("Intro.");
    expect(text).toContain("Third.");
  });

  it("leaves out microdata written for machines (the lead picture's address, the publisher's logo)", () => {
    const meta = `<div><div itemprop="image">https://cdn.example.com/img/1078399535_1200x675.jpg</div><div itemprop="publisher" itemscope><div itemprop="name">Example International</div><div itemprop="logo" itemscope><div itemprop="url">https://cdn.example.com/i/logo.png</div></div></div><div itemprop="mainEntityOfPage">https://example.com/news/2020/some-story-about-the-accord-signed-in-rome-on-friday/</div></div>`;
    const { text } = parseHtml(page(`<article>${meta}${para("One.")}${para("Two.")}</article>`));
    expect(text).toMatch(/^One\./);
    expect(text).toContain("Two.");
    expect(text).not.toMatch(/https:|Example International/);
  });

  it("keeps paragraphs in a wrapper named for the share bar inside it, but still drops the bar", () => {
    const { text } = parseHtml(
      page(`<div class="story"><h1>Accord signed</h1>${para("Lead.")}<div class="body-share-wrapper"><div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>${para("Inside one.")}${para("Inside two.")}</div>${para("Closing one.")}${para("Closing two.")}${para("Closing three.")}</div>`),
    );
    expect(text).toContain("Inside two.");
    expect(text).toContain("Closing three.");
    expect(text).not.toContain("Share on");
  });

  it.each([
    ["d-none", false],
    ["d-none d-print-block", false],
    ["visible-print-block", false],
    ["d-none d-md-block", true],
  ])("reads a block with the class %s as shown on screen: %s", (cls, shown) => {
    const { text } = parseHtml(page(`<article>${para("One.")}<div class="${cls}">${para("Citation.")}</div>${para("Two.")}</article>`));
    expect(text).toContain("Two.");
    expect(text.includes("Citation.")).toBe(shown);
  });

  it("keeps the longest story when no single story carries the page's title", () => {
    const story = (title: string, body: string) => `<article><h2>${title}</h2>${body}</article>`;
    const { text } = parseHtml(
      page(story("Port strike talks", para("Short.")) + story("Budget approved", para("Long one.") + para("Long two.") + para("Long three.")), `<meta property="og:title" content="Ministers sign the migration accord in Rome">`),
    );
    expect(text).toContain("Long one.");
  });

  it.each([
    ["sr-only", true],
    ["srOnly", true],
    ["sr-story-main", false],
    ["sr-body-wrapper", false],
  ])("takes class %s for furniture: %s ('sr' alone names other things than screen-reader text)", (cls, negative) => {
    const el = cheerio.load(`<div class="${cls}"></div>`)("div")[0] as Element;
    expect(hintsOf(el).negative).toBe(negative);
  });

  it("reads schema.org articleBody as the body even under a misleading class", () => {
    const { text } = parseHtml(page(`<div class="sidebar-layout"><div itemprop="articleBody">${para("Inside.")}${para("Also inside.")}</div></div><div class="teaser">${para("Outside.")}</div>`));
    expect(text).toContain("Inside.");
    expect(text).not.toContain("Outside.");
  });
});

describe("page metadata", () => {
  it("prefers og:title and removes the site name from <title>", () => {
    expect(parseHtml(page(para("x"), `<title>Deal signed | The Ledger</title><meta property="og:site_name" content="The Ledger">`)).title).toBe("Deal signed");
    expect(parseHtml(page(para("x"), `<title>Deal signed - The Ledger</title><meta property="og:title" content="Deal signed in Rome">`)).title).toBe("Deal signed in Rome");
  });

  it.each([
    ["article:published_time", `<meta property="article:published_time" content="2019-09-20T18:00:00-04:00">`, "", { value: "2019-09-20", from: "meta" }],
    ["JSON-LD datePublished", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-09-20"}</script>`, "", { value: "2019-09-20", from: "jsonld" }],
    ["JSON-LD in @graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"Article","datePublished":"2021-02-07T10:00:00Z"}]}</script>`, "", { value: "2021-02-07", from: "jsonld" }],
    ["itemprop datePublished", "", `<span itemprop="datePublished" content="2020-01-15">Jan 15</span>`, { value: "2020-01-15", from: "meta" }],
    ["a <time datetime>", "", `<time datetime="2018-03-04T09:00">March 4</time>`, { value: "2018-03-04", from: "meta" }],
    ["a visible Published line", "", `<div class="article-date">Published 14 June 2022, 10:15 BST</div>`, { value: "2022-06-14", from: "dateline" }],
    ["a date in the URL", `<link rel="canonical" href="https://x.example/2017/05/09/story">`, "", { value: "2017-05-09", from: "inferred" }],
    ["a UTC timestamp the page shows as the day before", `<meta property="article:published_time" content="2019-11-20T04:26:50Z">`, `<time datetime="2019-11-20T04:26:50Z">11:26 pm EST, Tuesday, November 19, 2019</time>`, { value: "2019-11-19", from: "meta" }],
    ["a <time> in a sidebar list, not the article's", "", `<aside><ul class="latest"><li><time datetime="2001-01-01">Jan 1</time></li></ul></aside><div class="entry-date">Posted on 3 March 2024</div>`, { value: "2024-03-03", from: "dateline" }],
    ["a Blogger date header", "", `<h2 class="date-header"><span>Monday, November 18, 2019</span></h2>`, { value: "2019-11-18", from: "dateline" }],
    ["a Drupal submitted line", "", `<div class="submitted">Submitted by admin on Mon, 11/18/2019 - 10:22</div>`, { value: "2019-11-18", from: "dateline" }],
    ["a German date line", "", `<p class="meta">Veröffentlicht am 18.11.2019 um 10:22 Uhr</p>`, { value: "2019-11-18", from: "dateline" }],
    ["JSON-LD naming the page's own article among others", `<link rel="canonical" href="https://x.example/a"><script type="application/ld+json">[{"@type":"NewsArticle","url":"https://x.example/other","datePublished":"2011-01-01"},{"@type":"NewsArticle","url":"https://x.example/a","datePublished":"2019-09-20"}]</script>`, "", { value: "2019-09-20", from: "jsonld" }],
    ["a day-first date on a French page", "", `<div class="date">Publié le 03/04/2019</div>`, { value: "2019-04-03", from: "dateline" }],
    ["a plain line under the headline", "", `<h1>Deal signed</h1><p><b>Jane Doe</b> | Nov. 18, 2019</p>`, { value: "2019-11-18", from: "dateline" }],
    ["only a modified date", `<meta property="article:modified_time" content="2019-11-21T10:00:00Z">`, "", { value: "2019-11-21", from: "inferred" }],
    ["a date in the canonical URL over a JSON-LD date a day later", `<link rel="canonical" href="https://x.example/news/20200413/story"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-04-14T00:38:07Z"}</script>`, "", { value: "2020-04-13", from: "inferred" }],
    ["one instant in UTC (meta) and in the readers' zone (JSON-LD)", `<meta property="article:published_time" content="2020-12-24T23:59:50+00:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-25T01:59:50+02:00"}</script>`, "", { value: "2020-12-25", from: "jsonld" }],
    ["one instant in the readers' zone (meta) and in UTC (JSON-LD)", `<meta property="article:published_time" content="2020-03-01T21:10:00-05:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-03-02T02:10:00Z"}</script>`, "", { value: "2020-03-01", from: "meta" }],
    ["JSON-LD and meta a day apart at different instants (the meta tag wins)", `<meta property="article:published_time" content="2020-04-24T21:25:06+00:00"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-04-25T07:25:06Z"}</script>`, "", { value: "2020-04-24", from: "meta" }],
    ["JSON-LD and meta far apart (JSON-LD wins)", `<meta property="article:published_time" content="2020-04-01T10:00:00Z"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-04-20T10:00:00Z"}</script>`, "", { value: "2020-04-20", from: "jsonld" }],
    ["a <time> beside a forum member's join date", "", `<h1>Where did it go?</h1><dl><dt>Joined</dt><dd>May 11, 2017</dd></dl><div class="message-date"><dl><dt>Joined</dt><dd>May 12, 2017</dd></dl></div><time datetime="2020-03-18T12:22:42-0400">1 minute ago</time>`, { value: "2020-03-18", from: "meta" }],
    ["a blog's date header inside its post widget", "", `<div class="widget PopularPosts"><h2 class="date-header">Monday, May 4, 2020</h2></div><div class="widget Blog"><div class="date-outer"><h2 class="date-header"><span>Sunday, July 05, 2020</span></h2></div></div>`, { value: "2020-07-05", from: "dateline" }],
    ["a site's top bar showing today's date, and the lead picture's address", `<meta property="og:image" content="https://x.example/uploads/2020/10/13/news/1.jpg">`, `<header><ul class="header-topbar-info nav"><li>Baku 4°C</li><li>Tuesday, (08 Dec 2020)</li></ul></header>`, { value: "2020-10-13", from: "inferred" }],
    ["a timestamp in a script, when nothing else dates the page", "", `<script>showDate("2020/04/17 01:43:09")</script>`, { value: "2020-04-17", from: "inferred" }],
    ["a timestamp in a script, not a build stamp in an HTML comment before it", `<!-- theme bundle built 2020-03-30T01:41:33Z rev 9f1c2 -->`, `<script>showDate("2020/04/17 01:43:09")</script>`, { value: "2020-04-17", from: "inferred" }],
    ["a UTC meta time whose instant the page writes elsewhere with its own offset", `<meta property="article:published_time" content="2021-06-03T02:30:00Z">`, `<script>var story = { stamp: "2021-06-02T22:30:00-04:00" };</script>`, { value: "2021-06-02", from: "meta" }],
    ["a UTC meta time on a page whose other timestamps carry one offset", `<meta property="article:published_time" content="2021-06-03T02:30:00+00:00"><meta property="article:modified_time" content="2021-06-02T23:05:00-04:00">`, "", { value: "2021-06-02", from: "meta" }],
    ["a UTC meta time with timestamps in two offsets (kept as written)", `<meta property="article:published_time" content="2021-06-03T02:30:00Z">`, `<script>var a = "2021-06-02T23:05:00-04:00", b = "2021-06-03T05:05:00+02:00";</script>`, { value: "2021-06-03", from: "meta" }],
    ["a wiki page: its latest revision, not the day it was begun", `<meta name="generator" content="MediaWiki 1.35.0"><script type="application/ld+json">{"@type":"Article","datePublished":"2006-02-11T10:00:00Z","dateModified":"2021-05-30T08:00:00Z"}</script>`, "", { value: "2021-05-30", from: "meta" }],
    ["an embedded post's date under the headline is not the page's", `<meta property="og:image" content="https://x.example/uploads/2021/03/09/pic.jpg">`, `<h1>Fans cheer</h1><blockquote class="twitter-tweet"><p>Big win</p>— Club (@club) <a href="https://t.example/1">March 7, 2021</a></blockquote>`, { value: "2021-03-09", from: "inferred" }],
    ["a publication field in a script's data", "", `<script>window.__DATA__ = {"story":{"publishDate":"2021-04-18","title":"x"}};</script>`, { value: "2021-04-18", from: "inferred" }],
    ["nothing", "", "", { value: null, from: "unknown" }],
  ])("finds the publication date from %s", (what, head, body, expected) => {
    const html = page(`${body}<article>${para("Text.")}${para("More.")}</article>`, head);
    const parsed = parseHtml(what.includes("French") ? html.replace("<html>", '<html lang="fr">') : html);
    // a page dated only by a guess (the modified date, the lead picture's folder) is dated so by ingest, as "inferred"
    expect(parsed.published.value || !parsed.guess ? parsed.published : { value: parsed.guess, from: "inferred" }).toEqual(expected);
  });

  it.each([
    ["en-US", "2019-03-04"],
    ["en", "2019-03-04"],
    ["en-GB", "2019-04-03"],
    ["de", "2019-04-03"],
  ])("reads 3/4/2019 on a page in %s as %s", (lang, iso) => {
    const html = page(`<div class="post-date">3/4/2019</div><article>${para("Text.")}</article>`).replace("<html>", `<html lang="${lang}">`);
    expect(parseHtml(html).published.value).toBe(iso);
  });

  it("keeps the modified date apart from the published one", () => {
    const r = parseHtml(page(`<article>${para("a")}</article>`, `<meta property="article:published_time" content="2019-09-20"><meta property="article:modified_time" content="2019-09-23">`));
    expect(r.published.value).toBe("2019-09-20");
    expect(r.modified).toBe("2019-09-23");
  });

  it("takes the outlet from og:site_name, then JSON-LD publisher, then the domain", () => {
    expect(parseHtml(page(para("x"), `<meta property="og:site_name" content="Meridian Post">`)).outlet).toBe("Meridian Post");
    expect(parseHtml(page(para("x"), `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"Adriatic Wire"}}</script>`)).outlet).toBe("Adriatic Wire");
    expect(parseHtml(page(para("x"), `<meta property="og:url" content="https://www.example-news.org/a/b">`)).outlet).toBe("example-news.org");
  });
});

describe("dates as pages write them", () => {
  it.each([
    ["2019-09-20T14:00:00+02:00", "2019-09-20"],
    ["Fri, 20 Sep 2019 14:00:00 GMT", "2019-09-20"],
    ["Tue Nov 19 2019 08:41:00 GMT+0000 (UTC)", "2019-11-19"],
    ["1568988000", "2019-09-20"],
    ["20190920", "2019-09-20"],
    ["September 20th, 2019", "2019-09-20"],
    ["20. September 2019", "2019-09-20"],
    ["20 de septiembre de 2019", "2019-09-20"],
    ["20.09.2019", "2019-09-20"],
    ["9/20/2019", "2019-09-20"],
    ["20/9/2019", "2019-09-20"],
    ["2019/09/20", "2019-09-20"],
    ["7 октября 2020, 12:30", "2020-10-07"],
    ["7 жовтня 2020", "2020-10-07"],
    ["07 Ekim 2020 Çarşamba", "2020-10-07"],
    ["الأربعاء، 07 أكتوبر 2020 - 12:30", "2020-10-07"],
    ["7 تشرين الأول 2020", "2020-10-07"],
    // more languages, month names as the Unicode CLDR writes them
    ["7 d’octubre del 2020", "2020-10-07"],
    ["7 de gener de 2020", "2020-01-07"],
    ["7. októbra 2020", "2020-10-07"],
    ["7. listopada 2020", "2020-11-07"],
    ["7. studenoga 2020.", "2020-11-07"],
    ["7. oktoober 2020", "2020-10-07"],
    ["7 tetor 2020", "2020-10-07"],
    ["7 באוקטובר 2020", "2020-10-07"],
    ["ngày 7 tháng 10 năm 2020", "2020-10-07"],
    ["7 Oktoba 2020", "2020-10-07"],
    // day, month and year joined by hyphens or slashes, "of" before the month, no space after the comma, a stop after the year
    ["07-Oct-2020", "2020-10-07"],
    ["07/Oct/2020 14:05", "2020-10-07"],
    ["Wednesday 7th of October 2020", "2020-10-07"],
    ["October 7,2020", "2020-10-07"],
    ["07.10.2020.", "2020-10-07"],
  ])("reads %s as %s", (s, iso) => expect(readDate(s)).toBe(iso));

  it.each(["room 404", "version 2.0.1", "September 2019", "2019", "31 February 2019", "13/13/2019", "call 555-1234", "May I ask, 2019 was hard", "build 1.10.2020.4"])(
    "finds no day in %s",
    (s) => expect(findDateIn(s)).toBeNull(),
  );

  it.each([
    ["https://x.example/2019/09/20/deal", "2019-09-20"],
    ["https://x.example/news/2019-09-20-deal.html", "2019-09-20"],
    ["https://x.example/tuft-cells-20191115/", "2019-11-15"],
    ["https://x.example/articles/123456789", null],
    ["https://x.example/2019/09/", null],
  ])("reads the date in the URL %s", (url, iso) => expect(dateFromUrl(url)).toBe(iso));

  it.each([
    ["Published November 20th, 2019 - 07:50 GMT", { published: "2019-11-20", modified: null }],
    ["Updated: 18.11.2019, 12:04", { published: null, modified: "2019-11-18" }],
    ["Monday, 18 November 2019", { published: "2019-11-18", modified: null }],
    ["29 November 2018 | 20 January 2019", null],
    ["— Josh Apte (@joshapte) November 3, 2019", null],
    ["The deal was signed on September 20, 2019 in Washington.", null],
    // weekdays, lead words and the word for year in other languages
    ["Terça-feira, 6 de outubro de 2020 às 09h15", { published: "2020-10-06", modified: null }],
    ["Dimarts, 6 d’octubre de 2020", { published: "2020-10-06", modified: null }],
    ["Вторник, 6 октября 2020 г., 09:15", { published: "2020-10-06", modified: null }],
    ["Опубликовано: 6 октября 2020", { published: "2020-10-06", modified: null }],
    ["Обновлено: 6 октября 2020", { published: null, modified: "2020-10-06" }],
    ["Yayınlanma: 06.10.2020 - 09:15", { published: "2020-10-06", modified: null }],
    ["Objavljeno: 6. studenoga 2020.", { published: "2020-11-06", modified: null }],
    ["wtorek, 6 października 2020", { published: "2020-10-06", modified: null }],
    ["Thứ Ba, 6 tháng 10, 2020", { published: "2020-10-06", modified: null }],
    ["Pavel votes against the budget, 6 October 2020", null],
  ])("reads the line %s as a date line or not", (line, expected) => expect(readDateLine(line)).toEqual(expected));
});

describe("names around a headline", () => {
  it.each([
    ["Deal signed | The Ledger", "The Ledger", "Deal signed"],
    ["The Ledger - Deal signed", "The Ledger", "Deal signed"],
    ["Rwanda: first flight cancelled - Meridian Post", "Meridian Post", "Rwanda: first flight cancelled"],
    ["Brexit: what next?", null, "Brexit: what next?"],
    ["Trump, Xi and the trade war - a long, hard road", "Some Paper", "Trump, Xi and the trade war - a long, hard road"],
  ])("strips the site name from %s", (title, outlet, expected) => expect(stripSiteName(title, outlet)).toBe(expected));

  it.each([
    ["By Jane Doe", "Jane Doe"],
    ["By Jane Doe and John Roe | November 18, 2019", "Jane Doe and John Roe"],
    ["Von Max Muster", "Max Muster"],
    ["https://www.facebook.com/janedoe", null],
    ["Bryan DeArdo @BryanDeArdo Nov 18, 2019 at 9:24 pm ET", "Bryan DeArdo"],
    ["Carrie ArnoldNovember 15, 2019", "Carrie Arnold"],
    ["Analysis by Chris Cillizza, CNN Editor-at-large", "Chris Cillizza, CNN Editor-at-large"],
    ["humans.txt", null],
  ])("cleans the byline %s", (line, expected) => expect(cleanByline(line)).toBe(expected));
});
