import { sql } from 'drizzle-orm';
import { check, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

/**
 * A handover of a client from their primary clinician to another clinician of the practice (SPEC
 * §2.10). The care team's memberships carry its dates (care-teams writes them when it is planned);
 * this row keeps what was shared and said: the transfer summary, the new clinician's introduction,
 * the caring contacts it moved, and whether it was cancelled or finished early. Its status is read
 * from the dates, so nothing has to run when the overlap ends.
 */
export const handovers = pgTable(
  'handovers',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    fromClinicianId: uuid('from_clinician_id').notNull(),
    /** The start of the old primary's membership: its key, so the handover names the period it ends. */
    fromStartsAt: at('from_starts_at').notNull(),
    toClinicianId: uuid('to_clinician_id').notNull(),
    overlapStartsAt: at('overlap_starts_at').notNull(),
    /** The old membership's end and the new primary's start (earlier when finished early). */
    overlapEndsAt: at('overlap_ends_at').notNull(),
    summary: text('summary').notNull(),
    introduction: text('introduction'),
    introducedAt: at('introduced_at'),
    movedCaringContacts: jsonb('moved_caring_contacts').$type<string[]>().notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
    cancelledAt: at('cancelled_at'),
    cancelledBy: uuid('cancelled_by'),
    finishedEarlyAt: at('finished_early_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('handovers_client_idx').on(t.practiceId, t.clientId, t.createdAt),
    index('handovers_to_idx').on(t.practiceId, t.toClinicianId),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.fromClinicianId], foreignColumns: [users.practiceId, users.id] }),
    foreignKey({ columns: [t.practiceId, t.toClinicianId], foreignColumns: [users.practiceId, users.id] }),
    check('handover_overlap_ends_after_start', sql`${t.overlapEndsAt} > ${t.overlapStartsAt}`),
    check('handover_to_someone_else', sql`${t.toClinicianId} <> ${t.fromClinicianId}`),
  ],
);

/** A planned discharge: the date, an optional last session, the goodbye note the client sees. Never a deactivated account. */
export const discharges = pgTable(
  'discharges',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    /** The client's calendar day of discharge, and the instant it begins in their zone. */
    dischargeOn: text('discharge_on').notNull(),
    dischargeAt: at('discharge_at').notNull(),
    lastAppointmentId: uuid('last_appointment_id'),
    lastAppointmentStart: at('last_appointment_start'),
    goodbyeNote: text('goodbye_note').notNull(),
    plannedBy: uuid('planned_by').notNull(),
    createdAt: createdAt(),
    cancelledAt: at('cancelled_at'),
    cancelledBy: uuid('cancelled_by'),
    /** When the client's status became discharged (the job at `dischargeAt`, or at once for today). */
    completedAt: at('completed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('discharges_client_idx').on(t.practiceId, t.clientId, t.createdAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.plannedBy], foreignColumns: [users.practiceId, users.id] }),
  ],
);

/** A discharged client's "I'd like to come back": seen by the practice's admin and the client's primary clinician. */
export const reentryRequests = pgTable(
  'reentry_requests',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    message: text('message').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('reentry_requests_practice_idx').on(t.practiceId, t.createdAt),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
  ],
);

export const transitionEventKinds = [
  'handover_started',
  'handover_introduced',
  'handover_cancelled',
  'handover_finished_early',
  /** Written when planned, dated at the overlap's end: shown once that has passed, unless cancelled or finished early. */
  'handover_completes',
  'discharge_planned',
  'discharge_cancelled',
  'discharged',
  'reentry_requested',
  'reentry_accepted',
] as const;
export type TransitionEventKind = (typeof transitionEventKinds)[number];

/** Each step of a transition, append-only: the timeline's entries and the subjects of the client's notices. */
export const transitionEvents = pgTable(
  'care_transition_events',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    kind: text('kind', { enum: transitionEventKinds }).notNull(),
    handoverId: uuid('handover_id'),
    dischargeId: uuid('discharge_id'),
    actorId: uuid('actor_id'),
    at: at('at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('care_transition_events_client_idx').on(t.practiceId, t.clientId, t.at),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.handoverId], foreignColumns: [handovers.practiceId, handovers.id] }),
    foreignKey({ columns: [t.practiceId, t.dischargeId], foreignColumns: [discharges.practiceId, discharges.id] }),
  ],
);
