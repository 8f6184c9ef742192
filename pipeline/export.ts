// `claimline export`: the cleaned timelines (timeline.json, decisions applied by `run`), all or
// one agreement, as JSON or as CSV (one row per event and source) for a spreadsheet.
import { promises as fs } from "node:fs";
import path from "node:path";
import { toJson } from "./format.js";
import { Timeline, type Agreement } from "./schemas.js";
import { OutputStore, writeAtomic } from "./store.js";

/** The output folder has no timelines yet, or the agreement asked for is not one of them: the CLI says so as a usage error (exit 2). */
export class ExportError extends Error {
  override name = "ExportError";
}

export async function readTimeline(out: string): Promise<Timeline> {
  let text: string;
  try {
    text = await fs.readFile(path.join(out, "timeline.json"), "utf8");
  } catch {
    throw new ExportError(`no timeline.json in "${out}": run "claimline run <inbox> --out ${out}" first`);
  }
  return Timeline.parse(JSON.parse(text));
}

/** The agreement named by id, by name (any case), or by the only name containing the words given. */
export function findAgreement(timeline: Timeline, wanted: string): Agreement {
  const w = wanted.trim().toLowerCase();
  const hit =
    timeline.agreements.find((a) => a.id === wanted.trim()) ??
    timeline.agreements.find((a) => a.name.toLowerCase() === w) ??
    (() => {
      const part = timeline.agreements.filter((a) => a.name.toLowerCase().includes(w) || a.parties.join(" ").toLowerCase().includes(w));
      return part.length === 1 ? part[0] : undefined;
    })();
  if (hit) return hit;
  const names = timeline.agreements.map((a) => `  ${a.id}  ${a.name}`).join("\n");
  throw new ExportError(`no single agreement matches "${wanted}"; the agreements are:\n${names || "  (none)"}`);
}

/** One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a leading = + - @ (or tab, CR) cannot start a formula. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const CSV_COLUMNS = [
  "agreement",
  "parties",
  "party",
  "type",
  "date",
  "disputed",
  "source file",
  "source date",
  "evidence text",
  "agreement id",
  "date text",
  "conflicts",
  "source date text",
  "source published",
] as const;

/** The CSV: a header, then one row per event and source; CRLF line ends. */
export function timelineCsv(agreements: readonly Agreement[], published: ReadonlyMap<string, string | null> = new Map()): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const a of agreements)
    for (const e of a.events)
      for (const s of e.sources) {
        rows.push([
          a.name,
          a.parties.join("; "),
          (e as { party?: string }).party ?? "",
          e.type,
          e.date?.value ?? "",
          String(e.disputed),
          s.file,
          s.date?.value ?? "",
          s.text.replace(/\s+/g, " ").trim(),
          a.id,
          e.date?.text ?? "",
          e.conflicts.join(" "),
          s.date?.text ?? "",
          published.get(s.file) ?? "",
        ]);
      }
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export interface ExportOptions {
  out: string;
  agreement?: string;
  format: "json" | "csv";
  output?: string;
}

/** The export's text; written to `output` (atomically) when given, else returned for stdout. */
export async function exportTimeline(opts: ExportOptions): Promise<string> {
  const timeline = await readTimeline(opts.out);
  const agreements = opts.agreement === undefined ? timeline.agreements : [findAgreement(timeline, opts.agreement)];
  let text: string;
  if (opts.format === "json") text = toJson({ agreements, entities: timeline.entities });
  else {
    const store = new OutputStore(opts.out);
    const files = new Set(agreements.flatMap((a) => a.events.flatMap((e) => e.sources.map((s) => s.file))));
    const published = new Map<string, string | null>();
    for (const id of await store.recordIds()) {
      const r = await store.readRecord(id);
      if (r && files.has(r.source.file)) published.set(r.source.file, r.published.value);
    }
    text = timelineCsv(agreements, published);
  }
  if (opts.output !== undefined) await writeAtomic(opts.output, text);
  return text;
}
