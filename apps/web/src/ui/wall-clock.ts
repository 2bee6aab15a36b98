import type { ZoneOffsetSpan } from '@steadfast/contracts';

/*
 * Dates and times read off Date's own getters wherever that gives the same answer as Intl (issue
 * 22). The first Intl.DateTimeFormat a page makes loads the browser's locale and time-zone data:
 * 50–100 ms on a laptop, four times that on a slow phone, in one piece nothing can split, and the
 * client's home shows dates in its first moments. The device's own zone and UTC need no such
 * data; a client's zone is known from the offset the server sends with the check-in settings
 * (CheckinConfig.zoneOffset). Any other zone, or a moment outside that offset's stretch, still
 * goes to Intl.
 */

/** A moment as a clock on the wall shows it: month 1–12, weekday 0 = Sunday, hour 0–23. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

const spans = new Map<string, { offsetMs: number; from: number; until: number }>();

/** Keeps what the server said of a zone's offset, for wallClockOf to use. */
export function rememberZoneOffset(timeZone: string, span: ZoneOffsetSpan | undefined): void {
  if (!span) return;
  spans.set(timeZone, { offsetMs: span.minutes * 60_000, from: Date.parse(span.from), until: Date.parse(span.until) });
}

/** Forgets every zone offset (tests). */
export function forgetZoneOffsets(): void {
  spans.clear();
}

/**
 * The wall clock of a moment in a zone (the device's own when none is given), or undefined when
 * only Intl can tell.
 */
export function wallClockOf(date: Date, timeZone?: string): WallClock | undefined {
  if (timeZone === undefined) return localClock(date);
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return utcClock(date);
  const span = spans.get(timeZone);
  const time = date.getTime();
  if (span && time >= span.from && time < span.until) return utcClock(new Date(time + span.offsetMs));
  return undefined;
}

function localClock(d: Date): WallClock {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: d.getDay(), hour: d.getHours(), minute: d.getMinutes() };
}

function utcClock(d: Date): WallClock {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/* British English, as Intl's en-GB writes it (wall-clock.test.ts holds the two side by side). */
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** "2026-03-03" */
export const isoDayOf = (c: WallClock) => `${c.year}-${twoDigits(c.month)}-${twoDigits(c.day)}`;
/** "3 Mar 2026" */
export const dayMonthYearOf = (c: WallClock) => `${c.day} ${shortMonths[c.month - 1]} ${c.year}`;
/** "Tue, 3 Mar 2026, 14:05" */
export const dateAndTimeOf = (c: WallClock) => `${weekdays[c.weekday]!.slice(0, 3)}, ${dayMonthYearOf(c)}, ${twoDigits(c.hour)}:${twoDigits(c.minute)}`;
/** "Tuesday 3 March" */
export const longDayOf = (c: WallClock) => `${weekdays[c.weekday]} ${c.day} ${months[c.month - 1]}`;
/** "3 Mar" */
export const shortDayOf = (c: WallClock) => `${c.day} ${shortMonths[c.month - 1]}`;
/** "9:14 am" */
export const twelveHourTimeOf = (c: WallClock) => `${c.hour % 12 || 12}:${twoDigits(c.minute)} ${c.hour < 12 ? 'am' : 'pm'}`;
