import { and, eq, isNull } from 'drizzle-orm';
import { messageIntents, type Conversation, type IntentChoice, type Message, type MessagePageQuery, type MessageTemplate } from '@steadfast/contracts';
import { relationshipsTo } from '../../access/relationships';
import { allows, clientRules, roleAllows, type ClientAction } from '../../access/rules';
import { withDb, type Ctx } from '../../http/context';
import { invalid, notFound } from '../../http/errors';
import { audit } from '../audit';
import { publishEvent, publishEvents } from '../realtime';
import { expectationsFor } from '../reply-windows';
import { contactRulesAt, replyTermsOf } from '../agreements';
import { sendInTransaction } from './messaging.service';
import { findAuthoredMessage, findMessage, insertReceipt, markDelivered, pageOfMessages, receiptsFor, templatesOf, type MessageRow } from './messaging.queries';
import { messages } from './messaging.tables';
import { audienceOf, toMessageView } from './messaging.views';
import { intentWords, messagingErrors } from './messaging.words';

/**
 * A page of the conversation, oldest first (the route has checked `messages.read`). Opening it
 * is the "delivered" receipt for what the other side wrote; the read is audited.
 */
export async function listConversation(ctx: Ctx, clientId: string, query: MessagePageQuery): Promise<Conversation> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  const audience = audienceOf(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const c = withDb(ctx, tx);
    const before = query.before ? await findMessage(tx, practiceId, query.before) : undefined;
    if (query.before && before?.clientId !== clientId) throw notFound('message');
    const newestFirst = await pageOfMessages(tx, practiceId, clientId, before?.position, query.limit + 1, await coverOnlySince(c, clientId));
    const page = newestFirst.slice(0, query.limit).reverse();
    const ids = page.map((m) => m.id);
    const delivered = new Set(await markDelivered(tx, practiceId, ids, audience.kind === 'client' ? 'clinician' : 'client', now));
    for (const m of page) if (delivered.has(m.id)) m.deliveredAt = now;
    const receipts = await receiptsFor(tx, practiceId, ids);
    await audit(c, { action: 'messages.read', clientId, subjectType: 'conversation', subjectId: clientId });
    await publishEvents(
      tx,
      [...delivered].map((id) => ({ practiceId, clientId, type: 'message.updated' as const, subjectId: id, at: now })),
    );
    return {
      clientId,
      messages: page.map((m) => toMessageView(m, receipts, audience)),
      olderCursor: newestFirst.length > query.limit ? page[0]!.id : null,
      can: await abilities(c, clientId),
      ...(audience.kind === 'client' ? { intentChoices: await intentChoices(c, clientId, now) } : {}),
    };
  });
}

/**
 * The named cover of an absence reads the conversation from the absence's start only (SPEC §2.3):
 * undefined for anyone whose access does not rest on that cover alone.
 */
async function coverOnlySince(ctx: Ctx, clientId: string): Promise<Date | undefined> {
  if (ctx.actor.role !== 'clinician') return undefined;
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now());
  if (!access?.coverFrom) return undefined;
  const others = new Set([...access.relationships].filter((r) => r !== 'cover'));
  return allows(clientRules['messages.read'], others, access.scopes) ? undefined : access.coverFrom;
}

/** What the caller can do here, so the web app never re-implements the rules. */
async function abilities(ctx: Ctx, clientId: string): Promise<Conversation['can']> {
  const access = await relationshipsTo(ctx.db, ctx.actor, clientId, ctx.clock.now());
  const may = (action: ClientAction) => Boolean(access && allows(clientRules[action], access.relationships, access.scopes));
  return {
    send: may('messages.send'),
    markNoReplyNeeded: may('messages.markNoReplyNeeded'),
    useTemplates: roleAllows('messageTemplates.read', ctx.actor.role),
  };
}

