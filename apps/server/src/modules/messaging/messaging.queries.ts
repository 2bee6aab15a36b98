import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import { personName } from '../../access/people';
import { onCareTeamNow } from '../../access/relationships';
import type { Db } from '../../db/database';
import type { SourceTextReader } from '../risk';
import { messageReceipts, messages, messageTemplates } from './messaging.tables';

export type MessageRow = typeof messages.$inferSelect;
export type NewMessageRow = typeof messages.$inferInsert;
export type AuthoredMessage = MessageRow & { authorName: string; noReplyNeededByName: string | null };

export interface ReceiptRow {
  messageId: string;
  userId: string;
  name: string;
  seenAt: Date;
}

/** Inserts unless the conversation already holds this idempotency key; undefined then (a concurrent twin waits and finds it). */
export async function insertMessage(db: Db, values: NewMessageRow): Promise<MessageRow | undefined> {
  const [row] = await db
    .insert(messages)
    .values(values)
    .onConflictDoNothing({ target: [messages.practiceId, messages.clientId, messages.idempotencyKey] })
    .returning();
  return row;
}

export async function findByIdempotencyKey(db: Db, practiceId: string, clientId: string, key: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), eq(messages.clientId, clientId), eq(messages.idempotencyKey, key)));
  return row;
}

export async function findMessage(db: Db, practiceId: string, id: string): Promise<MessageRow | undefined> {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), eq(messages.id, id)));
  return row;
}

/** Up to `limit` messages before a position, newest first (the caller turns them oldest first). */
export async function pageOfMessages(
  db: Db,
  practiceId: string,
  clientId: string,
  beforePosition: number | undefined,
  limit: number,
  since?: Date,
): Promise<AuthoredMessage[]> {
  return selectAuthored(
    db,
    and(
      eq(messages.practiceId, practiceId),
      eq(messages.clientId, clientId),
      beforePosition === undefined ? undefined : lt(messages.position, beforePosition),
      since === undefined ? undefined : gte(messages.createdAt, since),
    ),
    limit,
  );
}

/** One message with its author's name, for a response. */
export async function findAuthoredMessage(db: Db, practiceId: string, id: string): Promise<AuthoredMessage | undefined> {
  const [row] = await selectAuthored(db, and(eq(messages.practiceId, practiceId), eq(messages.id, id)), 1);
  return row;
}

/** The whole conversation, oldest first, each message with its author's name (the client's record export). */
export async function wholeConversation(db: Db, practiceId: string, clientId: string) {
  return db
    .select({
      id: messages.id,
      authorId: messages.authorId,
      authorKind: messages.authorKind,
      authorName: personName(messages.authorId),
      intent: messages.intent,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), eq(messages.clientId, clientId)))
    .orderBy(asc(messages.position));
}

async function selectAuthored(db: Db, where: SQL | undefined, limit: number): Promise<AuthoredMessage[]> {
  const rows = await db
    .select({ message: messages, authorName: personName(messages.authorId), closerName: sql<string | null>`${personName(messages.noReplyNeededBy)}` })
    .from(messages)
    .where(where)
    .orderBy(desc(messages.position))
    .limit(limit);
  return rows.map((r) => ({ ...r.message, authorName: r.authorName, noReplyNeededByName: r.closerName }));
}

export async function receiptsFor(db: Db, practiceId: string, messageIds: string[]): Promise<ReceiptRow[]> {
  if (messageIds.length === 0) return [];
  return db
    .select({ messageId: messageReceipts.messageId, userId: messageReceipts.userId, name: personName(messageReceipts.userId), seenAt: messageReceipts.seenAt })
    .from(messageReceipts)
    .where(and(eq(messageReceipts.practiceId, practiceId), inArray(messageReceipts.messageId, messageIds)))
    .orderBy(asc(messageReceipts.seenAt));
}

/** Records that a person saw a message; true only the first time. */
export async function insertReceipt(db: Db, practiceId: string, messageId: string, userId: string, seenAt: Date): Promise<boolean> {
  const rows = await db
    .insert(messageReceipts)
    .values({ practiceId, messageId, userId, seenAt })
    .onConflictDoNothing()
    .returning({ userId: messageReceipts.userId });
  return rows.length > 0;
}

/** Receipts for several messages at once (a reply implies having read them). */
export async function insertReceipts(db: Db, practiceId: string, messageIds: string[], userId: string, seenAt: Date): Promise<void> {
  if (messageIds.length === 0) return;
  await db
    .insert(messageReceipts)
    .values(messageIds.map((messageId) => ({ practiceId, messageId, userId, seenAt })))
    .onConflictDoNothing();
}

/** The other side has the messages in front of them: the "delivered" receipt. */
export async function markDelivered(db: Db, practiceId: string, messageIds: string[], authorKind: 'client' | 'clinician', now: Date): Promise<string[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .update(messages)
    .set({ deliveredAt: now })
    .where(and(eq(messages.practiceId, practiceId), inArray(messages.id, messageIds), eq(messages.authorKind, authorKind), isNull(messages.deliveredAt)))
    .returning({ id: messages.id });
  return rows.map((r) => r.id);
}

