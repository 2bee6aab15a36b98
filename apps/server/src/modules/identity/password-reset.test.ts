import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import { createTestApp, nextTestAddress, sessionCookieFrom, type TestApp } from '../../testing/test-app';
import { startSmtpCapture, type SmtpCapture } from '../../testing/smtp-capture';
import { auditEvents } from '../audit/audit.tables';
import { SENSITIVE_MAIL_TEXT } from '../mail';
import { mailOutbox } from '../mail/mail.tables';
import { RESET_ANSWER_FLOOR_MS } from './password-reset.service';
import { passwordResetWords } from './password-reset.words';
import { users } from './identity.tables';

let t: TestApp & { close(): Promise<void> };
let smtp: SmtpCapture;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // Not demo mode: as in production, the admin's outbox listing must not show a reset link.
  t = await createTestApp({ config: { smtpUrl: smtp.url, demo: false } });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** Each call from a device of its own, so the per-address rate limit is tested only where meant. */
function askForLink(email: string, address = nextTestAddress()) {
  return t.request({ method: 'POST', url: '/api/v1/password-reset', body: { email }, headers: { 'x-forwarded-for': address } });
}

function complete(token: string, password: string) {
  return t.request({ method: 'POST', url: '/api/v1/password-reset/complete', body: { token, password }, headers: { 'x-forwarded-for': nextTestAddress() } });
}

function signIn(email: string, password: string, totp?: string) {
  return t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email, password, ...(totp ? { totp } : {}) },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
}

async function signInCookie(who: DemoKey, password = DEMO_PASSWORD): Promise<string> {
  const res = await signIn(demoPeople[who].email, password);
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

/** The newest mail to `to` with this subject: other queued mail (the demo practice's own) may be delivered in the same run, in any order. */
function lastMail(to: string, subject: string) {
  return smtp.received.filter((m) => m.to.includes(to) && m.subject === subject).at(-1);
}

/** Delivers the queued mail through the real SMTP server and returns the link's token from the one that reached `to`. */
async function mailedToken(to: string): Promise<{ token: string; link: string }> {
  await t.runner.runDue();
  const mail = lastMail(to, 'Choose a new Steadfast password');
  expect(mail).toBeDefined();
  const link = /(http\S+\/reset-password#token=[A-Za-z0-9_-]+)/.exec(mail!.text)?.[1];
  expect(link).toBeDefined();
  return { link: link!, token: new URL(link!).hash.replace('#token=', '') };
}

describe('password reset by e-mail', () => {
  it('mails a working link; the new password signs in, the old one does not; other sessions are signed out; a notice follows', async () => {
    const elsewhere = await signInCookie('dana');
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: elsewhere })).statusCode).toBe(200);

    const asked = await askForLink('Dana@Harbour.example');
    expect(asked.statusCode).toBe(202);
    expect(asked.json()).toEqual({ ok: true, message: passwordResetWords.requested });
    const { link, token } = await mailedToken('dana@harbour.example');
    expect(link.startsWith(`${t.deps.config.publicUrl}/reset-password#token=`)).toBe(true);
    // An admin reading the practice's outgoing mail cannot use a colleague's link.
    const outbox = (await t.request({ method: 'GET', url: '/api/v1/practice/mail', cookie: await signInCookie('ada') })).json();
    const listed = outbox.mail.find((m: { to: string; subject: string }) => m.to === 'dana@harbour.example' && m.subject === 'Choose a new Steadfast password');
    expect(listed.text).toBe(SENSITIVE_MAIL_TEXT);
    expect(JSON.stringify(outbox)).not.toContain(token);

    const done = await complete(token, 'a brand new harbour password');
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ email: 'dana@harbour.example' });

    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: elsewhere })).statusCode).toBe(401);
    expect((await signIn('dana@harbour.example', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await signIn('dana@harbour.example', 'a brand new harbour password')).statusCode).toBe(200);

    await t.runner.runDue();
    const notice = lastMail('dana@harbour.example', 'Your Steadfast password was changed')!;
    expect(notice).toBeDefined();
    expect(notice.text).toContain('signed out on every device');

    const dana = (await t.deps.database.db.select().from(users).where(eq(users.email, 'dana@harbour.example')))[0]!;
    const audited = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'identity.password_reset'), eq(auditEvents.subjectId, dana.id)));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: dana.id, subjectType: 'user' });
  });

  it('a link works once; a used, an expired and an unknown link get the same answer', async () => {
    await askForLink('omar@harbour.example');
    const { token } = await mailedToken('omar@harbour.example');
    expect((await complete(token, 'first new password here')).statusCode).toBe(200);

    const used = await complete(token, 'second new password here');
    const unknown = await complete('x'.repeat(43), 'second new password here');
    t.clock.advance(2 * 60_000);
    await askForLink('omar@harbour.example');
    const { token: late } = await mailedToken('omar@harbour.example');
    t.clock.advance((t.deps.config.passwordResetMinutes + 1) * 60_000);
    const expired = await complete(late, 'second new password here');
    for (const res of [used, unknown, expired]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'not_found', message: passwordResetWords.unusable });
    }
    expect((await signIn('omar@harbour.example', 'first new password here')).statusCode).toBe(200);
  });

  it('an address with no account gets the identical answer, at the same pace, and no mail', async () => {
    const mailsBefore = await t.deps.database.db.select().from(mailOutbox);
    const startedUnknown = performance.now();
    const unknown = await askForLink('nobody@harbour.example');
    const unknownMs = performance.now() - startedUnknown;
    const startedKnown = performance.now();
    const known = await askForLink('alex@harbour.example');
    const knownMs = performance.now() - startedKnown;

    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    // Both wait for the same floor; the work under it is a few milliseconds.
    expect(unknownMs).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    expect(knownMs).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    expect(Math.abs(unknownMs - knownMs)).toBeLessThan(RESET_ANSWER_FLOOR_MS / 2);

    const mailsAfter = await t.deps.database.db.select().from(mailOutbox);
    expect(mailsAfter.filter((m) => !mailsBefore.some((b) => b.id === m.id)).map((m) => m.to)).toEqual(['alex@harbour.example']);
    await t.runner.runDue();
    expect(smtp.received.some((m) => m.to.includes('nobody@harbour.example'))).toBe(false);
  });

  it('a reset keeps two-factor sign-in on and lifts a sign-in lock', async () => {
    const { db } = t.deps.database;
    await db
      .update(users)
      .set({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: t.clock.now(), lockedUntil: new Date(t.clock.now().getTime() + 3_600_000), failedSignIns: 10 })
      .where(eq(users.email, 'patel@harbour.example'));
    await askForLink('patel@harbour.example');
    const { token } = await mailedToken('patel@harbour.example');
    expect((await complete(token, 'patel new long password')).statusCode).toBe(200);

    const withoutCode = await signIn('patel@harbour.example', 'patel new long password');
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json().error.details).toEqual({ totpRequired: true });
    const [patel] = await db.select().from(users).where(eq(users.email, 'patel@harbour.example'));
    expect(patel).toMatchObject({ lockedUntil: null, failedSignIns: 0 });
    expect(patel!.totpEnabledAt).not.toBeNull();
  });

  it('a new password follows the same rule as everywhere else', async () => {
    const res = await complete('y'.repeat(43), 'short');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('too many requests from one address are refused with 429 and Retry-After', async () => {
    const address = nextTestAddress();
    const answers: number[] = [];
    for (let i = 0; i < 6; i++) answers.push((await askForLink(`someone${i}@example.test`, address)).statusCode);
    expect(answers.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    const refused = await askForLink('someone@example.test', address);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error.code).toBe('rate_limited');
  });
});
