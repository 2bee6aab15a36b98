import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';
import { practices } from '../practices/practices.tables';
import type { StoredReason } from '../risk/risk.tables';

/**
 * One conversation per client with their care team (SPEC §2.2). A client's message carries an
 * intent; a clinician's reply does not. The idempotency key is unique per conversation, so a
 * retried or concurrent duplicate send finds the row instead of making a second one.
 */
export const messages = pgTable(
  'messages',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    /** Insertion order: conversations page on it (timestamps can tie). */
    position: bigserial('position', { mode: 'number' }).notNull(),
    authorId: uuid('author_id').notNull(),
    authorKind: text('author_kind', { enum: ['client', 'clinician'] }).notNull(),
    intent: text('intent', { enum: ['share', 'before_session', 'soon', 'crisis'] }),
    body: text('body').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: createdAt(),
    /** The reply promised on sending, and its words as the client read them. */
    expectedReplyBy: at('expected_reply_by'),
    expectedReplyWords: text('expected_reply_words'),
    replyClinicianId: uuid('reply_clinician_id'),
    showCrisisRoutes: boolean('show_crisis_routes').notNull().default(false),
    /** The screen result (clinicians only, never shown to the client). */
    riskLevel: text('risk_level', { enum: ['none', 'concern', 'high', 'imminent'] }),
    riskReasons: jsonb('risk_reasons').$type<StoredReason[]>(),
    screenerVersion: text('screener_version'),
    deliveredAt: at('delivered_at'),
    answeredAt: at('answered_at'),
    answeredBy: uuid('answered_by'),
    noReplyNeededAt: at('no_reply_needed_at'),
    noReplyNeededBy: uuid('no_reply_needed_by'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    unique('messages_idempotency_unique').on(t.practiceId, t.clientId, t.idempotencyKey),
    index('messages_conversation_idx').on(t.practiceId, t.clientId, t.position),
    index('messages_awaiting_idx')
      .on(t.practiceId, t.clientId)
      .where(sql`${t.authorKind} = 'client' and ${t.answeredAt} is null and ${t.noReplyNeededAt} is null`),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [users.practiceId, users.id] }),
    check('messages_body_length', sql`char_length(${t.body}) between 1 and 5000`),
    check('messages_intent_by_author', sql`(${t.authorKind} = 'client') = (${t.intent} is not null)`),
    check('messages_key_length', sql`char_length(${t.idempotencyKey}) between 8 and 100`),
    check('messages_no_reply_complete', sql`(${t.noReplyNeededAt} is null) = (${t.noReplyNeededBy} is null)`),
    check('messages_answered_complete', sql`(${t.answeredAt} is null) = (${t.answeredBy} is null)`),
  ],
);

/** "Seen by Dana · 14:02": one row per person who opened a message, recorded once. */
export const messageReceipts = pgTable(
  'message_receipts',
  {
    practiceId: practiceId(),
    messageId: uuid('message_id').notNull(),
    userId: uuid('user_id').notNull(),
    seenAt: at('seen_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.messageId, t.userId] }),
    foreignKey({ columns: [t.practiceId, t.messageId], foreignColumns: [messages.practiceId, messages.id] }),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
  ],
);

/** Short replies clinicians reuse; practice-wide. */
export const messageTemplates = pgTable(
  'message_templates',
  {
    practiceId: practiceId().references(() => practices.id),
    id: id(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    position: integer('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    check('message_templates_title_length', sql`char_length(${t.title}) between 1 and 80`),
    check('message_templates_body_length', sql`char_length(${t.body}) between 1 and 5000`),
  ],
);
