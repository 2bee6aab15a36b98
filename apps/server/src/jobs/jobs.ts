import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/database';
import { reusableQuery } from '../db/database';
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
  /** Jobs sharing this key run one at a time, in enqueue order, across every server (jobs.order_key). */
  orderKey?: string;
  maxAttempts?: number;
  /** JOB_PRIORITY.urgent for what a person on call is waiting for; ordinary otherwise. */
  priority?: number;
}

/**
 * Among due jobs, the higher priority is claimed first. Under a burst of sends the runners fall
 * behind on e-mail; an escalation step and an urgent notice must not wait behind that queue. A
 * ladder step outranks even the urgent deliveries: it decides who is told next and enqueues their
 * deliveries itself, in a few milliseconds of database work, whereas a burst of flags leaves
 * thousands of deliveries due at once (bench/timers, loaded: the next steps waited 33 s behind
 * the first steps' e-mails).
 */
export const JOB_PRIORITY = { ordinary: 0, urgent: 10, escalation: 20 } as const;

export const JOBS_CHANNEL = 'steadfast_jobs';

/** A job as its writer takes it: every field named, so a caller's row is checked by TypeScript. */
export interface JobValues {
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  dedupeKey: string | null;
  orderKey: string | null;
  maxAttempts: number;
  priority: number;
}

export const jobValuesType: RowType<JobValues> = {
  kind: 'text',
  payload: 'jsonb',
  runAt: 'timestamptz',
  dedupeKey: 'text',
  orderKey: 'text',
  maxAttempts: 'int',
  priority: 'int',
};

