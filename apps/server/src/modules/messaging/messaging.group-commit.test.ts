import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobs } from '../../jobs/jobs.tables';
import { useTestApp } from '../../testing/test-app';
import type { Ctx } from '../../http/context';
import { auditEvents } from '../audit/audit.tables';
import { auditRow } from '../audit';
import { mailOutbox } from '../mail/mail.tables';
import { notifications } from '../notifications/notifications.tables';
import { realtimeEvents } from '../realtime/realtime.tables';
import { messages } from './messaging.tables';
import { writeSendGrouped, writeSends, type SendWrite } from './messaging.write';

// Its own database: the e-mail counts below start from a practice where nobody was e-mailed yet.
const t = useTestApp({ clockStart: '2026-03-02T10:00:00Z' }); // a Monday, 10:00 in London

const intents = ['share', 'before_session', 'soon'] as const;

async function sendAs(who: 'sam' | 'alex', n: number) {
  const clientId = t.demo.clients[who];
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/clients/${clientId}/messages`,
    cookie: await t.signIn(who),
    body: { intent: intents[n % intents.length], body: `Message ${n} from ${who}` },
    headers: { 'idempotency-key': `group-${randomUUID()}` },
  });
  expect(res.statusCode).toBe(201);
  return res.json().message as { id: string; intent: string };
}

/** A send as the write takes it, for a batch made by hand. */
function sendWrite(clientId: string, key: string, body = 'Written by hand'): SendWrite {
  const { practiceId, people } = t.demo;
  const authorId = clientId === t.demo.clients.sam ? people.sam : people.alex;
  const id = randomUUID();
  const createdAt = t.clock.now();
  return {
    message: {
      practiceId,
      id,
      clientId,
      authorId,
      authorKind: 'client',
      intent: 'share',
      body,
      idempotencyKey: key,
      createdAt,
      expectedReplyBy: null,
      expectedReplyWords: null,
      replyClinicianId: null,
      showCrisisRoutes: false,
      riskLevel: null,
      riskReasons: null,
      screenerVersion: null,
    },
    audit: auditRow(
      { actor: { practiceId, userId: authorId, role: 'client' } as Ctx['actor'], requestId: `req-${randomUUID()}` },
      { action: 'messages.send', clientId, subjectType: 'message', subjectId: id },
    ),
    notices: [],
    timers: [],
    event: { practiceId, type: 'message.created', clientId, userId: null, subjectId: id, createdAt, urgent: false },
  };
}

describe('sends written together (group commit)', () => {
  it('writes each of many concurrent sends once, with its own audit row, timers, notices, e-mails and event', async () => {
    await Promise.all([t.signIn('sam'), t.signIn('alex')]);
    // The demo seed leaves mail of its own in the outbox (a caring contact's notice, cover arranged): count from here.
    const mailBefore = (await t.deps.database.db.select({ to: mailOutbox.to }).from(mailOutbox)).length;
    const sent = await Promise.all([...Array.from({ length: 9 }, (_, n) => sendAs('sam', n)), ...Array.from({ length: 6 }, (_, n) => sendAs('alex', n))]);
    const ids = sent.map((m) => m.id);
    expect(new Set(ids).size).toBe(15);
    const db = t.deps.database.db;

    const rows = await db.select({ id: messages.id, clientId: messages.clientId, position: messages.position }).from(messages).where(inArray(messages.id, ids));
    expect(rows).toHaveLength(15);
    expect(new Set(rows.map((r) => r.position)).size).toBe(15);

    const audited = await db
      .select({ subjectId: auditEvents.subjectId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'messages.send'), inArray(auditEvents.subjectId, ids)));
    expect(audited.map((a) => a.subjectId).sort()).toEqual([...ids].sort());

    const soon = sent.filter((m) => m.intent === 'soon').map((m) => m.id);
    const timers = await db.select({ key: jobs.dedupeKey }).from(jobs).where(eq(jobs.kind, 'messages.reply-window'));
    expect(timers.map((j) => j.key).sort()).toEqual(soon.flatMap((id) => [`messages.reply-window:nearing:${id}`, `messages.reply-window:passed:${id}`]).sort());

    // Every message tells its readers. E-mails coalesce: within a statement exactly, and across the
    // (at most two) statements in flight at once each may e-mail once, so a reader gets one or two
    // e-mails per client, never one per message.
    const notices = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'message'), inArray(notifications.subjectId, ids)));
    expect(new Set(notices.map((n) => n.subjectId)).size).toBe(15);
    const threads = new Set(notices.map((n) => `${n.userId}:${n.clientId}`));
    const emailedPerThread = new Map<string, number>();
    for (const n of notices.filter((n) => n.emailed))
      emailedPerThread.set(`${n.userId}:${n.clientId}`, (emailedPerThread.get(`${n.userId}:${n.clientId}`) ?? 0) + 1);
    expect([...emailedPerThread.keys()].sort()).toEqual([...threads].sort());
    for (const count of emailedPerThread.values()) expect(count).toBeLessThanOrEqual(2);
    const mails = await db.select({ to: mailOutbox.to }).from(mailOutbox);
    expect(mails).toHaveLength(mailBefore + [...emailedPerThread.values()].reduce((a, b) => a + b, 0));

    const created = await db.select({ subjectId: realtimeEvents.subjectId }).from(realtimeEvents).where(eq(realtimeEvents.type, 'message.created'));
    expect(
      created
        .map((e) => e.subjectId)
        .filter((id) => ids.includes(id))
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('in one statement, skips a send whose key was used before and the second of two twins, writing nothing for either', async () => {
    const sam = t.demo.clients.sam;
    const used = sendWrite(sam, `used-${randomUUID()}`);
    expect(await writeSends(t.deps.database.db, [used])).toEqual([expect.objectContaining({ id: used.message.id })]);

    const twinKey = `twin-${randomUUID()}`;
    const batch = [sendWrite(sam, `new-${randomUUID()}`), sendWrite(sam, used.message.idempotencyKey), sendWrite(sam, twinKey), sendWrite(sam, twinKey)];
    const written = await writeSends(t.deps.database.db, batch);
    expect(written.map((row) => row?.id)).toEqual([batch[0]!.message.id, undefined, batch[2]!.message.id, undefined]);

    const skipped = [batch[1]!.message.id, batch[3]!.message.id];
    const db = t.deps.database.db;
    expect(await db.select().from(messages).where(inArray(messages.id, skipped))).toEqual([]);
    expect(await db.select().from(auditEvents).where(inArray(auditEvents.subjectId, skipped))).toEqual([]);
    expect(await db.select().from(realtimeEvents).where(inArray(realtimeEvents.subjectId, skipped))).toEqual([]);
  });

  it('refuses only the send that cannot be written; the sends beside it are written', async () => {
    const sam = t.demo.clients.sam;
    const nobody = randomUUID(); // no such client: the conversation's foreign key refuses it
    const batch = [
      sendWrite(sam, `a-${randomUUID()}`),
      sendWrite(sam, `b-${randomUUID()}`),
      { ...sendWrite(sam, `c-${randomUUID()}`), message: { ...sendWrite(nobody, 'c').message, clientId: nobody } },
      sendWrite(sam, `d-${randomUUID()}`),
    ];
    const outcomes = await Promise.allSettled(batch.map((send) => writeSendGrouped(t.deps.database.db, send)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const good = [batch[0]!, batch[1]!, batch[3]!].map((s) => s.message.id);
    const stored = await t.deps.database.db.select({ id: messages.id }).from(messages).where(inArray(messages.id, good));
    expect(stored).toHaveLength(3);
    expect(await t.deps.database.db.select({ id: messages.id }).from(messages).where(eq(messages.clientId, nobody))).toEqual([]);
  });
});
