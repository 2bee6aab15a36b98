/**
 * Working time in a practice's own time zone. Everything goes through Intl, so a window that
 * crosses a daylight-saving change still closes at 17:00 on the wall clock (no date library).
 */

export interface WorkingCalendar {
  timeZone: string;
  /** ISO weekdays that are working days: 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** Opening and closing time, in minutes after local midnight. */
  opensAt: number;
  closesAt: number;
  /** Local dates ('YYYY-MM-DD') with no working hours: bank holidays and closures. */
  closedDays: { has(day: string): boolean };
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

// A calendar with no working day at all (misconfigured) must not loop forever.
const MAX_SCAN_DAYS = 400;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

/** The local calendar date of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  // The wall clock is the instant moved by the zone's offset, read as UTC: no Intl call once the offset is known.
  const wall = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** How far the zone's wall clock is ahead of UTC at an instant (BST: +1 h). */
export function offsetMs(instant: Date, timeZone: string): number {
  const time = instant.getTime();
  const slice = Math.floor(time / OFFSET_SLICE_MS);
  let offsets = offsetsByZone.get(timeZone);
  if (!offsets) {
    if (offsetsByZone.size >= MAX_ZONES) offsetsByZone.clear();
    offsets = new Map();
    offsetsByZone.set(timeZone, offsets);
  }
  const cached = offsets.get(slice);
  if (cached !== undefined) return cached;
  // An hour is cached only when its first and last second agree (no zone changes its offset twice
  // within an hour): one holding a daylight-saving change is asked of Intl at each instant, so
  // the answers are exactly those Intl gives.
  const first = offsetFromIntl(slice * OFFSET_SLICE_MS, timeZone);
  if (first !== offsetFromIntl((slice + 1) * OFFSET_SLICE_MS - 1000, timeZone)) return offsetFromIntl(time, timeZone);
  if (offsets.size >= MAX_OFFSET_SLICES) offsets.clear();
  offsets.set(slice, first);
  return first;
}

/*
 * Offsets per zone per UTC hour. Asking Intl (formatToParts) is the costly part of the working-time
 * maths that every send and every reminder does, and a zone's offset only changes a few times a
 * year. Bounded: past MAX_OFFSET_SLICES hours in one zone (over a year), that zone starts again.
 */
const OFFSET_SLICE_MS = 3_600_000;
const MAX_OFFSET_SLICES = 10_000;
const MAX_ZONES = 1_000;
const offsetsByZone = new Map<string, Map<number, number>>();

function offsetFromIntl(time: number, timeZone: string): number {
  const w = wallClock(new Date(time), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(time / 1000) * 1000;
}

/** How far either way `offsetSpanAround` looks, in hours. */
const SPAN_REACH_HOURS = 36;

/**
 * The zone's offset at `now` and the stretch of time around it over which that offset holds: at
 * most a day and a half either way, never across a clock change (`until` is the first instant of
 * the next offset). A phone shown a client's day and times with it needs no time-zone data of its
 * own, which costs a slow phone a blocking tenth of a second to load (issue 22).
 */
export function offsetSpanAround(now: Date, timeZone: string): { offsetMs: number; from: Date; until: Date } {
  const second = Math.floor(now.getTime() / 1000);
  const offset = offsetMs(new Date(second * 1000), timeZone);
  const holds = (s: number) => offsetMs(new Date(s * 1000), timeZone) === offset;
  // Hour by hour out from now, then to the second between the last hour that holds and the first that does not.
  const edge = (direction: 1 | -1): number => {
    let inside = second;
    for (let hour = 1; hour <= SPAN_REACH_HOURS; hour += 1) {
      let outside = second + direction * hour * 3600;
      if (holds(outside)) {
        inside = outside;
        continue;
      }
      while (Math.abs(outside - inside) > 1) {
        const mid = inside + Math.trunc((outside - inside) / 2);
        if (holds(mid)) inside = mid;
        else outside = mid;
      }
      return direction === 1 ? outside : inside;
    }
    return inside;
  };
  return { offsetMs: offset, from: new Date(edge(-1) * 1000), until: new Date(edge(1) * 1000) };
}

/** The instant at which the local wall clock shows `minutes` after midnight on `date`. */
export function instantAt(date: LocalDate, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, 0, minutes);
  // Two passes settle the offset on either side of a daylight-saving change.
  const first = wall - offsetMs(new Date(wall), timeZone);
  const second = wall - offsetMs(new Date(first), timeZone);
  return new Date(second);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function dateKey(date: LocalDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function isoWeekday(date: LocalDate): number {
  const weekday = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function isWorkingDay(cal: WorkingCalendar, date: LocalDate): boolean {
  return cal.days.includes(isoWeekday(date)) && !cal.closedDays.has(dateKey(date));
}

function opening(cal: WorkingCalendar, date: LocalDate): Date {
  return instantAt(date, cal.opensAt, cal.timeZone);
}

function closing(cal: WorkingCalendar, date: LocalDate): Date {
  return instantAt(date, cal.closesAt, cal.timeZone);
}

/**
 * "Within n working days": the close of the n-th working day. A message sent before opening on a
 * working day counts that day as the first; one sent later counts from the next working day, so
 * the clinician always has at least one whole working day.
 */
export function endOfWorkingDays(cal: WorkingCalendar, from: Date, days: number): Date | null {
  let date = localDateOf(from, cal.timeZone);
  if (!(isWorkingDay(cal, date) && from < opening(cal, date))) date = addDays(date, 1);
  let counted = 0;
  for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned += 1, date = addDays(date, 1)) {
    if (!isWorkingDay(cal, date)) continue;
    counted += 1;
    if (counted >= days) return closing(cal, date);
  }
  return null;
}

/** The instant when `ms` of working time has passed after `from` (time outside working hours does not count). */
export function addWorkingTime(cal: WorkingCalendar, from: Date, ms: number): Date | null {
  let remaining = ms;
  let date = localDateOf(from, cal.timeZone);
  for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned += 1, date = addDays(date, 1)) {
    if (!isWorkingDay(cal, date)) continue;
    const start = Math.max(opening(cal, date).getTime(), from.getTime());
    const end = closing(cal, date).getTime();
    if (end <= start) continue;
    if (remaining <= end - start) return new Date(start + remaining);
    remaining -= end - start;
  }
  return null;
}

/** Working time between two instants, in milliseconds. */
export function workingTimeBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  let total = 0;
  let date = localDateOf(from, cal.timeZone);
  for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned += 1, date = addDays(date, 1)) {
    const dayStart = instantAt(date, 0, cal.timeZone);
    if (dayStart >= to) break;
    if (!isWorkingDay(cal, date)) continue;
    const start = Math.max(opening(cal, date).getTime(), from.getTime());
    const end = Math.min(closing(cal, date).getTime(), to.getTime());
    if (end > start) total += end - start;
  }
  return total;
}
