import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../demo/demo-people';
import { nextTestAddress, sessionCookieFrom, type TestApp } from './test-app';

/** A fresh sign-in at the test clock's time: the clock moves by days here, past a cached session's expiry. */
export async function signInNow(app: TestApp, who: DemoKey): Promise<string> {
  const res = await app.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  return sessionCookieFrom(res);
}
