import type { StepDownPhase } from '@steadfast/contracts';
import { addLocalDays, expandWall, formatLocal, toRRule } from './scheduling.time';

export interface PlannedSeries {
  startLocal: string;
  rrule: string;
  intervalWeeks: number;
}
export interface PlannedOffPeriod {
  start: string;
  /** Inclusive. */
  end: string;
}
export interface TimelineEntry {
  kind: 'sessions' | 'off' | 'review';
  from: string;
  to: string;
  intervalWeeks: number | null;
  sessions: number;
}
export interface StepDownSchedule {
  series: PlannedSeries[];
  offPeriods: PlannedOffPeriod[];
  timeline: TimelineEntry[];
}

export interface StepDownInput {
  firstSession: string;
  phases: readonly StepDownPhase[];
  reviewDates: readonly string[];
  endsOn: string;
}

/**
 * Lays the phases end to end on the wall clock: a sessions phase runs every n weeks up to its
 * date (the last one to the plan's end); the next phase begins one interval after its last
 * session, so an off-week takes exactly the place of a session and the rhythm carries on after.
 * Pure: the same plan always gives the same dates, which is what the client is shown.
 */
export function planStepDown(input: StepDownInput): StepDownSchedule {
  const time = input.firstSession.slice(11);
  let cursor = input.firstSession.slice(0, 10);
  const out: StepDownSchedule = { series: [], offPeriods: [], timeline: [] };
  input.phases.forEach((phase, i) => {
    if (cursor > input.endsOn) return;
    if (phase.kind === 'off') {
      const end = addLocalDays(cursor, phase.weeks * 7 - 1);
      out.offPeriods.push({ start: cursor, end });
      out.timeline.push({ kind: 'off', from: cursor, to: end, intervalWeeks: null, sessions: 0 });
      cursor = addLocalDays(cursor, phase.weeks * 7);
      return;
    }
    const last = i === input.phases.length - 1;
    const until = !last && phase.until && phase.until < input.endsOn ? phase.until : input.endsOn;
    const startLocal = `${cursor}T${time}`;
    const rrule = toRRule({ intervalWeeks: phase.intervalWeeks, until });
    const occurrences = expandWall(rrule, startLocal);
    if (occurrences.length === 0) return;
    const lastDay = formatLocal(occurrences[occurrences.length - 1]!).slice(0, 10);
    out.series.push({ startLocal, rrule, intervalWeeks: phase.intervalWeeks });
    out.timeline.push({ kind: 'sessions', from: cursor, to: lastDay, intervalWeeks: phase.intervalWeeks, sessions: occurrences.length });
    cursor = addLocalDays(lastDay, phase.intervalWeeks * 7);
  });
  for (const review of input.reviewDates) out.timeline.push({ kind: 'review', from: review, to: review, intervalWeeks: null, sessions: 0 });
  out.timeline.sort((a, b) => (a.from === b.from ? (a.kind === 'review' ? 1 : -1) : a.from < b.from ? -1 : 1));
  return out;
}
