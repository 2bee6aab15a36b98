import type { Ctx } from '../../http/context';
import { recordNotice } from '../notifications';
import type { NewEvent } from '../realtime';
import type { FlagRow } from './risk.queries';

/**
 * Tells one person about a ladder step through the notifications module (in-app, e-mail, web
 * push, and SMS for urgent notices), in the step's transaction. Returns the channels used and the
 * notice's real-time event, which the step publishes with its own in one statement.
 * Step 0 is urgent for an imminent flag and for a client's own "I'm not safe" (a `crisis`
 * message, raised at high when its words screen lower); every later step is urgent, because a
 * window has passed without anyone acknowledging. Nothing that leaves the app names the client or
 * what they wrote.
 */
export async function tellAboutFlag(ctx: Ctx, input: { flag: FlagRow; step: number; userId: string }): Promise<{ channels: string[]; event?: NewEvent }> {
  const { flag, step, userId } = input;
  const recorded = await recordNotice(ctx, {
    userId,
    kind: step === 0 ? 'flag_raised' : 'flag_escalated',
    clientId: flag.clientId,
    subjectId: flag.id,
    urgent: step > 0 || flag.level === 'imminent' || isCrisisIntent(flag),
  });
  return recorded ? { channels: recorded.notified.channels, event: recorded.event } : { channels: [] };
}

/** The client chose "I'm not safe": risk.service puts this reason first on the flag it raises. */
function isCrisisIntent(flag: Pick<FlagRow, 'reasons'>): boolean {
  return flag.reasons.some((reason) => reason.construct === 'crisis_intent');
}
