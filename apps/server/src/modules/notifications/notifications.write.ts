import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { NotificationKind } from '@steadfast/contracts';
import type { WriteStatement } from '../../db/write-statement';
import { addJobs } from '../../jobs/jobs';
import { MAIL_JOB } from '../mail/mail.service';
import { addEventRows } from '../realtime/realtime.service';
import { PUSH_JOB } from './notifications.push';
import { SMS_JOB } from './notifications.sms';
import { mailAfterGreeting, mailSubject } from './notifications.words';

export interface NoticeInput {
  userId: string;
  kind: NotificationKind;
  clientId?: string;
  subjectId?: string;
  /** Urgent notices always e-mail (whatever the preference) and may go by SMS. */
  urgent?: boolean;
}

export interface NoticeContext {
  practiceId: string;
  now: Date;
  /** The link in e-mails. */
  publicUrl: string;
}

/** One notice as written: its id, the person, and the channels it went out on. */
export interface WrittenNotice {
  id: string;
  user_id: string;
  client_id: string | null;
  emailed: boolean;
  push: boolean;
  sms: boolean;
}

// One e-mail per person, kind and client while earlier ones sit unread: ten messages in a row are one e-mail.
// Exact within a statement; statements running at the same moment cannot see each other's rows, so
// each of those may e-mail once (for sends, the group commit keeps that to two per app server).
export const EMAIL_COALESCE_MS = 15 * 60_000;

/** A notice's own values, worked out in Node: its ids and the e-mail's words (no clinical content). */
export interface NoticeRow {
  id: string;
  mailId: string;
  userId: string;
  kind: NotificationKind;
  clientId: string | null;
  subjectId: string | null;
  urgent: boolean;
  mailSubject: string;
  mailTextClient: string;
  mailTextStaff: string;
}

export function noticeRow(n: NoticeInput, publicUrl: string): NoticeRow {
  return {
    id: randomUUID(),
    mailId: randomUUID(),
    userId: n.userId,
    kind: n.kind,
    clientId: n.clientId ?? null,
    subjectId: n.subjectId ?? null,
    urgent: n.urgent === true,
    mailSubject: mailSubject(n.kind),
    mailTextClient: mailAfterGreeting(n.kind, publicUrl, true),
    mailTextStaff: mailAfterGreeting(n.kind, publicUrl, false),
  };
}

/**
 * Notices as parts of one WriteStatement (the caller's change and its notices are one round trip
 * and commit together), for inputs known in Node; see addNoticeRows. Nothing is written when
 * `gate` (a CTE) is empty.
 */
export function addNotices(w: WriteStatement, c: NoticeContext, inputs: readonly NoticeInput[], options: { gate?: SQL; events?: boolean } = {}): SQL {
  const rows = inputs.map((input, i) => {
    const n = noticeRow(input, c.publicUrl);
    return sql`(${i + 1}::int, ${c.practiceId}::uuid, ${c.now.toISOString()}::timestamptz, ${n.id}::uuid, ${n.mailId}::uuid, ${n.userId}::uuid, ${n.kind}::text,
      ${n.clientId}::uuid, ${n.subjectId}::text, ${n.urgent}::boolean, ${n.mailSubject}::text, ${n.mailTextClient}::text, ${n.mailTextStaff}::text)`;
  });
  const source = sql`select * from (values ${sql.join(rows, sql`, `)}) as v(${NOTICE_SOURCE_COLUMNS})
    ${options.gate ? sql`where exists (select 1 from ${options.gate})` : sql``}`;
  return addNoticeRows(w, source, options);
}

/** The columns addNoticeRows reads: `ord` orders notices written in one statement. */
export const NOTICE_SOURCE_COLUMNS = sql.raw(
  'ord, practice_id, created_at, id, mail_id, user_id, kind, client_id, subject_id, urgent, mail_subject, mail_text_client, mail_text_staff',
);

