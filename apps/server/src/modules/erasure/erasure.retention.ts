import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { systemCtx } from '../../http/context';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';
import { audit } from '../audit';
import { eraseEverything } from './erasure.run';
import { countsInNumbers, subjectOf } from './erasure.subject';
import { erasureRequests } from './erasure.tables';

export const RETENTION_ENDED_JOB = 'erasure.retentionEnded';

/**
 * Schedules the removal of what an erasure kept, on the day its retention ends (CLINICAL.md §5.2):
 * one job per client, ever (the dedupe key), so a repeated confirm schedules nothing more. The
 * payload names the request, not the client: an erasure forgets the client's pending jobs
 * (`forgetPendingJobsOf` matches `clientId`), and a repeated one must not forget this.
 */
export async function scheduleRetentionEnd(tx: Db, r: { practiceId: string; requestId: string; clientId: string; keptUntil: Date }): Promise<void> {
  await enqueueJob(tx, {
    kind: RETENTION_ENDED_JOB,
    payload: { practiceId: r.practiceId, requestId: r.requestId },
    runAt: r.keptUntil,
    dedupeKey: `${RETENTION_ENDED_JOB}:${r.clientId}`,
  });
}

/**
 * The kept record's day has come: the erasure runs again under the past-retention rule (the
 * clinical record goes; the pseudonymised account and who cared for the client stay), in the job's
 * own transaction with its completion, so it happens once. Audited with ids and counts only.
 * Nothing can have been added since (writes about an erased client are refused), so the day fixed
 * at the erasure still holds.
 */
export const retentionEndedJob: JobHandler = {
  kind: RETENTION_ENDED_JOB,
  mode: 'transactional',
  async run(job, db, deps) {
    const { practiceId, requestId } = job.payload as { practiceId: string; requestId: string };
    const ctx = systemCtx(deps, practiceId, db);
    const now = ctx.clock.now();
    const [request] = await db
      .select()
      .from(erasureRequests)
      .where(and(eq(erasureRequests.practiceId, practiceId), eq(erasureRequests.id, requestId)))
      .for('update');
    if (!request || request.status !== 'erased' || request.retentionEndedAt) return;
    // Never before its day: the clinical record must be kept until then.
    if (!request.keptUntil || request.keptUntil > now) return;
    const subject = await subjectOf(db, ctx, request.clientId);
    const counts = await eraseEverything(db, { ...subject.input, keepClinical: false });
    await db
      .update(erasureRequests)
      .set({ retentionEndedAt: now })
      .where(and(eq(erasureRequests.practiceId, practiceId), eq(erasureRequests.id, requestId)));
    await audit(ctx, {
      action: 'client.erase.retention_ended',
      clientId: request.clientId,
      subjectType: 'erasure_request',
      subjectId: request.id,
      reason: countsInNumbers(counts),
    });
  },
};
