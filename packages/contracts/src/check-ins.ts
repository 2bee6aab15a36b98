import { z } from 'zod';
import { Id, IsoDateTime, RiskLevel } from './common';

/*
 * Daily check-ins (SPEC §2.5, §4): our own diary, not a copy of a licensed diary card
 * (CLINICAL.md §2.5). A fixed core (mood, the self-harm and sabotage urges, a note) plus the
 * items and names the clinician and client agree on. These shapes are stable: fields may be
 * added, never renamed or removed.
 */

/** A calendar day, YYYY-MM-DD, in the client's own time zone. */
export const IsoDate = z.iso.date();

/** An urge, emotion or skill name: camelCase letters and digits ("selfHarm", "skipMeals"). */
export const CatalogueKey = z.string().regex(/^[a-z][a-zA-Z0-9]{1,39}$/, 'Use a short camelCase name like "skipMeals".');
export const CatalogueLabel = z.string().trim().min(1).max(60);

/** Urges every check-in asks about; the client's own urges come after them. */
export const coreUrges = ['selfHarm', 'sabotage'] as const;

/** The catalogue: what a clinician can switch on for a client. Mood and the core urges are always on. */
export const checkinItems = ['mood', 'urges', 'emotions', 'skills', 'medication', 'water', 'meals', 'sleep', 'note'] as const;
export const CheckinItem = z.enum(checkinItems);
export type CheckinItem = z.infer<typeof CheckinItem>;
export const ALWAYS_ON_ITEMS: readonly CheckinItem[] = ['mood', 'urges', 'note'];

/** Medication, water and meals: taken / had as planned, partly, or not. */
export const takenValues = ['yes', 'partly', 'no'] as const;
export const Taken = z.enum(takenValues);
export type Taken = z.infer<typeof Taken>;

export const MOOD_MAX = 10;
export const RATING_MAX = 5;
export const CHECKIN_NOTE_MAX = 2000;
export const Mood = z.number().int().min(0).max(MOOD_MAX);
/** Urges and emotions: 0 = not at all … 5 = most intense. */
export const Rating = z.number().int().min(0).max(RATING_MAX);

export const CatalogueEntry = z.object({ key: CatalogueKey, label: CatalogueLabel });
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;
export const UrgeEntry = CatalogueEntry.extend({
  /** selfHarm and sabotage: always asked, cannot be removed. */
  core: z.boolean(),
});
export type UrgeEntry = z.infer<typeof UrgeEntry>;

/**
 * Self-neglect (SPEC §1): days in a row with medication "no", or water or meals "no", before the
 * care team sees a `concern` signal. Never shown to the client as a label.
 */
export const SelfNeglectThresholds = z.object({
  medicationNoDays: z.number().int().min(1).max(14),
  waterSkippedDays: z.number().int().min(1).max(14),
  mealsSkippedDays: z.number().int().min(1).max(14),
});
export type SelfNeglectThresholds = z.infer<typeof SelfNeglectThresholds>;
export const DEFAULT_SELF_NEGLECT: SelfNeglectThresholds = { medicationNoDays: 2, waterSkippedDays: 2, mealsSkippedDays: 2 };

/** How many days back a client may fill in a missed day (FIELD-NOTES: both dates recorded). */
export const BACKDATE_DAYS = 3;

/** A time zone's offset over a stretch of time (CheckinConfig.zoneOffset). */
export const ZoneOffsetSpan = z.object({
  /** Minutes the zone's clocks are ahead of UTC (British Summer Time: 60). */
  minutes: z.number().int().min(-24 * 60).max(24 * 60),
  from: IsoDateTime,
  until: IsoDateTime,
});
export type ZoneOffsetSpan = z.infer<typeof ZoneOffsetSpan>;

/** A client's check-in as configured by their clinician: what the form asks, and the care team's thresholds. */
export const CheckinConfig = z.object({
  clientId: Id,
  /** The items shown, in catalogue order; always includes mood, urges and note. */
  items: z.array(CheckinItem),
  /** Core urges first, then the client's own. */
  urges: z.array(UrgeEntry),
  emotions: z.array(CatalogueEntry),
  skills: z.array(CatalogueEntry),
  /** Clinicians only (absent for the client): when self-neglect becomes a care-team signal. */
  selfNeglect: SelfNeglectThresholds.optional(),
  /** How many days back a missed day can still be filled in. */
  backdateDays: z.number().int().min(0).max(14),
  /** The client's IANA time zone: "today" and reminders follow it. */
  timeZone: z.string(),
  /** Today in the client's zone, so a form knows which day it fills. */
  today: IsoDate,
  /**
   * The zone's offset from UTC now, and from when until when it holds (never across a clock
   * change; `until` is the first instant of the next offset). A device shows the client's day and
   * times with it instead of loading time-zone data, which blocks a slow phone for a tenth of a
   * second (issue 22). Absent for a zone whose offset is not whole minutes.
   */
  zoneOffset: ZoneOffsetSpan.optional(),
  canConfigure: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
});
export type CheckinConfig = z.infer<typeof CheckinConfig>;

