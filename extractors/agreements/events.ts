// Step 4, type and date: a frame that reports a completed event becomes an AgreementEvent on its
// agreement (registry name, kind and fixed parties), with the acting party when one party acts
// alone, dated by the time expression of its own clause from the dates extractor.
import { OPEN_TREATY_CUES, PRESENT_ENTRY } from "../lexicon/agreement-terms.js";
import type { AgreementEvent, DateRef, Span, TemporalExpression } from "../../pipeline/schemas.js";
import { announcementDates, calendarDate, dateAt, daysListedBefore, firstDay, leadPerfectDate, offsetDate, periodBefore, processUnderWayDate, reportingDate } from "./dating.js";
import { HEDGE, type Frame } from "./frames.js";

/** The bare forms of an entry into force: "enter into force", "go into effect", "take effect". */
const BARE_ENTRY = /^(?:enter|go|come|take|become)\b/i;
/** "has finally come into force", "had become effective": a perfect's auxiliary makes "come" and "become" participles, the act done. */
const PERFECT_LEAD = /\b(?:has|have|had)\s+(?:\w+ly\s+)?$/i;

/**
 * The date of the frame's clause nearest its trigger (dating.ts decides which dates may date it), outside
 * the agreement's own name ("the 1951 Refugee Convention" names the agreement, it does not date the
 * event), and no later than the report: a completed event is in the past, so a weekday is read back.
 */
export function dateOf(text: string, frame: Frame, dates: readonly TemporalExpression[], published: string | null, sentenceStart = frame.clause.start, dir: "past" | "future" = "past", otherCues: readonly Span[] = []): DateRef | null {
  const site = { cue: frame.cue, clause: frame.clause, sentenceStart, otherCues, names: [frame.ref], object: frame.link === "object" ? frame.ref : null, relative: frame.link === "relative", relativeTo: frame.link === "relative" && frame.ref.end <= frame.cue.start ? frame.ref : null, announcement: frame.type === "announced" };
  return dateAt(text, site, dates, published, dir)?.ref ?? null;
}

