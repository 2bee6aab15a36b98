import { dateTimeFormat } from '../../ui/date-time-format';
import { isoDayOf, longDayOf, shortDayOf, twelveHourTimeOf, wallClockOf } from '../../ui/wall-clock';

/** Today in an IANA zone as YYYY-MM-DD: the client's day, whatever the device's clock zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  const clock = wallClockOf(now, timeZone);
  if (clock) return isoDayOf(clock);
  try {
    return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** A calendar date moved by whole days (no zone involved: dates are days, not instants). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Tuesday 1 December" for a heading. */
export function dayName(date: string): string {
  return longDayOf(wallClockOf(new Date(`${date}T12:00:00Z`), 'UTC')!);
}

/** "1 Dec" for a chart axis or a table row. */
export function shortDay(date: string): string {
  return shortDayOf(wallClockOf(new Date(`${date}T12:00:00Z`), 'UTC')!);
}

/** "9:14 am" in a zone; "12:05 pm" at five past noon (en-GB's own twelve-hour clock would say "0:05 pm"). */
export function clockTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  const clock = wallClockOf(date, timeZone);
  if (clock) return twelveHourTimeOf(clock);
  return dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hourCycle: 'h12', timeZone }).format(date);
}
