import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientRules, practiceRules, type PracticeAction, type RouteAccess } from '../access/rules';
import { buildApp } from '../app';
import { auditEvents } from '../modules/audit/audit.tables';
import { FACTORY_PASSWORD, createPerson } from '../testing/factories';
import { nextTestAddress, useTestApp } from '../testing/test-app';
import { declaredAccess } from './auth';
import { operationsOf, type OpenApiDocument, type Operation } from '../testing/fuzz/openapi-arbitraries';

const t = useTestApp();

let operations: Operation[];
let access: Map<string, RouteAccess>;
beforeAll(async () => {
  operations = operationsOf((await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApiDocument);
  // Fastify writes /clients/:clientId where OpenAPI writes /clients/{clientId}.
  access = new Map([...declaredAccess(t.app)].map(([key, rule]) => [key.replace(/:(\w+)/g, '{$1}'), rule]));
});

const key = (op: Operation) => `${op.method} ${op.path}`;

/**
 * Routes anyone may call without signing in, each reviewed: adding one here is a security decision.
 * openapi.json is public but hidden from its own description.
 */
const PUBLIC_ROUTES = [
  'GET /api/v1/health', // liveness for load balancers; says only "ok"
  'GET /api/v1/openapi.json', // the API description (SPEC §4)
  'POST /api/v1/session', // sign in; rate limited per address and locked per account
  'DELETE /api/v1/session', // sign out; harmless without a session
  'GET /api/v1/invitations/by-token/{token}', // the invitee has a token, not yet an account
  'POST /api/v1/invitations/by-token/{token}/accept',
  'GET /api/v1/calendar-feeds/{file}', // calendar apps have no session: the secret address is the key; rate limited, generic 404
  'POST /api/v1/password-reset', // a forgotten password has no session; rate limited, one answer at one pace for every address
  'POST /api/v1/password-reset/complete', // the mailed single-use token is the key; rate limited, one 404 for unknown, used and expired
];

/**
 * Routes open to anyone signed in without a row in the permission table, each reviewed: the
 * service itself confines them to the caller's own data (their sessions, notifications, devices);
 * the event stream filters each event by what the caller may see. A route that names a thing by
 * id declares the action it needs on it (declared-access.test.ts proves each is enforced).
 */
const SIGNED_IN_ROUTES = [
  'GET /api/v1/me',
  'GET /api/v1/me/sessions',
  'DELETE /api/v1/me/sessions/{id}',
  'POST /api/v1/me/password',
  'POST /api/v1/me/totp',
  'POST /api/v1/me/totp/verify',
  'GET /api/v1/notifications',
  'POST /api/v1/notifications/read-all',
  'GET /api/v1/me/notification-preferences',
  'PUT /api/v1/me/notification-preferences',
  'GET /api/v1/push/public-key',
  'POST /api/v1/push/subscriptions',
  'DELETE /api/v1/push/subscriptions',
  'GET /api/v1/events',
  'GET /api/v1/me/calendar-feed', // the caller's own feed
  'POST /api/v1/me/calendar-feed/rotate',
];

describe('every route in the OpenAPI description is covered by the permission table', () => {
  it('each operation declares a rule, and each action it names has a row in the table that rules.test.ts checks', () => {
    const problems: string[] = [];
    for (const op of operations) {
      const rule = access.get(key(op));
      if (!rule) problems.push(`${key(op)} declares no rule`);
      else if ('client' in rule && !(rule.client in clientRules)) problems.push(`${key(op)} names unknown client action ${rule.client}`);
      else if ('practice' in rule && !(rule.practice in practiceRules)) problems.push(`${key(op)} names unknown practice action ${rule.practice}`);
    }
    expect(problems).toEqual([]);
  });

  it('the public routes are exactly the reviewed allow-list', () => {
    const actual = [...access].filter(([k, rule]) => 'public' in rule && !k.startsWith('HEAD ')).map(([k]) => k);
    expect(actual.sort(), 'a new public route must be reviewed and added to PUBLIC_ROUTES').toEqual([...PUBLIC_ROUTES].sort());
  });

  it('the signed-in-only routes (no row in the table) are exactly the reviewed allow-list', () => {
    const actual = [...access].filter(([k, rule]) => 'signedIn' in rule && !k.startsWith('HEAD ')).map(([k]) => k);
    expect(actual.sort(), 'a route without an action must be reviewed and added to SIGNED_IN_ROUTES').toEqual([...SIGNED_IN_ROUTES].sort());
  });

  it('every API route is described, except the description itself', () => {
    const described = new Set(operations.map(key));
    const undescribed = [...access.keys()].filter((k) => !k.startsWith('HEAD ') && !described.has(k));
    expect(undescribed).toEqual(['GET /api/v1/openapi.json']);
  });
});

function setCookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  return all.find((c) => c.startsWith('steadfast_session=')) ?? '';
}

