import { sql } from 'drizzle-orm';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';
import { addAudit } from '../audit/audit.service';
import { addNotices } from '../notifications/notifications.write';
import { addEventRows, eventValues } from '../realtime/realtime.service';
import type { ReplyContext } from '../reply-windows/reply-windows.queries';
import type { ReplyExpectation } from '../reply-windows/reply-windows.service';
import { noticesOfMessage } from './messaging.announce';
import type { MessageRow, NewMessageRow } from './messaging.queries';
import { addReplyWindowTimers } from './messaging.reminders';

/** A message's columns other than those the database fills in (position) or later changes leave empty. */
export type MessageValues = Omit<NewMessageRow, 'position'> & { id: string; createdAt: Date };

/**
 * Writes a send in ONE statement (db/write-statement.ts): the message, unless its conversation
 * already holds the idempotency key; and only if it was written, its audit row, the reply-window
 * timers of a `soon` message, the notices (in-app rows, e-mails in the outbox with their jobs,
 * push jobs) and the real-time events. One statement is atomic, so all of it commits together or
 * none of it does, with or without a surrounding transaction. Undefined when the key was used
 * before (a concurrent twin waits on the unique index and lands here once the first commits).
 */
export async function writeSend(
  ctx: Ctx,
  values: MessageValues,
  context: ReplyContext,
  expectation: ReplyExpectation | undefined,
): Promise<MessageRow | undefined> {
  const w = new WriteStatement();
  const message = w.add('message', insertMessageSql(values));
  addAudit(w, ctx, { action: 'messages.send', clientId: values.clientId, subjectType: 'message', subjectId: values.id }, message);
  if (values.intent === 'soon' && expectation) addReplyWindowTimers(w, values, expectation, message);
  const now = values.createdAt;
  addNotices(w, { practiceId: values.practiceId, now, publicUrl: ctx.deps.config.publicUrl }, noticesOfMessage(values, context), { gate: message });
  const created = eventValues([{ practiceId: values.practiceId, clientId: values.clientId, type: 'message.created', subjectId: values.id, at: now }]);
  addEventRows(w, sql`select * from (${created}) as e where exists (select 1 from ${message})`);
  const [row] = await w.run<{ position: number | string }>(ctx.db, sql`select position from ${message}`);
  return row ? toMessageRow(values, Number(row.position)) : undefined;
}

function insertMessageSql(v: MessageValues) {
  return sql`insert into messages (practice_id, id, client_id, author_id, author_kind, intent, body, idempotency_key, created_at,
      expected_reply_by, expected_reply_words, reply_clinician_id, show_crisis_routes, risk_level, risk_reasons, screener_version)
    values (${v.practiceId}::uuid, ${v.id}::uuid, ${v.clientId}::uuid, ${v.authorId}::uuid, ${v.authorKind}, ${v.intent ?? null}, ${v.body}, ${v.idempotencyKey},
      ${v.createdAt.toISOString()}::timestamptz, ${v.expectedReplyBy?.toISOString() ?? null}::timestamptz, ${v.expectedReplyWords ?? null}, ${v.replyClinicianId ?? null}::uuid,
      ${v.showCrisisRoutes ?? false}, ${v.riskLevel ?? null}, ${v.riskReasons ? JSON.stringify(v.riskReasons) : null}::jsonb, ${v.screenerVersion ?? null})
    on conflict (practice_id, client_id, idempotency_key) do nothing
    returning position`;
}

/** The row as stored: what was written, with the position the database gave it; a new message has no receipts or answers yet. */
function toMessageRow(v: MessageValues, position: number): MessageRow {
  return {
    practiceId: v.practiceId,
    id: v.id,
    clientId: v.clientId,
    position,
    authorId: v.authorId,
    authorKind: v.authorKind,
    intent: v.intent ?? null,
    body: v.body,
    idempotencyKey: v.idempotencyKey,
    createdAt: v.createdAt,
    expectedReplyBy: v.expectedReplyBy ?? null,
    expectedReplyWords: v.expectedReplyWords ?? null,
    replyClinicianId: v.replyClinicianId ?? null,
    showCrisisRoutes: v.showCrisisRoutes ?? false,
    riskLevel: v.riskLevel ?? null,
    riskReasons: v.riskReasons ?? null,
    screenerVersion: v.screenerVersion ?? null,
    deliveredAt: null,
    answeredAt: null,
    answeredBy: null,
    noReplyNeededAt: null,
    noReplyNeededBy: null,
  };
}
