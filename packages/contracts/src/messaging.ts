import { z } from 'zod';
import { Id, IsoDateTime, RiskLevel } from './common';

/** What a client means by a message (SPEC §2.2); it sets the reply lane, never how distressed the words sound. */
export const messageIntents = ['share', 'before_session', 'soon', 'crisis'] as const;
export const MessageIntent = z.enum(messageIntents);
export type MessageIntent = z.infer<typeof MessageIntent>;

export const MESSAGE_MAX_CHARS = 5000;

/** A message body: trimmed, never empty, at most 5000 characters. */
export const MessageText = z
  .string()
  .trim()
  .min(1, 'Write something before sending.')
  .max(MESSAGE_MAX_CHARS, `Keep a message to ${MESSAGE_MAX_CHARS} characters or fewer.`);

/** Clients send with an intent; clinicians reply without one (the service enforces which). */
export const SendMessageBody = z.strictObject({
  intent: MessageIntent.optional(),
  body: MessageText,
});
export type SendMessageBody = z.infer<typeof SendMessageBody>;

/** A client-chosen key that makes a retried send return the same message (8–100 visible characters). */
export const IdempotencyKey = z.string().regex(/^[\x21-\x7e]{8,100}$/, 'Send an Idempotency-Key header of 8 to 100 visible characters.');
export const SendMessageHeaders = z.object({ 'idempotency-key': IdempotencyKey });

export const MessagePageQuery = z.strictObject({
  /** Page backwards from this message (exclusive): the cursor for long conversations. */
  before: Id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type MessagePageQuery = z.infer<typeof MessagePageQuery>;

export const MessageAuthor = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(['client', 'clinician']),
  /** True when the caller wrote it. */
  isMe: z.boolean(),
});

/** "Seen by Dana · 14:02": who other than the author opened the message, and when. */
export const SeenReceipt = z.object({ name: z.string(), at: IsoDateTime });

export const MessageRiskReason = z.object({
  phrase: z.string(),
  construct: z.string(),
  span: z.tuple([z.number().int(), z.number().int()]),
});

/** The screen result of a client-written message: clinicians only, never sent to a client (CLINICAL.md §3.2). */
export const MessageRisk = z.object({ level: RiskLevel, reasons: z.array(MessageRiskReason) });
export type MessageRisk = z.infer<typeof MessageRisk>;

export const NoReplyNeeded = z.object({ byName: z.string(), at: IsoDateTime });

export const Message = z.object({
  id: Id,
  clientId: Id,
  author: MessageAuthor,
  /** Set on client messages; null on a clinician's reply. */
  intent: MessageIntent.nullable(),
  body: z.string(),
  createdAt: IsoDateTime,
  /** When the client can expect a reply; null when none is expected (share) or for crisis (crisis routes instead). */
  expectedReplyBy: IsoDateTime.nullable(),
  /** The same promise in words, as the client saw it on sending. */
  expectedReplyWords: z.string().nullable(),
  /** When the other side first received it in an open conversation. */
  deliveredAt: IsoDateTime.nullable(),
  seenBy: z.array(SeenReceipt),
  /** Clinicians only: the screen result of a client's message. */
  risk: MessageRisk.optional(),
  /** Clinicians only: a clinician closed it without a reply. */
  noReplyNeeded: NoReplyNeeded.nullable().optional(),
  /** Clinicians only: a client message still waiting for the care team. */
  awaitingReply: z.boolean().optional(),
});
export type Message = z.infer<typeof Message>;

export const SendMessageResponse = z.object({
  message: Message,
  /** Show the safety plan and crisis lines now; the same routes every time, never a risk label. */
  showCrisisRoutes: z.boolean(),
});
export type SendMessageResponse = z.infer<typeof SendMessageResponse>;

/** One choice in the client's intent picker, in plain words, with the reply it would get if sent now. */
export const IntentChoice = z.object({
  intent: MessageIntent,
  label: z.string(),
  explanation: z.string(),
  expectation: z.string(),
});
export type IntentChoice = z.infer<typeof IntentChoice>;

export const Conversation = z.object({
  clientId: Id,
  /** Oldest first, newest last. */
  messages: z.array(Message),
  /** Pass as `before` to load the previous page; null at the start of the conversation. */
  olderCursor: Id.nullable(),
  can: z.object({ send: z.boolean(), markNoReplyNeeded: z.boolean(), useTemplates: z.boolean() }),
  /** Clients only: the intent picker's choices. */
  intentChoices: z.array(IntentChoice).optional(),
});
export type Conversation = z.infer<typeof Conversation>;

export const MarkNoReplyNeededBody = z.strictObject({
  /** An optional kind word back, sent to the client as a reply. */
  note: MessageText.optional(),
});
export type MarkNoReplyNeededBody = z.infer<typeof MarkNoReplyNeededBody>;

export const MessageResponse = z.object({ message: Message });

export const MessageTemplate = z.object({ id: Id, title: z.string(), body: z.string() });
export type MessageTemplate = z.infer<typeof MessageTemplate>;
export const MessageTemplateList = z.object({ templates: z.array(MessageTemplate) });
