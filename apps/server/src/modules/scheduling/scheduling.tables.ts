import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { StepDownPhase, StepUpSignalKind } from '@steadfast/contracts';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';

export const appointmentKinds = ['video', 'in_person', 'phone'] as const;

/**
 * A recurring series (SPEC §2.4): an RFC 5545 RRULE over a wall-clock start in an IANA zone, so
 * 10:00 stays 10:00 across daylight-saving changes. Always bounded (COUNT or UNTIL): its
 * occurrences are written out as `appointments` rows, which is what the database checks for
 * double booking and what a "this one" edit changes.
 */
export const appointmentSeries = pgTable(
  'appointment_series',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    kind: text('kind', { enum: appointmentKinds }).notNull(),
    /** The RRULE body without DTSTART, e.g. FREQ=WEEKLY;INTERVAL=2;COUNT=8. */
    rrule: text('rrule').notNull(),
    /** Local wall-clock start of the first occurrence, 'YYYY-MM-DDTHH:mm'. */
    startLocal: text('start_local').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    stepDownPlanId: uuid('step_down_plan_id'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    check('appointment_series_bounded', sql`${t.rrule} ~ '(COUNT|UNTIL)='`),
    check('appointment_series_duration', sql`${t.durationMinutes} between 10 and 240`),
  ],
);

/**
 * One appointment: a single one, or an occurrence of a series (kept by its original start, so an
 * occurrence moved "this one" is still that occurrence, and its calendar UID never changes).
 * The exclusion constraint (custom migration) refuses two scheduled appointments of one
 * clinician whose times overlap, whoever writes them.
 */
export const appointments = pgTable(
  'appointments',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    seriesId: uuid('series_id'),
    originalStart: at('original_start'),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    kind: text('kind', { enum: appointmentKinds }).notNull(),
    /** requested/offered hold the time while a request is decided, so two requests cannot both win one slot. */
    status: text('status', { enum: ['requested', 'offered', 'scheduled', 'cancelled'] })
      .notNull()
      .default('scheduled'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('appointments_client_idx').on(t.practiceId, t.clientId, t.startsAt),
    index('appointments_clinician_idx').on(t.practiceId, t.clinicianId, t.startsAt),
    unique('appointments_occurrence_unique').on(t.practiceId, t.seriesId, t.originalStart),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.clinicianId], foreignColumns: [users.practiceId, users.id] }),
    foreignKey({ columns: [t.practiceId, t.seriesId], foreignColumns: [appointmentSeries.practiceId, appointmentSeries.id] }),
    check('appointments_positive', sql`${t.endsAt} > ${t.startsAt}`),
    check('appointments_occurrence_has_original', sql`(${t.seriesId} is null) = (${t.originalStart} is null)`),
  ],
);

/** Per client: may they see and request appointments (FIELD-NOTES: off / view / request). The notice needed is the agreement's. */
export const bookingSettings = pgTable(
  'booking_settings',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    mode: text('mode', { enum: ['off', 'view', 'request'] }).notNull(),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
  ],
);

/**
 * A client's request for a time (including last minute). Every decision reaches the client with
 * a note: a silent decline leaves someone waiting (FIELD-NOTES).
 */
export const appointmentRequests = pgTable(
  'appointment_requests',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    startsAt: at('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    kind: text('kind', { enum: appointmentKinds }).notNull(),
    note: text('note').notNull().default(''),
    status: text('status', { enum: ['pending', 'accepted', 'offered', 'declined', 'offer_declined'] })
      .notNull()
      .default('pending'),
    responseNote: text('response_note').notNull().default(''),
    offeredStartsAt: at('offered_starts_at'),
    appointmentId: uuid('appointment_id'),
    decidedAt: at('decided_at'),
    decidedBy: uuid('decided_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('appointment_requests_clinician_idx').on(t.practiceId, t.clinicianId, t.status),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    check('appointment_request_note_length', sql`char_length(${t.note}) <= 1000 and char_length(${t.responseNote}) <= 1000`),
    check('appointment_request_offer', sql`${t.status} <> 'offered' or ${t.offeredStartsAt} is not null`),
  ],
);

/** A person's secret calendar feed. Only the sha256 of the token is kept; rotating revokes the old one. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    tokenHash: text('token_hash').primaryKey(),
    practiceId: practiceId(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    revokedAt: at('revoked_at'),
  },
  (t) => [
    index('calendar_feeds_user_idx').on(t.practiceId, t.userId),
    foreignKey({ columns: [t.practiceId, t.userId], foreignColumns: [users.practiceId, users.id] }),
  ],
);

/**
 * A step-down plan (CLINICAL.md §3.7): phases that generate the series and the agreement's
 * off-weeks, review dates, and the step-back-up signals agreed in advance, which alert the
 * clinician and never act alone.
 */
export const stepDownPlans = pgTable(
  'step_down_plans',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    clinicianId: uuid('clinician_id').notNull(),
    reason: text('reason').notNull(),
    firstSessionLocal: text('first_session_local').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    kind: text('kind', { enum: appointmentKinds }).notNull(),
    phases: jsonb('phases').$type<StepDownPhase[]>().notNull(),
    reviewDates: jsonb('review_dates').$type<string[]>().notNull(),
    stepUpSignals: jsonb('step_up_signals').$type<StepUpSignalKind[]>().notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['active', 'stepped_up'] })
      .notNull()
      .default('active'),
    /** The client's own "yes" in the app: it signs the agreement's new off-weeks (CLINICAL.md §3.7: shown before it takes effect). */
    clientAgreedAt: at('client_agreed_at'),
    /** The agreement version (a proposal signed by the clinician) that carries the plan's off-weeks. */
    agreementVersion: integer('agreement_version'),
    steppedUpAt: at('stepped_up_at'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    index('step_down_plans_client_idx').on(t.practiceId, t.clientId),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    check('step_down_reason_length', sql`char_length(${t.reason}) between 1 and 1000`),
  ],
);
