// conflicts.md: the conflict report for a human reviewer. Open conflicts grouped by agreement and
// by entity, most severe first, each with its id (for `claimline decide`), what to check and the
// quoted evidence in its sentence (file, offsets, outlet, publication date); then the decided
// conflicts, decisions whose conflict is gone, and a short cleaned timeline per agreement.
// Every string from an article, a file name or a sidecar goes through `mdText` or `mdCode`.
import { INVISIBLE, sentenceAroundIn, type ReportContext } from "./context.js";
import { compareConflicts } from "./reconcile/index.js";
import { evidenceSourcesOf, keyOf, sourcesOf, type PieceContext } from "./render-cache.js";
import type { Agreement, Conflict, Decision, Evidence, Timeline } from "./schemas.js";

/** The report context, with a cache of rendered pieces (conflict blocks, timelines) when the output folder keeps one. */
export interface RenderContext extends ReportContext {
  pieces?: PieceContext;
}

const SEVERITY: Record<number, string> = { 3: "high", 2: "medium", 1: "low" };
export const TYPE_LABEL: Record<Conflict["type"], string> = {
  status_conflict: "Status conflict",
  date_conflict: "Date conflict",
  name_variant: "Name variant",
  title_conflict: "Title conflict",
};

/**
 * Anything mdText changes: an invisible character, a space other than a single plain one between
 * others (a line break, a tab, two spaces, one at either end), or a character it escapes.
 */
const MD_TEXT_CHANGES = new RegExp(`${INVISIBLE.source}|[^\\S ]|  |^ | $|[\\\\\`*_[\\]<>|!#&~]`);
/** Anything mdCode changes, or that makes its fence longer than one backtick: an invisible character, any space, a backtick, a pipe. */
const MD_CODE_CHANGES = new RegExp(`${INVISIBLE.source}|\\s|[\`|]`);

