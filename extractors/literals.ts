// The words a pattern cannot match without: "\b(?:signed|signs|inked)\b" needs "signed", "signs" or
// "inked" in the text. A list of cue patterns run over every sentence (bilateral.ts) tries only the
// patterns whose words the sentence holds, found for all of them in one scan, and finds the same matches.
//
// `requiredLiterals(re)` reads the pattern's source: an AND of OR-sets of literal strings (lower case),
// each set holding a string every match contains or a positive lookahead sees, within the text searched.
// It knows what the cue patterns use (alternation, groups, quantifiers, classes, escapes, lookarounds) and
// gives up (no condition) on anything else, so it can only under-require, never make a match missed.

/** An AND of OR-sets: a text may match only if, for every set, it holds one of the set's strings. */
export type Requirement = string[][];

// shortest string a set may hold: shorter ones ("is", "no") are in most sentences and cost a scan for nothing
const MIN_LITERAL = 3;

interface Parsed {
  /** The conditions every match of this part needs. */
  req: Requirement;
}

class Reader {
  i = 0;
  constructor(
    readonly src: string,
    /** Case-insensitive under the u flag: "k" and "s" also match non-ASCII letters lower-casing does not give. */
    readonly foldsBeyondAscii: boolean,
  ) {}

  /** Disjunction := Alternative ('|' Alternative)* — one set: the best set of each alternative, joined. */
  disjunction(): Parsed {
    const alternatives: Requirement[] = [this.alternative()];
    while (this.src[this.i] === "|") {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return { req: alternatives[0] };
    const joined: string[] = [];
    for (const req of alternatives) {
      const best = bestSet(req);
      if (!best) return { req: [] };
      joined.push(...best);
    }
    return { req: [dedupe(joined)] };
  }

  /** Alternative := Term*: literal characters in a row make one string; each group adds its sets. */
  alternative(): Requirement {
    const req: Requirement = [];
    let run = "";
    const endRun = () => {
      // (a part of a string a match holds is held too: the spaces at its ends are dropped)
      const held = run.trim();
      if (held.length >= MIN_LITERAL) req.push([held]);
      run = "";
    };
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      const q = this.quantifier();
      if (atom.kind === "char") {
        if (q.min === 0) endRun();
        else if (q.max === 1) run += atom.char;
        else {
          run += atom.char;
          endRun();
        }
      } else {
        endRun();
        if (atom.kind === "group" && q.min > 0) req.push(...atom.req);
        if (atom.kind === "lookahead" && q.min > 0) req.push(...atom.req);
      }
    }
    endRun();
    return req;
  }

