import { dateKey, localDateOf, type LocalDate } from '../reply-windows';

/** Calendar days as 'YYYY-MM-DD' strings in a client's own zone: "today" is theirs, not the server's. */
export function todayIn(timeZone: string, now: Date): string {
  return dateKey(localDateOf(now, timeZone));
}

export function parseDay(day: string): LocalDate {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year!, month: month!, day: date! };
}

/** The day `days` later (earlier when negative), from the string's digits: the caseload shifts thousands of days a visit. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Every day from `from` to `to` inclusive. */
export function eachDay(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = shiftDay(d, 1)) out.push(d);
  return out;
}
