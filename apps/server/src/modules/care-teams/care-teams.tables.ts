import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { users } from '../identity/identity.tables';
import type { CareScope } from '@steadfast/contracts';

/** A client's clinical record anchor. Keys lead with practice_id so tables can be distributed by practice (SPEC §2.13). */
export const clients = pgTable(
  'clients',
  {
    practiceId: practiceId(),
    id: id(),
    userId: uuid('user_id').notNull(),
    timeZone: text('time_zone').notNull(),
    status: text('status', { enum: ['active', 'discharged'] })
      .notNull()
      .default('active'),
    createdAt: createdAt(),
    /**
     * When the client's record was erased (issue 18): what the retention rule kept stays as it
     * was, so every write about the client is refused from then on (http/auth.ts, 409 client_erased).
     */
    erasedAt: at('erased_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('clients_user_idx').on(t.userId),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
  ],
);

export const careTeamMembers = pgTable(
  'care_team_members',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    role: text('role', { enum: ['therapist', 'gp', 'co_therapist', 'other'] }).notNull(),
    isPrimary: boolean('is_primary').notNull().default(false),
    scopes: jsonb('scopes').$type<CareScope[]>().notNull().default([]),
    startsAt: createdAt(),
    endsAt: at('ends_at'),
  },
  (t) => [
    // A member can leave and come back: each period is its own row, so the key holds its start.
    // The service keeps periods from overlapping (one unended membership per clinician and client).
    primaryKey({ columns: [t.practiceId, t.clientId, t.clinicianId, t.startsAt] }),
    index('care_team_clinician_idx').on(t.practiceId, t.clinicianId),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    check('care_team_ends_after_start', sql`${t.endsAt} is null or ${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * Each change to a care team (a member added, their scopes or end date changed, their membership
 * ended), with the state it left: the team's history, and what the client's notice says.
 * Rows are never updated or deleted.
 */
export const careTeamChanges = pgTable(
  'care_team_changes',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    change: text('change', { enum: ['added', 'updated', 'ended'] }).notNull(),
    role: text('role', { enum: ['therapist', 'gp', 'co_therapist', 'other'] }).notNull(),
    scopes: jsonb('scopes').$type<CareScope[]>().notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at'),
    actorId: uuid('actor_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('care_team_changes_client_idx').on(t.practiceId, t.clientId, t.createdAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
  ],
);
