// Date conflicts: the sources of one merged event give disjoint dates.
import type { Conflict, DateRef, EventType } from "../schemas.js";
import { bySpan, dateRange, hashId, partyAct, theAgreement, widthOf, type AgreementGroup } from "./common.js";
import type { EventClaim } from "./contributions.js";

export interface DateCluster {
  range: [string, string];
  claims: EventClaim[];
}



export function clusterDate(k: DateCluster): DateRef {
  // the most specific value in the cluster, as its first source wrote it
  const best = [...k.claims].sort((a, b) => widthOf(dateRange(a.date!.value)!) - widthOf(dateRange(b.date!.value)!) || bySpan(a.evidence, b.evidence))[0];
  return { value: best.date!.value, text: best.date!.text };
}

/** How far (days) the report closest to a date was published from it: nearer reports know better. */
export function nearestReport(k: DateCluster): number {
  const day = Date.parse(k.range[0]);
  const gaps = k.claims.map((c) => (c.published ? Math.abs(Date.parse(c.published) - day) / 864e5 : Infinity));
  return Math.min(...gaps);
}

export const stated = (k: DateCluster) => Number(k.claims.some((c) => c.certain));
const DAY_MS = 864e5;

/**
 * The claims of `k` that tell its date from the other clusters' (`among`): not a wider date that holds
 * another cluster's too. "February 2011" joins the cluster of 5 February but fits 15 February as well,
 * so it backs neither day when two sources disagree on the day.
 */
export function backing(k: DateCluster, among: readonly DateCluster[]): EventClaim[] {
  return k.claims.filter((c) => {
    const r = dateRange(c.date?.value);
    return !r || !among.some((o) => o !== k && r[0] <= o.range[0] && o.range[1] <= r[1]);
  });
}
const articlesOf = (claims: readonly EventClaim[]) => new Set(claims.map((c) => c.evidence.file)).size;

/** Why the timeline keeps `top` over `next`: the first ranking key that tells them apart (sources counted as `backing` does). */
function whyKept(top: DateCluster, next: DateCluster, among: readonly DateCluster[]): string {
  if (stated(top) !== stated(next)) return "the other date is only inferred";
  const [a, b] = [backing(top, among), backing(next, among)];
  if (a.length !== b.length) return `more sources give it (${a.length} vs ${b.length})`;
  if (articlesOf(a) !== articlesOf(b)) return `more articles give it (${articlesOf(a)} vs ${articlesOf(b)})`;
  if (widthOf(top.range) !== widthOf(next.range)) return "it is the more specific date";
  if (nearestReport({ range: top.range, claims: a }) !== nearestReport({ range: next.range, claims: b })) return "its report was published closest to the event";
  return "the sources are evenly split; it is only the earlier date, so check both";
}

/** How sure two stated dates of one event disagree: two days more than a day apart most, a wide period least. */
function dateConfidence(top: DateCluster, other: DateCluster): number {
  const day = (r: [string, string]) => r[0] === r[1];
  let c = day(top.range) && day(other.range) ? 0.9 : day(top.range) || day(other.range) ? 0.75 : 0.6;
  // one day apart: a time zone or a report written the next day may explain it
  const gap = Math.min(Math.abs(Date.parse(other.range[0]) - Date.parse(top.range[1])), Math.abs(Date.parse(top.range[0]) - Date.parse(other.range[1]))) / DAY_MS;
  if (gap <= 1) c -= 0.15;
  if ([...top.claims, ...other.claims].every((x) => x.hedged)) c -= 0.2;
  return Math.round(Math.max(0.05, c) * 100) / 100;
}

/**
 * One conflict per merged event whose sources state disjoint dates ("on Tuesday" vs "on March 16";
 * "in 2002" vs "in 2004"), never per pair of dates: its id is the agreement, type and party only.
 */
