import type { CrisisLineInput, CrisisLines } from './crisis-resources';
import { crisisDefaultsFor, crisisLineDefaults } from './crisis-defaults';

/**
 * Words of the crisis screen (SPEC §2.7, CLINICAL.md §4.2): plain, hopeful, never blaming,
 * no detail of methods, and the same every time: nothing here depends on how distressed
 * anyone sounded. Shared here because two places say them: the web app, and the server's
 * first answer for /help, which needs no JavaScript to be read (issue 22).
 */
const inCountry: Record<string, string> = { GB: 'in the UK', US: 'in the US' };

export const crisisWords = {
  documentTitle: 'Help now',
  opener: 'You are not alone in this',
  openerMore: 'Feelings this strong can ease. Take a slow breath and go one step at a time. If a step does not help, move on to the next one.',
  emergencyNow: { lead: 'If your life is in danger right now, call ', end: '.' },
  careTeamHeading: 'Your care team',
  careTeamIntro: 'The people looking after you. They read messages in working hours.',
  onCallHeading: 'When your care team is away',
  linesHeading: 'Someone to talk to, any time',
  linesIntro: 'These lines are free and confidential. You do not need to be at your worst to use them.',
  emergencyHeading: 'In an emergency',
  emergencyIntro: 'If you are hurt, or your life is at risk, get help straight away.',
  country: { GB: 'In the UK', US: 'In the US' } as Record<string, string>,
  and: ' or ',
  inCountry: (number: string, code: string) => (code in inCountry ? `${number} ${inCountry[code]}` : `${number} (${code})`),
  print: 'Print this page',
  home: 'Back to Steadfast',
} as const;

const verbs: Record<CrisisLineInput['channel'], string> = {
  call: 'Call',
  text: 'Text',
  web: 'Open',
  email: 'Email',
  emergency: 'Call',
};

/** The words on a line's button: its contact as written when it already says what to do. */
export function actionLabel(line: Pick<CrisisLineInput, 'channel' | 'contact'>): string {
  return /^(call|text|email|open|visit|go)\b/i.test(line.contact) ? line.contact : `${verbs[line.channel]} ${line.contact}`;
}

/** "999" from "999, or go to A&E": the number a person dials, for the one-line shortcut. */
export function emergencyNumber(line: Pick<CrisisLineInput, 'href' | 'contact'>): string {
  return line.href.startsWith('tel:') ? line.href.slice(4) : line.contact;
}

/** A set of lines for one country; several when we cannot know the person's country. */
export interface CrisisLineGroup {
  country: string;
  lines: CrisisLineInput[];
}

/**
 * What the crisis screen shows: the practice's own lines when known (from the server or the
 * device), else the bundled defaults for the practice's country, else the UK and US defaults.
 */
export function chooseCrisisLines(practiceLines: CrisisLines | undefined, country: string | undefined): CrisisLineGroup[] {
  if (practiceLines && practiceLines.lines.length > 0) {
    const lines = [...practiceLines.lines].sort((a, b) => a.position - b.position);
    return [{ country: practiceLines.country, lines }];
  }
  const known = practiceLines?.country ?? country;
  if (known) return [{ country: known, lines: crisisDefaultsFor(known) }];
  return Object.entries(crisisLineDefaults).map(([code, lines]) => ({ country: code, lines }));
}
