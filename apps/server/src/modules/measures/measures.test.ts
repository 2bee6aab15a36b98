import { describe, expect, it } from 'vitest';
import type { MeasureResponse, MeasuresDue, TriageQueue } from '@steadfast/contracts';
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
    expect(due.due).toEqual([{ instrument: 'phq9', dueSince: '2026-03-02', expiresOn: '2026-03-05', lastCompletedOn: null }]);
    expect(due.canSchedule).toBe(false);
  });
});
