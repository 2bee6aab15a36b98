import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/demo-people';
import { MAX_FAILED_SIGN_INS } from '../modules/identity/sign-in';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../testing/test-app';

/** A built web app of the shape apps/web/dist has, so the server paints its own pages. */
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-sign-in-form-'));
fs.writeFileSync(
  path.join(webDist, 'index.html'),
  `<!doctype html><html lang="en"><head><title>Steadfast</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head><body><div id="root"></div><noscript><p>Steadfast needs JavaScript turned on.</p></noscript></body></html>`,
);
afterAll(() => fs.rmSync(webDist, { recursive: true, force: true }));

const t = useTestApp({ config: { webDist, publicUrl: 'http://localhost:3000' } });

interface Sent {
  email?: string;
  password?: string;
  totp?: string;
  next?: string;
}

/** The form as a browser sends it from this site: urlencoded, same-origin, from one address per "device". */
function sendForm(fields: Sent, { address = nextTestAddress(), headers = {} as Record<string, string>, cookie = '' } = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost:3000',
      'sec-fetch-site': 'same-origin',
      'x-forwarded-for': address,
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    payload: new URLSearchParams(fields as Record<string, string>).toString(),
  });
}

const setCookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie'] ?? '');

describe('the server’s own sign-in form (POST /sign-in)', () => {
  it('is the page at /sign-in: it posts to /sign-in with a button that works, and keeps where the person was going', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/sign-in?next=%2Fplan' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form class="sf-form" method="post" action="/sign-in" data-testid="sign-in-form">');
    expect(page.body).toContain('<input type="hidden" name="next" value="/plan">');
    expect(page.body).toContain('<button type="submit" class="sf-submit">Sign in</button>');
    expect(page.body).not.toContain('disabled');
    const elsewhere = await t.app.inject({ method: 'GET', url: `/sign-in?next=${encodeURIComponent('/\\evil.example')}` });
    expect(elsewhere.body).not.toContain('name="next"');
  });

  it('signs a client in: a session cookie like the API’s, then on to the home (303), which knows them', async () => {
    const res = await sendForm({ email: 'sam@harbour.example', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(setCookieOf(res)).toMatch(/steadfast_session=[A-Za-z0-9_-]{43,}; .*HttpOnly/i);
    expect(setCookieOf(res)).toMatch(/SameSite=Lax/i);
    const cookie = sessionCookieFrom(res);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie });
    expect(me.json().user.email).toBe('sam@harbour.example');
    const home = await t.app.inject({ method: 'GET', url: '/', headers: { cookie } });
    expect(home.body).toContain('<h1>Hello, Sam</h1>');
  });

  it('goes on to the page the person was going to, and only ever to a page of this site', async () => {
    const onwards = await sendForm({ email: 'sam@harbour.example', password: DEMO_PASSWORD, next: '/plan?from=mail' });
    expect(onwards.headers.location).toBe('/plan?from=mail');
    for (const next of ['//evil.example/', '/\\evil.example', 'https://evil.example/']) {
      const res = await sendForm({ email: 'sam@harbour.example', password: DEMO_PASSWORD, next });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location, next).toBe('/');
    }
  });

  it('a wrong password comes back as the form, with the API’s words, the address kept and the password not', async () => {
    const api = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: 'alex@harbour.example', password: 'not-the-password' },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const res = await sendForm({ email: 'alex@harbour.example', password: 'not-the-password' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(setCookieOf(res)).toBe('');
    expect(res.body).toContain(`<div class="sf-alert" role="alert" data-testid="sign-in-error">${api.json().error.message}</div>`);
    expect(res.body).toContain('name="email" autocomplete="username" value="alex@harbour.example" required>');
    expect(res.body).toContain('name="password" autocomplete="current-password" autofocus required>');
    expect(res.body).not.toContain('not-the-password');
  });

  it('counts towards the same lock as the API: after the wrong tries, even the right password is refused', async () => {
    const email = 'patel@harbour.example';
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i += 1) expect((await sendForm({ email, password: `wrong-${i}` })).statusCode).toBe(401);
    const right = await sendForm({ email, password: DEMO_PASSWORD });
    expect(right.statusCode).toBe(401);
    expect(setCookieOf(right)).toBe('');
    const api = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email, password: DEMO_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    expect(api.statusCode).toBe(401);
  });

  it('asks for the code when two-factor sign-in is on, refuses a wrong one, and signs in with the right one', async () => {
    const cookie = await t.signIn('dana');
    const enrol = await t.request({ method: 'POST', url: '/api/v1/me/totp', cookie });
    const secret = new URL(enrol.json().otpauthUrl as string).searchParams.get('secret')!;
    const epoch = () => Math.floor(t.clock.now().getTime() / 1000);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/me/totp/verify', cookie, body: { code: await generate({ secret, epoch: epoch() }) } })).statusCode,
    ).toBe(200);

    const first = await sendForm({ email: 'dana@harbour.example', password: DEMO_PASSWORD, next: '/caseload' });
    expect(first.statusCode).toBe(200);
    expect(setCookieOf(first)).toBe('');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toContain('<h1>One more step</h1>');
    expect(first.body).toContain('<input type="hidden" name="email" value="dana@harbour.example">');
    expect(first.body).toContain('name="totp" autocomplete="one-time-code"');
    expect(first.body).toContain('<input type="hidden" name="next" value="/caseload">');
    expect(first.body).not.toContain('role="alert"');

    const wrong = await sendForm({ email: 'dana@harbour.example', password: DEMO_PASSWORD, totp: '000000', next: '/caseload' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).toContain('That code did not work. Please try the current one.');
    expect(wrong.body).toContain('<h1>One more step</h1>');
    const notACode = await sendForm({ email: 'dana@harbour.example', password: DEMO_PASSWORD, totp: 'twelve' });
    expect(notACode.statusCode).toBe(400);
    expect(notACode.body).toContain('Enter the 6-digit code from your authenticator app, or one of your recovery codes.');

    const right = await sendForm({
      email: 'dana@harbour.example',
      password: DEMO_PASSWORD,
      totp: await generate({ secret, epoch: epoch() }),
      next: '/caseload',
    });
    expect(right.statusCode).toBe(303);
    expect(right.headers.location).toBe('/caseload');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: sessionCookieFrom(right) });
    expect(me.json().user).toMatchObject({ email: 'dana@harbour.example', totpEnabled: true });
  });

  it('takes the post Chromium really sends from this page: same-origin, with Origin: null under our no-referrer policy', async () => {
    const res = await sendForm({ email: 'sam@harbour.example', password: DEMO_PASSWORD }, { headers: { origin: 'null', 'sec-fetch-site': 'same-origin' } });
    expect(res.statusCode).toBe(303);
    expect(setCookieOf(res)).toMatch(/^steadfast_session=/);
  });

  it('refuses a post from another site, whatever it carries, and opens no session', async () => {
    const forged: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example', 'sec-fetch-site': '' },
      { origin: 'null', 'sec-fetch-site': '' },
    ];
    for (const headers of forged) {
      const res = await sendForm({ email: 'sam@harbour.example', password: DEMO_PASSWORD }, { headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(setCookieOf(res)).toBe('');
      expect(res.body).toContain('role="alert"');
    }
  });

  it('shares the API’s rate limit: ten tries a minute from one address, by either door, then a page saying how long to wait', async () => {
    const address = nextTestAddress();
    for (let i = 0; i < 5; i += 1) {
      await t.request({
        method: 'POST',
        url: '/api/v1/session',
        body: { email: 'nobody@x.example', password: 'wrong' },
        headers: { 'x-forwarded-for': address },
      });
      await sendForm({ email: 'nobody@x.example', password: 'wrong' }, { address });
    }
    const refused = await sendForm({ email: 'sam@harbour.example', password: DEMO_PASSWORD }, { address });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.body).toMatch(/Too many attempts. Please wait \d+ seconds and try again./);
    expect(setCookieOf(refused)).toBe('');
  });

  it('answers bad input with the form and a 400: an empty field, text that cannot be stored, a body too big', async () => {
    const empty = await sendForm({ email: 'sam@harbour.example', password: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Please enter your full email address and your password.');
    expect(empty.body).toContain('value="sam@harbour.example"');
    const nul = await sendForm({ email: 'sam@harbour.example', password: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.body).toContain('role="alert"');
    const big = await sendForm({ email: 'sam@harbour.example', password: 'x'.repeat(10_000) });
    expect(big.statusCode).toBe(413);
    expect(big.body).toContain('role="alert"');
  });

  it('is the only route that reads a form: the API still takes JSON and nothing else', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': nextTestAddress() },
      payload: new URLSearchParams({ email: 'sam@harbour.example', password: DEMO_PASSWORD }).toString(),
    });
    expect(res.statusCode).toBe(415);
    expect(setCookieOf(res)).toBe('');
  });
});
