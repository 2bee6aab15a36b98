import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signInNow } from '../../testing/sign-in-now';
import { useTestApp } from '../../testing/test-app';
import { notifications } from '../notifications/notifications.tables';
import { nextReminderAt } from './check-ins.reminders';

const t = useTestApp({ clockStart: '2026-03-27T12:00:00Z' });

describe('nextReminderAt: wall-clock times in the client’s zone', () => {
  it('keeps 20:00 at 20:00 in London across the spring change (UTC+0 → UTC+1 on 29 March 2026)', () => {
    expect(nextReminderAt(['20:00'], 'Europe/London', new Date('2026-03-28T12:00:00Z'))!.toISOString()).toBe('2026-03-28T20:00:00.000Z');
    expect(nextReminderAt(['20:00'], 'Europe/London', new Date('2026-03-28T20:00:00Z'))!.toISOString()).toBe('2026-03-29T19:00:00.000Z');
  });

  it('and across the autumn change in New York (UTC−4 → UTC−5 on 1 November 2026), with two times a day', () => {
    const times = ['21:00', '08:30'];
    expect(nextReminderAt(times, 'America/New_York', new Date('2026-10-31T13:00:00Z'))!.toISOString()).toBe('2026-11-01T01:00:00.000Z');
    expect(nextReminderAt(times, 'America/New_York', new Date('2026-11-01T01:00:00Z'))!.toISOString()).toBe('2026-11-01T13:30:00.000Z');
    expect(nextReminderAt(times, 'America/New_York', new Date('2026-11-01T13:30:00Z'))!.toISOString()).toBe('2026-11-02T02:00:00.000Z');
  });

  it('moves a time that does not exist on the change night to just after the gap', () => {
    expect(nextReminderAt(['01:30'], 'Europe/London', new Date('2026-03-28T12:00:00Z'))!.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('reminder jobs through the durable runner (test clock)', () => {
  it('remind Sam at 20:00 London time before and after the change, skip a day she checked in, and send one kind note after a missed day', async () => {
    const sam = t.demo.clients.sam;
    const samUser = t.demo.people.sam;
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/clients/${sam}/checkins/reminders`,
      cookie: await signInNow(t, 'sam'),
      body: { enabled: true, times: ['20:00'], channels: { inApp: true, email: true, push: true }, missedDayNote: true },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ timeZone: 'Europe/London', nextAt: '2026-03-27T20:00:00.000Z' });
    const notices = async () =>
      (
        await t.deps.database.db
          .select({ kind: notifications.kind, at: notifications.createdAt })
          .from(notifications)
          .where(and(eq(notifications.practiceId, t.demo.practiceId), eq(notifications.userId, samUser)))
      )
        .filter((n) => n.kind.startsWith('checkin'))
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((n) => `${n.kind}@${n.at.toISOString()}`);

    // Friday 27 March: no check-in yet today → a reminder at 20:00 UTC (GMT).
    t.clock.set('2026-03-27T20:00:00Z');
    await t.runner.runDue();
    // Saturday 28: she checks in at noon → no reminder that evening.
    t.clock.set('2026-03-28T12:00:00Z');
    expect((await t.request({ method: 'POST', url: `/api/v1/clients/${sam}/checkins`, cookie: await signInNow(t, 'sam'), body: { mood: 6 } })).statusCode).toBe(
      201,
    );
    t.clock.set('2026-03-28T20:00:00Z');
    await t.runner.runDue();
    // Sunday 29 (clocks went forward): no check-in → reminder at 20:00 BST = 19:00 UTC.
    t.clock.set('2026-03-29T19:00:00Z');
    await t.runner.runDue();
    // Monday 30: Sunday was missed after Saturday's check-in → one kind note instead of the reminder.
    t.clock.set('2026-03-30T19:00:00Z');
    await t.runner.runDue();
    // Tuesday 31: still nothing → an ordinary reminder, never a second note for the same gap.
    t.clock.set('2026-03-31T19:00:00Z');
    await t.runner.runDue();
    expect(await notices()).toEqual([
      'checkin_reminder@2026-03-27T20:00:00.000Z',
      'checkin_reminder@2026-03-29T19:00:00.000Z',
      'checkin_missed@2026-03-30T19:00:00.000Z',
      'checkin_reminder@2026-03-31T19:00:00.000Z',
    ]);
  });
});
