/**
 * Whether this server's job runner is behind on its escalation steps, and a way for routine
 * requests to step aside while it is.
 *
 * Why: on a busy machine the runner and the request handlers share the same CPUs. Clients sending
 * ordinary messages as fast as they are answered took nearly all of them, and escalation timers
 * fell a minute behind (bench/timers, loaded). A late step means an on-call clinician is told
 * late; an ordinary message answered half a second later costs nobody anything. So when the runner
 * starts an escalation step later than it should, routine writes wait (never longer than
 * MAX_YIELD_MS, never lost) until it has caught up, and the CPU goes to the step.
 *
 * Judged in real time (performance.now), not by deps.clock: it is about the machine keeping up,
 * and a test clock that jumps must not close the gate. A reading expires by itself, so a runner
 * that stops reporting never holds anyone back.
 */
export class UrgentWork {
  private behindUntil = 0;
  private readonly waiters = new Set<() => void>();

  /**
   * @param lateMs a step started later than this means the runner is behind
   * @param holdMs how long one late start keeps the gate closed unless renewed
   * @param maxYieldMs the longest a routine request waits
   */
  constructor(
    private readonly lateMs = URGENT_LATE_MS,
    private readonly holdMs = 1_000,
    private readonly maxYieldMs = MAX_YIELD_MS,
  ) {}

  /** The runner's report after a claim: how late each escalation step it is starting is, in ms (none: no step claimed). */
  observeUrgentStarts(latenessMs: readonly number[], slotsLeft: number): void {
    const late = latenessMs.some((ms) => ms > this.lateMs);
    if (late) this.behindUntil = performance.now() + this.holdMs;
    // Caught up: it started every step it found in time, with room to spare.
    else if (slotsLeft > 0 && this.behindUntil > 0) this.caughtUp();
  }

  get behind(): boolean {
    return performance.now() < this.behindUntil;
  }

  /** For routine work: resolves at once when the runner keeps time, otherwise when it has caught up or after maxYieldMs. */
  yieldToUrgentWork(): Promise<void> | undefined {
    if (!this.behind) return undefined;
    const waitMs = Math.min(this.maxYieldMs, this.behindUntil - performance.now());
    return new Promise((resolve) => {
      const release = () => {
        clearTimeout(timer);
        this.waiters.delete(release);
        resolve();
      };
      const timer = setTimeout(release, waitMs);
      this.waiters.add(release);
    });
  }

  private caughtUp(): void {
    this.behindUntil = 0;
    for (const release of [...this.waiters]) release();
  }
}

/** A step started this much after its due time counts as late: the on-call notice target is a quarter second. */
export const URGENT_LATE_MS = 250;
/** A routine request never waits longer than this for the runner. */
export const MAX_YIELD_MS = 1_000;
