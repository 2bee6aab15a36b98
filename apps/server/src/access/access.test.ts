import { describe, expect, it, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { FACTORY_PASSWORD, addShift, addToCareTeam, createClient, createOtherPractice, createPerson } from '../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../testing/test-app';

const t = useTestApp();

async function signInAs(email: string) {
  const res = await t.request({ method: 'POST', url: '/api/v1/session', body: { email, password: FACTORY_PASSWORD }, headers: { 'x-forwarded-for': nextTestAddress() } });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

describe('who can see a client, on a real database', () => {
  let other: Awaited<ReturnType<typeof createOtherPractice>>;
  beforeAll(async () => {
    other = await createOtherPractice(t.deps.database.db);
  });
  const profile = (clientId: string, cookie: string) => t.request({ method: 'GET', url: `/api/v1/clients/${clientId}`, cookie });

  it('the client sees themselves; another client of the same practice is not found', async () => {
    expect((await profile(t.demo.clients.sam, await t.signIn('sam'))).statusCode).toBe(200);
    const res = await profile(t.demo.clients.sam, await t.signIn('alex'));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('the primary clinician and a GP on the care team see the client; a clinician off the team does not', async () => {
    expect((await profile(t.demo.clients.sam, await t.signIn('dana'))).statusCode).toBe(200);
    expect((await profile(t.demo.clients.sam, await t.signIn('patel'))).statusCode).toBe(200);
    expect((await profile(t.demo.clients.alex, await t.signIn('patel'))).statusCode).toBe(404);
  });

  it('the on-call clinician sees any client of the practice during the shift, and not after it ends', async () => {
    expect((await profile(t.demo.clients.alex, await t.signIn('omar'))).statusCode).toBe(200);
    const db = t.deps.database.db;
    const now = t.clock.now();
    const expired = await createPerson(db, t.demo.practiceId, 'clinician');
    await addShift(db, t.demo.practiceId, expired.id, new Date(now.getTime() - 10 * 3600_000), new Date(now.getTime() - 3600_000));
    expect((await profile(t.demo.clients.alex, await signInAs(expired.email))).statusCode).toBe(404);
    const upcoming = await createPerson(db, t.demo.practiceId, 'clinician');
    await addShift(db, t.demo.practiceId, upcoming.id, new Date(now.getTime() + 3600_000), new Date(now.getTime() + 10 * 3600_000));
    expect((await profile(t.demo.clients.alex, await signInAs(upcoming.email))).statusCode).toBe(404);
  });

  it('a care-team membership that has ended no longer gives access', async () => {
    const db = t.deps.database.db;
    const former = await createPerson(db, t.demo.practiceId, 'clinician');
    const now = t.clock.now();
    await addToCareTeam(db, t.demo.practiceId, t.demo.clients.alex, former.id, { role: 'therapist', startsAt: new Date(now.getTime() - 30 * 86400_000), endsAt: new Date(now.getTime() - 86400_000) });
    expect((await profile(t.demo.clients.alex, await signInAs(former.email))).statusCode).toBe(404);
  });

  it('an admin can see that a client exists but not their clinical record (403)', async () => {
    const res = await profile(t.demo.clients.sam, await t.signIn('ada'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
  });

  it("another practice's ids answer 404 to everyone here, and ours answer 404 to them", async () => {
    for (const who of ['dana', 'omar', 'ada', 'sam'] as const) {
      expect((await profile(other.client.id, await t.signIn(who))).statusCode).toBe(404);
    }
    for (const email of [other.clinician.email, other.admin.email, other.clientPerson.email]) {
      expect((await profile(t.demo.clients.sam, await signInAs(email))).statusCode).toBe(404);
    }
  });

  it('the caseload lists only the clinician’s own care-team clients', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await t.signIn('dana') });
    expect(res.statusCode).toBe(200);
    const names = (res.json().clients as { name: string }[]).map((c) => c.name);
    expect(names.sort()).toEqual(['Alex Morgan', 'Sam Taylor']);
    const patel = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await t.signIn('patel') });
    expect((patel.json().clients as { name: string; myRole: string }[]).map((c) => [c.name, c.myRole])).toEqual([['Sam Taylor', 'gp']]);
    const { client } = await createClient(t.deps.database.db, other.practice.id, other.clinician.id);
    const otherCaseload = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await signInAs(other.clinician.email) });
    expect((otherCaseload.json().clients as { clientId: string }[]).map((c) => c.clientId)).toContain(client.id);
    expect((otherCaseload.json().clients as { clientId: string }[]).map((c) => c.clientId)).not.toContain(t.demo.clients.sam);
  });

  it('a client cannot open the caseload or the admin pages', async () => {
    const sam = await t.signIn('sam');
    expect((await t.request({ method: 'GET', url: '/api/v1/clients', cookie: sam })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/practice/people', cookie: sam })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/practice/mail', cookie: await t.signIn('dana') })).statusCode).toBe(403);
  });
});

describe('every route names its permission', () => {
  it('refuses to build an app with an API route that declares no access rule', async () => {
    await expect(
      buildApp(t.deps, {
        extraRoutes: async (app) => {
          app.get('/api/v1/unguarded', async () => ({ ok: true }));
        },
      }),
    ).rejects.toThrow(/declares no access rule/);
  });

  it('the OpenAPI description is generated from the route schemas', async () => {
    const spec = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths).length).toBeGreaterThan(10);
    expect(spec.paths['/api/v1/session'].post).toBeDefined();
    expect(spec.paths['/api/v1/clients/{clientId}'].get).toBeDefined();
  });
});
