import { z } from 'zod';
import { Id, IsoDateTime } from './common';

const IsoDate = z.iso.date();
/** A wall-clock time in the practice's zone: 'YYYY-MM-DDTHH:mm'. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/, 'Use YYYY-MM-DDTHH:mm.')
  .refine(isCalendarDate, 'Use a date that exists, as YYYY-MM-DDTHH:mm.');

/** "2026-02-30T10:00" matches the pattern but is no day at all: the database would refuse it with a 500. */
function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const appointmentKindValues = ['video', 'in_person', 'phone'] as const;
export const AppointmentKind = z.enum(appointmentKindValues);
export type AppointmentKind = z.infer<typeof AppointmentKind>;

export const AppointmentView = z.object({
  id: Id,
  clientId: Id,
  clinicianId: Id,
  clinicianName: z.string(),
  start: IsoDateTime,
  end: IsoDateTime,
  timeZone: z.string(),
  kind: AppointmentKind,
  status: z.enum(['requested', 'offered', 'scheduled', 'cancelled']),
  seriesId: Id.nullable(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

export const AppointmentsQuery = z.strictObject({ from: IsoDateTime.optional(), to: IsoDateTime.optional() });
export const AppointmentList = z.object({
  appointments: z.array(AppointmentView),
  /** What the caller may do: clinicians schedule; clients request when their mode allows. */
  can: z.object({ schedule: z.boolean(), request: z.boolean() }),
});
export type AppointmentList = z.infer<typeof AppointmentList>;

/** Weekly or every n weeks (people repeat every 7–9 weeks too): always bounded. */
export const Recurrence = z.strictObject({
  intervalWeeks: z.number().int().min(1).max(9),
  count: z.number().int().min(1).max(104).optional(),
  until: IsoDate.optional(),
});

export const ScheduleAppointmentBody = z
  .strictObject({
    start: LocalDateTime,
    durationMinutes: z.number().int().min(10).max(240).default(50),
    kind: AppointmentKind,
    recurrence: Recurrence.optional(),
  })
  .refine((b) => !b.recurrence || b.recurrence.count !== undefined || b.recurrence.until !== undefined, {
    message: 'A series needs a number of sessions or an end date.',
    path: ['recurrence'],
  });
export type ScheduleAppointmentBody = z.infer<typeof ScheduleAppointmentBody>;

export const AppointmentParams = z.strictObject({ clientId: Id, appointmentId: Id });
export const editScopes = ['this', 'following', 'all'] as const;
export const EditScope = z.enum(editScopes);
export type EditScope = z.infer<typeof EditScope>;

/** Move (start) or cancel one occurrence, this and the following ones, or the whole series. */
export const ChangeAppointmentBody = z.strictObject({
  scope: EditScope.default('this'),
  action: z.enum(['move', 'cancel']),
  start: LocalDateTime.optional(),
});
export type ChangeAppointmentBody = z.infer<typeof ChangeAppointmentBody>;

/** The caller's feed: its secret address is shown only when made (only a hash is kept). */
export const CalendarFeedView = z.object({ url: z.string().nullable(), active: z.boolean(), createdAt: IsoDateTime.nullable(), refreshNote: z.string() });
export type CalendarFeedView = z.infer<typeof CalendarFeedView>;
export const ScheduledView = z.object({ seriesId: Id.nullable(), count: z.number().int() });

// Requests from clients.
export const RequestAppointmentBody = z.strictObject({
  /** Wall clock in the practice's zone, like every time a person picks. */
  start: LocalDateTime,
  durationMinutes: z.number().int().min(10).max(240).default(50),
  kind: AppointmentKind,
  note: z.string().trim().max(1000).default(''),
});
export type RequestAppointmentBody = z.infer<typeof RequestAppointmentBody>;

export const RequestRoute = z.object({
  kind: z.enum(['message', 'on_call', 'crisis_lines']),
  label: z.string(),
  clinicianId: Id.optional(),
  name: z.string().optional(),
});
/** Whether the client may request now, and if not the agreed words and the routes that stay open. */
export const RequestOptions = z.object({
  mode: z.enum(['off', 'view', 'request']),
  minNoticeHours: z.number().int(),
  allowed: z.boolean(),
  words: z.string().nullable(),
  routes: z.array(RequestRoute),
});
export type RequestOptions = z.infer<typeof RequestOptions>;

export const AppointmentRequestView = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  start: IsoDateTime,
  end: IsoDateTime,
  kind: AppointmentKind,
  note: z.string(),
  status: z.enum(['pending', 'accepted', 'offered', 'declined', 'offer_declined']),
  responseNote: z.string(),
  offeredStart: IsoDateTime.nullable(),
  appointmentId: Id.nullable(),
  createdAt: IsoDateTime,
});
export type AppointmentRequestView = z.infer<typeof AppointmentRequestView>;
export const AppointmentRequestList = z.object({ requests: z.array(AppointmentRequestView) });
export const RequestParams = z.strictObject({ clientId: Id, requestId: Id });
export const AnswerOfferBody = z.strictObject({ answer: z.enum(['accept', 'decline']) });
export const DecideRequestBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), note: z.string().trim().max(1000).default('') }),
  z.strictObject({ decision: z.literal('offer'), start: LocalDateTime, note: z.string().trim().min(1).max(1000) }),
  z.strictObject({ decision: z.literal('decline'), note: z.string().trim().min(1, 'Say kindly why, and what stays open.').max(1000) }),
]);
export type DecideRequestBody = z.infer<typeof DecideRequestBody>;

