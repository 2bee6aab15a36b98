import type { MessageIntent } from '@steadfast/contracts';

/**
 * The intent picker in the client's own terms (SPEC §2.2). Plain and warm; no choice is framed as
 * "more serious" or faster because of how the client feels (CLINICAL.md §3.2), and the crisis
 * choice promises routes, not a response time (CLINICAL.md §4.2).
 */
export const intentWords: Record<MessageIntent, { label: string; explanation: string }> = {
  share: {
    label: 'Just so you know',
    explanation: 'Something you would like your care team to know. No reply is expected, and that is fine.',
  },
  before_session: {
    label: 'Before our next session',
    explanation: 'Something to read before you next meet, so you can pick it up together.',
  },
  soon: {
    label: 'I need you to know this soon',
    explanation: 'It matters now, but it is not an emergency. You will get a reply within the time you agreed.',
  },
  crisis: {
    label: 'I’m not safe',
    explanation: 'For when you might not be safe. It goes to the on-call clinician straight away, and you will see your safety plan and crisis lines at once.',
  },
};

/** Error words: never repeat what the client wrote. */
export const messagingErrors = {
  intentRequired: 'Choose what kind of message this is before sending.',
  intentForClientsOnly: 'Replies from the care team are sent without an intent.',
  keyReused: 'This Idempotency-Key was already used for a different message. Use a new key for a new message.',
  noReplyOnOwnSide: 'Only a client’s message can be marked as needing no reply.',
};

/** A small starting set of templates for a practice: kind, brief, asking nothing back. */
export const starterTemplates = [
  {
    title: 'Thank you for telling me',
    body: 'Thank you for letting me know. I have read your message, and we can talk about it together at your next session.',
  },
  {
    title: 'It is okay to be okay',
    body: 'It is good to hear things feel steadier. It is okay to be okay, and I am not going anywhere: our work continues as planned.',
  },
  {
    title: 'Checking your plan',
    body: 'Thank you for reaching out. If things get harder before we speak, your safety plan and the crisis lines are there any time.',
  },
  { title: 'Read before session', body: 'I have read this and will bring it to our next session. Thank you for writing it down.' },
];

/** What a message reads once its words were taken out by the client's erasure (docs/ERASURE.md): the record that contact happened stays. */
export const erasedMessageBody = 'These words were removed when the record was erased at the client’s request.';
