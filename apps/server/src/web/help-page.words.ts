/**
 * The frame around the server-rendered pages (the crisis screen, a client's home), in the
 * app's own words (apps/web/src/app/app.words.ts and the Brand's label): the app replaces this
 * frame with its own when its scripts arrive, so the two must read the same.
 */
export const helpPageWords = {
  appName: 'Steadfast',
  home: 'Steadfast home',
  skipToContent: 'Skip to main content',
  notOkay: "I'm not okay",
} as const;
