import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { CaseloadEntry, MessageIntent, TriageQueue } from '@steadfast/contracts';
import { DEMO_PASSWORD, demoPeople, type DemoKey } from '../../demo/demo-people';
import { addToCareTeam, createPerson, FACTORY_PASSWORD } from '../../testing/factories';
import { nextTestAddress, sessionCookieFrom, useTestApp } from '../../testing/test-app';
import { careTeamMembers, clients } from '../care-teams/care-teams.tables';
import { onCallShifts } from '../on-call/on-call.tables';
import { getCaseload } from './caseload.service';

const MONDAY_10 = '2026-03-02T10:00:00Z'; // London is on GMT in early March: 10:00 there too
const t = useTestApp({ clockStart: MONDAY_10 });

const PILLS = "I have the pills in front of me and I'm going tonight";

/** A client's message through the real route, as the app sends it. */
async function send(cookie: string, clientId: string, body: string, intent?: MessageIntent): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${clientId}/messages`,
    cookie,
    body: intent ? { intent, body } : { body },
    headers: { 'idempotency-key': `caseload-${randomUUID()}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().message.id as string;
}

const sessions = new Map<string, string>();
/**
 * A demo person's cookie, signed in afresh once the test clock has moved: a clinician's session
 * lasts 12 hours of that clock, and these tests jump days.
 */
async function cookieOf(who: DemoKey): Promise<string> {
  const key = `${who}@${t.clock.now().toISOString()}`;
  const known = sessions.get(key);
  if (known) return known;
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/session',
    body: { email: demoPeople[who].email, password: DEMO_PASSWORD },
    headers: { 'x-forwarded-for': nextTestAddress() },
  });
  expect(res.statusCode, res.body).toBe(200);
  sessions.set(key, sessionCookieFrom(res));
  return sessions.get(key)!;
}

const sendAs = async (who: DemoKey, clientId: string, body: string, intent?: MessageIntent) => send(await cookieOf(who), clientId, body, intent);

async function caseload(who: DemoKey): Promise<CaseloadEntry[]> {
  const res = await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await cookieOf(who) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().clients as CaseloadEntry[];
}

async function entry(who: DemoKey, clientId: string): Promise<CaseloadEntry | undefined> {
  return (await caseload(who)).find((c) => c.clientId === clientId);
}

async function post(who: DemoKey, url: string, body?: unknown) {
  const res = await t.request({ method: 'POST', url, cookie: await cookieOf(who), ...(body === undefined ? {} : { body }) });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res;
}

