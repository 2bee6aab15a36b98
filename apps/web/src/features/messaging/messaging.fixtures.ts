import type { Conversation, IntentChoice, MeResponse, Message, MessageIntent, SendMessageResponse } from '@steadfast/contracts';
import { json } from '../../test/render';

/** Sam, the demo client (SPEC §3), and the conversation a component test starts from. */
export const samClientId = '0b83d86a-b5b2-4272-9c23-408533bb9604';
export const samUserId = '9da96dc8-e1a5-4567-a487-e0a0c5d9c5b8';
const danaUserId = 'e3f4e4ba-6068-40fd-be82-34a05da4ffe0';

export const samMe: MeResponse = {
  user: { id: samUserId, role: 'client', name: 'Sam Taylor', clientId: samClientId, email: 'sam@harbour.example', totpEnabled: false, mustEnrolTotp: false },
  practice: { id: '03980e2c-36e1-4906-800a-a7a7343859fd', name: 'Harbour Street Therapy', country: 'GB', timeZone: 'Europe/London' },
  can: { managePractice: false, inviteClinicians: false, inviteClients: false, viewCaseload: false },
};

export const intentChoices: IntentChoice[] = [
  {
    intent: 'share',
    label: 'Just so you know',
    explanation: 'Something you would like your care team to know. No reply is expected, and that is fine.',
    expectation: 'No reply is expected. Dana will read it in working hours.',
  },
  {
    intent: 'before_session',
    label: 'Before our next session',
    explanation: 'Something to read before you next meet, so you can pick it up together.',
    expectation: 'Dana will read this before your next session, and within 2 working days: by 5 pm on Friday.',
  },
  {
    intent: 'soon',
    label: 'I need you to know this soon',
    explanation: 'It matters now, but it is not an emergency. You will get a reply within the time you agreed.',
    expectation: 'Dana replies to ‘soon’ messages within 1 working day: by 5 pm tomorrow.',
  },
  {
    intent: 'crisis',
    label: 'I’m not safe',
    explanation: 'For when you might not be safe. It goes to the on-call clinician straight away, and you will see your safety plan and crisis lines at once.',
    expectation: 'Omar, on call now, and Dana will see this as soon as they can.',
  },
];

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export function danaReply(body: string, at = '2026-11-22T13:47:08.191Z'): Message {
  return {
    id: uuid(),
    clientId: samClientId,
    author: { id: danaUserId, name: 'Dana Reyes', kind: 'clinician', isMe: false },
    intent: null,
    body,
    createdAt: at,
    expectedReplyBy: null,
    expectedReplyWords: null,
    deliveredAt: at,
    seenBy: [{ name: 'Sam', at }],
  };
}

/**
 * A stand-in for the messaging API with the server's idempotency: a key stores one message, and
 * the same key again answers with that message. `offline` makes every request fail as with no network.
 */
export function fakeMessagingServer(options: { showCrisisRoutes?: (intent: MessageIntent | undefined) => boolean } = {}) {
  const state = {
    offline: false,
    messages: [danaReply('It is okay to be okay, and I am not going anywhere.')] as Message[],
    posts: [] as { key: string | null; body: unknown }[],
    byKey: new Map<string, Message>(),
  };
  const offlineGuard = () => {
    if (state.offline) throw new TypeError('Failed to fetch');
  };
  const conversation = (): Conversation => ({
    clientId: samClientId,
    messages: state.messages,
    olderCursor: null,
    can: { send: true, markNoReplyNeeded: false, useTemplates: false },
    intentChoices,
  });
  const routes = {
    'GET /api/v1/me': () => (offlineGuard(), json(200, samMe)),
    [`GET /api/v1/clients/${samClientId}/messages`]: () => (offlineGuard(), json(200, conversation())),
    [`POST /api/v1/clients/${samClientId}/messages`]: (_url: URL, init: RequestInit | undefined) => {
      offlineGuard();
      const key = new Headers(init?.headers).get('idempotency-key');
      const body = JSON.parse(String(init?.body)) as { intent?: MessageIntent; body: string };
      state.posts.push({ key, body });
      const known = key ? state.byKey.get(key) : undefined;
      const message: Message = known ?? {
        id: uuid(),
        clientId: samClientId,
        author: { id: samUserId, name: 'Sam Taylor', kind: 'client', isMe: true },
        intent: body.intent ?? null,
        body: body.body,
        createdAt: new Date().toISOString(),
        expectedReplyBy: null,
        expectedReplyWords: intentChoices.find((c) => c.intent === body.intent)?.expectation ?? null,
        deliveredAt: null,
        seenBy: [],
      };
      if (!known) {
        state.messages = [...state.messages, message];
        if (key) state.byKey.set(key, message);
      }
      const response: SendMessageResponse = { message, showCrisisRoutes: options.showCrisisRoutes?.(body.intent) ?? body.intent === 'crisis' };
      return json(known ? 200 : 201, response);
    },
  };
  return { state, routes };
}

/** Makes the browser say it is online or offline, and tells the page, as a real change would. */
export function setBrowserOnline(online: boolean): void {
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

/** Mantine's autosizing textarea listens for web fonts loading; happy-dom has no `document.fonts`. */
export function stubDocumentFonts(): void {
  if (!('fonts' in document) || !document.fonts) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener: () => undefined, removeEventListener: () => undefined } });
  }
}
