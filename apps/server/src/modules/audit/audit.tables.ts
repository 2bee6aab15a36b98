import { bigserial, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, practiceId } from '../../db/columns';

/**
 * Append-only record of every read and write of clinical data (SPEC §2.12).
 * Ids only, never content. A trigger (migration 0001) refuses UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    practiceId: practiceId(),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    at: at('at').notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    clientId: uuid('client_id'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    requestId: text('request_id'),
    reason: text('reason'),
  },
  (t) => [primaryKey({ columns: [t.practiceId, t.seq] }), index('audit_client_idx').on(t.practiceId, t.clientId, t.at)],
);