async function signInOn(app: FastifyInstance, email = 'alex@harbour.example', password = 'steadfast-demo') {
  return app.inject({ method: 'POST', url: '/api/v1/session', headers: { 'x-forwarded-for': nextTestAddress() }, payload: { email, password } });
}

/** The same app served over https (production config) and with a built web app, on the same database. */
describe('over https, and for the web app', () => {
  let secure: FastifyInstance;
  let webDist: string;
  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'steadfast-security-web-'));
    fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Steadfast</title>');
    fs.mkdirSync(path.join(webDist, 'assets'));
    fs.writeFileSync(path.join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
    secure = await buildApp({ ...t.deps, config: { ...t.deps.config, publicUrl: 'https://care.example', secureCookies: true, webDist } });
    await secure.ready();
  });
  afterAll(async () => {
    await secure?.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  it('the session cookie is HttpOnly, SameSite=Lax, Path=/ and expires; Secure only when served over https', async () => {
    const plain = setCookieOf(await signInOn(t.app));
    expect(plain).toMatch(/; HttpOnly/i);
    expect(plain).toMatch(/; SameSite=Lax/i);
    expect(plain).toMatch(/; Path=\/(;|$)/);
    expect(plain).toMatch(/; Expires=/i);
    expect(plain).not.toMatch(/; Secure/i);
    // 32 random bytes, base64url: not guessable.
    expect(plain.split(';')[0]!.slice('steadfast_session='.length).length).toBeGreaterThanOrEqual(43);
    const overHttps = setCookieOf(await signInOn(secure));
    expect(overHttps).toMatch(/; Secure/i);
    expect(overHttps).toMatch(/; HttpOnly/i);
    expect(overHttps).toMatch(/; SameSite=Lax/i);
  });

  it('signing out clears the cookie on the same path', async () => {
    const cookie = setCookieOf(await signInOn(t.app)).split(';')[0]!;
    const out = await t.request({ method: 'DELETE', url: '/api/v1/session', cookie });
    expect(setCookieOf(out)).toMatch(/^steadfast_session=;.*Path=\//);
  });

  function expectSecurityHeaders(res: LightMyRequestResponse, where: string) {
    const csp = String(res.headers['content-security-policy'] ?? '');
    expect(csp, where).toContain("default-src 'self'");
    expect(csp, where).toContain("frame-ancestors 'none'");
    expect(csp, where).toContain("script-src 'self'");
    expect(csp, where).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(res.headers['x-content-type-options'], where).toBe('nosniff');
    expect(res.headers['referrer-policy'], where).toBe('no-referrer');
    expect(['DENY', 'SAMEORIGIN'], where).toContain(res.headers['x-frame-options']);
  }

  it('every API GET route, answered or refused, carries the security headers; HSTS only over https', async () => {
    for (const op of operations.filter((o) => o.method === 'GET' && o.path !== '/api/v1/events')) {
      const url = op.path.replace(/\{\w+\}/g, randomUUID());
      const res = await t.request({ method: 'GET', url });
      expectSecurityHeaders(res, `GET ${op.path} → ${res.statusCode}`);
      expect(res.headers['strict-transport-security'], op.path).toBeUndefined();
    }
    for (const res of [await secure.inject({ method: 'GET', url: '/api/v1/health' }), await secure.inject({ method: 'GET', url: '/api/v1/nothing-here' })]) {
      expectSecurityHeaders(res, 'https');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=(\d{8,}|[2-9]\d{7}|1[6-9]\d{6}|15[6-9]\d{5})/);
      expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    }
  });

  it('error responses (bad JSON, too large, unknown route) carry them too', async () => {
    const cases = [
      await t.request({ method: 'POST', url: '/api/v1/session', body: '{"email":', headers: { 'content-type': 'application/json' } }),
      await t.request({ method: 'POST', url: '/api/v1/session', body: { email: 'a@b.example', password: 'x'.repeat(100_000) } }),
      await t.request({ method: 'GET', url: '/api/v1/nothing-here' }),
    ];
    for (const res of cases) expectSecurityHeaders(res, String(res.statusCode));
  });

  it('the web app shell, its assets and client-side routes carry them', async () => {
    for (const url of ['/', '/help', '/clients/anything', '/assets/app-abc123.js']) {
      const res = await secure.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expectSecurityHeaders(res, url);
      expect(res.headers['strict-transport-security'], url).toBeDefined();
    }
  });
});

