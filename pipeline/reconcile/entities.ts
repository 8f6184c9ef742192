// Entities: name mentions merged across articles into canonical entities, with the name-variant conflicts.
import { COUNTRIES } from "../../extractors/lexicon/countries.js";
import { NAME_PARTICLES } from "../../extractors/lexicon/name-matching.js";
import { DOUBLING_SCRIPT_COUNTRIES } from "../../extractors/lexicon/romanisation.js";
import { editDistance } from "../../extractors/names.js";
import { compareNames, doublesConsonant, foldName, heardAlike, isListedName, phoneticKey } from "../names.js";
import type { CanonicalEntity, Conflict, EntityType, Evidence } from "../schemas.js";
import { bySpan, hashId, nameTokens, nameWords, sidesOf } from "./common.js";
import type { Contribution, ReconcileOptions } from "./contributions.js";


// two spellings compared once per process, however many articles repeat them (compareNames is pure);
// looked up by each spelling in turn, so the 140k pairs of 10k articles make no key strings
const relationMemo = new Map<string, Map<string, ReturnType<typeof compareNames>>>();
let relationCount = 0;
function relationOf(a: string, b: string) {
  let ofA = relationMemo.get(a);
  if (ofA === undefined) {
    if (relationCount > 200_000) {
      relationMemo.clear();
      relationCount = 0;
    }
    relationMemo.set(a, (ofA = new Map()));
  }
  let r = ofA.get(b);
  if (r === undefined) {
    ofA.set(b, (r = compareNames(a, b)));
    relationCount++;
  }
  return r;
}

interface Form {
  key: string;
  /** The article a lone person's word belongs to ("Garrett" in one report is that report's Garrett); null for full names. */
  scope: string | null;
  /** The articles whose extractor gave this spelling as a canonical name. */
  knownIn: Set<string>;
  display: string;
  type: EntityType;
  count: number;
  evidence: Evidence[];
  files: Set<string>;
  /** The file of its last mention: mentions come article by article, so a file already in `files` is skipped without a lookup. */
  lastFile: string | null;
  canonicals: Map<string, number>;
  /** Each spelling of its mentions, with how often it is written so. */
  displays: Map<string, number>;
  reference: string | null;
}

// buildEntities runs its steps one after another, each a function of its own: V8 compiles a loop
// that runs long (on-stack replacement) with the whole function around it, and one function of all
// the steps was compiled ten times over, at 0.2–0.8 s of CPU a run at 10,000 articles

// a lone word naming a person is a short form that only its own article can resolve: "Garrett" is
// Wendy Garrett in one report and Myles Garrett in another, so it is keyed per article; across
// articles only full names are compared
const scopeOf = (type: EntityType, toks: readonly string[], file: string | null) => (type === "person" && toks.length === 1 && file ? file : null);
const formKey = (type: EntityType, s: string, file: string | null = null) => {
  const toks = nameTokens(s);
  const scope = scopeOf(type, toks, file);
  return `${type}:${nameWords(s)}${scope ? `@${scope}` : ""}`;
};
/** A form's words without its article: the same lone word in every article that writes it. */
const wordsOf = (f: Form) => (f.scope ? f.key.slice(0, f.key.indexOf("@")) : f.key);

/** Every spelling's form, with its mentions counted and kept. */
class FormTable {
  readonly forms = new Map<string, Form>();
  // the form of each spelling no article scopes (all but a lone word naming a person), by type: found
  // once per spelling, not by making its key again for each of 300k mentions
  private readonly unscoped = new Map<EntityType, Map<string, Form>>();
  // and the lone words naming a person in the article being read (`inFile`), by spelling: its key holds the article's name
  private inFile: string | null = null;
  private readonly lone = new Map<string, Form>();

  /** Mentions come article by article: the lone words of the last one are let go. */
  startArticle(file: string | null) {
    this.inFile = file;
    this.lone.clear();
  }

  add(type: EntityType, s: string, evidence: Evidence | null, canonical: string | null, file: string | null = evidence?.file ?? null): Form | null {
    let ofType = this.unscoped.get(type);
    if (!ofType) this.unscoped.set(type, (ofType = new Map()));
    let f = ofType.get(s);
    if (!f && type === "person" && file !== null && file === this.inFile) f = this.lone.get(s);
    if (!f) {
      const toks = nameTokens(s);
      if (!toks.length) return null;
      const scope = scopeOf(type, toks, file);
      const key = `${type}:${nameWords(s)}${scope ? `@${scope}` : ""}`;
      f = this.forms.get(key);
      if (!f) {
        f = { key, scope, knownIn: new Set(), display: s, type, count: 0, evidence: [], files: new Set(), lastFile: null, canonicals: new Map(), displays: new Map(), reference: null };
        this.forms.set(key, f);
      }
      if (!(type === "person" && toks.length === 1)) ofType.set(s, f);
      else if (file !== null && file === this.inFile) this.lone.set(s, f);
    }
    if (file && !evidence) f.knownIn.add(file);
    if (evidence) {
      f.count++;
      f.evidence.push(evidence);
      if (f.lastFile !== evidence.file) {
        f.files.add(evidence.file);
        f.lastFile = evidence.file;
      }
      f.displays.set(s, (f.displays.get(s) ?? 0) + 1);
    }
    if (canonical) f.canonicals.set(canonical, (f.canonicals.get(canonical) ?? 0) + 1);
    return f;
  }
}

