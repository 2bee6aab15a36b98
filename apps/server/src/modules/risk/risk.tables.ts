import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { acknowledgementOutcomes, notificationReasons } from '@steadfast/contracts';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

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
    /**
     * When the practice's window for this level breaches, fixed at raise: the ladder's steps fall at
     * whole multiples of (due_by − created_at), so a later policy change never moves a running ladder.
     */
    dueBy: at('due_by').notNull(),
    acknowledgedAt: at('acknowledged_at'),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgementNote: text('acknowledgement_note'),
    acknowledgementOutcome: text('acknowledgement_outcome', { enum: acknowledgementOutcomes }),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.acknowledgedBy], foreignColumns: [users.practiceId, users.id] }),
    index('risk_flags_open_idx').on(t.practiceId, t.acknowledgedAt, t.createdAt),
    index('risk_flags_client_idx').on(t.practiceId, t.clientId, t.createdAt),
    index('risk_flags_source_idx').on(t.practiceId, t.sourceType, t.sourceId),
    check(
      'risk_flags_ack_complete',
      sql`(${t.acknowledgedAt} is null) = (${t.acknowledgedBy} is null) and (${t.acknowledgedAt} is null) = (${t.acknowledgementNote} is null)`,
    ),
    check('risk_flags_ack_note_length', sql`${t.acknowledgementNote} is null or char_length(${t.acknowledgementNote}) between 1 and 2000`),
    check('risk_flags_outcome_needs_ack', sql`${t.acknowledgementOutcome} is null or ${t.acknowledgedAt} is not null`),
    check('risk_flags_due_after_raise', sql`${t.dueBy} > ${t.createdAt}`),
  ],
);

export interface StoredNotified {
  userId: string;
  reason: (typeof notificationReasons)[number];
  channels: string[];
}

/**
 * A flag's history, append-only: each ladder step (who was told, when, by which channels) and
 * the acknowledgement. The unique index makes "a step fires exactly once" a fact the database
 * keeps, beneath the job runner's own guarantee. A trigger (migration flag_events_append_only)
 * refuses UPDATE.
 */
export const flagEvents = pgTable(
  'flag_events',
  {
    practiceId: practiceId(),
    id: id(),
    flagId: uuid('flag_id').notNull(),
    kind: text('kind', { enum: ['step', 'acknowledged'] }).notNull(),
    step: integer('step'),
    at: at('at').notNull(),
    /** The person who acknowledged; null for steps (the system takes them). */
    actorId: uuid('actor_id'),
    notified: jsonb('notified').$type<StoredNotified[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.flagId], foreignColumns: [riskFlags.practiceId, riskFlags.id] }),
    foreignKey({ columns: [t.practiceId, t.actorId], foreignColumns: [users.practiceId, users.id] }),
    uniqueIndex('flag_events_one_per_step').on(t.practiceId, t.flagId, t.step),
    uniqueIndex('flag_events_one_acknowledgement')
      .on(t.practiceId, t.flagId)
      .where(sql`${t.kind} = 'acknowledged'`),
    check('flag_events_step_shape', sql`(${t.kind} = 'step') = (${t.step} is not null) and (${t.kind} = 'acknowledged') = (${t.actorId} is not null)`),
    check('flag_events_step_range', sql`${t.step} is null or ${t.step} between 0 and 3`),
    check('flag_events_notified_is_array', sql`jsonb_typeof(${t.notified}) = 'array'`),
  ],
);

/**
 * The clinician's own risk formulation of a client: free text, judgement and plan, never
 * prefilled from a screen result (CLINICAL.md §6). Append-only: each save is a new row.
 */
export const riskFormulations = pgTable(
  'risk_formulations',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    authorId: uuid('author_id').notNull(),
    formulation: text('formulation').notNull(),
    judgement: text('judgement').notNull(),
    plan: text('plan').notNull(),
    changeableFactors: text('changeable_factors').notNull().default(''),
    reviewBy: date('review_by', { mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [users.practiceId, users.id] }),
    index('risk_formulations_client_idx').on(t.practiceId, t.clientId, t.createdAt),
    check('risk_formulations_text_present', sql`char_length(${t.formulation}) > 0 and char_length(${t.judgement}) > 0 and char_length(${t.plan}) > 0`),
  ],
);
