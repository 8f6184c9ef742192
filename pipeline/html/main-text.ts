// The article's own text out of a whole news page. Three steps:
//  1. clean: drop what is never text (scripts, styles, hidden nodes) and page furniture (nav,
//     footers, share bars, cookie banners, comments, related links) unless it holds most of the prose;
//  2. choose: score blocks by their prose (length, commas, link density) and pass the score up to
//     their ancestors, weighted by what class and id say; the best ancestor is the article;
//  3. write: walk the article's blocks in order, leaving out captions, bylines and link lists,
//     one paragraph per block, paragraphs joined by a blank line.
import {
  childrenOf,
  contains,
  detach,
  hintsOf,
  hintWords,
  isElement,
  squash,
  tagOf,
  textOf,
  type AnyNode,
  type Element,
} from "./dom.js";
import { readDateLine } from "./dates.js";
import { BLOCK_TAGS, BOILERPLATE_LINES, CONTROL_WORDS, FURNITURE_TAGS, JUNK_TAGS, LIST_HEADINGS, MACHINE_ITEMPROPS, STRONG_NEGATIVE_WORDS } from "./hints.js";

interface Stat {
  /** characters of text in the subtree */
  text: number;
  /** characters of text inside links */
  link: number;
  /** text of the block's own paragraph (inline content not inside a nested block) */
  inline: number;
  inlineLink: number;
  inlineCommas: number;
  /** characters in prose paragraphs (long, few links) in the subtree */
  prose: number;
}

const PROSE_MIN = 80;

function computeStats(root: AnyNode): Map<Element, Stat> {
  const stats = new Map<Element, Stat>();
  const visit = (n: AnyNode): Stat => {
    const s: Stat = { text: 0, link: 0, inline: 0, inlineLink: 0, inlineCommas: 0, prose: 0 };
    if (n.type === "text") {
      const data = (n as unknown as { data: string }).data;
      const len = squash(data).length;
      s.text = s.inline = len;
      s.inlineCommas = len ? (data.match(/[,，、]/g)?.length ?? 0) : 0;
      return s;
    }
    for (const c of childrenOf(n)) {
      const cs = visit(c);
      s.text += cs.text;
      s.link += cs.link;
      s.inline += cs.inline;
      s.inlineLink += cs.inlineLink;
      s.inlineCommas += cs.inlineCommas;
      s.prose += cs.prose;
    }
    if (!isElement(n)) return s;
    const tag = tagOf(n);
    if (tag === "a") {
      s.link = s.text;
      s.inlineLink = s.inline;
    }
    stats.set(n, s);
    if (BLOCK_TAGS.has(tag)) {
      if (s.inline >= PROSE_MIN && s.inlineLink < 0.35 * s.inline) s.prose += s.inline;
      // the block's own paragraph stays in its stat; its parent sees none of it as inline text
      return { ...s, inline: 0, inlineLink: 0, inlineCommas: 0 };
    }
    return s;
  };
  visit(root);
  return stats;
}

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Classes of the common CSS frameworks that hide a block on screen: Bootstrap's "d-none" (unless a breakpoint
 * class shows it again: "d-none d-md-block"), and blocks shown only in print ("d-print-block", "visible-print",
 * "print-only"): a printed page's citation box, not what readers see.
 */
function hiddenByClass(cls: string | undefined): boolean {
  if (!cls) return false;
  const tokens = cls.split(/\s+/);
  if (tokens.some((t) => /^(?:visible-print(?:-block|-inline|-inline-block)?|print-only|printonly|only-print)$/i.test(t))) return true;
  return tokens.includes("d-none") && !tokens.some((t) => /^d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+$/.test(t));
}

/** Step 1a: what is never article text, whatever the page. */
function removeJunk(root: AnyNode): void {
  const junk = new Set(JUNK_TAGS);
  const visit = (n: AnyNode) => {
    for (const c of [...childrenOf(n)]) {
      if (c.type === "comment" || c.type === "directive" || c.type === "cdata") {
        detach(c);
        continue;
      }
      if (!isElement(c)) continue;
      const tag = tagOf(c);
      const a = c.attribs ?? {};
      if (
        junk.has(tag) ||
        c.type === "script" ||
        c.type === "style" ||
        "hidden" in a ||
        HIDDEN_STYLE.test(a.style ?? "") ||
        hiddenByClass(a.class) ||
        (a["aria-hidden"] === "true" && textOf(c).length < 200) ||
        a.role === "navigation" ||
        a.role === "banner" ||
        a.role === "contentinfo" ||
        a.role === "complementary"
      ) {
        detach(c);
        continue;
      }
      visit(c);
    }
  };
  visit(root);
}

