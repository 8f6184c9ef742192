// report.html: the conflict report as one self-contained page (inline CSS and JS, no network,
// opens from disk). Per agreement a timeline picture (SVG: events on a time axis, one lane per
// event type, disputed events marked, each linking to its sources); then the conflicts, most
// severe first, each with its id, explanation and evidence in its sentence; filters by agreement,
// conflict type and open/decided. With `review`, the page served by `claimline review` adds
// accept/reject forms. Every string from an article, a file name, a sidecar or decisions.json
// goes through `esc`; links only ever point inside the page.
import { createHash } from "node:crypto";
import { eventsFinder, markedEvents } from "./disputes.js";
import { sentenceAroundIn, type ReportContext, type SourceInfo } from "./context.js";
import { dateRange, LIFECYCLE, sourceFilesOf } from "./reconcile/index.js";
import { bySeverity, capped, TYPE_LABEL } from "./report.js";
import { evidenceSourcesOf, keyOf, sourcesOf, type PieceContext } from "./render-cache.js";
import type { Agreement, Conflict, Decision, Evidence, Timeline, TimelineEvent } from "./schemas.js";

export interface HtmlOptions extends ReportContext {
  /** Served by `claimline review`: forms that post decisions with this token. */
  review?: { token: string };
  /** The output folder's cache of rendered cards (report.html as `run` and `watch` write it; not the review page). */
  pieces?: PieceContext;
}

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u2060-\u2065\ufeff]/g;

/** Text for HTML content and quoted attributes: markup characters as entities, bidi controls shown, invisible controls dropped. */
const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Any character `esc` changes (BIDI, HIDDEN or a markup character): a string without one is returned as it is. */
const ESCAPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff&<>"']/;

