import type { CareScope, Role } from '@steadfast/contracts';

/**
 * How an actor can relate to a client:
 * - self: the client themselves
 * - primary: the client's primary clinician
 * - therapist: a current care-team member with a therapist or co-therapist role
 * - careTeam: any current care-team member, limited by the rule's scope
 * - onCall: the clinician (or backup) on an active on-call shift of the practice
 * - admin: an admin of the client's practice
 * - cover: the named cover of the primary clinician's absence, while it lasts (and for messages,
 *   only what was written since it began: messaging narrows the conversation to the period)
 */
export type Relationship = 'self' | 'primary' | 'therapist' | 'careTeam' | 'onCall' | 'admin' | 'cover';

export interface ClientRule {
  readonly allow: readonly Relationship[];
  /** A careTeam member needs this scope; primary and therapists hold every scope. */
  readonly scope?: CareScope;
  /**
   * The client is not told this exists: for them it is not found (404), not refused (403). Private
   * clinical notes are a record type apart, outside the client's right of access (CLINICAL.md §5.1).
   */
  readonly hiddenFromClient?: true;
}

/** Actions on one client's data. A new action does not compile without its row. */
export type ClientAction =
  | 'client.view'
  | 'careTeam.read'
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
  | 'appointments.schedule'
  | 'appointments.request'
  | 'appointmentRequests.decide'
  | 'stepDown.read'
  | 'stepDown.write'
  | 'stepDown.agree'
  | 'flags.read'
  | 'flags.acknowledge'
  | 'riskFormulation.read'
  | 'riskFormulation.write'
  | 'notes.read'
  | 'notes.write'
  | 'agreement.read'
  | 'agreement.sign'
  | 'agreement.pause'
  | 'okayPlan.read'
  | 'okayPlan.write'
  | 'reassuranceNotes.read'
  | 'reassuranceNotes.write'
  | 'reassuranceNotes.own'
  | 'caringContacts.manage'
  | 'stability.read'
  | 'stability.configure'
  | 'careBalance.read'
  | 'timeline.read'
  | 'client.export'
  | 'transitions.read'
  | 'transitions.manage'
  | 'transitions.summary'
  | 'reentry.request'
  | 'erasure.read'
  | 'erasure.request'
  | 'erasure.withdraw'
  | 'erasure.confirm'
  | 'peer.participation';

