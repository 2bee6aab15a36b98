import { describe, expect, it } from 'vitest';
import type { OnCallNowView, ShiftList, ShiftView } from '@steadfast/contracts';
import { createOtherPractice } from '../../testing/factories';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';

const t = useTestApp();

const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(t.clock.now().getTime() + hoursFromNow * HOUR).toISOString();

/** A sign-in at the clock's current time: staff sessions last 12 hours, and these tests travel further. */
async function signInNow(who: DemoKey) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  return sessionCookieFrom(res);
}

/** Runs a check with the clock moved on, then puts it back, so each test starts at the same moment. */
async function later<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  t.clock.advance(ms);
  try {
    return await fn();
  } finally {
    t.clock.advance(-ms);
  }
}

async function createShift(body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/on-call/shifts', cookie: await t.signIn('ada'), body });
}

describe('who is on call now', () => {
  it('answers Omar, with Dana as backup, and the default escalation windows', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/on-call/now', cookie: await t.signIn('dana') });
    expect(res.statusCode).toBe(200);
    const now = res.json() as OnCallNowView;
    expect(now.shift).toMatchObject({
      clinician: { name: 'Omar Haddad' },
      backup: { name: 'Dana Reyes' },
      status: 'live',
      can: { edit: false, delete: false },
    });
    expect(now.policy).toEqual({ imminentMinutes: 5, highMinutes: 30 });
  });

  it('is for the practice’s staff, not for clients', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/on-call/now', cookie: await t.signIn('sam') })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/on-call/shifts', cookie: await t.signIn('alex') })).statusCode).toBe(403);
  });
});

