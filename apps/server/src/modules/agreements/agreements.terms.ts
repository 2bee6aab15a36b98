import type { AgreementTerms, OffWeek } from '@steadfast/contracts';
import { localDate } from './agreements.queries';

/** The starting point when a client has no agreement yet: the practice's defaults, nothing promised beyond them. */
export function defaultTerms(): AgreementTerms {
  return {
    channels: ['messages'],
    sessions: 'weekly',
    replyWindows: null,
    workingHours: null,
    offWeeks: [],
    emergency: { onCallClinicianId: null, words: '' },
    appointmentRequests: { allowed: true, inOffWeeks: true, minNoticeHours: 24, words: '' },
    clientCommitments: '',
    twentyFourHourRule: false,
  };
}

/** A period to add as an off-week: calendar dates (inclusive), or instants (end exclusive) read in the client's zone. */
export interface OffWeekPeriod {
  start: string | Date;
  end: string | Date;
}

export function offWeeksFrom(periods: readonly OffWeekPeriod[], timeZone: string, base: { coverClinicianId: string | null; reason: string }): OffWeek[] {
  return periods.map((p) => ({
    start: typeof p.start === 'string' ? p.start : localDate(p.start, timeZone),
    end: typeof p.end === 'string' ? p.end : localDate(new Date(p.end.getTime() - 1), timeZone),
    coverClinicianId: base.coverClinicianId,
    messagesAllowed: true,
    reason: base.reason,
  }));
}

/** The off-weeks with new ones added (an identical period is kept once), in date order. */
export function mergeOffWeeks(existing: readonly OffWeek[], added: readonly OffWeek[]): OffWeek[] {
  const key = (w: OffWeek) => `${w.start}|${w.end}`;
  const byKey = new Map(existing.map((w) => [key(w), w]));
  for (const w of added) if (!byKey.has(key(w))) byKey.set(key(w), w);
  return [...byKey.values()].sort((a, b) => a.start.localeCompare(b.start));
}

/** The clinicians the terms name (cover, on call): each must be a clinician of the practice. */
export function namedClinicians(terms: AgreementTerms): string[] {
  const ids = [terms.emergency.onCallClinicianId, ...terms.offWeeks.map((w) => w.coverClinicianId)];
  return [...new Set(ids.filter((id): id is string => !!id))];
}
