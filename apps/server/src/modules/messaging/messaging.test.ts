import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { DemoKey } from '../../demo/demo-people';
import { useTestApp } from '../../testing/test-app';
import { jobs } from '../../jobs/jobs.tables';
import { auditEvents } from '../audit/audit.tables';
import { notifications } from '../notifications/notifications.tables';
import { realtimeEvents } from '../realtime/realtime.tables';
import { riskFlags } from '../risk/risk.tables';
import { messageReceipts, messages } from './messaging.tables';

const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' }); // a Monday, 10:00 in London (GMT)

const newKey = () => `test-${randomUUID()}`;

async function send(who: DemoKey, clientId: string, body: unknown, key: string = newKey()) {
  return t.request({ method: 'POST', url: `/api/v1/clients/${clientId}/messages`, cookie: await t.signIn(who), body, headers: { 'idempotency-key': key } });
}

async function conversation(who: DemoKey, clientId: string, query = '') {
  const res = await t.request({ method: 'GET', url: `/api/v1/clients/${clientId}/messages${query}`, cookie: await t.signIn(who) });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('sending with intent (SPEC §2.2)', () => {
  it('sends a share: no reply is expected, and it says so', async () => {
    const res = await send('sam', t.demo.clients.sam, { intent: 'share', body: '  A good walk today.  ' });
    expect(res.statusCode).toBe(201);
    const { message, showCrisisRoutes } = res.json();
    expect(message).toMatchObject({ intent: 'share', body: 'A good walk today.', expectedReplyBy: null, author: { kind: 'client', isMe: true } });
    expect(message.expectedReplyWords).toBe('No reply is expected. Dana will read it in working hours.');
    expect(showCrisisRoutes).toBe(false);
  });

  it('sends a before_session message: read within two working days', async () => {
    const { message } = (await send('sam', t.demo.clients.sam, { intent: 'before_session', body: 'For Thursday.' })).json();
    expect(message.expectedReplyBy).toBe('2026-03-04T17:00:00.000Z');
    expect(message.expectedReplyWords).toBe('Dana will read this before your next session, and within 2 working days: by 5 pm on Wednesday.');
  });

  it('sends a soon message: a reply within one working day, with the time in words', async () => {
    const res = await send('sam', t.demo.clients.sam, { intent: 'soon', body: 'Can we talk about the off-week?' });
    expect(res.statusCode).toBe(201);
    const { message } = res.json();
    expect(message.expectedReplyBy).toBe('2026-03-03T17:00:00.000Z');
    expect(message.expectedReplyWords).toBe('Dana replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.');
  });

  it('sends a crisis message: crisis routes at once, a flag for the on-call queue, no promised time', async () => {
    const res = await send('sam', t.demo.clients.sam, { intent: 'crisis', body: 'I am not okay tonight.' });
    expect(res.statusCode).toBe(201);
    const { message, showCrisisRoutes } = res.json();
    expect(showCrisisRoutes).toBe(true);
    expect(message.expectedReplyBy).toBeNull();
    expect(message.expectedReplyWords).toMatch(/^Omar, on call now, and Dana will see this as soon as they can\. Messages are not watched around the clock/);
    expect(message).not.toHaveProperty('risk');
    const flags = await t.deps.database.db.select().from(riskFlags).where(eq(riskFlags.sourceId, message.id));
    expect(flags).toHaveLength(1);
    // The flag's escalation ladder tells the on-call clinician at once (one notice, not two).
    await t.runner.runDue();
    const omar = await t.deps.database.db.select().from(notifications).where(eq(notifications.userId, t.demo.people.omar));
    expect(omar.filter((n) => n.clientId === t.demo.clients.sam).map((n) => n.kind)).toEqual(['flag_raised']);
  });

  it('lets a clinician reply without an intent, and answers what was waiting', async () => {
    const res = await send('dana', t.demo.clients.sam, { body: 'Thank you, Sam. I have read this.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().message).toMatchObject({ intent: null, author: { kind: 'clinician', name: 'Dana Reyes' }, expectedReplyBy: null });
    const waiting = (await conversation('dana', t.demo.clients.sam)).messages.filter((m: { awaitingReply?: boolean }) => m.awaitingReply);
    expect(waiting).toEqual([]);
  });

  it('refuses a client message without an intent, and a clinician reply with one', async () => {
    const client = await send('sam', t.demo.clients.sam, { body: 'no intent' });
    expect(client.statusCode).toBe(400);
    expect(client.json().error).toMatchObject({ code: 'validation_failed', details: { field: 'intent' } });
    expect((await send('dana', t.demo.clients.sam, { intent: 'soon', body: 'no' })).statusCode).toBe(400);
  });

  it('shows crisis routes when the words screen high, and never tells the client a risk label', async () => {
    const res = await send('sam', t.demo.clients.sam, { intent: 'share', body: 'I keep thinking I would be better off dead' });
    expect(res.statusCode).toBe(201);
    expect(res.json().showCrisisRoutes).toBe(true);
    expect(res.body).not.toMatch(/"risk"|"level"|"high"|imminent/);
    const id = res.json().message.id;
    const mine = (await conversation('sam', t.demo.clients.sam)).messages;
    for (const m of mine) {
      expect(m).not.toHaveProperty('risk');
      expect(m).not.toHaveProperty('awaitingReply');
    }
    const dana = (await conversation('dana', t.demo.clients.sam)).messages.find((m: { id: string }) => m.id === id);
    expect(dana.risk.level).toBe('high');
    expect(dana.risk.reasons[0]).toMatchObject({ phrase: 'better off dead' });
  });
});

describe('idempotent sending', () => {
  /** Ten sends of one body under one Idempotency-Key, all in flight together: one is made (201), nine replay it (200). */
  async function sendTenAtOnceUnderOneKey(body: { intent: string; body: string }) {
    const key = newKey();
    const cookie = await t.signIn('alex');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        t.request({
          method: 'POST',
          url: `/api/v1/clients/${t.demo.clients.alex}/messages`,
          cookie,
          body,
          headers: { 'idempotency-key': key },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    return { key, results };
  }

  it('returns the same message for the same key, and 409 for another body under it', async () => {
    const key = newKey();
    const first = await send('alex', t.demo.clients.alex, { intent: 'share', body: 'Same words' }, key);
    expect(first.statusCode).toBe(201);
    const again = await send('alex', t.demo.clients.alex, { intent: 'share', body: 'Same words' }, key);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().message.id).toBe(first.json().message.id);
    const other = await send('alex', t.demo.clients.alex, { intent: 'share', body: 'Different words' }, key);
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ code: 'conflict', requestId: expect.any(String) });
  });

  it('makes one row from ten concurrent sends with one key', async () => {
    const { key, results } = await sendTenAtOnceUnderOneKey({ intent: 'soon', body: 'Once only' });
    expect(new Set(results.map((r) => r.json().message.id)).size).toBe(1);
    const rows = await t.deps.database.db.select().from(messages).where(eq(messages.idempotencyKey, key));
    expect(rows).toHaveLength(1);
  });

  it('raises one flag, with one audit row, one ladder step 0 and one flag.raised, from ten concurrent crisis sends with one key', async () => {
    const { key } = await sendTenAtOnceUnderOneKey({ intent: 'crisis', body: 'I am not safe tonight' });
    const [message] = await t.deps.database.db.select().from(messages).where(eq(messages.idempotencyKey, key));
    const flags = await t.deps.database.db
      .select()
      .from(riskFlags)
      .where(and(eq(riskFlags.sourceType, 'message'), eq(riskFlags.sourceId, message!.id)));
    expect(flags).toHaveLength(1);
    const flagId = flags[0]!.id;
    const raised = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'flags.raise'), eq(auditEvents.subjectId, flagId)));
    expect(raised).toHaveLength(1);
    const steps = await t.deps.database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.dedupeKey} like ${`flag:${flagId}:step:%`}`);
    expect(steps.map((j) => j.dedupeKey)).toEqual([`flag:${flagId}:step:0`]);
    const events = await t.deps.database.db
      .select()
      .from(realtimeEvents)
      .where(and(eq(realtimeEvents.type, 'flag.raised'), eq(realtimeEvents.subjectId, flagId)));
    expect(events).toHaveLength(1);
  });

  it('requires an Idempotency-Key of 8 to 100 characters', async () => {
    const cookie = await t.signIn('alex');
    const url = `/api/v1/clients/${t.demo.clients.alex}/messages`;
    const missing = await t.request({ method: 'POST', url, cookie, body: { intent: 'share', body: 'x' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_failed');
    expect((await send('alex', t.demo.clients.alex, { intent: 'share', body: 'x' }, 'short')).statusCode).toBe(400);
    expect((await send('alex', t.demo.clients.alex, { intent: 'share', body: 'x' }, 'k'.repeat(101))).statusCode).toBe(400);
  });
});

describe('bodies and bad input', () => {
  it('refuses empty, blank and over-long bodies with the error shape', async () => {
    for (const body of ['', '   \n  ', 'x'.repeat(5001)]) {
      const res = await send('sam', t.demo.clients.sam, { intent: 'share', body });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'validation_failed', message: expect.any(String), requestId: expect.any(String) } });
    }
    expect((await send('sam', t.demo.clients.sam, { intent: 'share', body: 'x'.repeat(5000) })).statusCode).toBe(201);
  });

  it('refuses an unknown intent, unknown fields and a body too large to parse', async () => {
    expect((await send('sam', t.demo.clients.sam, { intent: 'urgent', body: 'x' })).statusCode).toBe(400);
    expect((await send('sam', t.demo.clients.sam, { intent: 'share', body: 'x', priority: 'high' })).statusCode).toBe(400);
    const huge = await send('sam', t.demo.clients.sam, { intent: 'share', body: 'x'.repeat(70_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });
});

describe('who may read and write a conversation', () => {
  it('answers 404 when a client posts into, or reads, another client’s conversation', async () => {
    const post = await send('alex', t.demo.clients.sam, { intent: 'share', body: 'hello' });
    expect(post.statusCode).toBe(404);
    expect(post.json().error.code).toBe('not_found');
    const read = await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/messages`, cookie: await t.signIn('alex') });
    expect(read.statusCode).toBe(404);
  });

  it('answers 403 to a GP on the care team without the messages scope', async () => {
    const cookie = await t.signIn('patel');
    expect((await t.request({ method: 'GET', url: `/api/v1/clients/${t.demo.clients.sam}/messages`, cookie })).statusCode).toBe(403);
    expect((await send('patel', t.demo.clients.sam, { body: 'hello' })).statusCode).toBe(403);
  });

  it('answers 404 for another client’s message id when marking it seen', async () => {
    const { message } = (await send('sam', t.demo.clients.sam, { intent: 'share', body: 'mine' })).json();
    const res = await t.request({ method: 'POST', url: `/api/v1/messages/${message.id}/seen`, cookie: await t.signIn('alex') });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('No such message.');
  });
});

