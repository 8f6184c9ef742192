// What the outputs need of one stored record (its summary) and how the index writes it: the code
// that makes a summary from a record. Its own fingerprint (`summaryFingerprint`, over this module and
// what it imports) is kept in the index, so a change here or in reconcile's contributions rebuilds the
// summaries from their records instead of extracting every article again.
import { knowSentences, sentencesIn, type SourceInfo } from "./context.js";
import { contributionOf, type Contribution, type EventClaim, type NameClaim, type TitleClaim } from "./reconcile/contributions.js";
import type { ArticleRecord, DateRef, EntityType, EventType, Evidence } from "./schemas.js";
/**
 * What the outputs need of one stored record, and no more: its reconcile contribution and what the
 * reports show of its source. `run` and `watch` hold these, not whole records, and keep them in the
 * output folder's index, so a re-run reads one file instead of every record.
 */
export interface ArticleSummary {
  id: string;
  file: string;
  extractedWith: string | null;
  contribution: Contribution;
  source: SourceInfo;
  /** What `stat` said of the inbox file (and its sidecar) when it was read: an unchanged stamp lets `run` skip reading it. */
  stamp?: InputStamp;
}

/** The parts of `stat` that change when a file is rewritten, replaced or renamed over (as make and rsync compare). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** An article file's stamp and its sidecar's (null: no sidecar). */
export interface InputStamp {
  file: FileStamp;
  sidecar: FileStamp | null;
}

const sameFileStamp = (a: FileStamp, b: FileStamp) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;

export const sameStamp = (a: InputStamp, b: InputStamp) => sameFileStamp(a.file, b.file) && (a.sidecar === null || b.sidecar === null ? a.sidecar === b.sidecar : sameFileStamp(a.sidecar, b.sidecar));

const isFileStamp = (v: unknown): v is FileStamp =>
  typeof v === "object" && v !== null && (["size", "mtimeMs", "ctimeMs", "ino", "dev"] as const).every((k) => typeof (v as Record<string, unknown>)[k] === "number");

/** The stamp an index line holds, or undefined when it has none (or one of another shape: the file is then read). */
const stampOf = (v: unknown): InputStamp | undefined => {
  const s = v as InputStamp | undefined;
  return s && isFileStamp(s.file) && (s.sidecar === null || isFileStamp(s.sidecar)) ? { file: s.file, sidecar: s.sidecar } : undefined;
};

export function summaryOf(record: ArticleRecord): ArticleSummary {
  return {
    id: record.id,
    file: record.source.file,
    extractedWith: record.extractedWith ?? null,
    contribution: contributionOf(record),
    source: { title: record.title, outlet: record.outlet, published: record.published.value, inferred: record.published.from === "inferred", text: record.text },
  };
}

/** A record's line in articles/: compact JSON, one line. */
export const recordLine = (record: ArticleRecord) => JSON.stringify(record) + "\n";

/**
 * What the store keeps of a record just extracted, made in the thread that extracted it: its line
 * in articles/ and its summary's index body (encodeSummary, no stamp), which `summaryOfBody` reads
 * back. Text crosses to the main thread instead of the record's objects, and the main thread
 * neither encodes the record nor makes its summary.
 */
export interface StoredArticle {
  id: string;
  /** The inbox file and the extraction fingerprint, as the body holds them: what `run` decides on without decoding the body. */
  file: string;
  extractedWith: string | null;
  line: string;
  body: string;
}

export const storedArticle = (record: ArticleRecord): StoredArticle => ({
  id: record.id,
  file: record.source.file,
  extractedWith: record.extractedWith ?? null,
  line: recordLine(record),
  body: encodeSummary(summaryOf(record)),
});

// An index line is a summary written compactly, in two parts joined by a tab (JSON never writes one
// raw): first what reconcile reads (the contribution, each evidence with its own text), then what the
// reports read (the source, its sentences). Reconcile decodes every article's first part and the
// reports the second part of the few they quote, so neither parses the other's half: the article's
// text, most of a line, is never parsed to reconcile. The file and publication day are written once
// per line, not per claim.
type Span = [start: number, end: number, text: string];
/** A name's span: its text left out when it is the name's form as written (nearly always). */
type NameSpan = [start: number, end: number] | Span;
interface ContributionPart {
  id: string;
  file: string;
  extractedWith: string | null;
  published: string | null;
  /** flags: 1 hedged, 2 collective, 4 certain, 8 registry (EventClaim's booleans). Arrays, not objects: they parse about twice as fast, and reconcile decodes every article's events. */
  events: Array<[parties: string[], kind: string | null, name: string | null, type: EventType, party: string | null, date: DateRef | null, flags: number, ...span: Span]>;
  names: Array<[form: string, canonical: string, type: EntityType, ...span: NameSpan]>;
  /** flags: 1 speaks, 2 certain, 4 ambiguous, 8 looking back, 16 looking ahead (TitleClaim's booleans) */
  /** (`at`: the past event its sentence reports, as type, agreement and date; left out when none) */
  titles: Array<[name: string, title: string, country: string | null, years: number[], flags: number, ...span: Span, at?: [type: string, agreement: string, date: string] | null, also?: string[]]>;
  stamp?: InputStamp;
}
interface SourcePart {
  id: string;
  file: string;
  extractedWith: string | null;
  source: SourceInfo;
  /** Where the text's sentences start and end, flat (start, end, start, end, …): what the reports quote evidence in. */
  sentences?: number[];
}

