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
    const c = this.src[this.i];
    let q = { min: 1, max: 1 };
    if (c === "*") q = { min: 0, max: Infinity };
    else if (c === "+") q = { min: 1, max: Infinity };
    else if (c === "?") q = { min: 0, max: 1 };
    else if (c === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) throw new Unreadable();
      this.i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    } else return q;
    this.i++;
    if (this.src[this.i] === "?") this.i++; // lazy
    return q;
  }
}

class Unreadable extends Error {}

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
