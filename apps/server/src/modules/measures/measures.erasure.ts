import { and, eq, sql } from 'drizzle-orm';
import { clinicalRows, removedRows, type EraseClientRecords } from '../../access/erasure-source';
import type { Db } from '../../db/database';
import { measureResults, measureSchedules } from './measures.tables';

/** PHQ-9 and GAD-7 results are clinical measures: kept within retention, removed past it. Their reminder schedule goes at once. */
export const eraseMeasures: EraseClientRecords = async (tx, input) => [
  await removedRows('measureSchedules', tx, input, measureSchedules),
  await clinicalRows('measures', tx, input, measureResults),
];

/** The last measure completed: a contact, for the retention rule. */
export async function lastMeasureAt(db: Db, practiceId: string, clientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${measureResults.completedAt})` })
    .from(measureResults)
    .where(and(eq(measureResults.practiceId, practiceId), eq(measureResults.clientId, clientId)));
  return row?.at ? new Date(row.at) : null;
}
