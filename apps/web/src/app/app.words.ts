/** Words the whole app shares: plain, calm, never blaming the person (CLINICAL.md §4.2). */
export const appWords = {
  appName: 'Steadfast',
  skipToContent: 'Skip to main content',
  loading: 'Loading',
  loadingPage: 'Steadfast is loading',
  offline: "We could not reach Steadfast. You may be offline. Your crisis lines still work from the “I'm not okay” page.",
  unexpected: 'Something went wrong on our side. Please try again in a moment.',
  badResponse: 'Steadfast sent an answer we could not read. Please reload the page.',
  tryAgain: 'Try again',
  notOkay: "I'm not okay",
  crisisLinesLink: 'Help now',
  signOut: 'Sign out',
  menu: 'Menu',
  mainNavigation: 'Main',
  pageMissing: 'We could not find that page.',
  goHome: 'Go to your home page',
  requestId: (id: string) => `Reference: ${id}`,
} as const;
