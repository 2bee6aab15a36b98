import type { OkayPlanSection } from '@steadfast/contracts';

/*
 * Words for the okay plan and reassurance notes (SPEC §2.6, CLINICAL.md §3.2, §4). Being okay is
 * never praised as an achievement that could be lost ("you're doing great!"), and nothing here
 * suggests that care gets smaller when things are calm.
 */
export const okayPlanWords = {
  title: 'My okay plan',
  clinicianTitle: (name: string) => `${name}’s okay plan`,
  clinicianLink: 'Okay plan and notes',
  intro:
    'For the times when things are calm and that feels strange, or even unsafe. Being okay does not mean your care ends: this plan is here for the calm weeks as much as the hard ones.',
  clinicianIntro:
    'Written together with the client, in their words. Read it when they have been stable for a while: their plan says what they want from you then.',
  empty: 'There is nothing in this plan yet. You can write it one step at a time, or together in a session.',
  start: 'Write my okay plan',
  startClinician: 'Write it together',
  edit: 'Change the plan',
  updated: (when: string, who: string) => `Last changed ${when} by ${who}`,
  sections: {
    feelsLike: {
      heading: 'What being okay is like for me',
      question: 'What is being okay like for you?',
      hint: 'Small, everyday things count: how you sleep, what you do, who you see.',
    },
    harderSigns: {
      heading: 'When being okay gets hard to sit with',
      question: 'How do you notice that being okay is getting hard?',
      hint: 'Thoughts, feelings or pulls that tell you calm is starting to feel unsafe.',
    },
    whatHelps: {
      heading: 'What helps then',
      question: 'What helps when being okay feels unsafe?',
      hint: 'Things you can do, people you can tell, words you can read.',
    },
    fromCareTeam: {
      heading: 'What I would like from my care team then',
      question: 'What would you like from your care team in calm times?',
      hint: 'A short note, a check-in call, being reminded of something. Asking is okay.',
    },
    remember: { heading: 'Things to remember', question: 'What do you want to remember?', hint: 'For example: fewer sessions is not the end of care.' },
  } satisfies Record<OkayPlanSection, { heading: string; question: string; hint: string }>,
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  itemLabel: (n: number) => `Item ${n}`,
  addItem: 'Add another',
  removeItem: (n: number) => `Remove item ${n}`,
  next: 'Save and continue',
  finish: 'Save and finish',
  skip: 'Skip for now',
  back: 'Back',
  cancel: 'Stop here',
  saved: 'Saved. Your care team can see it.',
  conflict:
    'Someone else changed this plan while you were writing. Nothing you wrote is lost: their newer version is shown below yours, please look and save again.',
  theirVersion: 'The newer version',
  tooLong: 'Please keep each item under 500 characters.',
};

export const notesWords = {
  title: 'Notes to keep',
  intro: 'Notes from your care team to open any time, and notes you write to your future self. Pin the ones you want on your home page.',
  clinicianHeading: 'Reassurance notes',
  clinicianIntro: 'Short notes the client keeps and opens any time. They ask for nothing back.',
  pinnedHeading: 'A note to keep',
  fromCareTeam: (name: string) => `From ${name}`,
  toSelf: 'A note to myself',
  pinned: 'Pinned',
  pin: 'Pin to my home',
  unpin: 'Unpin',
  none: 'There are no notes here yet.',
  noneClinician: 'No notes yet. A few warm words in a calm week matter as much as in a hard one.',
  request: 'Ask for a new note',
  requestHelp: 'Your care team will write one when they can. It is not a message, so there is no reply time, and nothing needs to be wrong to ask.',
  requested: (when: string) => `You asked for a new note ${when}. It will come.`,
  requestedClinician: (when: string) => `Asked for a new note ${when}. There is no reply window: whenever suits.`,
  writeToSelf: 'Write a note to my future self',
  writeToSelfLabel: 'Your note',
  writeToSelfHint: 'Only you can see notes to yourself.',
  writeNote: 'Write a note',
  writeNoteLabel: 'Your note to the client',
  writeNoteHint: 'Brief and warm, asking for nothing. The client is told there is a new note to keep.',
  pinForClient: 'Pin it on their home page',
  save: 'Save the note',
  send: 'Leave the note',
  sent: 'Your note is there for them to keep.',
  allNotes: 'All my notes',
  okayPlanLink: 'My okay plan',
  /** Shown on the home in a stable stretch: an offer, never a remark on how the client is doing. */
  calmOffer: 'For calm days as much as hard ones: your okay plan and your notes are here whenever you want them.',
};