// Step-down plans.
export const StepDownPhase = z.discriminatedUnion('kind', [
  /** Sessions every n weeks, until a date (the last phase runs to the plan's end). */
  z.strictObject({ kind: z.literal('sessions'), intervalWeeks: z.number().int().min(1).max(8), until: IsoDate.nullable() }),
  /** Weeks with no session: an off-week of the contact agreement. */
  z.strictObject({ kind: z.literal('off'), weeks: z.number().int().min(1).max(4) }),
]);
export type StepDownPhase = z.infer<typeof StepDownPhase>;
/** The step-back-up signals a plan can agree (SPEC §2.4): three `soon` messages in a week; check-ins below baseline for 5 days. */
export const stepUpSignalKinds = ['soon_messages', 'checkins_below_baseline'] as const;
export const StepUpSignalKind = z.enum(stepUpSignalKinds);
export type StepUpSignalKind = z.infer<typeof StepUpSignalKind>;

export const CreateStepDownPlanBody = z.strictObject({
  reason: z.string().trim().min(1).max(1000),
  firstSession: LocalDateTime,
  durationMinutes: z.number().int().min(10).max(240).default(50),
  kind: AppointmentKind,
  phases: z.array(StepDownPhase).min(1).max(8),
  reviewDates: z.array(IsoDate).max(12).default([]),
  stepUpSignals: z
    .array(StepUpSignalKind)
    .max(stepUpSignalKinds.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'Each signal once.')
    .default(['soon_messages', 'checkins_below_baseline']),
  endsOn: IsoDate,
});
export type CreateStepDownPlanBody = z.infer<typeof CreateStepDownPlanBody>;

export const TimelineItem = z.object({
  kind: z.enum(['sessions', 'off', 'review']),
  from: IsoDate,
  to: IsoDate,
  intervalWeeks: z.number().int().nullable(),
  sessions: z.number().int(),
});
export const StepUpSignalView = z.object({ kind: StepUpSignalKind, detail: z.string(), since: IsoDateTime });
export const StepDownPlanView = z.object({
  id: Id,
  clientId: Id,
  reason: z.string(),
  status: z.enum(['active', 'stepped_up']),
  steppedUpAt: IsoDateTime.nullable(),
  clientAgreedAt: IsoDateTime.nullable(),
  timeline: z.array(TimelineItem),
  reviewDates: z.array(IsoDate),
  stepUpSignals: z.array(StepUpSignalKind),
  /** Raised signals, for clinicians only. */
  raised: z.array(StepUpSignalView).optional(),
  promise: z.string(),
  can: z.object({ stepUp: z.boolean(), agree: z.boolean() }),
});
export type StepDownPlanView = z.infer<typeof StepDownPlanView>;
export const StepDownPlanResponse = z.object({ plan: StepDownPlanView.nullable() });
export type StepDownPlanResponse = z.infer<typeof StepDownPlanResponse>;
export const StepUpBody = z.strictObject({ intervalWeeks: z.number().int().min(1).max(4).default(1), note: z.string().trim().max(1000).default('') });

// Caseload signals.
export const CaseloadAppointmentSignals = z.object({ next: z.object({ id: Id, start: IsoDateTime, kind: AppointmentKind }).nullable() });
export type CaseloadAppointmentSignals = z.infer<typeof CaseloadAppointmentSignals>;
export const CaseloadStepUpSignals = z.object({ planId: Id, raised: z.array(StepUpSignalView) });
export type CaseloadStepUpSignals = z.infer<typeof CaseloadStepUpSignals>;
