import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { emptySafetyPlan, type SafetyPlanContent, type SafetyPlanView } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, addToCareTeam, createOtherPractice, createPerson } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';

const t = useTestApp();

const planUrl = (clientId: string) => `/api/v1/clients/${clientId}/safety-plan`;
const DAY_MS = 86_400_000;

async function cookieOf(who: DemoKey | { email: string }): Promise<string> {
  if (typeof who === 'string') return t.signIn(who);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: who.email, password: FACTORY_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

async function read(clientId: string, who: DemoKey = 'dana'): Promise<SafetyPlanView> {
  const res = await t.request({ method: 'GET', url: planUrl(clientId), cookie: await t.signIn(who) });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function save(clientId: string, cookie: string, plan: unknown, baseVersion: number) {
  return t.request({ method: 'PUT', url: planUrl(clientId), cookie, body: { plan, baseVersion } });
}

describe('reading a safety plan', () => {
  it('shows Sam the latest of the two demo versions, with the care route derived and what they may do', async () => {
    const view = await read(t.demo.clients.sam, 'sam');
    expect(view.version).toBe(2);
    expect(view.updatedBy).toEqual({ name: 'Sam Taylor', role: 'client' });
    expect(view.plan.reasonsForLiving).toContain('The trip to the coast Jo and I are planning for the summer.');
    expect(view.plan.helpers[0]).toEqual({ name: 'Jo', relationship: 'My sister', phone: '07700 900123' });
    expect(view.careRoute.careTeam).toEqual([
      { name: 'Dana Reyes', role: 'therapist', isPrimary: true },
      { name: 'Dr Priya Patel', role: 'gp', isPrimary: false },
    ]);
    expect(view.careRoute.onCall.label).toBe('the on-call clinician at Harbour Street Therapy');
    expect(view.completeness).toEqual({ filledSteps: 8, totalSteps: 8, missing: [] });
    // Dana's save in session is the last review; Sam's own change after it is not one.
    expect(view.lastReviewedAt).toBe(new Date(t.demo.now.getTime() - 20 * DAY_MS).toISOString());
    expect(view.can).toEqual({ edit: true, viewHistory: false });
  });

  it('answers version 0 with an empty plan and the steps still to write when there is no plan yet, not 404', async () => {
    const view = await read(t.demo.clients.alex, 'alex');
    expect(view).toMatchObject({ version: 0, plan: emptySafetyPlan(), updatedAt: null, updatedBy: null, lastReviewedAt: null });
    // The care team is part of every plan, so the professionals step is never missing.
    expect(view.completeness).toEqual({
      filledSteps: 1,
      totalSteps: 8,
      missing: ['warningSigns', 'copingAlone', 'distractions', 'helpers', 'saferSurroundings', 'mattersMost', 'reasonsForLiving'],
    });
    expect(view.can).toEqual({ edit: true, viewHistory: false });
  });
});

describe('saving: every save is a new version with who changed what', () => {
  it('increases the version, names the author and the sections that changed, and keeps the old version', async () => {
    const dana = await t.signIn('dana');
    const before = await read(t.demo.clients.sam);
    const plan: SafetyPlanContent = {
      ...before.plan,
      warningSigns: [...before.plan.warningSigns, 'I skip meals without noticing.'],
      helpers: [...before.plan.helpers, { name: 'Aunt Ruth', phone: '+44 (0)20 7946 0999' }],
    };
    t.clock.advance(60_000);
    const res = await save(t.demo.clients.sam, dana, plan, before.version);
    expect(res.statusCode).toBe(200);
    const after: SafetyPlanView = res.json();
    expect(after).toMatchObject({ version: before.version + 1, updatedBy: { name: 'Dana Reyes', role: 'clinician' }, updatedAt: t.clock.now().toISOString() });
    expect(after.lastReviewedAt).toBe(t.clock.now().toISOString());
    expect(after.plan.warningSigns).toHaveLength(before.plan.warningSigns.length + 1);

    const history = (await t.request({ method: 'GET', url: `${planUrl(t.demo.clients.sam)}/versions`, cookie: dana })).json();
    expect(history.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(history.versions[0]).toMatchObject({ author: { name: 'Dana Reyes', role: 'clinician' }, changedSections: ['warningSigns', 'helpers'] });
    expect(history.versions[1]).toMatchObject({ author: { name: 'Sam Taylor', role: 'client' }, changedSections: ['reasonsForLiving'] });
    expect(history.versions[2].changedSections).toHaveLength(8);

    const old = await t.request({ method: 'GET', url: `${planUrl(t.demo.clients.sam)}/versions/2`, cookie: dana });
    expect(old.statusCode).toBe(200);
    expect(old.json()).toMatchObject({ version: 2, clientId: t.demo.clients.sam, plan: { warningSigns: before.plan.warningSigns } });
  });

  it('a client saving their own plan is a version by the client, and does not count as a review', async () => {
    const before = await read(t.demo.clients.sam, 'sam');
    t.clock.advance(60_000);
    const res = await save(t.demo.clients.sam, await t.signIn('sam'), { ...before.plan, mattersMost: 'Jo, Leo and the choir.' }, before.version);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: before.version + 1, updatedBy: { name: 'Sam Taylor', role: 'client' }, lastReviewedAt: before.lastReviewedAt });
  });

  it('a clinician saving without changes records a review as a version with no changed sections', async () => {
    const before = await read(t.demo.clients.sam);
    t.clock.advance(60_000);
    const res = await save(t.demo.clients.sam, await t.signIn('dana'), before.plan, before.version);
    expect(res.json()).toMatchObject({ version: before.version + 1, lastReviewedAt: t.clock.now().toISOString() });
    const detail = await t.request({ method: 'GET', url: `${planUrl(t.demo.clients.sam)}/versions/${before.version + 1}`, cookie: await t.signIn('dana') });
    expect(detail.json().changedSections).toEqual([]);
  });

  it('a first save on an empty plan starts at version 1; the empty plan guides, never blocks partial saves', async () => {
    const res = await save(t.demo.clients.alex, await t.signIn('alex'), { ...emptySafetyPlan(), warningSigns: ['I go quiet.'] }, 0);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, completeness: { filledSteps: 2 } });
  });

  it('stores the trimmed words and keeps section order on the way back', async () => {
    const before = await read(t.demo.clients.alex, 'alex');
    const res = await save(t.demo.clients.alex, await t.signIn('alex'), { ...before.plan, copingAlone: ['  A long bath.  '] }, before.version);
    expect(res.json().plan.copingAlone).toEqual(['A long bath.']);
  });
});

