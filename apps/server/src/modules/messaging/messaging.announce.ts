import { membershipRelationships } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import type { NoticeInput } from '../notifications/notifications.write';
import type { ReplyContext } from '../reply-windows/reply-windows.queries';

/**
 * Who hears of a new message (SPEC §2.2, §2.9): the client hears of a care-team reply; the
 * care-team members who may read messages hear of a client's message. A `crisis` message reaches
 * the on-call clinician through its flag's escalation ladder (step 0 tells on-call and the primary
 * at once), so nobody is paged twice for it. The send writes these notices in its own statement.
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
