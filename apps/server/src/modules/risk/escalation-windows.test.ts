import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { EscalationWindowsView, OnCallNowView, TriageQueue } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { FACTORY_PASSWORD, createOtherPractice } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';
import { practices } from '../practices/practices.tables';

const t = useTestApp();

const URL = '/api/v1/practice/escalation-windows';
const MIN = 60_000;
const PILLS = "I have the pills in front of me and I'm going tonight";

const read = async (who: DemoKey = 'ada') => t.request({ method: 'GET', url: URL, cookie: await t.signIn(who) });
const save = async (body: unknown, who: DemoKey = 'ada') => t.request({ method: 'PUT', url: URL, cookie: await t.signIn(who), body });

let keys = 0;
/** Sam writes something imminent; returns the flag as Omar (on call) sees it in the queue. */
async function raiseFromSam() {
  keys += 1;
  const sent = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await t.signIn('sam'),
    body: { intent: 'share', body: PILLS },
    headers: { 'idempotency-key': `windows-test-${keys}-${Date.now()}` },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await t.signIn('omar') })).json() as TriageQueue;
  return queue.items.find((i) => i.messageId === sent.json().message.id)!;
}

async function acknowledge(flagId: string) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/flags/${flagId}/acknowledge`,
    cookie: await t.signIn('omar'),
    body: { note: 'Spoke with Sam.' },
  });
  expect(res.statusCode).toBe(200);
}

describe('the escalation windows editor (SPEC §2.9)', () => {
  it('shows Ada the defaults: imminent 5 minutes, high 30 minutes', async () => {
    const res = await read();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ windows: { imminentMinutes: 5, highMinutes: 30 }, defaults: { imminentMinutes: 5, highMinutes: 30 }, runningLadders: 0 });
  });

  it('is for the admin only: Dana, Omar and Sam get 403, and nobody signed out gets in', async () => {
    for (const who of ['dana', 'omar', 'sam'] as const) {
      expect((await read(who)).statusCode, who).toBe(403);
      expect((await save({ imminentMinutes: 10, highMinutes: 60 }, who)).statusCode, who).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await read()).json().windows).toEqual({ imminentMinutes: 5, highMinutes: 30 });
  });

  it('refuses windows outside the clinical bounds, each with a message next to its field', async () => {
    const cases: [unknown, string, RegExp][] = [
      [{ imminentMinutes: 45, highMinutes: 60 }, '/imminentMinutes', /between 1 and 30 minutes for imminent/],
      [{ imminentMinutes: 0, highMinutes: 60 }, '/imminentMinutes', /between 1 and 30 minutes/],
      [{ imminentMinutes: 5, highMinutes: 241 }, '/highMinutes', /between 5 and 240 minutes for high/],
      [{ imminentMinutes: 5, highMinutes: 2 }, '/highMinutes', /between 5 and 240/],
      [{ imminentMinutes: 2.5, highMinutes: 30 }, '/imminentMinutes', /whole minutes/i],
      [{ imminentMinutes: 20, highMinutes: 10 }, '/highMinutes', /at least 20 minutes/],
      [{ imminentMinutes: 5 }, '/highMinutes', /number of minutes for high/],
    ];
    for (const [body, path, message] of cases) {
      const res = await save(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const { error } = res.json() as { error: { code: string; details: { path: string; message: string }[] } };
      expect(error.code).toBe('validation_failed');
      expect(error.details.find((d) => d.path === path)?.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await save({ imminentMinutes: 5, highMinutes: 30, lowMinutes: 1 })).statusCode).toBe(400);
    expect((await read()).json().windows).toEqual({ imminentMinutes: 5, highMinutes: 30 });
  });

  it('saves new windows with an audit row; new flags use them, a running ladder keeps its own', async () => {
    const before = await raiseFromSam();
    expect(before.dueBy).toBe(new Date(new Date(before.createdAt).getTime() + 5 * MIN).toISOString());

    const res = await save({ imminentMinutes: 10, highMinutes: 60 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json() as EscalationWindowsView).toMatchObject({ windows: { imminentMinutes: 10, highMinutes: 60 }, runningLadders: 1 });

    const [row] = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'escalationWindows.replace'), eq(auditEvents.practiceId, t.demo.practiceId)));
    expect(row).toMatchObject({
      actorId: t.demo.people.ada,
      subjectType: 'practice',
      subjectId: t.demo.practiceId,
      reason: 'imminent 5→10 min, high 30→60 min',
    });

    // The rota shows the new windows to the clinicians.
    const now = (await t.request({ method: 'GET', url: '/api/v1/on-call/now', cookie: await t.signIn('dana') })).json() as OnCallNowView;
    expect(now.policy).toEqual({ imminentMinutes: 10, highMinutes: 60 });

    const after = await raiseFromSam();
    expect(after.dueBy).toBe(new Date(new Date(after.createdAt).getTime() + 10 * MIN).toISOString());
    const queue = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await t.signIn('omar') })).json() as TriageQueue;
    expect(queue.items.find((i) => i.flagId === before.flagId)!.dueBy).toBe(before.dueBy);

    await acknowledge(before.flagId!);
    await acknowledge(after.flagId!);
    expect((await read()).json().runningLadders).toBe(0);
  });

  it('changes only the escalation windows, leaving the practice’s other policies as they were', async () => {
    const db = t.deps.database.db;
    await db
      .update(practices)
      .set({ policies: { replyWindows: { soon: { workingDays: 2 } }, escalation: { imminentMinutes: 5, highMinutes: 30 } } })
      .where(eq(practices.id, t.demo.practiceId));
    expect((await save({ imminentMinutes: 15, highMinutes: 15 })).statusCode).toBe(200);
    const [practice] = await db.select().from(practices).where(eq(practices.id, t.demo.practiceId));
    expect(practice!.policies).toEqual({ replyWindows: { soon: { workingDays: 2 } }, escalation: { imminentMinutes: 15, highMinutes: 15 } });
  });

  it("another practice's admin reads and changes only their own practice's windows", async () => {
    const other = await createOtherPractice(t.deps.database.db);
    const signedIn = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: other.admin.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const cookie = sessionCookieFrom(signedIn);
    const harbour = (await read()).json().windows;

    const theirs = await t.request({ method: 'GET', url: URL, cookie });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.json().windows).toEqual({ imminentMinutes: 5, highMinutes: 30 });
    expect((await t.request({ method: 'PUT', url: URL, cookie, body: { imminentMinutes: 3, highMinutes: 20 } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: URL, cookie })).json().windows).toEqual({ imminentMinutes: 3, highMinutes: 20 });
    expect((await read()).json().windows).toEqual(harbour);
  });
});
