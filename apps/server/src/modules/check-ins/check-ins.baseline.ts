import { sql } from 'drizzle-orm';
import { BASELINE_WINDOW_DAYS, type MoodBaseline } from '@steadfast/contracts';
import { uuidArray } from '../../db/any-id';
import { queryRows, type Db } from '../../db/database';
import { clientTimeZone } from '../../access/people';
import { eachDay, shiftDay, todayIn } from './check-ins.days';
import { baselineOfMoods } from './check-ins.trends';

/** How many days in a row below the client's own usual range make the step-back-up signal (SPEC §2.4). */
export const BELOW_BASELINE_DAYS = 5;

export interface BelowBaseline {
  /** The run's days, oldest first (BELOW_BASELINE_DAYS of them), in the client's own calendar. */
  from: string;
  to: string;
  moods: number[];
  /** The baseline the run is measured against: the 90 days before it began. */
  baseline: MoodBaseline;
}

type MoodDay = [date: string, mood: number];

/**
 * Clients whose mood was below their own usual range (under the low edge of their baseline band)
 * on each of the last five days, ending today or yesterday in their own zone. The baseline is the
 * 90 days before the run began, so low days never lower the bar they are measured against; with too
 * few check-ins there is no baseline and no signal. A missed day ends a run: no entry is never
 * imputed as a low day (the caseload's days-since-last shows a silence on its own). One query for
 * any number of clients, their zones included.
 */
export async function moodsBelowBaseline(db: Db, practiceId: string, clientIds: readonly string[], now: Date): Promise<Map<string, BelowBaseline>> {
  // Wide enough for any zone: a client's today is at most a day after UTC's.
  const since = shiftDay(now.toISOString().slice(0, 10), -(BASELINE_WINDOW_DAYS + BELOW_BASELINE_DAYS + 2));
  const ids = uuidArray(clientIds);
  // Runs even for no clients: the caseload costs the same few queries for everyone.
  const rows = await queryRows<{ client_id: string; time_zone: string | null; days: MoodDay[] }>(
    db,
    sql`select ids.client_id, ${clientTimeZone(sql`${practiceId}::uuid`, sql`ids.client_id`)} as time_zone,
          coalesce((select json_agg(json_build_array(k.date::text, k.mood) order by k.date)
                    from checkins k where k.practice_id = ${practiceId} and k.client_id = ids.client_id and k.date >= ${since}::date), '[]'::json) as days
        from unnest(${ids}) as ids(client_id)`,
  );
  const found = new Map<string, BelowBaseline>();
  for (const row of rows) {
    const days = typeof row.days === 'string' ? (JSON.parse(row.days) as MoodDay[]) : row.days;
    const run = belowBaselineRun(days, todayIn(row.time_zone ?? 'UTC', now));
    if (run) found.set(row.client_id, run);
  }
  return found;
}

/** The run ending today (or yesterday, before today's check-in), if each of its days is below the baseline before it. */
export function belowBaselineRun(days: readonly MoodDay[], today: string): BelowBaseline | undefined {
  const byDay = new Map(days.map(([date, mood]) => [date, mood]));
  const end = byDay.has(today) ? today : shiftDay(today, -1);
  const from = shiftDay(end, 1 - BELOW_BASELINE_DAYS);
  const run = eachDay(from, end).map((d) => byDay.get(d));
  if (run.some((m) => m === undefined)) return undefined;
  const before = shiftDay(from, -1);
  const windowStart = shiftDay(before, 1 - BASELINE_WINDOW_DAYS);
  const baseline = baselineOfMoods(days.filter(([date]) => date >= windowStart && date <= before).map(([, mood]) => mood));
  if (!baseline || !run.every((m) => m! < baseline.low)) return undefined;
  return { from, to: end, moods: run as number[], baseline };
}
