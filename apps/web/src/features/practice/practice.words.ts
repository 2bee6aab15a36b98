import type { MailView, PersonView } from '@steadfast/contracts';

/** Words of the admin's practice pages. */
export const practiceWords = {
  people: {
    title: 'People',
    intro: 'Everyone in your practice. You can sign a person out of every device, or lift a lock after too many wrong passwords.',
    role: { admin: 'Admin', clinician: 'Clinician', client: 'Client' } satisfies Record<PersonView['role'], string>,
    twoFactorOn: 'Two-factor on',
    twoFactorOff: 'Two-factor off',
    lockedUntil: (when: string) => `Locked until ${when}`,
    unlock: 'Unlock',
    unlockLabel: (name: string) => `Unlock ${name}`,
    signOutEverywhere: 'Sign out everywhere',
    signOutEverywhereLabel: (name: string) => `Sign out everywhere: ${name}`,
    dismiss: 'Dismiss',
    confirm: (name: string) => `Sign ${name} out of every device?`,
    confirmYes: 'Yes, sign out',
    confirmNo: 'Cancel',
    signedOut: (name: string, count: number) => `${name} was signed out of ${count} ${count === 1 ? 'device' : 'devices'}.`,
    unlocked: (name: string) => `${name} can sign in again.`,
    you: 'You',
  },
  mail: {
    title: 'Outgoing mail',
    introSmtp: 'E-mails Steadfast sent or is sending for your practice.',
    introOutbox: 'No mail server is set up, so e-mails are kept here instead of being sent. Open an invitation link from here, or pass it on yourself.',
    none: 'No e-mails yet.',
    to: (address: string) => `To ${address}`,
    status: { queued: 'Waiting to send', sent: 'Sent', kept: 'Kept here (not sent)', failed: 'Could not send' } satisfies Record<MailView['status'], string>,
  },
} as const;
