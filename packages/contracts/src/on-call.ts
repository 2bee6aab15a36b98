import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/*
 * The on-call rota and the escalation windows (SPEC §2.9). A shift names one clinician on
 * call and, optionally, a backup; shifts of one practice never overlap, so "who is on call
 * now" always has one answer.
 */

/**
 * The clinically sensible range of each level's window, in whole minutes (why: escalation-windows.ts).
 * A stored window outside them is not used: the ladder falls back to the defaults.
 */
export const ESCALATION_WINDOW_BOUNDS = {
  imminentMinutes: { min: 1, max: 30 },
  highMinutes: { min: 5, max: 240 },
} as const;

function windowMinutes(bounds: { min: number; max: number }, level: string) {
  const range = `Choose between ${bounds.min} and ${bounds.max} minutes for ${level} risk.`;
  return z
    .number({ error: `Enter a number of minutes for ${level} risk.` })
    .int({ error: 'Use whole minutes.' })
    .min(bounds.min, { error: range })
    .max(bounds.max, { error: range });
}

/**
 * How long a raised flag may wait for a human acknowledgement before the ladder takes its next
 * step, per level. Stored in `practices.policies.escalation`; these are the defaults.
 */
export const EscalationPolicy = z.object({
  imminentMinutes: windowMinutes(ESCALATION_WINDOW_BOUNDS.imminentMinutes, 'imminent'),
  highMinutes: windowMinutes(ESCALATION_WINDOW_BOUNDS.highMinutes, 'high'),
});
export type EscalationPolicy = z.infer<typeof EscalationPolicy>;
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = { imminentMinutes: 5, highMinutes: 30 };

export const HANDOVER_NOTE_MAX = 2000;

export const PersonRef = z.object({ id: Id, name: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;

export const ShiftStatus = z.enum(['past', 'live', 'upcoming']);
export type ShiftStatus = z.infer<typeof ShiftStatus>;

export const ShiftView = z.object({
  id: Id,
  clinician: PersonRef,
  backup: PersonRef.nullable(),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
  handoverNote: z.string(),
  status: ShiftStatus,
  /** What the caller may change: a shift's past is the record of who was on call, so it is kept. */
  can: z.object({ edit: z.boolean(), delete: z.boolean() }),
});
export type ShiftView = z.infer<typeof ShiftView>;

export const ShiftList = z.object({
  shifts: z.array(ShiftView),
  /** The practice's clinicians, to choose who is on call and who backs them up. */
  clinicians: z.array(PersonRef),
  canManage: z.boolean(),
  policy: EscalationPolicy,
});
export type ShiftList = z.infer<typeof ShiftList>;

export const ShiftListQuery = z.strictObject({
  /** Shifts that end after this time (default: 7 days ago). */
  from: IsoDateTime.optional(),
  /** Shifts that start before this time (default: 90 days ahead). */
  to: IsoDateTime.optional(),
});
export type ShiftListQuery = z.infer<typeof ShiftListQuery>;

export const ShiftBody = z
  .strictObject({
    clinicianId: Id,
    backupClinicianId: Id.nullable().default(null),
    startsAt: IsoDateTime,
    endsAt: IsoDateTime,
    handoverNote: z.string().trim().max(HANDOVER_NOTE_MAX).default(''),
  })
  .refine((s) => new Date(s.endsAt) > new Date(s.startsAt), { message: 'A shift ends after it starts.', path: ['endsAt'] })
  .refine((s) => s.backupClinicianId !== s.clinicianId, { message: 'The backup is someone other than the clinician on call.', path: ['backupClinicianId'] });
export type ShiftBody = z.infer<typeof ShiftBody>;

export const OnCallNowView = z.object({
  /** The live shift, or null when nobody is on the rota right now. */
  shift: ShiftView.nullable(),
  policy: EscalationPolicy,
});
export type OnCallNowView = z.infer<typeof OnCallNowView>;
