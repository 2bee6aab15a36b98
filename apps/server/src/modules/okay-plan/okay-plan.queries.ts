import { and, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import { anyId } from '../../db/any-id';
import type { OkayPlanContent, OkayPlanSection, ReassuranceNoteKind } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { okayPlanVersions, reassuranceNoteRequests, reassuranceNotes } from './okay-plan.tables';

export type OkayPlanVersionRow = typeof okayPlanVersions.$inferSelect;
export type ReassuranceNoteRow = typeof reassuranceNotes.$inferSelect;

/** The current okay plan: the highest version, or undefined before the first save. */
export async function findLatestOkayPlan(db: Db, practiceId: string, clientId: string): Promise<OkayPlanVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(okayPlanVersions)
    .where(and(eq(okayPlanVersions.practiceId, practiceId), eq(okayPlanVersions.clientId, clientId)))
    .orderBy(desc(okayPlanVersions.version))
    .limit(1);
  return row;
}

export interface NewOkayPlanVersion {
  practiceId: string;
  clientId: string;
  version: number;
  plan: OkayPlanContent;
  authorId: string;
  authorRole: 'client' | 'clinician';
  changedSections: OkayPlanSection[];
  createdAt: Date;
}

/** Inserts a version unless that number exists: of two saves from one base, exactly one wins. */
export async function insertOkayPlanVersionIfFree(db: Db, row: NewOkayPlanVersion): Promise<boolean> {
  const inserted = await db.insert(okayPlanVersions).values(row).onConflictDoNothing().returning({ version: okayPlanVersions.version });
  return inserted.length === 1;
}

/**
 * The notes one reader may see, newest first, pinned ones first: the client sees theirs and the
 * clinicians', a clinician only the clinicians' (a note to one's future self is private).
 */
export async function listNotes(db: Db, practiceId: string, clientId: string, kinds: readonly ReassuranceNoteKind[]): Promise<ReassuranceNoteRow[]> {
  const rows = await db
    .select()
    .from(reassuranceNotes)
    .where(and(eq(reassuranceNotes.practiceId, practiceId), eq(reassuranceNotes.clientId, clientId)))
    .orderBy(desc(reassuranceNotes.createdAt));
  return rows.filter((r) => kinds.includes(r.kind)).sort((a, b) => Number(b.pinnedAt !== null) - Number(a.pinnedAt !== null));
}

export async function findNote(db: Db, practiceId: string, clientId: string, noteId: string): Promise<ReassuranceNoteRow | undefined> {
  const [row] = await db
    .select()
    .from(reassuranceNotes)
    .where(and(eq(reassuranceNotes.practiceId, practiceId), eq(reassuranceNotes.clientId, clientId), eq(reassuranceNotes.id, noteId)));
  return row;
}

export async function insertNote(
  db: Db,
  row: { practiceId: string; clientId: string; kind: ReassuranceNoteKind; authorId: string; body: string; pinnedAt: Date | null; createdAt: Date },
): Promise<ReassuranceNoteRow> {
  const [note] = await db.insert(reassuranceNotes).values(row).returning();
  return note!;
}

export async function setNotePinned(db: Db, practiceId: string, noteId: string, pinnedAt: Date | null): Promise<void> {
  await db
    .update(reassuranceNotes)
    .set({ pinnedAt })
    .where(and(eq(reassuranceNotes.practiceId, practiceId), eq(reassuranceNotes.id, noteId)));
}

/** The client's unanswered request for a new note, if any. */
export async function findOpenRequest(db: Db, practiceId: string, clientId: string) {
  const [row] = await db
    .select({ id: reassuranceNoteRequests.id, createdAt: reassuranceNoteRequests.createdAt })
    .from(reassuranceNoteRequests)
    .where(and(eq(reassuranceNoteRequests.practiceId, practiceId), eq(reassuranceNoteRequests.clientId, clientId), isNull(reassuranceNoteRequests.answeredAt)))
    .limit(1);
  return row;
}

export async function insertRequest(db: Db, practiceId: string, clientId: string, at: Date) {
  const [row] = await db
    .insert(reassuranceNoteRequests)
    .values({ practiceId, clientId, createdAt: at })
    .returning({ id: reassuranceNoteRequests.id, createdAt: reassuranceNoteRequests.createdAt });
  return row!;
}

/** A clinician's note answers every open request of that client. */
export async function answerOpenRequests(db: Db, practiceId: string, clientId: string, noteId: string, at: Date): Promise<void> {
  await db
    .update(reassuranceNoteRequests)
    .set({ answeredAt: at, answeredByNoteId: noteId })
    .where(and(eq(reassuranceNoteRequests.practiceId, practiceId), eq(reassuranceNoteRequests.clientId, clientId), isNull(reassuranceNoteRequests.answeredAt)));
}

/** Notes clinicians wrote in [from, to), for some clients or the whole practice: contacts for the care-contact balance. */
export async function clinicianNotesBetween(
  db: Db,
  practiceId: string,
  filter: { clientIds?: readonly string[]; from: Date; to: Date },
): Promise<{ clientId: string; createdAt: Date }[]> {
  if (filter.clientIds?.length === 0) return [];
  return db
    .select({ clientId: reassuranceNotes.clientId, createdAt: reassuranceNotes.createdAt })
    .from(reassuranceNotes)
    .where(
      and(
        eq(reassuranceNotes.practiceId, practiceId),
        filter.clientIds ? anyId(reassuranceNotes.clientId, filter.clientIds) : undefined,
        eq(reassuranceNotes.kind, 'clinician'),
        gte(reassuranceNotes.createdAt, filter.from),
        lt(reassuranceNotes.createdAt, filter.to),
      ),
    );
}
