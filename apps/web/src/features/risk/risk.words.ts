import type { AcknowledgementOutcome, FlagSourceType, NotifiedPerson } from '@steadfast/contracts';

/**
 * Words of the triage pages. They are for clinicians only: a client never sees a flag, a level
 * or this queue (CLINICAL.md §3.2). Screening supports judgement and never replaces it.
 */
export const triageWords = {
  title: 'Triage',
  intro: 'Risk flags for your clients, and for the whole practice while you are on call. Open flags come first, the most urgent at the top.',
  screeningNote: 'Flags come from automatic screening of what clients write. They can be wrong either way: your judgement decides.',
  onCallNow: 'You are on call now: this queue holds every client of the practice.',
  notOnCall: 'You are not on call now: this queue holds your own clients.',
  empty: 'Nothing here. New flags appear at once.',
  openHeading: 'Needs acknowledging',
  openCount: (n: number) => (n === 1 ? '1 flag needs acknowledging' : `${n} flags need acknowledging`),
  handledHeading: 'Recently handled',
  live: 'Updates as they happen.',
  polling: 'Updates every minute.',
  level: { none: 'No risk words', concern: 'Concern', high: 'High', imminent: 'Imminent' } as const,
  source: { message: 'Message', checkin: 'Check-in', measure: 'Questionnaire', peer_post: 'Peer post' } satisfies Record<FlagSourceType, string>,
  raised: (age: string) => `Raised ${age}`,
  dueIn: (time: string, left: string) => `Due by ${time} (${left} left)`,
  overdue: (time: string, late: string) => `Due by ${time}: ${late} overdue`,
  nextStep: (time: string) => `Next escalation ${time}`,
  step: ['On call and primary clinician told', 'On call reminded', 'Backup told', 'Practice lead told'] as const,
  noStepYet: 'Telling on call now',
  handledBy: (name: string, when: string) => `Acknowledged by ${name}, ${when}`,
  wordsHidden: 'You cannot read the words behind this flag (your access to this client does not include them).',
  whyHeading: 'Why it was flagged',
  acknowledge: 'Acknowledge',
  openFlag: 'History',
  clientLink: (name: string) => `Open ${name}`,
  construct: (construct: string) => {
    const [base, context] = construct.split(':');
    const label = constructLabels[base ?? ''] ?? (base ?? '').replace(/_/g, ' ');
    return context ? `${label} (${context.replace(/_/g, ' ')})` : label;
  },
} as const;

const constructLabels: Record<string, string> = {
  crisis_intent: 'The client chose “I’m not safe”',
  // The screener's learned model (packages/screener): words it weighs towards risk, not a rule's phrase.
  learned_model: 'Words the screener’s model weighs towards risk',
};

export const acknowledgeWords = {
  heading: 'Acknowledge this flag',
  explain: 'Acknowledging ends the escalation. Say what you did or decided; the note stays with the flag.',
  note: 'Note',
  noteHint: 'Required. For example: “Phoned Sam, safe with partner tonight, plan reviewed.”',
  noteRequired: 'Write a note: what you did or decided.',
  outcome: 'What happened (optional)',
  outcomes: {
    contacted: 'I spoke or wrote to the client',
    tried_to_contact: 'I tried to reach the client',
    handed_over: 'I handed it to another clinician',
    reviewed: 'I reviewed it; no contact needed now',
  } satisfies Record<AcknowledgementOutcome, string>,
  submit: 'Acknowledge',
  done: 'Acknowledged. The escalation has stopped.',
  already: (name: string, when: string) => `${name} acknowledged this already, ${when}.`,
  cancel: 'Cancel',
} as const;

export const historyWords = {
  title: (name: string) => `Flag for ${name}`,
  historyHeading: 'What happened',
  raised: 'Flag raised',
  step: (step: number) => ['Told at once', 'Window passed: reminder', 'Escalated to the backup', 'Escalated to the practice lead'][step] ?? '',
  nobody: 'Nobody could be told: no one on the rota and no practice lead or admin.',
  reason: { on_call: 'on call', primary: 'primary clinician', backup: 'backup', lead: 'practice lead', admin: 'admin' } satisfies Record<
    NotifiedPerson['reason'],
    string
  >,
  channel: { in_app: 'in the app', email: 'e-mail', push: 'push', sms: 'text message' } as Record<string, string>,
  acknowledged: (name: string) => `Acknowledged by ${name}`,
  back: 'Back to triage',
  riskPage: 'Risk formulations for this client',
  neverEmergency: 'Steadfast never contacts emergency services by itself. If someone is in danger now, call them yourself.',
} as const;

export const formulationWords = {
  title: (name: string) => `Risk formulations: ${name}`,
  intro:
    'Your own understanding of this person’s safety, in your words. It is a separate record from any flag or score, and nothing here is filled in from one.',
  flagsHeading: 'Flags',
  noFlags: 'No flags for this client.',
  listHeading: 'Formulations',
  none: 'No formulation written yet.',
  formHeading: 'Write a new formulation',
  formulation: 'Formulation',
  formulationHint: 'What is happening for this person now, and why.',
  judgement: 'Your clinical judgement',
  judgementHint: 'Your judgement of their safety and its reasons, in your words. There is no tier to pick.',
  plan: 'Plan',
  planHint: 'What will be done, by whom, and how it was agreed with the client.',
  changeableFactors: 'What could change (optional)',
  reviewBy: 'Review by (optional)',
  save: 'Save formulation',
  saved: 'Saved. Earlier formulations stay as they were written.',
  by: (name: string, when: string) => `${name}, ${when}`,
  review: (date: string) => `Review by ${date}`,
  required: 'Please fill this in.',
} as const;
