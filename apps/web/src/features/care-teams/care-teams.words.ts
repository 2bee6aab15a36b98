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
} as const;

/** "Dana Reyes, therapist (main contact)" as one plain phrase. */
export function describeMember(member: { name: string; role: CareTeamRole; isPrimary: boolean }): string {
  const role = careTeamWords.role[member.role].toLowerCase().replace(/^gp$/, 'GP');
  return `${member.name}, ${role}${member.isPrimary ? ` (${careTeamWords.primary.toLowerCase()})` : ''}`;
}
