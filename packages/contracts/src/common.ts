import { z } from 'zod';

export const Id = z.uuid();
export const IsoDateTime = z.iso.datetime({ offset: true });
export const Email = z.email().max(254).transform((e) => e.trim().toLowerCase());
/** A person's display name: short, printable, never empty. */
export const PersonName = z.string().trim().min(1).max(120);
export const Password = z.string().min(10, 'Use at least 10 characters.').max(200);
export const IdParams = z.strictObject({ id: Id });
export const ClientParams = z.strictObject({ clientId: Id });
export const Ok = z.object({ ok: z.literal(true) });

export const riskLevels = ['none', 'concern', 'high', 'imminent'] as const;
export const RiskLevel = z.enum(riskLevels);
export type RiskLevel = z.infer<typeof RiskLevel>;
