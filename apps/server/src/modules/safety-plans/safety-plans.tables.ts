import { sql } from 'drizzle-orm';
import { check, foreignKey, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { SafetyPlanContent, SafetyPlanSection } from '@steadfast/contracts';
import { createdAt, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

/**
 * Every save of a client's safety plan, append-only (SPEC §2.7): the current plan is the
 * highest version, and nothing is ever overwritten, so "who changed what" is always answerable.
 * A trigger (migration safety_plan_versions_append_only) refuses UPDATE.
 */
export const safetyPlanVersions = pgTable(
  'safety_plan_versions',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    version: integer('version').notNull(),
    plan: jsonb('plan').$type<SafetyPlanContent>().notNull(),
    authorId: uuid('author_id').notNull(),
    authorRole: text('author_role', { enum: ['client', 'clinician'] }).notNull(),
    /** Sections that differ from the version before; empty when a clinician reviewed without changes. */
    changedSections: jsonb('changed_sections').$type<SafetyPlanSection[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId, t.version] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [users.practiceId, users.id] }),
    check('safety_plan_version_positive', sql`${t.version} >= 1`),
    check('safety_plan_plan_is_object', sql`jsonb_typeof(${t.plan}) = 'object'`),
    check('safety_plan_changed_is_array', sql`jsonb_typeof(${t.changedSections}) = 'array'`),
  ],
);