const COMMENTISH = /\b(comment|comments|commentlist|disqus|respond|replies|reply)\b/;

/**
 * A block whose class names only a control (share, print, tools) but that holds two or more paragraphs of prose
 * with few links: a wrapper around the text and its share bar, not the bar ("sr-body-share-wrapper").
 */
function proseUnderControlName(el: Element, s: Stat | undefined): boolean {
  if (!s || s.prose < 2 * PROSE_MIN || s.link > 0.2 * s.text) return false;
  const negative = hintWords(el).filter((w) => STRONG_NEGATIVE_WORDS.has(w));
  return negative.length > 0 && negative.every((w) => CONTROL_WORDS.has(w));
}

/** Step 1b: page furniture, by element name and by class/id, unless it holds most of the prose. */
function removeFurniture(root: AnyNode, stats: Map<Element, Stat>, keep: Set<Element>): void {
  const pageProse = Math.max(1, [...childrenOf(root)].reduce((n, c) => n + (isElement(c) ? stats.get(c)?.prose ?? 0 : 0), 0));
  const furniture = new Set(FURNITURE_TAGS);
  const bodies = [...stats.keys()].filter((el) => hintsOf(el).body && (stats.get(el)?.prose ?? 0) >= 0.3 * pageProse);
  const holdsBody = (el: Element) => bodies.some((b) => b !== el && contains(el, b));
  const visit = (n: AnyNode) => {
    for (const c of [...childrenOf(n)]) {
      if (!isElement(c)) continue;
      const tag = tagOf(c);
      if (tag === "html" || tag === "body" || keep.has(c)) {
        visit(c);
        continue;
      }
      const h = hintsOf(c);
      const byName = furniture.has(tag);
      if ((byName || (h.negative && !proseUnderControlName(c, stats.get(c)))) && !h.body) {
        const prose = stats.get(c)?.prose ?? 0;
        const share = COMMENTISH.test(hintWords(c).join(" ")) ? 0.8 : 0.5;
        // cards of other stories, each under a headline that links to it, are furniture however much they say
        if (!holdsBody(c) && (prose < share * pageProse || linkedHeadings(c, stats) >= 3)) {
          detach(c);
          continue;
        }
      }
      visit(c);
    }
  };
  visit(root);
}

/** Headings (h2 to h6) that are all or nearly all a link: the headlines of teaser cards for other pages. */
function linkedHeadings(root: AnyNode, stats: Map<Element, Stat>): number {
  let n = 0;
  const visit = (el: AnyNode) => {
    for (const c of childrenOf(el)) {
      if (!isElement(c)) continue;
      if (/^h[2-6]$/.test(tagOf(c))) {
        const s = stats.get(c);
        if (s && s.text >= 10 && s.link >= 0.8 * s.text) n++;
      } else visit(c);
    }
  };
  visit(root);
  return n;
}

const TAG_WEIGHT: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 2, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

function classWeight(el: Element, s?: Stat): number {
  const h = hintsOf(el);
  let w = 0;
  if (h.positive) w += 25;
  if (h.body) w += 25;
  if (h.negative && !proseUnderControlName(el, s)) w -= 25;
  if (h.meta && !h.positive) w -= 10;
  return w;
}

const density = (s: Stat | undefined) => (s && s.text ? s.link / s.text : 0);

