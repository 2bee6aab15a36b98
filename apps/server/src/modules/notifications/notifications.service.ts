import { and, eq, isNull, sql } from 'drizzle-orm';
import type { NotificationKind, NotificationList, NotificationPreferences } from '@steadfast/contracts';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import type { NewEvent } from '../realtime';
import { countUnread, findPreferences, listForUser } from './notifications.queries';
import { notificationPreferences, notifications } from './notifications.tables';
import { inAppTitle } from './notifications.words';
import { addNoticeRows, noticeRow, type NoticeInput, type WrittenNotice } from './notifications.write';

export type NotifyInput = NoticeInput;

/** What notifyPerson did: the in-app row and the channels the notice went out on (a flag's ladder records them). */
export interface Notified {
  id: string;
  channels: ('in_app' | 'email' | 'push' | 'sms')[];
}

/**
 * Tells a person, in the caller's transaction: an in-app row (pushed to their open views), and
 * per their preferences an e-mail through the outbox and a web push, and for urgent kinds an SMS.
 * A crash after commit delays these but never loses them; none carries clinical content.
 * One statement (notifications.write.ts), with its real-time event.
 */
export async function notifyPerson(ctx: Ctx, input: NotifyInput): Promise<Notified | undefined> {
  return (await writeNotice(ctx, input, true))?.notified;
}

/** notifyPerson without the real-time event, which the caller publishes with its own events in one statement. */
export async function recordNotice(ctx: Ctx, input: NotifyInput): Promise<{ notified: Notified; event: NewEvent } | undefined> {
  return writeNotice(ctx, input, false);
}

async function writeNotice(ctx: Ctx, input: NotifyInput, events: boolean): Promise<{ notified: Notified; event: NewEvent } | undefined> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  const w = new WriteStatement();
  const written = addNoticeRows(w, [noticeRow(input, { practiceId, now, publicUrl: ctx.deps.config.publicUrl }, 1)], { events });
  const [notice] = await w.run<WrittenNotice>(ctx.db, sql`select * from ${written}`);
  if (!notice) return undefined;
  const channels: Notified['channels'] = [
    'in_app',
    ...(notice.emailed ? (['email'] as const) : []),
    ...(notice.push ? (['push'] as const) : []),
    ...(notice.sms ? (['sms'] as const) : []),
  ];
  return {
    notified: { id: notice.id, channels },
    event: { practiceId, userId: input.userId, clientId: input.clientId ?? null, type: 'notification.created', subjectId: notice.id, at: now },
  };
}

/**
 * In-app words that depend on the thing a notice names (who joined a care team, and what they
 * see): a domain module's reader by kind, from the subject ids; handed in by buildApp, since a
 * foundation imports no domain module.
 */
export type NoticeTitles = Partial<Record<NotificationKind, (ctx: Ctx, subjectIds: readonly string[]) => Promise<Map<string, string>>>>;

/** The caller's latest notifications and how many are unread. */
export async function listMyNotifications(ctx: Ctx, limit: number, titles: NoticeTitles = {}): Promise<NotificationList> {
  const { practiceId, userId, role } = ctx.actor;
  const [rows, unread] = await Promise.all([listForUser(ctx.db, practiceId, userId, limit), countUnread(ctx.db, practiceId, userId)]);
  const special = new Map<string, string>();
  for (const [kind, read] of Object.entries(titles) as [NotificationKind, NonNullable<NoticeTitles[NotificationKind]>][]) {
    const ids = rows.filter((r) => r.notification.kind === kind && r.notification.subjectId).map((r) => r.notification.subjectId!);
    if (ids.length > 0) for (const [id, title] of await read(ctx, ids)) special.set(`${kind}:${id}`, title);
  }
  return {
    unread,
    notifications: rows.map(({ notification: n, clientName }) => ({
      id: n.id,
      kind: n.kind,
      title: special.get(`${n.kind}:${n.subjectId}`) ?? inAppTitle(n.kind, clientName, role === 'client'),
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
  if (!found.readAt)
    await ctx.db
      .update(notifications)
      .set({ readAt: ctx.clock.now() })
      .where(and(mine, isNull(notifications.readAt)));
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
