// Agreement groups: which event claims make one agreement (its sides, its family or known name),
// and, with reconcile's cache, each group's key (what its claims are) and a layout of the groups
// kept for the next reconcile, so a run that adds or removes a few articles groups again only the
// claims those articles can move: the rest of the groups are as the last run left them.
import { INSTRUMENT_NAMES, KINDS } from "../../extractors/lexicon/agreement-terms.js";
import { isProperAgreementName, namesMayBeOne } from "../../extractors/agreements/proper-name.js";
import { createHash } from "node:crypto";
import type { ReconcileCache } from "./cache.js";
import { sidesOf, type AgreementGroup } from "./common.js";
import type { Contribution, EventClaim } from "./contributions.js";

// a kind's family, looked up once per kind (the first entry of a kind counts, as KINDS.find would have it)
const FAMILY = new Map<string, string | null>();
for (const k of KINDS) if (!FAMILY.has(k.kind)) FAMILY.set(k.kind, k.family ?? null);
const familyOf = (kind: string | null) => (kind ? (FAMILY.get(kind) ?? null) : null);

/**
 * Each claim of a group groupAgreements made, in order: its place among all the contributions'
 * events (the first contribution's events first), or `~place` for a claim made from that event and
 * joined to the group under the group's parties. buildAgreements keys a group by these.
 */
const placesOf = new WeakMap<AgreementGroup, number[]>();
/** The groups of a multilateral treaty known by its name alone (`name#…`), whatever sides each article names. */
const namedOnly = new WeakSet<AgreementGroup>();
/**
 * Whether an event with fewer than two sides can be placed by its agreement's name: a proper name, or a
 * registry agreement's own name, whatever its capitals ("Treaty on the Prohibition of Nuclear Weapons",
 * "Colombian peace agreement" are known agreements though their names hold lower-case words).
 */
const placeableByName = (e: EventClaim) => isProperAgreementName(e.name) || (e.registry && Boolean(e.name));