/** A NewJob with its defaults filled in. */
export function jobValues(job: NewJob): JobValues {
  return {
    kind: job.kind,
    payload: job.payload,
    runAt: job.runAt,
    dedupeKey: job.dedupeKey ?? null,
    orderKey: job.orderKey ?? null,
    maxAttempts: job.maxAttempts ?? 10,
    priority: job.priority ?? JOB_PRIORITY.ordinary,
  };
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
 * used is skipped. The runners are woken (NOTIFY, delivered on commit) for every job due before
 * their next poll: a job due now starts the moment its change commits, and a job due within the
 * second gets a runner timed to its due time rather than to the poll. Compared with the database's
 * clock at the moment of the insert (clock_timestamp), not the transaction's start (now()): a job
 * due "now" by the writer's clock is later than its own transaction's start, and would otherwise
 * wait for the poll (what made escalation step 0 wait half a second).
 */
export function addJobs(w: WriteStatement, rows: Rows<JobValues>): SQL {
  const enqueued = w.add(
    'jobs',
    sql`insert into jobs (kind, payload, run_at, dedupe_key, order_key, max_attempts, priority)
        select kind, payload, run_at, dedupe_key, order_key, max_attempts, priority from (${rowsSql(jobValuesType, rows)}) j
        on conflict (dedupe_key) do nothing returning kind, run_at`,
  );
  // One NOTIFY per kind: PostgreSQL folds identical notifications of a transaction into one anyway.
  w.effect(
    sql`(select count(*)::int from (select pg_notify(${JOBS_CHANNEL}, kind) from (select distinct kind from ${enqueued}
          where run_at <= clock_timestamp() + ${WAKE_AHEAD_MS}::int * interval '1 millisecond') due) woken)`,
  );
  return enqueued;
}

/** How far ahead a new job wakes the runners: their poll interval, so no job waits for a poll. */
export const WAKE_AHEAD_MS = 1_000;

/** A claimed job, and whether the claim leased it (leased kinds) or only found it (transactional kinds). */
export interface Claimed {
  job: JobRow;
  leased: boolean;
}

export interface ClaimRequest {
  now: Date;
  /** How many jobs at most: the runner's free slots. */
  limit: number;
  transactionalKinds: readonly string[];
  leasedKinds: readonly string[];
  leaseMs: number;
  /** Jobs this runner is running now: not claimed again. */
  running: readonly number[];
}

/**
 * Claims due work in ONE round trip: up to `limit` due jobs, oldest due first, skipping rows
 * another runner holds (SKIP LOCKED) and any job whose order key has an earlier unfinished job
 * (so one key's jobs run one at a time, in enqueue order, on every server). Leased kinds are
 * leased in the same statement; transactional kinds are only found here, each then locked in its
 * own transaction (lockClaimedJob), so a crash releases it at once rather than after a lease.
 * Also returns when the next job falls due, so the runner can sleep until then.
 */
export async function claimDueJobs(db: Db, request: ClaimRequest): Promise<{ claimed: Claimed[]; nextDueAt: Date | null }> {
  const [row] = await claimStatement(db, {
    now: request.now.toISOString(),
    leaseUntil: new Date(request.now.getTime() + request.leaseMs).toISOString(),
    limit: request.limit,
    kinds: [...request.transactionalKinds, ...request.leasedKinds],
    leasedKinds: [...request.leasedKinds],
    running: [...request.running],
  });
  const claimed = WriteStatement.rowsOf<Record<string, unknown>>({ rows: row?.claimed }).map((r) => ({ job: toJobRow(r), leased: Boolean(r.leased) }));
  return { claimed, nextDueAt: row?.next_due_at ? new Date(row.next_due_at) : null };
}

const claimStatement = reusableQuery<{ claimed: unknown; next_due_at: string | Date | null }>(
  () => sql`
    with due as (
      select j.id from jobs j
      where j.done_at is null and j.run_at <= ${sql.placeholder('now')}::timestamptz
        and (j.locked_until is null or j.locked_until <= ${sql.placeholder('now')}::timestamptz)
        and j.attempts < j.max_attempts
        and j.kind = any(${sql.placeholder('kinds')}::text[])
        and not (j.id = any(${sql.placeholder('running')}::bigint[]))
        and (j.order_key is null or not exists (
          select 1 from jobs p
          where p.order_key = j.order_key and p.id < j.id and p.done_at is null and p.attempts < p.max_attempts))
      order by j.priority desc, j.run_at, j.id
      limit ${sql.placeholder('limit')}
      for update of j skip locked
    ), leased as (
      update jobs set locked_until = ${sql.placeholder('leaseUntil')}::timestamptz, attempts = attempts + 1
      where id in (select id from due) and kind = any(${sql.placeholder('leasedKinds')}::text[])
      returning *
    ), claimed as (
      select l.*, true as leased from leased l
      union all
      select j.*, false as leased from jobs j
      where j.id in (select id from due) and not (j.kind = any(${sql.placeholder('leasedKinds')}::text[]))
    )
    select (select coalesce(json_agg(c order by c.priority desc, c.run_at, c.id), '[]'::json) from claimed c) as claimed,
      (select min(run_at) from jobs
        where done_at is null and run_at > ${sql.placeholder('now')}::timestamptz and attempts < max_attempts
          and kind = any(${sql.placeholder('kinds')}::text[])) as next_due_at`,
);

/**
 * Locks a found transactional job in the caller's transaction and marks it done there, in one
 * statement: the job's effect then commits together with its completion, or neither does. When
 * another server took that job between the claim and this lock (both found it), the next due
 * transactional job nobody holds is locked instead, so a collision costs no extra round trip and
 * no idle slot. Undefined when nothing is left to run.
 */
export async function lockClaimedJob(tx: Db, id: number, request: Pick<ClaimRequest, 'now' | 'transactionalKinds' | 'running'>): Promise<JobRow | undefined> {
  const [row] = await lockStatement(tx, { id, now: request.now.toISOString(), kinds: [...request.transactionalKinds], running: [...request.running] });
  return row ? toJobRow(row) : undefined;
}

const lockStatement = reusableQuery<Record<string, unknown>, { id: number; now: string; kinds: string[]; running: number[] }>(
  () => sql`
    update jobs set done_at = ${sql.placeholder('now')}::timestamptz, locked_until = null
    where id = (
      select j.id from jobs j
      where j.done_at is null and j.run_at <= ${sql.placeholder('now')}::timestamptz
        and (j.locked_until is null or j.locked_until <= ${sql.placeholder('now')}::timestamptz) and j.attempts < j.max_attempts
        and (j.id = ${sql.placeholder('id')} or (j.kind = any(${sql.placeholder('kinds')}::text[]) and not (j.id = any(${sql.placeholder('running')}::bigint[]))))
        and (j.order_key is null or not exists (
          select 1 from jobs p
          where p.order_key = j.order_key and p.id < j.id and p.done_at is null and p.attempts < p.max_attempts))
      order by j.id = ${sql.placeholder('id')} desc, j.priority desc, j.run_at, j.id
      limit 1
      for update of j skip locked)
    returning *`,
);

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
    orderKey: (row.order_key as string | null) ?? null,
    runAt: new Date(row.run_at as string),
    attempts: Number(row.attempts),
    maxAttempts: Number(row.max_attempts),
    priority: Number(row.priority ?? 0),
    lockedUntil: date(row.locked_until),
    lastError: (row.last_error as string | null) ?? null,
    doneAt: date(row.done_at),
    createdAt: new Date(row.created_at as string),
  };
}
