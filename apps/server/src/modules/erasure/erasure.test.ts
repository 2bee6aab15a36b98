import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientExport, ErasureView, type ErasureRecordKind } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { demoPeople, type DemoKey } from '../../demo/demo-people';
import { jobs } from '../../jobs/jobs.tables';
import { createOtherPractice } from '../../testing/factories';
import { startSmtpCapture, type SmtpCapture } from '../../testing/smtp-capture';
import { createTestApp, nextTestAddress, sessionCookieFrom, type TestApp } from '../../testing/test-app';
import { contactAgreements, contactPauses } from '../agreements/agreements.tables';
import { auditEvents } from '../audit/audit.tables';
import { careTeamMembers } from '../care-teams/care-teams.tables';
import { discharges, handovers, reentryRequests } from '../care-transitions/care-transitions.tables';
import { caringContacts } from '../caring-contacts/caring-contacts.tables';
import { checkinConfigs, checkinReminders, checkins } from '../check-ins/check-ins.tables';
import { clinicalNotes } from '../clinical-notes/clinical-notes.tables';
import { passwordResets, sessions, users } from '../identity/identity.tables';
import { invitations } from '../invitations/invitations.tables';
import { mailOutbox } from '../mail/mail.tables';
import { measureResults, measureSchedules } from '../measures/measures.tables';
import { messageReceipts, messages } from '../messaging/messaging.tables';
import { erasedMessageBody } from '../messaging/messaging.words';
import { notificationPreferences, notifications, pushSubscriptions } from '../notifications/notifications.tables';
import { okayPlanVersions, reassuranceNotes, stabilitySettings } from '../okay-plan/okay-plan.tables';
import { erasedPeerWords } from '../peer-space/peer-space.words';
import { peerItems, peerMembers, peerReactions } from '../peer-space/peer-space.tables';
import { practices } from '../practices/practices.tables';
import { riskFlags, riskFormulations } from '../risk/risk.tables';
import { safetyPlanVersions } from '../safety-plans/safety-plans.tables';
import { erasureErrors } from './erasure.words';
import { appointmentRequests, appointmentSeries, appointments, bookingSettings, calendarFeeds, stepDownPlans } from '../scheduling/scheduling.tables';

let t: TestApp & { close(): Promise<void> };
let smtp: SmtpCapture;
let db: Db;

const SAM_WORDS = 'My sister Jo came over and we walked to the harbour';
const SAM_NOTE = 'Slept badly after the argument with Jo';

async function rows(table: PgTable, where: SQL): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table).where(where);
  return row!.n;
}

function call(method: 'GET' | 'POST', url: string, cookie?: string, body?: unknown) {
  return t.request({ method, url, cookie, body: body ?? (method === 'POST' ? {} : undefined) });
}

async function erasureOf(who: DemoKey, clientId: string): Promise<ErasureView> {
  const res = await call('GET', `/api/v1/clients/${clientId}/erasure`, await t.signIn(who));
  expect(res.statusCode, res.body).toBe(200);
  return ErasureView.parse(res.json());
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  t = await createTestApp({ config: { smtpUrl: smtp.url, demo: false }, clockStart: '2026-03-02T10:00:00Z' });
  db = t.deps.database.db;
}, 60_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** The fate of one record kind of Sam's, as docs/ERASURE.md's table says, and how to find his rows of it. */
type Fate = 'kept' | 'pseudonymised' | 'removed';
interface KindCheck {
  fate: Fate;
  mine: () => SQL;
  table: PgTable;
  /** For a pseudonymised kind: Sam's rows that still hold personal text (none after erasure). */
  personal?: () => SQL;
}

let sam: { clientId: string; userId: string };

