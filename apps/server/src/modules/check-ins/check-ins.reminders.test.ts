import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { NotificationList } from '@steadfast/contracts';
import { jobs } from '../../jobs/jobs.tables';
import { signInNow } from '../../testing/sign-in-now';
import { useTestApp } from '../../testing/test-app';
import { mailOutbox } from '../mail/mail.tables';
import { notifications, pushSubscriptions } from '../notifications/notifications.tables';
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

describe('reminders go out on the channels the client chose for them', () => {
  const sam = () => t.demo.clients.sam;
  const setChannels = async (channels: { inApp: boolean; email: boolean; push: boolean }) => {
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/clients/${sam()}/checkins/reminders`,
      cookie: await signInNow(t, 'sam'),
      body: { enabled: true, times: ['20:00'], channels, missedDayNote: false },
    });
    expect(res.statusCode, res.body).toBe(200);
  };
  const reminderNotices = async () =>
    t.deps.database.db
      .select({ id: notifications.id, inApp: notifications.inApp })
      .from(notifications)
      .where(and(eq(notifications.userId, t.demo.people.sam), eq(notifications.kind, 'checkin_reminder')));
  const reminderMail = async () =>
    (await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'sam@harbour.example'))).filter((m) =>
      m.text.includes('This is the reminder you asked for.'),
    );
  const pushJobsFor = async (notificationId: string) =>
    t.deps.database.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.kind, 'notifications.push'), sql`${jobs.payload}->>'notificationId' = ${notificationId}`));
  // Reminders rest after a week without check-ins, so each case starts the day after one.
  const checkInAt = async (at: string) => {
    t.clock.set(at);
    const res = await t.request({ method: 'POST', url: `/api/v1/clients/${sam()}/checkins`, cookie: await signInNow(t, 'sam'), body: { mood: 6 } });
    expect(res.statusCode, res.body).toBe(201);
  };
  const samsList = async () => (await t.request({ method: 'GET', url: '/api/v1/notifications', cookie: await signInNow(t, 'sam') })).json() as NotificationList;

  it('e-mail only: the reminder e-mail, no push, nothing in the app; then in-app and push only: the reverse', async () => {
    const db = t.deps.database.db;
    // Sam has a phone that takes pushes, so a push that goes out is one she did not choose.
    await db.insert(pushSubscriptions).values({
      practiceId: t.demo.practiceId,
      userId: t.demo.people.sam,
      endpoint: `https://push.example/${sam()}`,
      p256dh: 'BPlaceholderKeyForAStoredSubscriptionOnly',
      auth: 'authsecret',
    });
    await checkInAt('2026-04-05T12:00:00Z');
    await setChannels({ inApp: false, email: true, push: false });
    // Whatever else the demo has due by then (caring contacts, measures) goes first, so the counts below are the reminder's.
    t.clock.set('2026-04-06T18:59:00Z');
    await t.runner.runDue();
    const mailBefore = (await reminderMail()).length;
    const noticesBefore = new Set((await reminderNotices()).map((n) => n.id));
    const unreadBefore = (await samsList()).unread;
    t.clock.set('2026-04-06T19:00:00Z'); // 20:00 in London (BST)
    await t.runner.runDue();
    const first = (await reminderNotices()).filter((n) => !noticesBefore.has(n.id));
    expect(first).toHaveLength(1);
    expect(first[0]!.inApp).toBe(false);
    const mail = await reminderMail();
    expect(mail).toHaveLength(mailBefore + 1);
    expect(mail.at(-1)!.subject).toBe('A reminder from Steadfast');
    expect(await pushJobsFor(first[0]!.id)).toHaveLength(0);
    const list = await samsList();
    expect(list.notifications.map((n) => n.id)).not.toContain(first[0]!.id);
    expect(list.unread).toBe(unreadBefore);

    await setChannels({ inApp: true, email: false, push: true });
    t.clock.set('2026-04-07T18:59:00Z');
    await t.runner.runDue();
    const unreadBeforeSecond = (await samsList()).unread;
    t.clock.set('2026-04-07T19:00:00Z');
    await t.runner.runDue();
    const second = (await reminderNotices()).filter((n) => !noticesBefore.has(n.id) && n.id !== first[0]!.id);
    expect(second).toHaveLength(1);
    expect(second[0]!.inApp).toBe(true);
    expect(await reminderMail()).toHaveLength(mailBefore + 1);
    expect(await pushJobsFor(second[0]!.id)).toHaveLength(1);
    const after = await samsList();
    expect(after.notifications.find((n) => n.id === second[0]!.id)?.title).toBe('Your check-in is here whenever you are ready');
    expect(after.unread).toBe(unreadBeforeSecond + 1);
  });

  it('with every channel off, a due reminder sends nothing at all', async () => {
    await checkInAt('2026-05-03T12:00:00Z');
    t.clock.set('2026-05-04T12:00:00Z');
    const before = (await reminderNotices()).length;
    await setChannels({ inApp: false, email: false, push: false });
    t.clock.set('2026-05-04T19:00:00Z');
    await t.runner.runDue();
    expect(await reminderNotices()).toHaveLength(before);
    // The same day with one channel on does send: the silence above was the choice, not the rest.
    await setChannels({ inApp: true, email: false, push: false });
    t.clock.set('2026-05-05T19:00:00Z');
    await t.runner.runDue();
    expect(await reminderNotices()).toHaveLength(before + 1);
  });
});