export function groupAgreements(contributions: readonly Contribution[]): AgreementGroup[] {
  // the claims between two or more sides, each with its sides' key (joined once), and the others
  const claims: EventClaim[] = [];
  const sides: string[] = [];
  const unplaced: EventClaim[] = [];
  // each one's place among all the events (placesOf)
  const at: number[] = [];
  const unplacedAt: number[] = [];
  let place = 0;
  for (const c of contributions)
    for (const e of c.events) {
      if (e.parties.length >= 2) {
        claims.push(e);
        sides.push(sidesOf(e.parties));
        at.push(place++);
      } else {
        unplaced.push(e);
        unplacedAt.push(place++);
      }
    }
  const places = new Map<AgreementGroup, number[]>();
  // an unknown kind joins the one family its parties have, if they have exactly one
  const families = new Map<string, Set<string>>();
  for (let i = 0; i < claims.length; i++) {
    const f = familyOf(claims[i].kind);
    if (!f) continue;
    const p = sides[i];
    const known = families.get(p);
    if (known) known.add(f);
    else families.set(p, new Set([f]));
  }
  const groups = new Map<string, AgreementGroup>();
  // each claim's group, found through its sides and then its kind (or, for a known agreement, its
  // name) as they are: the key string is made once per group, not once per claim
  const bySides = new Map<string, Map<string | null, AgreementGroup>>();
  const byRegistry = new Map<string, Map<string, AgreementGroup>>();
  for (let i = 0; i < claims.length; i++) {
    const e = claims[i];
    const p = sides[i];
    // two known agreements between the same sides (Safe Harbour, then Privacy Shield) stay two
    const registry = e.registry && e.name;
    let g: AgreementGroup | undefined;
    if (registry) {
      let ofSides = byRegistry.get(p);
      if (!ofSides) byRegistry.set(p, (ofSides = new Map()));
      g = ofSides.get(e.name!);
      if (!g) {
        const key = `${p}#registry:${e.name!.toLowerCase()}`;
        g = groups.get(key);
        if (!g) {
          g = { key, parties: e.parties, claims: [] };
          groups.set(key, g);
          places.set(g, []);
        }
        ofSides.set(e.name!, g);
      }
    } else {
      let ofSides = bySides.get(p);
      if (!ofSides) bySides.set(p, (ofSides = new Map()));
      g = ofSides.get(e.kind);
      if (!g) {
        const known = families.get(p);
        const family = familyOf(e.kind) ?? (known && known.size === 1 ? [...known][0] : "general");
        const key = `${p}#${family}`;
        g = groups.get(key);
        if (!g) {
          g = { key, parties: e.parties, claims: [] };
          groups.set(key, g);
          places.set(g, []);
        }
        ofSides.set(e.kind, g);
      }
    }
    g.claims.push(e);
    places.get(g)!.push(at[i]);
  }
  // described events join the one known agreement between the same sides, when there is exactly one
  // (the known agreements of each pair of sides, found once: this loop only removes described groups)
  const registryOf = new Map<string, AgreementGroup[]>();
  for (const k of groups.values()) {
    const cut = k.key.indexOf("#registry:");
    if (cut >= 0) (registryOf.get(k.key.slice(0, cut)) ?? registryOf.set(k.key.slice(0, cut), []).get(k.key.slice(0, cut))!).push(k);
  }
  for (const g of [...groups.values()]) {
    if (g.key.includes("#registry:")) continue;
    const known = registryOf.get(g.parties.join("|")) ?? [];
    if (known.length === 0) continue;
    if (known.length === 1) {
      known[0].claims.push(...g.claims);
      const into = places.get(known[0])!;
      for (const p of places.get(g)!) into.push(p);
      groups.delete(g.key);
      continue;
    }
    // several known agreements between the same sides (New START and START I): a described event that
    // gives one of their names joins that one; the unnamed rest ("signed a treaty") join it too when
    // the group's named events all give the same one, else they stay a described agreement
    const nameOf = new Map(known.map((k) => [k.key.slice(k.key.indexOf("#registry:") + "#registry:".length), k]));
    const from = places.get(g)!;
    const target = g.claims.map((c) => (c.name ? nameOf.get(c.name.toLowerCase()) : undefined));
    const given = new Set(target.filter((k) => k !== undefined));
    if (given.size === 0) continue;
    const rest = given.size === 1 ? [...given][0] : undefined;
    const keep: EventClaim[] = [];
    const keepAt: number[] = [];
    g.claims.forEach((c, i) => {
      const into = target[i] ?? rest;
      if (!into) {
        keep.push(c);
        keepAt.push(from[i]);
        return;
      }
      into.claims.push(c);
      places.get(into)!.push(from[i]);
    });
    if (keep.length) {
      g.claims = keep;
      places.set(g, keepAt);
    } else groups.delete(g.key);
  }
  // a described group whose events give two names that cannot name one agreement is two agreements
  // (after the known agreements took the events that give their names)
  for (const g of [...groups.values()]) if (!g.key.includes("#registry:")) splitByName(g, groups, places);
  // an event whose article names its agreement but not both parties ("The Regional Resettlement
  // Arrangement … formally ended") joins the one agreement other articles give that name and those parties
  const named = (n: string | null) => (n ? n.toLowerCase() : null);
  // the groups whose claims give each name (joining one below adds only a name it already gives)
  const givenBy = new Map<string | null, Set<AgreementGroup>>();
  for (const g of groups.values())
    for (const c of g.claims) {
      const n = named(c.name);
      (givenBy.get(n) ?? givenBy.set(n, new Set()).get(n)!).add(g);
    }
  const byName = new Map<string, AgreementGroup>();
  for (let u = 0; u < unplaced.length; u++) {
    const e = unplaced[u];
    if (!placeableByName(e)) continue;
    const giving = givenBy.get(named(e.name));
    const fits = giving ? [...groups.values()].filter((g) => giving.has(g) && e.parties.every((p) => g.parties.includes(p))) : [];
    if (fits.length === 1) {
      fits[0].claims.push({ ...e, parties: fits[0].parties });
      places.get(fits[0])!.push(~unplacedAt[u]);
      continue;
    }
    // a name other articles give to an agreement between named sides, but not this one's: too unsure to place
    if (giving?.size) continue;
    // "the US withdrew from the Paris Agreement": a multilateral treaty is one agreement by its name,
    // whatever sides each article names
    const key = `name#${named(e.name)}`;
    if (!byName.has(key)) {
      const made = { key, parties: [], claims: [] };
      byName.set(key, made);
      places.set(made, []);
    }
    byName.get(key)!.claims.push(e);
    places.get(byName.get(key)!)!.push(unplacedAt[u]);
  }
  for (const g of byName.values()) {
    namedOnly.add(g);
    // its parties are the sides the articles name, acting alone or together
    g.parties = [...new Set(g.claims.flatMap((c) => [...c.parties, ...(c.party ? [c.party] : [])]))].sort();
    groups.set(g.key, g);
  }
  for (const [g, p] of places) placesOf.set(g, p);
  // in the order of each group's first claim (the one that made it), the groups known by a name alone
  // after the others: the order keyedGroups gives through its layout
  return [...groups.values()].sort((a, b) => Number(namedOnly.has(a)) - Number(namedOnly.has(b)) || places.get(a)![0] - places.get(b)![0]);
}

