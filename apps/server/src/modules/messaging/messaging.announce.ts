import { membershipRelationships } from '../../access/relationships';
import { allows, clientRules } from '../../access/rules';
import type { Ctx } from '../../http/context';
import { recordNotice } from '../notifications/notifications.service';
import type { NewEvent } from '../realtime/realtime.service';
import type { ReplyContext } from '../reply-windows/reply-windows.queries';
import type { ReplyExpectation } from '../reply-windows/reply-windows.service';
import type { MessageRow } from './messaging.queries';
import { scheduleReplyWindow } from './messaging.reminders';

/**
 * Tells the other side about a new message, in the send's transaction: the client hears of a
 * care-team reply; the care-team members who may read messages hear of a client's message. A
 * `crisis` message reaches the on-call clinician through its flag's escalation ladder (step 0
 * tells on-call and the primary at once), so nobody is paged twice for it (SPEC §2.2, §2.9).
 * Returns the notices' real-time events for the caller to publish with its own, in one statement.
 */
export async function announceMessage(ctx: Ctx, message: MessageRow, context: ReplyContext, expectation: ReplyExpectation | undefined): Promise<NewEvent[]> {
  const base = { clientId: message.clientId, subjectId: message.id };
  if (message.authorKind === 'clinician') {
    const notice = await recordNotice(ctx, { ...base, userId: context.clientUserId, kind: 'message' });
    return notice ? [notice.event] : [];
  }
  if (message.intent === 'soon' && expectation) await scheduleReplyWindow(ctx.db, message, expectation);
  const readers = context.careTeam.filter((m) => allows(clientRules['messages.read'], new Set(membershipRelationships(m)), new Set(m.scopes)));
  const events: NewEvent[] = [];
  for (const reader of readers) {
    const recorded = await recordNotice(ctx, { ...base, userId: reader.clinicianId, kind: 'message' });
    if (recorded) events.push(recorded.event);
  }
  return events;
}
