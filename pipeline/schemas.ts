// The single source of truth for every shape in ../shared/CONTRACT.md. Types are inferred
// from the schemas under the same names. Fields may be added; contract fields are never renamed.
import { z } from "zod";
import { dayProblem } from "./days.js";

const offset = z.number().int().nonnegative();

/** Where a finding sits in the record's `text` (UTF-16 offsets, `end` exclusive). */
export const Span = z.object({ text: z.string(), start: offset, end: offset });
export type Span = z.infer<typeof Span>;

/** How a finding was made: the rule's name and whether the text states it (vs inferred). */
const provenance = { rule: z.string(), certain: z.boolean() };

export const EntityType = z.enum(["person", "organization", "place"]);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = Span.extend({
  type: EntityType,
  canonical: z.string(),
  /** A person's pronoun as the text or a given-name list suggests ("Mr." → he): for coreference. */
  gender: z.enum(["he", "she"]).optional(),
  /** The country a demonym or possessive before the mention ties it to ("Salvadoran Foreign Minister …"). */
  affiliation: z.string().optional(),
  ...provenance,
});
export type Entity = z.infer<typeof Entity>;

export const DateType = z.enum(["date", "time", "duration", "set"]);
export type DateType = z.infer<typeof DateType>;

export const TemporalExpression = Span.extend({
  type: DateType,
  /** TIMEX3 value resolved against the publication date; null when it cannot be resolved. */
  value: z.string().nullable(),
  /** TIMEX3 mod: EARLY, MID, LATE, APPROX, MORE_THAN, LESS_THAN, START, END … */
  mod: z.string().optional(),
  ...provenance,
});
export type TemporalExpression = z.infer<typeof TemporalExpression>;

export const Official = z.object({
  name: z.string(),
  title: z.string(),
  country: z.string().nullable(),
  start: offset,
  end: offset,
  /** The words of the mention that made this official, title included. */
  text: z.string(),
  ...provenance,
});
export type Official = z.infer<typeof Official>;

export const Speaker = z.object({
  text: z.string(),
  name: z.string().nullable(),
  start: offset.optional(),
  end: offset.optional(),
});
export type Speaker = z.infer<typeof Speaker>;

export const Claim = Span.extend({
  kind: z.enum(["direct", "indirect"]),
  speaker: Speaker.nullable(),
  /** The reporting verb or phrase that introduced the claim ("said", "according to"). */
  cue: z.string().nullable().optional(),
  /** Modal or conditional wording: "could", "would", "expected to", "if". */
  hedged: z.boolean().optional(),
  ...provenance,
});
export type Claim = z.infer<typeof Claim>;

export const EventType = z.enum([
  "proposed",
  "announced",
  "signed",
  "ratified",
  "expected_in_force",
  "entered_into_force",
  "never_implemented",
  "suspended",
  "terminated",
  "expanded",
  "ruled_unlawful",
  "upheld",
  /** One party leaves; the agreement goes on for the others. */
  "withdrawn",
  /** A party that had left comes back. */
  "rejoined",
]);
export type EventType = z.infer<typeof EventType>;

export const DateRef = z.object({ value: z.string().nullable(), text: z.string() });
export type DateRef = z.infer<typeof DateRef>;

/** One statement in one article about an agreement's status: input to reconcile. */
export const AgreementEvent = Span.extend({
  type: EventType,
  /** Parties by common English short name, sorted. */
  parties: z.array(z.string()),
  /** Kind of agreement: "safe third country", "asylum cooperative", "migration partnership" … */
  kind: z.string().nullable(),
  /** The words naming the agreement in this article, when there are any (a registry agreement's canonical name). */
  name: z.string().nullable(),
  /** The one party that acted when only one did: "Russia suspended its participation" → "Russia". */
  party: z.string().nullable().optional(),
  date: DateRef.nullable(),
  hedged: z.boolean(),
  speaker: Speaker.nullable().optional(),
  /** Said of several agreements at once ("all three treaties were suspended"). */
  collective: z.boolean().optional(),
  ...provenance,
});
export type AgreementEvent = z.infer<typeof AgreementEvent>;

/** Something an extractor would not guess at: an unbalanced quote, an unresolvable speaker. */
export const Diagnostic = Span.extend({ rule: z.string(), message: z.string() });
export type Diagnostic = z.infer<typeof Diagnostic>;

export const PublishedFrom = z.enum(["sidecar", "meta", "jsonld", "dateline", "filename", "option", "inferred", "unknown"]);
export const Published = z.object({
  value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  from: PublishedFrom,
});
export type Published = z.infer<typeof Published>;

export const Source = z.object({ file: z.string(), path: z.string().optional(), url: z.string().optional() });
export type Source = z.infer<typeof Source>;

/** Ingest's output and every extractor's input. */
export const ParsedArticle = z.object({
  id: z.string(),
  source: Source,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: Published,
  text: z.string(),
  /** Page metadata kept out of `text`: bylines, captions, the modified date. */
  meta: z
    .object({
      author: z.string().nullable().optional(),
      modified: z.string().nullable().optional(),
      captions: z.array(z.string()).optional(),
      /** What ingest would not use (a page's publication date that is no real date): extract makes each a diagnostic. */
      refused: z.array(z.string()).optional(),
    })
    .default({}),
  /** What ingest could not do with the file ("no article text found in the page"), carried into the record. */
  diagnostics: z.array(Diagnostic).optional(),
});
export type ParsedArticle = z.infer<typeof ParsedArticle>;

