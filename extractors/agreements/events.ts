// Step 4, type and date: a frame that reports a completed event becomes an AgreementEvent on its
// agreement (registry name, kind and fixed parties), with the acting party when one party acts
// alone, dated by the time expression of its own clause from the dates extractor.
import { PRESENT_ENTRY } from "../lexicon/agreement-terms.js";
import type { AgreementEvent, DateRef, Span, TemporalExpression } from "../../pipeline/schemas.js";
import { announcementDates, calendarDate, dateAt, firstDay, leadPerfectDate, periodBefore, processUnderWayDate, reportingDate } from "./dating.js";
import { HEDGE, type Frame } from "./frames.js";

/** The bare forms of an entry into force: "enter into force", "go into effect", "take effect". */
const BARE_ENTRY = /^(?:enter|go|come|take)\b/i;

/**
 * The date of the frame's clause nearest its trigger (dating.ts decides which dates may date it), outside
 * the agreement's own name ("the 1951 Refugee Convention" names the agreement, it does not date the
 * event), and no later than the report: a completed event is in the past, so a weekday is read back.
 */
export function dateOf(text: string, frame: Frame, dates: readonly TemporalExpression[], published: string | null, sentenceStart = frame.clause.start, dir: "past" | "future" = "past", otherCues: readonly Span[] = []): DateRef | null {
  const site = { cue: frame.cue, clause: frame.clause, sentenceStart, otherCues, names: [frame.ref], object: frame.link === "object" ? frame.ref : null, relative: frame.link === "relative", relativeTo: frame.link === "relative" && frame.ref.end <= frame.cue.start ? frame.ref : null };
  return dateAt(text, site, dates, published, dir)?.ref ?? null;
}

export function eventsOf(text: string, frames: readonly Frame[], dates: readonly TemporalExpression[], published: string | null, sentenceOf: (at: number) => Span | undefined): AgreementEvent[] {
  const out: AgreementEvent[] = [];
  for (const f of frames) {
    if (!f.type) continue;
    const single = f.trigger.single || f.type === "announced";
    const sentence = sentenceOf(f.start);
    // "When does the deal go into effect?": a bare verb form reports an entry into force only after a schedule ("will enter")
    if (f.type === "entered_into_force" && f.reading !== "scheduled" && BARE_ENTRY.test(f.cue.text)) continue;
    // ("the Paris agreement is implemented", "Iran implemented the deal": the bare participle is read only in the negative, "never implemented")
    if (f.type === "entered_into_force" && /^implemented$/i.test(f.cue.text)) continue;
    // "The accord takes effect on Friday": a present-tense entry into force is a schedule; dated after the report it is expected
    // ("will enter into force on Nov. 4": a schedule in words, kept only when its date is after the report)
    const scheduled = f.type === "entered_into_force" && (PRESENT_ENTRY.test(f.cue.text) || f.reading === "scheduled");
    const cues = frames.filter((g) => g !== f && g.clause.start === f.clause.start).map((g) => g.cue);
    // ("Effective Saturday, the United States will … begin the process of withdrawing": an announcement is dated when it is
    // made; the day its act takes effect is another's)
    const usable = f.type === "announced" ? announcementDates(text, dates) : dates;
    const date = dateOf(text, f, usable, published, sentence?.start, scheduled ? "future" : "past", cues) ?? periodBefore(text, f, dates, published) ?? calendarDate(text, f.start) ?? reportingDate(text, f.cue, sentence?.start ?? f.clause.start, usable, published) ?? (sentence ? leadPerfectDate(text, f.cue, sentence, usable, published) ?? (f.reading === "process" ? processUnderWayDate(text, f.cue, sentence, usable, published) : null) : null);
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
      certain: f.ref.rule === "registry" || f.ref.rule === "proper-name",
    });
  }
  return out;
}
