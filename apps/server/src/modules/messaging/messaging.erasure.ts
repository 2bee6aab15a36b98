import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { erasureCount, type EraseClientRecords } from '../../access/erasure-source';
import type { Db } from '../../db/database';
import { messageReceipts, messages } from './messaging.tables';
import { erasedMessageBody } from './messaging.words';

/**
 * A client's erasure (docs/ERASURE.md): within retention each message stays as the record that
 * contact happened (who, when, intent, the screen's level) but its words are taken out; past it,
 * the conversation goes. Who saw which message goes either way.
 */
export const eraseMessaging: EraseClientRecords = async (tx, { practiceId, clientId, keepClinical }) => {
  const ofClient = and(eq(messages.practiceId, practiceId), eq(messages.clientId, clientId));
  const ids = tx.select({ id: messages.id }).from(messages).where(ofClient);
  const receipts = await tx
    .delete(messageReceipts)
    .where(and(eq(messageReceipts.practiceId, practiceId), inArray(messageReceipts.messageId, ids)))
    .returning({ id: messageReceipts.messageId });
  const receiptCount = erasureCount('messageReceipts', { removed: receipts.length });
  if (!keepClinical) {
    const removed = await tx.delete(messages).where(ofClient).returning({ id: messages.id });
    return [erasureCount('messages', { removed: removed.length }), receiptCount];
  }
  const changed = await tx
    .update(messages)
    .set({ body: erasedMessageBody, expectedReplyWords: null })
    .where(and(ofClient, ne(messages.body, erasedMessageBody)))
    .returning({ id: messages.id });
  return [erasureCount('messages', { pseudonymised: changed.length }), receiptCount];
};

/** The last message either way between the client and their clinicians: a contact, for the retention rule. */
export async function lastMessageAt(db: Db, practiceId: string, clientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${messages.createdAt})` })
    .from(messages)
    .where(and(eq(messages.practiceId, practiceId), eq(messages.clientId, clientId)));
  return row?.at ? new Date(row.at) : null;
}
