import { and, asc, between, eq, gte, lte, sql } from 'drizzle-orm';
import { reusableQuery, type Db } from '../../db/database';
import { eachDay } from './check-ins.days';
import { checkinConfigs, checkinReminders, checkins } from './check-ins.tables';

export type CheckinRow = typeof checkins.$inferSelect;
export type CheckinConfigRow = typeof checkinConfigs.$inferSelect;
export type ReminderRow = typeof checkinReminders.$inferSelect;

/** Access-scoped by the caller: routes authorise the client before these run. */
export async function findCheckinOn(db: Db, practiceId: string, clientId: string, date: string): Promise<CheckinRow | undefined> {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.practiceId, practiceId), eq(checkins.clientId, clientId), eq(checkins.date, date)));
  return row;
}

export async function findCheckin(db: Db, practiceId: string, id: string): Promise<CheckinRow | undefined> {
  const [row] = await db
    .select()
    .from(checkins)
    .where(and(eq(checkins.practiceId, practiceId), eq(checkins.id, id)));
  return row;
}

/** A client's check-ins between two days inclusive, oldest first (one index range scan). */
export async function checkinsBetween(db: Db, practiceId: string, clientId: string, from: string | undefined, to: string | undefined): Promise<CheckinRow[]> {
  return db
    .select()
    .from(checkins)
    .where(
      and(
        eq(checkins.practiceId, practiceId),
        eq(checkins.clientId, clientId),
        from && to ? between(checkins.date, from, to) : undefined,
        from && !to ? gte(checkins.date, from) : undefined,
        to && !from ? lte(checkins.date, to) : undefined,
      ),
    )
    .orderBy(asc(checkins.date));
}

/** A check-in as the stable-stretch reads take it: the day, its mood and its highest urge (null when none was rated). */
export interface CheckinDay {
  date: string;
  /** The day as days since 1970-01-01, which the stretch finder counts gaps in. */
  dayNo: number;
  mood: number;
  peakUrge: number | null;
}

/**
 * One row per client with its days as three parallel JSON arrays: day numbers counted from
 * `from`, moods and peak urges (the stored `peak_urge`). The caseload reads 90 days of 100 clients
 * on every visit: JSON of each day's urges, dates as text and an ORDER BY inside each aggregate
 * (the index already yields the days in order) were two thirds of the query's time.
 * Built once (ids as one array parameter) so PostgreSQL plans it once per connection.
 */
const checkinDaysQuery = reusableQuery<
  { client_id: string; days: [offsets: number[] | null, moods: number[] | null, peaks: (number | null)[] | null] },
  { practiceId: string; ids: string[]; from: string; to: string }
>(
  () => sql`select ids.client_id,
      (select json_build_array(json_agg(d.offset_days), json_agg(d.mood), json_agg(d.peak_urge))
         from (select k.date - ${sql.placeholder('from')}::date as offset_days, k.mood, k.peak_urge
                 from checkins k
                where k.practice_id = ${sql.placeholder('practiceId')}::uuid and k.client_id = ids.client_id
                  and k.date between ${sql.placeholder('from')}::date and ${sql.placeholder('to')}::date
                order by k.date) d) as days
    from unnest(${sql.placeholder('ids')}::uuid[]) as ids(client_id)`,
);

/** Mood and peak urge per day for many clients at once (one index range scan each), oldest first: the stable-stretch reads. */
export async function checkinDaysFor(db: Db, practiceId: string, clientIds: readonly string[], from: string, to: string): Promise<Map<string, CheckinDay[]>> {
  const byClient = new Map<string, CheckinDay[]>();
  if (clientIds.length === 0) return byClient;
  const rows = await checkinDaysQuery(db, { practiceId, ids: [...clientIds], from, to });
  const window = eachDay(from, to);
  const firstDayNo = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  for (const row of rows) {
    // No check-in in the window: the aggregates are null.
    const [offsets, moods, peaks] = row.days;
    if (offsets && moods && peaks) {
      byClient.set(
        row.client_id,
        offsets.map((offset, i) => ({ date: window[offset]!, dayNo: firstDayNo + offset, mood: moods[i]!, peakUrge: peaks[i]! })),
      );
    }
  }
  return byClient;
}

/** The moods a baseline is made of: every mood in the window, unordered. */
export async function moodsBetween(db: Db, practiceId: string, clientId: string, from: string, to: string): Promise<number[]> {
  const rows = await db
    .select({ mood: checkins.mood })
    .from(checkins)
    .where(and(eq(checkins.practiceId, practiceId), eq(checkins.clientId, clientId), between(checkins.date, from, to)));
  return rows.map((r) => r.mood);
}

export async function findConfig(db: Db, practiceId: string, clientId: string): Promise<CheckinConfigRow | undefined> {
  const [row] = await db
    .select()
    .from(checkinConfigs)
    .where(and(eq(checkinConfigs.practiceId, practiceId), eq(checkinConfigs.clientId, clientId)));
  return row;
}

export async function findReminder(db: Db, practiceId: string, clientId: string): Promise<ReminderRow | undefined> {
  const [row] = await db
    .select()
    .from(checkinReminders)
    .where(and(eq(checkinReminders.practiceId, practiceId), eq(checkinReminders.clientId, clientId)));
  return row;
}

/** True when the client checked in on any of the given days. */
export async function checkedInOn(db: Db, practiceId: string, clientId: string, date: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(checkins)
    .where(and(eq(checkins.practiceId, practiceId), eq(checkins.clientId, clientId), eq(checkins.date, date)))
    .limit(1);
  return row !== undefined;
}

/** The last day the client checked in on or before `onOrBefore`, or undefined. */
export async function lastCheckinDate(db: Db, practiceId: string, clientId: string, onOrBefore: string): Promise<string | undefined> {
  const [row] = await db
    .select({ date: checkins.date })
    .from(checkins)
    .where(and(eq(checkins.practiceId, practiceId), eq(checkins.clientId, clientId), lte(checkins.date, onOrBefore)))
    .orderBy(sql`${checkins.date} desc`)
    .limit(1);
  return row?.date;
}
