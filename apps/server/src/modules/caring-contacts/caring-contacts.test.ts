import { describe, expect, it } from 'vitest';
import type { CaringContactList } from '@steadfast/contracts';
import { openDatabase } from '../../db/database';
import type { Deps } from '../../http/context';
import { registerJobHandlers } from '../../job-handlers';
import { JobRunner } from '../../jobs/runner';
import { createOtherPractice } from '../../testing/factories';
import { testTarget } from '../../testing/test-database';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';

// 2026-03-02 is a Monday; the tapering schedule crosses the UK's clock change on 29 March.
const t = useTestApp({ clockStart: '2026-03-02T08:00:00Z' });
const DAY = 86_400_000;
const sam = () => t.demo.clients.sam;

/** A fresh sign-in at the test clock's time: the clock jumps weeks ahead, past any session's life. */
async function as(who: DemoKey): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode).toBe(200);
  return sessionCookieFrom(res);
}
const url = (path = '') => `/api/v1/clients/${sam()}/caring-contacts${path}`;

async function contacts(): Promise<CaringContactList> {
  const res = await t.request({ method: 'GET', url: url(), cookie: await as('dana') });
  expect(res.statusCode).toBe(200);
  return res.json();
}

async function conversation(): Promise<{ id: string; body: string; author: { name: string } }[]> {
  const res = await t.request({ method: 'GET', url: `/api/v1/clients/${sam()}/messages`, cookie: await as('sam') });
  return res.json().messages;
}

async function plan(preset: 'tapering' | 'year', startsOn: string) {
  return t.request({ method: 'POST', url: url('/schedule'), cookie: await as('dana'), body: { preset, startsOn } });
}