/** A clinician's message answers every client message still waiting in the conversation. */
export async function answerWaitingMessages(db: Db, practiceId: string, clientId: string, by: string, now: Date): Promise<string[]> {
  const rows = await db
    .update(messages)
    .set({ answeredAt: now, answeredBy: by })
    .where(
      and(
        eq(messages.practiceId, practiceId),
        eq(messages.clientId, clientId),
        eq(messages.authorKind, 'client'),
        isNull(messages.answeredAt),
        isNull(messages.noReplyNeededAt),
      ),
    )
    .returning({ id: messages.id });
  return rows.map((r) => r.id);
}

/** True when a current care-team clinician (not the author) has seen the message. */
export async function seenByCareTeam(db: Db, practiceId: string, clientId: string, messageId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(messageReceipts)
    .where(
      and(
        eq(messageReceipts.practiceId, practiceId),
        eq(messageReceipts.messageId, messageId),
        onCareTeamNow(messageReceipts.practiceId, messageReceipts.userId, clientId, now),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Client messages the person has not seen yet (a reply implies having read them). */
export async function unseenClientMessages(db: Db, practiceId: string, clientId: string, userId: string): Promise<string[]> {
  const rows = await db
    .select({ id: messages.id })
    .from(messages)
    .leftJoin(
      messageReceipts,
      and(eq(messageReceipts.practiceId, messages.practiceId), eq(messageReceipts.messageId, messages.id), eq(messageReceipts.userId, userId)),
    )
    .where(
      and(
        eq(messages.practiceId, practiceId),
        eq(messages.clientId, clientId),
        ne(messages.authorId, userId),
        isNull(messageReceipts.userId),
        isNull(messages.answeredAt),
      ),
    )
    .limit(200);
  return rows.map((r) => r.id);
}

export async function templatesOf(db: Db, practiceId: string) {
  return db
    .select()
    .from(messageTemplates)
    .where(eq(messageTemplates.practiceId, practiceId))
    .orderBy(asc(messageTemplates.position), asc(messageTemplates.title));
}

/** The client whose conversation holds a message (the auth hook's resolver for routes by message id). */
export async function clientOfMessage(db: Db, practiceId: string, id: string): Promise<string | undefined> {
  const [row] = await db
    .select({ clientId: messages.clientId })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), eq(messages.id, id)));
  return row?.clientId;
}

/**
 * How many `soon` messages each client wrote since a moment, and the earliest of them: the
 * step-back-up signal a step-down plan agrees on ("three soon messages in a week") reads this.
 */
export async function soonMessagesSince(db: Db, practiceId: string, clientIds: string[], since: Date): Promise<Map<string, { count: number; first: Date }>> {
  const rows = await db
    .select({
      clientId: messages.clientId,
      count: sql<number>`count(*)`.mapWith(Number),
      first: sql<Date>`min(${messages.createdAt})`.mapWith(messages.createdAt),
    })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), anyId(messages.clientId, clientIds), eq(messages.intent, 'soon'), gte(messages.createdAt, since)))
    .groupBy(messages.clientId);
  return new Map(rows.map((r) => [r.clientId, { count: r.count, first: r.first }]));
}

/** The words of some messages by id, for the excerpt beside a flag they raised (risk reads them through app.ts). */
export const messageTexts: SourceTextReader = async (db, practiceId, ids) => {
  const texts = new Map<string, string>();
  // One after another: a queue holds few flags, and inside a transaction these share one connection.
  for (const id of new Set(ids)) {
    const message = await findMessage(db, practiceId, id);
    if (message) texts.set(id, message.body);
  }
  return texts;
};
/** A message as a contact event: who wrote, why and when, never what (stable stretches, the care-contact balance). */
export interface MessageEvent {
  id: string;
  clientId: string;
  authorKind: 'client' | 'clinician';
  intent: MessageRow['intent'];
  riskLevel: MessageRow['riskLevel'];
  createdAt: Date;
}

/**
 * Messages written in [from, to), for some clients or (no `clientIds`) the whole practice,
 * optionally only some intents; oldest first. The caller has checked who may see these counts.
 */
export async function messageEventsFor(
  db: Db,
  practiceId: string,
  filter: { clientIds?: readonly string[]; from: Date; to: Date; intents?: readonly NonNullable<MessageRow['intent']>[] },
): Promise<MessageEvent[]> {
  if (filter.clientIds?.length === 0) return [];
  return db
    .select({
      id: messages.id,
      clientId: messages.clientId,
      authorKind: messages.authorKind,
      intent: messages.intent,
      riskLevel: messages.riskLevel,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .where(
      and(
        eq(messages.practiceId, practiceId),
        filter.clientIds ? anyId(messages.clientId, filter.clientIds) : undefined,
        filter.intents ? inArray(messages.intent, [...filter.intents]) : undefined,
        gte(messages.createdAt, filter.from),
        lt(messages.createdAt, filter.to),
      ),
    )
    .orderBy(asc(messages.createdAt));
}
