import type { NotificationKind } from '@steadfast/contracts';

/**
 * Words for notices. E-mail, push and SMS leave the app, so they never carry clinical content,
 * names of clients, or what was written (SPEC §2.9): only that there is something to read.
 */
const outside: Record<NotificationKind, { subject: string; line: string }> = {
  message: { subject: 'You have a new message in Steadfast', line: 'You have a new message in Steadfast.' },
  reply_window_nearing: { subject: 'A message in Steadfast is waiting for you', line: 'A message in Steadfast is waiting for your reply.' },
  reply_window_passed: {
    subject: 'A message in Steadfast needs someone to look at it',
    line: 'A message in Steadfast has passed its agreed reply time without being seen, and you are covering.',
  },
  flag_raised: { subject: 'Please sign in to Steadfast', line: 'An alert in Steadfast needs a clinician to look at it.' },
  flag_escalated: { subject: 'Please sign in to Steadfast now', line: 'An alert in Steadfast has not been acknowledged yet and needs you now.' },
  agreement_proposed: {
    subject: 'A change to your contact agreement in Steadfast',
    line: 'There is a proposed change to your contact agreement to read in Steadfast.',
  },
  agreement_in_force: {
    subject: 'Your contact agreement in Steadfast is signed',
    line: 'A new version of your contact agreement has been signed by both of you.',
  },
  sessions_stepped_up: {
    subject: 'A change to your plan in Steadfast',
    line: 'Sessions have been added back into the plan. The details are in Steadfast.',
  },
  cover_arranged: {
    subject: 'Cover arranged in Steadfast',
    line: 'Your clinician will be away for a while, and cover has been arranged. The details are in Steadfast.',
  },
  appointment_request: { subject: 'An appointment request in Steadfast', line: 'Someone has asked for an appointment in Steadfast.' },
  appointment_update: { subject: 'News about your appointments in Steadfast', line: 'There is news about your appointments in Steadfast.' },
  // Reminders leave the app too: the same few words whatever the day held.
  checkin_reminder: { subject: 'A reminder from Steadfast', line: 'This is the reminder you asked for. Steadfast is there when you are ready.' },
  checkin_missed: { subject: 'A note from Steadfast', line: 'Steadfast is there whenever you want it, today or any day.' },
  measure_due: { subject: 'A reminder from Steadfast', line: 'There is something in Steadfast for you to fill in when you have a moment.' },
  reassurance_note: { subject: 'Your care team left you a note in Steadfast', line: 'Your care team left you a note to keep in Steadfast.' },
  reassurance_note_requested: {
    subject: 'A note request in Steadfast',
    line: 'A client asked for a new note in Steadfast. There is no reply window: whenever suits you.',
  },
  // Who is on a care team is the client's business: outside the app, only that something changed.
  care_team_changed: { subject: 'News about your care team in Steadfast', line: 'There is news about your care team in Steadfast.' },
  care_transition: { subject: 'News about your care in Steadfast', line: 'There is news about who you will be working with in Steadfast.' },
  reentry_requested: { subject: 'A request to come back in Steadfast', line: 'Someone would like to come back to the practice. The details are in Steadfast.' },
  erasure_requested: {
    subject: 'A request to erase a record in Steadfast',
    line: 'A client asked for their record to be erased. The details are in Steadfast.',
  },
};

/**
 * A notice's e-mail, whole. It greets without a name: an e-mail leaves the app, so it carries
 * nothing about the person beyond the address it is sent to.
 */
export function notificationMail(kind: NotificationKind, link: string, recipientIsClient: boolean): { subject: string; text: string } {
  const lines = [
    'Hello,',
    '',
    outside[kind].line,
    '',
    `Sign in to read it: ${link}`,
    '',
    ...(recipientIsClient
      ? ['Messages in Steadfast are read in working hours, not around the clock. If you need someone now, the crisis lines in the app are there any time.', '']
      : []),
    'You get these e-mails because e-mail notices are on in your Steadfast settings.',
  ];
  return { subject: outside[kind].subject, text: lines.join('\n') };
}

/** The push notice: the same few words as the e-mail subject. */
export function pushText(kind: NotificationKind): { title: string; body: string } {
  return { title: 'Steadfast', body: outside[kind].subject };
}

/** The SMS: urgent notices only, no content. */
export function smsText(kind: NotificationKind): string {
  return `Steadfast: ${outside[kind].line} Please sign in.`;
}

/** In-app titles: the app is signed in, so it may name the client; still never what they wrote. */
export function inAppTitle(kind: NotificationKind, clientName: string | null, recipientIsClient: boolean): string {
  if (kind === 'checkin_reminder') return 'Your check-in is here whenever you are ready';
  if (kind === 'checkin_missed') return 'No check-in yesterday, and that is fine. Today is here if you want it';
  if (kind === 'measure_due') return 'A short questionnaire is ready for you when you have a few minutes';
  if (kind === 'agreement_proposed')
    return recipientIsClient ? 'A change to your contact agreement is ready to read' : 'A change to a contact agreement is waiting to be signed';
  if (kind === 'agreement_in_force') return 'The contact agreement is signed by both of you';
  if (kind === 'sessions_stepped_up')
    return recipientIsClient
      ? 'More sessions are back in your plan, and the off-weeks still to come are taken out'
      : `Sessions for ${clientName ?? 'a client'} stepped back up`;
  if (kind === 'care_transition') return recipientIsClient ? 'News about who you will be working with' : `${clientName ?? 'A client'}’s care is changing hands`;
  if (kind === 'reentry_requested') return `${clientName ?? 'Someone'} would like to come back`;
  if (kind === 'erasure_requested') return `${clientName ?? 'A client'} asked for their record to be erased`;
  if (kind === 'care_team_changed') return recipientIsClient ? 'Your care team changed: see who is on it' : `${clientName ?? 'A client'}’s care team changed`;
  if (kind === 'cover_arranged') return recipientIsClient ? 'Your clinician will be away: see who covers' : 'You are named as cover for an absence';
  if (recipientIsClient && kind === 'appointment_update') return 'Your care team answered about an appointment';
  if (recipientIsClient) return kind === 'reassurance_note' ? 'Your care team left you a note to keep' : 'New message from your care team';
  const who = clientName ?? 'A client';
  switch (kind) {
    case 'message':
      return `New message from ${who}`;
    case 'reply_window_nearing':
      return `${who}’s ‘soon’ message is waiting for a reply`;
    case 'reply_window_passed':
      return `${who}’s ‘soon’ message passed its reply time unseen: you are covering`;
    case 'flag_raised':
      return `A risk flag for ${who} needs acknowledging`;
    case 'flag_escalated':
      return `A risk flag for ${who} is still not acknowledged: please look now`;
    case 'reassurance_note':
      return `A note was left for ${who}`;
    case 'reassurance_note_requested':
      return `${who} would like a new reassurance note (no reply window)`;
    case 'appointment_request':
      return `${who} asked for an appointment`;
    case 'appointment_update':
      return `Appointments changed for ${who}`;
    default:
      return `Something new about ${who}`;
  }
}