  atom(): { kind: "char"; char: string } | { kind: "group" | "lookahead"; req: Requirement } | { kind: "other" } {
    const c = this.src[this.i];
    if (c === "(") {
      this.i++;
      let kind: "group" | "lookahead" | "other" = "group";
      if (this.src.startsWith("?:", this.i)) this.i += 2;
      else if (this.src.startsWith("?=", this.i)) {
        this.i += 2;
        kind = "lookahead";
      } else if (this.src.startsWith("?!", this.i) || this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) {
        this.i += this.src[this.i + 1] === "<" ? 3 : 2;
        kind = "other";
      } else if (this.src.startsWith("?<", this.i)) {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Unreadable();
        this.i = close + 1;
      } else if (this.src[this.i] === "?") throw new Unreadable();
      const inner = this.disjunction();
      if (this.src[this.i] !== ")") throw new Unreadable();
      this.i++;
      return kind === "other" ? { kind } : { kind, req: inner.req };
    }
    if (c === "[") {
      // a class: any of its characters, no literal
      this.i++;
      if (this.src[this.i] === "^") this.i++;
      if (this.src[this.i] === "]") this.i++;
      while (this.i < this.src.length && this.src[this.i] !== "]") this.i += this.src[this.i] === "\\" ? 2 : 1;
      if (this.src[this.i] !== "]") throw new Unreadable();
      this.i++;
      return { kind: "other" };
    }
    if (c === "\\") {
      const e = this.src[this.i + 1];
      if (e === undefined) throw new Unreadable();
      if (/^[pPk]$/.test(e) && this.src[this.i + 2] === "{") {
        const close = this.src.indexOf("}", this.i);
        if (close < 0) throw new Unreadable();
        this.i = close + 1;
        return { kind: "other" };
      }
      if (e === "k" && this.src[this.i + 2] === "<") {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Unreadable();
        this.i = close + 1;
        return { kind: "other" };
      }
      // \xHH, \uHHHH, \cX and the like are no literal here (a class or a code this reading does not decode)
      if (/^[A-Za-z0-9]$/.test(e)) {
        this.i += 2;
        if (e === "x") this.i += 2;
        else if (e === "u") this.i += this.src[this.i] === "{" ? this.src.indexOf("}", this.i) - this.i + 1 : 4;
        else if (e === "c") this.i += 1;
        return { kind: "other" };
      }
      // an escaped mark is that mark
      this.i += 2;
      return { kind: "char", char: e };
    }
    if (c === "." || c === "^" || c === "$") {
      this.i++;
      return { kind: "other" };
    }
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "]" || c === "}") throw new Unreadable();
    this.i++;
    // letters, digits, spaces and marks of ASCII are themselves (lower-cased: the sentences are searched so);
    // anything else may match more than its lower case under case folding
    if (c.charCodeAt(0) >= 0x80 || (this.foldsBeyondAscii && /[ksKS]/.test(c))) return { kind: "other" };
    return { kind: "char", char: c.toLowerCase() };
  }

  quantifier(): { min: number; max: number } {
    return readQuantifier(this);
  }
}

class Unreadable extends Error {}

/** The quantifier at `reader.i` ("*", "+", "?", "{m,n}", lazy or not; none: once), read past. */
function readQuantifier(reader: { readonly src: string; i: number }): { min: number; max: number } {
  const c = reader.src[reader.i];
  let q = { min: 1, max: 1 };
  if (c === "*") q = { min: 0, max: Infinity };
  else if (c === "+") q = { min: 1, max: Infinity };
  else if (c === "?") q = { min: 0, max: 1 };
  else if (c === "{") {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(reader.src.slice(reader.i));
    if (!m) throw new Unreadable();
    reader.i += m[0].length - 1;
    q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
  } else return q;
  reader.i++;
  if (reader.src[reader.i] === "?") reader.i++; // lazy
  return q;
}

const dedupe = (xs: string[]) => [...new Set(xs)];

/** Of a requirement's sets, the most telling: the one whose shortest string is longest. */
function bestSet(req: Requirement): string[] | null {
  let best: string[] | null = null;
  let bestLen = -1;
  for (const set of req) {
    const len = Math.min(...set.map((s) => s.length));
    if (len > bestLen) {
      best = set;
      bestLen = len;
    }
  }
  return best;
}

/**
 * The literal strings every match of `re` needs in the text it runs on (lower case): an AND of OR-sets,
 * each string at least MIN_LITERAL long and trimmed of spaces; [] when the pattern asks for none this reading sees.
 */