describe('receipts', () => {
  it('is delivered when the care team opens the conversation, and shows who saw it and when', async () => {
    const { message } = (await send('sam', t.demo.clients.sam, { intent: 'before_session', body: 'About the weekend.' })).json();
    const before = (await conversation('sam', t.demo.clients.sam)).messages.find((m: { id: string }) => m.id === message.id);
    expect(before).toMatchObject({ deliveredAt: null, seenBy: [] });

    t.clock.advance(60_000);
    await conversation('dana', t.demo.clients.sam);
    t.clock.set('2026-03-02T14:02:00Z');
    const seen = await t.request({ method: 'POST', url: `/api/v1/messages/${message.id}/seen`, cookie: await t.signIn('dana') });
    expect(seen.statusCode).toBe(200);
    const again = await t.request({ method: 'POST', url: `/api/v1/messages/${message.id}/seen`, cookie: await t.signIn('dana') });
    expect(again.statusCode).toBe(200);

    const after = (await conversation('sam', t.demo.clients.sam)).messages.find((m: { id: string }) => m.id === message.id);
    expect(after.deliveredAt).toBe('2026-03-02T10:01:00.000Z');
    expect(after.seenBy).toEqual([{ name: 'Dana', at: '2026-03-02T14:02:00.000Z' }]);
    const receipts = await t.deps.database.db.select().from(messageReceipts).where(eq(messageReceipts.messageId, message.id));
    expect(receipts).toHaveLength(1);
  });

  it('records nothing when the author marks their own message seen', async () => {
    const { message } = (await send('sam', t.demo.clients.sam, { intent: 'share', body: 'self' })).json();
    const res = await t.request({ method: 'POST', url: `/api/v1/messages/${message.id}/seen`, cookie: await t.signIn('sam') });
    expect(res.statusCode).toBe(200);
    expect(res.json().message.seenBy).toEqual([]);
  });
});

