import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger as Logger } from 'fastify';
import { reusableQuery, type Database, type Db } from '../../db/database';
import { EVENTS_CHANNEL } from './realtime.service';

/** Woken once per committed statement that inserted events (a statement trigger, migration realtime_event_sequencer). */
export const PENDING_CHANNEL = 'steadfast_events_pending';

export interface SequencerOptions {
  /** How often to look for unnumbered events without being woken: events a dead server's wake never announced. */
  sweepMs: number;
}

const DEFAULTS: SequencerOptions = { sweepMs: 1000 };
// Rows numbered per statement; a larger backlog takes several statements in the same transaction.
const BATCH = 1000;

/**
 * Numbers real-time events a moment after their commit and announces them to every app server.
 *
 * A send only inserts its events (seq null). Each app server runs one sequencer: woken by the
 * insert's NOTIFY, it takes a practice's realtime_sequences row lock and, in a new statement whose
 * snapshot therefore sees every row committed before the lock was granted, numbers that practice's
 * unnumbered rows in id order, bumps last_seq and NOTIFYs each event, all in one short transaction.
 * Numbering transactions of a practice hold its lock until they commit, so they commit in number
 * order: per practice, numbers are gapless and become visible in increasing order, and a stream
 * resuming after Last-Event-ID misses nothing. A rolled-back send's rows are never seen, so it is
 * neither numbered nor announced. Relies on READ COMMITTED (PostgreSQL's default): a fresh snapshot
 * per statement.
 *
 * Several servers may be woken for the same events: one numbers a practice while the others skip
 * it (SKIP LOCKED). That is safe because the busy one was woken too and runs again after its
 * current run; the sweep every second (and after a lost LISTEN connection) covers the rest,
 * including events written by a server that died before anyone numbered them.
 */
export class EventSequencer {
  private readonly options: SequencerOptions;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly database: Database,
    private readonly log: Logger,
    options: Partial<SequencerOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Listens for wakes, then numbers whatever is already waiting (written while no sequencer ran). */
  async start(): Promise<void> {
    this.unlisten = await this.database.listen(
      PENDING_CHANNEL,
      () => void this.wake(),
      () => void this.wake(),
    );
    this.timer = setInterval(() => void this.wake(), this.options.sweepMs);
    this.timer.unref();
    await this.wake();
  }

  /**
   * Runs the numbering now, or once more after the run in flight when there is one: wakes
   * arriving during a run collapse into one follow-up. Resolves when the work asked for is done.
   */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops waking and waits for the run in flight; another server (or this one's next start) numbers the rest. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.unlisten?.();
    await this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.numberWaitingEvents();
      } catch (error) {
        // The next wake or sweep tries again; nothing is lost, only late.
        if (!this.stopped) this.log.error({ err: error }, 'numbering real-time events failed');
      }
    } while (this.again && !this.stopped);
  }

  private async numberWaitingEvents(): Promise<void> {
    const { db } = this.database;
    const practices = await practicesWithUnnumberedEvents(db, {});
    for (const { practice_id: practiceId } of practices) {
      if (this.stopped) return;
      await numberPractice(db, practiceId);
    }
  }
}

/** Numbers and announces one practice's waiting events, unless another server is doing so right now. */
async function numberPractice(db: Db, practiceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    let last = await lockSequence(tx, practiceId);
    if (last === undefined) return;
    for (;;) {
      const [row] = await numberBatch(tx, { practiceId, last, batch: BATCH });
      const numbered = Number(row?.numbered ?? 0);
      last += numbered;
      if (numbered < BATCH) return;
    }
  });
}

/** The practice's last number, under its row lock; undefined when another transaction holds the lock. */
async function lockSequence(tx: Db, practiceId: string): Promise<number | undefined> {
  let [row] = await selectSequenceForUpdate(tx, { practiceId });
  if (!row) {
    // Missing (the practice's first event) or locked: make sure it exists, then try once more.
    await insertSequenceIfMissing(tx, { practiceId });
    [row] = await selectSequenceForUpdate(tx, { practiceId });
  }
  return row ? Number(row.last_seq) : undefined;
}

const practicesWithUnnumberedEvents = reusableQuery<{ practice_id: string }>(() => sql`select distinct practice_id from realtime_events where seq is null`);

const selectSequenceForUpdate = reusableQuery<{ last_seq: string | number }, { practiceId: string }>(
  () => sql`select last_seq from realtime_sequences where practice_id = ${sql.placeholder('practiceId')}::uuid for update skip locked`,
);

const insertSequenceIfMissing = reusableQuery<never, { practiceId: string }>(
  () => sql`insert into realtime_sequences (practice_id, last_seq) values (${sql.placeholder('practiceId')}::uuid, 0) on conflict (practice_id) do nothing`,
);

/**
 * Numbers up to `batch` waiting events after `last` in id order, moves last_seq on, and NOTIFYs
 * each in number order (the sorted subquery) so that a stream never sees a number before a smaller
 * one. The payload is what the hub parses: ids only, never content.
 */
const numberBatch = reusableQuery<{ numbered: number }, { practiceId: string; last: number; batch: number }>(() => {
  const practiceId = sql`${sql.placeholder('practiceId')}::uuid`;
  const last = sql`${sql.placeholder('last')}::bigint`;
  return sql`with next as (
      select id, row_number() over (order by id) as n from realtime_events
      where practice_id = ${practiceId} and seq is null
      order by id limit ${sql.placeholder('batch')}::int
    ), numbered as (
      update realtime_events e set seq = ${last} + next.n from next
      where e.practice_id = ${practiceId} and e.id = next.id
      returning e.practice_id, e.seq, e.type, e.client_id, e.user_id, e.subject_id, e.created_at
    ), bumped as (
      update realtime_sequences set last_seq = ${last} + (select count(*) from numbered)
      where practice_id = ${practiceId} and exists (select 1 from numbered)
    )
    select count(pg_notify(${EVENTS_CHANNEL}, json_build_object(
      'practiceId', n.practice_id,
      'seq', n.seq,
      'type', n.type,
      'clientId', n.client_id,
      'userId', n.user_id,
      'subjectId', n.subject_id,
      'at', to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    )::text))::int as numbered
    from (select * from numbered order by seq) n`;
});
