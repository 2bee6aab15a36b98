import rrulePkg from 'rrule';

// rrule ships CommonJS: under Node's ESM loader its named exports sit on the default (STACK.md).
const { RRule } = rrulePkg;

/**
 * Wall-clock time in an IANA zone, through Intl only. Recurrences are expanded on the wall clock
 * ("every Monday at 10:00") and each occurrence is then placed in its zone, so 10:00 stays 10:00
 * across daylight-saving changes (the hour-drift bug of Cal.com #4400).
 */
export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock an instant shows in a zone. */
export function wallOf(instant: Date, timeZone: string): Wall {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
}

const asUtc = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/**
 * The instant a zone's clock shows this wall time. A time skipped by a spring-forward change
 * (01:30 in London on the last Sunday of March) moves on by the gap, as calendar apps do.
 */
export function instantOf(wall: Wall, timeZone: string): Date {
  const target = asUtc(wall);
  // The zone's offsets a day either side: equal except around a change.
  const offsets = [target - 86_400_000, target + 86_400_000].map((t) => asUtc(wallOf(new Date(t), timeZone)) - Math.floor(t / 60_000) * 60_000);
  const fits = offsets.map((o) => target - o).filter((t) => asUtc(wallOf(new Date(t), timeZone)) === target);
  // Twice (autumn): the first. Never (spring gap): read with the offset before the change, which lands after the gap.
  return new Date(fits.length > 0 ? Math.min(...fits) : target - offsets[0]!);
}

export function parseLocal(local: string): Wall {
  const [d, t] = local.split('T') as [string, string];
  const [year, month, day] = d.split('-').map(Number) as [number, number, number];
  const [hour, minute] = t.split(':').map(Number) as [number, number];
  return { year, month, day, hour, minute };
}

const pad = (n: number) => String(n).padStart(2, '0');
export function formatLocal(w: Wall): string {
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}
export function dateOfLocal(local: string): string {
  return local.slice(0, 10);
}

/** Adds whole days to a local date ('YYYY-MM-DD'), on the calendar, not in hours. */
export function addLocalDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface RecurrenceRule {
  intervalWeeks: number;
  count?: number;
  /** Last local date an occurrence may fall on (inclusive). */
  until?: string;
}

// A series is bounded (FIELD-NOTES): two years of weekly sessions at most.
export const MAX_OCCURRENCES = 104;

/** The RRULE body kept with a series (RFC 5545; UNTIL as a floating local end of day). */
export function toRRule(rule: RecurrenceRule): string {
  const parts = ['FREQ=WEEKLY', `INTERVAL=${rule.intervalWeeks}`];
  if (rule.count !== undefined) parts.push(`COUNT=${Math.min(rule.count, MAX_OCCURRENCES)}`);
  if (rule.until !== undefined) parts.push(`UNTIL=${rule.until.replaceAll('-', '')}T235959`);
  return parts.join(';');
}

/**
 * Every occurrence of a series as wall-clock starts: rrule works on "floating" times (wall
 * clocks written as UTC), so it never sees an offset and never shifts an hour.
 */
export function expandWall(rruleBody: string, startLocal: string): Wall[] {
  const start = parseLocal(startLocal);
  const options = RRule.parseString(rruleBody);
  const rule = new RRule({ ...options, dtstart: new Date(asUtc(start)), tzid: null });
  return rule
    .all((_d, i) => i < MAX_OCCURRENCES)
    .map((d) => ({
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
    }));
}

export interface Occurrence {
  local: string;
  start: Date;
  end: Date;
}

/** A series' occurrences placed in its zone. */
export function expandSeries(rruleBody: string, startLocal: string, timeZone: string, durationMinutes: number): Occurrence[] {
  return expandWall(rruleBody, startLocal).map((wall) => {
    const start = instantOf(wall, timeZone);
    return { local: formatLocal(wall), start, end: new Date(start.getTime() + durationMinutes * 60_000) };
  });
}