/** What a described event's name says its agreement is: a proper name, a kind of instrument ("memorandum of understanding"), or nothing ("the deal"). */
function labelOf(e: EventClaim): { proper: string } | { instrument: string } | null {
  if (!e.name) return null;
  if (isProperAgreementName(e.name)) return { proper: e.name };
  const instrument = INSTRUMENT_NAMES.get(e.name.toLowerCase().replace(/^(?:the|an?)\s+/, ""));
  return instrument ? { instrument } : null;
}

/** Whether two labels name two agreements: two proper names that may not name one, or two kinds of instrument. A proper name and a kind may name one ("the Strategic Partnership", "the memorandum"). */
function twoAgreements(a: NonNullable<ReturnType<typeof labelOf>>, b: NonNullable<ReturnType<typeof labelOf>>, sides: readonly string[]): boolean {
  if ("proper" in a && "proper" in b) return !namesMayBeOne(a.proper, b.proper, sides);
  if ("instrument" in a && "instrument" in b) return a.instrument !== b.instrument;
  return false;
}

/**
 * Splits a described group of one pair's sides whose claims name two agreements ("the Japan-US Trade Agreement" and
 * "the Digital Trade Agreement"; "a memorandum of understanding" and "a joint declaration"): each named claim goes to
 * the first piece none of whose names it differs from; claims without a name stay with the first piece, which keeps
 * the group's key; each further piece is a group keyed by its first name. Only the group's own claims decide, so the
 * layout regroups a split group with its sides.
 */
function splitByName(g: AgreementGroup, groups: Map<string, AgreementGroup>, places: Map<AgreementGroup, number[]>): void {
  const labels = g.claims.map(labelOf);
  if (labels.filter(Boolean).length < 2) return;
  // (each piece keeps its distinct labels only: a group of thousands of claims gives a handful of names, and each
  // claim is compared with those, not with every claim before it)
  const pieces: Array<{ labels: NonNullable<ReturnType<typeof labelOf>>[]; seen: Set<string>; claims: EventClaim[]; at: number[] }> = [{ labels: [], seen: new Set(), claims: [], at: [] }];
  const from = places.get(g)!;
  g.claims.forEach((c, i) => {
    const l = labels[i];
    let piece = pieces[0];
    if (l) {
      piece = pieces.find((p) => !p.labels.some((o) => twoAgreements(o, l, g.parties))) ?? (pieces[pieces.push({ labels: [], seen: new Set(), claims: [], at: [] }) - 1]);
      const seenAs = "proper" in l ? `p:${l.proper}` : `i:${l.instrument}`;
      if (!piece.seen.has(seenAs)) {
        piece.seen.add(seenAs);
        piece.labels.push(l);
      }
    }
    piece.claims.push(c);
    piece.at.push(from[i]);
  });
  if (pieces.length === 1) return;
  g.claims = pieces[0].claims;
  places.set(g, pieces[0].at);
  for (const p of pieces.slice(1)) {
    const first = p.labels[0];
    const key = `${g.key}#${("proper" in first ? first.proper : first.instrument).toLowerCase()}`;
    const piece = { key, parties: g.parties, claims: p.claims };
    groups.set(key, piece);
    places.set(piece, p.at);
  }
}


/** A group, with its cache key when there is a cache: its key, parties and, in order, the identity of each of its claims. */
export interface KeyedGroup {
  g: AgreementGroup;
  key?: string;
}

/**
 * What an article's events can do to the groups: the sides of its events between two or more
 * sides, each such side's names (`sides\0name`, lower case), and the names of its events with
 * fewer sides that join a group by their name (proper names, lower case).
 */
interface Touch {
  sides: string[];
  named: string[];
  unplaced: string[];
}

/** A group as the layout keeps it: its claims as contribution numbers (into the layout's files) and indexes there (~index: joined under the group's parties). */
interface LaidGroup {
  key: string;
  parties: string[];
  /** A `name#` group (by name alone): `unit` is its name; else `unit` is its sides. */
  byName: boolean;
  unit: string;
  files: number[];
  idx: number[];
  hash: string;
}

