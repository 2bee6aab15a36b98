import { describe, expect, it } from 'vitest';
import type { CareScope } from '@steadfast/contracts';
import { allows, clientRules, hiddenFrom, practiceRules, type ClientAction, type Relationship } from './rules';

// The expected matrix, written out by hand from SPEC §2.1 and §2.9: if a rule changes, this table
// must be changed on purpose too. Columns: self, primary, therapist, careTeam (no scopes),
// careTeam (with the action's scope), onCall, admin, cover (the named cover of an absence, while it lasts).
type Row = [self: boolean, primary: boolean, therapist: boolean, member: boolean, memberWithScope: boolean, onCall: boolean, admin: boolean, cover: boolean];
const expected: Record<ClientAction, Row> = {
  'client.view': [true, true, true, true, true, true, false, true],
  'careTeam.read': [true, true, true, true, true, false, true, false],
  'careTeam.manage': [false, true, false, false, false, false, true, false],
  'messages.read': [true, true, true, false, true, true, false, true],
  'messages.send': [true, true, true, false, true, true, false, true],
  'messages.markNoReplyNeeded': [false, true, true, false, true, true, false, true],
  'safetyPlan.read': [true, true, true, false, true, true, false, true],
  'safetyPlan.write': [true, true, true, false, false, false, false, false],
  'safetyPlan.history': [false, true, true, false, true, false, false, false],
  'checkins.read': [true, true, true, false, true, true, false, false],
  'checkins.write': [true, false, false, false, false, false, false, false],
  'measures.read': [true, true, true, false, true, false, false, false],
  'measures.write': [true, true, true, false, false, false, false, false],
  'checkins.configure': [false, true, true, false, false, false, false, false],
  'checkins.reminders': [true, false, false, false, false, false, false, false],
  'appointments.read': [true, true, true, false, true, false, false, false],
  'appointments.schedule': [false, true, true, false, false, false, false, false],
  'appointments.request': [true, false, false, false, false, false, false, false],
  'appointmentRequests.decide': [false, true, true, false, false, false, false, false],
  'stepDown.read': [true, true, true, false, true, false, false, false],
  'stepDown.write': [false, true, true, false, false, false, false, false],
  'stepDown.agree': [true, false, false, false, false, false, false, false],
  'flags.read': [false, true, true, true, true, true, false, true],
  'flags.acknowledge': [false, true, true, true, true, true, false, true],
  'riskFormulation.read': [false, true, true, false, true, true, false, true],
  'riskFormulation.write': [false, true, true, false, false, true, false, false],
  'notes.read': [false, true, true, false, true, false, false, false],
  'notes.write': [false, true, true, false, false, false, false, false],
  'agreement.read': [true, true, true, true, true, true, false, true],
  'agreement.sign': [true, true, false, false, false, false, false, false],
  'agreement.pause': [false, true, true, false, false, true, false, true],
  'okayPlan.read': [true, true, true, false, true, true, false, false],
  'okayPlan.write': [true, true, true, false, false, false, false, false],
  'reassuranceNotes.read': [true, true, true, false, false, false, false, false],
  'reassuranceNotes.write': [false, true, true, false, false, false, false, false],
  'reassuranceNotes.own': [true, false, false, false, false, false, false, false],
  'caringContacts.manage': [false, true, true, false, false, false, false, false],
  'stability.read': [false, true, true, false, true, false, false, false],
  'stability.configure': [false, true, true, false, false, false, false, false],
  'careBalance.read': [false, true, true, false, true, false, true, false],
  'timeline.read': [false, true, true, true, true, false, false, false],
  'client.export': [true, true, false, false, false, false, false, false],
  'transitions.read': [true, true, true, true, true, false, true, false],
  'transitions.manage': [false, true, false, false, false, false, true, false],
  'transitions.summary': [false, true, true, false, false, false, true, false],
  'reentry.request': [true, false, false, false, false, false, false, false],
  'erasure.read': [true, false, false, false, false, false, true, false],
  'erasure.request': [true, false, false, false, false, false, false, false],
  'erasure.withdraw': [true, false, false, false, false, false, false, false],
  'erasure.confirm': [false, false, false, false, false, false, true, false],
  // Peer participation (SPEC §2.11): the client and their care team (the service adds the client's consent); not on call, not the admin.
  'peer.participation': [true, true, true, true, true, false, false, false],
};

