import { z } from 'zod';
import { ESCALATION_WINDOW_BOUNDS, EscalationPolicy } from './on-call';

/*
 * The admin edits the practice's escalation windows (SPEC §2.9). Each window is the time a raised
 * flag may go unacknowledged before the ladder's next step: on call again, then the backup, then
 * the practice lead, each one window after the last (so the lead hears after three windows).
 *
 * Why these bounds (ESCALATION_WINDOW_BOUNDS in on-call.ts):
 * - imminent (plan, intent, means, behaviour) 1–30 min: an alert about someone who may act now
 *   must reach a second person within half an hour; at 30 the lead still hears within 90 minutes.
 *   One minute is the shortest whole window the job runner keeps to.
 * - high (ideation without a plan) 5–240 min: under 5 minutes the ladder would reach backup and
 *   lead within a quarter of an hour for every high flag, which trains people to ignore alerts
 *   (CLINICAL.md: over-escalation); past 4 hours the lead would hear only after half a day.
 * - each later step waits at least as long as the one before: within a level the steps are one
 *   window apart, so this holds by construction; across levels, an imminent flag never waits
 *   longer than a high one, because the more urgent alert must never go up the ladder later.
 */

export const EscalationWindowsBody = z.strictObject(EscalationPolicy.shape).superRefine((w, ctx) => {
  // Compared only once the imminent window is itself in range: one message per mistake.
  if (w.imminentMinutes <= ESCALATION_WINDOW_BOUNDS.imminentMinutes.max && w.highMinutes < w.imminentMinutes) {
    ctx.addIssue({
      code: 'custom',
      path: ['highMinutes'],
      message: `Make this at least ${w.imminentMinutes} minutes: a high-risk flag should not go up the ladder sooner than an imminent one.`,
    });
  }
});
export type EscalationWindowsBody = z.infer<typeof EscalationWindowsBody>;

export const EscalationWindowsView = z.object({
  windows: EscalationPolicy,
  defaults: EscalationPolicy,
  /** Unacknowledged flags: their ladders keep the windows they were raised with. */
  runningLadders: z.number().int().nonnegative(),
});
export type EscalationWindowsView = z.infer<typeof EscalationWindowsView>;