describe('message signals on the caseload (SPEC §2.8)', () => {
  let soonId: string;

  it('counts what waits for a reply per intent, with the earliest promised reply; a share waits for nothing', async () => {
    const sam = t.demo.clients.sam;
    await sendAs('sam', sam, 'A good walk today.', 'share');
    await sendAs('sam', sam, 'For Thursday: the off-week plan.', 'before_session');
    soonId = await sendAs('sam', sam, 'Can we talk about the off-week?', 'soon');

    const samEntry = await entry('dana', sam);
    expect(samEntry?.signals.messages).toEqual({
      waiting: { before_session: 1, soon: 1, crisis: 0 },
      // One working day for 'soon', two for 'before_session': the soon one is due first.
      nextReplyDue: { at: '2026-03-03T17:00:00.000Z', intent: 'soon', overdue: false },
      // The three new ones; Dana saw the seeded one days ago.
      unseenByMe: 3,
      lastMessageAt: '2026-03-02T10:00:00.000Z',
    });
    expect(samEntry?.signals.flags).toEqual({ open: 0, highestLevel: null, mostUrgentFlagId: null });

    // Alex's seeded share from yesterday asks for no reply, and Dana has not opened it yet.
    const alexEntry = await entry('dana', t.demo.clients.alex);
    expect(alexEntry?.signals.messages).toEqual({
      waiting: { before_session: 0, soon: 0, crisis: 0 },
      nextReplyDue: null,
      unseenByMe: 1,
      lastMessageAt: new Date(Date.parse(MONDAY_10) - 26 * 3_600_000).toISOString(),
    });
  });

  it('a reply due is overdue once the practice clock passes it, and that client comes first', async () => {
    t.clock.set('2026-03-03T16:59:00Z');
    expect((await entry('dana', t.demo.clients.sam))?.signals.messages?.nextReplyDue?.overdue).toBe(false);
    t.clock.set('2026-03-03T17:01:00Z');
    const list = await caseload('dana');
    expect(list.map((c) => c.name)).toEqual(['Sam Taylor', 'Alex Morgan']);
    expect(list[0]!.signals.messages?.nextReplyDue).toEqual({ at: '2026-03-03T17:00:00.000Z', intent: 'soon', overdue: true });
  });

  it('opening a message takes it off "unseen" for that person only', async () => {
    await post('dana', `/api/v1/messages/${soonId}/seen`);
    expect((await entry('dana', t.demo.clients.sam))?.signals.messages?.unseenByMe).toBe(2);
  });

  it('"no reply needed" clears that message; a reply clears the rest', async () => {
    await post('dana', `/api/v1/messages/${soonId}/no-reply-needed`);
    const afterMark = (await entry('dana', t.demo.clients.sam))?.signals.messages;
    expect(afterMark?.waiting).toEqual({ before_session: 1, soon: 0, crisis: 0 });
    expect(afterMark?.nextReplyDue).toEqual({ at: '2026-03-04T17:00:00.000Z', intent: 'before_session', overdue: false });

    t.clock.set('2026-03-03T17:05:00Z');
    await sendAs('dana', t.demo.clients.sam, 'Thank you, Sam. Let us start there on Thursday.');
    expect((await entry('dana', t.demo.clients.sam))?.signals.messages).toEqual({
      waiting: { before_session: 0, soon: 0, crisis: 0 },
      nextReplyDue: null,
      unseenByMe: 0,
      lastMessageAt: '2026-03-03T17:05:00.000Z',
    });
  });
});

