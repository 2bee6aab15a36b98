import { and, asc, desc, eq, max } from 'drizzle-orm';
import type { SafetyPlanContent, SafetyPlanSection } from '@steadfast/contracts';
import type { Db } from '../../db/database';
import { personName } from '../../access/people';
import { safetyPlanVersions } from './safety-plans.tables';

export type SafetyPlanVersionRow = typeof safetyPlanVersions.$inferSelect & { authorName: string };

const withAuthor = {
  practiceId: safetyPlanVersions.practiceId,
  clientId: safetyPlanVersions.clientId,
  version: safetyPlanVersions.version,
  plan: safetyPlanVersions.plan,
  authorId: safetyPlanVersions.authorId,
  authorRole: safetyPlanVersions.authorRole,
  changedSections: safetyPlanVersions.changedSections,
  createdAt: safetyPlanVersions.createdAt,
  authorName: personName(safetyPlanVersions.authorId),
};

function ofClient(practiceId: string, clientId: string) {
  return and(eq(safetyPlanVersions.practiceId, practiceId), eq(safetyPlanVersions.clientId, clientId));
}

/** The current plan: the highest version, or undefined before the first save. */
export async function findLatestVersion(db: Db, practiceId: string, clientId: string): Promise<SafetyPlanVersionRow | undefined> {
  const [row] = await db.select(withAuthor).from(safetyPlanVersions).where(ofClient(practiceId, clientId)).orderBy(desc(safetyPlanVersions.version)).limit(1);
  return row;
}

/** One version by number. */
export async function findVersion(db: Db, practiceId: string, clientId: string, version: number): Promise<SafetyPlanVersionRow | undefined> {
  const [row] = await db
    .select(withAuthor)
    .from(safetyPlanVersions)
    .where(and(ofClient(practiceId, clientId), eq(safetyPlanVersions.version, version)));
  return row;
}

/** Every version, newest first, without the plans themselves (the history list). */
export async function listVersions(db: Db, practiceId: string, clientId: string) {
  return db
    .select({
      version: safetyPlanVersions.version,
      createdAt: safetyPlanVersions.createdAt,
      authorName: personName(safetyPlanVersions.authorId),
      authorRole: safetyPlanVersions.authorRole,
      changedSections: safetyPlanVersions.changedSections,
    })
    .from(safetyPlanVersions)
    .where(ofClient(practiceId, clientId))
    .orderBy(desc(safetyPlanVersions.version));
}

/** Every version with its plan, oldest first (the client's record export). */
export async function safetyPlanVersionsOf(db: Db, practiceId: string, clientId: string): Promise<SafetyPlanVersionRow[]> {
  return db.select(withAuthor).from(safetyPlanVersions).where(ofClient(practiceId, clientId)).orderBy(asc(safetyPlanVersions.version));
}

/** When a clinician last saved the plan, with or without changes: the last review together. */
export async function lastClinicianSaveAt(db: Db, practiceId: string, clientId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(safetyPlanVersions.createdAt) })
    .from(safetyPlanVersions)
    .where(and(ofClient(practiceId, clientId), eq(safetyPlanVersions.authorRole, 'clinician')));
  return row?.at ?? null;
}

export interface NewVersion {
  practiceId: string;
  clientId: string;
  version: number;
  plan: SafetyPlanContent;
  authorId: string;
  authorRole: 'client' | 'clinician';
  changedSections: SafetyPlanSection[];
  createdAt: Date;
}

/**
 * Inserts a version unless that number already exists. Two saves racing from the same base
 * both aim at the same number; the primary key lets exactly one win, and the loser gets
 * false (a conflict to report) rather than a database error.
 */
export async function insertVersionIfFree(db: Db, row: NewVersion): Promise<boolean> {
  const inserted = await db.insert(safetyPlanVersions).values(row).onConflictDoNothing().returning({ version: safetyPlanVersions.version });
  return inserted.length === 1;
}
