import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CareTeamView } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, createOtherPractice, createPerson } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';

// Monday 2 March 2026, 10:00 in London (Sam's zone).
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
const signIn = freshSignIns(t);

async function signInAs(email: string) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email, password: FACTORY_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}

const sam = () => t.demo.clients.sam;
const teamUrl = (clientId = sam()) => `/api/v1/clients/${clientId}/care-team`;
const cookieOf = async (who: DemoKey | { email: string }) => (typeof who === 'string' ? signIn(who) : signInAs(who.email));

async function call(who: DemoKey | { email: string }, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) {
  return t.request({ method, url, cookie: await cookieOf(who), ...(body === undefined ? {} : { body }) });
}

async function samsNotices(): Promise<string[]> {
  const res = await call('sam', 'GET', '/api/v1/notifications');
  expect(res.statusCode).toBe(200);
  return (res.json().notifications as { kind: string; title: string }[]).filter((n) => n.kind === 'care_team_changed').map((n) => n.title);
}

async function auditActions(clientId: string): Promise<string[]> {
  const rows = await t.deps.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.clientId, clientId)));
  return rows.map((r) => r.action);
}

describe('care-team management (SPEC §2.1), on a real database', () => {
  let gp: { id: string; email: string; name: string };
  beforeAll(async () => {
    gp = await createPerson(t.deps.database.db, t.demo.practiceId, 'clinician', 'Dr Ravi Shah');
  });

  it('a GP added with only the safety plan sees it, and not the messages; the client is told in plain words', async () => {
    const res = await call('dana', 'POST', teamUrl(), { clinicianId: gp.id, role: 'gp', scopes: ['safety_plan'] });
    expect(res.statusCode).toBe(201);
    const team = res.json() as CareTeamView;
    expect(team.canManage).toBe(true);
    expect(team.members.find((m) => m.clinicianId === gp.id)).toMatchObject({ role: 'gp', scopes: ['safety_plan'], status: 'current', endsAt: null });

    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/safety-plan`)).statusCode).toBe(200);
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/messages`)).statusCode).toBe(403);
    expect(await samsNotices()).toContain('Dr Ravi Shah has joined your care team and can see your safety plan');
    expect(await auditActions(sam())).toContain('careTeam.add');
  });

  it('granting messages lets the GP read them', async () => {
    const res = await call('dana', 'PATCH', `${teamUrl()}/${gp.id}`, { scopes: ['safety_plan', 'messages'] });
    expect(res.statusCode).toBe(200);
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/messages`)).statusCode).toBe(200);
    expect(await samsNotices()).toContain('Dr Ravi Shah can now see your safety plan and messages');
    expect(await auditActions(sam())).toContain('careTeam.update');
  });

  it('an ended membership keeps access until its end date, then answers 404; the row stays, dated', async () => {
    const res = await call('dana', 'POST', `${teamUrl()}/${gp.id}/end`, { endsOn: '2026-03-05' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as CareTeamView).members.find((m) => m.clinicianId === gp.id)).toMatchObject({ endsAt: '2026-03-05T00:00:00.000Z', status: 'current' });
    expect(await samsNotices()).toContain('Dr Ravi Shah is no longer part of your care team from 5 March');
    expect(await auditActions(sam())).toContain('careTeam.end');

    t.clock.set(new Date('2026-03-04T23:59:00Z'));
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/safety-plan`)).statusCode).toBe(200);
    t.clock.set(new Date('2026-03-05T00:00:01Z'));
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/safety-plan`)).statusCode).toBe(404);
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/messages`)).statusCode).toBe(404);
    const team = (await call('dana', 'GET', teamUrl())).json() as CareTeamView;
    expect(team.members.find((m) => m.clinicianId === gp.id)).toMatchObject({ status: 'ended' });
  });

  it('someone who was a member before can be added again, and both periods are listed', async () => {
    const res = await call('dana', 'POST', teamUrl(), { clinicianId: gp.id, role: 'gp', scopes: ['measures'], endsOn: '2026-04-01' });
    expect(res.statusCode).toBe(201);
    const periods = (res.json() as CareTeamView).members.filter((m) => m.clinicianId === gp.id);
    expect(periods.map((m) => m.status)).toEqual(['current', 'ended']);
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/measures`)).statusCode).toBe(200);
    expect((await call(gp, 'GET', `/api/v1/clients/${sam()}/safety-plan`)).statusCode).toBe(403);
  });

  it('a member starting later has no access until then', async () => {
    const later = await createPerson(t.deps.database.db, t.demo.practiceId, 'clinician', 'Jo Brook');
    const res = await call('dana', 'POST', teamUrl(), { clinicianId: later.id, role: 'co_therapist', scopes: [], startsOn: '2026-03-09' });
    expect(res.statusCode).toBe(201);
    expect((res.json() as CareTeamView).members.find((m) => m.clinicianId === later.id)?.status).toBe('upcoming');
    expect(await samsNotices()).toContain('Jo Brook joins your care team from 9 March');
    expect((await call(later, 'GET', `/api/v1/clients/${sam()}`)).statusCode).toBe(404);
    t.clock.set(new Date('2026-03-09T09:00:00Z'));
    expect((await call(later, 'GET', `/api/v1/clients/${sam()}`)).statusCode).toBe(200);
    // A co-therapist is on the team, but does not shape it.
    expect((await call(later, 'POST', teamUrl(), { clinicianId: t.demo.people.omar, role: 'other', scopes: [] })).statusCode).toBe(403);
  });
});

describe('who may manage a care team', () => {
  let other: Awaited<ReturnType<typeof createOtherPractice>>;
  beforeAll(async () => {
    other = await createOtherPractice(t.deps.database.db);
  });
  const addOmar = { clinicianId: '', role: 'other', scopes: ['appointments'] };

  it('the practice admin may; the GP, the client and another practice may not', async () => {
    const body = { ...addOmar, clinicianId: t.demo.people.omar };
    expect((await call('patel', 'POST', teamUrl(t.demo.clients.alex), body)).statusCode).toBe(404);
    expect((await call('patel', 'POST', teamUrl(), body)).statusCode).toBe(403);
    expect((await call('sam', 'POST', teamUrl(), body)).statusCode).toBe(403);
    expect((await call(other.clinician, 'POST', teamUrl(), body)).statusCode).toBe(404);
    expect((await call(other.admin, 'POST', teamUrl(), body)).statusCode).toBe(404);
    const res = await call('ada', 'POST', teamUrl(t.demo.clients.alex), body);
    expect(res.statusCode).toBe(201);
    expect((await call('omar', 'GET', teamUrl(t.demo.clients.alex))).json().canManage).toBe(false);
  });

  it('everyone on the team and the client read it; only managers get the clinicians to choose from', async () => {
    const bySam = (await call('sam', 'GET', teamUrl())).json() as CareTeamView;
    expect(bySam).toMatchObject({ canManage: false, clinicians: [] });
    expect(bySam.members.map((m) => m.name)).toContain('Dr Priya Patel');
    expect((await call('patel', 'GET', teamUrl())).statusCode).toBe(200);
    const byDana = (await call('dana', 'GET', teamUrl())).json() as CareTeamView;
    expect(byDana.clinicians.map((c) => c.name)).toContain('Omar Haddad');
    expect((await call(other.clinician, 'GET', teamUrl())).statusCode).toBe(404);
  });

  it('the primary membership is not removed or changed here: that is a handover (409)', async () => {
    for (const [method, url, body] of [
      ['POST', `${teamUrl()}/${t.demo.people.dana}/end`, {}],
      ['PATCH', `${teamUrl()}/${t.demo.people.dana}`, { scopes: [] }],
    ] as const) {
      const res = await call('dana', method, url, body);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/handover/);
    }
  });

  it('refuses bad input in the one error shape', async () => {
    const today = t.clock.now().toISOString().slice(0, 10);
    const cases: [unknown, number][] = [
      [{ clinicianId: t.demo.people.omar, role: 'gp', scopes: ['diary'] }, 400],
      [{ clinicianId: t.demo.people.omar, role: 'surgeon', scopes: [] }, 400],
      [{ clinicianId: t.demo.people.omar, role: 'gp', scopes: [], startsOn: '2026-04-02', endsOn: '2026-04-01' }, 400],
      [{ clinicianId: t.demo.people.omar, role: 'gp', scopes: [], startsOn: '2020-01-01' }, 400],
      [{ clinicianId: t.demo.people.omar, role: 'gp', scopes: [], extra: true }, 400],
      [{ clinicianId: t.demo.people.alex, role: 'gp', scopes: [] }, 400],
      [{ clinicianId: other.clinician.id, role: 'gp', scopes: [] }, 404],
      [{ clinicianId: t.demo.people.patel, role: 'gp', scopes: [] }, 409],
      [{ clinicianId: t.demo.people.omar, role: 'gp', scopes: [], endsOn: today }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await call('dana', 'POST', teamUrl(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(Object.keys(res.json().error)).toEqual(expect.arrayContaining(['code', 'message']));
    }
    expect((await call('dana', 'PATCH', `${teamUrl()}/${t.demo.people.omar}`, { scopes: ['safety_plan'] })).statusCode).toBe(404);
    expect((await call('dana', 'PATCH', `${teamUrl()}/${t.demo.people.patel}`, {})).statusCode).toBe(400);
    expect((await call('dana', 'POST', `${teamUrl()}/${t.demo.people.patel}/end`, { endsOn: '2020-01-01' })).statusCode).toBe(400);
  });
});