describe('risk flags on the caseload, and who may see them (access/rules.ts)', () => {
  let alexFlagId: string;

  it('Dana (primary): an imminent message puts Alex first, with the flag to open; a crisis message waits with no promised time', async () => {
    t.clock.set('2026-03-04T09:00:00Z');
    const messageId = await sendAs('alex', t.demo.clients.alex, PILLS, 'crisis');
    const triage = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await cookieOf('dana') })).json() as TriageQueue;
    alexFlagId = triage.items.find((i) => i.messageId === messageId)!.flagId!;

    const list = await caseload('dana');
    expect(list.map((c) => c.name)).toEqual(['Alex Morgan', 'Sam Taylor']);
    expect(list[0]!.signals.flags).toEqual({ open: 1, highestLevel: 'imminent', mostUrgentFlagId: alexFlagId });
    expect(list[0]!.signals.messages).toMatchObject({ waiting: { before_session: 0, soon: 0, crisis: 1 }, nextReplyDue: null });
  });

  it('Patel (GP without the messages scope) learns nothing of Sam’s messages, sees Sam’s flag as his triage queue does, and nothing of Alex', async () => {
    await sendAs('sam', t.demo.clients.sam, 'I am not okay tonight.', 'crisis');
    const list = await caseload('patel');
    expect(list.map((c) => c.name)).toEqual(['Sam Taylor']);
    const sam = list[0]!;
    expect(sam.signals.messages).toBeNull();
    expect(sam.signals.flags).toMatchObject({ open: 1, highestLevel: 'high' });
    const triage = (await t.request({ method: 'GET', url: '/api/v1/triage', cookie: await cookieOf('patel') })).json() as TriageQueue;
    expect(triage.items.filter((i) => !i.acknowledgedAt).map((i) => i.flagId)).toEqual([sam.signals.flags!.mostUrgentFlagId]);
    // Alex's imminent flag belongs to a client Patel does not care for: not a word of it here.
    const body = (await t.request({ method: 'GET', url: '/api/v1/clients', cookie: await cookieOf('patel') })).body;
    expect(body).not.toContain(t.demo.clients.alex);
    expect(body).not.toContain(alexFlagId);
    expect(body).not.toContain('imminent');
  });

  it('Patel with the messages scope granted sees what waits in Sam’s conversation too', async () => {
    const patelOnSam = and(eq(careTeamMembers.clientId, t.demo.clients.sam), eq(careTeamMembers.clinicianId, t.demo.people.patel));
    const db = t.deps.database.db;
    await db
      .update(careTeamMembers)
      .set({ scopes: ['safety_plan', 'measures', 'appointments', 'messages'] })
      .where(patelOnSam);
    try {
      const sam = await entry('patel', t.demo.clients.sam);
      expect(sam?.signals.messages).toMatchObject({
        waiting: { before_session: 0, soon: 0, crisis: 1 },
        nextReplyDue: null,
        lastMessageAt: '2026-03-04T09:00:00.000Z',
      });
      // Patel has opened none of Sam's five messages.
      expect(sam?.signals.messages?.unseenByMe).toBe(5);
    } finally {
      await db
        .update(careTeamMembers)
        .set({ scopes: ['safety_plan', 'measures', 'appointments'] })
        .where(patelOnSam);
    }
  });

  it('Omar (on Alex’s team with no scopes) sees Alex’s messages while on call; off call, only the flag; never clients outside his team', async () => {
    await addToCareTeam(t.deps.database.db, t.demo.practiceId, t.demo.clients.alex, t.demo.people.omar, { role: 'other' });
    const onCall = await caseload('omar');
    expect(onCall.map((c) => c.name)).toEqual(['Alex Morgan']);
    expect(onCall[0]!.signals.messages?.waiting.crisis).toBe(1);
    expect(onCall[0]!.signals.flags).toMatchObject({ open: 1, highestLevel: 'imminent' });

    await t.deps.database.db.update(onCallShifts).set({ endsAt: t.clock.now() }).where(eq(onCallShifts.clinicianId, t.demo.people.omar));
    const offCall = await caseload('omar');
    expect(offCall[0]!.signals.messages).toBeNull();
    expect(offCall[0]!.signals.flags).toMatchObject({ open: 1, highestLevel: 'imminent', mostUrgentFlagId: alexFlagId });
  });

  it('acknowledging the flag takes Alex out of the risk group; the crisis message still waits for a reply', async () => {
    await post('dana', `/api/v1/flags/${alexFlagId}/acknowledge`, { note: 'Phoned Alex; safe with a friend tonight.', outcome: 'contacted' });
    const alex = await entry('dana', t.demo.clients.alex);
    expect(alex?.signals.flags).toEqual({ open: 0, highestLevel: null, mostUrgentFlagId: null });
    expect(alex?.signals.messages?.waiting.crisis).toBe(1);
    // Sam's high flag is still open: Sam now leads.
    expect((await caseload('dana'))[0]!.name).toBe('Sam Taylor');
  });
});