/** The groups of the last reconcile, with each contribution's Touch: `files` are the contributions' source keys, in its order. */
interface Layout {
  files: string[];
  touch: Touch[];
  groups: LaidGroup[];
}

const LAYOUT = "agreement-groups";

function touchOf(c: Contribution): Touch {
  const sides = new Set<string>();
  const named = new Set<string>();
  const unplaced = new Set<string>();
  for (const e of c.events) {
    if (e.parties.length >= 2) {
      const p = sidesOf(e.parties);
      sides.add(p);
      if (e.name) named.add(`${p}\u0000${e.name.toLowerCase()}`);
    } else if (placeableByName(e)) unplaced.add(e.name!.toLowerCase());
  }
  return { sides: [...sides], named: [...named], unplaced: [...unplaced] };
}

/** The cache key of a group: the hash of its key, parties and each claim's id (its contribution's source key, its index there, whether joined), fed a run of claims from one contribution with its source key once. */
function hashOf(key: string, parties: readonly string[], files: readonly number[], idx: readonly number[], sourceKeys: readonly string[]): string {
  const h = createHash("sha1");
  let pending = `${key}\u0000${parties.join("|")}`;
  let last = -1;
  for (let j = 0; j < files.length; j++) {
    if (files[j] !== last) {
      pending += `\u0000${sourceKeys[files[j]]}\u0001`;
      last = files[j];
    }
    const i = idx[j];
    pending += `\u0002${i < 0 ? `${~i}*` : i}`;
    // in pieces of about 16,000 characters: neither one update per claim nor one large string
    if (pending.length >= 1 << 14) {
      h.update(pending);
      pending = "";
    }
  }
  return h.update(pending).digest("base64url");
}

/** Each of groupAgreements(list)'s groups laid out: `fileOf` gives the number its contribution has (list position → number). */
function layOut(groups: readonly AgreementGroup[], list: readonly Contribution[], fileOf: (at: number) => number, sourceKeys: readonly string[]): LaidGroup[] {
  const file: number[] = [];
  const index: number[] = [];
  list.forEach((c, f) => {
    for (let i = 0; i < c.events.length; i++) {
      file.push(f);
      index.push(i);
    }
  });
  return groups.map((g) => {
    const places = placesOf.get(g)!;
    const files = places.map((p) => fileOf(file[p < 0 ? ~p : p]));
    const idx = places.map((p) => (p < 0 ? ~index[~p] : index[p]));
    const byName = namedOnly.has(g);
    return { key: g.key, parties: g.parties, byName, unit: byName ? g.key.slice("name#".length) : sidesOf(g.parties), files, idx, hash: hashOf(g.key, g.parties, files, idx, sourceKeys) };
  });
}

/**
 * groupAgreements' groups, each with its cache key (with a cache and source keys). With the layout
 * the last reconcile left in the cache, only the claims of the sides and names the added and
 * removed contributions touch are grouped again: a group's claims depend on the claims between its
 * sides (their families, their known agreements) and on the claims without two sides that join it
 * by a name it gives, which depend on every group giving that name. So the sides and names to
 * group again are closed over "a side's names" and "a name's sides" (names some claim without two
 * sides gives only), starting from the changed contributions' own; every other group is the
 * layout's, its claims found by their contribution and index. In the order groupAgreements gives.
 */
