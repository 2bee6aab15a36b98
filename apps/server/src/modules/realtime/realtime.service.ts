import { sql } from 'drizzle-orm';
import type { RealtimeEvent, RealtimeEventType } from '@steadfast/contracts';
import { queryRows, type Db } from '../../db/database';
import { rowsSql, type Rows, type RowType } from '../../db/rows';
import { WriteStatement } from '../../db/write-statement';
import { enqueueJob } from '../../jobs/jobs';
import type { JobHandler } from '../../jobs/runner';

/** The NOTIFY channel every app server listens on; payloads carry ids only. */
export const EVENTS_CHANNEL = 'steadfast_events';

export interface NewEvent {
  practiceId: string;
  type: RealtimeEventType;
  subjectId: string;
  clientId?: string | null;
  /** For one person only (their notifications); otherwise the client's visible audience sees it. */
  userId?: string | null;
  at?: Date;
  /** Numbered and announced in the writer's own commit: see EventValues.urgent. */
  urgent?: boolean;
}

/** An event as it travels between servers and to streams. */
export interface StreamEvent extends RealtimeEvent {
  practiceId: string;
  userId: string | null;
}

/** An event as its writer takes it: every field named. Ids only, never content. */
export interface EventValues {
  practiceId: string;
  type: RealtimeEventType;
  clientId: string | null;
  userId: string | null;
  subjectId: string;
  createdAt: Date;
  /**
   * Someone is waiting for it (a raised flag, an escalation step): numbered and announced in the
   * writer's own commit, not a moment later by a sequencer. The writer then holds the practice's
   * numbering lock from the insert until it commits, and waits for it if a sequencer or another
   * urgent writer holds it: for the rare writes a person on call is waiting on, never for a batch.
   * One writer's urgent events belong to one practice (two locks taken in either order could deadlock).
   */
  urgent: boolean;
}

export const eventValuesType: RowType<EventValues> = {
  practiceId: 'uuid',
  type: 'text',
  clientId: 'uuid',
  userId: 'uuid',
  subjectId: 'text',
  createdAt: 'timestamptz',
  urgent: 'boolean',
};

/** A NewEvent with its defaults filled in. */
export function eventValues(event: NewEvent): EventValues {
  return {
    practiceId: event.practiceId,
    type: event.type,
    clientId: event.clientId ?? null,
    userId: event.userId ?? null,
    subjectId: event.subjectId,
    createdAt: event.at ?? new Date(),
    urgent: event.urgent ?? false,
  };
}

/** Records one event in the caller's transaction; a moment after it commits, it is numbered and announced to every app server. */
export async function publishEvent(db: Db, event: NewEvent): Promise<void> {
  await publishEvents(db, [event]);
}

/**
 * Records events in the caller's transaction, in one statement, unnumbered. After the commit a
 * sequencer (realtime.sequencer) numbers them and sends the NOTIFY, so a rolled-back send
 * announces nothing and leaves no gap, and nothing here waits for other sends. Their numbers do
 * not exist yet when the transaction commits: whoever needs one waits for it, as a stream does.
 */
export async function publishEvents(db: Db, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const w = new WriteStatement();
  addEventRows(w, events.map(eventValues));
  await w.run(db);
}

/**
 * The one writer of real-time events, as part of a WriteStatement: events known in Node, or
 * selected set-based from the statement's other parts. Numbered and announced after the commit
 * like publishEvents', or, when urgent, in it: such a row goes in with seq 0, which the trigger of
 * migration realtime_urgent_numbered_in_commit replaces with the practice's next number under its
 * lock, and NOTIFYs.
 */
export function addEventRows(w: WriteStatement, rows: Rows<EventValues>): void {
  w.add(
    'events',
    sql`insert into realtime_events (practice_id, type, client_id, user_id, subject_id, created_at, seq)
        select practice_id, type, client_id, user_id, subject_id, created_at, case when urgent then 0 end from (${rowsSql(eventValuesType, rows)}) e`,
  );
}

interface EventRow {
  seq: string | number;
  type: string;
  client_id: string | null;
  user_id: string | null;
  subject_id: string;
  created_at: string | Date;
}

function toStreamEvent(practiceId: string, row: EventRow): StreamEvent {
  return {
    practiceId,
    seq: Number(row.seq),
    type: row.type as RealtimeEventType,
    clientId: row.client_id,
    userId: row.user_id,
    subjectId: row.subject_id,
    at: new Date(row.created_at).toISOString(),
  };
}

/** Events of a practice after a sequence number, oldest first (catch-up after a reconnect). */
export async function eventsAfter(db: Db, practiceId: string, afterSeq: number, limit: number): Promise<StreamEvent[]> {
  const rows = await queryRows<EventRow>(
    db,
    sql`select seq, type, client_id, user_id, subject_id, created_at from realtime_events
        where practice_id = ${practiceId} and seq > ${afterSeq} order by seq limit ${limit}`,
  );
  return rows.map((row) => toStreamEvent(practiceId, row));
}

/** The practice's latest event number (0 before the first). */
export async function latestSeq(db: Db, practiceId: string): Promise<number> {
  const rows = await queryRows<{ last_seq: string | number }>(db, sql`select last_seq from realtime_sequences where practice_id = ${practiceId}`);
  return Number(rows[0]?.last_seq ?? 0);
}

export const REALTIME_PRUNE_JOB = 'realtime.prune';
const KEEP_DAYS = 7;

/** Schedules the daily prune for the day after `now` (idempotent: one job per day, whichever server asks). */
export async function schedulePrune(db: Db, now: Date): Promise<void> {
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3, 0));
  await enqueueJob(db, { kind: REALTIME_PRUNE_JOB, payload: {}, runAt: next, dedupeKey: `${REALTIME_PRUNE_JOB}:${next.toISOString().slice(0, 10)}` });
}

/** Drops events older than a week (a stream that far behind gets `resync`) and schedules the next run. */
export const realtimePruneJob: JobHandler = {
  kind: REALTIME_PRUNE_JOB,
  mode: 'transactional',
  async run(_job, db, deps) {
    const now = deps.clock.now();
    const cutoff = new Date(now.getTime() - KEEP_DAYS * 86_400_000);
    await db.execute(sql`delete from realtime_events where created_at < ${cutoff.toISOString()}::timestamptz`);
    await schedulePrune(db, now);
  },
};
