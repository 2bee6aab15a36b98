import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger as Logger } from 'fastify';
import { reusableQuery, type Database } from '../../db/database';

/** Woken once per committed statement that inserted events (a statement trigger, migration realtime_event_sequencer). */
export const PENDING_CHANNEL = 'steadfast_events_pending';

export interface SequencerOptions {
  /** How often to look for unnumbered events without being woken: events a dead server's wake never announced. */
  sweepMs: number;
}

const DEFAULTS: SequencerOptions = { sweepMs: 1000 };
// Rows numbered per statement; a larger backlog takes several statements in the same call.
const BATCH = 1000;

/**
 * Numbers real-time events a moment after their commit and announces them to every app server.
 *
 * A send only inserts its events (seq null). Each app server runs one sequencer: woken by the
 * insert's NOTIFY, it takes a practice's realtime_sequences row lock and, in a new statement whose
 * snapshot therefore sees every row committed before the lock was granted, numbers that practice's
 * unnumbered rows in id order, bumps last_seq and NOTIFYs each event, all in one statement (a
 * database function: one round trip and one commit between an event's commit and its announcement).
 * Numbering transactions of a practice hold its lock until they commit, so they commit in number
 * order: per practice, numbers are gapless and become visible in increasing order, and a stream
 * resuming after Last-Event-ID misses nothing. A rolled-back send's rows are never seen, so it is
 * neither numbered nor announced. Relies on READ COMMITTED (PostgreSQL's default): a fresh snapshot
 * per statement, inside a volatile function too.
 *
 * Several servers may be woken for the same events: one numbers a practice while the others skip
 * it (SKIP LOCKED). That is safe because the busy one was woken too and runs again after its
 * current run; the sweep every second (and after a lost LISTEN connection) covers the rest,
 * including events written by a server that died before anyone numbered them. A writer of urgent
 * events (a raised flag, an escalation step: EventValues.urgent) numbers its own under the same
 * lock and holds it until it commits; a sequencer skips the practice meanwhile and is woken
 * again by that commit (its insert fires the pending NOTIFY too).
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
    await numberWaiting(this.database.db, { batch: BATCH });
  }
}

/**
 * Numbers and announces every practice's waiting events in one call, a practice at a time under
 * its lock, skipping a practice another server is numbering right now (migration
 * realtime_numbering_in_one_call holds the function).
 */
const numberWaiting = reusableQuery<{ numbered: number }, { batch: number }>(
  () => sql`select realtime_number_waiting(${sql.placeholder('batch')}::int) as numbered`,
);
