/** Words in password-reset e-mails: warm, plain and never clinical (SPEC §2.9). */

export const passwordResetWords = {
  /** The one answer to every request, whether or not the address has an account (no account-existence oracle). */
  requested: 'If an account uses this address, we have sent a link to choose a new password. It may take a few minutes to arrive.',
  /** The one answer to a link that is unknown, expired or already used. */
  unusable: 'This link to choose a new password has expired or has already been used. You can ask for a new one from the sign-in page.',
};

export function passwordResetMail(name: string, link: string, minutes: number) {
  return {
    subject: 'Choose a new Steadfast password',
    text: [
      `Hello ${name},`,
      '',
      'Someone, probably you, asked to choose a new password for your Steadfast account.',
      'To choose one, open this link:',
      link,
      '',
      `The link works once and for ${minutes} minutes. After that, you can ask for a new one from the sign-in page.`,
      '',
      'If you did not ask for this, you can ignore this e-mail: your password stays as it is.',
    ].join('\n'),
  };
}

export function passwordChangedMail(name: string, signInLink: string) {
  return {
    subject: 'Your Steadfast password was changed',
    text: [
      `Hello ${name},`,
      '',
      'The password for your Steadfast account was just changed, and you have been signed out on every device.',
      `You can sign in again with the new password: ${signInLink}`,
      '',
      'If you did not do this, please contact your practice straight away so they can help you secure your account.',
    ].join('\n'),
  };
}