const columns: { label: string; relationships: Relationship[]; withScope: boolean }[] = [
  { label: 'self', relationships: ['self'], withScope: false },
  { label: 'primary', relationships: ['primary', 'careTeam'], withScope: false },
  { label: 'therapist', relationships: ['therapist', 'careTeam'], withScope: false },
  { label: 'care team member without the scope', relationships: ['careTeam'], withScope: false },
  { label: 'care team member with the scope', relationships: ['careTeam'], withScope: true },
  { label: 'on call', relationships: ['onCall'], withScope: false },
  { label: 'admin', relationships: ['admin'], withScope: false },
  { label: 'cover during an absence', relationships: ['cover'], withScope: false },
];

describe('the client permission table matches the expected matrix', () => {
  it('has a row for every action and no more', () => {
    expect(Object.keys(clientRules).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [action, row] of Object.entries(expected) as [ClientAction, Row][]) {
    columns.forEach((column, i) => {
      it(`${action} × ${column.label} → ${row[i] ? 'allowed' : 'denied'}`, () => {
        const rule = clientRules[action];
        const scopes = new Set<CareScope>(column.withScope && 'scope' in rule && rule.scope ? [rule.scope] : []);
        expect(allows(rule, new Set(column.relationships), scopes)).toBe(row[i]);
      });
    });
  }

  it('gives the cover of an absence no notes, history or check-ins: what they need to answer, no more', () => {
    for (const action of ['notes.read', 'safetyPlan.history', 'checkins.read', 'careTeam.manage', 'agreement.sign'] as const) {
      expect(clientRules[action].allow as readonly string[]).not.toContain('cover');
    }
  });

  it('hides private clinical notes from the client: not refused but not there (CLINICAL.md §5.1)', () => {
    const self = new Set<Relationship>(['self']);
    for (const action of ['notes.read', 'notes.write'] as const) {
      expect(allows(clientRules[action], self, new Set())).toBe(false);
      expect(hiddenFrom(clientRules[action], self)).toBe(true);
      expect(hiddenFrom(clientRules[action], new Set<Relationship>(['careTeam']))).toBe(false);
    }
    expect(hiddenFrom(clientRules['riskFormulation.read'], self)).toBe(false);
  });

  it('hides the transfer summary from the client (it names risk flags) and lets only the primary or the admin hand over', () => {
    expect(hiddenFrom(clientRules['transitions.summary'], new Set<Relationship>(['self']))).toBe(true);
    expect(clientRules['transitions.manage'].allow).toEqual(['primary', 'admin']);
  });

  it('never lets a client see risk flags (SPEC §2.9)', () => {
    expect(clientRules['flags.read'].allow).not.toContain('self');
    expect(clientRules['flags.acknowledge'].allow).not.toContain('self');
    expect(clientRules['riskFormulation.read'].allow).not.toContain('self');
  });
});

describe('the practice permission table', () => {
  it('matches the expected roles', () => {
    expect(practiceRules).toEqual({
      'practice.view': ['admin', 'clinician'],
      'practice.manage': ['admin'],
      'invitations.clinician': ['admin'],
      'invitations.client': ['clinician'],
      'caseload.view': ['clinician'],
      'crisisLines.read': ['admin', 'clinician', 'client'],
      'crisisLines.manage': ['admin'],
      'mail.read': ['admin'],
      'onCall.view': ['admin', 'clinician'],
      'onCall.manage': ['admin'],
      'escalationWindows.manage': ['admin'],
      'triage.view': ['clinician'],
      'messageTemplates.read': ['clinician'],
      'absences.manage': ['clinician'],
      'careBalance.practice': ['admin'],
      'handovers.incoming': ['clinician'],
      'reentry.view': ['admin', 'clinician'],
      'erasure.view': ['admin'],
      'peer.view': ['admin', 'clinician', 'client'],
      'peer.join': ['client'],
      'peer.write': ['client'],
      'peer.moderate': ['admin', 'clinician'],
      'peer.configure': ['admin'],
    });
  });

  it('keeps staff out of writing among peers, and peers out of moderating (SPEC §2.11)', () => {
    expect(practiceRules['peer.write']).toEqual(['client']);
    expect(practiceRules['peer.moderate'] as readonly string[]).not.toContain('client');
  });
});
