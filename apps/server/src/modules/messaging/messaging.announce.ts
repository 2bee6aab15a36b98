import { membershipRelationships } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import { noticeRow, type NoticeContext, type NoticeInput, type NoticeRow } from '../notifications';
import type { EventValues } from '../realtime';
import type { ReplyContext } from '../reply-windows';
import type { MessageValues } from './messaging.write';

/** What a new message announces, written in the send's own statement: who hears of it, and its real-time event. */
export interface Announcement {
  notices: NoticeRow[];
  event: EventValues;
}

/** The notices and the real-time event (ids only) of a new message. */
export function announcementOf(message: MessageValues, context: ReplyContext, publicUrl: string, extraReaders: readonly string[] = []): Announcement {
  const noticeContext: NoticeContext = { practiceId: message.practiceId, now: message.createdAt, publicUrl };
  return {
    notices: noticesOfMessage(message, context, extraReaders).map((n, i) => noticeRow(n, noticeContext, i + 1)),
    event: {
      practiceId: message.practiceId,
      type: 'message.created',
      clientId: message.clientId,
      userId: null,
      subjectId: message.id,
      createdAt: message.createdAt,
      urgent: false,
    },
  };
}

/**
 * Who hears of a new message (SPEC §2.2, §2.9): the client hears of a care-team reply; the
 * care-team members who may read messages hear of a client's message. A `crisis` message reaches
 * the on-call clinician through its flag's escalation ladder (step 0 tells on-call and the primary
 * at once), so nobody is paged twice for it.
 */
export function noticesOfMessage(
  message: { id: string; clientId: string; authorKind: 'client' | 'clinician' },
  context: ReplyContext,
  extraReaders: readonly string[] = [],
): NoticeInput[] {
  const base = { clientId: message.clientId, subjectId: message.id, kind: 'message' as const };
  if (message.authorKind === 'clinician') return [{ ...base, userId: context.clientUserId }];
  const readers = context.careTeam.filter((m) => allows(clientRules['messages.read'], new Set(membershipRelationships(m)), new Set(m.scopes)));
  // The cover of an absence (or on call under the 24-hour rule) hears of it too (SPEC §2.3).
  const userIds = new Set([...readers.map((reader) => reader.clinicianId), ...extraReaders]);
  return [...userIds].map((userId) => ({ ...base, userId }));
}