/** The intent picker, each choice with the reply it would get if sent now. */
async function intentChoices(ctx: Ctx, clientId: string, now: Date): Promise<IntentChoice[]> {
  const rules = await contactRulesAt(ctx.db, ctx.actor.practiceId, clientId, now);
  const expectations = await expectationsFor(ctx, clientId, messageIntents, now, rules && replyTermsOf(rules));
  return messageIntents.map((intent, i) => ({ intent, ...intentWords[intent], expectation: expectations[i]!.words }));
}

/** Records that the caller has seen a message (again is a no-op); the author's own view records nothing. */
export async function markSeen(ctx: Ctx, messageId: string): Promise<Message> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const c = withDb(ctx, tx);
    const message = await findRoutedMessage(c, messageId);
    if (message.authorId !== ctx.actor.userId && (await insertReceipt(tx, practiceId, message.id, ctx.actor.userId, now))) {
      await tx
        .update(messages)
        .set({ deliveredAt: now })
        .where(and(eq(messages.practiceId, practiceId), eq(messages.id, message.id), isNull(messages.deliveredAt)));
      await publishEvent(tx, { practiceId, clientId: message.clientId, type: 'message.updated', subjectId: message.id, at: now });
    }
    await audit(c, { action: 'messages.seen', clientId: message.clientId, subjectType: 'message', subjectId: message.id });
    return viewOf(c, message.id);
  });
}

/**
 * A clinician closes a client's message without a reply; an optional kind word goes back to the
 * client as a reply. Marking again changes nothing and sends nothing twice.
 */
export async function markNoReplyNeeded(ctx: Ctx, messageId: string, note: string | undefined): Promise<Message> {
  const practiceId = ctx.actor.practiceId;
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const c = withDb(ctx, tx);
    const message = await findRoutedMessage(c, messageId);
    if (message.authorKind !== 'client') throw invalid(messagingErrors.noReplyOnOwnSide);
    const marked = await tx
      .update(messages)
      .set({ noReplyNeededAt: now, noReplyNeededBy: ctx.actor.userId })
      .where(and(eq(messages.practiceId, practiceId), eq(messages.id, message.id), isNull(messages.noReplyNeededAt)))
      .returning({ id: messages.id });
    await insertReceipt(tx, practiceId, message.id, ctx.actor.userId, now);
    if (marked.length > 0) {
      if (note) await sendInTransaction(c, { clientId: message.clientId, body: note, idempotencyKey: `no-reply-needed:${message.id}` });
      await audit(c, { action: 'messages.noReplyNeeded', clientId: message.clientId, subjectType: 'message', subjectId: message.id });
      await publishEvent(tx, { practiceId, clientId: message.clientId, type: 'message.updated', subjectId: message.id, at: now });
    }
    return viewOf(c, message.id);
  });
}

/** The practice's reply templates, for clinicians. */
export async function listTemplates(ctx: Ctx): Promise<MessageTemplate[]> {
  const rows = await templatesOf(ctx.db, ctx.actor.practiceId);
  return rows.map((t) => ({ id: t.id, title: t.title, body: t.body }));
}

/** A message found by its own id; the route's declared action was checked on its client by the auth hook (http/auth.ts). */
async function findRoutedMessage(ctx: Ctx, messageId: string): Promise<MessageRow> {
  const message = await findMessage(ctx.db, ctx.actor.practiceId, messageId);
  if (!message) throw notFound('message');
  // The named cover of an absence sees the conversation from the absence's start only (SPEC §2.3).
  const since = await coverOnlySince(ctx, message.clientId);
  if (since && message.createdAt < since) throw notFound('message');
  return message;
}

async function viewOf(ctx: Ctx, messageId: string): Promise<Message> {
  const [row, receipts] = [await findAuthoredMessage(ctx.db, ctx.actor.practiceId, messageId), await receiptsFor(ctx.db, ctx.actor.practiceId, [messageId])];
  return toMessageView(row!, receipts, audienceOf(ctx.actor));
}
