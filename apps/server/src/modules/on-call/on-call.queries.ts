import { and, asc, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../../db/database';
import { onCallShifts } from '../care-teams/care-teams.tables';

export interface OnCallNow {
  shiftId: string;
  clinicianId: string;
  backupClinicianId: string | null;
  endsAt: Date;
}

/** Who is on call in a practice right now: one query (SPEC §2.9). The earliest-started live shift wins. */
export async function findOnCallNow(db: Db, practiceId: string, now: Date): Promise<OnCallNow | undefined> {
  const [shift] = await db
    .select()
    .from(onCallShifts)
    .where(and(eq(onCallShifts.practiceId, practiceId), lte(onCallShifts.startsAt, now), gt(onCallShifts.endsAt, now)))
    .orderBy(asc(onCallShifts.startsAt))
    .limit(1);
  return shift ? { shiftId: shift.id, clinicianId: shift.clinicianId, backupClinicianId: shift.backupClinicianId, endsAt: shift.endsAt } : undefined;
}
