import { boolean, integer, pgTable, primaryKey, text, index } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';

/**
 * Every e-mail the system sends, written in the transaction that caused it (outbox).
 * Never clinical content. With no SMTP configured (demo), mail stays here as 'kept' for the admin to read.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    practiceId: practiceId(),
    id: id(),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ['queued', 'sent', 'kept', 'failed'] })
      .notNull()
      .default('queued'),
    /**
     * The text holds a link that lets its reader into the account (a password reset): it is sent,
     * but never shown in the admin's outbox outside demo mode, or an admin could take over a colleague's account.
     */
    sensitive: boolean('sensitive').notNull().default(false),
    /**
     * Sent to an address that is being erased (the client told what their erasure kept): the row
     * goes once delivery is over, sent or not, so the outbox never keeps the address.
     */
    forgetAfterSend: boolean('forget_after_send').notNull().default(false),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: createdAt(),
    sentAt: at('sent_at'),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.id] }), index('mail_outbox_status_idx').on(t.status, t.createdAt)],
);