/** Fills a path's parameters with something of the right form that names nothing. */
const placeholder = (p: string) =>
  p
    .replace('{token}', 'x'.repeat(24))
    .replace('{version}', '1')
    .replace(/\{\w+\}/g, randomUUID());

describe('cross-site request forgery is refused on every state-changing route', () => {
  const writes = () => operations.filter((o) => !['GET', 'HEAD', 'OPTIONS'].includes(o.method));

  it('a cross-site or same-site Sec-Fetch-Site, a foreign Origin and Origin: null are each refused before anything runs', async () => {
    const cookie = await t.signIn('dana');
    const refusals: string[] = [];
    for (const op of writes()) {
      for (const headers of [
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'https://evil.example' },
        { origin: 'null' },
      ] as Record<string, string>[]) {
        const res = await t.request({ method: op.method, url: placeholder(op.path), cookie, body: {}, headers });
        if (res.statusCode !== 403 || res.json().error.details?.reason !== 'csrf') refusals.push(`${key(op)} ${JSON.stringify(headers)} → ${res.statusCode}`);
      }
    }
    expect(refusals).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode).toBe(200);
  });

  it('the same origin, and scripts that send neither header, get through to the route', async () => {
    const passed: string[] = [];
    for (const op of writes()) {
      // A browser's own form post from one of our pages (Referrer-Policy: no-referrer) says Origin: null, and same-origin.
      for (const headers of [
        { 'sec-fetch-site': 'same-origin', origin: t.deps.config.publicUrl },
        { 'sec-fetch-site': 'same-origin', origin: 'null' },
        {},
      ] as Record<string, string>[]) {
        const res = await t.request({ method: op.method, url: placeholder(op.path), body: {}, headers });
        if (res.statusCode === 403 && res.json().error.details?.reason === 'csrf') passed.push(`${key(op)} ${JSON.stringify(headers)}`);
      }
    }
    expect(passed).toEqual([]);
  });
});

describe('sign-in lockout (SPEC §2.12)', () => {
  const attempt = (email: string, password: string) =>
    t.request({ method: 'POST', url: '/api/v1/session', body: { email, password }, headers: { 'x-forwarded-for': nextTestAddress() } });
  const answer = (res: LightMyRequestResponse) => ({
    status: res.statusCode,
    code: res.json().error?.code,
    message: res.json().error?.message,
    details: res.json().error?.details,
  });

  it('locks after 10 wrong passwords from 10 different addresses: then even the right password is refused, with the same answer', async () => {
    const person = await createPerson(t.deps.database.db, t.demo.practiceId, 'clinician');
    for (let i = 0; i < 10; i += 1) expect((await attempt(person.email, `wrong-${i}`)).statusCode).toBe(401);
    const wrong = answer(await attempt(person.email, 'wrong-again'));
    const right = answer(await attempt(person.email, FACTORY_PASSWORD));
    // Were the right password answered differently, guessing could go on through the lock.
    expect(right).toEqual(wrong);
    expect(right.status).toBe(401);
  });

  it('to anyone without the password, a locked account answers exactly as an email that has no account', async () => {
    const person = await createPerson(t.deps.database.db, t.demo.practiceId, 'client');
    const nobody = `nobody-${randomUUID()}@harbour.example`;
    for (let i = 0; i < 12; i += 1) {
      const real = answer(await attempt(person.email, `wrong-${i}`));
      const madeUp = answer(await attempt(nobody, `wrong-${i}`));
      expect(real, `attempt ${i + 1}`).toEqual(madeUp);
    }
    expect(answer(await attempt(person.email, FACTORY_PASSWORD))).toEqual(answer(await attempt(nobody, FACTORY_PASSWORD)));
  });
});