export const ArticleRecord = ParsedArticle.omit({ diagnostics: true }).extend({
  entities: z.array(Entity),
  dates: z.array(TemporalExpression),
  officials: z.array(Official),
  claims: z.array(Claim),
  events: z.array(AgreementEvent),
  diagnostics: z.array(Diagnostic),
  /** Fingerprint of the extraction code that made this record; a different one re-extracts. */
  extractedWith: z.string().optional(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

export const Evidence = z.object({ file: z.string(), text: z.string(), start: offset, end: offset });
export type Evidence = z.infer<typeof Evidence>;

/** One source of a timeline event, with the date that source gives (CONTRACT: sources[].date). */
export const EventSource = Evidence.extend({ date: DateRef.nullable() });
export type EventSource = z.infer<typeof EventSource>;

export const TimelineEvent = z.object({
  type: EventType,
  /** The one party that acted (a withdrawal, a ratification by one parliament); absent when all did. */
  party: z.string().optional(),
  date: DateRef.nullable(),
  /** True while a conflict on the event is open (not decided in decisions.json). */
  disputed: z.boolean(),
  /** Ids of the open conflicts on the event. */
  conflicts: z.array(z.string()),
  sources: z.array(EventSource),
  hedged: z.boolean().optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Agreement = z.object({
  id: z.string(),
  name: z.string(),
  parties: z.array(z.string()),
  kind: z.string().nullable().optional(),
  events: z.array(TimelineEvent),
});
export type Agreement = z.infer<typeof Agreement>;

export const CanonicalEntity = z.object({ canonical: z.string(), type: EntityType, variants: z.array(z.string()) });
export type CanonicalEntity = z.infer<typeof CanonicalEntity>;

export const Timeline = z.object({ agreements: z.array(Agreement), entities: z.array(CanonicalEntity) });
export type Timeline = z.infer<typeof Timeline>;

export const ConflictType = z.enum(["name_variant", "date_conflict", "status_conflict", "title_conflict"]);
export type ConflictType = z.infer<typeof ConflictType>;

/** A reviewer's decision on one conflict, as `decide` and `review` append it to decisions.json. */
export const Decision = z.object({
  conflict: z.string(),
  decision: z.enum(["accept", "reject"]),
  /** accept: the right value (a spelling, a date, a status); else the conflict's canonical side. */
  value: z.string().optional(),
  note: z.string().optional(),
  /** When it was decided (ISO 8601). */
  at: z.string(),
});
export type Decision = z.infer<typeof Decision>;

export const Decisions = z.array(Decision);
export type Decisions = z.infer<typeof Decisions>;

/** The decision that counts for a conflict (the latest), on the conflict itself. */
export const Review = Decision.omit({ conflict: true });
export type Review = z.infer<typeof Review>;

export const Conflict = z.object({
  id: z.string(),
  type: ConflictType,
  subject: z.string(),
  canonical: z.string().optional(),
  variant: z.string().optional(),
  parties: z.array(z.string()).optional(),
  detail: z.string(),
  /** 1 (worth a look) to 3 (contradiction a reader will trip on): orders the report. */
  severity: z.number().int().min(1).max(3).optional(),
  /** Date and status conflicts: the event type the sources disagree about (the first of `values`' types for status). */
  event: EventType.optional(),
  /** The competing values, the timeline's first: two dates (date conflict) or two statuses (status conflict). */
  values: z.array(z.string()).optional(),
  /** How sure the rule is that this is a real conflict (0–1): the report orders by it where set. */
  confidence: z.number().min(0).max(1).optional(),
  /** The rule that raised it: "terminated-vs-suspended", "dates-differ". */
  rule: z.string().optional(),
  evidence: z.array(Evidence),
  /** The reviewer's decision (decisions.json), null while the conflict is open. */
  review: Review.nullable(),
});
export type Conflict = z.infer<typeof Conflict>;

export const Conflicts = z.array(Conflict);
export type Conflicts = z.infer<typeof Conflicts>;

export const IngestError = z.object({ file: z.string(), reason: z.string() });
export type IngestError = z.infer<typeof IngestError>;

export const Errors = z.array(IngestError);
export type Errors = z.infer<typeof Errors>;

// the one validation of publication dates (days.ts), wherever they come from
const isoDay = z.string().superRefine((s, ctx) => {
  const problem = dayProblem(s);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** `<name>.meta.json` beside an article file; it wins over what the file says. */
export const Sidecar = z.object({
  published: isoDay.optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
  title: z.string().optional(),
});
export type Sidecar = z.infer<typeof Sidecar>;

/** A `.json` article file. */
export const JsonArticle = z.object({
  title: z.string().nullable().optional(),
  text: z.string(),
  published: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});
export type JsonArticle = z.infer<typeof JsonArticle>;
