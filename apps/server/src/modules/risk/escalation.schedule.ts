import type { FlagRow } from './risk.queries';

/** The job key of one ladder step: at most one job per key, ever (jobs.dedupe_key is unique). */
export function stepJobKey(flagId: string, step: number): string {
  return `flag:${flagId}:step:${step}`;
}

/** The order key of a flag's ladder: its steps never run two at once, and run in order (jobs.order_key). */
export function ladderOrderKey(flagId: string): string {
  return `flag:${flagId}`;
}

/**
 * When step n fires: n whole windows after the flag was raised (step 0 at once). Anchored to the
 * raise, not to when the previous step ran, so a delayed step never pushes the rest of the ladder
 * later; after an outage the overdue steps follow one another at once, which is what an alert
 * nobody has answered for that long needs.
 */
export function stepTime(flag: Pick<FlagRow, 'createdAt' | 'dueBy'>, step: number): Date {
  const window = flag.dueBy.getTime() - flag.createdAt.getTime();
  return new Date(flag.createdAt.getTime() + step * window);
}
