import { describe, expect, it } from 'vitest';
import type { CareScope } from '@steadfast/contracts';
import { allows, clientRules, practiceRules, type ClientAction, type Relationship } from './rules';

// The expected matrix, written out by hand from SPEC §2.1 and §2.9: if a rule changes, this table
// must be changed on purpose too. Columns: self, primary, therapist, careTeam (no scopes),
// careTeam (with the action's scope), onCall, admin.
type Row = [self: boolean, primary: boolean, therapist: boolean, member: boolean, memberWithScope: boolean, onCall: boolean, admin: boolean];
const expected: Record<ClientAction, Row> = {
  'client.view': [true, true, true, true, true, true, false],
  'careTeam.manage': [false, true, false, false, false, false, true],
  'messages.read': [true, true, true, false, true, true, false],
  'messages.send': [true, true, true, false, true, true, false],
  'messages.markNoReplyNeeded': [false, true, true, false, true, true, false],
  'safetyPlan.read': [true, true, true, false, true, true, false],
  'safetyPlan.write': [true, true, true, false, false, false, false],
  'safetyPlan.history': [false, true, true, false, true, false, false],
  'checkins.read': [true, true, true, false, true, true, false],
  'checkins.write': [true, false, false, false, false, false, false],
  'measures.read': [true, true, true, false, true, false, false],
  'measures.write': [true, true, true, false, false, false, false],
  'checkins.configure': [false, true, true, false, false, false, false],
  'checkins.reminders': [true, false, false, false, false, false, false],
  'appointments.read': [true, true, true, false, true, false, false],
  'flags.read': [false, true, true, true, true, true, false],
  'flags.acknowledge': [false, true, true, true, true, true, false],
  'riskFormulation.read': [false, true, true, false, true, true, false],
  'riskFormulation.write': [false, true, true, false, false, true, false],
  'notes.read': [false, true, true, false, true, false, false],
  'notes.write': [false, true, true, false, false, false, false],
};

const columns: { label: string; relationships: Relationship[]; withScope: boolean }[] = [
  { label: 'self', relationships: ['self'], withScope: false },
  { label: 'primary', relationships: ['primary', 'careTeam'], withScope: false },
  { label: 'therapist', relationships: ['therapist', 'careTeam'], withScope: false },
  { label: 'care team member without the scope', relationships: ['careTeam'], withScope: false },
  { label: 'care team member with the scope', relationships: ['careTeam'], withScope: true },
  { label: 'on call', relationships: ['onCall'], withScope: false },
  { label: 'admin', relationships: ['admin'], withScope: false },
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
    });
  });
});