const checks: Partial<Record<ErasureRecordKind, KindCheck>> = {
  account: {
    fate: 'pseudonymised',
    table: users,
    mine: () => eq(users.id, sam.userId),
    personal: () => and(eq(users.id, sam.userId), or(ne(users.name, 'Former client'), isNotNull(users.passwordHash)))!,
  },
  sessions: { fate: 'removed', table: sessions, mine: () => eq(sessions.userId, sam.userId) },
  passwordResets: { fate: 'removed', table: passwordResets, mine: () => eq(passwordResets.userId, sam.userId) },
  invitations: { fate: 'removed', table: invitations, mine: () => eq(invitations.email, demoPeople.sam.email) },
  notifications: { fate: 'removed', table: notifications, mine: () => eq(notifications.userId, sam.userId) },
  notificationSettings: { fate: 'removed', table: notificationPreferences, mine: () => eq(notificationPreferences.userId, sam.userId) },
  pushSubscriptions: { fate: 'removed', table: pushSubscriptions, mine: () => eq(pushSubscriptions.userId, sam.userId) },
  mail: { fate: 'removed', table: mailOutbox, mine: () => eq(mailOutbox.to, demoPeople.sam.email) },
  pendingJobs: { fate: 'removed', table: jobs, mine: () => sql`${jobs.doneAt} is null and ${jobs.payload}->>'clientId' = ${sam.clientId}` },
  careTeam: { fate: 'kept', table: careTeamMembers, mine: () => eq(careTeamMembers.clientId, sam.clientId) },
  safetyPlanVersions: { fate: 'kept', table: safetyPlanVersions, mine: () => eq(safetyPlanVersions.clientId, sam.clientId) },
  agreements: { fate: 'kept', table: contactAgreements, mine: () => eq(contactAgreements.clientId, sam.clientId) },
  riskFlags: { fate: 'kept', table: riskFlags, mine: () => eq(riskFlags.clientId, sam.clientId) },
  messages: {
    fate: 'pseudonymised',
    table: messages,
    mine: () => eq(messages.clientId, sam.clientId),
    personal: () => and(eq(messages.clientId, sam.clientId), ne(messages.body, erasedMessageBody))!,
  },
  messageReceipts: {
    fate: 'removed',
    table: messageReceipts,
    mine: () => inArray(messageReceipts.messageId, db.select({ id: messages.id }).from(messages).where(eq(messages.clientId, sam.clientId))),
  },
  appointments: { fate: 'kept', table: appointmentSeries, mine: () => eq(appointmentSeries.clientId, sam.clientId) },
  calendarFeeds: { fate: 'removed', table: calendarFeeds, mine: () => eq(calendarFeeds.userId, sam.userId) },
  stepDownPlans: { fate: 'kept', table: stepDownPlans, mine: () => eq(stepDownPlans.clientId, sam.clientId) },
  measures: { fate: 'kept', table: measureResults, mine: () => eq(measureResults.clientId, sam.clientId) },
  measureSchedules: { fate: 'removed', table: measureSchedules, mine: () => eq(measureSchedules.clientId, sam.clientId) },
  checkins: {
    fate: 'pseudonymised',
    table: checkins,
    mine: () => eq(checkins.clientId, sam.clientId),
    personal: () => and(eq(checkins.clientId, sam.clientId), isNotNull(checkins.note))!,
  },
  checkinSettings: {
    fate: 'removed',
    table: checkinConfigs,
    mine: () =>
      or(eq(checkinConfigs.clientId, sam.clientId), sql`exists (select 1 from ${checkinReminders} where ${checkinReminders.clientId} = ${sam.clientId})`)!,
  },
  caringContacts: { fate: 'removed', table: caringContacts, mine: () => eq(caringContacts.clientId, sam.clientId) },
  okayPlanVersions: { fate: 'removed', table: okayPlanVersions, mine: () => eq(okayPlanVersions.clientId, sam.clientId) },
  reassuranceNotes: { fate: 'removed', table: reassuranceNotes, mine: () => eq(reassuranceNotes.clientId, sam.clientId) },
  clinicalNotes: { fate: 'kept', table: clinicalNotes, mine: () => eq(clinicalNotes.clientId, sam.clientId) },
  contactPauses: { fate: 'kept', table: contactPauses, mine: () => eq(contactPauses.clientId, sam.clientId) },
  riskFormulations: { fate: 'kept', table: riskFormulations, mine: () => eq(riskFormulations.clientId, sam.clientId) },
  appointmentRequests: { fate: 'removed', table: appointmentRequests, mine: () => eq(appointmentRequests.clientId, sam.clientId) },
  bookingSettings: { fate: 'removed', table: bookingSettings, mine: () => eq(bookingSettings.clientId, sam.clientId) },
  stabilitySettings: { fate: 'removed', table: stabilitySettings, mine: () => eq(stabilitySettings.clientId, sam.clientId) },
  handovers: { fate: 'kept', table: handovers, mine: () => eq(handovers.clientId, sam.clientId) },
  discharges: { fate: 'kept', table: discharges, mine: () => eq(discharges.clientId, sam.clientId) },
  reentryRequests: { fate: 'removed', table: reentryRequests, mine: () => eq(reentryRequests.clientId, sam.clientId) },
  peerSpace: {
    fate: 'pseudonymised',
    table: peerItems,
    mine: () => inArray(peerItems.authorId, db.select({ id: peerMembers.id }).from(peerMembers).where(eq(peerMembers.clientId, sam.clientId))),
    // His words, his pseudonym or his reactions still there.
    personal: () =>
      and(
        inArray(peerItems.authorId, db.select({ id: peerMembers.id }).from(peerMembers).where(eq(peerMembers.clientId, sam.clientId))),
        or(
          ne(peerItems.body, erasedPeerWords.body),
          ne(peerItems.status, 'hidden'),
          sql`exists (select 1 from ${peerMembers} m where m.id = ${peerItems.authorId} and m.pseudonym not like 'Former member %')`,
          sql`exists (select 1 from ${peerReactions} r where r.member_id = ${peerItems.authorId})`,
        ),
      )!,
  },
};

