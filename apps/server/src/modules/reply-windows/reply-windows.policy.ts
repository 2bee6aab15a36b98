import { z } from 'zod';
import { closedDaysOf, defaultHolidayRegion, isKnownRegion, normaliseRegion } from './holidays';
import type { WorkingCalendar } from './working-time';

/** How long a lane may take: whole working days (closing at the end of the last) or working hours. */
export const ReplyWindow = z.union([
  z.strictObject({ workingDays: z.number().int().min(1).max(30) }),
  z.strictObject({ workingHours: z.number().min(0.5).max(240) }),
]);
export type ReplyWindow = z.infer<typeof ReplyWindow>;

const ClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/);

/**
 * A practice's reply-window policy, kept in `practices.policies.replyWindows`. `share` expects no
 * reply and `crisis` goes to on-call at once, so only the two reply lanes have windows here; a
 * client's contact agreement can override them (its terms are passed into expectationsFor as a parameter).
 */
export const ReplyWindowPolicy = z.object({
  workingDays: z.array(z.number().int().min(1).max(7)).min(1).default([1, 2, 3, 4, 5]),
  opensAt: ClockTime.default('09:00'),
  closesAt: ClockTime.default('17:00'),
  /** A country, or country-region ("GB-ENG", "US-NY"), as date-holidays names them; "none" for no holidays. */
  holidayRegion: z.string().transform(normaliseRegion).refine(isKnownRegion, 'Unknown holiday region').optional(),
  extraClosedDays: z.array(z.iso.date()).default([]),
  windows: z
    .object({
      before_session: ReplyWindow.nullable().default({ workingDays: 2 }),
      soon: ReplyWindow.nullable().default({ workingDays: 1 }),
    })
    .default({ before_session: { workingDays: 2 }, soon: { workingDays: 1 } }),
});
export type ReplyWindowPolicy = z.infer<typeof ReplyWindowPolicy>;

/** The policy stored on the practice, with defaults for anything not set; a malformed one falls back to defaults. */
export function readReplyWindowPolicy(policies: Record<string, unknown>): ReplyWindowPolicy {
  const parsed = ReplyWindowPolicy.safeParse(policies.replyWindows ?? {});
  return parsed.success ? parsed.data : ReplyWindowPolicy.parse({});
}

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h! * 60 + m!;
}

/** The working calendar the policy describes, in the practice's time zone. */
export function calendarOf(policy: ReplyWindowPolicy, timeZone: string, country: string): WorkingCalendar {
  const region = policy.holidayRegion ?? defaultHolidayRegion(country);
  return {
    timeZone,
    days: policy.workingDays,
    opensAt: minutesOf(policy.opensAt),
    closesAt: minutesOf(policy.closesAt),
    closedDays: closedDaysOf(region, policy.extraClosedDays),
  };
}
