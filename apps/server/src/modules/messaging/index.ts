/** Conversations: idempotent sends, receipts, reply windows kept, reminders, and the caseload's message signal. */
export { seedDemoMessaging } from './messaging.demo';

export { clientOfMessage, findMessage, messageEventsFor, messageTexts, soonMessagesSince, wholeConversation, type MessageEvent } from './messaging.queries';
export { replyWindowJob } from './messaging.reminders';
export { messagingRoutes } from './messaging.routes';
export { sendInTransaction } from './messaging.service';
export { messagingSignals } from './messaging.signals';
export { messagingTimeline } from './messaging.timeline';
export { eraseMessaging, lastMessageAt } from './messaging.erasure';