export const clientRules = {
  'client.view': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall', 'cover'] },
  // Who is on the team and what each may see is open to the client and the team: no hidden readers (SPEC §2.1).
  'careTeam.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'admin'] },
  // The primary clinician shapes the team; the practice's admin may too (a GP joins, a co-therapist leaves).
  'careTeam.manage': { allow: ['primary', 'admin'] },
  'messages.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall', 'cover'], scope: 'messages' },
  'messages.send': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall', 'cover'], scope: 'messages' },
  'messages.markNoReplyNeeded': { allow: ['primary', 'therapist', 'careTeam', 'onCall', 'cover'], scope: 'messages' },
  'safetyPlan.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall', 'cover'], scope: 'safety_plan' },
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
  // Clients ask; their therapists decide and schedule. A client never creates a series (FIELD-NOTES).
  'appointments.schedule': { allow: ['primary', 'therapist'] },
  'appointments.request': { allow: ['self'] },
  'appointmentRequests.decide': { allow: ['primary', 'therapist'] },
  'stepDown.read': { allow: ['self', 'primary', 'therapist', 'careTeam'], scope: 'appointments' },
  'stepDown.write': { allow: ['primary', 'therapist'] },
  'stepDown.agree': { allow: ['self'] },
  // Risk flags are for clinicians only: a client never sees a risk label (SPEC §2.9).
  'flags.read': { allow: ['primary', 'therapist', 'careTeam', 'onCall', 'cover'] },
  'flags.acknowledge': { allow: ['primary', 'therapist', 'careTeam', 'onCall', 'cover'] },
  // The clinician's own formulation goes with the safety plan (NHS "Staying safe from suicide"); on call may add one in a crisis.
  'riskFormulation.read': { allow: ['primary', 'therapist', 'careTeam', 'onCall', 'cover'], scope: 'safety_plan' },
  'riskFormulation.write': { allow: ['primary', 'therapist', 'onCall'] },
  // Private clinical notes: the treating therapists, and members granted `notes` (a GP is not by default, SPEC §2.1).
  'notes.read': { allow: ['primary', 'therapist', 'careTeam'], scope: 'notes', hiddenFromClient: true },
  'notes.write': { allow: ['primary', 'therapist'], hiddenFromClient: true },
  // The agreement is between the client and their primary clinician; those who care for them read it.
  'agreement.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall', 'cover'] },
  'agreement.sign': { allow: ['self', 'primary'] },
  // Starting the 24-hour rule (only where the agreement includes it): the clinicians who answer for the client.
  'agreement.pause': { allow: ['primary', 'therapist', 'onCall', 'cover'] },
  // The okay plan is a care plan like the safety plan (SPEC §2.6): shared with the GP by the same scope.
  'okayPlan.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'onCall'], scope: 'safety_plan' },
  'okayPlan.write': { allow: ['self', 'primary', 'therapist'] },
  // Reassurance notes come from the therapists who know the client (CLINICAL.md §3.5: from a known clinician).
  'reassuranceNotes.read': { allow: ['self', 'primary', 'therapist'] },
  'reassuranceNotes.write': { allow: ['primary', 'therapist'] },
  // Pinning, asking for a new note and notes to one's future self are the client's own.
  'reassuranceNotes.own': { allow: ['self'] },
  // Caring contacts come from a clinician who knows the client (CLINICAL.md §3.5).
  'caringContacts.manage': { allow: ['primary', 'therapist'] },
  // A stable stretch is read from check-ins, for the care team only: the client is never shown a label
  // that says their calm is being watched (SPEC §2.6).
  'stability.read': { allow: ['primary', 'therapist', 'careTeam'], scope: 'checkins' },
  'stability.configure': { allow: ['primary', 'therapist'] },
  // How contact was spread (crisis-driven or not) is a question about the care, asked by the team and the practice's admin.
  'careBalance.read': { allow: ['primary', 'therapist', 'careTeam', 'admin'], scope: 'messages' },
  // The clinician's one place for a client's history (issue 17): each kind in it is shown only to
  // those its own action allows (a GP without the messages scope sees no messages there either).
  'timeline.read': { allow: ['primary', 'therapist', 'careTeam'] },
  // The record export (SPEC §2.12): the client's own right of access and portability, and the primary
  // clinician who answers for the record (a transfer to another service). Other members read in the app.
  'client.export': { allow: ['self', 'primary'] },
  // A handover or a discharge is told to the client and the whole team: no silent endings (SPEC §2.10).
  'transitions.read': { allow: ['self', 'primary', 'therapist', 'careTeam', 'admin'] },
  // Who hands over or plans an ending: the primary clinician, or the practice's admin (a clinician leaving).
  'transitions.manage': { allow: ['primary', 'admin'] },
  // The transfer summary names risk flags: for the treating clinicians and the admin who may write it, never the client.
  'transitions.summary': { allow: ['primary', 'therapist', 'admin'], hiddenFromClient: true },
  // "I'd like to come back" is the client's own request.
  'reentry.request': { allow: ['self'] },
  // Erasure (issue 18): the client asks for themselves; the practice's admin, who answers for the
  // practice's records, sees what it would keep and remove and carries it out. Clinicians are not
  // asked: what the retention rule keeps is decided by the rule, not case by case.
  'erasure.read': { allow: ['self', 'admin'] },
  'erasure.request': { allow: ['self'] },
  // Changing one's mind before it is carried out is the client's own, as asking was.
  'erasure.withdraw': { allow: ['self'] },
  'erasure.confirm': { allow: ['admin'] },
  // That a client takes part in the peer space (never what they write), for those who care for them,
  // and only when the client agreed: the service answers null otherwise (SPEC §2.11).
  'peer.participation': { allow: ['self', 'primary', 'therapist', 'careTeam'] },
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
  | 'messageTemplates.read'
  | 'absences.manage'
  | 'careBalance.practice'
  | 'handovers.incoming'
  | 'reentry.view'
  | 'erasure.view'
  | 'peer.view'
  | 'peer.join'
  | 'peer.write'
  | 'peer.moderate'
  | 'peer.configure';

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
  'absences.manage': ['clinician'],
  // The practice-wide care-contact balance (SPEC §2.6) is the admin's view of the practice's care.
  'careBalance.practice': ['admin'],
  // A clinician reads a handover made to them (the service answers 404 for anyone else's) before the overlap begins.
  'handovers.incoming': ['clinician'],
  // Re-entry requests: the admin sees the practice's; a clinician those of clients they are primary for.
  'reentry.view': ['admin', 'clinician'],
  // The practice's erasure requests are the admin's to carry out.
  'erasure.view': ['admin'],
  // The peer space (SPEC §2.11): anyone may ask where they stand; the service shows the space only to
  // its members and named moderators (404 otherwise), and only while the admin has it turned on.
  'peer.view': ['admin', 'clinician', 'client'],
  // Clients join, write, reply, react and report; staff never post among peers.
  'peer.join': ['client'],
  'peer.write': ['client'],
  // The queue and its decisions: the clinicians and admins the admin named (the service checks the name).
  'peer.moderate': ['admin', 'clinician'],
  'peer.configure': ['admin'],
} as const satisfies Record<PracticeAction, readonly Role[]>;

