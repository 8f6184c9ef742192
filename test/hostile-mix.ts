// A hostile inbox, generated (never committed as binaries): about 260 malformed, tricky or
// dangerous entries mixed with the fixtures. Every case is made from a seeded generator, so a
// run is repeatable. Use from a test (`writeHostileMix`) or by hand:
//   npx tsx test/hostile-mix.ts /tmp/hostile-inbox
//   node dist/cli/cli.js run /tmp/hostile-inbox --out /tmp/hostile-out
// Cases that stall extraction today (100,000 nested <div>s, a 3 MB text, 48 KB of "said, ")
// belong to the time-limit and linear-time work; they are generated here at a size that finishes.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { seeded } from "../bench/generate.js";


const enc = (s: string) => Buffer.from(s, "utf8");
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

const BODY =
  "The interior minister said on Tuesday that the agreement would enter into force in March. " +
  "Officials in the capital confirmed the deal was signed last week, according to a government statement.";
const story = (i: number) => `Report number ${i}\n\n${BODY} Case ${i}.\n`;

export interface HostileEntry {
  /** Path relative to the inbox. */
  file: string;
  /** File content (for "damaged": three bytes saying where and how to damage the fixture). */
  content?: Buffer;
  /** A special entry to make instead of a plain file. */
  kind?: "symlink" | "fifo" | "device" | "folder" | "damaged";
  /** A link's target, or the fixture a "damaged" entry is made from. */
  target?: string;
}

