// Small helpers over the parsed page tree (domhandler nodes, as cheerio builds them).
import type { AnyNode, Element, ParentNode } from "domhandler";
import { memo } from "../../extractors/memo.js";
import { BODY_PHRASES, MACHINE_ITEMPROPS, META_WORDS, POSITIVE_WORDS, STRONG_NEGATIVE_WORDS } from "./hints.js";

export type { AnyNode, Element, ParentNode };

export const isElement = (n: AnyNode | null | undefined): n is Element =>
  !!n && (n.type === "tag" || n.type === "script" || n.type === "style");

export const tagOf = (n: AnyNode): string => (isElement(n) ? n.name.toLowerCase() : "");

export const childrenOf = (n: AnyNode): AnyNode[] => ("children" in n ? (n as ParentNode).children : []);

/** Removes a node from its parent's children (domutils-free, so the tree stays consistent). */
export function detach(n: AnyNode): void {
  const parent = n.parent as ParentNode | null;
  if (!parent) return;
  const i = parent.children.indexOf(n);
  if (i >= 0) parent.children.splice(i, 1);
  if (n.prev) n.prev.next = n.next;
  if (n.next) n.next.prev = n.prev;
  n.parent = null;
  n.prev = null;
  n.next = null;
}

/** Text of a subtree, whitespace as in the source. */
export function rawText(n: AnyNode): string {
  if (n.type === "text") return (n as unknown as { data: string }).data;
  if (!isElement(n) && n.type !== "root") return "";
  if (isElement(n) && (n.type === "script" || n.type === "style")) return "";
  let s = "";
  for (const c of childrenOf(n)) s += rawText(c);
  return s;
}

export const squash = (s: string) => s.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, " ").trim();

/** Text of a subtree with white space collapsed. */
export const textOf = (n: AnyNode) => squash(rawText(n));

/**
 * Text of a subtree with white space collapsed, or null once it holds more than `max` visible
 * characters: a check for a short line costs no more than the line, however much the subtree holds.
 */
export function shortTextOf(n: AnyNode, max: number): string | null {
  const parts: string[] = [];
  let visible = 0;
  const stack: AnyNode[] = [n];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.type === "text") {
      const data = (c as unknown as { data: string }).data;
      for (let i = 0; i < data.length && visible <= max; i++) if (!/[\s\u00a0\u200b\u2028\u2029]/.test(data[i])) visible++;
      if (visible > max) return null;
      parts.push(data);
    } else if (c.type === "tag" || c.type === "root") {
      const kids = childrenOf(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
  const t = squash(parts.join(""));
  return t.length > max ? null : t;
}

/**
 * The words of an element's class, id and itemprop: "relatedStories article__body" → related, stories, article, body.
 * The list is shared by every element with the same attributes (a page repeats its classes): read it, never change it.
 */
export function hintWords(el: Element): readonly string[] {
  const a = el.attribs ?? {};
  const itemprop = a.itemprop && !MACHINE_ITEMPROPS.test(a.itemprop) ? a.itemprop : undefined;
  const raw = [a.class, a.id, itemprop, a.role, a["data-component"], a["data-testid"]].filter(Boolean).join(" ");
  return raw ? wordsOfHints(raw) : [];
}

// (the readers ask for the same elements' words several times, and the words of the same class on many elements)
const wordsOfHints = memo((raw: string): readonly string[] => {
  const words: string[] = [];
  for (const token of raw.split(/\s+/)) {
    const parts = token
      .replace(/([a-z])([A-Z])/g, "$1 $2")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(""));
    for (let i = 0; i + 1 < parts.length; i++) words.push(`${parts[i]} ${parts[i + 1]}`);
  }
  return words;
});

export interface Hints {
  negative: boolean;
  meta: boolean;
  positive: boolean;
  body: boolean;
}

const hintCache = new WeakMap<Element, Hints>();

/** What an element's class and id say about it. */
export function hintsOf(el: Element): Hints {
  let h = hintCache.get(el);
  if (h) return h;
  const words = hintWords(el);
  const itemprop = (el.attribs?.itemprop ?? "").toLowerCase();
  h = {
    negative: words.some((w) => STRONG_NEGATIVE_WORDS.has(w)),
    meta: words.some((w) => META_WORDS.has(w)),
    positive: words.some((w) => POSITIVE_WORDS.has(w)),
    body: itemprop === "articlebody" || words.some((w) => BODY_PHRASES.includes(w) || w === "articlebody" || w === "storybody"),
  };
  hintCache.set(el, h);
  return h;
}

/** Every element under `root`, in document order. */
export function elementsUnder(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (n: AnyNode) => {
    for (const c of childrenOf(n)) {
      if (isElement(c)) {
        out.push(c);
        visit(c);
      }
    }
  };
  visit(root);
  return out;
}

export function contains(ancestor: AnyNode, n: AnyNode | null): boolean {
  for (let p: AnyNode | null = n; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/**
 * Bounds the tree's depth, so that no walk over it can overflow the stack: below `maxDepth`
 * levels, an element's descendants are replaced by their text nodes, in order. Real pages
 * rarely go past 60 levels; this only touches broken or hostile ones.
 */
export function flattenDeep(root: AnyNode, maxDepth = 180): void {
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    const kids = childrenOf(n);
    if (depth < maxDepth) {
      for (const c of kids) stack.push([c, depth + 1]);
      continue;
    }
    const texts: AnyNode[] = [];
    const inner: AnyNode[] = [...kids].reverse();
    while (inner.length) {
      const c = inner.pop()!;
      if (c.type === "text") texts.push(c);
      else if (isElement(c) && c.type === "tag") for (let i = childrenOf(c).length - 1; i >= 0; i--) inner.push(childrenOf(c)[i]);
    }
    const parent = n as ParentNode;
    parent.children = texts;
    texts.forEach((t, i) => {
      t.parent = parent;
      t.prev = texts[i - 1] ?? null;
      t.next = texts[i + 1] ?? null;
    });
  }
}
