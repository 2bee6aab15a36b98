import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type SmsConfig } from '../../config';
import { systemCtx } from '../../http/context';
import { jobs } from '../../jobs/jobs.tables';
import { JobRunner } from '../../jobs/runner';
import { useTestApp } from '../../testing/test-app';
import { notifyPerson } from './notifications.service';
import { SMS_JOB, smsJob } from './notifications.sms';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

const ACCOUNT = `AC${'0123456789abcdef'.repeat(2)}`;
const TOKEN = 'a-test-auth-token';
const DANA_NUMBER = '+447700900123';

/** What a local stand-in for Twilio's Messages API received, and the answers it gives in turn. */
interface Received {
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  form: Record<string, string>;
}

/** Speaks Twilio's Messages API: form-encoded POSTs with basic auth, JSON answers in Twilio's shapes. */
function twilioStandIn() {
  const received: Received[] = [];
  const answers: { status: number; body: object }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
      });
      const { status, body } = answers.shift() ?? { status: 201, body: { sid: `SM${'f'.repeat(32)}`, status: 'queued' } };
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  return { server, received, answers };
}

const twilio = twilioStandIn();
let apiUrl = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => twilio.server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(twilio.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => twilio.server.close(() => resolve())));
beforeEach(() => {
  twilio.received.length = 0;
  twilio.answers.length = 0;
});

const twilioConfig = (sender: { from: string } | { messagingServiceSid: string }): SmsConfig => ({
  provider: 'twilio',
  accountSid: ACCOUNT,
  authToken: TOKEN,
  from: 'from' in sender ? sender.from : undefined,
  messagingServiceSid: 'messagingServiceSid' in sender ? sender.messagingServiceSid : undefined,
  apiUrl,
});

/** A job runner whose server is configured for Twilio, with the SMS job as the app registers it. */
function runnerWith(sms: SmsConfig) {
  return new JobRunner({ ...t.deps, config: { ...t.deps.config, sms } }).register(smsJob());
}

async function danaWantsSms() {
  const body = { email: true, push: false, sms: true, smsNumber: DANA_NUMBER };
  expect((await t.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', cookie: await t.signIn('dana'), body })).statusCode).toBe(200);
}

async function urgentNoticeForDana() {
  const ctx = systemCtx(t.deps, t.demo.practiceId);
  await t.deps.database.db.transaction((tx) =>
    notifyPerson({ ...ctx, db: tx }, { userId: t.demo.people.dana, kind: 'reply_window_passed', clientId: t.demo.clients.sam, urgent: true }),
  );
}

async function smsJobsLeft() {
  const rows = await t.deps.database.db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, SMS_JOB), isNull(jobs.doneAt)));
  return rows.length;
}

describe('SMS through Twilio (SPEC §2.9)', () => {
  it("posts the urgent notice to Twilio's Messages API with the account's credentials, and nothing clinical", async () => {
    await danaWantsSms();
    await urgentNoticeForDana();
    await runnerWith(twilioConfig({ from: '+447700900000' })).runDue();

    expect(twilio.received).toHaveLength(1);
    const [request] = twilio.received;
    expect(request!.path).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Messages.json`);
    expect(request!.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`);
    expect(request!.contentType).toBe('application/x-www-form-urlencoded');
    expect(request!.form).toEqual({
      To: DANA_NUMBER,
      From: '+447700900000',
      Body: 'Steadfast: A message in Steadfast has passed its agreed reply time without being seen, and you are covering. Please sign in.',
    });
    // Never the client's name, nor anything they wrote.
    expect(request!.form.Body).not.toMatch(/Sam|Rivera/);
    expect(await smsJobsLeft()).toBe(0);
  });

  it('sends from a Messaging Service when one is configured', async () => {
    await danaWantsSms();
    await urgentNoticeForDana();
    const service = `MG${'abcdef0123456789'.repeat(2)}`;
    await runnerWith(twilioConfig({ messagingServiceSid: service })).runDue();
    expect(twilio.received.map((r) => r.form.MessagingServiceSid)).toEqual([service]);
    expect(twilio.received[0]!.form.From).toBeUndefined();
  });

  it('tries again when Twilio is busy or down, and sends once it answers', async () => {
    await danaWantsSms();
    await urgentNoticeForDana();
    twilio.answers.push(
      { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } },
      { status: 503, body: { code: 20503, message: 'Service Unavailable', status: 503 } },
    );
    const runner = runnerWith(twilioConfig({ from: '+447700900000' }));
    await runner.runDue();
    expect(await smsJobsLeft()).toBe(1);
    for (let i = 0; i < 2; i += 1) {
      t.clock.advance(10 * 60_000);
      await runner.runDue();
    }
    expect(twilio.received).toHaveLength(3);
    expect(new Set(twilio.received.map((r) => r.form.Body)).size).toBe(1);
    expect(await smsJobsLeft()).toBe(0);
  });

  it('drops a request Twilio refuses for good (a number that cannot take SMS), without asking again', async () => {
    await danaWantsSms();
    await urgentNoticeForDana();
    twilio.answers.push({ status: 400, body: { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 } });
    const runner = runnerWith(twilioConfig({ from: '+447700900000' }));
    await runner.runDue();
    t.clock.advance(60 * 60_000);
    await runner.runDue();
    expect(twilio.received).toHaveLength(1);
    expect(await smsJobsLeft()).toBe(0);
  });
});

describe('SMS configuration', () => {
  const base = { DATA_DIR: '/nonexistent' };

  it('logs rather than sends unless a provider is named', () => {
    expect(loadConfig(base).sms).toEqual({ provider: 'log' });
  });

  it('reads Twilio from the environment', () => {
    const config = loadConfig({ ...base, SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: ACCOUNT, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: 'Harbour' });
    expect(config.sms).toEqual({
      provider: 'twilio',
      accountSid: ACCOUNT,
      authToken: TOKEN,
      from: 'Harbour',
      messagingServiceSid: undefined,
      apiUrl: 'https://api.twilio.com',
    });
  });

  it('refuses to start with Twilio half configured, saying what is missing', () => {
    expect(() => loadConfig({ ...base, SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: ACCOUNT })).toThrow(
      'SMS_PROVIDER=twilio needs TWILIO_AUTH_TOKEN, TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID',
    );
    expect(() =>
      loadConfig({ ...base, SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'not-a-sid', TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: '+447700900000' }),
    ).toThrow(/TWILIO_ACCOUNT_SID: an Account SID/);
  });
});