/** The hostile entries, without the fixtures; `outside` is a folder outside the inbox links point into. */
export function hostileEntries(outside: string, seed = 17): HostileEntry[] {
  const rnd = seeded(seed);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rnd() * 256)));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const e: HostileEntry[] = [];
  const add = (file: string, content: string | Buffer) => e.push({ file, content: typeof content === "string" ? enc(content) : content });

  // empty and blank
  for (const ext of ["txt", "html", "htm", "json"]) add(`empty/empty.${ext}`, "");
  const blanks = [" ", "\n\n\t", "\u00a0\u00a0", "\u200b\u200c\u200d", "\u3000\u2009\u202f", "\ufeff", "\u2060\u180e\u200b\n", "\u00ad\u200e\u200f"];
  blanks.forEach((b, i) => add(`blank/blank-${i}.txt`, b));
  blanks.forEach((b, i) => add(`blank/blank-${i}.json`, JSON.stringify({ text: b, title: b })));
  blanks.slice(0, 4).forEach((b, i) => add(`blank/blank-${i}.html`, `<html><body><p>${b}</p></body></html>`));

  // binary and NUL
  for (let i = 0; i < 12; i++) add(`binary/random-${i}.${pick(["txt", "html", "json"])}`, bytes(64 + Math.floor(rnd() * 4000)));
  add("binary/png.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  add("binary/nul-early.txt", `Headline\0\n${BODY}`);
  add("binary/nul-late.txt", `Headline\n${BODY.repeat(120)}\0 tail`);
  add("binary/nul-json.json", JSON.stringify({ text: `${BODY}\u0000${BODY}` }));
  add("binary/nul-json-title.json", JSON.stringify({ title: "a\u0000b", text: BODY }));
  add("binary/nul.html", `<html><body><p>${BODY}\0</p></body></html>`);
  add("binary/controls.txt", Buffer.from(Array.from({ length: 600 }, (_, i) => (i % 3 === 0 ? 1 + (i % 8) : 97))));

  // encodings
  add("enc/invalid-utf8.txt", Buffer.from([0x41, 0xc3, 0x28, 0x42, 0x0a, 0xff, 0xfe, 0x41]));
  add("enc/overlong.txt", Buffer.concat([enc("Headline\n"), Buffer.from([0xc0, 0xaf, 0xe0, 0x80, 0xaf]), enc(BODY)]));
  add("enc/surrogate.txt", Buffer.concat([enc("Headline\n"), Buffer.from([0xed, 0xa0, 0x80]), enc(BODY)]));
  add("enc/latin1.txt", Buffer.from("Caf\xe9 agreement\n\nThe minister said the caf\xe9 deal was signed.\n", "latin1"));
  add("enc/utf16le.txt", utf16le(story(1)));
  add("enc/utf16be.txt", utf16be(story(2)));
  add("enc/utf16le.html", utf16le(`<html><body><p>${BODY} Sixteen.</p></body></html>`));
  add("enc/utf16-nobom.html", Buffer.from(`<html><body><p>${BODY} No BOM.</p></body></html>`, "utf16le"));
  add("enc/bom-only.txt", Buffer.from([0xef, 0xbb, 0xbf]));
  add("enc/bom-utf16-only.txt", Buffer.from([0xff, 0xfe]));
  add("enc/bad-charset.html", `<html><head><meta charset="x-klingon"></head><body><p>${BODY}</p></body></html>`);
  add("enc/utf16-declared.html", `<html><head><meta charset="utf-16"></head><body><p>${BODY}</p></body></html>`);
  add("enc/cp1252.html", Buffer.concat([enc('<html><head><meta charset="windows-1252"></head><body><p>'), Buffer.from([0x93, 0x41, 0x94, 0x20, 0x80]), enc(` ${BODY}</p></body></html>`)]));

  // JSON articles
  const jsons: [string, string][] = [
    ["not-json", "{not json"],
    ["truncated", '{"text": "The minister said'],
    ["array", '[{"text": "x"}]'],
    ["number", "42"],
    ["string", '"just a string"'],
    ["null", "null"],
    ["true", "true"],
    ["no-text", '{"title": "x"}'],
    ["text-number", '{"text": 12}'],
    ["text-null", '{"text": null}'],
    ["text-array", '{"text": ["a", "b"]}'],
    ["text-object", '{"text": {"body": "x"}}'],
    ["outlet-array", JSON.stringify({ text: BODY, outlet: ["AP", "Reuters"] })],
    ["title-object", JSON.stringify({ text: BODY, title: { main: "x" } })],
    ["url-number", JSON.stringify({ text: BODY, url: 5 })],
    ["published-impossible", JSON.stringify({ text: BODY, published: "2023-02-30" })],
    ["published-word", JSON.stringify({ text: BODY, published: "yesterday" })],
    ["published-number", JSON.stringify({ text: BODY, published: 20230101 })],
    ["published-month13", JSON.stringify({ text: BODY, published: "2023-13-01T00:00:00Z" })],
    ["published-timestamp", JSON.stringify({ text: BODY, published: "2023-03-01T12:30:00+01:00" })],
    ["published-empty", JSON.stringify({ text: BODY, published: "" })],
    ["extra-fields", JSON.stringify({ text: BODY, extra: { deep: [1, 2, 3] }, __proto__: { polluted: true } })],
    ["proto", `{"text": ${JSON.stringify(BODY)}, "__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}`],
    ["duplicate-keys", `{"text": "first", "text": ${JSON.stringify(BODY)}}`],
    ["deep-nesting", `{"text": ${JSON.stringify(BODY)}, "x": ${"[".repeat(5000)}${"]".repeat(5000)}}`],
    ["too-deep", `${"[".repeat(200_000)}${"]".repeat(200_000)}`],
    ["huge-number", `{"text": ${JSON.stringify(BODY)}, "n": 1e999999}`],
    ["bom", `\ufeff${JSON.stringify({ text: BODY })}`],
    ["escapes", JSON.stringify({ text: `${BODY} \u2028 \u2029 \ud83d\ude00 \u202e reversed` })],
    ["lone-surrogate", `{"text": "${BODY} \\ud800 alone"}`],
    ["trailing-garbage", `${JSON.stringify({ text: BODY })} trailing`],
    ["html-in-text", JSON.stringify({ text: `<script>alert(1)</script> ${BODY} [click](javascript:alert(1))` })],
  ];
  for (const [name, text] of jsons) add(`json/${name}.json`, text);

  // sidecars
  const sidecars: [string, string][] = [
    ["empty", ""],
    ["blank", "  \n"],
    ["not-json", "published: 2019"],
    ["array", "[]"],
    ["null", "null"],
    ["impossible", '{"published": "2023-02-30"}'],
    ["word", '{"published": "yesterday"}'],
    ["slashes", '{"published": "20/09/2019"}'],
    ["number", '{"published": 20190920}'],
    ["outlet-array", '{"outlet": ["a", "b"]}'],
    ["nul", '{"title": "a\\u0000b"}'],
    ["unknown-keys", '{"author": "x", "published": "2019-09-20"}'],
    ["good", '{"published": "2019-09-20", "outlet": "Wire", "title": "Side title"}'],
  ];
  sidecars.forEach(([name, text], i) => {
    add(`sidecar/${name}.txt`, story(100 + i));
    add(`sidecar/${name}.meta.json`, text);
  });
  add("sidecar/orphan.meta.json", '{"published": "2019-09-20"}');
  add("sidecar/.hidden-orphan.meta.json", "{}");

  // HTML
  const htmls: [string, string][] = [
    ["no-markup", "just words, no tags at all"],
    ["tags-only", "<html><head></head><body></body></html>"],
    ["script-only", "<html><body><script>var x = '" + "a".repeat(5000) + "';</script></body></html>"],
    ["style-only", "<style>p { color: red }</style>"],
    ["comment-only", "<!-- " + BODY + " -->"],
    ["cdata", `<html><body><![CDATA[${BODY}]]></body></html>`],
    ["title-only", "<html><head><title>Only a title</title></head></html>"],
    ["nested-divs", "<html><body>" + "<div>".repeat(2000) + BODY + "</div>".repeat(2000) + "</body></html>"],
    ["unclosed", "<html><body>" + "<div><span><b>".repeat(700) + BODY],
    ["unclosed-p", "<p>" + `${BODY}<p>`.repeat(300)],
    ["entities", "<html><body><p>" + "&amp;&lt;&#x41;&#65;&nbsp;".repeat(3000) + BODY + "</p></body></html>"],
    ["bad-entities", `<html><body><p>&#xFFFFFFFF; &#0; &#xD800; &bogus; ${BODY}</p></body></html>`],
    ["huge-attribute", `<html><body><p title="${"x".repeat(200_000)}">${BODY}</p></body></html>`],
    ["many-attributes", `<html><body><p ${Array.from({ length: 3000 }, (_, i) => `a${i}="${i}"`).join(" ")}>${BODY}</p></body></html>`],
    ["meta-impossible-date", `<html><head><meta property="article:published_time" content="2023-02-30T10:00:00Z"></head><body><article><p>${BODY}</p></article></body></html>`],
    ["meta-word-date", `<html><head><meta property="article:published_time" content="yesterday"></head><body><article><p>${BODY}</p></article></body></html>`],
    ["jsonld-broken", `<html><head><script type="application/ld+json">{"datePublished": "2023-02-30", "@type": </script></head><body><p>${BODY}</p></body></html>`],
    ["jsonld-deep", `<html><head><script type="application/ld+json">${"[".repeat(3000)}${"]".repeat(3000)}</script></head><body><p>${BODY}</p></body></html>`],
    ["svg-math", `<html><body><svg><foreignObject><p>${BODY}</p></foreignObject></svg><math><mi>x</mi></math></body></html>`],
    ["frameset", `<frameset><frame src="javascript:alert(1)"></frameset>`],
    ["xss", `<html><body><p onclick="alert(1)">${BODY}</p><a href="javascript:alert(1)">click</a><img src=x onerror=alert(1)></body></html>`],
    ["table-soup", "<table>" + `<tr><td>${BODY}`.repeat(200)],
    ["long-line", `<html><body><p>${(BODY + " ").repeat(400)}</p></body></html>`],
    ["bidi", `<html><body><p>\u202e${BODY}\u202c \u2066isolate\u2069</p></body></html>`],
    ["xml-decl", `<?xml version="1.0" encoding="utf-16"?><html><body><p>${BODY}</p></body></html>`],
    ["doctype-only", "<!DOCTYPE html>"],
    ["base-href", `<html><head><base href="file:///etc/"><link rel="canonical" href="file:///etc/passwd"></head><body><p>${BODY}</p></body></html>`],
  ];
  for (const [name, text] of htmls) add(`html/${name}.html`, text);
  for (let i = 0; i < 20; i++) add(`html/random-tags-${i}.html`, randomHtml(rnd, 3 + Math.floor(rnd() * 4)));

  // texts that are odd but readable
  const texts: [string, string][] = [
    ["one-char", "x"],
    ["punctuation", "!!! ??? ... ,,, ;;;"],
    ["digits", "1234567890 ".repeat(200)],
    ["emoji", `\ud83d\ude00\ud83c\udde9\ud83c\uddea ${BODY} \ud83d\udc4d\ud83c\udffd`],
    ["combining", `Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o ${BODY}`],
    ["rtl", `\u0627\u0644\u0648\u0632\u064a\u0631 \u0642\u0627\u0644 ${BODY}`],
    ["bidi-controls", `\u202e${BODY}\u202c\u2067x\u2069`],
    ["cr-only", BODY.replace(/\. /g, ".\r")],
    ["crlf", `Headline\r\n\r\n${BODY}\r\n`],
    ["long-line", (BODY + " ").repeat(300)],
    ["quotes-unbalanced", `"${BODY} 'and \u201cnever closed`],
    ["markdown-injection", `# Heading\n\n[click](javascript:alert(1)) <img src=x onerror=alert(1)> \`code\` | a | b |\n\n${BODY}`],
    ["said-repeated", "said, ".repeat(500) + BODY],
    ["according-repeated", "according to officials, ".repeat(200) + BODY],
    ["yes-said", '"Yes," said Smith. '.repeat(200) + BODY],
    ["many-names", Array.from({ length: 300 }, (_, i) => `Minister Name${i} Surname${i}`).join(", ") + ` ${BODY}`],
    ["many-dates", Array.from({ length: 300 }, (_, i) => `on ${1 + (i % 28)} March ${1990 + (i % 40)}`).join(", ") + ` ${BODY}`],
    ["many-quotes", Array.from({ length: 200 }, (_, i) => `"Quote ${i}," the official said.`).join(" ")],
    ["tabs", `\t\tHeadline\t\n\t${BODY}`],
    ["form-feed", `Headline\f\n${BODY}\v`],
    ["private-use", `\ue000\uf8ff ${BODY}`],
    ["noncharacters", `\ufffe\uffff ${BODY}`],
    ["replacement", `\ufffd\ufffd ${BODY}`],
  ];
  for (const [name, text] of texts) add(`text/${name}.txt`, text);
  for (let i = 0; i < 12; i++) add(`text/random-words-${i}.txt`, randomWords(rnd, 50 + Math.floor(rnd() * 400)));

  // names
  const names = [
    "names/with space.txt",
    "names/ünïcödé-名前.txt",
    "names/back`tick`<img src=x onerror=alert(1)>.txt",
    "names/pipe|table|break.txt",
    "names/new\nline.txt",
    "names/[link](javascript:alert(1)).txt",
    "names/-leading-dash.txt",
    "names/UPPER.TXT",
    "names/Mixed.HtMl",
    "names/double.txt.json",
    "names/dots...txt",
    "names/" + "long".repeat(60) + ".txt",
    "names/\u202egnp.txt",
    "names/tab\tname.txt",
    "names/quote\"name'.txt",
    "names/percent%20name.txt",
    "names/star*name?.txt",
    "names/2023-02-30-impossible-date-name.txt",
    "names/2019-09-20-dated-name.txt",
  ];
  names.forEach((f, i) => add(f, f.toLowerCase().endsWith(".json") ? JSON.stringify({ text: story(200 + i) }) : f.toLowerCase().endsWith(".html") ? `<p>${story(200 + i)}</p>` : story(200 + i)));

  // not articles
  for (const name of ["notes.docx", "image.png", "archive.tar.gz", "README", "script.sh", "data.csv", "page.xhtml", "feed.xml", "a.TXT.bak", "noext"]) {
    add(`other/${name}`, pick(["x", BODY, ""]) || "x");
  }

  // deep folders
  add(`${Array.from({ length: 40 }, (_, i) => `d${i}`).join("/")}/deep.txt`, story(300));

  // special entries
  e.push({ file: "special/leak.txt", kind: "symlink", target: path.join(outside, "secret.txt") });
  e.push({ file: "special/leak.meta.json", kind: "symlink", target: path.join(outside, "secret.meta.json") });
  e.push({ file: "special/folder-out", kind: "symlink", target: outside });
  e.push({ file: "special/zero.txt", kind: "symlink", target: "/dev/zero" });
  e.push({ file: "special/urandom.html", kind: "symlink", target: "/dev/urandom" });
  e.push({ file: "special/passwd.txt", kind: "symlink", target: "/etc/passwd" });
  e.push({ file: "special/proc.txt", kind: "symlink", target: "/proc/self/environ" });
  e.push({ file: "special/broken.txt", kind: "symlink", target: "no-such-file.txt" });
  e.push({ file: "special/loop.txt", kind: "symlink", target: "loop.txt" });
  e.push({ file: "special/parent", kind: "symlink", target: ".." });
  e.push({ file: "special/pipe.txt", kind: "fifo" });
  e.push({ file: "special/pipe.json", kind: "fifo" });
  e.push({ file: "special/null.txt", kind: "device" });
  e.push({ file: "special/folder.txt", kind: "folder" });
  e.push({ file: "special/folder.meta.json", kind: "folder" });
  add("special/inside-target.txt", story(400));
  e.push({ file: "special/inside-link.txt", kind: "symlink", target: "inside-target.txt" });

  // fixtures cut short or with bytes flipped: what a half-written or damaged download looks like
  const damaged = ["cluster-uk-rwanda-2022-04.txt", "wp-el-salvador-asylum-deal.html", "honduras-us-acp-2019.json", "amp-italy-albania-protocol.html"];
  for (let i = 0; i < 16; i++) {
    e.push({ file: `damaged/${i}-${damaged[i % damaged.length]}`, kind: "damaged", target: damaged[i % damaged.length], content: Buffer.from([i, Math.floor(rnd() * 256), Math.floor(rnd() * 256)]) });
  }
  return e;
}

