import { dayInWords } from '../care-teams';

/*
 * What the client is told about a change of clinician or an ending (SPEC §2.10, CLINICAL.md):
 * who and when, ahead of time, in plain words; nothing ends without a word, and the way back is named.
 */

const when = (at: Date, now: Date, timeZone: string) => (at.getTime() <= now.getTime() ? 'From today' : `From ${dayInWords(at, timeZone)}`);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export interface HandoverFacts {
  from: string;
  to: string;
  overlapStartsAt: Date;
  overlapEndsAt: Date;
  now: Date;
  timeZone: string;
}

/** "From 14 January, Omar Haddad will be working with you alongside Dana Reyes, and from 4 February Omar Haddad will be your therapist." */
export function handoverPlannedWords(f: HandoverFacts): string {
  const together = when(f.overlapStartsAt, f.now, f.timeZone);
  const primary = lower(when(f.overlapEndsAt, f.now, f.timeZone));
  return `${together}, ${f.to} will be working with you alongside ${f.from}, and ${primary} ${f.to} will be your therapist.`;
}

export const transitionWords = {
  handoverPlanned: handoverPlannedWords,
  handoverCancelled: (f: { from: string; to: string }) => `The planned change is not going ahead: ${f.from} stays your therapist.`,
  handoverFinishedEarly: (f: { to: string }) => `From today, ${f.to} is your therapist.`,
  introduced: (f: { to: string }) => `${f.to} wrote you a note to say hello.`,
  dischargePlanned: (f: { dischargeAt: Date; timeZone: string }) =>
    `Your therapist has planned the end of your time with the practice, on ${dayInWords(f.dischargeAt, f.timeZone)}. Your safety plan and crisis lines stay with you.`,
  dischargeCancelled: 'The planned ending is not going ahead: your care carries on as before.',
  welcomeBack: 'Welcome back. Your care team is here with you again.',
  discharged: 'Your time with the practice has ended for now. Your safety plan and crisis lines stay with you, and you can ask to come back at any time.',
} as const;

/** What stays with a client after discharge, shown with the goodbye note. */
export const staysAvailable = [
  'Your safety plan and the crisis lines stay on your phone and in your account.',
  'You can still read your own history: your messages, check-ins and plans.',
  'If you would like to come back, you can ask here at any time. Asking is always okay.',
] as const;

export const transitionErrors = {
  handover: 'handover',
  discharge: 'discharge',
  notActive: 'This handover is not going ahead or has already completed.',
  notPlanned: 'This discharge has already taken effect or was cancelled.',
  alreadyDischarged: 'A discharge is already planned for this client: cancel it first.',
  dischargeInPast: 'The discharge date cannot be in the past.',
  notDischargedYet: 'This client has not been discharged: their care is still going on.',
  notDischarged: 'Asking to come back is for after a discharge: your care is still going on.',
  appointment: 'appointment',
  introduceNotYours: 'Only the clinician taking over writes the introduction.',
} as const;

/** The transfer summary's headings, in the order a new clinician reads them. */
export const summaryHeadings = {
  title: (name: string) => `Transfer summary for ${name}`,
  safetyPlan: 'Safety plan',
  okayPlan: 'Okay plan',
  agreement: 'Contact agreement',
  stepDown: 'Step-down plan',
  measures: 'Measures',
  flags: 'Risk flags (last 90 days)',
  nothing: 'Nothing written yet.',
  noFlags: 'None raised.',
  noMeasures: 'None completed in the last year.',
} as const;
