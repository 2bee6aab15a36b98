import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules, writesAboutClient, type ClientAction, type RouteAccess } from '../../access/rules';

type ClientRoute = Extract<RouteAccess, { client: ClientAction }>;
import type { Db } from '../../db/database';
import { demoPeople, type DemoKey } from '../../demo/demo-people';
import { declaredAccess } from '../../http/auth';
import type { Actor } from '../../http/context';
import { operationsOf, validValue, type OpenApiDocument, type Operation } from '../../testing/fuzz/openapi-arbitraries';
import { createTestApp, nextTestAddress, type TestApp } from '../../testing/test-app';

/**
 * Once Sam's record is erased (within retention, so his clinical record is kept), nothing more is
 * written about him: every client-scoped write route, generated from the route table, answers
 * 409 `client_erased` to a caller who holds its permission, and every row about him stays as it was.
 * Reads of the kept record still answer.
 */
let t: TestApp & { close(): Promise<void> };
let db: Db;
let sam: string;
const ids: { message?: string; flag?: string; handover?: string } = {};
const STAFF: DemoKey[] = ['dana', 'patel', 'omar', 'ada'];

beforeAll(async () => {
  t = await createTestApp({ config: { demo: false }, clockStart: '2026-03-02T10:00:00Z' });
  db = t.deps.database.db;
  sam = t.demo.clients.sam;
  const samCookie = await t.signIn('sam');
  const sent = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${sam}/messages`,
    cookie: samCookie,
    body: { intent: 'crisis', body: 'I am not safe tonight' },
    headers: { 'idempotency-key': `erased-${randomUUID()}` },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  ids.message = (sent.json() as { message: { id: string } }).message.id;
  const [flag] = rowsOf<{ id: string }>(await db.execute(sql`select id from risk_flags where client_id = ${sam} limit 1`));
  ids.flag = flag!.id;
  // A handover under way, so the new clinician's introduction (a practice-level route) can be tried after the erasure.
  const handover = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${sam}/handovers`,
    cookie: await t.signIn('dana'),
    body: { toClinicianId: t.demo.people.omar, overlapEndsOn: '2026-03-09', summary: 'Transfer summary for Sam' },
  });
  expect(handover.statusCode, handover.body).toBe(201);
  ids.handover = (handover.json() as { handover: { id: string } }).handover.id;
  expect((await t.request({ method: 'POST', url: `/api/v1/clients/${sam}/erasure/request`, cookie: samCookie, body: {} })).statusCode).toBe(200);
  const confirmed = await t.request({ method: 'POST', url: `/api/v1/clients/${sam}/erasure/confirm`, cookie: await t.signIn('ada'), body: {} });
  expect(confirmed.statusCode, confirmed.body).toBe(200);
  expect((confirmed.json() as { retention: { keptUntil: string | null } }).retention.keptUntil).not.toBeNull();
}, 60_000);

