import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, pgTable, primaryKey, smallint, text, unique, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { users } from '../identity/identity.tables';

/** In-app notifications: one row per person told. Ids and a kind only; the words are made when read. */
export const notifications = pgTable(
  'notifications',
  {
    practiceId: practiceId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    kind: text('kind', {
      enum: [
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
      ],
    }).notNull(),
    clientId: uuid('client_id'),
    subjectId: text('subject_id'),
    urgent: boolean('urgent').notNull().default(false),
    /** An e-mail went out for it (non-urgent e-mails are coalesced, see notifyPerson). */
    emailed: boolean('emailed').notNull().default(false),
    /** Listed in the app; false when the person chose only e-mail or push for this kind (a reminder's channels). */
    inApp: boolean('in_app').notNull().default(true),
    createdAt: createdAt(),
    readAt: at('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
    index('notifications_user_idx').on(t.practiceId, t.userId, t.createdAt),
    check(
      'notifications_kind_known',
      sql`${t.kind} in ('message', 'reply_window_nearing', 'reply_window_passed', 'flag_raised', 'flag_escalated', 'agreement_proposed', 'agreement_in_force', 'sessions_stepped_up', 'cover_arranged', 'appointment_request', 'appointment_update', 'checkin_reminder', 'checkin_missed', 'measure_due', 'reassurance_note', 'reassurance_note_requested', 'care_team_changed', 'care_transition', 'reentry_requested', 'erasure_requested')`,
    ),
  ],
);

/** How a person wants to be told. No row means the defaults: e-mail and push on, SMS off. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    practiceId: practiceId(),
    userId: uuid('user_id').notNull(),
    email: boolean('email').notNull().default(true),
    push: boolean('push').notNull().default(true),
    sms: boolean('sms').notNull().default(false),
    smsNumber: text('sms_number'),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.userId] }),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
    check('notification_preferences_sms_number', sql`not ${t.sms} or ${t.smsNumber} is not null`),
  ],
);

/** A browser's Web Push subscription (one per device). */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    practiceId: practiceId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('push_subscriptions_endpoint_unique').on(t.endpoint),
    index('push_subscriptions_user_idx').on(t.practiceId, t.userId),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
  ],
);

/** The server's VAPID key pair for Web Push: generated on first use, one per installation. */
export const pushVapidKeys = pgTable(
  'push_vapid_keys',
  {
    id: smallint('id').primaryKey().default(1),
    publicKey: text('public_key').notNull(),
    privateKey: text('private_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [check('push_vapid_keys_single_row', sql`${t.id} = 1`)],
);