/** Step 2: the element that holds the article, and its siblings that belong with it. */
function chooseArticle(root: AnyNode, stats: Map<Element, Stat>, topOnly = false): Element[] {
  const scores = new Map<Element, number>();
  const add = (el: Element, v: number) => {
    if (!scores.has(el)) scores.set(el, (TAG_WEIGHT[tagOf(el)] ?? 0) + classWeight(el, stats.get(el)));
    scores.set(el, scores.get(el)! + v);
  };
  for (const [el, s] of stats) {
    const tag = tagOf(el);
    if (!BLOCK_TAGS.has(tag) || s.inline < 25) continue;
    if (s.inlineLink > 0.5 * s.inline) continue;
    const points = 1 + s.inlineCommas + Math.min(3, Math.floor(s.inline / 100));
    if (tag !== "p" && !/^h\d$/.test(tag) && tag !== "li") add(el, points);
    let level = 0;
    for (let a = el.parent; a && isElement(a) && level < 5; a = a.parent, level++) {
      add(a, points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  }
  let top: Element | null = null;
  let best = -Infinity;
  const final = new Map<Element, number>();
  for (const [el, v] of scores) {
    const f = v * (1 - density(stats.get(el)));
    final.set(el, f);
    if (f > best) {
      best = f;
      top = el;
    }
  }
  if (!top) return [];
  if (topOnly) return [top];
  // a body split into chunks of the same kind ("article__body" … ad … "article__body")
  const chunks = sameKindElsewhere(root, top, stats);
  if (chunks.length > 1) return chunks;
  // siblings that look like more of the same article (a split body, a second text column)
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(10, best * 0.2);
  const topClass = top.attribs?.class ?? "";
  const picked: Element[] = [];
  for (const sib of childrenOf(parent)) {
    if (!isElement(sib)) continue;
    if (sib === top) {
      picked.push(sib);
      continue;
    }
    let v = final.get(sib) ?? 0;
    if (topClass && sib.attribs?.class === topClass) v += best * 0.2;
    const s = stats.get(sib);
    const tag = tagOf(sib);
    if (v >= threshold) picked.push(sib);
    else if (tag === "p" && s) {
      const d = density(s);
      const t = textOf(sib);
      if ((s.text > 80 && d < 0.25) || (s.text > 0 && s.text <= 80 && d === 0 && /[.!?…]["”’)]?$/.test(t))) picked.push(sib);
    } else if (s && !picked.includes(top) && loneParagraph(sib, stats)) picked.push(sib);
  }
  return picked;
}

/**
 * A wrapper whose whole text is one prose paragraph: <div class="leaf"><p>(Wire) The lead sentence …</p></div>, the
 * lead set apart before the rest of the body (after it, one such paragraph is more often a note or a promotion:
 * "Join our forums …"). Read as the bare paragraph would be; never furniture or metadata.
 */
function loneParagraph(el: Element, stats: Map<Element, Stat>): boolean {
  const s = stats.get(el);
  if (!s || s.text <= 80 || density(s) >= 0.25 || s.prose < 0.9 * s.text) return false;
  let inner: Element = el;
  for (;;) {
    const h = hintsOf(inner);
    if (h.negative || h.meta) return false;
    const kids = childrenOf(inner).filter((c) => isElement(c) || squash((c as unknown as { data?: string }).data ?? ""));
    if (tagOf(inner) === "p") return true;
    if (kids.length !== 1 || !isElement(kids[0]) || !BLOCK_TAGS.has(tagOf(kids[0]))) return false;
    inner = kids[0];
  }
}

/** The tokens of an element's class attribute. */
const classTokens = (el: Element) => new Set((el.attribs?.class ?? "").trim().split(/\s+/).filter(Boolean));

/**
 * Whether `el` is a block of the same kind as the top: the same tag and class, or the same tag and a class that
 * adds a token or two to (or drops them from) the top's, where what they share names the article's text and what
 * one adds does not ("article-text c-gray-1" and, after an ad, "article-text c-gray-1 no-review": one body in two
 * chunks; "text-copy bodyCopy" and a later "text-copy" are the body and a box of notes under it).
 */
function sameKindAs(top: Element): (el: Element) => boolean {
  const tag = tagOf(top);
  const cls = (top.attribs?.class ?? "").trim();
  const mine = classTokens(top);
  return (el) => {
    if (tagOf(el) !== tag) return false;
    const other = (el.attribs?.class ?? "").trim();
    if (other === cls) return true;
    const theirs = classTokens(el);
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    if (!small.size || large.size - small.size > 2 || ![...small].every((t) => large.has(t))) return false;
    const shared = classHints([...small]);
    const added = classHints([...large].filter((t) => !small.has(t)));
    // what is added is a modifier ("no-review", "wide"), never a name of the body itself ("bodyCopy")
    return (shared.positive || shared.body) && !shared.negative && !added.positive && !added.body;
  };
}

/** What class tokens say, as `hintsOf` reads them on an element. */
const classHints = (tokens: string[]) => hintsOf({ type: "tag", name: "div", attribs: { class: tokens.join(" ") } } as unknown as Element);

/**
 * Elements of the top's kind (its tag and class, see `sameKindAs`) that hold prose too, the top included, in page
 * order; with the headings between them (a live blog's update titles sit between its update bodies).
 */
function sameKindElsewhere(root: AnyNode, top: Element, stats: Map<Element, Stat>): Element[] {
  const cls = (top.attribs?.class ?? "").trim();
  if (!cls) return [top];
  const same = sameKindAs(top);
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      if (c === top) {
        out.push(c);
        continue;
      }
      if (same(c)) {
        const s = stats.get(c);
        if (s && s.prose >= PROSE_MIN && density(s) < 0.5) {
          out.push(c);
          continue;
        }
      }
      if (/^h[2-6]$/.test(tagOf(c))) {
        const s = stats.get(c);
        if (s && s.text > 0 && s.text < 200 && density(s) < 0.5 && !hintsOf(c).negative) out.push(c);
        continue;
      }
      visit(c);
    }
  };
  // chunks spread over the whole page (only <body> holds them all) are not one article
  const lca = lowestCommonAncestor(root, top, same);
  if (!isElement(lca) || tagOf(lca) === "body" || tagOf(lca) === "html") return [top];
  visit(lca);
  if (!out.includes(top)) return [top];
  // headings count only up to the last chunk
  while (out.length && /^h[2-6]$/.test(tagOf(out[out.length - 1]))) out.pop();
  return out.filter((el) => !/^h[2-6]$/.test(tagOf(el))).length > 1 ? out : [top];
}

/** The lowest element holding every element of the top's kind. */
function lowestCommonAncestor(root: AnyNode, top: Element, sameKind: (el: Element) => boolean): AnyNode {
  const same: Element[] = [];
  const visit = (n: AnyNode) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      if (c === top || sameKind(c)) same.push(c);
      else visit(c);
    }
  };
  visit(root);
  if (same.length < 2) return root;
  let lca: AnyNode | null = top.parent;
  while (lca && !same.every((el) => contains(lca!, el))) lca = lca.parent;
  return lca ?? root;
}

export interface MainText {
  paragraphs: string[];
  captions: string[];
  bylines: string[];
  /** short lines that were only a date ("Published 18 Nov 2019"), kept out of the text */
  datelines: string[];
}

const LINK_LIST_TAGS = new Set(["ul", "ol", "div", "section", "table", "dl", "nav", "aside", "header", "footer"]);

interface Para {
  text: string;
  /** characters of the paragraph inside links */
  link: number;
  tag: string;
  /** an image stood right before it (or inside its block): a short line here is a caption */
  afterImage: boolean;
}

const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)\s+[\p{Lu}\p{Lo}]/u;
const IMAGE_TAGS = new Set(["img", "picture", "amp-img", "image"]);
const HEADING = /^h[1-6]$/;
const SENTENCE_END = /[.!?…:;。！？]["”’»)\]]?$/;
const CREDIT = /(©|\bgetty images\b|\b(photo|photograph|image|picture|credit|courtesy|foto|bild)\s*(:|by\b)|\(photo\b|\/\s*(ap|afp|reuters|getty|epa|dpa|shutterstock)\b|\bAP Photo\b|\bshutterstock\b)/i;


/** Step 3: the article's blocks, in order, as paragraphs. */
function writeArticle(nodes: Element[], stats: Map<Element, Stat>): MainText {
  const paras: Para[] = [];
  const captions: string[] = [];
  const bylines: string[] = [];
  const datelines: string[] = [];
  /** A date line or a byline is metadata: it goes to its list and out of the text. */
  const setAside = (line: string): boolean => {
    // "Published November 20th, 2019 - 07:50 GMT"
    if (line.length < 120 && readDateLine(line)) {
      datelines.push(line);
      return true;
    }
    // "By Jane Doe, Staff Writer" / "by Lighthouse IP ／ 2016.12.01"
    if (line.length < 100 && BYLINE.test(line) && !SENTENCE_END.test(line.replace(/\b[A-Z]\.$/, ""))) {
      bylines.push(line);
      return true;
    }
    return false;
  };
  const totalProse = Math.max(1, nodes.reduce((n, el) => n + (stats.get(el)?.prose ?? 0), 0));
  let inLink = 0;
  let image = false;
  const blockTags: string[] = [];
  // the lines of the paragraph being written, each with its characters inside links
  let lines: { text: string; link: number }[] = [{ text: "", link: 0 }];
  const flush = () => {
    const kept = lines
      .map((l) => ({ text: squash(l.text), link: l.link }))
      // "SEE MORE: Hong Kong protests …" as one link: a pointer to another story
      .filter((l) => l.text && !(l.text.length < 200 && l.link >= 0.75 * l.text.length))
      // "By Maria Lopez<br>Published 29 July 2019": each line of a meta block on its own
      .filter((l, _, all) => all.length < 2 || !setAside(l.text));
    const text = kept.map((l) => l.text).join("\n");
    if (text) {
      paras.push({ text, link: kept.reduce((n, l) => n + l.link, 0), tag: blockTags[blockTags.length - 1] ?? "", afterImage: image });
      image = false;
    }
    lines = [{ text: "", link: 0 }];
  };
  const skip = (el: Element): boolean => {
    const tag = tagOf(el);
    const s = stats.get(el);
    if (tag === "figcaption" || tag === "figure") {
      const caps = tag === "figcaption" ? [el] : findAll(el, "figcaption");
      for (const c of caps) {
        const t = textOf(c);
        if (t) captions.push(t);
      }
      const capLen = caps.reduce((n, c) => n + textOf(c).length, 0);
      return !s || s.text - capLen < 150;
    }
    if (tag === "h1") return true;
    // the summary a page gives search engines, above the body: not the body itself
    if ((el.attribs?.itemprop ?? "").toLowerCase() === "description" && (s?.text ?? 0) < 600) return true;
    // microdata a page writes out for machines: <div itemprop="image">https://…/lead.jpg</div>, the publisher's logo
    if (MACHINE_ITEMPROPS.test(el.attribs?.itemprop ?? "") && (s?.prose ?? 0) < 0.3 * totalProse) return true;
    // an inline element is part of its sentence whatever its class ("deep <a class=textTag>space</a>")
    if (!BLOCK_TAGS.has(tag)) return false;
    const h = hintsOf(el);
    const prose = s?.prose ?? 0;
    if (h.body) return false;
    if (h.negative && prose < 0.5 * totalProse && !proseUnderControlName(el, s)) return true;
    if (h.meta && prose < 0.3 * totalProse) {
      const words = hintWords(el).join(" ");
      const t = textOf(el);
      if (/\b(caption|captions|credit|credits)\b/.test(words)) {
        if (t) captions.push(t);
        return true;
      }
      if ((s?.text ?? 0) < 300) {
        if (/\b(byline|author|authors)\b/.test(words) && t) bylines.push(t);
        return true;
      }
    }
    if (s && LINK_LIST_TAGS.has(tag) && s.text > 0 && s.link / s.text > 0.5 && s.prose < 0.5 * s.text) return true;
    return false;
  };
  const walk = (n: AnyNode) => {
    if (n.type === "text") {
      const data = (n as unknown as { data: string }).data;
      const line = lines[lines.length - 1];
      line.text += data;
      if (inLink) line.link += squash(data).length;
      return;
    }
    if (!isElement(n)) return;
    const tag = tagOf(n);
    if (tag === "br") {
      // "<br><br>" ends a paragraph; one "<br>" ends a line
      if (!lines[lines.length - 1].text.trim() && lines.some((l) => l.text.trim())) flush();
      else lines.push({ text: "", link: 0 });
      return;
    }
    if (IMAGE_TAGS.has(tag)) {
      image = true;
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (skip(n)) {
      if (block) flush();
      else lines[lines.length - 1].text += " ";
      if (tag === "figure") image = true;
      return;
    }
    if (block) {
      flush();
      blockTags.push(tag);
    }
    if (tag === "a") inLink++;
    for (const c of childrenOf(n)) walk(c);
    if (tag === "a") inLink--;
    if (block) {
      flush();
      blockTags.pop();
    }
  };
  for (const el of nodes) {
    walk(el);
    flush();
  }
  const paragraphs: string[] = [];
  let listOfOthers = false;
  for (const p of paras) {
    const len = p.text.length;
    // "More Great WIRED Stories" and the list items under it
    if (len < 60 && LIST_HEADINGS.some((re) => re.test(p.text))) {
      listOfOthers = true;
      continue;
    }
    if (listOfOthers && p.tag === "li") continue;
    listOfOthers = false;
    if (BOILERPLATE_LINES.some((re) => re.test(p.text))) continue;
    if (!HEADING.test(p.tag) && setAside(p.text)) continue;
    // a short line under a picture, not a sentence or naming a photographer: its caption
    if (p.afterImage && !HEADING.test(p.tag) && len < 250 && (!SENTENCE_END.test(p.text) || CREDIT.test(p.text))) {
      captions.push(p.text);
      continue;
    }
    paragraphs.push(p.text);
  }
  return { paragraphs, captions, bylines, datelines };
}

function captionsAround(body: Element[]): string[] {
  let region: AnyNode | null = body[0]?.parent ?? null;
  for (let a: AnyNode | null = body[0] ?? null; a && isElement(a); a = a.parent) {
    if (tagOf(a) === "article") {
      region = a;
      break;
    }
  }
  if (!region) return [];
  const out: string[] = [];
  const visit = (n: AnyNode) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c) || body.includes(c)) continue;
      const words = hintWords(c).join(" ");
      if (tagOf(c) === "figcaption" || /\b(caption|captions)\b/.test(words)) {
        const t = textOf(c);
        if (t && t.length < 400) out.push(t);
        continue;
      }
      visit(c);
    }
  };
  visit(region);
  return out;
}