const before = new Map<ErasureRecordKind, number>();
let preview: ErasureView;
let erased: ErasureView;

describe("erasing Sam's record within the retention period (issue 18)", () => {
  beforeAll(async () => {
    sam = { clientId: t.demo.clients.sam, userId: t.demo.people.sam };
    const samCookie = await t.signIn('sam');
    const dana = await t.signIn('dana');
    const post = async (url: string, body: unknown, cookie: string, headers: Record<string, string> = {}) => {
      const res = await t.request({ method: 'POST', url, body, cookie, headers });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res;
    };
    const c = sam.clientId;
    await post(`/api/v1/clients/${c}/messages`, { intent: 'share', body: SAM_WORDS }, samCookie, { 'idempotency-key': randomUUID() });
    await post(`/api/v1/clients/${c}/messages`, { intent: 'soon', body: "I have the pills in front of me and I'm going tonight" }, samCookie, {
      'idempotency-key': randomUUID(),
    });
    await post(`/api/v1/clients/${c}/messages`, { body: 'Thank you for telling me. Calling you now.' }, dana, { 'idempotency-key': randomUUID() });
    await call('GET', `/api/v1/clients/${c}/messages`, dana);
    const latest = (await call('GET', `/api/v1/clients/${c}/messages`, samCookie)).json() as { messages: { id: string }[] };
    await post(`/api/v1/messages/${latest.messages.at(-1)!.id}/seen`, {}, samCookie);
    await post(`/api/v1/clients/${c}/checkins`, { mood: 4, note: SAM_NOTE }, samCookie);
    await post(`/api/v1/clients/${c}/measures`, { instrument: 'phq9', answers: [1, 2, 1, 1, 0, 1, 0, 0, 0] }, samCookie);
    await call('GET', '/api/v1/me/calendar-feed', samCookie);
    await t.request({
      method: 'POST',
      url: '/api/v1/password-reset',
      body: { email: demoPeople.sam.email },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const { practiceId } = t.demo;
    await db.insert(invitations).values({
      practiceId,
      kind: 'client',
      email: demoPeople.sam.email,
      name: demoPeople.sam.name,
      tokenHash: randomUUID(),
      invitedBy: t.demo.people.dana,
      expiresAt: new Date('2026-01-01T00:00:00Z'),
    });
    await db
      .insert(notificationPreferences)
      .values({ practiceId, userId: sam.userId, sms: true, smsNumber: '+447700900123' })
      .onConflictDoUpdate({ target: [notificationPreferences.practiceId, notificationPreferences.userId], set: { sms: true, smsNumber: '+447700900123' } });
    await db.insert(pushSubscriptions).values({ practiceId, userId: sam.userId, endpoint: 'https://push.example/sam', p256dh: 'key', auth: 'auth' });
    await db
      .insert(jobs)
      .values({ kind: 'checkins.reminder', payload: { practiceId, clientId: c, at: '2027-01-01T09:00:00Z' }, runAt: new Date('2027-01-01T09:00:00Z') });
    await post('/api/v1/peer/members', { pseudonym: 'Quiet Harbour', agreeToHouseRules: true }, samCookie);
    const peerPost = await post('/api/v1/peer/posts', { title: 'A steadier week', body: SAM_WORDS }, samCookie);
    await post(`/api/v1/peer/posts/${(peerPost.json() as { post: { id: string } }).post.id}/reactions`, { kind: 'relate' }, samCookie);
    await seedTheRest(practiceId, c);
    for (const [kind, check] of Object.entries(checks) as [ErasureRecordKind, KindCheck][]) before.set(kind, await rows(check.table, check.mine()));

    const asked = await post(`/api/v1/clients/${c}/erasure/request`, {}, samCookie);
    expect(ErasureView.parse(asked.json()).request?.status).toBe('requested');
    preview = await erasureOf('ada', c);
    const confirmed = await post(`/api/v1/clients/${c}/erasure/confirm`, {}, await t.signIn('ada'));
    erased = ErasureView.parse(confirmed.json());
    await t.runner.runDue();
  }, 60_000);

  for (const [kind, check] of Object.entries(checks) as [ErasureRecordKind, KindCheck][]) {
    it(`${kind}: ${check.fate}, as the table says`, async () => {
      const had = before.get(kind)!;
      expect(had, `Sam had no ${kind} to erase`).toBeGreaterThan(0);
      const left = await rows(check.table, check.mine());
      if (check.fate === 'removed') expect(left).toBe(0);
      else expect(left).toBe(had);
      if (check.personal) expect(await rows(check.table, check.personal())).toBe(0);
      const counted = erased.counts.find((n) => n.kind === kind)!;
      expect(counted[check.fate]).toBeGreaterThan(0);
    });
  }

  it('previewed exactly what it then did, without changing anything before the admin confirmed', () => {
    expect(preview.counts).toEqual(erased.counts);
    expect(preview.can.confirm).toBe(true);
    expect(erased.request?.status).toBe('erased');
  });

  it("tells the practice's admin when Sam asks, by a notice that names no one until it is read", async () => {
    const told = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, t.demo.people.ada), eq(notifications.kind, 'erasure_requested')));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ clientId: sam.clientId, subjectId: erased.request!.id });
  });

  it('keeps the clinical record for the practice rule: 20 years after the last contact', () => {
    expect(erased.retention.retentionYears).toBe(20);
    const last = new Date(erased.retention.lastContactAt!);
    expect(erased.retention.keptUntil).toBe(
      new Date(
        Date.UTC(
          last.getUTCFullYear() + 20,
          last.getUTCMonth(),
          last.getUTCDate(),
          last.getUTCHours(),
          last.getUTCMinutes(),
          last.getUTCSeconds(),
          last.getUTCMilliseconds(),
        ),
      ).toISOString(),
    );
  });

  it('tells Sam by e-mail what was kept, why and until when, then forgets the address', async () => {
    const mail = smtp.received.find((m) => m.to.includes(demoPeople.sam.email) && m.subject.startsWith('Your record at'));
    expect(mail, 'no erasure e-mail').toBeDefined();
    expect(mail!.text).toMatch(/What we keep, and why/);
    expect(mail!.text).toMatch(/20 years/);
    expect(mail!.text).toMatch(/We will remove it on \d{1,2} \w+ 20\d\d/);
    expect(mail!.text).toMatch(/your clinicians’ notes/);
    expect(await rows(mailOutbox, eq(mailOutbox.to, demoPeople.sam.email))).toBe(0);
  });

  it('lets nobody sign in as Sam any more', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: demoPeople.sam.email, password: 'steadfast-demo' },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    expect(res.statusCode).toBe(401);
    const [user] = await db.select().from(users).where(eq(users.id, sam.userId));
    expect(user).toMatchObject({ name: 'Former client', email: `erased-${sam.userId}@erased.invalid`, passwordHash: null, totpSecret: null });
  });

  it('keeps ids, codes and numbers only in the audit rows about Sam, and audits the erasure itself', async () => {
    const audited = await db.select().from(auditEvents).where(eq(auditEvents.clientId, sam.clientId));
    const text = JSON.stringify(audited);
    for (const personal of ['Sam', 'Taylor', demoPeople.sam.email, 'Jo', 'harbour', 'pills']) expect(text).not.toContain(personal);
    const erasure = audited.filter((a) => a.action === 'client.erase');
    expect(erasure).toHaveLength(1);
    expect(erasure[0]).toMatchObject({
      actorId: t.demo.people.ada,
      subjectType: 'erasure_request',
      reason: expect.stringMatching(/^removed=\d+ pseudonymised=\d+ kept=\d+$/),
    });
    expect(audited.some((a) => a.action === 'erasure.request')).toBe(true);
  });

  it("exports what remains: Sam's clinical record without his words, okay plan or notes", async () => {
    const res = await call('GET', `/api/v1/clients/${sam.clientId}/export?format=json`, await t.signIn('dana'));
    expect(res.statusCode, res.body).toBe(200);
    const record = ClientExport.parse(res.json());
    expect(record.client.name).toBe('Former client');
    expect(record.messages.length).toBe(before.get('messages'));
    expect(record.messages.every((m) => m.body === erasedMessageBody)).toBe(true);
    expect(record.okayPlan).toBeNull();
    expect(record.reassuranceNotes).toEqual([]);
    expect(record.safetyPlanVersions.length).toBe(before.get('safetyPlanVersions'));
    expect(record.measures.length).toBe(before.get('measures'));
    expect(JSON.stringify(record)).not.toContain(SAM_WORDS);
    expect(JSON.stringify(record)).not.toContain(SAM_NOTE);
    expect(JSON.stringify(record)).not.toContain(demoPeople.sam.email);
  });

  it('changes nothing more when run a second time, and sends no second e-mail', async () => {
    const mails = smtp.received.length;
    const res = await call('POST', `/api/v1/clients/${sam.clientId}/erasure/confirm`, await t.signIn('ada'));
    expect(res.statusCode, res.body).toBe(200);
    await t.runner.runDue();
    expect(smtp.received.length).toBe(mails);
    const again = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientId, sam.clientId), eq(auditEvents.action, 'client.erase.repeat')));
    expect(again).toHaveLength(1);
    expect(again[0]!.reason).toMatch(/^removed=0 pseudonymised=0 kept=\d+$/);
    for (const [kind, check] of Object.entries(checks) as [ErasureRecordKind, KindCheck][]) {
      const expected = check.fate === 'removed' ? 0 : before.get(kind);
      expect(await rows(check.table, check.mine()), kind).toBe(expected);
    }
  });
});

