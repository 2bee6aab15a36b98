import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';
import type { StoredReason } from '../risk/risk.tables';

/**
 * A completed PHQ-9 or GAD-7: item-level answers in published order (each maps to a FHIR
 * QuestionnaireResponse item by its LOINC linkId), the published total, and the unscored
 * difficulty question. The severity band is derived from the total when read, never stored apart.
 */
export const measureResults = pgTable(
  'measure_results',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    instrument: text('instrument', { enum: ['phq9', 'gad7'] }).notNull(),
    answers: jsonb('answers').$type<number[]>().notNull(),
    functional: smallint('functional'),
    total: smallint('total').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    completedAt: createdAt(),
    inSession: boolean('in_session').notNull().default(false),
    enteredBy: uuid('entered_by').notNull(),
    textVersion: text('text_version').notNull(),
    riskLevel: text('risk_level', { enum: ['none', 'concern', 'high', 'imminent'] })
      .notNull()
      .default('none'),
    riskReasons: jsonb('risk_reasons').$type<StoredReason[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.enteredBy], foreignColumns: [users.practiceId, users.id] }),
    index('measure_results_client_idx').on(t.practiceId, t.clientId, t.completedAt),
    check('measure_results_total_range', sql`${t.total} between 0 and 27`),
    check('measure_results_functional_range', sql`${t.functional} is null or ${t.functional} between 0 and 3`),
    check('measure_results_answers_array', sql`jsonb_typeof(${t.answers}) = 'array'`),
  ],
);

/** Every N weeks per instrument, from `starts_on`; a round stays open `expires_after_days`. */
export const measureSchedules = pgTable(
  'measure_schedules',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    phq9EveryWeeks: integer('phq9_every_weeks'),
    gad7EveryWeeks: integer('gad7_every_weeks'),
    /** Due before each of the client's appointments instead of on a cadence (scheduling's appointments). */
    phq9BeforeAppointments: boolean('phq9_before_appointments').notNull().default(false),
    gad7BeforeAppointments: boolean('gad7_before_appointments').notNull().default(false),
    expiresAfterDays: integer('expires_after_days').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    check(
      'measure_schedules_one_way',
      sql`not (${t.phq9EveryWeeks} is not null and ${t.phq9BeforeAppointments}) and not (${t.gad7EveryWeeks} is not null and ${t.gad7BeforeAppointments})`,
    ),
    check('measure_schedules_weeks', sql`coalesce(${t.phq9EveryWeeks}, 1) between 1 and 12 and coalesce(${t.gad7EveryWeeks}, 1) between 1 and 12`),
  ],
);
