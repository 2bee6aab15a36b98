import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { MeasureResponse, MeasuresDue, TriageQueue } from '@steadfast/contracts';
import { notifications } from '../notifications/notifications.tables';
import { createOtherPractice } from '../../testing/factories';
import { useTestApp } from '../../testing/test-app';
import { signInNow } from '../../testing/sign-in-now';

const t = useTestApp();
const url = (clientId: string, rest = '') => `/api/v1/clients/${clientId}/measures${rest}`;

describe('POST /measures (SPEC §4)', () => {
  for (const item9 of [1, 2, 3]) {
    it(`PHQ-9 item 9 = ${item9} with a total of 3 raises a flag and shows crisis routes, whatever the total`, async () => {
      const answers = [0, 0, 0, 0, 0, 0, 0, 3 - item9, item9];
      const res = await t.request({ method: 'POST', url: url(t.demo.clients.sam), cookie: await signInNow(t, 'sam'), body: { instrument: 'phq9', answers } });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json() as MeasureResponse;
      expect(body.measure.total).toBe(3);
      expect(body.showCrisisRoutes).toBe(true);
      expect(body.measure.severity).toBeUndefined();
      const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await signInNow(t, 'omar') })).json() as TriageQueue;
      const flags = queue.items.filter((i) => i.sourceType === 'measure' && i.reasons.some((r) => r.construct === 'structured_phq9_item9'));
      expect(flags).toHaveLength(item9);
      expect(flags[0]).toMatchObject({ level: 'high', clientId: t.demo.clients.sam });
    });
  }

  it('a total of 3 with item 9 at 0 raises nothing; clinicians see the band, the client does not', async () => {
    const res = await t.request({
      method: 'POST',
      url: url(t.demo.clients.sam),
      cookie: await signInNow(t, 'sam'),
      body: { instrument: 'phq9', answers: [1, 1, 1, 0, 0, 0, 0, 0, 0], functional: 1 },
    });
    expect(res.json()).toMatchObject({ showCrisisRoutes: false, measure: { total: 3, functional: { value: 1, display: 'Somewhat difficult' } } });
    const dana = await t.request({ method: 'GET', url: url(t.demo.clients.sam, '?instrument=phq9'), cookie: await signInNow(t, 'dana') });
    expect(dana.json().measures.at(-1)).toMatchObject({ total: 3, severity: 'minimal', severityLabel: 'None–minimal' });
    const sam = await t.request({ method: 'GET', url: url(t.demo.clients.sam, '?instrument=phq9'), cookie: await signInNow(t, 'sam') });
    expect(sam.json().measures.every((m: { severity?: string }) => m.severity === undefined)).toBe(true);
    // Dr Patel holds the measures scope: he reads results with their bands.
    const patel = await t.request({ method: 'GET', url: url(t.demo.clients.sam), cookie: await signInNow(t, 'patel') });
    expect(patel.statusCode).toBe(200);
  });

  it('validates: wrong item count, out of range, unknown field; 404 for another client or practice', async () => {
    const cookie = await signInNow(t, 'sam');
    for (const body of [
      { instrument: 'phq9', answers: [0, 0, 0] },
      { instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 5] },
      { instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0], score: 0 },
    ]) {
      expect((await t.request({ method: 'POST', url: url(t.demo.clients.sam), cookie, body })).statusCode).toBe(400);
    }
    const ok = { instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0] };
    expect((await t.request({ method: 'POST', url: url(t.demo.clients.alex), cookie, body: ok })).statusCode).toBe(404);
    const other = await createOtherPractice(t.deps.database.db);
    expect((await t.request({ method: 'POST', url: url(other.client.id), cookie, body: ok })).statusCode).toBe(404);
  });

  it('Dana schedules every 2 weeks; the round is due for the client, with an expiry', async () => {
    const put = await t.request({
      method: 'PUT',
      url: url(t.demo.clients.alex, '/schedule'),
      cookie: await signInNow(t, 'dana'),
      body: { phq9EveryWeeks: 2, gad7EveryWeeks: null, expiresAfterDays: 4 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const due = (await t.request({ method: 'GET', url: url(t.demo.clients.alex, '/due'), cookie: await signInNow(t, 'alex') })).json() as MeasuresDue;
    expect(due.due).toEqual([{ instrument: 'phq9', dueSince: '2026-03-02', expiresOn: '2026-03-05', lastCompletedOn: null, beforeAppointmentAt: null }]);
    expect(due.canSchedule).toBe(false);
  });
});

describe('measures before each appointment (scheduling’s appointments)', () => {
  // The demo books Alex with Dana every other week from Saturday 7 March, 14:00 London (GMT).
  const alexDue = async () =>
    (await t.request({ method: 'GET', url: url(t.demo.clients.alex, '/due'), cookie: await signInNow(t, 'alex') })).json() as MeasuresDue;
  const alexNotices = async () =>
    (
      await t.deps.database.db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.userId, t.demo.people.alex), eq(notifications.kind, 'measure_due')))
    ).length;
  const at = async (instant: string) => {
    t.clock.set(instant);
    await t.runner.runDue();
  };

  it('refuses a cadence and "before each appointment" for the same instrument', async () => {
    const res = await t.request({
      method: 'PUT',
      url: url(t.demo.clients.alex, '/schedule'),
      cookie: await signInNow(t, 'dana'),
      body: { phq9EveryWeeks: 2, gad7EveryWeeks: null, phq9BeforeAppointments: true, expiresAfterDays: 4 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
  });

  it('opens three days before the appointment, reminds once the day before, and closes at the appointment', async () => {
    const put = await t.request({
      method: 'PUT',
      url: url(t.demo.clients.alex, '/schedule'),
      cookie: await signInNow(t, 'dana'),
      body: { phq9EveryWeeks: null, gad7EveryWeeks: null, phq9BeforeAppointments: true, gad7BeforeAppointments: true, expiresAfterDays: 4 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((put.json() as MeasuresDue).schedule).toMatchObject({ phq9BeforeAppointments: true, gad7BeforeAppointments: true });
    // Monday 2 March: the appointment is five days away, so nothing is open yet.
    expect((await alexDue()).due).toEqual([]);
    const before = await alexNotices();
    await at('2026-03-03T10:00:00Z');
    expect(await alexNotices()).toBe(before);

    // Wednesday 4 March, 10:00: both open, until the appointment; one notice for the two.
    await at('2026-03-04T10:00:00Z');
    const open = (await alexDue()).due;
    expect(open.map((d) => d.instrument).sort()).toEqual(['gad7', 'phq9']);
    expect(open[0]).toMatchObject({ dueSince: '2026-03-04', expiresOn: '2026-03-07', beforeAppointmentAt: '2026-03-07T14:00:00.000Z' });
    expect(await alexNotices()).toBe(before + 1);

    // Thursday: nothing new. Alex does the PHQ-9.
    await at('2026-03-05T10:00:00Z');
    expect(await alexNotices()).toBe(before + 1);
    const done = await t.request({
      method: 'POST',
      url: url(t.demo.clients.alex),
      cookie: await signInNow(t, 'alex'),
      body: { instrument: 'phq9', answers: [1, 1, 0, 0, 0, 0, 0, 0, 0] },
    });
    expect(done.statusCode).toBe(201);
    expect((await alexDue()).due.map((d) => d.instrument)).toEqual(['gad7']);

    // Friday, the day before: the one reminder, for the GAD-7 still open. Saturday morning: no more.
    await at('2026-03-06T10:00:00Z');
    expect(await alexNotices()).toBe(before + 2);
    await at('2026-03-07T10:00:00Z');
    expect(await alexNotices()).toBe(before + 2);
    // Once the appointment has started the round is closed; the next (21 March) opens on the 18th.
    t.clock.set('2026-03-07T14:30:00Z');
    expect((await alexDue()).due).toEqual([]);
  });

  it('sends nothing when the measures are done before the round opens, and stops when the schedule changes', async () => {
    const before = await alexNotices();
    // Alex does both early, on the 17th, for the appointment on the 21st: the round opening on the 18th is already met.
    t.clock.set('2026-03-18T08:00:00Z');
    for (const body of [
      { instrument: 'phq9', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0] },
      { instrument: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0] },
    ]) {
      expect((await t.request({ method: 'POST', url: url(t.demo.clients.alex), cookie: await signInNow(t, 'alex'), body })).statusCode).toBe(201);
    }
    await at('2026-03-18T10:00:00Z');
    await at('2026-03-20T10:00:00Z');
    expect(await alexNotices()).toBe(before);
    // Dana turns it off: the look-ahead stops, so the appointment on 4 April brings nothing.
    const off = await t.request({
      method: 'PUT',
      url: url(t.demo.clients.alex, '/schedule'),
      cookie: await signInNow(t, 'dana'),
      body: { phq9EveryWeeks: null, gad7EveryWeeks: null, expiresAfterDays: 4 },
    });
    expect(off.statusCode).toBe(200);
    for (const day of ['2026-04-01', '2026-04-02', '2026-04-03']) await at(`${day}T09:00:00Z`);
    expect(await alexNotices()).toBe(before);
    expect((await alexDue()).due).toEqual([]);
  });
});