/**
 * Notices from `source` (rows of NOTICE_SOURCE_COLUMNS) as parts of one WriteStatement: per person
 * an in-app row; per their preferences an e-mail through the outbox with its delivery job, and a
 * web-push job; for urgent notices always an e-mail and, when they chose it, an SMS job; and, unless
 * `events` is false, each notice's real-time event. Nothing is written for a person outside the
 * notice's practice. Every value comes from `source` (its other parameters are constants), so a statement built once
 * (reusableQuery) can use it.
 * Returns the CTE of the notices written (WrittenNotice rows). No notice carries clinical content.
 */
export function addNoticeRows(w: WriteStatement, source: SQL, options: { events?: boolean } = {}): SQL {
  // The person, their preferences (defaults when they never chose), whether they have a push
  // device, and whether they were e-mailed about the same thing lately and have not read it, or
  // will be by an earlier notice of this same statement.
  const person = w.add(
    'notice_person',
    sql`select v.*, u.email, u.name, u.role,
          coalesce(p.email, true) as email_on, coalesce(p.push, true) as push_on, coalesce(p.sms, false) as sms_on, p.sms_number,
          exists (select 1 from push_subscriptions s where s.practice_id = u.practice_id and s.user_id = u.id) as has_push,
          exists (select 1 from notifications o
                  where o.practice_id = u.practice_id and o.user_id = u.id and o.kind = v.kind
                    and o.client_id is not distinct from v.client_id and o.emailed and o.read_at is null
                    and o.created_at > v.created_at - ${EMAIL_COALESCE_MS / 1000}::int * interval '1 second')
            or row_number() over (partition by v.practice_id, v.user_id, v.kind, v.client_id order by v.ord) > 1 as recently_emailed
        from (${source}) as v
        join users u on u.practice_id = v.practice_id and u.id = v.user_id
        left join notification_preferences p on p.practice_id = u.practice_id and p.user_id = u.id`,
  );
  const notices = w.add(
    'notice',
    sql`insert into notifications (practice_id, id, user_id, kind, client_id, subject_id, urgent, emailed, created_at)
        select practice_id, id, user_id, kind, client_id, subject_id, urgent, urgent or (email_on and not recently_emailed), created_at
        from ${person}
        returning practice_id, id, user_id, client_id, emailed, created_at`,
  );
  const channels = w.add(
    'notice_channels',
    sql`select n.practice_id, n.created_at, n.id, n.user_id, n.client_id, n.emailed, p.push_on and p.has_push as push,
          p.urgent and p.sms_on and coalesce(p.sms_number, '') <> '' as sms,
          p.mail_id, p.email, p.role, p.name, p.mail_subject, p.mail_text_client, p.mail_text_staff
        from ${notices} n join ${person} p on p.id = n.id`,
  );
  // The greeting uses the first word of the person's name, as notificationMail does.
  const mail = w.add(
    'notice_mail',
    sql`insert into mail_outbox (practice_id, id, "to", subject, text, created_at)
        select practice_id, mail_id, email, mail_subject,
          'Hello ' || (regexp_split_to_array(regexp_replace(name, '^\\s+|\\s+$', '', 'g'), '\\s+'))[1] || ','
            || case when role = 'client' then mail_text_client else mail_text_staff end,
          created_at
        from ${channels} where emailed
        returning practice_id, id, created_at`,
  );
  addJobs(
    w,
    sql`select ${MAIL_JOB}::text, jsonb_build_object('practiceId', m.practice_id::text, 'mailId', m.id), m.created_at, 'mail:' || m.id, 10::int from ${mail} m
        union all
        select ${PUSH_JOB}::text, jsonb_build_object('practiceId', n.practice_id::text, 'notificationId', n.id), n.created_at, 'push:' || n.id, 5::int from ${channels} n where n.push
        union all
        select ${SMS_JOB}::text, jsonb_build_object('practiceId', n.practice_id::text, 'notificationId', n.id), n.created_at, 'sms:' || n.id, 5::int from ${channels} n where n.sms`,
  );
  if (options.events !== false) {
    addEventRows(w, sql`select n.practice_id, 'notification.created', n.client_id, n.user_id, n.id::text, n.created_at from ${notices} n`);
  }
  return w.add('notice_written', sql`select id, user_id, client_id, emailed, push, sms from ${channels}`);
}
