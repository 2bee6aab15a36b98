import type { Db } from '../db/database';
import type { Deps } from '../http/context';
import { claimDueJobs, JOB_PRIORITY, JOBS_CHANNEL, lockClaimedJob, markJobDone, markJobFailed, WAKE_AHEAD_MS, type Claimed, type JobRow } from './jobs';

/**
 * How a job runs:
 * - 'transactional': claim, effect and completion commit together, so a database-only effect
 *   (an escalation step) happens exactly once even if a server dies mid-way;
 * - 'leased': for effects outside the database (SMTP): claimed with a lease, completed after;
 *   a crash between the two retries the job once the lease expires (at-least-once).
 */
export interface JobHandler {
  kind: string;
  mode: 'transactional' | 'leased';
  run(job: JobRow, db: Db, deps: Deps): Promise<void>;
}

export interface RunnerOptions {
  /** Jobs run at once by this runner (each holds one database connection while it runs). */
  concurrency?: number;
  /** How often to look for due work without being woken (a NOTIFY lost with a connection). */
  pollMs?: number;
  /** How long a leased job is this runner's before another may retry it. */
  leaseMs?: number;
}

const DEFAULTS = { concurrency: 4, pollMs: WAKE_AHEAD_MS, leaseMs: 60_000 };

/**
 * Runs durable jobs, several at once: a bounded pool of `concurrency` slots. Due work is claimed
 * in one round trip for all free slots (claimDueJobs), when a NOTIFY says a job was enqueued (on
 * its commit), when a slot frees, at the next job's due time, and at least every `pollMs`. Jobs
 * sharing an order key (the steps of one flag) never run two at once and run in enqueue order,
 * on this server and across servers: the claim takes only the earliest unfinished job of a key.
 * Time comes from deps.clock, so a test clock drives timers through `runDue`.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly options: typeof DEFAULTS;
  /** The jobs running now, by id. */
  private readonly running = new Map<number, Promise<boolean>>();
  private claiming: Promise<void> | undefined;
  private claimAgain = false;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly deps: Deps,
    options: RunnerOptions = {},
  ) {
    this.options = { ...DEFAULTS, concurrency: deps.config.jobsConcurrency ?? DEFAULTS.concurrency, ...definedOnly(options) };
    if (!Number.isInteger(this.options.concurrency) || this.options.concurrency < 1) throw new Error('a job runner needs at least one slot');
  }

  get concurrency(): number {
    return this.options.concurrency;
  }

  register(handler: JobHandler): this {
    this.handlers.set(handler.kind, handler);
    return this;
  }

  /**
   * Runs every job due now, `concurrency` at a time, until none is due and none is running (jobs a
   * job enqueues due now included); returns how many ran. Tests call this with a test clock.
   */
  async runDue(max = 1000): Promise<number> {
    let started = 0;
    let ran = 0;
    const outcomes: Promise<boolean>[] = [];
    for (;;) {
      const free = Math.min(this.options.concurrency - this.running.size, max - started);
      const claimed = free > 0 ? (await this.claim(free)).claimed : [];
      if (free > 0) this.reportUrgentStarts(claimed, free);
      for (const c of claimed) outcomes.push(this.begin(c));
      started += claimed.length;
      if (this.running.size === 0 && (claimed.length === 0 || started >= max)) break;
      if (this.running.size > 0) await Promise.race(this.running.values());
    }
    for (const outcome of await Promise.all(outcomes)) if (outcome) ran += 1;
    return ran;
  }

  /** Claims due work for every free slot and starts it; wakes on NOTIFY, on a freed slot, at the next due time and every pollMs. */
  async start(): Promise<void> {
    this.stopped = false;
    // After a lost listening connection, jobs enqueued meanwhile are looked for at once.
    this.unlisten = await this.deps.database.listen(
      JOBS_CHANNEL,
      () => this.wake(),
      () => this.wake(),
    );
    this.wake();
  }

  /** Stops claiming and waits for the jobs running now to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.unlisten?.();
    await this.claiming;
    await Promise.all(this.running.values());
  }

  /** Claims once more now; a wake during a claim in flight becomes one more claim after it. */
  private wake(): void {
    if (this.stopped) return;
    if (this.claiming) {
      this.claimAgain = true;
      return;
    }
    this.claiming = this.fillSlots().finally(() => (this.claiming = undefined));
  }

  private async fillSlots(): Promise<void> {
    do {
      this.claimAgain = false;
      const free = this.options.concurrency - this.running.size;
      // Full: the next job to finish wakes the runner again.
      if (free <= 0) return;
      try {
        const { claimed, nextDueAt } = await this.claim(free);
        this.reportUrgentStarts(claimed, free);
        for (const c of claimed) void this.begin(c);
        this.sleepUntil(nextDueAt);
      } catch (error) {
        this.deps.log.error({ err: error }, 'claiming jobs failed');
        this.sleepUntil(null);
        return;
      }
    } while (this.claimAgain && !this.stopped);
  }

  /** The next look: at the next job's due time when that is sooner than the poll. */
  private sleepUntil(nextDueAt: Date | null): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    const untilDue = nextDueAt ? nextDueAt.getTime() - this.deps.clock.now().getTime() + 1 : Infinity;
    this.timer = setTimeout(() => this.wake(), Math.max(0, Math.min(this.options.pollMs, untilDue)));
  }

  /**
   * Tells deps.urgentWork how late the escalation steps it is starting are, and whether slots were
   * left over (nothing more was due). Steps only: they are the timers that must keep time, whereas
   * deliveries wait on SMTP and push services, and counting them held routine sends back in bursts.
   */
  private reportUrgentStarts(claimed: readonly Claimed[], free: number): void {
    const urgentWork = this.deps.urgentWork;
    if (!urgentWork) return;
    const now = this.deps.clock.now().getTime();
    const lateness = claimed.filter((c) => c.job.priority >= JOB_PRIORITY.escalation).map((c) => now - c.job.runAt.getTime());
    urgentWork.observeUrgentStarts(lateness, free - claimed.length);
  }

  private kindsOf(mode: JobHandler['mode']): string[] {
    return [...this.handlers.values()].filter((h) => h.mode === mode).map((h) => h.kind);
  }

  private claim(limit: number) {
    return claimDueJobs(this.deps.database.db, {
      now: this.deps.clock.now(),
      limit,
      transactionalKinds: this.kindsOf('transactional'),
      leasedKinds: this.kindsOf('leased'),
      leaseMs: this.options.leaseMs,
      running: [...this.running.keys()],
    });
  }

  /** Runs a claimed job in a slot; when it ends, the slot is free and the runner claims again. Resolves to whether it ran here. */
  private begin(claimed: Claimed): Promise<boolean> {
    const { id } = claimed.job;
    const run = this.run(claimed).finally(() => {
      this.running.delete(id);
      this.wake();
    });
    this.running.set(id, run);
    return run;
  }

  private async run({ job, leased }: Claimed): Promise<boolean> {
    try {
      return leased ? await this.runLeased(job, this.handlers.get(job.kind)!) : await this.runTransactional(job.id);
    } catch (error) {
      // Recording the failure failed too (the database is gone): the job stays due and is retried.
      this.deps.log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed and could not be marked');
      return false;
    }
  }

  /**
   * Locks the job (or, when another runner took it first, the next due one), runs it and marks it
   * done in one transaction; false when nothing was left to run.
   */
  private async runTransactional(id: number): Promise<boolean> {
    const { db } = this.deps.database;
    let locked: JobRow | undefined;
    try {
      await db.transaction(async (tx) => {
        locked = await lockClaimedJob(tx, id, {
          now: this.deps.clock.now(),
          transactionalKinds: this.kindsOf('transactional'),
          running: [...this.running.keys()].filter((running) => running !== id),
        });
        if (locked) await this.handlers.get(locked.kind)!.run(locked, tx, this.deps);
      });
    } catch (error) {
      if (!locked) throw error;
      this.deps.log.error({ err: error, jobId: locked.id, kind: locked.kind }, 'job failed; will retry');
      await markJobFailed(db, locked, this.deps.clock.now(), error, true);
    }
    return Boolean(locked);
  }

  private async runLeased(job: JobRow, handler: JobHandler): Promise<boolean> {
    const { db } = this.deps.database;
    try {
      await handler.run(job, db, this.deps);
      await markJobDone(db, job.id, this.deps.clock.now());
    } catch (error) {
      this.deps.log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed; will retry');
      await markJobFailed(db, job, this.deps.clock.now(), error, false);
    }
    return true;
  }
}

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as Partial<T>;
}
