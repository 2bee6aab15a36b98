import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { CaseloadEntry, CheckinResponse, CheckinTrends, FlagDetail, TriageQueue } from '@steadfast/contracts';
import { createOtherPractice } from '../../testing/factories';
import { signInNow } from '../../testing/sign-in-now';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { clients } from '../care-teams/care-teams.tables';
import { auditEvents } from '../audit/audit.tables';
import { realtimeEvents } from '../realtime/realtime.tables';
import { shiftDay } from './check-ins.days';
import { moodBaselineOf, trendsCsv } from './check-ins.trends';

const t = useTestApp();

const url = (clientId: string, rest = '') => `/api/v1/clients/${clientId}/checkins${rest}`;

async function post(app: TestApp, who: 'sam' | 'alex' | 'dana', clientId: string, body: unknown) {
  return app.request({ method: 'POST', url: url(clientId), cookie: await signInNow(app, who), body });
}

async function setZone(app: TestApp, clientId: string, timeZone: string) {
  await app.deps.database.db
    .update(clients)
    .set({ timeZone })
    .where(and(eq(clients.practiceId, app.demo.practiceId), eq(clients.id, clientId)));
}

describe('POST /checkins: validation (SPEC §4)', () => {
  it('refuses out-of-range answers, unknown urge names and unknown fields with 400 in the one error shape', async () => {
    const sam = t.demo.clients.sam;
    for (const body of [
      { mood: 11 },
      { mood: -1 },
      { mood: 5.5 },
      { mood: 5, urges: { selfHarm: 6 } },
      { mood: 5, medication: 'sometimes' },
      { mood: 5, colour: 'blue' },
      { mood: 5, urges: { doomscrolling: 2 } },
      { mood: 5, actedOn: ['doomscrolling'] },
    ]) {
      const res = await post(t, 'sam', sam, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation_failed' });
    }
    const unknown = await post(t, 'sam', sam, { mood: 5, urges: { doomscrolling: 2 } });
    expect(unknown.json().error.details).toEqual({ field: 'urges', unknown: ['doomscrolling'] });
  });

  it("answers 404 for another client's id and for another practice's client; a clinician cannot write one", async () => {
    expect((await post(t, 'sam', t.demo.clients.alex, { mood: 5 })).statusCode).toBe(404);
    const other = await createOtherPractice(t.deps.database.db);
    expect((await post(t, 'sam', other.client.id, { mood: 5 })).statusCode).toBe(404);
    const dana = await t.request({ method: 'GET', url: url(other.client.id), cookie: await signInNow(t, 'dana') });
    expect(dana.statusCode).toBe(404);
    expect((await post(t, 'dana', t.demo.clients.sam, { mood: 5 })).statusCode).toBe(403);
  });

  it('refuses a future day and a day older than the back-dating window, and records both dates when back-dated', async () => {
    t.clock.set('2026-03-04T10:00:00Z');
    const sam = t.demo.clients.sam;
    expect((await post(t, 'sam', sam, { mood: 5, date: '2026-03-05' })).statusCode).toBe(400);
    expect((await post(t, 'sam', sam, { mood: 5, date: '2026-02-20' })).statusCode).toBe(400);
    const late = await post(t, 'sam', sam, { mood: 4, date: '2026-03-03', note: 'Filling in yesterday.' });
    expect(late.statusCode, late.body).toBe(201);
    expect((late.json() as CheckinResponse).checkin).toMatchObject({ date: '2026-03-03', enteredOn: '2026-03-04', mood: 4 });
  });
});

describe('one check-in per client and day, in the client’s zone', () => {
  it('updates the same local day across midnight UTC (200), and starts a new one after local midnight (201)', async () => {
    const alex = t.demo.clients.alex;
    await setZone(t, alex, 'America/New_York');
    t.clock.set('2026-03-05T23:30:00Z'); // 18:30 in New York, 5 March
    const first = await post(t, 'alex', alex, { mood: 4, urges: { selfHarm: 0 } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().checkin.date).toBe('2026-03-05');
    t.clock.set('2026-03-06T00:30:00Z'); // past midnight UTC, still 19:30 on 5 March in New York
    const second = await post(t, 'alex', alex, { mood: 6, note: 'Evening was better.' });
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json()).toMatchObject({ updated: true, checkin: { id: first.json().checkin.id, date: '2026-03-05', mood: 6 } });
    t.clock.set('2026-03-06T05:30:00Z'); // 00:30 on 6 March in New York
    const third = await post(t, 'alex', alex, { mood: 5 });
    expect(third.statusCode).toBe(201);
    expect(third.json().checkin.date).toBe('2026-03-06');
    const list = await t.request({ method: 'GET', url: url(alex, '?from=2026-03-05&to=2026-03-06'), cookie: await signInNow(t, 'alex') });
    expect(list.json().checkins.map((c: { date: string; mood: number }) => [c.date, c.mood])).toEqual([
      ['2026-03-05', 6],
      ['2026-03-06', 5],
    ]);
    await setZone(t, alex, 'Europe/London');
  });

  it('applies an outbox resend with the same key once, and keeps a later edit', async () => {
    t.clock.set('2026-03-07T09:00:00Z');
    const alex = t.demo.clients.alex;
    const first = await post(t, 'alex', alex, { mood: 3, clientKey: 'device-abc-123' });
    expect(first.statusCode).toBe(201);
    const edit = await post(t, 'alex', alex, { mood: 5, clientKey: 'device-abc-456' });
    expect(edit.statusCode).toBe(200);
    const resend = await post(t, 'alex', alex, { mood: 5, clientKey: 'device-abc-456' });
    expect(resend.json().checkin.mood).toBe(5);
  });

  it('writes one audit row and one real-time event per change, and none for a resend', async () => {
    t.clock.set('2026-03-08T09:00:00Z');
    const alex = t.demo.clients.alex;
    const trail = async (id: string) => {
      const db = t.deps.database.db;
      const audits = await db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.subjectType, 'checkin'), eq(auditEvents.subjectId, id)));
      const events = await db.select({ type: realtimeEvents.type }).from(realtimeEvents).where(eq(realtimeEvents.subjectId, id));
      return { audits: audits.map((a) => a.action).sort(), events: events.map((e) => e.type) };
    };
    const first = await post(t, 'alex', alex, { mood: 4, clientKey: 'device-trail-1' });
    expect(first.statusCode).toBe(201);
    const id = first.json().checkin.id as string;
    expect(await trail(id)).toEqual({ audits: ['checkins.create'], events: ['checkin.saved'] });
    expect((await post(t, 'alex', alex, { mood: 4, clientKey: 'device-trail-1' })).json()).toMatchObject({ updated: true, checkin: { id, mood: 4 } });
    expect(await trail(id)).toEqual({ audits: ['checkins.create'], events: ['checkin.saved'] });
    const edit = await post(t, 'alex', alex, { mood: 6, clientKey: 'device-trail-2' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ updated: true, showCrisisRoutes: false, checkin: { id, mood: 6, date: '2026-03-08', enteredOn: '2026-03-08' } });
    expect(await trail(id)).toEqual({ audits: ['checkins.create', 'checkins.update'], events: ['checkin.saved', 'checkin.saved'] });
  });
});

