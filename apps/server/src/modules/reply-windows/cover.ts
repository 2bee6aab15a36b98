import type { Db } from '../../db/database';
import { findOnCallNow } from '../on-call';
import { isPracticeClinician } from '../../access/people';

/** Who is told in a clinician's place, and why. */
export interface Cover {
  clinicianId: string;
  via: 'cover' | 'on_call' | 'on_call_backup';
}

/**
 * Who covers for a clinician at a given time: their named cover when the caller found one (the
 * contact agreement's absence or off-week, read by the caller from the agreements module), else
 * the on-call clinician (or the backup, when the clinician is on call themselves). Undefined when
 * nobody else is available; the caller then tells the clinician themselves.
 */
export async function whoCoversFor(
  db: Db,
  practiceId: string,
  clinicianId: string,
  at: Date,
  named?: { clinicianId: string } | null,
): Promise<Cover | undefined> {
  if (named && named.clinicianId !== clinicianId && (await isPracticeClinician(db, practiceId, named.clinicianId)))
    return { clinicianId: named.clinicianId, via: 'cover' };
  const onCall = await findOnCallNow(db, practiceId, at);
  if (!onCall) return undefined;
  if (onCall.clinicianId !== clinicianId) return { clinicianId: onCall.clinicianId, via: 'on_call' };
  if (onCall.backupClinicianId && onCall.backupClinicianId !== clinicianId) return { clinicianId: onCall.backupClinicianId, via: 'on_call_backup' };
  return undefined;
}
