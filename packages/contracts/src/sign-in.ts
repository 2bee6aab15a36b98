/**
 * The sign-in page's words, said in two places: the web app's sign-in page, and the server's
 * first answer for `/sign-in`, which paints the heading and the form before any script has run
 * (issue 22), so the two must read the same.
 */
export const signInWords = {
  title: 'Sign in',
  intro: 'Welcome to Steadfast.',
  email: 'Email',
  password: 'Password',
  submit: 'Sign in',
  /** The painted page's button until the app has arrived: it cannot sign anyone in before then. */
  gettingReady: 'Getting ready…',
  /** The painted page, when script never runs (in place of the shell's own apology). */
  needsScript: 'Signing in needs JavaScript turned on in your browser. You do not need it to find help now.',
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

/** The ids of the sign-in fields, the same in the painted form and the app's, so what was typed carries over. */
export const signInFieldIds = { email: 'sign-in-email', password: 'sign-in-password' } as const;