const spanOf = (e: Evidence): Span => [e.start, e.end, e.text];
const nameSpanOf = (n: NameClaim): NameSpan => (n.evidence.text === n.form ? [n.evidence.start, n.evidence.end] : spanOf(n.evidence));

export function encodeSummary(s: ArticleSummary): string {
  const c = s.contribution;
  const first: ContributionPart = {
    id: s.id,
    file: s.file,
    extractedWith: s.extractedWith,
    published: c.published,
    events: c.events.map((e) => [e.parties, e.kind, e.name, e.type, e.party, e.date, (e.hedged ? 1 : 0) | (e.collective ? 2 : 0) | (e.certain ? 4 : 0) | (e.registry ? 8 : 0), ...spanOf(e.evidence)]),
    names: c.names.map((n) => [n.form, n.canonical, n.type, ...nameSpanOf(n)]),
    titles: c.titles.map((t) => {
      const row: ContributionPart["titles"][number] = [t.name, t.title, t.country, t.years, (t.speaks ? 1 : 0) | (t.certain ? 2 : 0) | (t.ambiguous ? 4 : 0) | (t.lookingBack ? 8 : 0) | (t.lookingAhead ? 16 : 0), ...spanOf(t.evidence)];
      if (t.atEvent || t.alsoHeld?.length) row.push(t.atEvent ? [t.atEvent.type, t.atEvent.agreement, t.atEvent.date] : null);
      if (t.alsoHeld?.length) row.push(t.alsoHeld);
      return row;
    }),
    stamp: s.stamp,
  };
  const second: SourcePart = { id: s.id, file: s.file, extractedWith: s.extractedWith, source: s.source, sentences: sentencesIn(s.source).flatMap((x) => [x.start, x.end]) };
  return `${JSON.stringify(first)}\t${JSON.stringify(second)}`;
}

/** Where an index line's second part starts (after the tab), in its text or its bytes; -1 when it has none. */
export const SOURCE_PART = "\t";

// Ten thousand articles repeat the same few thousand parties, kinds, names, dates and years: a decoded
// contribution shares one copy of each (contributions are never changed in place), so reconcile holds
// one object where it held one per claim, and the collector has that much less to copy and mark.
// (Looked up by the values themselves, a word at a time: no key is made to find one.)
const strings = new Map<string, string>();
function oneString<T extends string | null>(s: T): T {
  if (typeof s !== "string") return s;
  const known = strings.get(s);
  if (known !== undefined) return known as T;
  if (strings.size > 200_000) strings.clear();
  strings.set(s, s);
  return s;
}
/** A list of strings or numbers, by its items (a tree of maps, one level per item; `end` holds the list that ends there). */
interface ListNode {
  next: Map<string | number, ListNode>;
  end?: unknown[];
}
let lists: ListNode = { next: new Map() };
let listCount = 0;
function oneList<T extends string | number>(list: T[]): T[] {
  if (!Array.isArray(list)) return list;
  let node = lists;
  for (const x of list) {
    if (typeof x !== "string" && typeof x !== "number") return list;
    let n = node.next.get(x);
    if (!n) node.next.set(x, (n = { next: new Map() }));
    node = n;
  }
  if (node.end) return node.end as T[];
  if (++listCount > 100_000) {
    lists = { next: new Map() };
    listCount = 0;
  } else node.end = list;
  return list;
}
const dates = new Map<string | null, Map<string, DateRef>>();
let dateCount = 0;
/** A date of exactly the shape the record gives ({ value, text }) is shared; any other is kept as it is. */
function oneDate(d: DateRef | null): DateRef | null {
  if (d === null || typeof d !== "object") return d;
  const keys = Object.keys(d);
  if (keys.length !== 2 || keys[0] !== "value" || keys[1] !== "text" || (d.value !== null && typeof d.value !== "string") || typeof d.text !== "string") return d;
  let byText = dates.get(d.value);
  if (!byText) dates.set(d.value, (byText = new Map()));
  const known = byText.get(d.text);
  if (known) return known;
  if (++dateCount > 100_000) {
    dates.clear();
    dateCount = 0;
  } else byText.set(d.text, d);
  return d;
}

