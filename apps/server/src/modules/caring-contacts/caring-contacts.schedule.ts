import { createHash } from 'node:crypto';
import type { CaringSchedulePreset } from '@steadfast/contracts';
import { addDays, instantAt, type LocalDate } from '../reply-windows';

/**
 * Days after the start on which each preset's notes fall (CLINICAL.md §3.5, FIELD-NOTES):
 * - tapering: weekly for a month, fortnightly for two, then monthly (12 notes over ~7 months);
 * - year: the Comtois schedule, front-loaded: day 1, week 1, months 1 to 4, then every other
 *   month to a year (10 notes). Caring Contacts guidance asks for at least a year.
 */
export const presetDays: Record<CaringSchedulePreset, readonly number[]> = {
  tapering: [7, 14, 21, 28, 42, 56, 70, 84, 114, 144, 174, 204],
  year: [1, 7, 30, 60, 90, 120, 180, 240, 300, 365],
};

// Sent between 10:00 and 16:00 on a weekday, at a minute that differs from note to note, so the
// notes do not read as automated (FIELD-NOTES: vary the send time).
const EARLIEST_MINUTE = 10 * 60;
const WINDOW_MINUTES = 6 * 60;

/** The due times of a preset's notes from `startsOn`, in the client's own time zone. */
export function caringDueTimes(preset: CaringSchedulePreset, startsOn: LocalDate, timeZone: string, seed: string): Date[] {
  return presetDays[preset].map((days, i) => {
    const date = nextWeekday(addDays(startsOn, days));
    return instantAt(date, EARLIEST_MINUTE + jitterMinutes(`${seed}:${i}`), timeZone);
  });
}

function nextWeekday(date: LocalDate): LocalDate {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  if (weekday === 6) return addDays(date, 2);
  if (weekday === 0) return addDays(date, 1);
  return date;
}

function jitterMinutes(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % WINDOW_MINUTES;
}

export function parseLocalDate(iso: string): LocalDate {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
