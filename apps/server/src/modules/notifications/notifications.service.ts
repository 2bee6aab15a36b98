import { and, eq, isNull } from 'drizzle-orm';
import type { NotificationKind, NotificationList, NotificationPreferences } from '@steadfast/contracts';
import type { Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { enqueueJob } from '../../jobs/jobs';
import { queueMail } from '../mail/mail.service';
import { publishEvent, type NewEvent } from '../realtime/realtime.service';
import { countUnread, findPreferences, insertNotification, listForUser } from './notifications.queries';
import { PUSH_JOB } from './notifications.push';
import { SMS_JOB } from './notifications.sms';
import { notificationPreferences, notifications } from './notifications.tables';
import { inAppTitle, notificationMail } from './notifications.words';

export interface NotifyInput {
  userId: string;
  kind: NotificationKind;
  clientId?: string;
  subjectId?: string;
  /** Urgent notices always e-mail (whatever the preference) and may go by SMS. */
  urgent?: boolean;
}

/** What notifyPerson did: the in-app row and the channels the notice went out on (a flag's ladder records them). */
export interface Notified {
  id: string;
  channels: ('in_app' | 'email' | 'push' | 'sms')[];
}

// One e-mail per person, kind and client while earlier ones sit unread: ten messages in a row are one e-mail.
const EMAIL_COALESCE_MS = 15 * 60_000;

/**
 * Tells a person, in the caller's transaction: an in-app row (pushed to their open views), and
 * per their preferences an e-mail through the outbox and a web push, and for urgent kinds an SMS.
 * A crash after commit delays these but never loses them; none carries clinical content.
 */
export async function notifyPerson(ctx: Ctx, input: NotifyInput): Promise<Notified | undefined> {
  const recorded = await recordNotice(ctx, input);
  if (recorded) await publishEvent(ctx.db, recorded.event);
  return recorded?.notified;
}

/** notifyPerson without the real-time event, which the caller publishes with its own events in one statement. */
export async function recordNotice(ctx: Ctx, input: NotifyInput): Promise<{ notified: Notified; event: NewEvent } | undefined> {
  const { db } = ctx;
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  const clientId = input.clientId ?? null;
  const urgent = input.urgent === true;
  const notice = { practiceId, userId: input.userId, kind: input.kind, clientId, subjectId: input.subjectId ?? null, urgent, createdAt: now };
  const person = await insertNotification(db, notice, new Date(now.getTime() - EMAIL_COALESCE_MS));
  if (!person) return undefined;
  const { notificationId, emailed: email } = person;
  if (email) {
    const mail = notificationMail(input.kind, person.name, ctx.deps.config.publicUrl, person.role === 'client');
    await queueMail(db, { practiceId, to: person.email, ...mail }, now);
  }
  const payload = { practiceId, notificationId };
  const push = person.pushOn && person.hasPush;
  const sms = urgent && person.smsOn && Boolean(person.smsNumber);
  if (push) await enqueueJob(db, { kind: PUSH_JOB, payload, runAt: now, dedupeKey: `push:${notificationId}`, maxAttempts: 5 });
  if (sms) await enqueueJob(db, { kind: SMS_JOB, payload, runAt: now, dedupeKey: `sms:${notificationId}`, maxAttempts: 5 });
  const channels: Notified['channels'] = ['in_app', ...(email ? (['email'] as const) : []), ...(push ? (['push'] as const) : []), ...(sms ? (['sms'] as const) : [])];
  return {
    notified: { id: notificationId, channels },
    event: { practiceId, userId: input.userId, clientId, type: 'notification.created', subjectId: notificationId, at: now },
  };
}

/** The caller's latest notifications and how many are unread. */
export async function listMyNotifications(ctx: Ctx, limit: number): Promise<NotificationList> {
  const { practiceId, userId, role } = ctx.actor;
  const [rows, unread] = await Promise.all([listForUser(ctx.db, practiceId, userId, limit), countUnread(ctx.db, practiceId, userId)]);
  return {
    unread,
    notifications: rows.map(({ notification: n, clientName }) => ({
      id: n.id,
      kind: n.kind,
      title: inAppTitle(n.kind, clientName, role === 'client'),
      clientId: n.clientId,
      subjectId: n.subjectId,
      urgent: n.urgent,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    })),
  };
}

/** Marks one of the caller's notifications read (again is a no-op); someone else's is not found. */
export async function markNotificationRead(ctx: Ctx, id: string): Promise<void> {
  const mine = and(eq(notifications.practiceId, ctx.actor.practiceId), eq(notifications.id, id), eq(notifications.userId, ctx.actor.userId));
  const [found] = await ctx.db.select({ readAt: notifications.readAt }).from(notifications).where(mine);
  if (!found) throw notFound('notification');
  if (!found.readAt) await ctx.db.update(notifications).set({ readAt: ctx.clock.now() }).where(and(mine, isNull(notifications.readAt)));
}

export async function markAllNotificationsRead(ctx: Ctx): Promise<void> {
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(and(eq(notifications.practiceId, ctx.actor.practiceId), eq(notifications.userId, ctx.actor.userId), isNull(notifications.readAt)));
}

export async function getMyPreferences(ctx: Ctx): Promise<NotificationPreferences> {
  const row = await findPreferences(ctx.db, ctx.actor.practiceId, ctx.actor.userId);
  return { email: row?.email ?? true, push: row?.push ?? true, sms: row?.sms ?? false, smsNumber: row?.smsNumber ?? null };
}

/** Saves the caller's choices; SMS needs a number (the table's CHECK backs this up). */
export async function setMyPreferences(ctx: Ctx, prefs: NotificationPreferences): Promise<NotificationPreferences> {
  if (prefs.sms && !prefs.smsNumber) throw invalid('Add a phone number to get urgent notices by SMS.', { field: 'smsNumber' });
  const values = { practiceId: ctx.actor.practiceId, userId: ctx.actor.userId, ...prefs, updatedAt: ctx.clock.now() };
  await ctx.db
    .insert(notificationPreferences)
    .values(values)
    .onConflictDoUpdate({
      target: [notificationPreferences.practiceId, notificationPreferences.userId],
      set: { email: values.email, push: values.push, sms: values.sms, smsNumber: values.smsNumber, updatedAt: values.updatedAt },
    });
  return getMyPreferences(ctx);
}