describe('no reply needed, templates and paging', () => {
  it('closes a message without a reply, sends the kind word back once, and keeps that from the client', async () => {
    const { message } = (await send('alex', t.demo.clients.alex, { intent: 'before_session', body: 'Small thing.' })).json();
    const url = `/api/v1/messages/${message.id}/no-reply-needed`;
    const cookie = await t.signIn('dana');
    const res = await t.request({ method: 'POST', url, cookie, body: { note: 'Thank you for telling me, Alex.' } });
    expect(res.statusCode).toBe(200);
    expect(res.json().message).toMatchObject({ noReplyNeeded: { byName: 'Dana Reyes' }, awaitingReply: false, seenBy: [{ name: 'Dana' }] });
    expect((await t.request({ method: 'POST', url, cookie, body: { note: 'Again' } })).statusCode).toBe(200);

    const alexView = (await conversation('alex', t.demo.clients.alex)).messages;
    const notes = alexView.filter((m: { body: string }) => m.body === 'Thank you for telling me, Alex.');
    expect(notes).toHaveLength(1);
    expect(alexView.find((m: { id: string }) => m.id === message.id)).not.toHaveProperty('noReplyNeeded');
    expect((await t.request({ method: 'POST', url, cookie: await t.signIn('alex') })).statusCode).toBe(403);
  });

  it('lists the practice templates for clinicians only', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/message-templates', cookie: await t.signIn('dana') });
    expect(res.statusCode).toBe(200);
    expect(res.json().templates.map((x: { title: string }) => x.title)).toContain('It is okay to be okay');
    expect((await t.request({ method: 'GET', url: '/api/v1/message-templates', cookie: await t.signIn('sam') })).statusCode).toBe(403);
  });

  it('pages a long conversation backwards, newest last, without gaps or repeats', async () => {
    const sent: string[] = [];
    for (let i = 0; i < 7; i += 1) sent.push((await send('alex', t.demo.clients.alex, { intent: 'share', body: `page ${i}` })).json().message.id);
    const seen: string[] = [];
    let query = '?limit=3';
    for (;;) {
      const page = await conversation('alex', t.demo.clients.alex, query);
      seen.unshift(...page.messages.map((m: { id: string }) => m.id));
      if (!page.olderCursor) break;
      query = `?limit=3&before=${page.olderCursor}`;
    }
    expect(seen.slice(-7)).toEqual(sent);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('offers clients the intent picker with the reply each choice would get now', async () => {
    const page = await conversation('sam', t.demo.clients.sam);
    expect(page.intentChoices.map((c: { intent: string }) => c.intent)).toEqual(['share', 'before_session', 'soon', 'crisis']);
    expect(page.can).toEqual({ send: true, markNoReplyNeeded: false, useTemplates: false });
    expect((await conversation('dana', t.demo.clients.sam)).can).toEqual({ send: true, markNoReplyNeeded: true, useTemplates: true });
  });
});

describe('audit', () => {
  it('records every read and write of a conversation, ids only', async () => {
    const { message } = (await send('sam', t.demo.clients.sam, { intent: 'share', body: 'audited words' })).json();
    await conversation('dana', t.demo.clients.sam);
    await t.request({ method: 'POST', url: `/api/v1/messages/${message.id}/seen`, cookie: await t.signIn('dana') });
    const rows = await t.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.clientId, t.demo.clients.sam), sql`${auditEvents.action} in ('messages.send', 'messages.read', 'messages.seen')`));
    const actions = new Set(rows.map((r) => r.action));
    expect(actions).toEqual(new Set(['messages.send', 'messages.read', 'messages.seen']));
    expect(JSON.stringify(rows)).not.toContain('audited words');
  });
});
