import type { SafetyPlanSection } from '@steadfast/contracts';

/**
 * The client's own plan as they read it on the crisis screen: first person, our own words
 * (the published safety-plan form is not ours to copy, CLINICAL.md §1.3).
 */
export const safetyPlanWords = {
  heading: 'Your plan',
  intro: 'The steps you wrote with your care team. Start at the top.',
  section: {
    warningSigns: 'Signs that things are getting hard',
    copingAlone: 'Things I can do on my own',
    distractions: 'People and places that take my mind off things',
    helpers: 'People I can ask for help',
    professionals: 'Services I can contact',
    saferSurroundings: 'Making my surroundings safer',
    mattersMost: 'What matters most to me',
    reasonsForLiving: 'My reasons for living',
  } satisfies Record<SafetyPlanSection, string>,
  places: 'Places',
  callShort: 'Call',
  textShort: 'Text',
  call: (name: string) => `Call ${name}`,
  text: (name: string) => `Text ${name}`,
  website: (name: string) => `${name} website`,
  updated: (when: string) => `Last changed ${when}`,
} as const;

interface SectionPrompt {
  /** The question the step answers, in the client's voice. */
  question: string;
  /** A plain line on what belongs here. */
  hint: string;
  /** Shown in an empty field: one gentle example, never method detail (CLINICAL.md §4.2). */
  example: string;
  /** Names one item of the section for screen readers ("Warning sign 2"). */
  item: string;
  add: string;
}

/**
 * Words of the plan editor, the guided first plan, the history and the printed plan.
 * Warm and plain, our own wording (CLINICAL.md §1.3, §4.2); the client owns the plan.
 */
