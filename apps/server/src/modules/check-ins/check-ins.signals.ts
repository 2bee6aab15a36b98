import { sql } from 'drizzle-orm';
import { DEFAULT_SELF_NEGLECT, type CaseloadCheckinSignals, type SelfNeglectSignal, type SelfNeglectThresholds, type Taken } from '@steadfast/contracts';
import type { ClientAccess } from '../../access/relationships';
import { asSignals, timeZonesOf, type SignalSource } from '../../access/signal-source';
import { allows, clientRules } from '../../access/rules';
import { reusableQuery, type Db } from '../../db/database';
import type { Actor } from '../../http/context';
import { clientsWithNames } from '../care-teams';
import { daysFrom, eachDay, shiftDay, todayIn } from './check-ins.days';

/** Recent days read per client: the 14 shown plus room for a long self-neglect streak. */
const WINDOW_DAYS = 28;

type RecentDay = [date: string, mood: number, selfHarm: number | null, medication: Taken | null, water: Taken | null, meals: Taken | null];
interface SignalRow {
  client_id: string;
  last_date: string | null;
  self_neglect: SelfNeglectThresholds | null;
  recent: RecentDay[];
}
type RecentColumns = [
  offsets: number[] | null,
  moods: number[],
  selfHarm: (number | null)[],
  medication: (Taken | null)[],
  water: (Taken | null)[],
  meals: (Taken | null)[],
];

/**
 * Built once with the ids as one array parameter, so its text is the same for every caseload and
 * PostgreSQL plans it once per connection (the caseload is read on every visit to it). The recent
 * days come as parallel arrays (day numbers from `since`), in the index's order: an array per day
 * and an ORDER BY inside the aggregate were a third of the query's time.
 */
const signalsQuery = reusableQuery<Omit<SignalRow, 'recent'> & { recent: RecentColumns }, { practiceId: string; ids: string[]; since: string }>(() => {
  const practice = sql`${sql.placeholder('practiceId')}::uuid`;
  const since = sql`${sql.placeholder('since')}::date`;
  return sql`select ids.client_id,
      (select max(k.date)::text from checkins k where k.practice_id = ${practice} and k.client_id = ids.client_id) as last_date,
      (select c.self_neglect from checkin_configs c where c.practice_id = ${practice} and c.client_id = ids.client_id) as self_neglect,
      (select json_build_array(json_agg(d.offset_days), json_agg(d.mood), json_agg(d.self_harm), json_agg(d.medication), json_agg(d.water), json_agg(d.meals))
         from (select k.date - ${since} as offset_days, k.mood, (k.urges->>'selfHarm')::int as self_harm, k.medication, k.water, k.meals
                 from checkins k where k.practice_id = ${practice} and k.client_id = ids.client_id and k.date >= ${since}
                order by k.date) d) as recent
    from unnest(${sql.placeholder('ids')}::uuid[]) as ids(client_id)`;
});

/** The columns back as one tuple per day, oldest first; `days` are the window's days from `since`, made once per caseload. */
function recentDays(columns: RecentColumns, since: string, days: readonly string[]): RecentDay[] {
  // No check-in in the window: every aggregate is null.
  const [offsets, moods, selfHarm, medication, water, meals] = columns;
  if (!offsets) return [];
  return offsets.map((offset, i) => [days[offset] ?? shiftDay(since, offset), moods[i]!, selfHarm[i]!, medication[i]!, water[i]!, meals[i]!]);
}

/**
 * Check-in signals for a caseload (SPEC §2.8) in one query, whatever its size: only for clients
 * whose check-ins the caller may read ('checkins.read': a GP without the `checkins` scope gets
 * nothing). Each client's last day, last 28 days and thresholds are index probes on
 * checkins_client_day, so the cost follows the caseload, not the practice's history.
 */