describe('the admin edits the rota', () => {
  it('refuses a shift that overlaps another with a 409 naming it, and accepts one that starts as another ends', async () => {
    const live = (await t.request({ method: 'GET', url: '/api/v1/on-call/now', cookie: await t.signIn('ada') })).json().shift as ShiftView;
    // Hand over: end Omar's long demo shift in 8 hours, then Patel takes over from that moment.
    const endOmar = await t.request({
      method: 'PUT',
      url: `/api/v1/on-call/shifts/${live.id}`,
      cookie: await t.signIn('ada'),
      body: {
        clinicianId: live.clinician.id,
        backupClinicianId: live.backup!.id,
        startsAt: live.startsAt,
        endsAt: at(8),
        handoverNote: 'Handing to Patel tonight.',
      },
    });
    expect(endOmar.statusCode, endOmar.body).toBe(200);
    expect(endOmar.json()).toMatchObject({ endsAt: at(8), handoverNote: 'Handing to Patel tonight.', status: 'live', can: { edit: true, delete: false } });

    const patel = t.demo.people.patel;
    const overlapping = await createShift({ clinicianId: patel, startsAt: at(7), endsAt: at(20) });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().error).toMatchObject({
      code: 'conflict',
      details: { reason: 'shift_overlap', shift: { id: live.id, clinician: { name: 'Omar Haddad' } } },
    });
    expect(overlapping.json().error.message).toContain('Omar Haddad');

    const next = await createShift({
      clinicianId: patel,
      backupClinicianId: t.demo.people.omar,
      startsAt: at(8),
      endsAt: at(20),
      handoverNote: 'Sam: new flag this morning, acknowledged.',
    });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({
      clinician: { name: 'Dr Priya Patel' },
      backup: { name: 'Omar Haddad' },
      status: 'upcoming',
      can: { edit: true, delete: true },
    });

    const rota = (await t.request({ method: 'GET', url: '/api/v1/on-call/shifts', cookie: await t.signIn('dana') })).json() as ShiftList;
    expect(rota.shifts.map((s) => s.clinician.name)).toEqual(['Omar Haddad', 'Dr Priya Patel']);
    expect(rota.canManage).toBe(false);
    expect(rota.shifts.every((s) => !s.can.edit && !s.can.delete)).toBe(true);
    expect(rota.clinicians.map((c) => c.name)).toEqual(['Dana Reyes', 'Dr Priya Patel', 'Omar Haddad']);

    // At hour 8, "who is on call now" moves to Patel.
    const now = await later(
      8 * HOUR,
      async () => (await t.request({ method: 'GET', url: '/api/v1/on-call/now', cookie: await signInNow('ada') })).json() as OnCallNowView,
    );
    expect(now.shift!.clinician.name).toBe('Dr Priya Patel');
  });

  it('refuses bad shifts with clear 4xx answers', async () => {
    const { omar, dana, sam } = t.demo.people;
    const cases: [Record<string, unknown>, number][] = [
      [{ clinicianId: omar, startsAt: at(30), endsAt: at(29) }, 400],
      [{ clinicianId: omar, backupClinicianId: omar, startsAt: at(30), endsAt: at(40) }, 400],
      [{ clinicianId: sam, startsAt: at(30), endsAt: at(40) }, 400],
      [{ clinicianId: omar, backupClinicianId: t.demo.people.ada, startsAt: at(30), endsAt: at(40) }, 400],
      [{ clinicianId: omar, startsAt: at(-30), endsAt: at(-20) }, 400],
      [{ clinicianId: omar, startsAt: at(30), endsAt: at(40), handoverNote: 'x'.repeat(2001) }, 400],
      [{ clinicianId: omar, startsAt: at(30), endsAt: at(40), extra: true }, 400],
      [{ clinicianId: omar, startsAt: 'tomorrow', endsAt: at(40) }, 400],
    ];
    for (const [body, status] of cases) {
      const res = await createShift(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().error.code).toBe('validation_failed');
    }
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/on-call/shifts',
          cookie: await t.signIn('dana'),
          body: { clinicianId: dana, startsAt: at(30), endsAt: at(40) },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('keeps the record: a started shift is ended, not deleted; an ended shift is not changed', async () => {
    const created = (await createShift({ clinicianId: t.demo.people.dana, startsAt: at(30), endsAt: at(40) })).json() as ShiftView;
    await later(31 * HOUR, async () => {
      const ada = await signInNow('ada');
      const del = await t.request({ method: 'DELETE', url: `/api/v1/on-call/shifts/${created.id}`, cookie: ada });
      expect(del.statusCode).toBe(409);
      const moved = await t.request({
        method: 'PUT',
        url: `/api/v1/on-call/shifts/${created.id}`,
        cookie: ada,
        body: { clinicianId: t.demo.people.omar, startsAt: created.startsAt, endsAt: created.endsAt },
      });
      expect(moved.statusCode).toBe(409);
      const ended = await t.request({ method: 'POST', url: `/api/v1/on-call/shifts/${created.id}/end`, cookie: ada });
      expect(ended.statusCode).toBe(200);
      expect(ended.json()).toMatchObject({ endsAt: t.clock.now().toISOString(), status: 'past', can: { edit: false, delete: false } });
      const again = await t.request({
        method: 'PUT',
        url: `/api/v1/on-call/shifts/${created.id}`,
        cookie: ada,
        body: { clinicianId: t.demo.people.dana, startsAt: created.startsAt, endsAt: at(5) },
      });
      expect(again.statusCode).toBe(409);
    });

    const ada = await t.signIn('ada');
    const upcoming = (await createShift({ clinicianId: t.demo.people.dana, startsAt: at(100), endsAt: at(110) })).json() as ShiftView;
    expect((await t.request({ method: 'DELETE', url: `/api/v1/on-call/shifts/${upcoming.id}`, cookie: ada })).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: `/api/v1/on-call/shifts/${upcoming.id}`, cookie: ada })).statusCode).toBe(404);
  });

  it("never reaches another practice's rota", async () => {
    const other = await createOtherPractice(t.deps.database.db);
    const theirs = await createShift({ clinicianId: other.clinician.id, startsAt: at(200), endsAt: at(210) });
    expect(theirs.statusCode).toBe(400);
    const mine = (await createShift({ clinicianId: t.demo.people.dana, startsAt: at(200), endsAt: at(210) })).json() as ShiftView;
    const rota = (await t.request({ method: 'GET', url: '/api/v1/on-call/shifts', cookie: await t.signIn('ada') })).json() as ShiftList;
    expect(rota.shifts.some((s) => s.id === mine.id)).toBe(true);
    expect(rota.clinicians.some((c) => c.id === other.clinician.id)).toBe(false);
  });
});