export function keyedGroups(contributions: readonly Contribution[], cache?: ReconcileCache, sourceKey?: (c: Contribution) => string): KeyedGroup[] {
  if (!cache || !sourceKey) return groupAgreements(contributions).map((g) => ({ g }));
  const keys = contributions.map(sourceKey);
  const now = new Map(keys.map((k, i) => [k, i]));
  const full = (): KeyedGroup[] => {
    const groups = groupAgreements(contributions);
    const laid = layOut(groups, contributions, (f) => f, keys);
    if (now.size === keys.length) cache.setState(LAYOUT, { files: keys, touch: contributions.map(touchOf), groups: laid } satisfies Layout);
    return groups.map((g, i) => ({ g, key: laid[i].hash }));
  };
  const old = now.size === keys.length ? cache.state<Layout>(LAYOUT) : undefined;
  if (!old) return full();
  const oldNo = new Map(old.files.map((k, i) => [k, i]));
  const touch = contributions.map((c, i) => {
    const o = oldNo.get(keys[i]);
    return o === undefined ? touchOf(c) : old.touch[o];
  });
  const added = keys.flatMap((k, i) => (oldNo.has(k) ? [] : [i]));
  const removed = old.files.flatMap((k, i) => (now.has(k) ? [] : [i]));
  // the names some claim without two sides gives (in either run), and which sides give which of them
  const loose = new Set<string>();
  for (const t of [...touch, ...removed.map((i) => old.touch[i])]) for (const n of t.unplaced) loose.add(n);
  const namesAt = new Map<string, string[]>();
  const sidesGiving = new Map<string, string[]>();
  if (loose.size)
    for (const t of [...touch, ...removed.map((i) => old.touch[i])])
      for (const sn of t.named) {
        const cut = sn.indexOf("\u0000");
        const n = sn.slice(cut + 1);
        if (!loose.has(n)) continue;
        const p = sn.slice(0, cut);
        (namesAt.get(p) ?? namesAt.set(p, []).get(p)!).push(n);
        (sidesGiving.get(n) ?? sidesGiving.set(n, []).get(n)!).push(p);
      }
  const sides = new Set<string>();
  const names = new Set<string>();
  const todoSides: string[] = [];
  const todoNames: string[] = [];
  const addSides = (p: string) => sides.has(p) || (sides.add(p), todoSides.push(p));
  const addName = (n: string) => names.has(n) || (names.add(n), todoNames.push(n));
  for (const t of [...added.map((i) => touch[i]), ...removed.map((i) => old.touch[i])]) {
    t.sides.forEach(addSides);
    t.unplaced.forEach(addName);
  }
  while (todoSides.length || todoNames.length) {
    for (let p = todoSides.pop(); p !== undefined; p = todoSides.pop()) for (const n of namesAt.get(p) ?? []) addName(n);
    for (let n = todoNames.pop(); n !== undefined; n = todoNames.pop()) for (const p of sidesGiving.get(n) ?? []) addSides(p);
  }
  const touched = (l: { byName: boolean; unit: string }) => (l.byName ? names.has(l.unit) : sides.has(l.unit));
  // grouped again: the contributions with claims of those sides or names (their other claims' groups are the layout's)
  const subset: number[] = [];
  touch.forEach((t, i) => {
    if (t.sides.some((p) => sides.has(p)) || t.unplaced.some((n) => names.has(n))) subset.push(i);
  });
  const list = subset.map((i) => contributions[i]);
  const regrouped = groupAgreements(list);
  const laidAgain = layOut(regrouped, list, (f) => subset[f], keys);
  const out: Array<{ g: AgreementGroup; laid: LaidGroup }> = [];
  regrouped.forEach((g, i) => {
    if (touched(laidAgain[i])) out.push({ g, laid: laidAgain[i] });
  });
  // each of the layout's contributions' number now (-1: gone), looked up once, not once per claim
  const numberNow = old.files.map((k) => now.get(k) ?? -1);
  for (const l of old.groups) {
    if (touched(l)) continue;
    const files = l.files.map((f) => numberNow[f]);
    const claims: EventClaim[] = new Array(files.length);
    let at = -1;
    let events: readonly EventClaim[] = [];
    for (let j = 0; j < files.length; j++) {
      if (files[j] !== at) {
        at = files[j];
        events = contributions[at]?.events ?? [];
      }
      const i = l.idx[j];
      const e = events[i < 0 ? ~i : i];
      // a layout that does not fit (never so when it is the last run's): grouped afresh
      if (!e) return full();
      claims[j] = i < 0 ? { ...e, parties: l.parties } : e;
    }
    out.push({ g: { key: l.key, parties: l.parties, claims }, laid: { ...l, files } });
  }
  // groupAgreements' order: by each group's first claim (the one that made it), the groups known
  // by a name alone after the others
  out.sort((a, b) => Number(a.laid.byName) - Number(b.laid.byName) || a.laid.files[0] - b.laid.files[0] || a.laid.idx[0] - b.laid.idx[0]);
  const sameFiles = added.length === 0 && removed.length === 0 && keys.every((k, i) => old.files[i] === k);
  if (!sameFiles || subset.length) cache.setState(LAYOUT, { files: keys, touch, groups: out.map((o) => o.laid) } satisfies Layout);
  return out.map(({ g, laid }) => ({ g, key: laid.hash }));
}
