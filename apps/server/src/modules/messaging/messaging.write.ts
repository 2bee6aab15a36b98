import { sql } from 'drizzle-orm';
import { reusableQuery, type Db } from '../../db/database';
import { groupedPerDatabase } from '../../db/group-commit';
import { WriteStatement } from '../../db/write-statement';
import type { Ctx } from '../../http/context';
import type { NewJob } from '../../jobs/jobs';
import { addJobs } from '../../jobs/jobs';
import { addAuditRows } from '../audit/audit.service';
import { addNoticeRows, noticeRow, type NoticeRow } from '../notifications/notifications.write';
import { addEventRows } from '../realtime/realtime.service';
import type { ReplyContext } from '../reply-windows/reply-windows.queries';
import type { ReplyExpectation } from '../reply-windows/reply-windows.service';
import { noticesOfMessage } from './messaging.announce';
import type { MessageRow, NewMessageRow } from './messaging.queries';
import { replyWindowTimers } from './messaging.reminders';

/** A message's columns other than those the database fills in (position) or later changes leave empty. */
export type MessageValues = Omit<NewMessageRow, 'position'> & { id: string; createdAt: Date };

/** One send's write, all of it worked out in Node: the message, who sent it, its notices and its timers. */
export interface SendWrite {
  values: MessageValues;
  actorRole: string;
  requestId: string;
  notices: NoticeRow[];
  timers: NewJob[];
}

export function sendWriteOf(
  ctx: Ctx,
  values: MessageValues,
  context: ReplyContext,
  expectation: ReplyExpectation | undefined,
  extraReaders: readonly string[] = [],
): SendWrite {
  const timers = values.intent === 'soon' && expectation ? replyWindowTimers(values, expectation) : [];
  return {
    values,
    actorRole: ctx.actor.role,
    requestId: ctx.requestId,
    notices: noticesOfMessage(values, context, extraReaders).map((n) => noticeRow(n, ctx.deps.config.publicUrl)),
    timers,
  };
}

/** Writes one send in the caller's transaction (or alone); undefined when its idempotency key was used before. */
export async function writeSend(db: Db, send: SendWrite): Promise<MessageRow | undefined> {
  const [row] = await writeSends(db, [send]);
  return row;
}

/**
 * Writes one send as part of a group commit with the sends in flight beside it (db/group-commit.ts):
 * for a send that needs no transaction of its own. Answers once its statement has committed.
 */
export const writeSendGrouped = groupedPerDatabase((db, sends: SendWrite[]) => writeSends(db, sends));

/**
 * Writes any number of sends in ONE statement (db/write-statement.ts), built once with every value
 * a list: the messages, except those whose conversation already holds their idempotency key; and,
 * only for the messages written, their audit rows, reply-window timers, notices (in-app rows,
 * e-mails in the outbox with their jobs, push jobs) and real-time events. One statement is atomic,
 * so all of it commits together or none of it does, with or without a surrounding transaction.
 * Answers per send its row, or undefined when its key was used before (a concurrent twin waits on
 * the unique index and lands here once the first commits; twins in one batch: the first wins).
 */
export async function writeSends(db: Db, sends: readonly SendWrite[]): Promise<(MessageRow | undefined)[]> {
  const [result] = await writeSendsStatement(db, sendLists(sends));
  const written = new Map(WriteStatement.rowsOf<{ id: string; position: number | string }>(result).map((r) => [r.id, Number(r.position)]));
  return sends.map((send) => {
    const position = written.get(send.values.id);
    return position === undefined ? undefined : toMessageRow(send.values, position);
  });
}

const list = (name: string) => sql.placeholder(name);

