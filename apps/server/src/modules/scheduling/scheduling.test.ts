import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { AgreementResponse, AppointmentList, AppointmentRequestView, Caseload, StepDownPlanResponse } from '@steadfast/contracts';
import { auditEvents } from '../audit/audit.tables';
import { useTestApp } from '../../testing/test-app';

// The test clock starts on Monday 2 March 2026, 10:00 UTC (London is on GMT until 29 March).
const t = useTestApp();

async function as(who: 'dana' | 'sam' | 'alex' | 'patel', method: string, url: string, body?: unknown) {
  return t.request({ method, url, cookie: await t.signIn(who), ...(body !== undefined ? { body } : {}) });
}

const window = (from: string, to: string) => `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

describe('appointments and series (SPEC §2.4)', () => {
  it('a weekly series across the clock change keeps 10:00 on the wall clock, oldest first', async () => {
    const alex = t.demo.clients.alex;
    const res = await as('dana', 'POST', `/api/v1/clients/${alex}/appointments`, {
      start: '2026-03-17T08:00',
      kind: 'video',
      recurrence: { intervalWeeks: 1, count: 4 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ count: 4 });
    const list = await as('alex', 'GET', `/api/v1/clients/${alex}/appointments?${window('2026-03-16T00:00:00Z', '2026-04-10T00:00:00Z')}`);
    const early = (list.json() as AppointmentList).appointments.filter((a) => a.kind === 'video');
    expect(early.map((a) => a.start)).toEqual(['2026-03-17T08:00:00.000Z', '2026-03-24T08:00:00.000Z', '2026-03-31T07:00:00.000Z', '2026-04-07T07:00:00.000Z']);
    expect((list.json() as AppointmentList).can).toEqual({ schedule: false, request: true });
  });

  it('edits "this one", "this and following" and "all" without duplicates or ghosts', async () => {
    const alex = t.demo.clients.alex;
    await as('dana', 'POST', `/api/v1/clients/${alex}/appointments`, { start: '2026-06-01T16:00', kind: 'phone', recurrence: { intervalWeeks: 1, count: 4 } });
    const range = window('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z');
    const phone = async () =>
      ((await as('dana', 'GET', `/api/v1/clients/${alex}/appointments?${range}`)).json() as AppointmentList).appointments.filter((a) => a.kind === 'phone');
    const [first, second] = await phone();
    expect(
      (await as('dana', 'POST', `/api/v1/clients/${alex}/appointments/${first!.id}/change`, { scope: 'this', action: 'move', start: '2026-06-02T17:00' }))
        .statusCode,
    ).toBe(200);
    expect(
      (
        await as('dana', 'POST', `/api/v1/clients/${alex}/appointments/${second!.id}/change`, { scope: 'following', action: 'move', start: '2026-06-09T12:00' })
      ).json(),
    ).toEqual({ changed: 3 });
    expect((await phone()).map((a) => [a.start, a.status])).toEqual([
      ['2026-06-02T16:00:00.000Z', 'scheduled'],
      ['2026-06-09T11:00:00.000Z', 'scheduled'],
      ['2026-06-16T11:00:00.000Z', 'scheduled'],
      ['2026-06-23T11:00:00.000Z', 'scheduled'],
    ]);
    const moved = (await phone())[2]!;
    expect((await as('dana', 'POST', `/api/v1/clients/${alex}/appointments/${moved.id}/change`, { scope: 'all', action: 'cancel' })).json()).toEqual({
      changed: 3,
    });
    expect((await phone()).map((a) => a.status)).toEqual(['scheduled', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('a clinician cannot double-book: the database refuses an overlapping time', async () => {
    const sam = t.demo.clients.sam;
    const alex = t.demo.clients.alex;
    expect((await as('dana', 'POST', `/api/v1/clients/${sam}/appointments`, { start: '2026-05-05T15:00', kind: 'video' })).statusCode).toBe(201);
    const clash = await as('dana', 'POST', `/api/v1/clients/${alex}/appointments`, { start: '2026-05-05T15:30', kind: 'video' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('conflict');
  });

  it('clients cannot schedule, and another practice cannot see', async () => {
    const sam = t.demo.clients.sam;
    expect(
      (await as('sam', 'POST', `/api/v1/clients/${sam}/appointments`, { start: '2026-05-06T15:00', kind: 'video', recurrence: { intervalWeeks: 1, count: 2 } }))
        .statusCode,
    ).toBe(403);
    expect((await as('alex', 'GET', `/api/v1/clients/${sam}/appointments`)).statusCode).toBe(404);
  });
});

describe('appointment requests', () => {
  it('two requests for one slot at the same moment: exactly one wins', async () => {
    const body = { start: '2026-03-20T15:00', kind: 'video', note: 'Could we talk before the weekend?' };
    const [a, b] = await Promise.all([
      as('sam', 'POST', `/api/v1/clients/${t.demo.clients.sam}/appointment-requests`, body),
      as('alex', 'POST', `/api/v1/clients/${t.demo.clients.alex}/appointment-requests`, body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.message).toMatch(/just been taken/);
  });

  it('the clinician declines with a kind note that reaches the client, and the slot is free again', async () => {
    const alex = t.demo.clients.alex;
    const made = await as('alex', 'POST', `/api/v1/clients/${alex}/appointment-requests`, { start: '2026-03-25T13:00', kind: 'phone' });
    expect(made.statusCode).toBe(201);
    const request = made.json() as AppointmentRequestView;
    const note = 'I can’t make Wednesday, and I’m sorry. Let’s use Thursday’s session for this; message me meanwhile.';
    const declined = await as('dana', 'POST', `/api/v1/clients/${alex}/appointment-requests/${request.id}/decision`, { decision: 'decline', note });
    expect(declined.json()).toMatchObject({ status: 'declined', responseNote: note });
    const seen = (await as('alex', 'GET', `/api/v1/clients/${alex}/appointment-requests`)).json() as { requests: AppointmentRequestView[] };
    expect(seen.requests.find((r) => r.id === request.id)).toMatchObject({ status: 'declined', responseNote: note });
    const notices = (await as('alex', 'GET', '/api/v1/notifications')).json() as { notifications: { kind: string }[] };
    expect(notices.notifications.some((n) => n.kind === 'appointment_update')).toBe(true);
    expect((await as('dana', 'POST', `/api/v1/clients/${alex}/appointments`, { start: '2026-03-25T13:00', kind: 'video' })).statusCode).toBe(201);
  });

  it('an offered time is held for the client, who takes it', async () => {
    const alex = t.demo.clients.alex;
    const request = (
      await as('alex', 'POST', `/api/v1/clients/${alex}/appointment-requests`, { start: '2026-03-26T09:00', kind: 'video' })
    ).json() as AppointmentRequestView;
    const offered = await as('dana', 'POST', `/api/v1/clients/${alex}/appointment-requests/${request.id}/decision`, {
      decision: 'offer',
      start: '2026-03-26T11:00',
      note: 'Could 11:00 work instead?',
    });
    expect(offered.json()).toMatchObject({ status: 'offered', offeredStart: '2026-03-26T11:00:00.000Z' });
    expect((await as('alex', 'POST', `/api/v1/clients/${alex}/appointment-requests/${request.id}/offer-answer`, { answer: 'accept' })).json()).toMatchObject({
      status: 'accepted',
    });
    const list = (
      await as('alex', 'GET', `/api/v1/clients/${alex}/appointments?${window('2026-03-26T00:00:00Z', '2026-03-27T00:00:00Z')}`)
    ).json() as AppointmentList;
    expect(list.appointments.map((a) => [a.start, a.status])).toContainEqual(['2026-03-26T11:00:00.000Z', 'scheduled']);
  });
});

describe('in an agreed off-week', () => {
  it('asking for an appointment shows the agreed words and the routes that stay open, never a bare refusal', async () => {
    const sam = t.demo.clients.sam;
    t.clock.set('2026-03-06T10:00:00Z');
    try {
      const options = (await as('sam', 'GET', `/api/v1/clients/${sam}/appointment-requests/options`)).json();
      expect(options).toMatchObject({ allowed: false, words: expect.stringMatching(/off-week/) });
      expect(options.routes.map((r: { kind: string }) => r.kind)).toEqual(['message', 'on_call', 'crisis_lines']);
      const refused = await as('sam', 'POST', `/api/v1/clients/${sam}/appointment-requests`, { start: '2026-03-09T15:00', kind: 'video' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.details.routes).toHaveLength(3);
    } finally {
      t.clock.set('2026-03-02T10:00:00Z');
    }
  });
});

describe('the calendar feed', () => {
  it('parsed back by ical.js gives the same occurrences as the API, with no clinical content', async () => {
    const alex = t.demo.clients.alex;
    const feed = await as('alex', 'POST', '/api/v1/me/calendar-feed/rotate');
    const { url } = feed.json() as { url: string };
    const path = new URL(url).pathname;
    const res = await t.request({ method: 'GET', url: path });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const now = t.clock.now().getTime();
    const api = (
      await as(
        'alex',
        'GET',
        `/api/v1/clients/${alex}/appointments?${window(new Date(now - 7 * 86_400_000).toISOString(), new Date(now + 60 * 86_400_000).toISOString())}`,
      )
    ).json() as AppointmentList;
    const expected = api.appointments.filter((a) => a.status === 'scheduled').map((a) => ({ uid: `${a.id}@steadfast`, start: a.start, end: a.end }));
    const events = new ICAL.Component(ICAL.parse(res.body)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => ({ uid: e.uid, start: e.startDate.toJSDate().toISOString(), end: e.endDate.toJSDate().toISOString() }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(3);
    expect(new Set(events.map((e) => e.summary))).toEqual(new Set(['Appointment with Dana']));
    expect(res.body).not.toMatch(/Alex|CANCELLED/);
  });

  it('a rotated secret answers 404, the same as a made-up one', async () => {
    const first = new URL(((await as('sam', 'POST', '/api/v1/me/calendar-feed/rotate')).json() as { url: string }).url).pathname;
    expect((await t.request({ method: 'GET', url: first })).statusCode).toBe(200);
    const second = new URL(((await as('sam', 'POST', '/api/v1/me/calendar-feed/rotate')).json() as { url: string }).url).pathname;
    const old = await t.request({ method: 'GET', url: first });
    const madeUp = await t.request({ method: 'GET', url: `/api/v1/calendar-feeds/${'x'.repeat(43)}.ics` });
    expect([old.statusCode, madeUp.statusCode]).toEqual([404, 404]);
    expect(old.json().error.message).toBe(madeUp.json().error.message);
    expect((await t.request({ method: 'GET', url: second })).statusCode).toBe(200);
    expect((await as('sam', 'GET', '/api/v1/me/calendar-feed')).json()).toMatchObject({ active: true, url: null });
  });
});

describe('step-down plans', () => {
  it("Sam's demo plan: weekly, an off-week, then fortnightly, with the promise", async () => {
    const res = await as('sam', 'GET', `/api/v1/clients/${t.demo.clients.sam}/step-down-plan`);
    const { plan } = res.json() as StepDownPlanResponse;
    expect(plan!.timeline.map((s) => [s.kind, s.intervalWeeks])).toEqual([
      ['sessions', 1],
      ['off', null],
      ['sessions', 2],
      ['review', null],
    ]);
    // The off-week begins three days after the demo's start (2 March): 5 to 11 March.
    expect(plan!.timeline[1]).toMatchObject({ from: '2026-03-05', to: '2026-03-11' });
    expect(plan!.promise).toMatch(/not the end of care/);
    expect(plan!.raised).toBeUndefined();
    expect(plan!.clientAgreedAt).not.toBeNull();
  });

  it('three soon messages in a week raise a step-back-up signal on Dana’s caseload, which changes nothing by itself', async () => {
    const sam = t.demo.clients.sam;
    const caseload = async () => ((await as('dana', 'GET', '/api/v1/clients')).json() as Caseload).clients.find((c) => c.clientId === sam)!.signals;
    expect((await caseload()).stepUp?.raised).toEqual([]);
    for (const [i, body] of ['I keep thinking about the off-week', 'Can we talk about Thursday?', 'Still feeling wobbly'].entries()) {
      const sent = await t.request({
        method: 'POST',
        url: `/api/v1/clients/${sam}/messages`,
        cookie: await t.signIn('sam'),
        body: { intent: 'soon', body },
        headers: { 'idempotency-key': `step-up-signal-${i}` },
      });
      expect(sent.statusCode).toBe(201);
    }
    const signals = await caseload();
    expect(signals.stepUp!.raised).toEqual([expect.objectContaining({ kind: 'soon_messages', detail: '3 ‘soon’ messages in the last 7 days' })]);
    expect(signals.appointments!.next).not.toBeNull();
    // The GP on Sam's team does not decide sessions and is not shown the signal.
    const patel = ((await as('patel', 'GET', '/api/v1/clients')).json() as Caseload).clients.find((c) => c.clientId === sam);
    expect(patel?.signals.stepUp ?? null).toBeNull();
    const plan = ((await as('dana', 'GET', `/api/v1/clients/${sam}/step-down-plan`)).json() as StepDownPlanResponse).plan!;
    expect(plan.status).toBe('active');
    expect(plan.can.stepUp).toBe(true);
  });

  it('stepping back up is one call: weekly sessions again to the plan’s end, shown as care', async () => {
    const sam = t.demo.clients.sam;
    const before = (await as('sam', 'GET', `/api/v1/clients/${sam}/agreement`)).json() as AgreementResponse;
    expect(before.current!.terms.offWeeks).toContainEqual(expect.objectContaining({ start: '2026-03-05', end: '2026-03-11' }));
    const told = async () =>
      (await as('sam', 'GET', '/api/v1/notifications')).json().notifications.filter((n: { kind: string }) => n.kind === 'sessions_stepped_up');
    expect(await told()).toEqual([]);
    const res = await as('dana', 'POST', `/api/v1/clients/${sam}/step-down-plan/step-up`, { intervalWeeks: 1 });
    expect(res.statusCode).toBe(200);
    expect((res.json() as StepDownPlanResponse).plan).toMatchObject({ status: 'stepped_up' });
    const list = (
      await as('sam', 'GET', `/api/v1/clients/${sam}/appointments?${window('2026-03-02T12:00:00Z', '2026-04-06T00:00:00Z')}`)
    ).json() as AppointmentList;
    const weekly = list.appointments.filter((a) => a.status === 'scheduled' && a.kind === 'video' && a.seriesId);
    expect(weekly.map((a) => a.start.slice(0, 10))).toEqual(['2026-03-05', '2026-03-12', '2026-03-19', '2026-03-26', '2026-04-02']);
    expect((await as('dana', 'GET', '/api/v1/clients')).json().clients.find((c: { clientId: string }) => c.clientId === sam).signals.stepUp).toBeNull();

    // The plan's off-week still to come leaves the agreement: a new version, in force at once, that both see.
    for (const who of ['sam', 'dana'] as const) {
      const after = (await as(who, 'GET', `/api/v1/clients/${sam}/agreement`)).json() as AgreementResponse;
      expect(after.current).toMatchObject({
        version: before.current!.version + 1,
        status: 'in_force',
        basis: 'step_up',
        clientSignedAt: before.current!.clientSignedAt,
      });
      expect(after.current!.terms.offWeeks).toEqual([]);
      expect({ ...after.current!.terms, offWeeks: before.current!.terms.offWeeks }).toEqual(before.current!.terms);
    }
    // In what was the off-week, Sam may ask for an appointment again.
    t.clock.set('2026-03-06T10:00:00Z');
    try {
      expect((await as('sam', 'GET', `/api/v1/clients/${sam}/appointment-requests/options`)).json()).toMatchObject({ allowed: true });
    } finally {
      t.clock.set('2026-03-02T10:00:00Z');
    }
    // Never silent: Sam is told once, in words of care, and the change is in the audit trail.
    expect(await told()).toEqual([expect.objectContaining({ title: expect.stringMatching(/More sessions are back in your plan/), clientId: sam })]);
    const audited = await t.deps.database.db
      .select({ action: auditEvents.action, reason: auditEvents.reason })
      .from(auditEvents)
      .where(and(eq(auditEvents.clientId, sam), eq(auditEvents.action, 'agreement.offWeeksRemoved')));
    expect(audited).toEqual([{ action: 'agreement.offWeeksRemoved', reason: expect.stringMatching(/^step_down_plan:/) }]);
  });
});
