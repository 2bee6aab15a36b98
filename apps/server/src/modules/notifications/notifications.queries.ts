import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clientName } from '../../access/people';
import { notificationPreferences, notifications } from './notifications.tables';

/** A person's latest notifications with the client's name for the in-app words. */
export async function listForUser(db: Db, practiceId: string, userId: string, limit: number) {
  return db
    .select({ notification: notifications, clientName: clientName(notifications.clientId) })
    .from(notifications)
    .where(and(eq(notifications.practiceId, practiceId), eq(notifications.userId, userId), eq(notifications.inApp, true)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: Db, practiceId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.practiceId, practiceId), eq(notifications.userId, userId), eq(notifications.inApp, true), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function findPreferences(db: Db, practiceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.practiceId, practiceId), eq(notificationPreferences.userId, userId)));
  return row;
}

/** The person a notice was for (the auth hook's resolver for routes by notification id). */
export async function ownerOfNotification(db: Db, practiceId: string, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.practiceId, practiceId), eq(notifications.id, id)));
  return row?.userId;
}
