import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { ESCALATION_LAST_STEP } from '@steadfast/contracts';
import { WriteStatement } from '../../db/write-statement';
import { systemCtx, type Ctx } from '../../http/context';
import { addJobs, JOB_PRIORITY, jobValues, type NewJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { addAuditRows, auditRow } from '../audit';
import { addEventRows, eventValues, type NewEvent } from '../realtime';
import { whoToTell } from './escalation.recipients';
import { tellAboutFlag } from './escalation.notify';
import { ladderOrderKey, stepJobKey, stepTime } from './escalation.schedule';
import { findFlag, stepTaken, type FlagRow } from './risk.queries';
import type { StoredNotified } from './risk.tables';

export const ESCALATION_JOB = 'risk.escalation-step';

/**
 * One step's job, written in the transaction of the flag (step 0) or of the step before: it exists
 * if and only if that committed. Retried for days rather than the default ten attempts: an escalation must not
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
    priority: JOB_PRIORITY.escalation,
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
  // The step's record, its audit row, the next step's job and the step's events in one statement:
  // one round trip where there were four. The events are urgent (someone is being told of a flag):
  // numbered and announced in the step's own commit, so a step that rolls back announces nothing.
  const w = new WriteStatement();
  w.add(
    'flag_event',
    sql`insert into flag_events (practice_id, id, flag_id, kind, step, at, notified)
        values (${practiceId}, ${randomUUID()}, ${flagId}, 'step', ${step}, ${now.toISOString()}::timestamptz, ${JSON.stringify(notified)}::jsonb)`,
  );
  addAuditRows(w, [auditRow(ctx, { action: 'flags.escalate', clientId: flag.clientId, subjectType: 'risk_flag', subjectId: flagId, reason: `step ${step}` })]);
  if (step < ESCALATION_LAST_STEP) addJobs(w, [jobValues(stepJob(flag, step + 1))]);
  const escalated: NewEvent = { practiceId, clientId: flag.clientId, type: 'flag.escalated', subjectId: flagId, at: now };
  addEventRows(
    w,
    [...events, escalated].map((event) => eventValues({ ...event, urgent: true })),
  );
  await w.run(ctx.db);
  ctx.log.info({ flagId, step, notified: notified.length }, 'escalation step taken');
}
