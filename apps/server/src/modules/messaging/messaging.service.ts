import { randomUUID } from 'node:crypto';
import type { MessageIntent, SendMessageResponse } from '@steadfast/contracts';
import { withDb, type Ctx } from '../../http/context';
import { conflict, invalid, notFound } from '../../http/errors';
import { audit, auditRow } from '../audit';
import { jobValues } from '../../jobs/jobs';
import { contactRulesFor, contactRulesGrouped, extraReadersOf, replyTermsOf } from '../agreements';
import { findReplyContext, findReplyContextGrouped, type ReplyContext } from '../reply-windows';
import { expectationsFrom, type ReplyExpectation } from '../reply-windows';
import { flagToRaise, screenOnly, type FlagWrite, type ScreenOutcome, type Screened } from '../risk';
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
import { announcementOf } from './messaging.announce';
import { replyWindowTimers } from './messaging.reminders';
import { writeSend, writeSendGrouped, type MessageValues, type SendWrite } from './messaging.write';

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
 * Sends a message into a client's conversation (the route has checked `messages.send`). It reads
 * as four steps: prepare (the client's context and the reply the intent promises), screen (and
 * raise a flag), write (the message, its audit row, its reply-window timers) and announce (its
 * notices and real-time event). Write and announce are one statement (messaging.write.ts), so all
 * that must not be lost commits together.
 *
 * The common send, a client's words that raise no flag, is two statements and no transaction: the
 * context read, then the write, each shared with the sends in flight at the same moment (a group
 * commit). A send that raises a flag (a `crisis` message) is the same without the sharing: its
 * reads, then its own statement at once, which writes the flag and its ladder with the message. A
 * clinician's reply also marks what it answers (receipts), so it runs in a transaction.
 */
export async function sendMessage(ctx: Ctx, input: SendInput): Promise<SendResult> {
  assertIntentFits(ctx, input);
  const id = randomUUID();
  // Screening is pure and comes first: it decides whether the send may share its statements with the sends beside it.
  const screened = ctx.actor.role === 'client' ? screenOnly(screenInput(input, id)) : undefined;
  const routine = screened !== undefined && !screened.raise;
  // A send that raises nothing may wait a moment while escalations are late; one that raises a flag never does.
  if (routine) await ctx.deps.urgentWork?.yieldToUrgentWork();
  const sent = screened ? await send(ctx, input, { id, screened, grouped: routine }) : await sendInOneTransaction(ctx, input, id);
  return sent ?? ctx.db.transaction((tx) => replay(withDb(ctx, tx), input));
}

/**
 * The send itself, in the caller's transaction; undefined when the conversation already holds the
 * idempotency key (a concurrent twin waits on the unique index and lands here once the first commits).
 */
export async function sendInTransaction(
  ctx: Ctx,
  input: SendInput,
  options: { id?: string; screened?: Screened; /** A caring contact is not a reply: it leaves waiting messages waiting. */ answersConversation?: boolean } = {},
): Promise<SendResult | undefined> {
  return send(ctx, input, {
    id: options.id ?? randomUUID(),
    screened: options.screened,
    grouped: false,
    answersConversation: options.answersConversation ?? true,
  });
}

/** prepare → screen → write → announce. Grouped only outside a transaction, for a send that raises no flag. */
async function send(
  ctx: Ctx,
  input: SendInput,
  how: {
    id: string;
    screened: Screened | undefined;
    grouped: boolean;
    answersConversation?: boolean;
    /** The reads, when the caller did them before its transaction opened. */
    prepared?: PreparedSend;
  },
): Promise<SendResult | undefined> {
  const prepared = how.prepared ?? (await prepareSend(ctx, input, how.grouped));
  const { screen, flag } = screenSend(ctx, input, how, prepared.context.policies);
  const message = messageValues(ctx, input, how.id, prepared, screen);
  const write: SendWrite = {
    message,
    ...recordsOf(ctx, message, prepared),
    ...announcementOf(message, prepared.context, ctx.deps.config.publicUrl, prepared.extraReaders),
    ...(flag ? { flag } : {}),
  };
  const written = how.grouped ? await writeSendGrouped(ctx.db, write) : await writeSend(ctx.db, write);
  if (!written) return undefined;
  if (message.authorKind === 'clinician' && how.answersConversation !== false) await acknowledgeConversation(ctx, input.clientId, written.createdAt);
  return resultOf(ctx, written);
}

