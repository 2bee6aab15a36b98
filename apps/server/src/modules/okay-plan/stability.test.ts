import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { StabilityView } from '@steadfast/contracts';
import { auditEvents } from '../audit/audit.tables';
import { createOtherPractice } from '../../testing/factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { useTestApp } from '../../testing/test-app';

// Sam's demo check-ins (60 days ending yesterday) end in a calm stretch at or above her own median.
const t = useTestApp({ clockStart: '2026-03-04T12:00:00Z' });
const as = freshSignIns(t);
const sam = () => t.demo.clients.sam;
const url = (path = '') => `/api/v1/clients/${sam()}${path}`;

async function stability(): Promise<StabilityView> {
  const res = await t.request({ method: 'GET', url: url('/stability'), cookie: await as('dana') });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('stable stretches on the real database (SPEC §2.6)', () => {
  it('finds the stretch Sam’s check-ins end in, against her own median mood', async () => {
    const view = await stability();
    expect(view.thresholds).toMatchObject({ minDays: 7, moodFloorFrom: 'baseline', maxUrgeSpread: 1, dipDays: 1 });
    expect(view.thresholds.moodFloor).toBeGreaterThanOrEqual(5);
    expect(view.current).not.toBeNull();
    expect(view.current!.days).toBeGreaterThanOrEqual(9);
    expect(view.current!.through).toBe('2026-03-03'); // her last check-in, yesterday
    expect(view.recent.at(-1)).toEqual(view.current);
    expect(view.can.configure).toBe(true);
    // Sam's home offers her okay plan and notes first, saying nothing of why; the flag is hers alone.
    const notes = async (who: 'sam' | 'dana') =>
      (await t.request({ method: 'GET', url: url('/reassurance-notes'), cookie: await as(who) })).json().offerOkayPlan;
    expect(await notes('sam')).toBe(true);
    expect(await notes('dana')).toBe(false);
  });

  it('follows Sam’s own thresholds: a longer N hides the stretch until it is reached, a null restores the default', async () => {
    const current = (await stability()).current!;
    const longer = await t.request({
      method: 'PUT',
      url: url('/stability'),
      cookie: await as('dana'),
      body: { minDays: current.checkins + 1, moodFloor: null, maxUrgeSpread: null, dipDays: null },
    });
    expect(longer.statusCode).toBe(200);
    expect((longer.json() as StabilityView).current).toBeNull();
    const floor = await t.request({
      method: 'PUT',
      url: url('/stability'),
      cookie: await as('dana'),
      body: { minDays: null, moodFloor: 9, maxUrgeSpread: null, dipDays: null },
    });
    expect((floor.json() as StabilityView).thresholds).toMatchObject({ moodFloor: 9, moodFloorFrom: 'setting' });
    expect((floor.json() as StabilityView).current).toBeNull();
    const reset = await t.request({
      method: 'PUT',
      url: url('/stability'),
      cookie: await as('dana'),
      body: { minDays: null, moodFloor: null, maxUrgeSpread: null, dipDays: null },
    });
    expect((reset.json() as StabilityView).current).toEqual(current);
    const invalid = await t.request({
      method: 'PUT',
      url: url('/stability'),
      cookie: await as('dana'),
      body: { minDays: 1, moodFloor: null, maxUrgeSpread: null, dipDays: null },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('validation_failed');
    // In range but finer than a 4-byte real holds (the fuzzer's 500): refused at the edge, nothing written.
    for (const moodFloor of [7.4e-323, 6.25]) {
      const tooFine = await t.request({
        method: 'PUT',
        url: url('/stability'),
        cookie: await as('dana'),
        body: { minDays: null, moodFloor, maxUrgeSpread: null, dipDays: null },
      });
      expect(tooFine.statusCode).toBe(400);
      expect(tooFine.json().error.code).toBe('validation_failed');
    }
    expect((await stability()).thresholds.moodFloorFrom).not.toBe('setting');
  });

  it('is for the care team with the check-ins scope: Sam never sees a label, the GP without the scope is refused, another practice is not found', async () => {
    expect((await t.request({ method: 'GET', url: url('/stability'), cookie: await as('sam') })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: url('/stability'), cookie: await as('patel') })).statusCode).toBe(403);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: url('/stability'),
          cookie: await as('patel'),
          body: { minDays: 5, moodFloor: null, maxUrgeSpread: null, dipDays: null },
        })
      ).statusCode,
    ).toBe(403);
    const other = await createOtherPractice(t.deps.database.db);
    expect((await t.request({ method: 'GET', url: `/api/v1/clients/${other.client.id}/stability`, cookie: await as('dana') })).statusCode).toBe(404);
  });

  it('sends a caring note in one click: in Dana’s name into the conversation, audited, asking nothing', async () => {
    const res = await t.request({ method: 'POST', url: url('/caring-contacts/now'), cookie: await as('dana'), body: {} });
    expect(res.statusCode).toBe(201);
    const { contact } = res.json();
    expect(contact).toMatchObject({ status: 'sent', warnings: [] });
    expect(contact.body).toMatch(/^(Hello )?Sam,/);
    const convo = await t.request({ method: 'GET', url: url('/messages'), cookie: await as('sam') });
    const mine = convo.json().messages.filter((m: { id: string }) => m.id === contact.messageId);
    expect(mine).toHaveLength(1);
    expect(mine[0].author.name).toBe('Dana Reyes');
    const audited = await t.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, contact.id)));
    expect(audited.map((a) => a.action).sort()).toEqual(['caringContacts.send', 'caringContacts.sendNow']);
    // Not for the GP, nor the client; words that ask something still go, with the gentle warning.
    expect((await t.request({ method: 'POST', url: url('/caring-contacts/now'), cookie: await as('patel'), body: {} })).statusCode).toBe(403);
    const asking = await t.request({ method: 'POST', url: url('/caring-contacts/now'), cookie: await as('dana'), body: { body: 'Sam, how are you doing?' } });
    expect(asking.json().contact.warnings).toHaveLength(1);
  });

  it('ends the stretch on a day of distress (a crisis message), keeping it in the history, never as a failure', async () => {
    const before = (await stability()).current!;
    const crisis = await t.request({
      method: 'POST',
      url: url('/messages'),
      cookie: await as('sam'),
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { intent: 'crisis', body: 'Tonight feels hard.' },
    });
    expect(crisis.statusCode).toBe(201);
    const after = await stability();
    expect(after.current).toBeNull();
    expect(after.recent.at(-1)).toEqual(before);
    expect((await t.request({ method: 'GET', url: url('/reassurance-notes'), cookie: await as('sam') })).json().offerOkayPlan).toBe(false);
  });

  it('ends it on a measure in the moderate band too', async () => {
    // A week of calm check-ins after the crisis, one each evening, makes a new stretch…
    for (let d = 5; d <= 11; d += 1) {
      t.clock.set(new Date(`2026-03-${String(d).padStart(2, '0')}T19:00:00Z`));
      const res = await t.request({ method: 'POST', url: url('/checkins'), cookie: await as('sam'), body: { mood: 8, urges: { selfHarm: 0, sabotage: 0 } } });
      expect(res.statusCode).toBe(201);
    }
    t.clock.set(new Date('2026-03-12T12:00:00Z'));
    expect((await stability()).current).toMatchObject({ since: '2026-03-05', through: '2026-03-11' });
    // …and a PHQ-9 of 10 today ends it.
    const phq = await t.request({
      method: 'POST',
      url: url('/measures'),
      cookie: await as('sam'),
      body: { instrument: 'phq9', answers: [2, 2, 1, 1, 1, 1, 1, 1, 0] },
    });
    expect(phq.statusCode).toBe(201);
    expect((await stability()).current).toBeNull();
  });
});
