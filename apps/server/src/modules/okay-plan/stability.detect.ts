import type { EffectiveStabilityThresholds, StableStretch } from '@steadfast/contracts';

/** One check-in as stability reads it: the day's mood and its highest urge (null when none rated). */
export interface StabilityDay {
  date: string;
  /** Days since 1970-01-01, when the reader has it already (the check-ins read does); else taken from `date`. */
  dayNo?: number;
  mood: number;
  peakUrge: number | null;
}

/** More than this many missed days in a row end a stretch: a missed day is no entry, never a stable one. */
export const MAX_MISSED_DAYS = 1;

export interface StretchFinding {
  /** Every stable stretch in the days read, oldest first (the current one last, when there is one). */
  stretches: StableStretch[];
  /** The stretch still going on `today`, or null. */
  current: StableStretch | null;
}

interface Run {
  since: string;
  /** The last day at or above the floor: a stretch always ends on a steady day. */
  through: string;
  /** The last check-in in the run, steady or a tolerated dip, and its day number. */
  lastDate: string;
  lastDay: number;
  steady: number;
  dipDates: string[];
  urges: number[];
}

/**
 * Stable stretches in a client's check-ins (SPEC §2.6): runs of check-ins at or above the mood
 * floor whose daily highest urge varies little, holding at least `minDays` steady check-ins.
 * - A day of distress (a `soon`/`crisis` message, a measure at moderate or above) ends a run
 *   and cannot begin one.
 * - A dip below the floor is tolerated `dipDays` times in any 7 days, never two running.
 * - More than one missed day in a row ends a run; so does silence up to `today`: a client who
 *   stops checking in is not presumed stable.
 */
export function findStretches(
  days: readonly StabilityDay[],
  distressDays: ReadonlySet<string>,
  thresholds: EffectiveStabilityThresholds,
  today: string,
): StretchFinding {
  const floor = thresholds.moodFloor;
  if (floor === null) return { stretches: [], current: null };
  const stretches: StableStretch[] = [];
  let run: Run | undefined;
  const close = () => {
    if (run && run.steady >= thresholds.minDays) stretches.push(toStretch(run));
    run = undefined;
  };
  for (const day of oldestFirst(days)) {
    if (day.date > today) break;
    // Each day's number once: the caseload runs this over 90 days of 100 clients on every visit.
    const dayNo = day.dayNo ?? dayNumber(day.date);
    if (run && (dayNo - run.lastDay > MAX_MISSED_DAYS + 1 || distressIn(distressDays, run.lastDate, day.date))) close();
    if (distressDays.has(day.date)) {
      close();
      continue;
    }
    if (day.mood < floor) {
      if (run && canDip(run, day.date, thresholds.dipDays)) {
        run.dipDates.push(day.date);
        run.lastDate = day.date;
        run.lastDay = dayNo;
      } else {
        close();
      }
      continue;
    }
    if (run && day.peakUrge !== null && spread([...run.urges, day.peakUrge]) > thresholds.maxUrgeSpread) close();
    if (!run) {
      run = { since: day.date, through: day.date, lastDate: day.date, lastDay: dayNo, steady: 0, dipDates: [], urges: [] };
    }
    run.through = day.date;
    run.lastDate = day.date;
    run.lastDay = dayNo;
    run.steady += 1;
    if (day.peakUrge !== null) run.urges.push(day.peakUrge);
  }
  const ongoing =
    run &&
    run.steady >= thresholds.minDays &&
    gapBetween(run.lastDate, today) <= MAX_MISSED_DAYS + 1 &&
    !distressIn(distressDays, run.lastDate, shift(today, 1));
  close();
  return { stretches, current: ongoing ? stretches.at(-1)! : null };
}

/** The days in date order: as read (already sorted) unless a caller passed them otherwise. */
function oldestFirst(days: readonly StabilityDay[]): readonly StabilityDay[] {
  for (let i = 1; i < days.length; i += 1)
    if (days[i - 1]!.date > days[i]!.date) return [...days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return days;
}

function canDip(run: Run, date: string, dipDays: number): boolean {
  if (run.lastDate !== run.through) return false; // the check-in before was a dip: two running end the run
  if (run.dipDates.length < dipDays) return true;
  const weekAgo = shift(date, -6);
  return run.dipDates.filter((d) => d >= weekAgo).length < dipDays;
}

function toStretch(run: Run): StableStretch {
  const dips = run.dipDates.filter((d) => d < run.through).length;
  return { since: run.since, through: run.through, days: gapBetween(run.since, run.through) + 1, checkins: run.steady + dips, dips };
}

/** A distress day strictly after `after` and strictly before `before`. */
function distressIn(distressDays: ReadonlySet<string>, after: string, before: string): boolean {
  for (const d of distressDays) if (d > after && d < before) return true;
  return false;
}

/** Population standard deviation; fewer than two values vary by nothing. */
export function spread(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD day, from its digits: the caseload runs this for every
 * check-in of every client (90 days × 100 clients a visit), where parsing a date string costs
 * several times more.
 */
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/** Whole days from `a` to `b`. */
export function gapBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function shift(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}
