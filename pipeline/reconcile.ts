// The reconcile stage, first version: merges entities across records by canonical name and
// groups agreement events by parties, type and date. Conflict detection comes with the
// reconcile issue; this version reports none rather than guess.
import { createHash } from "node:crypto";
import type { ArticleRecord, CanonicalEntity, Conflict, Timeline, TimelineEvent } from "./schemas.js";

const hashId = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 12);

export interface ReconcileOptions {
  reference?: { name: string; variants?: string[] }[];
}

export function reconcile(records: ArticleRecord[], _opts: ReconcileOptions = {}): { timeline: Timeline; conflicts: Conflict[] } {
  const entities = new Map<string, CanonicalEntity>();
  for (const r of records) {
    for (const e of r.entities) {
      const key = `${e.type}\0${e.canonical}`;
      const ent = entities.get(key) ?? { canonical: e.canonical, type: e.type, variants: [] };
      if (!ent.variants.includes(e.text)) ent.variants.push(e.text);
      entities.set(key, ent);
    }
  }
  const agreements = new Map<string, { name: string; parties: string[]; events: Map<string, TimelineEvent> }>();
  for (const r of records) {
    for (const ev of r.events) {
      const parties = [...ev.parties].sort();
      const key = parties.join("–");
      const ag = agreements.get(key) ?? { name: ev.name ?? `${key} agreement`, parties, events: new Map() };
      const evKey = `${ev.type}\0${ev.date?.value ?? ""}`;
      const te = ag.events.get(evKey) ?? { type: ev.type, date: ev.date, sources: [] };
      te.sources.push({ file: r.source.file, text: ev.text, start: ev.start, end: ev.end });
      ag.events.set(evKey, te);
      agreements.set(key, ag);
    }
  }
  const timeline: Timeline = {
    agreements: [...agreements.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, ag]) => ({
        id: hashId(key),
        name: ag.name,
        parties: ag.parties,
        events: [...ag.events.values()].sort(
          (a, b) => (a.date?.value ?? "9999").localeCompare(b.date?.value ?? "9999") || a.type.localeCompare(b.type),
        ),
      })),
    entities: [...entities.values()]
      .map((e) => ({ ...e, variants: e.variants.sort() }))
      .sort((a, b) => a.canonical.localeCompare(b.canonical) || a.type.localeCompare(b.type)),
  };
  return { timeline, conflicts: [] };
}
