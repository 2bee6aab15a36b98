import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** Why someone is notified. Outside the app the words never carry clinical content (SPEC §2.9). */
export const notificationKinds = [
  'message',
  'reply_window_nearing',
  'reply_window_passed',
  'flag_raised',
  'flag_escalated',
  'agreement_proposed',
  'agreement_in_force',
  'sessions_stepped_up',
  'cover_arranged',
  'appointment_request',
  'appointment_update',
  'checkin_reminder',
  'checkin_missed',
  'measure_due',
  'reassurance_note',
  'reassurance_note_requested',
  'care_team_changed',
  'care_transition',
  'reentry_requested',
  'erasure_requested',
] as const;
export const NotificationKind = z.enum(notificationKinds);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const NotificationView = z.object({
  id: Id,
  kind: NotificationKind,
  /** In-app words (the app is signed in; e-mail and push say only "You have a new message in Steadfast"). */
  title: z.string(),
  clientId: Id.nullable(),
  subjectId: z.string().nullable(),
  urgent: z.boolean(),
  createdAt: IsoDateTime,
  readAt: IsoDateTime.nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationList = z.object({ notifications: z.array(NotificationView), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(30) });

/** A phone number in international form, for urgent notices by SMS. */
export const SmsNumber = z
  .string()
  .trim()
  .regex(/^\+[1-9][0-9]{6,14}$/, 'A phone number in international form, like +447700900123');

export const NotificationPreferences = z.object({
  email: z.boolean(),
  push: z.boolean(),
  /** Urgent notices only (an unseen `soon` message past its window, a crisis message). */
  sms: z.boolean(),
  smsNumber: SmsNumber.nullable(),
});
export type NotificationPreferences = z.infer<typeof NotificationPreferences>;
export const NotificationPreferencesBody = z.strictObject({
  email: z.boolean(),
  push: z.boolean(),
  sms: z.boolean(),
  smsNumber: SmsNumber.nullable(),
});

export const PushPublicKey = z.object({ publicKey: z.string() });

/** A browser PushSubscription as JSON; push services are always https. */
export const PushSubscriptionBody = z.strictObject({
  endpoint: z.url({ protocol: /^https$/ }).max(1000),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({ p256dh: z.string().min(16).max(200), auth: z.string().min(8).max(100) }),
});
export type PushSubscriptionBody = z.infer<typeof PushSubscriptionBody>;
export const PushUnsubscribeBody = z.strictObject({ endpoint: z.string().max(1000) });
