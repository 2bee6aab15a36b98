import { dateTimeFormat } from '../../ui/date-time-format';

/** Today in an IANA zone as YYYY-MM-DD: the client's day, whatever the device's clock zone. */
export function todayIn(timeZone: string, now = new Date()): string {
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
  return dateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** "1 Dec" for a chart axis or a table row. */
export function shortDay(date: string): string {
  return dateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** "9:14 am" in a zone. */
export function clockTime(iso: string, timeZone?: string): string {
  return dateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true, ...(timeZone ? { timeZone } : {}) }).format(new Date(iso));
}
