import { DEFAULT_MEASURE_SCHEDULE, type Instrument, type MeasureSchedule } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { addDays, dateKey } from '../reply-windows';
import { findSchedule } from './measures.queries';

export async function scheduleOf(db: Db, practiceId: string, clientId: string): Promise<MeasureSchedule & { startsOn: string | null }> {
  const row = await findSchedule(db, practiceId, clientId);
  if (!row) return { ...DEFAULT_MEASURE_SCHEDULE, startsOn: null };
  return { phq9EveryWeeks: row.phq9EveryWeeks, gad7EveryWeeks: row.gad7EveryWeeks, expiresAfterDays: row.expiresAfterDays, startsOn: row.startsOn };
}

/** The round a day falls in: rounds start every N weeks from the day the schedule was set. */
export function currentRound(schedule: MeasureSchedule & { startsOn: string | null }, instrument: Instrument, today: string) {
  const weeks = instrument === 'phq9' ? schedule.phq9EveryWeeks : schedule.gad7EveryWeeks;
  if (!weeks || !schedule.startsOn || today < schedule.startsOn) return undefined;
  const period = weeks * 7;
  const elapsed = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${schedule.startsOn}T00:00:00Z`)) / 86_400_000);
  const start = shift(schedule.startsOn, Math.floor(elapsed / period) * period);
  return { start, expiresOn: shift(start, schedule.expiresAfterDays - 1), periodDays: period };
}

function shift(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return dateKey(addDays({ year: y!, month: m!, day: d! }, days));
}
