import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { IsoDate } from './check-ins';

/*
 * Care transitions (SPEC §2.10, "no silent endings"): a handover to another clinician of the
 * practice with an overlap, and a planned discharge with a way back in.
 */

const Person = z.object({ id: Id, name: z.string() });

/** Where a handover stands, read from its dates: planned → overlap → completed (or cancelled before that). */
export const HandoverStatus = z.enum(['planned', 'overlap', 'completed', 'cancelled']);
export type HandoverStatus = z.infer<typeof HandoverStatus>;

export const HandoverView = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  from: Person,
  to: Person,
  /** Both clinicians are on the team from here… */
  overlapStartsAt: IsoDateTime,
  /** …until here, when the old membership ends and the new clinician becomes primary. */
  overlapEndsAt: IsoDateTime,
  overlapStartsOn: IsoDate,
  overlapEndsOn: IsoDate,
  status: HandoverStatus,
  /** The transfer summary: for the clinicians and the admin, never the client (it names risk flags). */
  summary: z.string().nullable(),
  /** The new clinician's introduction, which the client sees. */
  introduction: z.string().nullable(),
  introducedAt: IsoDateTime.nullable(),
  /** Caring contacts planned in the old clinician's name after the overlap, now sent in the new clinician's. */
  movedCaringContacts: z.number().int().nonnegative(),
  createdAt: IsoDateTime,
  cancelledAt: IsoDateTime.nullable(),
  can: z.object({ cancel: z.boolean(), finish: z.boolean(), introduce: z.boolean() }),
});
export type HandoverView = z.infer<typeof HandoverView>;

export const DischargeStatus = z.enum(['planned', 'discharged', 'cancelled']);
export type DischargeStatus = z.infer<typeof DischargeStatus>;

export const DischargeView = z.object({
  id: Id,
  clientId: Id,
  dischargeOn: IsoDate,
  dischargeAt: IsoDateTime,
  status: DischargeStatus,
  lastAppointment: z.object({ id: Id, start: IsoDateTime }).nullable(),
  goodbyeNote: z.string(),
  plannedBy: Person,
  /** What the client keeps after discharge, in their words. */
  staysAvailable: z.array(z.string()),
  cancelledAt: IsoDateTime.nullable(),
  can: z.object({ cancel: z.boolean() }),
});
export type DischargeView = z.infer<typeof DischargeView>;

export const ReentryRequestView = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  message: z.string(),
  createdAt: IsoDateTime,
});
export type ReentryRequestView = z.infer<typeof ReentryRequestView>;

/** A client's transitions: handovers newest first, the latest discharge, and their own re-entry requests. */
export const CareTransitionsView = z.object({
  clientStatus: z.enum(['active', 'discharged']),
  handovers: z.array(HandoverView),
  discharge: DischargeView.nullable(),
  reentryRequests: z.array(ReentryRequestView),
  can: z.object({ manage: z.boolean(), requestReentry: z.boolean() }),
});
export type CareTransitionsView = z.infer<typeof CareTransitionsView>;

/** The transfer summary compiled from the client's plans, agreement, measures and flags, to edit before sharing. */
export const HandoverDraft = z.object({
  summary: z.string(),
  clinicians: z.array(Person),
  appointments: z.array(z.object({ id: Id, start: IsoDateTime })),
});
export type HandoverDraft = z.infer<typeof HandoverDraft>;

export const SUMMARY_MAX = 20_000;

export const StartHandoverBody = z
  .strictObject({
    toClinicianId: Id,
    /** Defaults to today in the client's time zone; never in the past. */
    overlapStartsOn: IsoDate.optional(),
    /** The first day the new clinician is primary and the old one is no longer on the team. */
    overlapEndsOn: IsoDate,
    summary: z.string().trim().min(1).max(SUMMARY_MAX),
  })
  .refine((b) => !b.overlapStartsOn || b.overlapEndsOn > b.overlapStartsOn, {
    message: 'The overlap must end after it starts.',
    path: ['overlapEndsOn'],
  });
export type StartHandoverBody = z.infer<typeof StartHandoverBody>;

export const HandoverIntroductionBody = z.strictObject({ introduction: z.string().trim().min(1).max(2000) });
export type HandoverIntroductionBody = z.infer<typeof HandoverIntroductionBody>;

export const PlanDischargeBody = z.strictObject({
  dischargeOn: IsoDate,
  lastAppointmentId: Id.optional(),
  goodbyeNote: z.string().trim().min(1).max(2000),
});
export type PlanDischargeBody = z.infer<typeof PlanDischargeBody>;

export const ReentryRequestBody = z.strictObject({ message: z.string().trim().max(1000).default('') });
export type ReentryRequestBody = z.infer<typeof ReentryRequestBody>;

export const HandoverParams = z.strictObject({ handoverId: Id });
export const ClientHandoverParams = z.strictObject({ clientId: Id, handoverId: Id });
export const ClientDischargeParams = z.strictObject({ clientId: Id, dischargeId: Id });
export const HandoverResponse = z.object({ handover: HandoverView });
export const DischargeResponse = z.object({ discharge: DischargeView });
export const ReentryRequestResponse = z.object({ request: ReentryRequestView });
export const ReentryRequestList = z.object({ requests: z.array(ReentryRequestView) });
export type ReentryRequestList = z.infer<typeof ReentryRequestList>;
