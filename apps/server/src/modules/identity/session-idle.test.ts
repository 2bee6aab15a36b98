import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';

const t = useTestApp({ config: { staffIdleMinutes: 30 } });
const minutes = (n: number) => n * 60_000;

async function signIn(who: DemoKey): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

const me = (cookie: string) => t.request({ method: 'GET', url: '/api/v1/me', cookie });

/** Past the one-second session cache, so each request reads the session as another app server would. */
const pastSessionCache = () => new Promise((resolve) => setTimeout(resolve, 1_050));

describe('idle timeout for staff sessions', () => {
  it('a clinician unused for 30 minutes is signed out with a machine-readable reason', async () => {
    const dana = await signIn('dana');
    t.clock.advance(minutes(31) + 1_000);
    await pastSessionCache();
    const res = await me(dana);
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'unauthenticated', details: { reason: 'session_idle', idleMinutes: 30 } });
    expect(res.json().error.message).toContain('after 30 minutes without activity');
    expect(String(res.headers['set-cookie'])).toContain('steadfast_session=;');
    // Still ended later: the idle session never comes back.
    expect((await me(dana)).json().error.details).toMatchObject({ reason: 'session_idle' });
  });

  it('each request extends it: steady use keeps an admin signed in past the idle limit', async () => {
    const ada = await signIn('ada');
    for (let i = 0; i < 4; i++) {
      t.clock.advance(minutes(20));
      expect((await me(ada)).statusCode).toBe(200);
    }
    t.clock.advance(minutes(25));
    await pastSessionCache();
    expect((await me(ada)).statusCode).toBe(200);
  });

  it('a request the app makes by itself (a background poll) is served but does not keep the session from idling', async () => {
    const ada = await signIn('ada');
    const poll = () => t.request({ method: 'GET', url: '/api/v1/me', cookie: ada, headers: { 'x-steadfast-background': '1' } });
    for (let i = 0; i < 3; i++) {
      t.clock.advance(minutes(10));
      expect((await poll()).statusCode).toBe(200);
    }
    t.clock.advance(minutes(2) + 1_000);
    await pastSessionCache();
    expect((await poll()).json().error.details).toMatchObject({ reason: 'session_idle' });
  });

  it('ends within the idle minutes plus the minute last-seen may lag, and never before the idle minutes', async () => {
    const omar = await signIn('omar');
    t.clock.advance(minutes(30));
    await pastSessionCache();
    expect((await me(omar)).statusCode).toBe(200);
    t.clock.advance(minutes(31) + 1_000);
    await pastSessionCache();
    expect((await me(omar)).statusCode).toBe(401);
  });

  it('a client is never signed out for being idle: their crisis content stays reachable', async () => {
    const sam = await signIn('sam');
    t.clock.advance(minutes(6 * 60));
    await pastSessionCache();
    expect((await me(sam)).statusCode).toBe(200);
  });

  it('a public route answers an idle session as it answers anyone, and leaves the reason for the next signed-in request', async () => {
    const patel = await signIn('patel');
    t.clock.advance(minutes(45));
    await pastSessionCache();
    const health = await t.request({ method: 'GET', url: '/api/v1/health', cookie: patel });
    expect(health.statusCode).toBe(200);
    expect(health.headers['set-cookie']).toBeUndefined();
    expect((await me(patel)).json().error.details).toMatchObject({ reason: 'session_idle' });
  });

  it('an idle session is no longer listed among the devices', async () => {
    const first = await signIn('dana');
    t.clock.advance(minutes(40));
    const second = await signIn('dana');
    const listed = (await t.request({ method: 'GET', url: '/api/v1/me/sessions', cookie: second })).json().sessions as { current: boolean }[];
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed).toHaveLength(1);
    expect((await me(first)).statusCode).toBe(401);
  });
});
