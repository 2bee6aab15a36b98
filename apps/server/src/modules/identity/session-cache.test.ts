import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../demo/demo-people';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { sha256 } from './passwords';
import { sessions } from './identity.tables';
import { SESSION_CACHE_MS } from './session-cache';

const t = useTestApp();

/** A fresh session of its own, so one test's revocation never touches another's. */
async function newSession(email: string): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email, password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

const me = (cookie: string) => t.request({ method: 'GET', url: '/api/v1/me', cookie });
const tokenHashOf = (cookie: string) => sha256(cookie.slice(cookie.indexOf('=') + 1));

describe('the one-second session cache', () => {
  it('refuses a session signed out in this process at once, although it was just read', async () => {
    const cookie = await newSession('sam@harbour.example');
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: '/api/v1/session', cookie })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a session revoked from another device in this process at once', async () => {
    const phone = await newSession('alex@harbour.example');
    const laptop = await newSession('alex@harbour.example');
    expect((await me(phone)).statusCode).toBe(200);
    expect((await me(laptop)).statusCode).toBe(200);
    const { sessions: open } = (await t.request({ method: 'GET', url: '/api/v1/me/sessions', cookie: laptop })).json() as {
      sessions: { id: string; current: boolean }[];
    };
    const phoneSession = open.find((s) => !s.current)!;
    expect((await t.request({ method: 'DELETE', url: `/api/v1/me/sessions/${phoneSession.id}`, cookie: laptop })).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
  });

  it(`refuses a session revoked by another app server (straight in the database) within ${SESSION_CACHE_MS} ms`, async () => {
    const cookie = await newSession('dana@harbour.example');
    expect((await me(cookie)).statusCode).toBe(200);
    await t.deps.database.db
      .update(sessions)
      .set({ revokedAt: t.clock.now() })
      .where(eq(sessions.tokenHash, tokenHashOf(cookie)));
    await new Promise((resolve) => setTimeout(resolve, SESSION_CACHE_MS + 50));
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('still refuses a cached session once it has expired by the clock', async () => {
    const cookie = await newSession('patel@harbour.example');
    expect((await me(cookie)).statusCode).toBe(200);
    const [row] = await t.deps.database.db
      .select({ expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHashOf(cookie)));
    const clockAt = t.clock.now();
    t.clock.set(new Date(row!.expiresAt.getTime() + 1000));
    try {
      expect((await me(cookie)).statusCode).toBe(401);
    } finally {
      t.clock.set(clockAt);
    }
  });
});
