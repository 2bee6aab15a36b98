import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../apps/server/src/db/database';
import { MAIL_JOB } from '../../apps/server/src/modules/mail/mail.service';
import type { Send } from './load';
import type { SmtpSink } from './smtp-sink';

export const BODY_PREFIX = 'Crash bench #';

export interface MessageCheck {
  /** Rows in the database that are this run's messages. */
  inDatabase: number;
  /** Rows beyond the first for the same send (same body, which is unique per send). */
  duplicates: number;
  /** Acknowledged sends with no row. */
  missingAcknowledged: number;
  /** Never-acknowledged sends that were written anyway (allowed, at most once). */
  unacknowledgedPresent: number;
  /** Messages whose audit row or care-team notices are not there exactly once. */
  sideEffectsOutOfStep: number;
}

/** Every acknowledged send is in the database exactly once; every message has its audit row and notices once. */
export async function checkMessages(db: Db, sends: Send[]): Promise<MessageCheck> {
  const rows = await queryRows<{ body: string; n: number }>(
    db,
    sql`select body, count(*)::int as n from messages where body like ${`${BODY_PREFIX}%`} group by body`,
  );
  const copies = new Map(rows.map((r) => [r.body, Number(r.n)]));
  const acked = sends.filter((s) => s.outcome === 'created' || s.outcome === 'replayed');
  const [out] = await queryRows<{ n: number }>(
    db,
    sql`with m as (select id::text as id from messages where body like ${`${BODY_PREFIX}%`}),
        audited as (select subject_id, count(*) as n from audit_events where action = 'messages.send' group by subject_id),
        told as (select subject_id, max(n) as most from (
                   select subject_id, user_id, count(*) as n from notifications where kind = 'message' group by subject_id, user_id) per_person
                 group by subject_id)
        select count(*)::int as n from m
        left join audited on audited.subject_id = m.id
        left join told on told.subject_id = m.id
        where coalesce(audited.n, 0) <> 1 or told.most is null or told.most > 1`,
  );
  return {
    inDatabase: rows.reduce((sum, r) => sum + Number(r.n), 0),
    duplicates: rows.reduce((sum, r) => sum + Number(r.n) - 1, 0),
    missingAcknowledged: acked.filter((s) => !copies.has(s.body)).length,
    unacknowledgedPresent: sends.filter((s) => s.outcome !== 'created' && s.outcome !== 'replayed' && copies.has(s.body)).length,
    sideEffectsOutOfStep: Number(out?.n ?? 0),
  };
}

export interface MailCheck {
  queued: number;
  /** Of those, "you have a new message" notices. */
  messageNotices: number;
  delivered: number;
  /** Outbox mails the SMTP server accepted more than once (same Message-ID), and how many extra copies. */
  deliveredTwice: number;
  /** Of those, mails whose job was never claimed again: no kill explains the second copy. */
  deliveredTwiceWithoutRetry: number;
  extraCopies: number;
  undelivered: number;
  /** Accepted by SMTP with a Message-ID no outbox row has. */
  stray: number;
  /** Mail jobs claimed more than once: a kill caught them between claim and done, and another server retried them. */
  jobsClaimedAgain: number;
  /** Outbox rows not marked sent. */
  notMarkedSent: number;
}

/** Outbox rows against what the SMTP server accepted, matched by the stable Message-ID `<outbox id@steadfast>`. */
export async function checkMail(db: Db, sink: SmtpSink): Promise<MailCheck> {
  const outbox = await mailRows(db);
  const ids = new Set(outbox.map((m) => messageIdFor(m.id)));
  const copies = outbox.map((m) => sink.accepted.get(messageIdFor(m.id)) ?? 0);
  const retried = await queryRows<{ mailId: string }>(db, sql`select payload->>'mailId' as "mailId" from jobs where kind = ${MAIL_JOB} and attempts > 1`);
  const retriedIds = new Set(retried.map((r) => r.mailId));
  return {
    queued: outbox.length,
    messageNotices: outbox.filter((m) => m.subject.includes('new message')).length,
    delivered: copies.filter((c) => c >= 1).length,
    deliveredTwice: copies.filter((c) => c > 1).length,
    deliveredTwiceWithoutRetry: outbox.filter((m, i) => copies[i]! > 1 && !retriedIds.has(m.id)).length,
    extraCopies: copies.reduce((sum, c) => sum + Math.max(0, c - 1), 0),
    undelivered: copies.filter((c) => c === 0).length,
    jobsClaimedAgain: retriedIds.size,
    stray: [...sink.accepted.keys()].filter((id) => !ids.has(id)).length,
    notMarkedSent: outbox.filter((m) => m.status !== 'sent').length,
  };
}

/**
 * Waits until the outbox has drained: every row marked sent and accepted by the SMTP server. Gives
 * up only when nothing has moved for `stallMs`, which must outlast the 60 s lease: a mail job held
 * by a killed server is retried only once its lease runs out.
 */
export async function waitForOutbox(db: Db, sink: SmtpSink, stallMs: number): Promise<boolean> {
  let lastProgressAt = Date.now();
  let lastDone = -1;
  for (;;) {
    const outbox = await mailRows(db);
    const done = outbox.filter((m) => m.status === 'sent' && sink.accepted.has(messageIdFor(m.id))).length;
    if (done === outbox.length) return true;
    if (outbox.some((m) => m.status === 'failed' || m.status === 'kept')) return false;
    if (done !== lastDone) [lastDone, lastProgressAt] = [done, Date.now()];
    if (Date.now() - lastProgressAt > stallMs) return false;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function mailRows(db: Db): Promise<{ id: string; subject: string; status: string }[]> {
  return queryRows(db, sql`select id::text as id, subject, status from mail_outbox`);
}

/** The header the mail job sets (mail.service.ts). */
function messageIdFor(outboxId: string): string {
  return `<${outboxId}@steadfast>`;
}
