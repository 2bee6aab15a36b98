import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { SmsConfig } from '../../config';
import type { JobHandler } from '../../jobs/runner';
import { notificationPreferences, notifications } from './notifications.tables';
import { smsText } from './notifications.words';

export const SMS_JOB = 'notifications.sms';

/** The seam for an SMS provider (SPEC §2.9): one method, so a provider adapter is a few lines. */
export interface SmsSender {
  send(message: { to: string; text: string }, log: FastifyBaseLogger): Promise<void>;
}

/** A number as logs may show it: its last three digits. */
const masked = (to: string) => `…${to.slice(-3)}`;

/** Sends nothing: records that an SMS would have gone, with the number masked. Used until a provider is configured. */
export const loggingSmsSender: SmsSender = {
  async send(message, log) {
    log.info({ to: masked(message.to), chars: message.text.length }, 'sms not sent: no SMS provider configured (logging adapter)');
  },
};

type TwilioConfig = Extract<SmsConfig, { provider: 'twilio' }>;

/** Refusals that may pass: throttling, and credentials an operator can correct. */
const RETRIED = new Set([401, 403, 429]);

/** How long Twilio has to answer before the job lets go and tries again later. */
const TWILIO_TIMEOUT_MS = 10_000;

/**
 * Twilio's Messages API (POST /2010-04-01/Accounts/{sid}/Messages.json, form-encoded, HTTP basic
 * auth). Called over fetch rather than through Twilio's SDK: one request needs none of the SDK's
 * dependencies. A refusal Twilio will repeat (a number that cannot receive SMS, an unverified
 * sender) is logged and dropped; throttling, bad credentials, a server error or no answer throws, so
 * the job retries.
 */
export function twilioSmsSender(config: TwilioConfig): SmsSender {
  const url = `${config.apiUrl}/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64')}`;
  return {
    async send(message, log) {
      const form = new URLSearchParams({ To: message.to, Body: message.text });
      if (config.messagingServiceSid) form.set('MessagingServiceSid', config.messagingServiceSid);
      else form.set('From', config.from!);
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form,
        signal: AbortSignal.timeout(TWILIO_TIMEOUT_MS),
      });
      const answer = (await response.json().catch(() => ({}))) as { sid?: string; status?: string; code?: number; message?: string };
      if (response.ok) {
        log.info({ to: masked(message.to), sid: answer.sid, status: answer.status }, 'sms handed to Twilio');
        return;
      }
      const failure = { to: masked(message.to), httpStatus: response.status, twilioCode: answer.code, twilioMessage: answer.message };
      // Wrong credentials are the operator's to fix, and the notice is still urgent when they have: retried too.
      if (RETRIED.has(response.status) || response.status >= 500) throw new Error(`Twilio answered ${response.status}; the SMS will be retried`);
      log.warn(failure, 'sms refused by Twilio; not retried, since the same request would be refused again');
    },
  };
}

/** The sender the configuration names. */
export function smsSenderFor(config: SmsConfig): SmsSender {
  return config.provider === 'twilio' ? twilioSmsSender(config) : loggingSmsSender;
}

/**
 * Delivers an urgent notice by SMS to the person's number, when they turned SMS on. Without a
 * sender given, it uses the one the server's configuration names.
 */
export function smsJob(given?: SmsSender): JobHandler {
  let configured: SmsSender | undefined;
  return {
    kind: SMS_JOB,
    mode: 'leased',
    async run(job, db, deps) {
      const sender = given ?? (configured ??= smsSenderFor(deps.config.sms));
      const { practiceId, notificationId } = job.payload as { practiceId: string; notificationId: string };
      const [row] = await db
        .select({ kind: notifications.kind, urgent: notifications.urgent, sms: notificationPreferences.sms, smsNumber: notificationPreferences.smsNumber })
        .from(notifications)
        .innerJoin(
          notificationPreferences,
          and(eq(notificationPreferences.practiceId, notifications.practiceId), eq(notificationPreferences.userId, notifications.userId)),
        )
        .where(and(eq(notifications.practiceId, practiceId), eq(notifications.id, notificationId)));
      // Only urgent notices go by SMS, and only while the person still wants them.
      if (!row || !row.urgent || !row.sms || !row.smsNumber) return;
      await sender.send({ to: row.smsNumber, text: smsText(row.kind) }, deps.log);
    },
  };
}
