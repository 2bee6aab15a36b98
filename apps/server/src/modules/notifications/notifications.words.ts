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
  // Reminders leave the app too: the same few words whatever the day held.
  checkin_reminder: { subject: 'A reminder from Steadfast', line: 'This is the reminder you asked for. Steadfast is there when you are ready.' },
  checkin_missed: { subject: 'A note from Steadfast', line: 'Steadfast is there whenever you want it, today or any day.' },
  measure_due: { subject: 'A reminder from Steadfast', line: 'There is something in Steadfast for you to fill in when you have a moment.' },
};

export function notificationMail(kind: NotificationKind, recipientName: string, link: string, recipientIsClient: boolean) {
  const first = recipientName.trim().split(/\s+/)[0] ?? recipientName;
  return { subject: mailSubject(kind), text: `Hello ${first},${mailAfterGreeting(kind, link, recipientIsClient)}` };
}

export function mailSubject(kind: NotificationKind): string {
  return outside[kind].subject;
}

/**
 * The e-mail after its greeting line ("Hello Dana,"). Notices written in one statement with the
 * change that caused them put the greeting together in SQL (notifications.write.ts), from the same words.
 */
export function mailAfterGreeting(kind: NotificationKind, link: string, recipientIsClient: boolean): string {
  return [
    '',
    '',
    outside[kind].line,
    '',
    `Sign in to read it: ${link}`,
    '',
    ...(recipientIsClient
      ? ['Messages in Steadfast are read in working hours, not around the clock. If you need someone now, the crisis lines in the app are there any time.', '']
      : []),
    'You get these e-mails because e-mail notices are on in your Steadfast settings.',
  ].join('\n');
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
  if (recipientIsClient) return 'New message from your care team';
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
    default:
      return `Something new about ${who}`;
  }
}
