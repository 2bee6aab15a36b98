import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { relationshipsTo } from '../access/relationships';
import { allows, clientRules, hiddenFrom, practiceRules, type ClientAction, type RouteAccess } from '../access/rules';
import { demoPeople, type DemoKey } from '../demo/demo-people';
import { FACTORY_PASSWORD, addToCareTeam, createPerson } from '../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../testing/test-app';
import { declaredAccess } from './auth';
import type { Actor } from './context';
import { operationsOf, validValue, type OpenApiDocument, type Operation } from '../testing/fuzz/openapi-arbitraries';

/**
 * Declaration = enforcement, for every route in the app, generated from the route table rather
 * than written per route: a caller lacking exactly the permission the route declares (and
 * otherwise able: signed in, in the practice, seeing the client) is refused, and a caller holding
 * it is not refused for want of a permission (so a service cannot quietly demand more than the
 * route declares).
 */
const t = useTestApp();

interface Caller {
  name: string;
  actor?: Actor;
  cookie?: string;
}

const routes: { op: Operation; rule: RouteAccess }[] = [];
/** Erasure carried out closes the client's account and signs them out everywhere. */
const ENDS_AN_ACCOUNT = new Set(['POST /api/v1/clients/{clientId}/erasure/confirm']);
const callers: Caller[] = [];
const ids: { message?: string; flag?: string; notification?: string } = {};

beforeAll(async () => {
  const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as OpenApiDocument;
  const declared = declaredAccess(t.app);
  for (const op of operationsOf(doc)) {
    const rule = declared.get(`${op.method} ${op.path.replace(/\{(\w+)\}/g, ':$1')}`);
    if (rule && !('public' in rule)) routes.push({ op, rule });
  }
  // A route that ends the account it is tried on goes last: the callers' sessions must last through every other route.
  routes.sort((a, b) => Number(ENDS_AN_ACCOUNT.has(`${a.op.method} ${a.op.path}`)) - Number(ENDS_AN_ACCOUNT.has(`${b.op.method} ${b.op.path}`)));
  const db = t.deps.database.db;
  const { practiceId, people, clients } = t.demo;
  // Otherwise able: a care-team member of both clients with no scopes, and a clinician of the practice on nobody's team.
  const scopeless = await createPerson(db, practiceId, 'clinician', 'Scopeless Member');
  for (const clientId of [clients.sam, clients.alex]) await addToCareTeam(db, practiceId, clientId, scopeless.id, { role: 'gp', scopes: [] });
  const stranger = await createPerson(db, practiceId, 'clinician', 'Stranger Clinician');
  callers.push({ name: 'anonymous' });
  for (const key of Object.keys(demoPeople) as DemoKey[]) {
    const { role, name } = demoPeople[key];
    const clientId = role === 'client' ? clients[key as 'sam' | 'alex'] : undefined;
    callers.push({
      name: key,
      cookie: await t.signIn(key),
      actor: { userId: people[key], practiceId, role, name, isDemo: true, ...(clientId ? { clientId } : {}) },
    });
  }
  for (const person of [scopeless, stranger]) {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: person.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    callers.push({
      name: person.name,
      cookie: sessionCookieFrom(res),
      actor: { userId: person.id, practiceId, role: 'clinician', name: person.name, isDemo: true },
    });
  }
  ids.message = await sendAs('alex', 'share', 'A message to be seen and closed');
  ids.flag = await flagOf(await sendAs('sam', 'crisis', 'I am not safe tonight'));
  ids.notification = await firstNotificationOf('dana');
});

async function sendAs(who: 'sam' | 'alex', intent: string, body: string): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients[who]}/messages`,
    cookie: await t.signIn(who),
    body: { intent, body },
    headers: { 'idempotency-key': `declared-${randomUUID()}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { message: { id: string } }).message.id;
}

async function flagOf(messageId: string): Promise<string> {
  const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await t.signIn('dana') })).json() as {
    items: { flagId?: string; sourceId?: string; clientId: string }[];
  };
  const item = queue.items.find((i) => i.flagId && i.clientId === t.demo.clients.sam);
  expect(item, `a flag for ${messageId}`).toBeDefined();
  return item!.flagId!;
}

async function firstNotificationOf(who: DemoKey): Promise<string> {
  const list = (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: await t.signIn(who) })).json() as { notifications: { id: string }[] };
  return list.notifications[0]!.id;
}

/** The client a route's rule applies to, for the ids this test aims at. */
function clientOf(rule: RouteAccess): string | undefined {
  if (!('client' in rule)) return undefined;
  return rule.via === 'flag' ? t.demo.clients.sam : t.demo.clients.alex;
}

function fill(op: Operation, rule: RouteAccess): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'clientId') return clientOf(rule)!;
    if (name === 'version') return '1';
    if ('client' in rule && rule.via) return ids[rule.via]!;
    if ('own' in rule) return ids[rule.own]!;
    return randomUUID();
  });
}

