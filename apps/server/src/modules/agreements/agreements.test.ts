import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AgreementTerms } from '@steadfast/contracts';
import type { DemoKey } from '../../demo/demo-people';
import { systemCtx, type Ctx } from '../../http/context';
import { agreementTerms } from '../../testing/agreements.factories';
import { freshSignIns } from '../../testing/fresh-sign-in';
import { useTestApp } from '../../testing/test-app';
import { auditEvents } from '../audit/audit.tables';
import { notifications } from '../notifications/notifications.tables';
import { expectedReplyBy } from '../reply-windows';
import { addOffWeeks, appointmentRequestsAllowed, contactRulesAt, replyTermsOf } from './index';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' });
const signIn = freshSignIns(t);
const agreementUrl = () => `/api/v1/clients/${t.demo.clients.sam}/agreement`;

async function as(who: DemoKey, method: 'GET' | 'POST', url: string, body?: unknown) {
  return t.request({ method, url, cookie: await signIn(who), ...(body === undefined ? {} : { body }) });
}

async function propose(who: DemoKey, terms: AgreementTerms) {
  const res = await as(who, 'POST', `${agreementUrl()}/proposals`, { terms });
  expect(res.statusCode).toBe(201);
  return res.json().proposed as { version: number };
}

async function samSendsSoon() {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${t.demo.clients.sam}/messages`,
    cookie: await signIn('sam'),
    body: { intent: 'soon', body: 'Could we talk about this week?' },
    headers: { 'idempotency-key': randomUUID() },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { message: { id: string; expectedReplyBy: string; expectedReplyWords: string }; showCrisisRoutes: boolean };
}

function danaCtx(): Ctx {
  return {
    ...systemCtx(t.deps, t.demo.practiceId),
    actor: { userId: t.demo.people.dana, practiceId: t.demo.practiceId, role: 'clinician', name: 'Dana Reyes', isDemo: true },
  };
}

describe('agreement versions and signatures (SPEC §2.3)', () => {
  it('shows Sam the signed demo agreement, with Omar as her named on-call and her own words', async () => {
    const res = await as('sam', 'GET', agreementUrl());
    expect(res.statusCode).toBe(200);
    const { current, proposed } = res.json();
    // Version 1 as signed, or a later one when the demo's step-down plan added its agreed off-week.
    expect(current.version).toBeGreaterThanOrEqual(1);
    expect(current).toMatchObject({ status: 'in_force', terms: { sessions: 'weekly', appointmentRequests: { inOffWeeks: false } } });
    expect(current.terms.clientCommitments).toBe('No promises not to message in the off-week, but I won’t ask for an appointment.');
    expect(current.names[t.demo.people.omar]).toBe('Omar Haddad');
    expect(proposed).toBeNull();
  });

  it('keeps a proposed change beside the one in force until both have signed, then supersedes the old one', async () => {
    const current = (await as('dana', 'GET', agreementUrl())).json().current;
    const base = current.version as number;
    const proposalNotices = () =>
      t.deps.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, t.demo.people.sam), eq(notifications.kind, 'agreement_proposed')));
    const toldBefore = (await proposalNotices()).length;
    const terms = { ...current.terms, replyWindows: { before_session: { workingDays: 2 }, soon: { workingHours: 4 } } };
    const proposed = await propose('dana', terms);
    expect(proposed.version).toBe(base + 1);

    const seen = (await as('sam', 'GET', agreementUrl())).json();
    expect(seen.current.version).toBe(base);
    expect(seen.proposed).toMatchObject({ version: base + 1, status: 'proposed', clientSignedAt: null });
    expect(seen.proposed.clinicianSignedAt).not.toBeNull();
    expect((await proposalNotices()).length).toBe(toldBefore + 1);

    // Not yet in force: the practice's one working day still applies.
    t.clock.set('2026-03-04T14:00:00Z');
    expect((await samSendsSoon()).message.expectedReplyBy).toBe('2026-03-05T17:00:00.000Z');

    expect((await as('sam', 'POST', `${agreementUrl()}/sign`, { version: base })).statusCode).toBe(409);
    const signed = await as('sam', 'POST', `${agreementUrl()}/sign`, { version: base + 1 });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ current: { version: base + 1, status: 'in_force' }, proposed: null });
    const audit = await t.deps.database.db.select().from(auditEvents).where(eq(auditEvents.subjectType, 'contact_agreement'));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['agreement.propose', 'agreement.inForce']));
  });

  it('lets the agreed window flow into expectedReplyBy and the words on send', async () => {
    t.clock.set('2026-03-04T14:00:00Z');
    const { message } = await samSendsSoon();
    expect(message.expectedReplyBy).toBe('2026-03-05T10:00:00.000Z'); // 3 h on Wednesday + 1 h on Thursday
    expect(message.expectedReplyWords).toBe('Dana replies to ‘soon’ messages within 4 working hours: by 10 am tomorrow.');
    const rules = await contactRulesAt(t.deps.database.db, t.demo.practiceId, t.demo.clients.sam, t.clock.now());
    const e = await expectedReplyBy(danaCtx(), { clientId: t.demo.clients.sam, intent: 'soon', sentAt: t.clock.now() }, replyTermsOf(rules!));
    expect(e.by).toEqual(new Date('2026-03-05T10:00:00Z'));
    const picker = (await as('sam', 'GET', `/api/v1/clients/${t.demo.clients.sam}/messages`)).json().intentChoices;
    expect(picker.find((c: { intent: string }) => c.intent === 'soon').expectation).toMatch(/within 4 working hours/);
  });

  it('lets only the two parties sign: the GP reads it, another client cannot see it', async () => {
    expect((await as('patel', 'GET', agreementUrl())).statusCode).toBe(200);
    expect((await as('patel', 'POST', `${agreementUrl()}/proposals`, { terms: agreementTerms() })).statusCode).toBe(403);
    expect((await as('alex', 'GET', agreementUrl())).statusCode).toBe(404);
    expect((await as('dana', 'POST', `${agreementUrl()}/proposals`, { terms: { ...agreementTerms(), extra: 1 } })).statusCode).toBe(400);
  });
});

describe('at the moment it matters', () => {
  it('in an off-week, an appointment request shows the agreed words and the open routes', async () => {
    t.clock.set('2026-03-05T10:00:00Z');
    const ctx = danaCtx();
    const added = await t.deps.database.db.transaction((tx) =>
      addOffWeeks(
        tx,
        { ...ctx, db: tx },
        { clientId: t.demo.clients.sam, periods: [{ start: '2026-03-16', end: '2026-03-22' }], reason: 'One week off, then fortnightly', source: 'test' },
      ),
    );
    expect(added).toMatchObject({ status: 'proposed' });
    const during = new Date('2026-03-17T12:00:00Z');
    // A proposal changes nothing until Sam signs it.
    expect((await appointmentRequestsAllowed(t.deps.database.db, t.demo.practiceId, t.demo.clients.sam, during)).allowed).toBe(true);
    expect((await as('sam', 'POST', `${agreementUrl()}/sign`, { version: added.version })).statusCode).toBe(200);

    const answer = await appointmentRequestsAllowed(t.deps.database.db, t.demo.practiceId, t.demo.clients.sam, during);
    expect(answer.allowed).toBe(false);
    expect(answer.words).toBe(
      'In an off-week we agreed not to book extra appointments. You can still send a message, and if it is a real emergency, Omar is on call.',
    );
    expect(answer.routes.map((r) => r.kind)).toEqual(['message', 'on_call', 'crisis_lines']);
    expect(answer.routes[1]).toMatchObject({ clinicianId: t.demo.people.omar, name: 'Omar Haddad' });
    const after = await appointmentRequestsAllowed(t.deps.database.db, t.demo.practiceId, t.demo.clients.sam, new Date('2026-03-23T09:00:00Z'));
    expect(after.allowed).toBe(true);
  });

  it('puts off-weeks in force at once when the client accepted the plan themselves', async () => {
    const ctx = danaCtx();
    const added = await t.deps.database.db.transaction((tx) =>
      addOffWeeks(
        tx,
        { ...ctx, db: tx },
        {
          clientId: t.demo.clients.alex,
          periods: [{ start: new Date('2026-04-13T00:00:00+01:00'), end: new Date('2026-04-20T00:00:00+01:00') }],
          reason: 'Easter',
          source: 'test',
          clientAgreedAt: t.clock.now(),
        },
      ),
    );
    expect(added.status).toBe('in_force');
    const rules = await contactRulesAt(t.deps.database.db, t.demo.practiceId, t.demo.clients.alex, new Date('2026-04-19T22:00:00Z'));
    expect(rules!.offWeek).toMatchObject({ start: '2026-04-13', end: '2026-04-19' });
  });

  it('with the 24-hour rule: the message still arrives, on call hears of it, and the automatic reply offers medical and crisis routes first', async () => {
    t.clock.set('2026-03-06T10:00:00Z');
    expect((await as('dana', 'POST', `${agreementUrl()}/twenty-four-hour-rule`)).statusCode).toBe(409);
    const current = (await as('dana', 'GET', agreementUrl())).json().current;
    const { version } = await propose('dana', { ...current.terms, twentyFourHourRule: true });
    expect((await as('sam', 'POST', `${agreementUrl()}/sign`, { version })).statusCode).toBe(200);
    const started = await as('dana', 'POST', `${agreementUrl()}/twenty-four-hour-rule`);
    expect(started.statusCode).toBe(200);
    expect(started.json().twentyFourHourRuleUntil).toBe('2026-03-07T10:00:00.000Z');

    t.clock.set('2026-03-06T12:00:00Z');
    const sent = await samSendsSoon();
    expect(sent.showCrisisRoutes).toBe(true);
    const words = sent.message.expectedReplyWords;
    expect(words.indexOf('emergency department')).toBeGreaterThan(-1);
    expect(words.indexOf('emergency department')).toBeLessThan(words.indexOf('24 hours'));
    expect(words).toMatch(/has arrived and has not been lost/);
    const conversation = (await as('dana', 'GET', `/api/v1/clients/${t.demo.clients.sam}/messages`)).json();
    expect(conversation.messages.some((m: { id: string }) => m.id === sent.message.id)).toBe(true);
    const onCall = await t.deps.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, t.demo.people.omar), eq(notifications.subjectId, sent.message.id)));
    expect(onCall).toHaveLength(1);

    t.clock.set('2026-03-07T10:30:00Z');
    expect((await samSendsSoon()).message.expectedReplyWords).toMatch(/^Dana replies/);
  });
});
