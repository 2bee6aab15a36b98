import { sql, type SQL } from 'drizzle-orm';
import { reusableQuery, type Db } from '../../db/database';
import { groupedPerDatabase } from '../../db/group-commit';
import { columnsOf, listedRows, listValues, selectRows, type RowSelect, type RowType } from '../../db/rows';
import { WriteStatement } from '../../db/write-statement';
import { addJobs, jobValuesType, type JobValues } from '../../jobs/jobs';
import { addAuditRows, auditRowType, type AuditRow } from '../audit';
import { addNoticeRows, noticeRowType, type NoticeRow } from '../notifications';
import { addEventRows, eventValuesType, type EventValues } from '../realtime';
import { addFlagRows, flagValuesType, type FlagWrite } from '../risk';
import type { MessageRow } from './messaging.queries';

/** A new message's columns; the database gives it its position, and later changes fill in the rest. */
export type MessageValues = Pick<
  MessageRow,
  | 'practiceId'
  | 'id'
  | 'clientId'
  | 'authorId'
  | 'authorKind'
  | 'intent'
  | 'body'
  | 'idempotencyKey'
  | 'createdAt'
  | 'expectedReplyBy'
  | 'expectedReplyWords'
  | 'replyClinicianId'
  | 'showCrisisRoutes'
  | 'riskLevel'
  | 'riskReasons'
  | 'screenerVersion'
>;

const messageValuesType: RowType<MessageValues> = {
  practiceId: 'uuid',
  id: 'uuid',
  clientId: 'uuid',
  authorId: 'uuid',
  authorKind: 'text',
  intent: 'text',
  body: 'text',
  idempotencyKey: 'text',
  createdAt: 'timestamptz',
  expectedReplyBy: 'timestamptz',
  expectedReplyWords: 'text',
  replyClinicianId: 'uuid',
  showCrisisRoutes: 'boolean',
  riskLevel: 'text',
  riskReasons: 'jsonb',
  screenerVersion: 'text',
};

/**
 * One send's write, all of it worked out in Node, each row in the type its owning module's writer
 * takes: the message, its audit row and reply-window timers, its announcement (notices, event) and
 * the flag its words raised, with that flag's audit row, first ladder step and event.
 */
export interface SendWrite {
  message: MessageValues;
  audit: AuditRow;
  timers: JobValues[];
  notices: NoticeRow[];
  event: EventValues;
  flag?: FlagWrite;
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
 * only for the messages written, their audit rows, timers, notices (in-app rows, e-mails in the
 * outbox with their jobs, push jobs), real-time events and raised flags (with the flag's audit row,
 * ladder step 0 and `flag.raised`), each through its module's writer. One statement is atomic, so
 * all of it commits together or none of it does, with or without a surrounding transaction: a
 * message never exists without its flag, and a send whose key was used before raises nothing. Answers per send its row, or undefined when its key was used before (a
 * concurrent twin waits on the unique index and lands here once the first commits; twins in one
 * batch: the first wins).
 */
export async function writeSends(db: Db, sends: readonly SendWrite[]): Promise<(MessageRow | undefined)[]> {
  const [result] = await writeSendsStatement(db, sendLists(sends));
  const written = new Map(WriteStatement.rowsOf<{ id: string; position: number | string }>(result).map((r) => [r.id, Number(r.position)]));
  return sends.map((send) => {
    const position = written.get(send.message.id);
    return position === undefined ? undefined : toMessageRow(send.message, position);
  });
}

/** A row that belongs to one send's message: written only if that message is. */
type OfMessage<T> = T & { messageId: string };

const ofMessage = <T>(type: RowType<T>): RowType<OfMessage<T>> => ({ ...type, messageId: 'uuid' }) as RowType<OfMessage<T>>;

const audits = ofMessage(auditRowType);
const timers = ofMessage(jobValuesType);
const notices = ofMessage(noticeRowType);
const events = ofMessage(eventValuesType);
const flags = ofMessage(flagValuesType);

/** The rows listed under `prefix` whose message was written. */
function forWritten<T>(type: RowType<T>, prefix: string, written: SQL): RowSelect<T> {
  const alias = `${prefix}_rows`;
  return selectRows(
    sql`(${listedRows(ofMessage(type), prefix)}) as ${sql.identifier(alias)} where ${sql.identifier(alias)}.message_id in (select id from ${written})`,
    columnsOf(type, alias),
  );
}

const writeSendsStatement = reusableQuery<{ rows: unknown }, Record<string, unknown[]>>(() => {
  const w = new WriteStatement();
  const message = w.add(
    'message',
    sql`insert into messages (practice_id, id, client_id, author_id, author_kind, intent, body, idempotency_key, created_at,
        expected_reply_by, expected_reply_words, reply_clinician_id, show_crisis_routes, risk_level, risk_reasons, screener_version)
      select practice_id, id, client_id, author_id, author_kind, intent, body, idempotency_key, created_at,
        expected_reply_by, expected_reply_words, reply_clinician_id, show_crisis_routes, risk_level, risk_reasons::jsonb, screener_version
      from (${listedRows(messageValuesType, 'message')}) m order by ord
      on conflict (practice_id, client_id, idempotency_key) do nothing
      returning id, position`,
  );
  addFlagRows(w, forWritten(flagValuesType, 'flag', message));
  addAuditRows(w, forWritten(auditRowType, 'audit', message));
  addJobs(w, forWritten(jobValuesType, 'timer', message));
  addNoticeRows(w, forWritten(noticeRowType, 'notice', message));
  addEventRows(w, forWritten(eventValuesType, 'event', message));
  return w.statement(sql`select id, position from ${message}`);
});

/** The sends as the statement's lists: one list per column, one entry per send (or per notice, per timer). */
function sendLists(sends: readonly SendWrite[]): Record<string, unknown[]> {
  const lists: Record<string, unknown[]> = {};
  let order = 0;
  const each = <T>(rowsOf: (send: SendWrite) => readonly T[]) => sends.flatMap((send) => rowsOf(send).map((row) => ({ ...row, messageId: send.message.id })));
  listValues(
    messageValuesType,
    'message',
    sends.map((s) => s.message),
    lists,
  );
  listValues(
    flags,
    'flag',
    each((s) => (s.flag ? [s.flag.flag] : [])),
    lists,
  );
  listValues(
    audits,
    'audit',
    each((s) => (s.flag ? [s.flag.audit, s.audit] : [s.audit])),
    lists,
  );
  listValues(
    timers,
    'timer',
    each((s) => (s.flag ? [s.flag.job, ...s.timers] : s.timers)),
    lists,
  );
  // Numbered across the batch: the notices of one statement are ordered (one e-mail per person and thing).
  listValues(
    notices,
    'notice',
    each((s) => s.notices.map((n) => ({ ...n, order: ++order }))),
    lists,
  );
  // A flag's event goes first: the on-call view hears of the flag before the message.
  listValues(
    events,
    'event',
    each((s) => (s.flag ? [s.flag.event, s.event] : [s.event])),
    lists,
  );
  return lists;
}

/** The row as stored: what was written, with the position the database gave it; a new message has no receipts or answers yet. */
function toMessageRow(v: MessageValues, position: number): MessageRow {
  return { ...v, position, deliveredAt: null, answeredAt: null, answeredBy: null, noReplyNeededAt: null, noReplyNeededBy: null };
}
