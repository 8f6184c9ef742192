// conflicts.md: the conflict report for people, first version.
import type { Conflict, Timeline } from "./schemas.js";

export function renderReport(conflicts: Conflict[], timeline: Timeline): string {
  const lines = ["# claimline conflict report", ""];
  lines.push(conflicts.length ? `${conflicts.length} conflict(s) to review.` : "No conflicts found.", "");
  for (const c of conflicts) {
    lines.push(`## ${c.type}: ${c.subject}`, "", c.detail, "");
    for (const e of c.evidence) lines.push(`- ${e.file} [${e.start}–${e.end}]: “${e.text}”`);
    lines.push("");
  }
  lines.push("## Timelines", "");
  for (const a of timeline.agreements) {
    lines.push(`### ${a.name} (${a.parties.join(", ")})`, "");
    for (const ev of a.events) lines.push(`- ${ev.date?.value ?? "undated"}: ${ev.type} (${ev.sources.length} source(s))`);
    lines.push("");
  }
  return lines.join("\n");
}