/** Whether a caller holds the route's permission, and whether the thing it names is visible to them at all. */
async function holds(caller: Caller, rule: RouteAccess, body: unknown): Promise<{ holds: boolean; sees: boolean; kind: string }> {
  const actor = caller.actor;
  if (!actor) return { holds: false, sees: false, kind: 'anonymous' };
  const kind = { kind: actor.role };
  if ('signedIn' in rule || 'public' in rule) return { holds: true, sees: true, ...kind };
  if ('practice' in rule) return { holds: (practiceRules[rule.practice] as readonly string[]).includes(actor.role), sees: true, ...kind };
  if ('practiceByKind' in rule) {
    const action = rule.practiceByKind[(body as { kind?: string } | undefined)?.kind ?? ''];
    return { holds: Boolean(action && (practiceRules[action] as readonly string[]).includes(actor.role)), sees: true, ...kind };
  }
  if ('own' in rule) return { holds: actor.userId === t.demo.people.dana, sees: actor.userId === t.demo.people.dana, ...kind };
  const access = await relationshipsTo(t.deps.database.db, actor, clientOf(rule)!, t.clock.now());
  const can = (action: ClientAction) => Boolean(access && allows(clientRules[action], access.relationships, access.scopes));
  // A flag exists only for those who may read flags; what is hidden from the client (clinical notes) is not there for them.
  const sees =
    Boolean(access) &&
    (rule.via !== 'flag' || can('flags.read')) &&
    !(access && !can(rule.client) && hiddenFrom(clientRules[rule.client], access.relationships));
  // Holders differ by how they relate to the client: each way of holding the permission is tried.
  return { holds: can(rule.client), sees, kind: access ? [...access.relationships, ...access.scopes].sort().join(' ') : 'none' };
}

/** The refusal a caller lacking the permission gets: not signed in 401, not seeing the thing 404, else 403. */
function refusalFor(caller: Caller, sees: boolean): number {
  if (!caller.actor) return 401;
  return sees ? 403 : 404;
}

/** Valid-looking bodies for the route (seeded): a body that fails validation never reaches the permission check. */
function bodiesFor(op: Operation): unknown[] {
  if (!op.body) return [undefined];
  return [...(REFINED_BODIES[`${op.method} ${op.path}`] ?? []), ...fc.sample(validValue(op.body), { numRuns: 30, seed: 12 })];
}

/** Bodies for schemas refined beyond what JSON Schema says (a measure answers each of its items). */
const REFINED_BODIES: Record<string, unknown[]> = {
  'POST /api/v1/clients/{clientId}/measures': [{ instrument: 'gad7', answers: [0, 1, 0, 1, 0, 1, 0] }],
};

/** A new address each time, so the per-address rate limits never answer before the permission check. */
function headersFor(op: Operation): Record<string, string> {
  const headers: Record<string, string> = { 'x-forwarded-for': nextTestAddress() };
  if (op.parameters.some((p) => p.in === 'header' && p.name === 'idempotency-key')) headers['idempotency-key'] = `declared-${randomUUID()}`;
  return headers;
}

describe('every route enforces exactly the permission it declares', () => {
  it('the by-id routes declare what they need, resolved through the id', () => {
    const rules = Object.fromEntries(routes.map(({ op, rule }) => [`${op.method} ${op.path}`, rule]));
    expect(rules['POST /api/v1/messages/{id}/seen']).toEqual({ client: 'messages.read', via: 'message' });
    expect(rules['POST /api/v1/messages/{id}/no-reply-needed']).toEqual({ client: 'messages.markNoReplyNeeded', via: 'message' });
    expect(rules['GET /api/v1/flags/{id}']).toEqual({ client: 'flags.read', via: 'flag' });
    expect(rules['POST /api/v1/flags/{id}/acknowledge']).toEqual({ client: 'flags.acknowledge', via: 'flag' });
    expect(rules['POST /api/v1/notifications/{id}/read']).toEqual({ own: 'notification' });
  });

  it('refuses, on every route, each caller lacking its permission and no caller holding it', async () => {
    const wrong: string[] = [];
    let refusalsChecked = 0;
    const checked = new Set<string>();
    for (const { op, rule } of routes) {
      const route = `${op.method} ${op.path}`;
      for (const body of bodiesFor(op)) {
        const outcomes = await Promise.all(callers.map(async (caller) => ({ caller, ...(await holds(caller, rule, body)) })));
        // One lacking caller per refusal kind, and one holder per way of holding it: enough to tell declaration from enforcement.
        const lacking = [...new Map(outcomes.filter((o) => !o.holds).map((o) => [refusalFor(o.caller, o.sees), o])).values()];
        // An event stream never ends: only its refusals are checked.
        const holders = route === 'GET /api/v1/events' ? [] : [...new Map(outcomes.filter((o) => o.holds && o.caller.actor).map((o) => [o.kind, o])).values()];
        const check = async (caller: Caller) => t.request({ method: op.method, url: fill(op, rule), cookie: caller.cookie, body, headers: headersFor(op) });
        // Validation runs before the permission check: a body the schema refuses says nothing, so try the next sample.
        const refusals = [];
        for (const o of lacking) refusals.push({ o, res: await check(o.caller) });
        if (op.body && refusals.some(({ res }) => res.statusCode === 400)) continue;
        for (const { o, res } of refusals) {
          const expected = refusalFor(o.caller, o.sees);
          refusalsChecked += 1;
          if (res.statusCode !== expected)
            wrong.push(`${route}: ${o.caller.name} lacks it, expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
        for (const o of holders) {
          const res = await check(o.caller);
          if ([401, 403].includes(res.statusCode))
            wrong.push(`${route}: ${o.caller.name} (${o.kind}) holds it but got ${res.statusCode} ${res.body.slice(0, 160)}`);
        }
        checked.add(route);
        break;
      }
      if (!checked.has(route)) wrong.push(`${route}: no generated body got past validation`);
    }
    expect(wrong).toEqual([]);
    expect(refusalsChecked).toBeGreaterThan(routes.length);
  }, 300_000);
});