afterAll(async () => {
  await t?.close();
});

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** A digest of every row about Sam: each table with a client_id, his client row, and the rows hanging off his messages and flags. */
async function everythingAbout(clientId: string): Promise<Record<string, string>> {
  const tables = rowsOf<{ table_name: string }>(
    await db.execute(sql`select table_name from information_schema.columns where table_schema = current_schema() and column_name = 'client_id' order by 1`),
  ).map((r) => r.table_name);
  const digest: Record<string, string> = {};
  const of = async (name: string, where: ReturnType<typeof sql>) => {
    const [row] = rowsOf<{ d: string | null; n: number }>(
      await db.execute(
        sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d, count(*)::int as n from ${sql.identifier(name)} t where ${where}`,
      ),
    );
    digest[name] = `${row!.n}:${row!.d}`;
  };
  for (const name of tables) await of(name, sql`t.client_id = ${clientId}`);
  await of('clients', sql`t.id = ${clientId}`);
  await of('message_receipts', sql`t.message_id in (select id from messages where client_id = ${clientId})`);
  await of('flag_events', sql`t.flag_id in (select id from risk_flags where client_id = ${clientId})`);
  return digest;
}

async function actorOf(who: DemoKey): Promise<Actor> {
  const { role, name } = demoPeople[who];
  return { userId: t.demo.people[who], practiceId: t.demo.practiceId, role, name, isDemo: true };
}

/** The first of the practice's staff who holds the action on Sam (the erased record is still theirs to read). */
async function holderOf(action: ClientAction): Promise<DemoKey | undefined> {
  for (const who of STAFF) {
    const access = await relationshipsTo(db, await actorOf(who), sam, t.clock.now());
    if (access && allows(clientRules[action], access.relationships, access.scopes)) return who;
  }
  return undefined;
}

function fill(op: Operation, rule: ClientRoute): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'clientId') return sam;
    if (name === 'version') return '1';
    if (rule.via) return ids[rule.via]!;
    return randomUUID();
  });
}

const REFINED_BODIES: Record<string, unknown[]> = {
  'POST /api/v1/clients/{clientId}/measures': [{ instrument: 'gad7', answers: [0, 1, 0, 1, 0, 1, 0] }],
};

function bodiesFor(op: Operation): unknown[] {
  if (!op.body) return [undefined];
  return [...(REFINED_BODIES[`${op.method} ${op.path}`] ?? []), ...fc.sample(validValue(op.body), { numRuns: 30, seed: 12 })];
}

/** The route called as one person with the first generated body that passes validation (which runs before the access check); undefined when none did. */
async function callAs(who: DemoKey, op: Operation, rule: ClientRoute, clientId = sam) {
  for (const body of bodiesFor(op)) {
    const headers: Record<string, string> = { 'x-forwarded-for': nextTestAddress() };
    if (op.parameters.some((p) => p.in === 'header' && p.name === 'idempotency-key')) headers['idempotency-key'] = `erased-${randomUUID()}`;
    const url = fill(op, rule).replace(sam, clientId);
    const res = await t.request({ method: op.method, url, cookie: await t.signIn(who), body, headers });
    if (res.statusCode !== 400) return res;
  }
  return undefined;
}

async function writeRoutes(): Promise<{ op: Operation; rule: ClientRoute }[]> {
  const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApiDocument;
  const declared = declaredAccess(t.app);
  return operationsOf(doc).flatMap((op) => {
    const rule = declared.get(`${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`);
    return rule && 'client' in rule && writesAboutClient(rule, op.method) ? [{ op, rule: rule as ClientRoute }] : [];
  });
}

describe('writes about an erased client are refused, and his kept record stays as it was (issue 18)', () => {
  it('answers 409 client_erased on every client-scoped write route to a caller holding its permission, and changes no row about Sam', async () => {
    const before = await everythingAbout(sam);
    const routes = await writeRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    const onlySelf: string[] = [];
    for (const { op, rule } of routes) {
      const route = `${op.method} ${op.path}`;
      const who = await holderOf(rule.client);
      if (!who) {
        onlySelf.push(route);
        continue;
      }
      const res = await callAs(who, op, rule);
      const error = res?.json<{ error?: { code?: string; message?: string } }>().error;
      if (!res) wrong.push(`${route}: no generated body got past validation`);
      else if (res.statusCode !== 409 || error?.code !== 'client_erased') wrong.push(`${route} as ${who}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      else if (!/erased at their request/.test(error.message ?? '')) wrong.push(`${route}: no plain words (${error.message})`);
    }
    expect(wrong).toEqual([]);
    // What only the client may do, nobody can try: erasure closed his account and ended his sessions.
    for (const route of onlySelf) {
      const rule = [...routes].find((r) => `${r.op.method} ${r.op.path}` === route)!.rule;
      expect(clientRules[rule.client].allow, route).toEqual(['self']);
    }
    expect(await everythingAbout(sam)).toEqual(before);
  }, 300_000);

  it('still lets those who may read the kept record read it', async () => {
    const dana = await t.signIn('dana');
    for (const path of ['messages', 'safety-plan', 'export?format=json', 'timeline', 'notes']) {
      const res = await t.request({ method: 'GET', url: `/api/v1/clients/${sam}/${path}`, cookie: dana });
      expect(res.statusCode, `${path}: ${res.body.slice(0, 160)}`).toBe(200);
    }
    expect((await t.request({ method: 'GET', url: `/api/v1/clients/${sam}/erasure`, cookie: await t.signIn('ada') })).statusCode).toBe(200);
  });

  it('answers a caller without the permission as before (403, or 404 where the client is not theirs), not with the erasure', async () => {
    const notes = (await writeRoutes()).find(({ op }) => op.method === 'POST' && op.path === '/api/v1/clients/{clientId}/notes')!;
    // Dr Patel is on Sam's team without the notes permission; Omar, on call, is on nobody's team.
    expect((await callAs('patel', notes.op, notes.rule))?.statusCode).toBe(403);
    const send = (await writeRoutes()).find(({ op }) => op.method === 'POST' && op.path === '/api/v1/clients/{clientId}/messages')!;
    expect((await callAs('ada', send.op, send.rule))?.statusCode).toBe(403);
  });

  it('refuses the new clinician’s introduction on a handover of the erased client (a practice-level route) with 409, writing nothing', async () => {
    const before = await everythingAbout(sam);
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/handovers/${ids.handover}/introduction`,
      cookie: await t.signIn('omar'),
      body: { introduction: 'Hello Sam, I am Omar.' },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('client_erased');
    expect(await everythingAbout(sam)).toEqual(before);
    const seen = await t.request({ method: 'GET', url: `/api/v1/handovers/${ids.handover}`, cookie: await t.signIn('omar') });
    expect(seen.json().handover.can.introduce).toBe(false);
  });

  it('lets on call acknowledge the crisis flag still open when the record was erased, ending its ladder', async () => {
    const acknowledged = await t.request({
      method: 'POST',
      url: `/api/v1/flags/${ids.flag}/acknowledge`,
      cookie: await t.signIn('omar'),
      body: { note: 'Called the number on file; no answer. Handed to the crisis team.' },
    });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    const [open] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from risk_flags where client_id = ${sam} and acknowledged_at is null`));
    expect(open!.n).toBe(0);
  });

  it('lets the erasure itself be confirmed again, changing nothing', async () => {
    const res = await t.request({ method: 'POST', url: `/api/v1/clients/${sam}/erasure/confirm`, cookie: await t.signIn('ada'), body: {} });
    expect(res.statusCode, res.body).toBe(200);
  });
});
