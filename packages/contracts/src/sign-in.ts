/**
 * The sign-in page's words, said in two places: the web app's sign-in page, and the server's
 * own sign-in form at `/sign-in`, which works before (and without) any script (issue 22), so the
 * two must read the same.
 */
export const signInWords = {
  title: 'Sign in',
  intro: 'Welcome to Steadfast.',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  /** The server's form, sent with a field empty or an address that is not one (the browser usually stops this first). */
  notValid: 'Please enter your full email address and your password.',
  /** The server's form, sent with something that is neither a 6-digit code nor a recovery code. */
  codeNotValid: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
  codeStepTitle: 'One more step',
  codeStepIntro: 'Enter the 6-digit code from your authenticator app. If you do not have your phone, you can use one of your recovery codes.',
  code: 'Code from your app, or a recovery code',
  codeSubmit: 'Continue',
  startOver: 'Use a different account',
  welcome: 'Your account is ready. Sign in with the password you just chose.',
  crisisHint: 'Need help now? You do not need to sign in for that:',
  crisisLink: 'see who you can talk to',
  forgot: 'Forgot your password?',
  idle: (minutes: number) =>
    `You were signed out after ${minutes} minutes without activity, to keep clients’ information safe. Sign in again to carry on where you were.`,
  passwordReset: 'Your new password is set, and you have been signed out on your other devices. Sign in with it now.',
} as const;

/** The ids of the sign-in fields, the same in the server's form and the app's. */
export const signInFieldIds = { email: 'sign-in-email', password: 'sign-in-password', code: 'sign-in-code' } as const;

/**
 * Where to go after signing in (`?next=`): only a path on this site, as the app's own addresses
 * are written (printable ASCII, the rest percent-encoded). `//host` and `/\host` are other sites
 * to a browser (it reads a backslash as a slash); anything else unusual (a space, a control
 * character, text a Location header cannot carry) goes home too. Used by the app, which
 * navigates, and by the server's form, which redirects.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || !/^[!-~]+$/.test(next)) return '/';
  return next;
}
