import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { JobHandler } from '../../jobs/runner';
import { notificationPreferences, notifications } from './notifications.tables';
import { smsText } from './notifications.words';

export const SMS_JOB = 'notifications.sms';

/** The seam for an SMS provider (SPEC §2.9): one method, so a provider adapter is a few lines. */
export interface SmsSender {
  send(message: { to: string; text: string }, log: FastifyBaseLogger): Promise<void>;
}

/** Sends nothing: records that an SMS would have gone, with the number masked. Used until a provider is configured. */
export const loggingSmsSender: SmsSender = {
  async send(message, log) {
    log.info({ to: `…${message.to.slice(-3)}`, chars: message.text.length }, 'sms not sent: no SMS provider configured (logging adapter)');
  },
};

/** Delivers an urgent notice by SMS to the person's number, when they turned SMS on. */
export function smsJob(sender: SmsSender): JobHandler {
  return {
    kind: SMS_JOB,
    mode: 'leased',
    async run(job, db, deps) {
      const { practiceId, notificationId } = job.payload as { practiceId: string; notificationId: string };
      const [row] = await db
        .select({ kind: notifications.kind, urgent: notifications.urgent, sms: notificationPreferences.sms, smsNumber: notificationPreferences.smsNumber })
        .from(notifications)
        .innerJoin(notificationPreferences, and(eq(notificationPreferences.practiceId, notifications.practiceId), eq(notificationPreferences.userId, notifications.userId)))
        .where(and(eq(notifications.practiceId, practiceId), eq(notifications.id, notificationId)));
      // Only urgent notices go by SMS, and only while the person still wants them.
      if (!row || !row.urgent || !row.sms || !row.smsNumber) return;
      await sender.send({ to: row.smsNumber, text: smsText(row.kind) }, deps.log);
    },
  };
}