describe('two people editing at once never overwrite each other', () => {
  it('answers a stale baseVersion with 409 and the current version, and writes nothing', async () => {
    const start = await read(t.demo.clients.sam);
    expect((await save(t.demo.clients.sam, await t.signIn('dana'), start.plan, start.version)).statusCode).toBe(200);
    const stale = await save(t.demo.clients.sam, await t.signIn('sam'), { ...start.plan, mattersMost: 'Written on an old copy.' }, start.version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'conflict',
      details: { currentVersion: start.version + 1, updatedBy: { name: 'Dana Reyes', role: 'clinician' } },
    });
    expect(stale.json().error.message).not.toContain('Written on an old copy');
    const now = await read(t.demo.clients.sam);
    expect(now.version).toBe(start.version + 1);
    expect(now.plan.mattersMost).toBe(start.plan.mattersMost);
  });

  it('a baseVersion ahead of the plan is a conflict too, never a gap in the history', async () => {
    const start = await read(t.demo.clients.sam);
    const res = await save(t.demo.clients.sam, await t.signIn('dana'), start.plan, start.version + 5);
    expect(res.statusCode).toBe(409);
  });

  it('of two saves racing from the same version, exactly one wins', async () => {
    const start = await read(t.demo.clients.sam);
    const [dana, sam] = [await t.signIn('dana'), await t.signIn('sam')];
    const results = await Promise.all([
      save(t.demo.clients.sam, dana, { ...start.plan, mattersMost: 'From Dana.' }, start.version),
      save(t.demo.clients.sam, sam, { ...start.plan, mattersMost: 'From Sam.' }, start.version),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await read(t.demo.clients.sam)).version).toBe(start.version + 1);
  });
});

