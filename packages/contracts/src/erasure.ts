import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/**
 * Every kind of record held about a client, as erasure counts them (issue 18, docs/ERASURE.md).
 * Each module that holds one names it in its erasure function's counts.
 */
export const erasureRecordKinds = [
  'account',
  'sessions',
  'passwordResets',
  'invitations',
  'notifications',
  'notificationSettings',
  'pushSubscriptions',
  'mail',
  'pendingJobs',
  'careTeam',
  'safetyPlanVersions',
  'agreements',
  'contactPauses',
  'riskFlags',
  'riskFormulations',
  'messages',
  'messageReceipts',
  'appointments',
  'appointmentRequests',
  'bookingSettings',
  'calendarFeeds',
  'stepDownPlans',
  'measures',
  'measureSchedules',
  'checkins',
  'checkinSettings',
  'caringContacts',
  'okayPlanVersions',
  'reassuranceNotes',
  'stabilitySettings',
  'clinicalNotes',
  'handovers',
  'discharges',
  'reentryRequests',
  'peerSpace',
] as const;
export const ErasureRecordKind = z.enum(erasureRecordKinds);
export type ErasureRecordKind = z.infer<typeof ErasureRecordKind>;

/** What erasure does (or did) to one kind of record: rows removed, rows kept with personal text taken out, rows kept whole. */
export const ErasureCount = z.object({
  kind: ErasureRecordKind,
  removed: z.number().int().nonnegative(),
  pseudonymised: z.number().int().nonnegative(),
  kept: z.number().int().nonnegative(),
});
export type ErasureCount = z.infer<typeof ErasureCount>;

/**
 * The retention rule applied to one client: the clinical record is kept until `keptUntil`
 * (`retentionYears` after the last contact); null when that day has passed and nothing is kept.
 */
export const ErasureRetention = z.object({
  retentionYears: z.number().int().nonnegative(),
  lastContactAt: IsoDateTime.nullable(),
  keptUntil: IsoDateTime.nullable(),
});
export type ErasureRetention = z.infer<typeof ErasureRetention>;

export const ErasureRequestView = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  status: z.enum(['requested', 'erased']),
  requestedAt: IsoDateTime,
  erasedAt: IsoDateTime.nullable(),
});
export type ErasureRequestView = z.infer<typeof ErasureRequestView>;

/**
 * A client's erasure: their request if any, and what erasing now would do (a preview computed by
 * the erasure itself and rolled back) or, once erased, what it did; with what the caller may do.
 */
export const ErasureView = z.object({
  request: ErasureRequestView.nullable(),
  retention: ErasureRetention,
  counts: z.array(ErasureCount),
  can: z.object({ request: z.boolean(), confirm: z.boolean(), withdraw: z.boolean() }),
});
export type ErasureView = z.infer<typeof ErasureView>;

export const ErasureRequestList = z.object({ requests: z.array(ErasureRequestView) });
export type ErasureRequestList = z.infer<typeof ErasureRequestList>;
