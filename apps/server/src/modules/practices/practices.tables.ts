import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from '../../db/columns';

export const practices = pgTable(
  'practices',
  {
    id: id().primaryKey(),
    name: text('name').notNull(),
    /** ISO 3166 alpha-2: chooses the crisis-line defaults (CLINICAL.md §4.1). */
    country: text('country').notNull(),
    timeZone: text('time_zone').notNull(),
    /** The practice lead: last step of the escalation ladder (SPEC §2.9). */
    leadUserId: uuid('lead_user_id'),
    /** Policies: response windows, retention; shaped by the modules that read them. */
    policies: jsonb('policies').$type<Record<string, unknown>>().notNull().default({}),
    retentionYears: integer('retention_years').notNull().default(20),
    createdAt: createdAt(),
  },
  (t) => [check('practices_country_iso', sql`${t.country} ~ '^[A-Z]{2}$'`)],
);