describe('who may read, write and see the history of a plan', () => {
  let gpWithoutScope: { email: string };
  let other: Awaited<ReturnType<typeof createOtherPractice>>;
  beforeAll(async () => {
    const db = t.deps.database.db;
    const gp = await createPerson(db, t.demo.practiceId, 'clinician', 'Dr Lee Grant');
    await addToCareTeam(db, t.demo.practiceId, t.demo.clients.sam, gp.id, { role: 'gp', scopes: ['measures', 'appointments'] });
    gpWithoutScope = gp;
    other = await createOtherPractice(db);
  });

  async function statuses(who: DemoKey | { email: string }, clientId: string) {
    const cookie = await cookieOf(who);
    const current = await read(clientId);
    const get = await t.request({ method: 'GET', url: planUrl(clientId), cookie });
    const put = await save(clientId, cookie, current.plan, current.version);
    const history = await t.request({ method: 'GET', url: `${planUrl(clientId)}/versions`, cookie });
    return [get.statusCode, put.statusCode, history.statusCode];
  }

  it.each([
    ['sam (self)', 'sam', [200, 200, 403]],
    ['dana (primary therapist)', 'dana', [200, 200, 200]],
    ['patel (GP granted the safety plan)', 'patel', [200, 403, 200]],
    ['omar (on call now)', 'omar', [200, 403, 403]],
    ['alex (another client)', 'alex', [404, 404, 404]],
    ['ada (admin)', 'ada', [403, 403, 403]],
  ] as const)("%s on Sam's plan: GET, PUT, history", async (_label, who, expected) => {
    expect(await statuses(who, t.demo.clients.sam)).toEqual(expected);
  });

  it('a GP on the care team without the safety-plan scope is refused (403)', async () => {
    expect(await statuses(gpWithoutScope, t.demo.clients.sam)).toEqual([403, 403, 403]);
  });

  it("another practice's clinician gets 404 for Sam, and our clinicians get 404 for their client", async () => {
    expect(await statuses({ email: other.clinician.email }, t.demo.clients.sam)).toEqual([404, 404, 404]);
    const dana = await t.signIn('dana');
    expect((await t.request({ method: 'GET', url: planUrl(other.client.id), cookie: dana })).statusCode).toBe(404);
    expect((await save(other.client.id, dana, emptySafetyPlan(), 0)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: planUrl(other.client.id), cookie: await t.signIn('omar') })).statusCode).toBe(404);
  });

  it('tells the viewer what they can do, so the app never re-implements the rules', async () => {
    expect((await read(t.demo.clients.sam, 'dana')).can).toEqual({ edit: true, viewHistory: true });
    expect((await read(t.demo.clients.sam, 'patel')).can).toEqual({ edit: false, viewHistory: true });
    expect((await read(t.demo.clients.sam, 'omar')).can).toEqual({ edit: false, viewHistory: false });
  });

  it('an unknown version is 404 and a malformed one 400', async () => {
    const dana = await t.signIn('dana');
    expect((await t.request({ method: 'GET', url: `${planUrl(t.demo.clients.sam)}/versions/999`, cookie: dana })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `${planUrl(t.demo.clients.sam)}/versions/abc`, cookie: dana })).statusCode).toBe(400);
    expect((await t.request({ method: 'GET', url: planUrl(t.demo.clients.sam) })).statusCode).toBe(401);
  });
});

