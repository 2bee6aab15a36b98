/** Words of the clinician's caseload and client pages. */
export const caseloadWords = {
  title: 'Your caseload',
  intro: 'The clients whose care team you are part of.',
  clientsHeading: 'Clients',
  none: 'No clients yet. Invite a client below and they will appear here once they join.',
  yourRole: 'Your role',
  notOnTeam: 'Not on the care team',
  primary: 'Main contact',
  careTeam: 'Also in the care team',
  onlyPrimary: 'No one else yet',
  clientTitle: (name: string) => name,
  backToCaseload: 'Back to your caseload',
} as const;
