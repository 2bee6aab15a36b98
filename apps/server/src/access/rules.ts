import type { CareScope, Role } from '@steadfast/contracts';

/**
 * How an actor can relate to a client:
 * - self: the client themselves
 * - primary: the client's primary clinician
 * - therapist: a current care-team member with a therapist or co-therapist role
 * - careTeam: any current care-team member, limited by the rule's scope
 * - onCall: the clinician (or backup) on an active on-call shift of the practice
 * - admin: an admin of the client's practice
 */
export type Relationship = 'self' | 'primary' | 'therapist' | 'careTeam' | 'onCall' | 'admin';

export interface ClientRule {
  readonly allow: readonly Relationship[];
  /** A careTeam member needs this scope; primary and therapists hold every scope. */
  readonly scope?: CareScope;
}

/** Actions on one client's data. A new action does not compile without its row. */
export type ClientAction =
  | 'client.view'
  | 'careTeam.manage'
  | 'messages.read'
  | 'messages.send'
  | 'messages.markNoReplyNeeded'
  | 'safetyPlan.read'
  | 'safetyPlan.write'
  | 'safetyPlan.history'
  | 'checkins.read'
  | 'checkins.write'
  | 'measures.read'
  | 'measures.write'
  | 'checkins.configure'
  | 'checkins.reminders'
  | 'appointments.read'
  | 'flags.read'
  | 'flags.acknowledge'
  | 'riskFormulation.read'
  | 'riskFormulation.write'
  | 'notes.read'
  | 'notes.write';

export const clientRules = {
  'client.view': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall'] },
  'careTeam.manage': { allow: ['primary', 'admin'] },
  'messages.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall'], scope: 'messages' },
  'messages.send': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall'], scope: 'messages' },
  'messages.markNoReplyNeeded': { allow: ['primary', 'therapist', 'careTeam', 'onCall'], scope: 'messages' },
  'safetyPlan.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall'], scope: 'safety_plan' },
  'safetyPlan.write': { allow: ['self', 'primary', 'therapist'] },
  'safetyPlan.history': { allow: ['primary', 'therapist', 'careTeam'], scope: 'safety_plan' },
  'checkins.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall'], scope: 'checkins' },
  'checkins.write': { allow: ['self'] },
  'measures.read': { allow: ['self', 'primary', 'therapist', 'careTeam'], scope: 'measures' },
  // The client answers for themselves; their therapist may complete one with them in session (FIELD-NOTES).
  'measures.write': { allow: ['self', 'primary', 'therapist'] },
  // What the check-in asks, self-neglect thresholds and the measure schedule are set by the treating clinicians.
  'checkins.configure': { allow: ['primary', 'therapist'] },
  // Reminder times are the client's own choice.
  'checkins.reminders': { allow: ['self'] },
  'appointments.read': { allow: ['self', 'primary', 'therapist', 'careTeam'], scope: 'appointments' },
  // Risk flags are for clinicians only: a client never sees a risk label (SPEC §2.9).
  'flags.read': { allow: ['primary', 'therapist', 'careTeam', 'onCall'] },
  'flags.acknowledge': { allow: ['primary', 'therapist', 'careTeam', 'onCall'] },
  // The clinician's own formulation goes with the safety plan (NHS "Staying safe from suicide"); on call may add one in a crisis.
  'riskFormulation.read': { allow: ['primary', 'therapist', 'careTeam', 'onCall'], scope: 'safety_plan' },
  'riskFormulation.write': { allow: ['primary', 'therapist', 'onCall'] },
  'notes.read': { allow: ['primary', 'therapist', 'careTeam'], scope: 'notes' },
  'notes.write': { allow: ['primary', 'therapist'] },
} as const satisfies Record<ClientAction, ClientRule>;

/** Actions on the practice as a whole, allowed by role within the actor's own practice. */
export type PracticeAction =
  | 'practice.view'
  | 'practice.manage'
  | 'invitations.clinician'
  | 'invitations.client'
  | 'caseload.view'
  | 'crisisLines.read'
  | 'crisisLines.manage'
  | 'mail.read'
  | 'onCall.view'
  | 'onCall.manage'
  | 'escalationWindows.manage'
  | 'triage.view'
  | 'messageTemplates.read';

export const practiceRules = {
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
} as const satisfies Record<PracticeAction, readonly Role[]>;

/** Everything a route can name as its required permission. */
export type RouteAccess =
  | { public: true }
  | { signedIn: true }
  | { practice: PracticeAction }
  | { client: ClientAction };

/** True when one of the actor's relationships (with its scopes) satisfies the rule. */
export function allows(rule: ClientRule, relationships: ReadonlySet<Relationship>, scopes: ReadonlySet<CareScope>): boolean {
  return rule.allow.some((rel) => {
    if (!relationships.has(rel)) return false;
    if (rel === 'careTeam' && rule.scope) return scopes.has(rule.scope);
    return true;
  });
}

export function roleAllows(action: PracticeAction, role: Role | 'system'): boolean {
  return role !== 'system' && (practiceRules[action] as readonly Role[]).includes(role);
}
