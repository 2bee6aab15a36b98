import { and, isNull, or, sql } from 'drizzle-orm';
import { erasureCount, removeRows, type EraseClientRecords } from '../access/erasure-source';
import { jobs } from './jobs.tables';

/**
 * Jobs still to run for the client (check-in and measure reminders, notices due): removed, so
 * nothing reaches an erased client. Jobs that name a record by its own id find it kept or gone.
 */
export const forgetPendingJobsOf: EraseClientRecords = async (tx, { clientId, clientUserId }) => [
  erasureCount('pendingJobs', {
    removed: await removeRows(
      tx,
      jobs,
      and(isNull(jobs.doneAt), or(sql`${jobs.payload}->>'clientId' = ${clientId}`, sql`${jobs.payload}->>'userId' = ${clientUserId}`))!,
    ),
  }),
];
