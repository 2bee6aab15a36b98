import { signInWords } from '@steadfast/contracts';

/** Words for signing in, two-factor set-up and devices. */
export const identityWords = {
  // The server paints the sign-in page too, before the app has loaded (contracts).
  signIn: signInWords,
  forgotPassword: {
    title: 'Forgot your password?',
    intro: 'Tell us the e-mail address you sign in with, and we will send you a link to choose a new password.',
    email: 'Email',
    submit: 'Send me a link',
    // The same words whatever happened: they must not say whether an account uses the address.
    sent: 'If an account uses this address, we have sent a link to choose a new password. It may take a few minutes to arrive, and it works for a short while only.',
    notArrived: 'Nothing arrived? Check your spam folder, or ask your practice for help.',
    back: 'Back to sign in',
  },
  resetPassword: {
    title: 'Choose a new password',
    intro: 'Choosing a new password signs you out on every device. If you use a code from an authenticator app, you will still need it to sign in.',
    password: 'New password',
    again: 'Type it again',
    submit: 'Set my new password',
    unusableTitle: 'This link cannot be used',
    unusable: 'This link to choose a new password has expired or has already been used. You can ask for a new one.',
    askAgain: 'Ask for a new link',
  },
  twoFactor: {
    title: 'Two-factor sign-in',
    required:
      'Your practice asks clinicians and admins to use a second step when signing in. It keeps clients’ information safe if a password is ever guessed.',
    optional: 'Add a second step when you sign in, using an authenticator app on your phone.',
    alreadyOn: 'Two-factor sign-in is on for your account.',
    start: 'Set up two-factor sign-in',
    step1: 'Add Steadfast to your authenticator app',
    step1Help: 'On a phone, open this link to add it at once. On a computer, type the key into your app instead.',
    openInApp: 'Open in authenticator app',
    key: 'Key to type in',
    step2: 'Enter the code your app shows',
    code: '6-digit code',
    confirm: 'Turn on two-factor sign-in',
    codesTitle: 'Save your recovery codes',
    codesIntro: 'Each code works once, if you cannot use your phone. Keep them somewhere safe: they are shown only now.',
    codesList: 'Recovery codes',
    codesDone: 'I have saved my codes',
  },
  newPassword: {
    help: 'At least 10 characters. A few words strung together works well.',
    tooShort: 'Use at least 10 characters.',
    same: 'Choose a password different from the current one.',
    mismatch: 'The two passwords are not the same.',
  },
  password: {
    heading: 'Your password',
    intro: 'Changing your password signs you out on your other devices. You stay signed in here.',
    current: 'Current password',
    currentMissing: 'Enter the password you use now.',
    // The server's own words for a wrong current password, shown next to the field.
    wrongCurrentFromServer: 'That is not your current password.',
    wrongCurrent: 'That is not your current password. Please try again.',
    next: 'New password',
    again: 'New password again',
    submit: 'Change password',
    done: (others: number) =>
      others === 0
        ? 'Your password is changed.'
        : `Your password is changed, and you are signed out on ${others === 1 ? 'one other device' : `${others} other devices`}.`,
  },
  sessions: {
    title: 'Your devices',
    intro: 'You are signed in on these devices. Sign out of any you do not recognise or no longer use.',
    thisDevice: 'This device',
    unknownDevice: 'Unknown browser',
    signedIn: (when: string) => `Signed in ${when}`,
    lastSeen: (when: string) => `Last used ${when}`,
    revoke: 'Sign out of this device',
    revokeThis: 'Sign out here',
    twoFactorOn: 'Two-factor sign-in is on.',
    twoFactorOff: 'Two-factor sign-in is off.',
    twoFactorSetUp: 'Set it up',
    twoFactorHeading: 'Two-factor sign-in',
    devicesHeading: 'Signed in on',
  },
} as const;
