import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { CaseloadEntry } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { FACTORY_PASSWORD, createPerson } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/notifications.tables';

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

async function samSends(body: string) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await signIn('sam'),
    body: { intent: 'soon', body },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode).toBe(201);
  return res.json().message as { id: string; expectedReplyWords: string };
}

describe('a clinician absence with a named cover (SPEC §2.3)', () => {
  it('routes to the cover during the absence only, and gives the cover the conversation for that period only', async () => {
    const db = t.deps.database.db;
    const cover = await createPerson(db, t.demo.practiceId, 'clinician', 'Rowan Blake');
    const conversation = async () => t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/messages`, cookie: await signInAs(cover.email) });

    const earlier = await samSends('Before Dana is away.');
    const set = await t.request({
      method: 'POST',
      url: '/api/v1/me/absences',
      cookie: await signIn('dana'),
      body: { startsAt: '2026-03-09T00:00:00Z', endsAt: '2026-03-16T00:00:00Z', coverClinicianId: cover.id, note: 'Leave' },
    });
    expect(set.statusCode).toBe(201);
    expect(set.json()).toMatchObject({ coverName: 'Rowan Blake', clientsTold: 2, shortNotice: true });
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, t.demo.people.sam), eq(notifications.kind, 'cover_arranged')));
    expect(told.length).toBeGreaterThanOrEqual(1);

    // Before: the cover has no relationship to Sam at all.
    expect((await conversation()).statusCode).toBe(404);
    const ahead = (await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/agreement`, cookie: await signIn('sam') })).json();
    expect(ahead.coverNow).toBeNull();
    expect(ahead.absences[0]).toMatchObject({ clinicianName: 'Dana Reyes', coverName: 'Rowan Blake', startsAt: '2026-03-09T00:00:00.000Z' });

    // During: Sam sees who covers before writing; her message goes to the cover.
    t.clock.set('2026-03-10T10:00:00Z');
    const now = (await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/agreement`, cookie: await signIn('sam') })).json();
    expect(now.coverNow).toMatchObject({ clinicianId: cover.id, name: 'Rowan Blake', until: '2026-03-16T00:00:00.000Z' });
    const during = await samSends('While Dana is away.');
    expect(during.expectedReplyWords).toBe('Dana is away, and Rowan is covering. Rowan replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.');
    const notice = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, cover.id), eq(notifications.subjectId, during.id)));
    expect(notice).toHaveLength(1);
    const seen = await conversation();
    expect(seen.statusCode).toBe(200);
    const ids = seen.json().messages.map((m: { id: string }) => m.id);
    expect(ids).toContain(during.id);
    expect(ids).not.toContain(earlier.id);
    const coverCookie = await signInAs(cover.email);
    const old = await t.request({ method: 'POST', url: `/api/v1/messages/${earlier.id}/seen`, cookie: coverCookie });
    expect(old.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/safety-plan`, cookie: coverCookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.alex}/messages`, cookie: coverCookie })).statusCode).toBe(200);
    // Dana's clients are on the cover's caseload, each saying whose and until when, with their signals.
    const caseload = async () =>
      (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await signInAs(cover.email) })).json().clients as CaseloadEntry[];
    const covering = await caseload();
    expect(covering.map((c) => c.clientId)).toEqual(expect.arrayContaining([t.demo.clients.sam, t.demo.clients.alex]));
    const samCard = covering.find((c) => c.clientId === t.demo.clients.sam)!;
    expect(samCard).toMatchObject({ myRole: null, isPrimary: false, coveringFor: { clinicianName: 'Dana Reyes', until: '2026-03-16T00:00:00.000Z' } });
    expect(samCard.signals.messages?.waiting.soon).toBeGreaterThanOrEqual(1);
    // Dana's own caseload is unchanged: she is primary, not covering.
    const danaCaseload = (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await signIn('dana') })).json().clients as CaseloadEntry[];
    expect(danaCaseload.find((c) => c.clientId === t.demo.clients.sam)!.coveringFor).toBeNull();

    // After: gone again.
    t.clock.set('2026-03-16T09:00:00Z');
    expect((await conversation()).statusCode).toBe(404);
    expect(await caseload()).toEqual([]);
    const back = await samSends('Dana is back.');
    expect(back.expectedReplyWords).toMatch(/^Dana replies/);
  });

  it('refuses an absence covered by oneself or a non-clinician, or overlapping another', async () => {
    const dana = await signIn('dana');
    const body = (over: object) => ({ startsAt: '2026-05-04T00:00:00Z', endsAt: '2026-05-08T00:00:00Z', coverClinicianId: t.demo.people.omar, ...over });
    const post = (b: object) => t.request({ method: 'POST', url: '/api/v1/me/absences', cookie: dana, body: b });
    expect((await post(body({ coverClinicianId: t.demo.people.dana }))).statusCode).toBe(400);
    expect((await post(body({ coverClinicianId: t.demo.people.sam }))).statusCode).toBe(400);
    expect((await post(body({}))).statusCode).toBe(201);
    expect((await post(body({ startsAt: '2026-05-06T00:00:00Z', endsAt: '2026-05-10T00:00:00Z' }))).statusCode).toBe(409);
    expect((await t.request({ method: 'POST', url: '/api/v1/me/absences', cookie: await signIn('sam'), body: body({}) })).statusCode).toBe(403);
  });
});
