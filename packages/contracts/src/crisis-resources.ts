import { z } from 'zod';
import { Id } from './common';

export const crisisChannels = ['call', 'text', 'web', 'email', 'emergency'] as const;

export const CrisisLineInput = z.strictObject({
  name: z.string().trim().min(2).max(100),
  channel: z.enum(crisisChannels),
  /** What the person dials, texts or opens: "116 123", "SHOUT to 85258", "988". */
  contact: z.string().trim().min(2).max(120),
  /** Machine form used to build the tel:/sms:/https: link. */
  href: z
    .string()
    .trim()
    .max(300)
    .regex(/^(tel:\+?[0-9]+|sms:\+?[0-9]+(\?body=[A-Za-z0-9%]+)?|https:\/\/\S+|mailto:\S+@\S+)$/, 'A tel:, sms:, https: or mailto: link'),
  description: z.string().trim().max(300),
  hours: z.string().trim().max(60),
  lastVerified: z.iso.date(),
});
export type CrisisLineInput = z.infer<typeof CrisisLineInput>;

export const CrisisLine = CrisisLineInput.extend({ id: Id, position: z.number().int() });
export type CrisisLine = z.infer<typeof CrisisLine>;

export const CrisisLines = z.object({
  country: z.string(),
  lines: z.array(CrisisLine),
  /** Shown every time: messages here are not watched around the clock (SPEC §2.9). */
  notMonitoredNotice: z.string(),
});
export type CrisisLines = z.infer<typeof CrisisLines>;

export const ReplaceCrisisLinesBody = z.strictObject({ lines: z.array(CrisisLineInput).min(1).max(20) });
