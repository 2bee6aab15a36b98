const DAY = 86_400_000;

/**
 * A moment as a clinician scans for it, in the practice's time zone: "14:00" today, "Thu 17:00"
 * within the week either side, "Thu 12 Mar 17:00" further off.
 */
export function whenWords(iso: string, now: number, timeZone?: string): string {
  const date = new Date(iso);
  const zone = timeZone ? { timeZone } : {};
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', ...zone }).format(date);
  const days = Math.abs(calendarDay(date, zone) - calendarDay(new Date(now), zone)) / DAY;
  if (days === 0) return time;
  if (days < 7) return `${new Intl.DateTimeFormat('en-GB', { weekday: 'short', ...zone }).format(date)} ${time}`;
  return `${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', ...zone }).format(date)} ${time}`;
}

/** Midnight UTC of the date the zone's calendar shows, so two dates subtract to whole days. */
function calendarDay(date: Date, zone: { timeZone?: string }): number {
  return Date.parse(`${new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...zone }).format(date)}T00:00:00Z`);
}
