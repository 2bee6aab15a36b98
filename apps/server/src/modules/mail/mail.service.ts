import { and, desc, eq } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { MailView } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import type { Ctx, Deps } from '../../http/context';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { mailOutbox } from './mail.tables';

export interface OutgoingMail {
  practiceId: string;
  to: string;
  subject: string;
  /** Plain text only, and never clinical content (SPEC §2.9). */
  text: string;
  /** The text holds a link into the account: never shown in the outbox listing outside demo mode. */
  sensitive?: boolean;
  /** The address is being erased: the row goes once delivery is over (docs/ERASURE.md). */
  forgetAfterSend?: boolean;
}

/** What the outbox listing shows in place of a sensitive mail's text. */
export const SENSITIVE_MAIL_TEXT = 'This e-mail holds a personal link into its reader’s account, so it is not shown here.';

export const MAIL_JOB = 'mail.send';

/** Writes the mail and its delivery job in the caller's transaction, so an accepted change never loses its e-mail. */
export async function queueMail(db: Db, mail: OutgoingMail, now: Date): Promise<string> {
  const [row] = await db
    .insert(mailOutbox)
    .values({ ...mail, createdAt: now })
    .returning({ id: mailOutbox.id });
  await enqueueJob(db, { kind: MAIL_JOB, payload: { practiceId: mail.practiceId, mailId: row!.id }, runAt: now, dedupeKey: `mail:${row!.id}` });
  return row!.id;
}

const transports = new Map<string, Transporter>();
function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    t = nodemailer.createTransport(url);
    transports.set(url, t);
  }
  return t;
}

/** Delivers one queued mail through SMTP, or keeps it in the outbox when no SMTP server is configured. */
export const mailJob: JobHandler = {
  kind: MAIL_JOB,
  mode: 'leased',
  async run(job, db, deps) {
    const { practiceId, mailId } = job.payload as { practiceId: string; mailId: string };
    const where = and(eq(mailOutbox.practiceId, practiceId), eq(mailOutbox.id, mailId));
    const [mail] = await db.select().from(mailOutbox).where(where);
    if (!mail || mail.status === 'sent' || mail.status === 'kept') return;
    const now = deps.clock.now();
    if (!deps.config.smtpUrl) {
      if (mail.forgetAfterSend) await db.delete(mailOutbox).where(where);
      else
        await db
          .update(mailOutbox)
          .set({ status: 'kept', attempts: mail.attempts + 1 })
          .where(where);
      return;
    }
    try {
      await transportFor(deps.config.smtpUrl).sendMail({
        from: deps.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        // A stable Message-ID lets a receiving server drop a rare duplicate after a crash-retry.
        messageId: `<${mail.id}@steadfast>`,
      });
      if (mail.forgetAfterSend) {
        await db.delete(mailOutbox).where(where);
        return;
      }
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: now, attempts: mail.attempts + 1 })
        .where(where);
    } catch (error) {
      const failedForGood = job.attempts >= job.maxAttempts;
      if (failedForGood && mail.forgetAfterSend) await db.delete(mailOutbox).where(where);
      else
        await db
          .update(mailOutbox)
          .set({
            attempts: mail.attempts + 1,
            lastError: error instanceof Error ? error.message.slice(0, 300) : 'send failed',
            status: failedForGood ? 'failed' : 'queued',
          })
          .where(where);
      throw error;
    }
  },
};

/** The practice's recent outgoing mail, for the admin (demo: where invitation links are read); a sensitive mail's text only in demo mode. */
export async function listPracticeMail(ctx: Ctx): Promise<MailView[]> {
  const rows = await ctx.db.select().from(mailOutbox).where(eq(mailOutbox.practiceId, ctx.actor.practiceId)).orderBy(desc(mailOutbox.createdAt)).limit(100);
  const showSensitive = ctx.deps.config.demo;
  return rows.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.sensitive && !showSensitive ? SENSITIVE_MAIL_TEXT : m.text,
    status: m.status,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  }));
}

export function mailDelivery(deps: Deps): 'smtp' | 'outbox-only' {
  return deps.config.smtpUrl ? 'smtp' : 'outbox-only';
}