/** A fixture's bytes cut at a point or with a few bytes flipped, as `how` (three bytes) says. */
function damage(bytes: Buffer, how: Buffer): Buffer {
  const at = Math.floor((how[1] / 256) * bytes.length);
  if (how[0] % 2 === 0) return bytes.subarray(0, at);
  const copy = Buffer.from(bytes);
  for (let k = 0; k < 8; k++) copy[(at + k * 997) % copy.length] ^= how[2] | 1;
  return copy;
}

function randomHtml(rnd: () => number, depth: number): string {
  const tags = ["div", "p", "span", "article", "section", "table", "tr", "td", "ul", "li", "a", "b", "i", "h1", "h2", "script", "style", "noscript", "iframe", "template", "svg", "main", "header", "footer", "nav", "aside", "figure", "figcaption", "time", "meta"];
  const word = () => ["minister", "said", "the", "agreement", "signed", "on", "Monday", "\u201cquote\u201d", "&amp;", "<", ">", "2019", "official", "according", "to"][Math.floor(rnd() * 15)];
  const node = (d: number): string => {
    if (d === 0 || rnd() < 0.2) return Array.from({ length: 1 + Math.floor(rnd() * 12) }, word).join(" ");
    const tag = tags[Math.floor(rnd() * tags.length)];
    const kids = Array.from({ length: 1 + Math.floor(rnd() * 4) }, () => node(d - 1)).join("");
    const attrs = rnd() < 0.3 ? ` class="${word()}" datetime="${word()}"` : "";
    return rnd() < 0.15 ? `<${tag}${attrs}>${kids}` : `<${tag}${attrs}>${kids}</${tag}>`;
  };
  return `<html><body>${node(depth)}</body></html>`;
}

