import {
  BASELINE_MIN_CHECKINS,
  BASELINE_WINDOW_DAYS,
  TREND_RANGE_DAYS,
  type Adherence,
  type CheckinTrends,
  type MoodBaseline,
  type Taken,
  type TrendDay,
  type TrendsQuery,
} from '@steadfast/contracts';
import { canOnClient } from '../../access/authorize';
import type { Db } from '../../db/database';
import type { Ctx } from '../../http/context';
import { auditRow } from '../audit';
import { measurePointsFor } from '../measures';
import { clientTimeZone, configFrom } from './check-ins.config';
import { eachDay, shiftDay, todayIn } from './check-ins.days';
import { moodsBetween } from './check-ins.queries';
import { readForTrend, type TrendRow } from './check-ins.trend-read';

/**
 * The series behind every chart and its export (FIELD-NOTES: the chart and the export must agree):
 * one row per day, a missed day empty and never imputed, the client's own baseline band, adherence
 * counts, and measure totals.
 *
 * One round trip (issue 13's bench): the client's zone, their check-ins with the audit row (one
 * prepared statement), whether the caller may read measures, and the measures go out together.
 * The zone decides "today", so the reads span a day either side of UTC's today (every zone's
 * today is within a day of it) and the exact days are cut here.
 */
export async function getTrends(ctx: Ctx, clientId: string, query: TrendsQuery): Promise<CheckinTrends> {
  const { practiceId } = ctx.actor;
  const now = ctx.clock.now();
  const span = Math.max(TREND_RANGE_DAYS[query.range], BASELINE_WINDOW_DAYS);
  const around = query.to ?? now.toISOString().slice(0, 10);
  const wideTo = query.to ?? shiftDay(around, 1);
  const wideFrom = shiftDay(around, query.to ? 1 - span : -span);
  const forClinician = ctx.actor.role === 'clinician';
  const auditEntry = auditRow(ctx, { action: 'checkins.trends.read', clientId, subjectType: 'client', subjectId: clientId });
  const [timeZone, read, canReadMeasures, measurePoints] = await Promise.all([
    clientTimeZone(ctx.db, practiceId, clientId),
    readForTrend(ctx.db, practiceId, clientId, wideFrom, wideTo, auditEntry),
    canOnClient(ctx, 'measures.read', clientId),
    // Read alongside the permission and dropped unless it holds: nothing unpermitted leaves the server.
    measurePointsFor(ctx.db, practiceId, clientId, wideFrom, wideTo, forClinician),
  ]);
  const config = configFrom(read.config, timeZone);
  const to = query.to ?? todayIn(timeZone, now);
  const from = shiftDay(to, 1 - TREND_RANGE_DAYS[query.range]);
  const byDay = new Map(read.days.map((r) => [r.date, r]));
  const days = eachDay(from, to).map((date) => toTrendDay(date, byDay.get(date)));
  const baselineFrom = shiftDay(to, 1 - BASELINE_WINDOW_DAYS);
  const baseline = baselineOfMoods(read.days.filter((r) => r.date >= baselineFrom && r.date <= to).map((r) => r.mood));
  const measures = canReadMeasures ? measurePoints.filter((m) => m.date >= from && m.date <= to) : [];
  return { clientId, range: query.range, from, to, days, urges: config.urges, baseline, adherence: adherenceOf(days), measures };
}

function toTrendDay(date: string, row: TrendRow | undefined): TrendDay {
  if (!row) return { date, checkedIn: false, mood: null, urges: {}, actedOn: [], medication: null, water: null, meals: null, sleepHours: null, note: null };
  return {
    date,
    checkedIn: true,
    mood: row.mood,
    urges: row.urges,
    actedOn: row.actedOn,
    medication: row.medication,
    water: row.water,
    meals: row.meals,
    sleepHours: row.sleepHours,
    note: row.note,
  };
}

function adherenceOf(days: readonly TrendDay[]): Adherence {
  const count = (pick: (d: TrendDay) => Taken | null) => {
    const counts = { yes: 0, partly: 0, no: 0 };
    for (const d of days) {
      const v = pick(d);
      if (v) counts[v] += 1;
    }
    return counts;
  };
  return {
    days: days.length,
    checkedInDays: days.filter((d) => d.checkedIn).length,
    medication: count((d) => d.medication),
    water: count((d) => d.water),
    meals: count((d) => d.meals),
  };
}

/**
 * The client's own usual mood: the middle half of their check-ins over the 90 days up to `asOf`.
 * Too few check-ins make no baseline (null), rather than a guess. Issue 16's stable stretches use it.
 */
export async function moodBaselineOf(db: Db, practiceId: string, clientId: string, asOf: string): Promise<MoodBaseline | null> {
  return baselineOfMoods(await moodsBetween(db, practiceId, clientId, shiftDay(asOf, 1 - BASELINE_WINDOW_DAYS), asOf));
}

/** The baseline of a window's moods (any order): one definition for the chart's band and the stable stretch. */
export function baselineOfMoods(window: readonly number[]): MoodBaseline | null {
  // A typed array sorts numbers without a comparator call per pair: the caseload takes 100 baselines a visit.
  const moods = Float64Array.from(window).sort();
  if (moods.length < BASELINE_MIN_CHECKINS) return null;
  return { low: quantile(moods, 0.25), median: quantile(moods, 0.5), high: quantile(moods, 0.75), basedOnDays: moods.length };
}

/** Linear interpolation between order statistics (the common "type 7" quantile). */
function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return Math.round((sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)) * 10) / 10;
}

const CSV_COLUMNS = ['date', 'checked_in', 'mood', 'urges', 'acted_on', 'medication', 'water', 'meals', 'sleep_hours', 'note'] as const;

/** The export: the very rows the chart draws, as CSV (RFC 4180 quoting; formulas neutralised for spreadsheets). */
export function trendsCsv(trends: CheckinTrends): string {
  const cell = (v: unknown): string => {
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = trends.days.map((d) =>
    [
      d.date,
      d.checkedIn,
      d.mood,
      Object.entries(d.urges)
        .map(([k, v]) => `${k}:${v}`)
        .join(' '),
      d.actedOn.join(' '),
      d.medication,
      d.water,
      d.meals,
      d.sleepHours,
      d.note,
    ]
      .map(cell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