export function requiredLiterals(re: RegExp): Requirement {
  try {
    const reader = new Reader(re.source, re.ignoreCase && (re.unicode || re.flags.includes("v")));
    const { req } = reader.disjunction();
    if (reader.i !== re.source.length) return [];
    const out: Requirement = [];
    for (const set of req) if (set.every((s) => s.length >= MIN_LITERAL)) out.push(dedupe(set));
    return out;
  } catch (err) {
    if (err instanceof Unreadable) return [];
    throw err;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A test of many patterns' requirements at once: `holds(text)` scans `text` once for every string any of
 * them needs and returns, per pattern, whether the text holds what it needs (false: the pattern cannot match).
 */
export function literalFilter(patterns: readonly RegExp[]): (text: string) => boolean[] {
  const reqs = patterns.map(requiredLiterals);
  const all = dedupe(reqs.flat(2)).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!all.length) return () => patterns.map(() => true);
  // each set of each pattern, numbered; per string, the sets it satisfies: its own, and those of every
  // string that is a beginning of it (the scan reports the longest string at each place, alternatives
  // longest first, and goes on from the next place, not from the match's end, so a string starting inside
  // another is found too: a lookahead that consumes nothing does the same, twice as slowly)
  const setsOf = new Map<string, number[]>(all.map((s) => [s, []]));
  const setCount: number[] = [];
  let sets = 0;
  for (const req of reqs) {
    setCount.push(req.length);
    for (const set of req) {
      for (const s of set) for (const longer of all) if (longer.startsWith(s) && !setsOf.get(longer)!.includes(sets)) setsOf.get(longer)!.push(sets);
      sets++;
    }
  }
  const scan = new RegExp(`(${all.map(escape).join("|")})`, "gi");
  const held = new Uint8Array(sets);
  return (text: string) => {
    held.fill(0);
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) {
      const found = setsOf.get(m[1]) ?? setsOf.get(m[1].toLowerCase())!;
      for (let k = 0; k < found.length; k++) held[found[k]] = 1;
      scan.lastIndex = m.index + 1;
    }
    const out: boolean[] = [];
    let at = 0;
    for (const n of setCount) {
      let ok = true;
      for (let k = at; k < at + n; k++) if (held[k] === 0) ok = false;
      out.push(ok);
      at += n;
    }
    return out;
  };
}

// ---------- the strings a match begins with ----------
//
// `leadingStrings(source, k)`: every string of at most k characters that a match of `source` may begin
// with (case-sensitive, no flags): a text position where none of them starts cannot start a match, so a
// scan may try the pattern only where one does (dates.ts). Lookarounds and \b are read as matching
// nothing (which only adds strings); a class too large to list, ".", a back-reference or anything this
// reading does not know ends the string there (it then stands for itself and anything after), so the set
// can only hold too many strings, never too few.

/** Strings a part may match whole (`open`, shorter than k) or begin with (`closed`: k long, or cut short by a wildcard). */
interface Leading {
  open: Set<string>;
  closed: Set<string>;
}

// a class of more characters than this is a wildcard ("\w", "[^,]"); the whole set is given up past LEADING_CAP strings
const CLASS_CAP = 40;
const LEADING_CAP = 20000;
const WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
const DIGITS = "0123456789";
const WHITESPACE_CODES = new Set(Array.from(WHITESPACE, (c) => c.charCodeAt(0)));

/**
 * The leading strings are folded: every digit is "0" and every white space " " (so "\\d{4}" is one string, "0000", and
 * "the\\s+week" a few); a text is folded alike, a character code at a time, before it is compared with them.
 */
export function foldCode(c: number): number {
  return c < 128 ? FOLDED_ASCII[c] : WHITESPACE_CODES.has(c) ? 0x20 : c;
}
const FOLDED_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 0x30 && c <= 0x39 ? 0x30 : WHITESPACE_CODES.has(c) ? 0x20 : c));
const foldChar = (c: string) => String.fromCharCode(foldCode(c.charCodeAt(0)));
const EMPTY: Leading = { open: new Set([""]), closed: new Set() };
const WILD: Leading = { open: new Set(), closed: new Set([""]) };

class TooMany extends Error {}

/** What a group (its source, with the budget it was read for) begins with: the sets are only read, never changed. */
const GROUPS_READ = new Map<string, Leading>();