describe("erasing Alex's record past the retention period: everything goes", () => {
  let result: ErasureView;
  const alex = () => t.demo.clients.alex;

  beforeAll(async () => {
    // The practice's rule set to none, so Alex's last contact is already past it.
    await db.update(practices).set({ retentionYears: 0 }).where(eq(practices.id, t.demo.practiceId));
    await call('POST', `/api/v1/clients/${alex()}/erasure/request`, await t.signIn('alex'));
    const res = await call('POST', `/api/v1/clients/${alex()}/erasure/confirm`, await t.signIn('ada'));
    expect(res.statusCode, res.body).toBe(200);
    result = ErasureView.parse(res.json());
    await t.runner.runDue();
  }, 60_000);

  it('keeps nothing but the pseudonymised account and who cared for Alex', () => {
    expect(result.retention.keptUntil).toBeNull();
    const kept = result.counts.filter((c) => c.kept > 0).map((c) => c.kind);
    expect(kept.filter((k) => k !== 'careTeam')).toEqual([]);
    expect(result.counts.find((c) => c.kind === 'account')?.pseudonymised).toBe(1);
  });

  for (const [name, table, column] of [
    ['messages', messages, messages.clientId],
    ['check-ins', checkins, checkins.clientId],
    ['appointments', appointments, appointments.clientId],
    ['appointment series', appointmentSeries, appointmentSeries.clientId],
    ['safety plan versions', safetyPlanVersions, safetyPlanVersions.clientId],
    ['clinical notes', clinicalNotes, clinicalNotes.clientId],
    ['risk flags', riskFlags, riskFlags.clientId],
    ['measures', measureResults, measureResults.clientId],
    ['agreements', contactAgreements, contactAgreements.clientId],
  ] as const) {
    it(`removes Alex's ${name}`, async () => {
      expect(await rows(table, eq(column, alex()))).toBe(0);
    });
  }

  it('tells Alex nothing had to be kept', () => {
    const mail = smtp.received.find((m) => m.to.includes(demoPeople.alex.email) && m.subject.startsWith('Your record at'));
    expect(mail?.text).toMatch(/We did not need to keep anything else/);
  });
});

