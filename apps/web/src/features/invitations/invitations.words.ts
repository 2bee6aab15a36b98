import type { InvitationView } from '@steadfast/contracts';

/** Words for sending and accepting invitations. */
export const invitationWords = {
  accept: {
    title: 'Welcome to Steadfast',
    forClient: (practice: string) => `${practice} has set up a space for you here, so you and your care team can stay in touch between sessions.`,
    forClinician: (practice: string) => `${practice} has invited you to join its care team.`,
    account: (name: string, email: string) => `This account is for ${name} (${email}).`,
    choose: 'Choose a password',
    password: 'Password',
    confirm: 'Type it again',
    submit: 'Create my account',
    unusable: 'This link cannot be used any more',
    unusableHelp: 'Invitation links work once and expire after a few days. Please ask the person who invited you to send a new one.',
  },
  create: {
    clinicianHeading: 'Invite a clinician',
    clientHeading: 'Invite a client',
    clinicianHelp: 'They get an e-mail with a link to set their password. The link works once and expires after a few days.',
    clientHelp: 'They get an e-mail with a link to join. The link works once and expires after a few days. You will be their main contact.',
    name: 'Name',
    email: 'Email',
    submit: 'Send invitation',
    sent: (name: string, email: string) => `Invitation sent to ${name} at ${email}.`,
  },
  list: {
    heading: 'Invitations sent',
    none: 'No invitations yet.',
    kind: { clinician: 'Clinician', client: 'Client' } satisfies Record<InvitationView['kind'], string>,
    status: { pending: 'Waiting', accepted: 'Accepted', expired: 'Expired', revoked: 'Withdrawn' } satisfies Record<InvitationView['status'], string>,
    sentBy: (name: string, when: string) => `Sent by ${name}, ${when}`,
    expires: (when: string) => `Link works until ${when}`,
    withdraw: 'Withdraw',
    withdrawLabel: (name: string) => `Withdraw the invitation to ${name}`,
  },
  page: {
    title: 'Invitations',
    intro: 'Invite clinicians to the practice, and see who has joined.',
  },
} as const;
