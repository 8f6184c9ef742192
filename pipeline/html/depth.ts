// Bounds how deep a page's markup can nest before the HTML parser sees it. The HTML5 tree builder
// (parse5, under cheerio) scans its stack of open elements for most tags ("is there a <p> in button
// scope?"), so 100,000 nested or unclosed tags cost 100,000² steps. One linear pass over the markup
// follows the open-element stack as the tree builder would (void elements, implied ends of <p>, <li>,
// table cells, special elements that stop a stray end tag) and drops start and end tags past
// `maxDepth` levels, keeping their text. Pages that stay under the bound come back unchanged.

const VOID = new Set(
  "area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr".split(" "),
);

// contents read as text up to the matching end tag: no tags inside
const RAW_TEXT = new Set("script style textarea title xmp iframe noembed noframes noscript".split(" "));

// the spec's "special" elements: an end tag for something else stops at them and is ignored
const SPECIAL = new Set(
  ("address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd " +
    "details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header " +
    "hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object " +
    "ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot " +
    "th thead title tr track ul wbr xmp").split(" "),
);

const FORMATTING = new Set("a b big code em font i nobr s small strike strong tt u".split(" "));

// start tags that close an open <p> first ("<p>one<div>" → the <p> ends before the <div>)
const CLOSES_P = new Set(
  ("address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer form h1 h2 h3 " +
    "h4 h5 h6 header hgroup hr listing main menu nav ol p pre search section summary table ul li dd dt plaintext xmp").split(" "),
);

// where the search for an open <p> stops ("button scope")
const SCOPE = new Set("applet caption html table td th marquee object template button".split(" "));

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/** The tree builder's stack of open elements, by name, with a count of each name for quick misses. */
class OpenElements {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  get length(): number {
    return this.names.length;
  }
  top(): string | undefined {
    return this.names[this.names.length - 1];
  }
  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  /** Pops the element at `i` and all above it (nothing when i < 0). */
  popTo(i: number): void {
    if (i < 0) return;
    for (let k = i; k < this.names.length; k++) this.counts.set(this.names[k], this.counts.get(this.names[k])! - 1);
    this.names.length = i;
  }
  /** Index of the nearest open element (from the top) named in `names`, or -1 at a `stop` element. */
  find(names: Set<string> | string, stop: (name: string) => boolean): number {
    const wanted = typeof names === "string" ? [names] : [...names];
    if (!wanted.some((n) => (this.counts.get(n) ?? 0) > 0)) return -1;
    for (let i = this.names.length - 1; i >= 0; i--) {
      const n = this.names[i];
      if (typeof names === "string" ? n === names : names.has(n)) return i;
      if (stop(n)) return -1;
    }
    return -1;
  }
}

const LI = new Set(["li"]);
const DD_DT = new Set(["dd", "dt"]);
const CELLS = new Set(["td", "th"]);
const SECTIONS = new Set(["tbody", "thead", "tfoot"]);
const notListStop = (n: string) => SPECIAL.has(n) && n !== "address" && n !== "div" && n !== "p";
const tableStop = (n: string) => n === "table" || n === "html" || n === "template";

/** Pops what a start tag implicitly closes: "<li>a<li>b", "<td>a<td>b", "<p>a<ul>". */
function closeImplied(stack: OpenElements, name: string): void {
  if (CLOSES_P.has(name)) stack.popTo(stack.find("p", (n) => SCOPE.has(n)));
  if (HEADINGS.has(name) && HEADINGS.has(stack.top() ?? "")) stack.popTo(stack.length - 1);
  if (name === "li") stack.popTo(stack.find(LI, notListStop));
  else if (name === "dd" || name === "dt") stack.popTo(stack.find(DD_DT, notListStop));
  else if (name === "td" || name === "th") stack.popTo(stack.find(CELLS, (n) => n === "tr" || tableStop(n)));
  else if (name === "tr") stack.popTo(stack.find("tr", tableStop));
  else if (SECTIONS.has(name)) stack.popTo(stack.find(SECTIONS, tableStop));
  else if (name === "a" || name === "nobr" || name === "button") stack.popTo(stack.find(name, tableStop));
  else if (name === "option" || name === "optgroup") {
    if (stack.top() === "option") stack.popTo(stack.length - 1);
    if (name === "optgroup" && stack.top() === "optgroup") stack.popTo(stack.length - 1);
  }
}

