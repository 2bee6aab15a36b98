import { and, eq, sql } from 'drizzle-orm';
import { clinicalRows, type EraseClientRecords } from '../../access/erasure-source';
import type { Db } from '../../db/database';
import { clinicalNotes } from './clinical-notes.tables';

/**
 * Private clinical notes are the clinical record (CLINICAL.md §5.2, flag-and-retain): kept whole
 * within retention. Past it they go; the append-only trigger lets a DELETE through only inside an
 * erasure of this very client (the transaction-local `steadfast.erasing_client`, set by the erasure).
 */
export const eraseClinicalNotes: EraseClientRecords = async (tx, input) => [await clinicalRows('clinicalNotes', tx, input, clinicalNotes)];

/** The last note written about the client: a contact, for the retention rule. */
export async function lastClinicalNoteAt(db: Db, practiceId: string, clientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(${clinicalNotes.createdAt})` })
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.practiceId, practiceId), eq(clinicalNotes.clientId, clientId)));
  return row?.at ? new Date(row.at) : null;
}
