import { beforeAll, describe, expect, it } from 'vitest';
import type { CareTeamView, PracticeClientList } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, createOtherPractice, createPerson } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';

// The practice admin reaches a client's care team without reading the client's record (SPEC §2.1, issue 17).
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
const signIn = freshSignIns(t);

async function cookieOf(who: DemoKey | { email: string }) {
  if (typeof who === 'string') return signIn(who);
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: who.email, password: FACTORY_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

async function call(who: DemoKey | { email: string }, method: 'GET' | 'POST', url: string, body?: unknown) {
  return t.request({ method, url, cookie: await cookieOf(who), ...(body === undefined ? {} : { body }) });
}

const teamUrl = (clientId: string) => `/api/v1/clients/${clientId}/care-team`;

describe("the practice admin and a client's care team", () => {
  let gp: { id: string; email: string; name: string };
  let other: Awaited<ReturnType<typeof createOtherPractice>>;
  beforeAll(async () => {
    gp = await createPerson(t.deps.database.db, t.demo.practiceId, 'clinician', 'Dr Ravi Shah');
    other = await createOtherPractice(t.deps.database.db);
  });

  it('lists every client of the practice by name with their primary clinician, and nothing clinical', async () => {
    const res = await call('ada', 'GET', '/api/v1/practice/clients');
    expect(res.statusCode).toBe(200);
    const { clients } = res.json() as PracticeClientList;
    const bySam = clients.find((c) => c.id === t.demo.clients.sam);
    expect(bySam).toEqual({ id: t.demo.clients.sam, name: 'Sam Taylor', status: 'active', primaryClinician: { id: t.demo.people.dana, name: 'Dana Reyes' } });
    expect(clients.map((c) => c.id)).toContain(t.demo.clients.alex);
    expect(clients.map((c) => c.id)).not.toContain(other.client.id);
    expect(clients.map((c) => c.name)).toEqual([...clients.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    for (const client of clients) expect(Object.keys(client).sort()).toEqual(['id', 'name', 'primaryClinician', 'status']);
  });

  it('the list is the admin’s alone', async () => {
    for (const who of ['dana', 'omar', 'sam'] as const) expect((await call(who, 'GET', '/api/v1/practice/clients')).statusCode).toBe(403);
    const elsewhere = (await call(other.admin, 'GET', '/api/v1/practice/clients')).json() as PracticeClientList;
    expect(elsewhere.clients.map((c) => c.id)).toEqual([other.client.id]);
  });

  it('reads the care team with the client’s name, though the client’s record stays closed to them', async () => {
    expect((await call('ada', 'GET', `/api/v1/clients/${t.demo.clients.sam}`)).statusCode).not.toBe(200);
    const res = await call('ada', 'GET', teamUrl(t.demo.clients.sam));
    expect(res.statusCode).toBe(200);
    const team = res.json() as CareTeamView;
    expect(team.client).toEqual({ id: t.demo.clients.sam, name: 'Sam Taylor' });
    expect(team.canManage).toBe(true);
    expect(team.clinicians.map((c) => c.name)).toContain('Dr Ravi Shah');
  });

  it('adds a member and ends one', async () => {
    const added = await call('ada', 'POST', teamUrl(t.demo.clients.sam), { clinicianId: gp.id, role: 'gp', scopes: ['safety_plan'] });
    expect(added.statusCode).toBe(201);
    const afterAdd = added.json() as CareTeamView;
    expect(afterAdd.client.name).toBe('Sam Taylor');
    expect(afterAdd.members.find((m) => m.clinicianId === gp.id)).toMatchObject({ role: 'gp', scopes: ['safety_plan'], status: 'current' });
    expect((await call(gp, 'GET', `/api/v1/clients/${t.demo.clients.sam}/safety-plan`)).statusCode).toBe(200);

    // Dr Patel, the GP since the demo began, leaves from today: access stops at once.
    const ended = await call('ada', 'POST', `${teamUrl(t.demo.clients.sam)}/${t.demo.people.patel}/end`, {});
    expect(ended.statusCode).toBe(200);
    expect((ended.json() as CareTeamView).members.find((m) => m.clinicianId === t.demo.people.patel)).toMatchObject({ status: 'ended' });
    expect((await call('patel', 'GET', `/api/v1/clients/${t.demo.clients.sam}`)).statusCode).toBe(404);
  });

  it('another practice’s admin gets 404 for the team and its changes', async () => {
    expect((await call(other.admin, 'GET', teamUrl(t.demo.clients.sam))).statusCode).toBe(404);
    expect((await call(other.admin, 'POST', teamUrl(t.demo.clients.sam), { clinicianId: gp.id, role: 'gp', scopes: [] })).statusCode).toBe(404);
    expect((await call(other.admin, 'POST', `${teamUrl(t.demo.clients.sam)}/${t.demo.people.patel}/end`, {})).statusCode).toBe(404);
    // And our admin cannot reach theirs.
    expect((await call('ada', 'GET', teamUrl(other.client.id))).statusCode).toBe(404);
  });

  it('the primary clinician and the client still read the same team, named', async () => {
    const byDana = (await call('dana', 'GET', teamUrl(t.demo.clients.sam))).json() as CareTeamView;
    expect(byDana).toMatchObject({ client: { name: 'Sam Taylor' }, canManage: true });
    const bySam = (await call('sam', 'GET', teamUrl(t.demo.clients.sam))).json() as CareTeamView;
    expect(bySam).toMatchObject({ client: { id: t.demo.clients.sam, name: 'Sam Taylor' }, canManage: false, clinicians: [] });
  });
});
