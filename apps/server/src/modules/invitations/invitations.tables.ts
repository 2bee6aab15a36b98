import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';

export const invitations = pgTable(
  'invitations',
  {
    practiceId: practiceId(),
    id: id(),
    kind: text('kind', { enum: ['clinician', 'client'] }).notNull(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    /** sha256 of the single-use link token. */
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').notNull(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    acceptedAt: at('accepted_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.id] }), index('invitations_email_idx').on(t.practiceId, t.email)],
);
