import type { Db } from '../db/database';
import type { Deps } from '../http/context';
import { claimDueJob, JOBS_CHANNEL, lockDueJob, markJobDone, markJobFailed, type JobRow } from './jobs';

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

const LEASE_MS = 60_000;
const POLL_MS = 1_000;

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = true;
  private wakeRequested = false;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly deps: Deps) {}

  register(handler: JobHandler): this {
    this.handlers.set(handler.kind, handler);
    return this;
  }

  /** Runs every job due now, one at a time; returns how many ran. Tests call this with a test clock. */
  async runDue(max = 1000): Promise<number> {
    let ran = 0;
    while (ran < max && (await this.runOne())) ran += 1;
    return ran;
  }

  private async runOne(): Promise<boolean> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return false;
    return (
      (await this.runOneTransactional(kinds.filter((k) => this.handlers.get(k)?.mode === 'transactional'))) ||
      (await this.runOneLeased(kinds.filter((k) => this.handlers.get(k)?.mode === 'leased')))
    );
  }

  private async runOneTransactional(kinds: string[]): Promise<boolean> {
    if (kinds.length === 0) return false;
    const { db } = this.deps.database;
    let claimed: JobRow | undefined;
    try {
      await db.transaction(async (tx) => {
        claimed = await lockDueJob(tx, this.deps.clock.now(), kinds);
        if (!claimed) return;
        await this.handlers.get(claimed.kind)!.run(claimed, tx, this.deps);
        await markJobDone(tx, claimed.id, this.deps.clock.now());
      });
    } catch (error) {
      if (!claimed) throw error;
      this.deps.log.error({ err: error, jobId: claimed.id, kind: claimed.kind }, 'job failed; will retry');
      await markJobFailed(db, claimed, this.deps.clock.now(), error, true);
    }
    return Boolean(claimed);
  }

  private async runOneLeased(kinds: string[]): Promise<boolean> {
    if (kinds.length === 0) return false;
    const { db } = this.deps.database;
    const job = await claimDueJob(db, this.deps.clock.now(), LEASE_MS, kinds);
    if (!job) return false;
    try {
      await this.handlers.get(job.kind)!.run(job, db, this.deps);
      await markJobDone(db, job.id, this.deps.clock.now());
    } catch (error) {
      this.deps.log.error({ err: error, jobId: job.id, kind: job.kind }, 'job failed; will retry');
      await markJobFailed(db, job, this.deps.clock.now(), error, false);
    }
    return true;
  }

  /** Polls for due jobs and wakes at once on a NOTIFY from any server. */
  async start(): Promise<void> {
    this.stopped = false;
    // After a lost listening connection, jobs enqueued meanwhile are looked for at once.
    this.unlisten = await this.deps.database.listen(
      JOBS_CHANNEL,
      () => this.wake(),
      () => this.wake(),
    );
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.unlisten?.();
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  private wake(): void {
    if (this.running) this.wakeRequested = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    this.wakeRequested = false;
    try {
      await this.runDue(100);
    } catch (error) {
      this.deps.log.error({ err: error }, 'job runner tick failed');
    } finally {
      this.running = false;
      this.schedule(this.wakeRequested ? 0 : POLL_MS);
    }
  }
}
