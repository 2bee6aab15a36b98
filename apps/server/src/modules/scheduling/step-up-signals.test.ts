import type { Caseload, StepDownPlanResponse } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { useTestApp } from '../../testing/test-app';

// Monday 2 March 2026. Sam's demo check-ins end yesterday in a stable stretch; her plan agrees both signals.
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
// The clock moves by days: a session kept from the day before would have timed out.
const signIn = freshSignIns(t);

async function as(who: 'dana' | 'sam' | 'patel', method: string, url: string, body?: unknown) {
  return t.request({ method, url, cookie: await signIn(who), ...(body !== undefined ? { body } : {}) });
}
const samOnCaseloadOf = async (who: 'dana' | 'patel') =>
  ((await as(who, 'GET', '/api/v1/clients')).json() as Caseload).clients.find((c) => c.clientId === t.demo.clients.sam);

describe('the step-back-up signal "check-ins below baseline for 5 days" (SPEC §2.4)', () => {
  it('is raised on Dana’s caseload and plan by five low check-ins in a row, and changes nothing by itself', async () => {
    const sam = t.demo.clients.sam;
    expect((await samOnCaseloadOf('dana'))!.signals.stepUp).toMatchObject({ raised: [] });
    const moods = [3, 2, 3, 2, 2];
    for (const [i, mood] of moods.entries()) {
      t.clock.set(new Date(Date.parse('2026-03-02T10:00:00Z') + i * 86_400_000).toISOString());
      const sent = await as('sam', 'POST', `/api/v1/clients/${sam}/checkins`, { mood });
      expect(sent.statusCode).toBe(201);
      const raised = (await samOnCaseloadOf('dana'))!.signals.stepUp!.raised.map((r) => r.kind);
      // Four low days are not yet the agreed signal; the fifth is.
      expect(raised).toEqual(i < moods.length - 1 ? [] : ['checkins_below_baseline']);
    }
    const signal = (await samOnCaseloadOf('dana'))!.signals.stepUp!.raised[0]!;
    expect(signal.detail).toMatch(/^Mood below their usual range 5 days running \(3, 2, 3, 2, 2; usually \d+(\.\d)? or more\)$/);
    expect(signal.since).toBe('2026-03-02T00:00:00.000Z');

    const plan = ((await as('dana', 'GET', `/api/v1/clients/${sam}/step-down-plan`)).json() as StepDownPlanResponse).plan!;
    expect(plan.raised!.map((r) => r.kind)).toEqual(['checkins_below_baseline']);
    expect(plan).toMatchObject({ status: 'active', can: { stepUp: true } });
    // The GP on Sam's team does not decide sessions and is not shown it; Sam never sees signals.
    expect((await samOnCaseloadOf('patel'))?.signals.stepUp ?? null).toBeNull();
    expect(((await as('sam', 'GET', `/api/v1/clients/${sam}/step-down-plan`)).json() as StepDownPlanResponse).plan!.raised).toBeUndefined();

    // The next day, before Sam checks in, the run still ends yesterday; a usual day ends it.
    t.clock.set('2026-03-07T08:00:00Z');
    expect((await samOnCaseloadOf('dana'))!.signals.stepUp!.raised).toHaveLength(1);
    expect((await as('sam', 'POST', `/api/v1/clients/${sam}/checkins`, { mood: 7 })).statusCode).toBe(201);
    expect((await samOnCaseloadOf('dana'))!.signals.stepUp!.raised).toEqual([]);
  });
});