describe('risk from a check-in', () => {
  it('an urge of 5/5 to self-harm enters Omar’s triage and its ladder runs; the client sees crisis routes, never a label', async () => {
    t.clock.set('2026-03-08T10:00:00Z');
    const res = await post(t, 'sam', t.demo.clients.sam, { mood: 2, urges: { selfHarm: 5 }, note: 'Rough night.' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as CheckinResponse;
    expect(body.showCrisisRoutes).toBe(true);
    expect(body.checkin.risk).toBeUndefined();
    expect(JSON.stringify(body)).not.toMatch(/high|imminent|concern/);

    const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await signInNow(t, 'omar') })).json() as TriageQueue;
    const item = queue.items.find((i) => i.sourceType === 'checkin' && i.clientId === t.demo.clients.sam);
    expect(item).toMatchObject({ level: 'high', reasons: [expect.objectContaining({ construct: 'structured_urge_self_harm' })] });

    await t.runner.runDue();
    const detail = async () =>
      (await t.request({ method: 'GET', url: `/api/v1/flags/${item!.flagId}`, cookie: await signInNow(t, 'omar') })).json() as FlagDetail;
    expect((await detail()).history.filter((h) => h.kind === 'step')).toHaveLength(1);
    t.clock.set(new Date(Date.parse(item!.dueBy) + 1000));
    await t.runner.runDue();
    expect((await detail()).history.filter((h) => h.kind === 'step').length).toBeGreaterThanOrEqual(2);

    // Dana reads the check-in with its screen result.
    const list = await t.request({ method: 'GET', url: url(t.demo.clients.sam, '?from=2026-03-08&to=2026-03-08'), cookie: await signInNow(t, 'dana') });
    expect(list.json().checkins[0].risk.level).toBe('high');
  });

  it('acting on a self-harm urge flags even at urge 0; editing the same day adds no second flag', async () => {
    t.clock.set('2026-03-09T10:00:00Z');
    const first = await post(t, 'alex', t.demo.clients.alex, { mood: 4, urges: { selfHarm: 0 }, actedOn: ['selfHarm'] });
    expect(first.json().showCrisisRoutes).toBe(true);
    const again = await post(t, 'alex', t.demo.clients.alex, { mood: 5, urges: { selfHarm: 0 }, actedOn: ['selfHarm'] });
    expect(again.statusCode).toBe(200);
    const flags = await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.alex}/flags`, cookie: await signInNow(t, 'dana') });
    expect(flags.json().flags.filter((f: { sourceType: string }) => f.sourceType === 'checkin')).toHaveLength(1);
  });

  it('medication "no" two days running is a self-neglect concern on the caseload, not a flag and not shown to the client', async () => {
    const alex = t.demo.clients.alex;
    for (const [at, date] of [
      ['2026-03-10T10:00:00Z', undefined],
      ['2026-03-11T10:00:00Z', undefined],
    ] as const) {
      t.clock.set(at);
      const res = await post(t, 'alex', alex, { mood: 6, medication: 'no', ...(date ? { date } : {}) });
      expect(res.json().showCrisisRoutes).toBe(false);
      expect(JSON.stringify(res.json())).not.toMatch(/concern|neglect/);
    }
    const caseload = (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await signInNow(t, 'dana') })).json() as { clients: CaseloadEntry[] };
    const row = caseload.clients.find((c) => c.clientId === alex)!;
    expect(row.signals.checkins).toMatchObject({ lastCheckinDate: '2026-03-11', daysSinceLast: 0, selfNeglect: { concern: true, medicationNoStreak: 2 } });
  });
});

describe('trends and the caseload', () => {
  it('Sam’s demo series ends yesterday in a stable stretch at or above her baseline, with one dip to a self-harm urge of 4', async () => {
    t.clock.set(t.demo.now);
    const res = await t.request({ method: 'GET', url: url(t.demo.clients.sam, '/trends?range=quarter'), cookie: await signInNow(t, 'dana') });
    expect(res.statusCode, res.body).toBe(200);
    const trends = res.json() as CheckinTrends;
    const filled = trends.days.filter((d) => d.checkedIn);
    expect(filled.length).toBeGreaterThanOrEqual(55);
    expect(trends.days.at(-1)!.checkedIn).toBe(false); // today is not filled in yet
    const lastNine = trends.days.slice(-10, -1);
    expect(lastNine.every((d) => d.checkedIn && d.mood! >= trends.baseline!.median && (d.urges.selfHarm ?? 0) <= 1)).toBe(true);
    expect(Math.max(...filled.map((d) => d.urges.selfHarm ?? 0))).toBe(4);
    expect(trends.measures.filter((m) => m.instrument === 'phq9')).toHaveLength(2);
    expect(trends.measures.filter((m) => m.instrument === 'gad7')).toHaveLength(2);
    expect(trends.measures[0]!.severity).toBeDefined();
  });

  it('a trend ends on the client’s own today on either side of UTC, keeps the baseline of its own days, and is audited', async () => {
    const alex = t.demo.clients.alex;
    const auditCount = async () =>
      (
        await t.deps.database.db
          .select({ seq: auditEvents.seq })
          .from(auditEvents)
          .where(and(eq(auditEvents.clientId, alex), eq(auditEvents.action, 'checkins.trends.read')))
      ).length;
    const trend = async (range: string) =>
      (await t.request({ method: 'GET', url: url(alex, `/trends?range=${range}`), cookie: await signInNow(t, 'dana') })).json() as CheckinTrends;
    // 12:30 UTC on 10 April is already 11 April at UTC+14 and still 10 April at UTC−11.
    for (const [zone, today] of [
      ['Pacific/Kiritimati', '2026-04-11'],
      ['Pacific/Pago_Pago', '2026-04-10'],
    ] as const) {
      await setZone(t, alex, zone);
      t.clock.set('2026-04-10T12:30:00Z');
      expect((await post(t, 'alex', alex, { mood: 7 })).json().checkin.date).toBe(today);
      const before = await auditCount();
      const week = await trend('week');
      expect(week).toMatchObject({ from: shiftDay(today, -6), to: today });
      expect(week.days.at(-1)).toMatchObject({ date: today, checkedIn: true, mood: 7 });
      expect(await auditCount()).toBe(before + 1);
      // The baseline is the one the stable-stretch detector reads (the same 90 days up to today).
      const expected = await moodBaselineOf(t.deps.database.db, t.demo.practiceId, alex, today);
      expect(week.baseline).toEqual(expected);
      expect((await trend('year')).baseline).toEqual(expected);
    }
    await setZone(t, alex, 'Europe/London');
    // Sam's long series has a baseline: a month's chart carries the 90-day band, not one of its 30 days.
    t.clock.set(t.demo.now);
    const sams = (
      await t.request({ method: 'GET', url: url(t.demo.clients.sam, '/trends?range=month'), cookie: await signInNow(t, 'dana') })
    ).json() as CheckinTrends;
    const samBaseline = await moodBaselineOf(t.deps.database.db, t.demo.practiceId, t.demo.clients.sam, sams.to);
    expect(samBaseline?.basedOnDays).toBeGreaterThan(30);
    expect(sams.baseline).toEqual(samBaseline);
  });

  it('the CSV export has exactly the rows the chart draws', async () => {
    const cookie = await signInNow(t, 'sam');
    const json = (await t.request({ method: 'GET', url: url(t.demo.clients.sam, '/trends?range=month'), cookie })).json() as CheckinTrends;
    const csv = await t.request({ method: 'GET', url: url(t.demo.clients.sam, '/export.csv?range=month'), cookie });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body).toBe(trendsCsv(json));
    expect(csv.body.trim().split('\r\n')).toHaveLength(json.days.length + 1);
    // The client's own chart carries no severity labels.
    expect(json.measures.every((m) => m.severity === undefined)).toBe(true);
  });

  it('GP Dr Patel without the checkins scope gets 403 and no caseload check-in signals; Dana gets both', async () => {
    const patel = await signInNow(t, 'patel');
    expect((await t.request({ method: 'GET', url: url(t.demo.clients.sam), cookie: patel })).statusCode).toBe(403);
    const theirs = (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: patel })).json() as { clients: CaseloadEntry[] };
    expect(theirs.clients.find((c) => c.clientId === t.demo.clients.sam)!.signals.checkins).toBeNull();
    const danas = (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await signInNow(t, 'dana') })).json() as { clients: CaseloadEntry[] };
    expect(danas.clients.find((c) => c.clientId === t.demo.clients.sam)!.signals.checkins!.moodLast14).toHaveLength(14);
  });

  it('the clinician configures the catalogue; the client sees no thresholds and cannot configure', async () => {
    const sam = t.demo.clients.sam;
    const put = await t.request({
      method: 'PUT',
      url: url(sam, '/config'),
      cookie: await signInNow(t, 'dana'),
      body: { urges: [{ key: 'skipWater', label: 'Urge to skip drinking' }], selfNeglect: { medicationNoDays: 3, waterSkippedDays: 2, mealsSkippedDays: 2 } },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().urges.map((u: { key: string }) => u.key)).toEqual(['selfHarm', 'sabotage', 'skipWater']);
    const mine = await t.request({ method: 'GET', url: url(sam, '/config'), cookie: await signInNow(t, 'sam') });
    expect(mine.json().selfNeglect).toBeUndefined();
    expect(mine.json().canConfigure).toBe(false);
    expect((await t.request({ method: 'PUT', url: url(sam, '/config'), cookie: await signInNow(t, 'sam'), body: { backdateDays: 9 } })).statusCode).toBe(403);
  });

  it('sends the client’s zone offset and how long it holds, so a phone needs no time-zone data to show their day', async () => {
    t.clock.set('2026-10-24T12:00:00Z'); // British Summer Time ends at 01:00 UTC tomorrow
    const config = (await t.request({ method: 'GET', url: url(t.demo.clients.sam, '/config'), cookie: await signInNow(t, 'sam') })).json();
    expect(config.timeZone).toBe('Europe/London');
    expect(config.zoneOffset).toEqual({ minutes: 60, from: '2026-10-23T00:00:00.000Z', until: '2026-10-25T01:00:00.000Z' });
  });
});
