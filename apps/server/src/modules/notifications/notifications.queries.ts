import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { NotificationKind } from '@steadfast/contracts';
import { alias } from 'drizzle-orm/pg-core';
import { queryRows, type Db } from '../../db/database';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';
import { notificationPreferences, notifications } from './notifications.tables';

export interface NewNotice {
  practiceId: string;
  userId: string;
  kind: NotificationKind;
  clientId: string | null;
  subjectId: string | null;
  urgent: boolean;
  createdAt: Date;
}

export interface InsertedNotice {
  notificationId: string;
  /** An e-mail is due: urgent, or e-mail is on and none went out about the same thing lately. */
  emailed: boolean;
  email: string;
  name: string;
  role: string;
  pushOn: boolean;
  smsOn: boolean;
  smsNumber: string | null;
  hasPush: boolean;
}

/**
 * Writes the in-app row and reads what the other channels need, in one round trip: the person,
 * their preferences (defaults when they never chose), whether they have a push device, and
 * whether they were e-mailed about the same thing since `coalesceSince` and have not read it.
 * Undefined when the person is not in the practice.
 */
export async function insertNotification(db: Db, n: NewNotice, coalesceSince: Date): Promise<InsertedNotice | undefined> {
  const [row] = await queryRows<Record<string, unknown>>(
    db,
    sql`with person as (
          select u.id, u.email, u.name, u.role,
            coalesce(p.email, true) as email_on, coalesce(p.push, true) as push_on, coalesce(p.sms, false) as sms_on, p.sms_number,
            exists (select 1 from push_subscriptions s where s.practice_id = u.practice_id and s.user_id = u.id) as has_push,
            exists (select 1 from notifications o
                    where o.practice_id = u.practice_id and o.user_id = u.id and o.kind = ${n.kind}
                      and o.client_id is not distinct from ${n.clientId}::uuid and o.emailed and o.read_at is null
                      and o.created_at > ${coalesceSince.toISOString()}::timestamptz) as recently_emailed
          from users u
          left join notification_preferences p on p.practice_id = u.practice_id and p.user_id = u.id
          where u.practice_id = ${n.practiceId} and u.id = ${n.userId}
        ), inserted as (
          insert into notifications (practice_id, id, user_id, kind, client_id, subject_id, urgent, emailed, created_at)
          select ${n.practiceId}, ${randomUUID()}, person.id, ${n.kind}, ${n.clientId}::uuid, ${n.subjectId}, ${n.urgent},
            ${n.urgent} or (person.email_on and not person.recently_emailed), ${n.createdAt.toISOString()}::timestamptz
          from person
          returning id, emailed
        )
        select inserted.id as notification_id, inserted.emailed, person.email, person.name, person.role,
          person.push_on, person.sms_on, person.sms_number, person.has_push
        from inserted, person`,
  );
  if (!row) return undefined;
  return {
    notificationId: String(row.notification_id),
    emailed: Boolean(row.emailed),
    email: String(row.email),
    name: String(row.name),
    role: String(row.role),
    pushOn: Boolean(row.push_on),
    smsOn: Boolean(row.sms_on),
    smsNumber: (row.sms_number as string | null) ?? null,
    hasPush: Boolean(row.has_push),
  };
}

/** A person's latest notifications with the client's name for the in-app words. */
export async function listForUser(db: Db, practiceId: string, userId: string, limit: number) {
  const clientUser = alias(users, 'client_user');
  return db
    .select({ notification: notifications, clientName: clientUser.name })
    .from(notifications)
    .leftJoin(clients, and(eq(clients.practiceId, notifications.practiceId), eq(clients.id, notifications.clientId)))
    .leftJoin(clientUser, eq(clientUser.id, clients.userId))
    .where(and(eq(notifications.practiceId, practiceId), eq(notifications.userId, userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(db: Db, practiceId: string, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.practiceId, practiceId), eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function findPreferences(db: Db, practiceId: string, userId: string) {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.practiceId, practiceId), eq(notificationPreferences.userId, userId)));
  return row;
}