describe('who may ask, see and carry out an erasure (permission matrix)', () => {
  let other: Awaited<ReturnType<typeof createOtherPractice>>;
  beforeAll(async () => {
    other = await createOtherPractice(db);
  });

  const cases: [DemoKey, 'GET' | 'POST', string, number][] = [
    ['dana', 'GET', 'erasure', 403],
    // Dr Patel is not on this client's team: the client is not there for him at all.
    ['patel', 'GET', 'erasure', 404],
    ['omar', 'GET', 'erasure', 403],
    ['dana', 'POST', 'erasure/request', 403],
    ['dana', 'POST', 'erasure/confirm', 403],
    ['ada', 'POST', 'erasure/request', 403],
    ['dana', 'POST', 'erasure/withdraw', 403],
    ['ada', 'POST', 'erasure/withdraw', 403],
  ];
  for (const [who, method, path, status] of cases) {
    it(`${who} ${method} ${path} → ${status}`, async () => {
      // A client of the practice who has asked nothing yet: clinicians see the client but may not do this.
      const client = await freshClient();
      expect((await call(method, `/api/v1/clients/${client}/${path}`, await t.signIn(who))).statusCode).toBe(status);
    });
  }

  it("answers 404 to another practice's client, and to a client asking about anyone but themselves", async () => {
    const ada = await t.signIn('ada');
    for (const [method, path] of [
      ['GET', 'erasure'],
      ['POST', 'erasure/request'],
      ['POST', 'erasure/withdraw'],
      ['POST', 'erasure/confirm'],
    ] as const) {
      expect((await call(method, `/api/v1/clients/${other.client.id}/${path}`, ada)).statusCode).toBe(404);
    }
    const { createClient, FACTORY_PASSWORD } = await import('../../testing/factories');
    const { person } = await createClient(db, t.demo.practiceId, t.demo.people.dana);
    const signedIn = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: person.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    const cookie = sessionCookieFrom(signedIn);
    const someoneElse = await freshClient();
    for (const [method, path] of [
      ['GET', 'erasure'],
      ['POST', 'erasure/request'],
      ['POST', 'erasure/withdraw'],
      ['POST', 'erasure/confirm'],
    ] as const) {
      expect((await call(method, `/api/v1/clients/${someoneElse}/${path}`, cookie)).statusCode).toBe(404);
    }
    expect((await call('GET', '/api/v1/erasure-requests', cookie)).statusCode).toBe(403);
  });

  it('lets only the admin list the requests', async () => {
    expect((await call('GET', '/api/v1/erasure-requests', await t.signIn('ada'))).statusCode).toBe(200);
    expect((await call('GET', '/api/v1/erasure-requests', await t.signIn('dana'))).statusCode).toBe(403);
  });

  it('refuses a confirm with no request (409)', async () => {
    const client = await freshClient();
    expect((await call('POST', `/api/v1/clients/${client}/erasure/confirm`, await t.signIn('ada'))).statusCode).toBe(409);
  });
});