export function esc(s: string | null | undefined): string {
  const text = String(s ?? "");
  // most of a report's strings (ids, dates, names, most sentences) have none: one scan instead of three replaces
  if (!ESCAPED.test(text)) return text;
  return text
    .replace(BIDI, "\ufffd")
    .replace(HIDDEN, "")
    .replace(/[&<>"']/g, (ch) => ENTITY[ch]);
}

/** A fragment id made only of safe characters. */
const anchor = (prefix: string, id: string) => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
const eventAnchor = (a: Agreement, i: number) => anchor("ev", `${a.id}-${i}`);
const label = (t: string) => t.replace(/_/g, " ");
const SEVERITY: Record<number, string> = { 3: "high", 2: "medium", 1: "low" };

const STYLE = `
:root { --ink: #1d2430; --muted: #5b6575; --line: #d8dde5; --bg: #f6f7f9; --card: #fff; --accent: #2457a6; --bad: #b3261e; --ok: #2e7d32; --mark: #ffe08a; }
* { box-sizing: border-box; }
[id] { scroll-margin-top: 9rem; }
.jump { font-size: .9rem; margin-left: auto; }
.jump a { color: var(--accent); margin-left: .8rem; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
header.top { position: sticky; top: 0; z-index: 2; background: var(--card); border-bottom: 1px solid var(--line); padding: .6rem 1.5rem; }
header.top h1 { font-size: 1.25rem; margin: 0 0 .2rem; }
.summary { color: var(--muted); margin: 0 0 .4rem; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: center; }
.filters label { font-size: .85rem; color: var(--muted); }
.filters select { margin-left: .3rem; font: inherit; font-size: .9rem; max-width: 22rem; }
main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h2 { font-size: 1.15rem; margin: 1.6rem 0 .6rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .8rem 1rem; margin: 0 0 1rem; break-inside: avoid; }
/* a card off screen is not laid out until it comes near (thousands of conflicts at scale) */
.card { content-visibility: auto; contain-intrinsic-size: auto 360px; }
.card h3 { font-size: 1.05rem; margin: 0 0 .2rem; }
.meta { color: var(--muted); font-size: .85rem; margin: 0 0 .5rem; }
svg.timeline { width: 100%; height: auto; display: block; margin: .3rem 0 .6rem; }
svg .lane-label { font-size: 12px; fill: var(--muted); }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .axis, svg .grid { stroke: var(--line); }
svg .range { stroke: var(--accent); stroke-width: 4; stroke-linecap: round; opacity: .45; }
svg .dot { fill: var(--accent); stroke: #fff; stroke-width: 2; }
svg .dot.disputed { fill: var(--bad); }
svg .ring { fill: none; stroke: var(--bad); stroke-width: 2; stroke-dasharray: 3 2; }
svg .undated { fill: #fff; stroke: var(--accent); stroke-width: 2; }
svg a:focus .dot, svg a:hover .dot { stroke: var(--ink); }
details.events summary { cursor: pointer; color: var(--accent); font-size: .9rem; }
ol.events { padding-left: 1.2rem; margin: .4rem 0 0; }
ol.events > li { margin: .3rem 0 .6rem; }
ol.events > li:target, ol.events > li.targeted { background: #eef3fb; outline: 2px solid var(--accent); border-radius: 4px; }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .45rem; border-radius: 999px; border: 1px solid currentColor; vertical-align: 1px; }
.badge.high, .badge.disputed { color: var(--bad); }
.badge.medium { color: #9a5b00; }
.confidence { font-size: .75rem; font-weight: 400; color: var(--muted, #5f6368); }
.badge.low { color: var(--muted); }
.badge.accept { color: var(--ok); }
.badge.reject { color: var(--muted); }
code { font: .85em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef0f3; padding: 0 .25rem; border-radius: 3px; overflow-wrap: anywhere; }
.conflict.decided { opacity: .75; }
.conflict .detail { margin: .3rem 0 .5rem; }
.evidence { list-style: none; padding: 0; margin: 0; }
.evidence li { border-left: 3px solid var(--line); padding: .1rem 0 .1rem .7rem; margin: .45rem 0; }
.evidence blockquote { margin: 0; }
.evidence li.show-more { border-left-color: transparent; }
button.show-more { font: inherit; font-size: .85rem; color: var(--accent); background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: .05rem .6rem; cursor: pointer; }
button.show-more:hover, button.show-more:focus { border-color: var(--accent); }
mark { background: var(--mark); padding: 0 .1rem; border-radius: 2px; }
.cite { color: var(--muted); font-size: .82rem; }
.decision { font-size: .9rem; margin: .3rem 0; }
form.decide { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin-top: .6rem; padding-top: .6rem; border-top: 1px dashed var(--line); }
form.decide input, form.decide select { font: inherit; font-size: .9rem; padding: .2rem .4rem; min-width: 19rem; }
form.decide input[name=note] { min-width: 14rem; flex: 1; }
form.decide button { font: inherit; font-size: .9rem; padding: .2rem .8rem; border-radius: 4px; border: 1px solid var(--line); background: #fff; cursor: pointer; }
form.decide button.accept { border-color: var(--ok); color: var(--ok); }
form.decide button.reject { border-color: var(--bad); color: var(--bad); }
form.decide output { color: var(--bad); font-size: .85rem; }
.empty { color: var(--muted); }
@media print {
  header.top { position: static; border: 0; }
  .filters, form.decide, details.events summary, li.show-more { display: none; }
  details.events > * { display: block; }
  body { background: #fff; font-size: 11pt; }
  .card { border-color: #bbb; content-visibility: visible; }
  a { color: inherit; text-decoration: none; }
}
`;

// filters: show a card when it fits the chosen agreement, conflict type and open/decided
// state; review mode posts a decision and reloads the page
const SCRIPT = `
(function () {
  var $ = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)); };
  var pick = function (id) { var el = document.getElementById(id); return el ? el.value : ""; };
  function apply() {
    var agreement = pick("f-agreement"), type = pick("f-type"), state = pick("f-state");
    $("[data-kind=agreement]").forEach(function (el) {
      el.hidden = !!agreement && el.getAttribute("data-agreement") !== agreement;
    });
    var shown = 0;
    $("[data-kind=conflict]").forEach(function (el) {
      var ids = (el.getAttribute("data-agreements") || "").split(" ");
      var ok = (!agreement || ids.indexOf(agreement) >= 0) && (!type || el.getAttribute("data-type") === type) && (!state || el.getAttribute("data-state") === state);
      el.hidden = !ok;
      if (ok) shown++;
    });
    var count = document.getElementById("shown-count");
    if (count) count.textContent = String(shown);
  }
  $(".filters select").forEach(function (el) { el.addEventListener("change", apply); });
  apply();
  // markup held back until asked for becomes DOM: an agreement's events when its list opens, the
  // rest of a list at its "N more" button. A noscript.later holds it as text the parser skipped
  // (without scripts a browser shows it as it is); a template.later inside such markup holds it
  // as inert nodes
  function contentOf(held) {
    if (held.tagName === "TEMPLATE") return held.content;
    var t = document.createElement("template");
    t.innerHTML = held.textContent;
    return t.content;
  }
  /** Puts the held markup in the page (in place of its "N more" item); its first element. */
  function unfold(held) {
    var holder = held.parentNode, content = contentOf(held), first = content.firstElementChild;
    if (holder.matches("li.show-more")) holder.parentNode.replaceChild(content, holder);
    else holder.replaceChild(content, held);
    return first;
  }
  document.addEventListener("toggle", function (ev) {
    var el = ev.target;
    if (el.tagName === "DETAILS" && el.open) Array.prototype.slice.call(el.children).forEach(function (c) { if (c.matches(".later")) unfold(c); });
  }, true);
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("button.show-more") : null;
    if (!button) return;
    var first = unfold(button.parentNode.querySelector(".later"));
    if (first) { first.tabIndex = -1; first.focus(); }
  });
  var holds = function (held, id) { return held.tagName === "TEMPLATE" ? !!held.content.getElementById(id) : held.textContent.indexOf('id="' + id + '"') >= 0; };
  /** The element with this id, unfolding the markup it waits in. */
  function byId(id) {
    var el = document.getElementById(id);
    while (!el) {
      var held = $(".later").filter(function (h) { return holds(h, id); })[0];
      if (!held) return null;
      unfold(held);
      el = document.getElementById(id);
    }
    return el;
  }
  // a link to an event opens the list it is in and marks it (:target misses an element made after the link was followed)
  function reveal() {
    var target = location.hash ? byId(decodeURIComponent(location.hash.slice(1))) : null;
    $(".targeted").forEach(function (el) { el.classList.remove("targeted"); });
    for (var el = target; el; el = el.parentElement) if (el.tagName === "DETAILS") el.open = true;
    if (target) { target.classList.add("targeted"); target.scrollIntoView(); }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  // printing shows every event's sources
  var closed = [];
  window.addEventListener("beforeprint", function () {
    for (var held = $(".later"); held.length; held = $(".later")) held.forEach(unfold);
    closed = $("details:not([open])");
    closed.forEach(function (el) { el.open = true; });
  });
  window.addEventListener("afterprint", function () { closed.forEach(function (el) { el.open = false; }); });
  var token = document.querySelector("meta[name=claimline-token]");
  $("form.decide").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var button = ev.submitter, out = form.querySelector("output");
      var body = { conflict: form.getAttribute("data-conflict"), decision: button ? button.value : "", value: form.elements.value.value || undefined, note: form.elements.note.value || undefined };
      out.textContent = "saving…";
      fetch("/decisions?token=" + encodeURIComponent(token ? token.content : ""), { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
        .then(function (res) { return res.json().then(function (json) { return { ok: res.ok, json: json }; }); })
        .then(function (r) { if (r.ok) location.reload(); else out.textContent = r.json.error || "not recorded"; })
        .catch(function (err) { out.textContent = "not recorded: " + err; });
    });
  });
})();
`;

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

function csp(review: boolean): string {
  return [
    "default-src 'none'",
    `style-src ${sha(STYLE)}`,
    `script-src ${sha(SCRIPT)}`,
    review ? "connect-src 'self'" : null,
    "img-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ]
    .filter(Boolean)
    .join("; ");
}

// ---------- the timeline picture ----------

const DAY = 864e5;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function timelineSvg(a: Agreement): string {
  const types = LIFECYCLE.filter((t) => a.events.some((e) => e.type === t));
  const ranges = a.events.map((e) => dateRange(e.date?.value));
  const dated = ranges.filter((r): r is [string, string] => Boolean(r));
  const hasUndated = ranges.some((r) => !r);
  const W = 960;
  const left = 150;
  const right = hasUndated ? 90 : 24;
  const lane = 30;
  const top = 14;
  const H = top + types.length * lane + 34;
  const x1 = W - right;
  let lo = dated.length ? Math.min(...dated.map((r) => dayOf(r[0]))) : 0;
  let hi = dated.length ? Math.max(...dated.map((r) => dayOf(r[1]))) : 0;
  if (hi - lo < 60 * DAY) {
    const mid = (lo + hi) / 2;
    lo = mid - 45 * DAY;
    hi = mid + 45 * DAY;
  }
  const pad = (hi - lo) * 0.04;
  lo -= pad;
  hi += pad;
  const x = (t: number) => left + ((t - lo) / (hi - lo)) * (x1 - left - 10);
  const yOf = (t: string) => top + types.indexOf(t as (typeof types)[number]) * lane + lane / 2;
  const parts: string[] = [];
  // lanes
  types.forEach((t, i) => {
    const y = top + i * lane + lane / 2;
    parts.push(`<line class="grid" x1="${left}" x2="${x1}" y1="${y}" y2="${y}"/>`, `<text class="lane-label" x="${left - 8}" y="${y + 4}" text-anchor="end">${esc(label(t))}</text>`);
  });
  // axis with year (or month) ticks
  const axisY = top + types.length * lane + 6;
  parts.push(`<line class="axis" x1="${left}" x2="${x1}" y1="${axisY}" y2="${axisY}"/>`);
  if (dated.length) {
    const from = new Date(lo);
    const to = new Date(hi);
    const years = to.getUTCFullYear() - from.getUTCFullYear();
    const ticks: Array<[number, string]> = [];
    if (years >= 2) {
      const step = Math.ceil(years / 8);
      for (let y = from.getUTCFullYear() + 1; y <= to.getUTCFullYear(); y += step) ticks.push([Date.UTC(y, 0, 1), String(y)]);
    } else {
      const months = years * 12 + to.getUTCMonth() - from.getUTCMonth();
      const step = Math.max(1, Math.ceil(months / 8));
      for (let m = 1; m <= months; m += step) {
        const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + m, 1));
        ticks.push([d.getTime(), d.toISOString().slice(0, 7)]);
      }
    }
    for (const [t, text] of ticks) {
      const tx = x(t).toFixed(1);
      parts.push(`<line class="axis" x1="${tx}" x2="${tx}" y1="${axisY}" y2="${axisY + 5}"/>`, `<text class="tick" x="${tx}" y="${axisY + 18}" text-anchor="middle">${esc(text)}</text>`);
    }
  }
  if (hasUndated) parts.push(`<text class="tick" x="${W - right / 2}" y="${axisY + 18}" text-anchor="middle">undated</text>`);
  // events
  const undatedSeen = new Map<string, number>();
  a.events.forEach((e, i) => {
    const r = ranges[i];
    const y = yOf(e.type);
    const title = `${label(e.type)}${e.date?.value ? ` ${e.date.value}` : " (undated)"}${e.disputed ? ` (disputed: ${e.conflicts.join(", ")})` : ""}, ${e.sources.length} source${e.sources.length === 1 ? "" : "s"}`;
    let shape: string;
    if (r) {
      const xa = x(dayOf(r[0]));
      const xb = x(dayOf(r[1]) + DAY);
      const cx = r[0] === r[1] ? xa : (xa + xb) / 2;
      const bar = r[0] === r[1] ? "" : `<line class="range" x1="${xa.toFixed(1)}" x2="${xb.toFixed(1)}" y1="${y}" y2="${y}"/>`;
      shape = `${bar}<circle class="dot${e.disputed ? " disputed" : ""}" cx="${cx.toFixed(1)}" cy="${y}" r="7"/>${e.disputed ? `<circle class="ring" cx="${cx.toFixed(1)}" cy="${y}" r="11"/>` : ""}`;
    } else {
      const n = undatedSeen.get(e.type) ?? 0;
      undatedSeen.set(e.type, n + 1);
      const cx = W - right / 2 + n * 16;
      shape = `<circle class="${e.disputed ? "dot disputed" : "undated"}" cx="${cx}" cy="${y}" r="7"/>${e.disputed ? `<circle class="ring" cx="${cx}" cy="${y}" r="11"/>` : ""}`;
    }
    parts.push(`<a href="#${eventAnchor(a, i)}"><title>${esc(title)}</title>${shape}</a>`);
  });
  return `<svg class="timeline" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(`Timeline of the ${a.name}`)}">${parts.join("")}</svg>`;
}

// ---------- evidence ----------

function sourceLine(file: string, info: SourceInfo | undefined, span?: { start: number; end: number }): string {
  const bits = [`<code>${esc(file)}</code>`];
  if (info?.outlet) bits.push(esc(info.outlet));
  if (info?.title) bits.push(`“${esc(info.title)}”`);
  bits.push(info?.published ? `published ${esc(info.published)}${info.inferred ? " (inferred)" : ""}` : "publication date unknown");
  if (span) bits.push(`characters ${span.start}–${span.end}`);
  return `<div class="cite">${bits.join(" · ")}</div>`;
}

function inContext(e: Evidence, info: SourceInfo | undefined): string {
  if (info && info.text.slice(e.start, e.end) === e.text) {
    const [before, span, after] = sentenceAroundIn(info, e.start, e.end);
    return `<blockquote>${esc(before)}<mark>${esc(span)}</mark>${esc(after)}</blockquote>`;
  }
  return `<blockquote><mark>${esc(e.text)}</mark></blockquote>`;
}

/**
 * Sources (of an event) or pieces of evidence (of a conflict) shown at once; the rest, up to the
 * cap, wait behind an "N more" button. Most conflicts and events have fewer, and a reader sees the
 * first few before deciding to read on.
 */
export const SHOWN_FIRST = 3;

/**
 * Markup the page holds back until the reader asks for it (the page's script makes it DOM): as text
 * the HTML parser skips, in a noscript (a browser without scripts shows it as it is), or, inside
 * such text, as an inert template (a noscript cannot hold another).
 */
type Hold = (html: string) => string;
const later: Hold = (html) => `<noscript class="later">${html}</noscript>`;
const laterInside: Hold = (html) => `<template class="later">${html}</template>`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A list's items, the ones quoting the same sentence in one item (the sentence once, then each
 * source's line): the first SHOWN_FIRST items, then a button showing the rest (up to the cap), then a
 * line saying how many more there are and where they all are.
 */
function evidenceItems<T extends Evidence>(list: readonly T[], articles: ReportContext["articles"], extra: (e: T) => string, where: string, noun: [string, string], hold: Hold): string {
  const { shown, more } = capped(list);
  const groups = new Map<string, string[]>();
  for (const e of shown) {
    const info = articles?.get(e.file);
    const quote = inContext(e, info);
    const cites = groups.get(quote);
    const cite = sourceLine(e.file, info, e) + extra(e);
    if (cites) cites.push(cite);
    else groups.set(quote, [cite]);
  }
  const items = [...groups].map(([quote, cites]) => ({ html: `<li>${quote}${cites.length > 1 ? `<div class="cite">the same sentence in ${cites.length} sources:</div>` : ""}${cites.join("")}</li>`, count: cites.length }));
  const rest = items.slice(SHOWN_FIRST);
  const restCount = rest.reduce((n, i) => n + i.count, 0);
  return (
    items
      .slice(0, SHOWN_FIRST)
      .map((i) => i.html)
      .join("") +
    (rest.length ? `<li class="show-more"><button type="button" class="show-more">${plural(restCount, `more ${noun[0]}`, `more ${noun[1]}`)}</button>${hold(rest.map((i) => i.html).join(""))}</li>` : "") +
    (more ? `<li class="more">… and ${more} more (all of them in ${where})</li>` : "")
  );
}

// ---------- sections ----------

function eventItem(a: Agreement, e: TimelineEvent, i: number, articles: ReportContext["articles"]): string {
  const date = e.date?.value ? `<strong>${esc(e.date.value)}</strong>${e.date.text ? ` (“${esc(e.date.text)}”)` : ""}` : "<strong>undated</strong>";
  const flags = [e.hedged ? `<span class="badge low">hedged</span>` : "", e.disputed ? `<span class="badge disputed">disputed</span> ${e.conflicts.map((id) => `<a href="#${anchor("c", id)}"><code>${esc(id)}</code></a>`).join(" ")}` : ""].filter(Boolean).join(" ");
  // a source's own date is worth showing when it is not the event's
  const own = (s: TimelineEvent["sources"][number]) => (s.date && s.date.value !== e.date?.value ? `<div class="cite">this source dates it ${esc(s.date.value ?? "(unresolved)")} (“${esc(s.date.text)}”)</div>` : "");
  const sources = evidenceItems(e.sources, articles, own, "timeline.json", ["source", "sources"], laterInside);
  return `<li id="${eventAnchor(a, i)}">${date} — ${esc(label(e.type))}${(e as { party?: string }).party ? ` by ${esc((e as { party?: string }).party)}` : ""} ${flags}<ul class="evidence">${sources}</ul></li>`;
}

function agreementCard(a: Agreement, articles: ReportContext["articles"]): string {
  const disputed = a.events.filter((e) => e.disputed).length;
  return `<article class="card" data-kind="agreement" data-agreement="${esc(a.id)}" id="${anchor("ag", a.id)}">
<h3>${esc(a.name)}</h3>
<p class="meta">${a.parties.map(esc).join(" · ")}${a.kind ? ` · ${esc(a.kind)}` : ""} · ${a.events.length} event${a.events.length === 1 ? "" : "s"}${disputed ? ` · <span class="badge disputed">${disputed} disputed</span>` : ""}</p>
${timelineSvg(a)}
<details class="events"><summary>Events and their sources</summary>${later(`<ol class="events">${a.events.map((e, i) => eventItem(a, e, i, articles)).join("")}</ol>`)}</details>
</article>`;
}

function decisionText(r: NonNullable<Conflict["review"]>): string {
  return `<p class="decision"><span class="badge ${r.decision}">${r.decision === "accept" ? "accepted" : "rejected"}</span>${r.value !== undefined ? ` value “${esc(r.value)}”` : ""}${r.note ? ` · note: “${esc(r.note)}”` : ""} · <time>${esc(r.at)}</time></p>`;
}

function valueHint(c: Conflict): string {
  if (c.type === "name_variant") return `right spelling (default: ${c.canonical ?? ""})`;
  if (c.type === "date_conflict") return `right date, YYYY-MM-DD (default: ${c.values?.[0] ?? ""})`;
  return "right title (optional)";
}

/** The value field: the statuses to choose from, or free text with the conflict's candidates suggested. */
function valueField(c: Conflict): string {
  if (c.type === "status_conflict") {
    const options = (c.values ?? []).map((v) => `<option value="${esc(v)}">${esc(label(v))}</option>`).join("");
    return `<select name="value" aria-label="right status"><option value="">right status: choose, or keep both</option>${options}</select>`;
  }
  const candidates = c.type === "name_variant" ? [c.canonical ?? ""] : c.type === "date_conflict" ? (c.values ?? []) : [];
  const list = anchor("dl", c.id);
  return `<input name="value" aria-label="value" list="${list}" placeholder="${esc(valueHint(c))}"><datalist id="${list}">${candidates.map((v) => `<option value="${esc(v)}"></option>`).join("")}</datalist>`;
}

function reviewForm(c: Conflict): string {
  return `<form class="decide" data-conflict="${esc(c.id)}">
${valueField(c)}<input name="note" aria-label="note" placeholder="note (optional)">
<button type="submit" class="accept" name="decision" value="accept">Accept</button><button type="submit" class="reject" name="decision" value="reject">Reject</button><output></output></form>`;
}

/**
 * The agreements a conflict concerns, in the timeline's order: its own (those holding its events,
 * or named as its subject when it has parties), or (names, titles) those its evidence files report
 * on. The timeline is indexed once for all conflicts; an open conflict's events are read from the
 * dispute marks when the timeline was marked from this list (markedEvents), not looked up by its
 * evidence.
 */
function relatedAgreements(timeline: Timeline, conflicts: readonly Conflict[]): (c: Conflict) => readonly Agreement[] {
  const eventsOfConflict = eventsFinder(timeline);
  const marked = markedEvents(timeline, conflicts);
  const order = new Map<Agreement, number>();
  const holders = new Map<TimelineEvent, Agreement[]>();
  const named = new Map<string, Agreement[]>();
  const agreementsOfFile = new Map<string, Agreement[]>();
  const add = <K>(map: Map<K, Agreement[]>, key: K, a: Agreement) => {
    const list = map.get(key);
    if (!list) map.set(key, [a]);
    else if (list.at(-1) !== a) list.push(a);
  };
  for (const [i, a] of timeline.agreements.entries()) {
    order.set(a, i);
    add(named, a.name, a);
    for (const e of a.events) {
      add(holders, e, a);
      // the files alone: an unchanged agreement's sources are not made for them (sourceFilesOf)
      for (const f of sourceFilesOf(e)) add(agreementsOfFile, f, a);
    }
  }
  return (c) => {
    const own = new Set<Agreement>();
    const events = marked && !c.review ? (marked.get(c.id) ?? []) : eventsOfConflict(c);
    for (const e of events) for (const a of holders.get(e) ?? []) own.add(a);
    if (c.parties) for (const a of named.get(c.subject) ?? []) own.add(a);
    if (own.size) return [...own].sort((a, b) => order.get(a)! - order.get(b)!);
    return [...new Set(c.evidence.flatMap((e) => agreementsOfFile.get(e.file) ?? []))];
  };
}

function conflictCard(c: Conflict, opts: HtmlOptions, related: readonly Agreement[]): string {
  const sev = SEVERITY[c.severity ?? 1] ?? "low";
  const heading = c.type === "name_variant" && c.variant ? `“${esc(c.variant)}” → “${esc(c.canonical ?? "")}”` : esc(c.subject);
  return `<article class="card conflict${c.review ? " decided" : ""}" id="${anchor("c", c.id)}" data-kind="conflict" data-type="${esc(c.type)}" data-state="${c.review ? "decided" : "open"}" data-agreements="${related.map((a) => esc(a.id)).join(" ")}">
<h3>${esc(TYPE_LABEL[c.type])}: ${heading} <span class="badge ${sev}">${sev}</span>${c.confidence !== undefined ? ` <span class="confidence">confidence ${c.confidence.toFixed(2)}</span>` : ""}</h3>
<p class="meta">id <code>${esc(c.id)}</code>${c.type === "name_variant" ? ` · ${esc(c.subject)}` : ""}${c.parties?.length ? ` · ${c.parties.map(esc).join(" · ")}` : ""}</p>
<p class="detail">${esc(c.detail)}</p>
${c.review ? decisionText(c.review) : ""}
<ul class="evidence">${evidenceItems(c.evidence, opts.articles, () => "", "conflicts.json", ["piece of evidence", "pieces of evidence"], later)}</ul>
${opts.review ? reviewForm(c) : ""}
</article>`;
}

function orphanSection(orphaned: readonly Decision[]): string {
  if (!orphaned.length) return "";
  return `<section id="orphaned"><h2>Decisions whose conflict is gone</h2><p class="meta">Kept in decisions.json; they apply again if the conflict comes back.</p><ul>${orphaned
    .map((d) => `<li><code>${esc(d.conflict)}</code> ${decisionText({ decision: d.decision, value: d.value, note: d.note, at: d.at })}</li>`)
    .join("")}</ul></section>`;
}


/** The HTML of report.html (or of the review page, with `review`). */
export function renderHtml(conflicts: readonly Conflict[], timeline: Timeline, opts: HtmlOptions = {}): string {
  return [...renderHtmlChunks(conflicts, timeline, opts)].map(String).join("");
}

/** report.html in pieces (one per agreement and conflict card; cards from the cache as bytes): the output folder writes them as they come. */
export function* renderHtmlChunks(conflicts: readonly Conflict[], timeline: Timeline, opts: HtmlOptions = {}): Generator<string | Buffer> {
  const pieces = opts.review ? undefined : opts.pieces;
  const agreementPiece = (a: Agreement): string | Buffer => {
    if (!pieces) return agreementCard(a, opts.articles);
    const key = pieces.cache.pieceKeyOf(a, "html-agreement", "", () => keyOf("html-agreement", a, sourcesOf(pieces, a.events.flatMap(sourceFilesOf))));
    return pieces.cache.bytes(key, () => agreementCard(a, opts.articles));
  };
  const conflictPiece = (c: Conflict, related: readonly Agreement[]): string | Buffer => {
    if (!pieces) return conflictCard(c, opts, related);
    const ids = related.map((a) => a.id).join("\n");
    const key = pieces.cache.pieceKeyOf(c, "html-conflict", ids, () => keyOf("html-conflict", c, evidenceSourcesOf(pieces, c.evidence), ids));
    return pieces.cache.bytes(key, () => conflictCard(c, opts, related));
  };
  const open = conflicts.filter((c) => !c.review).length;
  const decided = conflicts.length - open;
  const types = (Object.keys(TYPE_LABEL) as Conflict["type"][]).filter((t) => conflicts.some((c) => c.type === t));
  const option = (value: string, text: string, selected = false) => `<option value="${esc(value)}"${selected ? " selected" : ""}>${esc(text)}</option>`;
  const filters = `<div class="filters">
<label>Agreement<select id="f-agreement">${option("", "all agreements")}${timeline.agreements.map((a) => option(a.id, a.name)).join("")}</select></label>
<label>Conflict type<select id="f-type">${option("", "all types")}${types.map((t) => option(t, TYPE_LABEL[t])).join("")}</select></label>
<label>State<select id="f-state">${option("open", `open (${open})`, true)}${option("decided", `decided (${decided})`)}${option("", `all (${conflicts.length})`)}</select></label>
<span class="jump"><a href="#timelines">Timelines (${timeline.agreements.length})</a><a href="#conflicts">Conflicts (${conflicts.length})</a>${opts.orphaned?.length ? `<a href="#orphaned">Orphaned decisions (${opts.orphaned.length})</a>` : ""}</span>
</div>`;
  const list = [...conflicts].sort(bySeverity);
  const relatedOf = relatedAgreements(timeline, conflicts);
  yield `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${esc(csp(Boolean(opts.review)))}">
<meta name="referrer" content="no-referrer">
${opts.review ? `<meta name="claimline-token" content="${esc(opts.review.token)}">\n` : ""}<title>Conflict report${opts.review ? " (review)" : ""}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top">
<h1>Conflict report${opts.review ? " — review" : ""}</h1>
<p class="summary">${open} open conflict${open === 1 ? "" : "s"}, ${decided} decided · ${timeline.agreements.length} agreement timeline${timeline.agreements.length === 1 ? "" : "s"} · showing <span id="shown-count">${conflicts.length}</span>${opts.review ? "" : ` · record decisions with <code>claimline decide &lt;id&gt; accept|reject</code> or <code>claimline review</code>`}</p>
${filters}
</header>
<main>
<section id="timelines"><h2>Timelines</h2>
`;
  if (!timeline.agreements.length) yield `<p class="empty">No agreement events found.</p>`;
  for (const [i, a] of timeline.agreements.entries()) {
    if (i) yield "\n";
    yield agreementPiece(a);
  }
  yield `
</section>
<section id="conflicts"><h2>Conflicts, most trusted first</h2>
`;
  if (!list.length) yield `<p class="empty">No conflicts found.</p>`;
  for (const [i, c] of list.entries()) {
    if (i) yield "\n";
    yield conflictPiece(c, relatedOf(c));
  }
  yield `
</section>
${orphanSection(opts.orphaned ?? [])}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
