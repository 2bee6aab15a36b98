import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { countRows, erasureCount, ofClient, removedRows, removeRows, sumCounts, type EraseClientRecords } from '../../access/erasure-source';
import type { Db } from '../../db/database';
import { checkinConfigs, checkinReminders, checkins } from './check-ins.tables';

/**
 * Check-ins are diary scores (mood, urges, sleep) the care team reads as part of care: within
 * retention the scores stay and the client's own words (the note) are taken out; past it they go.
 * What the check-in asks and when it reminds are settings, removed at once.
 */
export const eraseCheckins: EraseClientRecords = async (tx, input) => {
  const settings = sumCounts([
    await removedRows('checkinSettings', tx, input, checkinReminders),
    await removedRows('checkinSettings', tx, input, checkinConfigs),
  ]);
  const all = ofClient(checkins, input);
  if (!input.keepClinical) return [...settings, erasureCount('checkins', { removed: await removeRows(tx, checkins, all) })];
  const changed = await tx
    .update(checkins)
    .set({ note: null })
    .where(and(all, isNotNull(checkins.note)))
    .returning({ id: checkins.id });
  const kept = (await countRows(tx, checkins, all)) - changed.length;
  return [...settings, erasureCount('checkins', { pseudonymised: changed.length, kept })];
};

/** The day of the last check-in: a contact, for the retention rule. */
export async function lastCheckinAt(db: Db, practiceId: string, clientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${checkins.createdAt})` })
    .from(checkins)
    .where(and(eq(checkins.practiceId, practiceId), eq(checkins.clientId, clientId)));
  return row?.at ? new Date(row.at) : null;
}
