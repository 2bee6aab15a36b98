import { z } from 'zod';
import { Id } from './common';

/*
 * The care-contact balance (SPEC §2.6): how contact with a client was spread, so a practice can
 * see whether its care arrives only after distress. A clinician contact (a reply, a caring note,
 * a reassurance note) counts as a response to distress when it came within 48 hours after a
 * `soon`/`crisis` message or a message screened high, or a risk flag; caring notes are written
 * ahead on a schedule, so never.
 */
export const DISTRESS_RESPONSE_HOURS = 48;
export const CARE_BALANCE_WEEKS_MAX = 52;

export const CareBalanceQuery = z.strictObject({ weeks: z.coerce.number().int().min(1).max(CARE_BALANCE_WEEKS_MAX).default(12) });
export type CareBalanceQuery = z.infer<typeof CareBalanceQuery>;

const Count = z.number().int().nonnegative();

export const CareContactCounts = z.object({
  /** The client wrote: to share or before a session. */
  clientRoutine: Count,
  /** The client wrote `soon` or `crisis`, or words the screener read as high. */
  clientDistress: Count,
  /** Caring notes sent (scheduled or one-click). */
  caringNotes: Count,
  /** Clinician replies and reassurance notes that followed no distress. */
  clinicianRoutine: Count,
  /** Clinician replies and reassurance notes within 48 hours after distress. */
  clinicianAfterDistress: Count,
  /** Share of clinician contacts that were not a response to distress; null when there were none. */
  notDistressShare: z.number().min(0).max(1).nullable(),
});
export type CareContactCounts = z.infer<typeof CareContactCounts>;

export const CareBalanceWeek = CareContactCounts.extend({
  /** The Monday the week starts on (weeks run Monday to Sunday, UTC). */
  weekStart: z.iso.date(),
});
export type CareBalanceWeek = z.infer<typeof CareBalanceWeek>;

export const ClientCareBalance = z.object({
  clientId: Id,
  weeks: z.array(CareBalanceWeek),
  total: CareContactCounts,
});
export type ClientCareBalance = z.infer<typeof ClientCareBalance>;

export const PracticeCareBalance = z.object({
  weeks: z.array(CareBalanceWeek),
  total: CareContactCounts,
  /** Each client with any contact in the period, the least balanced first (lowest not-distress share). */
  clients: z.array(z.object({ clientId: Id, name: z.string(), total: CareContactCounts })),
});
export type PracticeCareBalance = z.infer<typeof PracticeCareBalance>;