export const caringWords = {
  heading: 'Caring contacts',
  intro:
    'Brief notes from you that ask for nothing, written ahead and sent at their time into the conversation. The schedule does not speed up in a crisis and does not stop in calm weeks.',
  none: 'No caring contacts are planned.',
  presetLabel: 'Schedule',
  presets: {
    tapering: 'Tapering: weekly for a month, fortnightly, then monthly (12 notes)',
    year: 'A year: day 1, week 1, months 1–4, then every other month (10 notes)',
  },
  startsOnLabel: 'Starting on',
  plan: 'Write the schedule',
  replan: 'Write a new schedule (replaces notes still to come)',
  due: (when: string) => `Due ${when}`,
  sent: (when: string) => `Sent ${when}`,
  status: { planned: 'Planned', sent: 'Sent', cancelled: 'Taken out', skipped: 'Not sent' },
  noteLabel: (when: string) => `Note due ${when}`,
  save: 'Save the words',
  saved: 'Saved.',
  cancel: 'Take out',
};

/*
 * The stable-stretch signal on the caseload, for clinicians only (SPEC §2.6). It says what the
 * check-ins show and what the client's own plan says, and offers contact that asks nothing. The
 * client never sees this line: nothing tells them their calm is being watched.
 */
export const stabilityWords = {
  stable: (first: string, days: number) => `${first} has been stable for ${days} ${days === 1 ? 'day' : 'days'}`,
  since: (date: string) => `since ${date}`,
  planSays: (first: string) => `${first}’s okay plan says calm times can feel unsafe: this may be a vulnerable time.`,
  noPlan: 'For some clients calm weeks are the hard ones; contact that asks nothing can help.',
  lastNote: (when: string) => `Last caring note ${when}`,
  sendNote: (first: string) => `Send ${first} a caring note`,
  sending: 'Sending…',
  sent: 'Caring note sent. It is in the conversation, in your name.',
  sentPreview: (body: string) => `“${body}”`,
  proposeCall: 'Offer a short check-in call',
  callHeading: (first: string) => `A short check-in call with ${first}`,
  callWhen: 'When (practice time)',
  callBook: 'Book a 15-minute phone call',
  callBooked: 'Booked. It is on the appointments page for you both.',
  callCancel: 'Not now',
  settingsHeading: 'Stable stretches',
  settingsIntro:
    'A stretch is a run of check-ins at or above the client’s own usual mood with little change in urges. It starts a signal on your caseload; it is never shown to the client.',
  current: (days: number, since: string) => `Stable for ${days} ${days === 1 ? 'day' : 'days'}, since ${since}.`,
  noCurrent: 'No stable stretch at the moment.',
  recentHeading: 'Stretches in the last 90 days',
  stretch: (since: string, through: string, days: number) => `${since} – ${through} (${days} ${days === 1 ? 'day' : 'days'})`,
  floorFrom: { baseline: 'their own median mood', setting: 'set for this client', none: 'not yet: too few check-ins for a usual mood' },
  fields: {
    minDays: 'Check-ins before a stretch counts',
    moodFloor: 'Mood to stay at or above (empty: their own median)',
    maxUrgeSpread: 'Largest urge variation (standard deviation)',
    dipDays: 'Low days allowed in any week',
  },
  inForce: (value: string) => `In force: ${value}`,
  save: 'Save thresholds',
  saved: 'Saved.',
} as const;
