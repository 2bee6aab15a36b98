import { dateTimeFormat } from './date-time-format';
import { dateAndTimeOf, dayMonthYearOf, wallClockOf } from './wall-clock';

/** Dates as people read them, in the practice's time zone when known ("Tue, 3 Mar 2026, 14:05"). */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  const clock = wallClockOf(date, timeZone);
  if (clock) return dateAndTimeOf(clock);
  return dateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

/** A calendar date ("3 Mar 2026") from an ISO date or date-time. */
export function formatDate(iso: string, timeZone?: string): string {
  const calendarDay = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = calendarDay ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  // A calendar date is the same day wherever it is read: noon UTC, read in UTC, is that day.
  const clock = wallClockOf(date, calendarDay && !timeZone ? 'UTC' : timeZone);
  if (clock) return dayMonthYearOf(clock);
  return dateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(date);
}