/** PUT …/checkins/config (primary clinician or therapist). Omitted parts stay as they are. */
export const CheckinConfigBody = z.strictObject({
  items: z.array(CheckinItem).max(checkinItems.length).optional(),
  /** The client's own urges (the core ones are always kept and need not be sent). */
  urges: z.array(CatalogueEntry).max(8).optional(),
  emotions: z.array(CatalogueEntry).max(12).optional(),
  skills: z.array(CatalogueEntry).max(20).optional(),
  selfNeglect: SelfNeglectThresholds.optional(),
  backdateDays: z.number().int().min(0).max(14).optional(),
});
export type CheckinConfigBody = z.infer<typeof CheckinConfigBody>;

/** A key the device makes when the check-in is written, so an outbox resend is applied once. */
export const CheckinClientKey = z.string().regex(/^[\x21-\x7e]{8,100}$/);

/**
 * POST /api/v1/clients/{clientId}/checkins (SPEC §4): `{date?, mood, urges?, medication?, note?}`
 * plus the configured extras. Urge names must be the client's configured ones (else 400).
 */
export const CheckinBody = z.strictObject({
  date: IsoDate.optional(),
  mood: Mood,
  urges: z.record(CatalogueKey, Rating).optional(),
  /** Urges acted on today, recorded even when the urge was rated 0 (FIELD-NOTES). */
  actedOn: z.array(CatalogueKey).max(10).optional(),
  medication: Taken.optional(),
  note: z.string().trim().max(CHECKIN_NOTE_MAX).optional(),
  emotions: z.record(CatalogueKey, Rating).optional(),
  skills: z.array(CatalogueKey).max(20).optional(),
  water: Taken.optional(),
  meals: Taken.optional(),
  /**
   * Hours slept, in half hours. zod's multipleOf lets a vanishingly small number through
   * (4.9e-287), which the database's real column refuses as an underflow (a 500, found by the
   * fuzzer): twice the hours must be a whole number.
   */
  sleepHours: z
    .number()
    .min(0)
    .max(24)
    .multipleOf(0.5)
    .refine((hours) => Number.isInteger(hours * 2), { message: 'Hours slept go in half hours.' })
    .optional(),
  clientKey: CheckinClientKey.optional(),
});
export type CheckinBody = z.infer<typeof CheckinBody>;

/** The screen result of a check-in: clinicians only, never sent to a client. */
export const CheckinRisk = z.object({
  level: RiskLevel,
  reasons: z.array(z.object({ construct: z.string(), phrase: z.string() })),
});

export const CheckinView = z.object({
  id: Id,
  clientId: Id,
  /** The day it is about, in the client's zone. */
  date: IsoDate,
  /** The day it was written (differs from `date` when back-dated). */
  enteredOn: IsoDate,
  mood: Mood,
  urges: z.record(z.string(), Rating),
  actedOn: z.array(z.string()),
  medication: Taken.nullable(),
  note: z.string().nullable(),
  emotions: z.record(z.string(), Rating),
  skills: z.array(z.string()),
  water: Taken.nullable(),
  meals: Taken.nullable(),
  sleepHours: z.number().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Clinicians only. */
  risk: CheckinRisk.optional(),
});
export type CheckinView = z.infer<typeof CheckinView>;

/** `201` new, `200` when it updated the same day's check-in. */
export const CheckinResponse = z.object({
  checkin: CheckinView,
  /** The client sees their safety plan and crisis lines now (never a risk label). */
  showCrisisRoutes: z.boolean(),
  updated: z.boolean(),
});
export type CheckinResponse = z.infer<typeof CheckinResponse>;

export const CheckinListQuery = z.strictObject({ from: IsoDate.optional(), to: IsoDate.optional() });
export type CheckinListQuery = z.infer<typeof CheckinListQuery>;
/** Oldest first, dates inclusive. */
export const CheckinList = z.object({ checkins: z.array(CheckinView) });
export type CheckinList = z.infer<typeof CheckinList>;

/* ---- Trends: one query feeds the chart and the export (FIELD-NOTES) ---- */

export const trendRanges = ['week', 'month', 'quarter', 'year'] as const;
export const TrendRange = z.enum(trendRanges);
export type TrendRange = z.infer<typeof TrendRange>;
export const TREND_RANGE_DAYS: Record<TrendRange, number> = { week: 7, month: 30, quarter: 91, year: 365 };

export const TrendsQuery = z.strictObject({
  range: TrendRange.default('month'),
  /** The last day shown (default today in the client's zone). */
  to: IsoDate.optional(),
});
export type TrendsQuery = z.infer<typeof TrendsQuery>;