/** A clinician's reply: the message, and the receipts and answers it makes, in one transaction. */
async function sendInOneTransaction(ctx: Ctx, input: SendInput, id: string): Promise<SendResult | undefined> {
  const prepared = readsBeforeTransaction(ctx) ? await prepareSend(ctx, input, false) : undefined;
  return ctx.db
    .transaction(async (tx) => {
      const result = await send(withDb(ctx, tx), input, { id, screened: undefined, grouped: false, answersConversation: true, prepared });
      // The key was used before: roll back what this attempt wrote and answer with the original.
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
 * A send on the app's pool, outside any transaction: its reads go out before its writes (read
 * committed, they see what reads in a transaction would), so a clinician's reply holds its
 * transaction's connection for its writes alone. A caller's own transaction keeps its reads inside it.
 */
function readsBeforeTransaction(ctx: Ctx): boolean {
  return ctx.db === ctx.deps.database.db;
}

function assertIntentFits(ctx: Ctx, input: SendInput): void {
  const fromClient = ctx.actor.role === 'client';
  if (fromClient && !input.intent) throw invalid(messagingErrors.intentRequired, { field: 'intent' });
  if (!fromClient && input.intent) throw invalid(messagingErrors.intentForClientsOnly, { field: 'intent' });
}

interface PreparedSend {
  now: Date;
  context: ReplyContext;
  expectation: ReplyExpectation | undefined;
  /** A cover or on call who hears of the message besides the care team. */
  extraReaders: string[];
}

/** What a send reads first: the client's context (one round trip, shared when grouped) and the reply its intent promises. */
async function prepareSend(ctx: Ctx, input: SendInput, grouped: boolean): Promise<PreparedSend> {
  const now = ctx.clock.now();
  const request = { practiceId: ctx.actor.practiceId, clientId: input.clientId, now };
  const context = grouped ? await findReplyContextGrouped(ctx.db, request) : await findReplyContext(ctx.db, request.practiceId, request.clientId, now);
  if (!context) throw notFound('client');
  if (!input.intent) return { now, context, expectation: undefined, extraReaders: [] };
  // The contact agreement in force decides the window, the hours, who answers and the words (SPEC §2.3);
  // read, like the context, in one statement shared with the sends beside it.
  const rulesRequest = { practiceId: ctx.actor.practiceId, context, at: now };
  const rules = grouped ? await contactRulesGrouped(ctx.db, rulesRequest) : await contactRulesFor(ctx.db, rulesRequest.practiceId, context, now);
  // A `crisis` message names who the rota has on call, read with the rules: one connection at a time, no read beside it.
  const onCallName = input.intent === 'crisis' ? Promise.resolve(rules.rotaOnCallName ?? undefined) : undefined;
  const [expectation] = await expectationsFrom(ctx.db, ctx.actor.practiceId, context, [input.intent], now, replyTermsOf(rules), onCallName);
  return { now, context, expectation, extraReaders: extraReadersOf(rules) };
}

/**
 * A client's words are screened before the row is written, so the row is written once, with its
 * screen; a flag (high, imminent or `crisis`) is written in the message's own statement, so the
 * two commit together or not at all. A clinician's reply is not screened.
 */
function screenSend(
  ctx: Ctx,
  input: SendInput,
  how: { id: string; screened: Screened | undefined },
  practicePolicies: Record<string, unknown>,
): { screen?: ScreenOutcome; flag?: FlagWrite } {
  if (ctx.actor.role !== 'client') return {};
  const screened = how.screened ?? screenOnly(screenInput(input, how.id));
  const { outcome, flag } = flagToRaise(ctx, screenInput(input, how.id), screened, practicePolicies);
  return flag ? { screen: outcome, flag } : { screen: outcome };
}

function screenInput(input: SendInput, id: string) {
  return { clientId: input.clientId, sourceType: 'message' as const, sourceId: id, text: input.body, crisisIntent: input.intent === 'crisis' };
}

function messageValues(ctx: Ctx, input: SendInput, id: string, prepared: PreparedSend, screen: ScreenOutcome | undefined): MessageValues {
  return {
    practiceId: ctx.actor.practiceId,
    id,
    clientId: input.clientId,
    authorId: ctx.actor.userId,
    authorKind: ctx.actor.role === 'client' ? 'client' : 'clinician',
    intent: input.intent ?? null,
    body: input.body,
    idempotencyKey: input.idempotencyKey,
    createdAt: prepared.now,
    expectedReplyBy: prepared.expectation?.by ?? null,
    expectedReplyWords: prepared.expectation?.words ?? null,
    replyClinicianId: prepared.expectation?.clinicianId ?? null,
    ...screenColumns(screen, input.intent, prepared.expectation?.showCrisisRoutes ?? false),
  };
}

/** What the send records beside the message: its audit row and, for a `soon` message, the reply-window timers. */
function recordsOf(ctx: Ctx, message: MessageValues, prepared: PreparedSend): Pick<SendWrite, 'audit' | 'timers'> {
  const timers = message.intent === 'soon' && prepared.expectation ? replyWindowTimers(message, prepared.expectation) : [];
  return {
    audit: auditRow(ctx, { action: 'messages.send', clientId: message.clientId, subjectType: 'message', subjectId: message.id }),
    timers: timers.map(jobValues),
  };
}

function resultOf(ctx: Ctx, message: MessageRow): SendResult {
  const view = toMessageView({ ...message, authorName: ctx.actor.name, noReplyNeededByName: null }, [], audienceOf(ctx.actor));
  return { message: view, showCrisisRoutes: message.showCrisisRoutes, replayed: false };
}

/** The screen result is kept with the message for clinicians; a flag (high, imminent or `crisis`) was raised with it. */
function screenColumns(screen: ScreenOutcome | undefined, intent: MessageIntent | undefined, agreedCrisisRoutes: boolean) {
  return {
    riskLevel: screen?.level ?? null,
    riskReasons: screen?.reasons ?? null,
    screenerVersion: screen?.screenerVersion ?? null,
    // The crisis routes look the same every time, whatever raised them (CLINICAL.md §3.2).
    // The 24-hour rule's automatic reply shows them too (CLINICAL.md §3.1).
    showCrisisRoutes: (screen ? screen.showCrisisRoutes || intent === 'crisis' : false) || agreedCrisisRoutes,
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
