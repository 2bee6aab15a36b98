import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { findOnCallNow } from '../on-call/on-call.queries';
import { users } from '../identity/identity.tables';

/** Who is told in a clinician's place, and why. */
export interface Cover {
  clinicianId: string;
  via: 'cover' | 'on_call' | 'on_call_backup';
}

export type CoverResolver = (db: Db, practiceId: string, clinicianId: string, at: Date) => Promise<Cover | undefined>;

/**
 * The contact-agreement issue adds a clinician's absences and their named cover here (SPEC §2.3);
 * the first resolver that answers wins over the on-call rota.
 */
export const coverResolvers: CoverResolver[] = [];

/**
 * Who covers for a clinician at a given time: their named cover when one is set, else the
 * on-call clinician (or the backup, when the clinician is on call themselves). Undefined when
 * nobody else is available; the caller then tells the clinician themselves.
 */
export async function whoCoversFor(db: Db, practiceId: string, clinicianId: string, at: Date): Promise<Cover | undefined> {
  for (const resolve of coverResolvers) {
    const cover = await resolve(db, practiceId, clinicianId, at);
    if (cover && (await isPracticeClinician(db, practiceId, cover.clinicianId))) return cover;
  }
  const onCall = await findOnCallNow(db, practiceId, at);
  if (!onCall) return undefined;
  if (onCall.clinicianId !== clinicianId) return { clinicianId: onCall.clinicianId, via: 'on_call' };
  if (onCall.backupClinicianId && onCall.backupClinicianId !== clinicianId) return { clinicianId: onCall.backupClinicianId, via: 'on_call_backup' };
  return undefined;
}

async function isPracticeClinician(db: Db, practiceId: string, userId: string): Promise<boolean> {
  const [row] = await db.select({ role: users.role }).from(users).where(and(eq(users.practiceId, practiceId), eq(users.id, userId)));
  return row?.role === 'clinician';
}
