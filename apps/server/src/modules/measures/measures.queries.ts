import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { Instrument } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { measureResults, measureSchedules } from './measures.tables';

export type MeasureRow = typeof measureResults.$inferSelect;
export type ScheduleRow = typeof measureSchedules.$inferSelect;

/** A client's results, oldest first, optionally one instrument and a range of days (the route authorised the client). */
export async function measuresOf(
  db: Db,
  practiceId: string,
  clientId: string,
  filter: { instrument?: Instrument; from?: string; to?: string } = {},
): Promise<MeasureRow[]> {
  return db
    .select()
    .from(measureResults)
    .where(
      and(
        eq(measureResults.practiceId, practiceId),
        eq(measureResults.clientId, clientId),
        filter.instrument ? eq(measureResults.instrument, filter.instrument) : undefined,
        filter.from ? gte(measureResults.date, filter.from) : undefined,
        filter.to ? lte(measureResults.date, filter.to) : undefined,
      ),
    )
    .orderBy(asc(measureResults.completedAt));
}

export async function findSchedule(db: Db, practiceId: string, clientId: string): Promise<ScheduleRow | undefined> {
  const [row] = await db
    .select()
    .from(measureSchedules)
    .where(and(eq(measureSchedules.practiceId, practiceId), eq(measureSchedules.clientId, clientId)));
  return row;
}

/** Totals by day for many clients since a day, oldest first (stable stretches read these; the caller checked measures.read). */
export async function measureTotalsFor(
  db: Db,
  practiceId: string,
  clientIds: readonly string[],
  from: string,
): Promise<Pick<MeasureRow, 'clientId' | 'instrument' | 'date' | 'total'>[]> {
  if (clientIds.length === 0) return [];
  return db
    .select({ clientId: measureResults.clientId, instrument: measureResults.instrument, date: measureResults.date, total: measureResults.total })
    .from(measureResults)
    .where(and(eq(measureResults.practiceId, practiceId), anyId(measureResults.clientId, clientIds), gte(measureResults.date, from)))
    .orderBy(asc(measureResults.completedAt));
}