/** Pops what an end tag closes; false when the tree builder would ignore it. */
function closeEnd(stack: OpenElements, name: string): boolean {
  if (name === "body" || name === "html" || name === "head") return true; // the tree builder keeps them open
  let i: number;
  if (HEADINGS.has(name)) i = stack.find(HEADINGS, (n) => SPECIAL.has(n) && !HEADINGS.has(n));
  // "<b><div>x</b>": the adoption agency keeps the depth when a special element sits above
  else if (FORMATTING.has(name)) i = stack.find(name, (n) => SPECIAL.has(n));
  else i = stack.find(name, (n) => SPECIAL.has(n) && n !== name);
  if (i < 0) return false;
  stack.popTo(i);
  return true;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

interface Tag {
  name: string;
  end: number; // index just past the tag's ">"
  selfClosing: boolean;
}

/** Reads a start or end tag whose name starts at `i` (just past "<" or "</"); each character once. */
function readTag(html: string, i: number): Tag {
  let j = i;
  while (j < html.length && !isSpace(html.charCodeAt(j)) && html[j] !== "/" && html[j] !== ">") j++;
  const name = html.slice(i, j).toLowerCase();
  let selfClosing = false;
  while (j < html.length) {
    const c = html[j];
    if (c === ">") return { name, end: j + 1, selfClosing };
    if (c === '"' || c === "'") {
      const close = html.indexOf(c, j + 1);
      if (close < 0) return { name, end: html.length, selfClosing };
      j = close + 1;
      continue;
    }
    selfClosing = c === "/" && html[j + 1] === ">";
    j++;
  }
  return { name, end: html.length, selfClosing };
}

/**
 * The markup with every start and end tag beyond `maxDepth` open elements removed (their text stays),
 * in time linear in the markup's length.
 */
export function boundDepth(html: string, maxDepth = 256): string {
  const stack = new OpenElements();
  const dropped = new Map<string, number>(); // start tags dropped, by name, whose end tags go too
  const kept: string[] = [];
  let from = 0; // start of the markup not yet copied to `kept`
  let foreignAt = -1; // stack index of an open <svg>/<math>, inside which "/>" closes an element
  const drop = (start: number, end: number) => {
    kept.push(html.slice(from, start));
    from = end;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0 || lt + 1 >= html.length) break;
    const c = html.charCodeAt(lt + 1);
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
    } else if (c === 33 || c === 63) {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>
      const close = html.indexOf(">", lt + 2);
      i = close < 0 ? html.length : close + 1;
    } else if (c === 47 && isLetter(html.charCodeAt(lt + 2))) {
      const tag = readTag(html, lt + 2);
      const closed = closeEnd(stack, tag.name);
      if (foreignAt >= stack.length) foreignAt = -1;
      if (!closed) {
        const n = dropped.get(tag.name) ?? 0;
        if (n > 0) {
          dropped.set(tag.name, n - 1);
          drop(lt, tag.end);
        }
      }
      i = tag.end;
    } else if (isLetter(c)) {
      const tag = readTag(html, lt + 1);
      i = tag.end;
      if (tag.name === "plaintext") break;
      closeImplied(stack, tag.name);
      if (foreignAt >= stack.length) foreignAt = -1;
      const foreignTag = foreignAt >= 0 || tag.name === "svg" || tag.name === "math";
      const opens = !VOID.has(tag.name) && !(foreignTag && tag.selfClosing);
      let rawEnd = i;
      if (RAW_TEXT.has(tag.name)) {
        // "<script>if (a<b) …</script>": no markup until the matching end tag
        const endTag = new RegExp(`</${tag.name}[\\s/>]`, "ig");
        endTag.lastIndex = i;
        const m = endTag.exec(html);
        i = m ? m.index : html.length;
        rawEnd = m ? readTag(html, m.index + 2).end : html.length;
      }
      if (opens && stack.length >= maxDepth) {
        // too deep: the tag goes (a script or style with all it holds), its text stays
        if (RAW_TEXT.has(tag.name)) {
          drop(lt, rawEnd);
          i = rawEnd;
        } else {
          dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1);
          drop(lt, tag.end);
        }
      } else if (opens) {
        if (foreignAt < 0 && (tag.name === "svg" || tag.name === "math")) foreignAt = stack.length;
        stack.push(tag.name);
      }
    } else i = lt + 1;
  }
  if (from === 0) return html;
  kept.push(html.slice(from));
  return kept.join("");
}
