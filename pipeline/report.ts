// conflicts.md: the conflict report for a human reviewer. Grouped by agreement and by entity,
// most severe first, each conflict with what to check and the quoted evidence (file, offsets),
// then a short cleaned timeline per agreement.
import type { Agreement, Conflict, Evidence, Timeline } from "./schemas.js";

const SEVERITY: Record<number, string> = { 3: "high", 2: "medium", 1: "low" };
const TYPE_LABEL: Record<Conflict["type"], string> = {
  status_conflict: "Status conflict",
  date_conflict: "Date conflict",
  name_variant: "Name variant",
  title_conflict: "Title conflict",
};

/** One line of quoted text, safe inside Markdown (no line breaks, no stray pipes or backticks). */
function quoteOf(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

function evidenceLines(evidence: readonly Evidence[]): string[] {
  return evidence.map((e) => `  - > “${quoteOf(e.text)}” — \`${e.file}\` [${e.start}–${e.end}]`);
}

function conflictBlock(c: Conflict): string[] {
  const sev = `${SEVERITY[c.severity ?? 1] ?? "low"}${c.confidence !== undefined ? `, confidence ${c.confidence.toFixed(2)}` : ""}`;
  const head =
    c.type === "name_variant" && c.variant
      ? `**${TYPE_LABEL[c.type]}** (${sev}): “${quoteOf(c.variant)}” → “${quoteOf(c.canonical ?? "")}”`
      : `**${TYPE_LABEL[c.type]}** (${sev})`;
  return [`- ${head}. ${quoteOf(c.detail, 600)}`, ...evidenceLines(c.evidence)];
}

// most trusted first: confidence where set, else severity
const trust = (c: Conflict) => c.confidence ?? (c.severity ?? 1) / 3;
const bySeverity = (a: Conflict, b: Conflict) => trust(b) - trust(a) || (b.severity ?? 1) - (a.severity ?? 1) || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : 1);
const samePartySet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

function timelineLines(a: Agreement): string[] {
  const out = [`### ${a.name}`, "", `Parties: ${a.parties.join(", ")}${a.kind ? ` · kind: ${a.kind}` : ""}`, "", "| date | event | sources |", "| --- | --- | --- |"];
  for (const e of a.events) {
    const date = e.date?.value ? `${e.date.value}${e.date.text ? ` (“${quoteOf(e.date.text, 60)}”)` : ""}` : "undated";
    const files = [...new Set(e.sources.map((s) => `\`${s.file}\``))].join(", ");
    out.push(`| ${date} | ${e.type.replace(/_/g, " ")}${e.party ? ` by ${e.party}` : ""}${e.hedged ? " (hedged)" : ""} | ${files} |`);
  }
  out.push("");
  return out;
}

/** The Markdown of conflicts.md. */
export function renderReport(conflicts: readonly Conflict[], timeline: Timeline): string {
  const lines: string[] = ["# Conflict report", ""];
  const count = (t: Conflict["type"]) => conflicts.filter((c) => c.type === t).length;
  if (!conflicts.length) lines.push("No conflicts found.", "");
  else
    lines.push(
      `${conflicts.length} conflict${conflicts.length === 1 ? "" : "s"}: ${count("status_conflict")} status, ${count("date_conflict")} date, ${count("name_variant")} name, ${count("title_conflict")} title. Most trusted (by confidence) first within each group; every quote gives its file and character offsets.`,
      "",
    );

  // by agreement: status and date conflicts
  const agreementConflicts = conflicts.filter((c) => c.type === "status_conflict" || c.type === "date_conflict");
  if (agreementConflicts.length) {
    lines.push("## By agreement", "");
    const groups = new Map<string, Conflict[]>();
    for (const c of agreementConflicts) {
      const a = timeline.agreements.find((x) => c.parties && samePartySet(x.parties, c.parties) && x.name === c.subject);
      const key = a?.name ?? c.subject;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(c);
    }
    const ordered = [...groups.entries()].sort((a, b) => Math.max(...b[1].map(trust)) - Math.max(...a[1].map(trust)) || (a[0] < b[0] ? -1 : 1));
    for (const [name, list] of ordered) {
      const parties = list[0].parties?.join(", ");
      lines.push(`### ${name}`, "", ...(parties ? [`Parties: ${parties}`, ""] : []));
      for (const c of [...list].sort(bySeverity)) lines.push(...conflictBlock(c));
      lines.push("");
    }
  }

  // by entity: name variants and titles
  const entityConflicts = conflicts.filter((c) => c.type === "name_variant" || c.type === "title_conflict");
  if (entityConflicts.length) {
    lines.push("## By entity", "");
    const groups = new Map<string, Conflict[]>();
    for (const c of entityConflicts) {
      if (!groups.has(c.subject)) groups.set(c.subject, []);
      groups.get(c.subject)!.push(c);
    }
    const ordered = [...groups.entries()].sort((a, b) => Math.max(...b[1].map(trust)) - Math.max(...a[1].map(trust)) || (a[0] < b[0] ? -1 : 1));
    for (const [subject, list] of ordered) {
      const entity = timeline.entities.find((e) => e.canonical === subject);
      lines.push(`### ${subject}`, "", ...(entity?.variants.length ? [`Also written: ${entity.variants.map((v) => `“${quoteOf(v, 80)}”`).join(", ")}`, ""] : []));
      for (const c of [...list].sort(bySeverity)) lines.push(...conflictBlock(c));
      lines.push("");
    }
  }

  // the cleaned timeline, short
  lines.push("## Timeline (cleaned)", "");
  if (!timeline.agreements.length) lines.push("No agreement events found.", "");
  for (const a of timeline.agreements) lines.push(...timelineLines(a));
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
