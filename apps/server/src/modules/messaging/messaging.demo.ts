import { and, eq } from 'drizzle-orm';
import type { DemoSeeder } from '../../demo/demo-world';
import type { Ctx } from '../../http/context';
import { expectedReplyBy } from '../reply-windows';
import { screenAndFlag } from '../risk';
import { messageReceipts, messages, messageTemplates } from './messaging.tables';
import { starterTemplates } from './messaging.words';

const HOUR = 3_600_000;

/**
 * The demo conversation (SPEC §3): Sam wrote before a session a few days ago, Dana saw it and
 * replied; Alex shared something small yesterday. Plus the practice's starter templates and
 * e-mail notices on for everyone.
 */
export const seedDemoMessaging: DemoSeeder = async (ctx, world) => {
  const { practiceId, people, clients, now } = world;
  const samSent = new Date(now.getTime() - 3 * 24 * HOUR);
  const samMessage = await seedClientMessage(ctx, {
    clientId: clients.sam,
    authorId: people.sam,
    intent: 'before_session',
    sentAt: samSent,
    body: 'Something I want to bring to our next session: this week has been calm, and I have noticed the calm makes me uneasy, like I am waiting for something to go wrong. Can we talk about that?',
  });
  const danaSaw = new Date(samSent.getTime() + 2 * HOUR);
  const danaReplied = new Date(samSent.getTime() + 3 * HOUR);
  await ctx.db.update(messages).set({ deliveredAt: danaSaw, answeredAt: danaReplied, answeredBy: people.dana }).where(whereMessage(practiceId, samMessage));
  await ctx.db.insert(messageReceipts).values({ practiceId, messageId: samMessage, userId: people.dana, seenAt: danaSaw });
  const [reply] = await ctx.db
    .insert(messages)
    .values({
      practiceId,
      clientId: clients.sam,
      authorId: people.dana,
      authorKind: 'clinician',
      body: 'Thank you for writing this down, Sam. Yes, let’s start there next time. Noticing that unease is a real step. It is okay to be okay, and I am not going anywhere.',
      idempotencyKey: 'demo-dana-reply-1',
      createdAt: danaReplied,
      deliveredAt: new Date(danaReplied.getTime() + 4 * HOUR),
    })
    .returning({ id: messages.id });
  await ctx.db.insert(messageReceipts).values({ practiceId, messageId: reply!.id, userId: people.sam, seenAt: new Date(danaReplied.getTime() + 4 * HOUR) });
  await seedClientMessage(ctx, {
    clientId: clients.alex,
    authorId: people.alex,
    intent: 'share',
    sentAt: new Date(now.getTime() - 26 * HOUR),
    body: 'Just so you know, I tried the breathing exercise before my work meeting and it helped a bit.',
  });
  await ctx.db.insert(messageTemplates).values(starterTemplates.map((t, position) => ({ practiceId, ...t, position })));
};

async function seedClientMessage(
  ctx: Ctx,
  m: { clientId: string; authorId: string; intent: 'share' | 'before_session'; sentAt: Date; body: string },
): Promise<string> {
  const expectation = await expectedReplyBy(ctx, { clientId: m.clientId, intent: m.intent, sentAt: m.sentAt });
  const [row] = await ctx.db
    .insert(messages)
    .values({
      practiceId: ctx.actor.practiceId,
      clientId: m.clientId,
      authorId: m.authorId,
      authorKind: 'client',
      intent: m.intent,
      body: m.body,
      idempotencyKey: `demo-${m.intent}-${m.sentAt.getTime()}`,
      createdAt: m.sentAt,
      expectedReplyBy: expectation.by,
      expectedReplyWords: expectation.words,
      replyClinicianId: expectation.clinicianId,
    })
    .returning({ id: messages.id });
  // Demo messages go through the same screen as real ones, so the clinician's view shows real results.
  const outcome = await screenAndFlag(ctx, { clientId: m.clientId, sourceType: 'message', sourceId: row!.id, text: m.body });
  await ctx.db
    .update(messages)
    .set({ riskLevel: outcome.level, riskReasons: outcome.reasons, screenerVersion: outcome.screenerVersion, showCrisisRoutes: outcome.showCrisisRoutes })
    .where(whereMessage(ctx.actor.practiceId, row!.id));
  return row!.id;
}

function whereMessage(practiceId: string, id: string) {
  return and(eq(messages.practiceId, practiceId), eq(messages.id, id));
}
