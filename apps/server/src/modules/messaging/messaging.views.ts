import type { Message } from '@steadfast/contracts';
import { callName } from '../reply-windows';
import type { AuthoredMessage, ReceiptRow } from './messaging.queries';

/** Who is looking: a client never receives risk, "no reply needed" or waiting flags (CLINICAL.md §3.2). */
export type Audience = { kind: 'client' | 'clinician'; userId: string };

export function audienceOf(actor: { role: string; userId: string }): Audience {
  return { kind: actor.role === 'client' ? 'client' : 'clinician', userId: actor.userId };
}

/** The response shape of one message, as an allow-list. */
export function toMessageView(row: AuthoredMessage, receipts: ReceiptRow[], audience: Audience): Message {
  const view: Message = {
    id: row.id,
    clientId: row.clientId,
    author: { id: row.authorId, name: row.authorName, kind: row.authorKind, isMe: row.authorId === audience.userId },
    intent: row.intent,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    expectedReplyBy: row.expectedReplyBy?.toISOString() ?? null,
    expectedReplyWords: row.expectedReplyWords,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    seenBy: receipts.filter((r) => r.messageId === row.id && r.userId !== row.authorId).map((r) => ({ name: callName(r.name), at: r.seenAt.toISOString() })),
  };
  if (audience.kind === 'client') return view;
  if (row.authorKind === 'client') {
    view.risk = { level: row.riskLevel ?? 'none', reasons: row.riskReasons ?? [] };
    view.awaitingReply = row.intent !== 'share' && !row.answeredAt && !row.noReplyNeededAt;
  }
  view.noReplyNeeded = row.noReplyNeededAt ? { byName: row.noReplyNeededByName ?? '', at: row.noReplyNeededAt.toISOString() } : null;
  return view;
}
