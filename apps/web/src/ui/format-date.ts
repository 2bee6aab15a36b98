import { dateTimeFormat } from './date-time-format';

/** Dates as people read them, in the practice's time zone when known ("Tue 3 Mar 2026, 14:05"). */
export function formatDateTime(iso: string, timeZone?: string): string {
  return dateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/** A calendar date ("3 Mar 2026") from an ISO date or date-time. */
export function formatDate(iso: string, timeZone?: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return dateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}
