import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, text, uuid } from 'drizzle-orm/pg-core';
import type { OkayPlanContent, OkayPlanSection } from '@steadfast/contracts';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

/**
 * Every save of a client's okay plan (SPEC §2.6), append-only like the safety plan: the current
 * plan is the highest version. A trigger (okay_plan_custom migration) refuses UPDATE.
 */
export const okayPlanVersions = pgTable(
  'okay_plan_versions',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    version: integer('version').notNull(),
    plan: jsonb('plan').$type<OkayPlanContent>().notNull(),
    authorId: uuid('author_id').notNull(),
    authorRole: text('author_role', { enum: ['client', 'clinician'] }).notNull(),
    changedSections: jsonb('changed_sections').$type<OkayPlanSection[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId, t.version] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [users.practiceId, users.id] }),
    check('okay_plan_version_positive', sql`${t.version} >= 1`),
    check('okay_plan_plan_is_object', sql`jsonb_typeof(${t.plan}) = 'object'`),
  ],
);

/**
 * Reassurance notes: from a clinician to keep (`clinician`), or from the client to their future
 * self (`self`, seen by nobody else). Pinning is the client's own choice and can change; the words
 * of a note never do.
 */
export const reassuranceNotes = pgTable(
  'reassurance_notes',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: ['clinician', 'self'] }).notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    pinnedAt: at('pinned_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('reassurance_notes_client_idx').on(t.practiceId, t.clientId, t.createdAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.authorId], foreignColumns: [users.practiceId, users.id] }),
    check('reassurance_note_kind_known', sql`${t.kind} in ('clinician', 'self')`),
    check('reassurance_note_body_length', sql`char_length(${t.body}) between 1 and 1000`),
  ],
);

/**
 * A client's gentle request for a new note: not a message, so no reply window runs. It is
 * answered when a clinician next writes the client a note.
 */
export const reassuranceNoteRequests = pgTable(
  'reassurance_note_requests',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    createdAt: createdAt(),
    answeredByNoteId: uuid('answered_by_note_id'),
    answeredAt: at('answered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('reassurance_note_requests_client_idx').on(t.practiceId, t.clientId),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
  ],
);

/**
 * A client's own stable-stretch thresholds (SPEC §2.6: N and thresholds per client). A null
 * column takes the default; no row at all means every default, the mood floor from the client's
 * own history.
 */
export const stabilitySettings = pgTable(
  'stability_settings',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    minDays: integer('min_days'),
    moodFloor: real('mood_floor'),
    maxUrgeSpread: real('max_urge_spread'),
    dipDays: integer('dip_days'),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.updatedBy], foreignColumns: [users.practiceId, users.id] }),
    check('stability_min_days_range', sql`${t.minDays} between 3 and 60`),
    check('stability_mood_floor_range', sql`${t.moodFloor} between 0 and 10`),
    check('stability_urge_spread_range', sql`${t.maxUrgeSpread} between 0 and 5`),
    check('stability_dip_days_range', sql`${t.dipDays} between 0 and 3`),
  ],
);
