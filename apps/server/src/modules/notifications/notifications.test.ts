import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DemoKey } from '../../demo/demo-people';
import { systemCtx } from '../../http/context';
import { JobRunner } from '../../jobs/runner';
import { useTestApp } from '../../testing/test-app';
import { mailOutbox } from '../mail/mail.tables';
import { pushJob } from './notifications.push';
import { notifyPerson } from './notifications.service';
import { smsJob, type SmsSender } from './notifications.sms';
import { pushSubscriptions } from './notifications.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

async function samSends(body: string, intent = 'share') {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await t.signIn('sam'),
    body: { intent, body },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode).toBe(201);
  return res.json().message.id as string;
}

async function mailTo(who: DemoKey) {
  return t.deps.database.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, `${who}@harbour.example`));
}

describe('in-app notifications', () => {
  it('tells Dana about Sam’s message in the app, with the client’s name but not what was written', async () => {
    const id = await samSends('Words only Dana should read.');
    const res = await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: await t.signIn('dana') });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    // Found by its message, not by place: the demo seed leaves notices of its own (cover arranged, requests).
    expect(list.notifications.find((n: { subjectId: string }) => n.subjectId === id)).toMatchObject({
      kind: 'message',
      title: 'New message from Sam Taylor',
      clientId: t.demo.clients.sam,
      subjectId: id,
      readAt: null,
    });
    expect(list.unread).toBeGreaterThanOrEqual(1);
    expect(res.body).not.toContain('Words only Dana should read');
    // Patel (GP without the messages scope) is not told of Sam's messages.
    const patels = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: await t.signIn('patel') })).json().notifications;
    expect(patels.filter((n: { kind: string }) => n.kind === 'message')).toEqual([]);
  });

  it('marks one read, refuses someone else’s, and marks all read', async () => {
    const dana = await t.signIn('dana');
    const [first] = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: dana })).json().notifications;
    expect((await t.request({ method: 'POST', url: `/api/v1/notifications/${first.id}/read`, cookie: await t.signIn('alex') })).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/v1/notifications/${first.id}/read`, cookie: dana })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/v1/notifications/read-all', cookie: dana })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: dana })).json().unread).toBe(0);
  });
});

describe('e-mail notices', () => {
  it('e-mails without clinical content, once while earlier notices sit unread', async () => {
    t.clock.set('2026-03-02T11:00:00Z');
    const before = (await mailTo('dana')).length;
    await samSends('First thing I want to say about my week.');
    await samSends('And a second thing.');
    const mail = (await mailTo('dana')).slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('You have a new message in Steadfast');
    expect(mail[0]!.text).not.toMatch(/week|second thing|Sam/);
    t.clock.advance(20 * 60_000);
    await samSends('Twenty minutes later.');
    expect((await mailTo('dana')).length - before).toBe(2);
  });

  it('follows the person’s preference, except for urgent notices', async () => {
    const dana = await t.signIn('dana');
    const prefs = await t.request({ method: 'GET', url: '/api/v1/me/notification-preferences', cookie: dana });
    expect(prefs.json()).toEqual({ email: true, push: true, sms: false, smsNumber: null });
    const off = await t.request({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      cookie: dana,
      body: { email: false, push: false, sms: false, smsNumber: null },
    });
    expect(off.statusCode).toBe(200);
    t.clock.advance(60 * 60_000);
    const before = (await mailTo('dana')).length;
    await samSends('Nothing by e-mail now.');
    expect((await mailTo('dana')).length).toBe(before);
    await t.deps.database.db.transaction((tx) =>
      notifyPerson(systemCtx(t.deps, t.demo.practiceId, tx), {
        userId: t.demo.people.dana,
        kind: 'reply_window_passed',
        clientId: t.demo.clients.sam,
        urgent: true,
      }),
    );
    expect((await mailTo('dana')).length).toBe(before + 1);
  });

  it('needs a number for SMS, in international form', async () => {
    const dana = await t.signIn('dana');
    const url = '/api/v1/me/notification-preferences';
    expect((await t.request({ method: 'PUT', url, cookie: dana, body: { email: true, push: true, sms: true, smsNumber: null } })).statusCode).toBe(400);
    expect((await t.request({ method: 'PUT', url, cookie: dana, body: { email: true, push: true, sms: true, smsNumber: '07700 900123' } })).statusCode).toBe(
      400,
    );
    const ok = await t.request({ method: 'PUT', url, cookie: dana, body: { email: true, push: true, sms: true, smsNumber: '+447700900123' } });
    expect(ok.json()).toEqual({ email: true, push: true, sms: true, smsNumber: '+447700900123' });
  });
});

describe('SMS for urgent notices only', () => {
  it('sends an urgent notice by SMS through the adapter, never a routine one', async () => {
    const prefs = { email: true, push: false, sms: true, smsNumber: '+447700900123' };
    expect((await t.request({ method: 'PUT', url: '/api/v1/me/notification-preferences', cookie: await t.signIn('dana'), body: prefs })).statusCode).toBe(200);
    const sent: { to: string; text: string }[] = [];
    const recorder: SmsSender = { send: async (m) => void sent.push(m) };
    const runner = new JobRunner(t.deps).register(smsJob(recorder));
    const ctx = () => systemCtx(t.deps, t.demo.practiceId);
    await t.deps.database.db.transaction((tx) =>
      notifyPerson({ ...ctx(), db: tx }, { userId: t.demo.people.dana, kind: 'message', clientId: t.demo.clients.sam }),
    );
    await runner.runDue();
    expect(sent).toEqual([]);
    await t.deps.database.db.transaction((tx) =>
      notifyPerson({ ...ctx(), db: tx }, { userId: t.demo.people.dana, kind: 'reply_window_passed', clientId: t.demo.clients.sam, urgent: true }),
    );
    await runner.runDue();
    expect(sent).toEqual([
      {
        to: '+447700900123',
        text: 'Steadfast: A message in Steadfast has passed its agreed reply time without being seen, and you are covering. Please sign in.',
      },
    ]);
  });
});

describe('web push', () => {
  it('keeps one VAPID key pair, generated on first use', async () => {
    const cookie = await t.signIn('sam');
    const a = (await t.request({ method: 'GET', url: '/api/v1/push/public-key', cookie })).json().publicKey;
    const b = (await t.request({ method: 'GET', url: '/api/v1/push/public-key', cookie })).json().publicKey;
    expect(a).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    expect(b).toBe(a);
  });

  it('accepts https subscriptions only', async () => {
    const cookie = await t.signIn('sam');
    const keys = browserKeys();
    const url = '/api/v1/push/subscriptions';
    expect((await t.request({ method: 'POST', url, cookie, body: { endpoint: 'http://127.0.0.1:1/push', keys } })).statusCode).toBe(400);
    expect((await t.request({ method: 'POST', url, cookie, body: { endpoint: 'https://push.example.test/abc', keys } })).statusCode).toBe(201);
    expect((await t.request({ method: 'DELETE', url, cookie, body: { endpoint: 'https://push.example.test/abc' } })).statusCode).toBe(200);
  });

  it('delivers an encrypted push with VAPID to the device, with no content, and drops a gone device', async () => {
    const received: { headers: http.IncomingHttpHeaders; bytes: number }[] = [];
    let status = 201;
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, bytes: Buffer.concat(chunks).length });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/push/${randomUUID()}`;
    try {
      // Registered directly: the API accepts https push services only, and the test's service is local http.
      const db = t.deps.database.db;
      await db.insert(pushSubscriptions).values({ practiceId: t.demo.practiceId, userId: t.demo.people.sam, endpoint, ...browserKeys() });
      const runner = new JobRunner(t.deps).register(pushJob);
      await danaReplies('A reply Sam will be told about.');
      await runner.runDue();
      expect(received).toHaveLength(1);
      expect(received[0]!.headers).toMatchObject({ 'content-encoding': 'aes128gcm', ttl: '86400' });
      expect(received[0]!.headers.authorization).toMatch(/^vapid t=.+, k=.+/);
      expect(received[0]!.bytes).toBeGreaterThan(0);

      status = 410;
      await danaReplies('Another reply.');
      await runner.runDue();
      const left = await db
        .select()
        .from(pushSubscriptions)
        .where(and(eq(pushSubscriptions.userId, t.demo.people.sam), eq(pushSubscriptions.endpoint, endpoint)));
      expect(left).toEqual([]);
    } finally {
      server.close();
    }
  });
});

async function danaReplies(body: string) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await t.signIn('dana'),
    body: { body },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode).toBe(201);
}

/** What a browser's PushManager hands over: a P-256 public key and a 16-byte auth secret. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
}
