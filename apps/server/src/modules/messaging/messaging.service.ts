import { randomUUID } from 'node:crypto';
import type { MessageIntent, SendMessageResponse } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit } from '../audit/audit.service';
import { publishEvents } from '../realtime/realtime.service';
import { findReplyContext } from '../reply-windows/reply-windows.queries';
import { expectationsFrom, type ReplyExpectation } from '../reply-windows/reply-windows.service';
import { screenAndFlag, type ScreenOutcome } from '../risk/risk.service';
import { announceMessage } from './messaging.announce';
import {
  answerWaitingMessages,
  findAuthoredMessage,
  findByIdempotencyKey,
  insertMessage,
  insertReceipts,
  receiptsFor,
  unseenClientMessages,
} from './messaging.queries';
import { audienceOf, toMessageView } from './messaging.views';
import { messagingErrors } from './messaging.words';

export interface SendInput {
  clientId: string;
  intent?: MessageIntent;
  body: string;
  idempotencyKey: string;
}

export interface SendResult extends SendMessageResponse {
  /** The key was used before: this is the original message, unchanged. */
  replayed: boolean;
}

/**
 * Sends a message into a client's conversation (the route has checked `messages.send`).
 * Everything that must not be lost commits together: the message, its screen and flag, the
 * audit row, the notices and their e-mails, the reply-window timers and the real-time events.
 */
export async function sendMessage(ctx: Ctx, input: SendInput): Promise<SendResult> {
  const fromClient = ctx.actor.role === 'client';
  if (fromClient && !input.intent) throw invalid(messagingErrors.intentRequired, { field: 'intent' });
  if (!fromClient && input.intent) throw invalid(messagingErrors.intentForClientsOnly, { field: 'intent' });
  const sent = await ctx.db
    .transaction(async (tx) => {
      const result = await sendInTransaction(withDb(ctx, tx), input);
      // The key was used before: roll back what this attempt wrote (a flag) and answer with the original.
      if (!result) throw new KeyAlreadyUsed();
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof KeyAlreadyUsed) return undefined;
      throw error;
    });
  return sent ?? ctx.db.transaction((tx) => replay(withDb(ctx, tx), input));
}

class KeyAlreadyUsed extends Error {}

/**
 * The send itself, in the caller's transaction; undefined when the conversation already holds the
 * idempotency key (a concurrent twin waits on the unique index and lands here once the first commits).
 * The words are screened before the row is written, so the row is written once, with its screen.
 */
export async function sendInTransaction(ctx: Ctx, input: SendInput): Promise<SendResult | undefined> {
  const now = ctx.clock.now();
  const practiceId = ctx.actor.practiceId;
  const fromClient = ctx.actor.role === 'client';
  const context = await findReplyContext(ctx.db, practiceId, input.clientId, now);
  if (!context) throw notFound('client');
  const [expectation] = input.intent ? await expectationsFrom(ctx.db, practiceId, context, [input.intent], now) : [];
  const id = randomUUID();
  const screen = fromClient ? await screenAndFlag(ctx, { clientId: input.clientId, sourceType: 'message', sourceId: id, text: input.body, crisisIntent: input.intent === 'crisis' }) : undefined;
  const message = await insertMessage(ctx.db, {
    practiceId,
    id,
    clientId: input.clientId,
    authorId: ctx.actor.userId,
    authorKind: fromClient ? 'client' : 'clinician',
    intent: input.intent ?? null,
    body: input.body,
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
    ...expectationColumns(expectation),
    ...screenColumns(screen, input.intent),
  });
  if (!message) return undefined;
  if (!fromClient) await acknowledgeConversation(ctx, input.clientId, now);
  await audit(ctx, { action: 'messages.send', clientId: input.clientId, subjectType: 'message', subjectId: message.id });
  const notices = await announceMessage(ctx, message, context, expectation);
  await publishEvents(ctx.db, [...notices, { practiceId, clientId: input.clientId, type: 'message.created', subjectId: message.id, at: now }]);
  const view = toMessageView({ ...message, authorName: ctx.actor.name, noReplyNeededByName: null }, [], audienceOf(ctx.actor));
  return { message: view, showCrisisRoutes: message.showCrisisRoutes, replayed: false };
}

function expectationColumns(expectation: ReplyExpectation | undefined) {
  return {
    expectedReplyBy: expectation?.by ?? null,
    expectedReplyWords: expectation?.words ?? null,
    replyClinicianId: expectation?.clinicianId ?? null,
  };
}

/** The screen result is kept with the message for clinicians; a flag (high, imminent or `crisis`) was raised with it. */
function screenColumns(screen: ScreenOutcome | undefined, intent: MessageIntent | undefined) {
  if (!screen) return {};
  return {
    riskLevel: screen.level,
    riskReasons: screen.reasons,
    screenerVersion: screen.screenerVersion,
    // The crisis routes look the same every time, whatever raised them (CLINICAL.md §3.2).
    showCrisisRoutes: screen.showCrisisRoutes || intent === 'crisis',
  };
}

/** A clinician's reply means they have read what came before it, and answers what was waiting. */
async function acknowledgeConversation(ctx: Ctx, clientId: string, now: Date): Promise<void> {
  const practiceId = ctx.actor.practiceId;
  const unseen = await unseenClientMessages(ctx.db, practiceId, clientId, ctx.actor.userId);
  await insertReceipts(ctx.db, practiceId, unseen, ctx.actor.userId, now);
  await answerWaitingMessages(ctx.db, practiceId, clientId, ctx.actor.userId, now);
}

/** The same key again: the same message if it is the same send, else a conflict (never a second row). */
async function replay(ctx: Ctx, input: SendInput): Promise<SendResult> {
  const practiceId = ctx.actor.practiceId;
  const existing = await findByIdempotencyKey(ctx.db, practiceId, input.clientId, input.idempotencyKey);
  const same = existing && existing.authorId === ctx.actor.userId && existing.body === input.body && existing.intent === (input.intent ?? null);
  if (!existing || !same) throw conflict(messagingErrors.keyReused);
  await audit(ctx, { action: 'messages.send.replay', clientId: input.clientId, subjectType: 'message', subjectId: existing.id });
  const [authored, receipts] = await Promise.all([findAuthoredMessage(ctx.db, practiceId, existing.id), receiptsFor(ctx.db, practiceId, [existing.id])]);
  return { message: toMessageView(authored!, receipts, audienceOf(ctx.actor)), showCrisisRoutes: existing.showCrisisRoutes, replayed: true };
}
