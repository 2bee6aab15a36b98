import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, smallint, text } from 'drizzle-orm/pg-core';
import { at, createdAt } from '../db/columns';

/**
 * Durable jobs and timers. A row is written in the same transaction as the change that needs it,
 * so a crash can delay a job but never lose it; claims use FOR UPDATE SKIP LOCKED so two app
 * servers never run the same job at once.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** A job with the same key is not enqueued twice (e.g. one escalation step per flag). */
    dedupeKey: text('dedupe_key').unique(),
    /**
     * Jobs sharing a key run one at a time, in the order they were enqueued (by id), on every
     * server: e.g. the steps of one flag's ladder. Null for jobs that may run beside anything.
     */
    orderKey: text('order_key'),
    runAt: at('run_at').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(10),
    /**
     * Higher runs first among jobs already due (JOB_PRIORITY): an escalation step or an urgent
     * notice's push is not queued behind a burst of ordinary e-mail.
     */
    priority: smallint('priority').notNull().default(0),
    lockedUntil: at('locked_until'),
    lastError: text('last_error'),
    doneAt: at('done_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`${t.doneAt} is null`),
    // The claim's order: the most urgent due job first, then the longest overdue.
    index('jobs_claim_order_idx')
      .on(t.priority.desc(), t.runAt, t.id)
      .where(sql`${t.doneAt} is null`),
    // The claim looks for an earlier unfinished job of the same key.
    index('jobs_order_key_idx')
      .on(t.orderKey, t.id)
      .where(sql`${t.doneAt} is null and ${t.orderKey} is not null`),
    check('jobs_attempts_bounded', sql`${t.attempts} >= 0`),
  ],
);