describe('caring contacts (SPEC §2.6, CLINICAL.md §3.5)', () => {
  it('writes a tapering schedule ahead of time: weekdays, 10:00–16:00 on the London wall clock across the clock change', async () => {
    const res = await plan('tapering', '2026-03-02');
    expect(res.statusCode).toBe(201);
    const planned = (res.json() as CaringContactList).contacts.filter((c) => c.status === 'planned');
    expect(planned).toHaveLength(12);
    const gaps = planned.slice(1).map((c, i) => Math.round((Date.parse(c.dueAt) - Date.parse(planned[i]!.dueAt)) / DAY));
    // Weekly, then fortnightly, then monthly (a day either side when a date falls on a weekend).
    expect(gaps.slice(0, 3).every((g) => g >= 6 && g <= 8)).toBe(true);
    expect(gaps.slice(4, 7).every((g) => g >= 13 && g <= 15)).toBe(true);
    expect(gaps.slice(8).every((g) => g >= 28 && g <= 32)).toBe(true);
    for (const c of planned) {
      const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(
        new Date(c.dueAt),
      );
      const hour = Number(local.find((p) => p.type === 'hour')!.value);
      expect(hour).toBeGreaterThanOrEqual(10);
      expect(hour).toBeLessThan(16);
      expect(['Sat', 'Sun']).not.toContain(local.find((p) => p.type === 'weekday')!.value);
      expect(c.body).toMatch(/^(Hello )?Sam,|^Sam,/);
      expect(c.warnings).toEqual([]);
    }
    // Not every note at the same minute: they should not read as automated.
    expect(new Set(planned.map((c) => new Date(c.dueAt).getUTCMinutes())).size).toBeGreaterThan(3);
  });

  it('warns, without refusing, when a note asks a question or for a reply', async () => {
    const [first] = (await contacts()).contacts.filter((c) => c.status === 'planned');
    const res = await t.request({
      method: 'PUT',
      url: url(`/${first!.id}`),
      cookie: await as('dana'),
      body: { body: 'Sam, how are you? Please let me know.' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().contact.warnings).toHaveLength(2);
    await t.request({ method: 'PUT', url: url(`/${first!.id}`), cookie: await as('dana'), body: { body: 'Sam, thinking of you this week. – Dana' } });
  });

  it('sends each note once at its time, in Dana’s name, unchanged by a crisis in between, leaving waiting messages waiting', async () => {
    const before = (await contacts()).contacts.filter((c) => c.status === 'planned');
    const [first, second] = before;
    // Sam writes a 'soon' message and, days later, a crisis message: the schedule must not move.
    await t.request({
      method: 'POST',
      url: `/api/v1/clients/${sam()}/messages`,
      cookie: await as('sam'),
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { intent: 'soon', body: 'Can we talk about Thursday' },
    });
    t.clock.set(new Date(Date.parse(first!.dueAt) - 60_000));
    await t.runner.runDue();
    expect((await conversation()).some((m) => m.body === first!.body)).toBe(false);

    t.clock.set(new Date(Date.parse(first!.dueAt) + 60_000));
    await t.runner.runDue();
    await t.runner.runDue();
    const sentOnce = (await conversation()).filter((m) => m.body === first!.body);
    expect(sentOnce).toHaveLength(1);
    expect(sentOnce[0]!.author.name).toBe('Dana Reyes');
    const soon = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await as('dana') });
    const samRow = soon.json().clients.find((c: { clientId: string }) => c.clientId === sam());
    expect(samRow.signals.messages.waiting.soon).toBeGreaterThanOrEqual(1);

    const crisis = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${sam()}/messages`,
      cookie: await as('sam'),
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: { intent: 'crisis', body: 'I am not safe tonight' },
    });
    expect(crisis.statusCode).toBe(201);
    const after = (await contacts()).contacts.filter((c) => c.status === 'planned');
    expect(after.map((c) => c.dueAt)).toEqual(before.slice(1).map((c) => c.dueAt));

    t.clock.set(new Date(Date.parse(second!.dueAt) + 60_000));
    await t.runner.runDue();
    expect((await conversation()).filter((m) => m.body === second!.body)).toHaveLength(1);
  });

  it('moves a note to a new time: the old time sends nothing, the new one sends it once', async () => {
    const [next] = (await contacts()).contacts.filter((c) => c.status === 'planned');
    const newTime = new Date(Date.parse(next!.dueAt) + 2 * DAY).toISOString();
    const moved = await t.request({ method: 'PUT', url: url(`/${next!.id}`), cookie: await as('dana'), body: { dueAt: newTime } });
    expect(moved.statusCode).toBe(200);
    t.clock.set(new Date(Date.parse(next!.dueAt) + 60_000));
    await t.runner.runDue();
    expect((await contacts()).contacts.find((c) => c.id === next!.id)!.status).toBe('planned');
    t.clock.set(new Date(Date.parse(newTime) + 60_000));
    await t.runner.runDue();
    expect((await contacts()).contacts.find((c) => c.id === next!.id)!.status).toBe('sent');
    expect((await conversation()).filter((m) => m.body === next!.body)).toHaveLength(1);
  });

  it.skipIf(testTarget !== 'postgres')('sends every note exactly once with two app servers working at once and one restarted between', async () => {
    const second: Deps = { ...t.deps, database: await openDatabase({ url: t.testDb.url! }) };
    const third: Deps = { ...t.deps, database: await openDatabase({ url: t.testDb.url! }) };
    try {
      const all = (await contacts()).contacts.filter((c) => c.status === 'planned');
      const idsBefore = (await conversation()).map((m) => m.id);
      t.clock.set(new Date(Date.parse(all.at(-1)!.dueAt) + 60_000));
      const a = registerJobHandlers(new JobRunner(second));
      const b = registerJobHandlers(new JobRunner(t.deps));
      // Server A takes a few and "dies"; B and a restarted A (a new process: a new pool) run together.
      await a.runDue(2);
      await second.database.close();
      const restarted = registerJobHandlers(new JobRunner(third));
      await Promise.all([b.runDue(), restarted.runDue()]);
      const ids = (await conversation()).map((m) => m.id);
      const sent = (await contacts()).contacts.filter((c) => all.some((p) => p.id === c.id));
      expect(sent.every((c) => c.status === 'sent')).toBe(true);
      for (const c of sent) expect(ids.filter((id) => id === c.messageId)).toHaveLength(1);
      // No message beyond the one per note: the conversation grew by exactly the number of notes.
      expect(ids.length - idsBefore.length).toBe(all.length);
    } finally {
      await third.database.close();
    }
  });

  it('is for the client’s therapists only: the GP and Sam are refused, another practice is not found', async () => {
    for (const who of ['patel', 'sam'] as const) {
      const res = await t.request({ method: 'GET', url: url(), cookie: await as(who) });
      expect(res.statusCode).toBe(403);
    }
    const other = await createOtherPractice(t.deps.database.db);
    const foreign = await t.request({ method: 'GET', url: `/api/v1/clients/${other.client.id}/caring-contacts`, cookie: await as('dana') });
    expect(foreign.statusCode).toBe(404);
    const bad = await t.request({ method: 'POST', url: url('/schedule'), cookie: await as('dana'), body: { preset: 'daily', startsOn: '2026-03-02' } });
    expect(bad.statusCode).toBe(400);
  });
});
