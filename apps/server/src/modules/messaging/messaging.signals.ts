import { and, eq, max, sql } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { CaseloadMessageSignals, MessageIntent } from '@steadfast/contracts';
import type { ClientAccess } from '../../access/relationships';
import { asSignals, type SignalSource } from '../../access/signal-source';
import { allows, clientRules } from '../../access/rules';
import type { Actor } from '../../http/context';
import type { Db } from '../../db/database';
import { messageReceipts, messages } from './messaging.tables';

/**
 * A client message still waiting for a reply: not answered, not marked "no reply needed", and of
 * an intent that asks for one (`share` expects none). The same rule as the conversation's
 * `awaitingReply` (messaging.views.ts); the partial index messages_awaiting_idx covers it.
 */
const awaiting = sql`${messages.authorKind} = 'client' and ${messages.intent} <> 'share' and ${messages.answeredAt} is null and ${messages.noReplyNeededAt} is null`;

const countWhere = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

/**
 * Message signals for a caseload (SPEC §2.8) in one query, whatever its size: only for the clients
 * whose messages the caller may read ('messages.read', so a GP without the messages scope learns
 * nothing of the conversation here). Clients left out of the map are not the caller's to see.
 */
export async function messageSignalsFor(db: Db, actor: Actor, access: readonly ClientAccess[], now: Date): Promise<Map<string, CaseloadMessageSignals>> {
  const readable = access.filter((a) => allows(clientRules['messages.read'], a.relationships, a.scopes)).map((a) => a.clientId);
  const signals = new Map<string, CaseloadMessageSignals>(readable.map((id) => [id, quietConversation()]));
  if (readable.length === 0) return signals;
  const rows = await db
    .select({
      clientId: messages.clientId,
      beforeSession: countWhere(sql`${awaiting} and ${messages.intent} = 'before_session'`),
      soon: countWhere(sql`${awaiting} and ${messages.intent} = 'soon'`),
      crisis: countWhere(sql`${awaiting} and ${messages.intent} = 'crisis'`),
      nextDueAt: sql<Date | null>`min(${messages.expectedReplyBy}) filter (where ${awaiting})`.mapWith(messages.expectedReplyBy),
      nextDueIntent: sql<MessageIntent | null>`(array_agg(${messages.intent} order by ${messages.expectedReplyBy}) filter (where ${awaiting} and ${messages.expectedReplyBy} is not null))[1]`,
      // A receipt is the caller having opened the message (or replied after it).
      unseenByMe: countWhere(sql`${messages.authorKind} = 'client' and ${messageReceipts.userId} is null`),
      lastMessageAt: max(messages.createdAt),
    })
    .from(messages)
    .leftJoin(
      messageReceipts,
      and(eq(messageReceipts.practiceId, messages.practiceId), eq(messageReceipts.messageId, messages.id), eq(messageReceipts.userId, actor.userId)),
    )
    .where(and(eq(messages.practiceId, actor.practiceId), anyId(messages.clientId, readable)))
    .groupBy(messages.clientId);
  for (const row of rows) {
    signals.set(row.clientId, {
      waiting: { before_session: row.beforeSession, soon: row.soon, crisis: row.crisis },
      nextReplyDue: row.nextDueAt && row.nextDueIntent ? { at: row.nextDueAt.toISOString(), intent: row.nextDueIntent, overdue: row.nextDueAt <= now } : null,
      unseenByMe: row.unseenByMe,
      lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
    });
  }
  return signals;
}

/** A conversation with nothing in it yet. */
function quietConversation(): CaseloadMessageSignals {
  return { waiting: { before_session: 0, soon: 0, crisis: 0 }, nextReplyDue: null, unseenByMe: 0, lastMessageAt: null };
}

/** Messaging's caseload signal source. */
export const messagingSignals: SignalSource = (db, actor, access, now) => asSignals('messages', messageSignalsFor(db, actor, access, now));