/**
 * Things a route can name by their own id (`/messages/:id`) whose client a client action applies
 * to. Each has a resolver (IdResolvers, assembled in buildApp) from the id to its client.
 */
export type ClientResource = 'message' | 'flag';

/** Things a route can name by their own id that belong to one person (a notice): anyone else's is not found. */
export type OwnedResource = 'notification';

/** Everything a route can name as its required permission. */
export type RouteAccess =
  | { public: true }
  | { signedIn: true }
  | { practice: PracticeAction }
  /** A practice action chosen by the body's `kind` (an invitation of a clinician or of a client). */
  | { practiceByKind: Readonly<Record<string, PracticeAction>> }
  /** A client action on the `:clientId` of the path, or, with `via`, on the client behind the `:id` of that resource. */
  | { client: ClientAction; via?: ClientResource }
  | { own: OwnedResource };

/**
 * The client actions that still apply once a client's record is erased: the erasure's own steps (a
 * repeated request or confirm changes nothing), and acknowledging a flag. A flag still open when
 * the record was erased keeps its ladder running, on purpose; refusing its acknowledgement would
 * leave on call paged to the ladder's end with no way to answer.
 */
const ERASURE_STEPS: ReadonlySet<ClientAction> = new Set(['erasure.request', 'erasure.confirm', 'flags.acknowledge']);

/**
 * Whether a route writes about one client, and so is refused once that client's record is erased
 * (409 client_erased, in http/auth.ts): every client-scoped route with a method that changes
 * state, but the erasure's own steps and a flag's acknowledgement. The kept record may still be read by whoever may read it.
 */
export function writesAboutClient(access: RouteAccess, method: string): boolean {
  return 'client' in access && !['GET', 'HEAD', 'OPTIONS'].includes(method) && !ERASURE_STEPS.has(access.client);
}

/** Whether a caller who may not perform the action is told it is not there (404) rather than refused (403). */
export function hiddenFrom(rule: ClientRule, relationships: ReadonlySet<Relationship>): boolean {
  return Boolean(rule.hiddenFromClient) && relationships.has('self');
}

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