describe('a client withdraws their request before it is carried out', () => {
  let client: string;
  let person: { id: string; email: string };
  let cookie: string;
  const withdraw = () => call('POST', `/api/v1/clients/${client}/erasure/withdraw`, cookie);

  beforeAll(async () => {
    const { createClient, FACTORY_PASSWORD } = await import('../../testing/factories');
    const made = await createClient(db, t.demo.practiceId, t.demo.people.dana);
    client = made.client.id;
    person = made.person;
    const signedIn = await t.request({
      method: 'POST',
      url: '/api/v1/session',
      body: { email: person.email, password: FACTORY_PASSWORD },
      headers: { 'x-forwarded-for': nextTestAddress() },
    });
    cookie = sessionCookieFrom(signedIn);
  });

  it('answers 409 when there is nothing to withdraw', async () => {
    const res = await withdraw();
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'conflict', message: 'There is no request to withdraw.' } });
  });

  it('withdraws an open request: audited, gone from the admin’s list, and the confirm has nothing left to carry out', async () => {
    const asked = ErasureView.parse((await call('POST', `/api/v1/clients/${client}/erasure/request`, cookie)).json());
    expect(asked.can).toMatchObject({ request: false, withdraw: true });
    const res = await withdraw();
    expect(res.statusCode, res.body).toBe(200);
    const view = ErasureView.parse(res.json());
    expect(view.request).toBeNull();
    expect(view.can).toMatchObject({ request: true, withdraw: false });
    const listed = (await call('GET', '/api/v1/erasure-requests', await t.signIn('ada'))).json() as { requests: { clientId: string }[] };
    expect(listed.requests.map((r) => r.clientId)).not.toContain(client);
    const audited = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientId, client), eq(auditEvents.action, 'erasure.withdraw')));
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: person.id, subjectType: 'erasure_request', subjectId: asked.request!.id });
    expect((await call('POST', `/api/v1/clients/${client}/erasure/confirm`, await t.signIn('ada'))).statusCode).toBe(409);
    expect((await withdraw()).statusCode).toBe(409);
    expect(await rows(users, and(eq(users.id, person.id), eq(users.name, 'Former client'))!)).toBe(0);
  });

  it('lets the client ask again after withdrawing, and refuses a withdrawal once the record is erased', async () => {
    const again = ErasureView.parse((await call('POST', `/api/v1/clients/${client}/erasure/request`, cookie)).json());
    expect(again.request?.status).toBe('requested');
    const listed = (await call('GET', '/api/v1/erasure-requests', await t.signIn('ada'))).json() as { requests: { clientId: string }[] };
    expect(listed.requests.filter((r) => r.clientId === client)).toHaveLength(1);
    expect((await call('POST', `/api/v1/clients/${client}/erasure/confirm`, await t.signIn('ada'))).statusCode).toBe(200);
    // The account is closed, so the client cannot ask over HTTP any more; the service still refuses it.
    const { withdrawErasure } = await import('./erasure.service');
    const { systemCtx } = await import('../../http/context');
    const asClient = {
      ...systemCtx(t.deps, t.demo.practiceId),
      actor: { userId: person.id, practiceId: t.demo.practiceId, role: 'client' as const, name: 'Former client', isDemo: false, clientId: client },
    };
    await expect(withdrawErasure(asClient, client)).rejects.toMatchObject({ code: 'conflict', message: erasureErrors.alreadyErased });
  });
});

