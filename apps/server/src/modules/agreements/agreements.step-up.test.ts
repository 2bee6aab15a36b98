import type { AgreementResponse, OffWeek } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../testing/test-app';
import { withoutOffWeeks } from './agreements.service';

// Monday 2 March 2026: Sam's demo off-week is 5 to 11 March, signed into her agreement.
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

async function as(who: 'dana' | 'sam' | 'alex', method: string, url: string, body?: unknown) {
  return t.request({ method, url, cookie: await t.signIn(who), ...(body !== undefined ? { body } : {}) });
}
const agreementOf = async (who: 'dana' | 'sam' | 'alex', clientId: string) =>
  (await as(who, 'GET', `/api/v1/clients/${clientId}/agreement`)).json() as AgreementResponse;
const week = (start: string, end: string, reason = 'plan'): OffWeek => ({ start, end, coverClinicianId: null, messagesAllowed: true, reason });

describe('taking a plan’s off-weeks out of the agreement', () => {
  it('keeps what is over, ends one under way yesterday, drops those ahead, and leaves others alone', () => {
    const plan = [
      { start: '2026-02-02', end: '2026-02-08' },
      { start: '2026-03-05', end: '2026-03-11' },
      { start: '2026-04-02', end: '2026-04-08' },
    ];
    const offWeeks = [
      week('2026-02-02', '2026-02-08'),
      week('2026-03-05', '2026-03-11'),
      week('2026-03-20', '2026-03-27', 'holiday'),
      week('2026-04-02', '2026-04-08'),
    ];
    expect(withoutOffWeeks(offWeeks, plan, '2026-03-07')).toEqual([
      week('2026-02-02', '2026-02-08'),
      week('2026-03-05', '2026-03-06'),
      week('2026-03-20', '2026-03-27', 'holiday'),
    ]);
    // On its first day, an off-week under way goes altogether.
    expect(withoutOffWeeks(offWeeks, plan, '2026-03-05')).toEqual([week('2026-02-02', '2026-02-08'), week('2026-03-20', '2026-03-27', 'holiday')]);
    // Nothing of the plan still to come: nothing to change.
    expect(withoutOffWeeks(offWeeks, plan, '2026-04-09')).toBeNull();
    expect(withoutOffWeeks([week('2026-03-20', '2026-03-27', 'holiday')], plan, '2026-03-01')).toBeNull();
  });
});

describe('stepping back up during the off-week (SPEC §2.4)', () => {
  it('ends the off-week yesterday in a version in force at once, and a change waiting to be signed no longer brings it back', async () => {
    const sam = t.demo.clients.sam;
    t.clock.set('2026-03-07T10:00:00Z');
    const before = await agreementOf('sam', sam);
    expect(before.current!.terms.offWeeks).toEqual([expect.objectContaining({ start: '2026-03-05', end: '2026-03-11' })]);
    // Dana has proposed a longer 'soon' window, not yet signed by Sam; the proposal carries the off-week too.
    const proposed = await as('dana', 'POST', `/api/v1/clients/${sam}/agreement/proposals`, {
      terms: { ...before.current!.terms, replyWindows: { before_session: { workingDays: 2 }, soon: { workingDays: 2 } } },
    });
    expect(proposed.statusCode).toBe(201);
    const proposal = (proposed.json() as AgreementResponse).proposed!;

    const res = await as('dana', 'POST', `/api/v1/clients/${sam}/step-down-plan/step-up`, { intervalWeeks: 1 });
    expect(res.statusCode).toBe(200);

    const after = await agreementOf('sam', sam);
    expect(after.current).toMatchObject({ version: proposal.version + 1, basis: 'step_up', status: 'in_force' });
    expect(after.current!.terms.offWeeks).toEqual([expect.objectContaining({ start: '2026-03-05', end: '2026-03-06' })]);
    expect(after.current!.terms.replyWindows).toEqual(before.current!.terms.replyWindows);
    // Dana's change is still there for Sam to sign, without the days that are no longer off.
    expect(after.proposed).toMatchObject({ version: proposal.version + 2, basis: 'signed', clientSignedAt: null });
    expect(after.proposed!.clinicianSignedAt).not.toBeNull();
    expect(after.proposed!.terms.replyWindows!.soon).toEqual({ workingDays: 2 });
    expect(after.proposed!.terms.offWeeks).toEqual(after.current!.terms.offWeeks);
    const options = (await as('sam', 'GET', `/api/v1/clients/${sam}/appointment-requests/options`)).json();
    expect(options).toMatchObject({ allowed: true });
    // Signing it later keeps the off-week ended.
    const signed = await as('sam', 'POST', `/api/v1/clients/${sam}/agreement/sign`, { version: after.proposed!.version });
    expect((signed.json() as AgreementResponse).current!.terms.offWeeks).toEqual(after.current!.terms.offWeeks);
  });

  it('a plan the client has not said yes to yet: its proposed off-week is withdrawn, and the client is told', async () => {
    const alex = t.demo.clients.alex;
    t.clock.set('2026-03-02T10:00:00Z');
    const before = await agreementOf('alex', alex);
    const created = await as('dana', 'POST', `/api/v1/clients/${alex}/step-down-plan`, {
      reason: 'A little more space between sessions, tried gently and together.',
      firstSession: '2026-03-03T09:00',
      kind: 'video',
      phases: [
        { kind: 'sessions', intervalWeeks: 1, until: '2026-03-10' },
        { kind: 'off', weeks: 1 },
        { kind: 'sessions', intervalWeeks: 2, until: null },
      ],
      endsOn: '2026-05-31',
    });
    expect(created.statusCode).toBe(201);
    const waiting = await agreementOf('alex', alex);
    expect(waiting.proposed!.terms.offWeeks).toEqual([expect.objectContaining({ start: '2026-03-17', end: '2026-03-23' })]);
    expect(waiting.current!.version).toBe(before.current!.version);

    const res = await as('dana', 'POST', `/api/v1/clients/${alex}/step-down-plan/step-up`, { intervalWeeks: 1 });
    expect(res.statusCode).toBe(200);
    const after = await agreementOf('alex', alex);
    expect(after.proposed).toBeNull();
    expect(after.current).toEqual(before.current);
    const notices = (await as('alex', 'GET', '/api/v1/notifications')).json().notifications as { kind: string }[];
    expect(notices.filter((n) => n.kind === 'sessions_stepped_up')).toHaveLength(1);
  });
});
