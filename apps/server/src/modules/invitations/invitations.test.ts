import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestApp, sessionCookieFrom, nextTestAddress } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-people';
import { mailOutbox } from '../mail/mail.tables';

const t = useTestApp();

async function latestLinkTo(email: string): Promise<string> {
  const rows = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, email));
  const text = rows.at(-1)!.text;
  const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(text)?.[1];
  expect(token).toBeDefined();
  return token!;
}

describe('invitations', () => {
  it('an admin invites a clinician; the e-mail is kept in the outbox in demo mode; the link sets a password once', async () => {
    const ada = await t.signIn('ada');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: ada,
      body: { kind: 'clinician', email: 'Lee@Harbour.example', name: 'Lee Chen' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'clinician', email: 'lee@harbour.example', status: 'pending' });
    expect(await t.runner.runDue()).toBeGreaterThanOrEqual(1);
    const mail = (await t.request({ method: 'GET', url: '/api/v1/practice/mail', cookie: ada })).json();
    expect(mail.delivery).toBe('outbox-only');
    // Other demo notices (cover arranged for Omar, …) sit in the same outbox: find Lee's.
    expect(mail.mail.find((m: { to: string }) => m.to === 'lee@harbour.example')).toMatchObject({ to: 'lee@harbour.example', status: 'kept' });

    const token = await latestLinkTo('lee@harbour.example');
    const preview = await t.request({ method: 'GET', url: `/api/v1/invitations/by-token/${token}` });
    expect(preview.json()).toEqual({ kind: 'clinician', name: 'Lee Chen', email: 'lee@harbour.example', practiceName: 'Harbour Street Therapy' });
    const accepted = await t.request({ method: 'POST', url: `/api/v1/invitations/by-token/${token}/accept`, body: { password: 'a-good-long-password' } });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({ role: 'clinician', name: 'Lee Chen' });
    const again = await t.request({ method: 'POST', url: `/api/v1/invitations/by-token/${token}/accept`, body: { password: 'another-long-password' } });
    expect(again.statusCode).toBe(404);

    const signIn = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'lee@harbour.example', password: 'a-good-long-password' } });
    expect(signIn.statusCode).toBe(200);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: sessionCookieFrom(signIn) });
    expect(me.json().user.mustEnrolTotp).toBe(true);
  });

  it('a clinician invites a client, who joins with that clinician as their primary', async () => {
    const dana = await t.signIn('dana');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: dana,
      body: { kind: 'client', email: 'robin@example.test', name: 'Robin' },
    });
    expect(created.statusCode).toBe(201);
    const token = await latestLinkTo('robin@example.test');
    const accepted = await t.request({ method: 'POST', url: `/api/v1/invitations/by-token/${token}/accept`, body: { password: 'robin-long-password' } });
    const clientId = accepted.json().user.clientId as string;
    expect(clientId).toBeDefined();
    const caseload = (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: dana })).json().clients as { clientId: string; isPrimary: boolean }[];
    expect(caseload.find((c) => c.clientId === clientId)).toMatchObject({ isPrimary: true });
  });

  it('only admins invite clinicians and only clinicians invite clients', async () => {
    const asDana = await t.request({
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: await t.signIn('dana'),
      body: { kind: 'clinician', email: 'x1@example.test', name: 'X' },
    });
    expect(asDana.statusCode).toBe(403);
    const asAda = await t.request({
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: await t.signIn('ada'),
      body: { kind: 'client', email: 'x2@example.test', name: 'X' },
    });
    expect(asAda.statusCode).toBe(403);
    const asSam = await t.request({
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: await t.signIn('sam'),
      body: { kind: 'client', email: 'x3@example.test', name: 'X' },
    });
    expect(asSam.statusCode).toBe(403);
  });

  it('an expired link is not found, and an existing e-mail cannot be invited', async () => {
    const ada = await t.signIn('ada');
    await t.request({ method: 'POST', url: '/api/v1/invitations', cookie: ada, body: { kind: 'clinician', email: 'late@example.test', name: 'Late' } });
    const token = await latestLinkTo('late@example.test');
    t.clock.advance(8 * 86_400_000);
    expect((await t.request({ method: 'GET', url: `/api/v1/invitations/by-token/${token}` })).statusCode).toBe(404);
    // Staff sessions last 12 hours: after eight days Ada signs in again.
    const freshAda = sessionCookieFrom(
      await t.request({
        method: 'POST',
        url: '/api/v1/session',
        body: { email: 'ada@harbour.example', password: DEMO_PASSWORD },
        headers: { 'x-forwarded-for': nextTestAddress() },
      }),
    );
    const list = (await t.request({ method: 'GET', url: '/api/v1/invitations', cookie: freshAda })).json().invitations as { email: string; status: string }[];
    expect(list.find((i) => i.email === 'late@example.test')?.status).toBe('expired');
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: freshAda,
      body: { kind: 'clinician', email: 'dana@harbour.example', name: 'Dana again' },
    });
    expect(dup.statusCode).toBe(409);
  });
});
