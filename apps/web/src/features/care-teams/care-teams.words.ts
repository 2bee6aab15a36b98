import type { CareScope } from '@steadfast/contracts';

type CareTeamRole = 'therapist' | 'gp' | 'co_therapist' | 'other';

/** Words about care teams, for clients and clinicians alike. */
export const careTeamWords = {
  role: {
    therapist: 'Therapist',
    gp: 'GP',
    co_therapist: 'Co-therapist',
    other: 'Care team member',
  } satisfies Record<CareTeamRole, string>,
  primary: 'Main contact',
  scope: {
    safety_plan: 'Safety plan',
    measures: 'Measures',
    appointments: 'Appointments',
    checkins: 'Check-ins',
    messages: 'Messages',
    notes: 'Notes',
  } satisfies Record<CareScope, string>,
  seesEverything: 'Sees everything, as the main contact',
  sees: 'Can see',
  seesNothingYet: 'Nothing shared yet',
  careTeamHeading: 'Care team',
  yourCareTeamHeading: 'Your care team',
  discharged: 'Discharged',
  active: 'Active',
  manageLink: 'Care team: add, change or end members',
  manage: {
    title: (client: string) => `${client}’s care team`,
    intro: 'Who cares for this client, and what each of them can see. The client is told of every change.',
    currentHeading: 'Members now and to come',
    endedHeading: 'Past members',
    noneEnded: 'Nobody has left this care team.',
    since: (date: string) => `Since ${date}`,
    from: (date: string) => `From ${date}`,
    until: (date: string) => `until ${date}`,
    ended: (from: string, to: string) => `${from} to ${to}`,
    upcoming: 'Starts later',
    addHeading: 'Add a member',
    clinician: 'Clinician',
    back: (client: string) => `Back to ${client}`,
    backToClients: 'Back to all clients',
    roleLabel: 'Role',
    scopesLabel: 'What they can see',
    scopesHint: 'Choose only what they need. Nothing is shared until you choose it.',
    startsOn: 'Start date',
    startsOnHint: 'Today or later',
    endsOn: 'End date (optional)',
    endsOnHint: 'The first day they no longer have access',
    add: 'Add to the care team',
    added: 'Added. The client has been told.',
    edit: (name: string) => `Change what ${name} can see`,
    editButton: 'Change',
    save: 'Save changes',
    saved: 'Saved. The client has been told.',
    cancel: 'Cancel',
    end: 'End membership',
    endOn: 'No access from',
    confirmEnd: (name: string, date: string) => `End ${name}’s membership from ${date}? They lose access to this client then. The client is told.`,
    confirmEndButton: 'Yes, end membership',
    endedNotice: 'Membership ended. The client has been told.',
    primaryNote: 'The main contact changes only through a handover.',
    canManageNot: 'Only the main contact and the practice admin can change this care team.',
  },
  practiceClients: {
    title: 'Clients',
    intro: 'Everyone in care at the practice and their main contact. Open a care team to add or end members; clinical records stay with the care team.',
    search: 'Find a client',
    searchHint: 'By name',
    count: (shown: number, all: number) => (shown === all ? `${all} ${all === 1 ? 'client' : 'clients'}` : `${shown} of ${all} clients`),
    none: 'No clients yet. Clients join when a clinician invites them.',
    noMatch: 'No client has that name.',
    mainContact: (name: string) => `Main contact: ${name}`,
    noMainContact: 'No main contact at the moment',
    openTeam: 'Care team',
    openTeamLabel: (name: string) => `${name}’s care team`,
  },
} as const;

/** "Dana Reyes, therapist (main contact)" as one plain phrase. */
export function describeMember(member: { name: string; role: CareTeamRole; isPrimary: boolean }): string {
  const role = careTeamWords.role[member.role].toLowerCase().replace(/^gp$/, 'GP');
  return `${member.name}, ${role}${member.isPrimary ? ` (${careTeamWords.primary.toLowerCase()})` : ''}`;
}
