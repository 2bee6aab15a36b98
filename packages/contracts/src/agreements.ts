import { z } from 'zod';
import { Id, IsoDateTime } from './common';

const ClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);
const IsoDate = z.iso.date();

/** How long a lane may take (the same shape as the practice's reply-window policy). */
export const AgreementReplyWindow = z.union([
  z.strictObject({ workingDays: z.number().int().min(1).max(30) }),
  z.strictObject({ workingHours: z.number().min(0.5).max(240) }),
]);

export const contactChannels = ['messages', 'phone', 'video', 'in_person'] as const;
export const sessionCadences = ['weekly', 'fortnightly', 'monthly', 'as_agreed'] as const;

/** A week (or a few days) without sessions, agreed in advance, with who to reach meanwhile. */
export const OffWeek = z.strictObject({
  start: IsoDate,
  /** Inclusive: the last day off. */
  end: IsoDate,
  coverClinicianId: Id.nullable(),
  messagesAllowed: z.boolean().default(true),
  reason: z.string().trim().max(300).default(''),
});
export type OffWeek = z.infer<typeof OffWeek>;

/**
 * The terms a client and their primary clinician both sign (SPEC §2.3). Words are theirs, in
 * plain language; null windows or hours fall back to the practice's defaults.
 */
export const AgreementTerms = z.strictObject({
  channels: z.array(z.enum(contactChannels)).min(1).max(4),
  sessions: z.enum(sessionCadences),
  replyWindows: z.strictObject({ before_session: AgreementReplyWindow.nullable(), soon: AgreementReplyWindow.nullable() }).nullable(),
  workingHours: z.strictObject({ days: z.array(z.number().int().min(1).max(7)).min(1), opensAt: ClockTime, closesAt: ClockTime }).nullable(),
  offWeeks: z.array(OffWeek).max(52),
  emergency: z.strictObject({ onCallClinicianId: Id.nullable(), words: z.string().trim().max(600) }),
  appointmentRequests: z.strictObject({
    allowed: z.boolean(),
    inOffWeeks: z.boolean(),
    minNoticeHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14),
    words: z.string().trim().max(600),
  }),
  /** The client's own commitments, in their own words. */
  clientCommitments: z.string().trim().max(1000),
  /** The clinician's opt-in 24-hour rule (CLINICAL.md §3.1), explained here before it ever applies. */
  twentyFourHourRule: z.boolean(),
});
export type AgreementTerms = z.infer<typeof AgreementTerms>;

export const agreementStatuses = ['proposed', 'in_force', 'superseded', 'withdrawn'] as const;
/** `signed`: both signed this version. `step_up`: it only took out off-weeks still to come when sessions stepped back up. */
export const agreementBases = ['signed', 'step_up'] as const;

export const AgreementVersionView = z.object({
  id: Id,
  version: z.number().int(),
  status: z.enum(agreementStatuses),
  basis: z.enum(agreementBases),
  terms: AgreementTerms,
  proposedBy: z.object({ id: Id, name: z.string() }),
  proposedAt: IsoDateTime,
  clientSignedAt: IsoDateTime.nullable(),
  clinicianSignedAt: IsoDateTime.nullable(),
  inForceFrom: IsoDateTime.nullable(),
  /** Names for the clinicians the terms refer to (cover, on call). */
  names: z.record(z.string(), z.string()),
});
export type AgreementVersionView = z.infer<typeof AgreementVersionView>;

export const AbsenceView = z.object({
  id: Id,
  clinicianId: Id,
  clinicianName: z.string(),
  coverClinicianId: Id,
  coverName: z.string(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  note: z.string(),
});
export type AbsenceView = z.infer<typeof AbsenceView>;

/** What the client (or clinician) reads: the agreement in force, a proposal beside it, and absences. */
export const AgreementResponse = z.object({
  current: AgreementVersionView.nullable(),
  proposed: AgreementVersionView.nullable(),
  /** The absences of the client's primary clinician that are on now or ahead. */
  absences: z.array(AbsenceView),
  /** Who covers right now, when the primary clinician is away (shown before writing). */
  coverNow: z.object({ clinicianId: Id, name: z.string(), until: IsoDateTime, reason: z.literal('absence') }).nullable(),
  twentyFourHourRuleUntil: IsoDateTime.nullable(),
});
export type AgreementResponse = z.infer<typeof AgreementResponse>;

export const ProposeAgreementBody = z.strictObject({ terms: AgreementTerms });
export const SignAgreementBody = z.strictObject({ version: z.number().int().min(1) });

export const SetAbsenceBody = z.strictObject({
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  coverClinicianId: Id,
  note: z.string().trim().max(300).default(''),
});

export const appointmentRoutes = ['message', 'on_call', 'crisis_lines'] as const;
export const AppointmentRequestsAllowed = z.object({
  allowed: z.boolean(),
  words: z.string().optional(),
  routes: z.array(z.object({ kind: z.enum(appointmentRoutes), label: z.string(), clinicianId: Id.optional(), name: z.string().optional() })),
});
export type AppointmentRequestsAllowed = z.infer<typeof AppointmentRequestsAllowed>;

export const AbsenceList = z.object({ absences: z.array(AbsenceView) });
export const AbsenceSetView = AbsenceView.extend({ clientsTold: z.number().int(), shortNotice: z.boolean() });
export type AbsenceSetView = z.infer<typeof AbsenceSetView>;
