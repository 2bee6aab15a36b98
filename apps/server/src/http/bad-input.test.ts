import { describe, expect, it } from 'vitest';
import { useTestApp } from '../testing/test-app';

const t = useTestApp();

function expectErrorShape(res: { statusCode: number; json(): unknown }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string; requestId: string } };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.requestId).toMatch(/[0-9a-f-]{36}/);
}

describe('bad input gets a clear 4xx in the error shape, never a 5xx (SPEC §4)', () => {
  it('rejects unknown fields', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'sam@harbour.example', password: 'x', admin: true } });
    expectErrorShape(res, 400, 'validation_failed');
  });

  it('rejects wrong types with details of where', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 42, password: ['x'] } });
    expectErrorShape(res, 400, 'validation_failed');
    expect(JSON.stringify(res.json().error.details)).toContain('email');
  });

  it('rejects malformed JSON', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: '{"email": "sam@', headers: { 'content-type': 'application/json' } });
    expectErrorShape(res, 400, 'validation_failed');
  });

  it('rejects oversized bodies with 413', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'sam@harbour.example', password: 'x'.repeat(100_000) } });
    expectErrorShape(res, 413, 'payload_too_large');
  });

  it('rejects a body that is not JSON', async () => {
    const res = await t.request({ method: 'POST', url: '/api/v1/session', body: 'email=sam', headers: { 'content-type': 'text/plain' } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.code).toBeDefined();
  });

  it('rejects an id that is not a uuid', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/clients/not-a-uuid', cookie: await t.signIn('dana') });
    expectErrorShape(res, 400, 'validation_failed');
  });

  it('answers an address the router cannot read (broken escape, over-long id) in the error shape (found by the fuzzer)', async () => {
    const cookie = await t.signIn('dana');
    expectErrorShape(await t.request({ method: 'GET', url: '/api/v1/clients/%E0%A4%A/messages', cookie }), 400, 'validation_failed');
    expectErrorShape(await t.request({ method: 'GET', url: '/api/v1/clients/%ED%A0%80', cookie }), 400, 'validation_failed');
    expectErrorShape(await t.request({ method: 'POST', url: `/api/v1/messages/${'9'.repeat(400)}/seen`, cookie }), 414, 'validation_failed');
  });

  it('refuses NUL (U+0000) in any text with 400, where the database would have failed with a 500 (found by the fuzzer)', async () => {
    const dana = await t.signIn('dana');
    const formulations = `/api/v1/clients/${t.demo.clients.sam}/risk-formulations`;
    const res = await t.request({ method: 'POST', url: formulations, cookie: dana, body: { formulation: 'a\u0000b', judgement: 'x', plan: 'y' } });
    expectErrorShape(res, 400, 'validation_failed');
    expect(res.json().error.message).toContain('NUL');
    const nested = await t.request({ method: 'PUT', url: '/api/v1/crisis-lines', cookie: await t.signIn('ada'), body: { lines: [{ name: 'Line\u0000', channel: 'call', contact: '111', href: 'tel:111' }] } });
    expectErrorShape(nested, 400, 'validation_failed');
    expect(nested.json().error.message).toContain('NUL');
    const list = (await t.request({ method: 'GET', url: formulations, cookie: dana })).json();
    expect(JSON.stringify(list)).not.toContain('\\u0000');
  });

  it('answers unknown API routes with 404 in the error shape', async () => {
    expectErrorShape(await t.request({ method: 'GET', url: '/api/v1/nothing-here' }), 404, 'not_found');
  });

  it('a wrong password 20 times gives 401s then 429s, never a 5xx', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'alex@harbour.example', password: `wrong-${i}` } });
      statuses.push(res.statusCode);
      expect(res.json().error.code).toMatch(/^(unauthenticated|rate_limited)$/);
    }
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(statuses).toContain(429);
  });
});

describe('cookie-session protections', () => {
  it('refuses a state-changing request from another site (CSRF)', async () => {
    const crossSite = await t.request({ method: 'POST', url: '/api/v1/me/totp', cookie: await t.signIn('dana'), headers: { 'sec-fetch-site': 'cross-site' } });
    expectErrorShape(crossSite, 403, 'forbidden');
    const foreignOrigin = await t.request({ method: 'DELETE', url: '/api/v1/session', cookie: await t.signIn('dana'), headers: { origin: 'https://evil.example' } });
    expectErrorShape(foreignOrigin, 403, 'forbidden');
    const sameOrigin = await t.request({ method: 'GET', url: '/api/v1/me', cookie: await t.signIn('dana'), headers: { 'sec-fetch-site': 'cross-site' } });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('sets security headers on every response', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/health' });
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeDefined();
  });
});