export async function checkinSignalsFor(db: Db, actor: Actor, access: readonly ClientAccess[], now: Date): Promise<Map<string, CaseloadCheckinSignals>> {
  const permitted = access.filter((a) => allows(clientRules['checkins.read'], a.relationships, a.scopes));
  const readable = permitted.map((a) => a.clientId);
  const signals = new Map<string, CaseloadCheckinSignals>();
  if (readable.length === 0) return signals;
  const since = new Date(now.getTime() - (WINDOW_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
  const [rows, zones] = await Promise.all([
    signalsQuery(db, { practiceId: actor.practiceId, ids: readable, since }),
    timeZonesOf(permitted, (ids) => clientsWithNames(db, actor.practiceId, ids)),
  ]);
  const days = eachDay(since, shiftDay(since, WINDOW_DAYS + 2));
  for (const row of rows)
    signals.set(row.client_id, toSignals({ ...row, recent: recentDays(row.recent, since, days) }, todayIn(zones.get(row.client_id) ?? 'UTC', now)));
  return signals;
}

export function toSignals(row: SignalRow, today: string): CaseloadCheckinSignals {
  const byDay = new Map(row.recent.map((d) => [d[0], d]));
  const last14 = fortnightTo(today);
  const moods = last14.map((d) => byDay.get(d)?.[1] ?? null);
  const urges = last14.map((d) => byDay.get(d)?.[2]).filter((u): u is number => typeof u === 'number');
  return {
    lastCheckinDate: row.last_date,
    daysSinceLast: row.last_date ? Math.max(0, daysFrom(row.last_date, today)) : null,
    moodLast14: moods,
    checkedInDays14: moods.filter((m) => m !== null).length,
    trend: trendOf(moods),
    maxSelfHarmUrge14: urges.length > 0 ? Math.max(...urges) : null,
    selfNeglect: selfNeglectOf(row.recent, today, row.self_neglect ?? DEFAULT_SELF_NEGLECT),
  };
}

let lastFortnight: { today: string; days: string[] } | undefined;
/** The 14 days ending `today`: the same list for nearly every client of a caseload, so made once. */
function fortnightTo(today: string): readonly string[] {
  if (lastFortnight?.today !== today) lastFortnight = { today, days: eachDay(shiftDay(today, -13), today) };
  return lastFortnight.days;
}

/** Mood over the last 7 days against the 7 before: a change of a point or more either way; too few days say nothing. */
function trendOf(moods: readonly (number | null)[]): CaseloadCheckinSignals['trend'] {
  const mean = (xs: readonly (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length >= 3 ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const before = mean(moods.slice(0, 7));
  const after = mean(moods.slice(7));
  if (before === null || after === null) return 'unknown';
  if (after - before >= 1) return 'up';
  if (before - after >= 1) return 'down';
  return 'steady';
}

/**
 * Days in a row, ending at the latest check-in (if it is today or yesterday), answered "no". A
 * missed day ends a streak: it is no entry, never imputed as "no".
 */
export function selfNeglectOf(recent: readonly RecentDay[], today: string, thresholds: SelfNeglectThresholds): SelfNeglectSignal {
  const streak = (pick: (d: RecentDay) => Taken | null) => {
    let n = 0;
    let expected: string | undefined;
    for (let i = recent.length - 1; i >= 0; i -= 1) {
      const d = recent[i]!;
      if (expected === undefined ? daysFrom(d[0], today) > 1 : d[0] !== expected) break;
      if (pick(d) !== 'no') break;
      n += 1;
      expected = shiftDay(d[0], -1);
    }
    return n;
  };
  const medicationNoStreak = streak((d) => d[3]);
  const waterSkippedStreak = streak((d) => d[4]);
  const mealsSkippedStreak = streak((d) => d[5]);
  return {
    concern:
      medicationNoStreak >= thresholds.medicationNoDays ||
      waterSkippedStreak >= thresholds.waterSkippedDays ||
      mealsSkippedStreak >= thresholds.mealsSkippedDays,
    medicationNoStreak,
    waterSkippedStreak,
    mealsSkippedStreak,
  };
}

/** Check-ins' caseload signal source. */
export const checkinSignals: SignalSource = (db, actor, access, now) => asSignals('checkins', checkinSignalsFor(db, actor, access, now));