function findAll(root: AnyNode, tag: string, outermost = true): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      if (tagOf(c) === tag) out.push(c);
      if (tagOf(c) !== tag || !outermost) visit(c);
    }
  };
  visit(root);
  return out;
}

const titleKey = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * A page of several stories, each in its own <article> ("speed reads", the next story a scroll appends): the
 * <article> whose heading is the page's own title, when exactly one has it and the chosen body lies outside it.
 */
function titledArticle(root: AnyNode, body: Element[], title: string | null | undefined): Element | null {
  if (!body.length) return null;
  const key = title ? titleKey(title) : "";
  if (key.length < 12) return null;
  const articles = findAll(root, "article", false);
  if (articles.length < 2) return null;
  const withTitle = articles.filter((a) =>
    findHeadings(a).some((h) => {
      const k = titleKey(textOf(h));
      return k.length >= 12 && (k === key || (k.length >= 0.8 * key.length && key.includes(k)) || (key.length >= 0.8 * k.length && k.includes(key)));
    }),
  );
  // nested ones: the innermost
  const titled = withTitle.filter((a) => !withTitle.some((b) => b !== a && contains(a, b)));
  if (titled.length !== 1) return null;
  const [t] = titled;
  // the body lies in it (or holds it, a wrapper of the whole page): nothing to do; else (some of) it is elsewhere
  return body.every((el) => contains(t, el)) || body.some((el) => contains(el, t)) ? null : t;
}