/** One line of text, safe inside Markdown: no line breaks, controls, bidi marks, tags, links or stray pipes and backticks. */
export function mdText(text: string, max = 220): string {
  // most of a report's strings (names, dates, outlets, most sentences) have nothing to change: one scan instead of three replaces
  if (text.length <= max && !MD_TEXT_CHANGES.test(text)) return text;
  const flat = text.replace(INVISIBLE, " ").replace(/\s+/g, " ").trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/([\\`*_[\]<>|!#&~])/g, "\\$1");
}

/** A code span for a file name or an id: a fence longer than any backtick run inside, one line, pipes escaped for tables. */
export function mdCode(text: string): string {
  // an id or a file name with no space, backtick or pipe: in single backticks as it is
  if (text && !MD_CODE_CHANGES.test(text)) return `\`${text}\``;
  const flat = text.replace(INVISIBLE, "\ufffd").replace(/\s+/g, " ").trim() || " ";
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = /^`|`$/.test(flat) ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}

/**
 * The most pieces of evidence the reports quote for one conflict or one event, and the most files
 * they list for an event: a conflict a thousand articles repeat stays readable and the reports grow
 * with the number of conflicts and events, not with their sources squared. The count beyond the cap
 * is shown; conflicts.json and timeline.json keep everything.
 */
export const REPORT_EVIDENCE_CAP = 20;

/** The first `cap` items and how many are left out. */
export const capped = <T>(list: readonly T[], cap = REPORT_EVIDENCE_CAP): { shown: readonly T[]; more: number } =>
  list.length > cap ? { shown: list.slice(0, cap), more: list.length - cap } : { shown: list, more: 0 };

function evidenceLines(evidence: readonly Evidence[], ctx: ReportContext): string[] {
  const { shown, more } = capped(evidence);
  const lines = shown.map((e) => {
    const a = ctx.articles?.get(e.file);
    let quote = `“${mdText(e.text)}”`;
    if (a && a.text.slice(e.start, e.end) === e.text) {
      const [before, span, after] = sentenceAroundIn(a, e.start, e.end);
      quote = `“${mdText(before, 200)}${/\S\s+$/.test(before) ? " " : ""}**${mdText(span)}**${/^\s+\S/.test(after) ? " " : ""}${mdText(after, 200)}”`;
    }
    const where = [a?.outlet ? mdText(a.outlet, 80) : null, a?.published ? `published ${a.published}${a.inferred ? " (inferred)" : ""}` : a ? "publication date unknown" : null].filter(Boolean);
    return `  - > ${quote} — ${mdCode(e.file)} [${e.start}–${e.end}]${where.length ? `, ${where.join(", ")}` : ""}`;
  });
  if (more) lines.push(`  - … and ${more} more piece${more === 1 ? "" : "s"} of evidence (all of them in conflicts.json)`);
  return lines;
}

export function decisionLabel(r: NonNullable<Conflict["review"]>): string {
  return `${r.decision === "accept" ? "accepted" : "rejected"}${r.value !== undefined ? ` (value “${mdText(r.value, 80)}”)` : ""}${r.note ? `, note: “${mdText(r.note, 200)}”` : ""}, ${mdText(r.at, 40)}`;
}

function conflictBlock(c: Conflict, ctx: ReportContext): string[] {
  const sev = `${SEVERITY[c.severity ?? 1] ?? "low"}${c.confidence !== undefined ? `, confidence ${c.confidence.toFixed(2)}` : ""}`;
  const head =
    c.type === "name_variant" && c.variant
      ? `**${TYPE_LABEL[c.type]}** (${sev}) ${mdCode(c.id)}: “${mdText(c.variant)}” → “${mdText(c.canonical ?? "")}”`
      : `**${TYPE_LABEL[c.type]}** (${sev}) ${mdCode(c.id)}`;
  const review = c.review ? [`  - Decision: ${decisionLabel(c.review)}.`] : [];
  return [`- ${head}. ${mdText(c.detail, 600)}`, ...review, ...evidenceLines(c.evidence, ctx)];
}

/** Most trusted first (reconcile's order: confidence where a rule set one, else severity), then type and id. Shared by conflicts.md and report.html. */
export const bySeverity = (a: Conflict, b: Conflict) => compareConflicts(a, b) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : 1);
const samePartySet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

function timelineLines(a: Agreement): string[] {
  const out = [`### ${mdText(a.name, 200)}`, "", `Parties: ${a.parties.map((p) => mdText(p, 80)).join(", ")}${a.kind ? ` · kind: ${mdText(a.kind, 80)}` : ""}`, "", "| date | event | sources |", "| --- | --- | --- |"];
  for (const e of a.events) {
    const date = e.date?.value ? `${mdText(e.date.value, 40)}${e.date.text ? ` (“${mdText(e.date.text, 60)}”)` : ""}` : "undated";
    const all = capped([...new Set(e.sources.map((s) => s.file))]);
    const files = all.shown.map(mdCode).join(", ") + (all.more ? ` and ${all.more} more` : "");
    const flags = [e.hedged ? "hedged" : null, e.disputed ? `disputed: ${e.conflicts.map(mdCode).join(", ")}` : null].filter(Boolean);
    out.push(`| ${date} | ${e.type.replace(/_/g, " ")}${e.party ? ` by ${mdText(e.party, 80)}` : ""}${flags.length ? ` (${flags.join("; ")})` : ""} | ${files} |`);
  }
  out.push("");
  return out;
}

/** A conflict's block as one piece (its lines joined): as cached (bytes) when the context has a cache. */
function cachedBlock(c: Conflict, ctx: RenderContext): string | Buffer {
  const render = () => conflictBlock(c, ctx).join("\n");
  if (!ctx.pieces) return render();
  const pieces = ctx.pieces;
  return pieces.cache.bytes(
    pieces.cache.pieceKeyOf(c, "md-conflict", "", () => keyOf("md-conflict", c, evidenceSourcesOf(pieces, c.evidence))),
    render,
  );
}

function* groupSection(title: string, list: Conflict[], groupOf: (c: Conflict) => string, intro: (key: string, list: Conflict[]) => string[], ctx: RenderContext): Generator<string | Buffer> {
  if (!list.length) return;
  yield `## ${title}`;
  yield "";
  const groups = new Map<string, Conflict[]>();
  for (const c of list) {
    const key = groupOf(c);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(c);
  }
  const top = new Map([...groups].map(([key, group]) => [key, Math.max(...group.map((c) => c.severity ?? 1))]));
  const ordered = [...groups.entries()].sort((a, b) => top.get(b[0])! - top.get(a[0])! || (a[0] < b[0] ? -1 : 1));
  for (const [key, group] of ordered) {
    yield `### ${mdText(key, 200)}`;
    yield "";
    yield* intro(key, group);
    for (const c of [...group].sort(bySeverity)) yield cachedBlock(c, ctx);
    yield "";
  }
}

function orphanLines(orphaned: readonly Decision[]): string[] {
  if (!orphaned.length) return [];
  return [
    "## Decisions whose conflict is gone",
    "",
    "Kept in decisions.json; they apply again if the conflict comes back.",
    "",
    ...orphaned.map((d) => `- ${mdCode(d.conflict)}: ${decisionLabel({ decision: d.decision, value: d.value, note: d.note, at: d.at })}`),
    "",
  ];
}

/** The Markdown of conflicts.md. */
export function renderReport(conflicts: readonly Conflict[], timeline: Timeline, ctx: RenderContext = {}): string {
  return [...renderReportChunks(conflicts, timeline, ctx)].map(String).join("");
}

/** Whether a byte is printable ASCII other than a space: no white space as trimEnd sees it, and no newline to join a run. */
const solid = (byte: number | undefined) => byte !== undefined && byte > 0x20 && byte < 0x7f;

/** The index of the last character of `s` that is not white space (as trimEnd sees it), or -1. */
function lastNonSpace(s: string): number {
  let i = s.length - 1;
  while (i >= 0 && /\s/.test(s[i])) i--;
  return i;
}

/**
 * conflicts.md in pieces, as they are rendered: its lines joined by newlines, runs of blank lines
 * made one and the end trimmed to one newline, as one string would be, without ever holding it.
 * A cached block (bytes) that starts and ends with a printable character and holds no blank line
 * is copied as it is: nothing in it would be changed, and no run of newlines reaches into it.
 */
export function* renderReportChunks(conflicts: readonly Conflict[], timeline: Timeline, ctx: RenderContext = {}): Generator<string | Buffer> {
  // white space at the end of what came so far waits for more text: trimmed at the end, and a run
  // of newlines is always whole within one piece written
  let held = "";
  let first = true;
  for (const piece of reportLines(conflicts, timeline, ctx)) {
    if (typeof piece !== "string" && solid(piece[0]) && solid(piece[piece.length - 1]) && piece.indexOf("\n\n") < 0) {
      const lead = (held + (first ? "" : "\n")).replace(/\n{3,}/g, "\n\n");
      if (lead) yield lead;
      yield piece;
      held = "";
      first = false;
      continue;
    }
    const line = String(piece);
    const text = held + (first ? line : `\n${line}`);
    first = false;
    const last = lastNonSpace(text);
    if (last < 0) {
      held = text;
      continue;
    }
    yield text.slice(0, last + 1).replace(/\n{3,}/g, "\n\n");
    held = text.slice(last + 1);
  }
  yield "\n";
}

/** The lines of conflicts.md (a conflict's block, or an agreement's timeline, as one; a cached block as bytes). */
function* reportLines(conflicts: readonly Conflict[], timeline: Timeline, ctx: RenderContext): Generator<string | Buffer> {
  yield "# Conflict report";
  yield "";
  const open = conflicts.filter((c) => !c.review);
  const decided = conflicts.filter((c) => c.review);
  const count = (t: Conflict["type"]) => open.filter((c) => c.type === t).length;
  if (!conflicts.length) yield* ["No conflicts found.", ""];
  else
    yield* [
      `${open.length} open conflict${open.length === 1 ? "" : "s"}: ${count("status_conflict")} status, ${count("date_conflict")} date, ${count("name_variant")} name, ${count("title_conflict")} title${decided.length ? `; ${decided.length} decided` : ""}. Most trusted (by confidence) first within each group; every quote gives its file and character offsets. Record a decision with \`claimline decide <id> accept|reject\`.`,
      "",
    ];

  const agreementOf = (c: Conflict) => timeline.agreements.find((x) => c.parties && samePartySet(x.parties, c.parties) && x.name === c.subject)?.name ?? c.subject;
  const partiesOf = (_key: string, list: Conflict[]) => (list[0].parties?.length ? [`Parties: ${list[0].parties.map((p) => mdText(p, 80)).join(", ")}`, ""] : []);
  const variantsOf = (subject: string) => {
    const entity = timeline.entities.find((e) => e.canonical === subject);
    return entity?.variants.length ? [`Also written: ${entity.variants.map((v) => `“${mdText(v, 80)}”`).join(", ")}`, ""] : [];
  };
  const isAgreement = (c: Conflict) => c.type === "status_conflict" || c.type === "date_conflict";
  yield* groupSection("By agreement", open.filter(isAgreement), agreementOf, partiesOf, ctx);
  yield* groupSection("By entity", open.filter((c) => !isAgreement(c)), (c) => c.subject, variantsOf, ctx);
  if (decided.length) {
    yield* ["## Decided", ""];
    for (const c of [...decided].sort(bySeverity)) yield cachedBlock({ ...c, detail: `${c.subject}: ${c.detail}` }, ctx);
    yield "";
  }
  yield* orphanLines(ctx.orphaned ?? []);

  // the cleaned timeline, short
  yield* ["## Timeline (cleaned)", ""];
  if (!timeline.agreements.length) yield* ["No agreement events found.", ""];
  const pieces = ctx.pieces;
  for (const a of timeline.agreements) yield pieces ? pieces.cache.text(pieces.cache.pieceKeyOf(a, "md-timeline", "", () => keyOf("md-timeline", a, sourcesOf(pieces, []))), () => timelineLines(a).join("\n")) : timelineLines(a).join("\n");
}
