import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../demo/demo-people';
import { nextTestAddress, sessionCookieFrom, type TestApp } from './test-app';

/**
 * Sign-ins for tests that move the clock by days: a cached session would pass its idle timeout,
 * so each person signs in again once the test clock has moved on from their last sign-in.
 */
export function freshSignIns(t: TestApp) {
  const cookies = new Map<string, { cookie: string; at: number }>();
  return async function signIn(who: DemoKey): Promise<string> {
    const now = t.clock.now().getTime();
    const found = cookies.get(who);
    if (found && Math.abs(now - found.at) < 10 * 60_000) return found.cookie;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${who} failed: ${res.statusCode}`);
    const cookie = sessionCookieFrom(res);
    cookies.set(who, { cookie, at: now });
    return cookie;
  };
}
