/**
 * The kinds of event the stream carries, without zod: the web app's stream reader needs only this
 * list, and it comes with a client's first page, before any schema is built (issue 22).
 */
export const realtimeEventTypes = [
  'message.created',
  'message.updated',
  'flag.raised',
  'flag.escalated',
  'flag.acknowledged',
  'notification.created',
  'agreement.updated',
  'absence.updated',
  'appointment.changed',
  'checkin.saved',
  'measure.saved',
  'careTeam.changed',
  'transition.changed',
  /** Something published, reacted to, hidden or restored in the peer space: for its members and moderators (clientId null). */
  'peer.changed',
  /** A post or reply held for a moderator: only to its author and the moderators, one event each (userId). */
  'peer.held',
] as const;