describe('the caseload order: unacknowledged risk, then overdue, then the nearest reply due, then name', () => {
  /** A new client of Dana's, named, who can sign in and write. */
  async function newClient(name: string) {
    const db = t.deps.database.db;
    const person = await createPerson(db, t.demo.practiceId, 'client', name);
    const [client] = await db.insert(clients).values({ practiceId: t.demo.practiceId, userId: person.id, timeZone: 'Europe/London' }).returning();
    await addToCareTeam(db, t.demo.practiceId, client!.id, t.demo.people.dana, {
      role: 'therapist',
      isPrimary: true,
      startsAt: new Date('2026-01-01T00:00:00Z'),
    });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: person.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = sessionCookieFrom(res);
    return { id: client!.id, name, write: (body: string, intent: MessageIntent) => send(cookie, client!.id, body, intent) };
  }

  it('orders six clients as a clinician would work through them', async () => {
    t.clock.set('2026-03-09T10:00:00Z'); // the next Monday
    const [ann, eli, fay, gus, hal, ivy] = await Promise.all(['Ann Bell', 'Eli Park', 'Fay Dunn', 'Gus Lane', 'Hal Moss', 'Ivy Ward'].map(newClient));
    await ivy!.write('Could we move Thursday?', 'soon'); // due Tue 17:00, overdue by Tue 17:30
    t.clock.set('2026-03-10T17:30:00Z');
    await fay!.write('A question about the off-week.', 'soon');
    await gus!.write('Something for our next session.', 'before_session');
    await ann!.write('I am not okay tonight.', 'crisis'); // the client's own "not safe": a high flag
    await eli!.write(PILLS, 'share'); // words that screen imminent: a flag, whatever the intent

    const mine = new Set([ann, eli, fay, gus, hal, ivy].map((c) => c!.id));
    const list = (await caseload('dana')).filter((c) => mine.has(c.clientId));
    const due = (name: string) => Date.parse(list.find((c) => c.name === name)!.signals.messages!.nextReplyDue!.at);
    expect(due('Fay Dunn')).toBeLessThan(due('Gus Lane'));
    expect(list.map((c) => c.name)).toEqual(['Eli Park', 'Ann Bell', 'Ivy Ward', 'Fay Dunn', 'Gus Lane', 'Hal Moss']);
    expect(list.map((c) => c.signals.flags?.highestLevel ?? null)).toEqual(['imminent', 'high', null, null, null, null]);
    expect(list[2]!.signals.messages?.nextReplyDue?.overdue).toBe(true);
  });

  it('is read in the same few queries for one client as for eight (no query per client)', async () => {
    const queriesFor = async (who: DemoKey) => {
      let queries = 0;
      const db = new Proxy(t.deps.database.db, {
        get(target, prop, receiver) {
          const value = Reflect.get(target, prop, receiver);
          // A prepared statement (reusableQuery) reaches the session directly: one statement each.
          if (prop === 'session') queries += 1;
          if (typeof value !== 'function') return value;
          // Every statement starts at one of these; count them, then let the real database answer.
          if (['select', 'insert', 'update', 'delete', 'execute', 'transaction'].includes(String(prop))) queries += 1;
          return value.bind(target);
        },
      });
      const actor = { userId: t.demo.people[who], practiceId: t.demo.practiceId, role: 'clinician' as const, name: demoPeople[who].name, isDemo: true };
      const entries = await getCaseload({ db, actor, clock: t.clock, log: t.deps.log, requestId: 'count', deps: t.deps });
      return { clients: entries.length, queries };
    };
    const dana = await queriesFor('dana');
    // Patel with the messages and checkins scopes, so both read the same signals.
    const patelOnSam = and(eq(careTeamMembers.clientId, t.demo.clients.sam), eq(careTeamMembers.clinicianId, t.demo.people.patel));
    await t.deps.database.db
      .update(careTeamMembers)
      .set({ scopes: ['messages', 'checkins'] })
      .where(patelOnSam);
    const patel = await queriesFor('patel');
    expect([dana.clients, patel.clients]).toEqual([8, 1]);
    expect(dana.queries).toBe(patel.queries);
    // Memberships, cover, on call now, names with zones, care teams, message signals, flag signals, the scheduling
    // signals (next appointments, step-down plans with their 'soon' counts and check-ins below baseline), the check-in
    // signals and the stability signal's reads (check-in days, thresholds, distress messages, measures, okay plans, the
    // last caring note), each one grouped statement whatever the caseload's size; the zones are read once, not per source.
    expect(dana.queries).toBe(17);
  });
});
