import { systemCtx } from '../../http/context';
import type { NewJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { audit } from '../audit';
import { notifyPerson } from '../notifications';
import { findOnCallNow } from '../on-call';
import { whoCoversFor } from '../reply-windows';
import { contactRulesAt } from '../agreements';
import { reminderAt, type ReplyExpectation } from '../reply-windows';
import { careTeamOf } from '../../access/relationships';
import { findMessage, seenByCareTeam } from './messaging.queries';

export const REPLY_WINDOW_JOB = 'messages.reply-window';

type Stage = 'nearing' | 'passed';

/**
 * Two durable timers per `soon` message, written in the send's statement: at 75% of the window's
 * working time the primary clinician is reminded; when it closes unseen, their cover (or the
 * on-call clinician) is told. A restart or a second server neither loses nor doubles them.
 */
export function replyWindowTimers(message: { practiceId: string; id: string; createdAt: Date }, expectation: ReplyExpectation): NewJob[] {
  if (!expectation.by) return [];
  const timers: [Stage, Date][] = [
    ['nearing', reminderAt(expectation.calendar, message.createdAt, expectation.by)],
    ['passed', expectation.by],
  ];
  return timers.map(([stage, runAt]) => ({
    kind: REPLY_WINDOW_JOB,
    payload: { practiceId: message.practiceId, messageId: message.id, stage },
    runAt,
    dedupeKey: `${REPLY_WINDOW_JOB}:${stage}:${message.id}`,
    maxAttempts: 10,
  }));
}

/** Runs in the claim's transaction, so a reminder is sent exactly once. */
export const replyWindowJob: JobHandler = {
  kind: REPLY_WINDOW_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const { practiceId, messageId, stage } = job.payload as { practiceId: string; messageId: string; stage: Stage };
    const now = deps.clock.now();
    const message = await findMessage(db, practiceId, messageId);
    if (!message || message.answeredAt || message.noReplyNeededAt) return;
    if (await seenByCareTeam(db, practiceId, message.clientId, message.id, now)) return;
    const ctx = systemCtx(deps, practiceId, db);
    const team = await careTeamOf(db, practiceId, message.clientId, now);
    const primary = team.find((m) => m.isPrimary)?.clinicianId;
    const base = { clientId: message.clientId, subjectId: message.id };
    if (stage === 'nearing') {
      if (primary) await notifyPerson(ctx, { ...base, userId: primary, kind: 'reply_window_nearing' });
      return;
    }
    const rules = primary ? await contactRulesAt(db, practiceId, message.clientId, now) : undefined;
    const cover = primary ? await whoCoversFor(db, practiceId, primary, now, rules?.cover) : undefined;
    const onCall = cover || primary ? undefined : await findOnCallNow(db, practiceId, now);
    const told = cover?.clinicianId ?? primary ?? onCall?.clinicianId;
    if (!told) return;
    await notifyPerson(ctx, { ...base, userId: told, kind: 'reply_window_passed', urgent: true });
    await audit(ctx, {
      action: 'messages.replyWindow.passed',
      clientId: message.clientId,
      subjectType: 'message',
      subjectId: message.id,
      reason: cover?.via ?? 'primary',
    });
  },
};
