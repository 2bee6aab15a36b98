import { randomUUID } from 'node:crypto';
import type { MessageIntent, SendMessageResponse } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit } from '../audit/audit.service';
import { findReplyContext, findReplyContextGrouped, type ReplyContext } from '../reply-windows/reply-windows.queries';
import { expectationsFrom, type ReplyExpectation } from '../reply-windows/reply-windows.service';
import { screenAndFlag, screenOnly, type ScreenOutcome, type Screened } from '../risk/risk.service';
import {
  answerWaitingMessages,
  findAuthoredMessage,
  findByIdempotencyKey,
  insertReceipts,
  receiptsFor,
  unseenClientMessages,
  type MessageRow,
} from './messaging.queries';
import { audienceOf, toMessageView } from './messaging.views';
import { messagingErrors } from './messaging.words';
import { sendWriteOf, writeSend, writeSendGrouped, type MessageValues } from './messaging.write';

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
 *
 * The common send, a client's words that raise no flag, is two statements and no transaction: the
 * context read, then one statement that writes all of it (atomic on its own, messaging.write.ts),
 * shared with the other sends in flight at the same moment (a group commit). A flag (with its
 * ladder) or a clinician's reply (receipts, answering) writes more, so those run in a transaction,
 * with the same statement, for that send alone, inside it.
 */
export async function sendMessage(ctx: Ctx, input: SendInput): Promise<SendResult> {
  const fromClient = ctx.actor.role === 'client';
  if (fromClient && !input.intent) throw invalid(messagingErrors.intentRequired, { field: 'intent' });
  if (!fromClient && input.intent) throw invalid(messagingErrors.intentForClientsOnly, { field: 'intent' });
  const id = randomUUID();
  const screened = fromClient ? screenOnly(screenInput(input, id)) : undefined;
  const sent = screened && !screened.raise ? await writeClientSend(ctx, input, id, screened) : await sendInOneTransaction(ctx, input, id, screened);
  return sent ?? ctx.db.transaction((tx) => replay(withDb(ctx, tx), input));
}

/** A client's send that raises no flag: outside a transaction, so its read and its write share statements with the sends beside it. */
async function writeClientSend(ctx: Ctx, input: SendInput, id: string, screened: Screened): Promise<SendResult | undefined> {
  const prepared = await prepareSend(ctx, input, { grouped: true });
  const message = await writeSendGrouped(ctx.db, sendWriteOf(ctx, messageValues(ctx, input, id, prepared, screened), prepared.context, prepared.expectation));
  return message && resultOf(ctx, message);
}

async function sendInOneTransaction(ctx: Ctx, input: SendInput, id: string, screened: Screened | undefined): Promise<SendResult | undefined> {
  return ctx.db
    .transaction(async (tx) => {
      const result = await sendInTransaction(withDb(ctx, tx), input, { id, screened });
      // The key was used before: roll back what this attempt wrote (a flag) and answer with the original.
      if (!result) throw new KeyAlreadyUsed();
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof KeyAlreadyUsed) return undefined;
      throw error;
    });
}

class KeyAlreadyUsed extends Error {}

/**
 * The send itself, in the caller's transaction; undefined when the conversation already holds the
 * idempotency key (a concurrent twin waits on the unique index and lands here once the first commits).
 * The words are screened before the row is written, so the row is written once, with its screen.
 */
export async function sendInTransaction(
  ctx: Ctx,
  input: SendInput,
  options: { id?: string; screened?: Screened; /** A caring contact is not a reply: it leaves waiting messages waiting. */ answersConversation?: boolean } = {},
): Promise<SendResult | undefined> {
  const fromClient = ctx.actor.role === 'client';
  const id = options.id ?? randomUUID();
  const prepared = await prepareSend(ctx, input);
  const screen = fromClient ? await screenAndFlag(ctx, screenInput(input, id), options.screened ?? screenOnly(screenInput(input, id))) : undefined;
  const message = await writeSend(ctx.db, sendWriteOf(ctx, messageValues(ctx, input, id, prepared, screen), prepared.context, prepared.expectation));
  if (!message) return undefined;
  if (!fromClient && options.answersConversation !== false) await acknowledgeConversation(ctx, input.clientId, message.createdAt);
  return resultOf(ctx, message);
}

interface PreparedSend {
  now: Date;
  context: ReplyContext;
  expectation: ReplyExpectation | undefined;
}

/** What a send reads first: the client's context (one round trip) and the reply its intent promises. */
async function prepareSend(ctx: Ctx, input: SendInput, options: { grouped?: boolean } = {}): Promise<PreparedSend> {
  const now = ctx.clock.now();
  const request = { practiceId: ctx.actor.practiceId, clientId: input.clientId, now };
  const context = options.grouped ? await findReplyContextGrouped(ctx.db, request) : await findReplyContext(ctx.db, request.practiceId, request.clientId, now);
  if (!context) throw notFound('client');
  const [expectation] = input.intent ? await expectationsFrom(ctx.db, ctx.actor.practiceId, context, [input.intent], now) : [];
  return { now, context, expectation };
}

function screenInput(input: SendInput, id: string) {
  return { clientId: input.clientId, sourceType: 'message' as const, sourceId: id, text: input.body, crisisIntent: input.intent === 'crisis' };
}

function messageValues(ctx: Ctx, input: SendInput, id: string, prepared: PreparedSend, screen: ScreenOutcome | undefined): MessageValues {
  const fromClient = ctx.actor.role === 'client';
  return {
    practiceId: ctx.actor.practiceId,
    id,
    clientId: input.clientId,
    authorId: ctx.actor.userId,
    authorKind: fromClient ? 'client' : 'clinician',
    intent: input.intent ?? null,
    body: input.body,
    idempotencyKey: input.idempotencyKey,
    createdAt: prepared.now,
    ...expectationColumns(prepared.expectation),
    ...screenColumns(screen, input.intent),
  };
}

function resultOf(ctx: Ctx, message: MessageRow): SendResult {
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