function randomWords(rnd: () => number, n: number): string {
  const words = ["The", "minister", "said", "\"", "agreement", "signed", "on", "Monday", "March", "2019", ",", ".", "according", "to", "officials", "Mr.", "Smith", "would", "not", "\n", "'", "\u201c", "\u201d", "(", ")", "-", "EU", "Turkey"];
  return Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(" ");
}

/**
 * Writes the hostile entries into `inbox` (created), with a secret article in `outside` that
 * links point to; copies the fixture articles in too when `fixtures` is given. Returns the entries.
 */
export async function writeHostileMix(inbox: string, outside: string, fixtures = path.resolve("fixtures/articles"), withFixtures = true): Promise<HostileEntry[]> {
  await fs.mkdir(inbox, { recursive: true });
  await fs.mkdir(outside, { recursive: true });
  await fs.writeFile(path.join(outside, "secret.txt"), "Secret\n\nOutside words that must never reach the outputs.\n");
  await fs.writeFile(path.join(outside, "secret.meta.json"), '{"title": "Outside words"}');
  const entries = hostileEntries(outside);
  for (const en of entries) {
    const p = path.join(inbox, en.file);
    await fs.mkdir(path.dirname(p), { recursive: true });
    if (en.kind === "symlink") await fs.symlink(en.target!, p);
    else if (en.kind === "fifo") execFileSync("mkfifo", [p]);
    else if (en.kind === "folder") await fs.mkdir(p, { recursive: true });
    else if (en.kind === "damaged") await fs.writeFile(p, damage(await fs.readFile(path.join(fixtures, en.target!)), en.content!));
    else if (en.kind === "device") {
      // a device node needs root; elsewhere a link to one stands in
      try {
        execFileSync("mknod", [p, "c", "1", "3"], { stdio: "ignore" });
      } catch {
        await fs.symlink("/dev/null", p);
      }
    } else await fs.writeFile(p, en.content!);
  }
  if (withFixtures) {
    for (const f of await fs.readdir(fixtures)) await fs.copyFile(path.join(fixtures, f), path.join(inbox, f));
  }
  return entries;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const inbox = path.resolve(process.argv[2] ?? "hostile-inbox");
  const entries = await writeHostileMix(inbox, `${inbox}-outside`);
  process.stdout.write(`${entries.length} hostile entries (and the fixtures) in ${inbox}\n`);
}