export const safetyPlanEditorWords = {
  clientTitle: 'My safety plan',
  clientIntro: 'Your plan is yours: your own words, for the moments that are hard. You can change it whenever you like.',
  clinicianTitle: (name: string) => `${name}: safety plan`,
  clinicianTitleUnnamed: 'Safety plan',
  backToClient: (name: string | undefined) => (name ? `Back to ${name}` : 'Back to the client'),
  clinicianIntro: 'Written together, in the client’s own words. Every save keeps the earlier versions.',
  loadFailed: 'We could not open the plan just now.',
  prompts: {
    warningSigns: {
      question: 'How do I know things are starting to get hard?',
      hint: 'Thoughts, feelings, places or things you do that tell you a hard time may be coming.',
      example: 'For example: I stop answering messages.',
      item: 'Warning sign',
      add: 'Add a sign',
    },
    copingAlone: {
      question: 'What can I do on my own to get through a hard moment?',
      hint: 'Small things that help, even a little, without needing anyone else.',
      example: 'For example: go for a walk with my music on.',
      item: 'Thing I can do',
      add: 'Add something that helps',
    },
    distractions: {
      question: 'Who and where helps me take my mind off things?',
      hint: 'People to be around and places to go. You do not have to talk about how you feel with them.',
      example: 'For example: the café at the end of my road.',
      item: 'Place',
      add: 'Add a place',
    },
    helpers: {
      question: 'Who can I ask for help?',
      hint: 'People you trust to talk to when it is hard. It helps to tell them about your plan beforehand.',
      example: 'For example: my sister',
      item: 'Person',
      add: 'Add a person',
    },
    professionals: {
      question: 'Which services can I contact?',
      hint: 'Your care team and the on-call clinician are already part of your plan. Add other services you use, like your GP surgery or the nearest A&E.',
      example: 'For example: my GP surgery',
      item: 'Service',
      add: 'Add a service',
    },
    saferSurroundings: {
      question: 'How can I make my surroundings safer?',
      hint: 'Steps that put time and distance between you and things that could hurt you when you are struggling. Your therapist can think this through with you.',
      example: 'For example: a friend keeps some things at their place for now.',
      item: 'Step',
      add: 'Add a step',
    },
    mattersMost: {
      question: 'What matters most to me?',
      hint: 'The people, things or hopes that matter most to you.',
      example: 'For example: my family, and the things I still want to do.',
      item: 'What matters most',
      add: '',
    },
    reasonsForLiving: {
      question: 'What keeps me going?',
      hint: 'Your reasons for living: anything, big or small.',
      example: 'For example: my dog, who needs me.',
      item: 'Reason',
      add: 'Add a reason',
    },
  } satisfies Record<SafetyPlanSection, SectionPrompt>,
  people: 'People',
  personAdd: 'Add a person',
  name: 'Name',
  phone: 'Phone number',
  phoneOptional: 'Phone number (optional)',
  phoneHelp: 'So you can call or text in one tap.',
  relationship: 'Who they are to me (optional)',
  link: 'Website (optional)',
  note: 'Note (optional)',
  remove: (what: string) => `Remove ${what}`,
  itemNumber: (item: string, n: number) => `${item} ${n}`,
  listFull: 'This list is full. Remove one to add another.',
  errors: {
    phoneNeeded: 'Add a phone number, so this person is one tap away.',
    phoneInvalid: 'Use digits and spaces, like 07700 900123.',
    nameNeeded: 'Add a name.',
    linkInvalid: 'Use a full web address starting with https://',
    fixFirst: 'A few details need a look before saving. They are marked below.',
  },
  guided: {
    title: 'Let’s make your plan, one step at a time',
    intro: 'There are eight short steps. Write as much or as little as you like. You can skip a step and come back to it, or finish it with your therapist in your next session.',
    clinicianIntro: 'Go through the steps together, in the client’s own words. Each step is saved as you go.',
    fillMissingTitle: 'The steps still to write',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    back: 'Back',
    skip: 'Skip for now',
    next: 'Save and go on',
    finish: 'Save and finish',
    stop: 'Stop here for now',
    doneTitle: 'Your plan is saved',
    doneText: 'You can look at it any time, and change it whenever you need to. It is also on the “I’m not okay” page.',
    seePlan: 'See the plan',
  },
  careRoute: {
    heading: 'My care team',
    onCall: (label: string) => `When my care team is away: ${label}.`,
  },
  empty: 'Nothing written here yet.',
  noPlanYet: 'No safety plan has been written yet. It is best made together in a session.',
  completeness: (filled: number, total: number) => `${filled} of ${total} steps written`,
  missingIntro: 'Still to write:',
  fillMissing: 'Fill in the empty steps',
  startGuided: 'Make the plan together, one step at a time',
  edit: 'Change the plan',
  editOwn: 'Change my plan',
  save: 'Save the plan',
  saving: 'Saving',
  cancel: 'Cancel',
  saved: 'Saved. Your plan is up to date on this device too.',
  savedByClinician: 'Saved as a new version.',
  updatedBy: (name: string, when: string) => `Last changed by ${name}, ${when}`,
  lastReviewed: (when: string) => `Last looked at together ${when}`,
  notReviewed: 'Not yet looked at together in a session',
  conflict: (name: string) => `${name} changed the plan while this was open. Your changes are still here, put together with theirs: please check and save again.`,
  conflictSomeone: 'Someone else changed the plan while this was open. Your changes are still here, put together with theirs: please check and save again.',
  bothChanged: 'You both changed this step. Their words are below; yours are in the boxes.',
  theirVersion: 'Their version',
  print: 'Print',
  printOwn: 'Print my plan',
  history: {
    heading: 'Changes over time',
    intro: 'Every save is kept. Open a version to see the plan as it was.',
    version: (n: number) => `Version ${n}`,
    by: (name: string, role: 'client' | 'clinician' | 'admin', when: string) => `${name}${role === 'client' ? ' (client)' : ''}, ${when}`,
    changed: 'Changed:',
    reviewed: 'Looked at together, no changes',
    open: (n: number) => `Show version ${n}`,
    close: (n: number) => `Hide version ${n}`,
    none: 'No versions yet.',
  },
  printPage: {
    title: 'My safety plan',
    titleFor: (name: string) => `Safety plan: ${name}`,
    intro: 'Start at the top. If a step does not help, go on to the next one.',
    printNow: 'Print',
    back: 'Back to the plan',
    printed: (when: string) => `Printed ${when}. Keep it somewhere easy to find.`,
    crisisHeading: 'Someone to talk to, any time',
  },
} as const;
