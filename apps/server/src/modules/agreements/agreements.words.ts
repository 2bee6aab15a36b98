import { callName } from '../reply-windows';

/** Client-facing words for the contact agreement: warm, plain, never blaming (CLINICAL.md §4.2). */
export const agreementWords = {
  offWeekRequests: (clinician: string) =>
    `This is the off-week you and ${callName(clinician)} agreed on, so appointment requests wait until it ends. You can still send a message, and if it is an emergency, on call is there for you.`,
  requestsOff: (clinician: string) =>
    `You and ${callName(clinician)} agreed to arrange appointments together in session rather than by request. You can always send a message, and if it is an emergency, on call is there for you.`,
  routeMessage: 'Send a message',
  routeOnCall: (name: string | null) => (name ? `If it is an emergency: ${callName(name)}, on call` : 'If it is an emergency: the on-call clinician'),
  routeCrisisLines: 'Crisis lines, open day and night',
  coverBeforeWriting: (clinician: string, cover: string) =>
    `${callName(clinician)} is away. ${callName(cover)} is covering and will read and answer your messages until ${callName(clinician)} is back.`,
  /** The automatic reply while the 24-hour rule applies: medical and crisis routes first, then the arrangement. */
  twentyFourHourReply: (clinician: string, onCall: string | null) =>
    [
      'Thank you for writing. Your message has arrived and has not been lost.',
      'If you are hurt or have taken something, please call emergency services or go to the nearest emergency department now. If you are in danger or cannot keep yourself safe, call emergency services or a crisis line: they are open day and night.',
      `As you and ${callName(clinician)} agreed, ${callName(clinician)} steps back from coaching contact for 24 hours after self-harm. Your next session goes ahead as planned.`,
      onCall
        ? `${callName(onCall)}, on call, has your message and can help with anything urgent.`
        : 'The on-call clinician has your message and can help with anything urgent.',
    ].join('\n\n'),
  twentyFourHourExplained:
    'After self-harm, coaching contact with your therapist pauses for 24 hours. Your messages still arrive, on call still reads them, and you will always be shown crisis and medical help first. Sessions go ahead as planned.',
} as const;

/** Words for the clinician editing or signing an agreement. */
export const agreementErrors = {
  notPrimary: 'Only the primary clinician proposes and signs the contact agreement.',
  noProposal: 'There is no proposed change to sign. It may already be in force.',
  staleVersion: 'This version has been replaced by a newer proposal. Please read the new one before signing.',
  absenceOrder: 'An absence ends after it starts.',
  absenceEnded: 'This absence would already be over.',
  coverNotClinician: 'Choose another clinician of this practice to cover.',
  coverSelf: 'Someone other than the absent clinician covers.',
  overlapsAbsence: 'This overlaps an absence or a cover already set.',
  coverUnknown: 'A named cover must be a clinician of this practice.',
  pauseNotAgreed: 'The 24-hour rule is not part of this client’s agreement, so it cannot be applied.',
} as const;