/** "respectively" closing a clause: its list of dates pairs, in order, with the list of parties before it. */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * "Lithuania, Estonia and Latvia acceded to the convention in 2003, 2004 and 2005, respectively": the frames one
 * trigger gives a coordinated subject (one per party, in the list's order) take the clause's dates after the
 * trigger one each, in order, when there are as many dates as parties; else null (the clause's date for all).
 */
export function respectiveDate(text: string, frame: Frame, frames: readonly Frame[], dates: readonly TemporalExpression[], sentence: Span | undefined): DateRef | null {
  if (!sentence || !RESPECTIVELY.test(text.slice(frame.cue.end, sentence.end))) return null;
  const group = frames.filter((g) => g.cue.start === frame.cue.start && g.type === frame.type && g.party);
  if (group.length < 2) return null;
  const end = frame.cue.end + text.slice(frame.cue.end, sentence.end).search(RESPECTIVELY);
  const listed = dates.filter((d) => d.type === "date" && d.value && d.start >= frame.cue.end && d.end <= end).sort((a, b) => a.start - b.start);
  // (the dates written as one list: only commas and "and" between them)
  // ("on 3 and 5 May 2023, respectively": day numbers listed before one full date are as many dates)
  const days = listed.length === 1 && group.length >= 2 ? daysListedBefore(text.slice(sentence.start, listed[0].start), listed[0].value!) : null;
  if (days?.length === group.length) return { value: days[group.indexOf(frame)], text: listed[0].text };
  if (listed.length !== group.length || listed.slice(1).some((d, i) => !/^\s*(?:,\s*(?:and\s+)?|and\s+)$/.test(text.slice(listed[i].end, d.start)))) return null;
  const d = listed[group.indexOf(frame)];
  return d ? { value: d.value, text: d.text } : null;
}

export function eventsOf(text: string, frames: readonly Frame[], dates: readonly TemporalExpression[], published: string | null, sentenceOf: (at: number) => Span | undefined): AgreementEvent[] {
  const out: AgreementEvent[] = [];
  // the events dated by a lede's present perfect only (the report's day)
  const ledes = new Set<AgreementEvent>();
  let openCue: boolean | undefined;
  for (const f of frames) {
    if (!f.type) continue;
    // ("entered into force for Syria": the one state it came into force for, which frames.ts names)
    // ("Hungary signed the Rome Statute in 1999": on a treaty open to every state, a state signs it alone)
    const single = f.trigger.single || f.type === "announced" || (f.type === "entered_into_force" && f.party !== null) || (f.type === "signed" && (f.agreement.open === true || (f.agreement.rule !== "registry" && (openCue ??= OPEN_TREATY_CUES.test(text)))));
    const sentence = sentenceOf(f.start);
    // "When does the deal go into effect?": a bare verb form reports an entry into force only after a schedule ("will enter")
    if (f.type === "entered_into_force" && f.reading !== "scheduled" && BARE_ENTRY.test(f.cue.text) && !(/^(?:come|become)\b/i.test(f.cue.text) && PERFECT_LEAD.test(text.slice(Math.max(0, f.cue.start - 40), f.cue.start)))) continue;
    // ("the Paris agreement is implemented", "Iran implemented the deal": the bare participle is read only in the negative, "never implemented")
    if (f.type === "entered_into_force" && /^implemented$/i.test(f.cue.text)) continue;
    // "The accord takes effect on Friday": a present-tense entry into force is a schedule; dated after the report it is expected
    // ("will enter into force on Nov. 4": a schedule in words, kept only when its date is after the report)
    const scheduled = f.type === "entered_into_force" && (PRESENT_ENTRY.test(f.cue.text) || f.reading === "scheduled");
    const cues = frames.filter((g) => g !== f && g.clause.start === f.clause.start).map((g) => g.cue);
    // ("Effective Saturday, the United States will … begin the process of withdrawing": an announcement is dated when it is
    // made; the day its act takes effect is another's)
    // ("Poland is withdrawing from the convention on February 20", said in January: a progressive with a day still ahead
    // is the arrangement's day, not the announcement's)
    const usable = f.type === "announced" ? announcementDates(text, dates).filter((d) => !(f.reading === "progressive" && d.start >= f.cue.end && published && d.value && firstDay(d.value) !== null && firstDay(d.value)! > published.slice(0, 10))) : dates;
    const given = respectiveDate(text, f, frames, dates, sentence) ?? dateOf(text, f, usable, published, sentence?.start, scheduled ? "future" : "past", cues) ?? (sentence ? offsetDate(text, f.cue, sentence.end, dates) : null) ?? periodBefore(text, f, dates, published) ?? calendarDate(text, f.start) ?? reportingDate(text, f.cue, sentence?.start ?? f.clause.start, usable, published);
    const fromLead = given || !sentence ? null : leadPerfectDate(text, f.cue, sentence, usable, published);
    const date = given ?? fromLead ?? (sentence && f.reading === "process" ? processUnderWayDate(text, f.cue, sentence, usable, published) : null);
    const first = date?.value ? firstDay(date.value) : null;
    // ("announced 31 May as the date of entry into force", said on 30 May: an entry into force the clause dates after the
    // report is still ahead, whatever the verb's form)
    const type = (scheduled || f.type === "entered_into_force") && first && published && first > published ? "expected_in_force" : f.type;
    // ("The accord goes into effect 30 days after the threshold is met": a rule of the text, undated, is no event)
    if (scheduled && (!first || (f.reading === "scheduled" && type !== "expected_in_force"))) continue;
    out.push({
      text: f.text,
      start: f.start,
      end: f.end,
      type,
      parties: f.agreement.parties,
      kind: f.agreement.kind,
      name: f.agreement.name,
      party: single ? f.party : null,
      date,
      hedged: Boolean(sentence && HEDGE.test(sentence.text)),
      speaker: null,
      rule: `frame-${f.trigger.rule}-${f.link}-${f.agreement.rule}${f.ref.rule === f.agreement.rule ? "" : `-${f.ref.rule}`}`,
      // an anaphor's link is inferred, the name's is stated
      certain: f.ref.rule === "registry" || f.ref.rule === "body" || f.ref.rule === "proper-name",
    });
    if (fromLead) ledes.add(out[out.length - 1]);
  }
  return settleLedes(out, ledes);
}

/**
 * "Latvia, Estonia and Lithuania have officially withdrawn from the convention" (the lede, dated by the report's
 * day) and "… on Saturday formally withdrew from it" (the body): a lede's present perfect tells news of the day or
 * the days just before, so when the article dates the same act (agreement, type, party) to a day in the week up to
 * the lede's date, that stated day is the lede's too.
 */
export function settleLedes(events: AgreementEvent[], ledes: ReadonlySet<AgreementEvent>): AgreementEvent[] {
  if (!ledes.size) return events;
  return events.map((e) => {
    if (!ledes.has(e) || !e.date?.value) return e;
    const lede = Date.parse(e.date.value);
    const body = events.find((o) => !ledes.has(o) && o.name === e.name && o.type === e.type && (o.party ?? null) === (e.party ?? null) && /^\d{4}-\d{2}-\d{2}$/.test(o.date?.value ?? "") && lede - Date.parse(o.date!.value!) > 0 && lede - Date.parse(o.date!.value!) <= 7 * 864e5);
    return body ? { ...e, date: body.date } : e;
  });
}