describe('field limits and unknown fields', () => {
  const long = 'a'.repeat(500);
  const cases: [string, (p: SafetyPlanContent) => unknown][] = [
    ['an item over 500 characters', (p) => ({ ...p, warningSigns: [`${long}b`] })],
    ['a list over 20 items', (p) => ({ ...p, copingAlone: Array.from({ length: 21 }, (_, i) => `step ${i}`) })],
    ['an empty item', (p) => ({ ...p, reasonsForLiving: ['   '] })],
    ['a phone with letters', (p) => ({ ...p, helpers: [{ name: 'Jo', phone: 'call me maybe' }] })],
    ['a phone too short to dial', (p) => ({ ...p, helpers: [{ name: 'Jo', phone: '12' }] })],
    ['a helper without a phone', (p) => ({ ...p, helpers: [{ name: 'Jo' }] })],
    ['a link that is not https', (p) => ({ ...p, professionals: [{ name: 'Team', link: 'javascript:alert(1)' }] })],
    ['an unknown section', (p) => ({ ...p, secretNotes: ['x'] })],
    ['an unknown field in a contact', (p) => ({ ...p, helpers: [{ name: 'Jo', phone: '07700 900123', address: 'x' }] })],
    ['a missing section', ({ warningSigns: _w, ...rest }) => rest],
  ];

  it.each(cases)('refuses %s with 400 and writes nothing', async (_label, mutate) => {
    const before = await read(t.demo.clients.alex, 'alex');
    const res = await save(t.demo.clients.alex, await t.signIn('alex'), mutate(before.plan), before.version);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect((await read(t.demo.clients.alex, 'alex')).version).toBe(before.version);
  });

  it('refuses unknown fields and a missing or negative baseVersion in the body', async () => {
    const alex = await t.signIn('alex');
    const before = await read(t.demo.clients.alex, 'alex');
    const put = (body: unknown) => t.request({ method: 'PUT', url: planUrl(t.demo.clients.alex), cookie: alex, body });
    expect((await put({ plan: before.plan, baseVersion: before.version, force: true })).statusCode).toBe(400);
    expect((await put({ plan: before.plan })).statusCode).toBe(400);
    expect((await put({ plan: before.plan, baseVersion: -1 })).statusCode).toBe(400);
  });

  it('accepts a plan filled to every limit, in words of any script', async () => {
    const before = await read(t.demo.clients.alex, 'alex');
    const list = Array.from({ length: 20 }, () => 'ü'.repeat(500));
    const contact = { name: 'n'.repeat(120), phone: '+44 (0)20 7946 0000' };
    const full: SafetyPlanContent = {
      warningSigns: list,
      copingAlone: list,
      distractions: { people: Array.from({ length: 20 }, () => contact), places: list },
      helpers: Array.from({ length: 20 }, () => ({ ...contact, relationship: 'r'.repeat(120) })),
      professionals: Array.from({ length: 20 }, () => ({ ...contact, link: `https://example.org/${'p'.repeat(270)}`, note: long })),
      saferSurroundings: list,
      mattersMost: long,
      reasonsForLiving: list,
    };
    const res = await save(t.demo.clients.alex, await t.signIn('alex'), full, before.version);
    expect(res.statusCode).toBe(200);
    expect(res.json().completeness.missing).toEqual([]);
  });
});

describe('audit and history integrity', () => {
  it('audits every read and write with ids only, never the words', async () => {
    const db = t.deps.database.db;
    const before = await read(t.demo.clients.alex, 'dana');
    await save(t.demo.clients.alex, await t.signIn('dana'), { ...before.plan, mattersMost: 'Audit me not.' }, before.version);
    const rows = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientId, t.demo.clients.alex), eq(auditEvents.actorId, t.demo.people.dana)));
    const actions = rows.map((r) => r.action);
    expect(actions).toContain('safetyPlan.read');
    expect(actions).toContain('safetyPlan.write');
    expect(rows.find((r) => r.action === 'safetyPlan.write')).toMatchObject({ subjectType: 'safety_plan', subjectId: String(before.version + 1) });
    expect(JSON.stringify(rows)).not.toContain('Audit me not');
  });

  it('the database refuses to rewrite a saved version', async () => {
    await expect(t.deps.database.db.execute(sql`update safety_plan_versions set changed_sections = '[]'::jsonb`)).rejects.toThrow();
  });
});
