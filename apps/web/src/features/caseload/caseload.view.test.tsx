import type { CaseloadEntry, CaseloadSignals } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { defaultView, viewOf } from './caseload.view';

const quiet: CaseloadSignals = { messages: null, flags: null, appointments: null, stepUp: null, checkins: null, stability: null };

function client(name: string, isPrimary: boolean, signals: Partial<CaseloadSignals> = {}): CaseloadEntry {
  return {
    clientId: name,
    name,
    myRole: 'therapist',
    isPrimary,
    primaryClinicianName: 'Dana Reyes',
    careTeam: [],
    joinedAt: '2026-01-01T00:00:00.000Z',
    status: 'active',
    coveringFor: null,
    signals: { ...quiet, ...signals },
  };
}

const checkinsDaysAgo = (daysSinceLast: number | null) => ({
  lastCheckinDate: null,
  daysSinceLast,
  moodLast14: [],
  checkedInDays14: 0,
  trend: 'unknown' as const,
  maxSelfHarmUrge14: null,
  selfNeglect: { concern: false, medicationNoStreak: 0, waterSkippedStreak: 0, mealsSkippedStreak: 0 },
});

// In the order of need the server sends.
const caseload = [
  client('Eli Park', false, { flags: { open: 1, highestLevel: 'high', mostUrgentFlagId: null }, checkins: checkinsDaysAgo(1) }),
  client('Zoë Hart', true, {
    messages: {
      waiting: { soon: 1, before_session: 0, crisis: 0 },
      nextReplyDue: { at: '2026-03-10T17:00:00.000Z', intent: 'soon', overdue: false },
      unseenByMe: 1,
      lastMessageAt: null,
    },
  }),
  client('Sam Taylor', true, {
    stability: { since: '2026-03-01', through: '2026-03-10', days: 10, checkins: 9, dips: 0, okayPlanSaysVulnerable: true, lastCaringNoteAt: null },
    checkins: checkinsDaysAgo(0),
    appointments: { next: { id: 'a', start: '2026-03-12T10:00:00.000Z', kind: 'video' } },
  }),
  client('Alex Morgan', true, {
    stepUp: { planId: 'p', raised: [] },
    checkins: checkinsDaysAgo(6),
    appointments: { next: { id: 'b', start: '2026-03-11T10:00:00.000Z', kind: 'in_person' } },
  }),
];
const names = (list: CaseloadEntry[]) => list.map((c) => c.name);

describe('narrowing and ordering the caseload', () => {
  it('keeps the order of need by default', () => {
    expect(names(viewOf(caseload, defaultView))).toEqual(['Eli Park', 'Zoë Hart', 'Sam Taylor', 'Alex Morgan']);
  });

  it('filters to main-contact clients, open flags, stable stretches and step-down plans', () => {
    expect(names(viewOf(caseload, { ...defaultView, filter: 'primary' }))).toEqual(['Zoë Hart', 'Sam Taylor', 'Alex Morgan']);
    expect(names(viewOf(caseload, { ...defaultView, filter: 'flags' }))).toEqual(['Eli Park']);
    expect(names(viewOf(caseload, { ...defaultView, filter: 'stable' }))).toEqual(['Sam Taylor']);
    expect(names(viewOf(caseload, { ...defaultView, filter: 'stepDown' }))).toEqual(['Alex Morgan']);
  });

  it('finds by any part of the name, whatever the case or accents', () => {
    expect(names(viewOf(caseload, { ...defaultView, search: 'zoe' }))).toEqual(['Zoë Hart']);
    expect(names(viewOf(caseload, { ...defaultView, search: '  TAY sam ' }))).toEqual(['Sam Taylor']);
    expect(names(viewOf(caseload, { ...defaultView, search: 'nobody' }))).toEqual([]);
  });

  it('sorts by name, reply due, the longest since a check-in, and the next session; the rest after, in order of need', () => {
    expect(names(viewOf(caseload, { ...defaultView, sort: 'name' }))).toEqual(['Alex Morgan', 'Eli Park', 'Sam Taylor', 'Zoë Hart']);
    expect(names(viewOf(caseload, { ...defaultView, sort: 'reply' }))).toEqual(['Zoë Hart', 'Eli Park', 'Sam Taylor', 'Alex Morgan']);
    expect(names(viewOf(caseload, { ...defaultView, sort: 'checkin' }))).toEqual(['Alex Morgan', 'Eli Park', 'Sam Taylor', 'Zoë Hart']);
    expect(names(viewOf(caseload, { ...defaultView, sort: 'appointment' }))).toEqual(['Alex Morgan', 'Sam Taylor', 'Eli Park', 'Zoë Hart']);
  });
});
