import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DemoKey } from '../../demo/demo-people';
import { DEMO_PASSWORD, demoPeople } from '../../demo/demo-people';
import { sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';
import { mailOutbox } from '../mail/mail.tables';
import { notifications } from '../notifications/notifications.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });

/** Staff sessions last 12 hours and these tests move the clock by days: sign in at the current time. */
async function signInNow(who: DemoKey): Promise<string> {
  return sessionCookieFrom(await t.request({ method: 'POST', url: '/api/v1/session', body: { email: demoPeople[who].email, password: DEMO_PASSWORD } }));
}

async function sendSoon(at: string): Promise<string> {
  t.clock.set(at);
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await signInNow('sam'),
    body: { intent: 'soon', body: 'Could we talk before Thursday?' },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode).toBe(201);
  return res.json().message.id;
}

async function noticesAbout(who: DemoKey, messageId: string) {
  return t.deps.database.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, t.demo.people[who]), eq(notifications.subjectId, messageId)));
}

async function runAt(at: string) {
  t.clock.set(at);
  await t.runner.runDue();
}

describe('reply windows: reminders and lanes (SPEC §2.2, §2.9)', () => {
  it('reminds the primary clinician at 75% of the window, then tells the on-call clinician when it passes unseen', async () => {
    // Wednesday 14:00 → due Thursday 17:00; 75% of the 11 working hours falls at Thursday 14:15.
    const id = await sendSoon('2026-03-04T14:00:00Z');
    await runAt('2026-03-05T14:10:00Z');
    expect((await noticesAbout('dana', id)).map((n) => n.kind)).toEqual(['message']);

    await runAt('2026-03-05T14:16:00Z');
    expect((await noticesAbout('dana', id)).map((n) => n.kind).sort()).toEqual(['message', 'reply_window_nearing']);
    expect(await noticesAbout('omar', id)).toEqual([]);

    await runAt('2026-03-05T17:01:00Z');
    const omar = await noticesAbout('omar', id);
    expect(omar).toMatchObject([{ kind: 'reply_window_passed', urgent: true, emailed: true }]);
    const mail = await t.deps.database.db.select().from(mailOutbox).where(eq(mailOutbox.to, 'omar@harbour.example'));
    expect(mail.map((m) => m.subject)).toContain('A message in Steadfast needs someone to look at it');
    expect(mail.map((m) => m.text).join('\n')).not.toContain('Thursday');
    const [audited] = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'messages.replyWindow.passed'), eq(auditEvents.subjectId, id)));
    expect(audited?.reason).toBe('on_call');

    await runAt('2026-03-06T09:00:00Z');
    expect(await noticesAbout('omar', id)).toHaveLength(1);
  });

  it('stays quiet once a care-team clinician has seen the message', async () => {
    const id = await sendSoon('2026-03-11T14:00:00Z');
    t.clock.set('2026-03-11T15:00:00Z');
    const seen = await t.request({ method: 'POST', url: `/api/v1/messages/${id}/seen`, cookie: await signInNow('dana') });
    expect(seen.statusCode).toBe(200);
    await runAt('2026-03-12T18:00:00Z');
    expect((await noticesAbout('dana', id)).map((n) => n.kind)).toEqual(['message']);
    expect(await noticesAbout('omar', id)).toEqual([]);
  });

  it('stays quiet when the window closes after a reply', async () => {
    const id = await sendSoon('2026-03-18T14:00:00Z');
    await runAt('2026-03-19T14:16:00Z');
    t.clock.set('2026-03-19T15:00:00Z');
    const reply = await t.request({
      method: 'POST',
      url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
      cookie: await signInNow('dana'),
      body: { body: 'Yes, let’s talk on Thursday morning.' },
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(reply.statusCode).toBe(201);
    await runAt('2026-03-19T17:30:00Z');
    expect(await noticesAbout('omar', id)).toEqual([]);
  });
});