const writeSendsStatement = reusableQuery<{ rows: unknown }, Record<string, unknown[]>>(() => {
  const w = new WriteStatement();
  const send = w.add(
    'send',
    sql`select * from unnest(${list('practiceId')}::uuid[], ${list('id')}::uuid[], ${list('clientId')}::uuid[], ${list('authorId')}::uuid[],
        ${list('authorKind')}::text[], ${list('intent')}::text[], ${list('body')}::text[], ${list('idempotencyKey')}::text[], ${list('createdAt')}::timestamptz[],
        ${list('expectedReplyBy')}::timestamptz[], ${list('expectedReplyWords')}::text[], ${list('replyClinicianId')}::uuid[], ${list('showCrisisRoutes')}::boolean[],
        ${list('riskLevel')}::text[], ${list('riskReasons')}::text[], ${list('screenerVersion')}::text[], ${list('actorRole')}::text[], ${list('requestId')}::text[])
      with ordinality as s(practice_id, id, client_id, author_id, author_kind, intent, body, idempotency_key, created_at, expected_reply_by, expected_reply_words,
        reply_clinician_id, show_crisis_routes, risk_level, risk_reasons, screener_version, actor_role, request_id, ord)`,
  );
  const message = w.add(
    'message',
    sql`insert into messages (practice_id, id, client_id, author_id, author_kind, intent, body, idempotency_key, created_at,
        expected_reply_by, expected_reply_words, reply_clinician_id, show_crisis_routes, risk_level, risk_reasons, screener_version)
      select practice_id, id, client_id, author_id, author_kind, intent, body, idempotency_key, created_at,
        expected_reply_by, expected_reply_words, reply_clinician_id, show_crisis_routes, risk_level, risk_reasons::jsonb, screener_version
      from ${send} order by ord
      on conflict (practice_id, client_id, idempotency_key) do nothing
      returning id, position`,
  );
  const written = w.add('written', sql`select s.* from ${send} s join ${message} m on m.id = s.id`);
  addAuditRows(w, sql`select practice_id, author_id, actor_role, 'messages.send', client_id, 'message', id::text, request_id, null::text from ${written}`);
  addJobs(
    w,
    sql`select t.kind, t.payload::jsonb, t.run_at, t.dedupe_key, t.max_attempts
      from unnest(${list('jobMessageId')}::uuid[], ${list('jobKind')}::text[], ${list('jobPayload')}::text[], ${list('jobRunAt')}::timestamptz[],
        ${list('jobDedupeKey')}::text[], ${list('jobMaxAttempts')}::int[]) as t(message_id, kind, payload, run_at, dedupe_key, max_attempts)
      where t.message_id in (select id from ${written})`,
  );
  addNoticeRows(
    w,
    sql`select n.ord, s.practice_id, s.created_at, n.id, n.mail_id, n.user_id, n.kind, n.client_id, n.subject_id, n.urgent, n.mail_subject, n.mail_text_client, n.mail_text_staff
      from unnest(${list('noticeMessageId')}::uuid[], ${list('noticeId')}::uuid[], ${list('noticeMailId')}::uuid[], ${list('noticeUserId')}::uuid[],
        ${list('noticeKind')}::text[], ${list('noticeClientId')}::uuid[], ${list('noticeSubjectId')}::text[], ${list('noticeUrgent')}::boolean[],
        ${list('noticeMailSubject')}::text[], ${list('noticeMailTextClient')}::text[], ${list('noticeMailTextStaff')}::text[])
        with ordinality as n(message_id, id, mail_id, user_id, kind, client_id, subject_id, urgent, mail_subject, mail_text_client, mail_text_staff, ord)
      join ${written} s on s.id = n.message_id`,
  );
  addEventRows(w, sql`select practice_id, 'message.created', client_id, null::uuid, id::text, created_at from ${written}`);
  return w.statement(sql`select id, position from ${message}`);
});

/** The sends as the statement's lists: one list per column, one entry per send (or per notice, per timer). */
function sendLists(sends: readonly SendWrite[]): Record<string, unknown[]> {
  const lists: Record<string, unknown[]> = {};
  const push = (name: string, value: unknown) => (lists[name] ??= []).push(value);
  for (const { values: v, actorRole, requestId, notices, timers } of sends) {
    push('practiceId', v.practiceId);
    push('id', v.id);
    push('clientId', v.clientId);
    push('authorId', v.authorId);
    push('authorKind', v.authorKind);
    push('intent', v.intent ?? null);
    push('body', v.body);
    push('idempotencyKey', v.idempotencyKey);
    push('createdAt', v.createdAt.toISOString());
    push('expectedReplyBy', v.expectedReplyBy?.toISOString() ?? null);
    push('expectedReplyWords', v.expectedReplyWords ?? null);
    push('replyClinicianId', v.replyClinicianId ?? null);
    push('showCrisisRoutes', v.showCrisisRoutes ?? false);
    push('riskLevel', v.riskLevel ?? null);
    push('riskReasons', v.riskReasons ? JSON.stringify(v.riskReasons) : null);
    push('screenerVersion', v.screenerVersion ?? null);
    push('actorRole', actorRole);
    push('requestId', requestId);
    for (const job of timers) {
      push('jobMessageId', v.id);
      push('jobKind', job.kind);
      push('jobPayload', JSON.stringify(job.payload));
      push('jobRunAt', job.runAt.toISOString());
      push('jobDedupeKey', job.dedupeKey ?? null);
      push('jobMaxAttempts', job.maxAttempts ?? 10);
    }
    for (const n of notices) {
      push('noticeMessageId', v.id);
      push('noticeId', n.id);
      push('noticeMailId', n.mailId);
      push('noticeUserId', n.userId);
      push('noticeKind', n.kind);
      push('noticeClientId', n.clientId);
      push('noticeSubjectId', n.subjectId);
      push('noticeUrgent', n.urgent);
      push('noticeMailSubject', n.mailSubject);
      push('noticeMailTextClient', n.mailTextClient);
      push('noticeMailTextStaff', n.mailTextStaff);
    }
  }
  for (const name of LIST_NAMES) lists[name] ??= [];
  return lists;
}

const LIST_NAMES = [
  'jobMessageId',
  'jobKind',
  'jobPayload',
  'jobRunAt',
  'jobDedupeKey',
  'jobMaxAttempts',
  'noticeMessageId',
  'noticeId',
  'noticeMailId',
  'noticeUserId',
  'noticeKind',
  'noticeClientId',
  'noticeSubjectId',
  'noticeUrgent',
  'noticeMailSubject',
  'noticeMailTextClient',
  'noticeMailTextStaff',
];

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
