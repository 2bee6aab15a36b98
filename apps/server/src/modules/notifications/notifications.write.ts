import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { NotificationKind } from '@steadfast/contracts';
import { rowsSql, selectRows, unionRows, type Rows, type RowType } from '../../db/rows';
import type { WriteStatement } from '../../db/write-statement';
import { addJobs, JOB_PRIORITY, type JobValues } from '../../jobs/jobs';
import { MAIL_JOB } from '../mail';
import { addEventRows } from '../realtime';
import { PUSH_JOB } from './notifications.push';
import { SMS_JOB } from './notifications.sms';
import { notificationMail } from './notifications.words';

export interface NoticeInput {
  userId: string;
  kind: NotificationKind;
  clientId?: string;
  subjectId?: string;
  /** Urgent notices always e-mail (whatever the preference) and may go by SMS. */
  urgent?: boolean;
  /**
   * The channels the person chose for this kind of notice (a check-in reminder's own choice),
   * in place of their general preferences. With `inApp` off the row is kept (the e-mail and
   * push jobs read it) but never listed, counted or announced in the app.
   */
  channels?: NoticeChannels;
}

/** A person's own choice of channels for one kind of notice. */
export interface NoticeChannels {
  inApp: boolean;
  email: boolean;
  push: boolean;
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

/**
 * A notice as its writer takes it, everything worked out in Node: its ids, the person, and the
 * e-mail's words (no clinical content). `order` orders the notices of one statement.
 */
export interface NoticeRow {
  order: number;
  practiceId: string;
  createdAt: Date;
  id: string;
  mailId: string;
  userId: string;
  kind: NotificationKind;
  clientId: string | null;
  subjectId: string | null;
  urgent: boolean;
  /** Shown in the app (false: the person chose other channels only). */
  inApp: boolean;
  /** The person's own choice for this notice; null follows their general preferences. */
  emailChoice: boolean | null;
  pushChoice: boolean | null;
  mailSubject: string;
  /** The e-mail for a client, and for anyone else: the writer picks by the person's role. */
  mailTextClient: string;
  mailTextStaff: string;
}

export const noticeRowType: RowType<NoticeRow> = {
  order: 'int',
  practiceId: 'uuid',
  createdAt: 'timestamptz',
  id: 'uuid',
  mailId: 'uuid',
  userId: 'uuid',
  kind: 'text',
  clientId: 'uuid',
  subjectId: 'text',
  urgent: 'boolean',
  inApp: 'boolean',
  emailChoice: 'boolean',
  pushChoice: 'boolean',
  mailSubject: 'text',
  mailTextClient: 'text',
  mailTextStaff: 'text',
};

/** The row of one notice; `order` its place among the notices of the same statement (from 1). */
export function noticeRow(n: NoticeInput, c: NoticeContext, order: number): NoticeRow {
  const toClient = notificationMail(n.kind, c.publicUrl, true);
  return {
    order,
    practiceId: c.practiceId,
    createdAt: c.now,
    id: randomUUID(),
    mailId: randomUUID(),
    userId: n.userId,
    kind: n.kind,
    clientId: n.clientId ?? null,
    subjectId: n.subjectId ?? null,
    urgent: n.urgent === true,
    inApp: n.channels?.inApp ?? true,
    emailChoice: n.channels?.email ?? null,
    pushChoice: n.channels?.push ?? null,
    mailSubject: toClient.subject,
    mailTextClient: toClient.text,
    mailTextStaff: notificationMail(n.kind, c.publicUrl, false).text,
  };
}

/**
 * The one writer of notices, as parts of one WriteStatement (the change and its notices are one
 * round trip and commit together): notices known in Node, or selected set-based from the
 * statement's other parts (a group commit of sends). Per person an in-app row; per their
 * preferences an e-mail through the outbox with its delivery job, and a web-push job; for urgent
 * notices always an e-mail and, when they chose it, an SMS job; and, unless `events` is false,
 * each notice's real-time event. Nothing is written for a person outside the notice's practice.
 * Returns the CTE of the notices written (WrittenNotice rows). No notice carries clinical content.
 */
export function addNoticeRows(w: WriteStatement, rows: Rows<NoticeRow>, options: { events?: boolean } = {}): SQL {
  // The person, their preferences (defaults when they never chose), whether they have a push
  // device, and whether they were e-mailed about the same thing lately and have not read it, or
  // will be by an earlier notice of this same statement.
  const person = w.add(
    'notice_person',
    sql`select v.*, u.email, u.name, u.role,
          coalesce(v.email_choice, p.email, true) as email_on, coalesce(v.push_choice, p.push, true) as push_on, coalesce(p.sms, false) as sms_on, p.sms_number,
          exists (select 1 from push_subscriptions s where s.practice_id = u.practice_id and s.user_id = u.id) as has_push,
          exists (select 1 from notifications o
                  where o.practice_id = u.practice_id and o.user_id = u.id and o.kind = v.kind
                    and o.client_id is not distinct from v.client_id and o.emailed and o.read_at is null
                    and o.created_at > v.created_at - ${EMAIL_COALESCE_MS / 1000}::int * interval '1 second')
            or row_number() over (partition by v.practice_id, v.user_id, v.kind, v.client_id order by v."order") > 1 as recently_emailed
        from (${rowsSql(noticeRowType, rows)}) as v
        join users u on u.practice_id = v.practice_id and u.id = v.user_id
        left join notification_preferences p on p.practice_id = u.practice_id and p.user_id = u.id`,
  );
  const notices = w.add(
    'notice',
    sql`insert into notifications (practice_id, id, user_id, kind, client_id, subject_id, urgent, emailed, in_app, created_at)
        select practice_id, id, user_id, kind, client_id, subject_id, urgent, urgent or (email_on and not recently_emailed), in_app, created_at
        from ${person}
        returning practice_id, id, user_id, client_id, urgent, emailed, in_app, created_at`,
  );
  const channels = w.add(
    'notice_channels',
    sql`select n.practice_id, n.created_at, n.id, n.user_id, n.client_id, n.urgent, n.emailed, p.push_on and p.has_push as push,
          p.urgent and p.sms_on and coalesce(p.sms_number, '') <> '' as sms,
          p.mail_id, p.email, p.role, p.name, p.mail_subject, p.mail_text_client, p.mail_text_staff
        from ${notices} n join ${person} p on p.id = n.id`,
  );
  const mail = w.add(
    'notice_mail',
    sql`insert into mail_outbox (practice_id, id, "to", subject, text, created_at)
        select practice_id, mail_id, email, mail_subject, case when role = 'client' then mail_text_client else mail_text_staff end, created_at
        from ${channels} where emailed
        returning practice_id, id, created_at`,
  );
  // An urgent notice's delivery (the on-call person's e-mail, push, SMS) jumps the runners' queue.
  const urgentFirst = (urgent: SQL) => sql`case when ${urgent} then ${sql.raw(String(JOB_PRIORITY.urgent))} else ${sql.raw(String(JOB_PRIORITY.ordinary))} end`;
  const job = (kind: string, payload: SQL, dedupe: SQL, maxAttempts: number, priority: SQL) => ({
    kind: sql`${kind}`,
    payload,
    runAt: sql`created_at`,
    dedupeKey: dedupe,
    orderKey: sql`null`,
    maxAttempts: sql`${maxAttempts}`,
    priority,
  });
  addJobs(
    w,
    unionRows<JobValues>(
      selectRows(
        sql`${mail}`,
        job(
          MAIL_JOB,
          sql`jsonb_build_object('practiceId', practice_id::text, 'mailId', id)`,
          sql`'mail:' || id`,
          10,
          urgentFirst(sql`id in (select mail_id from ${channels} where urgent)`),
        ),
      ),
      selectRows(
        sql`${channels} where push`,
        job(PUSH_JOB, sql`jsonb_build_object('practiceId', practice_id::text, 'notificationId', id)`, sql`'push:' || id`, 5, urgentFirst(sql`urgent`)),
      ),
      selectRows(
        sql`${channels} where sms`,
        job(SMS_JOB, sql`jsonb_build_object('practiceId', practice_id::text, 'notificationId', id)`, sql`'sms:' || id`, 5, urgentFirst(sql`urgent`)),
      ),
    ),
  );
  if (options.events !== false) {
    addEventRows(
      w,
      selectRows(sql`${notices} where in_app`, {
        practiceId: sql`practice_id`,
        type: sql`'notification.created'`,
        clientId: sql`client_id`,
        userId: sql`user_id`,
        subjectId: sql`id::text`,
        createdAt: sql`created_at`,
        urgent: sql`false`,
      }),
    );
  }
  return w.add('notice_written', sql`select id, user_id, client_id, emailed, push, sms from ${channels}`);
}