function findHeadings(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    for (const c of childrenOf(n)) {
      if (!isElement(c)) continue;
      if (/^h[1-3]$/.test(tagOf(c))) out.push(c);
      else visit(c);
    }
  };
  visit(root);
  return out;
}

/** The article text of a page tree (the tree is changed: furniture is removed from it). */
export function extractMainText(root: AnyNode, page: { title?: string | null } = {}): MainText {
  removeJunk(root);
  // a first choice on the whole page: its ancestors are never furniture ("content with-sidebar")
  const first = computeStats(root);
  const keep = new Set<Element>();
  let [prelim] = chooseArticle(root, first, true);
  // several stories on the page: the one under the page's title, before its share bar or wrapper is taken for furniture
  const titledFirst = titledArticle(root, prelim ? [prelim] : [], page.title);
  if (titledFirst) {
    const inner = computeStats(titledFirst);
    const [own] = chooseArticle(titledFirst, inner, true);
    if (own && (inner.get(titledFirst)?.prose ?? 0) >= PROSE_MIN) prelim = own;
  }
  const chain: Element[] = [];
  for (let a: AnyNode | null = prelim ?? null; a && isElement(a); a = a.parent) chain.push(a);
  const pageProse = childrenOf(root).reduce((n, c) => n + (isElement(c) ? first.get(c)?.prose ?? 0 : 0), 0);
  const strong = prelim && (!hintsOf(prelim).negative || (first.get(prelim)?.prose ?? 0) >= 0.4 * pageProse);
  if (strong && !chain.some((a) => COMMENTISH.test(hintWords(a).join(" ")))) chain.forEach((a) => keep.add(a));
  removeFurniture(root, first, keep);
  const stats = computeStats(root);
  let chosen = chooseArticle(root, stats);
  const titled = titledArticle(root, chosen, page.title);
  if (titled) {
    const inner = computeStats(titled);
    const inside = chooseArticle(titled, inner);
    if (inside.length && (inner.get(titled)?.prose ?? 0) >= PROSE_MIN) chosen = inside;
  }
  const body = chosen.length ? chosen : childrenOf(root).filter(isElement);
  const out = writeArticle(body, stats);
  // captions next to the text, in the same <article> (a lead picture above the body)
  for (const c of captionsAround(body)) if (!out.captions.includes(c)) out.captions.push(c);
  return out;
}