/** One day of the series. A day with no check-in has `checkedIn: false` and nulls: never an imputed value. */
export const TrendDay = z.object({
  date: IsoDate,
  checkedIn: z.boolean(),
  mood: Mood.nullable(),
  urges: z.record(z.string(), Rating),
  actedOn: z.array(z.string()),
  medication: Taken.nullable(),
  water: Taken.nullable(),
  meals: Taken.nullable(),
  sleepHours: z.number().nullable(),
  /** The day's note, for the dated notes strip beside the charts. */
  note: z.string().nullable(),
});
export type TrendDay = z.infer<typeof TrendDay>;

/** The client's own usual mood: the middle half of their check-ins over the 90 days before the range ends. */
export const MoodBaseline = z.object({
  low: z.number(),
  median: z.number(),
  high: z.number(),
  basedOnDays: z.number().int(),
});
export type MoodBaseline = z.infer<typeof MoodBaseline>;
/** Fewer check-ins than this make no baseline. */
export const BASELINE_MIN_CHECKINS = 10;
export const BASELINE_WINDOW_DAYS = 90;

const Counts = z.object({ yes: z.number().int(), partly: z.number().int(), no: z.number().int() });
export const Adherence = z.object({
  days: z.number().int(),
  checkedInDays: z.number().int(),
  medication: Counts,
  water: Counts,
  meals: Counts,
});
export type Adherence = z.infer<typeof Adherence>;

export const MeasurePoint = z.object({
  id: Id,
  instrument: z.enum(['phq9', 'gad7']),
  date: IsoDate,
  total: z.number().int(),
  /** Clinicians only: the published band. */
  severity: z.string().optional(),
});
export type MeasurePoint = z.infer<typeof MeasurePoint>;

export const CheckinTrends = z.object({
  clientId: Id,
  range: TrendRange,
  from: IsoDate,
  to: IsoDate,
  /** One entry per day from `from` to `to`, oldest first. */
  days: z.array(TrendDay),
  /** The urges charted: the configured ones, core first. */
  urges: z.array(UrgeEntry),
  baseline: MoodBaseline.nullable(),
  adherence: Adherence,
  /** PHQ-9 and GAD-7 totals in the range, oldest first (empty without the measures permission). */
  measures: z.array(MeasurePoint),
});
export type CheckinTrends = z.infer<typeof CheckinTrends>;

/* ---- Reminders: wall-clock times in the client's IANA zone (DST-correct) ---- */

export const WallClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'A time like 20:30.');
export const ReminderChannels = z.object({ inApp: z.boolean(), email: z.boolean(), push: z.boolean() });
export type ReminderChannels = z.infer<typeof ReminderChannels>;

export const ReminderPreferences = z.object({
  enabled: z.boolean(),
  /** Up to three times a day; each reminder is skipped once today's check-in is in. */
  times: z.array(WallClockTime).max(3),
  channels: ReminderChannels,
  /** A kind note the next day after a missed day, at most once a day. */
  missedDayNote: z.boolean(),
  /** Read-only here: the client's zone the times are in. */
  timeZone: z.string(),
  /** When the next reminder is due, if any. */
  nextAt: IsoDateTime.nullable(),
});
export type ReminderPreferences = z.infer<typeof ReminderPreferences>;

export const ReminderPreferencesBody = z.strictObject({
  enabled: z.boolean(),
  times: z.array(WallClockTime).max(3),
  channels: ReminderChannels,
  missedDayNote: z.boolean(),
});
export type ReminderPreferencesBody = z.infer<typeof ReminderPreferencesBody>;

/* ---- Caseload: signals.checkins (SPEC §2.8, §4) ---- */

export const checkinTrendDirections = ['up', 'down', 'steady', 'unknown'] as const;

/** Self-neglect streaks for the care team: a `concern` signal, never a label shown to the client. */
export const SelfNeglectSignal = z.object({
  concern: z.boolean(),
  medicationNoStreak: z.number().int(),
  waterSkippedStreak: z.number().int(),
  mealsSkippedStreak: z.number().int(),
});
export type SelfNeglectSignal = z.infer<typeof SelfNeglectSignal>;

export const CaseloadCheckinSignals = z.object({
  lastCheckinDate: IsoDate.nullable(),
  /** Days since the last check-in, in the client's zone (null when never). */
  daysSinceLast: z.number().int().nullable(),
  /** The last 14 days, oldest first: mood per day, null for a day with no check-in. */
  moodLast14: z.array(Mood.nullable()),
  checkedInDays14: z.number().int(),
  /** Mood over the last 7 days against the 7 before them. */
  trend: z.enum(checkinTrendDirections),
  /** The highest self-harm urge in the last 14 days (null when none rated). */
  maxSelfHarmUrge14: Rating.nullable(),
  selfNeglect: SelfNeglectSignal,
});
export type CaseloadCheckinSignals = z.infer<typeof CaseloadCheckinSignals>;
