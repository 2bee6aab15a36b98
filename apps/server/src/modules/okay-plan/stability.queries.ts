import { and, desc, eq } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { OkayPlanContent } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { okayPlanVersions, stabilitySettings } from './okay-plan.tables';

export type StabilitySettingsRow = typeof stabilitySettings.$inferSelect;

/** Each client's own thresholds (absent: every default). */
export async function settingsFor(db: Db, practiceId: string, clientIds: readonly string[]): Promise<Map<string, StabilitySettingsRow>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(stabilitySettings)
    .where(and(eq(stabilitySettings.practiceId, practiceId), anyId(stabilitySettings.clientId, clientIds)));
  return new Map(rows.map((r) => [r.clientId, r]));
}

export async function upsertSettings(db: Db, row: typeof stabilitySettings.$inferInsert): Promise<void> {
  await db
    .insert(stabilitySettings)
    .values(row)
    .onConflictDoUpdate({ target: [stabilitySettings.practiceId, stabilitySettings.clientId], set: row });
}

/** The current okay plan of each client who has one (the highest version), in one query. */
export async function latestOkayPlansFor(db: Db, practiceId: string, clientIds: readonly string[]): Promise<Map<string, OkayPlanContent>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([okayPlanVersions.clientId], { clientId: okayPlanVersions.clientId, plan: okayPlanVersions.plan })
    .from(okayPlanVersions)
    .where(and(eq(okayPlanVersions.practiceId, practiceId), anyId(okayPlanVersions.clientId, clientIds)))
    .orderBy(okayPlanVersions.clientId, desc(okayPlanVersions.version));
  return new Map(rows.map((r) => [r.clientId, r.plan]));
}
