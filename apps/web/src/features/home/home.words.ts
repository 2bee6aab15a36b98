import { clientHomeWords } from '@steadfast/contracts';

/** Words of the client's home: warm, plain, and the same on good days and hard ones. */
export const homeWords = {
  // The top of the page: the server paints these too, before the app has loaded (contracts).
  ...clientHomeWords,
  careTeamIntro: 'The people looking after you.',
  careTeamMissing: 'Your care team will appear here once it is set up.',
  noticeHeading: 'When you need someone now',
  notice:
    'Your care team reads messages in working hours, not around the clock. If you need someone now, there are people ready to listen at any time of day or night.',
  crisisLink: 'See who you can talk to, any time',
} as const;