/** What an index line's first part holds: the article's contribution, with its id, file and fingerprint. Throws on a part of another shape. */
export function decodeContribution(json: string): Pick<ArticleSummary, "id" | "file" | "extractedWith" | "contribution" | "stamp"> {
  const l = JSON.parse(json) as ContributionPart;
  if (typeof l?.id !== "string" || typeof l.file !== "string" || (l.published !== null && typeof l.published !== "string") || !Array.isArray(l.events) || !Array.isArray(l.names) || !Array.isArray(l.titles)) {
    throw new Error("not an index line");
  }
  const { file, published } = l;
  // the same key order as contributionOf's evidence: outputs copy these objects
  const ev = (start: number, end: number, text: string): Evidence => {
    if (typeof text !== "string") throw new Error("not an index line");
    return { file, text, start, end };
  };
  const events: EventClaim[] = l.events.map(([parties, kind, name, type, party, date, flags, start, end, text]) => ({
    parties: oneList(parties),
    kind: oneString(kind),
    name: oneString(name),
    type: oneString(type),
    party: oneString(party),
    date: oneDate(date),
    hedged: (flags & 1) !== 0,
    collective: (flags & 2) !== 0,
    certain: (flags & 4) !== 0,
    registry: (flags & 8) !== 0,
    evidence: ev(start, end, text),
    published,
  }));
  const names: NameClaim[] = l.names.map(([form, canonical, type, start, end, text]) => {
    const f = oneString(form);
    return { form: f, canonical: oneString(canonical), type: oneString(type), evidence: ev(start, end, text ?? f) };
  });
  const titles: TitleClaim[] = l.titles.map(([name, title, country, years, flags, start, end, text, at, also]) => ({
    name: oneString(name),
    title: oneString(title),
    country: oneString(country),
    evidence: ev(start, end, text),
    published,
    certain: (flags & 2) !== 0,
    years: oneList(years),
    speaks: (flags & 1) !== 0,
    ambiguous: (flags & 4) !== 0,
    atEvent: Array.isArray(at) && at.length === 3 ? { type: oneString(at[0]), agreement: oneString(at[1]), date: oneString(at[2]) } : null,
    ...((flags & 8) !== 0 ? { lookingBack: true } : {}),
    ...((flags & 16) !== 0 ? { lookingAhead: true } : {}),
    ...(Array.isArray(also) && also.length ? { alsoHeld: also.map((x) => oneString(x)) } : {}),
  }));
  const out: Pick<ArticleSummary, "id" | "file" | "extractedWith" | "contribution" | "stamp"> = { id: l.id, file, extractedWith: l.extractedWith, contribution: { file, published, events, names, titles } };
  const stamp = stampOf(l.stamp);
  if (stamp) out.stamp = stamp;
  return out;
}

/** What an index line's second part holds: the article's source (its sentences known, when the part gives them well-formed). Throws on a part of another shape. */
export function decodeSource(json: string): Pick<ArticleSummary, "id" | "file" | "extractedWith" | "source"> {
  const l = JSON.parse(json) as SourcePart;
  if (typeof l?.id !== "string" || typeof l.file !== "string" || typeof l.source?.text !== "string") throw new Error("not an index line");
  const { source } = l;
  const text = source.text;
  if (Array.isArray(l.sentences) && l.sentences.length % 2 === 0 && l.sentences.every((n) => Number.isInteger(n) && n >= 0 && n <= text.length)) {
    const bounds: { start: number; end: number }[] = [];
    for (let i = 0; i < l.sentences.length; i += 2) bounds.push({ start: l.sentences[i], end: l.sentences[i + 1] });
    knowSentences(source, bounds);
  }
  return { id: l.id, file: l.file, extractedWith: l.extractedWith, source };
}

/** Splits an index line into its two parts; throws on a line without both. */
export function partsOf(line: string): [contribution: string, source: string] {
  const tab = line.indexOf(SOURCE_PART);
  if (tab < 0) throw new Error("not an index line");
  return [line.slice(0, tab), line.slice(tab + 1)];
}

/** The summary an index line holds; throws on a line of another shape. */
export function decodeSummary(line: string): ArticleSummary {
  const [first, second] = partsOf(line);
  const c = decodeContribution(first);
  const s = decodeSource(second);
  if (s.id !== c.id || s.file !== c.file || s.extractedWith !== c.extractedWith) throw new Error("not an index line");
  const summary: ArticleSummary = { id: c.id, file: c.file, extractedWith: c.extractedWith, contribution: c.contribution, source: s.source };
  if (c.stamp) summary.stamp = c.stamp;
  return summary;
}
