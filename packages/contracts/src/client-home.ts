/**
 * The top of the client's home, in words said in two places: the web app's home page, and the
 * server's first answer for `/`, which paints them before any script has run (issue 22). Warm,
 * plain, and the same on good days and hard ones.
 */
export const clientHomeWords = {
  title: (firstName: string) => `Hello, ${firstName}`,
  intro: (practice: string) =>
    `This is your space to stay in touch with your care team at ${practice} between sessions. You are welcome here on good days too.`,
  planHeading: 'Your safety plan',
  planIntro: 'The plan you made with your care team, for when things get hard. It opens without a connection too.',
  planLink: 'Open my safety plan',
} as const;

/** The first name a greeting uses: the first word of the name as the person gave it. */
export function firstNameOf(name: string): string {
  return name.split(/\s+/)[0] || name;
}