/** Practice-wide reads that show clinical content (the caseload's signals, the triage queue, a flag). */
const CLINICAL_PRACTICE_READS: PracticeAction[] = ['caseload.view', 'triage.view'];

describe('every clinical read writes an audit row for the reader (SPEC §2.12)', () => {
  let flagId: string;
  let version: number;
  let noteId: string;
  beforeAll(async () => {
    const sam = t.demo.clients.sam;
    const sent = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${sam}/messages`,
      cookie: await t.signIn('sam'),
      body: { intent: 'soon', body: "I have the pills in front of me and I'm going tonight" },
      headers: { 'idempotency-key': `security-${randomUUID()}` },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await t.signIn('dana') })).json() as {
      items: { flagId?: string; clientId: string }[];
    };
    flagId = queue.items.find((i) => i.clientId === sam && i.flagId)!.flagId!;
    const versions = (await t.request({ method: 'GET', url: `/api/v1/clients/${sam}/safety-plan/versions`, cookie: await t.signIn('dana') })).json();
    version = (versions.versions as { version: number }[])[0]!.version;
    const notes = (await t.request({ method: 'GET', url: `/api/v1/clients/${sam}/notes`, cookie: await t.signIn('dana') })).json();
    noteId = (notes.notes as { id: string }[])[0]!.id;
  });

  /** The GET routes whose rule is a client action, or a practice action that reads clinical content: derived, not listed. */
  const clinicalReads = () =>
    operations.filter((op) => {
      const rule = access.get(key(op));
      return op.method === 'GET' && rule !== undefined && ('client' in rule || ('practice' in rule && CLINICAL_PRACTICE_READS.includes(rule.practice)));
    });

  function fill(op: Operation): string {
    return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (name === 'clientId') return t.demo.clients.sam;
      if (name === 'version') return String(version);
      if (name === 'id' && op.path.startsWith('/api/v1/flags/')) return flagId;
      if (name === 'noteId') return noteId;
      throw new Error(`teach this test which id to read for {${name}} in ${op.path}`);
    });
  }

  it('finds the clinical reads from the permission table', () => {
    const found = clinicalReads().map(key);
    for (const expected of [
      'GET /api/v1/clients/{clientId}',
      'GET /api/v1/clients/{clientId}/messages',
      'GET /api/v1/clients/{clientId}/safety-plan',
      'GET /api/v1/triage',
      'GET /api/v1/flags/{id}',
    ]) {
      expect(found).toContain(expected);
    }
  });

  /** The primary clinician reads everything she may; what only the client may read (their own settings), the client reads. */
  function readerOf(op: Operation): 'dana' | 'sam' {
    const rule = access.get(key(op));
    const clientOnly = rule && 'client' in rule && !(clientRules[rule.client].allow as readonly string[]).includes('primary');
    return clientOnly ? 'sam' : 'dana';
  }

  it('each one, read by the primary clinician (or the client, where only they may), leaves a row naming the reader, the client and the request', async () => {
    const unaudited: string[] = [];
    for (const op of clinicalReads()) {
      const reader = readerOf(op);
      const res = await t.request({ method: 'GET', url: fill(op), cookie: await t.signIn(reader) });
      expect(res.statusCode, `${key(op)}: ${res.body}`).toBe(200);
      const rows = await t.deps.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.requestId, String(res.headers['x-request-id'])), eq(auditEvents.actorId, t.demo.people[reader])));
      if (rows.length === 0) unaudited.push(key(op));
      for (const row of rows) expect(row.practiceId).toBe(t.demo.practiceId);
      if (op.path.includes('{clientId}') && rows.length > 0) expect(rows.map((r) => r.clientId)).toContain(t.demo.clients.sam);
    }
    expect(unaudited).toEqual([]);
  });
});