/** The forms of every mention, of the reference list and of the gazetteer, each with its display spelling and reference name. */
function collectForms(contributions: readonly Contribution[], opts: ReconcileOptions) {
  const table = new FormTable();
  addMentions(table, contributions);
  // reference names are people; each variant the reference lists is a known spelling, not a misspelling
  const refs = new Map<string, string>();
  for (const r of opts.reference ?? []) {
    for (const v of [r.name, ...(r.variants ?? [])]) refs.set(nameTokens(v).join(" "), r.name);
    const f = table.add("person", r.name, null, null);
    if (f) f.reference = r.name;
  }
  // countries and capitals leave the names (they are parties, not entities) but stay known spellings: "Tripolli" is "Tripoli"
  const knownPlaces = new Set<string>();
  for (const c of COUNTRIES) {
    for (const n of [c.name, ...c.capitals]) {
      const f = table.add("place", n, null, null);
      if (f && !f.count) knownPlaces.add(f.key);
    }
  }
  const forms = table.forms;
  for (const f of forms.values()) {
    const d = [...f.displays.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (d) f.display = d[0];
    const ref = f.scope ? undefined : refs.get(f.key.slice(f.key.indexOf(":") + 1));
    if (ref && f.type === "person") f.reference = ref;
  }
  const all = [...forms.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  return { forms, all, knownPlaces };
}

function addMentions(table: FormTable, contributions: readonly Contribution[]) {
  for (const c of contributions) {
    table.startArticle(c.file);
    for (const n of c.names) {
      table.add(n.type, n.form, n.evidence, n.canonical);
      // a spelling's key is its type, words and (for a lone word) article: the same words, the same key
      if (n.canonical && nameWords(n.canonical) !== nameWords(n.form)) table.add(n.type, n.canonical, null, null, c.file);
    }
  }
  table.startArticle(null);
}

/** How well attested each word and spelling is: what decides which side of a look-alike pair is misspelt. */
function attestationOf(all: readonly Form[], forms: ReadonlyMap<string, Form>, knownPlaces: ReadonlySet<string>) {
  // token attestation: how often each word appears in attested names
  const tokenCount = new Map<string, number>();
  const inFullName = new Set<string>();
  for (const f of all) {
    const toks = nameTokens(f.display);
    for (const t of toks) tokenCount.set(t, (tokenCount.get(t) ?? 0) + f.count);
    if (toks.length >= 2 && f.count) toks.forEach((t) => inFullName.add(t));
  }
  // a spelling is known when the reference list has it, or an extractor gave it as a canonical name
  const canonicalOnly = new Set<string>();
  for (const f of all)
    for (const c of f.canonicals.keys()) {
      const k = formKey(f.type, c, f.scope);
      if (forms.get(k)?.count === 0) canonicalOnly.add(k);
    }
  const isRef = (f: Form) => Boolean(f.reference) || canonicalOnly.has(f.key) || knownPlaces.has(f.key);
  // a lone surname that ends an attested full name belongs to that person: "O'Neill" of "Peter O'Neill"
  const lastWords = new Set<string>();
  for (const g of all) {
    const t = nameTokens(g.display);
    if (g.count > 0 && t.length >= 2) lastWords.add(`${g.type}:${t.at(-1)}`);
  }
  const endsAttestedName = (f: Form) => {
    const t = nameTokens(f.display);
    return t.length === 1 && lastWords.has(`${f.type}:${t[0]}`);
  };
  return { tokenCount, inFullName, isRef, endsAttestedName };
}

const inSameArticle = (a: Form, b: Form) => {
  const [x, y] = a.files.size <= b.files.size ? [a.files, b.files] : [b.files, a.files];
  for (const file of x) if (y.has(file)) return true;
  return false;
};

const sameSides = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * Whether two forms' articles share a subject: the people and bodies each article names, and the
 * agreements it reports on (two articles that share none of them are about different things).
 */
function subjectsOf(all: readonly Form[], contributions: readonly Contribution[]) {
  // full names, bodies and agreements are numbered; a lone word's form belongs to one article (its
  // key holds the article's name), so it is kept apart
  const ids = new Map<string, number>();
  const idFor = (k: string) => {
    let i = ids.get(k);
    if (i === undefined) ids.set(k, (i = ids.size));
    return i;
  };
  const sharedIn = new Map<string, number[]>();
  const loneIn = new Map<string, Form[]>();
  numberForms(all, idFor, sharedIn, loneIn);
  numberAgreements(contributions, idFor, sharedIn);
  // a subject most articles name (the leading candidate of an election year, the country of a
  // national paper) says nothing about whether two articles are about one thing: only a subject
  // named in few articles ties two of them
  const df = new Uint32Array(ids.size);
  for (const list of sharedIn.values()) for (const id of list) df[id]++;
  const most = commonCutOff(contributions.length);
  const common = df.map((n) => (n > most ? 1 : 0));
  // what the articles of a form name, all together (two forms' articles share a subject when these
  // meet): the numbered names once per form, each once, so a check costs the smaller list, never a
  // pass over pairs of articles; a big list is looked up in a table of flags, made on first use
  interface Around {
    list: number[];
    has?: Uint8Array;
  }
  const around = new Map<Form, Around>();
  const sharedAround = (f: Form): Around => {
    let s = around.get(f);
    if (!s) {
      if (f.files.size === 1) s = { list: sharedIn.get(f.files.values().next().value!) ?? [] };
      else {
        const has = new Uint8Array(ids.size);
        const list: number[] = [];
        // a form named in many articles soon meets every numbered name: the rest of its articles add none
        for (const file of f.files) {
          for (const id of sharedIn.get(file) ?? [])
            if (!has[id]) {
              has[id] = 1;
              list.push(id);
            }
          if (list.length === ids.size) break;
        }
        s = { list, has };
      }
      around.set(f, s);
    }
    return s;
  };
  const holds = (s: Around, id: number) => {
    if (s.list.length <= 32) return s.list.includes(id);
    if (!s.has) {
      s.has = new Uint8Array(ids.size);
      for (const i of s.list) s.has[i] = 1;
    }
    return s.has[id] === 1;
  };
  const contextAgrees = (a: Form, b: Form) => {
    const ka = ids.get(a.key) ?? -1;
    const kb = ids.get(b.key) ?? -1;
    const [x, y] = sharedAround(a).list.length <= sharedAround(b).list.length ? [sharedAround(a), sharedAround(b)] : [sharedAround(b), sharedAround(a)];
    for (const id of x.list) if (id !== ka && id !== kb && !common[id] && holds(y, id)) return true;
    // a lone word named in an article of each (another than these two)
    const [fx, fy] = a.files.size <= b.files.size ? [a.files, b.files] : [b.files, a.files];
    for (const file of fx) for (const k of loneIn.get(file) ?? []) if (k !== a && k !== b) for (const g of k.files) if (fy.has(g)) return true;
    return false;
  };
  return contextAgrees;
}

/**
 * How many articles may name a subject that still ties two of them: a dozen, or 3 % of a large run
 * taken in steps of a hundred articles (3 % of the run's size rounded down to a hundred: 30 from
 * 1,000 to 1,099 articles, 300 from 10,000 to 10,099). Between two steps an added or removed article
 * leaves the cut-off where it is, so which subjects are common changes only where that article's
 * own subjects cross it, never all at once: what an incremental merge of the entities needs. At a
 * whole hundred it is the plain 3 % (the cut-off it replaces was ceil(3 % of the size), which moved
 * with every 33rd article).
 */
export const commonCutOff = (articles: number): number => Math.max(12, 3 * Math.floor(articles / 100));

/**
 * "Kristen Gillibrand" and "Kirsten Gillibrand", "Qunnipiac University" and "Quinnipiac University":
 * two names of two or more words alike but for one slip, the rest written the same, agree on who or
 * what they name whatever else their articles share.
 */
function restOfNameAgrees(a: Form, b: Form): boolean {
  const ta = nameTokens(a.display);
  const tb = nameTokens(b.display);
  if (ta.length < 2 || ta.length !== tb.length) return false;
  const differ = ta.filter((w, i) => w !== tb[i]).length;
  return differ === 1 && ta.some((w, i) => w === tb[i] && w.length >= 3 && !NAME_PARTICLES.has(w));
}

function numberForms(all: readonly Form[], idFor: (k: string) => number, sharedIn: Map<string, number[]>, loneIn: Map<string, Form[]>) {
  for (const f of all)
    if (f.count && f.type !== "place") {
      const id = f.scope ? -1 : idFor(f.key);
      for (const file of f.files) {
        if (f.scope) (loneIn.get(file) ?? loneIn.set(file, []).get(file)!).push(f);
        else (sharedIn.get(file) ?? sharedIn.set(file, []).get(file)!).push(id);
      }
    }
}

function numberAgreements(contributions: readonly Contribution[], idFor: (k: string) => number, sharedIn: Map<string, number[]>) {
  for (const c of contributions) {
    if (!c.events.length) continue;
    const list = sharedIn.get(c.file) ?? sharedIn.set(c.file, []).get(c.file)!;
    // an article's events mostly name the same sides one after another: those add nothing new
    let last: readonly string[] | undefined;
    for (const e of c.events) {
      if (last && sameSides(last, e.parties)) continue;
      last = e.parties;
      const id = idFor(`agreement:${sidesOf(e.parties)}`);
      if (!list.includes(id)) list.push(id);
    }
  }
}

/** Candidate pairs share a word or a word's phonetic key: the forms by each such key. */
function bucketsOf(all: readonly Form[]): Map<string, Form[]> {
  const buckets = new Map<string, Form[]>();
  for (const f of all) {
    for (const t of nameTokens(f.display)) {
      if (t.length < 3 || NAME_PARTICLES.has(t)) continue; // "de", "von": shared by unrelated names
      // and long words their first five letters: a slip late in a word may change its key ("Sinkevicus": c before u),
      // and their first three and last two: a slip in the middle changes both ("Vandermot" / "Vanlermot": n for d)
      for (const k of [`w:${t}`, `k:${t[0]}${phoneticKey(t)}`, ...(t.length >= 7 ? [`p:${t.slice(0, 5)}`, `e:${t.slice(0, 3)}${t.slice(-2)}`] : [])]) {
        if (!buckets.has(k)) buckets.set(k, []);
        buckets.get(k)!.push(f);
      }
    }
  }
  return buckets;
}

/** The pairs of forms in a bucket together that see each other (`sees`, both ways). */
function candidatePairs(buckets: ReadonlyMap<string, Form[]>, sees: (a: Form, b: Form) => boolean): Array<{ a: Form; b: Form }> {
  const pairs: Array<{ a: Form; b: Form }> = [];
  const tried = new Map<Form, Set<Form>>();
  /** `once`: the caller meets this pair nowhere else, so it need not be remembered. */
  const tryPair = (x: Form, y: Form, once = false) => {
    const [a, b] = x.key < y.key ? [x, y] : [y, x];
    if (a.key === b.key || a.type !== b.type) return;
    if (!once) {
      const seen = tried.get(a) ?? tried.set(a, new Set()).get(a)!;
      if (seen.has(b)) return;
      seen.add(b);
    }
    if (!(sees(a, b) && sees(b, a))) return;
    pairs.push({ a, b });
  };
  // a lone word's forms (one per article) have the same words, so they are in the same buckets: a
  // full name and a lone word, or two lone words, are met as groups in the first bucket they share
  // only, and each pair of their forms is tried there once
  const metWords = new Map<Form, Set<string>>();
  const metPairs = new Set<string>();
  for (const list of buckets.values()) {
    // the same lone word in many articles never pairs with itself (seesForm): those forms are met
    // as one group, so a word every article repeats costs one pass, not one per pair of articles
    const full: Form[] = [];
    const lone = new Map<string, Form[]>();
    for (const f of new Set(list)) {
      if (!f.scope) full.push(f);
      else (lone.get(wordsOf(f)) ?? lone.set(wordsOf(f), []).get(wordsOf(f))!).push(f);
    }
    const groups = [...lone.entries()];
    for (let i = 0; i < full.length; i++) {
      for (let j = i + 1; j < full.length; j++) tryPair(full[i], full[j]);
      const met = metWords.get(full[i]) ?? metWords.set(full[i], new Set()).get(full[i])!;
      for (const [w, g] of groups) {
        if (met.has(w)) continue;
        met.add(w);
        for (const f of g) tryPair(full[i], f, true);
      }
    }
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const [wi, gi] = groups[i];
        const [wj, gj] = groups[j];
        const k = wi < wj ? `${wi}\u0000${wj}` : `${wj}\u0000${wi}`;
        if (metPairs.has(k)) continue;
        metPairs.add(k);
        for (const x of gi) for (const y of gj) tryPair(x, y, true);
      }
  }
  return pairs;
}

/** Union-find over forms of one entity: the root of a set is the smallest key joined. */
class FormSets {
  private readonly parent = new Map<string, string>();
  constructor(all: readonly Form[]) {
    for (const f of all) this.parent.set(f.key, f.key);
  }
  find(k: string): string {
    const parent = this.parent;
    let r = k;
    while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!;
    // each form on the way now points at the root (the root stays the same: the smallest key joined)
    for (let x = k; x !== r; ) {
      const next = parent.get(x)!;
      parent.set(x, r);
      x = next;
    }
    return r;
  }
  union(a: string, b: string) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

/** Whether `x1 + y1 < x2 + y2` (code unit order, as `<` compares strings), without joining them. */
export function catLess(x1: string, y1: string, x2: string, y2: string): boolean {
  const n1 = x1.length + y1.length;
  const n2 = x2.length + y2.length;
  const n = Math.min(n1, n2);
  for (let i = 0; i < n; i++) {
    const c1 = i < x1.length ? x1.charCodeAt(i) : y1.charCodeAt(i - x1.length);
    const c2 = i < x2.length ? x2.charCodeAt(i) : y2.charCodeAt(i - x2.length);
    if (c1 !== c2) return c1 < c2;
  }
  return n1 < n2;
}

interface Variant {
  variant: Form;
  target: Form;
  pairs: Array<[string, string]>;
  tied: boolean;
  reason: "known" | "articles" | "attested" | "full-name" | "listed" | "tied";
  /** The first slip a second slip of the same name was found one letter from (onwardTarget). */
  via?: Form;
}

type Attestation = ReturnType<typeof attestationOf>;

/**
 * What each pair is: a romanised pair is joined at once; a variant is noted under its misspelt
 * side, a short form under its short side (resolved later, in the order of each short form's first pair).
 */
function classifyPairs(pairs: ReadonlyArray<{ a: Form; b: Form }>, sets: FormSets, att: Attestation, writtenFromScript: (f: Form) => boolean) {
  const { tokenCount, inFullName, isRef, endsAttestedName } = att;
  const variants = new Map<string, Variant[]>();
  // the pairs are met in any order: what follows depends only on which pairs there are, except
  // the order short forms are resolved in (each may join what a later one finds), which is that of
  // each short form's first pair by its keys (a.key + b.key), as a sort of every pair would give
  // (the first pair's keys kept as two strings, compared as if joined: catLess)
  const longsOf = new Map<string, { first: [string, string]; longs: Form[] }>();
  for (const { a, b } of pairs) {
    const rel = relationOf(a.display, b.display);
    if (rel.kind === "short_form") {
      const [s, l] = rel.shorter === "a" ? [a, b] : [b, a];
      const known = longsOf.get(s.key);
      if (!known) longsOf.set(s.key, { first: [a.key, b.key], longs: [l] });
      else {
        known.longs.push(l);
        if (catLess(a.key, b.key, known.first[0], known.first[1])) known.first = [a.key, b.key];
      }
      continue;
    }
    // one name romanised two ways is one entity, and nothing to correct
    if (rel.kind === "romanised") {
      sets.union(a.key, b.key);
      continue;
    }
    // a consonant doubled or not in the name of an official the reference list gives a country whose script has
    // no Latin letters ("Massoud" / "Masoud Pezeshkian") is one name romanised two ways; "Borell" for a
    // Latin-script "Borrell" stays a slip
    if (rel.kind === "variant" && (writtenFromScript(a) || writtenFromScript(b)) && rel.pairs.every(([x, y]) => doublesConsonant(x, y))) {
      sets.union(a.key, b.key);
      continue;
    }
    // a whole name written by ear ("Moli Phi") beside its usual spelling in the same article
    const heard = rel.kind === "different" && inSameArticle(a, b) ? heardAlike(a.display, b.display) : null;
    const pairsOf = rel.kind === "variant" ? rel.pairs : heard;
    if (!pairsOf) continue;
    // which side is misspelt: the reference decides, then attestation of the differing words
    let wrong: Form;
    let right: Form;
    let tied = false;
    let reason: Variant["reason"] = "known";
    const score = (side: 0 | 1) => pairsOf.reduce((s, p) => s + (tokenCount.get(p[side]) ?? 0), 0);
    const full = (side: 0 | 1) => pairsOf.filter((p) => inFullName.has(p[side])).length;
    // words the word lists know as names ("Molly") are the usual spelling of a name heard alike ("Moli")
    const listed = (side: 0 | 1) => pairsOf.filter((p) => isListedName(p[side])).length;
    // "O'Neill" (Peter O'Neill, attested) is not a misspelling of the reference list's "Clare O'Neil"
    if (isRef(a) !== isRef(b) && endsAttestedName(isRef(a) ? b : a)) continue;
    if (isRef(a) !== isRef(b)) [wrong, right] = isRef(a) ? [b, a] : [a, b];
    // one name spelt two ways ("Kirsten" / "Kristen Gillibrand"): the spelling more articles give the
    // whole name decides, before how often the word is written for anyone (other Kristens count there)
    else if (restOfNameAgrees(a, b) && a.files.size !== b.files.size) {
      [wrong, right] = a.files.size < b.files.size ? [a, b] : [b, a];
      reason = "articles";
    } else if (score(0) !== score(1)) {
      [wrong, right] = score(0) < score(1) ? [a, b] : [b, a];
      reason = "attested";
    } else if (full(0) !== full(1)) {
      [wrong, right] = full(0) < full(1) ? [a, b] : [b, a];
      reason = "full-name";
    } else if (listed(0) !== listed(1)) {
      [wrong, right] = listed(0) < listed(1) ? [a, b] : [b, a];
      reason = "listed";
    } else {
      [wrong, right] = [b, a];
      tied = true;
      reason = "tied";
    }
    if (!wrong.count) {
      sets.union(a.key, b.key); // nothing in the text to correct
      continue;
    }
    const ordered = wrong === a ? pairsOf : pairsOf.map(([x, y]) => [y, x] as [string, string]);
    if (!variants.has(wrong.key)) variants.set(wrong.key, []);
    variants.get(wrong.key)!.push({ variant: wrong, target: right, pairs: ordered, tied, reason });
  }
  const shortOf = new Map([...longsOf.entries()].sort((x, y) => (catLess(x[1].first[0], x[1].first[1], y[1].first[0], y[1].first[1]) ? -1 : 1)).map(([k, v]) => [k, v.longs]));
  return { variants, shortOf };
}

/** Which look-alike a misspelt form is taken for, and when it is not taken for it. */
function judgesOf(contributions: readonly Contribution[], opts: ReconcileOptions, isRef: (f: Form) => boolean) {
  // the countries each article's officials serve and its events' parties: what an article is about
  // (worked out for an article when first asked: only a lone word's variant asks, for a few articles)
  const contributionIn = new Map<string, Contribution>();
  for (const c of contributions) contributionIn.set(c.file, c);
  const countriesIn = new Map<string, Set<string>>();
  const countriesOf = (file: string): Set<string> | undefined => {
    let set = countriesIn.get(file);
    const c = contributionIn.get(file);
    if (set || !c) return set;
    set = new Set<string>();
    for (const t of c.titles) if (t.country) set.add(t.country);
    for (const e of c.events) for (const p of [...e.parties, ...(e.party ? [e.party] : [])]) set.add(p);
    countriesIn.set(file, set);
    return set;
  };
  const countryOfOfficial = new Map<string, string>();
  for (const r of opts.reference ?? []) if (r.country) countryOfOfficial.set(r.name, r.country);
  // a lone word one slip from a listed official is that official only where its article is about
  // their country: "Baden" of "the Treaty of Baden" in a history digest is not "Biden"
  const loneWordOffTopic = (v: Form, target: Form) => {
    const country = target.reference ? countryOfOfficial.get(target.reference) : undefined;
    if (v.type !== "person" || nameTokens(v.display).length !== 1 || !country) return false;
    return ![...v.files].some((file) => countriesOf(file)?.has(country));
  };
  const bestTarget = (list: Variant[]) =>
    [...list].sort(
      (a, b) =>
        Number(isRef(b.target)) - Number(isRef(a.target)) ||
        Number(inSameArticle(b.variant, b.target)) - Number(inSameArticle(a.variant, a.target)) ||
        Number(a.tied) - Number(b.tied) ||
        Number(nameTokens(b.target.display).length === nameTokens(b.variant.display).length) - Number(nameTokens(a.target.display).length === nameTokens(a.variant.display).length) ||
        b.target.count - a.target.count ||
        (a.target.key < b.target.key ? -1 : 1),
    )[0];
  // "Patrick McGinley" is no slip of a lone "McKinley" whose own article makes it Kevin McKinley: two people
  // (a name heard alike, "Moli Phi" of "Molly Fee", is the same person's name by ear, no other person)
  const anotherPerson = (v: Form, target: Form) => [...target.canonicals.keys()].some((c) => nameTokens(c).length >= 2 && compareNames(v.display, c).kind === "different" && !heardAlike(v.display, c));
  return { loneWordOffTopic, bestTarget, anotherPerson };
}

type Judges = ReturnType<typeof judgesOf>;

/**
 * The joins: a misspelt form its best target, a short form its one long form, what the extractor
 * called one entity, and lone words left unresolved with each other.
 */
function joinForms(
  all: readonly Form[],
  forms: ReadonlyMap<string, Form>,
  sets: FormSets,
  variants: ReadonlyMap<string, Variant[]>,
  shortOf: ReadonlyMap<string, Form[]>,
  judges: Judges,
  isRef: (f: Form) => boolean,
  contextAgrees: (a: Form, b: Form) => boolean,
) {
  // a misspelt form joins only its best target, and across articles only on a shared subject: a lone
  // "Garett" that looks like both "Wendy Garrett" and "Myles Garrett" must not make them one person
  for (const list of variants.values()) {
    const best = judges.bestTarget(list);
    const sameArticle = inSameArticle(best.variant, best.target);
    if (judges.loneWordOffTopic(best.variant, best.target) || judges.anotherPerson(best.variant, best.target)) continue;
    if (sameArticle || isRef(best.target) || contextAgrees(best.variant, best.target)) sets.union(best.variant.key, best.target.key);
  }
  joinShortForms(forms, sets, shortOf);
  joinCanonicals(all, forms, sets);
  joinLoose(all, sets);
}

/** A short form joins its long form only when it fits one long form ("Biden" of both Joe and Hunter fits none). */
function joinShortForms(forms: ReadonlyMap<string, Form>, sets: FormSets, shortOf: ReadonlyMap<string, Form[]>) {
  for (const [s, all_] of shortOf) {
    // a lone surname resolves first within its own article, and only failing that across articles
    const scope = forms.get(s)!.scope;
    const own = scope ? all_.filter((l) => l.files.has(scope) || l.knownIn.has(scope)) : [];
    const longs = own.length ? own : all_;
    // a long form that is itself short for another of them ("Hillary Clinton" of "Hillary Rodham
    // Clinton") is not a second person; one that is short only for names elsewhere still is
    const roots = new Set(longs.filter((l) => !(shortOf.get(l.key) ?? []).some((m) => longs.includes(m))).map((l) => sets.find(l.key)));
    if (roots.size === 1) sets.union(s, [...roots][0]);
  }
}

/**
 * What the entities extractor already called one entity; a lone surname that articles give to
 * two different full names ("Garrett": Myles in one, Wendy in another) joins neither.
 */
function joinCanonicals(all: readonly Form[], forms: ReadonlyMap<string, Form>, sets: FormSets) {
  for (const f of all) {
    const longer = [...f.canonicals.keys()].filter((c) => nameTokens(c).length > nameTokens(f.display).length);
    if (nameTokens(f.display).length === 1 && new Set(longer.map((c) => nameTokens(c).join(" "))).size > 1) continue;
    for (const c of f.canonicals.keys()) {
      const k = formKey(f.type, c, f.scope);
      if (forms.has(k) && relationOf(f.display, c).kind !== "different") sets.union(f.key, k);
    }
  }
}

/**
 * A lone surname its own article leaves unresolved is one entity with the same word left
 * unresolved elsewhere ("Morales" of no known full name), as one unscoped form would have been.
 */
function joinLoose(all: readonly Form[], sets: FormSets) {
  const resolved = new Set<string>();
  for (const f of all) if (f.count && !f.scope && nameTokens(f.display).length >= 2) resolved.add(sets.find(f.key));
  const loose = new Map<string, string>();
  for (const f of all) {
    if (!f.scope || resolved.has(sets.find(f.key))) continue;
    const first = loose.get(wordsOf(f));
    if (first) sets.union(first, f.key);
    else loose.set(wordsOf(f), f.key);
  }
}

/** The people some source gives an office, by entity. */
function officeHolders(contributions: readonly Contribution[], forms: ReadonlyMap<string, Form>, sets: FormSets): Set<string> {
  const holdsOffice = new Set<string>();
  for (const c of contributions)
    for (const t of c.titles) {
      const k = formKey("person", t.name, c.file);
      if (forms.has(k)) holdsOffice.add(sets.find(k));
    }
  return holdsOffice;
}

/** Clusters → canonical entities, and each form's canonical name (canonicalOfKey, filled). */
function entitiesOf(all: readonly Form[], sets: FormSets, misspelt: ReadonlySet<string>, canonicalOfKey: Map<string, string>): CanonicalEntity[] {
  const clusters = new Map<string, Form[]>();
  for (const f of all) {
    const r = sets.find(f.key);
    if (!clusters.has(r)) clusters.set(r, []);
    clusters.get(r)!.push(f);
  }
  const entities: CanonicalEntity[] = [];
  for (const members of clusters.values()) {
    const attested = members.filter((m) => m.count > 0);
    if (!attested.length) continue;
    const ref = members.find((m) => m.reference)?.reference;
    const votes = new Map<string, number>();
    for (const m of members) for (const [c, n] of m.canonicals) if (!misspelt.has(formKey(m.type, c, m.scope))) votes.set(c, (votes.get(c) ?? 0) + n);
    const voted = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const longest = attested.filter((m) => !misspelt.has(m.key)).sort((a, b) => nameTokens(b.display).length - nameTokens(a.display).length || b.count - a.count || (a.key < b.key ? -1 : 1))[0];
    const canonical = ref ?? voted ?? longest?.display ?? attested[0].display;
    const canonicalKey = nameTokens(canonical).join(" ");
    for (const m of members) canonicalOfKey.set(m.key, canonical);
    const vs = [...new Set(attested.flatMap((m) => [...m.displays.keys()]))].filter((v) => nameTokens(v).join(" ") !== canonicalKey || v !== canonical).sort();
    entities.push({ canonical, type: attested[0].type, variants: vs });
  }
  entities.sort((a, b) => (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : a.type < b.type ? -1 : 1));
  return entities;
}

export function buildEntities(contributions: readonly Contribution[], opts: ReconcileOptions, conflicts: Conflict[]): { entities: CanonicalEntity[]; nameOf: (name: string, file: string) => string } {
  const { forms, all, knownPlaces } = collectForms(contributions, opts);
  const att = attestationOf(all, forms, knownPlaces);
  const { tokenCount, isRef } = att;
  const subjectsAgree = subjectsOf(all, contributions);
  const contextAgrees = (a: Form, b: Form) => restOfNameAgrees(a, b) || subjectsAgree(a, b);

  // a per-article form is compared with what its own article names, with the reference list and
  // gazetteer (known everywhere), and with another article's names only where the two articles
  // share a subject (another person, body or agreement named in both)
  const seesForm = (a: Form, b: Form) => {
    if (!a.scope || b.scope === a.scope) return true;
    // the same lone word in two articles: nothing to compare (left unresolved, they are grouped below)
    if (b.scope && wordsOf(a) === wordsOf(b)) return false;
    return b.files.has(a.scope) || b.knownIn.has(a.scope) || Boolean(b.reference) || knownPlaces.has(b.key) || contextAgrees(a, b);
  };
  const pairs = candidatePairs(bucketsOf(all), seesForm);
  const sets = new FormSets(all);
  // the officials the reference list gives a country whose names news writes from another script
  const scripts = new Set(DOUBLING_SCRIPT_COUNTRIES);
  const fromScript = new Set((opts.reference ?? []).filter((r) => r.country && scripts.has(r.country)).map((r) => r.name));
  const { variants, shortOf } = classifyPairs(pairs, sets, att, (f) => f.reference !== null && fromScript.has(f.reference));
  const judges = judgesOf(contributions, opts, isRef);
  joinForms(all, forms, sets, variants, shortOf, judges, isRef, contextAgrees);
  const holdsOffice = officeHolders(contributions, forms, sets);
  const canonicalOfKey = new Map<string, string>();
  const entities = entitiesOf(all, sets, new Set(variants.keys()), canonicalOfKey);

  // one conflict per misspelt form, against its best target
  for (const [key, list] of [...variants.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const best = onwardTarget(judges.bestTarget(list), variants, judges.bestTarget);
    const v = best.variant;
    const fixes = new Map(best.pairs.map(([w, r]) => [w, r]));
    const canonical = v.display
      .split(/\s+/)
      .map((w) => {
        const fix = fixes.get(foldName(w).replace(/['’]s$/, ""));
        if (!fix) return w;
        const inTarget = best.target.display.split(/\s+/).find((t) => foldName(t) === fix);
        return inTarget ?? fix.charAt(0).toUpperCase() + fix.slice(1);
      })
      .join(" ");
    // the other side: the target's own mentions, else attested forms sharing the corrected words
    const targetSide = best.target.evidence.length
      ? best.target.evidence
      : all.filter((f) => f.count && f.key !== key && [...fixes.values()].some((r) => nameTokens(f.display).includes(r))).flatMap((f) => f.evidence);
    const sameArticle = targetSide.some((e) => v.files.has(e.file));
    // across articles a look-alike is a misspelling only where the articles share a subject: another
    // person or body named in both ("Garett" in a biology report is not "Myles Garrett" of a sports one)
    if (!sameArticle && !isRef(best.target) && !contextAgrees(v, best.target)) continue;
    // a lone surname one slip from another is weak evidence: it is a conflict only when the record
    // backs the person (the reference list, or an office some source gives them); a slip in a
    // scientist's or a player's surname joins the entity but is nothing for a reviewer to settle
    if (v.type === "person" && nameTokens(v.display).length === 1 && !isRef(best.target) && !holdsOffice.has(sets.find(best.target.key))) continue;
    // (a second slip is two letters from the right spelling: whether it is another person is asked of the slip it is one from)
    if (judges.loneWordOffTopic(v, best.target) || judges.anotherPerson(v, best.via ?? best.target)) continue;
    // a lone word from another article that is itself a listed surname or given name ("Johnston"
    // beside "Johnson"), or one word of a longer name that is no person's ("Angels" beside "Los
    // Angeles"), is most likely another name, not a slip
    if (!sameArticle && !isRef(best.target) && nameTokens(v.display).length === 1 && (isListedName(v.display) || (v.type !== "person" && nameTokens(best.target.display).length > 1))) continue;
    // a full name is no slip of a lone word from another article: that word may be anyone or anything ("Monroe, La.")
    // nor of a known place's name ("La Romana", a town, is no slip of "Romania")
    if (!sameArticle && !best.target.reference && nameTokens(best.target.display).length === 1 && nameTokens(v.display).length >= 2) continue;
    const subject = canonicalOfKey.get(key) ?? best.target.display;
    const why = best.target.reference
      ? `the reference list of known officials spells it "${best.target.reference}"`
      : isRef(best.target)
        ? `the entity's canonical spelling is "${best.target.display}"`
        : best.reason === "articles"
          ? `"${best.target.display}" is the spelling more articles give the name (${best.target.files.size} vs ${v.files.size})`
          : best.reason === "tied"
            ? `both spellings are equally attested; "${best.target.display}" is only the alphabetical pick, so check both`
            : best.reason === "full-name"
              ? `"${canonical}" is the spelling used in the full name "${best.target.display}"`
              : best.reason === "listed"
                ? `both spellings are written once each; "${canonical}" is spelt as the name lists spell ${best.pairs.map(([, r]) => `"${r}"`).join(", ")}`
              : `"${canonical}" is the better attested spelling (${best.pairs.map(([, r]) => `"${r}" ${tokenCount.get(r) ?? 0}×`).join(", ")} vs ${best.pairs.map(([w]) => `"${w}" ${tokenCount.get(w) ?? 0}×`).join(", ")})`;
    conflicts.push({
      id: hashId("name_variant", v.key, canonical),
      type: "name_variant",
      subject,
      canonical,
      variant: v.display,
      detail: `"${v.display}" looks like a misspelling of "${canonical}" (${describePairs(best.pairs)}): ${why}${sameArticle ? "; both spellings occur in the same article" : ""}. Check ${best.target.reference ? "the reference list's entry and the official's own office page" : SPELLING_SOURCE[v.type] ?? SPELLING_SOURCE.person}.`,
      severity: isRef(best.target) || sameArticle ? 2 : 1,
      // a known spelling decides best; a tie between two equally attested spellings least
      confidence: best.target.reference ? 0.9 : isRef(best.target) ? 0.8 : best.reason === "tied" ? 0.4 : sameArticle ? 0.75 : 0.6,
      rule: `name-variant-${best.target.reference ? "reference" : isRef(best.target) ? "known" : best.reason}`,
      evidence: [...v.evidence, ...targetSide.slice(0, 3)].sort(bySpan),
      review: null,
    });
  }

  const nameOf = (name: string, file: string) => canonicalOfKey.get(formKey("person", name, file)) ?? name;
  return { entities, nameOf };
}

/**
 * A second slip of one name: a spelling tied with another that is itself a misspelling ("Hamdy" beside
 * "Hamdi", which more sources give as "Hamady") is a misspelling of the name that one is taken for, not a
 * coin toss between the two slips.
 */
function onwardTarget(best: Variant, variants: ReadonlyMap<string, Variant[]>, bestTarget: (list: Variant[]) => Variant): Variant {
  const list = best.tied ? variants.get(best.target.key) : undefined;
  if (!list) return best;
  const next = bestTarget(list);
  if (next.tied || next.target.key === best.variant.key) return best;
  const fix = new Map(next.pairs);
  return { ...best, target: next.target, pairs: best.pairs.map(([w, r]) => [w, fix.get(r) ?? r]), tied: false, reason: next.reason, via: best.target };
}

/** Where a name's own spelling is on record, by the kind of entity: what a reviewer checks a misspelling against. */
const SPELLING_SOURCE: Partial<Record<EntityType, string>> = {
  person: "how the person's own office, party or employer spells the name (their official page or a signed statement)",
  organization: "how the body spells its own name (its website or its official statements)",
  place: "the spelling of an official gazetteer or of the place's own government",
};

function describePairs(pairs: Array<[string, string]>): string {
  return pairs
    .map(([w, r]) => {
      const kind =
        // more than one letter apart with one sound ("moli" / "molly", "phi" / "fee"): spelt by ear
        editDistance(w, r) > 1 && phoneticKey(w) === phoneticKey(r)
          ? "spelt as it sounds"
          : w.length === r.length && [...w].filter((ch, i) => ch !== r[i]).length === 2 && [...w].sort().join("") === [...r].sort().join("")
          ? "two letters swapped"
          : w.length === r.length + 1 && /(.)\1/.test(w) && !/(.)\1/.test(r)
            ? "a doubled letter"
            : w.length > r.length
              ? "an extra letter"
              : w.length < r.length
                ? "a missing letter"
                : "one letter changed";
      return `${w} → ${r}: ${kind}`;
    })
    .join("; ");
}