export function dateConflict(g: AgreementGroup, name: string, type: EventType, party: string | null, top: DateCluster, next: DateCluster, rivals: DateCluster[], usedIds: Set<string>, episode: readonly DateCluster[] = [top, ...rivals]): Conflict {
  const kept = clusterDate(top);
  const shown = [top, ...rivals];
  const dates = shown.map((k) => {
    const d = clusterDate(k);
    return `${d.value} ("${d.text}", ${files(backing(k, shown))})`;
  });
  // the wider dates that fit more than one of them ("February 2011" of 5 vs 15 February) back none
  // (each cluster's backing worked out once, not once per claim of it: a changed agreement of ten thousand
  // bench articles has clusters of hundreds of claims)
  const wide = shown.flatMap((k) => {
    const backs = new Set(backing(k, shown));
    return k.claims.filter((c) => !backs.has(c));
  });
  const fitsAll = wide.length ? ` ${files(wide).replace(/, ([^,]*)$/, " and $1")} give${new Set(wide.map((c) => c.evidence.file)).size > 1 ? "" : "s"} only ${[...new Set(wide.map((c) => `"${c.date!.text}"`))].join(" or ")}, which fits either.` : "";
  let id = hashId("date_conflict", g.key, type, ...(party ? [party] : []));
  // a second episode of the same event with its own disagreement (rare) adds its kept date
  if (usedIds.has(id)) id = hashId("date_conflict", g.key, type, ...(party ? [party] : []), kept.value ?? "");
  usedIds.add(id);
  const confidence = Math.max(...rivals.map((k) => dateConfidence(top, k)));
  // two dates a day apart at most (not two months or years, which also score lower)
  const oneDay = rivals.some((k) => Math.min(Math.abs(Date.parse(k.range[0]) - Date.parse(top.range[1])), Math.abs(Date.parse(top.range[0]) - Date.parse(k.range[1]))) / DAY_MS <= 1);
  return {
    id,
    type: "date_conflict",
    subject: name,
    parties: g.parties,
    detail: `Sources disagree on when ${happened(type, theAgreement(name), party)}: ${dates.join(" vs ")}.${fitsAll} The timeline keeps ${kept.value}: ${whyKept(top, next, episode)}. Check ${RECORD_OF[type]}${oneDay ? "; dates one day apart may be one day in two time zones" : ""}.`,
    severity: 2,
    confidence,
    rule: "dates-differ",
    event: type,
    values: [kept.value ?? "", ...rivals.map((k) => clusterDate(k).value ?? "")],
    evidence: [...top.claims, ...rivals.flatMap((k) => k.claims)].filter((c) => dateRange(c.date?.value)).map((c) => c.evidence).sort(bySpan),
    review: null,
  };
}

/**
 * Where the date of each kind of act is on record, for a reviewer settling two dates: not another
 * news report, but what the parties or the keeper of the agreement published themselves.
 */
const RECORD_OF: Record<EventType, string> = {
  proposed: "the proposing government's own statement or the first official draft, with its date",
  announced: "the announcing government's or party's own statement, with its date",
  signed: "the official record of the signing: the parties' joint statement or the depositary's list of signatures, with the date of the ceremony",
  ratified: "the official record of the ratification: the parliament's vote or the instrument of ratification deposited with the depositary",
  expected_in_force: "the date the agreement itself sets for entry into force, or the depositary's notice",
  entered_into_force: "the official record of entry into force: the depositary's notice or the official journal, which give the day it took effect",
  never_implemented: "the official record of what was carried out under the agreement (a first transfer or payment) and when",
  suspended: "the suspending party's own notice (its government's statement or its note to the other parties) and the day it took effect",
  terminated: "the party's notice of termination and the day the termination took effect (a notice period may separate the two)",
  expanded: "the official record of the amendment or extension: the signed protocol or the parties' joint statement",
  ruled_unlawful: "the court's own record of the ruling (its judgment or press release), with the day it was handed down",
  upheld: "the court's own record of the ruling (its judgment or press release), with the day it was handed down",
  withdrawn: "the party's notice of withdrawal and the day it took effect (the notice is often given months before)",
  rejoined: "the party's own notice of its return (its government's statement or the depositary's notice) and the day it took effect",
};

/** The event as a clause: "the New START entered into force", "United States withdrew from the Paris Agreement". */
function happened(type: EventType, agreement: string, party: string | null): string {
  if (type === "entered_into_force") return `${agreement} entered into force`;
  if (type === "expected_in_force") return `${agreement} was expected to enter into force`;
  return partyAct(type, agreement, party) ?? `${agreement} was ${type.replace(/_/g, " ")}${party ? ` by ${party}` : ""}`;
}

const files = (claims: EventClaim[]) => [...new Set(claims.map((c) => c.evidence.file))].sort().join(", ");
