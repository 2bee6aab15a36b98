import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, real, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CatalogueEntry, CheckinItem, ReminderChannels, SelfNeglectThresholds } from '@steadfast/contracts';
import { at, createdAt, id, practiceId } from '../../db/columns';
import { clients } from '../care-teams/care-teams.tables';
import { users } from '../identity/identity.tables';
import type { StoredReason } from '../risk/risk.tables';

const taken = ['yes', 'partly', 'no'] as const;

/**
 * One check-in per client and day in the client's zone (SPEC §4): the unique key is the day, so a
 * second one that day updates the first. `entered_on` keeps the day it was written when back-dated.
 */
export const checkins = pgTable(
  'checkins',
  {
    practiceId: practiceId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    enteredOn: date('entered_on', { mode: 'string' }).notNull(),
    mood: smallint('mood').notNull(),
    urges: jsonb('urges').$type<Record<string, number>>().notNull().default({}),
    /**
     * The day's highest urge (null when none was rated), kept by PostgreSQL from `urges`
     * (`checkin_peak_urge`, migration 0030): the caseload's stable-stretch read takes 90 days of
     * 100 clients on every visit, and turning each day's urges into JSON for Node was half its cost.
     */
    peakUrge: smallint('peak_urge').generatedAlwaysAs(sql`checkin_peak_urge(urges)`),
    actedOn: jsonb('acted_on').$type<string[]>().notNull().default([]),
    medication: text('medication', { enum: taken }),
    note: text('note'),
    emotions: jsonb('emotions').$type<Record<string, number>>().notNull().default({}),
    skills: jsonb('skills').$type<string[]>().notNull().default([]),
    water: text('water', { enum: taken }),
    meals: text('meals', { enum: taken }),
    sleepHours: real('sleep_hours'),
    /** The device's key for this entry, so an outbox resend is applied once. */
    clientKey: text('client_key'),
    /** The screen result (clinicians only). */
    riskLevel: text('risk_level', { enum: ['none', 'concern', 'high', 'imminent'] })
      .notNull()
      .default('none'),
    riskReasons: jsonb('risk_reasons').$type<StoredReason[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.id] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    // Serves the one-per-day rule and every range read (trends, list, signals) as an index range scan.
    uniqueIndex('checkins_client_day').on(t.practiceId, t.clientId, t.date),
    check('checkins_mood_range', sql`${t.mood} between 0 and 10`),
    check('checkins_sleep_range', sql`${t.sleepHours} is null or ${t.sleepHours} between 0 and 24`),
    check('checkins_note_length', sql`${t.note} is null or char_length(${t.note}) <= 2000`),
    check('checkins_entered_after_date', sql`${t.enteredOn} >= ${t.date}`),
  ],
);

/** What a client's check-in asks, set by their clinician from the catalogue; no row means the defaults. */
export const checkinConfigs = pgTable(
  'checkin_configs',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    items: jsonb('items').$type<CheckinItem[]>().notNull(),
    /** The client's own urges; the core ones are implied. */
    urges: jsonb('urges').$type<CatalogueEntry[]>().notNull().default([]),
    emotions: jsonb('emotions').$type<CatalogueEntry[]>().notNull(),
    skills: jsonb('skills').$type<CatalogueEntry[]>().notNull(),
    selfNeglect: jsonb('self_neglect').$type<SelfNeglectThresholds>().notNull(),
    backdateDays: integer('backdate_days').notNull(),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by'),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    foreignKey({ columns: [t.practiceId, t.updatedBy], foreignColumns: [users.practiceId, users.id] }),
  ],
);

/**
 * A client's reminder times: wall-clock times in their IANA zone. `next_at` is the one pending
 * reminder; a job whose time no longer matches it was superseded by a change and does nothing.
 */
export const checkinReminders = pgTable(
  'checkin_reminders',
  {
    practiceId: practiceId(),
    clientId: uuid('client_id').notNull(),
    enabled: boolean('enabled').notNull(),
    times: jsonb('times').$type<string[]>().notNull(),
    channels: jsonb('channels').$type<ReminderChannels>().notNull(),
    missedDayNote: boolean('missed_day_note').notNull(),
    nextAt: at('next_at'),
    /** The local day a missed-day note last went out: never more than one a day. */
    lastMissedNoteOn: date('last_missed_note_on', { mode: 'string' }),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.practiceId, t.clientId] }),
    foreignKey({ columns: [t.practiceId, t.clientId], foreignColumns: [clients.practiceId, clients.id] }),
    index('checkin_reminders_next_idx').on(t.nextAt),
  ],
);
