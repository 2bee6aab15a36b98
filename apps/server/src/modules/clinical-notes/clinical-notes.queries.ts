import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { clinicalNotes } from './clinical-notes.tables';

export type ClinicalNoteRow = typeof clinicalNotes.$inferSelect;
export type NewClinicalNoteRow = typeof clinicalNotes.$inferInsert;

/** Every version of one client's note, newest first; empty when the note is not that client's (or not in the practice). */
export async function findNoteVersions(db: Db, practiceId: string, clientId: string, noteId: string): Promise<ClinicalNoteRow[]> {
  return db
    .select()
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.practiceId, practiceId), eq(clinicalNotes.clientId, clientId), eq(clinicalNotes.noteId, noteId)))
    .orderBy(desc(clinicalNotes.version));
}

/**
 * One page of a client's notes, newest first by when each was first written, keyset-paged on
 * (created_at, id) of the first version so a page never repeats or skips a note written meanwhile.
 */
export async function pageOfNotes(db: Db, practiceId: string, clientId: string, limit: number, before?: ClinicalNoteRow): Promise<ClinicalNoteRow[]> {
  return db
    .select()
    .from(clinicalNotes)
    .where(
      and(
        eq(clinicalNotes.practiceId, practiceId),
        eq(clinicalNotes.clientId, clientId),
        eq(clinicalNotes.version, 1),
        before ? sql`(${clinicalNotes.createdAt}, ${clinicalNotes.id}) < (${before.createdAt.toISOString()}::timestamptz, ${before.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(clinicalNotes.createdAt), desc(clinicalNotes.id))
    .limit(limit);
}

/** Every version of the given notes, newest version first within each. */
export async function versionsOf(db: Db, practiceId: string, noteIds: readonly string[]): Promise<ClinicalNoteRow[]> {
  if (noteIds.length === 0) return [];
  return db
    .select()
    .from(clinicalNotes)
    .where(and(eq(clinicalNotes.practiceId, practiceId), inArray(clinicalNotes.noteId, [...noteIds])))
    .orderBy(desc(clinicalNotes.version));
}

/** Writes one version; false when another amendment of the same version landed first (the unique chain refuses it). */
export async function insertNoteVersionIfFree(db: Db, row: NewClinicalNoteRow): Promise<ClinicalNoteRow | undefined> {
  const [inserted] = await db.insert(clinicalNotes).values(row).onConflictDoNothing().returning();
  return inserted;
}
