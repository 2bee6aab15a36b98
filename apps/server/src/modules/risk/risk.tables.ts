import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';

export interface StoredReason {
  phrase: string;
  construct: string;
  span: [number, number];
}

/**
 * A risk flag: raised by screening (or a `crisis` message), seen by the care team and on-call,
 * never by the client, and ended only by a human acknowledgement with a note (SPEC §2.9).
 */
export const riskFlags = pgTable(
  'risk_flags',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    sourceType: text('source_type', { enum: ['message', 'checkin', 'measure', 'peer_post'] }).notNull(),
    sourceId: text('source_id').notNull(),
    level: text('level', { enum: ['concern', 'high', 'imminent'] }).notNull(),
    reasons: jsonb('reasons').$type<StoredReason[]>().notNull(),
    screenerVersion: text('screener_version').notNull(),
    createdAt: createdAt(),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgementNote: text('acknowledgement_note'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    index('risk_flags_open_idx').on(t.practiceId, t.acknowledgedAt, t.createdAt),
    index('risk_flags_source_idx').on(t.practiceId, t.sourceType, t.sourceId),
    check('risk_flags_ack_complete', sql`(${t.acknowledgedAt} is null) = (${t.acknowledgedBy} is null) and (${t.acknowledgedAt} is null) = (${t.acknowledgementNote} is null)`),
  ],
);
