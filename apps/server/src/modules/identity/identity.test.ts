import { describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { eq } from 'drizzle-orm';
import { useTestApp, sessionCookieFrom, nextTestAddress } from '../../testing/test-app';
import { DEMO_PASSWORD } from '../../demo/demo-people';
import { users } from './identity.tables';
import { MAX_FAILED_SIGN_INS } from './sign-in';

const t = useTestApp();

describe('sign-in and sessions', () => {
  it('signs a demo client in with an httpOnly, SameSite session cookie and returns their client id', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'SAM@harbour.example', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ role: 'client', name: 'Sam Taylor', clientId: t.demo.clients.sam });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/steadfast_session=[A-Za-z0-9_-]{40,}/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('answers /me with the person, the practice and what they can do', async () => {
    const cookie = await t.signIn('ada');
    const res = await t.request({ method: 'GET', url: '/api/v1/me', cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { role: 'admin', email: 'ada@harbour.example', mustEnrolTotp: false },
      practice: { name: 'Harbour Street Therapy', country: 'GB' },
      can: { managePractice: true, inviteClinicians: true, inviteClients: false },
    });
  });

  it('refuses /me without a session', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
  });

  it('signs out: the cookie no longer works', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'alex@harbour.example', password: DEMO_PASSWORD } });
    const cookie = sessionCookieFrom(res);
    expect((await t.request({ method: 'DELETE', url: '/api/v1/session', cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode).toBe(401);
  });

  it('lists and revokes the caller’s own sessions, and cannot revoke someone else’s', async () => {
    const first = sessionCookieFrom(
      await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'patel@harbour.example', password: DEMO_PASSWORD } }),
    );
    const second = sessionCookieFrom(
      await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'patel@harbour.example', password: DEMO_PASSWORD } }),
    );
    const list = (await t.request({ method: 'GET', url: '/api/v1/me/sessions', cookie: first })).json().sessions as { id: string; current: boolean }[];
    expect(list.length).toBeGreaterThanOrEqual(2);
    const other = list.find((s) => !s.current)!;
    const danaCookie = await t.signIn('dana');
    expect((await t.request({ method: 'DELETE', url: `/api/v1/me/sessions/${other.id}`, cookie: danaCookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/me/sessions/${other.id}`, cookie: first })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: second })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: first })).statusCode).toBe(200);
  });

  it('locks an account after repeated wrong passwords, even against the right one, then an admin can unlock', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/session',
        body: { email: 'omar@harbour.example', password: 'wrong-password' },
        headers: { 'x-forwarded-for': nextTestAddress() },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: 'omar@harbour.example', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    // The right password is refused like a wrong one while the account rests: no oracle.
    expect(locked.statusCode).toBe(401);
    expect(locked.json().error.message).toMatch(/pauses for 15 minutes/);
    const ada = await t.signIn('ada');
    const [omar] = await t.deps.database.db.select().from(users).where(eq(users.email, 'omar@harbour.example'));
    expect((await t.request({ method: 'POST', url: `/api/v1/practice/people/${omar!.id}/unlock`, cookie: ada })).statusCode).toBe(200);
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: 'omar@harbour.example', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    expect(again.statusCode).toBe(200);
  });
});

describe('two-factor sign-in (TOTP)', () => {
  it('enrols with a code, then requires a code at sign-in, and accepts a recovery code once', async () => {
    const cookie = await t.signIn('dana');
    const enrol = await t.request({ method: 'POST', url: '/api/v1/me/totp', cookie });
    expect(enrol.statusCode).toBe(200);
    const { secret, otpauthUrl } = enrol.json();
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/Steadfast/);
    const epoch = Math.floor(t.clock.now().getTime() / 1000);
    const wrong = await t.request({ method: 'POST', url: '/api/v1/me/totp/verify', cookie, body: { code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    const verify = await t.request({ method: 'POST', url: '/api/v1/me/totp/verify', cookie, body: { code: await generate({ secret, epoch }) } });
    expect(verify.statusCode).toBe(200);
    const { recoveryCodes } = verify.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);

    const signIn = (totp?: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/session',
        body: { email: 'dana@harbour.example', password: DEMO_PASSWORD, ...(totp ? { totp } : {}) },
        headers: { 'x-forwarded-for': nextTestAddress() },
      });
    const without = await signIn();
    expect(without.statusCode).toBe(401);
    expect(without.json().error.details).toEqual({ totpRequired: true });
    expect((await signIn(await generate({ secret, epoch }))).statusCode).toBe(200);
    expect((await signIn(recoveryCodes[0])).statusCode).toBe(200);
    expect((await signIn(recoveryCodes[0])).statusCode).toBe(401);
  });

  it('holds a non-demo clinician without two-factor away from clinical routes until they enrol', async () => {
    await t.deps.database.db.update(users).set({ isDemo: false }).where(eq(users.email, 'patel@harbour.example'));
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: 'patel@harbour.example', password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const cookie = sessionCookieFrom(res);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie });
    expect(me.json().user.mustEnrolTotp).toBe(true);
    const caseload = await t.request({ method: 'GET', url: '/api/v1/clients', cookie });
    expect(caseload.statusCode).toBe(403);
    expect(caseload.json().error.details).toEqual({ reason: 'totp_enrolment_required' });
    expect((await t.request({ method: 'GET', url: '/api/v1/crisis-lines', cookie })).statusCode).toBe(200);
  });
});
