import type { CaseloadEntry, CaseloadSignals } from '@steadfast/contracts';
import { describe, expect, it } from 'vitest';
import { compareCaseload } from './caseload.order';

const quiet: CaseloadSignals = { messages: null, flags: null, appointments: null, stepUp: null, checkins: null, stability: null };

let next = 0;
/** A client with only the signals given; everything else as quiet as it can be. */
function client(name: string, signals: Partial<CaseloadSignals> = {}): CaseloadEntry {
  next += 1;
  return {
    clientId: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    name,
    myRole: 'therapist',
    isPrimary: true,
    primaryClinicianName: 'Dana Reyes',
    careTeam: [],
    joinedAt: '2026-01-01T00:00:00.000Z',
    status: 'active',
    coveringFor: null,
    signals: { ...quiet, ...signals },
  };
}

const waiting = (at: string, overdue = false) => ({
  waiting: { before_session: 0, soon: 1, crisis: 0 },
  nextReplyDue: { at, intent: 'soon' as const, overdue },
  unseenByMe: 1,
  lastMessageAt: '2026-03-10T09:00:00.000Z',
});
const flag = (highestLevel: 'concern' | 'high' | 'imminent') => ({ open: 1, highestLevel, mostUrgentFlagId: null });
const stable = (days: number, okayPlanSaysVulnerable = false) => ({
  since: '2026-03-01',
  through: '2026-03-10',
  days,
  checkins: days,
  dips: 0,
  okayPlanSaysVulnerable,
  lastCaringNoteAt: null,
});
const checkins = (concern: boolean) => ({
  lastCheckinDate: '2026-03-10',
  daysSinceLast: 0,
  moodLast14: [],
  checkedInDays14: 10,
  trend: 'steady' as const,
  maxSelfHarmUrge14: null,
  selfNeglect: { concern, medicationNoStreak: concern ? 3 : 0, waterSkippedStreak: 0, mealsSkippedStreak: 0 },
});
const stepUp = {
  planId: '00000000-0000-4000-8000-000000000999',
  raised: [{ kind: 'checkins_below_baseline' as const, detail: 'Mood below baseline 5 days running', since: '2026-03-08T00:00:00.000Z' }],
};

const ordered = (entries: CaseloadEntry[]) => [...entries].sort(compareCaseload).map((e) => e.name);

describe('the caseload, sorted by need (SPEC §2.8)', () => {
  it('an unacknowledged flag beats a soon message near its window, which beats a stable stretch', () => {
    const list = [
      client('Sam stable', { stability: stable(12, true) }),
      client('Alex soon', { messages: waiting('2026-03-10T17:00:00.000Z') }),
      client('Eli flagged', { flags: flag('concern') }),
    ];
    expect(ordered(list)).toEqual(['Eli flagged', 'Alex soon', 'Sam stable']);
  });

  it('puts a higher flag before a lower one, and an overdue reply before one still due', () => {
    const list = [
      client('Due later', { messages: waiting('2026-03-11T17:00:00.000Z') }),
      client('Overdue', { messages: waiting('2026-03-12T17:00:00.000Z', true) }),
      client('Concern', { flags: flag('concern') }),
      client('Imminent', { flags: flag('imminent') }),
      client('Due sooner', { messages: waiting('2026-03-10T17:00:00.000Z') }),
    ];
    expect(ordered(list)).toEqual(['Imminent', 'Concern', 'Overdue', 'Due sooner', 'Due later']);
  });

  it('then the signals with no clock: step back up, self-neglect, a stable stretch the okay plan worries about, the longest stretch, then by name', () => {
    const list = [
      client('Zoe nothing'),
      client('Amy nothing'),
      client('Short stretch', { stability: stable(8) }),
      client('Long stretch', { stability: stable(20) }),
      client('Plan worries', { stability: stable(7, true) }),
      client('Not eating', { checkins: checkins(true) }),
      client('Checks in fine', { checkins: checkins(false) }),
      client('Step up', { stepUp }),
    ];
    expect(ordered(list)).toEqual(['Step up', 'Not eating', 'Plan worries', 'Long stretch', 'Short stretch', 'Amy nothing', 'Checks in fine', 'Zoe nothing']);
  });

  it('a reply due, however far off, comes before a signal with no clock', () => {
    expect(ordered([client('Step up', { stepUp }), client('Reply next week', { messages: waiting('2026-03-17T17:00:00.000Z') })])).toEqual([
      'Reply next week',
      'Step up',
    ]);
  });
});
