import { DEFAULT_MEASURE_SCHEDULE, type Instrument, type MeasureSchedule } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { addDays, dateKey } from '../reply-windows';
import { findSchedule } from './measures.queries';

/** A client's schedule as saved; `updatedAt` tells a job queued under an older one that it was superseded. */
export type SavedSchedule = MeasureSchedule & { startsOn: string | null; updatedAt: string | null };

export async function scheduleOf(db: Db, practiceId: string, clientId: string): Promise<SavedSchedule> {
  const row = await findSchedule(db, practiceId, clientId);
  if (!row) return { ...DEFAULT_MEASURE_SCHEDULE, startsOn: null, updatedAt: null };
  return {
    phq9EveryWeeks: row.phq9EveryWeeks,
    gad7EveryWeeks: row.gad7EveryWeeks,
    phq9BeforeAppointments: row.phq9BeforeAppointments,
    gad7BeforeAppointments: row.gad7BeforeAppointments,
    expiresAfterDays: row.expiresAfterDays,
    startsOn: row.startsOn,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The instruments due before each appointment. */
export function beforeAppointmentInstruments(schedule: MeasureSchedule): Instrument[] {
  return (['phq9', 'gad7'] as const).filter((i) => (i === 'phq9' ? schedule.phq9BeforeAppointments : schedule.gad7BeforeAppointments));
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
