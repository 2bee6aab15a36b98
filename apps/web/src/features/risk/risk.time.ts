/** A span of time as people say it: "under a minute", "4 min", "2 h 5 min", "3 days". */
export function spanWords(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** "4 min ago", or "just now". */
export function ageWords(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  return ms < 60_000 ? 'just now' : `${spanWords(ms)} ago`;
}

/** A clock time in the practice's zone ("14:05"), with the day when it is not today ("Tue 14:05"). */
export function clockWords(iso: string, now: number, timeZone?: string): string {
  const date = new Date(iso);
  const zone = timeZone ? { timeZone } : {};
  const day = (d: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', ...zone }).format(d);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', ...zone }).format(date);
  return day(date) === day(new Date(now))
    ? time
    : `${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', ...zone }).format(date)} ${time}`;
}
