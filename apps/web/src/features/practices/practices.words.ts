import type { MailView, PersonView } from '@steadfast/contracts';

/** Words of the admin's practice pages. */
export const practiceWords = {
  people: {
    title: 'People',
    intro:
      'Everyone in your practice. You can sign a person out of every device, lift a lock after too many wrong passwords, or reset a lost two-factor sign-in.',
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
    resetTwoFactor: 'Reset two-factor',
    resetTwoFactorLabel: (name: string) => `Reset two-factor sign-in: ${name}`,
    confirmResetTwoFactor: (name: string) => `Reset ${name}’s two-factor sign-in?`,
    resetTwoFactorHelp:
      'Do this only after checking it is really them, for example in person or by phoning a number you already have. They will be signed out everywhere and asked to set up two-factor again when they next sign in.',
    confirmResetYes: 'Yes, reset it',
    twoFactorReset: (name: string) => `${name}’s two-factor sign-in was reset. They will set it up again when they next sign in.`,
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
  escalation: {
    title: 'Escalation windows',
    intro:
      'When a risk flag is raised, the clinician on call and the client’s primary clinician are told at once. If nobody acknowledges it within its window, Steadfast tells the clinician on call again, then the shift’s backup, then the practice lead, one window apart. It never contacts emergency services: people decide.',
    formHeading: 'Windows per risk level',
    imminent: 'Imminent risk: minutes before each next step',
    imminentHelp: (min: number, max: number) => `A plan, intent, means or something already done. Between ${min} and ${max} minutes.`,
    high: 'High risk: minutes before each next step',
    highHelp: (min: number, max: number) =>
      `Thoughts of suicide without a plan, and any “I’m not safe” message whose words sound calmer. Between ${min} and ${max} minutes, and not shorter than the imminent window.`,
    ladderHeading: 'What happens with these windows',
    ladder: (level: string, minutes: number) =>
      `${level}: on call again after ${minutes} min, the backup after ${minutes * 2} min, the practice lead after ${minutes * 3} min.`,
    levelName: { imminent: 'Imminent', high: 'High' },
    ladderUnknown: 'Enter both windows, within their ranges, to see the ladder.',
    runningNote: (running: number) =>
      `New flags use these windows as soon as you save. Flags already raised keep the schedule they started with, so an alert never moves while people are answering it${
        running === 0 ? '.' : `: ${running} ${running === 1 ? 'flag is' : 'flags are'} waiting for acknowledgement now.`
      }`,
    defaults: 'Use the defaults',
    defaultsNote: (imminent: number, high: number) => `The defaults are ${imminent} minutes for imminent risk and ${high} minutes for high risk.`,
    fix: 'Please check the windows marked above.',
    save: 'Save windows',
    saved: 'Saved. New flags use these windows.',
  },
} as const;
