import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database';
import { queryRows } from '../db/database';
import { rowsSql, type Rows, type RowType } from '../db/rows';
import { WriteStatement } from '../db/write-statement';
import { jobs } from './jobs.tables';

export type JobRow = typeof jobs.$inferSelect;

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  /** At most one job per key, ever: a retried enqueue is a no-op. */
  dedupeKey?: string;
  maxAttempts?: number;
}

export const JOBS_CHANNEL = 'steadfast_jobs';

/** A job as its writer takes it: every field named, so a caller's row is checked by TypeScript. */
export interface JobValues {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  dedupeKey: string | null;
  maxAttempts: number;
}

export const jobValuesType: RowType<JobValues> = { kind: 'text', payload: 'jsonb', runAt: 'timestamptz', dedupeKey: 'text', maxAttempts: 'int' };

/** A NewJob with its defaults filled in. */
export function jobValues(job: NewJob): JobValues {
  return { kind: job.kind, payload: job.payload, runAt: job.runAt, dedupeKey: job.dedupeKey ?? null, maxAttempts: job.maxAttempts ?? 10 };
}

/**
 * Enqueues a job in the caller's transaction: it exists if and only if the change that needs it
 * committed. Wakes the runners when it is due now (the NOTIFY is delivered on commit).
 */
export async function enqueueJob(db: Db, job: NewJob): Promise<void> {
  const w = new WriteStatement();
  addJobs(w, [jobValues(job)]);
  await w.run(db);
}

/**
 * The one writer of jobs, as part of a WriteStatement (one round trip with the change that needs
 * them): for jobs known in Node or selected from the statement's other parts. A dedupe key already
 * used is skipped. The runners are woken for the jobs due now; a job due later needs no wake-up,
 * since the runners' once-a-second poll finds it when it is due.
 */
export function addJobs(w: WriteStatement, rows: Rows<JobValues>): SQL {
  const enqueued = w.add(
    'jobs',
    sql`insert into jobs (kind, payload, run_at, dedupe_key, max_attempts)
        select kind, payload, run_at, dedupe_key, max_attempts from (${rowsSql(jobValuesType, rows)}) j
        on conflict (dedupe_key) do nothing returning kind, run_at`,
  );
  // One NOTIFY per kind: PostgreSQL folds identical notifications of a transaction into one anyway.
  w.effect(
    sql`(select count(*)::int from (select pg_notify(${JOBS_CHANNEL}, kind) from (select distinct kind from ${enqueued} where run_at <= now()) due) woken)`,
  );
  return enqueued;
}

/** Claims the next due job with a lease; SKIP LOCKED keeps two servers from claiming the same row. */
export async function claimDueJob(db: Db, now: Date, leaseMs: number, kinds: readonly string[]): Promise<JobRow | undefined> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await queryRows<Record<string, unknown>>(
    db,
    sql`
    update jobs set locked_until = ${leaseUntil.toISOString()}::timestamptz, attempts = attempts + 1
    where id = (
      select id from jobs
      where done_at is null and run_at <= ${now.toISOString()}::timestamptz
        and (locked_until is null or locked_until <= ${now.toISOString()}::timestamptz)
        and attempts < max_attempts
        and kind in (${sql.join(
          kinds.map((k) => sql`${k}`),
          sql`, `,
        )})
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning *`,
  );
  const row = rows[0];
  return row ? toJobRow(row) : undefined;
}

/** Claims a specific due job inside a transaction, holding its row lock until the transaction ends. */
export async function lockDueJob(tx: Db, now: Date, kinds: readonly string[]): Promise<JobRow | undefined> {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`
    select * from jobs
    where done_at is null and run_at <= ${now.toISOString()}::timestamptz
      and (locked_until is null or locked_until <= ${now.toISOString()}::timestamptz)
      and attempts < max_attempts
      and kind in (${sql.join(
        kinds.map((k) => sql`${k}`),
        sql`, `,
      )})
    order by run_at, id
    limit 1
    for update skip locked`,
  );
  const row = rows[0];
  return row ? toJobRow(row) : undefined;
}

export async function markJobDone(db: Db, id: number, now: Date): Promise<void> {
  await db.execute(sql`update jobs set done_at = ${now.toISOString()}::timestamptz, locked_until = null where id = ${id}`);
}

/** Records a failure and schedules a retry with exponential backoff (capped at 10 minutes). */
export async function markJobFailed(db: Db, job: JobRow, now: Date, error: unknown, countAttempt: boolean): Promise<void> {
  const delayMs = Math.min(600_000, 1000 * 2 ** Math.min(job.attempts, 10));
  const message = error instanceof Error ? error.message : String(error);
  await db.execute(sql`
    update jobs set locked_until = null, last_error = ${message.slice(0, 500)},
      attempts = attempts + ${countAttempt ? 1 : 0},
      run_at = ${new Date(now.getTime() + delayMs).toISOString()}::timestamptz
    where id = ${job.id}`);
}

function toJobRow(row: Record<string, unknown>): JobRow {
  const date = (v: unknown) => (v == null ? null : new Date(v as string));
  return {
    id: Number(row.id),
    kind: String(row.kind),
    payload: (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Record<string, unknown>,
    dedupeKey: (row.dedupe_key as string | null) ?? null,
    runAt: new Date(row.run_at as string),
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    lockedUntil: date(row.locked_until),
    lastError: (row.last_error as string | null) ?? null,
    doneAt: date(row.done_at),
    createdAt: new Date(row.created_at as string),
  };
}