/** A new client of Dana's in the demo practice. */
async function freshClient(): Promise<string> {
  const { createClient } = await import('../../testing/factories');
  const { client } = await createClient(db, t.demo.practiceId, t.demo.people.dana);
  return client.id;
}

/**
 * The kinds the demo and the calls above leave Sam without, written as their modules write them:
 * a past pause, a risk formulation, an appointment request in his words, his booking and
 * stable-stretch settings, a cancelled handover and discharge, and a request to come back.
 */
async function seedTheRest(practiceId: string, clientId: string): Promise<void> {
  const dana = t.demo.people.dana;
  const omar = t.demo.people.omar;
  const past = (day: number) => new Date(Date.UTC(2026, 1, day, 10));
  await db.insert(contactPauses).values({ practiceId, clientId, clinicianId: dana, startsAt: past(1), endsAt: past(2), createdBy: dana });
  await db
    .insert(riskFormulations)
    .values({
      practiceId,
      clientId,
      authorId: dana,
      formulation: 'Evenings after conflict with Jo',
      judgement: 'Raised, not imminent',
      plan: 'Call on Friday',
    });
  await db
    .insert(appointmentRequests)
    .values({
      practiceId,
      clientId,
      clinicianId: dana,
      startsAt: past(20),
      durationMinutes: 50,
      kind: 'video',
      note: 'After the argument with Jo, could we talk sooner?',
    });
  await db.insert(bookingSettings).values({ practiceId, clientId, mode: 'request' }).onConflictDoNothing();
  await db
    .insert(stabilitySettings)
    .values({ practiceId, clientId, minDays: 10, updatedAt: past(3), updatedBy: dana })
    .onConflictDoNothing();
  await db.insert(handovers).values({
    practiceId,
    clientId,
    fromClinicianId: dana,
    fromStartsAt: past(1),
    toClinicianId: omar,
    overlapStartsAt: past(5),
    overlapEndsAt: past(12),
    summary: 'Transfer summary for Sam',
    createdBy: dana,
    cancelledAt: past(4),
    cancelledBy: dana,
  });
  await db
    .insert(discharges)
    .values({
      practiceId,
      clientId,
      dischargeOn: '2026-02-27',
      dischargeAt: past(27),
      goodbyeNote: 'It was good to work with you, Sam.',
      plannedBy: dana,
      cancelledAt: past(6),
      cancelledBy: dana,
    });
  await db.insert(reentryRequests).values({ practiceId, clientId, message: 'I would like to come back after the summer.' });
}