/** The offset just past the group that opens at `open` (a "("), over escapes and classes; the source's end if unclosed. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return src.length;
}

class LeadingReader {
  i = 0;
  constructor(
    readonly src: string,
    public k: number,
  ) {}

  disjunction(): Leading {
    const out: Leading = { open: new Set(), closed: new Set() };
    for (;;) {
      const alt = this.alternative();
      for (const s of alt.open) out.open.add(s);
      for (const s of alt.closed) out.closed.add(s);
      if (this.src[this.i] !== "|") return out;
      this.i++;
    }
  }

  alternative(): Leading {
    const k = this.k;
    let cur: Leading = { open: new Set([""]), closed: new Set() };
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      // the next part is read for as many characters as the shortest string so far still lacks (none, once all are
      // k long: what follows is then only moved past), so a long tail does not multiply strings nobody needs
      let shortest = k;
      for (const s of cur.open) shortest = Math.min(shortest, s.length);
      this.k = k - shortest;
      const atom = this.atom();
      const q = this.quantifier();
      this.k = k;
      // (every string k long already: the part is only moved past)
      if (cur.open.size) cur = this.repeat(cur, atom, q.min, q.max);
    }
    return cur;
  }

  /** `cur` followed by `atom` repeated min to max times. */
  repeat(cur: Leading, atom: Leading, min: number, max: number): Leading {
    // each repetition that matches something adds a character: past k + 1 of them nothing new is reachable
    const bound = this.k + 1;
    for (let j = 0; j < Math.min(min, bound); j++) cur = this.then(cur, atom);
    if (max === min) return cur;
    const acc: Leading = { open: new Set(cur.open), closed: new Set(cur.closed) };
    for (let j = min; j < Math.min(max, min + bound); j++) {
      cur = this.then(cur, atom);
      for (const s of cur.open) acc.open.add(s);
      for (const s of cur.closed) acc.closed.add(s);
    }
    return acc;
  }

  /** `a` followed by `b`. */
  then(a: Leading, b: Leading): Leading {
    const out: Leading = { open: new Set(), closed: new Set(a.closed) };
    for (const s of a.open) {
      for (const t of b.open) {
        const st = s + t;
        if (st.length >= this.k) out.closed.add(st.slice(0, this.k));
        else out.open.add(st);
      }
      for (const t of b.closed) out.closed.add((s + t).slice(0, this.k));
    }
    if (out.open.size + out.closed.size > LEADING_CAP) throw new TooMany();
    return out;
  }

  chars(set: string): Leading {
    if (this.k === 0) return WILD;
    const chars = new Set(Array.from(set, foldChar));
    if (chars.size > CLASS_CAP) return WILD;
    return this.k > 1 ? { open: chars, closed: new Set() } : { open: new Set(), closed: chars };
  }

  atom(): Leading {
    const c = this.src[this.i];
    if (c === "(") {
      // (the patterns share their large groups, months, weekdays, numbers: each is read once for each budget)
      const close = groupEnd(this.src, this.i);
      const key = `${this.k}:${this.src.slice(this.i, close)}`;
      const known = GROUPS_READ.get(key);
      if (known) {
        this.i = close;
        return known;
      }
      const read = this.group();
      if (this.i !== close) throw new Unreadable();
      GROUPS_READ.set(key, read);
      return read;
    }
    return this.nonGroup();
  }

  group(): Leading {
    {
      this.i++;
      let zeroWidth = false;
      if (this.src.startsWith("?:", this.i)) this.i += 2;
      else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?!", this.i)) {
        this.i += 2;
        zeroWidth = true;
      } else if (this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) {
        this.i += 3;
        zeroWidth = true;
      } else if (this.src.startsWith("?<", this.i)) {
        const close = this.src.indexOf(">", this.i);
        if (close < 0) throw new Unreadable();
        this.i = close + 1;
      } else if (this.src[this.i] === "?") throw new Unreadable();
      // (a lookaround's own strings are not wanted: read with k = 0, it only moves past them)
      const k = this.k;
      if (zeroWidth) this.k = 0;
      const inner = this.disjunction();
      this.k = k;
      if (this.src[this.i] !== ")") throw new Unreadable();
      this.i++;
      return zeroWidth ? EMPTY : inner;
    }
  }

  nonGroup(): Leading {
    const c = this.src[this.i];
    if (c === "[") return this.charClass();
    if (c === "\\") {
      const e = this.src[this.i + 1];
      if (e === undefined) throw new Unreadable();
      this.i += 2;
      if (e === "d") return this.chars(DIGITS);
      if (e === "s") return this.chars(WHITESPACE);
      if (e === "b" || e === "B") return EMPTY;
      if (e === "n") return this.chars("\n");
      if (e === "t") return this.chars("\t");
      if (e === "r") return this.chars("\r");
      // \w, \D, \S, \W, \p{…}, back-references, \uHHHH and the like: a wildcard
      if (/^[A-Za-z0-9]$/.test(e)) {
        if (/^[pPk]$/.test(e) && /^[{<]/.test(this.src[this.i] ?? "")) this.i = this.src.indexOf(e === "k" ? ">" : "}", this.i) + 1;
        else if (e === "x") this.i += 2;
        else if (e === "u") this.i += 4;
        else if (e === "c") this.i += 1;
        return WILD;
      }
      return this.chars(e);
    }
    if (c === "^" || c === "$") {
      this.i++;
      return EMPTY;
    }
    if (c === ".") {
      this.i++;
      return WILD;
    }
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "]" || c === "}") throw new Unreadable();
    this.i++;
    return this.chars(c);
  }

  /** "[…]": its characters listed; a negated or large class is a wildcard. */
  charClass(): Leading {
    this.i++;
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    let set = "";
    let wild = negated;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      let from: string;
      if (this.src[this.i] === "\\") {
        const e = this.src[this.i + 1];
        this.i += 2;
        if (e === "d") {
          set += DIGITS;
          continue;
        }
        if (e === "s") {
          set += WHITESPACE;
          continue;
        }
        if (e === "n" || e === "t" || e === "r") from = e === "n" ? "\n" : e === "t" ? "\t" : "\r";
        else if (/^[A-Za-z0-9]$/.test(e)) {
          // \w, \p{…}, \uHHHH inside a class: too many to list
          if (e === "u") this.i += 4;
          else if (e === "x") this.i += 2;
          else if ((e === "p" || e === "P") && this.src[this.i] === "{") this.i = this.src.indexOf("}", this.i) + 1;
          wild = true;
          continue;
        } else from = e;
      } else from = this.src[this.i++];
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++];
        if (to === "\\") to = this.src[this.i++];
        const a = from.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > CLASS_CAP) wild = true;
        else for (let x = a; x <= b; x++) set += String.fromCharCode(x);
      } else set += from;
    }
    if (this.src[this.i] !== "]") throw new Unreadable();
    this.i++;
    return wild ? WILD : this.chars(set);
  }

  quantifier(): { min: number; max: number } {
    return readQuantifier(this);
  }
}

/**
 * The strings (folded: foldCode) of at most `k` characters some match of `source` (no flags) begins with: a match may start only where
 * the folded text begins with one of them (a shorter one: the whole match, or a beginning before a wildcard). Null when this reading
 * cannot tell (a match may begin with anything, or the pattern is beyond it).
 */
export function leadingStrings(source: string, k: number): string[] | null {
  try {
    const reader = new LeadingReader(source, k);
    const { open, closed } = reader.disjunction();
    if (reader.i !== source.length) return null;
    const all = new Set([...open, ...closed]);
    if (all.has("")) return null;
    return [...all];
  } catch (err) {
    if (err instanceof Unreadable || err instanceof TooMany) return null;
    throw err;
  }
}

/** A short key of a pattern's source (FNV-1a, 32 bits): what strings read from it were read from. */
export function sourceKey(source: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < source.length; i++) h = Math.imul(h ^ source.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
