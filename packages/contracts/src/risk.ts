import { z } from 'zod';
import { Id, IsoDateTime, RiskLevel } from './common';
import { EscalationPolicy, PersonRef } from './on-call';

/*
 * Risk flags, their escalation ladder, the triage queue and the clinician's own risk
 * formulation (SPEC §2.8, §2.9, CLINICAL.md §6). Everything here is for clinicians: no route
 * ever gives a client a flag or a level.
 */

export const flagSourceTypes = ['message', 'checkin', 'measure', 'peer_post'] as const;
export const FlagSourceType = z.enum(flagSourceTypes);
export type FlagSourceType = z.infer<typeof FlagSourceType>;

/**
 * Why a flag was raised. `phrase` and `span` quote the client's words, so they are sent only to
 * clinicians allowed to read the source (a GP without the messages scope sees the construct only).
 */
export const FlagReason = z.object({
  construct: z.string(),
  phrase: z.string().optional(),
  span: z.tuple([z.number().int(), z.number().int()]).optional(),
});
export type FlagReason = z.infer<typeof FlagReason>;

/** The source text around the reasons, with the words that triggered the flag marked. */
export const FlagExcerpt = z.object({
  text: z.string(),
  /** [start, end) offsets into `text`. */
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int(), construct: z.string() })),
  /** True when words were left out before or after (long texts show a window). */
  clippedStart: z.boolean(),
  clippedEnd: z.boolean(),
});
export type FlagExcerpt = z.infer<typeof FlagExcerpt>;

/** The last escalation step that fired: 0 on-call and primary told, 1 on-call reminded, 2 backup, 3 practice lead. */
export const ESCALATION_LAST_STEP = 3;
export const EscalationStep = z.number().int().min(0).max(ESCALATION_LAST_STEP);

export const TriageItem = z.object({
  flagId: Id.optional(),
  clientId: Id,
  clientName: z.string(),
  messageId: Id.optional(),
  sourceType: FlagSourceType,
  level: RiskLevel,
  reasons: z.array(FlagReason),
  excerpt: FlagExcerpt.optional(),
  createdAt: IsoDateTime,
  /** When the response window breaches (the ladder's first reminder). */
  dueBy: IsoDateTime,
  /** The last ladder step that fired, or null before the first notification went out. */
  escalationStep: EscalationStep.nullable(),
  /** When the ladder takes its next step; null once acknowledged or after the last step. */
  nextEscalationAt: IsoDateTime.nullable(),
  acknowledgedAt: IsoDateTime.optional(),
  acknowledgedBy: PersonRef.optional(),
  canAcknowledge: z.boolean(),
});
export type TriageItem = z.infer<typeof TriageItem>;

export const TriageQueue = z.object({
  items: z.array(TriageItem),
  /** The caller is on call now: the queue holds every client of the practice. */
  onCallNow: z.boolean(),
  policy: EscalationPolicy,
});
export type TriageQueue = z.infer<typeof TriageQueue>;

/** A structured outcome beside the note (CLINICAL.md §6: "free text plus a structured outcome"). */
export const acknowledgementOutcomes = ['contacted', 'tried_to_contact', 'handed_over', 'reviewed'] as const;
export const AcknowledgementOutcome = z.enum(acknowledgementOutcomes);
export type AcknowledgementOutcome = z.infer<typeof AcknowledgementOutcome>;

export const ACKNOWLEDGEMENT_NOTE_MAX = 2000;

export const AcknowledgeFlagBody = z.strictObject({
  note: z.string().trim().min(1, 'Write a note: what you did or decided.').max(ACKNOWLEDGEMENT_NOTE_MAX),
  outcome: AcknowledgementOutcome.optional(),
});
export type AcknowledgeFlagBody = z.infer<typeof AcknowledgeFlagBody>;

export const notificationReasons = ['on_call', 'primary', 'backup', 'lead', 'admin'] as const;
export const NotifiedPerson = z.object({
  person: PersonRef,
  /** Why this person: their place on the ladder (a fallback shows as the role that was reached). */
  reason: z.enum(notificationReasons),
  channels: z.array(z.string()),
});
export type NotifiedPerson = z.infer<typeof NotifiedPerson>;

/** One line of a flag's history: a ladder step (who was told, when, how) or the acknowledgement. */
export const FlagEvent = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('raised'), at: IsoDateTime }),
  z.object({ kind: z.literal('step'), at: IsoDateTime, step: EscalationStep, notified: z.array(NotifiedPerson) }),
  z.object({
    kind: z.literal('acknowledged'),
    at: IsoDateTime,
    by: PersonRef,
    note: z.string(),
    outcome: AcknowledgementOutcome.nullable(),
  }),
]);
export type FlagEvent = z.infer<typeof FlagEvent>;

export const FlagDetail = z.object({ flag: TriageItem, history: z.array(FlagEvent) });
export type FlagDetail = z.infer<typeof FlagDetail>;

export const FlagList = z.object({ flags: z.array(TriageItem) });
export type FlagList = z.infer<typeof FlagList>;

/** A 409 on acknowledging: someone already did, and who and when. */
export const AlreadyAcknowledged = z.object({ acknowledgedAt: IsoDateTime, acknowledgedBy: PersonRef });

/*
 * The clinician's risk formulation: their own words, judgement and plan, a record separate
 * from any screen result and never prefilled from one (NICE NG225, CLINICAL.md §6). Each save is
 * a new entry; earlier ones stay as written.
 */
export const FORMULATION_TEXT_MAX = 5000;
const FormulationText = z.string().trim().min(1).max(FORMULATION_TEXT_MAX);

export const RiskFormulationBody = z.strictObject({
  /** The clinician's understanding of this person's safety now: what is happening and why. */
  formulation: FormulationText,
  /** Their own clinical judgement, with its justification, in their words (no tier to pick). */
  judgement: FormulationText,
  /** What will be done, by whom, and how it was agreed with the client. */
  plan: FormulationText,
  /** What could change and would make the person safer or less safe. */
  changeableFactors: z.string().trim().max(FORMULATION_TEXT_MAX).default(''),
  /** When to look at this again: a review date instead of a risk tier. */
  reviewBy: z.iso.date().nullable().default(null),
});
export type RiskFormulationBody = z.infer<typeof RiskFormulationBody>;

export const RiskFormulationView = z.object({
  id: Id,
  clientId: Id,
  author: PersonRef,
  createdAt: IsoDateTime,
  formulation: z.string(),
  judgement: z.string(),
  plan: z.string(),
  changeableFactors: z.string(),
  reviewBy: z.iso.date().nullable(),
});
export type RiskFormulationView = z.infer<typeof RiskFormulationView>;

export const RiskFormulationList = z.object({
  /** Newest first. */
  formulations: z.array(RiskFormulationView),
  canWrite: z.boolean(),
});
export type RiskFormulationList = z.infer<typeof RiskFormulationList>;
