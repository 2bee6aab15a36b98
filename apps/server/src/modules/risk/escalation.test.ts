import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { FlagDetail, FlagEvent, TriageQueue } from '@steadfast/contracts';
import { systemCtx } from '../../http/context';
import { jobs } from '../../jobs/jobs.tables';
import { notifications } from '../notifications/notifications.tables';
import { createOtherPractice } from '../../testing/factories';
import { useTestApp, type TestApp } from '../../testing/test-app';
import { practices } from '../practices/practices.tables';
import { takeStep } from './escalation.service';
import { screenAndFlag } from './risk.service';

const t = useTestApp();

const MIN = 60_000;
const PILLS = "I have the pills in front of me and I'm going tonight";

let keys = 0;
async function raiseFromSam(app: TestApp, body: string, intent = 'share'): Promise<string> {
  keys += 1;
  const res = await app.request({
    method: 'POST',
    url: `/api/v1/clients/${app.demo.clients.sam}/messages`,
    cookie: await app.signIn('sam'),
    body: { intent, body },
    headers: { 'idempotency-key': `escalation-test-${keys}-${Date.now()}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  const messageId = res.json().message.id as string;
  const queue = (await app.request({ method: 'GET', url: '/api/v1/triage', cookie: await app.signIn('dana') })).json() as TriageQueue;
  return queue.items.find((i) => i.messageId === messageId)!.flagId!;
}

async function historyOf(app: TestApp, flagId: string): Promise<FlagEvent[]> {
  const res = await app.request({ method: 'GET', url: `/api/v1/flags/${flagId}`, cookie: await app.signIn('dana') });
  expect(res.statusCode).toBe(200);
  return (res.json() as FlagDetail).history;
}

function steps(history: FlagEvent[]) {
  return history.flatMap((h) =>
    h.kind === 'step'
      ? [{ step: h.step, at: h.at, told: h.notified.map((n) => `${n.person.name}:${n.reason}`), channels: h.notified.map((n) => n.channels) }]
      : [],
  );
}

describe('the escalation ladder', () => {
  it('tells on-call and the primary at once, then on-call again, the backup and the lead, each exactly one window apart', async () => {
    const raisedAt = t.clock.now().getTime();
    const flagId = await raiseFromSam(t, PILLS);
    await t.runner.runDue();
    expect(steps(await historyOf(t, flagId))).toMatchObject([
      { step: 0, at: new Date(raisedAt).toISOString(), told: ['Omar Haddad:on_call', 'Dana Reyes:primary'] },
    ]);

    // One millisecond before the 5-minute window breaches, nothing more happens.
    t.clock.advance(5 * MIN - 1);
    await t.runner.runDue();
    expect(steps(await historyOf(t, flagId))).toHaveLength(1);

    const expected = [
      { step: 1, told: ['Omar Haddad:on_call'] },
      { step: 2, told: ['Dana Reyes:backup'] },
      { step: 3, told: ['Ada Okafor:lead'] },
    ];
    t.clock.advance(1);
    for (const [i, want] of expected.entries()) {
      if (i > 0) t.clock.advance(5 * MIN);
      await t.runner.runDue();
      const taken = steps(await historyOf(t, flagId));
      expect(taken).toHaveLength(i + 2);
      expect(taken[i + 1]).toMatchObject({ ...want, at: new Date(raisedAt + (i + 1) * 5 * MIN).toISOString() });
      // Every step after the first is urgent: it always goes by e-mail as well as in the app.
      expect(taken[i + 1]!.channels[0]).toEqual(expect.arrayContaining(['in_app', 'email']));
    }

    // The ladder ends with the lead: an hour later there is no fifth step, and the system never calls anyone else.
    t.clock.advance(60 * MIN);
    await t.runner.runDue();
    expect(steps(await historyOf(t, flagId))).toHaveLength(4);
    const stepJobs = await t.deps.database.db
      .select()
      .from(jobs)
      .where(like(jobs.dedupeKey, `flag:${flagId}:step:%`));
    expect(stepJobs.map((j) => j.dedupeKey).sort()).toEqual([0, 1, 2, 3].map((n) => `flag:${flagId}:step:${n}`));
    expect(stepJobs.every((j) => j.doneAt !== null)).toBe(true);
  });

  it('shows where the ladder stands in the queue: the last step taken and when the next one falls due', async () => {
    const raisedAt = t.clock.now().getTime();
    const flagId = await raiseFromSam(t, PILLS);
    await t.runner.runDue();
    const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await t.signIn('omar') })).json() as TriageQueue;
    expect(queue.items.find((i) => i.flagId === flagId)).toMatchObject({
      escalationStep: 0,
      dueBy: new Date(raisedAt + 5 * MIN).toISOString(),
      nextEscalationAt: new Date(raisedAt + 5 * MIN).toISOString(),
    });
    await t.request({ method: 'POST', url: `/api/v1/flags/${flagId}/acknowledge`, cookie: await t.signIn('omar'), body: { note: 'Spoke with Sam.' } });
  });

  it('stops at the acknowledgement: no later step fires', async () => {
    const flagId = await raiseFromSam(t, 'Please call me when you can', 'crisis');
    await t.runner.runDue();
    t.clock.advance(30 * MIN);
    await t.runner.runDue();
    expect(steps(await historyOf(t, flagId)).map((s) => s.step)).toEqual([0, 1]);

    const ack = await t.request({
      method: 'POST',
      url: `/api/v1/flags/${flagId}/acknowledge`,
      cookie: await t.signIn('omar'),
      body: { note: 'Called Sam back; talked it through.' },
    });
    expect(ack.statusCode).toBe(200);
    t.clock.advance(3 * 30 * MIN);
    await t.runner.runDue();
    const history = await historyOf(t, flagId);
    expect(history.map((h) => h.kind)).toEqual(['raised', 'step', 'step', 'acknowledged']);
    // The next step's job ran and did nothing, so it will not be tried again.
    const [next] = await t.deps.database.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `flag:${flagId}:step:2`));
    expect(next!.doneAt).not.toBeNull();
  });

  it("keeps the practice's own windows, fixed when the flag is raised", async () => {
    const db = t.deps.database.db;
    await db
      .update(practices)
      .set({ policies: { escalation: { imminentMinutes: 2, highMinutes: 10 } } })
      .where(eq(practices.id, t.demo.practiceId));
    try {
      const raisedAt = t.clock.now().getTime();
      const flagId = await raiseFromSam(t, PILLS);
      await db
        .update(practices)
        .set({ policies: { escalation: { imminentMinutes: 20 } } })
        .where(eq(practices.id, t.demo.practiceId));
      await t.runner.runDue();
      t.clock.advance(2 * MIN);
      await t.runner.runDue();
      expect(steps(await historyOf(t, flagId)).map((s) => [s.step, s.at])).toEqual([
        [0, new Date(raisedAt).toISOString()],
        [1, new Date(raisedAt + 2 * MIN).toISOString()],
      ]);
      await t.request({ method: 'POST', url: `/api/v1/flags/${flagId}/acknowledge`, cookie: await t.signIn('omar'), body: { note: 'Handled.' } });
    } finally {
      await db.update(practices).set({ policies: {} }).where(eq(practices.id, t.demo.practiceId));
    }
  });

  it('a crisis message raised at high tells on call and the primary urgently at once; a high flag from words alone waits for its window', async () => {
    const urgencyOfFirstNotices = async (flagId: string) => {
      await t.runner.runDue();
      const rows = await t.deps.database.db
        .select({ userId: notifications.userId, urgent: notifications.urgent })
        .from(notifications)
        .where(and(eq(notifications.subjectId, flagId), eq(notifications.kind, 'flag_raised')));
      return Object.fromEntries(rows.map((r) => [r.userId === t.demo.people.omar ? 'omar' : r.userId === t.demo.people.dana ? 'dana' : r.userId, r.urgent]));
    };
    const crisis = await raiseFromSam(t, 'Please call me when you can', 'crisis');
    const words = await raiseFromSam(t, 'Sometimes I wish I was dead');
    const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await t.signIn('omar') })).json() as TriageQueue;
    expect([crisis, words].map((id) => queue.items.find((i) => i.flagId === id)!.level)).toEqual(['high', 'high']);

    expect(await urgencyOfFirstNotices(crisis)).toEqual({ omar: true, dana: true });
    // Urgent notices always go by e-mail too, whatever the person's preference.
    expect(steps(await historyOf(t, crisis))[0]!.channels.every((c) => c.includes('email'))).toBe(true);
    expect(await urgencyOfFirstNotices(words)).toEqual({ omar: false, dana: false });
    for (const id of [crisis, words]) {
      await t.request({ method: 'POST', url: `/api/v1/flags/${id}/acknowledge`, cookie: await t.signIn('omar'), body: { note: 'Called Sam back.' } });
    }
  });

  it('with nobody on call, no backup and no named lead, each step reaches the next person up the ladder', async () => {
    const db = t.deps.database.db;
    const other = await createOtherPractice(db);
    const { flagId } = await db.transaction((tx) =>
      screenAndFlag(systemCtx(t.deps, other.practice.id, tx), { clientId: other.client.id, sourceType: 'message', sourceId: crypto.randomUUID(), text: PILLS }),
    );
    const told: string[][] = [];
    for (let step = 0; step <= 3; step += 1) {
      await t.runner.runDue();
      const [row] = await db
        .select()
        .from(jobs)
        .where(and(eq(jobs.dedupeKey, `flag:${flagId}:step:${step}`)));
      expect(row!.doneAt, `step ${step}`).not.toBeNull();
      const events = await db.query.flagEvents.findMany({ where: (e, { eq: is }) => is(e.flagId, flagId!) });
      told.push(events.find((e) => e.step === step)!.notified.map((n) => `${n.userId === other.clinician.id ? 'clinician' : 'admin'}:${n.reason}`));
      t.clock.advance(5 * MIN);
    }
    expect(told).toEqual([['clinician:primary'], ['clinician:primary'], ['admin:admin'], ['admin:admin']]);
  });

  it('a step run a second time (a retry after a crash) records nothing more', async () => {
    const flagId = await raiseFromSam(t, PILLS);
    await t.runner.runDue();
    await t.deps.database.db.transaction((tx) => takeStep(systemCtx(t.deps, t.demo.practiceId, tx), flagId, 0));
    expect(steps(await historyOf(t, flagId)).map((s) => s.step)).toEqual([0]);
    await t.request({ method: 'POST', url: `/api/v1/flags/${flagId}/acknowledge`, cookie: await t.signIn('omar'), body: { note: 'Handled.' } });
  });
});
