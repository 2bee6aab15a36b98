import { ESCALATION_LAST_STEP } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { systemCtx, type Ctx } from '../../http/context';
import { enqueueJob, type NewJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { audit } from '../audit';
import { publishEvents, type NewEvent } from '../realtime';
import { whoToTell } from './escalation.recipients';
import { tellAboutFlag } from './escalation.notify';
import { ladderOrderKey, stepJobKey, stepTime } from './escalation.schedule';
import { findFlag, stepTaken, type FlagRow } from './risk.queries';
import { flagEvents, type StoredNotified } from './risk.tables';

export const ESCALATION_JOB = 'risk.escalation-step';

/**
 * Schedules one step as a durable job in the caller's transaction: it exists if and only if the
 * flag (or the step before) committed.
 */
export async function scheduleStep(db: Db, flag: Pick<FlagRow, 'practiceId' | 'id' | 'createdAt' | 'dueBy'>, step: number): Promise<void> {
  await enqueueJob(db, stepJob(flag, step));
}

/**
 * One step's job. Retried for days rather than the default ten attempts: an escalation must not
 * be given up on. One flag's steps share an order key: they never run two at once and run in
 * order, on whichever servers.
 */
export function stepJob(flag: Pick<FlagRow, 'practiceId' | 'id' | 'createdAt' | 'dueBy'>, step: number): NewJob {
  return {
    kind: ESCALATION_JOB,
    payload: { practiceId: flag.practiceId, flagId: flag.id, step },
    runAt: stepTime(flag, step),
    dedupeKey: stepJobKey(flag.id, step),
    orderKey: ladderOrderKey(flag.id),
    maxAttempts: 1000,
  };
}

/**
 * Runs one ladder step in the job's claim transaction ('transactional' mode): the claim, the
 * notifications (in-app rows and outbox entries), the history row and the next step's job commit
 * together or not at all. So a crash, a restart or a second server never loses or doubles a step.
 */
export const escalationStepJob: JobHandler = {
  kind: ESCALATION_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const { practiceId, flagId, step } = job.payload as { practiceId: string; flagId: string; step: number };
    await takeStep(systemCtx(deps, practiceId, db), flagId, step);
  },
};

/** One step: tell the people it names, record who and how, schedule the next. An acknowledged flag ends its ladder. */
export async function takeStep(ctx: Ctx, flagId: string, step: number): Promise<void> {
  const { practiceId } = ctx.actor;
  // FOR UPDATE orders this step against an acknowledgement: if the acknowledgement updated the row
  // first, this read waits for its commit and sees it (the step does nothing); if this step locked
  // first, the acknowledgement's update waits until the step has committed.
  const flag = await findFlag(ctx.db, practiceId, flagId, { lock: true });
  if (!flag || flag.acknowledgedAt) return;
  if (await stepTaken(ctx.db, practiceId, flagId, step)) return;
  const now = ctx.clock.now();
  const notified: StoredNotified[] = [];
  const events: NewEvent[] = [];
  for (const target of await whoToTell(ctx.db, flag, step, now)) {
    const told = await tellAboutFlag(ctx, { flag, step, userId: target.userId });
    notified.push({ ...target, channels: told.channels });
    if (told.event) events.push(told.event);
  }
  await ctx.db.insert(flagEvents).values({ practiceId, flagId, kind: 'step', step, at: now, notified });
  await audit(ctx, { action: 'flags.escalate', clientId: flag.clientId, subjectType: 'risk_flag', subjectId: flagId, reason: `step ${step}` });
  if (step < ESCALATION_LAST_STEP) await scheduleStep(ctx.db, flag, step + 1);
  ctx.log.info({ flagId, step, notified: notified.length }, 'escalation step taken');
  // One statement for all the step's events. Publishing takes no lock here: the sequencer numbers
  // and announces them after commit (realtime.sequencer.ts), so a step that rolls back announces nothing.
  await publishEvents(ctx.db, [...events, { practiceId, clientId: flag.clientId, type: 'flag.escalated', subjectId: flagId, at: now }]);
}
