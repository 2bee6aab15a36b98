import type { MessageIntent } from '@steadfast/contracts';

/**
 * Words of the conversation (SPEC §2.2, CLINICAL.md §3.2, §4.2): warm, plain, never blaming.
 * Nothing a client reads here depends on how distressed a message sounds, and no client ever
 * reads a risk level. The intent choices and reply times come from the server, which knows the
 * agreement; these are the words around them.
 */
export const messagingWords = {
  client: {
    title: 'Messages',
    empty: 'No messages yet. Whatever you would like your care team to know, big or small, you can write it here.',
  },
  clinician: {
    title: (name: string) => `Messages with ${name}`,
    titleUnnamed: 'Messages',
    intro: 'The conversation with this client. Marked words are what the screener noticed; they are for you to judge, never shown to the client.',
    empty: 'No messages yet.',
    linkFromClient: 'Messages',
    backToClient: (name: string | undefined) => (name ? `Back to ${name}` : 'Back to the client'),
    cannotSend: 'You can read this conversation, but replies come from the client’s care team.',
  },
  thread: {
    label: 'Conversation',
    showEarlier: 'Show earlier messages',
    start: 'This is the start of the conversation.',
    you: 'You',
    newFrom: (name: string) => `New message from ${name}`,
    earlierLoaded: (count: number) => (count === 1 ? 'One earlier message shown.' : `${count} earlier messages shown.`),
    loadFailed: 'We could not load the conversation just now.',
  },
  receipts: {
    sent: 'Sent',
    delivered: 'Delivered',
    seenBy: (name: string, time: string) => `Seen by ${name} · ${time}`,
  },
  /** How a client's own choice is labelled on their message, in their words. */
  intentTag: {
    share: 'Just so you know',
    before_session: 'Before our next session',
    soon: 'Soon',
    crisis: 'I’m not safe',
  } satisfies Record<MessageIntent, string>,
  /** The same choice as the care team reads it. */
  intentForClinicians: {
    share: 'Sharing, no reply expected',
    before_session: 'Before the next session',
    soon: 'Soon',
    crisis: 'Crisis',
  } satisfies Record<MessageIntent, string>,
  outbox: {
    sending: 'Sending…',
    waitingOffline: 'Waiting to send — will send when you’re back online',
    waitingRetry: 'Waiting to send — we’ll keep trying',
    refused: 'Not sent yet. Your words are kept here on this device.',
    tryAgain: 'Try again',
    edit: 'Put back in the message box',
  },
  composer: {
    heading: 'Write to your care team',
    messageLabel: 'Your message',
    messageHint: 'Only your care team can read this.',
    intentLegend: 'What kind of message is this?',
    intentHint: 'This tells your care team what you need from them. Any choice is okay.',
    ifSentNow: 'If you send it now: ',
    send: 'Send message',
    chooseIntent: 'Choose what kind of message this is, so your care team knows what you need.',
    writeSomething: 'Write something before sending.',
    tooLong: (max: number) => `Keep a message to ${max} characters or fewer. You could send it in two parts.`,
    charactersLeft: (n: number) => `${n} characters left`,
    sent: 'Sent.',
    queuedOffline: 'Saved on this device. It will send by itself when you are back online.',
    queuedRetry: 'Saved on this device. We could not reach Steadfast just now and will keep trying.',
    crisisChosen: {
      heading: 'You do not have to wait for a reply',
      body: 'Your safety plan and people you can talk to right now are ready for you, any time of day or night. What you have written stays here while you look.',
      open: 'Show my safety plan and crisis lines',
    },
  },
  notice: {
    heading: 'When it can’t wait',
    openCrisis: 'See who you can talk to now',
  },
  crisisView: {
    sent: 'Your message has been sent.',
    queued:
      'Your message is saved on this device and will send as soon as you are back online. You do not need to wait for it: the people below are there now.',
    back: 'Back to your messages',
    backToDraft: 'Back to my message',
  },
  reply: {
    heading: 'Reply',
    label: 'Your reply',
    templates: 'Start from a template',
    templatesNone: 'Choose a template',
    send: 'Send reply',
    writeSomething: 'Write a reply before sending.',
    sent: 'Reply sent.',
    queuedOffline: 'Saved on this device. It will send when you are back online.',
  },
  noReply: {
    button: 'No reply needed',
    noteLabel: 'A kind word back (optional)',
    noteHint: 'Sent to the client as a reply, for example “Thank you for letting me know.”',
    confirm: 'Mark as no reply needed',
    cancel: 'Cancel',
    done: (name: string, time: string) => `No reply needed · ${name} · ${time}`,
    marked: 'Marked as no reply needed.',
  },
  clinicianTags: {
    awaitingReply: 'Waiting for a reply',
    replyBy: (time: string) => `Reply expected by ${time}`,
    screened: 'Marked words were noticed by the screener',
  },
} as const;
